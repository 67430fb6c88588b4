module @mlxla {
  func.func @main(%arg0: tensor<1xi32> {mlxla.name = "tokens"}, %arg1: tensor<i32> {mlxla.name = "position"}, %arg2: tensor<16x1x64x8x64xf16> {mlxla.name = "k_cache", tf.aliasing_output = 1 : i32}, %arg3: tensor<16x1x64x8x64xf16> {mlxla.name = "v_cache", tf.aliasing_output = 2 : i32}, %arg4: tensor<128256x256xui32> {mlxla.name = "model.embed_tokens.weight"}, %arg5: tensor<128256x32xbf16> {mlxla.name = "model.embed_tokens.scales"}, %arg6: tensor<128256x32xbf16> {mlxla.name = "model.embed_tokens.biases"}, %arg7: tensor<2048xf32> {mlxla.name = "model.layers.0.input_layernorm.weight"}, %arg8: tensor<2048x256xui32> {mlxla.name = "model.layers.0.self_attn.q_proj.weight"}, %arg9: tensor<2048x32xbf16> {mlxla.name = "model.layers.0.self_attn.q_proj.scales"}, %arg10: tensor<2048x32xbf16> {mlxla.name = "model.layers.0.self_attn.q_proj.biases"}, %arg11: tensor<512x256xui32> {mlxla.name = "model.layers.0.self_attn.k_proj.weight"}, %arg12: tensor<512x32xbf16> {mlxla.name = "model.layers.0.self_attn.k_proj.scales"}, %arg13: tensor<512x32xbf16> {mlxla.name = "model.layers.0.self_attn.k_proj.biases"}, %arg14: tensor<512x256xui32> {mlxla.name = "model.layers.0.self_attn.v_proj.weight"}, %arg15: tensor<512x32xbf16> {mlxla.name = "model.layers.0.self_attn.v_proj.scales"}, %arg16: tensor<512x32xbf16> {mlxla.name = "model.layers.0.self_attn.v_proj.biases"}, %arg17: tensor<2048x256xui32> {mlxla.name = "model.layers.0.self_attn.o_proj.weight"}, %arg18: tensor<2048x32xbf16> {mlxla.name = "model.layers.0.self_attn.o_proj.scales"}, %arg19: tensor<2048x32xbf16> {mlxla.name = "model.layers.0.self_attn.o_proj.biases"}, %arg20: tensor<2048xf32> {mlxla.name = "model.layers.0.post_attention_layernorm.weight"}, %arg21: tensor<8192x256xui32> {mlxla.name = "model.layers.0.mlp.gate_proj.weight"}, %arg22: tensor<8192x32xbf16> {mlxla.name = "model.layers.0.mlp.gate_proj.scales"}, %arg23: tensor<8192x32xbf16> {mlxla.name = "model.layers.0.mlp.gate_proj.biases"}, %arg24: tensor<8192x256xui32> {mlxla.name = "model.layers.0.mlp.up_proj.weight"}, %arg25: tensor<8192x32xbf16> {mlxla.name = "model.layers.0.mlp.up_proj.scales"}, %arg26: tensor<8192x32xbf16> {mlxla.name = "model.layers.0.mlp.up_proj.biases"}, %arg27: tensor<2048x1024xui32> {mlxla.name = "model.layers.0.mlp.down_proj.weight"}, %arg28: tensor<2048x128xbf16> {mlxla.name = "model.layers.0.mlp.down_proj.scales"}, %arg29: tensor<2048x128xbf16> {mlxla.name = "model.layers.0.mlp.down_proj.biases"}, %arg30: tensor<2048xf32> {mlxla.name = "model.layers.1.input_layernorm.weight"}, %arg31: tensor<2048x256xui32> {mlxla.name = "model.layers.1.self_attn.q_proj.weight"}, %arg32: tensor<2048x32xbf16> {mlxla.name = "model.layers.1.self_attn.q_proj.scales"}, %arg33: tensor<2048x32xbf16> {mlxla.name = "model.layers.1.self_attn.q_proj.biases"}, %arg34: tensor<512x256xui32> {mlxla.name = "model.layers.1.self_attn.k_proj.weight"}, %arg35: tensor<512x32xbf16> {mlxla.name = "model.layers.1.self_attn.k_proj.scales"}, %arg36: tensor<512x32xbf16> {mlxla.name = "model.layers.1.self_attn.k_proj.biases"}, %arg37: tensor<512x256xui32> {mlxla.name = "model.layers.1.self_attn.v_proj.weight"}, %arg38: tensor<512x32xbf16> {mlxla.name = "model.layers.1.self_attn.v_proj.scales"}, %arg39: tensor<512x32xbf16> {mlxla.name = "model.layers.1.self_attn.v_proj.biases"}, %arg40: tensor<2048x256xui32> {mlxla.name = "model.layers.1.self_attn.o_proj.weight"}, %arg41: tensor<2048x32xbf16> {mlxla.name = "model.layers.1.self_attn.o_proj.scales"}, %arg42: tensor<2048x32xbf16> {mlxla.name = "model.layers.1.self_attn.o_proj.biases"}, %arg43: tensor<2048xf32> {mlxla.name = "model.layers.1.post_attention_layernorm.weight"}, %arg44: tensor<8192x256xui32> {mlxla.name = "model.layers.1.mlp.gate_proj.weight"}, %arg45: tensor<8192x32xbf16> {mlxla.name = "model.layers.1.mlp.gate_proj.scales"}, %arg46: tensor<8192x32xbf16> {mlxla.name = "model.layers.1.mlp.gate_proj.biases"}, %arg47: tensor<8192x256xui32> {mlxla.name = "model.layers.1.mlp.up_proj.weight"}, %arg48: tensor<8192x32xbf16> {mlxla.name = "model.layers.1.mlp.up_proj.scales"}, %arg49: tensor<8192x32xbf16> {mlxla.name = "model.layers.1.mlp.up_proj.biases"}, %arg50: tensor<2048x1024xui32> {mlxla.name = "model.layers.1.mlp.down_proj.weight"}, %arg51: tensor<2048x128xbf16> {mlxla.name = "model.layers.1.mlp.down_proj.scales"}, %arg52: tensor<2048x128xbf16> {mlxla.name = "model.layers.1.mlp.down_proj.biases"}, %arg53: tensor<2048xf32> {mlxla.name = "model.layers.2.input_layernorm.weight"}, %arg54: tensor<2048x256xui32> {mlxla.name = "model.layers.2.self_attn.q_proj.weight"}, %arg55: tensor<2048x32xbf16> {mlxla.name = "model.layers.2.self_attn.q_proj.scales"}, %arg56: tensor<2048x32xbf16> {mlxla.name = "model.layers.2.self_attn.q_proj.biases"}, %arg57: tensor<512x256xui32> {mlxla.name = "model.layers.2.self_attn.k_proj.weight"}, %arg58: tensor<512x32xbf16> {mlxla.name = "model.layers.2.self_attn.k_proj.scales"}, %arg59: tensor<512x32xbf16> {mlxla.name = "model.layers.2.self_attn.k_proj.biases"}, %arg60: tensor<512x256xui32> {mlxla.name = "model.layers.2.self_attn.v_proj.weight"}, %arg61: tensor<512x32xbf16> {mlxla.name = "model.layers.2.self_attn.v_proj.scales"}, %arg62: tensor<512x32xbf16> {mlxla.name = "model.layers.2.self_attn.v_proj.biases"}, %arg63: tensor<2048x256xui32> {mlxla.name = "model.layers.2.self_attn.o_proj.weight"}, %arg64: tensor<2048x32xbf16> {mlxla.name = "model.layers.2.self_attn.o_proj.scales"}, %arg65: tensor<2048x32xbf16> {mlxla.name = "model.layers.2.self_attn.o_proj.biases"}, %arg66: tensor<2048xf32> {mlxla.name = "model.layers.2.post_attention_layernorm.weight"}, %arg67: tensor<8192x256xui32> {mlxla.name = "model.layers.2.mlp.gate_proj.weight"}, %arg68: tensor<8192x32xbf16> {mlxla.name = "model.layers.2.mlp.gate_proj.scales"}, %arg69: tensor<8192x32xbf16> {mlxla.name = "model.layers.2.mlp.gate_proj.biases"}, %arg70: tensor<8192x256xui32> {mlxla.name = "model.layers.2.mlp.up_proj.weight"}, %arg71: tensor<8192x32xbf16> {mlxla.name = "model.layers.2.mlp.up_proj.scales"}, %arg72: tensor<8192x32xbf16> {mlxla.name = "model.layers.2.mlp.up_proj.biases"}, %arg73: tensor<2048x1024xui32> {mlxla.name = "model.layers.2.mlp.down_proj.weight"}, %arg74: tensor<2048x128xbf16> {mlxla.name = "model.layers.2.mlp.down_proj.scales"}, %arg75: tensor<2048x128xbf16> {mlxla.name = "model.layers.2.mlp.down_proj.biases"}, %arg76: tensor<2048xf32> {mlxla.name = "model.layers.3.input_layernorm.weight"}, %arg77: tensor<2048x256xui32> {mlxla.name = "model.layers.3.self_attn.q_proj.weight"}, %arg78: tensor<2048x32xbf16> {mlxla.name = "model.layers.3.self_attn.q_proj.scales"}, %arg79: tensor<2048x32xbf16> {mlxla.name = "model.layers.3.self_attn.q_proj.biases"}, %arg80: tensor<512x256xui32> {mlxla.name = "model.layers.3.self_attn.k_proj.weight"}, %arg81: tensor<512x32xbf16> {mlxla.name = "model.layers.3.self_attn.k_proj.scales"}, %arg82: tensor<512x32xbf16> {mlxla.name = "model.layers.3.self_attn.k_proj.biases"}, %arg83: tensor<512x256xui32> {mlxla.name = "model.layers.3.self_attn.v_proj.weight"}, %arg84: tensor<512x32xbf16> {mlxla.name = "model.layers.3.self_attn.v_proj.scales"}, %arg85: tensor<512x32xbf16> {mlxla.name = "model.layers.3.self_attn.v_proj.biases"}, %arg86: tensor<2048x256xui32> {mlxla.name = "model.layers.3.self_attn.o_proj.weight"}, %arg87: tensor<2048x32xbf16> {mlxla.name = "model.layers.3.self_attn.o_proj.scales"}, %arg88: tensor<2048x32xbf16> {mlxla.name = "model.layers.3.self_attn.o_proj.biases"}, %arg89: tensor<2048xf32> {mlxla.name = "model.layers.3.post_attention_layernorm.weight"}, %arg90: tensor<8192x256xui32> {mlxla.name = "model.layers.3.mlp.gate_proj.weight"}, %arg91: tensor<8192x32xbf16> {mlxla.name = "model.layers.3.mlp.gate_proj.scales"}, %arg92: tensor<8192x32xbf16> {mlxla.name = "model.layers.3.mlp.gate_proj.biases"}, %arg93: tensor<8192x256xui32> {mlxla.name = "model.layers.3.mlp.up_proj.weight"}, %arg94: tensor<8192x32xbf16> {mlxla.name = "model.layers.3.mlp.up_proj.scales"}, %arg95: tensor<8192x32xbf16> {mlxla.name = "model.layers.3.mlp.up_proj.biases"}, %arg96: tensor<2048x1024xui32> {mlxla.name = "model.layers.3.mlp.down_proj.weight"}, %arg97: tensor<2048x128xbf16> {mlxla.name = "model.layers.3.mlp.down_proj.scales"}, %arg98: tensor<2048x128xbf16> {mlxla.name = "model.layers.3.mlp.down_proj.biases"}, %arg99: tensor<2048xf32> {mlxla.name = "model.layers.4.input_layernorm.weight"}, %arg100: tensor<2048x256xui32> {mlxla.name = "model.layers.4.self_attn.q_proj.weight"}, %arg101: tensor<2048x32xbf16> {mlxla.name = "model.layers.4.self_attn.q_proj.scales"}, %arg102: tensor<2048x32xbf16> {mlxla.name = "model.layers.4.self_attn.q_proj.biases"}, %arg103: tensor<512x256xui32> {mlxla.name = "model.layers.4.self_attn.k_proj.weight"}, %arg104: tensor<512x32xbf16> {mlxla.name = "model.layers.4.self_attn.k_proj.scales"}, %arg105: tensor<512x32xbf16> {mlxla.name = "model.layers.4.self_attn.k_proj.biases"}, %arg106: tensor<512x256xui32> {mlxla.name = "model.layers.4.self_attn.v_proj.weight"}, %arg107: tensor<512x32xbf16> {mlxla.name = "model.layers.4.self_attn.v_proj.scales"}, %arg108: tensor<512x32xbf16> {mlxla.name = "model.layers.4.self_attn.v_proj.biases"}, %arg109: tensor<2048x256xui32> {mlxla.name = "model.layers.4.self_attn.o_proj.weight"}, %arg110: tensor<2048x32xbf16> {mlxla.name = "model.layers.4.self_attn.o_proj.scales"}, %arg111: tensor<2048x32xbf16> {mlxla.name = "model.layers.4.self_attn.o_proj.biases"}, %arg112: tensor<2048xf32> {mlxla.name = "model.layers.4.post_attention_layernorm.weight"}, %arg113: tensor<8192x256xui32> {mlxla.name = "model.layers.4.mlp.gate_proj.weight"}, %arg114: tensor<8192x32xbf16> {mlxla.name = "model.layers.4.mlp.gate_proj.scales"}, %arg115: tensor<8192x32xbf16> {mlxla.name = "model.layers.4.mlp.gate_proj.biases"}, %arg116: tensor<8192x256xui32> {mlxla.name = "model.layers.4.mlp.up_proj.weight"}, %arg117: tensor<8192x32xbf16> {mlxla.name = "model.layers.4.mlp.up_proj.scales"}, %arg118: tensor<8192x32xbf16> {mlxla.name = "model.layers.4.mlp.up_proj.biases"}, %arg119: tensor<2048x1024xui32> {mlxla.name = "model.layers.4.mlp.down_proj.weight"}, %arg120: tensor<2048x128xbf16> {mlxla.name = "model.layers.4.mlp.down_proj.scales"}, %arg121: tensor<2048x128xbf16> {mlxla.name = "model.layers.4.mlp.down_proj.biases"}, %arg122: tensor<2048xf32> {mlxla.name = "model.layers.5.input_layernorm.weight"}, %arg123: tensor<2048x256xui32> {mlxla.name = "model.layers.5.self_attn.q_proj.weight"}, %arg124: tensor<2048x32xbf16> {mlxla.name = "model.layers.5.self_attn.q_proj.scales"}, %arg125: tensor<2048x32xbf16> {mlxla.name = "model.layers.5.self_attn.q_proj.biases"}, %arg126: tensor<512x256xui32> {mlxla.name = "model.layers.5.self_attn.k_proj.weight"}, %arg127: tensor<512x32xbf16> {mlxla.name = "model.layers.5.self_attn.k_proj.scales"}, %arg128: tensor<512x32xbf16> {mlxla.name = "model.layers.5.self_attn.k_proj.biases"}, %arg129: tensor<512x256xui32> {mlxla.name = "model.layers.5.self_attn.v_proj.weight"}, %arg130: tensor<512x32xbf16> {mlxla.name = "model.layers.5.self_attn.v_proj.scales"}, %arg131: tensor<512x32xbf16> {mlxla.name = "model.layers.5.self_attn.v_proj.biases"}, %arg132: tensor<2048x256xui32> {mlxla.name = "model.layers.5.self_attn.o_proj.weight"}, %arg133: tensor<2048x32xbf16> {mlxla.name = "model.layers.5.self_attn.o_proj.scales"}, %arg134: tensor<2048x32xbf16> {mlxla.name = "model.layers.5.self_attn.o_proj.biases"}, %arg135: tensor<2048xf32> {mlxla.name = "model.layers.5.post_attention_layernorm.weight"}, %arg136: tensor<8192x256xui32> {mlxla.name = "model.layers.5.mlp.gate_proj.weight"}, %arg137: tensor<8192x32xbf16> {mlxla.name = "model.layers.5.mlp.gate_proj.scales"}, %arg138: tensor<8192x32xbf16> {mlxla.name = "model.layers.5.mlp.gate_proj.biases"}, %arg139: tensor<8192x256xui32> {mlxla.name = "model.layers.5.mlp.up_proj.weight"}, %arg140: tensor<8192x32xbf16> {mlxla.name = "model.layers.5.mlp.up_proj.scales"}, %arg141: tensor<8192x32xbf16> {mlxla.name = "model.layers.5.mlp.up_proj.biases"}, %arg142: tensor<2048x1024xui32> {mlxla.name = "model.layers.5.mlp.down_proj.weight"}, %arg143: tensor<2048x128xbf16> {mlxla.name = "model.layers.5.mlp.down_proj.scales"}, %arg144: tensor<2048x128xbf16> {mlxla.name = "model.layers.5.mlp.down_proj.biases"}, %arg145: tensor<2048xf32> {mlxla.name = "model.layers.6.input_layernorm.weight"}, %arg146: tensor<2048x256xui32> {mlxla.name = "model.layers.6.self_attn.q_proj.weight"}, %arg147: tensor<2048x32xbf16> {mlxla.name = "model.layers.6.self_attn.q_proj.scales"}, %arg148: tensor<2048x32xbf16> {mlxla.name = "model.layers.6.self_attn.q_proj.biases"}, %arg149: tensor<512x256xui32> {mlxla.name = "model.layers.6.self_attn.k_proj.weight"}, %arg150: tensor<512x32xbf16> {mlxla.name = "model.layers.6.self_attn.k_proj.scales"}, %arg151: tensor<512x32xbf16> {mlxla.name = "model.layers.6.self_attn.k_proj.biases"}, %arg152: tensor<512x256xui32> {mlxla.name = "model.layers.6.self_attn.v_proj.weight"}, %arg153: tensor<512x32xbf16> {mlxla.name = "model.layers.6.self_attn.v_proj.scales"}, %arg154: tensor<512x32xbf16> {mlxla.name = "model.layers.6.self_attn.v_proj.biases"}, %arg155: tensor<2048x256xui32> {mlxla.name = "model.layers.6.self_attn.o_proj.weight"}, %arg156: tensor<2048x32xbf16> {mlxla.name = "model.layers.6.self_attn.o_proj.scales"}, %arg157: tensor<2048x32xbf16> {mlxla.name = "model.layers.6.self_attn.o_proj.biases"}, %arg158: tensor<2048xf32> {mlxla.name = "model.layers.6.post_attention_layernorm.weight"}, %arg159: tensor<8192x256xui32> {mlxla.name = "model.layers.6.mlp.gate_proj.weight"}, %arg160: tensor<8192x32xbf16> {mlxla.name = "model.layers.6.mlp.gate_proj.scales"}, %arg161: tensor<8192x32xbf16> {mlxla.name = "model.layers.6.mlp.gate_proj.biases"}, %arg162: tensor<8192x256xui32> {mlxla.name = "model.layers.6.mlp.up_proj.weight"}, %arg163: tensor<8192x32xbf16> {mlxla.name = "model.layers.6.mlp.up_proj.scales"}, %arg164: tensor<8192x32xbf16> {mlxla.name = "model.layers.6.mlp.up_proj.biases"}, %arg165: tensor<2048x1024xui32> {mlxla.name = "model.layers.6.mlp.down_proj.weight"}, %arg166: tensor<2048x128xbf16> {mlxla.name = "model.layers.6.mlp.down_proj.scales"}, %arg167: tensor<2048x128xbf16> {mlxla.name = "model.layers.6.mlp.down_proj.biases"}, %arg168: tensor<2048xf32> {mlxla.name = "model.layers.7.input_layernorm.weight"}, %arg169: tensor<2048x256xui32> {mlxla.name = "model.layers.7.self_attn.q_proj.weight"}, %arg170: tensor<2048x32xbf16> {mlxla.name = "model.layers.7.self_attn.q_proj.scales"}, %arg171: tensor<2048x32xbf16> {mlxla.name = "model.layers.7.self_attn.q_proj.biases"}, %arg172: tensor<512x256xui32> {mlxla.name = "model.layers.7.self_attn.k_proj.weight"}, %arg173: tensor<512x32xbf16> {mlxla.name = "model.layers.7.self_attn.k_proj.scales"}, %arg174: tensor<512x32xbf16> {mlxla.name = "model.layers.7.self_attn.k_proj.biases"}, %arg175: tensor<512x256xui32> {mlxla.name = "model.layers.7.self_attn.v_proj.weight"}, %arg176: tensor<512x32xbf16> {mlxla.name = "model.layers.7.self_attn.v_proj.scales"}, %arg177: tensor<512x32xbf16> {mlxla.name = "model.layers.7.self_attn.v_proj.biases"}, %arg178: tensor<2048x256xui32> {mlxla.name = "model.layers.7.self_attn.o_proj.weight"}, %arg179: tensor<2048x32xbf16> {mlxla.name = "model.layers.7.self_attn.o_proj.scales"}, %arg180: tensor<2048x32xbf16> {mlxla.name = "model.layers.7.self_attn.o_proj.biases"}, %arg181: tensor<2048xf32> {mlxla.name = "model.layers.7.post_attention_layernorm.weight"}, %arg182: tensor<8192x256xui32> {mlxla.name = "model.layers.7.mlp.gate_proj.weight"}, %arg183: tensor<8192x32xbf16> {mlxla.name = "model.layers.7.mlp.gate_proj.scales"}, %arg184: tensor<8192x32xbf16> {mlxla.name = "model.layers.7.mlp.gate_proj.biases"}, %arg185: tensor<8192x256xui32> {mlxla.name = "model.layers.7.mlp.up_proj.weight"}, %arg186: tensor<8192x32xbf16> {mlxla.name = "model.layers.7.mlp.up_proj.scales"}, %arg187: tensor<8192x32xbf16> {mlxla.name = "model.layers.7.mlp.up_proj.biases"}, %arg188: tensor<2048x1024xui32> {mlxla.name = "model.layers.7.mlp.down_proj.weight"}, %arg189: tensor<2048x128xbf16> {mlxla.name = "model.layers.7.mlp.down_proj.scales"}, %arg190: tensor<2048x128xbf16> {mlxla.name = "model.layers.7.mlp.down_proj.biases"}, %arg191: tensor<2048xf32> {mlxla.name = "model.layers.8.input_layernorm.weight"}, %arg192: tensor<2048x256xui32> {mlxla.name = "model.layers.8.self_attn.q_proj.weight"}, %arg193: tensor<2048x32xbf16> {mlxla.name = "model.layers.8.self_attn.q_proj.scales"}, %arg194: tensor<2048x32xbf16> {mlxla.name = "model.layers.8.self_attn.q_proj.biases"}, %arg195: tensor<512x256xui32> {mlxla.name = "model.layers.8.self_attn.k_proj.weight"}, %arg196: tensor<512x32xbf16> {mlxla.name = "model.layers.8.self_attn.k_proj.scales"}, %arg197: tensor<512x32xbf16> {mlxla.name = "model.layers.8.self_attn.k_proj.biases"}, %arg198: tensor<512x256xui32> {mlxla.name = "model.layers.8.self_attn.v_proj.weight"}, %arg199: tensor<512x32xbf16> {mlxla.name = "model.layers.8.self_attn.v_proj.scales"}, %arg200: tensor<512x32xbf16> {mlxla.name = "model.layers.8.self_attn.v_proj.biases"}, %arg201: tensor<2048x256xui32> {mlxla.name = "model.layers.8.self_attn.o_proj.weight"}, %arg202: tensor<2048x32xbf16> {mlxla.name = "model.layers.8.self_attn.o_proj.scales"}, %arg203: tensor<2048x32xbf16> {mlxla.name = "model.layers.8.self_attn.o_proj.biases"}, %arg204: tensor<2048xf32> {mlxla.name = "model.layers.8.post_attention_layernorm.weight"}, %arg205: tensor<8192x256xui32> {mlxla.name = "model.layers.8.mlp.gate_proj.weight"}, %arg206: tensor<8192x32xbf16> {mlxla.name = "model.layers.8.mlp.gate_proj.scales"}, %arg207: tensor<8192x32xbf16> {mlxla.name = "model.layers.8.mlp.gate_proj.biases"}, %arg208: tensor<8192x256xui32> {mlxla.name = "model.layers.8.mlp.up_proj.weight"}, %arg209: tensor<8192x32xbf16> {mlxla.name = "model.layers.8.mlp.up_proj.scales"}, %arg210: tensor<8192x32xbf16> {mlxla.name = "model.layers.8.mlp.up_proj.biases"}, %arg211: tensor<2048x1024xui32> {mlxla.name = "model.layers.8.mlp.down_proj.weight"}, %arg212: tensor<2048x128xbf16> {mlxla.name = "model.layers.8.mlp.down_proj.scales"}, %arg213: tensor<2048x128xbf16> {mlxla.name = "model.layers.8.mlp.down_proj.biases"}, %arg214: tensor<2048xf32> {mlxla.name = "model.layers.9.input_layernorm.weight"}, %arg215: tensor<2048x256xui32> {mlxla.name = "model.layers.9.self_attn.q_proj.weight"}, %arg216: tensor<2048x32xbf16> {mlxla.name = "model.layers.9.self_attn.q_proj.scales"}, %arg217: tensor<2048x32xbf16> {mlxla.name = "model.layers.9.self_attn.q_proj.biases"}, %arg218: tensor<512x256xui32> {mlxla.name = "model.layers.9.self_attn.k_proj.weight"}, %arg219: tensor<512x32xbf16> {mlxla.name = "model.layers.9.self_attn.k_proj.scales"}, %arg220: tensor<512x32xbf16> {mlxla.name = "model.layers.9.self_attn.k_proj.biases"}, %arg221: tensor<512x256xui32> {mlxla.name = "model.layers.9.self_attn.v_proj.weight"}, %arg222: tensor<512x32xbf16> {mlxla.name = "model.layers.9.self_attn.v_proj.scales"}, %arg223: tensor<512x32xbf16> {mlxla.name = "model.layers.9.self_attn.v_proj.biases"}, %arg224: tensor<2048x256xui32> {mlxla.name = "model.layers.9.self_attn.o_proj.weight"}, %arg225: tensor<2048x32xbf16> {mlxla.name = "model.layers.9.self_attn.o_proj.scales"}, %arg226: tensor<2048x32xbf16> {mlxla.name = "model.layers.9.self_attn.o_proj.biases"}, %arg227: tensor<2048xf32> {mlxla.name = "model.layers.9.post_attention_layernorm.weight"}, %arg228: tensor<8192x256xui32> {mlxla.name = "model.layers.9.mlp.gate_proj.weight"}, %arg229: tensor<8192x32xbf16> {mlxla.name = "model.layers.9.mlp.gate_proj.scales"}, %arg230: tensor<8192x32xbf16> {mlxla.name = "model.layers.9.mlp.gate_proj.biases"}, %arg231: tensor<8192x256xui32> {mlxla.name = "model.layers.9.mlp.up_proj.weight"}, %arg232: tensor<8192x32xbf16> {mlxla.name = "model.layers.9.mlp.up_proj.scales"}, %arg233: tensor<8192x32xbf16> {mlxla.name = "model.layers.9.mlp.up_proj.biases"}, %arg234: tensor<2048x1024xui32> {mlxla.name = "model.layers.9.mlp.down_proj.weight"}, %arg235: tensor<2048x128xbf16> {mlxla.name = "model.layers.9.mlp.down_proj.scales"}, %arg236: tensor<2048x128xbf16> {mlxla.name = "model.layers.9.mlp.down_proj.biases"}, %arg237: tensor<2048xf32> {mlxla.name = "model.layers.10.input_layernorm.weight"}, %arg238: tensor<2048x256xui32> {mlxla.name = "model.layers.10.self_attn.q_proj.weight"}, %arg239: tensor<2048x32xbf16> {mlxla.name = "model.layers.10.self_attn.q_proj.scales"}, %arg240: tensor<2048x32xbf16> {mlxla.name = "model.layers.10.self_attn.q_proj.biases"}, %arg241: tensor<512x256xui32> {mlxla.name = "model.layers.10.self_attn.k_proj.weight"}, %arg242: tensor<512x32xbf16> {mlxla.name = "model.layers.10.self_attn.k_proj.scales"}, %arg243: tensor<512x32xbf16> {mlxla.name = "model.layers.10.self_attn.k_proj.biases"}, %arg244: tensor<512x256xui32> {mlxla.name = "model.layers.10.self_attn.v_proj.weight"}, %arg245: tensor<512x32xbf16> {mlxla.name = "model.layers.10.self_attn.v_proj.scales"}, %arg246: tensor<512x32xbf16> {mlxla.name = "model.layers.10.self_attn.v_proj.biases"}, %arg247: tensor<2048x256xui32> {mlxla.name = "model.layers.10.self_attn.o_proj.weight"}, %arg248: tensor<2048x32xbf16> {mlxla.name = "model.layers.10.self_attn.o_proj.scales"}, %arg249: tensor<2048x32xbf16> {mlxla.name = "model.layers.10.self_attn.o_proj.biases"}, %arg250: tensor<2048xf32> {mlxla.name = "model.layers.10.post_attention_layernorm.weight"}, %arg251: tensor<8192x256xui32> {mlxla.name = "model.layers.10.mlp.gate_proj.weight"}, %arg252: tensor<8192x32xbf16> {mlxla.name = "model.layers.10.mlp.gate_proj.scales"}, %arg253: tensor<8192x32xbf16> {mlxla.name = "model.layers.10.mlp.gate_proj.biases"}, %arg254: tensor<8192x256xui32> {mlxla.name = "model.layers.10.mlp.up_proj.weight"}, %arg255: tensor<8192x32xbf16> {mlxla.name = "model.layers.10.mlp.up_proj.scales"}, %arg256: tensor<8192x32xbf16> {mlxla.name = "model.layers.10.mlp.up_proj.biases"}, %arg257: tensor<2048x1024xui32> {mlxla.name = "model.layers.10.mlp.down_proj.weight"}, %arg258: tensor<2048x128xbf16> {mlxla.name = "model.layers.10.mlp.down_proj.scales"}, %arg259: tensor<2048x128xbf16> {mlxla.name = "model.layers.10.mlp.down_proj.biases"}, %arg260: tensor<2048xf32> {mlxla.name = "model.layers.11.input_layernorm.weight"}, %arg261: tensor<2048x256xui32> {mlxla.name = "model.layers.11.self_attn.q_proj.weight"}, %arg262: tensor<2048x32xbf16> {mlxla.name = "model.layers.11.self_attn.q_proj.scales"}, %arg263: tensor<2048x32xbf16> {mlxla.name = "model.layers.11.self_attn.q_proj.biases"}, %arg264: tensor<512x256xui32> {mlxla.name = "model.layers.11.self_attn.k_proj.weight"}, %arg265: tensor<512x32xbf16> {mlxla.name = "model.layers.11.self_attn.k_proj.scales"}, %arg266: tensor<512x32xbf16> {mlxla.name = "model.layers.11.self_attn.k_proj.biases"}, %arg267: tensor<512x256xui32> {mlxla.name = "model.layers.11.self_attn.v_proj.weight"}, %arg268: tensor<512x32xbf16> {mlxla.name = "model.layers.11.self_attn.v_proj.scales"}, %arg269: tensor<512x32xbf16> {mlxla.name = "model.layers.11.self_attn.v_proj.biases"}, %arg270: tensor<2048x256xui32> {mlxla.name = "model.layers.11.self_attn.o_proj.weight"}, %arg271: tensor<2048x32xbf16> {mlxla.name = "model.layers.11.self_attn.o_proj.scales"}, %arg272: tensor<2048x32xbf16> {mlxla.name = "model.layers.11.self_attn.o_proj.biases"}, %arg273: tensor<2048xf32> {mlxla.name = "model.layers.11.post_attention_layernorm.weight"}, %arg274: tensor<8192x256xui32> {mlxla.name = "model.layers.11.mlp.gate_proj.weight"}, %arg275: tensor<8192x32xbf16> {mlxla.name = "model.layers.11.mlp.gate_proj.scales"}, %arg276: tensor<8192x32xbf16> {mlxla.name = "model.layers.11.mlp.gate_proj.biases"}, %arg277: tensor<8192x256xui32> {mlxla.name = "model.layers.11.mlp.up_proj.weight"}, %arg278: tensor<8192x32xbf16> {mlxla.name = "model.layers.11.mlp.up_proj.scales"}, %arg279: tensor<8192x32xbf16> {mlxla.name = "model.layers.11.mlp.up_proj.biases"}, %arg280: tensor<2048x1024xui32> {mlxla.name = "model.layers.11.mlp.down_proj.weight"}, %arg281: tensor<2048x128xbf16> {mlxla.name = "model.layers.11.mlp.down_proj.scales"}, %arg282: tensor<2048x128xbf16> {mlxla.name = "model.layers.11.mlp.down_proj.biases"}, %arg283: tensor<2048xf32> {mlxla.name = "model.layers.12.input_layernorm.weight"}, %arg284: tensor<2048x256xui32> {mlxla.name = "model.layers.12.self_attn.q_proj.weight"}, %arg285: tensor<2048x32xbf16> {mlxla.name = "model.layers.12.self_attn.q_proj.scales"}, %arg286: tensor<2048x32xbf16> {mlxla.name = "model.layers.12.self_attn.q_proj.biases"}, %arg287: tensor<512x256xui32> {mlxla.name = "model.layers.12.self_attn.k_proj.weight"}, %arg288: tensor<512x32xbf16> {mlxla.name = "model.layers.12.self_attn.k_proj.scales"}, %arg289: tensor<512x32xbf16> {mlxla.name = "model.layers.12.self_attn.k_proj.biases"}, %arg290: tensor<512x256xui32> {mlxla.name = "model.layers.12.self_attn.v_proj.weight"}, %arg291: tensor<512x32xbf16> {mlxla.name = "model.layers.12.self_attn.v_proj.scales"}, %arg292: tensor<512x32xbf16> {mlxla.name = "model.layers.12.self_attn.v_proj.biases"}, %arg293: tensor<2048x256xui32> {mlxla.name = "model.layers.12.self_attn.o_proj.weight"}, %arg294: tensor<2048x32xbf16> {mlxla.name = "model.layers.12.self_attn.o_proj.scales"}, %arg295: tensor<2048x32xbf16> {mlxla.name = "model.layers.12.self_attn.o_proj.biases"}, %arg296: tensor<2048xf32> {mlxla.name = "model.layers.12.post_attention_layernorm.weight"}, %arg297: tensor<8192x256xui32> {mlxla.name = "model.layers.12.mlp.gate_proj.weight"}, %arg298: tensor<8192x32xbf16> {mlxla.name = "model.layers.12.mlp.gate_proj.scales"}, %arg299: tensor<8192x32xbf16> {mlxla.name = "model.layers.12.mlp.gate_proj.biases"}, %arg300: tensor<8192x256xui32> {mlxla.name = "model.layers.12.mlp.up_proj.weight"}, %arg301: tensor<8192x32xbf16> {mlxla.name = "model.layers.12.mlp.up_proj.scales"}, %arg302: tensor<8192x32xbf16> {mlxla.name = "model.layers.12.mlp.up_proj.biases"}, %arg303: tensor<2048x1024xui32> {mlxla.name = "model.layers.12.mlp.down_proj.weight"}, %arg304: tensor<2048x128xbf16> {mlxla.name = "model.layers.12.mlp.down_proj.scales"}, %arg305: tensor<2048x128xbf16> {mlxla.name = "model.layers.12.mlp.down_proj.biases"}, %arg306: tensor<2048xf32> {mlxla.name = "model.layers.13.input_layernorm.weight"}, %arg307: tensor<2048x256xui32> {mlxla.name = "model.layers.13.self_attn.q_proj.weight"}, %arg308: tensor<2048x32xbf16> {mlxla.name = "model.layers.13.self_attn.q_proj.scales"}, %arg309: tensor<2048x32xbf16> {mlxla.name = "model.layers.13.self_attn.q_proj.biases"}, %arg310: tensor<512x256xui32> {mlxla.name = "model.layers.13.self_attn.k_proj.weight"}, %arg311: tensor<512x32xbf16> {mlxla.name = "model.layers.13.self_attn.k_proj.scales"}, %arg312: tensor<512x32xbf16> {mlxla.name = "model.layers.13.self_attn.k_proj.biases"}, %arg313: tensor<512x256xui32> {mlxla.name = "model.layers.13.self_attn.v_proj.weight"}, %arg314: tensor<512x32xbf16> {mlxla.name = "model.layers.13.self_attn.v_proj.scales"}, %arg315: tensor<512x32xbf16> {mlxla.name = "model.layers.13.self_attn.v_proj.biases"}, %arg316: tensor<2048x256xui32> {mlxla.name = "model.layers.13.self_attn.o_proj.weight"}, %arg317: tensor<2048x32xbf16> {mlxla.name = "model.layers.13.self_attn.o_proj.scales"}, %arg318: tensor<2048x32xbf16> {mlxla.name = "model.layers.13.self_attn.o_proj.biases"}, %arg319: tensor<2048xf32> {mlxla.name = "model.layers.13.post_attention_layernorm.weight"}, %arg320: tensor<8192x256xui32> {mlxla.name = "model.layers.13.mlp.gate_proj.weight"}, %arg321: tensor<8192x32xbf16> {mlxla.name = "model.layers.13.mlp.gate_proj.scales"}, %arg322: tensor<8192x32xbf16> {mlxla.name = "model.layers.13.mlp.gate_proj.biases"}, %arg323: tensor<8192x256xui32> {mlxla.name = "model.layers.13.mlp.up_proj.weight"}, %arg324: tensor<8192x32xbf16> {mlxla.name = "model.layers.13.mlp.up_proj.scales"}, %arg325: tensor<8192x32xbf16> {mlxla.name = "model.layers.13.mlp.up_proj.biases"}, %arg326: tensor<2048x1024xui32> {mlxla.name = "model.layers.13.mlp.down_proj.weight"}, %arg327: tensor<2048x128xbf16> {mlxla.name = "model.layers.13.mlp.down_proj.scales"}, %arg328: tensor<2048x128xbf16> {mlxla.name = "model.layers.13.mlp.down_proj.biases"}, %arg329: tensor<2048xf32> {mlxla.name = "model.layers.14.input_layernorm.weight"}, %arg330: tensor<2048x256xui32> {mlxla.name = "model.layers.14.self_attn.q_proj.weight"}, %arg331: tensor<2048x32xbf16> {mlxla.name = "model.layers.14.self_attn.q_proj.scales"}, %arg332: tensor<2048x32xbf16> {mlxla.name = "model.layers.14.self_attn.q_proj.biases"}, %arg333: tensor<512x256xui32> {mlxla.name = "model.layers.14.self_attn.k_proj.weight"}, %arg334: tensor<512x32xbf16> {mlxla.name = "model.layers.14.self_attn.k_proj.scales"}, %arg335: tensor<512x32xbf16> {mlxla.name = "model.layers.14.self_attn.k_proj.biases"}, %arg336: tensor<512x256xui32> {mlxla.name = "model.layers.14.self_attn.v_proj.weight"}, %arg337: tensor<512x32xbf16> {mlxla.name = "model.layers.14.self_attn.v_proj.scales"}, %arg338: tensor<512x32xbf16> {mlxla.name = "model.layers.14.self_attn.v_proj.biases"}, %arg339: tensor<2048x256xui32> {mlxla.name = "model.layers.14.self_attn.o_proj.weight"}, %arg340: tensor<2048x32xbf16> {mlxla.name = "model.layers.14.self_attn.o_proj.scales"}, %arg341: tensor<2048x32xbf16> {mlxla.name = "model.layers.14.self_attn.o_proj.biases"}, %arg342: tensor<2048xf32> {mlxla.name = "model.layers.14.post_attention_layernorm.weight"}, %arg343: tensor<8192x256xui32> {mlxla.name = "model.layers.14.mlp.gate_proj.weight"}, %arg344: tensor<8192x32xbf16> {mlxla.name = "model.layers.14.mlp.gate_proj.scales"}, %arg345: tensor<8192x32xbf16> {mlxla.name = "model.layers.14.mlp.gate_proj.biases"}, %arg346: tensor<8192x256xui32> {mlxla.name = "model.layers.14.mlp.up_proj.weight"}, %arg347: tensor<8192x32xbf16> {mlxla.name = "model.layers.14.mlp.up_proj.scales"}, %arg348: tensor<8192x32xbf16> {mlxla.name = "model.layers.14.mlp.up_proj.biases"}, %arg349: tensor<2048x1024xui32> {mlxla.name = "model.layers.14.mlp.down_proj.weight"}, %arg350: tensor<2048x128xbf16> {mlxla.name = "model.layers.14.mlp.down_proj.scales"}, %arg351: tensor<2048x128xbf16> {mlxla.name = "model.layers.14.mlp.down_proj.biases"}, %arg352: tensor<2048xf32> {mlxla.name = "model.layers.15.input_layernorm.weight"}, %arg353: tensor<2048x256xui32> {mlxla.name = "model.layers.15.self_attn.q_proj.weight"}, %arg354: tensor<2048x32xbf16> {mlxla.name = "model.layers.15.self_attn.q_proj.scales"}, %arg355: tensor<2048x32xbf16> {mlxla.name = "model.layers.15.self_attn.q_proj.biases"}, %arg356: tensor<512x256xui32> {mlxla.name = "model.layers.15.self_attn.k_proj.weight"}, %arg357: tensor<512x32xbf16> {mlxla.name = "model.layers.15.self_attn.k_proj.scales"}, %arg358: tensor<512x32xbf16> {mlxla.name = "model.layers.15.self_attn.k_proj.biases"}, %arg359: tensor<512x256xui32> {mlxla.name = "model.layers.15.self_attn.v_proj.weight"}, %arg360: tensor<512x32xbf16> {mlxla.name = "model.layers.15.self_attn.v_proj.scales"}, %arg361: tensor<512x32xbf16> {mlxla.name = "model.layers.15.self_attn.v_proj.biases"}, %arg362: tensor<2048x256xui32> {mlxla.name = "model.layers.15.self_attn.o_proj.weight"}, %arg363: tensor<2048x32xbf16> {mlxla.name = "model.layers.15.self_attn.o_proj.scales"}, %arg364: tensor<2048x32xbf16> {mlxla.name = "model.layers.15.self_attn.o_proj.biases"}, %arg365: tensor<2048xf32> {mlxla.name = "model.layers.15.post_attention_layernorm.weight"}, %arg366: tensor<8192x256xui32> {mlxla.name = "model.layers.15.mlp.gate_proj.weight"}, %arg367: tensor<8192x32xbf16> {mlxla.name = "model.layers.15.mlp.gate_proj.scales"}, %arg368: tensor<8192x32xbf16> {mlxla.name = "model.layers.15.mlp.gate_proj.biases"}, %arg369: tensor<8192x256xui32> {mlxla.name = "model.layers.15.mlp.up_proj.weight"}, %arg370: tensor<8192x32xbf16> {mlxla.name = "model.layers.15.mlp.up_proj.scales"}, %arg371: tensor<8192x32xbf16> {mlxla.name = "model.layers.15.mlp.up_proj.biases"}, %arg372: tensor<2048x1024xui32> {mlxla.name = "model.layers.15.mlp.down_proj.weight"}, %arg373: tensor<2048x128xbf16> {mlxla.name = "model.layers.15.mlp.down_proj.scales"}, %arg374: tensor<2048x128xbf16> {mlxla.name = "model.layers.15.mlp.down_proj.biases"}, %arg375: tensor<2048xf32> {mlxla.name = "model.norm.weight"}) -> (tensor<1xi32> {mlxla.name = "next_tokens"}, tensor<16x1x64x8x64xf16> {mlxla.name = "k_cache"}, tensor<16x1x64x8x64xf16> {mlxla.name = "v_cache"}) {
    %0 = stablehlo.broadcast_in_dim %arg1, dims = [] : (tensor<i32>) -> tensor<1xi32>
    %1 = stablehlo.constant dense<1> : tensor<i32>
    %2 = stablehlo.add %arg1, %1 : tensor<i32>
    %3 = stablehlo.reshape %arg0 : (tensor<1xi32>) -> tensor<1x1xi32>
    %4 = "stablehlo.gather"(%arg6, %3) {dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 32>} : (tensor<128256x32xbf16>, tensor<1x1xi32>) -> tensor<1x32xbf16>
    %5 = stablehlo.reshape %arg0 : (tensor<1xi32>) -> tensor<1x1xi32>
    %6 = "stablehlo.gather"(%arg5, %5) {dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 32>} : (tensor<128256x32xbf16>, tensor<1x1xi32>) -> tensor<1x32xbf16>
    %7 = stablehlo.reshape %arg0 : (tensor<1xi32>) -> tensor<1x1xi32>
    %8 = "stablehlo.gather"(%arg4, %7) {dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 256>} : (tensor<128256x256xui32>, tensor<1x1xi32>) -> tensor<1x256xui32>
    %9 = stablehlo.reshape %8 : (tensor<1x256xui32>) -> tensor<1x64x4xui32>
    %10 = stablehlo.slice %9 [0:1, 0:64, 0:1] : (tensor<1x64x4xui32>) -> tensor<1x64x1xui32>
    %11 = stablehlo.slice %9 [0:1, 0:64, 1:2] : (tensor<1x64x4xui32>) -> tensor<1x64x1xui32>
    %12 = stablehlo.slice %9 [0:1, 0:64, 2:3] : (tensor<1x64x4xui32>) -> tensor<1x64x1xui32>
    %13 = stablehlo.slice %9 [0:1, 0:64, 3:4] : (tensor<1x64x4xui32>) -> tensor<1x64x1xui32>
    %14 = stablehlo.constant dense<[0, 4, 8, 12, 16, 20, 24, 28, 0, 4, 8, 12, 16, 20, 24, 28, 0, 4, 8, 12, 16, 20, 24, 28, 0, 4, 8, 12, 16, 20, 24, 28]> : tensor<32xui32>
    %15 = stablehlo.broadcast_in_dim %14, dims = [2] : (tensor<32xui32>) -> tensor<1x64x32xui32>
    %16 = stablehlo.concatenate %10, %10, %10, %10, %10, %10, %10, %10, %11, %11, %11, %11, %11, %11, %11, %11, %12, %12, %12, %12, %12, %12, %12, %12, %13, %13, %13, %13, %13, %13, %13, %13, dim = 2 : (tensor<1x64x1xui32>, tensor<1x64x1xui32>, tensor<1x64x1xui32>, tensor<1x64x1xui32>, tensor<1x64x1xui32>, tensor<1x64x1xui32>, tensor<1x64x1xui32>, tensor<1x64x1xui32>, tensor<1x64x1xui32>, tensor<1x64x1xui32>, tensor<1x64x1xui32>, tensor<1x64x1xui32>, tensor<1x64x1xui32>, tensor<1x64x1xui32>, tensor<1x64x1xui32>, tensor<1x64x1xui32>, tensor<1x64x1xui32>, tensor<1x64x1xui32>, tensor<1x64x1xui32>, tensor<1x64x1xui32>, tensor<1x64x1xui32>, tensor<1x64x1xui32>, tensor<1x64x1xui32>, tensor<1x64x1xui32>, tensor<1x64x1xui32>, tensor<1x64x1xui32>, tensor<1x64x1xui32>, tensor<1x64x1xui32>, tensor<1x64x1xui32>, tensor<1x64x1xui32>, tensor<1x64x1xui32>, tensor<1x64x1xui32>) -> tensor<1x64x32xui32>
    %17 = stablehlo.shift_right_logical %16, %15 : tensor<1x64x32xui32>
    %18 = stablehlo.constant dense<15> : tensor<1x64x32xui32>
    %19 = stablehlo.and %17, %18 : tensor<1x64x32xui32>
    %20 = stablehlo.reshape %19 : (tensor<1x64x32xui32>) -> tensor<1x2048xui32>
    %21 = stablehlo.convert %20 : (tensor<1x2048xui32>) -> tensor<1x2048xf32>
    %22 = stablehlo.convert %6 : (tensor<1x32xbf16>) -> tensor<1x32xf32>
    %23 = stablehlo.broadcast_in_dim %22, dims = [0, 1] : (tensor<1x32xf32>) -> tensor<1x32x64xf32>
    %24 = stablehlo.reshape %23 : (tensor<1x32x64xf32>) -> tensor<1x2048xf32>
    %25 = stablehlo.multiply %21, %24 : tensor<1x2048xf32>
    %26 = stablehlo.convert %4 : (tensor<1x32xbf16>) -> tensor<1x32xf32>
    %27 = stablehlo.broadcast_in_dim %26, dims = [0, 1] : (tensor<1x32xf32>) -> tensor<1x32x64xf32>
    %28 = stablehlo.reshape %27 : (tensor<1x32x64xf32>) -> tensor<1x2048xf32>
    %29 = stablehlo.add %25, %28 : tensor<1x2048xf32>
    %30 = stablehlo.convert %29 : (tensor<1x2048xf32>) -> tensor<1x2048xf16>
    %31 = stablehlo.convert %30 : (tensor<1x2048xf16>) -> tensor<1x2048xf32>
    %32 = stablehlo.composite "mlxla.rms_norm" %31, %arg7 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %33 = stablehlo.composite "mlxla.quantized_dot" %32, %arg8, %arg9, %arg10 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f16"}, decomposition = @mlxla_quantized_dot_1x2048xf32_2048x256xui32_2048x32xbf16_2048x32xbf16_284ecb6f6e4a0e42} : (tensor<1x2048xf32>, tensor<2048x256xui32>, tensor<2048x32xbf16>, tensor<2048x32xbf16>) -> tensor<1x2048xf32>
    %34 = stablehlo.reshape %33 : (tensor<1x2048xf32>) -> tensor<1x32x64xf32>
    %35 = stablehlo.composite "mlxla.rope" %34, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x32x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x32x64xf32>, tensor<1xi32>) -> tensor<1x32x64xf32>
    %36 = stablehlo.composite "mlxla.quantized_dot" %32, %arg11, %arg12, %arg13 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f16"}, decomposition = @mlxla_quantized_dot_1x2048xf32_512x256xui32_512x32xbf16_512x32xbf16_284ecb6f6e4a0e42} : (tensor<1x2048xf32>, tensor<512x256xui32>, tensor<512x32xbf16>, tensor<512x32xbf16>) -> tensor<1x512xf32>
    %37 = stablehlo.reshape %36 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %38 = stablehlo.composite "mlxla.rope" %37, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x8x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x8x64xf32>, tensor<1xi32>) -> tensor<1x8x64xf32>
    %39 = stablehlo.composite "mlxla.quantized_dot" %32, %arg14, %arg15, %arg16 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f16"}, decomposition = @mlxla_quantized_dot_1x2048xf32_512x256xui32_512x32xbf16_512x32xbf16_284ecb6f6e4a0e42} : (tensor<1x2048xf32>, tensor<512x256xui32>, tensor<512x32xbf16>, tensor<512x32xbf16>) -> tensor<1x512xf32>
    %40 = stablehlo.reshape %39 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %41 = stablehlo.convert %38 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %42 = stablehlo.convert %40 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %43 = stablehlo.constant dense<0> : tensor<i32>
    %44 = stablehlo.constant dense<0> : tensor<i32>
    %45 = stablehlo.constant dense<0> : tensor<i32>
    %46 = stablehlo.reshape %41 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %47 = stablehlo.dynamic_update_slice %arg2, %46, %43, %45, %arg1, %44, %44 : (tensor<16x1x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %48 = stablehlo.reshape %42 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %49 = stablehlo.dynamic_update_slice %arg3, %48, %43, %45, %arg1, %44, %44 : (tensor<16x1x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %50 = stablehlo.slice %49 [0:1, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %51 = stablehlo.reshape %50 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %52 = stablehlo.slice %47 [0:1, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %53 = stablehlo.reshape %52 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %54 = stablehlo.composite "mlxla.attention" %35, %53, %51, %0, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf16_64x8x64xf16_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %55 = stablehlo.reshape %54 : (tensor<1x32x64xf32>) -> tensor<1x2048xf32>
    %56 = stablehlo.composite "mlxla.quantized_dot" %55, %arg17, %arg18, %arg19 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f16"}, decomposition = @mlxla_quantized_dot_1x2048xf32_2048x256xui32_2048x32xbf16_2048x32xbf16_284ecb6f6e4a0e42} : (tensor<1x2048xf32>, tensor<2048x256xui32>, tensor<2048x32xbf16>, tensor<2048x32xbf16>) -> tensor<1x2048xf32>
    %57 = stablehlo.add %31, %56 : tensor<1x2048xf32>
    %58 = stablehlo.composite "mlxla.rms_norm" %57, %arg20 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %59 = stablehlo.composite "mlxla.quantized_dot" %58, %arg21, %arg22, %arg23 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f16"}, decomposition = @mlxla_quantized_dot_1x2048xf32_8192x256xui32_8192x32xbf16_8192x32xbf16_284ecb6f6e4a0e42} : (tensor<1x2048xf32>, tensor<8192x256xui32>, tensor<8192x32xbf16>, tensor<8192x32xbf16>) -> tensor<1x8192xf32>
    %60 = stablehlo.composite "mlxla.quantized_dot" %58, %arg24, %arg25, %arg26 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f16"}, decomposition = @mlxla_quantized_dot_1x2048xf32_8192x256xui32_8192x32xbf16_8192x32xbf16_284ecb6f6e4a0e42} : (tensor<1x2048xf32>, tensor<8192x256xui32>, tensor<8192x32xbf16>, tensor<8192x32xbf16>) -> tensor<1x8192xf32>
    %61 = stablehlo.logistic %59 : tensor<1x8192xf32>
    %62 = stablehlo.multiply %59, %61 : tensor<1x8192xf32>
    %63 = stablehlo.multiply %62, %60 : tensor<1x8192xf32>
    %64 = stablehlo.composite "mlxla.quantized_dot" %63, %arg27, %arg28, %arg29 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f16"}, decomposition = @mlxla_quantized_dot_1x8192xf32_2048x1024xui32_2048x128xbf16_2048x128xbf16_284ecb6f6e4a0e42} : (tensor<1x8192xf32>, tensor<2048x1024xui32>, tensor<2048x128xbf16>, tensor<2048x128xbf16>) -> tensor<1x2048xf32>
    %65 = stablehlo.add %57, %64 : tensor<1x2048xf32>
    %66 = stablehlo.composite "mlxla.rms_norm" %65, %arg30 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %67 = stablehlo.composite "mlxla.quantized_dot" %66, %arg31, %arg32, %arg33 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f16"}, decomposition = @mlxla_quantized_dot_1x2048xf32_2048x256xui32_2048x32xbf16_2048x32xbf16_284ecb6f6e4a0e42} : (tensor<1x2048xf32>, tensor<2048x256xui32>, tensor<2048x32xbf16>, tensor<2048x32xbf16>) -> tensor<1x2048xf32>
    %68 = stablehlo.reshape %67 : (tensor<1x2048xf32>) -> tensor<1x32x64xf32>
    %69 = stablehlo.composite "mlxla.rope" %68, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x32x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x32x64xf32>, tensor<1xi32>) -> tensor<1x32x64xf32>
    %70 = stablehlo.composite "mlxla.quantized_dot" %66, %arg34, %arg35, %arg36 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f16"}, decomposition = @mlxla_quantized_dot_1x2048xf32_512x256xui32_512x32xbf16_512x32xbf16_284ecb6f6e4a0e42} : (tensor<1x2048xf32>, tensor<512x256xui32>, tensor<512x32xbf16>, tensor<512x32xbf16>) -> tensor<1x512xf32>
    %71 = stablehlo.reshape %70 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %72 = stablehlo.composite "mlxla.rope" %71, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x8x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x8x64xf32>, tensor<1xi32>) -> tensor<1x8x64xf32>
    %73 = stablehlo.composite "mlxla.quantized_dot" %66, %arg37, %arg38, %arg39 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f16"}, decomposition = @mlxla_quantized_dot_1x2048xf32_512x256xui32_512x32xbf16_512x32xbf16_284ecb6f6e4a0e42} : (tensor<1x2048xf32>, tensor<512x256xui32>, tensor<512x32xbf16>, tensor<512x32xbf16>) -> tensor<1x512xf32>
    %74 = stablehlo.reshape %73 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %75 = stablehlo.convert %72 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %76 = stablehlo.convert %74 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %77 = stablehlo.constant dense<1> : tensor<i32>
    %78 = stablehlo.constant dense<0> : tensor<i32>
    %79 = stablehlo.constant dense<0> : tensor<i32>
    %80 = stablehlo.reshape %75 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %81 = stablehlo.dynamic_update_slice %47, %80, %77, %79, %arg1, %78, %78 : (tensor<16x1x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %82 = stablehlo.reshape %76 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %83 = stablehlo.dynamic_update_slice %49, %82, %77, %79, %arg1, %78, %78 : (tensor<16x1x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %84 = stablehlo.slice %83 [1:2, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %85 = stablehlo.reshape %84 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %86 = stablehlo.slice %81 [1:2, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %87 = stablehlo.reshape %86 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %88 = stablehlo.composite "mlxla.attention" %69, %87, %85, %0, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf16_64x8x64xf16_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %89 = stablehlo.reshape %88 : (tensor<1x32x64xf32>) -> tensor<1x2048xf32>
    %90 = stablehlo.composite "mlxla.quantized_dot" %89, %arg40, %arg41, %arg42 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f16"}, decomposition = @mlxla_quantized_dot_1x2048xf32_2048x256xui32_2048x32xbf16_2048x32xbf16_284ecb6f6e4a0e42} : (tensor<1x2048xf32>, tensor<2048x256xui32>, tensor<2048x32xbf16>, tensor<2048x32xbf16>) -> tensor<1x2048xf32>
    %91 = stablehlo.add %65, %90 : tensor<1x2048xf32>
    %92 = stablehlo.composite "mlxla.rms_norm" %91, %arg43 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %93 = stablehlo.composite "mlxla.quantized_dot" %92, %arg44, %arg45, %arg46 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f16"}, decomposition = @mlxla_quantized_dot_1x2048xf32_8192x256xui32_8192x32xbf16_8192x32xbf16_284ecb6f6e4a0e42} : (tensor<1x2048xf32>, tensor<8192x256xui32>, tensor<8192x32xbf16>, tensor<8192x32xbf16>) -> tensor<1x8192xf32>
    %94 = stablehlo.composite "mlxla.quantized_dot" %92, %arg47, %arg48, %arg49 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f16"}, decomposition = @mlxla_quantized_dot_1x2048xf32_8192x256xui32_8192x32xbf16_8192x32xbf16_284ecb6f6e4a0e42} : (tensor<1x2048xf32>, tensor<8192x256xui32>, tensor<8192x32xbf16>, tensor<8192x32xbf16>) -> tensor<1x8192xf32>
    %95 = stablehlo.logistic %93 : tensor<1x8192xf32>
    %96 = stablehlo.multiply %93, %95 : tensor<1x8192xf32>
    %97 = stablehlo.multiply %96, %94 : tensor<1x8192xf32>
    %98 = stablehlo.composite "mlxla.quantized_dot" %97, %arg50, %arg51, %arg52 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f16"}, decomposition = @mlxla_quantized_dot_1x8192xf32_2048x1024xui32_2048x128xbf16_2048x128xbf16_284ecb6f6e4a0e42} : (tensor<1x8192xf32>, tensor<2048x1024xui32>, tensor<2048x128xbf16>, tensor<2048x128xbf16>) -> tensor<1x2048xf32>
    %99 = stablehlo.add %91, %98 : tensor<1x2048xf32>
    %100 = stablehlo.composite "mlxla.rms_norm" %99, %arg53 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %101 = stablehlo.composite "mlxla.quantized_dot" %100, %arg54, %arg55, %arg56 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f16"}, decomposition = @mlxla_quantized_dot_1x2048xf32_2048x256xui32_2048x32xbf16_2048x32xbf16_284ecb6f6e4a0e42} : (tensor<1x2048xf32>, tensor<2048x256xui32>, tensor<2048x32xbf16>, tensor<2048x32xbf16>) -> tensor<1x2048xf32>
    %102 = stablehlo.reshape %101 : (tensor<1x2048xf32>) -> tensor<1x32x64xf32>
    %103 = stablehlo.composite "mlxla.rope" %102, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x32x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x32x64xf32>, tensor<1xi32>) -> tensor<1x32x64xf32>
    %104 = stablehlo.composite "mlxla.quantized_dot" %100, %arg57, %arg58, %arg59 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f16"}, decomposition = @mlxla_quantized_dot_1x2048xf32_512x256xui32_512x32xbf16_512x32xbf16_284ecb6f6e4a0e42} : (tensor<1x2048xf32>, tensor<512x256xui32>, tensor<512x32xbf16>, tensor<512x32xbf16>) -> tensor<1x512xf32>
    %105 = stablehlo.reshape %104 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %106 = stablehlo.composite "mlxla.rope" %105, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x8x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x8x64xf32>, tensor<1xi32>) -> tensor<1x8x64xf32>
    %107 = stablehlo.composite "mlxla.quantized_dot" %100, %arg60, %arg61, %arg62 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f16"}, decomposition = @mlxla_quantized_dot_1x2048xf32_512x256xui32_512x32xbf16_512x32xbf16_284ecb6f6e4a0e42} : (tensor<1x2048xf32>, tensor<512x256xui32>, tensor<512x32xbf16>, tensor<512x32xbf16>) -> tensor<1x512xf32>
    %108 = stablehlo.reshape %107 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %109 = stablehlo.convert %106 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %110 = stablehlo.convert %108 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %111 = stablehlo.constant dense<2> : tensor<i32>
    %112 = stablehlo.constant dense<0> : tensor<i32>
    %113 = stablehlo.constant dense<0> : tensor<i32>
    %114 = stablehlo.reshape %109 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %115 = stablehlo.dynamic_update_slice %81, %114, %111, %113, %arg1, %112, %112 : (tensor<16x1x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %116 = stablehlo.reshape %110 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %117 = stablehlo.dynamic_update_slice %83, %116, %111, %113, %arg1, %112, %112 : (tensor<16x1x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %118 = stablehlo.slice %117 [2:3, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %119 = stablehlo.reshape %118 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %120 = stablehlo.slice %115 [2:3, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %121 = stablehlo.reshape %120 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %122 = stablehlo.composite "mlxla.attention" %103, %121, %119, %0, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf16_64x8x64xf16_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %123 = stablehlo.reshape %122 : (tensor<1x32x64xf32>) -> tensor<1x2048xf32>
    %124 = stablehlo.composite "mlxla.quantized_dot" %123, %arg63, %arg64, %arg65 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f16"}, decomposition = @mlxla_quantized_dot_1x2048xf32_2048x256xui32_2048x32xbf16_2048x32xbf16_284ecb6f6e4a0e42} : (tensor<1x2048xf32>, tensor<2048x256xui32>, tensor<2048x32xbf16>, tensor<2048x32xbf16>) -> tensor<1x2048xf32>
    %125 = stablehlo.add %99, %124 : tensor<1x2048xf32>
    %126 = stablehlo.composite "mlxla.rms_norm" %125, %arg66 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %127 = stablehlo.composite "mlxla.quantized_dot" %126, %arg67, %arg68, %arg69 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f16"}, decomposition = @mlxla_quantized_dot_1x2048xf32_8192x256xui32_8192x32xbf16_8192x32xbf16_284ecb6f6e4a0e42} : (tensor<1x2048xf32>, tensor<8192x256xui32>, tensor<8192x32xbf16>, tensor<8192x32xbf16>) -> tensor<1x8192xf32>
    %128 = stablehlo.composite "mlxla.quantized_dot" %126, %arg70, %arg71, %arg72 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f16"}, decomposition = @mlxla_quantized_dot_1x2048xf32_8192x256xui32_8192x32xbf16_8192x32xbf16_284ecb6f6e4a0e42} : (tensor<1x2048xf32>, tensor<8192x256xui32>, tensor<8192x32xbf16>, tensor<8192x32xbf16>) -> tensor<1x8192xf32>
    %129 = stablehlo.logistic %127 : tensor<1x8192xf32>
    %130 = stablehlo.multiply %127, %129 : tensor<1x8192xf32>
    %131 = stablehlo.multiply %130, %128 : tensor<1x8192xf32>
    %132 = stablehlo.composite "mlxla.quantized_dot" %131, %arg73, %arg74, %arg75 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f16"}, decomposition = @mlxla_quantized_dot_1x8192xf32_2048x1024xui32_2048x128xbf16_2048x128xbf16_284ecb6f6e4a0e42} : (tensor<1x8192xf32>, tensor<2048x1024xui32>, tensor<2048x128xbf16>, tensor<2048x128xbf16>) -> tensor<1x2048xf32>
    %133 = stablehlo.add %125, %132 : tensor<1x2048xf32>
    %134 = stablehlo.composite "mlxla.rms_norm" %133, %arg76 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %135 = stablehlo.composite "mlxla.quantized_dot" %134, %arg77, %arg78, %arg79 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f16"}, decomposition = @mlxla_quantized_dot_1x2048xf32_2048x256xui32_2048x32xbf16_2048x32xbf16_284ecb6f6e4a0e42} : (tensor<1x2048xf32>, tensor<2048x256xui32>, tensor<2048x32xbf16>, tensor<2048x32xbf16>) -> tensor<1x2048xf32>
    %136 = stablehlo.reshape %135 : (tensor<1x2048xf32>) -> tensor<1x32x64xf32>
    %137 = stablehlo.composite "mlxla.rope" %136, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x32x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x32x64xf32>, tensor<1xi32>) -> tensor<1x32x64xf32>
    %138 = stablehlo.composite "mlxla.quantized_dot" %134, %arg80, %arg81, %arg82 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f16"}, decomposition = @mlxla_quantized_dot_1x2048xf32_512x256xui32_512x32xbf16_512x32xbf16_284ecb6f6e4a0e42} : (tensor<1x2048xf32>, tensor<512x256xui32>, tensor<512x32xbf16>, tensor<512x32xbf16>) -> tensor<1x512xf32>
    %139 = stablehlo.reshape %138 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %140 = stablehlo.composite "mlxla.rope" %139, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x8x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x8x64xf32>, tensor<1xi32>) -> tensor<1x8x64xf32>
    %141 = stablehlo.composite "mlxla.quantized_dot" %134, %arg83, %arg84, %arg85 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f16"}, decomposition = @mlxla_quantized_dot_1x2048xf32_512x256xui32_512x32xbf16_512x32xbf16_284ecb6f6e4a0e42} : (tensor<1x2048xf32>, tensor<512x256xui32>, tensor<512x32xbf16>, tensor<512x32xbf16>) -> tensor<1x512xf32>
    %142 = stablehlo.reshape %141 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %143 = stablehlo.convert %140 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %144 = stablehlo.convert %142 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %145 = stablehlo.constant dense<3> : tensor<i32>
    %146 = stablehlo.constant dense<0> : tensor<i32>
    %147 = stablehlo.constant dense<0> : tensor<i32>
    %148 = stablehlo.reshape %143 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %149 = stablehlo.dynamic_update_slice %115, %148, %145, %147, %arg1, %146, %146 : (tensor<16x1x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %150 = stablehlo.reshape %144 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %151 = stablehlo.dynamic_update_slice %117, %150, %145, %147, %arg1, %146, %146 : (tensor<16x1x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %152 = stablehlo.slice %151 [3:4, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %153 = stablehlo.reshape %152 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %154 = stablehlo.slice %149 [3:4, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %155 = stablehlo.reshape %154 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %156 = stablehlo.composite "mlxla.attention" %137, %155, %153, %0, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf16_64x8x64xf16_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %157 = stablehlo.reshape %156 : (tensor<1x32x64xf32>) -> tensor<1x2048xf32>
    %158 = stablehlo.composite "mlxla.quantized_dot" %157, %arg86, %arg87, %arg88 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f16"}, decomposition = @mlxla_quantized_dot_1x2048xf32_2048x256xui32_2048x32xbf16_2048x32xbf16_284ecb6f6e4a0e42} : (tensor<1x2048xf32>, tensor<2048x256xui32>, tensor<2048x32xbf16>, tensor<2048x32xbf16>) -> tensor<1x2048xf32>
    %159 = stablehlo.add %133, %158 : tensor<1x2048xf32>
    %160 = stablehlo.composite "mlxla.rms_norm" %159, %arg89 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %161 = stablehlo.composite "mlxla.quantized_dot" %160, %arg90, %arg91, %arg92 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f16"}, decomposition = @mlxla_quantized_dot_1x2048xf32_8192x256xui32_8192x32xbf16_8192x32xbf16_284ecb6f6e4a0e42} : (tensor<1x2048xf32>, tensor<8192x256xui32>, tensor<8192x32xbf16>, tensor<8192x32xbf16>) -> tensor<1x8192xf32>
    %162 = stablehlo.composite "mlxla.quantized_dot" %160, %arg93, %arg94, %arg95 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f16"}, decomposition = @mlxla_quantized_dot_1x2048xf32_8192x256xui32_8192x32xbf16_8192x32xbf16_284ecb6f6e4a0e42} : (tensor<1x2048xf32>, tensor<8192x256xui32>, tensor<8192x32xbf16>, tensor<8192x32xbf16>) -> tensor<1x8192xf32>
    %163 = stablehlo.logistic %161 : tensor<1x8192xf32>
    %164 = stablehlo.multiply %161, %163 : tensor<1x8192xf32>
    %165 = stablehlo.multiply %164, %162 : tensor<1x8192xf32>
    %166 = stablehlo.composite "mlxla.quantized_dot" %165, %arg96, %arg97, %arg98 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f16"}, decomposition = @mlxla_quantized_dot_1x8192xf32_2048x1024xui32_2048x128xbf16_2048x128xbf16_284ecb6f6e4a0e42} : (tensor<1x8192xf32>, tensor<2048x1024xui32>, tensor<2048x128xbf16>, tensor<2048x128xbf16>) -> tensor<1x2048xf32>
    %167 = stablehlo.add %159, %166 : tensor<1x2048xf32>
    %168 = stablehlo.composite "mlxla.rms_norm" %167, %arg99 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %169 = stablehlo.composite "mlxla.quantized_dot" %168, %arg100, %arg101, %arg102 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f16"}, decomposition = @mlxla_quantized_dot_1x2048xf32_2048x256xui32_2048x32xbf16_2048x32xbf16_284ecb6f6e4a0e42} : (tensor<1x2048xf32>, tensor<2048x256xui32>, tensor<2048x32xbf16>, tensor<2048x32xbf16>) -> tensor<1x2048xf32>
    %170 = stablehlo.reshape %169 : (tensor<1x2048xf32>) -> tensor<1x32x64xf32>
    %171 = stablehlo.composite "mlxla.rope" %170, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x32x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x32x64xf32>, tensor<1xi32>) -> tensor<1x32x64xf32>
    %172 = stablehlo.composite "mlxla.quantized_dot" %168, %arg103, %arg104, %arg105 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f16"}, decomposition = @mlxla_quantized_dot_1x2048xf32_512x256xui32_512x32xbf16_512x32xbf16_284ecb6f6e4a0e42} : (tensor<1x2048xf32>, tensor<512x256xui32>, tensor<512x32xbf16>, tensor<512x32xbf16>) -> tensor<1x512xf32>
    %173 = stablehlo.reshape %172 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %174 = stablehlo.composite "mlxla.rope" %173, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x8x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x8x64xf32>, tensor<1xi32>) -> tensor<1x8x64xf32>
    %175 = stablehlo.composite "mlxla.quantized_dot" %168, %arg106, %arg107, %arg108 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f16"}, decomposition = @mlxla_quantized_dot_1x2048xf32_512x256xui32_512x32xbf16_512x32xbf16_284ecb6f6e4a0e42} : (tensor<1x2048xf32>, tensor<512x256xui32>, tensor<512x32xbf16>, tensor<512x32xbf16>) -> tensor<1x512xf32>
    %176 = stablehlo.reshape %175 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %177 = stablehlo.convert %174 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %178 = stablehlo.convert %176 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %179 = stablehlo.constant dense<4> : tensor<i32>
    %180 = stablehlo.constant dense<0> : tensor<i32>
    %181 = stablehlo.constant dense<0> : tensor<i32>
    %182 = stablehlo.reshape %177 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %183 = stablehlo.dynamic_update_slice %149, %182, %179, %181, %arg1, %180, %180 : (tensor<16x1x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %184 = stablehlo.reshape %178 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %185 = stablehlo.dynamic_update_slice %151, %184, %179, %181, %arg1, %180, %180 : (tensor<16x1x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %186 = stablehlo.slice %185 [4:5, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %187 = stablehlo.reshape %186 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %188 = stablehlo.slice %183 [4:5, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %189 = stablehlo.reshape %188 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %190 = stablehlo.composite "mlxla.attention" %171, %189, %187, %0, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf16_64x8x64xf16_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %191 = stablehlo.reshape %190 : (tensor<1x32x64xf32>) -> tensor<1x2048xf32>
    %192 = stablehlo.composite "mlxla.quantized_dot" %191, %arg109, %arg110, %arg111 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f16"}, decomposition = @mlxla_quantized_dot_1x2048xf32_2048x256xui32_2048x32xbf16_2048x32xbf16_284ecb6f6e4a0e42} : (tensor<1x2048xf32>, tensor<2048x256xui32>, tensor<2048x32xbf16>, tensor<2048x32xbf16>) -> tensor<1x2048xf32>
    %193 = stablehlo.add %167, %192 : tensor<1x2048xf32>
    %194 = stablehlo.composite "mlxla.rms_norm" %193, %arg112 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %195 = stablehlo.composite "mlxla.quantized_dot" %194, %arg113, %arg114, %arg115 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f16"}, decomposition = @mlxla_quantized_dot_1x2048xf32_8192x256xui32_8192x32xbf16_8192x32xbf16_284ecb6f6e4a0e42} : (tensor<1x2048xf32>, tensor<8192x256xui32>, tensor<8192x32xbf16>, tensor<8192x32xbf16>) -> tensor<1x8192xf32>
    %196 = stablehlo.composite "mlxla.quantized_dot" %194, %arg116, %arg117, %arg118 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f16"}, decomposition = @mlxla_quantized_dot_1x2048xf32_8192x256xui32_8192x32xbf16_8192x32xbf16_284ecb6f6e4a0e42} : (tensor<1x2048xf32>, tensor<8192x256xui32>, tensor<8192x32xbf16>, tensor<8192x32xbf16>) -> tensor<1x8192xf32>
    %197 = stablehlo.logistic %195 : tensor<1x8192xf32>
    %198 = stablehlo.multiply %195, %197 : tensor<1x8192xf32>
    %199 = stablehlo.multiply %198, %196 : tensor<1x8192xf32>
    %200 = stablehlo.composite "mlxla.quantized_dot" %199, %arg119, %arg120, %arg121 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f16"}, decomposition = @mlxla_quantized_dot_1x8192xf32_2048x1024xui32_2048x128xbf16_2048x128xbf16_284ecb6f6e4a0e42} : (tensor<1x8192xf32>, tensor<2048x1024xui32>, tensor<2048x128xbf16>, tensor<2048x128xbf16>) -> tensor<1x2048xf32>
    %201 = stablehlo.add %193, %200 : tensor<1x2048xf32>
    %202 = stablehlo.composite "mlxla.rms_norm" %201, %arg122 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %203 = stablehlo.composite "mlxla.quantized_dot" %202, %arg123, %arg124, %arg125 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f16"}, decomposition = @mlxla_quantized_dot_1x2048xf32_2048x256xui32_2048x32xbf16_2048x32xbf16_284ecb6f6e4a0e42} : (tensor<1x2048xf32>, tensor<2048x256xui32>, tensor<2048x32xbf16>, tensor<2048x32xbf16>) -> tensor<1x2048xf32>
    %204 = stablehlo.reshape %203 : (tensor<1x2048xf32>) -> tensor<1x32x64xf32>
    %205 = stablehlo.composite "mlxla.rope" %204, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x32x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x32x64xf32>, tensor<1xi32>) -> tensor<1x32x64xf32>
    %206 = stablehlo.composite "mlxla.quantized_dot" %202, %arg126, %arg127, %arg128 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f16"}, decomposition = @mlxla_quantized_dot_1x2048xf32_512x256xui32_512x32xbf16_512x32xbf16_284ecb6f6e4a0e42} : (tensor<1x2048xf32>, tensor<512x256xui32>, tensor<512x32xbf16>, tensor<512x32xbf16>) -> tensor<1x512xf32>
    %207 = stablehlo.reshape %206 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %208 = stablehlo.composite "mlxla.rope" %207, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x8x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x8x64xf32>, tensor<1xi32>) -> tensor<1x8x64xf32>
    %209 = stablehlo.composite "mlxla.quantized_dot" %202, %arg129, %arg130, %arg131 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f16"}, decomposition = @mlxla_quantized_dot_1x2048xf32_512x256xui32_512x32xbf16_512x32xbf16_284ecb6f6e4a0e42} : (tensor<1x2048xf32>, tensor<512x256xui32>, tensor<512x32xbf16>, tensor<512x32xbf16>) -> tensor<1x512xf32>
    %210 = stablehlo.reshape %209 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %211 = stablehlo.convert %208 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %212 = stablehlo.convert %210 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %213 = stablehlo.constant dense<5> : tensor<i32>
    %214 = stablehlo.constant dense<0> : tensor<i32>
    %215 = stablehlo.constant dense<0> : tensor<i32>
    %216 = stablehlo.reshape %211 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %217 = stablehlo.dynamic_update_slice %183, %216, %213, %215, %arg1, %214, %214 : (tensor<16x1x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %218 = stablehlo.reshape %212 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %219 = stablehlo.dynamic_update_slice %185, %218, %213, %215, %arg1, %214, %214 : (tensor<16x1x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %220 = stablehlo.slice %219 [5:6, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %221 = stablehlo.reshape %220 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %222 = stablehlo.slice %217 [5:6, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %223 = stablehlo.reshape %222 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %224 = stablehlo.composite "mlxla.attention" %205, %223, %221, %0, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf16_64x8x64xf16_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %225 = stablehlo.reshape %224 : (tensor<1x32x64xf32>) -> tensor<1x2048xf32>
    %226 = stablehlo.composite "mlxla.quantized_dot" %225, %arg132, %arg133, %arg134 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f16"}, decomposition = @mlxla_quantized_dot_1x2048xf32_2048x256xui32_2048x32xbf16_2048x32xbf16_284ecb6f6e4a0e42} : (tensor<1x2048xf32>, tensor<2048x256xui32>, tensor<2048x32xbf16>, tensor<2048x32xbf16>) -> tensor<1x2048xf32>
    %227 = stablehlo.add %201, %226 : tensor<1x2048xf32>
    %228 = stablehlo.composite "mlxla.rms_norm" %227, %arg135 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %229 = stablehlo.composite "mlxla.quantized_dot" %228, %arg136, %arg137, %arg138 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f16"}, decomposition = @mlxla_quantized_dot_1x2048xf32_8192x256xui32_8192x32xbf16_8192x32xbf16_284ecb6f6e4a0e42} : (tensor<1x2048xf32>, tensor<8192x256xui32>, tensor<8192x32xbf16>, tensor<8192x32xbf16>) -> tensor<1x8192xf32>
    %230 = stablehlo.composite "mlxla.quantized_dot" %228, %arg139, %arg140, %arg141 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f16"}, decomposition = @mlxla_quantized_dot_1x2048xf32_8192x256xui32_8192x32xbf16_8192x32xbf16_284ecb6f6e4a0e42} : (tensor<1x2048xf32>, tensor<8192x256xui32>, tensor<8192x32xbf16>, tensor<8192x32xbf16>) -> tensor<1x8192xf32>
    %231 = stablehlo.logistic %229 : tensor<1x8192xf32>
    %232 = stablehlo.multiply %229, %231 : tensor<1x8192xf32>
    %233 = stablehlo.multiply %232, %230 : tensor<1x8192xf32>
    %234 = stablehlo.composite "mlxla.quantized_dot" %233, %arg142, %arg143, %arg144 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f16"}, decomposition = @mlxla_quantized_dot_1x8192xf32_2048x1024xui32_2048x128xbf16_2048x128xbf16_284ecb6f6e4a0e42} : (tensor<1x8192xf32>, tensor<2048x1024xui32>, tensor<2048x128xbf16>, tensor<2048x128xbf16>) -> tensor<1x2048xf32>
    %235 = stablehlo.add %227, %234 : tensor<1x2048xf32>
    %236 = stablehlo.composite "mlxla.rms_norm" %235, %arg145 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %237 = stablehlo.composite "mlxla.quantized_dot" %236, %arg146, %arg147, %arg148 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f16"}, decomposition = @mlxla_quantized_dot_1x2048xf32_2048x256xui32_2048x32xbf16_2048x32xbf16_284ecb6f6e4a0e42} : (tensor<1x2048xf32>, tensor<2048x256xui32>, tensor<2048x32xbf16>, tensor<2048x32xbf16>) -> tensor<1x2048xf32>
    %238 = stablehlo.reshape %237 : (tensor<1x2048xf32>) -> tensor<1x32x64xf32>
    %239 = stablehlo.composite "mlxla.rope" %238, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x32x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x32x64xf32>, tensor<1xi32>) -> tensor<1x32x64xf32>
    %240 = stablehlo.composite "mlxla.quantized_dot" %236, %arg149, %arg150, %arg151 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f16"}, decomposition = @mlxla_quantized_dot_1x2048xf32_512x256xui32_512x32xbf16_512x32xbf16_284ecb6f6e4a0e42} : (tensor<1x2048xf32>, tensor<512x256xui32>, tensor<512x32xbf16>, tensor<512x32xbf16>) -> tensor<1x512xf32>
    %241 = stablehlo.reshape %240 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %242 = stablehlo.composite "mlxla.rope" %241, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x8x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x8x64xf32>, tensor<1xi32>) -> tensor<1x8x64xf32>
    %243 = stablehlo.composite "mlxla.quantized_dot" %236, %arg152, %arg153, %arg154 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f16"}, decomposition = @mlxla_quantized_dot_1x2048xf32_512x256xui32_512x32xbf16_512x32xbf16_284ecb6f6e4a0e42} : (tensor<1x2048xf32>, tensor<512x256xui32>, tensor<512x32xbf16>, tensor<512x32xbf16>) -> tensor<1x512xf32>
    %244 = stablehlo.reshape %243 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %245 = stablehlo.convert %242 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %246 = stablehlo.convert %244 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %247 = stablehlo.constant dense<6> : tensor<i32>
    %248 = stablehlo.constant dense<0> : tensor<i32>
    %249 = stablehlo.constant dense<0> : tensor<i32>
    %250 = stablehlo.reshape %245 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %251 = stablehlo.dynamic_update_slice %217, %250, %247, %249, %arg1, %248, %248 : (tensor<16x1x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %252 = stablehlo.reshape %246 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %253 = stablehlo.dynamic_update_slice %219, %252, %247, %249, %arg1, %248, %248 : (tensor<16x1x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %254 = stablehlo.slice %253 [6:7, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %255 = stablehlo.reshape %254 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %256 = stablehlo.slice %251 [6:7, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %257 = stablehlo.reshape %256 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %258 = stablehlo.composite "mlxla.attention" %239, %257, %255, %0, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf16_64x8x64xf16_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %259 = stablehlo.reshape %258 : (tensor<1x32x64xf32>) -> tensor<1x2048xf32>
    %260 = stablehlo.composite "mlxla.quantized_dot" %259, %arg155, %arg156, %arg157 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f16"}, decomposition = @mlxla_quantized_dot_1x2048xf32_2048x256xui32_2048x32xbf16_2048x32xbf16_284ecb6f6e4a0e42} : (tensor<1x2048xf32>, tensor<2048x256xui32>, tensor<2048x32xbf16>, tensor<2048x32xbf16>) -> tensor<1x2048xf32>
    %261 = stablehlo.add %235, %260 : tensor<1x2048xf32>
    %262 = stablehlo.composite "mlxla.rms_norm" %261, %arg158 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %263 = stablehlo.composite "mlxla.quantized_dot" %262, %arg159, %arg160, %arg161 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f16"}, decomposition = @mlxla_quantized_dot_1x2048xf32_8192x256xui32_8192x32xbf16_8192x32xbf16_284ecb6f6e4a0e42} : (tensor<1x2048xf32>, tensor<8192x256xui32>, tensor<8192x32xbf16>, tensor<8192x32xbf16>) -> tensor<1x8192xf32>
    %264 = stablehlo.composite "mlxla.quantized_dot" %262, %arg162, %arg163, %arg164 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f16"}, decomposition = @mlxla_quantized_dot_1x2048xf32_8192x256xui32_8192x32xbf16_8192x32xbf16_284ecb6f6e4a0e42} : (tensor<1x2048xf32>, tensor<8192x256xui32>, tensor<8192x32xbf16>, tensor<8192x32xbf16>) -> tensor<1x8192xf32>
    %265 = stablehlo.logistic %263 : tensor<1x8192xf32>
    %266 = stablehlo.multiply %263, %265 : tensor<1x8192xf32>
    %267 = stablehlo.multiply %266, %264 : tensor<1x8192xf32>
    %268 = stablehlo.composite "mlxla.quantized_dot" %267, %arg165, %arg166, %arg167 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f16"}, decomposition = @mlxla_quantized_dot_1x8192xf32_2048x1024xui32_2048x128xbf16_2048x128xbf16_284ecb6f6e4a0e42} : (tensor<1x8192xf32>, tensor<2048x1024xui32>, tensor<2048x128xbf16>, tensor<2048x128xbf16>) -> tensor<1x2048xf32>
    %269 = stablehlo.add %261, %268 : tensor<1x2048xf32>
    %270 = stablehlo.composite "mlxla.rms_norm" %269, %arg168 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %271 = stablehlo.composite "mlxla.quantized_dot" %270, %arg169, %arg170, %arg171 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f16"}, decomposition = @mlxla_quantized_dot_1x2048xf32_2048x256xui32_2048x32xbf16_2048x32xbf16_284ecb6f6e4a0e42} : (tensor<1x2048xf32>, tensor<2048x256xui32>, tensor<2048x32xbf16>, tensor<2048x32xbf16>) -> tensor<1x2048xf32>
    %272 = stablehlo.reshape %271 : (tensor<1x2048xf32>) -> tensor<1x32x64xf32>
    %273 = stablehlo.composite "mlxla.rope" %272, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x32x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x32x64xf32>, tensor<1xi32>) -> tensor<1x32x64xf32>
    %274 = stablehlo.composite "mlxla.quantized_dot" %270, %arg172, %arg173, %arg174 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f16"}, decomposition = @mlxla_quantized_dot_1x2048xf32_512x256xui32_512x32xbf16_512x32xbf16_284ecb6f6e4a0e42} : (tensor<1x2048xf32>, tensor<512x256xui32>, tensor<512x32xbf16>, tensor<512x32xbf16>) -> tensor<1x512xf32>
    %275 = stablehlo.reshape %274 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %276 = stablehlo.composite "mlxla.rope" %275, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x8x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x8x64xf32>, tensor<1xi32>) -> tensor<1x8x64xf32>
    %277 = stablehlo.composite "mlxla.quantized_dot" %270, %arg175, %arg176, %arg177 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f16"}, decomposition = @mlxla_quantized_dot_1x2048xf32_512x256xui32_512x32xbf16_512x32xbf16_284ecb6f6e4a0e42} : (tensor<1x2048xf32>, tensor<512x256xui32>, tensor<512x32xbf16>, tensor<512x32xbf16>) -> tensor<1x512xf32>
    %278 = stablehlo.reshape %277 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %279 = stablehlo.convert %276 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %280 = stablehlo.convert %278 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %281 = stablehlo.constant dense<7> : tensor<i32>
    %282 = stablehlo.constant dense<0> : tensor<i32>
    %283 = stablehlo.constant dense<0> : tensor<i32>
    %284 = stablehlo.reshape %279 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %285 = stablehlo.dynamic_update_slice %251, %284, %281, %283, %arg1, %282, %282 : (tensor<16x1x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %286 = stablehlo.reshape %280 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %287 = stablehlo.dynamic_update_slice %253, %286, %281, %283, %arg1, %282, %282 : (tensor<16x1x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %288 = stablehlo.slice %287 [7:8, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %289 = stablehlo.reshape %288 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %290 = stablehlo.slice %285 [7:8, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %291 = stablehlo.reshape %290 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %292 = stablehlo.composite "mlxla.attention" %273, %291, %289, %0, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf16_64x8x64xf16_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %293 = stablehlo.reshape %292 : (tensor<1x32x64xf32>) -> tensor<1x2048xf32>
    %294 = stablehlo.composite "mlxla.quantized_dot" %293, %arg178, %arg179, %arg180 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f16"}, decomposition = @mlxla_quantized_dot_1x2048xf32_2048x256xui32_2048x32xbf16_2048x32xbf16_284ecb6f6e4a0e42} : (tensor<1x2048xf32>, tensor<2048x256xui32>, tensor<2048x32xbf16>, tensor<2048x32xbf16>) -> tensor<1x2048xf32>
    %295 = stablehlo.add %269, %294 : tensor<1x2048xf32>
    %296 = stablehlo.composite "mlxla.rms_norm" %295, %arg181 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %297 = stablehlo.composite "mlxla.quantized_dot" %296, %arg182, %arg183, %arg184 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f16"}, decomposition = @mlxla_quantized_dot_1x2048xf32_8192x256xui32_8192x32xbf16_8192x32xbf16_284ecb6f6e4a0e42} : (tensor<1x2048xf32>, tensor<8192x256xui32>, tensor<8192x32xbf16>, tensor<8192x32xbf16>) -> tensor<1x8192xf32>
    %298 = stablehlo.composite "mlxla.quantized_dot" %296, %arg185, %arg186, %arg187 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f16"}, decomposition = @mlxla_quantized_dot_1x2048xf32_8192x256xui32_8192x32xbf16_8192x32xbf16_284ecb6f6e4a0e42} : (tensor<1x2048xf32>, tensor<8192x256xui32>, tensor<8192x32xbf16>, tensor<8192x32xbf16>) -> tensor<1x8192xf32>
    %299 = stablehlo.logistic %297 : tensor<1x8192xf32>
    %300 = stablehlo.multiply %297, %299 : tensor<1x8192xf32>
    %301 = stablehlo.multiply %300, %298 : tensor<1x8192xf32>
    %302 = stablehlo.composite "mlxla.quantized_dot" %301, %arg188, %arg189, %arg190 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f16"}, decomposition = @mlxla_quantized_dot_1x8192xf32_2048x1024xui32_2048x128xbf16_2048x128xbf16_284ecb6f6e4a0e42} : (tensor<1x8192xf32>, tensor<2048x1024xui32>, tensor<2048x128xbf16>, tensor<2048x128xbf16>) -> tensor<1x2048xf32>
    %303 = stablehlo.add %295, %302 : tensor<1x2048xf32>
    %304 = stablehlo.composite "mlxla.rms_norm" %303, %arg191 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %305 = stablehlo.composite "mlxla.quantized_dot" %304, %arg192, %arg193, %arg194 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f16"}, decomposition = @mlxla_quantized_dot_1x2048xf32_2048x256xui32_2048x32xbf16_2048x32xbf16_284ecb6f6e4a0e42} : (tensor<1x2048xf32>, tensor<2048x256xui32>, tensor<2048x32xbf16>, tensor<2048x32xbf16>) -> tensor<1x2048xf32>
    %306 = stablehlo.reshape %305 : (tensor<1x2048xf32>) -> tensor<1x32x64xf32>
    %307 = stablehlo.composite "mlxla.rope" %306, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x32x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x32x64xf32>, tensor<1xi32>) -> tensor<1x32x64xf32>
    %308 = stablehlo.composite "mlxla.quantized_dot" %304, %arg195, %arg196, %arg197 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f16"}, decomposition = @mlxla_quantized_dot_1x2048xf32_512x256xui32_512x32xbf16_512x32xbf16_284ecb6f6e4a0e42} : (tensor<1x2048xf32>, tensor<512x256xui32>, tensor<512x32xbf16>, tensor<512x32xbf16>) -> tensor<1x512xf32>
    %309 = stablehlo.reshape %308 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %310 = stablehlo.composite "mlxla.rope" %309, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x8x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x8x64xf32>, tensor<1xi32>) -> tensor<1x8x64xf32>
    %311 = stablehlo.composite "mlxla.quantized_dot" %304, %arg198, %arg199, %arg200 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f16"}, decomposition = @mlxla_quantized_dot_1x2048xf32_512x256xui32_512x32xbf16_512x32xbf16_284ecb6f6e4a0e42} : (tensor<1x2048xf32>, tensor<512x256xui32>, tensor<512x32xbf16>, tensor<512x32xbf16>) -> tensor<1x512xf32>
    %312 = stablehlo.reshape %311 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %313 = stablehlo.convert %310 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %314 = stablehlo.convert %312 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %315 = stablehlo.constant dense<8> : tensor<i32>
    %316 = stablehlo.constant dense<0> : tensor<i32>
    %317 = stablehlo.constant dense<0> : tensor<i32>
    %318 = stablehlo.reshape %313 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %319 = stablehlo.dynamic_update_slice %285, %318, %315, %317, %arg1, %316, %316 : (tensor<16x1x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %320 = stablehlo.reshape %314 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %321 = stablehlo.dynamic_update_slice %287, %320, %315, %317, %arg1, %316, %316 : (tensor<16x1x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %322 = stablehlo.slice %321 [8:9, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %323 = stablehlo.reshape %322 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %324 = stablehlo.slice %319 [8:9, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %325 = stablehlo.reshape %324 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %326 = stablehlo.composite "mlxla.attention" %307, %325, %323, %0, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf16_64x8x64xf16_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %327 = stablehlo.reshape %326 : (tensor<1x32x64xf32>) -> tensor<1x2048xf32>
    %328 = stablehlo.composite "mlxla.quantized_dot" %327, %arg201, %arg202, %arg203 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f16"}, decomposition = @mlxla_quantized_dot_1x2048xf32_2048x256xui32_2048x32xbf16_2048x32xbf16_284ecb6f6e4a0e42} : (tensor<1x2048xf32>, tensor<2048x256xui32>, tensor<2048x32xbf16>, tensor<2048x32xbf16>) -> tensor<1x2048xf32>
    %329 = stablehlo.add %303, %328 : tensor<1x2048xf32>
    %330 = stablehlo.composite "mlxla.rms_norm" %329, %arg204 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %331 = stablehlo.composite "mlxla.quantized_dot" %330, %arg205, %arg206, %arg207 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f16"}, decomposition = @mlxla_quantized_dot_1x2048xf32_8192x256xui32_8192x32xbf16_8192x32xbf16_284ecb6f6e4a0e42} : (tensor<1x2048xf32>, tensor<8192x256xui32>, tensor<8192x32xbf16>, tensor<8192x32xbf16>) -> tensor<1x8192xf32>
    %332 = stablehlo.composite "mlxla.quantized_dot" %330, %arg208, %arg209, %arg210 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f16"}, decomposition = @mlxla_quantized_dot_1x2048xf32_8192x256xui32_8192x32xbf16_8192x32xbf16_284ecb6f6e4a0e42} : (tensor<1x2048xf32>, tensor<8192x256xui32>, tensor<8192x32xbf16>, tensor<8192x32xbf16>) -> tensor<1x8192xf32>
    %333 = stablehlo.logistic %331 : tensor<1x8192xf32>
    %334 = stablehlo.multiply %331, %333 : tensor<1x8192xf32>
    %335 = stablehlo.multiply %334, %332 : tensor<1x8192xf32>
    %336 = stablehlo.composite "mlxla.quantized_dot" %335, %arg211, %arg212, %arg213 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f16"}, decomposition = @mlxla_quantized_dot_1x8192xf32_2048x1024xui32_2048x128xbf16_2048x128xbf16_284ecb6f6e4a0e42} : (tensor<1x8192xf32>, tensor<2048x1024xui32>, tensor<2048x128xbf16>, tensor<2048x128xbf16>) -> tensor<1x2048xf32>
    %337 = stablehlo.add %329, %336 : tensor<1x2048xf32>
    %338 = stablehlo.composite "mlxla.rms_norm" %337, %arg214 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %339 = stablehlo.composite "mlxla.quantized_dot" %338, %arg215, %arg216, %arg217 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f16"}, decomposition = @mlxla_quantized_dot_1x2048xf32_2048x256xui32_2048x32xbf16_2048x32xbf16_284ecb6f6e4a0e42} : (tensor<1x2048xf32>, tensor<2048x256xui32>, tensor<2048x32xbf16>, tensor<2048x32xbf16>) -> tensor<1x2048xf32>
    %340 = stablehlo.reshape %339 : (tensor<1x2048xf32>) -> tensor<1x32x64xf32>
    %341 = stablehlo.composite "mlxla.rope" %340, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x32x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x32x64xf32>, tensor<1xi32>) -> tensor<1x32x64xf32>
    %342 = stablehlo.composite "mlxla.quantized_dot" %338, %arg218, %arg219, %arg220 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f16"}, decomposition = @mlxla_quantized_dot_1x2048xf32_512x256xui32_512x32xbf16_512x32xbf16_284ecb6f6e4a0e42} : (tensor<1x2048xf32>, tensor<512x256xui32>, tensor<512x32xbf16>, tensor<512x32xbf16>) -> tensor<1x512xf32>
    %343 = stablehlo.reshape %342 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %344 = stablehlo.composite "mlxla.rope" %343, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x8x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x8x64xf32>, tensor<1xi32>) -> tensor<1x8x64xf32>
    %345 = stablehlo.composite "mlxla.quantized_dot" %338, %arg221, %arg222, %arg223 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f16"}, decomposition = @mlxla_quantized_dot_1x2048xf32_512x256xui32_512x32xbf16_512x32xbf16_284ecb6f6e4a0e42} : (tensor<1x2048xf32>, tensor<512x256xui32>, tensor<512x32xbf16>, tensor<512x32xbf16>) -> tensor<1x512xf32>
    %346 = stablehlo.reshape %345 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %347 = stablehlo.convert %344 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %348 = stablehlo.convert %346 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %349 = stablehlo.constant dense<9> : tensor<i32>
    %350 = stablehlo.constant dense<0> : tensor<i32>
    %351 = stablehlo.constant dense<0> : tensor<i32>
    %352 = stablehlo.reshape %347 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %353 = stablehlo.dynamic_update_slice %319, %352, %349, %351, %arg1, %350, %350 : (tensor<16x1x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %354 = stablehlo.reshape %348 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %355 = stablehlo.dynamic_update_slice %321, %354, %349, %351, %arg1, %350, %350 : (tensor<16x1x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %356 = stablehlo.slice %355 [9:10, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %357 = stablehlo.reshape %356 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %358 = stablehlo.slice %353 [9:10, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %359 = stablehlo.reshape %358 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %360 = stablehlo.composite "mlxla.attention" %341, %359, %357, %0, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf16_64x8x64xf16_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %361 = stablehlo.reshape %360 : (tensor<1x32x64xf32>) -> tensor<1x2048xf32>
    %362 = stablehlo.composite "mlxla.quantized_dot" %361, %arg224, %arg225, %arg226 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f16"}, decomposition = @mlxla_quantized_dot_1x2048xf32_2048x256xui32_2048x32xbf16_2048x32xbf16_284ecb6f6e4a0e42} : (tensor<1x2048xf32>, tensor<2048x256xui32>, tensor<2048x32xbf16>, tensor<2048x32xbf16>) -> tensor<1x2048xf32>
    %363 = stablehlo.add %337, %362 : tensor<1x2048xf32>
    %364 = stablehlo.composite "mlxla.rms_norm" %363, %arg227 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %365 = stablehlo.composite "mlxla.quantized_dot" %364, %arg228, %arg229, %arg230 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f16"}, decomposition = @mlxla_quantized_dot_1x2048xf32_8192x256xui32_8192x32xbf16_8192x32xbf16_284ecb6f6e4a0e42} : (tensor<1x2048xf32>, tensor<8192x256xui32>, tensor<8192x32xbf16>, tensor<8192x32xbf16>) -> tensor<1x8192xf32>
    %366 = stablehlo.composite "mlxla.quantized_dot" %364, %arg231, %arg232, %arg233 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f16"}, decomposition = @mlxla_quantized_dot_1x2048xf32_8192x256xui32_8192x32xbf16_8192x32xbf16_284ecb6f6e4a0e42} : (tensor<1x2048xf32>, tensor<8192x256xui32>, tensor<8192x32xbf16>, tensor<8192x32xbf16>) -> tensor<1x8192xf32>
    %367 = stablehlo.logistic %365 : tensor<1x8192xf32>
    %368 = stablehlo.multiply %365, %367 : tensor<1x8192xf32>
    %369 = stablehlo.multiply %368, %366 : tensor<1x8192xf32>
    %370 = stablehlo.composite "mlxla.quantized_dot" %369, %arg234, %arg235, %arg236 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f16"}, decomposition = @mlxla_quantized_dot_1x8192xf32_2048x1024xui32_2048x128xbf16_2048x128xbf16_284ecb6f6e4a0e42} : (tensor<1x8192xf32>, tensor<2048x1024xui32>, tensor<2048x128xbf16>, tensor<2048x128xbf16>) -> tensor<1x2048xf32>
    %371 = stablehlo.add %363, %370 : tensor<1x2048xf32>
    %372 = stablehlo.composite "mlxla.rms_norm" %371, %arg237 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %373 = stablehlo.composite "mlxla.quantized_dot" %372, %arg238, %arg239, %arg240 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f16"}, decomposition = @mlxla_quantized_dot_1x2048xf32_2048x256xui32_2048x32xbf16_2048x32xbf16_284ecb6f6e4a0e42} : (tensor<1x2048xf32>, tensor<2048x256xui32>, tensor<2048x32xbf16>, tensor<2048x32xbf16>) -> tensor<1x2048xf32>
    %374 = stablehlo.reshape %373 : (tensor<1x2048xf32>) -> tensor<1x32x64xf32>
    %375 = stablehlo.composite "mlxla.rope" %374, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x32x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x32x64xf32>, tensor<1xi32>) -> tensor<1x32x64xf32>
    %376 = stablehlo.composite "mlxla.quantized_dot" %372, %arg241, %arg242, %arg243 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f16"}, decomposition = @mlxla_quantized_dot_1x2048xf32_512x256xui32_512x32xbf16_512x32xbf16_284ecb6f6e4a0e42} : (tensor<1x2048xf32>, tensor<512x256xui32>, tensor<512x32xbf16>, tensor<512x32xbf16>) -> tensor<1x512xf32>
    %377 = stablehlo.reshape %376 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %378 = stablehlo.composite "mlxla.rope" %377, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x8x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x8x64xf32>, tensor<1xi32>) -> tensor<1x8x64xf32>
    %379 = stablehlo.composite "mlxla.quantized_dot" %372, %arg244, %arg245, %arg246 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f16"}, decomposition = @mlxla_quantized_dot_1x2048xf32_512x256xui32_512x32xbf16_512x32xbf16_284ecb6f6e4a0e42} : (tensor<1x2048xf32>, tensor<512x256xui32>, tensor<512x32xbf16>, tensor<512x32xbf16>) -> tensor<1x512xf32>
    %380 = stablehlo.reshape %379 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %381 = stablehlo.convert %378 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %382 = stablehlo.convert %380 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %383 = stablehlo.constant dense<10> : tensor<i32>
    %384 = stablehlo.constant dense<0> : tensor<i32>
    %385 = stablehlo.constant dense<0> : tensor<i32>
    %386 = stablehlo.reshape %381 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %387 = stablehlo.dynamic_update_slice %353, %386, %383, %385, %arg1, %384, %384 : (tensor<16x1x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %388 = stablehlo.reshape %382 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %389 = stablehlo.dynamic_update_slice %355, %388, %383, %385, %arg1, %384, %384 : (tensor<16x1x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %390 = stablehlo.slice %389 [10:11, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %391 = stablehlo.reshape %390 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %392 = stablehlo.slice %387 [10:11, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %393 = stablehlo.reshape %392 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %394 = stablehlo.composite "mlxla.attention" %375, %393, %391, %0, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf16_64x8x64xf16_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %395 = stablehlo.reshape %394 : (tensor<1x32x64xf32>) -> tensor<1x2048xf32>
    %396 = stablehlo.composite "mlxla.quantized_dot" %395, %arg247, %arg248, %arg249 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f16"}, decomposition = @mlxla_quantized_dot_1x2048xf32_2048x256xui32_2048x32xbf16_2048x32xbf16_284ecb6f6e4a0e42} : (tensor<1x2048xf32>, tensor<2048x256xui32>, tensor<2048x32xbf16>, tensor<2048x32xbf16>) -> tensor<1x2048xf32>
    %397 = stablehlo.add %371, %396 : tensor<1x2048xf32>
    %398 = stablehlo.composite "mlxla.rms_norm" %397, %arg250 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %399 = stablehlo.composite "mlxla.quantized_dot" %398, %arg251, %arg252, %arg253 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f16"}, decomposition = @mlxla_quantized_dot_1x2048xf32_8192x256xui32_8192x32xbf16_8192x32xbf16_284ecb6f6e4a0e42} : (tensor<1x2048xf32>, tensor<8192x256xui32>, tensor<8192x32xbf16>, tensor<8192x32xbf16>) -> tensor<1x8192xf32>
    %400 = stablehlo.composite "mlxla.quantized_dot" %398, %arg254, %arg255, %arg256 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f16"}, decomposition = @mlxla_quantized_dot_1x2048xf32_8192x256xui32_8192x32xbf16_8192x32xbf16_284ecb6f6e4a0e42} : (tensor<1x2048xf32>, tensor<8192x256xui32>, tensor<8192x32xbf16>, tensor<8192x32xbf16>) -> tensor<1x8192xf32>
    %401 = stablehlo.logistic %399 : tensor<1x8192xf32>
    %402 = stablehlo.multiply %399, %401 : tensor<1x8192xf32>
    %403 = stablehlo.multiply %402, %400 : tensor<1x8192xf32>
    %404 = stablehlo.composite "mlxla.quantized_dot" %403, %arg257, %arg258, %arg259 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f16"}, decomposition = @mlxla_quantized_dot_1x8192xf32_2048x1024xui32_2048x128xbf16_2048x128xbf16_284ecb6f6e4a0e42} : (tensor<1x8192xf32>, tensor<2048x1024xui32>, tensor<2048x128xbf16>, tensor<2048x128xbf16>) -> tensor<1x2048xf32>
    %405 = stablehlo.add %397, %404 : tensor<1x2048xf32>
    %406 = stablehlo.composite "mlxla.rms_norm" %405, %arg260 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %407 = stablehlo.composite "mlxla.quantized_dot" %406, %arg261, %arg262, %arg263 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f16"}, decomposition = @mlxla_quantized_dot_1x2048xf32_2048x256xui32_2048x32xbf16_2048x32xbf16_284ecb6f6e4a0e42} : (tensor<1x2048xf32>, tensor<2048x256xui32>, tensor<2048x32xbf16>, tensor<2048x32xbf16>) -> tensor<1x2048xf32>
    %408 = stablehlo.reshape %407 : (tensor<1x2048xf32>) -> tensor<1x32x64xf32>
    %409 = stablehlo.composite "mlxla.rope" %408, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x32x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x32x64xf32>, tensor<1xi32>) -> tensor<1x32x64xf32>
    %410 = stablehlo.composite "mlxla.quantized_dot" %406, %arg264, %arg265, %arg266 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f16"}, decomposition = @mlxla_quantized_dot_1x2048xf32_512x256xui32_512x32xbf16_512x32xbf16_284ecb6f6e4a0e42} : (tensor<1x2048xf32>, tensor<512x256xui32>, tensor<512x32xbf16>, tensor<512x32xbf16>) -> tensor<1x512xf32>
    %411 = stablehlo.reshape %410 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %412 = stablehlo.composite "mlxla.rope" %411, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x8x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x8x64xf32>, tensor<1xi32>) -> tensor<1x8x64xf32>
    %413 = stablehlo.composite "mlxla.quantized_dot" %406, %arg267, %arg268, %arg269 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f16"}, decomposition = @mlxla_quantized_dot_1x2048xf32_512x256xui32_512x32xbf16_512x32xbf16_284ecb6f6e4a0e42} : (tensor<1x2048xf32>, tensor<512x256xui32>, tensor<512x32xbf16>, tensor<512x32xbf16>) -> tensor<1x512xf32>
    %414 = stablehlo.reshape %413 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %415 = stablehlo.convert %412 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %416 = stablehlo.convert %414 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %417 = stablehlo.constant dense<11> : tensor<i32>
    %418 = stablehlo.constant dense<0> : tensor<i32>
    %419 = stablehlo.constant dense<0> : tensor<i32>
    %420 = stablehlo.reshape %415 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %421 = stablehlo.dynamic_update_slice %387, %420, %417, %419, %arg1, %418, %418 : (tensor<16x1x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %422 = stablehlo.reshape %416 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %423 = stablehlo.dynamic_update_slice %389, %422, %417, %419, %arg1, %418, %418 : (tensor<16x1x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %424 = stablehlo.slice %423 [11:12, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %425 = stablehlo.reshape %424 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %426 = stablehlo.slice %421 [11:12, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %427 = stablehlo.reshape %426 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %428 = stablehlo.composite "mlxla.attention" %409, %427, %425, %0, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf16_64x8x64xf16_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %429 = stablehlo.reshape %428 : (tensor<1x32x64xf32>) -> tensor<1x2048xf32>
    %430 = stablehlo.composite "mlxla.quantized_dot" %429, %arg270, %arg271, %arg272 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f16"}, decomposition = @mlxla_quantized_dot_1x2048xf32_2048x256xui32_2048x32xbf16_2048x32xbf16_284ecb6f6e4a0e42} : (tensor<1x2048xf32>, tensor<2048x256xui32>, tensor<2048x32xbf16>, tensor<2048x32xbf16>) -> tensor<1x2048xf32>
    %431 = stablehlo.add %405, %430 : tensor<1x2048xf32>
    %432 = stablehlo.composite "mlxla.rms_norm" %431, %arg273 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %433 = stablehlo.composite "mlxla.quantized_dot" %432, %arg274, %arg275, %arg276 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f16"}, decomposition = @mlxla_quantized_dot_1x2048xf32_8192x256xui32_8192x32xbf16_8192x32xbf16_284ecb6f6e4a0e42} : (tensor<1x2048xf32>, tensor<8192x256xui32>, tensor<8192x32xbf16>, tensor<8192x32xbf16>) -> tensor<1x8192xf32>
    %434 = stablehlo.composite "mlxla.quantized_dot" %432, %arg277, %arg278, %arg279 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f16"}, decomposition = @mlxla_quantized_dot_1x2048xf32_8192x256xui32_8192x32xbf16_8192x32xbf16_284ecb6f6e4a0e42} : (tensor<1x2048xf32>, tensor<8192x256xui32>, tensor<8192x32xbf16>, tensor<8192x32xbf16>) -> tensor<1x8192xf32>
    %435 = stablehlo.logistic %433 : tensor<1x8192xf32>
    %436 = stablehlo.multiply %433, %435 : tensor<1x8192xf32>
    %437 = stablehlo.multiply %436, %434 : tensor<1x8192xf32>
    %438 = stablehlo.composite "mlxla.quantized_dot" %437, %arg280, %arg281, %arg282 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f16"}, decomposition = @mlxla_quantized_dot_1x8192xf32_2048x1024xui32_2048x128xbf16_2048x128xbf16_284ecb6f6e4a0e42} : (tensor<1x8192xf32>, tensor<2048x1024xui32>, tensor<2048x128xbf16>, tensor<2048x128xbf16>) -> tensor<1x2048xf32>
    %439 = stablehlo.add %431, %438 : tensor<1x2048xf32>
    %440 = stablehlo.composite "mlxla.rms_norm" %439, %arg283 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %441 = stablehlo.composite "mlxla.quantized_dot" %440, %arg284, %arg285, %arg286 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f16"}, decomposition = @mlxla_quantized_dot_1x2048xf32_2048x256xui32_2048x32xbf16_2048x32xbf16_284ecb6f6e4a0e42} : (tensor<1x2048xf32>, tensor<2048x256xui32>, tensor<2048x32xbf16>, tensor<2048x32xbf16>) -> tensor<1x2048xf32>
    %442 = stablehlo.reshape %441 : (tensor<1x2048xf32>) -> tensor<1x32x64xf32>
    %443 = stablehlo.composite "mlxla.rope" %442, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x32x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x32x64xf32>, tensor<1xi32>) -> tensor<1x32x64xf32>
    %444 = stablehlo.composite "mlxla.quantized_dot" %440, %arg287, %arg288, %arg289 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f16"}, decomposition = @mlxla_quantized_dot_1x2048xf32_512x256xui32_512x32xbf16_512x32xbf16_284ecb6f6e4a0e42} : (tensor<1x2048xf32>, tensor<512x256xui32>, tensor<512x32xbf16>, tensor<512x32xbf16>) -> tensor<1x512xf32>
    %445 = stablehlo.reshape %444 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %446 = stablehlo.composite "mlxla.rope" %445, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x8x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x8x64xf32>, tensor<1xi32>) -> tensor<1x8x64xf32>
    %447 = stablehlo.composite "mlxla.quantized_dot" %440, %arg290, %arg291, %arg292 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f16"}, decomposition = @mlxla_quantized_dot_1x2048xf32_512x256xui32_512x32xbf16_512x32xbf16_284ecb6f6e4a0e42} : (tensor<1x2048xf32>, tensor<512x256xui32>, tensor<512x32xbf16>, tensor<512x32xbf16>) -> tensor<1x512xf32>
    %448 = stablehlo.reshape %447 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %449 = stablehlo.convert %446 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %450 = stablehlo.convert %448 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %451 = stablehlo.constant dense<12> : tensor<i32>
    %452 = stablehlo.constant dense<0> : tensor<i32>
    %453 = stablehlo.constant dense<0> : tensor<i32>
    %454 = stablehlo.reshape %449 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %455 = stablehlo.dynamic_update_slice %421, %454, %451, %453, %arg1, %452, %452 : (tensor<16x1x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %456 = stablehlo.reshape %450 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %457 = stablehlo.dynamic_update_slice %423, %456, %451, %453, %arg1, %452, %452 : (tensor<16x1x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %458 = stablehlo.slice %457 [12:13, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %459 = stablehlo.reshape %458 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %460 = stablehlo.slice %455 [12:13, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %461 = stablehlo.reshape %460 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %462 = stablehlo.composite "mlxla.attention" %443, %461, %459, %0, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf16_64x8x64xf16_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %463 = stablehlo.reshape %462 : (tensor<1x32x64xf32>) -> tensor<1x2048xf32>
    %464 = stablehlo.composite "mlxla.quantized_dot" %463, %arg293, %arg294, %arg295 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f16"}, decomposition = @mlxla_quantized_dot_1x2048xf32_2048x256xui32_2048x32xbf16_2048x32xbf16_284ecb6f6e4a0e42} : (tensor<1x2048xf32>, tensor<2048x256xui32>, tensor<2048x32xbf16>, tensor<2048x32xbf16>) -> tensor<1x2048xf32>
    %465 = stablehlo.add %439, %464 : tensor<1x2048xf32>
    %466 = stablehlo.composite "mlxla.rms_norm" %465, %arg296 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %467 = stablehlo.composite "mlxla.quantized_dot" %466, %arg297, %arg298, %arg299 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f16"}, decomposition = @mlxla_quantized_dot_1x2048xf32_8192x256xui32_8192x32xbf16_8192x32xbf16_284ecb6f6e4a0e42} : (tensor<1x2048xf32>, tensor<8192x256xui32>, tensor<8192x32xbf16>, tensor<8192x32xbf16>) -> tensor<1x8192xf32>
    %468 = stablehlo.composite "mlxla.quantized_dot" %466, %arg300, %arg301, %arg302 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f16"}, decomposition = @mlxla_quantized_dot_1x2048xf32_8192x256xui32_8192x32xbf16_8192x32xbf16_284ecb6f6e4a0e42} : (tensor<1x2048xf32>, tensor<8192x256xui32>, tensor<8192x32xbf16>, tensor<8192x32xbf16>) -> tensor<1x8192xf32>
    %469 = stablehlo.logistic %467 : tensor<1x8192xf32>
    %470 = stablehlo.multiply %467, %469 : tensor<1x8192xf32>
    %471 = stablehlo.multiply %470, %468 : tensor<1x8192xf32>
    %472 = stablehlo.composite "mlxla.quantized_dot" %471, %arg303, %arg304, %arg305 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f16"}, decomposition = @mlxla_quantized_dot_1x8192xf32_2048x1024xui32_2048x128xbf16_2048x128xbf16_284ecb6f6e4a0e42} : (tensor<1x8192xf32>, tensor<2048x1024xui32>, tensor<2048x128xbf16>, tensor<2048x128xbf16>) -> tensor<1x2048xf32>
    %473 = stablehlo.add %465, %472 : tensor<1x2048xf32>
    %474 = stablehlo.composite "mlxla.rms_norm" %473, %arg306 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %475 = stablehlo.composite "mlxla.quantized_dot" %474, %arg307, %arg308, %arg309 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f16"}, decomposition = @mlxla_quantized_dot_1x2048xf32_2048x256xui32_2048x32xbf16_2048x32xbf16_284ecb6f6e4a0e42} : (tensor<1x2048xf32>, tensor<2048x256xui32>, tensor<2048x32xbf16>, tensor<2048x32xbf16>) -> tensor<1x2048xf32>
    %476 = stablehlo.reshape %475 : (tensor<1x2048xf32>) -> tensor<1x32x64xf32>
    %477 = stablehlo.composite "mlxla.rope" %476, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x32x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x32x64xf32>, tensor<1xi32>) -> tensor<1x32x64xf32>
    %478 = stablehlo.composite "mlxla.quantized_dot" %474, %arg310, %arg311, %arg312 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f16"}, decomposition = @mlxla_quantized_dot_1x2048xf32_512x256xui32_512x32xbf16_512x32xbf16_284ecb6f6e4a0e42} : (tensor<1x2048xf32>, tensor<512x256xui32>, tensor<512x32xbf16>, tensor<512x32xbf16>) -> tensor<1x512xf32>
    %479 = stablehlo.reshape %478 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %480 = stablehlo.composite "mlxla.rope" %479, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x8x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x8x64xf32>, tensor<1xi32>) -> tensor<1x8x64xf32>
    %481 = stablehlo.composite "mlxla.quantized_dot" %474, %arg313, %arg314, %arg315 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f16"}, decomposition = @mlxla_quantized_dot_1x2048xf32_512x256xui32_512x32xbf16_512x32xbf16_284ecb6f6e4a0e42} : (tensor<1x2048xf32>, tensor<512x256xui32>, tensor<512x32xbf16>, tensor<512x32xbf16>) -> tensor<1x512xf32>
    %482 = stablehlo.reshape %481 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %483 = stablehlo.convert %480 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %484 = stablehlo.convert %482 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %485 = stablehlo.constant dense<13> : tensor<i32>
    %486 = stablehlo.constant dense<0> : tensor<i32>
    %487 = stablehlo.constant dense<0> : tensor<i32>
    %488 = stablehlo.reshape %483 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %489 = stablehlo.dynamic_update_slice %455, %488, %485, %487, %arg1, %486, %486 : (tensor<16x1x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %490 = stablehlo.reshape %484 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %491 = stablehlo.dynamic_update_slice %457, %490, %485, %487, %arg1, %486, %486 : (tensor<16x1x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %492 = stablehlo.slice %491 [13:14, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %493 = stablehlo.reshape %492 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %494 = stablehlo.slice %489 [13:14, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %495 = stablehlo.reshape %494 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %496 = stablehlo.composite "mlxla.attention" %477, %495, %493, %0, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf16_64x8x64xf16_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %497 = stablehlo.reshape %496 : (tensor<1x32x64xf32>) -> tensor<1x2048xf32>
    %498 = stablehlo.composite "mlxla.quantized_dot" %497, %arg316, %arg317, %arg318 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f16"}, decomposition = @mlxla_quantized_dot_1x2048xf32_2048x256xui32_2048x32xbf16_2048x32xbf16_284ecb6f6e4a0e42} : (tensor<1x2048xf32>, tensor<2048x256xui32>, tensor<2048x32xbf16>, tensor<2048x32xbf16>) -> tensor<1x2048xf32>
    %499 = stablehlo.add %473, %498 : tensor<1x2048xf32>
    %500 = stablehlo.composite "mlxla.rms_norm" %499, %arg319 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %501 = stablehlo.composite "mlxla.quantized_dot" %500, %arg320, %arg321, %arg322 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f16"}, decomposition = @mlxla_quantized_dot_1x2048xf32_8192x256xui32_8192x32xbf16_8192x32xbf16_284ecb6f6e4a0e42} : (tensor<1x2048xf32>, tensor<8192x256xui32>, tensor<8192x32xbf16>, tensor<8192x32xbf16>) -> tensor<1x8192xf32>
    %502 = stablehlo.composite "mlxla.quantized_dot" %500, %arg323, %arg324, %arg325 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f16"}, decomposition = @mlxla_quantized_dot_1x2048xf32_8192x256xui32_8192x32xbf16_8192x32xbf16_284ecb6f6e4a0e42} : (tensor<1x2048xf32>, tensor<8192x256xui32>, tensor<8192x32xbf16>, tensor<8192x32xbf16>) -> tensor<1x8192xf32>
    %503 = stablehlo.logistic %501 : tensor<1x8192xf32>
    %504 = stablehlo.multiply %501, %503 : tensor<1x8192xf32>
    %505 = stablehlo.multiply %504, %502 : tensor<1x8192xf32>
    %506 = stablehlo.composite "mlxla.quantized_dot" %505, %arg326, %arg327, %arg328 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f16"}, decomposition = @mlxla_quantized_dot_1x8192xf32_2048x1024xui32_2048x128xbf16_2048x128xbf16_284ecb6f6e4a0e42} : (tensor<1x8192xf32>, tensor<2048x1024xui32>, tensor<2048x128xbf16>, tensor<2048x128xbf16>) -> tensor<1x2048xf32>
    %507 = stablehlo.add %499, %506 : tensor<1x2048xf32>
    %508 = stablehlo.composite "mlxla.rms_norm" %507, %arg329 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %509 = stablehlo.composite "mlxla.quantized_dot" %508, %arg330, %arg331, %arg332 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f16"}, decomposition = @mlxla_quantized_dot_1x2048xf32_2048x256xui32_2048x32xbf16_2048x32xbf16_284ecb6f6e4a0e42} : (tensor<1x2048xf32>, tensor<2048x256xui32>, tensor<2048x32xbf16>, tensor<2048x32xbf16>) -> tensor<1x2048xf32>
    %510 = stablehlo.reshape %509 : (tensor<1x2048xf32>) -> tensor<1x32x64xf32>
    %511 = stablehlo.composite "mlxla.rope" %510, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x32x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x32x64xf32>, tensor<1xi32>) -> tensor<1x32x64xf32>
    %512 = stablehlo.composite "mlxla.quantized_dot" %508, %arg333, %arg334, %arg335 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f16"}, decomposition = @mlxla_quantized_dot_1x2048xf32_512x256xui32_512x32xbf16_512x32xbf16_284ecb6f6e4a0e42} : (tensor<1x2048xf32>, tensor<512x256xui32>, tensor<512x32xbf16>, tensor<512x32xbf16>) -> tensor<1x512xf32>
    %513 = stablehlo.reshape %512 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %514 = stablehlo.composite "mlxla.rope" %513, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x8x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x8x64xf32>, tensor<1xi32>) -> tensor<1x8x64xf32>
    %515 = stablehlo.composite "mlxla.quantized_dot" %508, %arg336, %arg337, %arg338 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f16"}, decomposition = @mlxla_quantized_dot_1x2048xf32_512x256xui32_512x32xbf16_512x32xbf16_284ecb6f6e4a0e42} : (tensor<1x2048xf32>, tensor<512x256xui32>, tensor<512x32xbf16>, tensor<512x32xbf16>) -> tensor<1x512xf32>
    %516 = stablehlo.reshape %515 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %517 = stablehlo.convert %514 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %518 = stablehlo.convert %516 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %519 = stablehlo.constant dense<14> : tensor<i32>
    %520 = stablehlo.constant dense<0> : tensor<i32>
    %521 = stablehlo.constant dense<0> : tensor<i32>
    %522 = stablehlo.reshape %517 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %523 = stablehlo.dynamic_update_slice %489, %522, %519, %521, %arg1, %520, %520 : (tensor<16x1x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %524 = stablehlo.reshape %518 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %525 = stablehlo.dynamic_update_slice %491, %524, %519, %521, %arg1, %520, %520 : (tensor<16x1x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %526 = stablehlo.slice %525 [14:15, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %527 = stablehlo.reshape %526 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %528 = stablehlo.slice %523 [14:15, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %529 = stablehlo.reshape %528 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %530 = stablehlo.composite "mlxla.attention" %511, %529, %527, %0, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf16_64x8x64xf16_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %531 = stablehlo.reshape %530 : (tensor<1x32x64xf32>) -> tensor<1x2048xf32>
    %532 = stablehlo.composite "mlxla.quantized_dot" %531, %arg339, %arg340, %arg341 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f16"}, decomposition = @mlxla_quantized_dot_1x2048xf32_2048x256xui32_2048x32xbf16_2048x32xbf16_284ecb6f6e4a0e42} : (tensor<1x2048xf32>, tensor<2048x256xui32>, tensor<2048x32xbf16>, tensor<2048x32xbf16>) -> tensor<1x2048xf32>
    %533 = stablehlo.add %507, %532 : tensor<1x2048xf32>
    %534 = stablehlo.composite "mlxla.rms_norm" %533, %arg342 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %535 = stablehlo.composite "mlxla.quantized_dot" %534, %arg343, %arg344, %arg345 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f16"}, decomposition = @mlxla_quantized_dot_1x2048xf32_8192x256xui32_8192x32xbf16_8192x32xbf16_284ecb6f6e4a0e42} : (tensor<1x2048xf32>, tensor<8192x256xui32>, tensor<8192x32xbf16>, tensor<8192x32xbf16>) -> tensor<1x8192xf32>
    %536 = stablehlo.composite "mlxla.quantized_dot" %534, %arg346, %arg347, %arg348 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f16"}, decomposition = @mlxla_quantized_dot_1x2048xf32_8192x256xui32_8192x32xbf16_8192x32xbf16_284ecb6f6e4a0e42} : (tensor<1x2048xf32>, tensor<8192x256xui32>, tensor<8192x32xbf16>, tensor<8192x32xbf16>) -> tensor<1x8192xf32>
    %537 = stablehlo.logistic %535 : tensor<1x8192xf32>
    %538 = stablehlo.multiply %535, %537 : tensor<1x8192xf32>
    %539 = stablehlo.multiply %538, %536 : tensor<1x8192xf32>
    %540 = stablehlo.composite "mlxla.quantized_dot" %539, %arg349, %arg350, %arg351 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f16"}, decomposition = @mlxla_quantized_dot_1x8192xf32_2048x1024xui32_2048x128xbf16_2048x128xbf16_284ecb6f6e4a0e42} : (tensor<1x8192xf32>, tensor<2048x1024xui32>, tensor<2048x128xbf16>, tensor<2048x128xbf16>) -> tensor<1x2048xf32>
    %541 = stablehlo.add %533, %540 : tensor<1x2048xf32>
    %542 = stablehlo.composite "mlxla.rms_norm" %541, %arg352 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %543 = stablehlo.composite "mlxla.quantized_dot" %542, %arg353, %arg354, %arg355 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f16"}, decomposition = @mlxla_quantized_dot_1x2048xf32_2048x256xui32_2048x32xbf16_2048x32xbf16_284ecb6f6e4a0e42} : (tensor<1x2048xf32>, tensor<2048x256xui32>, tensor<2048x32xbf16>, tensor<2048x32xbf16>) -> tensor<1x2048xf32>
    %544 = stablehlo.reshape %543 : (tensor<1x2048xf32>) -> tensor<1x32x64xf32>
    %545 = stablehlo.composite "mlxla.rope" %544, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x32x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x32x64xf32>, tensor<1xi32>) -> tensor<1x32x64xf32>
    %546 = stablehlo.composite "mlxla.quantized_dot" %542, %arg356, %arg357, %arg358 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f16"}, decomposition = @mlxla_quantized_dot_1x2048xf32_512x256xui32_512x32xbf16_512x32xbf16_284ecb6f6e4a0e42} : (tensor<1x2048xf32>, tensor<512x256xui32>, tensor<512x32xbf16>, tensor<512x32xbf16>) -> tensor<1x512xf32>
    %547 = stablehlo.reshape %546 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %548 = stablehlo.composite "mlxla.rope" %547, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x8x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x8x64xf32>, tensor<1xi32>) -> tensor<1x8x64xf32>
    %549 = stablehlo.composite "mlxla.quantized_dot" %542, %arg359, %arg360, %arg361 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f16"}, decomposition = @mlxla_quantized_dot_1x2048xf32_512x256xui32_512x32xbf16_512x32xbf16_284ecb6f6e4a0e42} : (tensor<1x2048xf32>, tensor<512x256xui32>, tensor<512x32xbf16>, tensor<512x32xbf16>) -> tensor<1x512xf32>
    %550 = stablehlo.reshape %549 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %551 = stablehlo.convert %548 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %552 = stablehlo.convert %550 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %553 = stablehlo.constant dense<15> : tensor<i32>
    %554 = stablehlo.constant dense<0> : tensor<i32>
    %555 = stablehlo.constant dense<0> : tensor<i32>
    %556 = stablehlo.reshape %551 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %557 = stablehlo.dynamic_update_slice %523, %556, %553, %555, %arg1, %554, %554 : (tensor<16x1x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %558 = stablehlo.reshape %552 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %559 = stablehlo.dynamic_update_slice %525, %558, %553, %555, %arg1, %554, %554 : (tensor<16x1x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %560 = stablehlo.slice %559 [15:16, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %561 = stablehlo.reshape %560 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %562 = stablehlo.slice %557 [15:16, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %563 = stablehlo.reshape %562 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %564 = stablehlo.composite "mlxla.attention" %545, %563, %561, %0, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf16_64x8x64xf16_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %565 = stablehlo.reshape %564 : (tensor<1x32x64xf32>) -> tensor<1x2048xf32>
    %566 = stablehlo.composite "mlxla.quantized_dot" %565, %arg362, %arg363, %arg364 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f16"}, decomposition = @mlxla_quantized_dot_1x2048xf32_2048x256xui32_2048x32xbf16_2048x32xbf16_284ecb6f6e4a0e42} : (tensor<1x2048xf32>, tensor<2048x256xui32>, tensor<2048x32xbf16>, tensor<2048x32xbf16>) -> tensor<1x2048xf32>
    %567 = stablehlo.add %541, %566 : tensor<1x2048xf32>
    %568 = stablehlo.composite "mlxla.rms_norm" %567, %arg365 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %569 = stablehlo.composite "mlxla.quantized_dot" %568, %arg366, %arg367, %arg368 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f16"}, decomposition = @mlxla_quantized_dot_1x2048xf32_8192x256xui32_8192x32xbf16_8192x32xbf16_284ecb6f6e4a0e42} : (tensor<1x2048xf32>, tensor<8192x256xui32>, tensor<8192x32xbf16>, tensor<8192x32xbf16>) -> tensor<1x8192xf32>
    %570 = stablehlo.composite "mlxla.quantized_dot" %568, %arg369, %arg370, %arg371 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f16"}, decomposition = @mlxla_quantized_dot_1x2048xf32_8192x256xui32_8192x32xbf16_8192x32xbf16_284ecb6f6e4a0e42} : (tensor<1x2048xf32>, tensor<8192x256xui32>, tensor<8192x32xbf16>, tensor<8192x32xbf16>) -> tensor<1x8192xf32>
    %571 = stablehlo.logistic %569 : tensor<1x8192xf32>
    %572 = stablehlo.multiply %569, %571 : tensor<1x8192xf32>
    %573 = stablehlo.multiply %572, %570 : tensor<1x8192xf32>
    %574 = stablehlo.composite "mlxla.quantized_dot" %573, %arg372, %arg373, %arg374 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f16"}, decomposition = @mlxla_quantized_dot_1x8192xf32_2048x1024xui32_2048x128xbf16_2048x128xbf16_284ecb6f6e4a0e42} : (tensor<1x8192xf32>, tensor<2048x1024xui32>, tensor<2048x128xbf16>, tensor<2048x128xbf16>) -> tensor<1x2048xf32>
    %575 = stablehlo.add %567, %574 : tensor<1x2048xf32>
    %576 = stablehlo.composite "mlxla.rms_norm" %575, %arg375 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %577 = stablehlo.composite "mlxla.quantized_dot" %576, %arg4, %arg5, %arg6 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f16"}, decomposition = @mlxla_quantized_dot_1x2048xf32_128256x256xui32_128256x32xbf16_128256x32xbf16_284ecb6f6e4a0e42} : (tensor<1x2048xf32>, tensor<128256x256xui32>, tensor<128256x32xbf16>, tensor<128256x32xbf16>) -> tensor<1x128256xf32>
    %578 = stablehlo.composite "mlxla.argmax" %577 {decomposition = @mlxla_argmax_1x128256xf32_cbf29ce484222325} : (tensor<1x128256xf32>) -> tensor<1xi32>
    return %578, %557, %559 : tensor<1xi32>, tensor<16x1x64x8x64xf16>, tensor<16x1x64x8x64xf16>
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
  func.func private @mlxla_quantized_dot_1x2048xf32_2048x256xui32_2048x32xbf16_2048x32xbf16_284ecb6f6e4a0e42(%arg0: tensor<1x2048xf32> {mlxla.name = "arg0"}, %arg1: tensor<2048x256xui32> {mlxla.name = "arg1"}, %arg2: tensor<2048x32xbf16> {mlxla.name = "arg2"}, %arg3: tensor<2048x32xbf16> {mlxla.name = "arg3"}) -> (tensor<1x2048xf32>) {
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
    %21 = stablehlo.convert %20 : (tensor<2048x2048xf32>) -> tensor<2048x2048xf16>
    %22 = stablehlo.convert %arg0 : (tensor<1x2048xf32>) -> tensor<1x2048xf16>
    %23 = stablehlo.dot_general %22, %21, contracting_dims = [1] x [1] : (tensor<1x2048xf16>, tensor<2048x2048xf16>) -> tensor<1x2048xf32>
    return %23 : tensor<1x2048xf32>
  }
  func.func private @mlxla_rope_1x32x64xf32_1xi32_2e52f2855da63bd1(%arg0: tensor<1x32x64xf32> {mlxla.name = "arg0"}, %arg1: tensor<1xi32> {mlxla.name = "arg1"}) -> (tensor<1x32x64xf32>) {
    %0 = stablehlo.constant dense<[1.0, 0.6636012, 0.4403666, 0.29222783, 0.19392274, 0.12868737, 0.0853971, 0.056669623, 0.03760603, 0.024955409, 0.01656044, 0.010989528, 0.0072926646, 0.0048394212, 0.003211446, 0.0012905479, 0.0004295568, 9.708288e-05, 1.9461639e-05, 1.29147675e-05, 8.570256e-06, 5.6872323e-06, 3.7740542e-06, 2.5044671e-06, 1.6619674e-06, 1.1028836e-06, 7.31875e-07, 4.856731e-07, 3.222933e-07, 2.1387423e-07, 1.419272e-07, 9.4183065e-08]> : tensor<32xf32>
    %1 = stablehlo.convert %arg1 : (tensor<1xi32>) -> tensor<1xf32>
    %2 = stablehlo.broadcast_in_dim %0, dims = [1] : (tensor<32xf32>) -> tensor<1x32xf32>
    %3 = stablehlo.broadcast_in_dim %1, dims = [0] : (tensor<1xf32>) -> tensor<1x32xf32>
    %4 = stablehlo.multiply %3, %2 : tensor<1x32xf32>
    %5 = stablehlo.cosine %4 : tensor<1x32xf32>
    %6 = stablehlo.sine %4 : tensor<1x32xf32>
    %7 = stablehlo.concatenate %5, %5, dim = 1 : (tensor<1x32xf32>, tensor<1x32xf32>) -> tensor<1x64xf32>
    %8 = stablehlo.broadcast_in_dim %7, dims = [0, 2] : (tensor<1x64xf32>) -> tensor<1x32x64xf32>
    %9 = stablehlo.concatenate %6, %6, dim = 1 : (tensor<1x32xf32>, tensor<1x32xf32>) -> tensor<1x64xf32>
    %10 = stablehlo.broadcast_in_dim %9, dims = [0, 2] : (tensor<1x64xf32>) -> tensor<1x32x64xf32>
    %11 = stablehlo.slice %arg0 [0:1, 0:32, 0:32] : (tensor<1x32x64xf32>) -> tensor<1x32x32xf32>
    %12 = stablehlo.slice %arg0 [0:1, 0:32, 32:64] : (tensor<1x32x64xf32>) -> tensor<1x32x32xf32>
    %13 = stablehlo.negate %12 : tensor<1x32x32xf32>
    %14 = stablehlo.concatenate %13, %11, dim = 2 : (tensor<1x32x32xf32>, tensor<1x32x32xf32>) -> tensor<1x32x64xf32>
    %15 = stablehlo.multiply %14, %10 : tensor<1x32x64xf32>
    %16 = stablehlo.multiply %arg0, %8 : tensor<1x32x64xf32>
    %17 = stablehlo.add %16, %15 : tensor<1x32x64xf32>
    return %17 : tensor<1x32x64xf32>
  }
  func.func private @mlxla_quantized_dot_1x2048xf32_512x256xui32_512x32xbf16_512x32xbf16_284ecb6f6e4a0e42(%arg0: tensor<1x2048xf32> {mlxla.name = "arg0"}, %arg1: tensor<512x256xui32> {mlxla.name = "arg1"}, %arg2: tensor<512x32xbf16> {mlxla.name = "arg2"}, %arg3: tensor<512x32xbf16> {mlxla.name = "arg3"}) -> (tensor<1x512xf32>) {
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
    %21 = stablehlo.convert %20 : (tensor<512x2048xf32>) -> tensor<512x2048xf16>
    %22 = stablehlo.convert %arg0 : (tensor<1x2048xf32>) -> tensor<1x2048xf16>
    %23 = stablehlo.dot_general %22, %21, contracting_dims = [1] x [1] : (tensor<1x2048xf16>, tensor<512x2048xf16>) -> tensor<1x512xf32>
    return %23 : tensor<1x512xf32>
  }
  func.func private @mlxla_rope_1x8x64xf32_1xi32_2e52f2855da63bd1(%arg0: tensor<1x8x64xf32> {mlxla.name = "arg0"}, %arg1: tensor<1xi32> {mlxla.name = "arg1"}) -> (tensor<1x8x64xf32>) {
    %0 = stablehlo.constant dense<[1.0, 0.6636012, 0.4403666, 0.29222783, 0.19392274, 0.12868737, 0.0853971, 0.056669623, 0.03760603, 0.024955409, 0.01656044, 0.010989528, 0.0072926646, 0.0048394212, 0.003211446, 0.0012905479, 0.0004295568, 9.708288e-05, 1.9461639e-05, 1.29147675e-05, 8.570256e-06, 5.6872323e-06, 3.7740542e-06, 2.5044671e-06, 1.6619674e-06, 1.1028836e-06, 7.31875e-07, 4.856731e-07, 3.222933e-07, 2.1387423e-07, 1.419272e-07, 9.4183065e-08]> : tensor<32xf32>
    %1 = stablehlo.convert %arg1 : (tensor<1xi32>) -> tensor<1xf32>
    %2 = stablehlo.broadcast_in_dim %0, dims = [1] : (tensor<32xf32>) -> tensor<1x32xf32>
    %3 = stablehlo.broadcast_in_dim %1, dims = [0] : (tensor<1xf32>) -> tensor<1x32xf32>
    %4 = stablehlo.multiply %3, %2 : tensor<1x32xf32>
    %5 = stablehlo.cosine %4 : tensor<1x32xf32>
    %6 = stablehlo.sine %4 : tensor<1x32xf32>
    %7 = stablehlo.concatenate %5, %5, dim = 1 : (tensor<1x32xf32>, tensor<1x32xf32>) -> tensor<1x64xf32>
    %8 = stablehlo.broadcast_in_dim %7, dims = [0, 2] : (tensor<1x64xf32>) -> tensor<1x8x64xf32>
    %9 = stablehlo.concatenate %6, %6, dim = 1 : (tensor<1x32xf32>, tensor<1x32xf32>) -> tensor<1x64xf32>
    %10 = stablehlo.broadcast_in_dim %9, dims = [0, 2] : (tensor<1x64xf32>) -> tensor<1x8x64xf32>
    %11 = stablehlo.slice %arg0 [0:1, 0:8, 0:32] : (tensor<1x8x64xf32>) -> tensor<1x8x32xf32>
    %12 = stablehlo.slice %arg0 [0:1, 0:8, 32:64] : (tensor<1x8x64xf32>) -> tensor<1x8x32xf32>
    %13 = stablehlo.negate %12 : tensor<1x8x32xf32>
    %14 = stablehlo.concatenate %13, %11, dim = 2 : (tensor<1x8x32xf32>, tensor<1x8x32xf32>) -> tensor<1x8x64xf32>
    %15 = stablehlo.multiply %14, %10 : tensor<1x8x64xf32>
    %16 = stablehlo.multiply %arg0, %8 : tensor<1x8x64xf32>
    %17 = stablehlo.add %16, %15 : tensor<1x8x64xf32>
    return %17 : tensor<1x8x64xf32>
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
  func.func private @mlxla_quantized_dot_1x2048xf32_8192x256xui32_8192x32xbf16_8192x32xbf16_284ecb6f6e4a0e42(%arg0: tensor<1x2048xf32> {mlxla.name = "arg0"}, %arg1: tensor<8192x256xui32> {mlxla.name = "arg1"}, %arg2: tensor<8192x32xbf16> {mlxla.name = "arg2"}, %arg3: tensor<8192x32xbf16> {mlxla.name = "arg3"}) -> (tensor<1x8192xf32>) {
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
    %21 = stablehlo.convert %20 : (tensor<8192x2048xf32>) -> tensor<8192x2048xf16>
    %22 = stablehlo.convert %arg0 : (tensor<1x2048xf32>) -> tensor<1x2048xf16>
    %23 = stablehlo.dot_general %22, %21, contracting_dims = [1] x [1] : (tensor<1x2048xf16>, tensor<8192x2048xf16>) -> tensor<1x8192xf32>
    return %23 : tensor<1x8192xf32>
  }
  func.func private @mlxla_quantized_dot_1x8192xf32_2048x1024xui32_2048x128xbf16_2048x128xbf16_284ecb6f6e4a0e42(%arg0: tensor<1x8192xf32> {mlxla.name = "arg0"}, %arg1: tensor<2048x1024xui32> {mlxla.name = "arg1"}, %arg2: tensor<2048x128xbf16> {mlxla.name = "arg2"}, %arg3: tensor<2048x128xbf16> {mlxla.name = "arg3"}) -> (tensor<1x2048xf32>) {
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
    %21 = stablehlo.convert %20 : (tensor<2048x8192xf32>) -> tensor<2048x8192xf16>
    %22 = stablehlo.convert %arg0 : (tensor<1x8192xf32>) -> tensor<1x8192xf16>
    %23 = stablehlo.dot_general %22, %21, contracting_dims = [1] x [1] : (tensor<1x8192xf16>, tensor<2048x8192xf16>) -> tensor<1x2048xf32>
    return %23 : tensor<1x2048xf32>
  }
  func.func private @mlxla_quantized_dot_1x2048xf32_128256x256xui32_128256x32xbf16_128256x32xbf16_284ecb6f6e4a0e42(%arg0: tensor<1x2048xf32> {mlxla.name = "arg0"}, %arg1: tensor<128256x256xui32> {mlxla.name = "arg1"}, %arg2: tensor<128256x32xbf16> {mlxla.name = "arg2"}, %arg3: tensor<128256x32xbf16> {mlxla.name = "arg3"}) -> (tensor<1x128256xf32>) {
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
    %21 = stablehlo.convert %20 : (tensor<128256x2048xf32>) -> tensor<128256x2048xf16>
    %22 = stablehlo.convert %arg0 : (tensor<1x2048xf32>) -> tensor<1x2048xf16>
    %23 = stablehlo.dot_general %22, %21, contracting_dims = [1] x [1] : (tensor<1x2048xf16>, tensor<128256x2048xf16>) -> tensor<1x128256xf32>
    return %23 : tensor<1x128256xf32>
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
