module @mlxla {
  func.func @main(%arg0: tensor<8xi32> {mlxla.name = "tokens"}, %arg1: tensor<i32> {mlxla.name = "start"}, %arg2: tensor<i32> {mlxla.name = "n_valid"}, %arg3: tensor<12x1x256x8x64xf16> {mlxla.name = "k_cache", tf.aliasing_output = 1 : i32}, %arg4: tensor<12x1x256x8x64xf16> {mlxla.name = "v_cache", tf.aliasing_output = 2 : i32}, %arg5: tensor<12x1x128x8x64xf16> {mlxla.name = "k_window_cache", tf.aliasing_output = 3 : i32}, %arg6: tensor<12x1x128x8x64xf16> {mlxla.name = "v_window_cache", tf.aliasing_output = 4 : i32}, %arg7: tensor<201088x360xui32> {mlxla.name = "model.embed_tokens.weight"}, %arg8: tensor<201088x45xf32> {mlxla.name = "model.embed_tokens.scales"}, %arg9: tensor<201088x45xf32> {mlxla.name = "model.embed_tokens.biases"}, %arg10: tensor<2880xf32> {mlxla.name = "model.layers.0.input_layernorm.weight"}, %arg11: tensor<4096x360xui32> {mlxla.name = "model.layers.0.self_attn.q_proj.weight"}, %arg12: tensor<4096x45xf32> {mlxla.name = "model.layers.0.self_attn.q_proj.scales"}, %arg13: tensor<4096x45xf32> {mlxla.name = "model.layers.0.self_attn.q_proj.biases"}, %arg14: tensor<4096xf32> {mlxla.name = "model.layers.0.self_attn.q_proj.bias"}, %arg15: tensor<512x360xui32> {mlxla.name = "model.layers.0.self_attn.k_proj.weight"}, %arg16: tensor<512x45xf32> {mlxla.name = "model.layers.0.self_attn.k_proj.scales"}, %arg17: tensor<512x45xf32> {mlxla.name = "model.layers.0.self_attn.k_proj.biases"}, %arg18: tensor<512xf32> {mlxla.name = "model.layers.0.self_attn.k_proj.bias"}, %arg19: tensor<512x360xui32> {mlxla.name = "model.layers.0.self_attn.v_proj.weight"}, %arg20: tensor<512x45xf32> {mlxla.name = "model.layers.0.self_attn.v_proj.scales"}, %arg21: tensor<512x45xf32> {mlxla.name = "model.layers.0.self_attn.v_proj.biases"}, %arg22: tensor<512xf32> {mlxla.name = "model.layers.0.self_attn.v_proj.bias"}, %arg23: tensor<2880x512xui32> {mlxla.name = "model.layers.0.self_attn.o_proj.weight"}, %arg24: tensor<2880x64xf32> {mlxla.name = "model.layers.0.self_attn.o_proj.scales"}, %arg25: tensor<2880x64xf32> {mlxla.name = "model.layers.0.self_attn.o_proj.biases"}, %arg26: tensor<2880xf32> {mlxla.name = "model.layers.0.self_attn.o_proj.bias"}, %arg27: tensor<64xf32> {mlxla.name = "model.layers.0.self_attn.sinks"}, %arg28: tensor<2880xf32> {mlxla.name = "model.layers.0.post_attention_layernorm.weight"}, %arg29: tensor<32x720xui32> {mlxla.name = "model.layers.0.mlp.router.weight"}, %arg30: tensor<32x45xf32> {mlxla.name = "model.layers.0.mlp.router.scales"}, %arg31: tensor<32x45xf32> {mlxla.name = "model.layers.0.mlp.router.biases"}, %arg32: tensor<32xf32> {mlxla.name = "model.layers.0.mlp.router.bias"}, %arg33: tensor<32x2880x360xui32> {mlxla.name = "model.layers.0.mlp.experts.gate_proj.weight"}, %arg34: tensor<32x2880x90xui8> {mlxla.name = "model.layers.0.mlp.experts.gate_proj.scales"}, %arg35: tensor<32x2880xf32> {mlxla.name = "model.layers.0.mlp.experts.gate_proj.bias"}, %arg36: tensor<32x2880x360xui32> {mlxla.name = "model.layers.0.mlp.experts.up_proj.weight"}, %arg37: tensor<32x2880x90xui8> {mlxla.name = "model.layers.0.mlp.experts.up_proj.scales"}, %arg38: tensor<32x2880xf32> {mlxla.name = "model.layers.0.mlp.experts.up_proj.bias"}, %arg39: tensor<32x2880x360xui32> {mlxla.name = "model.layers.0.mlp.experts.down_proj.weight"}, %arg40: tensor<32x2880x90xui8> {mlxla.name = "model.layers.0.mlp.experts.down_proj.scales"}, %arg41: tensor<32x2880xf32> {mlxla.name = "model.layers.0.mlp.experts.down_proj.bias"}, %arg42: tensor<2880xf32> {mlxla.name = "model.layers.1.input_layernorm.weight"}, %arg43: tensor<4096x360xui32> {mlxla.name = "model.layers.1.self_attn.q_proj.weight"}, %arg44: tensor<4096x45xf32> {mlxla.name = "model.layers.1.self_attn.q_proj.scales"}, %arg45: tensor<4096x45xf32> {mlxla.name = "model.layers.1.self_attn.q_proj.biases"}, %arg46: tensor<4096xf32> {mlxla.name = "model.layers.1.self_attn.q_proj.bias"}, %arg47: tensor<512x360xui32> {mlxla.name = "model.layers.1.self_attn.k_proj.weight"}, %arg48: tensor<512x45xf32> {mlxla.name = "model.layers.1.self_attn.k_proj.scales"}, %arg49: tensor<512x45xf32> {mlxla.name = "model.layers.1.self_attn.k_proj.biases"}, %arg50: tensor<512xf32> {mlxla.name = "model.layers.1.self_attn.k_proj.bias"}, %arg51: tensor<512x360xui32> {mlxla.name = "model.layers.1.self_attn.v_proj.weight"}, %arg52: tensor<512x45xf32> {mlxla.name = "model.layers.1.self_attn.v_proj.scales"}, %arg53: tensor<512x45xf32> {mlxla.name = "model.layers.1.self_attn.v_proj.biases"}, %arg54: tensor<512xf32> {mlxla.name = "model.layers.1.self_attn.v_proj.bias"}, %arg55: tensor<2880x512xui32> {mlxla.name = "model.layers.1.self_attn.o_proj.weight"}, %arg56: tensor<2880x64xf32> {mlxla.name = "model.layers.1.self_attn.o_proj.scales"}, %arg57: tensor<2880x64xf32> {mlxla.name = "model.layers.1.self_attn.o_proj.biases"}, %arg58: tensor<2880xf32> {mlxla.name = "model.layers.1.self_attn.o_proj.bias"}, %arg59: tensor<64xf32> {mlxla.name = "model.layers.1.self_attn.sinks"}, %arg60: tensor<2880xf32> {mlxla.name = "model.layers.1.post_attention_layernorm.weight"}, %arg61: tensor<32x720xui32> {mlxla.name = "model.layers.1.mlp.router.weight"}, %arg62: tensor<32x45xf32> {mlxla.name = "model.layers.1.mlp.router.scales"}, %arg63: tensor<32x45xf32> {mlxla.name = "model.layers.1.mlp.router.biases"}, %arg64: tensor<32xf32> {mlxla.name = "model.layers.1.mlp.router.bias"}, %arg65: tensor<32x2880x360xui32> {mlxla.name = "model.layers.1.mlp.experts.gate_proj.weight"}, %arg66: tensor<32x2880x90xui8> {mlxla.name = "model.layers.1.mlp.experts.gate_proj.scales"}, %arg67: tensor<32x2880xf32> {mlxla.name = "model.layers.1.mlp.experts.gate_proj.bias"}, %arg68: tensor<32x2880x360xui32> {mlxla.name = "model.layers.1.mlp.experts.up_proj.weight"}, %arg69: tensor<32x2880x90xui8> {mlxla.name = "model.layers.1.mlp.experts.up_proj.scales"}, %arg70: tensor<32x2880xf32> {mlxla.name = "model.layers.1.mlp.experts.up_proj.bias"}, %arg71: tensor<32x2880x360xui32> {mlxla.name = "model.layers.1.mlp.experts.down_proj.weight"}, %arg72: tensor<32x2880x90xui8> {mlxla.name = "model.layers.1.mlp.experts.down_proj.scales"}, %arg73: tensor<32x2880xf32> {mlxla.name = "model.layers.1.mlp.experts.down_proj.bias"}, %arg74: tensor<2880xf32> {mlxla.name = "model.layers.2.input_layernorm.weight"}, %arg75: tensor<4096x360xui32> {mlxla.name = "model.layers.2.self_attn.q_proj.weight"}, %arg76: tensor<4096x45xf32> {mlxla.name = "model.layers.2.self_attn.q_proj.scales"}, %arg77: tensor<4096x45xf32> {mlxla.name = "model.layers.2.self_attn.q_proj.biases"}, %arg78: tensor<4096xf32> {mlxla.name = "model.layers.2.self_attn.q_proj.bias"}, %arg79: tensor<512x360xui32> {mlxla.name = "model.layers.2.self_attn.k_proj.weight"}, %arg80: tensor<512x45xf32> {mlxla.name = "model.layers.2.self_attn.k_proj.scales"}, %arg81: tensor<512x45xf32> {mlxla.name = "model.layers.2.self_attn.k_proj.biases"}, %arg82: tensor<512xf32> {mlxla.name = "model.layers.2.self_attn.k_proj.bias"}, %arg83: tensor<512x360xui32> {mlxla.name = "model.layers.2.self_attn.v_proj.weight"}, %arg84: tensor<512x45xf32> {mlxla.name = "model.layers.2.self_attn.v_proj.scales"}, %arg85: tensor<512x45xf32> {mlxla.name = "model.layers.2.self_attn.v_proj.biases"}, %arg86: tensor<512xf32> {mlxla.name = "model.layers.2.self_attn.v_proj.bias"}, %arg87: tensor<2880x512xui32> {mlxla.name = "model.layers.2.self_attn.o_proj.weight"}, %arg88: tensor<2880x64xf32> {mlxla.name = "model.layers.2.self_attn.o_proj.scales"}, %arg89: tensor<2880x64xf32> {mlxla.name = "model.layers.2.self_attn.o_proj.biases"}, %arg90: tensor<2880xf32> {mlxla.name = "model.layers.2.self_attn.o_proj.bias"}, %arg91: tensor<64xf32> {mlxla.name = "model.layers.2.self_attn.sinks"}, %arg92: tensor<2880xf32> {mlxla.name = "model.layers.2.post_attention_layernorm.weight"}, %arg93: tensor<32x720xui32> {mlxla.name = "model.layers.2.mlp.router.weight"}, %arg94: tensor<32x45xf32> {mlxla.name = "model.layers.2.mlp.router.scales"}, %arg95: tensor<32x45xf32> {mlxla.name = "model.layers.2.mlp.router.biases"}, %arg96: tensor<32xf32> {mlxla.name = "model.layers.2.mlp.router.bias"}, %arg97: tensor<32x2880x360xui32> {mlxla.name = "model.layers.2.mlp.experts.gate_proj.weight"}, %arg98: tensor<32x2880x90xui8> {mlxla.name = "model.layers.2.mlp.experts.gate_proj.scales"}, %arg99: tensor<32x2880xf32> {mlxla.name = "model.layers.2.mlp.experts.gate_proj.bias"}, %arg100: tensor<32x2880x360xui32> {mlxla.name = "model.layers.2.mlp.experts.up_proj.weight"}, %arg101: tensor<32x2880x90xui8> {mlxla.name = "model.layers.2.mlp.experts.up_proj.scales"}, %arg102: tensor<32x2880xf32> {mlxla.name = "model.layers.2.mlp.experts.up_proj.bias"}, %arg103: tensor<32x2880x360xui32> {mlxla.name = "model.layers.2.mlp.experts.down_proj.weight"}, %arg104: tensor<32x2880x90xui8> {mlxla.name = "model.layers.2.mlp.experts.down_proj.scales"}, %arg105: tensor<32x2880xf32> {mlxla.name = "model.layers.2.mlp.experts.down_proj.bias"}, %arg106: tensor<2880xf32> {mlxla.name = "model.layers.3.input_layernorm.weight"}, %arg107: tensor<4096x360xui32> {mlxla.name = "model.layers.3.self_attn.q_proj.weight"}, %arg108: tensor<4096x45xf32> {mlxla.name = "model.layers.3.self_attn.q_proj.scales"}, %arg109: tensor<4096x45xf32> {mlxla.name = "model.layers.3.self_attn.q_proj.biases"}, %arg110: tensor<4096xf32> {mlxla.name = "model.layers.3.self_attn.q_proj.bias"}, %arg111: tensor<512x360xui32> {mlxla.name = "model.layers.3.self_attn.k_proj.weight"}, %arg112: tensor<512x45xf32> {mlxla.name = "model.layers.3.self_attn.k_proj.scales"}, %arg113: tensor<512x45xf32> {mlxla.name = "model.layers.3.self_attn.k_proj.biases"}, %arg114: tensor<512xf32> {mlxla.name = "model.layers.3.self_attn.k_proj.bias"}, %arg115: tensor<512x360xui32> {mlxla.name = "model.layers.3.self_attn.v_proj.weight"}, %arg116: tensor<512x45xf32> {mlxla.name = "model.layers.3.self_attn.v_proj.scales"}, %arg117: tensor<512x45xf32> {mlxla.name = "model.layers.3.self_attn.v_proj.biases"}, %arg118: tensor<512xf32> {mlxla.name = "model.layers.3.self_attn.v_proj.bias"}, %arg119: tensor<2880x512xui32> {mlxla.name = "model.layers.3.self_attn.o_proj.weight"}, %arg120: tensor<2880x64xf32> {mlxla.name = "model.layers.3.self_attn.o_proj.scales"}, %arg121: tensor<2880x64xf32> {mlxla.name = "model.layers.3.self_attn.o_proj.biases"}, %arg122: tensor<2880xf32> {mlxla.name = "model.layers.3.self_attn.o_proj.bias"}, %arg123: tensor<64xf32> {mlxla.name = "model.layers.3.self_attn.sinks"}, %arg124: tensor<2880xf32> {mlxla.name = "model.layers.3.post_attention_layernorm.weight"}, %arg125: tensor<32x720xui32> {mlxla.name = "model.layers.3.mlp.router.weight"}, %arg126: tensor<32x45xf32> {mlxla.name = "model.layers.3.mlp.router.scales"}, %arg127: tensor<32x45xf32> {mlxla.name = "model.layers.3.mlp.router.biases"}, %arg128: tensor<32xf32> {mlxla.name = "model.layers.3.mlp.router.bias"}, %arg129: tensor<32x2880x360xui32> {mlxla.name = "model.layers.3.mlp.experts.gate_proj.weight"}, %arg130: tensor<32x2880x90xui8> {mlxla.name = "model.layers.3.mlp.experts.gate_proj.scales"}, %arg131: tensor<32x2880xf32> {mlxla.name = "model.layers.3.mlp.experts.gate_proj.bias"}, %arg132: tensor<32x2880x360xui32> {mlxla.name = "model.layers.3.mlp.experts.up_proj.weight"}, %arg133: tensor<32x2880x90xui8> {mlxla.name = "model.layers.3.mlp.experts.up_proj.scales"}, %arg134: tensor<32x2880xf32> {mlxla.name = "model.layers.3.mlp.experts.up_proj.bias"}, %arg135: tensor<32x2880x360xui32> {mlxla.name = "model.layers.3.mlp.experts.down_proj.weight"}, %arg136: tensor<32x2880x90xui8> {mlxla.name = "model.layers.3.mlp.experts.down_proj.scales"}, %arg137: tensor<32x2880xf32> {mlxla.name = "model.layers.3.mlp.experts.down_proj.bias"}, %arg138: tensor<2880xf32> {mlxla.name = "model.layers.4.input_layernorm.weight"}, %arg139: tensor<4096x360xui32> {mlxla.name = "model.layers.4.self_attn.q_proj.weight"}, %arg140: tensor<4096x45xf32> {mlxla.name = "model.layers.4.self_attn.q_proj.scales"}, %arg141: tensor<4096x45xf32> {mlxla.name = "model.layers.4.self_attn.q_proj.biases"}, %arg142: tensor<4096xf32> {mlxla.name = "model.layers.4.self_attn.q_proj.bias"}, %arg143: tensor<512x360xui32> {mlxla.name = "model.layers.4.self_attn.k_proj.weight"}, %arg144: tensor<512x45xf32> {mlxla.name = "model.layers.4.self_attn.k_proj.scales"}, %arg145: tensor<512x45xf32> {mlxla.name = "model.layers.4.self_attn.k_proj.biases"}, %arg146: tensor<512xf32> {mlxla.name = "model.layers.4.self_attn.k_proj.bias"}, %arg147: tensor<512x360xui32> {mlxla.name = "model.layers.4.self_attn.v_proj.weight"}, %arg148: tensor<512x45xf32> {mlxla.name = "model.layers.4.self_attn.v_proj.scales"}, %arg149: tensor<512x45xf32> {mlxla.name = "model.layers.4.self_attn.v_proj.biases"}, %arg150: tensor<512xf32> {mlxla.name = "model.layers.4.self_attn.v_proj.bias"}, %arg151: tensor<2880x512xui32> {mlxla.name = "model.layers.4.self_attn.o_proj.weight"}, %arg152: tensor<2880x64xf32> {mlxla.name = "model.layers.4.self_attn.o_proj.scales"}, %arg153: tensor<2880x64xf32> {mlxla.name = "model.layers.4.self_attn.o_proj.biases"}, %arg154: tensor<2880xf32> {mlxla.name = "model.layers.4.self_attn.o_proj.bias"}, %arg155: tensor<64xf32> {mlxla.name = "model.layers.4.self_attn.sinks"}, %arg156: tensor<2880xf32> {mlxla.name = "model.layers.4.post_attention_layernorm.weight"}, %arg157: tensor<32x720xui32> {mlxla.name = "model.layers.4.mlp.router.weight"}, %arg158: tensor<32x45xf32> {mlxla.name = "model.layers.4.mlp.router.scales"}, %arg159: tensor<32x45xf32> {mlxla.name = "model.layers.4.mlp.router.biases"}, %arg160: tensor<32xf32> {mlxla.name = "model.layers.4.mlp.router.bias"}, %arg161: tensor<32x2880x360xui32> {mlxla.name = "model.layers.4.mlp.experts.gate_proj.weight"}, %arg162: tensor<32x2880x90xui8> {mlxla.name = "model.layers.4.mlp.experts.gate_proj.scales"}, %arg163: tensor<32x2880xf32> {mlxla.name = "model.layers.4.mlp.experts.gate_proj.bias"}, %arg164: tensor<32x2880x360xui32> {mlxla.name = "model.layers.4.mlp.experts.up_proj.weight"}, %arg165: tensor<32x2880x90xui8> {mlxla.name = "model.layers.4.mlp.experts.up_proj.scales"}, %arg166: tensor<32x2880xf32> {mlxla.name = "model.layers.4.mlp.experts.up_proj.bias"}, %arg167: tensor<32x2880x360xui32> {mlxla.name = "model.layers.4.mlp.experts.down_proj.weight"}, %arg168: tensor<32x2880x90xui8> {mlxla.name = "model.layers.4.mlp.experts.down_proj.scales"}, %arg169: tensor<32x2880xf32> {mlxla.name = "model.layers.4.mlp.experts.down_proj.bias"}, %arg170: tensor<2880xf32> {mlxla.name = "model.layers.5.input_layernorm.weight"}, %arg171: tensor<4096x360xui32> {mlxla.name = "model.layers.5.self_attn.q_proj.weight"}, %arg172: tensor<4096x45xf32> {mlxla.name = "model.layers.5.self_attn.q_proj.scales"}, %arg173: tensor<4096x45xf32> {mlxla.name = "model.layers.5.self_attn.q_proj.biases"}, %arg174: tensor<4096xf32> {mlxla.name = "model.layers.5.self_attn.q_proj.bias"}, %arg175: tensor<512x360xui32> {mlxla.name = "model.layers.5.self_attn.k_proj.weight"}, %arg176: tensor<512x45xf32> {mlxla.name = "model.layers.5.self_attn.k_proj.scales"}, %arg177: tensor<512x45xf32> {mlxla.name = "model.layers.5.self_attn.k_proj.biases"}, %arg178: tensor<512xf32> {mlxla.name = "model.layers.5.self_attn.k_proj.bias"}, %arg179: tensor<512x360xui32> {mlxla.name = "model.layers.5.self_attn.v_proj.weight"}, %arg180: tensor<512x45xf32> {mlxla.name = "model.layers.5.self_attn.v_proj.scales"}, %arg181: tensor<512x45xf32> {mlxla.name = "model.layers.5.self_attn.v_proj.biases"}, %arg182: tensor<512xf32> {mlxla.name = "model.layers.5.self_attn.v_proj.bias"}, %arg183: tensor<2880x512xui32> {mlxla.name = "model.layers.5.self_attn.o_proj.weight"}, %arg184: tensor<2880x64xf32> {mlxla.name = "model.layers.5.self_attn.o_proj.scales"}, %arg185: tensor<2880x64xf32> {mlxla.name = "model.layers.5.self_attn.o_proj.biases"}, %arg186: tensor<2880xf32> {mlxla.name = "model.layers.5.self_attn.o_proj.bias"}, %arg187: tensor<64xf32> {mlxla.name = "model.layers.5.self_attn.sinks"}, %arg188: tensor<2880xf32> {mlxla.name = "model.layers.5.post_attention_layernorm.weight"}, %arg189: tensor<32x720xui32> {mlxla.name = "model.layers.5.mlp.router.weight"}, %arg190: tensor<32x45xf32> {mlxla.name = "model.layers.5.mlp.router.scales"}, %arg191: tensor<32x45xf32> {mlxla.name = "model.layers.5.mlp.router.biases"}, %arg192: tensor<32xf32> {mlxla.name = "model.layers.5.mlp.router.bias"}, %arg193: tensor<32x2880x360xui32> {mlxla.name = "model.layers.5.mlp.experts.gate_proj.weight"}, %arg194: tensor<32x2880x90xui8> {mlxla.name = "model.layers.5.mlp.experts.gate_proj.scales"}, %arg195: tensor<32x2880xf32> {mlxla.name = "model.layers.5.mlp.experts.gate_proj.bias"}, %arg196: tensor<32x2880x360xui32> {mlxla.name = "model.layers.5.mlp.experts.up_proj.weight"}, %arg197: tensor<32x2880x90xui8> {mlxla.name = "model.layers.5.mlp.experts.up_proj.scales"}, %arg198: tensor<32x2880xf32> {mlxla.name = "model.layers.5.mlp.experts.up_proj.bias"}, %arg199: tensor<32x2880x360xui32> {mlxla.name = "model.layers.5.mlp.experts.down_proj.weight"}, %arg200: tensor<32x2880x90xui8> {mlxla.name = "model.layers.5.mlp.experts.down_proj.scales"}, %arg201: tensor<32x2880xf32> {mlxla.name = "model.layers.5.mlp.experts.down_proj.bias"}, %arg202: tensor<2880xf32> {mlxla.name = "model.layers.6.input_layernorm.weight"}, %arg203: tensor<4096x360xui32> {mlxla.name = "model.layers.6.self_attn.q_proj.weight"}, %arg204: tensor<4096x45xf32> {mlxla.name = "model.layers.6.self_attn.q_proj.scales"}, %arg205: tensor<4096x45xf32> {mlxla.name = "model.layers.6.self_attn.q_proj.biases"}, %arg206: tensor<4096xf32> {mlxla.name = "model.layers.6.self_attn.q_proj.bias"}, %arg207: tensor<512x360xui32> {mlxla.name = "model.layers.6.self_attn.k_proj.weight"}, %arg208: tensor<512x45xf32> {mlxla.name = "model.layers.6.self_attn.k_proj.scales"}, %arg209: tensor<512x45xf32> {mlxla.name = "model.layers.6.self_attn.k_proj.biases"}, %arg210: tensor<512xf32> {mlxla.name = "model.layers.6.self_attn.k_proj.bias"}, %arg211: tensor<512x360xui32> {mlxla.name = "model.layers.6.self_attn.v_proj.weight"}, %arg212: tensor<512x45xf32> {mlxla.name = "model.layers.6.self_attn.v_proj.scales"}, %arg213: tensor<512x45xf32> {mlxla.name = "model.layers.6.self_attn.v_proj.biases"}, %arg214: tensor<512xf32> {mlxla.name = "model.layers.6.self_attn.v_proj.bias"}, %arg215: tensor<2880x512xui32> {mlxla.name = "model.layers.6.self_attn.o_proj.weight"}, %arg216: tensor<2880x64xf32> {mlxla.name = "model.layers.6.self_attn.o_proj.scales"}, %arg217: tensor<2880x64xf32> {mlxla.name = "model.layers.6.self_attn.o_proj.biases"}, %arg218: tensor<2880xf32> {mlxla.name = "model.layers.6.self_attn.o_proj.bias"}, %arg219: tensor<64xf32> {mlxla.name = "model.layers.6.self_attn.sinks"}, %arg220: tensor<2880xf32> {mlxla.name = "model.layers.6.post_attention_layernorm.weight"}, %arg221: tensor<32x720xui32> {mlxla.name = "model.layers.6.mlp.router.weight"}, %arg222: tensor<32x45xf32> {mlxla.name = "model.layers.6.mlp.router.scales"}, %arg223: tensor<32x45xf32> {mlxla.name = "model.layers.6.mlp.router.biases"}, %arg224: tensor<32xf32> {mlxla.name = "model.layers.6.mlp.router.bias"}, %arg225: tensor<32x2880x360xui32> {mlxla.name = "model.layers.6.mlp.experts.gate_proj.weight"}, %arg226: tensor<32x2880x90xui8> {mlxla.name = "model.layers.6.mlp.experts.gate_proj.scales"}, %arg227: tensor<32x2880xf32> {mlxla.name = "model.layers.6.mlp.experts.gate_proj.bias"}, %arg228: tensor<32x2880x360xui32> {mlxla.name = "model.layers.6.mlp.experts.up_proj.weight"}, %arg229: tensor<32x2880x90xui8> {mlxla.name = "model.layers.6.mlp.experts.up_proj.scales"}, %arg230: tensor<32x2880xf32> {mlxla.name = "model.layers.6.mlp.experts.up_proj.bias"}, %arg231: tensor<32x2880x360xui32> {mlxla.name = "model.layers.6.mlp.experts.down_proj.weight"}, %arg232: tensor<32x2880x90xui8> {mlxla.name = "model.layers.6.mlp.experts.down_proj.scales"}, %arg233: tensor<32x2880xf32> {mlxla.name = "model.layers.6.mlp.experts.down_proj.bias"}, %arg234: tensor<2880xf32> {mlxla.name = "model.layers.7.input_layernorm.weight"}, %arg235: tensor<4096x360xui32> {mlxla.name = "model.layers.7.self_attn.q_proj.weight"}, %arg236: tensor<4096x45xf32> {mlxla.name = "model.layers.7.self_attn.q_proj.scales"}, %arg237: tensor<4096x45xf32> {mlxla.name = "model.layers.7.self_attn.q_proj.biases"}, %arg238: tensor<4096xf32> {mlxla.name = "model.layers.7.self_attn.q_proj.bias"}, %arg239: tensor<512x360xui32> {mlxla.name = "model.layers.7.self_attn.k_proj.weight"}, %arg240: tensor<512x45xf32> {mlxla.name = "model.layers.7.self_attn.k_proj.scales"}, %arg241: tensor<512x45xf32> {mlxla.name = "model.layers.7.self_attn.k_proj.biases"}, %arg242: tensor<512xf32> {mlxla.name = "model.layers.7.self_attn.k_proj.bias"}, %arg243: tensor<512x360xui32> {mlxla.name = "model.layers.7.self_attn.v_proj.weight"}, %arg244: tensor<512x45xf32> {mlxla.name = "model.layers.7.self_attn.v_proj.scales"}, %arg245: tensor<512x45xf32> {mlxla.name = "model.layers.7.self_attn.v_proj.biases"}, %arg246: tensor<512xf32> {mlxla.name = "model.layers.7.self_attn.v_proj.bias"}, %arg247: tensor<2880x512xui32> {mlxla.name = "model.layers.7.self_attn.o_proj.weight"}, %arg248: tensor<2880x64xf32> {mlxla.name = "model.layers.7.self_attn.o_proj.scales"}, %arg249: tensor<2880x64xf32> {mlxla.name = "model.layers.7.self_attn.o_proj.biases"}, %arg250: tensor<2880xf32> {mlxla.name = "model.layers.7.self_attn.o_proj.bias"}, %arg251: tensor<64xf32> {mlxla.name = "model.layers.7.self_attn.sinks"}, %arg252: tensor<2880xf32> {mlxla.name = "model.layers.7.post_attention_layernorm.weight"}, %arg253: tensor<32x720xui32> {mlxla.name = "model.layers.7.mlp.router.weight"}, %arg254: tensor<32x45xf32> {mlxla.name = "model.layers.7.mlp.router.scales"}, %arg255: tensor<32x45xf32> {mlxla.name = "model.layers.7.mlp.router.biases"}, %arg256: tensor<32xf32> {mlxla.name = "model.layers.7.mlp.router.bias"}, %arg257: tensor<32x2880x360xui32> {mlxla.name = "model.layers.7.mlp.experts.gate_proj.weight"}, %arg258: tensor<32x2880x90xui8> {mlxla.name = "model.layers.7.mlp.experts.gate_proj.scales"}, %arg259: tensor<32x2880xf32> {mlxla.name = "model.layers.7.mlp.experts.gate_proj.bias"}, %arg260: tensor<32x2880x360xui32> {mlxla.name = "model.layers.7.mlp.experts.up_proj.weight"}, %arg261: tensor<32x2880x90xui8> {mlxla.name = "model.layers.7.mlp.experts.up_proj.scales"}, %arg262: tensor<32x2880xf32> {mlxla.name = "model.layers.7.mlp.experts.up_proj.bias"}, %arg263: tensor<32x2880x360xui32> {mlxla.name = "model.layers.7.mlp.experts.down_proj.weight"}, %arg264: tensor<32x2880x90xui8> {mlxla.name = "model.layers.7.mlp.experts.down_proj.scales"}, %arg265: tensor<32x2880xf32> {mlxla.name = "model.layers.7.mlp.experts.down_proj.bias"}, %arg266: tensor<2880xf32> {mlxla.name = "model.layers.8.input_layernorm.weight"}, %arg267: tensor<4096x360xui32> {mlxla.name = "model.layers.8.self_attn.q_proj.weight"}, %arg268: tensor<4096x45xf32> {mlxla.name = "model.layers.8.self_attn.q_proj.scales"}, %arg269: tensor<4096x45xf32> {mlxla.name = "model.layers.8.self_attn.q_proj.biases"}, %arg270: tensor<4096xf32> {mlxla.name = "model.layers.8.self_attn.q_proj.bias"}, %arg271: tensor<512x360xui32> {mlxla.name = "model.layers.8.self_attn.k_proj.weight"}, %arg272: tensor<512x45xf32> {mlxla.name = "model.layers.8.self_attn.k_proj.scales"}, %arg273: tensor<512x45xf32> {mlxla.name = "model.layers.8.self_attn.k_proj.biases"}, %arg274: tensor<512xf32> {mlxla.name = "model.layers.8.self_attn.k_proj.bias"}, %arg275: tensor<512x360xui32> {mlxla.name = "model.layers.8.self_attn.v_proj.weight"}, %arg276: tensor<512x45xf32> {mlxla.name = "model.layers.8.self_attn.v_proj.scales"}, %arg277: tensor<512x45xf32> {mlxla.name = "model.layers.8.self_attn.v_proj.biases"}, %arg278: tensor<512xf32> {mlxla.name = "model.layers.8.self_attn.v_proj.bias"}, %arg279: tensor<2880x512xui32> {mlxla.name = "model.layers.8.self_attn.o_proj.weight"}, %arg280: tensor<2880x64xf32> {mlxla.name = "model.layers.8.self_attn.o_proj.scales"}, %arg281: tensor<2880x64xf32> {mlxla.name = "model.layers.8.self_attn.o_proj.biases"}, %arg282: tensor<2880xf32> {mlxla.name = "model.layers.8.self_attn.o_proj.bias"}, %arg283: tensor<64xf32> {mlxla.name = "model.layers.8.self_attn.sinks"}, %arg284: tensor<2880xf32> {mlxla.name = "model.layers.8.post_attention_layernorm.weight"}, %arg285: tensor<32x720xui32> {mlxla.name = "model.layers.8.mlp.router.weight"}, %arg286: tensor<32x45xf32> {mlxla.name = "model.layers.8.mlp.router.scales"}, %arg287: tensor<32x45xf32> {mlxla.name = "model.layers.8.mlp.router.biases"}, %arg288: tensor<32xf32> {mlxla.name = "model.layers.8.mlp.router.bias"}, %arg289: tensor<32x2880x360xui32> {mlxla.name = "model.layers.8.mlp.experts.gate_proj.weight"}, %arg290: tensor<32x2880x90xui8> {mlxla.name = "model.layers.8.mlp.experts.gate_proj.scales"}, %arg291: tensor<32x2880xf32> {mlxla.name = "model.layers.8.mlp.experts.gate_proj.bias"}, %arg292: tensor<32x2880x360xui32> {mlxla.name = "model.layers.8.mlp.experts.up_proj.weight"}, %arg293: tensor<32x2880x90xui8> {mlxla.name = "model.layers.8.mlp.experts.up_proj.scales"}, %arg294: tensor<32x2880xf32> {mlxla.name = "model.layers.8.mlp.experts.up_proj.bias"}, %arg295: tensor<32x2880x360xui32> {mlxla.name = "model.layers.8.mlp.experts.down_proj.weight"}, %arg296: tensor<32x2880x90xui8> {mlxla.name = "model.layers.8.mlp.experts.down_proj.scales"}, %arg297: tensor<32x2880xf32> {mlxla.name = "model.layers.8.mlp.experts.down_proj.bias"}, %arg298: tensor<2880xf32> {mlxla.name = "model.layers.9.input_layernorm.weight"}, %arg299: tensor<4096x360xui32> {mlxla.name = "model.layers.9.self_attn.q_proj.weight"}, %arg300: tensor<4096x45xf32> {mlxla.name = "model.layers.9.self_attn.q_proj.scales"}, %arg301: tensor<4096x45xf32> {mlxla.name = "model.layers.9.self_attn.q_proj.biases"}, %arg302: tensor<4096xf32> {mlxla.name = "model.layers.9.self_attn.q_proj.bias"}, %arg303: tensor<512x360xui32> {mlxla.name = "model.layers.9.self_attn.k_proj.weight"}, %arg304: tensor<512x45xf32> {mlxla.name = "model.layers.9.self_attn.k_proj.scales"}, %arg305: tensor<512x45xf32> {mlxla.name = "model.layers.9.self_attn.k_proj.biases"}, %arg306: tensor<512xf32> {mlxla.name = "model.layers.9.self_attn.k_proj.bias"}, %arg307: tensor<512x360xui32> {mlxla.name = "model.layers.9.self_attn.v_proj.weight"}, %arg308: tensor<512x45xf32> {mlxla.name = "model.layers.9.self_attn.v_proj.scales"}, %arg309: tensor<512x45xf32> {mlxla.name = "model.layers.9.self_attn.v_proj.biases"}, %arg310: tensor<512xf32> {mlxla.name = "model.layers.9.self_attn.v_proj.bias"}, %arg311: tensor<2880x512xui32> {mlxla.name = "model.layers.9.self_attn.o_proj.weight"}, %arg312: tensor<2880x64xf32> {mlxla.name = "model.layers.9.self_attn.o_proj.scales"}, %arg313: tensor<2880x64xf32> {mlxla.name = "model.layers.9.self_attn.o_proj.biases"}, %arg314: tensor<2880xf32> {mlxla.name = "model.layers.9.self_attn.o_proj.bias"}, %arg315: tensor<64xf32> {mlxla.name = "model.layers.9.self_attn.sinks"}, %arg316: tensor<2880xf32> {mlxla.name = "model.layers.9.post_attention_layernorm.weight"}, %arg317: tensor<32x720xui32> {mlxla.name = "model.layers.9.mlp.router.weight"}, %arg318: tensor<32x45xf32> {mlxla.name = "model.layers.9.mlp.router.scales"}, %arg319: tensor<32x45xf32> {mlxla.name = "model.layers.9.mlp.router.biases"}, %arg320: tensor<32xf32> {mlxla.name = "model.layers.9.mlp.router.bias"}, %arg321: tensor<32x2880x360xui32> {mlxla.name = "model.layers.9.mlp.experts.gate_proj.weight"}, %arg322: tensor<32x2880x90xui8> {mlxla.name = "model.layers.9.mlp.experts.gate_proj.scales"}, %arg323: tensor<32x2880xf32> {mlxla.name = "model.layers.9.mlp.experts.gate_proj.bias"}, %arg324: tensor<32x2880x360xui32> {mlxla.name = "model.layers.9.mlp.experts.up_proj.weight"}, %arg325: tensor<32x2880x90xui8> {mlxla.name = "model.layers.9.mlp.experts.up_proj.scales"}, %arg326: tensor<32x2880xf32> {mlxla.name = "model.layers.9.mlp.experts.up_proj.bias"}, %arg327: tensor<32x2880x360xui32> {mlxla.name = "model.layers.9.mlp.experts.down_proj.weight"}, %arg328: tensor<32x2880x90xui8> {mlxla.name = "model.layers.9.mlp.experts.down_proj.scales"}, %arg329: tensor<32x2880xf32> {mlxla.name = "model.layers.9.mlp.experts.down_proj.bias"}, %arg330: tensor<2880xf32> {mlxla.name = "model.layers.10.input_layernorm.weight"}, %arg331: tensor<4096x360xui32> {mlxla.name = "model.layers.10.self_attn.q_proj.weight"}, %arg332: tensor<4096x45xf32> {mlxla.name = "model.layers.10.self_attn.q_proj.scales"}, %arg333: tensor<4096x45xf32> {mlxla.name = "model.layers.10.self_attn.q_proj.biases"}, %arg334: tensor<4096xf32> {mlxla.name = "model.layers.10.self_attn.q_proj.bias"}, %arg335: tensor<512x360xui32> {mlxla.name = "model.layers.10.self_attn.k_proj.weight"}, %arg336: tensor<512x45xf32> {mlxla.name = "model.layers.10.self_attn.k_proj.scales"}, %arg337: tensor<512x45xf32> {mlxla.name = "model.layers.10.self_attn.k_proj.biases"}, %arg338: tensor<512xf32> {mlxla.name = "model.layers.10.self_attn.k_proj.bias"}, %arg339: tensor<512x360xui32> {mlxla.name = "model.layers.10.self_attn.v_proj.weight"}, %arg340: tensor<512x45xf32> {mlxla.name = "model.layers.10.self_attn.v_proj.scales"}, %arg341: tensor<512x45xf32> {mlxla.name = "model.layers.10.self_attn.v_proj.biases"}, %arg342: tensor<512xf32> {mlxla.name = "model.layers.10.self_attn.v_proj.bias"}, %arg343: tensor<2880x512xui32> {mlxla.name = "model.layers.10.self_attn.o_proj.weight"}, %arg344: tensor<2880x64xf32> {mlxla.name = "model.layers.10.self_attn.o_proj.scales"}, %arg345: tensor<2880x64xf32> {mlxla.name = "model.layers.10.self_attn.o_proj.biases"}, %arg346: tensor<2880xf32> {mlxla.name = "model.layers.10.self_attn.o_proj.bias"}, %arg347: tensor<64xf32> {mlxla.name = "model.layers.10.self_attn.sinks"}, %arg348: tensor<2880xf32> {mlxla.name = "model.layers.10.post_attention_layernorm.weight"}, %arg349: tensor<32x720xui32> {mlxla.name = "model.layers.10.mlp.router.weight"}, %arg350: tensor<32x45xf32> {mlxla.name = "model.layers.10.mlp.router.scales"}, %arg351: tensor<32x45xf32> {mlxla.name = "model.layers.10.mlp.router.biases"}, %arg352: tensor<32xf32> {mlxla.name = "model.layers.10.mlp.router.bias"}, %arg353: tensor<32x2880x360xui32> {mlxla.name = "model.layers.10.mlp.experts.gate_proj.weight"}, %arg354: tensor<32x2880x90xui8> {mlxla.name = "model.layers.10.mlp.experts.gate_proj.scales"}, %arg355: tensor<32x2880xf32> {mlxla.name = "model.layers.10.mlp.experts.gate_proj.bias"}, %arg356: tensor<32x2880x360xui32> {mlxla.name = "model.layers.10.mlp.experts.up_proj.weight"}, %arg357: tensor<32x2880x90xui8> {mlxla.name = "model.layers.10.mlp.experts.up_proj.scales"}, %arg358: tensor<32x2880xf32> {mlxla.name = "model.layers.10.mlp.experts.up_proj.bias"}, %arg359: tensor<32x2880x360xui32> {mlxla.name = "model.layers.10.mlp.experts.down_proj.weight"}, %arg360: tensor<32x2880x90xui8> {mlxla.name = "model.layers.10.mlp.experts.down_proj.scales"}, %arg361: tensor<32x2880xf32> {mlxla.name = "model.layers.10.mlp.experts.down_proj.bias"}, %arg362: tensor<2880xf32> {mlxla.name = "model.layers.11.input_layernorm.weight"}, %arg363: tensor<4096x360xui32> {mlxla.name = "model.layers.11.self_attn.q_proj.weight"}, %arg364: tensor<4096x45xf32> {mlxla.name = "model.layers.11.self_attn.q_proj.scales"}, %arg365: tensor<4096x45xf32> {mlxla.name = "model.layers.11.self_attn.q_proj.biases"}, %arg366: tensor<4096xf32> {mlxla.name = "model.layers.11.self_attn.q_proj.bias"}, %arg367: tensor<512x360xui32> {mlxla.name = "model.layers.11.self_attn.k_proj.weight"}, %arg368: tensor<512x45xf32> {mlxla.name = "model.layers.11.self_attn.k_proj.scales"}, %arg369: tensor<512x45xf32> {mlxla.name = "model.layers.11.self_attn.k_proj.biases"}, %arg370: tensor<512xf32> {mlxla.name = "model.layers.11.self_attn.k_proj.bias"}, %arg371: tensor<512x360xui32> {mlxla.name = "model.layers.11.self_attn.v_proj.weight"}, %arg372: tensor<512x45xf32> {mlxla.name = "model.layers.11.self_attn.v_proj.scales"}, %arg373: tensor<512x45xf32> {mlxla.name = "model.layers.11.self_attn.v_proj.biases"}, %arg374: tensor<512xf32> {mlxla.name = "model.layers.11.self_attn.v_proj.bias"}, %arg375: tensor<2880x512xui32> {mlxla.name = "model.layers.11.self_attn.o_proj.weight"}, %arg376: tensor<2880x64xf32> {mlxla.name = "model.layers.11.self_attn.o_proj.scales"}, %arg377: tensor<2880x64xf32> {mlxla.name = "model.layers.11.self_attn.o_proj.biases"}, %arg378: tensor<2880xf32> {mlxla.name = "model.layers.11.self_attn.o_proj.bias"}, %arg379: tensor<64xf32> {mlxla.name = "model.layers.11.self_attn.sinks"}, %arg380: tensor<2880xf32> {mlxla.name = "model.layers.11.post_attention_layernorm.weight"}, %arg381: tensor<32x720xui32> {mlxla.name = "model.layers.11.mlp.router.weight"}, %arg382: tensor<32x45xf32> {mlxla.name = "model.layers.11.mlp.router.scales"}, %arg383: tensor<32x45xf32> {mlxla.name = "model.layers.11.mlp.router.biases"}, %arg384: tensor<32xf32> {mlxla.name = "model.layers.11.mlp.router.bias"}, %arg385: tensor<32x2880x360xui32> {mlxla.name = "model.layers.11.mlp.experts.gate_proj.weight"}, %arg386: tensor<32x2880x90xui8> {mlxla.name = "model.layers.11.mlp.experts.gate_proj.scales"}, %arg387: tensor<32x2880xf32> {mlxla.name = "model.layers.11.mlp.experts.gate_proj.bias"}, %arg388: tensor<32x2880x360xui32> {mlxla.name = "model.layers.11.mlp.experts.up_proj.weight"}, %arg389: tensor<32x2880x90xui8> {mlxla.name = "model.layers.11.mlp.experts.up_proj.scales"}, %arg390: tensor<32x2880xf32> {mlxla.name = "model.layers.11.mlp.experts.up_proj.bias"}, %arg391: tensor<32x2880x360xui32> {mlxla.name = "model.layers.11.mlp.experts.down_proj.weight"}, %arg392: tensor<32x2880x90xui8> {mlxla.name = "model.layers.11.mlp.experts.down_proj.scales"}, %arg393: tensor<32x2880xf32> {mlxla.name = "model.layers.11.mlp.experts.down_proj.bias"}, %arg394: tensor<2880xf32> {mlxla.name = "model.layers.12.input_layernorm.weight"}, %arg395: tensor<4096x360xui32> {mlxla.name = "model.layers.12.self_attn.q_proj.weight"}, %arg396: tensor<4096x45xf32> {mlxla.name = "model.layers.12.self_attn.q_proj.scales"}, %arg397: tensor<4096x45xf32> {mlxla.name = "model.layers.12.self_attn.q_proj.biases"}, %arg398: tensor<4096xf32> {mlxla.name = "model.layers.12.self_attn.q_proj.bias"}, %arg399: tensor<512x360xui32> {mlxla.name = "model.layers.12.self_attn.k_proj.weight"}, %arg400: tensor<512x45xf32> {mlxla.name = "model.layers.12.self_attn.k_proj.scales"}, %arg401: tensor<512x45xf32> {mlxla.name = "model.layers.12.self_attn.k_proj.biases"}, %arg402: tensor<512xf32> {mlxla.name = "model.layers.12.self_attn.k_proj.bias"}, %arg403: tensor<512x360xui32> {mlxla.name = "model.layers.12.self_attn.v_proj.weight"}, %arg404: tensor<512x45xf32> {mlxla.name = "model.layers.12.self_attn.v_proj.scales"}, %arg405: tensor<512x45xf32> {mlxla.name = "model.layers.12.self_attn.v_proj.biases"}, %arg406: tensor<512xf32> {mlxla.name = "model.layers.12.self_attn.v_proj.bias"}, %arg407: tensor<2880x512xui32> {mlxla.name = "model.layers.12.self_attn.o_proj.weight"}, %arg408: tensor<2880x64xf32> {mlxla.name = "model.layers.12.self_attn.o_proj.scales"}, %arg409: tensor<2880x64xf32> {mlxla.name = "model.layers.12.self_attn.o_proj.biases"}, %arg410: tensor<2880xf32> {mlxla.name = "model.layers.12.self_attn.o_proj.bias"}, %arg411: tensor<64xf32> {mlxla.name = "model.layers.12.self_attn.sinks"}, %arg412: tensor<2880xf32> {mlxla.name = "model.layers.12.post_attention_layernorm.weight"}, %arg413: tensor<32x720xui32> {mlxla.name = "model.layers.12.mlp.router.weight"}, %arg414: tensor<32x45xf32> {mlxla.name = "model.layers.12.mlp.router.scales"}, %arg415: tensor<32x45xf32> {mlxla.name = "model.layers.12.mlp.router.biases"}, %arg416: tensor<32xf32> {mlxla.name = "model.layers.12.mlp.router.bias"}, %arg417: tensor<32x2880x360xui32> {mlxla.name = "model.layers.12.mlp.experts.gate_proj.weight"}, %arg418: tensor<32x2880x90xui8> {mlxla.name = "model.layers.12.mlp.experts.gate_proj.scales"}, %arg419: tensor<32x2880xf32> {mlxla.name = "model.layers.12.mlp.experts.gate_proj.bias"}, %arg420: tensor<32x2880x360xui32> {mlxla.name = "model.layers.12.mlp.experts.up_proj.weight"}, %arg421: tensor<32x2880x90xui8> {mlxla.name = "model.layers.12.mlp.experts.up_proj.scales"}, %arg422: tensor<32x2880xf32> {mlxla.name = "model.layers.12.mlp.experts.up_proj.bias"}, %arg423: tensor<32x2880x360xui32> {mlxla.name = "model.layers.12.mlp.experts.down_proj.weight"}, %arg424: tensor<32x2880x90xui8> {mlxla.name = "model.layers.12.mlp.experts.down_proj.scales"}, %arg425: tensor<32x2880xf32> {mlxla.name = "model.layers.12.mlp.experts.down_proj.bias"}, %arg426: tensor<2880xf32> {mlxla.name = "model.layers.13.input_layernorm.weight"}, %arg427: tensor<4096x360xui32> {mlxla.name = "model.layers.13.self_attn.q_proj.weight"}, %arg428: tensor<4096x45xf32> {mlxla.name = "model.layers.13.self_attn.q_proj.scales"}, %arg429: tensor<4096x45xf32> {mlxla.name = "model.layers.13.self_attn.q_proj.biases"}, %arg430: tensor<4096xf32> {mlxla.name = "model.layers.13.self_attn.q_proj.bias"}, %arg431: tensor<512x360xui32> {mlxla.name = "model.layers.13.self_attn.k_proj.weight"}, %arg432: tensor<512x45xf32> {mlxla.name = "model.layers.13.self_attn.k_proj.scales"}, %arg433: tensor<512x45xf32> {mlxla.name = "model.layers.13.self_attn.k_proj.biases"}, %arg434: tensor<512xf32> {mlxla.name = "model.layers.13.self_attn.k_proj.bias"}, %arg435: tensor<512x360xui32> {mlxla.name = "model.layers.13.self_attn.v_proj.weight"}, %arg436: tensor<512x45xf32> {mlxla.name = "model.layers.13.self_attn.v_proj.scales"}, %arg437: tensor<512x45xf32> {mlxla.name = "model.layers.13.self_attn.v_proj.biases"}, %arg438: tensor<512xf32> {mlxla.name = "model.layers.13.self_attn.v_proj.bias"}, %arg439: tensor<2880x512xui32> {mlxla.name = "model.layers.13.self_attn.o_proj.weight"}, %arg440: tensor<2880x64xf32> {mlxla.name = "model.layers.13.self_attn.o_proj.scales"}, %arg441: tensor<2880x64xf32> {mlxla.name = "model.layers.13.self_attn.o_proj.biases"}, %arg442: tensor<2880xf32> {mlxla.name = "model.layers.13.self_attn.o_proj.bias"}, %arg443: tensor<64xf32> {mlxla.name = "model.layers.13.self_attn.sinks"}, %arg444: tensor<2880xf32> {mlxla.name = "model.layers.13.post_attention_layernorm.weight"}, %arg445: tensor<32x720xui32> {mlxla.name = "model.layers.13.mlp.router.weight"}, %arg446: tensor<32x45xf32> {mlxla.name = "model.layers.13.mlp.router.scales"}, %arg447: tensor<32x45xf32> {mlxla.name = "model.layers.13.mlp.router.biases"}, %arg448: tensor<32xf32> {mlxla.name = "model.layers.13.mlp.router.bias"}, %arg449: tensor<32x2880x360xui32> {mlxla.name = "model.layers.13.mlp.experts.gate_proj.weight"}, %arg450: tensor<32x2880x90xui8> {mlxla.name = "model.layers.13.mlp.experts.gate_proj.scales"}, %arg451: tensor<32x2880xf32> {mlxla.name = "model.layers.13.mlp.experts.gate_proj.bias"}, %arg452: tensor<32x2880x360xui32> {mlxla.name = "model.layers.13.mlp.experts.up_proj.weight"}, %arg453: tensor<32x2880x90xui8> {mlxla.name = "model.layers.13.mlp.experts.up_proj.scales"}, %arg454: tensor<32x2880xf32> {mlxla.name = "model.layers.13.mlp.experts.up_proj.bias"}, %arg455: tensor<32x2880x360xui32> {mlxla.name = "model.layers.13.mlp.experts.down_proj.weight"}, %arg456: tensor<32x2880x90xui8> {mlxla.name = "model.layers.13.mlp.experts.down_proj.scales"}, %arg457: tensor<32x2880xf32> {mlxla.name = "model.layers.13.mlp.experts.down_proj.bias"}, %arg458: tensor<2880xf32> {mlxla.name = "model.layers.14.input_layernorm.weight"}, %arg459: tensor<4096x360xui32> {mlxla.name = "model.layers.14.self_attn.q_proj.weight"}, %arg460: tensor<4096x45xf32> {mlxla.name = "model.layers.14.self_attn.q_proj.scales"}, %arg461: tensor<4096x45xf32> {mlxla.name = "model.layers.14.self_attn.q_proj.biases"}, %arg462: tensor<4096xf32> {mlxla.name = "model.layers.14.self_attn.q_proj.bias"}, %arg463: tensor<512x360xui32> {mlxla.name = "model.layers.14.self_attn.k_proj.weight"}, %arg464: tensor<512x45xf32> {mlxla.name = "model.layers.14.self_attn.k_proj.scales"}, %arg465: tensor<512x45xf32> {mlxla.name = "model.layers.14.self_attn.k_proj.biases"}, %arg466: tensor<512xf32> {mlxla.name = "model.layers.14.self_attn.k_proj.bias"}, %arg467: tensor<512x360xui32> {mlxla.name = "model.layers.14.self_attn.v_proj.weight"}, %arg468: tensor<512x45xf32> {mlxla.name = "model.layers.14.self_attn.v_proj.scales"}, %arg469: tensor<512x45xf32> {mlxla.name = "model.layers.14.self_attn.v_proj.biases"}, %arg470: tensor<512xf32> {mlxla.name = "model.layers.14.self_attn.v_proj.bias"}, %arg471: tensor<2880x512xui32> {mlxla.name = "model.layers.14.self_attn.o_proj.weight"}, %arg472: tensor<2880x64xf32> {mlxla.name = "model.layers.14.self_attn.o_proj.scales"}, %arg473: tensor<2880x64xf32> {mlxla.name = "model.layers.14.self_attn.o_proj.biases"}, %arg474: tensor<2880xf32> {mlxla.name = "model.layers.14.self_attn.o_proj.bias"}, %arg475: tensor<64xf32> {mlxla.name = "model.layers.14.self_attn.sinks"}, %arg476: tensor<2880xf32> {mlxla.name = "model.layers.14.post_attention_layernorm.weight"}, %arg477: tensor<32x720xui32> {mlxla.name = "model.layers.14.mlp.router.weight"}, %arg478: tensor<32x45xf32> {mlxla.name = "model.layers.14.mlp.router.scales"}, %arg479: tensor<32x45xf32> {mlxla.name = "model.layers.14.mlp.router.biases"}, %arg480: tensor<32xf32> {mlxla.name = "model.layers.14.mlp.router.bias"}, %arg481: tensor<32x2880x360xui32> {mlxla.name = "model.layers.14.mlp.experts.gate_proj.weight"}, %arg482: tensor<32x2880x90xui8> {mlxla.name = "model.layers.14.mlp.experts.gate_proj.scales"}, %arg483: tensor<32x2880xf32> {mlxla.name = "model.layers.14.mlp.experts.gate_proj.bias"}, %arg484: tensor<32x2880x360xui32> {mlxla.name = "model.layers.14.mlp.experts.up_proj.weight"}, %arg485: tensor<32x2880x90xui8> {mlxla.name = "model.layers.14.mlp.experts.up_proj.scales"}, %arg486: tensor<32x2880xf32> {mlxla.name = "model.layers.14.mlp.experts.up_proj.bias"}, %arg487: tensor<32x2880x360xui32> {mlxla.name = "model.layers.14.mlp.experts.down_proj.weight"}, %arg488: tensor<32x2880x90xui8> {mlxla.name = "model.layers.14.mlp.experts.down_proj.scales"}, %arg489: tensor<32x2880xf32> {mlxla.name = "model.layers.14.mlp.experts.down_proj.bias"}, %arg490: tensor<2880xf32> {mlxla.name = "model.layers.15.input_layernorm.weight"}, %arg491: tensor<4096x360xui32> {mlxla.name = "model.layers.15.self_attn.q_proj.weight"}, %arg492: tensor<4096x45xf32> {mlxla.name = "model.layers.15.self_attn.q_proj.scales"}, %arg493: tensor<4096x45xf32> {mlxla.name = "model.layers.15.self_attn.q_proj.biases"}, %arg494: tensor<4096xf32> {mlxla.name = "model.layers.15.self_attn.q_proj.bias"}, %arg495: tensor<512x360xui32> {mlxla.name = "model.layers.15.self_attn.k_proj.weight"}, %arg496: tensor<512x45xf32> {mlxla.name = "model.layers.15.self_attn.k_proj.scales"}, %arg497: tensor<512x45xf32> {mlxla.name = "model.layers.15.self_attn.k_proj.biases"}, %arg498: tensor<512xf32> {mlxla.name = "model.layers.15.self_attn.k_proj.bias"}, %arg499: tensor<512x360xui32> {mlxla.name = "model.layers.15.self_attn.v_proj.weight"}, %arg500: tensor<512x45xf32> {mlxla.name = "model.layers.15.self_attn.v_proj.scales"}, %arg501: tensor<512x45xf32> {mlxla.name = "model.layers.15.self_attn.v_proj.biases"}, %arg502: tensor<512xf32> {mlxla.name = "model.layers.15.self_attn.v_proj.bias"}, %arg503: tensor<2880x512xui32> {mlxla.name = "model.layers.15.self_attn.o_proj.weight"}, %arg504: tensor<2880x64xf32> {mlxla.name = "model.layers.15.self_attn.o_proj.scales"}, %arg505: tensor<2880x64xf32> {mlxla.name = "model.layers.15.self_attn.o_proj.biases"}, %arg506: tensor<2880xf32> {mlxla.name = "model.layers.15.self_attn.o_proj.bias"}, %arg507: tensor<64xf32> {mlxla.name = "model.layers.15.self_attn.sinks"}, %arg508: tensor<2880xf32> {mlxla.name = "model.layers.15.post_attention_layernorm.weight"}, %arg509: tensor<32x720xui32> {mlxla.name = "model.layers.15.mlp.router.weight"}, %arg510: tensor<32x45xf32> {mlxla.name = "model.layers.15.mlp.router.scales"}, %arg511: tensor<32x45xf32> {mlxla.name = "model.layers.15.mlp.router.biases"}, %arg512: tensor<32xf32> {mlxla.name = "model.layers.15.mlp.router.bias"}, %arg513: tensor<32x2880x360xui32> {mlxla.name = "model.layers.15.mlp.experts.gate_proj.weight"}, %arg514: tensor<32x2880x90xui8> {mlxla.name = "model.layers.15.mlp.experts.gate_proj.scales"}, %arg515: tensor<32x2880xf32> {mlxla.name = "model.layers.15.mlp.experts.gate_proj.bias"}, %arg516: tensor<32x2880x360xui32> {mlxla.name = "model.layers.15.mlp.experts.up_proj.weight"}, %arg517: tensor<32x2880x90xui8> {mlxla.name = "model.layers.15.mlp.experts.up_proj.scales"}, %arg518: tensor<32x2880xf32> {mlxla.name = "model.layers.15.mlp.experts.up_proj.bias"}, %arg519: tensor<32x2880x360xui32> {mlxla.name = "model.layers.15.mlp.experts.down_proj.weight"}, %arg520: tensor<32x2880x90xui8> {mlxla.name = "model.layers.15.mlp.experts.down_proj.scales"}, %arg521: tensor<32x2880xf32> {mlxla.name = "model.layers.15.mlp.experts.down_proj.bias"}, %arg522: tensor<2880xf32> {mlxla.name = "model.layers.16.input_layernorm.weight"}, %arg523: tensor<4096x360xui32> {mlxla.name = "model.layers.16.self_attn.q_proj.weight"}, %arg524: tensor<4096x45xf32> {mlxla.name = "model.layers.16.self_attn.q_proj.scales"}, %arg525: tensor<4096x45xf32> {mlxla.name = "model.layers.16.self_attn.q_proj.biases"}, %arg526: tensor<4096xf32> {mlxla.name = "model.layers.16.self_attn.q_proj.bias"}, %arg527: tensor<512x360xui32> {mlxla.name = "model.layers.16.self_attn.k_proj.weight"}, %arg528: tensor<512x45xf32> {mlxla.name = "model.layers.16.self_attn.k_proj.scales"}, %arg529: tensor<512x45xf32> {mlxla.name = "model.layers.16.self_attn.k_proj.biases"}, %arg530: tensor<512xf32> {mlxla.name = "model.layers.16.self_attn.k_proj.bias"}, %arg531: tensor<512x360xui32> {mlxla.name = "model.layers.16.self_attn.v_proj.weight"}, %arg532: tensor<512x45xf32> {mlxla.name = "model.layers.16.self_attn.v_proj.scales"}, %arg533: tensor<512x45xf32> {mlxla.name = "model.layers.16.self_attn.v_proj.biases"}, %arg534: tensor<512xf32> {mlxla.name = "model.layers.16.self_attn.v_proj.bias"}, %arg535: tensor<2880x512xui32> {mlxla.name = "model.layers.16.self_attn.o_proj.weight"}, %arg536: tensor<2880x64xf32> {mlxla.name = "model.layers.16.self_attn.o_proj.scales"}, %arg537: tensor<2880x64xf32> {mlxla.name = "model.layers.16.self_attn.o_proj.biases"}, %arg538: tensor<2880xf32> {mlxla.name = "model.layers.16.self_attn.o_proj.bias"}, %arg539: tensor<64xf32> {mlxla.name = "model.layers.16.self_attn.sinks"}, %arg540: tensor<2880xf32> {mlxla.name = "model.layers.16.post_attention_layernorm.weight"}, %arg541: tensor<32x720xui32> {mlxla.name = "model.layers.16.mlp.router.weight"}, %arg542: tensor<32x45xf32> {mlxla.name = "model.layers.16.mlp.router.scales"}, %arg543: tensor<32x45xf32> {mlxla.name = "model.layers.16.mlp.router.biases"}, %arg544: tensor<32xf32> {mlxla.name = "model.layers.16.mlp.router.bias"}, %arg545: tensor<32x2880x360xui32> {mlxla.name = "model.layers.16.mlp.experts.gate_proj.weight"}, %arg546: tensor<32x2880x90xui8> {mlxla.name = "model.layers.16.mlp.experts.gate_proj.scales"}, %arg547: tensor<32x2880xf32> {mlxla.name = "model.layers.16.mlp.experts.gate_proj.bias"}, %arg548: tensor<32x2880x360xui32> {mlxla.name = "model.layers.16.mlp.experts.up_proj.weight"}, %arg549: tensor<32x2880x90xui8> {mlxla.name = "model.layers.16.mlp.experts.up_proj.scales"}, %arg550: tensor<32x2880xf32> {mlxla.name = "model.layers.16.mlp.experts.up_proj.bias"}, %arg551: tensor<32x2880x360xui32> {mlxla.name = "model.layers.16.mlp.experts.down_proj.weight"}, %arg552: tensor<32x2880x90xui8> {mlxla.name = "model.layers.16.mlp.experts.down_proj.scales"}, %arg553: tensor<32x2880xf32> {mlxla.name = "model.layers.16.mlp.experts.down_proj.bias"}, %arg554: tensor<2880xf32> {mlxla.name = "model.layers.17.input_layernorm.weight"}, %arg555: tensor<4096x360xui32> {mlxla.name = "model.layers.17.self_attn.q_proj.weight"}, %arg556: tensor<4096x45xf32> {mlxla.name = "model.layers.17.self_attn.q_proj.scales"}, %arg557: tensor<4096x45xf32> {mlxla.name = "model.layers.17.self_attn.q_proj.biases"}, %arg558: tensor<4096xf32> {mlxla.name = "model.layers.17.self_attn.q_proj.bias"}, %arg559: tensor<512x360xui32> {mlxla.name = "model.layers.17.self_attn.k_proj.weight"}, %arg560: tensor<512x45xf32> {mlxla.name = "model.layers.17.self_attn.k_proj.scales"}, %arg561: tensor<512x45xf32> {mlxla.name = "model.layers.17.self_attn.k_proj.biases"}, %arg562: tensor<512xf32> {mlxla.name = "model.layers.17.self_attn.k_proj.bias"}, %arg563: tensor<512x360xui32> {mlxla.name = "model.layers.17.self_attn.v_proj.weight"}, %arg564: tensor<512x45xf32> {mlxla.name = "model.layers.17.self_attn.v_proj.scales"}, %arg565: tensor<512x45xf32> {mlxla.name = "model.layers.17.self_attn.v_proj.biases"}, %arg566: tensor<512xf32> {mlxla.name = "model.layers.17.self_attn.v_proj.bias"}, %arg567: tensor<2880x512xui32> {mlxla.name = "model.layers.17.self_attn.o_proj.weight"}, %arg568: tensor<2880x64xf32> {mlxla.name = "model.layers.17.self_attn.o_proj.scales"}, %arg569: tensor<2880x64xf32> {mlxla.name = "model.layers.17.self_attn.o_proj.biases"}, %arg570: tensor<2880xf32> {mlxla.name = "model.layers.17.self_attn.o_proj.bias"}, %arg571: tensor<64xf32> {mlxla.name = "model.layers.17.self_attn.sinks"}, %arg572: tensor<2880xf32> {mlxla.name = "model.layers.17.post_attention_layernorm.weight"}, %arg573: tensor<32x720xui32> {mlxla.name = "model.layers.17.mlp.router.weight"}, %arg574: tensor<32x45xf32> {mlxla.name = "model.layers.17.mlp.router.scales"}, %arg575: tensor<32x45xf32> {mlxla.name = "model.layers.17.mlp.router.biases"}, %arg576: tensor<32xf32> {mlxla.name = "model.layers.17.mlp.router.bias"}, %arg577: tensor<32x2880x360xui32> {mlxla.name = "model.layers.17.mlp.experts.gate_proj.weight"}, %arg578: tensor<32x2880x90xui8> {mlxla.name = "model.layers.17.mlp.experts.gate_proj.scales"}, %arg579: tensor<32x2880xf32> {mlxla.name = "model.layers.17.mlp.experts.gate_proj.bias"}, %arg580: tensor<32x2880x360xui32> {mlxla.name = "model.layers.17.mlp.experts.up_proj.weight"}, %arg581: tensor<32x2880x90xui8> {mlxla.name = "model.layers.17.mlp.experts.up_proj.scales"}, %arg582: tensor<32x2880xf32> {mlxla.name = "model.layers.17.mlp.experts.up_proj.bias"}, %arg583: tensor<32x2880x360xui32> {mlxla.name = "model.layers.17.mlp.experts.down_proj.weight"}, %arg584: tensor<32x2880x90xui8> {mlxla.name = "model.layers.17.mlp.experts.down_proj.scales"}, %arg585: tensor<32x2880xf32> {mlxla.name = "model.layers.17.mlp.experts.down_proj.bias"}, %arg586: tensor<2880xf32> {mlxla.name = "model.layers.18.input_layernorm.weight"}, %arg587: tensor<4096x360xui32> {mlxla.name = "model.layers.18.self_attn.q_proj.weight"}, %arg588: tensor<4096x45xf32> {mlxla.name = "model.layers.18.self_attn.q_proj.scales"}, %arg589: tensor<4096x45xf32> {mlxla.name = "model.layers.18.self_attn.q_proj.biases"}, %arg590: tensor<4096xf32> {mlxla.name = "model.layers.18.self_attn.q_proj.bias"}, %arg591: tensor<512x360xui32> {mlxla.name = "model.layers.18.self_attn.k_proj.weight"}, %arg592: tensor<512x45xf32> {mlxla.name = "model.layers.18.self_attn.k_proj.scales"}, %arg593: tensor<512x45xf32> {mlxla.name = "model.layers.18.self_attn.k_proj.biases"}, %arg594: tensor<512xf32> {mlxla.name = "model.layers.18.self_attn.k_proj.bias"}, %arg595: tensor<512x360xui32> {mlxla.name = "model.layers.18.self_attn.v_proj.weight"}, %arg596: tensor<512x45xf32> {mlxla.name = "model.layers.18.self_attn.v_proj.scales"}, %arg597: tensor<512x45xf32> {mlxla.name = "model.layers.18.self_attn.v_proj.biases"}, %arg598: tensor<512xf32> {mlxla.name = "model.layers.18.self_attn.v_proj.bias"}, %arg599: tensor<2880x512xui32> {mlxla.name = "model.layers.18.self_attn.o_proj.weight"}, %arg600: tensor<2880x64xf32> {mlxla.name = "model.layers.18.self_attn.o_proj.scales"}, %arg601: tensor<2880x64xf32> {mlxla.name = "model.layers.18.self_attn.o_proj.biases"}, %arg602: tensor<2880xf32> {mlxla.name = "model.layers.18.self_attn.o_proj.bias"}, %arg603: tensor<64xf32> {mlxla.name = "model.layers.18.self_attn.sinks"}, %arg604: tensor<2880xf32> {mlxla.name = "model.layers.18.post_attention_layernorm.weight"}, %arg605: tensor<32x720xui32> {mlxla.name = "model.layers.18.mlp.router.weight"}, %arg606: tensor<32x45xf32> {mlxla.name = "model.layers.18.mlp.router.scales"}, %arg607: tensor<32x45xf32> {mlxla.name = "model.layers.18.mlp.router.biases"}, %arg608: tensor<32xf32> {mlxla.name = "model.layers.18.mlp.router.bias"}, %arg609: tensor<32x2880x360xui32> {mlxla.name = "model.layers.18.mlp.experts.gate_proj.weight"}, %arg610: tensor<32x2880x90xui8> {mlxla.name = "model.layers.18.mlp.experts.gate_proj.scales"}, %arg611: tensor<32x2880xf32> {mlxla.name = "model.layers.18.mlp.experts.gate_proj.bias"}, %arg612: tensor<32x2880x360xui32> {mlxla.name = "model.layers.18.mlp.experts.up_proj.weight"}, %arg613: tensor<32x2880x90xui8> {mlxla.name = "model.layers.18.mlp.experts.up_proj.scales"}, %arg614: tensor<32x2880xf32> {mlxla.name = "model.layers.18.mlp.experts.up_proj.bias"}, %arg615: tensor<32x2880x360xui32> {mlxla.name = "model.layers.18.mlp.experts.down_proj.weight"}, %arg616: tensor<32x2880x90xui8> {mlxla.name = "model.layers.18.mlp.experts.down_proj.scales"}, %arg617: tensor<32x2880xf32> {mlxla.name = "model.layers.18.mlp.experts.down_proj.bias"}, %arg618: tensor<2880xf32> {mlxla.name = "model.layers.19.input_layernorm.weight"}, %arg619: tensor<4096x360xui32> {mlxla.name = "model.layers.19.self_attn.q_proj.weight"}, %arg620: tensor<4096x45xf32> {mlxla.name = "model.layers.19.self_attn.q_proj.scales"}, %arg621: tensor<4096x45xf32> {mlxla.name = "model.layers.19.self_attn.q_proj.biases"}, %arg622: tensor<4096xf32> {mlxla.name = "model.layers.19.self_attn.q_proj.bias"}, %arg623: tensor<512x360xui32> {mlxla.name = "model.layers.19.self_attn.k_proj.weight"}, %arg624: tensor<512x45xf32> {mlxla.name = "model.layers.19.self_attn.k_proj.scales"}, %arg625: tensor<512x45xf32> {mlxla.name = "model.layers.19.self_attn.k_proj.biases"}, %arg626: tensor<512xf32> {mlxla.name = "model.layers.19.self_attn.k_proj.bias"}, %arg627: tensor<512x360xui32> {mlxla.name = "model.layers.19.self_attn.v_proj.weight"}, %arg628: tensor<512x45xf32> {mlxla.name = "model.layers.19.self_attn.v_proj.scales"}, %arg629: tensor<512x45xf32> {mlxla.name = "model.layers.19.self_attn.v_proj.biases"}, %arg630: tensor<512xf32> {mlxla.name = "model.layers.19.self_attn.v_proj.bias"}, %arg631: tensor<2880x512xui32> {mlxla.name = "model.layers.19.self_attn.o_proj.weight"}, %arg632: tensor<2880x64xf32> {mlxla.name = "model.layers.19.self_attn.o_proj.scales"}, %arg633: tensor<2880x64xf32> {mlxla.name = "model.layers.19.self_attn.o_proj.biases"}, %arg634: tensor<2880xf32> {mlxla.name = "model.layers.19.self_attn.o_proj.bias"}, %arg635: tensor<64xf32> {mlxla.name = "model.layers.19.self_attn.sinks"}, %arg636: tensor<2880xf32> {mlxla.name = "model.layers.19.post_attention_layernorm.weight"}, %arg637: tensor<32x720xui32> {mlxla.name = "model.layers.19.mlp.router.weight"}, %arg638: tensor<32x45xf32> {mlxla.name = "model.layers.19.mlp.router.scales"}, %arg639: tensor<32x45xf32> {mlxla.name = "model.layers.19.mlp.router.biases"}, %arg640: tensor<32xf32> {mlxla.name = "model.layers.19.mlp.router.bias"}, %arg641: tensor<32x2880x360xui32> {mlxla.name = "model.layers.19.mlp.experts.gate_proj.weight"}, %arg642: tensor<32x2880x90xui8> {mlxla.name = "model.layers.19.mlp.experts.gate_proj.scales"}, %arg643: tensor<32x2880xf32> {mlxla.name = "model.layers.19.mlp.experts.gate_proj.bias"}, %arg644: tensor<32x2880x360xui32> {mlxla.name = "model.layers.19.mlp.experts.up_proj.weight"}, %arg645: tensor<32x2880x90xui8> {mlxla.name = "model.layers.19.mlp.experts.up_proj.scales"}, %arg646: tensor<32x2880xf32> {mlxla.name = "model.layers.19.mlp.experts.up_proj.bias"}, %arg647: tensor<32x2880x360xui32> {mlxla.name = "model.layers.19.mlp.experts.down_proj.weight"}, %arg648: tensor<32x2880x90xui8> {mlxla.name = "model.layers.19.mlp.experts.down_proj.scales"}, %arg649: tensor<32x2880xf32> {mlxla.name = "model.layers.19.mlp.experts.down_proj.bias"}, %arg650: tensor<2880xf32> {mlxla.name = "model.layers.20.input_layernorm.weight"}, %arg651: tensor<4096x360xui32> {mlxla.name = "model.layers.20.self_attn.q_proj.weight"}, %arg652: tensor<4096x45xf32> {mlxla.name = "model.layers.20.self_attn.q_proj.scales"}, %arg653: tensor<4096x45xf32> {mlxla.name = "model.layers.20.self_attn.q_proj.biases"}, %arg654: tensor<4096xf32> {mlxla.name = "model.layers.20.self_attn.q_proj.bias"}, %arg655: tensor<512x360xui32> {mlxla.name = "model.layers.20.self_attn.k_proj.weight"}, %arg656: tensor<512x45xf32> {mlxla.name = "model.layers.20.self_attn.k_proj.scales"}, %arg657: tensor<512x45xf32> {mlxla.name = "model.layers.20.self_attn.k_proj.biases"}, %arg658: tensor<512xf32> {mlxla.name = "model.layers.20.self_attn.k_proj.bias"}, %arg659: tensor<512x360xui32> {mlxla.name = "model.layers.20.self_attn.v_proj.weight"}, %arg660: tensor<512x45xf32> {mlxla.name = "model.layers.20.self_attn.v_proj.scales"}, %arg661: tensor<512x45xf32> {mlxla.name = "model.layers.20.self_attn.v_proj.biases"}, %arg662: tensor<512xf32> {mlxla.name = "model.layers.20.self_attn.v_proj.bias"}, %arg663: tensor<2880x512xui32> {mlxla.name = "model.layers.20.self_attn.o_proj.weight"}, %arg664: tensor<2880x64xf32> {mlxla.name = "model.layers.20.self_attn.o_proj.scales"}, %arg665: tensor<2880x64xf32> {mlxla.name = "model.layers.20.self_attn.o_proj.biases"}, %arg666: tensor<2880xf32> {mlxla.name = "model.layers.20.self_attn.o_proj.bias"}, %arg667: tensor<64xf32> {mlxla.name = "model.layers.20.self_attn.sinks"}, %arg668: tensor<2880xf32> {mlxla.name = "model.layers.20.post_attention_layernorm.weight"}, %arg669: tensor<32x720xui32> {mlxla.name = "model.layers.20.mlp.router.weight"}, %arg670: tensor<32x45xf32> {mlxla.name = "model.layers.20.mlp.router.scales"}, %arg671: tensor<32x45xf32> {mlxla.name = "model.layers.20.mlp.router.biases"}, %arg672: tensor<32xf32> {mlxla.name = "model.layers.20.mlp.router.bias"}, %arg673: tensor<32x2880x360xui32> {mlxla.name = "model.layers.20.mlp.experts.gate_proj.weight"}, %arg674: tensor<32x2880x90xui8> {mlxla.name = "model.layers.20.mlp.experts.gate_proj.scales"}, %arg675: tensor<32x2880xf32> {mlxla.name = "model.layers.20.mlp.experts.gate_proj.bias"}, %arg676: tensor<32x2880x360xui32> {mlxla.name = "model.layers.20.mlp.experts.up_proj.weight"}, %arg677: tensor<32x2880x90xui8> {mlxla.name = "model.layers.20.mlp.experts.up_proj.scales"}, %arg678: tensor<32x2880xf32> {mlxla.name = "model.layers.20.mlp.experts.up_proj.bias"}, %arg679: tensor<32x2880x360xui32> {mlxla.name = "model.layers.20.mlp.experts.down_proj.weight"}, %arg680: tensor<32x2880x90xui8> {mlxla.name = "model.layers.20.mlp.experts.down_proj.scales"}, %arg681: tensor<32x2880xf32> {mlxla.name = "model.layers.20.mlp.experts.down_proj.bias"}, %arg682: tensor<2880xf32> {mlxla.name = "model.layers.21.input_layernorm.weight"}, %arg683: tensor<4096x360xui32> {mlxla.name = "model.layers.21.self_attn.q_proj.weight"}, %arg684: tensor<4096x45xf32> {mlxla.name = "model.layers.21.self_attn.q_proj.scales"}, %arg685: tensor<4096x45xf32> {mlxla.name = "model.layers.21.self_attn.q_proj.biases"}, %arg686: tensor<4096xf32> {mlxla.name = "model.layers.21.self_attn.q_proj.bias"}, %arg687: tensor<512x360xui32> {mlxla.name = "model.layers.21.self_attn.k_proj.weight"}, %arg688: tensor<512x45xf32> {mlxla.name = "model.layers.21.self_attn.k_proj.scales"}, %arg689: tensor<512x45xf32> {mlxla.name = "model.layers.21.self_attn.k_proj.biases"}, %arg690: tensor<512xf32> {mlxla.name = "model.layers.21.self_attn.k_proj.bias"}, %arg691: tensor<512x360xui32> {mlxla.name = "model.layers.21.self_attn.v_proj.weight"}, %arg692: tensor<512x45xf32> {mlxla.name = "model.layers.21.self_attn.v_proj.scales"}, %arg693: tensor<512x45xf32> {mlxla.name = "model.layers.21.self_attn.v_proj.biases"}, %arg694: tensor<512xf32> {mlxla.name = "model.layers.21.self_attn.v_proj.bias"}, %arg695: tensor<2880x512xui32> {mlxla.name = "model.layers.21.self_attn.o_proj.weight"}, %arg696: tensor<2880x64xf32> {mlxla.name = "model.layers.21.self_attn.o_proj.scales"}, %arg697: tensor<2880x64xf32> {mlxla.name = "model.layers.21.self_attn.o_proj.biases"}, %arg698: tensor<2880xf32> {mlxla.name = "model.layers.21.self_attn.o_proj.bias"}, %arg699: tensor<64xf32> {mlxla.name = "model.layers.21.self_attn.sinks"}, %arg700: tensor<2880xf32> {mlxla.name = "model.layers.21.post_attention_layernorm.weight"}, %arg701: tensor<32x720xui32> {mlxla.name = "model.layers.21.mlp.router.weight"}, %arg702: tensor<32x45xf32> {mlxla.name = "model.layers.21.mlp.router.scales"}, %arg703: tensor<32x45xf32> {mlxla.name = "model.layers.21.mlp.router.biases"}, %arg704: tensor<32xf32> {mlxla.name = "model.layers.21.mlp.router.bias"}, %arg705: tensor<32x2880x360xui32> {mlxla.name = "model.layers.21.mlp.experts.gate_proj.weight"}, %arg706: tensor<32x2880x90xui8> {mlxla.name = "model.layers.21.mlp.experts.gate_proj.scales"}, %arg707: tensor<32x2880xf32> {mlxla.name = "model.layers.21.mlp.experts.gate_proj.bias"}, %arg708: tensor<32x2880x360xui32> {mlxla.name = "model.layers.21.mlp.experts.up_proj.weight"}, %arg709: tensor<32x2880x90xui8> {mlxla.name = "model.layers.21.mlp.experts.up_proj.scales"}, %arg710: tensor<32x2880xf32> {mlxla.name = "model.layers.21.mlp.experts.up_proj.bias"}, %arg711: tensor<32x2880x360xui32> {mlxla.name = "model.layers.21.mlp.experts.down_proj.weight"}, %arg712: tensor<32x2880x90xui8> {mlxla.name = "model.layers.21.mlp.experts.down_proj.scales"}, %arg713: tensor<32x2880xf32> {mlxla.name = "model.layers.21.mlp.experts.down_proj.bias"}, %arg714: tensor<2880xf32> {mlxla.name = "model.layers.22.input_layernorm.weight"}, %arg715: tensor<4096x360xui32> {mlxla.name = "model.layers.22.self_attn.q_proj.weight"}, %arg716: tensor<4096x45xf32> {mlxla.name = "model.layers.22.self_attn.q_proj.scales"}, %arg717: tensor<4096x45xf32> {mlxla.name = "model.layers.22.self_attn.q_proj.biases"}, %arg718: tensor<4096xf32> {mlxla.name = "model.layers.22.self_attn.q_proj.bias"}, %arg719: tensor<512x360xui32> {mlxla.name = "model.layers.22.self_attn.k_proj.weight"}, %arg720: tensor<512x45xf32> {mlxla.name = "model.layers.22.self_attn.k_proj.scales"}, %arg721: tensor<512x45xf32> {mlxla.name = "model.layers.22.self_attn.k_proj.biases"}, %arg722: tensor<512xf32> {mlxla.name = "model.layers.22.self_attn.k_proj.bias"}, %arg723: tensor<512x360xui32> {mlxla.name = "model.layers.22.self_attn.v_proj.weight"}, %arg724: tensor<512x45xf32> {mlxla.name = "model.layers.22.self_attn.v_proj.scales"}, %arg725: tensor<512x45xf32> {mlxla.name = "model.layers.22.self_attn.v_proj.biases"}, %arg726: tensor<512xf32> {mlxla.name = "model.layers.22.self_attn.v_proj.bias"}, %arg727: tensor<2880x512xui32> {mlxla.name = "model.layers.22.self_attn.o_proj.weight"}, %arg728: tensor<2880x64xf32> {mlxla.name = "model.layers.22.self_attn.o_proj.scales"}, %arg729: tensor<2880x64xf32> {mlxla.name = "model.layers.22.self_attn.o_proj.biases"}, %arg730: tensor<2880xf32> {mlxla.name = "model.layers.22.self_attn.o_proj.bias"}, %arg731: tensor<64xf32> {mlxla.name = "model.layers.22.self_attn.sinks"}, %arg732: tensor<2880xf32> {mlxla.name = "model.layers.22.post_attention_layernorm.weight"}, %arg733: tensor<32x720xui32> {mlxla.name = "model.layers.22.mlp.router.weight"}, %arg734: tensor<32x45xf32> {mlxla.name = "model.layers.22.mlp.router.scales"}, %arg735: tensor<32x45xf32> {mlxla.name = "model.layers.22.mlp.router.biases"}, %arg736: tensor<32xf32> {mlxla.name = "model.layers.22.mlp.router.bias"}, %arg737: tensor<32x2880x360xui32> {mlxla.name = "model.layers.22.mlp.experts.gate_proj.weight"}, %arg738: tensor<32x2880x90xui8> {mlxla.name = "model.layers.22.mlp.experts.gate_proj.scales"}, %arg739: tensor<32x2880xf32> {mlxla.name = "model.layers.22.mlp.experts.gate_proj.bias"}, %arg740: tensor<32x2880x360xui32> {mlxla.name = "model.layers.22.mlp.experts.up_proj.weight"}, %arg741: tensor<32x2880x90xui8> {mlxla.name = "model.layers.22.mlp.experts.up_proj.scales"}, %arg742: tensor<32x2880xf32> {mlxla.name = "model.layers.22.mlp.experts.up_proj.bias"}, %arg743: tensor<32x2880x360xui32> {mlxla.name = "model.layers.22.mlp.experts.down_proj.weight"}, %arg744: tensor<32x2880x90xui8> {mlxla.name = "model.layers.22.mlp.experts.down_proj.scales"}, %arg745: tensor<32x2880xf32> {mlxla.name = "model.layers.22.mlp.experts.down_proj.bias"}, %arg746: tensor<2880xf32> {mlxla.name = "model.layers.23.input_layernorm.weight"}, %arg747: tensor<4096x360xui32> {mlxla.name = "model.layers.23.self_attn.q_proj.weight"}, %arg748: tensor<4096x45xf32> {mlxla.name = "model.layers.23.self_attn.q_proj.scales"}, %arg749: tensor<4096x45xf32> {mlxla.name = "model.layers.23.self_attn.q_proj.biases"}, %arg750: tensor<4096xf32> {mlxla.name = "model.layers.23.self_attn.q_proj.bias"}, %arg751: tensor<512x360xui32> {mlxla.name = "model.layers.23.self_attn.k_proj.weight"}, %arg752: tensor<512x45xf32> {mlxla.name = "model.layers.23.self_attn.k_proj.scales"}, %arg753: tensor<512x45xf32> {mlxla.name = "model.layers.23.self_attn.k_proj.biases"}, %arg754: tensor<512xf32> {mlxla.name = "model.layers.23.self_attn.k_proj.bias"}, %arg755: tensor<512x360xui32> {mlxla.name = "model.layers.23.self_attn.v_proj.weight"}, %arg756: tensor<512x45xf32> {mlxla.name = "model.layers.23.self_attn.v_proj.scales"}, %arg757: tensor<512x45xf32> {mlxla.name = "model.layers.23.self_attn.v_proj.biases"}, %arg758: tensor<512xf32> {mlxla.name = "model.layers.23.self_attn.v_proj.bias"}, %arg759: tensor<2880x512xui32> {mlxla.name = "model.layers.23.self_attn.o_proj.weight"}, %arg760: tensor<2880x64xf32> {mlxla.name = "model.layers.23.self_attn.o_proj.scales"}, %arg761: tensor<2880x64xf32> {mlxla.name = "model.layers.23.self_attn.o_proj.biases"}, %arg762: tensor<2880xf32> {mlxla.name = "model.layers.23.self_attn.o_proj.bias"}, %arg763: tensor<64xf32> {mlxla.name = "model.layers.23.self_attn.sinks"}, %arg764: tensor<2880xf32> {mlxla.name = "model.layers.23.post_attention_layernorm.weight"}, %arg765: tensor<32x720xui32> {mlxla.name = "model.layers.23.mlp.router.weight"}, %arg766: tensor<32x45xf32> {mlxla.name = "model.layers.23.mlp.router.scales"}, %arg767: tensor<32x45xf32> {mlxla.name = "model.layers.23.mlp.router.biases"}, %arg768: tensor<32xf32> {mlxla.name = "model.layers.23.mlp.router.bias"}, %arg769: tensor<32x2880x360xui32> {mlxla.name = "model.layers.23.mlp.experts.gate_proj.weight"}, %arg770: tensor<32x2880x90xui8> {mlxla.name = "model.layers.23.mlp.experts.gate_proj.scales"}, %arg771: tensor<32x2880xf32> {mlxla.name = "model.layers.23.mlp.experts.gate_proj.bias"}, %arg772: tensor<32x2880x360xui32> {mlxla.name = "model.layers.23.mlp.experts.up_proj.weight"}, %arg773: tensor<32x2880x90xui8> {mlxla.name = "model.layers.23.mlp.experts.up_proj.scales"}, %arg774: tensor<32x2880xf32> {mlxla.name = "model.layers.23.mlp.experts.up_proj.bias"}, %arg775: tensor<32x2880x360xui32> {mlxla.name = "model.layers.23.mlp.experts.down_proj.weight"}, %arg776: tensor<32x2880x90xui8> {mlxla.name = "model.layers.23.mlp.experts.down_proj.scales"}, %arg777: tensor<32x2880xf32> {mlxla.name = "model.layers.23.mlp.experts.down_proj.bias"}, %arg778: tensor<2880xf32> {mlxla.name = "model.norm.weight"}, %arg779: tensor<201088x360xui32> {mlxla.name = "lm_head.weight"}, %arg780: tensor<201088x45xf32> {mlxla.name = "lm_head.scales"}, %arg781: tensor<201088x45xf32> {mlxla.name = "lm_head.biases"}) -> (tensor<1xi32> {mlxla.name = "next_tokens"}, tensor<12x1x256x8x64xf16> {mlxla.name = "k_cache"}, tensor<12x1x256x8x64xf16> {mlxla.name = "v_cache"}, tensor<12x1x128x8x64xf16> {mlxla.name = "k_window_cache"}, tensor<12x1x128x8x64xf16> {mlxla.name = "v_window_cache"}) {
    %0 = stablehlo.broadcast_in_dim %arg1, dims = [] : (tensor<i32>) -> tensor<8xi32>
    %1 = stablehlo.iota dim = 0 : tensor<8xi32>
    %2 = stablehlo.add %0, %1 : tensor<8xi32>
    %3 = stablehlo.constant dense<-1> : tensor<i32>
    %4 = stablehlo.add %arg2, %3 : tensor<i32>
    %5 = stablehlo.add %arg1, %arg2 : tensor<i32>
    %6 = stablehlo.reshape %arg0 : (tensor<8xi32>) -> tensor<8x1xi32>
    %7 = "stablehlo.gather"(%arg7, %6) {dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 360>} : (tensor<201088x360xui32>, tensor<8x1xi32>) -> tensor<8x360xui32>
    %8 = stablehlo.reshape %arg0 : (tensor<8xi32>) -> tensor<8x1xi32>
    %9 = "stablehlo.gather"(%arg8, %8) {dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 45>} : (tensor<201088x45xf32>, tensor<8x1xi32>) -> tensor<8x45xf32>
    %10 = stablehlo.reshape %arg0 : (tensor<8xi32>) -> tensor<8x1xi32>
    %11 = "stablehlo.gather"(%arg9, %10) {dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 45>} : (tensor<201088x45xf32>, tensor<8x1xi32>) -> tensor<8x45xf32>
    %12 = stablehlo.reshape %7 : (tensor<8x360xui32>) -> tensor<8x90x4xui32>
    %13 = stablehlo.slice %12 [0:8, 0:90, 0:1] : (tensor<8x90x4xui32>) -> tensor<8x90x1xui32>
    %14 = stablehlo.slice %12 [0:8, 0:90, 1:2] : (tensor<8x90x4xui32>) -> tensor<8x90x1xui32>
    %15 = stablehlo.slice %12 [0:8, 0:90, 2:3] : (tensor<8x90x4xui32>) -> tensor<8x90x1xui32>
    %16 = stablehlo.slice %12 [0:8, 0:90, 3:4] : (tensor<8x90x4xui32>) -> tensor<8x90x1xui32>
    %17 = stablehlo.concatenate %13, %13, %13, %13, %13, %13, %13, %13, %14, %14, %14, %14, %14, %14, %14, %14, %15, %15, %15, %15, %15, %15, %15, %15, %16, %16, %16, %16, %16, %16, %16, %16, dim = 2 : (tensor<8x90x1xui32>, tensor<8x90x1xui32>, tensor<8x90x1xui32>, tensor<8x90x1xui32>, tensor<8x90x1xui32>, tensor<8x90x1xui32>, tensor<8x90x1xui32>, tensor<8x90x1xui32>, tensor<8x90x1xui32>, tensor<8x90x1xui32>, tensor<8x90x1xui32>, tensor<8x90x1xui32>, tensor<8x90x1xui32>, tensor<8x90x1xui32>, tensor<8x90x1xui32>, tensor<8x90x1xui32>, tensor<8x90x1xui32>, tensor<8x90x1xui32>, tensor<8x90x1xui32>, tensor<8x90x1xui32>, tensor<8x90x1xui32>, tensor<8x90x1xui32>, tensor<8x90x1xui32>, tensor<8x90x1xui32>, tensor<8x90x1xui32>, tensor<8x90x1xui32>, tensor<8x90x1xui32>, tensor<8x90x1xui32>, tensor<8x90x1xui32>, tensor<8x90x1xui32>, tensor<8x90x1xui32>, tensor<8x90x1xui32>) -> tensor<8x90x32xui32>
    %18 = stablehlo.constant dense<[0, 4, 8, 12, 16, 20, 24, 28, 0, 4, 8, 12, 16, 20, 24, 28, 0, 4, 8, 12, 16, 20, 24, 28, 0, 4, 8, 12, 16, 20, 24, 28]> : tensor<32xui32>
    %19 = stablehlo.broadcast_in_dim %18, dims = [2] : (tensor<32xui32>) -> tensor<8x90x32xui32>
    %20 = stablehlo.shift_right_logical %17, %19 : tensor<8x90x32xui32>
    %21 = stablehlo.constant dense<15> : tensor<8x90x32xui32>
    %22 = stablehlo.and %20, %21 : tensor<8x90x32xui32>
    %23 = stablehlo.reshape %22 : (tensor<8x90x32xui32>) -> tensor<8x2880xui32>
    %24 = stablehlo.convert %23 : (tensor<8x2880xui32>) -> tensor<8x2880xf32>
    %25 = stablehlo.broadcast_in_dim %9, dims = [0, 1] : (tensor<8x45xf32>) -> tensor<8x45x64xf32>
    %26 = stablehlo.reshape %25 : (tensor<8x45x64xf32>) -> tensor<8x2880xf32>
    %27 = stablehlo.multiply %24, %26 : tensor<8x2880xf32>
    %28 = stablehlo.broadcast_in_dim %11, dims = [0, 1] : (tensor<8x45xf32>) -> tensor<8x45x64xf32>
    %29 = stablehlo.reshape %28 : (tensor<8x45x64xf32>) -> tensor<8x2880xf32>
    %30 = stablehlo.add %27, %29 : tensor<8x2880xf32>
    %31 = stablehlo.composite "mlxla.rms_norm" %30, %arg10 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2880xf32_2880xf32_b6a9c526c7d0eb0f} : (tensor<8x2880xf32>, tensor<2880xf32>) -> tensor<8x2880xf32>
    %32 = stablehlo.composite "mlxla.quantized_dot" %31, %arg11, %arg12, %arg13 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x2880xf32_4096x360xui32_4096x45xf32_4096x45xf32_1606f16f63a9d508} : (tensor<8x2880xf32>, tensor<4096x360xui32>, tensor<4096x45xf32>, tensor<4096x45xf32>) -> tensor<8x4096xf32>
    %33 = stablehlo.broadcast_in_dim %arg14, dims = [1] : (tensor<4096xf32>) -> tensor<8x4096xf32>
    %34 = stablehlo.add %32, %33 : tensor<8x4096xf32>
    %35 = stablehlo.reshape %34 : (tensor<8x4096xf32>) -> tensor<8x64x64xf32>
    %36 = stablehlo.composite "mlxla.rope" %35, %2 {composite_attributes = {beta_fast = 32.0 : f64, beta_slow = 1.0 : f64, factor = 32.0 : f64, mscale = 1.0 : f64, mscale_all_dim = 0.0 : f64, original_max_position_embeddings = 4096 : i64, scaling = "yarn", theta = 150000.0 : f64}, decomposition = @mlxla_rope_8x64x64xf32_8xi32_bca46eb598c94a3c} : (tensor<8x64x64xf32>, tensor<8xi32>) -> tensor<8x64x64xf32>
    %37 = stablehlo.composite "mlxla.quantized_dot" %31, %arg15, %arg16, %arg17 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x2880xf32_512x360xui32_512x45xf32_512x45xf32_1606f16f63a9d508} : (tensor<8x2880xf32>, tensor<512x360xui32>, tensor<512x45xf32>, tensor<512x45xf32>) -> tensor<8x512xf32>
    %38 = stablehlo.broadcast_in_dim %arg18, dims = [1] : (tensor<512xf32>) -> tensor<8x512xf32>
    %39 = stablehlo.add %37, %38 : tensor<8x512xf32>
    %40 = stablehlo.reshape %39 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %41 = stablehlo.composite "mlxla.rope" %40, %2 {composite_attributes = {beta_fast = 32.0 : f64, beta_slow = 1.0 : f64, factor = 32.0 : f64, mscale = 1.0 : f64, mscale_all_dim = 0.0 : f64, original_max_position_embeddings = 4096 : i64, scaling = "yarn", theta = 150000.0 : f64}, decomposition = @mlxla_rope_8x8x64xf32_8xi32_bca46eb598c94a3c} : (tensor<8x8x64xf32>, tensor<8xi32>) -> tensor<8x8x64xf32>
    %42 = stablehlo.composite "mlxla.quantized_dot" %31, %arg19, %arg20, %arg21 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x2880xf32_512x360xui32_512x45xf32_512x45xf32_1606f16f63a9d508} : (tensor<8x2880xf32>, tensor<512x360xui32>, tensor<512x45xf32>, tensor<512x45xf32>) -> tensor<8x512xf32>
    %43 = stablehlo.broadcast_in_dim %arg22, dims = [1] : (tensor<512xf32>) -> tensor<8x512xf32>
    %44 = stablehlo.add %42, %43 : tensor<8x512xf32>
    %45 = stablehlo.reshape %44 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %46 = stablehlo.convert %41 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %47 = stablehlo.convert %45 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %48 = stablehlo.slice %arg5 [0:1, 0:1, 0:128, 0:8, 0:64] : (tensor<12x1x128x8x64xf16>) -> tensor<1x1x128x8x64xf16>
    %49 = stablehlo.reshape %48 : (tensor<1x1x128x8x64xf16>) -> tensor<128x8x64xf16>
    %50 = stablehlo.slice %arg6 [0:1, 0:1, 0:128, 0:8, 0:64] : (tensor<12x1x128x8x64xf16>) -> tensor<1x1x128x8x64xf16>
    %51 = stablehlo.reshape %50 : (tensor<1x1x128x8x64xf16>) -> tensor<128x8x64xf16>
    %52 = stablehlo.composite "mlxla.window_attention" %36, %49, %51, %46, %47, %2, %5, %arg27 {composite_attributes = {scale = 0.125 : f64, sinks = true, window = 128 : i64}, decomposition = @mlxla_window_attention_8x64x64xf32_128x8x64xf16_128x8x64xf16_8x8x64xf16_8x8x64xf16_8xi32_i32_64xf32_fe6978d776132cfa} : (tensor<8x64x64xf32>, tensor<128x8x64xf16>, tensor<128x8x64xf16>, tensor<8x8x64xf16>, tensor<8x8x64xf16>, tensor<8xi32>, tensor<i32>, tensor<64xf32>) -> tensor<8x64x64xf32>
    %53 = stablehlo.slice %arg5 [0:1, 0:1, 0:128, 0:8, 0:64] : (tensor<12x1x128x8x64xf16>) -> tensor<1x1x128x8x64xf16>
    %54 = stablehlo.reshape %53 : (tensor<1x1x128x8x64xf16>) -> tensor<128x8x64xf16>
    %55 = stablehlo.constant dense<0> : tensor<i32>
    %56 = stablehlo.constant dense<0> : tensor<i32>
    %57 = stablehlo.constant dense<0> : tensor<i32>
    %58 = stablehlo.constant dense<-1> : tensor<i32>
    %59 = stablehlo.add %5, %58 : tensor<i32>
    %60 = stablehlo.broadcast_in_dim %59, dims = [] : (tensor<i32>) -> tensor<128xi32>
    %61 = stablehlo.iota dim = 0 : tensor<128xi32>
    %62 = stablehlo.constant dense<128> : tensor<128xi32>
    %63 = stablehlo.subtract %60, %61 : tensor<128xi32>
    %64 = stablehlo.add %63, %62 : tensor<128xi32>
    %65 = stablehlo.constant dense<128> : tensor<128xi32>
    %66 = stablehlo.divide %64, %65 : tensor<128xi32>
    %67 = stablehlo.multiply %66, %65 : tensor<128xi32>
    %68 = stablehlo.subtract %64, %67 : tensor<128xi32>
    %69 = stablehlo.subtract %60, %68 : tensor<128xi32>
    %70 = stablehlo.broadcast_in_dim %arg1, dims = [] : (tensor<i32>) -> tensor<128xi32>
    %71 = stablehlo.subtract %69, %70 : tensor<128xi32>
    %72 = stablehlo.constant dense<0> : tensor<128xi32>
    %73 = stablehlo.compare GE, %71, %72 : (tensor<128xi32>, tensor<128xi32>) -> tensor<128xi1>
    %74 = stablehlo.add %71, %62 : tensor<128xi32>
    %75 = stablehlo.select %73, %74, %61 : tensor<128xi1>, tensor<128xi32>
    %76 = stablehlo.concatenate %54, %46, dim = 0 : (tensor<128x8x64xf16>, tensor<8x8x64xf16>) -> tensor<136x8x64xf16>
    %77 = stablehlo.reshape %75 : (tensor<128xi32>) -> tensor<128x1xi32>
    %78 = "stablehlo.gather"(%76, %77) {dimension_numbers = #stablehlo.gather<offset_dims = [1, 2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 8, 64>} : (tensor<136x8x64xf16>, tensor<128x1xi32>) -> tensor<128x8x64xf16>
    %79 = stablehlo.reshape %78 : (tensor<128x8x64xf16>) -> tensor<1x1x128x8x64xf16>
    %80 = stablehlo.dynamic_update_slice %arg5, %79, %55, %56, %57, %57, %57 : (tensor<12x1x128x8x64xf16>, tensor<1x1x128x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<12x1x128x8x64xf16>
    %81 = stablehlo.slice %arg6 [0:1, 0:1, 0:128, 0:8, 0:64] : (tensor<12x1x128x8x64xf16>) -> tensor<1x1x128x8x64xf16>
    %82 = stablehlo.reshape %81 : (tensor<1x1x128x8x64xf16>) -> tensor<128x8x64xf16>
    %83 = stablehlo.constant dense<0> : tensor<i32>
    %84 = stablehlo.constant dense<0> : tensor<i32>
    %85 = stablehlo.constant dense<0> : tensor<i32>
    %86 = stablehlo.constant dense<-1> : tensor<i32>
    %87 = stablehlo.add %5, %86 : tensor<i32>
    %88 = stablehlo.broadcast_in_dim %87, dims = [] : (tensor<i32>) -> tensor<128xi32>
    %89 = stablehlo.iota dim = 0 : tensor<128xi32>
    %90 = stablehlo.constant dense<128> : tensor<128xi32>
    %91 = stablehlo.subtract %88, %89 : tensor<128xi32>
    %92 = stablehlo.add %91, %90 : tensor<128xi32>
    %93 = stablehlo.constant dense<128> : tensor<128xi32>
    %94 = stablehlo.divide %92, %93 : tensor<128xi32>
    %95 = stablehlo.multiply %94, %93 : tensor<128xi32>
    %96 = stablehlo.subtract %92, %95 : tensor<128xi32>
    %97 = stablehlo.subtract %88, %96 : tensor<128xi32>
    %98 = stablehlo.broadcast_in_dim %arg1, dims = [] : (tensor<i32>) -> tensor<128xi32>
    %99 = stablehlo.subtract %97, %98 : tensor<128xi32>
    %100 = stablehlo.constant dense<0> : tensor<128xi32>
    %101 = stablehlo.compare GE, %99, %100 : (tensor<128xi32>, tensor<128xi32>) -> tensor<128xi1>
    %102 = stablehlo.add %99, %90 : tensor<128xi32>
    %103 = stablehlo.select %101, %102, %89 : tensor<128xi1>, tensor<128xi32>
    %104 = stablehlo.concatenate %82, %47, dim = 0 : (tensor<128x8x64xf16>, tensor<8x8x64xf16>) -> tensor<136x8x64xf16>
    %105 = stablehlo.reshape %103 : (tensor<128xi32>) -> tensor<128x1xi32>
    %106 = "stablehlo.gather"(%104, %105) {dimension_numbers = #stablehlo.gather<offset_dims = [1, 2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 8, 64>} : (tensor<136x8x64xf16>, tensor<128x1xi32>) -> tensor<128x8x64xf16>
    %107 = stablehlo.reshape %106 : (tensor<128x8x64xf16>) -> tensor<1x1x128x8x64xf16>
    %108 = stablehlo.dynamic_update_slice %arg6, %107, %83, %84, %85, %85, %85 : (tensor<12x1x128x8x64xf16>, tensor<1x1x128x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<12x1x128x8x64xf16>
    %109 = stablehlo.reshape %52 : (tensor<8x64x64xf32>) -> tensor<8x4096xf32>
    %110 = stablehlo.composite "mlxla.quantized_dot" %109, %arg23, %arg24, %arg25 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x4096xf32_2880x512xui32_2880x64xf32_2880x64xf32_1606f16f63a9d508} : (tensor<8x4096xf32>, tensor<2880x512xui32>, tensor<2880x64xf32>, tensor<2880x64xf32>) -> tensor<8x2880xf32>
    %111 = stablehlo.broadcast_in_dim %arg26, dims = [1] : (tensor<2880xf32>) -> tensor<8x2880xf32>
    %112 = stablehlo.add %110, %111 : tensor<8x2880xf32>
    %113 = stablehlo.add %30, %112 : tensor<8x2880xf32>
    %114 = stablehlo.composite "mlxla.rms_norm" %113, %arg28 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2880xf32_2880xf32_b6a9c526c7d0eb0f} : (tensor<8x2880xf32>, tensor<2880xf32>) -> tensor<8x2880xf32>
    %115 = stablehlo.composite "mlxla.quantized_dot" %114, %arg29, %arg30, %arg31 {composite_attributes = {bits = 8 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x2880xf32_32x720xui32_32x45xf32_32x45xf32_46b69380ec5ff98c} : (tensor<8x2880xf32>, tensor<32x720xui32>, tensor<32x45xf32>, tensor<32x45xf32>) -> tensor<8x32xf32>
    %116 = stablehlo.broadcast_in_dim %arg32, dims = [1] : (tensor<32xf32>) -> tensor<8x32xf32>
    %117 = stablehlo.add %115, %116 : tensor<8x32xf32>
    %118 = stablehlo.composite "mlxla.moe" %114, %117, %arg33, %arg34, %arg36, %arg37, %arg39, %arg40, %arg35, %arg38, %arg41 {composite_attributes = {activation = "swiglu_clamped", bits = 4 : i64, expert_bias = true, experts = 32 : i64, format = "fp", group_size = 32 : i64, precision = "f32", routing = "topk_softmax", swiglu_alpha = 1.702 : f64, swiglu_limit = 7.0 : f64, top_k = 4 : i64}, decomposition = @mlxla_moe_8x2880xf32_8x32xf32_32x2880x360xui32_32x2880x90xui8_32x2880x360xui32_32x2880x90xui8_32x2880x360xui32_32x2880x90xui8_32x2880xf32_32x2880xf32_32x2880xf32_7154339e831de982} : (tensor<8x2880xf32>, tensor<8x32xf32>, tensor<32x2880x360xui32>, tensor<32x2880x90xui8>, tensor<32x2880x360xui32>, tensor<32x2880x90xui8>, tensor<32x2880x360xui32>, tensor<32x2880x90xui8>, tensor<32x2880xf32>, tensor<32x2880xf32>, tensor<32x2880xf32>) -> tensor<8x2880xf32>
    %119 = stablehlo.add %113, %118 : tensor<8x2880xf32>
    %120 = stablehlo.composite "mlxla.rms_norm" %119, %arg42 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2880xf32_2880xf32_b6a9c526c7d0eb0f} : (tensor<8x2880xf32>, tensor<2880xf32>) -> tensor<8x2880xf32>
    %121 = stablehlo.composite "mlxla.quantized_dot" %120, %arg43, %arg44, %arg45 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x2880xf32_4096x360xui32_4096x45xf32_4096x45xf32_1606f16f63a9d508} : (tensor<8x2880xf32>, tensor<4096x360xui32>, tensor<4096x45xf32>, tensor<4096x45xf32>) -> tensor<8x4096xf32>
    %122 = stablehlo.broadcast_in_dim %arg46, dims = [1] : (tensor<4096xf32>) -> tensor<8x4096xf32>
    %123 = stablehlo.add %121, %122 : tensor<8x4096xf32>
    %124 = stablehlo.reshape %123 : (tensor<8x4096xf32>) -> tensor<8x64x64xf32>
    %125 = stablehlo.composite "mlxla.rope" %124, %2 {composite_attributes = {beta_fast = 32.0 : f64, beta_slow = 1.0 : f64, factor = 32.0 : f64, mscale = 1.0 : f64, mscale_all_dim = 0.0 : f64, original_max_position_embeddings = 4096 : i64, scaling = "yarn", theta = 150000.0 : f64}, decomposition = @mlxla_rope_8x64x64xf32_8xi32_bca46eb598c94a3c} : (tensor<8x64x64xf32>, tensor<8xi32>) -> tensor<8x64x64xf32>
    %126 = stablehlo.composite "mlxla.quantized_dot" %120, %arg47, %arg48, %arg49 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x2880xf32_512x360xui32_512x45xf32_512x45xf32_1606f16f63a9d508} : (tensor<8x2880xf32>, tensor<512x360xui32>, tensor<512x45xf32>, tensor<512x45xf32>) -> tensor<8x512xf32>
    %127 = stablehlo.broadcast_in_dim %arg50, dims = [1] : (tensor<512xf32>) -> tensor<8x512xf32>
    %128 = stablehlo.add %126, %127 : tensor<8x512xf32>
    %129 = stablehlo.reshape %128 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %130 = stablehlo.composite "mlxla.rope" %129, %2 {composite_attributes = {beta_fast = 32.0 : f64, beta_slow = 1.0 : f64, factor = 32.0 : f64, mscale = 1.0 : f64, mscale_all_dim = 0.0 : f64, original_max_position_embeddings = 4096 : i64, scaling = "yarn", theta = 150000.0 : f64}, decomposition = @mlxla_rope_8x8x64xf32_8xi32_bca46eb598c94a3c} : (tensor<8x8x64xf32>, tensor<8xi32>) -> tensor<8x8x64xf32>
    %131 = stablehlo.composite "mlxla.quantized_dot" %120, %arg51, %arg52, %arg53 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x2880xf32_512x360xui32_512x45xf32_512x45xf32_1606f16f63a9d508} : (tensor<8x2880xf32>, tensor<512x360xui32>, tensor<512x45xf32>, tensor<512x45xf32>) -> tensor<8x512xf32>
    %132 = stablehlo.broadcast_in_dim %arg54, dims = [1] : (tensor<512xf32>) -> tensor<8x512xf32>
    %133 = stablehlo.add %131, %132 : tensor<8x512xf32>
    %134 = stablehlo.reshape %133 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %135 = stablehlo.convert %130 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %136 = stablehlo.convert %134 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %137 = stablehlo.constant dense<0> : tensor<i32>
    %138 = stablehlo.constant dense<0> : tensor<i32>
    %139 = stablehlo.constant dense<0> : tensor<i32>
    %140 = stablehlo.reshape %135 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %141 = stablehlo.dynamic_update_slice %arg3, %140, %137, %139, %arg1, %138, %138 : (tensor<12x1x256x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<12x1x256x8x64xf16>
    %142 = stablehlo.reshape %136 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %143 = stablehlo.dynamic_update_slice %arg4, %142, %137, %139, %arg1, %138, %138 : (tensor<12x1x256x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<12x1x256x8x64xf16>
    %144 = stablehlo.slice %141 [0:1, 0:1, 0:256, 0:8, 0:64] : (tensor<12x1x256x8x64xf16>) -> tensor<1x1x256x8x64xf16>
    %145 = stablehlo.reshape %144 : (tensor<1x1x256x8x64xf16>) -> tensor<256x8x64xf16>
    %146 = stablehlo.slice %143 [0:1, 0:1, 0:256, 0:8, 0:64] : (tensor<12x1x256x8x64xf16>) -> tensor<1x1x256x8x64xf16>
    %147 = stablehlo.reshape %146 : (tensor<1x1x256x8x64xf16>) -> tensor<256x8x64xf16>
    %148 = stablehlo.composite "mlxla.attention" %125, %145, %147, %2, %5, %arg59 {composite_attributes = {scale = 0.125 : f64, sinks = true}, decomposition = @mlxla_attention_8x64x64xf32_256x8x64xf16_256x8x64xf16_8xi32_i32_64xf32_d54bb49fca62a40e} : (tensor<8x64x64xf32>, tensor<256x8x64xf16>, tensor<256x8x64xf16>, tensor<8xi32>, tensor<i32>, tensor<64xf32>) -> tensor<8x64x64xf32>
    %149 = stablehlo.reshape %148 : (tensor<8x64x64xf32>) -> tensor<8x4096xf32>
    %150 = stablehlo.composite "mlxla.quantized_dot" %149, %arg55, %arg56, %arg57 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x4096xf32_2880x512xui32_2880x64xf32_2880x64xf32_1606f16f63a9d508} : (tensor<8x4096xf32>, tensor<2880x512xui32>, tensor<2880x64xf32>, tensor<2880x64xf32>) -> tensor<8x2880xf32>
    %151 = stablehlo.broadcast_in_dim %arg58, dims = [1] : (tensor<2880xf32>) -> tensor<8x2880xf32>
    %152 = stablehlo.add %150, %151 : tensor<8x2880xf32>
    %153 = stablehlo.add %119, %152 : tensor<8x2880xf32>
    %154 = stablehlo.composite "mlxla.rms_norm" %153, %arg60 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2880xf32_2880xf32_b6a9c526c7d0eb0f} : (tensor<8x2880xf32>, tensor<2880xf32>) -> tensor<8x2880xf32>
    %155 = stablehlo.composite "mlxla.quantized_dot" %154, %arg61, %arg62, %arg63 {composite_attributes = {bits = 8 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x2880xf32_32x720xui32_32x45xf32_32x45xf32_46b69380ec5ff98c} : (tensor<8x2880xf32>, tensor<32x720xui32>, tensor<32x45xf32>, tensor<32x45xf32>) -> tensor<8x32xf32>
    %156 = stablehlo.broadcast_in_dim %arg64, dims = [1] : (tensor<32xf32>) -> tensor<8x32xf32>
    %157 = stablehlo.add %155, %156 : tensor<8x32xf32>
    %158 = stablehlo.composite "mlxla.moe" %154, %157, %arg65, %arg66, %arg68, %arg69, %arg71, %arg72, %arg67, %arg70, %arg73 {composite_attributes = {activation = "swiglu_clamped", bits = 4 : i64, expert_bias = true, experts = 32 : i64, format = "fp", group_size = 32 : i64, precision = "f32", routing = "topk_softmax", swiglu_alpha = 1.702 : f64, swiglu_limit = 7.0 : f64, top_k = 4 : i64}, decomposition = @mlxla_moe_8x2880xf32_8x32xf32_32x2880x360xui32_32x2880x90xui8_32x2880x360xui32_32x2880x90xui8_32x2880x360xui32_32x2880x90xui8_32x2880xf32_32x2880xf32_32x2880xf32_7154339e831de982} : (tensor<8x2880xf32>, tensor<8x32xf32>, tensor<32x2880x360xui32>, tensor<32x2880x90xui8>, tensor<32x2880x360xui32>, tensor<32x2880x90xui8>, tensor<32x2880x360xui32>, tensor<32x2880x90xui8>, tensor<32x2880xf32>, tensor<32x2880xf32>, tensor<32x2880xf32>) -> tensor<8x2880xf32>
    %159 = stablehlo.add %153, %158 : tensor<8x2880xf32>
    %160 = stablehlo.composite "mlxla.rms_norm" %159, %arg74 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2880xf32_2880xf32_b6a9c526c7d0eb0f} : (tensor<8x2880xf32>, tensor<2880xf32>) -> tensor<8x2880xf32>
    %161 = stablehlo.composite "mlxla.quantized_dot" %160, %arg75, %arg76, %arg77 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x2880xf32_4096x360xui32_4096x45xf32_4096x45xf32_1606f16f63a9d508} : (tensor<8x2880xf32>, tensor<4096x360xui32>, tensor<4096x45xf32>, tensor<4096x45xf32>) -> tensor<8x4096xf32>
    %162 = stablehlo.broadcast_in_dim %arg78, dims = [1] : (tensor<4096xf32>) -> tensor<8x4096xf32>
    %163 = stablehlo.add %161, %162 : tensor<8x4096xf32>
    %164 = stablehlo.reshape %163 : (tensor<8x4096xf32>) -> tensor<8x64x64xf32>
    %165 = stablehlo.composite "mlxla.rope" %164, %2 {composite_attributes = {beta_fast = 32.0 : f64, beta_slow = 1.0 : f64, factor = 32.0 : f64, mscale = 1.0 : f64, mscale_all_dim = 0.0 : f64, original_max_position_embeddings = 4096 : i64, scaling = "yarn", theta = 150000.0 : f64}, decomposition = @mlxla_rope_8x64x64xf32_8xi32_bca46eb598c94a3c} : (tensor<8x64x64xf32>, tensor<8xi32>) -> tensor<8x64x64xf32>
    %166 = stablehlo.composite "mlxla.quantized_dot" %160, %arg79, %arg80, %arg81 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x2880xf32_512x360xui32_512x45xf32_512x45xf32_1606f16f63a9d508} : (tensor<8x2880xf32>, tensor<512x360xui32>, tensor<512x45xf32>, tensor<512x45xf32>) -> tensor<8x512xf32>
    %167 = stablehlo.broadcast_in_dim %arg82, dims = [1] : (tensor<512xf32>) -> tensor<8x512xf32>
    %168 = stablehlo.add %166, %167 : tensor<8x512xf32>
    %169 = stablehlo.reshape %168 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %170 = stablehlo.composite "mlxla.rope" %169, %2 {composite_attributes = {beta_fast = 32.0 : f64, beta_slow = 1.0 : f64, factor = 32.0 : f64, mscale = 1.0 : f64, mscale_all_dim = 0.0 : f64, original_max_position_embeddings = 4096 : i64, scaling = "yarn", theta = 150000.0 : f64}, decomposition = @mlxla_rope_8x8x64xf32_8xi32_bca46eb598c94a3c} : (tensor<8x8x64xf32>, tensor<8xi32>) -> tensor<8x8x64xf32>
    %171 = stablehlo.composite "mlxla.quantized_dot" %160, %arg83, %arg84, %arg85 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x2880xf32_512x360xui32_512x45xf32_512x45xf32_1606f16f63a9d508} : (tensor<8x2880xf32>, tensor<512x360xui32>, tensor<512x45xf32>, tensor<512x45xf32>) -> tensor<8x512xf32>
    %172 = stablehlo.broadcast_in_dim %arg86, dims = [1] : (tensor<512xf32>) -> tensor<8x512xf32>
    %173 = stablehlo.add %171, %172 : tensor<8x512xf32>
    %174 = stablehlo.reshape %173 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %175 = stablehlo.convert %170 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %176 = stablehlo.convert %174 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %177 = stablehlo.slice %80 [1:2, 0:1, 0:128, 0:8, 0:64] : (tensor<12x1x128x8x64xf16>) -> tensor<1x1x128x8x64xf16>
    %178 = stablehlo.reshape %177 : (tensor<1x1x128x8x64xf16>) -> tensor<128x8x64xf16>
    %179 = stablehlo.slice %108 [1:2, 0:1, 0:128, 0:8, 0:64] : (tensor<12x1x128x8x64xf16>) -> tensor<1x1x128x8x64xf16>
    %180 = stablehlo.reshape %179 : (tensor<1x1x128x8x64xf16>) -> tensor<128x8x64xf16>
    %181 = stablehlo.composite "mlxla.window_attention" %165, %178, %180, %175, %176, %2, %5, %arg91 {composite_attributes = {scale = 0.125 : f64, sinks = true, window = 128 : i64}, decomposition = @mlxla_window_attention_8x64x64xf32_128x8x64xf16_128x8x64xf16_8x8x64xf16_8x8x64xf16_8xi32_i32_64xf32_fe6978d776132cfa} : (tensor<8x64x64xf32>, tensor<128x8x64xf16>, tensor<128x8x64xf16>, tensor<8x8x64xf16>, tensor<8x8x64xf16>, tensor<8xi32>, tensor<i32>, tensor<64xf32>) -> tensor<8x64x64xf32>
    %182 = stablehlo.slice %80 [1:2, 0:1, 0:128, 0:8, 0:64] : (tensor<12x1x128x8x64xf16>) -> tensor<1x1x128x8x64xf16>
    %183 = stablehlo.reshape %182 : (tensor<1x1x128x8x64xf16>) -> tensor<128x8x64xf16>
    %184 = stablehlo.constant dense<1> : tensor<i32>
    %185 = stablehlo.constant dense<0> : tensor<i32>
    %186 = stablehlo.constant dense<0> : tensor<i32>
    %187 = stablehlo.constant dense<-1> : tensor<i32>
    %188 = stablehlo.add %5, %187 : tensor<i32>
    %189 = stablehlo.broadcast_in_dim %188, dims = [] : (tensor<i32>) -> tensor<128xi32>
    %190 = stablehlo.iota dim = 0 : tensor<128xi32>
    %191 = stablehlo.constant dense<128> : tensor<128xi32>
    %192 = stablehlo.subtract %189, %190 : tensor<128xi32>
    %193 = stablehlo.add %192, %191 : tensor<128xi32>
    %194 = stablehlo.constant dense<128> : tensor<128xi32>
    %195 = stablehlo.divide %193, %194 : tensor<128xi32>
    %196 = stablehlo.multiply %195, %194 : tensor<128xi32>
    %197 = stablehlo.subtract %193, %196 : tensor<128xi32>
    %198 = stablehlo.subtract %189, %197 : tensor<128xi32>
    %199 = stablehlo.broadcast_in_dim %arg1, dims = [] : (tensor<i32>) -> tensor<128xi32>
    %200 = stablehlo.subtract %198, %199 : tensor<128xi32>
    %201 = stablehlo.constant dense<0> : tensor<128xi32>
    %202 = stablehlo.compare GE, %200, %201 : (tensor<128xi32>, tensor<128xi32>) -> tensor<128xi1>
    %203 = stablehlo.add %200, %191 : tensor<128xi32>
    %204 = stablehlo.select %202, %203, %190 : tensor<128xi1>, tensor<128xi32>
    %205 = stablehlo.concatenate %183, %175, dim = 0 : (tensor<128x8x64xf16>, tensor<8x8x64xf16>) -> tensor<136x8x64xf16>
    %206 = stablehlo.reshape %204 : (tensor<128xi32>) -> tensor<128x1xi32>
    %207 = "stablehlo.gather"(%205, %206) {dimension_numbers = #stablehlo.gather<offset_dims = [1, 2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 8, 64>} : (tensor<136x8x64xf16>, tensor<128x1xi32>) -> tensor<128x8x64xf16>
    %208 = stablehlo.reshape %207 : (tensor<128x8x64xf16>) -> tensor<1x1x128x8x64xf16>
    %209 = stablehlo.dynamic_update_slice %80, %208, %184, %185, %186, %186, %186 : (tensor<12x1x128x8x64xf16>, tensor<1x1x128x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<12x1x128x8x64xf16>
    %210 = stablehlo.slice %108 [1:2, 0:1, 0:128, 0:8, 0:64] : (tensor<12x1x128x8x64xf16>) -> tensor<1x1x128x8x64xf16>
    %211 = stablehlo.reshape %210 : (tensor<1x1x128x8x64xf16>) -> tensor<128x8x64xf16>
    %212 = stablehlo.constant dense<1> : tensor<i32>
    %213 = stablehlo.constant dense<0> : tensor<i32>
    %214 = stablehlo.constant dense<0> : tensor<i32>
    %215 = stablehlo.constant dense<-1> : tensor<i32>
    %216 = stablehlo.add %5, %215 : tensor<i32>
    %217 = stablehlo.broadcast_in_dim %216, dims = [] : (tensor<i32>) -> tensor<128xi32>
    %218 = stablehlo.iota dim = 0 : tensor<128xi32>
    %219 = stablehlo.constant dense<128> : tensor<128xi32>
    %220 = stablehlo.subtract %217, %218 : tensor<128xi32>
    %221 = stablehlo.add %220, %219 : tensor<128xi32>
    %222 = stablehlo.constant dense<128> : tensor<128xi32>
    %223 = stablehlo.divide %221, %222 : tensor<128xi32>
    %224 = stablehlo.multiply %223, %222 : tensor<128xi32>
    %225 = stablehlo.subtract %221, %224 : tensor<128xi32>
    %226 = stablehlo.subtract %217, %225 : tensor<128xi32>
    %227 = stablehlo.broadcast_in_dim %arg1, dims = [] : (tensor<i32>) -> tensor<128xi32>
    %228 = stablehlo.subtract %226, %227 : tensor<128xi32>
    %229 = stablehlo.constant dense<0> : tensor<128xi32>
    %230 = stablehlo.compare GE, %228, %229 : (tensor<128xi32>, tensor<128xi32>) -> tensor<128xi1>
    %231 = stablehlo.add %228, %219 : tensor<128xi32>
    %232 = stablehlo.select %230, %231, %218 : tensor<128xi1>, tensor<128xi32>
    %233 = stablehlo.concatenate %211, %176, dim = 0 : (tensor<128x8x64xf16>, tensor<8x8x64xf16>) -> tensor<136x8x64xf16>
    %234 = stablehlo.reshape %232 : (tensor<128xi32>) -> tensor<128x1xi32>
    %235 = "stablehlo.gather"(%233, %234) {dimension_numbers = #stablehlo.gather<offset_dims = [1, 2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 8, 64>} : (tensor<136x8x64xf16>, tensor<128x1xi32>) -> tensor<128x8x64xf16>
    %236 = stablehlo.reshape %235 : (tensor<128x8x64xf16>) -> tensor<1x1x128x8x64xf16>
    %237 = stablehlo.dynamic_update_slice %108, %236, %212, %213, %214, %214, %214 : (tensor<12x1x128x8x64xf16>, tensor<1x1x128x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<12x1x128x8x64xf16>
    %238 = stablehlo.reshape %181 : (tensor<8x64x64xf32>) -> tensor<8x4096xf32>
    %239 = stablehlo.composite "mlxla.quantized_dot" %238, %arg87, %arg88, %arg89 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x4096xf32_2880x512xui32_2880x64xf32_2880x64xf32_1606f16f63a9d508} : (tensor<8x4096xf32>, tensor<2880x512xui32>, tensor<2880x64xf32>, tensor<2880x64xf32>) -> tensor<8x2880xf32>
    %240 = stablehlo.broadcast_in_dim %arg90, dims = [1] : (tensor<2880xf32>) -> tensor<8x2880xf32>
    %241 = stablehlo.add %239, %240 : tensor<8x2880xf32>
    %242 = stablehlo.add %159, %241 : tensor<8x2880xf32>
    %243 = stablehlo.composite "mlxla.rms_norm" %242, %arg92 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2880xf32_2880xf32_b6a9c526c7d0eb0f} : (tensor<8x2880xf32>, tensor<2880xf32>) -> tensor<8x2880xf32>
    %244 = stablehlo.composite "mlxla.quantized_dot" %243, %arg93, %arg94, %arg95 {composite_attributes = {bits = 8 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x2880xf32_32x720xui32_32x45xf32_32x45xf32_46b69380ec5ff98c} : (tensor<8x2880xf32>, tensor<32x720xui32>, tensor<32x45xf32>, tensor<32x45xf32>) -> tensor<8x32xf32>
    %245 = stablehlo.broadcast_in_dim %arg96, dims = [1] : (tensor<32xf32>) -> tensor<8x32xf32>
    %246 = stablehlo.add %244, %245 : tensor<8x32xf32>
    %247 = stablehlo.composite "mlxla.moe" %243, %246, %arg97, %arg98, %arg100, %arg101, %arg103, %arg104, %arg99, %arg102, %arg105 {composite_attributes = {activation = "swiglu_clamped", bits = 4 : i64, expert_bias = true, experts = 32 : i64, format = "fp", group_size = 32 : i64, precision = "f32", routing = "topk_softmax", swiglu_alpha = 1.702 : f64, swiglu_limit = 7.0 : f64, top_k = 4 : i64}, decomposition = @mlxla_moe_8x2880xf32_8x32xf32_32x2880x360xui32_32x2880x90xui8_32x2880x360xui32_32x2880x90xui8_32x2880x360xui32_32x2880x90xui8_32x2880xf32_32x2880xf32_32x2880xf32_7154339e831de982} : (tensor<8x2880xf32>, tensor<8x32xf32>, tensor<32x2880x360xui32>, tensor<32x2880x90xui8>, tensor<32x2880x360xui32>, tensor<32x2880x90xui8>, tensor<32x2880x360xui32>, tensor<32x2880x90xui8>, tensor<32x2880xf32>, tensor<32x2880xf32>, tensor<32x2880xf32>) -> tensor<8x2880xf32>
    %248 = stablehlo.add %242, %247 : tensor<8x2880xf32>
    %249 = stablehlo.composite "mlxla.rms_norm" %248, %arg106 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2880xf32_2880xf32_b6a9c526c7d0eb0f} : (tensor<8x2880xf32>, tensor<2880xf32>) -> tensor<8x2880xf32>
    %250 = stablehlo.composite "mlxla.quantized_dot" %249, %arg107, %arg108, %arg109 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x2880xf32_4096x360xui32_4096x45xf32_4096x45xf32_1606f16f63a9d508} : (tensor<8x2880xf32>, tensor<4096x360xui32>, tensor<4096x45xf32>, tensor<4096x45xf32>) -> tensor<8x4096xf32>
    %251 = stablehlo.broadcast_in_dim %arg110, dims = [1] : (tensor<4096xf32>) -> tensor<8x4096xf32>
    %252 = stablehlo.add %250, %251 : tensor<8x4096xf32>
    %253 = stablehlo.reshape %252 : (tensor<8x4096xf32>) -> tensor<8x64x64xf32>
    %254 = stablehlo.composite "mlxla.rope" %253, %2 {composite_attributes = {beta_fast = 32.0 : f64, beta_slow = 1.0 : f64, factor = 32.0 : f64, mscale = 1.0 : f64, mscale_all_dim = 0.0 : f64, original_max_position_embeddings = 4096 : i64, scaling = "yarn", theta = 150000.0 : f64}, decomposition = @mlxla_rope_8x64x64xf32_8xi32_bca46eb598c94a3c} : (tensor<8x64x64xf32>, tensor<8xi32>) -> tensor<8x64x64xf32>
    %255 = stablehlo.composite "mlxla.quantized_dot" %249, %arg111, %arg112, %arg113 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x2880xf32_512x360xui32_512x45xf32_512x45xf32_1606f16f63a9d508} : (tensor<8x2880xf32>, tensor<512x360xui32>, tensor<512x45xf32>, tensor<512x45xf32>) -> tensor<8x512xf32>
    %256 = stablehlo.broadcast_in_dim %arg114, dims = [1] : (tensor<512xf32>) -> tensor<8x512xf32>
    %257 = stablehlo.add %255, %256 : tensor<8x512xf32>
    %258 = stablehlo.reshape %257 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %259 = stablehlo.composite "mlxla.rope" %258, %2 {composite_attributes = {beta_fast = 32.0 : f64, beta_slow = 1.0 : f64, factor = 32.0 : f64, mscale = 1.0 : f64, mscale_all_dim = 0.0 : f64, original_max_position_embeddings = 4096 : i64, scaling = "yarn", theta = 150000.0 : f64}, decomposition = @mlxla_rope_8x8x64xf32_8xi32_bca46eb598c94a3c} : (tensor<8x8x64xf32>, tensor<8xi32>) -> tensor<8x8x64xf32>
    %260 = stablehlo.composite "mlxla.quantized_dot" %249, %arg115, %arg116, %arg117 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x2880xf32_512x360xui32_512x45xf32_512x45xf32_1606f16f63a9d508} : (tensor<8x2880xf32>, tensor<512x360xui32>, tensor<512x45xf32>, tensor<512x45xf32>) -> tensor<8x512xf32>
    %261 = stablehlo.broadcast_in_dim %arg118, dims = [1] : (tensor<512xf32>) -> tensor<8x512xf32>
    %262 = stablehlo.add %260, %261 : tensor<8x512xf32>
    %263 = stablehlo.reshape %262 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %264 = stablehlo.convert %259 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %265 = stablehlo.convert %263 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %266 = stablehlo.constant dense<1> : tensor<i32>
    %267 = stablehlo.constant dense<0> : tensor<i32>
    %268 = stablehlo.constant dense<0> : tensor<i32>
    %269 = stablehlo.reshape %264 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %270 = stablehlo.dynamic_update_slice %141, %269, %266, %268, %arg1, %267, %267 : (tensor<12x1x256x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<12x1x256x8x64xf16>
    %271 = stablehlo.reshape %265 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %272 = stablehlo.dynamic_update_slice %143, %271, %266, %268, %arg1, %267, %267 : (tensor<12x1x256x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<12x1x256x8x64xf16>
    %273 = stablehlo.slice %270 [1:2, 0:1, 0:256, 0:8, 0:64] : (tensor<12x1x256x8x64xf16>) -> tensor<1x1x256x8x64xf16>
    %274 = stablehlo.reshape %273 : (tensor<1x1x256x8x64xf16>) -> tensor<256x8x64xf16>
    %275 = stablehlo.slice %272 [1:2, 0:1, 0:256, 0:8, 0:64] : (tensor<12x1x256x8x64xf16>) -> tensor<1x1x256x8x64xf16>
    %276 = stablehlo.reshape %275 : (tensor<1x1x256x8x64xf16>) -> tensor<256x8x64xf16>
    %277 = stablehlo.composite "mlxla.attention" %254, %274, %276, %2, %5, %arg123 {composite_attributes = {scale = 0.125 : f64, sinks = true}, decomposition = @mlxla_attention_8x64x64xf32_256x8x64xf16_256x8x64xf16_8xi32_i32_64xf32_d54bb49fca62a40e} : (tensor<8x64x64xf32>, tensor<256x8x64xf16>, tensor<256x8x64xf16>, tensor<8xi32>, tensor<i32>, tensor<64xf32>) -> tensor<8x64x64xf32>
    %278 = stablehlo.reshape %277 : (tensor<8x64x64xf32>) -> tensor<8x4096xf32>
    %279 = stablehlo.composite "mlxla.quantized_dot" %278, %arg119, %arg120, %arg121 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x4096xf32_2880x512xui32_2880x64xf32_2880x64xf32_1606f16f63a9d508} : (tensor<8x4096xf32>, tensor<2880x512xui32>, tensor<2880x64xf32>, tensor<2880x64xf32>) -> tensor<8x2880xf32>
    %280 = stablehlo.broadcast_in_dim %arg122, dims = [1] : (tensor<2880xf32>) -> tensor<8x2880xf32>
    %281 = stablehlo.add %279, %280 : tensor<8x2880xf32>
    %282 = stablehlo.add %248, %281 : tensor<8x2880xf32>
    %283 = stablehlo.composite "mlxla.rms_norm" %282, %arg124 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2880xf32_2880xf32_b6a9c526c7d0eb0f} : (tensor<8x2880xf32>, tensor<2880xf32>) -> tensor<8x2880xf32>
    %284 = stablehlo.composite "mlxla.quantized_dot" %283, %arg125, %arg126, %arg127 {composite_attributes = {bits = 8 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x2880xf32_32x720xui32_32x45xf32_32x45xf32_46b69380ec5ff98c} : (tensor<8x2880xf32>, tensor<32x720xui32>, tensor<32x45xf32>, tensor<32x45xf32>) -> tensor<8x32xf32>
    %285 = stablehlo.broadcast_in_dim %arg128, dims = [1] : (tensor<32xf32>) -> tensor<8x32xf32>
    %286 = stablehlo.add %284, %285 : tensor<8x32xf32>
    %287 = stablehlo.composite "mlxla.moe" %283, %286, %arg129, %arg130, %arg132, %arg133, %arg135, %arg136, %arg131, %arg134, %arg137 {composite_attributes = {activation = "swiglu_clamped", bits = 4 : i64, expert_bias = true, experts = 32 : i64, format = "fp", group_size = 32 : i64, precision = "f32", routing = "topk_softmax", swiglu_alpha = 1.702 : f64, swiglu_limit = 7.0 : f64, top_k = 4 : i64}, decomposition = @mlxla_moe_8x2880xf32_8x32xf32_32x2880x360xui32_32x2880x90xui8_32x2880x360xui32_32x2880x90xui8_32x2880x360xui32_32x2880x90xui8_32x2880xf32_32x2880xf32_32x2880xf32_7154339e831de982} : (tensor<8x2880xf32>, tensor<8x32xf32>, tensor<32x2880x360xui32>, tensor<32x2880x90xui8>, tensor<32x2880x360xui32>, tensor<32x2880x90xui8>, tensor<32x2880x360xui32>, tensor<32x2880x90xui8>, tensor<32x2880xf32>, tensor<32x2880xf32>, tensor<32x2880xf32>) -> tensor<8x2880xf32>
    %288 = stablehlo.add %282, %287 : tensor<8x2880xf32>
    %289 = stablehlo.composite "mlxla.rms_norm" %288, %arg138 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2880xf32_2880xf32_b6a9c526c7d0eb0f} : (tensor<8x2880xf32>, tensor<2880xf32>) -> tensor<8x2880xf32>
    %290 = stablehlo.composite "mlxla.quantized_dot" %289, %arg139, %arg140, %arg141 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x2880xf32_4096x360xui32_4096x45xf32_4096x45xf32_1606f16f63a9d508} : (tensor<8x2880xf32>, tensor<4096x360xui32>, tensor<4096x45xf32>, tensor<4096x45xf32>) -> tensor<8x4096xf32>
    %291 = stablehlo.broadcast_in_dim %arg142, dims = [1] : (tensor<4096xf32>) -> tensor<8x4096xf32>
    %292 = stablehlo.add %290, %291 : tensor<8x4096xf32>
    %293 = stablehlo.reshape %292 : (tensor<8x4096xf32>) -> tensor<8x64x64xf32>
    %294 = stablehlo.composite "mlxla.rope" %293, %2 {composite_attributes = {beta_fast = 32.0 : f64, beta_slow = 1.0 : f64, factor = 32.0 : f64, mscale = 1.0 : f64, mscale_all_dim = 0.0 : f64, original_max_position_embeddings = 4096 : i64, scaling = "yarn", theta = 150000.0 : f64}, decomposition = @mlxla_rope_8x64x64xf32_8xi32_bca46eb598c94a3c} : (tensor<8x64x64xf32>, tensor<8xi32>) -> tensor<8x64x64xf32>
    %295 = stablehlo.composite "mlxla.quantized_dot" %289, %arg143, %arg144, %arg145 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x2880xf32_512x360xui32_512x45xf32_512x45xf32_1606f16f63a9d508} : (tensor<8x2880xf32>, tensor<512x360xui32>, tensor<512x45xf32>, tensor<512x45xf32>) -> tensor<8x512xf32>
    %296 = stablehlo.broadcast_in_dim %arg146, dims = [1] : (tensor<512xf32>) -> tensor<8x512xf32>
    %297 = stablehlo.add %295, %296 : tensor<8x512xf32>
    %298 = stablehlo.reshape %297 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %299 = stablehlo.composite "mlxla.rope" %298, %2 {composite_attributes = {beta_fast = 32.0 : f64, beta_slow = 1.0 : f64, factor = 32.0 : f64, mscale = 1.0 : f64, mscale_all_dim = 0.0 : f64, original_max_position_embeddings = 4096 : i64, scaling = "yarn", theta = 150000.0 : f64}, decomposition = @mlxla_rope_8x8x64xf32_8xi32_bca46eb598c94a3c} : (tensor<8x8x64xf32>, tensor<8xi32>) -> tensor<8x8x64xf32>
    %300 = stablehlo.composite "mlxla.quantized_dot" %289, %arg147, %arg148, %arg149 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x2880xf32_512x360xui32_512x45xf32_512x45xf32_1606f16f63a9d508} : (tensor<8x2880xf32>, tensor<512x360xui32>, tensor<512x45xf32>, tensor<512x45xf32>) -> tensor<8x512xf32>
    %301 = stablehlo.broadcast_in_dim %arg150, dims = [1] : (tensor<512xf32>) -> tensor<8x512xf32>
    %302 = stablehlo.add %300, %301 : tensor<8x512xf32>
    %303 = stablehlo.reshape %302 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %304 = stablehlo.convert %299 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %305 = stablehlo.convert %303 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %306 = stablehlo.slice %209 [2:3, 0:1, 0:128, 0:8, 0:64] : (tensor<12x1x128x8x64xf16>) -> tensor<1x1x128x8x64xf16>
    %307 = stablehlo.reshape %306 : (tensor<1x1x128x8x64xf16>) -> tensor<128x8x64xf16>
    %308 = stablehlo.slice %237 [2:3, 0:1, 0:128, 0:8, 0:64] : (tensor<12x1x128x8x64xf16>) -> tensor<1x1x128x8x64xf16>
    %309 = stablehlo.reshape %308 : (tensor<1x1x128x8x64xf16>) -> tensor<128x8x64xf16>
    %310 = stablehlo.composite "mlxla.window_attention" %294, %307, %309, %304, %305, %2, %5, %arg155 {composite_attributes = {scale = 0.125 : f64, sinks = true, window = 128 : i64}, decomposition = @mlxla_window_attention_8x64x64xf32_128x8x64xf16_128x8x64xf16_8x8x64xf16_8x8x64xf16_8xi32_i32_64xf32_fe6978d776132cfa} : (tensor<8x64x64xf32>, tensor<128x8x64xf16>, tensor<128x8x64xf16>, tensor<8x8x64xf16>, tensor<8x8x64xf16>, tensor<8xi32>, tensor<i32>, tensor<64xf32>) -> tensor<8x64x64xf32>
    %311 = stablehlo.slice %209 [2:3, 0:1, 0:128, 0:8, 0:64] : (tensor<12x1x128x8x64xf16>) -> tensor<1x1x128x8x64xf16>
    %312 = stablehlo.reshape %311 : (tensor<1x1x128x8x64xf16>) -> tensor<128x8x64xf16>
    %313 = stablehlo.constant dense<2> : tensor<i32>
    %314 = stablehlo.constant dense<0> : tensor<i32>
    %315 = stablehlo.constant dense<0> : tensor<i32>
    %316 = stablehlo.constant dense<-1> : tensor<i32>
    %317 = stablehlo.add %5, %316 : tensor<i32>
    %318 = stablehlo.broadcast_in_dim %317, dims = [] : (tensor<i32>) -> tensor<128xi32>
    %319 = stablehlo.iota dim = 0 : tensor<128xi32>
    %320 = stablehlo.constant dense<128> : tensor<128xi32>
    %321 = stablehlo.subtract %318, %319 : tensor<128xi32>
    %322 = stablehlo.add %321, %320 : tensor<128xi32>
    %323 = stablehlo.constant dense<128> : tensor<128xi32>
    %324 = stablehlo.divide %322, %323 : tensor<128xi32>
    %325 = stablehlo.multiply %324, %323 : tensor<128xi32>
    %326 = stablehlo.subtract %322, %325 : tensor<128xi32>
    %327 = stablehlo.subtract %318, %326 : tensor<128xi32>
    %328 = stablehlo.broadcast_in_dim %arg1, dims = [] : (tensor<i32>) -> tensor<128xi32>
    %329 = stablehlo.subtract %327, %328 : tensor<128xi32>
    %330 = stablehlo.constant dense<0> : tensor<128xi32>
    %331 = stablehlo.compare GE, %329, %330 : (tensor<128xi32>, tensor<128xi32>) -> tensor<128xi1>
    %332 = stablehlo.add %329, %320 : tensor<128xi32>
    %333 = stablehlo.select %331, %332, %319 : tensor<128xi1>, tensor<128xi32>
    %334 = stablehlo.concatenate %312, %304, dim = 0 : (tensor<128x8x64xf16>, tensor<8x8x64xf16>) -> tensor<136x8x64xf16>
    %335 = stablehlo.reshape %333 : (tensor<128xi32>) -> tensor<128x1xi32>
    %336 = "stablehlo.gather"(%334, %335) {dimension_numbers = #stablehlo.gather<offset_dims = [1, 2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 8, 64>} : (tensor<136x8x64xf16>, tensor<128x1xi32>) -> tensor<128x8x64xf16>
    %337 = stablehlo.reshape %336 : (tensor<128x8x64xf16>) -> tensor<1x1x128x8x64xf16>
    %338 = stablehlo.dynamic_update_slice %209, %337, %313, %314, %315, %315, %315 : (tensor<12x1x128x8x64xf16>, tensor<1x1x128x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<12x1x128x8x64xf16>
    %339 = stablehlo.slice %237 [2:3, 0:1, 0:128, 0:8, 0:64] : (tensor<12x1x128x8x64xf16>) -> tensor<1x1x128x8x64xf16>
    %340 = stablehlo.reshape %339 : (tensor<1x1x128x8x64xf16>) -> tensor<128x8x64xf16>
    %341 = stablehlo.constant dense<2> : tensor<i32>
    %342 = stablehlo.constant dense<0> : tensor<i32>
    %343 = stablehlo.constant dense<0> : tensor<i32>
    %344 = stablehlo.constant dense<-1> : tensor<i32>
    %345 = stablehlo.add %5, %344 : tensor<i32>
    %346 = stablehlo.broadcast_in_dim %345, dims = [] : (tensor<i32>) -> tensor<128xi32>
    %347 = stablehlo.iota dim = 0 : tensor<128xi32>
    %348 = stablehlo.constant dense<128> : tensor<128xi32>
    %349 = stablehlo.subtract %346, %347 : tensor<128xi32>
    %350 = stablehlo.add %349, %348 : tensor<128xi32>
    %351 = stablehlo.constant dense<128> : tensor<128xi32>
    %352 = stablehlo.divide %350, %351 : tensor<128xi32>
    %353 = stablehlo.multiply %352, %351 : tensor<128xi32>
    %354 = stablehlo.subtract %350, %353 : tensor<128xi32>
    %355 = stablehlo.subtract %346, %354 : tensor<128xi32>
    %356 = stablehlo.broadcast_in_dim %arg1, dims = [] : (tensor<i32>) -> tensor<128xi32>
    %357 = stablehlo.subtract %355, %356 : tensor<128xi32>
    %358 = stablehlo.constant dense<0> : tensor<128xi32>
    %359 = stablehlo.compare GE, %357, %358 : (tensor<128xi32>, tensor<128xi32>) -> tensor<128xi1>
    %360 = stablehlo.add %357, %348 : tensor<128xi32>
    %361 = stablehlo.select %359, %360, %347 : tensor<128xi1>, tensor<128xi32>
    %362 = stablehlo.concatenate %340, %305, dim = 0 : (tensor<128x8x64xf16>, tensor<8x8x64xf16>) -> tensor<136x8x64xf16>
    %363 = stablehlo.reshape %361 : (tensor<128xi32>) -> tensor<128x1xi32>
    %364 = "stablehlo.gather"(%362, %363) {dimension_numbers = #stablehlo.gather<offset_dims = [1, 2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 8, 64>} : (tensor<136x8x64xf16>, tensor<128x1xi32>) -> tensor<128x8x64xf16>
    %365 = stablehlo.reshape %364 : (tensor<128x8x64xf16>) -> tensor<1x1x128x8x64xf16>
    %366 = stablehlo.dynamic_update_slice %237, %365, %341, %342, %343, %343, %343 : (tensor<12x1x128x8x64xf16>, tensor<1x1x128x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<12x1x128x8x64xf16>
    %367 = stablehlo.reshape %310 : (tensor<8x64x64xf32>) -> tensor<8x4096xf32>
    %368 = stablehlo.composite "mlxla.quantized_dot" %367, %arg151, %arg152, %arg153 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x4096xf32_2880x512xui32_2880x64xf32_2880x64xf32_1606f16f63a9d508} : (tensor<8x4096xf32>, tensor<2880x512xui32>, tensor<2880x64xf32>, tensor<2880x64xf32>) -> tensor<8x2880xf32>
    %369 = stablehlo.broadcast_in_dim %arg154, dims = [1] : (tensor<2880xf32>) -> tensor<8x2880xf32>
    %370 = stablehlo.add %368, %369 : tensor<8x2880xf32>
    %371 = stablehlo.add %288, %370 : tensor<8x2880xf32>
    %372 = stablehlo.composite "mlxla.rms_norm" %371, %arg156 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2880xf32_2880xf32_b6a9c526c7d0eb0f} : (tensor<8x2880xf32>, tensor<2880xf32>) -> tensor<8x2880xf32>
    %373 = stablehlo.composite "mlxla.quantized_dot" %372, %arg157, %arg158, %arg159 {composite_attributes = {bits = 8 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x2880xf32_32x720xui32_32x45xf32_32x45xf32_46b69380ec5ff98c} : (tensor<8x2880xf32>, tensor<32x720xui32>, tensor<32x45xf32>, tensor<32x45xf32>) -> tensor<8x32xf32>
    %374 = stablehlo.broadcast_in_dim %arg160, dims = [1] : (tensor<32xf32>) -> tensor<8x32xf32>
    %375 = stablehlo.add %373, %374 : tensor<8x32xf32>
    %376 = stablehlo.composite "mlxla.moe" %372, %375, %arg161, %arg162, %arg164, %arg165, %arg167, %arg168, %arg163, %arg166, %arg169 {composite_attributes = {activation = "swiglu_clamped", bits = 4 : i64, expert_bias = true, experts = 32 : i64, format = "fp", group_size = 32 : i64, precision = "f32", routing = "topk_softmax", swiglu_alpha = 1.702 : f64, swiglu_limit = 7.0 : f64, top_k = 4 : i64}, decomposition = @mlxla_moe_8x2880xf32_8x32xf32_32x2880x360xui32_32x2880x90xui8_32x2880x360xui32_32x2880x90xui8_32x2880x360xui32_32x2880x90xui8_32x2880xf32_32x2880xf32_32x2880xf32_7154339e831de982} : (tensor<8x2880xf32>, tensor<8x32xf32>, tensor<32x2880x360xui32>, tensor<32x2880x90xui8>, tensor<32x2880x360xui32>, tensor<32x2880x90xui8>, tensor<32x2880x360xui32>, tensor<32x2880x90xui8>, tensor<32x2880xf32>, tensor<32x2880xf32>, tensor<32x2880xf32>) -> tensor<8x2880xf32>
    %377 = stablehlo.add %371, %376 : tensor<8x2880xf32>
    %378 = stablehlo.composite "mlxla.rms_norm" %377, %arg170 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2880xf32_2880xf32_b6a9c526c7d0eb0f} : (tensor<8x2880xf32>, tensor<2880xf32>) -> tensor<8x2880xf32>
    %379 = stablehlo.composite "mlxla.quantized_dot" %378, %arg171, %arg172, %arg173 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x2880xf32_4096x360xui32_4096x45xf32_4096x45xf32_1606f16f63a9d508} : (tensor<8x2880xf32>, tensor<4096x360xui32>, tensor<4096x45xf32>, tensor<4096x45xf32>) -> tensor<8x4096xf32>
    %380 = stablehlo.broadcast_in_dim %arg174, dims = [1] : (tensor<4096xf32>) -> tensor<8x4096xf32>
    %381 = stablehlo.add %379, %380 : tensor<8x4096xf32>
    %382 = stablehlo.reshape %381 : (tensor<8x4096xf32>) -> tensor<8x64x64xf32>
    %383 = stablehlo.composite "mlxla.rope" %382, %2 {composite_attributes = {beta_fast = 32.0 : f64, beta_slow = 1.0 : f64, factor = 32.0 : f64, mscale = 1.0 : f64, mscale_all_dim = 0.0 : f64, original_max_position_embeddings = 4096 : i64, scaling = "yarn", theta = 150000.0 : f64}, decomposition = @mlxla_rope_8x64x64xf32_8xi32_bca46eb598c94a3c} : (tensor<8x64x64xf32>, tensor<8xi32>) -> tensor<8x64x64xf32>
    %384 = stablehlo.composite "mlxla.quantized_dot" %378, %arg175, %arg176, %arg177 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x2880xf32_512x360xui32_512x45xf32_512x45xf32_1606f16f63a9d508} : (tensor<8x2880xf32>, tensor<512x360xui32>, tensor<512x45xf32>, tensor<512x45xf32>) -> tensor<8x512xf32>
    %385 = stablehlo.broadcast_in_dim %arg178, dims = [1] : (tensor<512xf32>) -> tensor<8x512xf32>
    %386 = stablehlo.add %384, %385 : tensor<8x512xf32>
    %387 = stablehlo.reshape %386 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %388 = stablehlo.composite "mlxla.rope" %387, %2 {composite_attributes = {beta_fast = 32.0 : f64, beta_slow = 1.0 : f64, factor = 32.0 : f64, mscale = 1.0 : f64, mscale_all_dim = 0.0 : f64, original_max_position_embeddings = 4096 : i64, scaling = "yarn", theta = 150000.0 : f64}, decomposition = @mlxla_rope_8x8x64xf32_8xi32_bca46eb598c94a3c} : (tensor<8x8x64xf32>, tensor<8xi32>) -> tensor<8x8x64xf32>
    %389 = stablehlo.composite "mlxla.quantized_dot" %378, %arg179, %arg180, %arg181 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x2880xf32_512x360xui32_512x45xf32_512x45xf32_1606f16f63a9d508} : (tensor<8x2880xf32>, tensor<512x360xui32>, tensor<512x45xf32>, tensor<512x45xf32>) -> tensor<8x512xf32>
    %390 = stablehlo.broadcast_in_dim %arg182, dims = [1] : (tensor<512xf32>) -> tensor<8x512xf32>
    %391 = stablehlo.add %389, %390 : tensor<8x512xf32>
    %392 = stablehlo.reshape %391 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %393 = stablehlo.convert %388 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %394 = stablehlo.convert %392 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %395 = stablehlo.constant dense<2> : tensor<i32>
    %396 = stablehlo.constant dense<0> : tensor<i32>
    %397 = stablehlo.constant dense<0> : tensor<i32>
    %398 = stablehlo.reshape %393 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %399 = stablehlo.dynamic_update_slice %270, %398, %395, %397, %arg1, %396, %396 : (tensor<12x1x256x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<12x1x256x8x64xf16>
    %400 = stablehlo.reshape %394 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %401 = stablehlo.dynamic_update_slice %272, %400, %395, %397, %arg1, %396, %396 : (tensor<12x1x256x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<12x1x256x8x64xf16>
    %402 = stablehlo.slice %399 [2:3, 0:1, 0:256, 0:8, 0:64] : (tensor<12x1x256x8x64xf16>) -> tensor<1x1x256x8x64xf16>
    %403 = stablehlo.reshape %402 : (tensor<1x1x256x8x64xf16>) -> tensor<256x8x64xf16>
    %404 = stablehlo.slice %401 [2:3, 0:1, 0:256, 0:8, 0:64] : (tensor<12x1x256x8x64xf16>) -> tensor<1x1x256x8x64xf16>
    %405 = stablehlo.reshape %404 : (tensor<1x1x256x8x64xf16>) -> tensor<256x8x64xf16>
    %406 = stablehlo.composite "mlxla.attention" %383, %403, %405, %2, %5, %arg187 {composite_attributes = {scale = 0.125 : f64, sinks = true}, decomposition = @mlxla_attention_8x64x64xf32_256x8x64xf16_256x8x64xf16_8xi32_i32_64xf32_d54bb49fca62a40e} : (tensor<8x64x64xf32>, tensor<256x8x64xf16>, tensor<256x8x64xf16>, tensor<8xi32>, tensor<i32>, tensor<64xf32>) -> tensor<8x64x64xf32>
    %407 = stablehlo.reshape %406 : (tensor<8x64x64xf32>) -> tensor<8x4096xf32>
    %408 = stablehlo.composite "mlxla.quantized_dot" %407, %arg183, %arg184, %arg185 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x4096xf32_2880x512xui32_2880x64xf32_2880x64xf32_1606f16f63a9d508} : (tensor<8x4096xf32>, tensor<2880x512xui32>, tensor<2880x64xf32>, tensor<2880x64xf32>) -> tensor<8x2880xf32>
    %409 = stablehlo.broadcast_in_dim %arg186, dims = [1] : (tensor<2880xf32>) -> tensor<8x2880xf32>
    %410 = stablehlo.add %408, %409 : tensor<8x2880xf32>
    %411 = stablehlo.add %377, %410 : tensor<8x2880xf32>
    %412 = stablehlo.composite "mlxla.rms_norm" %411, %arg188 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2880xf32_2880xf32_b6a9c526c7d0eb0f} : (tensor<8x2880xf32>, tensor<2880xf32>) -> tensor<8x2880xf32>
    %413 = stablehlo.composite "mlxla.quantized_dot" %412, %arg189, %arg190, %arg191 {composite_attributes = {bits = 8 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x2880xf32_32x720xui32_32x45xf32_32x45xf32_46b69380ec5ff98c} : (tensor<8x2880xf32>, tensor<32x720xui32>, tensor<32x45xf32>, tensor<32x45xf32>) -> tensor<8x32xf32>
    %414 = stablehlo.broadcast_in_dim %arg192, dims = [1] : (tensor<32xf32>) -> tensor<8x32xf32>
    %415 = stablehlo.add %413, %414 : tensor<8x32xf32>
    %416 = stablehlo.composite "mlxla.moe" %412, %415, %arg193, %arg194, %arg196, %arg197, %arg199, %arg200, %arg195, %arg198, %arg201 {composite_attributes = {activation = "swiglu_clamped", bits = 4 : i64, expert_bias = true, experts = 32 : i64, format = "fp", group_size = 32 : i64, precision = "f32", routing = "topk_softmax", swiglu_alpha = 1.702 : f64, swiglu_limit = 7.0 : f64, top_k = 4 : i64}, decomposition = @mlxla_moe_8x2880xf32_8x32xf32_32x2880x360xui32_32x2880x90xui8_32x2880x360xui32_32x2880x90xui8_32x2880x360xui32_32x2880x90xui8_32x2880xf32_32x2880xf32_32x2880xf32_7154339e831de982} : (tensor<8x2880xf32>, tensor<8x32xf32>, tensor<32x2880x360xui32>, tensor<32x2880x90xui8>, tensor<32x2880x360xui32>, tensor<32x2880x90xui8>, tensor<32x2880x360xui32>, tensor<32x2880x90xui8>, tensor<32x2880xf32>, tensor<32x2880xf32>, tensor<32x2880xf32>) -> tensor<8x2880xf32>
    %417 = stablehlo.add %411, %416 : tensor<8x2880xf32>
    %418 = stablehlo.composite "mlxla.rms_norm" %417, %arg202 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2880xf32_2880xf32_b6a9c526c7d0eb0f} : (tensor<8x2880xf32>, tensor<2880xf32>) -> tensor<8x2880xf32>
    %419 = stablehlo.composite "mlxla.quantized_dot" %418, %arg203, %arg204, %arg205 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x2880xf32_4096x360xui32_4096x45xf32_4096x45xf32_1606f16f63a9d508} : (tensor<8x2880xf32>, tensor<4096x360xui32>, tensor<4096x45xf32>, tensor<4096x45xf32>) -> tensor<8x4096xf32>
    %420 = stablehlo.broadcast_in_dim %arg206, dims = [1] : (tensor<4096xf32>) -> tensor<8x4096xf32>
    %421 = stablehlo.add %419, %420 : tensor<8x4096xf32>
    %422 = stablehlo.reshape %421 : (tensor<8x4096xf32>) -> tensor<8x64x64xf32>
    %423 = stablehlo.composite "mlxla.rope" %422, %2 {composite_attributes = {beta_fast = 32.0 : f64, beta_slow = 1.0 : f64, factor = 32.0 : f64, mscale = 1.0 : f64, mscale_all_dim = 0.0 : f64, original_max_position_embeddings = 4096 : i64, scaling = "yarn", theta = 150000.0 : f64}, decomposition = @mlxla_rope_8x64x64xf32_8xi32_bca46eb598c94a3c} : (tensor<8x64x64xf32>, tensor<8xi32>) -> tensor<8x64x64xf32>
    %424 = stablehlo.composite "mlxla.quantized_dot" %418, %arg207, %arg208, %arg209 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x2880xf32_512x360xui32_512x45xf32_512x45xf32_1606f16f63a9d508} : (tensor<8x2880xf32>, tensor<512x360xui32>, tensor<512x45xf32>, tensor<512x45xf32>) -> tensor<8x512xf32>
    %425 = stablehlo.broadcast_in_dim %arg210, dims = [1] : (tensor<512xf32>) -> tensor<8x512xf32>
    %426 = stablehlo.add %424, %425 : tensor<8x512xf32>
    %427 = stablehlo.reshape %426 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %428 = stablehlo.composite "mlxla.rope" %427, %2 {composite_attributes = {beta_fast = 32.0 : f64, beta_slow = 1.0 : f64, factor = 32.0 : f64, mscale = 1.0 : f64, mscale_all_dim = 0.0 : f64, original_max_position_embeddings = 4096 : i64, scaling = "yarn", theta = 150000.0 : f64}, decomposition = @mlxla_rope_8x8x64xf32_8xi32_bca46eb598c94a3c} : (tensor<8x8x64xf32>, tensor<8xi32>) -> tensor<8x8x64xf32>
    %429 = stablehlo.composite "mlxla.quantized_dot" %418, %arg211, %arg212, %arg213 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x2880xf32_512x360xui32_512x45xf32_512x45xf32_1606f16f63a9d508} : (tensor<8x2880xf32>, tensor<512x360xui32>, tensor<512x45xf32>, tensor<512x45xf32>) -> tensor<8x512xf32>
    %430 = stablehlo.broadcast_in_dim %arg214, dims = [1] : (tensor<512xf32>) -> tensor<8x512xf32>
    %431 = stablehlo.add %429, %430 : tensor<8x512xf32>
    %432 = stablehlo.reshape %431 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %433 = stablehlo.convert %428 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %434 = stablehlo.convert %432 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %435 = stablehlo.slice %338 [3:4, 0:1, 0:128, 0:8, 0:64] : (tensor<12x1x128x8x64xf16>) -> tensor<1x1x128x8x64xf16>
    %436 = stablehlo.reshape %435 : (tensor<1x1x128x8x64xf16>) -> tensor<128x8x64xf16>
    %437 = stablehlo.slice %366 [3:4, 0:1, 0:128, 0:8, 0:64] : (tensor<12x1x128x8x64xf16>) -> tensor<1x1x128x8x64xf16>
    %438 = stablehlo.reshape %437 : (tensor<1x1x128x8x64xf16>) -> tensor<128x8x64xf16>
    %439 = stablehlo.composite "mlxla.window_attention" %423, %436, %438, %433, %434, %2, %5, %arg219 {composite_attributes = {scale = 0.125 : f64, sinks = true, window = 128 : i64}, decomposition = @mlxla_window_attention_8x64x64xf32_128x8x64xf16_128x8x64xf16_8x8x64xf16_8x8x64xf16_8xi32_i32_64xf32_fe6978d776132cfa} : (tensor<8x64x64xf32>, tensor<128x8x64xf16>, tensor<128x8x64xf16>, tensor<8x8x64xf16>, tensor<8x8x64xf16>, tensor<8xi32>, tensor<i32>, tensor<64xf32>) -> tensor<8x64x64xf32>
    %440 = stablehlo.slice %338 [3:4, 0:1, 0:128, 0:8, 0:64] : (tensor<12x1x128x8x64xf16>) -> tensor<1x1x128x8x64xf16>
    %441 = stablehlo.reshape %440 : (tensor<1x1x128x8x64xf16>) -> tensor<128x8x64xf16>
    %442 = stablehlo.constant dense<3> : tensor<i32>
    %443 = stablehlo.constant dense<0> : tensor<i32>
    %444 = stablehlo.constant dense<0> : tensor<i32>
    %445 = stablehlo.constant dense<-1> : tensor<i32>
    %446 = stablehlo.add %5, %445 : tensor<i32>
    %447 = stablehlo.broadcast_in_dim %446, dims = [] : (tensor<i32>) -> tensor<128xi32>
    %448 = stablehlo.iota dim = 0 : tensor<128xi32>
    %449 = stablehlo.constant dense<128> : tensor<128xi32>
    %450 = stablehlo.subtract %447, %448 : tensor<128xi32>
    %451 = stablehlo.add %450, %449 : tensor<128xi32>
    %452 = stablehlo.constant dense<128> : tensor<128xi32>
    %453 = stablehlo.divide %451, %452 : tensor<128xi32>
    %454 = stablehlo.multiply %453, %452 : tensor<128xi32>
    %455 = stablehlo.subtract %451, %454 : tensor<128xi32>
    %456 = stablehlo.subtract %447, %455 : tensor<128xi32>
    %457 = stablehlo.broadcast_in_dim %arg1, dims = [] : (tensor<i32>) -> tensor<128xi32>
    %458 = stablehlo.subtract %456, %457 : tensor<128xi32>
    %459 = stablehlo.constant dense<0> : tensor<128xi32>
    %460 = stablehlo.compare GE, %458, %459 : (tensor<128xi32>, tensor<128xi32>) -> tensor<128xi1>
    %461 = stablehlo.add %458, %449 : tensor<128xi32>
    %462 = stablehlo.select %460, %461, %448 : tensor<128xi1>, tensor<128xi32>
    %463 = stablehlo.concatenate %441, %433, dim = 0 : (tensor<128x8x64xf16>, tensor<8x8x64xf16>) -> tensor<136x8x64xf16>
    %464 = stablehlo.reshape %462 : (tensor<128xi32>) -> tensor<128x1xi32>
    %465 = "stablehlo.gather"(%463, %464) {dimension_numbers = #stablehlo.gather<offset_dims = [1, 2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 8, 64>} : (tensor<136x8x64xf16>, tensor<128x1xi32>) -> tensor<128x8x64xf16>
    %466 = stablehlo.reshape %465 : (tensor<128x8x64xf16>) -> tensor<1x1x128x8x64xf16>
    %467 = stablehlo.dynamic_update_slice %338, %466, %442, %443, %444, %444, %444 : (tensor<12x1x128x8x64xf16>, tensor<1x1x128x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<12x1x128x8x64xf16>
    %468 = stablehlo.slice %366 [3:4, 0:1, 0:128, 0:8, 0:64] : (tensor<12x1x128x8x64xf16>) -> tensor<1x1x128x8x64xf16>
    %469 = stablehlo.reshape %468 : (tensor<1x1x128x8x64xf16>) -> tensor<128x8x64xf16>
    %470 = stablehlo.constant dense<3> : tensor<i32>
    %471 = stablehlo.constant dense<0> : tensor<i32>
    %472 = stablehlo.constant dense<0> : tensor<i32>
    %473 = stablehlo.constant dense<-1> : tensor<i32>
    %474 = stablehlo.add %5, %473 : tensor<i32>
    %475 = stablehlo.broadcast_in_dim %474, dims = [] : (tensor<i32>) -> tensor<128xi32>
    %476 = stablehlo.iota dim = 0 : tensor<128xi32>
    %477 = stablehlo.constant dense<128> : tensor<128xi32>
    %478 = stablehlo.subtract %475, %476 : tensor<128xi32>
    %479 = stablehlo.add %478, %477 : tensor<128xi32>
    %480 = stablehlo.constant dense<128> : tensor<128xi32>
    %481 = stablehlo.divide %479, %480 : tensor<128xi32>
    %482 = stablehlo.multiply %481, %480 : tensor<128xi32>
    %483 = stablehlo.subtract %479, %482 : tensor<128xi32>
    %484 = stablehlo.subtract %475, %483 : tensor<128xi32>
    %485 = stablehlo.broadcast_in_dim %arg1, dims = [] : (tensor<i32>) -> tensor<128xi32>
    %486 = stablehlo.subtract %484, %485 : tensor<128xi32>
    %487 = stablehlo.constant dense<0> : tensor<128xi32>
    %488 = stablehlo.compare GE, %486, %487 : (tensor<128xi32>, tensor<128xi32>) -> tensor<128xi1>
    %489 = stablehlo.add %486, %477 : tensor<128xi32>
    %490 = stablehlo.select %488, %489, %476 : tensor<128xi1>, tensor<128xi32>
    %491 = stablehlo.concatenate %469, %434, dim = 0 : (tensor<128x8x64xf16>, tensor<8x8x64xf16>) -> tensor<136x8x64xf16>
    %492 = stablehlo.reshape %490 : (tensor<128xi32>) -> tensor<128x1xi32>
    %493 = "stablehlo.gather"(%491, %492) {dimension_numbers = #stablehlo.gather<offset_dims = [1, 2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 8, 64>} : (tensor<136x8x64xf16>, tensor<128x1xi32>) -> tensor<128x8x64xf16>
    %494 = stablehlo.reshape %493 : (tensor<128x8x64xf16>) -> tensor<1x1x128x8x64xf16>
    %495 = stablehlo.dynamic_update_slice %366, %494, %470, %471, %472, %472, %472 : (tensor<12x1x128x8x64xf16>, tensor<1x1x128x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<12x1x128x8x64xf16>
    %496 = stablehlo.reshape %439 : (tensor<8x64x64xf32>) -> tensor<8x4096xf32>
    %497 = stablehlo.composite "mlxla.quantized_dot" %496, %arg215, %arg216, %arg217 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x4096xf32_2880x512xui32_2880x64xf32_2880x64xf32_1606f16f63a9d508} : (tensor<8x4096xf32>, tensor<2880x512xui32>, tensor<2880x64xf32>, tensor<2880x64xf32>) -> tensor<8x2880xf32>
    %498 = stablehlo.broadcast_in_dim %arg218, dims = [1] : (tensor<2880xf32>) -> tensor<8x2880xf32>
    %499 = stablehlo.add %497, %498 : tensor<8x2880xf32>
    %500 = stablehlo.add %417, %499 : tensor<8x2880xf32>
    %501 = stablehlo.composite "mlxla.rms_norm" %500, %arg220 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2880xf32_2880xf32_b6a9c526c7d0eb0f} : (tensor<8x2880xf32>, tensor<2880xf32>) -> tensor<8x2880xf32>
    %502 = stablehlo.composite "mlxla.quantized_dot" %501, %arg221, %arg222, %arg223 {composite_attributes = {bits = 8 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x2880xf32_32x720xui32_32x45xf32_32x45xf32_46b69380ec5ff98c} : (tensor<8x2880xf32>, tensor<32x720xui32>, tensor<32x45xf32>, tensor<32x45xf32>) -> tensor<8x32xf32>
    %503 = stablehlo.broadcast_in_dim %arg224, dims = [1] : (tensor<32xf32>) -> tensor<8x32xf32>
    %504 = stablehlo.add %502, %503 : tensor<8x32xf32>
    %505 = stablehlo.composite "mlxla.moe" %501, %504, %arg225, %arg226, %arg228, %arg229, %arg231, %arg232, %arg227, %arg230, %arg233 {composite_attributes = {activation = "swiglu_clamped", bits = 4 : i64, expert_bias = true, experts = 32 : i64, format = "fp", group_size = 32 : i64, precision = "f32", routing = "topk_softmax", swiglu_alpha = 1.702 : f64, swiglu_limit = 7.0 : f64, top_k = 4 : i64}, decomposition = @mlxla_moe_8x2880xf32_8x32xf32_32x2880x360xui32_32x2880x90xui8_32x2880x360xui32_32x2880x90xui8_32x2880x360xui32_32x2880x90xui8_32x2880xf32_32x2880xf32_32x2880xf32_7154339e831de982} : (tensor<8x2880xf32>, tensor<8x32xf32>, tensor<32x2880x360xui32>, tensor<32x2880x90xui8>, tensor<32x2880x360xui32>, tensor<32x2880x90xui8>, tensor<32x2880x360xui32>, tensor<32x2880x90xui8>, tensor<32x2880xf32>, tensor<32x2880xf32>, tensor<32x2880xf32>) -> tensor<8x2880xf32>
    %506 = stablehlo.add %500, %505 : tensor<8x2880xf32>
    %507 = stablehlo.composite "mlxla.rms_norm" %506, %arg234 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2880xf32_2880xf32_b6a9c526c7d0eb0f} : (tensor<8x2880xf32>, tensor<2880xf32>) -> tensor<8x2880xf32>
    %508 = stablehlo.composite "mlxla.quantized_dot" %507, %arg235, %arg236, %arg237 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x2880xf32_4096x360xui32_4096x45xf32_4096x45xf32_1606f16f63a9d508} : (tensor<8x2880xf32>, tensor<4096x360xui32>, tensor<4096x45xf32>, tensor<4096x45xf32>) -> tensor<8x4096xf32>
    %509 = stablehlo.broadcast_in_dim %arg238, dims = [1] : (tensor<4096xf32>) -> tensor<8x4096xf32>
    %510 = stablehlo.add %508, %509 : tensor<8x4096xf32>
    %511 = stablehlo.reshape %510 : (tensor<8x4096xf32>) -> tensor<8x64x64xf32>
    %512 = stablehlo.composite "mlxla.rope" %511, %2 {composite_attributes = {beta_fast = 32.0 : f64, beta_slow = 1.0 : f64, factor = 32.0 : f64, mscale = 1.0 : f64, mscale_all_dim = 0.0 : f64, original_max_position_embeddings = 4096 : i64, scaling = "yarn", theta = 150000.0 : f64}, decomposition = @mlxla_rope_8x64x64xf32_8xi32_bca46eb598c94a3c} : (tensor<8x64x64xf32>, tensor<8xi32>) -> tensor<8x64x64xf32>
    %513 = stablehlo.composite "mlxla.quantized_dot" %507, %arg239, %arg240, %arg241 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x2880xf32_512x360xui32_512x45xf32_512x45xf32_1606f16f63a9d508} : (tensor<8x2880xf32>, tensor<512x360xui32>, tensor<512x45xf32>, tensor<512x45xf32>) -> tensor<8x512xf32>
    %514 = stablehlo.broadcast_in_dim %arg242, dims = [1] : (tensor<512xf32>) -> tensor<8x512xf32>
    %515 = stablehlo.add %513, %514 : tensor<8x512xf32>
    %516 = stablehlo.reshape %515 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %517 = stablehlo.composite "mlxla.rope" %516, %2 {composite_attributes = {beta_fast = 32.0 : f64, beta_slow = 1.0 : f64, factor = 32.0 : f64, mscale = 1.0 : f64, mscale_all_dim = 0.0 : f64, original_max_position_embeddings = 4096 : i64, scaling = "yarn", theta = 150000.0 : f64}, decomposition = @mlxla_rope_8x8x64xf32_8xi32_bca46eb598c94a3c} : (tensor<8x8x64xf32>, tensor<8xi32>) -> tensor<8x8x64xf32>
    %518 = stablehlo.composite "mlxla.quantized_dot" %507, %arg243, %arg244, %arg245 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x2880xf32_512x360xui32_512x45xf32_512x45xf32_1606f16f63a9d508} : (tensor<8x2880xf32>, tensor<512x360xui32>, tensor<512x45xf32>, tensor<512x45xf32>) -> tensor<8x512xf32>
    %519 = stablehlo.broadcast_in_dim %arg246, dims = [1] : (tensor<512xf32>) -> tensor<8x512xf32>
    %520 = stablehlo.add %518, %519 : tensor<8x512xf32>
    %521 = stablehlo.reshape %520 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %522 = stablehlo.convert %517 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %523 = stablehlo.convert %521 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %524 = stablehlo.constant dense<3> : tensor<i32>
    %525 = stablehlo.constant dense<0> : tensor<i32>
    %526 = stablehlo.constant dense<0> : tensor<i32>
    %527 = stablehlo.reshape %522 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %528 = stablehlo.dynamic_update_slice %399, %527, %524, %526, %arg1, %525, %525 : (tensor<12x1x256x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<12x1x256x8x64xf16>
    %529 = stablehlo.reshape %523 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %530 = stablehlo.dynamic_update_slice %401, %529, %524, %526, %arg1, %525, %525 : (tensor<12x1x256x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<12x1x256x8x64xf16>
    %531 = stablehlo.slice %528 [3:4, 0:1, 0:256, 0:8, 0:64] : (tensor<12x1x256x8x64xf16>) -> tensor<1x1x256x8x64xf16>
    %532 = stablehlo.reshape %531 : (tensor<1x1x256x8x64xf16>) -> tensor<256x8x64xf16>
    %533 = stablehlo.slice %530 [3:4, 0:1, 0:256, 0:8, 0:64] : (tensor<12x1x256x8x64xf16>) -> tensor<1x1x256x8x64xf16>
    %534 = stablehlo.reshape %533 : (tensor<1x1x256x8x64xf16>) -> tensor<256x8x64xf16>
    %535 = stablehlo.composite "mlxla.attention" %512, %532, %534, %2, %5, %arg251 {composite_attributes = {scale = 0.125 : f64, sinks = true}, decomposition = @mlxla_attention_8x64x64xf32_256x8x64xf16_256x8x64xf16_8xi32_i32_64xf32_d54bb49fca62a40e} : (tensor<8x64x64xf32>, tensor<256x8x64xf16>, tensor<256x8x64xf16>, tensor<8xi32>, tensor<i32>, tensor<64xf32>) -> tensor<8x64x64xf32>
    %536 = stablehlo.reshape %535 : (tensor<8x64x64xf32>) -> tensor<8x4096xf32>
    %537 = stablehlo.composite "mlxla.quantized_dot" %536, %arg247, %arg248, %arg249 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x4096xf32_2880x512xui32_2880x64xf32_2880x64xf32_1606f16f63a9d508} : (tensor<8x4096xf32>, tensor<2880x512xui32>, tensor<2880x64xf32>, tensor<2880x64xf32>) -> tensor<8x2880xf32>
    %538 = stablehlo.broadcast_in_dim %arg250, dims = [1] : (tensor<2880xf32>) -> tensor<8x2880xf32>
    %539 = stablehlo.add %537, %538 : tensor<8x2880xf32>
    %540 = stablehlo.add %506, %539 : tensor<8x2880xf32>
    %541 = stablehlo.composite "mlxla.rms_norm" %540, %arg252 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2880xf32_2880xf32_b6a9c526c7d0eb0f} : (tensor<8x2880xf32>, tensor<2880xf32>) -> tensor<8x2880xf32>
    %542 = stablehlo.composite "mlxla.quantized_dot" %541, %arg253, %arg254, %arg255 {composite_attributes = {bits = 8 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x2880xf32_32x720xui32_32x45xf32_32x45xf32_46b69380ec5ff98c} : (tensor<8x2880xf32>, tensor<32x720xui32>, tensor<32x45xf32>, tensor<32x45xf32>) -> tensor<8x32xf32>
    %543 = stablehlo.broadcast_in_dim %arg256, dims = [1] : (tensor<32xf32>) -> tensor<8x32xf32>
    %544 = stablehlo.add %542, %543 : tensor<8x32xf32>
    %545 = stablehlo.composite "mlxla.moe" %541, %544, %arg257, %arg258, %arg260, %arg261, %arg263, %arg264, %arg259, %arg262, %arg265 {composite_attributes = {activation = "swiglu_clamped", bits = 4 : i64, expert_bias = true, experts = 32 : i64, format = "fp", group_size = 32 : i64, precision = "f32", routing = "topk_softmax", swiglu_alpha = 1.702 : f64, swiglu_limit = 7.0 : f64, top_k = 4 : i64}, decomposition = @mlxla_moe_8x2880xf32_8x32xf32_32x2880x360xui32_32x2880x90xui8_32x2880x360xui32_32x2880x90xui8_32x2880x360xui32_32x2880x90xui8_32x2880xf32_32x2880xf32_32x2880xf32_7154339e831de982} : (tensor<8x2880xf32>, tensor<8x32xf32>, tensor<32x2880x360xui32>, tensor<32x2880x90xui8>, tensor<32x2880x360xui32>, tensor<32x2880x90xui8>, tensor<32x2880x360xui32>, tensor<32x2880x90xui8>, tensor<32x2880xf32>, tensor<32x2880xf32>, tensor<32x2880xf32>) -> tensor<8x2880xf32>
    %546 = stablehlo.add %540, %545 : tensor<8x2880xf32>
    %547 = stablehlo.composite "mlxla.rms_norm" %546, %arg266 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2880xf32_2880xf32_b6a9c526c7d0eb0f} : (tensor<8x2880xf32>, tensor<2880xf32>) -> tensor<8x2880xf32>
    %548 = stablehlo.composite "mlxla.quantized_dot" %547, %arg267, %arg268, %arg269 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x2880xf32_4096x360xui32_4096x45xf32_4096x45xf32_1606f16f63a9d508} : (tensor<8x2880xf32>, tensor<4096x360xui32>, tensor<4096x45xf32>, tensor<4096x45xf32>) -> tensor<8x4096xf32>
    %549 = stablehlo.broadcast_in_dim %arg270, dims = [1] : (tensor<4096xf32>) -> tensor<8x4096xf32>
    %550 = stablehlo.add %548, %549 : tensor<8x4096xf32>
    %551 = stablehlo.reshape %550 : (tensor<8x4096xf32>) -> tensor<8x64x64xf32>
    %552 = stablehlo.composite "mlxla.rope" %551, %2 {composite_attributes = {beta_fast = 32.0 : f64, beta_slow = 1.0 : f64, factor = 32.0 : f64, mscale = 1.0 : f64, mscale_all_dim = 0.0 : f64, original_max_position_embeddings = 4096 : i64, scaling = "yarn", theta = 150000.0 : f64}, decomposition = @mlxla_rope_8x64x64xf32_8xi32_bca46eb598c94a3c} : (tensor<8x64x64xf32>, tensor<8xi32>) -> tensor<8x64x64xf32>
    %553 = stablehlo.composite "mlxla.quantized_dot" %547, %arg271, %arg272, %arg273 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x2880xf32_512x360xui32_512x45xf32_512x45xf32_1606f16f63a9d508} : (tensor<8x2880xf32>, tensor<512x360xui32>, tensor<512x45xf32>, tensor<512x45xf32>) -> tensor<8x512xf32>
    %554 = stablehlo.broadcast_in_dim %arg274, dims = [1] : (tensor<512xf32>) -> tensor<8x512xf32>
    %555 = stablehlo.add %553, %554 : tensor<8x512xf32>
    %556 = stablehlo.reshape %555 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %557 = stablehlo.composite "mlxla.rope" %556, %2 {composite_attributes = {beta_fast = 32.0 : f64, beta_slow = 1.0 : f64, factor = 32.0 : f64, mscale = 1.0 : f64, mscale_all_dim = 0.0 : f64, original_max_position_embeddings = 4096 : i64, scaling = "yarn", theta = 150000.0 : f64}, decomposition = @mlxla_rope_8x8x64xf32_8xi32_bca46eb598c94a3c} : (tensor<8x8x64xf32>, tensor<8xi32>) -> tensor<8x8x64xf32>
    %558 = stablehlo.composite "mlxla.quantized_dot" %547, %arg275, %arg276, %arg277 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x2880xf32_512x360xui32_512x45xf32_512x45xf32_1606f16f63a9d508} : (tensor<8x2880xf32>, tensor<512x360xui32>, tensor<512x45xf32>, tensor<512x45xf32>) -> tensor<8x512xf32>
    %559 = stablehlo.broadcast_in_dim %arg278, dims = [1] : (tensor<512xf32>) -> tensor<8x512xf32>
    %560 = stablehlo.add %558, %559 : tensor<8x512xf32>
    %561 = stablehlo.reshape %560 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %562 = stablehlo.convert %557 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %563 = stablehlo.convert %561 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %564 = stablehlo.slice %467 [4:5, 0:1, 0:128, 0:8, 0:64] : (tensor<12x1x128x8x64xf16>) -> tensor<1x1x128x8x64xf16>
    %565 = stablehlo.reshape %564 : (tensor<1x1x128x8x64xf16>) -> tensor<128x8x64xf16>
    %566 = stablehlo.slice %495 [4:5, 0:1, 0:128, 0:8, 0:64] : (tensor<12x1x128x8x64xf16>) -> tensor<1x1x128x8x64xf16>
    %567 = stablehlo.reshape %566 : (tensor<1x1x128x8x64xf16>) -> tensor<128x8x64xf16>
    %568 = stablehlo.composite "mlxla.window_attention" %552, %565, %567, %562, %563, %2, %5, %arg283 {composite_attributes = {scale = 0.125 : f64, sinks = true, window = 128 : i64}, decomposition = @mlxla_window_attention_8x64x64xf32_128x8x64xf16_128x8x64xf16_8x8x64xf16_8x8x64xf16_8xi32_i32_64xf32_fe6978d776132cfa} : (tensor<8x64x64xf32>, tensor<128x8x64xf16>, tensor<128x8x64xf16>, tensor<8x8x64xf16>, tensor<8x8x64xf16>, tensor<8xi32>, tensor<i32>, tensor<64xf32>) -> tensor<8x64x64xf32>
    %569 = stablehlo.slice %467 [4:5, 0:1, 0:128, 0:8, 0:64] : (tensor<12x1x128x8x64xf16>) -> tensor<1x1x128x8x64xf16>
    %570 = stablehlo.reshape %569 : (tensor<1x1x128x8x64xf16>) -> tensor<128x8x64xf16>
    %571 = stablehlo.constant dense<4> : tensor<i32>
    %572 = stablehlo.constant dense<0> : tensor<i32>
    %573 = stablehlo.constant dense<0> : tensor<i32>
    %574 = stablehlo.constant dense<-1> : tensor<i32>
    %575 = stablehlo.add %5, %574 : tensor<i32>
    %576 = stablehlo.broadcast_in_dim %575, dims = [] : (tensor<i32>) -> tensor<128xi32>
    %577 = stablehlo.iota dim = 0 : tensor<128xi32>
    %578 = stablehlo.constant dense<128> : tensor<128xi32>
    %579 = stablehlo.subtract %576, %577 : tensor<128xi32>
    %580 = stablehlo.add %579, %578 : tensor<128xi32>
    %581 = stablehlo.constant dense<128> : tensor<128xi32>
    %582 = stablehlo.divide %580, %581 : tensor<128xi32>
    %583 = stablehlo.multiply %582, %581 : tensor<128xi32>
    %584 = stablehlo.subtract %580, %583 : tensor<128xi32>
    %585 = stablehlo.subtract %576, %584 : tensor<128xi32>
    %586 = stablehlo.broadcast_in_dim %arg1, dims = [] : (tensor<i32>) -> tensor<128xi32>
    %587 = stablehlo.subtract %585, %586 : tensor<128xi32>
    %588 = stablehlo.constant dense<0> : tensor<128xi32>
    %589 = stablehlo.compare GE, %587, %588 : (tensor<128xi32>, tensor<128xi32>) -> tensor<128xi1>
    %590 = stablehlo.add %587, %578 : tensor<128xi32>
    %591 = stablehlo.select %589, %590, %577 : tensor<128xi1>, tensor<128xi32>
    %592 = stablehlo.concatenate %570, %562, dim = 0 : (tensor<128x8x64xf16>, tensor<8x8x64xf16>) -> tensor<136x8x64xf16>
    %593 = stablehlo.reshape %591 : (tensor<128xi32>) -> tensor<128x1xi32>
    %594 = "stablehlo.gather"(%592, %593) {dimension_numbers = #stablehlo.gather<offset_dims = [1, 2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 8, 64>} : (tensor<136x8x64xf16>, tensor<128x1xi32>) -> tensor<128x8x64xf16>
    %595 = stablehlo.reshape %594 : (tensor<128x8x64xf16>) -> tensor<1x1x128x8x64xf16>
    %596 = stablehlo.dynamic_update_slice %467, %595, %571, %572, %573, %573, %573 : (tensor<12x1x128x8x64xf16>, tensor<1x1x128x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<12x1x128x8x64xf16>
    %597 = stablehlo.slice %495 [4:5, 0:1, 0:128, 0:8, 0:64] : (tensor<12x1x128x8x64xf16>) -> tensor<1x1x128x8x64xf16>
    %598 = stablehlo.reshape %597 : (tensor<1x1x128x8x64xf16>) -> tensor<128x8x64xf16>
    %599 = stablehlo.constant dense<4> : tensor<i32>
    %600 = stablehlo.constant dense<0> : tensor<i32>
    %601 = stablehlo.constant dense<0> : tensor<i32>
    %602 = stablehlo.constant dense<-1> : tensor<i32>
    %603 = stablehlo.add %5, %602 : tensor<i32>
    %604 = stablehlo.broadcast_in_dim %603, dims = [] : (tensor<i32>) -> tensor<128xi32>
    %605 = stablehlo.iota dim = 0 : tensor<128xi32>
    %606 = stablehlo.constant dense<128> : tensor<128xi32>
    %607 = stablehlo.subtract %604, %605 : tensor<128xi32>
    %608 = stablehlo.add %607, %606 : tensor<128xi32>
    %609 = stablehlo.constant dense<128> : tensor<128xi32>
    %610 = stablehlo.divide %608, %609 : tensor<128xi32>
    %611 = stablehlo.multiply %610, %609 : tensor<128xi32>
    %612 = stablehlo.subtract %608, %611 : tensor<128xi32>
    %613 = stablehlo.subtract %604, %612 : tensor<128xi32>
    %614 = stablehlo.broadcast_in_dim %arg1, dims = [] : (tensor<i32>) -> tensor<128xi32>
    %615 = stablehlo.subtract %613, %614 : tensor<128xi32>
    %616 = stablehlo.constant dense<0> : tensor<128xi32>
    %617 = stablehlo.compare GE, %615, %616 : (tensor<128xi32>, tensor<128xi32>) -> tensor<128xi1>
    %618 = stablehlo.add %615, %606 : tensor<128xi32>
    %619 = stablehlo.select %617, %618, %605 : tensor<128xi1>, tensor<128xi32>
    %620 = stablehlo.concatenate %598, %563, dim = 0 : (tensor<128x8x64xf16>, tensor<8x8x64xf16>) -> tensor<136x8x64xf16>
    %621 = stablehlo.reshape %619 : (tensor<128xi32>) -> tensor<128x1xi32>
    %622 = "stablehlo.gather"(%620, %621) {dimension_numbers = #stablehlo.gather<offset_dims = [1, 2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 8, 64>} : (tensor<136x8x64xf16>, tensor<128x1xi32>) -> tensor<128x8x64xf16>
    %623 = stablehlo.reshape %622 : (tensor<128x8x64xf16>) -> tensor<1x1x128x8x64xf16>
    %624 = stablehlo.dynamic_update_slice %495, %623, %599, %600, %601, %601, %601 : (tensor<12x1x128x8x64xf16>, tensor<1x1x128x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<12x1x128x8x64xf16>
    %625 = stablehlo.reshape %568 : (tensor<8x64x64xf32>) -> tensor<8x4096xf32>
    %626 = stablehlo.composite "mlxla.quantized_dot" %625, %arg279, %arg280, %arg281 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x4096xf32_2880x512xui32_2880x64xf32_2880x64xf32_1606f16f63a9d508} : (tensor<8x4096xf32>, tensor<2880x512xui32>, tensor<2880x64xf32>, tensor<2880x64xf32>) -> tensor<8x2880xf32>
    %627 = stablehlo.broadcast_in_dim %arg282, dims = [1] : (tensor<2880xf32>) -> tensor<8x2880xf32>
    %628 = stablehlo.add %626, %627 : tensor<8x2880xf32>
    %629 = stablehlo.add %546, %628 : tensor<8x2880xf32>
    %630 = stablehlo.composite "mlxla.rms_norm" %629, %arg284 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2880xf32_2880xf32_b6a9c526c7d0eb0f} : (tensor<8x2880xf32>, tensor<2880xf32>) -> tensor<8x2880xf32>
    %631 = stablehlo.composite "mlxla.quantized_dot" %630, %arg285, %arg286, %arg287 {composite_attributes = {bits = 8 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x2880xf32_32x720xui32_32x45xf32_32x45xf32_46b69380ec5ff98c} : (tensor<8x2880xf32>, tensor<32x720xui32>, tensor<32x45xf32>, tensor<32x45xf32>) -> tensor<8x32xf32>
    %632 = stablehlo.broadcast_in_dim %arg288, dims = [1] : (tensor<32xf32>) -> tensor<8x32xf32>
    %633 = stablehlo.add %631, %632 : tensor<8x32xf32>
    %634 = stablehlo.composite "mlxla.moe" %630, %633, %arg289, %arg290, %arg292, %arg293, %arg295, %arg296, %arg291, %arg294, %arg297 {composite_attributes = {activation = "swiglu_clamped", bits = 4 : i64, expert_bias = true, experts = 32 : i64, format = "fp", group_size = 32 : i64, precision = "f32", routing = "topk_softmax", swiglu_alpha = 1.702 : f64, swiglu_limit = 7.0 : f64, top_k = 4 : i64}, decomposition = @mlxla_moe_8x2880xf32_8x32xf32_32x2880x360xui32_32x2880x90xui8_32x2880x360xui32_32x2880x90xui8_32x2880x360xui32_32x2880x90xui8_32x2880xf32_32x2880xf32_32x2880xf32_7154339e831de982} : (tensor<8x2880xf32>, tensor<8x32xf32>, tensor<32x2880x360xui32>, tensor<32x2880x90xui8>, tensor<32x2880x360xui32>, tensor<32x2880x90xui8>, tensor<32x2880x360xui32>, tensor<32x2880x90xui8>, tensor<32x2880xf32>, tensor<32x2880xf32>, tensor<32x2880xf32>) -> tensor<8x2880xf32>
    %635 = stablehlo.add %629, %634 : tensor<8x2880xf32>
    %636 = stablehlo.composite "mlxla.rms_norm" %635, %arg298 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2880xf32_2880xf32_b6a9c526c7d0eb0f} : (tensor<8x2880xf32>, tensor<2880xf32>) -> tensor<8x2880xf32>
    %637 = stablehlo.composite "mlxla.quantized_dot" %636, %arg299, %arg300, %arg301 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x2880xf32_4096x360xui32_4096x45xf32_4096x45xf32_1606f16f63a9d508} : (tensor<8x2880xf32>, tensor<4096x360xui32>, tensor<4096x45xf32>, tensor<4096x45xf32>) -> tensor<8x4096xf32>
    %638 = stablehlo.broadcast_in_dim %arg302, dims = [1] : (tensor<4096xf32>) -> tensor<8x4096xf32>
    %639 = stablehlo.add %637, %638 : tensor<8x4096xf32>
    %640 = stablehlo.reshape %639 : (tensor<8x4096xf32>) -> tensor<8x64x64xf32>
    %641 = stablehlo.composite "mlxla.rope" %640, %2 {composite_attributes = {beta_fast = 32.0 : f64, beta_slow = 1.0 : f64, factor = 32.0 : f64, mscale = 1.0 : f64, mscale_all_dim = 0.0 : f64, original_max_position_embeddings = 4096 : i64, scaling = "yarn", theta = 150000.0 : f64}, decomposition = @mlxla_rope_8x64x64xf32_8xi32_bca46eb598c94a3c} : (tensor<8x64x64xf32>, tensor<8xi32>) -> tensor<8x64x64xf32>
    %642 = stablehlo.composite "mlxla.quantized_dot" %636, %arg303, %arg304, %arg305 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x2880xf32_512x360xui32_512x45xf32_512x45xf32_1606f16f63a9d508} : (tensor<8x2880xf32>, tensor<512x360xui32>, tensor<512x45xf32>, tensor<512x45xf32>) -> tensor<8x512xf32>
    %643 = stablehlo.broadcast_in_dim %arg306, dims = [1] : (tensor<512xf32>) -> tensor<8x512xf32>
    %644 = stablehlo.add %642, %643 : tensor<8x512xf32>
    %645 = stablehlo.reshape %644 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %646 = stablehlo.composite "mlxla.rope" %645, %2 {composite_attributes = {beta_fast = 32.0 : f64, beta_slow = 1.0 : f64, factor = 32.0 : f64, mscale = 1.0 : f64, mscale_all_dim = 0.0 : f64, original_max_position_embeddings = 4096 : i64, scaling = "yarn", theta = 150000.0 : f64}, decomposition = @mlxla_rope_8x8x64xf32_8xi32_bca46eb598c94a3c} : (tensor<8x8x64xf32>, tensor<8xi32>) -> tensor<8x8x64xf32>
    %647 = stablehlo.composite "mlxla.quantized_dot" %636, %arg307, %arg308, %arg309 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x2880xf32_512x360xui32_512x45xf32_512x45xf32_1606f16f63a9d508} : (tensor<8x2880xf32>, tensor<512x360xui32>, tensor<512x45xf32>, tensor<512x45xf32>) -> tensor<8x512xf32>
    %648 = stablehlo.broadcast_in_dim %arg310, dims = [1] : (tensor<512xf32>) -> tensor<8x512xf32>
    %649 = stablehlo.add %647, %648 : tensor<8x512xf32>
    %650 = stablehlo.reshape %649 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %651 = stablehlo.convert %646 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %652 = stablehlo.convert %650 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %653 = stablehlo.constant dense<4> : tensor<i32>
    %654 = stablehlo.constant dense<0> : tensor<i32>
    %655 = stablehlo.constant dense<0> : tensor<i32>
    %656 = stablehlo.reshape %651 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %657 = stablehlo.dynamic_update_slice %528, %656, %653, %655, %arg1, %654, %654 : (tensor<12x1x256x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<12x1x256x8x64xf16>
    %658 = stablehlo.reshape %652 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %659 = stablehlo.dynamic_update_slice %530, %658, %653, %655, %arg1, %654, %654 : (tensor<12x1x256x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<12x1x256x8x64xf16>
    %660 = stablehlo.slice %657 [4:5, 0:1, 0:256, 0:8, 0:64] : (tensor<12x1x256x8x64xf16>) -> tensor<1x1x256x8x64xf16>
    %661 = stablehlo.reshape %660 : (tensor<1x1x256x8x64xf16>) -> tensor<256x8x64xf16>
    %662 = stablehlo.slice %659 [4:5, 0:1, 0:256, 0:8, 0:64] : (tensor<12x1x256x8x64xf16>) -> tensor<1x1x256x8x64xf16>
    %663 = stablehlo.reshape %662 : (tensor<1x1x256x8x64xf16>) -> tensor<256x8x64xf16>
    %664 = stablehlo.composite "mlxla.attention" %641, %661, %663, %2, %5, %arg315 {composite_attributes = {scale = 0.125 : f64, sinks = true}, decomposition = @mlxla_attention_8x64x64xf32_256x8x64xf16_256x8x64xf16_8xi32_i32_64xf32_d54bb49fca62a40e} : (tensor<8x64x64xf32>, tensor<256x8x64xf16>, tensor<256x8x64xf16>, tensor<8xi32>, tensor<i32>, tensor<64xf32>) -> tensor<8x64x64xf32>
    %665 = stablehlo.reshape %664 : (tensor<8x64x64xf32>) -> tensor<8x4096xf32>
    %666 = stablehlo.composite "mlxla.quantized_dot" %665, %arg311, %arg312, %arg313 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x4096xf32_2880x512xui32_2880x64xf32_2880x64xf32_1606f16f63a9d508} : (tensor<8x4096xf32>, tensor<2880x512xui32>, tensor<2880x64xf32>, tensor<2880x64xf32>) -> tensor<8x2880xf32>
    %667 = stablehlo.broadcast_in_dim %arg314, dims = [1] : (tensor<2880xf32>) -> tensor<8x2880xf32>
    %668 = stablehlo.add %666, %667 : tensor<8x2880xf32>
    %669 = stablehlo.add %635, %668 : tensor<8x2880xf32>
    %670 = stablehlo.composite "mlxla.rms_norm" %669, %arg316 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2880xf32_2880xf32_b6a9c526c7d0eb0f} : (tensor<8x2880xf32>, tensor<2880xf32>) -> tensor<8x2880xf32>
    %671 = stablehlo.composite "mlxla.quantized_dot" %670, %arg317, %arg318, %arg319 {composite_attributes = {bits = 8 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x2880xf32_32x720xui32_32x45xf32_32x45xf32_46b69380ec5ff98c} : (tensor<8x2880xf32>, tensor<32x720xui32>, tensor<32x45xf32>, tensor<32x45xf32>) -> tensor<8x32xf32>
    %672 = stablehlo.broadcast_in_dim %arg320, dims = [1] : (tensor<32xf32>) -> tensor<8x32xf32>
    %673 = stablehlo.add %671, %672 : tensor<8x32xf32>
    %674 = stablehlo.composite "mlxla.moe" %670, %673, %arg321, %arg322, %arg324, %arg325, %arg327, %arg328, %arg323, %arg326, %arg329 {composite_attributes = {activation = "swiglu_clamped", bits = 4 : i64, expert_bias = true, experts = 32 : i64, format = "fp", group_size = 32 : i64, precision = "f32", routing = "topk_softmax", swiglu_alpha = 1.702 : f64, swiglu_limit = 7.0 : f64, top_k = 4 : i64}, decomposition = @mlxla_moe_8x2880xf32_8x32xf32_32x2880x360xui32_32x2880x90xui8_32x2880x360xui32_32x2880x90xui8_32x2880x360xui32_32x2880x90xui8_32x2880xf32_32x2880xf32_32x2880xf32_7154339e831de982} : (tensor<8x2880xf32>, tensor<8x32xf32>, tensor<32x2880x360xui32>, tensor<32x2880x90xui8>, tensor<32x2880x360xui32>, tensor<32x2880x90xui8>, tensor<32x2880x360xui32>, tensor<32x2880x90xui8>, tensor<32x2880xf32>, tensor<32x2880xf32>, tensor<32x2880xf32>) -> tensor<8x2880xf32>
    %675 = stablehlo.add %669, %674 : tensor<8x2880xf32>
    %676 = stablehlo.composite "mlxla.rms_norm" %675, %arg330 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2880xf32_2880xf32_b6a9c526c7d0eb0f} : (tensor<8x2880xf32>, tensor<2880xf32>) -> tensor<8x2880xf32>
    %677 = stablehlo.composite "mlxla.quantized_dot" %676, %arg331, %arg332, %arg333 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x2880xf32_4096x360xui32_4096x45xf32_4096x45xf32_1606f16f63a9d508} : (tensor<8x2880xf32>, tensor<4096x360xui32>, tensor<4096x45xf32>, tensor<4096x45xf32>) -> tensor<8x4096xf32>
    %678 = stablehlo.broadcast_in_dim %arg334, dims = [1] : (tensor<4096xf32>) -> tensor<8x4096xf32>
    %679 = stablehlo.add %677, %678 : tensor<8x4096xf32>
    %680 = stablehlo.reshape %679 : (tensor<8x4096xf32>) -> tensor<8x64x64xf32>
    %681 = stablehlo.composite "mlxla.rope" %680, %2 {composite_attributes = {beta_fast = 32.0 : f64, beta_slow = 1.0 : f64, factor = 32.0 : f64, mscale = 1.0 : f64, mscale_all_dim = 0.0 : f64, original_max_position_embeddings = 4096 : i64, scaling = "yarn", theta = 150000.0 : f64}, decomposition = @mlxla_rope_8x64x64xf32_8xi32_bca46eb598c94a3c} : (tensor<8x64x64xf32>, tensor<8xi32>) -> tensor<8x64x64xf32>
    %682 = stablehlo.composite "mlxla.quantized_dot" %676, %arg335, %arg336, %arg337 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x2880xf32_512x360xui32_512x45xf32_512x45xf32_1606f16f63a9d508} : (tensor<8x2880xf32>, tensor<512x360xui32>, tensor<512x45xf32>, tensor<512x45xf32>) -> tensor<8x512xf32>
    %683 = stablehlo.broadcast_in_dim %arg338, dims = [1] : (tensor<512xf32>) -> tensor<8x512xf32>
    %684 = stablehlo.add %682, %683 : tensor<8x512xf32>
    %685 = stablehlo.reshape %684 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %686 = stablehlo.composite "mlxla.rope" %685, %2 {composite_attributes = {beta_fast = 32.0 : f64, beta_slow = 1.0 : f64, factor = 32.0 : f64, mscale = 1.0 : f64, mscale_all_dim = 0.0 : f64, original_max_position_embeddings = 4096 : i64, scaling = "yarn", theta = 150000.0 : f64}, decomposition = @mlxla_rope_8x8x64xf32_8xi32_bca46eb598c94a3c} : (tensor<8x8x64xf32>, tensor<8xi32>) -> tensor<8x8x64xf32>
    %687 = stablehlo.composite "mlxla.quantized_dot" %676, %arg339, %arg340, %arg341 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x2880xf32_512x360xui32_512x45xf32_512x45xf32_1606f16f63a9d508} : (tensor<8x2880xf32>, tensor<512x360xui32>, tensor<512x45xf32>, tensor<512x45xf32>) -> tensor<8x512xf32>
    %688 = stablehlo.broadcast_in_dim %arg342, dims = [1] : (tensor<512xf32>) -> tensor<8x512xf32>
    %689 = stablehlo.add %687, %688 : tensor<8x512xf32>
    %690 = stablehlo.reshape %689 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %691 = stablehlo.convert %686 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %692 = stablehlo.convert %690 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %693 = stablehlo.slice %596 [5:6, 0:1, 0:128, 0:8, 0:64] : (tensor<12x1x128x8x64xf16>) -> tensor<1x1x128x8x64xf16>
    %694 = stablehlo.reshape %693 : (tensor<1x1x128x8x64xf16>) -> tensor<128x8x64xf16>
    %695 = stablehlo.slice %624 [5:6, 0:1, 0:128, 0:8, 0:64] : (tensor<12x1x128x8x64xf16>) -> tensor<1x1x128x8x64xf16>
    %696 = stablehlo.reshape %695 : (tensor<1x1x128x8x64xf16>) -> tensor<128x8x64xf16>
    %697 = stablehlo.composite "mlxla.window_attention" %681, %694, %696, %691, %692, %2, %5, %arg347 {composite_attributes = {scale = 0.125 : f64, sinks = true, window = 128 : i64}, decomposition = @mlxla_window_attention_8x64x64xf32_128x8x64xf16_128x8x64xf16_8x8x64xf16_8x8x64xf16_8xi32_i32_64xf32_fe6978d776132cfa} : (tensor<8x64x64xf32>, tensor<128x8x64xf16>, tensor<128x8x64xf16>, tensor<8x8x64xf16>, tensor<8x8x64xf16>, tensor<8xi32>, tensor<i32>, tensor<64xf32>) -> tensor<8x64x64xf32>
    %698 = stablehlo.slice %596 [5:6, 0:1, 0:128, 0:8, 0:64] : (tensor<12x1x128x8x64xf16>) -> tensor<1x1x128x8x64xf16>
    %699 = stablehlo.reshape %698 : (tensor<1x1x128x8x64xf16>) -> tensor<128x8x64xf16>
    %700 = stablehlo.constant dense<5> : tensor<i32>
    %701 = stablehlo.constant dense<0> : tensor<i32>
    %702 = stablehlo.constant dense<0> : tensor<i32>
    %703 = stablehlo.constant dense<-1> : tensor<i32>
    %704 = stablehlo.add %5, %703 : tensor<i32>
    %705 = stablehlo.broadcast_in_dim %704, dims = [] : (tensor<i32>) -> tensor<128xi32>
    %706 = stablehlo.iota dim = 0 : tensor<128xi32>
    %707 = stablehlo.constant dense<128> : tensor<128xi32>
    %708 = stablehlo.subtract %705, %706 : tensor<128xi32>
    %709 = stablehlo.add %708, %707 : tensor<128xi32>
    %710 = stablehlo.constant dense<128> : tensor<128xi32>
    %711 = stablehlo.divide %709, %710 : tensor<128xi32>
    %712 = stablehlo.multiply %711, %710 : tensor<128xi32>
    %713 = stablehlo.subtract %709, %712 : tensor<128xi32>
    %714 = stablehlo.subtract %705, %713 : tensor<128xi32>
    %715 = stablehlo.broadcast_in_dim %arg1, dims = [] : (tensor<i32>) -> tensor<128xi32>
    %716 = stablehlo.subtract %714, %715 : tensor<128xi32>
    %717 = stablehlo.constant dense<0> : tensor<128xi32>
    %718 = stablehlo.compare GE, %716, %717 : (tensor<128xi32>, tensor<128xi32>) -> tensor<128xi1>
    %719 = stablehlo.add %716, %707 : tensor<128xi32>
    %720 = stablehlo.select %718, %719, %706 : tensor<128xi1>, tensor<128xi32>
    %721 = stablehlo.concatenate %699, %691, dim = 0 : (tensor<128x8x64xf16>, tensor<8x8x64xf16>) -> tensor<136x8x64xf16>
    %722 = stablehlo.reshape %720 : (tensor<128xi32>) -> tensor<128x1xi32>
    %723 = "stablehlo.gather"(%721, %722) {dimension_numbers = #stablehlo.gather<offset_dims = [1, 2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 8, 64>} : (tensor<136x8x64xf16>, tensor<128x1xi32>) -> tensor<128x8x64xf16>
    %724 = stablehlo.reshape %723 : (tensor<128x8x64xf16>) -> tensor<1x1x128x8x64xf16>
    %725 = stablehlo.dynamic_update_slice %596, %724, %700, %701, %702, %702, %702 : (tensor<12x1x128x8x64xf16>, tensor<1x1x128x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<12x1x128x8x64xf16>
    %726 = stablehlo.slice %624 [5:6, 0:1, 0:128, 0:8, 0:64] : (tensor<12x1x128x8x64xf16>) -> tensor<1x1x128x8x64xf16>
    %727 = stablehlo.reshape %726 : (tensor<1x1x128x8x64xf16>) -> tensor<128x8x64xf16>
    %728 = stablehlo.constant dense<5> : tensor<i32>
    %729 = stablehlo.constant dense<0> : tensor<i32>
    %730 = stablehlo.constant dense<0> : tensor<i32>
    %731 = stablehlo.constant dense<-1> : tensor<i32>
    %732 = stablehlo.add %5, %731 : tensor<i32>
    %733 = stablehlo.broadcast_in_dim %732, dims = [] : (tensor<i32>) -> tensor<128xi32>
    %734 = stablehlo.iota dim = 0 : tensor<128xi32>
    %735 = stablehlo.constant dense<128> : tensor<128xi32>
    %736 = stablehlo.subtract %733, %734 : tensor<128xi32>
    %737 = stablehlo.add %736, %735 : tensor<128xi32>
    %738 = stablehlo.constant dense<128> : tensor<128xi32>
    %739 = stablehlo.divide %737, %738 : tensor<128xi32>
    %740 = stablehlo.multiply %739, %738 : tensor<128xi32>
    %741 = stablehlo.subtract %737, %740 : tensor<128xi32>
    %742 = stablehlo.subtract %733, %741 : tensor<128xi32>
    %743 = stablehlo.broadcast_in_dim %arg1, dims = [] : (tensor<i32>) -> tensor<128xi32>
    %744 = stablehlo.subtract %742, %743 : tensor<128xi32>
    %745 = stablehlo.constant dense<0> : tensor<128xi32>
    %746 = stablehlo.compare GE, %744, %745 : (tensor<128xi32>, tensor<128xi32>) -> tensor<128xi1>
    %747 = stablehlo.add %744, %735 : tensor<128xi32>
    %748 = stablehlo.select %746, %747, %734 : tensor<128xi1>, tensor<128xi32>
    %749 = stablehlo.concatenate %727, %692, dim = 0 : (tensor<128x8x64xf16>, tensor<8x8x64xf16>) -> tensor<136x8x64xf16>
    %750 = stablehlo.reshape %748 : (tensor<128xi32>) -> tensor<128x1xi32>
    %751 = "stablehlo.gather"(%749, %750) {dimension_numbers = #stablehlo.gather<offset_dims = [1, 2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 8, 64>} : (tensor<136x8x64xf16>, tensor<128x1xi32>) -> tensor<128x8x64xf16>
    %752 = stablehlo.reshape %751 : (tensor<128x8x64xf16>) -> tensor<1x1x128x8x64xf16>
    %753 = stablehlo.dynamic_update_slice %624, %752, %728, %729, %730, %730, %730 : (tensor<12x1x128x8x64xf16>, tensor<1x1x128x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<12x1x128x8x64xf16>
    %754 = stablehlo.reshape %697 : (tensor<8x64x64xf32>) -> tensor<8x4096xf32>
    %755 = stablehlo.composite "mlxla.quantized_dot" %754, %arg343, %arg344, %arg345 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x4096xf32_2880x512xui32_2880x64xf32_2880x64xf32_1606f16f63a9d508} : (tensor<8x4096xf32>, tensor<2880x512xui32>, tensor<2880x64xf32>, tensor<2880x64xf32>) -> tensor<8x2880xf32>
    %756 = stablehlo.broadcast_in_dim %arg346, dims = [1] : (tensor<2880xf32>) -> tensor<8x2880xf32>
    %757 = stablehlo.add %755, %756 : tensor<8x2880xf32>
    %758 = stablehlo.add %675, %757 : tensor<8x2880xf32>
    %759 = stablehlo.composite "mlxla.rms_norm" %758, %arg348 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2880xf32_2880xf32_b6a9c526c7d0eb0f} : (tensor<8x2880xf32>, tensor<2880xf32>) -> tensor<8x2880xf32>
    %760 = stablehlo.composite "mlxla.quantized_dot" %759, %arg349, %arg350, %arg351 {composite_attributes = {bits = 8 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x2880xf32_32x720xui32_32x45xf32_32x45xf32_46b69380ec5ff98c} : (tensor<8x2880xf32>, tensor<32x720xui32>, tensor<32x45xf32>, tensor<32x45xf32>) -> tensor<8x32xf32>
    %761 = stablehlo.broadcast_in_dim %arg352, dims = [1] : (tensor<32xf32>) -> tensor<8x32xf32>
    %762 = stablehlo.add %760, %761 : tensor<8x32xf32>
    %763 = stablehlo.composite "mlxla.moe" %759, %762, %arg353, %arg354, %arg356, %arg357, %arg359, %arg360, %arg355, %arg358, %arg361 {composite_attributes = {activation = "swiglu_clamped", bits = 4 : i64, expert_bias = true, experts = 32 : i64, format = "fp", group_size = 32 : i64, precision = "f32", routing = "topk_softmax", swiglu_alpha = 1.702 : f64, swiglu_limit = 7.0 : f64, top_k = 4 : i64}, decomposition = @mlxla_moe_8x2880xf32_8x32xf32_32x2880x360xui32_32x2880x90xui8_32x2880x360xui32_32x2880x90xui8_32x2880x360xui32_32x2880x90xui8_32x2880xf32_32x2880xf32_32x2880xf32_7154339e831de982} : (tensor<8x2880xf32>, tensor<8x32xf32>, tensor<32x2880x360xui32>, tensor<32x2880x90xui8>, tensor<32x2880x360xui32>, tensor<32x2880x90xui8>, tensor<32x2880x360xui32>, tensor<32x2880x90xui8>, tensor<32x2880xf32>, tensor<32x2880xf32>, tensor<32x2880xf32>) -> tensor<8x2880xf32>
    %764 = stablehlo.add %758, %763 : tensor<8x2880xf32>
    %765 = stablehlo.composite "mlxla.rms_norm" %764, %arg362 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2880xf32_2880xf32_b6a9c526c7d0eb0f} : (tensor<8x2880xf32>, tensor<2880xf32>) -> tensor<8x2880xf32>
    %766 = stablehlo.composite "mlxla.quantized_dot" %765, %arg363, %arg364, %arg365 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x2880xf32_4096x360xui32_4096x45xf32_4096x45xf32_1606f16f63a9d508} : (tensor<8x2880xf32>, tensor<4096x360xui32>, tensor<4096x45xf32>, tensor<4096x45xf32>) -> tensor<8x4096xf32>
    %767 = stablehlo.broadcast_in_dim %arg366, dims = [1] : (tensor<4096xf32>) -> tensor<8x4096xf32>
    %768 = stablehlo.add %766, %767 : tensor<8x4096xf32>
    %769 = stablehlo.reshape %768 : (tensor<8x4096xf32>) -> tensor<8x64x64xf32>
    %770 = stablehlo.composite "mlxla.rope" %769, %2 {composite_attributes = {beta_fast = 32.0 : f64, beta_slow = 1.0 : f64, factor = 32.0 : f64, mscale = 1.0 : f64, mscale_all_dim = 0.0 : f64, original_max_position_embeddings = 4096 : i64, scaling = "yarn", theta = 150000.0 : f64}, decomposition = @mlxla_rope_8x64x64xf32_8xi32_bca46eb598c94a3c} : (tensor<8x64x64xf32>, tensor<8xi32>) -> tensor<8x64x64xf32>
    %771 = stablehlo.composite "mlxla.quantized_dot" %765, %arg367, %arg368, %arg369 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x2880xf32_512x360xui32_512x45xf32_512x45xf32_1606f16f63a9d508} : (tensor<8x2880xf32>, tensor<512x360xui32>, tensor<512x45xf32>, tensor<512x45xf32>) -> tensor<8x512xf32>
    %772 = stablehlo.broadcast_in_dim %arg370, dims = [1] : (tensor<512xf32>) -> tensor<8x512xf32>
    %773 = stablehlo.add %771, %772 : tensor<8x512xf32>
    %774 = stablehlo.reshape %773 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %775 = stablehlo.composite "mlxla.rope" %774, %2 {composite_attributes = {beta_fast = 32.0 : f64, beta_slow = 1.0 : f64, factor = 32.0 : f64, mscale = 1.0 : f64, mscale_all_dim = 0.0 : f64, original_max_position_embeddings = 4096 : i64, scaling = "yarn", theta = 150000.0 : f64}, decomposition = @mlxla_rope_8x8x64xf32_8xi32_bca46eb598c94a3c} : (tensor<8x8x64xf32>, tensor<8xi32>) -> tensor<8x8x64xf32>
    %776 = stablehlo.composite "mlxla.quantized_dot" %765, %arg371, %arg372, %arg373 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x2880xf32_512x360xui32_512x45xf32_512x45xf32_1606f16f63a9d508} : (tensor<8x2880xf32>, tensor<512x360xui32>, tensor<512x45xf32>, tensor<512x45xf32>) -> tensor<8x512xf32>
    %777 = stablehlo.broadcast_in_dim %arg374, dims = [1] : (tensor<512xf32>) -> tensor<8x512xf32>
    %778 = stablehlo.add %776, %777 : tensor<8x512xf32>
    %779 = stablehlo.reshape %778 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %780 = stablehlo.convert %775 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %781 = stablehlo.convert %779 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %782 = stablehlo.constant dense<5> : tensor<i32>
    %783 = stablehlo.constant dense<0> : tensor<i32>
    %784 = stablehlo.constant dense<0> : tensor<i32>
    %785 = stablehlo.reshape %780 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %786 = stablehlo.dynamic_update_slice %657, %785, %782, %784, %arg1, %783, %783 : (tensor<12x1x256x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<12x1x256x8x64xf16>
    %787 = stablehlo.reshape %781 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %788 = stablehlo.dynamic_update_slice %659, %787, %782, %784, %arg1, %783, %783 : (tensor<12x1x256x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<12x1x256x8x64xf16>
    %789 = stablehlo.slice %786 [5:6, 0:1, 0:256, 0:8, 0:64] : (tensor<12x1x256x8x64xf16>) -> tensor<1x1x256x8x64xf16>
    %790 = stablehlo.reshape %789 : (tensor<1x1x256x8x64xf16>) -> tensor<256x8x64xf16>
    %791 = stablehlo.slice %788 [5:6, 0:1, 0:256, 0:8, 0:64] : (tensor<12x1x256x8x64xf16>) -> tensor<1x1x256x8x64xf16>
    %792 = stablehlo.reshape %791 : (tensor<1x1x256x8x64xf16>) -> tensor<256x8x64xf16>
    %793 = stablehlo.composite "mlxla.attention" %770, %790, %792, %2, %5, %arg379 {composite_attributes = {scale = 0.125 : f64, sinks = true}, decomposition = @mlxla_attention_8x64x64xf32_256x8x64xf16_256x8x64xf16_8xi32_i32_64xf32_d54bb49fca62a40e} : (tensor<8x64x64xf32>, tensor<256x8x64xf16>, tensor<256x8x64xf16>, tensor<8xi32>, tensor<i32>, tensor<64xf32>) -> tensor<8x64x64xf32>
    %794 = stablehlo.reshape %793 : (tensor<8x64x64xf32>) -> tensor<8x4096xf32>
    %795 = stablehlo.composite "mlxla.quantized_dot" %794, %arg375, %arg376, %arg377 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x4096xf32_2880x512xui32_2880x64xf32_2880x64xf32_1606f16f63a9d508} : (tensor<8x4096xf32>, tensor<2880x512xui32>, tensor<2880x64xf32>, tensor<2880x64xf32>) -> tensor<8x2880xf32>
    %796 = stablehlo.broadcast_in_dim %arg378, dims = [1] : (tensor<2880xf32>) -> tensor<8x2880xf32>
    %797 = stablehlo.add %795, %796 : tensor<8x2880xf32>
    %798 = stablehlo.add %764, %797 : tensor<8x2880xf32>
    %799 = stablehlo.composite "mlxla.rms_norm" %798, %arg380 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2880xf32_2880xf32_b6a9c526c7d0eb0f} : (tensor<8x2880xf32>, tensor<2880xf32>) -> tensor<8x2880xf32>
    %800 = stablehlo.composite "mlxla.quantized_dot" %799, %arg381, %arg382, %arg383 {composite_attributes = {bits = 8 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x2880xf32_32x720xui32_32x45xf32_32x45xf32_46b69380ec5ff98c} : (tensor<8x2880xf32>, tensor<32x720xui32>, tensor<32x45xf32>, tensor<32x45xf32>) -> tensor<8x32xf32>
    %801 = stablehlo.broadcast_in_dim %arg384, dims = [1] : (tensor<32xf32>) -> tensor<8x32xf32>
    %802 = stablehlo.add %800, %801 : tensor<8x32xf32>
    %803 = stablehlo.composite "mlxla.moe" %799, %802, %arg385, %arg386, %arg388, %arg389, %arg391, %arg392, %arg387, %arg390, %arg393 {composite_attributes = {activation = "swiglu_clamped", bits = 4 : i64, expert_bias = true, experts = 32 : i64, format = "fp", group_size = 32 : i64, precision = "f32", routing = "topk_softmax", swiglu_alpha = 1.702 : f64, swiglu_limit = 7.0 : f64, top_k = 4 : i64}, decomposition = @mlxla_moe_8x2880xf32_8x32xf32_32x2880x360xui32_32x2880x90xui8_32x2880x360xui32_32x2880x90xui8_32x2880x360xui32_32x2880x90xui8_32x2880xf32_32x2880xf32_32x2880xf32_7154339e831de982} : (tensor<8x2880xf32>, tensor<8x32xf32>, tensor<32x2880x360xui32>, tensor<32x2880x90xui8>, tensor<32x2880x360xui32>, tensor<32x2880x90xui8>, tensor<32x2880x360xui32>, tensor<32x2880x90xui8>, tensor<32x2880xf32>, tensor<32x2880xf32>, tensor<32x2880xf32>) -> tensor<8x2880xf32>
    %804 = stablehlo.add %798, %803 : tensor<8x2880xf32>
    %805 = stablehlo.composite "mlxla.rms_norm" %804, %arg394 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2880xf32_2880xf32_b6a9c526c7d0eb0f} : (tensor<8x2880xf32>, tensor<2880xf32>) -> tensor<8x2880xf32>
    %806 = stablehlo.composite "mlxla.quantized_dot" %805, %arg395, %arg396, %arg397 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x2880xf32_4096x360xui32_4096x45xf32_4096x45xf32_1606f16f63a9d508} : (tensor<8x2880xf32>, tensor<4096x360xui32>, tensor<4096x45xf32>, tensor<4096x45xf32>) -> tensor<8x4096xf32>
    %807 = stablehlo.broadcast_in_dim %arg398, dims = [1] : (tensor<4096xf32>) -> tensor<8x4096xf32>
    %808 = stablehlo.add %806, %807 : tensor<8x4096xf32>
    %809 = stablehlo.reshape %808 : (tensor<8x4096xf32>) -> tensor<8x64x64xf32>
    %810 = stablehlo.composite "mlxla.rope" %809, %2 {composite_attributes = {beta_fast = 32.0 : f64, beta_slow = 1.0 : f64, factor = 32.0 : f64, mscale = 1.0 : f64, mscale_all_dim = 0.0 : f64, original_max_position_embeddings = 4096 : i64, scaling = "yarn", theta = 150000.0 : f64}, decomposition = @mlxla_rope_8x64x64xf32_8xi32_bca46eb598c94a3c} : (tensor<8x64x64xf32>, tensor<8xi32>) -> tensor<8x64x64xf32>
    %811 = stablehlo.composite "mlxla.quantized_dot" %805, %arg399, %arg400, %arg401 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x2880xf32_512x360xui32_512x45xf32_512x45xf32_1606f16f63a9d508} : (tensor<8x2880xf32>, tensor<512x360xui32>, tensor<512x45xf32>, tensor<512x45xf32>) -> tensor<8x512xf32>
    %812 = stablehlo.broadcast_in_dim %arg402, dims = [1] : (tensor<512xf32>) -> tensor<8x512xf32>
    %813 = stablehlo.add %811, %812 : tensor<8x512xf32>
    %814 = stablehlo.reshape %813 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %815 = stablehlo.composite "mlxla.rope" %814, %2 {composite_attributes = {beta_fast = 32.0 : f64, beta_slow = 1.0 : f64, factor = 32.0 : f64, mscale = 1.0 : f64, mscale_all_dim = 0.0 : f64, original_max_position_embeddings = 4096 : i64, scaling = "yarn", theta = 150000.0 : f64}, decomposition = @mlxla_rope_8x8x64xf32_8xi32_bca46eb598c94a3c} : (tensor<8x8x64xf32>, tensor<8xi32>) -> tensor<8x8x64xf32>
    %816 = stablehlo.composite "mlxla.quantized_dot" %805, %arg403, %arg404, %arg405 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x2880xf32_512x360xui32_512x45xf32_512x45xf32_1606f16f63a9d508} : (tensor<8x2880xf32>, tensor<512x360xui32>, tensor<512x45xf32>, tensor<512x45xf32>) -> tensor<8x512xf32>
    %817 = stablehlo.broadcast_in_dim %arg406, dims = [1] : (tensor<512xf32>) -> tensor<8x512xf32>
    %818 = stablehlo.add %816, %817 : tensor<8x512xf32>
    %819 = stablehlo.reshape %818 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %820 = stablehlo.convert %815 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %821 = stablehlo.convert %819 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %822 = stablehlo.slice %725 [6:7, 0:1, 0:128, 0:8, 0:64] : (tensor<12x1x128x8x64xf16>) -> tensor<1x1x128x8x64xf16>
    %823 = stablehlo.reshape %822 : (tensor<1x1x128x8x64xf16>) -> tensor<128x8x64xf16>
    %824 = stablehlo.slice %753 [6:7, 0:1, 0:128, 0:8, 0:64] : (tensor<12x1x128x8x64xf16>) -> tensor<1x1x128x8x64xf16>
    %825 = stablehlo.reshape %824 : (tensor<1x1x128x8x64xf16>) -> tensor<128x8x64xf16>
    %826 = stablehlo.composite "mlxla.window_attention" %810, %823, %825, %820, %821, %2, %5, %arg411 {composite_attributes = {scale = 0.125 : f64, sinks = true, window = 128 : i64}, decomposition = @mlxla_window_attention_8x64x64xf32_128x8x64xf16_128x8x64xf16_8x8x64xf16_8x8x64xf16_8xi32_i32_64xf32_fe6978d776132cfa} : (tensor<8x64x64xf32>, tensor<128x8x64xf16>, tensor<128x8x64xf16>, tensor<8x8x64xf16>, tensor<8x8x64xf16>, tensor<8xi32>, tensor<i32>, tensor<64xf32>) -> tensor<8x64x64xf32>
    %827 = stablehlo.slice %725 [6:7, 0:1, 0:128, 0:8, 0:64] : (tensor<12x1x128x8x64xf16>) -> tensor<1x1x128x8x64xf16>
    %828 = stablehlo.reshape %827 : (tensor<1x1x128x8x64xf16>) -> tensor<128x8x64xf16>
    %829 = stablehlo.constant dense<6> : tensor<i32>
    %830 = stablehlo.constant dense<0> : tensor<i32>
    %831 = stablehlo.constant dense<0> : tensor<i32>
    %832 = stablehlo.constant dense<-1> : tensor<i32>
    %833 = stablehlo.add %5, %832 : tensor<i32>
    %834 = stablehlo.broadcast_in_dim %833, dims = [] : (tensor<i32>) -> tensor<128xi32>
    %835 = stablehlo.iota dim = 0 : tensor<128xi32>
    %836 = stablehlo.constant dense<128> : tensor<128xi32>
    %837 = stablehlo.subtract %834, %835 : tensor<128xi32>
    %838 = stablehlo.add %837, %836 : tensor<128xi32>
    %839 = stablehlo.constant dense<128> : tensor<128xi32>
    %840 = stablehlo.divide %838, %839 : tensor<128xi32>
    %841 = stablehlo.multiply %840, %839 : tensor<128xi32>
    %842 = stablehlo.subtract %838, %841 : tensor<128xi32>
    %843 = stablehlo.subtract %834, %842 : tensor<128xi32>
    %844 = stablehlo.broadcast_in_dim %arg1, dims = [] : (tensor<i32>) -> tensor<128xi32>
    %845 = stablehlo.subtract %843, %844 : tensor<128xi32>
    %846 = stablehlo.constant dense<0> : tensor<128xi32>
    %847 = stablehlo.compare GE, %845, %846 : (tensor<128xi32>, tensor<128xi32>) -> tensor<128xi1>
    %848 = stablehlo.add %845, %836 : tensor<128xi32>
    %849 = stablehlo.select %847, %848, %835 : tensor<128xi1>, tensor<128xi32>
    %850 = stablehlo.concatenate %828, %820, dim = 0 : (tensor<128x8x64xf16>, tensor<8x8x64xf16>) -> tensor<136x8x64xf16>
    %851 = stablehlo.reshape %849 : (tensor<128xi32>) -> tensor<128x1xi32>
    %852 = "stablehlo.gather"(%850, %851) {dimension_numbers = #stablehlo.gather<offset_dims = [1, 2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 8, 64>} : (tensor<136x8x64xf16>, tensor<128x1xi32>) -> tensor<128x8x64xf16>
    %853 = stablehlo.reshape %852 : (tensor<128x8x64xf16>) -> tensor<1x1x128x8x64xf16>
    %854 = stablehlo.dynamic_update_slice %725, %853, %829, %830, %831, %831, %831 : (tensor<12x1x128x8x64xf16>, tensor<1x1x128x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<12x1x128x8x64xf16>
    %855 = stablehlo.slice %753 [6:7, 0:1, 0:128, 0:8, 0:64] : (tensor<12x1x128x8x64xf16>) -> tensor<1x1x128x8x64xf16>
    %856 = stablehlo.reshape %855 : (tensor<1x1x128x8x64xf16>) -> tensor<128x8x64xf16>
    %857 = stablehlo.constant dense<6> : tensor<i32>
    %858 = stablehlo.constant dense<0> : tensor<i32>
    %859 = stablehlo.constant dense<0> : tensor<i32>
    %860 = stablehlo.constant dense<-1> : tensor<i32>
    %861 = stablehlo.add %5, %860 : tensor<i32>
    %862 = stablehlo.broadcast_in_dim %861, dims = [] : (tensor<i32>) -> tensor<128xi32>
    %863 = stablehlo.iota dim = 0 : tensor<128xi32>
    %864 = stablehlo.constant dense<128> : tensor<128xi32>
    %865 = stablehlo.subtract %862, %863 : tensor<128xi32>
    %866 = stablehlo.add %865, %864 : tensor<128xi32>
    %867 = stablehlo.constant dense<128> : tensor<128xi32>
    %868 = stablehlo.divide %866, %867 : tensor<128xi32>
    %869 = stablehlo.multiply %868, %867 : tensor<128xi32>
    %870 = stablehlo.subtract %866, %869 : tensor<128xi32>
    %871 = stablehlo.subtract %862, %870 : tensor<128xi32>
    %872 = stablehlo.broadcast_in_dim %arg1, dims = [] : (tensor<i32>) -> tensor<128xi32>
    %873 = stablehlo.subtract %871, %872 : tensor<128xi32>
    %874 = stablehlo.constant dense<0> : tensor<128xi32>
    %875 = stablehlo.compare GE, %873, %874 : (tensor<128xi32>, tensor<128xi32>) -> tensor<128xi1>
    %876 = stablehlo.add %873, %864 : tensor<128xi32>
    %877 = stablehlo.select %875, %876, %863 : tensor<128xi1>, tensor<128xi32>
    %878 = stablehlo.concatenate %856, %821, dim = 0 : (tensor<128x8x64xf16>, tensor<8x8x64xf16>) -> tensor<136x8x64xf16>
    %879 = stablehlo.reshape %877 : (tensor<128xi32>) -> tensor<128x1xi32>
    %880 = "stablehlo.gather"(%878, %879) {dimension_numbers = #stablehlo.gather<offset_dims = [1, 2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 8, 64>} : (tensor<136x8x64xf16>, tensor<128x1xi32>) -> tensor<128x8x64xf16>
    %881 = stablehlo.reshape %880 : (tensor<128x8x64xf16>) -> tensor<1x1x128x8x64xf16>
    %882 = stablehlo.dynamic_update_slice %753, %881, %857, %858, %859, %859, %859 : (tensor<12x1x128x8x64xf16>, tensor<1x1x128x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<12x1x128x8x64xf16>
    %883 = stablehlo.reshape %826 : (tensor<8x64x64xf32>) -> tensor<8x4096xf32>
    %884 = stablehlo.composite "mlxla.quantized_dot" %883, %arg407, %arg408, %arg409 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x4096xf32_2880x512xui32_2880x64xf32_2880x64xf32_1606f16f63a9d508} : (tensor<8x4096xf32>, tensor<2880x512xui32>, tensor<2880x64xf32>, tensor<2880x64xf32>) -> tensor<8x2880xf32>
    %885 = stablehlo.broadcast_in_dim %arg410, dims = [1] : (tensor<2880xf32>) -> tensor<8x2880xf32>
    %886 = stablehlo.add %884, %885 : tensor<8x2880xf32>
    %887 = stablehlo.add %804, %886 : tensor<8x2880xf32>
    %888 = stablehlo.composite "mlxla.rms_norm" %887, %arg412 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2880xf32_2880xf32_b6a9c526c7d0eb0f} : (tensor<8x2880xf32>, tensor<2880xf32>) -> tensor<8x2880xf32>
    %889 = stablehlo.composite "mlxla.quantized_dot" %888, %arg413, %arg414, %arg415 {composite_attributes = {bits = 8 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x2880xf32_32x720xui32_32x45xf32_32x45xf32_46b69380ec5ff98c} : (tensor<8x2880xf32>, tensor<32x720xui32>, tensor<32x45xf32>, tensor<32x45xf32>) -> tensor<8x32xf32>
    %890 = stablehlo.broadcast_in_dim %arg416, dims = [1] : (tensor<32xf32>) -> tensor<8x32xf32>
    %891 = stablehlo.add %889, %890 : tensor<8x32xf32>
    %892 = stablehlo.composite "mlxla.moe" %888, %891, %arg417, %arg418, %arg420, %arg421, %arg423, %arg424, %arg419, %arg422, %arg425 {composite_attributes = {activation = "swiglu_clamped", bits = 4 : i64, expert_bias = true, experts = 32 : i64, format = "fp", group_size = 32 : i64, precision = "f32", routing = "topk_softmax", swiglu_alpha = 1.702 : f64, swiglu_limit = 7.0 : f64, top_k = 4 : i64}, decomposition = @mlxla_moe_8x2880xf32_8x32xf32_32x2880x360xui32_32x2880x90xui8_32x2880x360xui32_32x2880x90xui8_32x2880x360xui32_32x2880x90xui8_32x2880xf32_32x2880xf32_32x2880xf32_7154339e831de982} : (tensor<8x2880xf32>, tensor<8x32xf32>, tensor<32x2880x360xui32>, tensor<32x2880x90xui8>, tensor<32x2880x360xui32>, tensor<32x2880x90xui8>, tensor<32x2880x360xui32>, tensor<32x2880x90xui8>, tensor<32x2880xf32>, tensor<32x2880xf32>, tensor<32x2880xf32>) -> tensor<8x2880xf32>
    %893 = stablehlo.add %887, %892 : tensor<8x2880xf32>
    %894 = stablehlo.composite "mlxla.rms_norm" %893, %arg426 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2880xf32_2880xf32_b6a9c526c7d0eb0f} : (tensor<8x2880xf32>, tensor<2880xf32>) -> tensor<8x2880xf32>
    %895 = stablehlo.composite "mlxla.quantized_dot" %894, %arg427, %arg428, %arg429 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x2880xf32_4096x360xui32_4096x45xf32_4096x45xf32_1606f16f63a9d508} : (tensor<8x2880xf32>, tensor<4096x360xui32>, tensor<4096x45xf32>, tensor<4096x45xf32>) -> tensor<8x4096xf32>
    %896 = stablehlo.broadcast_in_dim %arg430, dims = [1] : (tensor<4096xf32>) -> tensor<8x4096xf32>
    %897 = stablehlo.add %895, %896 : tensor<8x4096xf32>
    %898 = stablehlo.reshape %897 : (tensor<8x4096xf32>) -> tensor<8x64x64xf32>
    %899 = stablehlo.composite "mlxla.rope" %898, %2 {composite_attributes = {beta_fast = 32.0 : f64, beta_slow = 1.0 : f64, factor = 32.0 : f64, mscale = 1.0 : f64, mscale_all_dim = 0.0 : f64, original_max_position_embeddings = 4096 : i64, scaling = "yarn", theta = 150000.0 : f64}, decomposition = @mlxla_rope_8x64x64xf32_8xi32_bca46eb598c94a3c} : (tensor<8x64x64xf32>, tensor<8xi32>) -> tensor<8x64x64xf32>
    %900 = stablehlo.composite "mlxla.quantized_dot" %894, %arg431, %arg432, %arg433 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x2880xf32_512x360xui32_512x45xf32_512x45xf32_1606f16f63a9d508} : (tensor<8x2880xf32>, tensor<512x360xui32>, tensor<512x45xf32>, tensor<512x45xf32>) -> tensor<8x512xf32>
    %901 = stablehlo.broadcast_in_dim %arg434, dims = [1] : (tensor<512xf32>) -> tensor<8x512xf32>
    %902 = stablehlo.add %900, %901 : tensor<8x512xf32>
    %903 = stablehlo.reshape %902 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %904 = stablehlo.composite "mlxla.rope" %903, %2 {composite_attributes = {beta_fast = 32.0 : f64, beta_slow = 1.0 : f64, factor = 32.0 : f64, mscale = 1.0 : f64, mscale_all_dim = 0.0 : f64, original_max_position_embeddings = 4096 : i64, scaling = "yarn", theta = 150000.0 : f64}, decomposition = @mlxla_rope_8x8x64xf32_8xi32_bca46eb598c94a3c} : (tensor<8x8x64xf32>, tensor<8xi32>) -> tensor<8x8x64xf32>
    %905 = stablehlo.composite "mlxla.quantized_dot" %894, %arg435, %arg436, %arg437 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x2880xf32_512x360xui32_512x45xf32_512x45xf32_1606f16f63a9d508} : (tensor<8x2880xf32>, tensor<512x360xui32>, tensor<512x45xf32>, tensor<512x45xf32>) -> tensor<8x512xf32>
    %906 = stablehlo.broadcast_in_dim %arg438, dims = [1] : (tensor<512xf32>) -> tensor<8x512xf32>
    %907 = stablehlo.add %905, %906 : tensor<8x512xf32>
    %908 = stablehlo.reshape %907 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %909 = stablehlo.convert %904 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %910 = stablehlo.convert %908 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %911 = stablehlo.constant dense<6> : tensor<i32>
    %912 = stablehlo.constant dense<0> : tensor<i32>
    %913 = stablehlo.constant dense<0> : tensor<i32>
    %914 = stablehlo.reshape %909 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %915 = stablehlo.dynamic_update_slice %786, %914, %911, %913, %arg1, %912, %912 : (tensor<12x1x256x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<12x1x256x8x64xf16>
    %916 = stablehlo.reshape %910 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %917 = stablehlo.dynamic_update_slice %788, %916, %911, %913, %arg1, %912, %912 : (tensor<12x1x256x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<12x1x256x8x64xf16>
    %918 = stablehlo.slice %915 [6:7, 0:1, 0:256, 0:8, 0:64] : (tensor<12x1x256x8x64xf16>) -> tensor<1x1x256x8x64xf16>
    %919 = stablehlo.reshape %918 : (tensor<1x1x256x8x64xf16>) -> tensor<256x8x64xf16>
    %920 = stablehlo.slice %917 [6:7, 0:1, 0:256, 0:8, 0:64] : (tensor<12x1x256x8x64xf16>) -> tensor<1x1x256x8x64xf16>
    %921 = stablehlo.reshape %920 : (tensor<1x1x256x8x64xf16>) -> tensor<256x8x64xf16>
    %922 = stablehlo.composite "mlxla.attention" %899, %919, %921, %2, %5, %arg443 {composite_attributes = {scale = 0.125 : f64, sinks = true}, decomposition = @mlxla_attention_8x64x64xf32_256x8x64xf16_256x8x64xf16_8xi32_i32_64xf32_d54bb49fca62a40e} : (tensor<8x64x64xf32>, tensor<256x8x64xf16>, tensor<256x8x64xf16>, tensor<8xi32>, tensor<i32>, tensor<64xf32>) -> tensor<8x64x64xf32>
    %923 = stablehlo.reshape %922 : (tensor<8x64x64xf32>) -> tensor<8x4096xf32>
    %924 = stablehlo.composite "mlxla.quantized_dot" %923, %arg439, %arg440, %arg441 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x4096xf32_2880x512xui32_2880x64xf32_2880x64xf32_1606f16f63a9d508} : (tensor<8x4096xf32>, tensor<2880x512xui32>, tensor<2880x64xf32>, tensor<2880x64xf32>) -> tensor<8x2880xf32>
    %925 = stablehlo.broadcast_in_dim %arg442, dims = [1] : (tensor<2880xf32>) -> tensor<8x2880xf32>
    %926 = stablehlo.add %924, %925 : tensor<8x2880xf32>
    %927 = stablehlo.add %893, %926 : tensor<8x2880xf32>
    %928 = stablehlo.composite "mlxla.rms_norm" %927, %arg444 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2880xf32_2880xf32_b6a9c526c7d0eb0f} : (tensor<8x2880xf32>, tensor<2880xf32>) -> tensor<8x2880xf32>
    %929 = stablehlo.composite "mlxla.quantized_dot" %928, %arg445, %arg446, %arg447 {composite_attributes = {bits = 8 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x2880xf32_32x720xui32_32x45xf32_32x45xf32_46b69380ec5ff98c} : (tensor<8x2880xf32>, tensor<32x720xui32>, tensor<32x45xf32>, tensor<32x45xf32>) -> tensor<8x32xf32>
    %930 = stablehlo.broadcast_in_dim %arg448, dims = [1] : (tensor<32xf32>) -> tensor<8x32xf32>
    %931 = stablehlo.add %929, %930 : tensor<8x32xf32>
    %932 = stablehlo.composite "mlxla.moe" %928, %931, %arg449, %arg450, %arg452, %arg453, %arg455, %arg456, %arg451, %arg454, %arg457 {composite_attributes = {activation = "swiglu_clamped", bits = 4 : i64, expert_bias = true, experts = 32 : i64, format = "fp", group_size = 32 : i64, precision = "f32", routing = "topk_softmax", swiglu_alpha = 1.702 : f64, swiglu_limit = 7.0 : f64, top_k = 4 : i64}, decomposition = @mlxla_moe_8x2880xf32_8x32xf32_32x2880x360xui32_32x2880x90xui8_32x2880x360xui32_32x2880x90xui8_32x2880x360xui32_32x2880x90xui8_32x2880xf32_32x2880xf32_32x2880xf32_7154339e831de982} : (tensor<8x2880xf32>, tensor<8x32xf32>, tensor<32x2880x360xui32>, tensor<32x2880x90xui8>, tensor<32x2880x360xui32>, tensor<32x2880x90xui8>, tensor<32x2880x360xui32>, tensor<32x2880x90xui8>, tensor<32x2880xf32>, tensor<32x2880xf32>, tensor<32x2880xf32>) -> tensor<8x2880xf32>
    %933 = stablehlo.add %927, %932 : tensor<8x2880xf32>
    %934 = stablehlo.composite "mlxla.rms_norm" %933, %arg458 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2880xf32_2880xf32_b6a9c526c7d0eb0f} : (tensor<8x2880xf32>, tensor<2880xf32>) -> tensor<8x2880xf32>
    %935 = stablehlo.composite "mlxla.quantized_dot" %934, %arg459, %arg460, %arg461 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x2880xf32_4096x360xui32_4096x45xf32_4096x45xf32_1606f16f63a9d508} : (tensor<8x2880xf32>, tensor<4096x360xui32>, tensor<4096x45xf32>, tensor<4096x45xf32>) -> tensor<8x4096xf32>
    %936 = stablehlo.broadcast_in_dim %arg462, dims = [1] : (tensor<4096xf32>) -> tensor<8x4096xf32>
    %937 = stablehlo.add %935, %936 : tensor<8x4096xf32>
    %938 = stablehlo.reshape %937 : (tensor<8x4096xf32>) -> tensor<8x64x64xf32>
    %939 = stablehlo.composite "mlxla.rope" %938, %2 {composite_attributes = {beta_fast = 32.0 : f64, beta_slow = 1.0 : f64, factor = 32.0 : f64, mscale = 1.0 : f64, mscale_all_dim = 0.0 : f64, original_max_position_embeddings = 4096 : i64, scaling = "yarn", theta = 150000.0 : f64}, decomposition = @mlxla_rope_8x64x64xf32_8xi32_bca46eb598c94a3c} : (tensor<8x64x64xf32>, tensor<8xi32>) -> tensor<8x64x64xf32>
    %940 = stablehlo.composite "mlxla.quantized_dot" %934, %arg463, %arg464, %arg465 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x2880xf32_512x360xui32_512x45xf32_512x45xf32_1606f16f63a9d508} : (tensor<8x2880xf32>, tensor<512x360xui32>, tensor<512x45xf32>, tensor<512x45xf32>) -> tensor<8x512xf32>
    %941 = stablehlo.broadcast_in_dim %arg466, dims = [1] : (tensor<512xf32>) -> tensor<8x512xf32>
    %942 = stablehlo.add %940, %941 : tensor<8x512xf32>
    %943 = stablehlo.reshape %942 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %944 = stablehlo.composite "mlxla.rope" %943, %2 {composite_attributes = {beta_fast = 32.0 : f64, beta_slow = 1.0 : f64, factor = 32.0 : f64, mscale = 1.0 : f64, mscale_all_dim = 0.0 : f64, original_max_position_embeddings = 4096 : i64, scaling = "yarn", theta = 150000.0 : f64}, decomposition = @mlxla_rope_8x8x64xf32_8xi32_bca46eb598c94a3c} : (tensor<8x8x64xf32>, tensor<8xi32>) -> tensor<8x8x64xf32>
    %945 = stablehlo.composite "mlxla.quantized_dot" %934, %arg467, %arg468, %arg469 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x2880xf32_512x360xui32_512x45xf32_512x45xf32_1606f16f63a9d508} : (tensor<8x2880xf32>, tensor<512x360xui32>, tensor<512x45xf32>, tensor<512x45xf32>) -> tensor<8x512xf32>
    %946 = stablehlo.broadcast_in_dim %arg470, dims = [1] : (tensor<512xf32>) -> tensor<8x512xf32>
    %947 = stablehlo.add %945, %946 : tensor<8x512xf32>
    %948 = stablehlo.reshape %947 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %949 = stablehlo.convert %944 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %950 = stablehlo.convert %948 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %951 = stablehlo.slice %854 [7:8, 0:1, 0:128, 0:8, 0:64] : (tensor<12x1x128x8x64xf16>) -> tensor<1x1x128x8x64xf16>
    %952 = stablehlo.reshape %951 : (tensor<1x1x128x8x64xf16>) -> tensor<128x8x64xf16>
    %953 = stablehlo.slice %882 [7:8, 0:1, 0:128, 0:8, 0:64] : (tensor<12x1x128x8x64xf16>) -> tensor<1x1x128x8x64xf16>
    %954 = stablehlo.reshape %953 : (tensor<1x1x128x8x64xf16>) -> tensor<128x8x64xf16>
    %955 = stablehlo.composite "mlxla.window_attention" %939, %952, %954, %949, %950, %2, %5, %arg475 {composite_attributes = {scale = 0.125 : f64, sinks = true, window = 128 : i64}, decomposition = @mlxla_window_attention_8x64x64xf32_128x8x64xf16_128x8x64xf16_8x8x64xf16_8x8x64xf16_8xi32_i32_64xf32_fe6978d776132cfa} : (tensor<8x64x64xf32>, tensor<128x8x64xf16>, tensor<128x8x64xf16>, tensor<8x8x64xf16>, tensor<8x8x64xf16>, tensor<8xi32>, tensor<i32>, tensor<64xf32>) -> tensor<8x64x64xf32>
    %956 = stablehlo.slice %854 [7:8, 0:1, 0:128, 0:8, 0:64] : (tensor<12x1x128x8x64xf16>) -> tensor<1x1x128x8x64xf16>
    %957 = stablehlo.reshape %956 : (tensor<1x1x128x8x64xf16>) -> tensor<128x8x64xf16>
    %958 = stablehlo.constant dense<7> : tensor<i32>
    %959 = stablehlo.constant dense<0> : tensor<i32>
    %960 = stablehlo.constant dense<0> : tensor<i32>
    %961 = stablehlo.constant dense<-1> : tensor<i32>
    %962 = stablehlo.add %5, %961 : tensor<i32>
    %963 = stablehlo.broadcast_in_dim %962, dims = [] : (tensor<i32>) -> tensor<128xi32>
    %964 = stablehlo.iota dim = 0 : tensor<128xi32>
    %965 = stablehlo.constant dense<128> : tensor<128xi32>
    %966 = stablehlo.subtract %963, %964 : tensor<128xi32>
    %967 = stablehlo.add %966, %965 : tensor<128xi32>
    %968 = stablehlo.constant dense<128> : tensor<128xi32>
    %969 = stablehlo.divide %967, %968 : tensor<128xi32>
    %970 = stablehlo.multiply %969, %968 : tensor<128xi32>
    %971 = stablehlo.subtract %967, %970 : tensor<128xi32>
    %972 = stablehlo.subtract %963, %971 : tensor<128xi32>
    %973 = stablehlo.broadcast_in_dim %arg1, dims = [] : (tensor<i32>) -> tensor<128xi32>
    %974 = stablehlo.subtract %972, %973 : tensor<128xi32>
    %975 = stablehlo.constant dense<0> : tensor<128xi32>
    %976 = stablehlo.compare GE, %974, %975 : (tensor<128xi32>, tensor<128xi32>) -> tensor<128xi1>
    %977 = stablehlo.add %974, %965 : tensor<128xi32>
    %978 = stablehlo.select %976, %977, %964 : tensor<128xi1>, tensor<128xi32>
    %979 = stablehlo.concatenate %957, %949, dim = 0 : (tensor<128x8x64xf16>, tensor<8x8x64xf16>) -> tensor<136x8x64xf16>
    %980 = stablehlo.reshape %978 : (tensor<128xi32>) -> tensor<128x1xi32>
    %981 = "stablehlo.gather"(%979, %980) {dimension_numbers = #stablehlo.gather<offset_dims = [1, 2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 8, 64>} : (tensor<136x8x64xf16>, tensor<128x1xi32>) -> tensor<128x8x64xf16>
    %982 = stablehlo.reshape %981 : (tensor<128x8x64xf16>) -> tensor<1x1x128x8x64xf16>
    %983 = stablehlo.dynamic_update_slice %854, %982, %958, %959, %960, %960, %960 : (tensor<12x1x128x8x64xf16>, tensor<1x1x128x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<12x1x128x8x64xf16>
    %984 = stablehlo.slice %882 [7:8, 0:1, 0:128, 0:8, 0:64] : (tensor<12x1x128x8x64xf16>) -> tensor<1x1x128x8x64xf16>
    %985 = stablehlo.reshape %984 : (tensor<1x1x128x8x64xf16>) -> tensor<128x8x64xf16>
    %986 = stablehlo.constant dense<7> : tensor<i32>
    %987 = stablehlo.constant dense<0> : tensor<i32>
    %988 = stablehlo.constant dense<0> : tensor<i32>
    %989 = stablehlo.constant dense<-1> : tensor<i32>
    %990 = stablehlo.add %5, %989 : tensor<i32>
    %991 = stablehlo.broadcast_in_dim %990, dims = [] : (tensor<i32>) -> tensor<128xi32>
    %992 = stablehlo.iota dim = 0 : tensor<128xi32>
    %993 = stablehlo.constant dense<128> : tensor<128xi32>
    %994 = stablehlo.subtract %991, %992 : tensor<128xi32>
    %995 = stablehlo.add %994, %993 : tensor<128xi32>
    %996 = stablehlo.constant dense<128> : tensor<128xi32>
    %997 = stablehlo.divide %995, %996 : tensor<128xi32>
    %998 = stablehlo.multiply %997, %996 : tensor<128xi32>
    %999 = stablehlo.subtract %995, %998 : tensor<128xi32>
    %1000 = stablehlo.subtract %991, %999 : tensor<128xi32>
    %1001 = stablehlo.broadcast_in_dim %arg1, dims = [] : (tensor<i32>) -> tensor<128xi32>
    %1002 = stablehlo.subtract %1000, %1001 : tensor<128xi32>
    %1003 = stablehlo.constant dense<0> : tensor<128xi32>
    %1004 = stablehlo.compare GE, %1002, %1003 : (tensor<128xi32>, tensor<128xi32>) -> tensor<128xi1>
    %1005 = stablehlo.add %1002, %993 : tensor<128xi32>
    %1006 = stablehlo.select %1004, %1005, %992 : tensor<128xi1>, tensor<128xi32>
    %1007 = stablehlo.concatenate %985, %950, dim = 0 : (tensor<128x8x64xf16>, tensor<8x8x64xf16>) -> tensor<136x8x64xf16>
    %1008 = stablehlo.reshape %1006 : (tensor<128xi32>) -> tensor<128x1xi32>
    %1009 = "stablehlo.gather"(%1007, %1008) {dimension_numbers = #stablehlo.gather<offset_dims = [1, 2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 8, 64>} : (tensor<136x8x64xf16>, tensor<128x1xi32>) -> tensor<128x8x64xf16>
    %1010 = stablehlo.reshape %1009 : (tensor<128x8x64xf16>) -> tensor<1x1x128x8x64xf16>
    %1011 = stablehlo.dynamic_update_slice %882, %1010, %986, %987, %988, %988, %988 : (tensor<12x1x128x8x64xf16>, tensor<1x1x128x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<12x1x128x8x64xf16>
    %1012 = stablehlo.reshape %955 : (tensor<8x64x64xf32>) -> tensor<8x4096xf32>
    %1013 = stablehlo.composite "mlxla.quantized_dot" %1012, %arg471, %arg472, %arg473 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x4096xf32_2880x512xui32_2880x64xf32_2880x64xf32_1606f16f63a9d508} : (tensor<8x4096xf32>, tensor<2880x512xui32>, tensor<2880x64xf32>, tensor<2880x64xf32>) -> tensor<8x2880xf32>
    %1014 = stablehlo.broadcast_in_dim %arg474, dims = [1] : (tensor<2880xf32>) -> tensor<8x2880xf32>
    %1015 = stablehlo.add %1013, %1014 : tensor<8x2880xf32>
    %1016 = stablehlo.add %933, %1015 : tensor<8x2880xf32>
    %1017 = stablehlo.composite "mlxla.rms_norm" %1016, %arg476 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2880xf32_2880xf32_b6a9c526c7d0eb0f} : (tensor<8x2880xf32>, tensor<2880xf32>) -> tensor<8x2880xf32>
    %1018 = stablehlo.composite "mlxla.quantized_dot" %1017, %arg477, %arg478, %arg479 {composite_attributes = {bits = 8 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x2880xf32_32x720xui32_32x45xf32_32x45xf32_46b69380ec5ff98c} : (tensor<8x2880xf32>, tensor<32x720xui32>, tensor<32x45xf32>, tensor<32x45xf32>) -> tensor<8x32xf32>
    %1019 = stablehlo.broadcast_in_dim %arg480, dims = [1] : (tensor<32xf32>) -> tensor<8x32xf32>
    %1020 = stablehlo.add %1018, %1019 : tensor<8x32xf32>
    %1021 = stablehlo.composite "mlxla.moe" %1017, %1020, %arg481, %arg482, %arg484, %arg485, %arg487, %arg488, %arg483, %arg486, %arg489 {composite_attributes = {activation = "swiglu_clamped", bits = 4 : i64, expert_bias = true, experts = 32 : i64, format = "fp", group_size = 32 : i64, precision = "f32", routing = "topk_softmax", swiglu_alpha = 1.702 : f64, swiglu_limit = 7.0 : f64, top_k = 4 : i64}, decomposition = @mlxla_moe_8x2880xf32_8x32xf32_32x2880x360xui32_32x2880x90xui8_32x2880x360xui32_32x2880x90xui8_32x2880x360xui32_32x2880x90xui8_32x2880xf32_32x2880xf32_32x2880xf32_7154339e831de982} : (tensor<8x2880xf32>, tensor<8x32xf32>, tensor<32x2880x360xui32>, tensor<32x2880x90xui8>, tensor<32x2880x360xui32>, tensor<32x2880x90xui8>, tensor<32x2880x360xui32>, tensor<32x2880x90xui8>, tensor<32x2880xf32>, tensor<32x2880xf32>, tensor<32x2880xf32>) -> tensor<8x2880xf32>
    %1022 = stablehlo.add %1016, %1021 : tensor<8x2880xf32>
    %1023 = stablehlo.composite "mlxla.rms_norm" %1022, %arg490 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2880xf32_2880xf32_b6a9c526c7d0eb0f} : (tensor<8x2880xf32>, tensor<2880xf32>) -> tensor<8x2880xf32>
    %1024 = stablehlo.composite "mlxla.quantized_dot" %1023, %arg491, %arg492, %arg493 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x2880xf32_4096x360xui32_4096x45xf32_4096x45xf32_1606f16f63a9d508} : (tensor<8x2880xf32>, tensor<4096x360xui32>, tensor<4096x45xf32>, tensor<4096x45xf32>) -> tensor<8x4096xf32>
    %1025 = stablehlo.broadcast_in_dim %arg494, dims = [1] : (tensor<4096xf32>) -> tensor<8x4096xf32>
    %1026 = stablehlo.add %1024, %1025 : tensor<8x4096xf32>
    %1027 = stablehlo.reshape %1026 : (tensor<8x4096xf32>) -> tensor<8x64x64xf32>
    %1028 = stablehlo.composite "mlxla.rope" %1027, %2 {composite_attributes = {beta_fast = 32.0 : f64, beta_slow = 1.0 : f64, factor = 32.0 : f64, mscale = 1.0 : f64, mscale_all_dim = 0.0 : f64, original_max_position_embeddings = 4096 : i64, scaling = "yarn", theta = 150000.0 : f64}, decomposition = @mlxla_rope_8x64x64xf32_8xi32_bca46eb598c94a3c} : (tensor<8x64x64xf32>, tensor<8xi32>) -> tensor<8x64x64xf32>
    %1029 = stablehlo.composite "mlxla.quantized_dot" %1023, %arg495, %arg496, %arg497 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x2880xf32_512x360xui32_512x45xf32_512x45xf32_1606f16f63a9d508} : (tensor<8x2880xf32>, tensor<512x360xui32>, tensor<512x45xf32>, tensor<512x45xf32>) -> tensor<8x512xf32>
    %1030 = stablehlo.broadcast_in_dim %arg498, dims = [1] : (tensor<512xf32>) -> tensor<8x512xf32>
    %1031 = stablehlo.add %1029, %1030 : tensor<8x512xf32>
    %1032 = stablehlo.reshape %1031 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %1033 = stablehlo.composite "mlxla.rope" %1032, %2 {composite_attributes = {beta_fast = 32.0 : f64, beta_slow = 1.0 : f64, factor = 32.0 : f64, mscale = 1.0 : f64, mscale_all_dim = 0.0 : f64, original_max_position_embeddings = 4096 : i64, scaling = "yarn", theta = 150000.0 : f64}, decomposition = @mlxla_rope_8x8x64xf32_8xi32_bca46eb598c94a3c} : (tensor<8x8x64xf32>, tensor<8xi32>) -> tensor<8x8x64xf32>
    %1034 = stablehlo.composite "mlxla.quantized_dot" %1023, %arg499, %arg500, %arg501 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x2880xf32_512x360xui32_512x45xf32_512x45xf32_1606f16f63a9d508} : (tensor<8x2880xf32>, tensor<512x360xui32>, tensor<512x45xf32>, tensor<512x45xf32>) -> tensor<8x512xf32>
    %1035 = stablehlo.broadcast_in_dim %arg502, dims = [1] : (tensor<512xf32>) -> tensor<8x512xf32>
    %1036 = stablehlo.add %1034, %1035 : tensor<8x512xf32>
    %1037 = stablehlo.reshape %1036 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %1038 = stablehlo.convert %1033 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %1039 = stablehlo.convert %1037 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %1040 = stablehlo.constant dense<7> : tensor<i32>
    %1041 = stablehlo.constant dense<0> : tensor<i32>
    %1042 = stablehlo.constant dense<0> : tensor<i32>
    %1043 = stablehlo.reshape %1038 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %1044 = stablehlo.dynamic_update_slice %915, %1043, %1040, %1042, %arg1, %1041, %1041 : (tensor<12x1x256x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<12x1x256x8x64xf16>
    %1045 = stablehlo.reshape %1039 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %1046 = stablehlo.dynamic_update_slice %917, %1045, %1040, %1042, %arg1, %1041, %1041 : (tensor<12x1x256x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<12x1x256x8x64xf16>
    %1047 = stablehlo.slice %1044 [7:8, 0:1, 0:256, 0:8, 0:64] : (tensor<12x1x256x8x64xf16>) -> tensor<1x1x256x8x64xf16>
    %1048 = stablehlo.reshape %1047 : (tensor<1x1x256x8x64xf16>) -> tensor<256x8x64xf16>
    %1049 = stablehlo.slice %1046 [7:8, 0:1, 0:256, 0:8, 0:64] : (tensor<12x1x256x8x64xf16>) -> tensor<1x1x256x8x64xf16>
    %1050 = stablehlo.reshape %1049 : (tensor<1x1x256x8x64xf16>) -> tensor<256x8x64xf16>
    %1051 = stablehlo.composite "mlxla.attention" %1028, %1048, %1050, %2, %5, %arg507 {composite_attributes = {scale = 0.125 : f64, sinks = true}, decomposition = @mlxla_attention_8x64x64xf32_256x8x64xf16_256x8x64xf16_8xi32_i32_64xf32_d54bb49fca62a40e} : (tensor<8x64x64xf32>, tensor<256x8x64xf16>, tensor<256x8x64xf16>, tensor<8xi32>, tensor<i32>, tensor<64xf32>) -> tensor<8x64x64xf32>
    %1052 = stablehlo.reshape %1051 : (tensor<8x64x64xf32>) -> tensor<8x4096xf32>
    %1053 = stablehlo.composite "mlxla.quantized_dot" %1052, %arg503, %arg504, %arg505 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x4096xf32_2880x512xui32_2880x64xf32_2880x64xf32_1606f16f63a9d508} : (tensor<8x4096xf32>, tensor<2880x512xui32>, tensor<2880x64xf32>, tensor<2880x64xf32>) -> tensor<8x2880xf32>
    %1054 = stablehlo.broadcast_in_dim %arg506, dims = [1] : (tensor<2880xf32>) -> tensor<8x2880xf32>
    %1055 = stablehlo.add %1053, %1054 : tensor<8x2880xf32>
    %1056 = stablehlo.add %1022, %1055 : tensor<8x2880xf32>
    %1057 = stablehlo.composite "mlxla.rms_norm" %1056, %arg508 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2880xf32_2880xf32_b6a9c526c7d0eb0f} : (tensor<8x2880xf32>, tensor<2880xf32>) -> tensor<8x2880xf32>
    %1058 = stablehlo.composite "mlxla.quantized_dot" %1057, %arg509, %arg510, %arg511 {composite_attributes = {bits = 8 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x2880xf32_32x720xui32_32x45xf32_32x45xf32_46b69380ec5ff98c} : (tensor<8x2880xf32>, tensor<32x720xui32>, tensor<32x45xf32>, tensor<32x45xf32>) -> tensor<8x32xf32>
    %1059 = stablehlo.broadcast_in_dim %arg512, dims = [1] : (tensor<32xf32>) -> tensor<8x32xf32>
    %1060 = stablehlo.add %1058, %1059 : tensor<8x32xf32>
    %1061 = stablehlo.composite "mlxla.moe" %1057, %1060, %arg513, %arg514, %arg516, %arg517, %arg519, %arg520, %arg515, %arg518, %arg521 {composite_attributes = {activation = "swiglu_clamped", bits = 4 : i64, expert_bias = true, experts = 32 : i64, format = "fp", group_size = 32 : i64, precision = "f32", routing = "topk_softmax", swiglu_alpha = 1.702 : f64, swiglu_limit = 7.0 : f64, top_k = 4 : i64}, decomposition = @mlxla_moe_8x2880xf32_8x32xf32_32x2880x360xui32_32x2880x90xui8_32x2880x360xui32_32x2880x90xui8_32x2880x360xui32_32x2880x90xui8_32x2880xf32_32x2880xf32_32x2880xf32_7154339e831de982} : (tensor<8x2880xf32>, tensor<8x32xf32>, tensor<32x2880x360xui32>, tensor<32x2880x90xui8>, tensor<32x2880x360xui32>, tensor<32x2880x90xui8>, tensor<32x2880x360xui32>, tensor<32x2880x90xui8>, tensor<32x2880xf32>, tensor<32x2880xf32>, tensor<32x2880xf32>) -> tensor<8x2880xf32>
    %1062 = stablehlo.add %1056, %1061 : tensor<8x2880xf32>
    %1063 = stablehlo.composite "mlxla.rms_norm" %1062, %arg522 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2880xf32_2880xf32_b6a9c526c7d0eb0f} : (tensor<8x2880xf32>, tensor<2880xf32>) -> tensor<8x2880xf32>
    %1064 = stablehlo.composite "mlxla.quantized_dot" %1063, %arg523, %arg524, %arg525 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x2880xf32_4096x360xui32_4096x45xf32_4096x45xf32_1606f16f63a9d508} : (tensor<8x2880xf32>, tensor<4096x360xui32>, tensor<4096x45xf32>, tensor<4096x45xf32>) -> tensor<8x4096xf32>
    %1065 = stablehlo.broadcast_in_dim %arg526, dims = [1] : (tensor<4096xf32>) -> tensor<8x4096xf32>
    %1066 = stablehlo.add %1064, %1065 : tensor<8x4096xf32>
    %1067 = stablehlo.reshape %1066 : (tensor<8x4096xf32>) -> tensor<8x64x64xf32>
    %1068 = stablehlo.composite "mlxla.rope" %1067, %2 {composite_attributes = {beta_fast = 32.0 : f64, beta_slow = 1.0 : f64, factor = 32.0 : f64, mscale = 1.0 : f64, mscale_all_dim = 0.0 : f64, original_max_position_embeddings = 4096 : i64, scaling = "yarn", theta = 150000.0 : f64}, decomposition = @mlxla_rope_8x64x64xf32_8xi32_bca46eb598c94a3c} : (tensor<8x64x64xf32>, tensor<8xi32>) -> tensor<8x64x64xf32>
    %1069 = stablehlo.composite "mlxla.quantized_dot" %1063, %arg527, %arg528, %arg529 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x2880xf32_512x360xui32_512x45xf32_512x45xf32_1606f16f63a9d508} : (tensor<8x2880xf32>, tensor<512x360xui32>, tensor<512x45xf32>, tensor<512x45xf32>) -> tensor<8x512xf32>
    %1070 = stablehlo.broadcast_in_dim %arg530, dims = [1] : (tensor<512xf32>) -> tensor<8x512xf32>
    %1071 = stablehlo.add %1069, %1070 : tensor<8x512xf32>
    %1072 = stablehlo.reshape %1071 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %1073 = stablehlo.composite "mlxla.rope" %1072, %2 {composite_attributes = {beta_fast = 32.0 : f64, beta_slow = 1.0 : f64, factor = 32.0 : f64, mscale = 1.0 : f64, mscale_all_dim = 0.0 : f64, original_max_position_embeddings = 4096 : i64, scaling = "yarn", theta = 150000.0 : f64}, decomposition = @mlxla_rope_8x8x64xf32_8xi32_bca46eb598c94a3c} : (tensor<8x8x64xf32>, tensor<8xi32>) -> tensor<8x8x64xf32>
    %1074 = stablehlo.composite "mlxla.quantized_dot" %1063, %arg531, %arg532, %arg533 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x2880xf32_512x360xui32_512x45xf32_512x45xf32_1606f16f63a9d508} : (tensor<8x2880xf32>, tensor<512x360xui32>, tensor<512x45xf32>, tensor<512x45xf32>) -> tensor<8x512xf32>
    %1075 = stablehlo.broadcast_in_dim %arg534, dims = [1] : (tensor<512xf32>) -> tensor<8x512xf32>
    %1076 = stablehlo.add %1074, %1075 : tensor<8x512xf32>
    %1077 = stablehlo.reshape %1076 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %1078 = stablehlo.convert %1073 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %1079 = stablehlo.convert %1077 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %1080 = stablehlo.slice %983 [8:9, 0:1, 0:128, 0:8, 0:64] : (tensor<12x1x128x8x64xf16>) -> tensor<1x1x128x8x64xf16>
    %1081 = stablehlo.reshape %1080 : (tensor<1x1x128x8x64xf16>) -> tensor<128x8x64xf16>
    %1082 = stablehlo.slice %1011 [8:9, 0:1, 0:128, 0:8, 0:64] : (tensor<12x1x128x8x64xf16>) -> tensor<1x1x128x8x64xf16>
    %1083 = stablehlo.reshape %1082 : (tensor<1x1x128x8x64xf16>) -> tensor<128x8x64xf16>
    %1084 = stablehlo.composite "mlxla.window_attention" %1068, %1081, %1083, %1078, %1079, %2, %5, %arg539 {composite_attributes = {scale = 0.125 : f64, sinks = true, window = 128 : i64}, decomposition = @mlxla_window_attention_8x64x64xf32_128x8x64xf16_128x8x64xf16_8x8x64xf16_8x8x64xf16_8xi32_i32_64xf32_fe6978d776132cfa} : (tensor<8x64x64xf32>, tensor<128x8x64xf16>, tensor<128x8x64xf16>, tensor<8x8x64xf16>, tensor<8x8x64xf16>, tensor<8xi32>, tensor<i32>, tensor<64xf32>) -> tensor<8x64x64xf32>
    %1085 = stablehlo.slice %983 [8:9, 0:1, 0:128, 0:8, 0:64] : (tensor<12x1x128x8x64xf16>) -> tensor<1x1x128x8x64xf16>
    %1086 = stablehlo.reshape %1085 : (tensor<1x1x128x8x64xf16>) -> tensor<128x8x64xf16>
    %1087 = stablehlo.constant dense<8> : tensor<i32>
    %1088 = stablehlo.constant dense<0> : tensor<i32>
    %1089 = stablehlo.constant dense<0> : tensor<i32>
    %1090 = stablehlo.constant dense<-1> : tensor<i32>
    %1091 = stablehlo.add %5, %1090 : tensor<i32>
    %1092 = stablehlo.broadcast_in_dim %1091, dims = [] : (tensor<i32>) -> tensor<128xi32>
    %1093 = stablehlo.iota dim = 0 : tensor<128xi32>
    %1094 = stablehlo.constant dense<128> : tensor<128xi32>
    %1095 = stablehlo.subtract %1092, %1093 : tensor<128xi32>
    %1096 = stablehlo.add %1095, %1094 : tensor<128xi32>
    %1097 = stablehlo.constant dense<128> : tensor<128xi32>
    %1098 = stablehlo.divide %1096, %1097 : tensor<128xi32>
    %1099 = stablehlo.multiply %1098, %1097 : tensor<128xi32>
    %1100 = stablehlo.subtract %1096, %1099 : tensor<128xi32>
    %1101 = stablehlo.subtract %1092, %1100 : tensor<128xi32>
    %1102 = stablehlo.broadcast_in_dim %arg1, dims = [] : (tensor<i32>) -> tensor<128xi32>
    %1103 = stablehlo.subtract %1101, %1102 : tensor<128xi32>
    %1104 = stablehlo.constant dense<0> : tensor<128xi32>
    %1105 = stablehlo.compare GE, %1103, %1104 : (tensor<128xi32>, tensor<128xi32>) -> tensor<128xi1>
    %1106 = stablehlo.add %1103, %1094 : tensor<128xi32>
    %1107 = stablehlo.select %1105, %1106, %1093 : tensor<128xi1>, tensor<128xi32>
    %1108 = stablehlo.concatenate %1086, %1078, dim = 0 : (tensor<128x8x64xf16>, tensor<8x8x64xf16>) -> tensor<136x8x64xf16>
    %1109 = stablehlo.reshape %1107 : (tensor<128xi32>) -> tensor<128x1xi32>
    %1110 = "stablehlo.gather"(%1108, %1109) {dimension_numbers = #stablehlo.gather<offset_dims = [1, 2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 8, 64>} : (tensor<136x8x64xf16>, tensor<128x1xi32>) -> tensor<128x8x64xf16>
    %1111 = stablehlo.reshape %1110 : (tensor<128x8x64xf16>) -> tensor<1x1x128x8x64xf16>
    %1112 = stablehlo.dynamic_update_slice %983, %1111, %1087, %1088, %1089, %1089, %1089 : (tensor<12x1x128x8x64xf16>, tensor<1x1x128x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<12x1x128x8x64xf16>
    %1113 = stablehlo.slice %1011 [8:9, 0:1, 0:128, 0:8, 0:64] : (tensor<12x1x128x8x64xf16>) -> tensor<1x1x128x8x64xf16>
    %1114 = stablehlo.reshape %1113 : (tensor<1x1x128x8x64xf16>) -> tensor<128x8x64xf16>
    %1115 = stablehlo.constant dense<8> : tensor<i32>
    %1116 = stablehlo.constant dense<0> : tensor<i32>
    %1117 = stablehlo.constant dense<0> : tensor<i32>
    %1118 = stablehlo.constant dense<-1> : tensor<i32>
    %1119 = stablehlo.add %5, %1118 : tensor<i32>
    %1120 = stablehlo.broadcast_in_dim %1119, dims = [] : (tensor<i32>) -> tensor<128xi32>
    %1121 = stablehlo.iota dim = 0 : tensor<128xi32>
    %1122 = stablehlo.constant dense<128> : tensor<128xi32>
    %1123 = stablehlo.subtract %1120, %1121 : tensor<128xi32>
    %1124 = stablehlo.add %1123, %1122 : tensor<128xi32>
    %1125 = stablehlo.constant dense<128> : tensor<128xi32>
    %1126 = stablehlo.divide %1124, %1125 : tensor<128xi32>
    %1127 = stablehlo.multiply %1126, %1125 : tensor<128xi32>
    %1128 = stablehlo.subtract %1124, %1127 : tensor<128xi32>
    %1129 = stablehlo.subtract %1120, %1128 : tensor<128xi32>
    %1130 = stablehlo.broadcast_in_dim %arg1, dims = [] : (tensor<i32>) -> tensor<128xi32>
    %1131 = stablehlo.subtract %1129, %1130 : tensor<128xi32>
    %1132 = stablehlo.constant dense<0> : tensor<128xi32>
    %1133 = stablehlo.compare GE, %1131, %1132 : (tensor<128xi32>, tensor<128xi32>) -> tensor<128xi1>
    %1134 = stablehlo.add %1131, %1122 : tensor<128xi32>
    %1135 = stablehlo.select %1133, %1134, %1121 : tensor<128xi1>, tensor<128xi32>
    %1136 = stablehlo.concatenate %1114, %1079, dim = 0 : (tensor<128x8x64xf16>, tensor<8x8x64xf16>) -> tensor<136x8x64xf16>
    %1137 = stablehlo.reshape %1135 : (tensor<128xi32>) -> tensor<128x1xi32>
    %1138 = "stablehlo.gather"(%1136, %1137) {dimension_numbers = #stablehlo.gather<offset_dims = [1, 2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 8, 64>} : (tensor<136x8x64xf16>, tensor<128x1xi32>) -> tensor<128x8x64xf16>
    %1139 = stablehlo.reshape %1138 : (tensor<128x8x64xf16>) -> tensor<1x1x128x8x64xf16>
    %1140 = stablehlo.dynamic_update_slice %1011, %1139, %1115, %1116, %1117, %1117, %1117 : (tensor<12x1x128x8x64xf16>, tensor<1x1x128x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<12x1x128x8x64xf16>
    %1141 = stablehlo.reshape %1084 : (tensor<8x64x64xf32>) -> tensor<8x4096xf32>
    %1142 = stablehlo.composite "mlxla.quantized_dot" %1141, %arg535, %arg536, %arg537 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x4096xf32_2880x512xui32_2880x64xf32_2880x64xf32_1606f16f63a9d508} : (tensor<8x4096xf32>, tensor<2880x512xui32>, tensor<2880x64xf32>, tensor<2880x64xf32>) -> tensor<8x2880xf32>
    %1143 = stablehlo.broadcast_in_dim %arg538, dims = [1] : (tensor<2880xf32>) -> tensor<8x2880xf32>
    %1144 = stablehlo.add %1142, %1143 : tensor<8x2880xf32>
    %1145 = stablehlo.add %1062, %1144 : tensor<8x2880xf32>
    %1146 = stablehlo.composite "mlxla.rms_norm" %1145, %arg540 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2880xf32_2880xf32_b6a9c526c7d0eb0f} : (tensor<8x2880xf32>, tensor<2880xf32>) -> tensor<8x2880xf32>
    %1147 = stablehlo.composite "mlxla.quantized_dot" %1146, %arg541, %arg542, %arg543 {composite_attributes = {bits = 8 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x2880xf32_32x720xui32_32x45xf32_32x45xf32_46b69380ec5ff98c} : (tensor<8x2880xf32>, tensor<32x720xui32>, tensor<32x45xf32>, tensor<32x45xf32>) -> tensor<8x32xf32>
    %1148 = stablehlo.broadcast_in_dim %arg544, dims = [1] : (tensor<32xf32>) -> tensor<8x32xf32>
    %1149 = stablehlo.add %1147, %1148 : tensor<8x32xf32>
    %1150 = stablehlo.composite "mlxla.moe" %1146, %1149, %arg545, %arg546, %arg548, %arg549, %arg551, %arg552, %arg547, %arg550, %arg553 {composite_attributes = {activation = "swiglu_clamped", bits = 4 : i64, expert_bias = true, experts = 32 : i64, format = "fp", group_size = 32 : i64, precision = "f32", routing = "topk_softmax", swiglu_alpha = 1.702 : f64, swiglu_limit = 7.0 : f64, top_k = 4 : i64}, decomposition = @mlxla_moe_8x2880xf32_8x32xf32_32x2880x360xui32_32x2880x90xui8_32x2880x360xui32_32x2880x90xui8_32x2880x360xui32_32x2880x90xui8_32x2880xf32_32x2880xf32_32x2880xf32_7154339e831de982} : (tensor<8x2880xf32>, tensor<8x32xf32>, tensor<32x2880x360xui32>, tensor<32x2880x90xui8>, tensor<32x2880x360xui32>, tensor<32x2880x90xui8>, tensor<32x2880x360xui32>, tensor<32x2880x90xui8>, tensor<32x2880xf32>, tensor<32x2880xf32>, tensor<32x2880xf32>) -> tensor<8x2880xf32>
    %1151 = stablehlo.add %1145, %1150 : tensor<8x2880xf32>
    %1152 = stablehlo.composite "mlxla.rms_norm" %1151, %arg554 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2880xf32_2880xf32_b6a9c526c7d0eb0f} : (tensor<8x2880xf32>, tensor<2880xf32>) -> tensor<8x2880xf32>
    %1153 = stablehlo.composite "mlxla.quantized_dot" %1152, %arg555, %arg556, %arg557 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x2880xf32_4096x360xui32_4096x45xf32_4096x45xf32_1606f16f63a9d508} : (tensor<8x2880xf32>, tensor<4096x360xui32>, tensor<4096x45xf32>, tensor<4096x45xf32>) -> tensor<8x4096xf32>
    %1154 = stablehlo.broadcast_in_dim %arg558, dims = [1] : (tensor<4096xf32>) -> tensor<8x4096xf32>
    %1155 = stablehlo.add %1153, %1154 : tensor<8x4096xf32>
    %1156 = stablehlo.reshape %1155 : (tensor<8x4096xf32>) -> tensor<8x64x64xf32>
    %1157 = stablehlo.composite "mlxla.rope" %1156, %2 {composite_attributes = {beta_fast = 32.0 : f64, beta_slow = 1.0 : f64, factor = 32.0 : f64, mscale = 1.0 : f64, mscale_all_dim = 0.0 : f64, original_max_position_embeddings = 4096 : i64, scaling = "yarn", theta = 150000.0 : f64}, decomposition = @mlxla_rope_8x64x64xf32_8xi32_bca46eb598c94a3c} : (tensor<8x64x64xf32>, tensor<8xi32>) -> tensor<8x64x64xf32>
    %1158 = stablehlo.composite "mlxla.quantized_dot" %1152, %arg559, %arg560, %arg561 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x2880xf32_512x360xui32_512x45xf32_512x45xf32_1606f16f63a9d508} : (tensor<8x2880xf32>, tensor<512x360xui32>, tensor<512x45xf32>, tensor<512x45xf32>) -> tensor<8x512xf32>
    %1159 = stablehlo.broadcast_in_dim %arg562, dims = [1] : (tensor<512xf32>) -> tensor<8x512xf32>
    %1160 = stablehlo.add %1158, %1159 : tensor<8x512xf32>
    %1161 = stablehlo.reshape %1160 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %1162 = stablehlo.composite "mlxla.rope" %1161, %2 {composite_attributes = {beta_fast = 32.0 : f64, beta_slow = 1.0 : f64, factor = 32.0 : f64, mscale = 1.0 : f64, mscale_all_dim = 0.0 : f64, original_max_position_embeddings = 4096 : i64, scaling = "yarn", theta = 150000.0 : f64}, decomposition = @mlxla_rope_8x8x64xf32_8xi32_bca46eb598c94a3c} : (tensor<8x8x64xf32>, tensor<8xi32>) -> tensor<8x8x64xf32>
    %1163 = stablehlo.composite "mlxla.quantized_dot" %1152, %arg563, %arg564, %arg565 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x2880xf32_512x360xui32_512x45xf32_512x45xf32_1606f16f63a9d508} : (tensor<8x2880xf32>, tensor<512x360xui32>, tensor<512x45xf32>, tensor<512x45xf32>) -> tensor<8x512xf32>
    %1164 = stablehlo.broadcast_in_dim %arg566, dims = [1] : (tensor<512xf32>) -> tensor<8x512xf32>
    %1165 = stablehlo.add %1163, %1164 : tensor<8x512xf32>
    %1166 = stablehlo.reshape %1165 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %1167 = stablehlo.convert %1162 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %1168 = stablehlo.convert %1166 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %1169 = stablehlo.constant dense<8> : tensor<i32>
    %1170 = stablehlo.constant dense<0> : tensor<i32>
    %1171 = stablehlo.constant dense<0> : tensor<i32>
    %1172 = stablehlo.reshape %1167 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %1173 = stablehlo.dynamic_update_slice %1044, %1172, %1169, %1171, %arg1, %1170, %1170 : (tensor<12x1x256x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<12x1x256x8x64xf16>
    %1174 = stablehlo.reshape %1168 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %1175 = stablehlo.dynamic_update_slice %1046, %1174, %1169, %1171, %arg1, %1170, %1170 : (tensor<12x1x256x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<12x1x256x8x64xf16>
    %1176 = stablehlo.slice %1173 [8:9, 0:1, 0:256, 0:8, 0:64] : (tensor<12x1x256x8x64xf16>) -> tensor<1x1x256x8x64xf16>
    %1177 = stablehlo.reshape %1176 : (tensor<1x1x256x8x64xf16>) -> tensor<256x8x64xf16>
    %1178 = stablehlo.slice %1175 [8:9, 0:1, 0:256, 0:8, 0:64] : (tensor<12x1x256x8x64xf16>) -> tensor<1x1x256x8x64xf16>
    %1179 = stablehlo.reshape %1178 : (tensor<1x1x256x8x64xf16>) -> tensor<256x8x64xf16>
    %1180 = stablehlo.composite "mlxla.attention" %1157, %1177, %1179, %2, %5, %arg571 {composite_attributes = {scale = 0.125 : f64, sinks = true}, decomposition = @mlxla_attention_8x64x64xf32_256x8x64xf16_256x8x64xf16_8xi32_i32_64xf32_d54bb49fca62a40e} : (tensor<8x64x64xf32>, tensor<256x8x64xf16>, tensor<256x8x64xf16>, tensor<8xi32>, tensor<i32>, tensor<64xf32>) -> tensor<8x64x64xf32>
    %1181 = stablehlo.reshape %1180 : (tensor<8x64x64xf32>) -> tensor<8x4096xf32>
    %1182 = stablehlo.composite "mlxla.quantized_dot" %1181, %arg567, %arg568, %arg569 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x4096xf32_2880x512xui32_2880x64xf32_2880x64xf32_1606f16f63a9d508} : (tensor<8x4096xf32>, tensor<2880x512xui32>, tensor<2880x64xf32>, tensor<2880x64xf32>) -> tensor<8x2880xf32>
    %1183 = stablehlo.broadcast_in_dim %arg570, dims = [1] : (tensor<2880xf32>) -> tensor<8x2880xf32>
    %1184 = stablehlo.add %1182, %1183 : tensor<8x2880xf32>
    %1185 = stablehlo.add %1151, %1184 : tensor<8x2880xf32>
    %1186 = stablehlo.composite "mlxla.rms_norm" %1185, %arg572 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2880xf32_2880xf32_b6a9c526c7d0eb0f} : (tensor<8x2880xf32>, tensor<2880xf32>) -> tensor<8x2880xf32>
    %1187 = stablehlo.composite "mlxla.quantized_dot" %1186, %arg573, %arg574, %arg575 {composite_attributes = {bits = 8 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x2880xf32_32x720xui32_32x45xf32_32x45xf32_46b69380ec5ff98c} : (tensor<8x2880xf32>, tensor<32x720xui32>, tensor<32x45xf32>, tensor<32x45xf32>) -> tensor<8x32xf32>
    %1188 = stablehlo.broadcast_in_dim %arg576, dims = [1] : (tensor<32xf32>) -> tensor<8x32xf32>
    %1189 = stablehlo.add %1187, %1188 : tensor<8x32xf32>
    %1190 = stablehlo.composite "mlxla.moe" %1186, %1189, %arg577, %arg578, %arg580, %arg581, %arg583, %arg584, %arg579, %arg582, %arg585 {composite_attributes = {activation = "swiglu_clamped", bits = 4 : i64, expert_bias = true, experts = 32 : i64, format = "fp", group_size = 32 : i64, precision = "f32", routing = "topk_softmax", swiglu_alpha = 1.702 : f64, swiglu_limit = 7.0 : f64, top_k = 4 : i64}, decomposition = @mlxla_moe_8x2880xf32_8x32xf32_32x2880x360xui32_32x2880x90xui8_32x2880x360xui32_32x2880x90xui8_32x2880x360xui32_32x2880x90xui8_32x2880xf32_32x2880xf32_32x2880xf32_7154339e831de982} : (tensor<8x2880xf32>, tensor<8x32xf32>, tensor<32x2880x360xui32>, tensor<32x2880x90xui8>, tensor<32x2880x360xui32>, tensor<32x2880x90xui8>, tensor<32x2880x360xui32>, tensor<32x2880x90xui8>, tensor<32x2880xf32>, tensor<32x2880xf32>, tensor<32x2880xf32>) -> tensor<8x2880xf32>
    %1191 = stablehlo.add %1185, %1190 : tensor<8x2880xf32>
    %1192 = stablehlo.composite "mlxla.rms_norm" %1191, %arg586 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2880xf32_2880xf32_b6a9c526c7d0eb0f} : (tensor<8x2880xf32>, tensor<2880xf32>) -> tensor<8x2880xf32>
    %1193 = stablehlo.composite "mlxla.quantized_dot" %1192, %arg587, %arg588, %arg589 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x2880xf32_4096x360xui32_4096x45xf32_4096x45xf32_1606f16f63a9d508} : (tensor<8x2880xf32>, tensor<4096x360xui32>, tensor<4096x45xf32>, tensor<4096x45xf32>) -> tensor<8x4096xf32>
    %1194 = stablehlo.broadcast_in_dim %arg590, dims = [1] : (tensor<4096xf32>) -> tensor<8x4096xf32>
    %1195 = stablehlo.add %1193, %1194 : tensor<8x4096xf32>
    %1196 = stablehlo.reshape %1195 : (tensor<8x4096xf32>) -> tensor<8x64x64xf32>
    %1197 = stablehlo.composite "mlxla.rope" %1196, %2 {composite_attributes = {beta_fast = 32.0 : f64, beta_slow = 1.0 : f64, factor = 32.0 : f64, mscale = 1.0 : f64, mscale_all_dim = 0.0 : f64, original_max_position_embeddings = 4096 : i64, scaling = "yarn", theta = 150000.0 : f64}, decomposition = @mlxla_rope_8x64x64xf32_8xi32_bca46eb598c94a3c} : (tensor<8x64x64xf32>, tensor<8xi32>) -> tensor<8x64x64xf32>
    %1198 = stablehlo.composite "mlxla.quantized_dot" %1192, %arg591, %arg592, %arg593 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x2880xf32_512x360xui32_512x45xf32_512x45xf32_1606f16f63a9d508} : (tensor<8x2880xf32>, tensor<512x360xui32>, tensor<512x45xf32>, tensor<512x45xf32>) -> tensor<8x512xf32>
    %1199 = stablehlo.broadcast_in_dim %arg594, dims = [1] : (tensor<512xf32>) -> tensor<8x512xf32>
    %1200 = stablehlo.add %1198, %1199 : tensor<8x512xf32>
    %1201 = stablehlo.reshape %1200 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %1202 = stablehlo.composite "mlxla.rope" %1201, %2 {composite_attributes = {beta_fast = 32.0 : f64, beta_slow = 1.0 : f64, factor = 32.0 : f64, mscale = 1.0 : f64, mscale_all_dim = 0.0 : f64, original_max_position_embeddings = 4096 : i64, scaling = "yarn", theta = 150000.0 : f64}, decomposition = @mlxla_rope_8x8x64xf32_8xi32_bca46eb598c94a3c} : (tensor<8x8x64xf32>, tensor<8xi32>) -> tensor<8x8x64xf32>
    %1203 = stablehlo.composite "mlxla.quantized_dot" %1192, %arg595, %arg596, %arg597 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x2880xf32_512x360xui32_512x45xf32_512x45xf32_1606f16f63a9d508} : (tensor<8x2880xf32>, tensor<512x360xui32>, tensor<512x45xf32>, tensor<512x45xf32>) -> tensor<8x512xf32>
    %1204 = stablehlo.broadcast_in_dim %arg598, dims = [1] : (tensor<512xf32>) -> tensor<8x512xf32>
    %1205 = stablehlo.add %1203, %1204 : tensor<8x512xf32>
    %1206 = stablehlo.reshape %1205 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %1207 = stablehlo.convert %1202 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %1208 = stablehlo.convert %1206 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %1209 = stablehlo.slice %1112 [9:10, 0:1, 0:128, 0:8, 0:64] : (tensor<12x1x128x8x64xf16>) -> tensor<1x1x128x8x64xf16>
    %1210 = stablehlo.reshape %1209 : (tensor<1x1x128x8x64xf16>) -> tensor<128x8x64xf16>
    %1211 = stablehlo.slice %1140 [9:10, 0:1, 0:128, 0:8, 0:64] : (tensor<12x1x128x8x64xf16>) -> tensor<1x1x128x8x64xf16>
    %1212 = stablehlo.reshape %1211 : (tensor<1x1x128x8x64xf16>) -> tensor<128x8x64xf16>
    %1213 = stablehlo.composite "mlxla.window_attention" %1197, %1210, %1212, %1207, %1208, %2, %5, %arg603 {composite_attributes = {scale = 0.125 : f64, sinks = true, window = 128 : i64}, decomposition = @mlxla_window_attention_8x64x64xf32_128x8x64xf16_128x8x64xf16_8x8x64xf16_8x8x64xf16_8xi32_i32_64xf32_fe6978d776132cfa} : (tensor<8x64x64xf32>, tensor<128x8x64xf16>, tensor<128x8x64xf16>, tensor<8x8x64xf16>, tensor<8x8x64xf16>, tensor<8xi32>, tensor<i32>, tensor<64xf32>) -> tensor<8x64x64xf32>
    %1214 = stablehlo.slice %1112 [9:10, 0:1, 0:128, 0:8, 0:64] : (tensor<12x1x128x8x64xf16>) -> tensor<1x1x128x8x64xf16>
    %1215 = stablehlo.reshape %1214 : (tensor<1x1x128x8x64xf16>) -> tensor<128x8x64xf16>
    %1216 = stablehlo.constant dense<9> : tensor<i32>
    %1217 = stablehlo.constant dense<0> : tensor<i32>
    %1218 = stablehlo.constant dense<0> : tensor<i32>
    %1219 = stablehlo.constant dense<-1> : tensor<i32>
    %1220 = stablehlo.add %5, %1219 : tensor<i32>
    %1221 = stablehlo.broadcast_in_dim %1220, dims = [] : (tensor<i32>) -> tensor<128xi32>
    %1222 = stablehlo.iota dim = 0 : tensor<128xi32>
    %1223 = stablehlo.constant dense<128> : tensor<128xi32>
    %1224 = stablehlo.subtract %1221, %1222 : tensor<128xi32>
    %1225 = stablehlo.add %1224, %1223 : tensor<128xi32>
    %1226 = stablehlo.constant dense<128> : tensor<128xi32>
    %1227 = stablehlo.divide %1225, %1226 : tensor<128xi32>
    %1228 = stablehlo.multiply %1227, %1226 : tensor<128xi32>
    %1229 = stablehlo.subtract %1225, %1228 : tensor<128xi32>
    %1230 = stablehlo.subtract %1221, %1229 : tensor<128xi32>
    %1231 = stablehlo.broadcast_in_dim %arg1, dims = [] : (tensor<i32>) -> tensor<128xi32>
    %1232 = stablehlo.subtract %1230, %1231 : tensor<128xi32>
    %1233 = stablehlo.constant dense<0> : tensor<128xi32>
    %1234 = stablehlo.compare GE, %1232, %1233 : (tensor<128xi32>, tensor<128xi32>) -> tensor<128xi1>
    %1235 = stablehlo.add %1232, %1223 : tensor<128xi32>
    %1236 = stablehlo.select %1234, %1235, %1222 : tensor<128xi1>, tensor<128xi32>
    %1237 = stablehlo.concatenate %1215, %1207, dim = 0 : (tensor<128x8x64xf16>, tensor<8x8x64xf16>) -> tensor<136x8x64xf16>
    %1238 = stablehlo.reshape %1236 : (tensor<128xi32>) -> tensor<128x1xi32>
    %1239 = "stablehlo.gather"(%1237, %1238) {dimension_numbers = #stablehlo.gather<offset_dims = [1, 2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 8, 64>} : (tensor<136x8x64xf16>, tensor<128x1xi32>) -> tensor<128x8x64xf16>
    %1240 = stablehlo.reshape %1239 : (tensor<128x8x64xf16>) -> tensor<1x1x128x8x64xf16>
    %1241 = stablehlo.dynamic_update_slice %1112, %1240, %1216, %1217, %1218, %1218, %1218 : (tensor<12x1x128x8x64xf16>, tensor<1x1x128x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<12x1x128x8x64xf16>
    %1242 = stablehlo.slice %1140 [9:10, 0:1, 0:128, 0:8, 0:64] : (tensor<12x1x128x8x64xf16>) -> tensor<1x1x128x8x64xf16>
    %1243 = stablehlo.reshape %1242 : (tensor<1x1x128x8x64xf16>) -> tensor<128x8x64xf16>
    %1244 = stablehlo.constant dense<9> : tensor<i32>
    %1245 = stablehlo.constant dense<0> : tensor<i32>
    %1246 = stablehlo.constant dense<0> : tensor<i32>
    %1247 = stablehlo.constant dense<-1> : tensor<i32>
    %1248 = stablehlo.add %5, %1247 : tensor<i32>
    %1249 = stablehlo.broadcast_in_dim %1248, dims = [] : (tensor<i32>) -> tensor<128xi32>
    %1250 = stablehlo.iota dim = 0 : tensor<128xi32>
    %1251 = stablehlo.constant dense<128> : tensor<128xi32>
    %1252 = stablehlo.subtract %1249, %1250 : tensor<128xi32>
    %1253 = stablehlo.add %1252, %1251 : tensor<128xi32>
    %1254 = stablehlo.constant dense<128> : tensor<128xi32>
    %1255 = stablehlo.divide %1253, %1254 : tensor<128xi32>
    %1256 = stablehlo.multiply %1255, %1254 : tensor<128xi32>
    %1257 = stablehlo.subtract %1253, %1256 : tensor<128xi32>
    %1258 = stablehlo.subtract %1249, %1257 : tensor<128xi32>
    %1259 = stablehlo.broadcast_in_dim %arg1, dims = [] : (tensor<i32>) -> tensor<128xi32>
    %1260 = stablehlo.subtract %1258, %1259 : tensor<128xi32>
    %1261 = stablehlo.constant dense<0> : tensor<128xi32>
    %1262 = stablehlo.compare GE, %1260, %1261 : (tensor<128xi32>, tensor<128xi32>) -> tensor<128xi1>
    %1263 = stablehlo.add %1260, %1251 : tensor<128xi32>
    %1264 = stablehlo.select %1262, %1263, %1250 : tensor<128xi1>, tensor<128xi32>
    %1265 = stablehlo.concatenate %1243, %1208, dim = 0 : (tensor<128x8x64xf16>, tensor<8x8x64xf16>) -> tensor<136x8x64xf16>
    %1266 = stablehlo.reshape %1264 : (tensor<128xi32>) -> tensor<128x1xi32>
    %1267 = "stablehlo.gather"(%1265, %1266) {dimension_numbers = #stablehlo.gather<offset_dims = [1, 2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 8, 64>} : (tensor<136x8x64xf16>, tensor<128x1xi32>) -> tensor<128x8x64xf16>
    %1268 = stablehlo.reshape %1267 : (tensor<128x8x64xf16>) -> tensor<1x1x128x8x64xf16>
    %1269 = stablehlo.dynamic_update_slice %1140, %1268, %1244, %1245, %1246, %1246, %1246 : (tensor<12x1x128x8x64xf16>, tensor<1x1x128x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<12x1x128x8x64xf16>
    %1270 = stablehlo.reshape %1213 : (tensor<8x64x64xf32>) -> tensor<8x4096xf32>
    %1271 = stablehlo.composite "mlxla.quantized_dot" %1270, %arg599, %arg600, %arg601 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x4096xf32_2880x512xui32_2880x64xf32_2880x64xf32_1606f16f63a9d508} : (tensor<8x4096xf32>, tensor<2880x512xui32>, tensor<2880x64xf32>, tensor<2880x64xf32>) -> tensor<8x2880xf32>
    %1272 = stablehlo.broadcast_in_dim %arg602, dims = [1] : (tensor<2880xf32>) -> tensor<8x2880xf32>
    %1273 = stablehlo.add %1271, %1272 : tensor<8x2880xf32>
    %1274 = stablehlo.add %1191, %1273 : tensor<8x2880xf32>
    %1275 = stablehlo.composite "mlxla.rms_norm" %1274, %arg604 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2880xf32_2880xf32_b6a9c526c7d0eb0f} : (tensor<8x2880xf32>, tensor<2880xf32>) -> tensor<8x2880xf32>
    %1276 = stablehlo.composite "mlxla.quantized_dot" %1275, %arg605, %arg606, %arg607 {composite_attributes = {bits = 8 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x2880xf32_32x720xui32_32x45xf32_32x45xf32_46b69380ec5ff98c} : (tensor<8x2880xf32>, tensor<32x720xui32>, tensor<32x45xf32>, tensor<32x45xf32>) -> tensor<8x32xf32>
    %1277 = stablehlo.broadcast_in_dim %arg608, dims = [1] : (tensor<32xf32>) -> tensor<8x32xf32>
    %1278 = stablehlo.add %1276, %1277 : tensor<8x32xf32>
    %1279 = stablehlo.composite "mlxla.moe" %1275, %1278, %arg609, %arg610, %arg612, %arg613, %arg615, %arg616, %arg611, %arg614, %arg617 {composite_attributes = {activation = "swiglu_clamped", bits = 4 : i64, expert_bias = true, experts = 32 : i64, format = "fp", group_size = 32 : i64, precision = "f32", routing = "topk_softmax", swiglu_alpha = 1.702 : f64, swiglu_limit = 7.0 : f64, top_k = 4 : i64}, decomposition = @mlxla_moe_8x2880xf32_8x32xf32_32x2880x360xui32_32x2880x90xui8_32x2880x360xui32_32x2880x90xui8_32x2880x360xui32_32x2880x90xui8_32x2880xf32_32x2880xf32_32x2880xf32_7154339e831de982} : (tensor<8x2880xf32>, tensor<8x32xf32>, tensor<32x2880x360xui32>, tensor<32x2880x90xui8>, tensor<32x2880x360xui32>, tensor<32x2880x90xui8>, tensor<32x2880x360xui32>, tensor<32x2880x90xui8>, tensor<32x2880xf32>, tensor<32x2880xf32>, tensor<32x2880xf32>) -> tensor<8x2880xf32>
    %1280 = stablehlo.add %1274, %1279 : tensor<8x2880xf32>
    %1281 = stablehlo.composite "mlxla.rms_norm" %1280, %arg618 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2880xf32_2880xf32_b6a9c526c7d0eb0f} : (tensor<8x2880xf32>, tensor<2880xf32>) -> tensor<8x2880xf32>
    %1282 = stablehlo.composite "mlxla.quantized_dot" %1281, %arg619, %arg620, %arg621 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x2880xf32_4096x360xui32_4096x45xf32_4096x45xf32_1606f16f63a9d508} : (tensor<8x2880xf32>, tensor<4096x360xui32>, tensor<4096x45xf32>, tensor<4096x45xf32>) -> tensor<8x4096xf32>
    %1283 = stablehlo.broadcast_in_dim %arg622, dims = [1] : (tensor<4096xf32>) -> tensor<8x4096xf32>
    %1284 = stablehlo.add %1282, %1283 : tensor<8x4096xf32>
    %1285 = stablehlo.reshape %1284 : (tensor<8x4096xf32>) -> tensor<8x64x64xf32>
    %1286 = stablehlo.composite "mlxla.rope" %1285, %2 {composite_attributes = {beta_fast = 32.0 : f64, beta_slow = 1.0 : f64, factor = 32.0 : f64, mscale = 1.0 : f64, mscale_all_dim = 0.0 : f64, original_max_position_embeddings = 4096 : i64, scaling = "yarn", theta = 150000.0 : f64}, decomposition = @mlxla_rope_8x64x64xf32_8xi32_bca46eb598c94a3c} : (tensor<8x64x64xf32>, tensor<8xi32>) -> tensor<8x64x64xf32>
    %1287 = stablehlo.composite "mlxla.quantized_dot" %1281, %arg623, %arg624, %arg625 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x2880xf32_512x360xui32_512x45xf32_512x45xf32_1606f16f63a9d508} : (tensor<8x2880xf32>, tensor<512x360xui32>, tensor<512x45xf32>, tensor<512x45xf32>) -> tensor<8x512xf32>
    %1288 = stablehlo.broadcast_in_dim %arg626, dims = [1] : (tensor<512xf32>) -> tensor<8x512xf32>
    %1289 = stablehlo.add %1287, %1288 : tensor<8x512xf32>
    %1290 = stablehlo.reshape %1289 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %1291 = stablehlo.composite "mlxla.rope" %1290, %2 {composite_attributes = {beta_fast = 32.0 : f64, beta_slow = 1.0 : f64, factor = 32.0 : f64, mscale = 1.0 : f64, mscale_all_dim = 0.0 : f64, original_max_position_embeddings = 4096 : i64, scaling = "yarn", theta = 150000.0 : f64}, decomposition = @mlxla_rope_8x8x64xf32_8xi32_bca46eb598c94a3c} : (tensor<8x8x64xf32>, tensor<8xi32>) -> tensor<8x8x64xf32>
    %1292 = stablehlo.composite "mlxla.quantized_dot" %1281, %arg627, %arg628, %arg629 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x2880xf32_512x360xui32_512x45xf32_512x45xf32_1606f16f63a9d508} : (tensor<8x2880xf32>, tensor<512x360xui32>, tensor<512x45xf32>, tensor<512x45xf32>) -> tensor<8x512xf32>
    %1293 = stablehlo.broadcast_in_dim %arg630, dims = [1] : (tensor<512xf32>) -> tensor<8x512xf32>
    %1294 = stablehlo.add %1292, %1293 : tensor<8x512xf32>
    %1295 = stablehlo.reshape %1294 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %1296 = stablehlo.convert %1291 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %1297 = stablehlo.convert %1295 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %1298 = stablehlo.constant dense<9> : tensor<i32>
    %1299 = stablehlo.constant dense<0> : tensor<i32>
    %1300 = stablehlo.constant dense<0> : tensor<i32>
    %1301 = stablehlo.reshape %1296 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %1302 = stablehlo.dynamic_update_slice %1173, %1301, %1298, %1300, %arg1, %1299, %1299 : (tensor<12x1x256x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<12x1x256x8x64xf16>
    %1303 = stablehlo.reshape %1297 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %1304 = stablehlo.dynamic_update_slice %1175, %1303, %1298, %1300, %arg1, %1299, %1299 : (tensor<12x1x256x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<12x1x256x8x64xf16>
    %1305 = stablehlo.slice %1302 [9:10, 0:1, 0:256, 0:8, 0:64] : (tensor<12x1x256x8x64xf16>) -> tensor<1x1x256x8x64xf16>
    %1306 = stablehlo.reshape %1305 : (tensor<1x1x256x8x64xf16>) -> tensor<256x8x64xf16>
    %1307 = stablehlo.slice %1304 [9:10, 0:1, 0:256, 0:8, 0:64] : (tensor<12x1x256x8x64xf16>) -> tensor<1x1x256x8x64xf16>
    %1308 = stablehlo.reshape %1307 : (tensor<1x1x256x8x64xf16>) -> tensor<256x8x64xf16>
    %1309 = stablehlo.composite "mlxla.attention" %1286, %1306, %1308, %2, %5, %arg635 {composite_attributes = {scale = 0.125 : f64, sinks = true}, decomposition = @mlxla_attention_8x64x64xf32_256x8x64xf16_256x8x64xf16_8xi32_i32_64xf32_d54bb49fca62a40e} : (tensor<8x64x64xf32>, tensor<256x8x64xf16>, tensor<256x8x64xf16>, tensor<8xi32>, tensor<i32>, tensor<64xf32>) -> tensor<8x64x64xf32>
    %1310 = stablehlo.reshape %1309 : (tensor<8x64x64xf32>) -> tensor<8x4096xf32>
    %1311 = stablehlo.composite "mlxla.quantized_dot" %1310, %arg631, %arg632, %arg633 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x4096xf32_2880x512xui32_2880x64xf32_2880x64xf32_1606f16f63a9d508} : (tensor<8x4096xf32>, tensor<2880x512xui32>, tensor<2880x64xf32>, tensor<2880x64xf32>) -> tensor<8x2880xf32>
    %1312 = stablehlo.broadcast_in_dim %arg634, dims = [1] : (tensor<2880xf32>) -> tensor<8x2880xf32>
    %1313 = stablehlo.add %1311, %1312 : tensor<8x2880xf32>
    %1314 = stablehlo.add %1280, %1313 : tensor<8x2880xf32>
    %1315 = stablehlo.composite "mlxla.rms_norm" %1314, %arg636 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2880xf32_2880xf32_b6a9c526c7d0eb0f} : (tensor<8x2880xf32>, tensor<2880xf32>) -> tensor<8x2880xf32>
    %1316 = stablehlo.composite "mlxla.quantized_dot" %1315, %arg637, %arg638, %arg639 {composite_attributes = {bits = 8 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x2880xf32_32x720xui32_32x45xf32_32x45xf32_46b69380ec5ff98c} : (tensor<8x2880xf32>, tensor<32x720xui32>, tensor<32x45xf32>, tensor<32x45xf32>) -> tensor<8x32xf32>
    %1317 = stablehlo.broadcast_in_dim %arg640, dims = [1] : (tensor<32xf32>) -> tensor<8x32xf32>
    %1318 = stablehlo.add %1316, %1317 : tensor<8x32xf32>
    %1319 = stablehlo.composite "mlxla.moe" %1315, %1318, %arg641, %arg642, %arg644, %arg645, %arg647, %arg648, %arg643, %arg646, %arg649 {composite_attributes = {activation = "swiglu_clamped", bits = 4 : i64, expert_bias = true, experts = 32 : i64, format = "fp", group_size = 32 : i64, precision = "f32", routing = "topk_softmax", swiglu_alpha = 1.702 : f64, swiglu_limit = 7.0 : f64, top_k = 4 : i64}, decomposition = @mlxla_moe_8x2880xf32_8x32xf32_32x2880x360xui32_32x2880x90xui8_32x2880x360xui32_32x2880x90xui8_32x2880x360xui32_32x2880x90xui8_32x2880xf32_32x2880xf32_32x2880xf32_7154339e831de982} : (tensor<8x2880xf32>, tensor<8x32xf32>, tensor<32x2880x360xui32>, tensor<32x2880x90xui8>, tensor<32x2880x360xui32>, tensor<32x2880x90xui8>, tensor<32x2880x360xui32>, tensor<32x2880x90xui8>, tensor<32x2880xf32>, tensor<32x2880xf32>, tensor<32x2880xf32>) -> tensor<8x2880xf32>
    %1320 = stablehlo.add %1314, %1319 : tensor<8x2880xf32>
    %1321 = stablehlo.composite "mlxla.rms_norm" %1320, %arg650 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2880xf32_2880xf32_b6a9c526c7d0eb0f} : (tensor<8x2880xf32>, tensor<2880xf32>) -> tensor<8x2880xf32>
    %1322 = stablehlo.composite "mlxla.quantized_dot" %1321, %arg651, %arg652, %arg653 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x2880xf32_4096x360xui32_4096x45xf32_4096x45xf32_1606f16f63a9d508} : (tensor<8x2880xf32>, tensor<4096x360xui32>, tensor<4096x45xf32>, tensor<4096x45xf32>) -> tensor<8x4096xf32>
    %1323 = stablehlo.broadcast_in_dim %arg654, dims = [1] : (tensor<4096xf32>) -> tensor<8x4096xf32>
    %1324 = stablehlo.add %1322, %1323 : tensor<8x4096xf32>
    %1325 = stablehlo.reshape %1324 : (tensor<8x4096xf32>) -> tensor<8x64x64xf32>
    %1326 = stablehlo.composite "mlxla.rope" %1325, %2 {composite_attributes = {beta_fast = 32.0 : f64, beta_slow = 1.0 : f64, factor = 32.0 : f64, mscale = 1.0 : f64, mscale_all_dim = 0.0 : f64, original_max_position_embeddings = 4096 : i64, scaling = "yarn", theta = 150000.0 : f64}, decomposition = @mlxla_rope_8x64x64xf32_8xi32_bca46eb598c94a3c} : (tensor<8x64x64xf32>, tensor<8xi32>) -> tensor<8x64x64xf32>
    %1327 = stablehlo.composite "mlxla.quantized_dot" %1321, %arg655, %arg656, %arg657 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x2880xf32_512x360xui32_512x45xf32_512x45xf32_1606f16f63a9d508} : (tensor<8x2880xf32>, tensor<512x360xui32>, tensor<512x45xf32>, tensor<512x45xf32>) -> tensor<8x512xf32>
    %1328 = stablehlo.broadcast_in_dim %arg658, dims = [1] : (tensor<512xf32>) -> tensor<8x512xf32>
    %1329 = stablehlo.add %1327, %1328 : tensor<8x512xf32>
    %1330 = stablehlo.reshape %1329 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %1331 = stablehlo.composite "mlxla.rope" %1330, %2 {composite_attributes = {beta_fast = 32.0 : f64, beta_slow = 1.0 : f64, factor = 32.0 : f64, mscale = 1.0 : f64, mscale_all_dim = 0.0 : f64, original_max_position_embeddings = 4096 : i64, scaling = "yarn", theta = 150000.0 : f64}, decomposition = @mlxla_rope_8x8x64xf32_8xi32_bca46eb598c94a3c} : (tensor<8x8x64xf32>, tensor<8xi32>) -> tensor<8x8x64xf32>
    %1332 = stablehlo.composite "mlxla.quantized_dot" %1321, %arg659, %arg660, %arg661 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x2880xf32_512x360xui32_512x45xf32_512x45xf32_1606f16f63a9d508} : (tensor<8x2880xf32>, tensor<512x360xui32>, tensor<512x45xf32>, tensor<512x45xf32>) -> tensor<8x512xf32>
    %1333 = stablehlo.broadcast_in_dim %arg662, dims = [1] : (tensor<512xf32>) -> tensor<8x512xf32>
    %1334 = stablehlo.add %1332, %1333 : tensor<8x512xf32>
    %1335 = stablehlo.reshape %1334 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %1336 = stablehlo.convert %1331 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %1337 = stablehlo.convert %1335 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %1338 = stablehlo.slice %1241 [10:11, 0:1, 0:128, 0:8, 0:64] : (tensor<12x1x128x8x64xf16>) -> tensor<1x1x128x8x64xf16>
    %1339 = stablehlo.reshape %1338 : (tensor<1x1x128x8x64xf16>) -> tensor<128x8x64xf16>
    %1340 = stablehlo.slice %1269 [10:11, 0:1, 0:128, 0:8, 0:64] : (tensor<12x1x128x8x64xf16>) -> tensor<1x1x128x8x64xf16>
    %1341 = stablehlo.reshape %1340 : (tensor<1x1x128x8x64xf16>) -> tensor<128x8x64xf16>
    %1342 = stablehlo.composite "mlxla.window_attention" %1326, %1339, %1341, %1336, %1337, %2, %5, %arg667 {composite_attributes = {scale = 0.125 : f64, sinks = true, window = 128 : i64}, decomposition = @mlxla_window_attention_8x64x64xf32_128x8x64xf16_128x8x64xf16_8x8x64xf16_8x8x64xf16_8xi32_i32_64xf32_fe6978d776132cfa} : (tensor<8x64x64xf32>, tensor<128x8x64xf16>, tensor<128x8x64xf16>, tensor<8x8x64xf16>, tensor<8x8x64xf16>, tensor<8xi32>, tensor<i32>, tensor<64xf32>) -> tensor<8x64x64xf32>
    %1343 = stablehlo.slice %1241 [10:11, 0:1, 0:128, 0:8, 0:64] : (tensor<12x1x128x8x64xf16>) -> tensor<1x1x128x8x64xf16>
    %1344 = stablehlo.reshape %1343 : (tensor<1x1x128x8x64xf16>) -> tensor<128x8x64xf16>
    %1345 = stablehlo.constant dense<10> : tensor<i32>
    %1346 = stablehlo.constant dense<0> : tensor<i32>
    %1347 = stablehlo.constant dense<0> : tensor<i32>
    %1348 = stablehlo.constant dense<-1> : tensor<i32>
    %1349 = stablehlo.add %5, %1348 : tensor<i32>
    %1350 = stablehlo.broadcast_in_dim %1349, dims = [] : (tensor<i32>) -> tensor<128xi32>
    %1351 = stablehlo.iota dim = 0 : tensor<128xi32>
    %1352 = stablehlo.constant dense<128> : tensor<128xi32>
    %1353 = stablehlo.subtract %1350, %1351 : tensor<128xi32>
    %1354 = stablehlo.add %1353, %1352 : tensor<128xi32>
    %1355 = stablehlo.constant dense<128> : tensor<128xi32>
    %1356 = stablehlo.divide %1354, %1355 : tensor<128xi32>
    %1357 = stablehlo.multiply %1356, %1355 : tensor<128xi32>
    %1358 = stablehlo.subtract %1354, %1357 : tensor<128xi32>
    %1359 = stablehlo.subtract %1350, %1358 : tensor<128xi32>
    %1360 = stablehlo.broadcast_in_dim %arg1, dims = [] : (tensor<i32>) -> tensor<128xi32>
    %1361 = stablehlo.subtract %1359, %1360 : tensor<128xi32>
    %1362 = stablehlo.constant dense<0> : tensor<128xi32>
    %1363 = stablehlo.compare GE, %1361, %1362 : (tensor<128xi32>, tensor<128xi32>) -> tensor<128xi1>
    %1364 = stablehlo.add %1361, %1352 : tensor<128xi32>
    %1365 = stablehlo.select %1363, %1364, %1351 : tensor<128xi1>, tensor<128xi32>
    %1366 = stablehlo.concatenate %1344, %1336, dim = 0 : (tensor<128x8x64xf16>, tensor<8x8x64xf16>) -> tensor<136x8x64xf16>
    %1367 = stablehlo.reshape %1365 : (tensor<128xi32>) -> tensor<128x1xi32>
    %1368 = "stablehlo.gather"(%1366, %1367) {dimension_numbers = #stablehlo.gather<offset_dims = [1, 2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 8, 64>} : (tensor<136x8x64xf16>, tensor<128x1xi32>) -> tensor<128x8x64xf16>
    %1369 = stablehlo.reshape %1368 : (tensor<128x8x64xf16>) -> tensor<1x1x128x8x64xf16>
    %1370 = stablehlo.dynamic_update_slice %1241, %1369, %1345, %1346, %1347, %1347, %1347 : (tensor<12x1x128x8x64xf16>, tensor<1x1x128x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<12x1x128x8x64xf16>
    %1371 = stablehlo.slice %1269 [10:11, 0:1, 0:128, 0:8, 0:64] : (tensor<12x1x128x8x64xf16>) -> tensor<1x1x128x8x64xf16>
    %1372 = stablehlo.reshape %1371 : (tensor<1x1x128x8x64xf16>) -> tensor<128x8x64xf16>
    %1373 = stablehlo.constant dense<10> : tensor<i32>
    %1374 = stablehlo.constant dense<0> : tensor<i32>
    %1375 = stablehlo.constant dense<0> : tensor<i32>
    %1376 = stablehlo.constant dense<-1> : tensor<i32>
    %1377 = stablehlo.add %5, %1376 : tensor<i32>
    %1378 = stablehlo.broadcast_in_dim %1377, dims = [] : (tensor<i32>) -> tensor<128xi32>
    %1379 = stablehlo.iota dim = 0 : tensor<128xi32>
    %1380 = stablehlo.constant dense<128> : tensor<128xi32>
    %1381 = stablehlo.subtract %1378, %1379 : tensor<128xi32>
    %1382 = stablehlo.add %1381, %1380 : tensor<128xi32>
    %1383 = stablehlo.constant dense<128> : tensor<128xi32>
    %1384 = stablehlo.divide %1382, %1383 : tensor<128xi32>
    %1385 = stablehlo.multiply %1384, %1383 : tensor<128xi32>
    %1386 = stablehlo.subtract %1382, %1385 : tensor<128xi32>
    %1387 = stablehlo.subtract %1378, %1386 : tensor<128xi32>
    %1388 = stablehlo.broadcast_in_dim %arg1, dims = [] : (tensor<i32>) -> tensor<128xi32>
    %1389 = stablehlo.subtract %1387, %1388 : tensor<128xi32>
    %1390 = stablehlo.constant dense<0> : tensor<128xi32>
    %1391 = stablehlo.compare GE, %1389, %1390 : (tensor<128xi32>, tensor<128xi32>) -> tensor<128xi1>
    %1392 = stablehlo.add %1389, %1380 : tensor<128xi32>
    %1393 = stablehlo.select %1391, %1392, %1379 : tensor<128xi1>, tensor<128xi32>
    %1394 = stablehlo.concatenate %1372, %1337, dim = 0 : (tensor<128x8x64xf16>, tensor<8x8x64xf16>) -> tensor<136x8x64xf16>
    %1395 = stablehlo.reshape %1393 : (tensor<128xi32>) -> tensor<128x1xi32>
    %1396 = "stablehlo.gather"(%1394, %1395) {dimension_numbers = #stablehlo.gather<offset_dims = [1, 2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 8, 64>} : (tensor<136x8x64xf16>, tensor<128x1xi32>) -> tensor<128x8x64xf16>
    %1397 = stablehlo.reshape %1396 : (tensor<128x8x64xf16>) -> tensor<1x1x128x8x64xf16>
    %1398 = stablehlo.dynamic_update_slice %1269, %1397, %1373, %1374, %1375, %1375, %1375 : (tensor<12x1x128x8x64xf16>, tensor<1x1x128x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<12x1x128x8x64xf16>
    %1399 = stablehlo.reshape %1342 : (tensor<8x64x64xf32>) -> tensor<8x4096xf32>
    %1400 = stablehlo.composite "mlxla.quantized_dot" %1399, %arg663, %arg664, %arg665 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x4096xf32_2880x512xui32_2880x64xf32_2880x64xf32_1606f16f63a9d508} : (tensor<8x4096xf32>, tensor<2880x512xui32>, tensor<2880x64xf32>, tensor<2880x64xf32>) -> tensor<8x2880xf32>
    %1401 = stablehlo.broadcast_in_dim %arg666, dims = [1] : (tensor<2880xf32>) -> tensor<8x2880xf32>
    %1402 = stablehlo.add %1400, %1401 : tensor<8x2880xf32>
    %1403 = stablehlo.add %1320, %1402 : tensor<8x2880xf32>
    %1404 = stablehlo.composite "mlxla.rms_norm" %1403, %arg668 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2880xf32_2880xf32_b6a9c526c7d0eb0f} : (tensor<8x2880xf32>, tensor<2880xf32>) -> tensor<8x2880xf32>
    %1405 = stablehlo.composite "mlxla.quantized_dot" %1404, %arg669, %arg670, %arg671 {composite_attributes = {bits = 8 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x2880xf32_32x720xui32_32x45xf32_32x45xf32_46b69380ec5ff98c} : (tensor<8x2880xf32>, tensor<32x720xui32>, tensor<32x45xf32>, tensor<32x45xf32>) -> tensor<8x32xf32>
    %1406 = stablehlo.broadcast_in_dim %arg672, dims = [1] : (tensor<32xf32>) -> tensor<8x32xf32>
    %1407 = stablehlo.add %1405, %1406 : tensor<8x32xf32>
    %1408 = stablehlo.composite "mlxla.moe" %1404, %1407, %arg673, %arg674, %arg676, %arg677, %arg679, %arg680, %arg675, %arg678, %arg681 {composite_attributes = {activation = "swiglu_clamped", bits = 4 : i64, expert_bias = true, experts = 32 : i64, format = "fp", group_size = 32 : i64, precision = "f32", routing = "topk_softmax", swiglu_alpha = 1.702 : f64, swiglu_limit = 7.0 : f64, top_k = 4 : i64}, decomposition = @mlxla_moe_8x2880xf32_8x32xf32_32x2880x360xui32_32x2880x90xui8_32x2880x360xui32_32x2880x90xui8_32x2880x360xui32_32x2880x90xui8_32x2880xf32_32x2880xf32_32x2880xf32_7154339e831de982} : (tensor<8x2880xf32>, tensor<8x32xf32>, tensor<32x2880x360xui32>, tensor<32x2880x90xui8>, tensor<32x2880x360xui32>, tensor<32x2880x90xui8>, tensor<32x2880x360xui32>, tensor<32x2880x90xui8>, tensor<32x2880xf32>, tensor<32x2880xf32>, tensor<32x2880xf32>) -> tensor<8x2880xf32>
    %1409 = stablehlo.add %1403, %1408 : tensor<8x2880xf32>
    %1410 = stablehlo.composite "mlxla.rms_norm" %1409, %arg682 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2880xf32_2880xf32_b6a9c526c7d0eb0f} : (tensor<8x2880xf32>, tensor<2880xf32>) -> tensor<8x2880xf32>
    %1411 = stablehlo.composite "mlxla.quantized_dot" %1410, %arg683, %arg684, %arg685 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x2880xf32_4096x360xui32_4096x45xf32_4096x45xf32_1606f16f63a9d508} : (tensor<8x2880xf32>, tensor<4096x360xui32>, tensor<4096x45xf32>, tensor<4096x45xf32>) -> tensor<8x4096xf32>
    %1412 = stablehlo.broadcast_in_dim %arg686, dims = [1] : (tensor<4096xf32>) -> tensor<8x4096xf32>
    %1413 = stablehlo.add %1411, %1412 : tensor<8x4096xf32>
    %1414 = stablehlo.reshape %1413 : (tensor<8x4096xf32>) -> tensor<8x64x64xf32>
    %1415 = stablehlo.composite "mlxla.rope" %1414, %2 {composite_attributes = {beta_fast = 32.0 : f64, beta_slow = 1.0 : f64, factor = 32.0 : f64, mscale = 1.0 : f64, mscale_all_dim = 0.0 : f64, original_max_position_embeddings = 4096 : i64, scaling = "yarn", theta = 150000.0 : f64}, decomposition = @mlxla_rope_8x64x64xf32_8xi32_bca46eb598c94a3c} : (tensor<8x64x64xf32>, tensor<8xi32>) -> tensor<8x64x64xf32>
    %1416 = stablehlo.composite "mlxla.quantized_dot" %1410, %arg687, %arg688, %arg689 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x2880xf32_512x360xui32_512x45xf32_512x45xf32_1606f16f63a9d508} : (tensor<8x2880xf32>, tensor<512x360xui32>, tensor<512x45xf32>, tensor<512x45xf32>) -> tensor<8x512xf32>
    %1417 = stablehlo.broadcast_in_dim %arg690, dims = [1] : (tensor<512xf32>) -> tensor<8x512xf32>
    %1418 = stablehlo.add %1416, %1417 : tensor<8x512xf32>
    %1419 = stablehlo.reshape %1418 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %1420 = stablehlo.composite "mlxla.rope" %1419, %2 {composite_attributes = {beta_fast = 32.0 : f64, beta_slow = 1.0 : f64, factor = 32.0 : f64, mscale = 1.0 : f64, mscale_all_dim = 0.0 : f64, original_max_position_embeddings = 4096 : i64, scaling = "yarn", theta = 150000.0 : f64}, decomposition = @mlxla_rope_8x8x64xf32_8xi32_bca46eb598c94a3c} : (tensor<8x8x64xf32>, tensor<8xi32>) -> tensor<8x8x64xf32>
    %1421 = stablehlo.composite "mlxla.quantized_dot" %1410, %arg691, %arg692, %arg693 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x2880xf32_512x360xui32_512x45xf32_512x45xf32_1606f16f63a9d508} : (tensor<8x2880xf32>, tensor<512x360xui32>, tensor<512x45xf32>, tensor<512x45xf32>) -> tensor<8x512xf32>
    %1422 = stablehlo.broadcast_in_dim %arg694, dims = [1] : (tensor<512xf32>) -> tensor<8x512xf32>
    %1423 = stablehlo.add %1421, %1422 : tensor<8x512xf32>
    %1424 = stablehlo.reshape %1423 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %1425 = stablehlo.convert %1420 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %1426 = stablehlo.convert %1424 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %1427 = stablehlo.constant dense<10> : tensor<i32>
    %1428 = stablehlo.constant dense<0> : tensor<i32>
    %1429 = stablehlo.constant dense<0> : tensor<i32>
    %1430 = stablehlo.reshape %1425 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %1431 = stablehlo.dynamic_update_slice %1302, %1430, %1427, %1429, %arg1, %1428, %1428 : (tensor<12x1x256x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<12x1x256x8x64xf16>
    %1432 = stablehlo.reshape %1426 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %1433 = stablehlo.dynamic_update_slice %1304, %1432, %1427, %1429, %arg1, %1428, %1428 : (tensor<12x1x256x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<12x1x256x8x64xf16>
    %1434 = stablehlo.slice %1431 [10:11, 0:1, 0:256, 0:8, 0:64] : (tensor<12x1x256x8x64xf16>) -> tensor<1x1x256x8x64xf16>
    %1435 = stablehlo.reshape %1434 : (tensor<1x1x256x8x64xf16>) -> tensor<256x8x64xf16>
    %1436 = stablehlo.slice %1433 [10:11, 0:1, 0:256, 0:8, 0:64] : (tensor<12x1x256x8x64xf16>) -> tensor<1x1x256x8x64xf16>
    %1437 = stablehlo.reshape %1436 : (tensor<1x1x256x8x64xf16>) -> tensor<256x8x64xf16>
    %1438 = stablehlo.composite "mlxla.attention" %1415, %1435, %1437, %2, %5, %arg699 {composite_attributes = {scale = 0.125 : f64, sinks = true}, decomposition = @mlxla_attention_8x64x64xf32_256x8x64xf16_256x8x64xf16_8xi32_i32_64xf32_d54bb49fca62a40e} : (tensor<8x64x64xf32>, tensor<256x8x64xf16>, tensor<256x8x64xf16>, tensor<8xi32>, tensor<i32>, tensor<64xf32>) -> tensor<8x64x64xf32>
    %1439 = stablehlo.reshape %1438 : (tensor<8x64x64xf32>) -> tensor<8x4096xf32>
    %1440 = stablehlo.composite "mlxla.quantized_dot" %1439, %arg695, %arg696, %arg697 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x4096xf32_2880x512xui32_2880x64xf32_2880x64xf32_1606f16f63a9d508} : (tensor<8x4096xf32>, tensor<2880x512xui32>, tensor<2880x64xf32>, tensor<2880x64xf32>) -> tensor<8x2880xf32>
    %1441 = stablehlo.broadcast_in_dim %arg698, dims = [1] : (tensor<2880xf32>) -> tensor<8x2880xf32>
    %1442 = stablehlo.add %1440, %1441 : tensor<8x2880xf32>
    %1443 = stablehlo.add %1409, %1442 : tensor<8x2880xf32>
    %1444 = stablehlo.composite "mlxla.rms_norm" %1443, %arg700 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2880xf32_2880xf32_b6a9c526c7d0eb0f} : (tensor<8x2880xf32>, tensor<2880xf32>) -> tensor<8x2880xf32>
    %1445 = stablehlo.composite "mlxla.quantized_dot" %1444, %arg701, %arg702, %arg703 {composite_attributes = {bits = 8 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x2880xf32_32x720xui32_32x45xf32_32x45xf32_46b69380ec5ff98c} : (tensor<8x2880xf32>, tensor<32x720xui32>, tensor<32x45xf32>, tensor<32x45xf32>) -> tensor<8x32xf32>
    %1446 = stablehlo.broadcast_in_dim %arg704, dims = [1] : (tensor<32xf32>) -> tensor<8x32xf32>
    %1447 = stablehlo.add %1445, %1446 : tensor<8x32xf32>
    %1448 = stablehlo.composite "mlxla.moe" %1444, %1447, %arg705, %arg706, %arg708, %arg709, %arg711, %arg712, %arg707, %arg710, %arg713 {composite_attributes = {activation = "swiglu_clamped", bits = 4 : i64, expert_bias = true, experts = 32 : i64, format = "fp", group_size = 32 : i64, precision = "f32", routing = "topk_softmax", swiglu_alpha = 1.702 : f64, swiglu_limit = 7.0 : f64, top_k = 4 : i64}, decomposition = @mlxla_moe_8x2880xf32_8x32xf32_32x2880x360xui32_32x2880x90xui8_32x2880x360xui32_32x2880x90xui8_32x2880x360xui32_32x2880x90xui8_32x2880xf32_32x2880xf32_32x2880xf32_7154339e831de982} : (tensor<8x2880xf32>, tensor<8x32xf32>, tensor<32x2880x360xui32>, tensor<32x2880x90xui8>, tensor<32x2880x360xui32>, tensor<32x2880x90xui8>, tensor<32x2880x360xui32>, tensor<32x2880x90xui8>, tensor<32x2880xf32>, tensor<32x2880xf32>, tensor<32x2880xf32>) -> tensor<8x2880xf32>
    %1449 = stablehlo.add %1443, %1448 : tensor<8x2880xf32>
    %1450 = stablehlo.composite "mlxla.rms_norm" %1449, %arg714 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2880xf32_2880xf32_b6a9c526c7d0eb0f} : (tensor<8x2880xf32>, tensor<2880xf32>) -> tensor<8x2880xf32>
    %1451 = stablehlo.composite "mlxla.quantized_dot" %1450, %arg715, %arg716, %arg717 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x2880xf32_4096x360xui32_4096x45xf32_4096x45xf32_1606f16f63a9d508} : (tensor<8x2880xf32>, tensor<4096x360xui32>, tensor<4096x45xf32>, tensor<4096x45xf32>) -> tensor<8x4096xf32>
    %1452 = stablehlo.broadcast_in_dim %arg718, dims = [1] : (tensor<4096xf32>) -> tensor<8x4096xf32>
    %1453 = stablehlo.add %1451, %1452 : tensor<8x4096xf32>
    %1454 = stablehlo.reshape %1453 : (tensor<8x4096xf32>) -> tensor<8x64x64xf32>
    %1455 = stablehlo.composite "mlxla.rope" %1454, %2 {composite_attributes = {beta_fast = 32.0 : f64, beta_slow = 1.0 : f64, factor = 32.0 : f64, mscale = 1.0 : f64, mscale_all_dim = 0.0 : f64, original_max_position_embeddings = 4096 : i64, scaling = "yarn", theta = 150000.0 : f64}, decomposition = @mlxla_rope_8x64x64xf32_8xi32_bca46eb598c94a3c} : (tensor<8x64x64xf32>, tensor<8xi32>) -> tensor<8x64x64xf32>
    %1456 = stablehlo.composite "mlxla.quantized_dot" %1450, %arg719, %arg720, %arg721 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x2880xf32_512x360xui32_512x45xf32_512x45xf32_1606f16f63a9d508} : (tensor<8x2880xf32>, tensor<512x360xui32>, tensor<512x45xf32>, tensor<512x45xf32>) -> tensor<8x512xf32>
    %1457 = stablehlo.broadcast_in_dim %arg722, dims = [1] : (tensor<512xf32>) -> tensor<8x512xf32>
    %1458 = stablehlo.add %1456, %1457 : tensor<8x512xf32>
    %1459 = stablehlo.reshape %1458 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %1460 = stablehlo.composite "mlxla.rope" %1459, %2 {composite_attributes = {beta_fast = 32.0 : f64, beta_slow = 1.0 : f64, factor = 32.0 : f64, mscale = 1.0 : f64, mscale_all_dim = 0.0 : f64, original_max_position_embeddings = 4096 : i64, scaling = "yarn", theta = 150000.0 : f64}, decomposition = @mlxla_rope_8x8x64xf32_8xi32_bca46eb598c94a3c} : (tensor<8x8x64xf32>, tensor<8xi32>) -> tensor<8x8x64xf32>
    %1461 = stablehlo.composite "mlxla.quantized_dot" %1450, %arg723, %arg724, %arg725 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x2880xf32_512x360xui32_512x45xf32_512x45xf32_1606f16f63a9d508} : (tensor<8x2880xf32>, tensor<512x360xui32>, tensor<512x45xf32>, tensor<512x45xf32>) -> tensor<8x512xf32>
    %1462 = stablehlo.broadcast_in_dim %arg726, dims = [1] : (tensor<512xf32>) -> tensor<8x512xf32>
    %1463 = stablehlo.add %1461, %1462 : tensor<8x512xf32>
    %1464 = stablehlo.reshape %1463 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %1465 = stablehlo.convert %1460 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %1466 = stablehlo.convert %1464 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %1467 = stablehlo.slice %1370 [11:12, 0:1, 0:128, 0:8, 0:64] : (tensor<12x1x128x8x64xf16>) -> tensor<1x1x128x8x64xf16>
    %1468 = stablehlo.reshape %1467 : (tensor<1x1x128x8x64xf16>) -> tensor<128x8x64xf16>
    %1469 = stablehlo.slice %1398 [11:12, 0:1, 0:128, 0:8, 0:64] : (tensor<12x1x128x8x64xf16>) -> tensor<1x1x128x8x64xf16>
    %1470 = stablehlo.reshape %1469 : (tensor<1x1x128x8x64xf16>) -> tensor<128x8x64xf16>
    %1471 = stablehlo.composite "mlxla.window_attention" %1455, %1468, %1470, %1465, %1466, %2, %5, %arg731 {composite_attributes = {scale = 0.125 : f64, sinks = true, window = 128 : i64}, decomposition = @mlxla_window_attention_8x64x64xf32_128x8x64xf16_128x8x64xf16_8x8x64xf16_8x8x64xf16_8xi32_i32_64xf32_fe6978d776132cfa} : (tensor<8x64x64xf32>, tensor<128x8x64xf16>, tensor<128x8x64xf16>, tensor<8x8x64xf16>, tensor<8x8x64xf16>, tensor<8xi32>, tensor<i32>, tensor<64xf32>) -> tensor<8x64x64xf32>
    %1472 = stablehlo.slice %1370 [11:12, 0:1, 0:128, 0:8, 0:64] : (tensor<12x1x128x8x64xf16>) -> tensor<1x1x128x8x64xf16>
    %1473 = stablehlo.reshape %1472 : (tensor<1x1x128x8x64xf16>) -> tensor<128x8x64xf16>
    %1474 = stablehlo.constant dense<11> : tensor<i32>
    %1475 = stablehlo.constant dense<0> : tensor<i32>
    %1476 = stablehlo.constant dense<0> : tensor<i32>
    %1477 = stablehlo.constant dense<-1> : tensor<i32>
    %1478 = stablehlo.add %5, %1477 : tensor<i32>
    %1479 = stablehlo.broadcast_in_dim %1478, dims = [] : (tensor<i32>) -> tensor<128xi32>
    %1480 = stablehlo.iota dim = 0 : tensor<128xi32>
    %1481 = stablehlo.constant dense<128> : tensor<128xi32>
    %1482 = stablehlo.subtract %1479, %1480 : tensor<128xi32>
    %1483 = stablehlo.add %1482, %1481 : tensor<128xi32>
    %1484 = stablehlo.constant dense<128> : tensor<128xi32>
    %1485 = stablehlo.divide %1483, %1484 : tensor<128xi32>
    %1486 = stablehlo.multiply %1485, %1484 : tensor<128xi32>
    %1487 = stablehlo.subtract %1483, %1486 : tensor<128xi32>
    %1488 = stablehlo.subtract %1479, %1487 : tensor<128xi32>
    %1489 = stablehlo.broadcast_in_dim %arg1, dims = [] : (tensor<i32>) -> tensor<128xi32>
    %1490 = stablehlo.subtract %1488, %1489 : tensor<128xi32>
    %1491 = stablehlo.constant dense<0> : tensor<128xi32>
    %1492 = stablehlo.compare GE, %1490, %1491 : (tensor<128xi32>, tensor<128xi32>) -> tensor<128xi1>
    %1493 = stablehlo.add %1490, %1481 : tensor<128xi32>
    %1494 = stablehlo.select %1492, %1493, %1480 : tensor<128xi1>, tensor<128xi32>
    %1495 = stablehlo.concatenate %1473, %1465, dim = 0 : (tensor<128x8x64xf16>, tensor<8x8x64xf16>) -> tensor<136x8x64xf16>
    %1496 = stablehlo.reshape %1494 : (tensor<128xi32>) -> tensor<128x1xi32>
    %1497 = "stablehlo.gather"(%1495, %1496) {dimension_numbers = #stablehlo.gather<offset_dims = [1, 2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 8, 64>} : (tensor<136x8x64xf16>, tensor<128x1xi32>) -> tensor<128x8x64xf16>
    %1498 = stablehlo.reshape %1497 : (tensor<128x8x64xf16>) -> tensor<1x1x128x8x64xf16>
    %1499 = stablehlo.dynamic_update_slice %1370, %1498, %1474, %1475, %1476, %1476, %1476 : (tensor<12x1x128x8x64xf16>, tensor<1x1x128x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<12x1x128x8x64xf16>
    %1500 = stablehlo.slice %1398 [11:12, 0:1, 0:128, 0:8, 0:64] : (tensor<12x1x128x8x64xf16>) -> tensor<1x1x128x8x64xf16>
    %1501 = stablehlo.reshape %1500 : (tensor<1x1x128x8x64xf16>) -> tensor<128x8x64xf16>
    %1502 = stablehlo.constant dense<11> : tensor<i32>
    %1503 = stablehlo.constant dense<0> : tensor<i32>
    %1504 = stablehlo.constant dense<0> : tensor<i32>
    %1505 = stablehlo.constant dense<-1> : tensor<i32>
    %1506 = stablehlo.add %5, %1505 : tensor<i32>
    %1507 = stablehlo.broadcast_in_dim %1506, dims = [] : (tensor<i32>) -> tensor<128xi32>
    %1508 = stablehlo.iota dim = 0 : tensor<128xi32>
    %1509 = stablehlo.constant dense<128> : tensor<128xi32>
    %1510 = stablehlo.subtract %1507, %1508 : tensor<128xi32>
    %1511 = stablehlo.add %1510, %1509 : tensor<128xi32>
    %1512 = stablehlo.constant dense<128> : tensor<128xi32>
    %1513 = stablehlo.divide %1511, %1512 : tensor<128xi32>
    %1514 = stablehlo.multiply %1513, %1512 : tensor<128xi32>
    %1515 = stablehlo.subtract %1511, %1514 : tensor<128xi32>
    %1516 = stablehlo.subtract %1507, %1515 : tensor<128xi32>
    %1517 = stablehlo.broadcast_in_dim %arg1, dims = [] : (tensor<i32>) -> tensor<128xi32>
    %1518 = stablehlo.subtract %1516, %1517 : tensor<128xi32>
    %1519 = stablehlo.constant dense<0> : tensor<128xi32>
    %1520 = stablehlo.compare GE, %1518, %1519 : (tensor<128xi32>, tensor<128xi32>) -> tensor<128xi1>
    %1521 = stablehlo.add %1518, %1509 : tensor<128xi32>
    %1522 = stablehlo.select %1520, %1521, %1508 : tensor<128xi1>, tensor<128xi32>
    %1523 = stablehlo.concatenate %1501, %1466, dim = 0 : (tensor<128x8x64xf16>, tensor<8x8x64xf16>) -> tensor<136x8x64xf16>
    %1524 = stablehlo.reshape %1522 : (tensor<128xi32>) -> tensor<128x1xi32>
    %1525 = "stablehlo.gather"(%1523, %1524) {dimension_numbers = #stablehlo.gather<offset_dims = [1, 2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 8, 64>} : (tensor<136x8x64xf16>, tensor<128x1xi32>) -> tensor<128x8x64xf16>
    %1526 = stablehlo.reshape %1525 : (tensor<128x8x64xf16>) -> tensor<1x1x128x8x64xf16>
    %1527 = stablehlo.dynamic_update_slice %1398, %1526, %1502, %1503, %1504, %1504, %1504 : (tensor<12x1x128x8x64xf16>, tensor<1x1x128x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<12x1x128x8x64xf16>
    %1528 = stablehlo.reshape %1471 : (tensor<8x64x64xf32>) -> tensor<8x4096xf32>
    %1529 = stablehlo.composite "mlxla.quantized_dot" %1528, %arg727, %arg728, %arg729 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x4096xf32_2880x512xui32_2880x64xf32_2880x64xf32_1606f16f63a9d508} : (tensor<8x4096xf32>, tensor<2880x512xui32>, tensor<2880x64xf32>, tensor<2880x64xf32>) -> tensor<8x2880xf32>
    %1530 = stablehlo.broadcast_in_dim %arg730, dims = [1] : (tensor<2880xf32>) -> tensor<8x2880xf32>
    %1531 = stablehlo.add %1529, %1530 : tensor<8x2880xf32>
    %1532 = stablehlo.add %1449, %1531 : tensor<8x2880xf32>
    %1533 = stablehlo.composite "mlxla.rms_norm" %1532, %arg732 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2880xf32_2880xf32_b6a9c526c7d0eb0f} : (tensor<8x2880xf32>, tensor<2880xf32>) -> tensor<8x2880xf32>
    %1534 = stablehlo.composite "mlxla.quantized_dot" %1533, %arg733, %arg734, %arg735 {composite_attributes = {bits = 8 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x2880xf32_32x720xui32_32x45xf32_32x45xf32_46b69380ec5ff98c} : (tensor<8x2880xf32>, tensor<32x720xui32>, tensor<32x45xf32>, tensor<32x45xf32>) -> tensor<8x32xf32>
    %1535 = stablehlo.broadcast_in_dim %arg736, dims = [1] : (tensor<32xf32>) -> tensor<8x32xf32>
    %1536 = stablehlo.add %1534, %1535 : tensor<8x32xf32>
    %1537 = stablehlo.composite "mlxla.moe" %1533, %1536, %arg737, %arg738, %arg740, %arg741, %arg743, %arg744, %arg739, %arg742, %arg745 {composite_attributes = {activation = "swiglu_clamped", bits = 4 : i64, expert_bias = true, experts = 32 : i64, format = "fp", group_size = 32 : i64, precision = "f32", routing = "topk_softmax", swiglu_alpha = 1.702 : f64, swiglu_limit = 7.0 : f64, top_k = 4 : i64}, decomposition = @mlxla_moe_8x2880xf32_8x32xf32_32x2880x360xui32_32x2880x90xui8_32x2880x360xui32_32x2880x90xui8_32x2880x360xui32_32x2880x90xui8_32x2880xf32_32x2880xf32_32x2880xf32_7154339e831de982} : (tensor<8x2880xf32>, tensor<8x32xf32>, tensor<32x2880x360xui32>, tensor<32x2880x90xui8>, tensor<32x2880x360xui32>, tensor<32x2880x90xui8>, tensor<32x2880x360xui32>, tensor<32x2880x90xui8>, tensor<32x2880xf32>, tensor<32x2880xf32>, tensor<32x2880xf32>) -> tensor<8x2880xf32>
    %1538 = stablehlo.add %1532, %1537 : tensor<8x2880xf32>
    %1539 = stablehlo.composite "mlxla.rms_norm" %1538, %arg746 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2880xf32_2880xf32_b6a9c526c7d0eb0f} : (tensor<8x2880xf32>, tensor<2880xf32>) -> tensor<8x2880xf32>
    %1540 = stablehlo.composite "mlxla.quantized_dot" %1539, %arg747, %arg748, %arg749 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x2880xf32_4096x360xui32_4096x45xf32_4096x45xf32_1606f16f63a9d508} : (tensor<8x2880xf32>, tensor<4096x360xui32>, tensor<4096x45xf32>, tensor<4096x45xf32>) -> tensor<8x4096xf32>
    %1541 = stablehlo.broadcast_in_dim %arg750, dims = [1] : (tensor<4096xf32>) -> tensor<8x4096xf32>
    %1542 = stablehlo.add %1540, %1541 : tensor<8x4096xf32>
    %1543 = stablehlo.reshape %1542 : (tensor<8x4096xf32>) -> tensor<8x64x64xf32>
    %1544 = stablehlo.composite "mlxla.rope" %1543, %2 {composite_attributes = {beta_fast = 32.0 : f64, beta_slow = 1.0 : f64, factor = 32.0 : f64, mscale = 1.0 : f64, mscale_all_dim = 0.0 : f64, original_max_position_embeddings = 4096 : i64, scaling = "yarn", theta = 150000.0 : f64}, decomposition = @mlxla_rope_8x64x64xf32_8xi32_bca46eb598c94a3c} : (tensor<8x64x64xf32>, tensor<8xi32>) -> tensor<8x64x64xf32>
    %1545 = stablehlo.composite "mlxla.quantized_dot" %1539, %arg751, %arg752, %arg753 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x2880xf32_512x360xui32_512x45xf32_512x45xf32_1606f16f63a9d508} : (tensor<8x2880xf32>, tensor<512x360xui32>, tensor<512x45xf32>, tensor<512x45xf32>) -> tensor<8x512xf32>
    %1546 = stablehlo.broadcast_in_dim %arg754, dims = [1] : (tensor<512xf32>) -> tensor<8x512xf32>
    %1547 = stablehlo.add %1545, %1546 : tensor<8x512xf32>
    %1548 = stablehlo.reshape %1547 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %1549 = stablehlo.composite "mlxla.rope" %1548, %2 {composite_attributes = {beta_fast = 32.0 : f64, beta_slow = 1.0 : f64, factor = 32.0 : f64, mscale = 1.0 : f64, mscale_all_dim = 0.0 : f64, original_max_position_embeddings = 4096 : i64, scaling = "yarn", theta = 150000.0 : f64}, decomposition = @mlxla_rope_8x8x64xf32_8xi32_bca46eb598c94a3c} : (tensor<8x8x64xf32>, tensor<8xi32>) -> tensor<8x8x64xf32>
    %1550 = stablehlo.composite "mlxla.quantized_dot" %1539, %arg755, %arg756, %arg757 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x2880xf32_512x360xui32_512x45xf32_512x45xf32_1606f16f63a9d508} : (tensor<8x2880xf32>, tensor<512x360xui32>, tensor<512x45xf32>, tensor<512x45xf32>) -> tensor<8x512xf32>
    %1551 = stablehlo.broadcast_in_dim %arg758, dims = [1] : (tensor<512xf32>) -> tensor<8x512xf32>
    %1552 = stablehlo.add %1550, %1551 : tensor<8x512xf32>
    %1553 = stablehlo.reshape %1552 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %1554 = stablehlo.convert %1549 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %1555 = stablehlo.convert %1553 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %1556 = stablehlo.constant dense<11> : tensor<i32>
    %1557 = stablehlo.constant dense<0> : tensor<i32>
    %1558 = stablehlo.constant dense<0> : tensor<i32>
    %1559 = stablehlo.reshape %1554 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %1560 = stablehlo.dynamic_update_slice %1431, %1559, %1556, %1558, %arg1, %1557, %1557 : (tensor<12x1x256x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<12x1x256x8x64xf16>
    %1561 = stablehlo.reshape %1555 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %1562 = stablehlo.dynamic_update_slice %1433, %1561, %1556, %1558, %arg1, %1557, %1557 : (tensor<12x1x256x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<12x1x256x8x64xf16>
    %1563 = stablehlo.slice %1560 [11:12, 0:1, 0:256, 0:8, 0:64] : (tensor<12x1x256x8x64xf16>) -> tensor<1x1x256x8x64xf16>
    %1564 = stablehlo.reshape %1563 : (tensor<1x1x256x8x64xf16>) -> tensor<256x8x64xf16>
    %1565 = stablehlo.slice %1562 [11:12, 0:1, 0:256, 0:8, 0:64] : (tensor<12x1x256x8x64xf16>) -> tensor<1x1x256x8x64xf16>
    %1566 = stablehlo.reshape %1565 : (tensor<1x1x256x8x64xf16>) -> tensor<256x8x64xf16>
    %1567 = stablehlo.composite "mlxla.attention" %1544, %1564, %1566, %2, %5, %arg763 {composite_attributes = {scale = 0.125 : f64, sinks = true}, decomposition = @mlxla_attention_8x64x64xf32_256x8x64xf16_256x8x64xf16_8xi32_i32_64xf32_d54bb49fca62a40e} : (tensor<8x64x64xf32>, tensor<256x8x64xf16>, tensor<256x8x64xf16>, tensor<8xi32>, tensor<i32>, tensor<64xf32>) -> tensor<8x64x64xf32>
    %1568 = stablehlo.reshape %1567 : (tensor<8x64x64xf32>) -> tensor<8x4096xf32>
    %1569 = stablehlo.composite "mlxla.quantized_dot" %1568, %arg759, %arg760, %arg761 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x4096xf32_2880x512xui32_2880x64xf32_2880x64xf32_1606f16f63a9d508} : (tensor<8x4096xf32>, tensor<2880x512xui32>, tensor<2880x64xf32>, tensor<2880x64xf32>) -> tensor<8x2880xf32>
    %1570 = stablehlo.broadcast_in_dim %arg762, dims = [1] : (tensor<2880xf32>) -> tensor<8x2880xf32>
    %1571 = stablehlo.add %1569, %1570 : tensor<8x2880xf32>
    %1572 = stablehlo.add %1538, %1571 : tensor<8x2880xf32>
    %1573 = stablehlo.composite "mlxla.rms_norm" %1572, %arg764 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2880xf32_2880xf32_b6a9c526c7d0eb0f} : (tensor<8x2880xf32>, tensor<2880xf32>) -> tensor<8x2880xf32>
    %1574 = stablehlo.composite "mlxla.quantized_dot" %1573, %arg765, %arg766, %arg767 {composite_attributes = {bits = 8 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x2880xf32_32x720xui32_32x45xf32_32x45xf32_46b69380ec5ff98c} : (tensor<8x2880xf32>, tensor<32x720xui32>, tensor<32x45xf32>, tensor<32x45xf32>) -> tensor<8x32xf32>
    %1575 = stablehlo.broadcast_in_dim %arg768, dims = [1] : (tensor<32xf32>) -> tensor<8x32xf32>
    %1576 = stablehlo.add %1574, %1575 : tensor<8x32xf32>
    %1577 = stablehlo.composite "mlxla.moe" %1573, %1576, %arg769, %arg770, %arg772, %arg773, %arg775, %arg776, %arg771, %arg774, %arg777 {composite_attributes = {activation = "swiglu_clamped", bits = 4 : i64, expert_bias = true, experts = 32 : i64, format = "fp", group_size = 32 : i64, precision = "f32", routing = "topk_softmax", swiglu_alpha = 1.702 : f64, swiglu_limit = 7.0 : f64, top_k = 4 : i64}, decomposition = @mlxla_moe_8x2880xf32_8x32xf32_32x2880x360xui32_32x2880x90xui8_32x2880x360xui32_32x2880x90xui8_32x2880x360xui32_32x2880x90xui8_32x2880xf32_32x2880xf32_32x2880xf32_7154339e831de982} : (tensor<8x2880xf32>, tensor<8x32xf32>, tensor<32x2880x360xui32>, tensor<32x2880x90xui8>, tensor<32x2880x360xui32>, tensor<32x2880x90xui8>, tensor<32x2880x360xui32>, tensor<32x2880x90xui8>, tensor<32x2880xf32>, tensor<32x2880xf32>, tensor<32x2880xf32>) -> tensor<8x2880xf32>
    %1578 = stablehlo.add %1572, %1577 : tensor<8x2880xf32>
    %1579 = stablehlo.constant dense<0> : tensor<i32>
    %1580 = stablehlo.dynamic_slice %1578, %4, %1579, sizes = [1, 2880] : (tensor<8x2880xf32>, tensor<i32>, tensor<i32>) -> tensor<1x2880xf32>
    %1581 = stablehlo.composite "mlxla.rms_norm" %1580, %arg778 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2880xf32_2880xf32_b6a9c526c7d0eb0f} : (tensor<1x2880xf32>, tensor<2880xf32>) -> tensor<1x2880xf32>
    %1582 = stablehlo.composite "mlxla.quantized_dot" %1581, %arg779, %arg780, %arg781 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_1x2880xf32_201088x360xui32_201088x45xf32_201088x45xf32_1606f16f63a9d508} : (tensor<1x2880xf32>, tensor<201088x360xui32>, tensor<201088x45xf32>, tensor<201088x45xf32>) -> tensor<1x201088xf32>
    %1583 = stablehlo.composite "mlxla.argmax" %1582 {decomposition = @mlxla_argmax_1x201088xf32_cbf29ce484222325} : (tensor<1x201088xf32>) -> tensor<1xi32>
    return %1583, %1560, %1562, %1499, %1527 : tensor<1xi32>, tensor<12x1x256x8x64xf16>, tensor<12x1x256x8x64xf16>, tensor<12x1x128x8x64xf16>, tensor<12x1x128x8x64xf16>
  }
  func.func private @mlxla_rms_norm_8x2880xf32_2880xf32_b6a9c526c7d0eb0f(%arg0: tensor<8x2880xf32> {mlxla.name = "arg0"}, %arg1: tensor<2880xf32> {mlxla.name = "arg1"}) -> (tensor<8x2880xf32>) {
    %0 = stablehlo.multiply %arg0, %arg0 : tensor<8x2880xf32>
    %1 = stablehlo.constant dense<0.0> : tensor<f32>
    %2 = stablehlo.reduce(%0 init: %1) applies stablehlo.add across dimensions = [1] : (tensor<8x2880xf32>, tensor<f32>) -> tensor<8xf32>
    %3 = stablehlo.constant dense<2880.0> : tensor<8xf32>
    %4 = stablehlo.divide %2, %3 : tensor<8xf32>
    %5 = stablehlo.constant dense<1.0e-05> : tensor<8xf32>
    %6 = stablehlo.add %4, %5 : tensor<8xf32>
    %7 = stablehlo.rsqrt %6 : tensor<8xf32>
    %8 = stablehlo.broadcast_in_dim %7, dims = [0] : (tensor<8xf32>) -> tensor<8x2880xf32>
    %9 = stablehlo.multiply %arg0, %8 : tensor<8x2880xf32>
    %10 = stablehlo.broadcast_in_dim %arg1, dims = [1] : (tensor<2880xf32>) -> tensor<8x2880xf32>
    %11 = stablehlo.multiply %9, %10 : tensor<8x2880xf32>
    return %11 : tensor<8x2880xf32>
  }
  func.func private @mlxla_quantized_dot_8x2880xf32_4096x360xui32_4096x45xf32_4096x45xf32_1606f16f63a9d508(%arg0: tensor<8x2880xf32> {mlxla.name = "arg0"}, %arg1: tensor<4096x360xui32> {mlxla.name = "arg1"}, %arg2: tensor<4096x45xf32> {mlxla.name = "arg2"}, %arg3: tensor<4096x45xf32> {mlxla.name = "arg3"}) -> (tensor<8x4096xf32>) {
    %0 = stablehlo.reshape %arg1 : (tensor<4096x360xui32>) -> tensor<4096x90x4xui32>
    %1 = stablehlo.slice %0 [0:4096, 0:90, 0:1] : (tensor<4096x90x4xui32>) -> tensor<4096x90x1xui32>
    %2 = stablehlo.slice %0 [0:4096, 0:90, 1:2] : (tensor<4096x90x4xui32>) -> tensor<4096x90x1xui32>
    %3 = stablehlo.slice %0 [0:4096, 0:90, 2:3] : (tensor<4096x90x4xui32>) -> tensor<4096x90x1xui32>
    %4 = stablehlo.slice %0 [0:4096, 0:90, 3:4] : (tensor<4096x90x4xui32>) -> tensor<4096x90x1xui32>
    %5 = stablehlo.concatenate %1, %1, %1, %1, %1, %1, %1, %1, %2, %2, %2, %2, %2, %2, %2, %2, %3, %3, %3, %3, %3, %3, %3, %3, %4, %4, %4, %4, %4, %4, %4, %4, dim = 2 : (tensor<4096x90x1xui32>, tensor<4096x90x1xui32>, tensor<4096x90x1xui32>, tensor<4096x90x1xui32>, tensor<4096x90x1xui32>, tensor<4096x90x1xui32>, tensor<4096x90x1xui32>, tensor<4096x90x1xui32>, tensor<4096x90x1xui32>, tensor<4096x90x1xui32>, tensor<4096x90x1xui32>, tensor<4096x90x1xui32>, tensor<4096x90x1xui32>, tensor<4096x90x1xui32>, tensor<4096x90x1xui32>, tensor<4096x90x1xui32>, tensor<4096x90x1xui32>, tensor<4096x90x1xui32>, tensor<4096x90x1xui32>, tensor<4096x90x1xui32>, tensor<4096x90x1xui32>, tensor<4096x90x1xui32>, tensor<4096x90x1xui32>, tensor<4096x90x1xui32>, tensor<4096x90x1xui32>, tensor<4096x90x1xui32>, tensor<4096x90x1xui32>, tensor<4096x90x1xui32>, tensor<4096x90x1xui32>, tensor<4096x90x1xui32>, tensor<4096x90x1xui32>, tensor<4096x90x1xui32>) -> tensor<4096x90x32xui32>
    %6 = stablehlo.constant dense<[0, 4, 8, 12, 16, 20, 24, 28, 0, 4, 8, 12, 16, 20, 24, 28, 0, 4, 8, 12, 16, 20, 24, 28, 0, 4, 8, 12, 16, 20, 24, 28]> : tensor<32xui32>
    %7 = stablehlo.broadcast_in_dim %6, dims = [2] : (tensor<32xui32>) -> tensor<4096x90x32xui32>
    %8 = stablehlo.shift_right_logical %5, %7 : tensor<4096x90x32xui32>
    %9 = stablehlo.constant dense<15> : tensor<4096x90x32xui32>
    %10 = stablehlo.and %8, %9 : tensor<4096x90x32xui32>
    %11 = stablehlo.reshape %10 : (tensor<4096x90x32xui32>) -> tensor<4096x2880xui32>
    %12 = stablehlo.convert %11 : (tensor<4096x2880xui32>) -> tensor<4096x2880xf32>
    %13 = stablehlo.broadcast_in_dim %arg2, dims = [0, 1] : (tensor<4096x45xf32>) -> tensor<4096x45x64xf32>
    %14 = stablehlo.reshape %13 : (tensor<4096x45x64xf32>) -> tensor<4096x2880xf32>
    %15 = stablehlo.multiply %12, %14 : tensor<4096x2880xf32>
    %16 = stablehlo.broadcast_in_dim %arg3, dims = [0, 1] : (tensor<4096x45xf32>) -> tensor<4096x45x64xf32>
    %17 = stablehlo.reshape %16 : (tensor<4096x45x64xf32>) -> tensor<4096x2880xf32>
    %18 = stablehlo.add %15, %17 : tensor<4096x2880xf32>
    %19 = stablehlo.dot_general %arg0, %18, contracting_dims = [1] x [1] : (tensor<8x2880xf32>, tensor<4096x2880xf32>) -> tensor<8x4096xf32>
    return %19 : tensor<8x4096xf32>
  }
  func.func private @mlxla_rope_8x64x64xf32_8xi32_bca46eb598c94a3c(%arg0: tensor<8x64x64xf32> {mlxla.name = "arg0"}, %arg1: tensor<8xi32> {mlxla.name = "arg1"}) -> (tensor<8x64x64xf32>) {
    %0 = stablehlo.convert %arg1 : (tensor<8xi32>) -> tensor<8xf32>
    %1 = stablehlo.broadcast_in_dim %0, dims = [0] : (tensor<8xf32>) -> tensor<8x32xf32>
    %2 = stablehlo.constant dense<[1.0, 0.6890443, 0.47478205, 0.32714587, 0.225418, 0.15532298, 0.107024424, 0.073744565, 0.050813276, 0.031620752, 0.019450968, 0.011792191, 0.007015714, 0.0040695546, 0.0022772718, 0.001206131, 0.0005809475, 0.00022794779, 3.830881e-05, 2.6396468e-05, 1.8188337e-05, 1.253257e-05, 8.635496e-06, 5.9502395e-06, 4.0999785e-06, 2.8250668e-06, 1.9465963e-06, 1.3412911e-06, 9.2420896e-07, 6.368209e-07, 4.3879783e-07, 3.0235114e-07]> : tensor<32xf32>
    %3 = stablehlo.broadcast_in_dim %2, dims = [1] : (tensor<32xf32>) -> tensor<8x32xf32>
    %4 = stablehlo.multiply %1, %3 : tensor<8x32xf32>
    %5 = stablehlo.constant dense<1.3465736> : tensor<8x64x64xf32>
    %6 = stablehlo.multiply %arg0, %5 : tensor<8x64x64xf32>
    %7 = stablehlo.cosine %4 : tensor<8x32xf32>
    %8 = stablehlo.sine %4 : tensor<8x32xf32>
    %9 = stablehlo.concatenate %7, %7, dim = 1 : (tensor<8x32xf32>, tensor<8x32xf32>) -> tensor<8x64xf32>
    %10 = stablehlo.concatenate %8, %8, dim = 1 : (tensor<8x32xf32>, tensor<8x32xf32>) -> tensor<8x64xf32>
    %11 = stablehlo.broadcast_in_dim %9, dims = [0, 2] : (tensor<8x64xf32>) -> tensor<8x64x64xf32>
    %12 = stablehlo.broadcast_in_dim %10, dims = [0, 2] : (tensor<8x64xf32>) -> tensor<8x64x64xf32>
    %13 = stablehlo.slice %6 [0:8, 0:64, 0:32] : (tensor<8x64x64xf32>) -> tensor<8x64x32xf32>
    %14 = stablehlo.slice %6 [0:8, 0:64, 32:64] : (tensor<8x64x64xf32>) -> tensor<8x64x32xf32>
    %15 = stablehlo.negate %14 : tensor<8x64x32xf32>
    %16 = stablehlo.concatenate %15, %13, dim = 2 : (tensor<8x64x32xf32>, tensor<8x64x32xf32>) -> tensor<8x64x64xf32>
    %17 = stablehlo.multiply %6, %11 : tensor<8x64x64xf32>
    %18 = stablehlo.multiply %16, %12 : tensor<8x64x64xf32>
    %19 = stablehlo.add %17, %18 : tensor<8x64x64xf32>
    return %19 : tensor<8x64x64xf32>
  }
  func.func private @mlxla_quantized_dot_8x2880xf32_512x360xui32_512x45xf32_512x45xf32_1606f16f63a9d508(%arg0: tensor<8x2880xf32> {mlxla.name = "arg0"}, %arg1: tensor<512x360xui32> {mlxla.name = "arg1"}, %arg2: tensor<512x45xf32> {mlxla.name = "arg2"}, %arg3: tensor<512x45xf32> {mlxla.name = "arg3"}) -> (tensor<8x512xf32>) {
    %0 = stablehlo.reshape %arg1 : (tensor<512x360xui32>) -> tensor<512x90x4xui32>
    %1 = stablehlo.slice %0 [0:512, 0:90, 0:1] : (tensor<512x90x4xui32>) -> tensor<512x90x1xui32>
    %2 = stablehlo.slice %0 [0:512, 0:90, 1:2] : (tensor<512x90x4xui32>) -> tensor<512x90x1xui32>
    %3 = stablehlo.slice %0 [0:512, 0:90, 2:3] : (tensor<512x90x4xui32>) -> tensor<512x90x1xui32>
    %4 = stablehlo.slice %0 [0:512, 0:90, 3:4] : (tensor<512x90x4xui32>) -> tensor<512x90x1xui32>
    %5 = stablehlo.concatenate %1, %1, %1, %1, %1, %1, %1, %1, %2, %2, %2, %2, %2, %2, %2, %2, %3, %3, %3, %3, %3, %3, %3, %3, %4, %4, %4, %4, %4, %4, %4, %4, dim = 2 : (tensor<512x90x1xui32>, tensor<512x90x1xui32>, tensor<512x90x1xui32>, tensor<512x90x1xui32>, tensor<512x90x1xui32>, tensor<512x90x1xui32>, tensor<512x90x1xui32>, tensor<512x90x1xui32>, tensor<512x90x1xui32>, tensor<512x90x1xui32>, tensor<512x90x1xui32>, tensor<512x90x1xui32>, tensor<512x90x1xui32>, tensor<512x90x1xui32>, tensor<512x90x1xui32>, tensor<512x90x1xui32>, tensor<512x90x1xui32>, tensor<512x90x1xui32>, tensor<512x90x1xui32>, tensor<512x90x1xui32>, tensor<512x90x1xui32>, tensor<512x90x1xui32>, tensor<512x90x1xui32>, tensor<512x90x1xui32>, tensor<512x90x1xui32>, tensor<512x90x1xui32>, tensor<512x90x1xui32>, tensor<512x90x1xui32>, tensor<512x90x1xui32>, tensor<512x90x1xui32>, tensor<512x90x1xui32>, tensor<512x90x1xui32>) -> tensor<512x90x32xui32>
    %6 = stablehlo.constant dense<[0, 4, 8, 12, 16, 20, 24, 28, 0, 4, 8, 12, 16, 20, 24, 28, 0, 4, 8, 12, 16, 20, 24, 28, 0, 4, 8, 12, 16, 20, 24, 28]> : tensor<32xui32>
    %7 = stablehlo.broadcast_in_dim %6, dims = [2] : (tensor<32xui32>) -> tensor<512x90x32xui32>
    %8 = stablehlo.shift_right_logical %5, %7 : tensor<512x90x32xui32>
    %9 = stablehlo.constant dense<15> : tensor<512x90x32xui32>
    %10 = stablehlo.and %8, %9 : tensor<512x90x32xui32>
    %11 = stablehlo.reshape %10 : (tensor<512x90x32xui32>) -> tensor<512x2880xui32>
    %12 = stablehlo.convert %11 : (tensor<512x2880xui32>) -> tensor<512x2880xf32>
    %13 = stablehlo.broadcast_in_dim %arg2, dims = [0, 1] : (tensor<512x45xf32>) -> tensor<512x45x64xf32>
    %14 = stablehlo.reshape %13 : (tensor<512x45x64xf32>) -> tensor<512x2880xf32>
    %15 = stablehlo.multiply %12, %14 : tensor<512x2880xf32>
    %16 = stablehlo.broadcast_in_dim %arg3, dims = [0, 1] : (tensor<512x45xf32>) -> tensor<512x45x64xf32>
    %17 = stablehlo.reshape %16 : (tensor<512x45x64xf32>) -> tensor<512x2880xf32>
    %18 = stablehlo.add %15, %17 : tensor<512x2880xf32>
    %19 = stablehlo.dot_general %arg0, %18, contracting_dims = [1] x [1] : (tensor<8x2880xf32>, tensor<512x2880xf32>) -> tensor<8x512xf32>
    return %19 : tensor<8x512xf32>
  }
  func.func private @mlxla_rope_8x8x64xf32_8xi32_bca46eb598c94a3c(%arg0: tensor<8x8x64xf32> {mlxla.name = "arg0"}, %arg1: tensor<8xi32> {mlxla.name = "arg1"}) -> (tensor<8x8x64xf32>) {
    %0 = stablehlo.convert %arg1 : (tensor<8xi32>) -> tensor<8xf32>
    %1 = stablehlo.broadcast_in_dim %0, dims = [0] : (tensor<8xf32>) -> tensor<8x32xf32>
    %2 = stablehlo.constant dense<[1.0, 0.6890443, 0.47478205, 0.32714587, 0.225418, 0.15532298, 0.107024424, 0.073744565, 0.050813276, 0.031620752, 0.019450968, 0.011792191, 0.007015714, 0.0040695546, 0.0022772718, 0.001206131, 0.0005809475, 0.00022794779, 3.830881e-05, 2.6396468e-05, 1.8188337e-05, 1.253257e-05, 8.635496e-06, 5.9502395e-06, 4.0999785e-06, 2.8250668e-06, 1.9465963e-06, 1.3412911e-06, 9.2420896e-07, 6.368209e-07, 4.3879783e-07, 3.0235114e-07]> : tensor<32xf32>
    %3 = stablehlo.broadcast_in_dim %2, dims = [1] : (tensor<32xf32>) -> tensor<8x32xf32>
    %4 = stablehlo.multiply %1, %3 : tensor<8x32xf32>
    %5 = stablehlo.constant dense<1.3465736> : tensor<8x8x64xf32>
    %6 = stablehlo.multiply %arg0, %5 : tensor<8x8x64xf32>
    %7 = stablehlo.cosine %4 : tensor<8x32xf32>
    %8 = stablehlo.sine %4 : tensor<8x32xf32>
    %9 = stablehlo.concatenate %7, %7, dim = 1 : (tensor<8x32xf32>, tensor<8x32xf32>) -> tensor<8x64xf32>
    %10 = stablehlo.concatenate %8, %8, dim = 1 : (tensor<8x32xf32>, tensor<8x32xf32>) -> tensor<8x64xf32>
    %11 = stablehlo.broadcast_in_dim %9, dims = [0, 2] : (tensor<8x64xf32>) -> tensor<8x8x64xf32>
    %12 = stablehlo.broadcast_in_dim %10, dims = [0, 2] : (tensor<8x64xf32>) -> tensor<8x8x64xf32>
    %13 = stablehlo.slice %6 [0:8, 0:8, 0:32] : (tensor<8x8x64xf32>) -> tensor<8x8x32xf32>
    %14 = stablehlo.slice %6 [0:8, 0:8, 32:64] : (tensor<8x8x64xf32>) -> tensor<8x8x32xf32>
    %15 = stablehlo.negate %14 : tensor<8x8x32xf32>
    %16 = stablehlo.concatenate %15, %13, dim = 2 : (tensor<8x8x32xf32>, tensor<8x8x32xf32>) -> tensor<8x8x64xf32>
    %17 = stablehlo.multiply %6, %11 : tensor<8x8x64xf32>
    %18 = stablehlo.multiply %16, %12 : tensor<8x8x64xf32>
    %19 = stablehlo.add %17, %18 : tensor<8x8x64xf32>
    return %19 : tensor<8x8x64xf32>
  }
  func.func private @mlxla_window_attention_8x64x64xf32_128x8x64xf16_128x8x64xf16_8x8x64xf16_8x8x64xf16_8xi32_i32_64xf32_fe6978d776132cfa(%arg0: tensor<8x64x64xf32> {mlxla.name = "arg0"}, %arg1: tensor<128x8x64xf16> {mlxla.name = "arg1"}, %arg2: tensor<128x8x64xf16> {mlxla.name = "arg2"}, %arg3: tensor<8x8x64xf16> {mlxla.name = "arg3"}, %arg4: tensor<8x8x64xf16> {mlxla.name = "arg4"}, %arg5: tensor<8xi32> {mlxla.name = "arg5"}, %arg6: tensor<i32> {mlxla.name = "arg6"}, %arg7: tensor<64xf32> {mlxla.name = "arg7"}) -> (tensor<8x64x64xf32>) {
    %0 = stablehlo.slice %arg5 [0:1] : (tensor<8xi32>) -> tensor<1xi32>
    %1 = stablehlo.reshape %0 : (tensor<1xi32>) -> tensor<i32>
    %2 = stablehlo.broadcast_in_dim %1, dims = [] : (tensor<i32>) -> tensor<128xi32>
    %3 = stablehlo.iota dim = 0 : tensor<128xi32>
    %4 = stablehlo.add %2, %3 : tensor<128xi32>
    %5 = stablehlo.constant dense<128> : tensor<128xi32>
    %6 = stablehlo.divide %4, %5 : tensor<128xi32>
    %7 = stablehlo.multiply %6, %5 : tensor<128xi32>
    %8 = stablehlo.subtract %4, %7 : tensor<128xi32>
    %9 = stablehlo.reshape %8 : (tensor<128xi32>) -> tensor<128x1xi32>
    %10 = "stablehlo.gather"(%arg1, %9) {dimension_numbers = #stablehlo.gather<offset_dims = [1, 2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 8, 64>} : (tensor<128x8x64xf16>, tensor<128x1xi32>) -> tensor<128x8x64xf16>
    %11 = "stablehlo.gather"(%arg2, %9) {dimension_numbers = #stablehlo.gather<offset_dims = [1, 2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 8, 64>} : (tensor<128x8x64xf16>, tensor<128x1xi32>) -> tensor<128x8x64xf16>
    %12 = stablehlo.concatenate %10, %arg3, dim = 0 : (tensor<128x8x64xf16>, tensor<8x8x64xf16>) -> tensor<136x8x64xf16>
    %13 = stablehlo.concatenate %11, %arg4, dim = 0 : (tensor<128x8x64xf16>, tensor<8x8x64xf16>) -> tensor<136x8x64xf16>
    %14 = stablehlo.reshape %arg0 : (tensor<8x64x64xf32>) -> tensor<8x8x8x64xf32>
    %15 = stablehlo.convert %12 : (tensor<136x8x64xf16>) -> tensor<136x8x64xf32>
    %16 = stablehlo.convert %13 : (tensor<136x8x64xf16>) -> tensor<136x8x64xf32>
    %17 = stablehlo.dot_general %14, %15, batching_dims = [1] x [1], contracting_dims = [3] x [2] : (tensor<8x8x8x64xf32>, tensor<136x8x64xf32>) -> tensor<8x8x8x136xf32>
    %18 = stablehlo.constant dense<0.125> : tensor<8x8x8x136xf32>
    %19 = stablehlo.multiply %17, %18 : tensor<8x8x8x136xf32>
    %20 = stablehlo.constant dense<128> : tensor<i32>
    %21 = stablehlo.subtract %1, %20 : tensor<i32>
    %22 = stablehlo.broadcast_in_dim %21, dims = [] : (tensor<i32>) -> tensor<8x8x8x136xi32>
    %23 = stablehlo.iota dim = 3 : tensor<8x8x8x136xi32>
    %24 = stablehlo.add %22, %23 : tensor<8x8x8x136xi32>
    %25 = stablehlo.constant dense<1> : tensor<8xi32>
    %26 = stablehlo.add %arg5, %25 : tensor<8xi32>
    %27 = stablehlo.broadcast_in_dim %arg6, dims = [] : (tensor<i32>) -> tensor<8xi32>
    %28 = stablehlo.minimum %26, %27 : tensor<8xi32>
    %29 = stablehlo.broadcast_in_dim %28, dims = [1] : (tensor<8xi32>) -> tensor<8x8x8x136xi32>
    %30 = stablehlo.compare LT, %24, %29 : (tensor<8x8x8x136xi32>, tensor<8x8x8x136xi32>) -> tensor<8x8x8x136xi1>
    %31 = stablehlo.constant dense<128> : tensor<8xi32>
    %32 = stablehlo.subtract %26, %31 : tensor<8xi32>
    %33 = stablehlo.constant dense<0> : tensor<8xi32>
    %34 = stablehlo.maximum %32, %33 : tensor<8xi32>
    %35 = stablehlo.broadcast_in_dim %34, dims = [1] : (tensor<8xi32>) -> tensor<8x8x8x136xi32>
    %36 = stablehlo.compare GE, %24, %35 : (tensor<8x8x8x136xi32>, tensor<8x8x8x136xi32>) -> tensor<8x8x8x136xi1>
    %37 = stablehlo.constant dense<-3.4028235e+38> : tensor<8x8x8x136xf32>
    %38 = stablehlo.select %36, %19, %37 : tensor<8x8x8x136xi1>, tensor<8x8x8x136xf32>
    %39 = stablehlo.constant dense<-3.4028235e+38> : tensor<8x8x8x136xf32>
    %40 = stablehlo.select %30, %38, %39 : tensor<8x8x8x136xi1>, tensor<8x8x8x136xf32>
    %41 = stablehlo.reshape %arg7 : (tensor<64xf32>) -> tensor<8x8xf32>
    %42 = stablehlo.broadcast_in_dim %41, dims = [0, 2] : (tensor<8x8xf32>) -> tensor<8x8x8x1xf32>
    %43 = stablehlo.concatenate %42, %40, dim = 3 : (tensor<8x8x8x1xf32>, tensor<8x8x8x136xf32>) -> tensor<8x8x8x137xf32>
    %44 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %45 = stablehlo.reduce(%43 init: %44) applies stablehlo.maximum across dimensions = [3] : (tensor<8x8x8x137xf32>, tensor<f32>) -> tensor<8x8x8xf32>
    %46 = stablehlo.broadcast_in_dim %45, dims = [0, 1, 2] : (tensor<8x8x8xf32>) -> tensor<8x8x8x137xf32>
    %47 = stablehlo.subtract %43, %46 : tensor<8x8x8x137xf32>
    %48 = stablehlo.exponential %47 : tensor<8x8x8x137xf32>
    %49 = stablehlo.constant dense<0.0> : tensor<f32>
    %50 = stablehlo.reduce(%48 init: %49) applies stablehlo.add across dimensions = [3] : (tensor<8x8x8x137xf32>, tensor<f32>) -> tensor<8x8x8xf32>
    %51 = stablehlo.broadcast_in_dim %50, dims = [0, 1, 2] : (tensor<8x8x8xf32>) -> tensor<8x8x8x137xf32>
    %52 = stablehlo.divide %48, %51 : tensor<8x8x8x137xf32>
    %53 = stablehlo.slice %52 [0:8, 0:8, 0:8, 1:137] : (tensor<8x8x8x137xf32>) -> tensor<8x8x8x136xf32>
    %54 = stablehlo.dot_general %53, %16, batching_dims = [0] x [1], contracting_dims = [3] x [0] : (tensor<8x8x8x136xf32>, tensor<136x8x64xf32>) -> tensor<8x8x8x64xf32>
    %55 = stablehlo.transpose %54, dims = [1, 0, 2, 3] : (tensor<8x8x8x64xf32>) -> tensor<8x8x8x64xf32>
    %56 = stablehlo.reshape %55 : (tensor<8x8x8x64xf32>) -> tensor<8x64x64xf32>
    return %56 : tensor<8x64x64xf32>
  }
  func.func private @mlxla_quantized_dot_8x4096xf32_2880x512xui32_2880x64xf32_2880x64xf32_1606f16f63a9d508(%arg0: tensor<8x4096xf32> {mlxla.name = "arg0"}, %arg1: tensor<2880x512xui32> {mlxla.name = "arg1"}, %arg2: tensor<2880x64xf32> {mlxla.name = "arg2"}, %arg3: tensor<2880x64xf32> {mlxla.name = "arg3"}) -> (tensor<8x2880xf32>) {
    %0 = stablehlo.reshape %arg1 : (tensor<2880x512xui32>) -> tensor<2880x128x4xui32>
    %1 = stablehlo.slice %0 [0:2880, 0:128, 0:1] : (tensor<2880x128x4xui32>) -> tensor<2880x128x1xui32>
    %2 = stablehlo.slice %0 [0:2880, 0:128, 1:2] : (tensor<2880x128x4xui32>) -> tensor<2880x128x1xui32>
    %3 = stablehlo.slice %0 [0:2880, 0:128, 2:3] : (tensor<2880x128x4xui32>) -> tensor<2880x128x1xui32>
    %4 = stablehlo.slice %0 [0:2880, 0:128, 3:4] : (tensor<2880x128x4xui32>) -> tensor<2880x128x1xui32>
    %5 = stablehlo.concatenate %1, %1, %1, %1, %1, %1, %1, %1, %2, %2, %2, %2, %2, %2, %2, %2, %3, %3, %3, %3, %3, %3, %3, %3, %4, %4, %4, %4, %4, %4, %4, %4, dim = 2 : (tensor<2880x128x1xui32>, tensor<2880x128x1xui32>, tensor<2880x128x1xui32>, tensor<2880x128x1xui32>, tensor<2880x128x1xui32>, tensor<2880x128x1xui32>, tensor<2880x128x1xui32>, tensor<2880x128x1xui32>, tensor<2880x128x1xui32>, tensor<2880x128x1xui32>, tensor<2880x128x1xui32>, tensor<2880x128x1xui32>, tensor<2880x128x1xui32>, tensor<2880x128x1xui32>, tensor<2880x128x1xui32>, tensor<2880x128x1xui32>, tensor<2880x128x1xui32>, tensor<2880x128x1xui32>, tensor<2880x128x1xui32>, tensor<2880x128x1xui32>, tensor<2880x128x1xui32>, tensor<2880x128x1xui32>, tensor<2880x128x1xui32>, tensor<2880x128x1xui32>, tensor<2880x128x1xui32>, tensor<2880x128x1xui32>, tensor<2880x128x1xui32>, tensor<2880x128x1xui32>, tensor<2880x128x1xui32>, tensor<2880x128x1xui32>, tensor<2880x128x1xui32>, tensor<2880x128x1xui32>) -> tensor<2880x128x32xui32>
    %6 = stablehlo.constant dense<[0, 4, 8, 12, 16, 20, 24, 28, 0, 4, 8, 12, 16, 20, 24, 28, 0, 4, 8, 12, 16, 20, 24, 28, 0, 4, 8, 12, 16, 20, 24, 28]> : tensor<32xui32>
    %7 = stablehlo.broadcast_in_dim %6, dims = [2] : (tensor<32xui32>) -> tensor<2880x128x32xui32>
    %8 = stablehlo.shift_right_logical %5, %7 : tensor<2880x128x32xui32>
    %9 = stablehlo.constant dense<15> : tensor<2880x128x32xui32>
    %10 = stablehlo.and %8, %9 : tensor<2880x128x32xui32>
    %11 = stablehlo.reshape %10 : (tensor<2880x128x32xui32>) -> tensor<2880x4096xui32>
    %12 = stablehlo.convert %11 : (tensor<2880x4096xui32>) -> tensor<2880x4096xf32>
    %13 = stablehlo.broadcast_in_dim %arg2, dims = [0, 1] : (tensor<2880x64xf32>) -> tensor<2880x64x64xf32>
    %14 = stablehlo.reshape %13 : (tensor<2880x64x64xf32>) -> tensor<2880x4096xf32>
    %15 = stablehlo.multiply %12, %14 : tensor<2880x4096xf32>
    %16 = stablehlo.broadcast_in_dim %arg3, dims = [0, 1] : (tensor<2880x64xf32>) -> tensor<2880x64x64xf32>
    %17 = stablehlo.reshape %16 : (tensor<2880x64x64xf32>) -> tensor<2880x4096xf32>
    %18 = stablehlo.add %15, %17 : tensor<2880x4096xf32>
    %19 = stablehlo.dot_general %arg0, %18, contracting_dims = [1] x [1] : (tensor<8x4096xf32>, tensor<2880x4096xf32>) -> tensor<8x2880xf32>
    return %19 : tensor<8x2880xf32>
  }
  func.func private @mlxla_quantized_dot_8x2880xf32_32x720xui32_32x45xf32_32x45xf32_46b69380ec5ff98c(%arg0: tensor<8x2880xf32> {mlxla.name = "arg0"}, %arg1: tensor<32x720xui32> {mlxla.name = "arg1"}, %arg2: tensor<32x45xf32> {mlxla.name = "arg2"}, %arg3: tensor<32x45xf32> {mlxla.name = "arg3"}) -> (tensor<8x32xf32>) {
    %0 = stablehlo.reshape %arg1 : (tensor<32x720xui32>) -> tensor<32x90x8xui32>
    %1 = stablehlo.slice %0 [0:32, 0:90, 0:1] : (tensor<32x90x8xui32>) -> tensor<32x90x1xui32>
    %2 = stablehlo.slice %0 [0:32, 0:90, 1:2] : (tensor<32x90x8xui32>) -> tensor<32x90x1xui32>
    %3 = stablehlo.slice %0 [0:32, 0:90, 2:3] : (tensor<32x90x8xui32>) -> tensor<32x90x1xui32>
    %4 = stablehlo.slice %0 [0:32, 0:90, 3:4] : (tensor<32x90x8xui32>) -> tensor<32x90x1xui32>
    %5 = stablehlo.slice %0 [0:32, 0:90, 4:5] : (tensor<32x90x8xui32>) -> tensor<32x90x1xui32>
    %6 = stablehlo.slice %0 [0:32, 0:90, 5:6] : (tensor<32x90x8xui32>) -> tensor<32x90x1xui32>
    %7 = stablehlo.slice %0 [0:32, 0:90, 6:7] : (tensor<32x90x8xui32>) -> tensor<32x90x1xui32>
    %8 = stablehlo.slice %0 [0:32, 0:90, 7:8] : (tensor<32x90x8xui32>) -> tensor<32x90x1xui32>
    %9 = stablehlo.concatenate %1, %1, %1, %1, %2, %2, %2, %2, %3, %3, %3, %3, %4, %4, %4, %4, %5, %5, %5, %5, %6, %6, %6, %6, %7, %7, %7, %7, %8, %8, %8, %8, dim = 2 : (tensor<32x90x1xui32>, tensor<32x90x1xui32>, tensor<32x90x1xui32>, tensor<32x90x1xui32>, tensor<32x90x1xui32>, tensor<32x90x1xui32>, tensor<32x90x1xui32>, tensor<32x90x1xui32>, tensor<32x90x1xui32>, tensor<32x90x1xui32>, tensor<32x90x1xui32>, tensor<32x90x1xui32>, tensor<32x90x1xui32>, tensor<32x90x1xui32>, tensor<32x90x1xui32>, tensor<32x90x1xui32>, tensor<32x90x1xui32>, tensor<32x90x1xui32>, tensor<32x90x1xui32>, tensor<32x90x1xui32>, tensor<32x90x1xui32>, tensor<32x90x1xui32>, tensor<32x90x1xui32>, tensor<32x90x1xui32>, tensor<32x90x1xui32>, tensor<32x90x1xui32>, tensor<32x90x1xui32>, tensor<32x90x1xui32>, tensor<32x90x1xui32>, tensor<32x90x1xui32>, tensor<32x90x1xui32>, tensor<32x90x1xui32>) -> tensor<32x90x32xui32>
    %10 = stablehlo.constant dense<[0, 8, 16, 24, 0, 8, 16, 24, 0, 8, 16, 24, 0, 8, 16, 24, 0, 8, 16, 24, 0, 8, 16, 24, 0, 8, 16, 24, 0, 8, 16, 24]> : tensor<32xui32>
    %11 = stablehlo.broadcast_in_dim %10, dims = [2] : (tensor<32xui32>) -> tensor<32x90x32xui32>
    %12 = stablehlo.shift_right_logical %9, %11 : tensor<32x90x32xui32>
    %13 = stablehlo.constant dense<255> : tensor<32x90x32xui32>
    %14 = stablehlo.and %12, %13 : tensor<32x90x32xui32>
    %15 = stablehlo.reshape %14 : (tensor<32x90x32xui32>) -> tensor<32x2880xui32>
    %16 = stablehlo.convert %15 : (tensor<32x2880xui32>) -> tensor<32x2880xf32>
    %17 = stablehlo.broadcast_in_dim %arg2, dims = [0, 1] : (tensor<32x45xf32>) -> tensor<32x45x64xf32>
    %18 = stablehlo.reshape %17 : (tensor<32x45x64xf32>) -> tensor<32x2880xf32>
    %19 = stablehlo.multiply %16, %18 : tensor<32x2880xf32>
    %20 = stablehlo.broadcast_in_dim %arg3, dims = [0, 1] : (tensor<32x45xf32>) -> tensor<32x45x64xf32>
    %21 = stablehlo.reshape %20 : (tensor<32x45x64xf32>) -> tensor<32x2880xf32>
    %22 = stablehlo.add %19, %21 : tensor<32x2880xf32>
    %23 = stablehlo.dot_general %arg0, %22, contracting_dims = [1] x [1] : (tensor<8x2880xf32>, tensor<32x2880xf32>) -> tensor<8x32xf32>
    return %23 : tensor<8x32xf32>
  }
  func.func private @mlxla_moe_8x2880xf32_8x32xf32_32x2880x360xui32_32x2880x90xui8_32x2880x360xui32_32x2880x90xui8_32x2880x360xui32_32x2880x90xui8_32x2880xf32_32x2880xf32_32x2880xf32_7154339e831de982(%arg0: tensor<8x2880xf32> {mlxla.name = "arg0"}, %arg1: tensor<8x32xf32> {mlxla.name = "arg1"}, %arg2: tensor<32x2880x360xui32> {mlxla.name = "arg2"}, %arg3: tensor<32x2880x90xui8> {mlxla.name = "arg3"}, %arg4: tensor<32x2880x360xui32> {mlxla.name = "arg4"}, %arg5: tensor<32x2880x90xui8> {mlxla.name = "arg5"}, %arg6: tensor<32x2880x360xui32> {mlxla.name = "arg6"}, %arg7: tensor<32x2880x90xui8> {mlxla.name = "arg7"}, %arg8: tensor<32x2880xf32> {mlxla.name = "arg8"}, %arg9: tensor<32x2880xf32> {mlxla.name = "arg9"}, %arg10: tensor<32x2880xf32> {mlxla.name = "arg10"}) -> (tensor<8x2880xf32>) {
    %0 = stablehlo.iota dim = 1 : tensor<8x32xi32>
    %1 = stablehlo.constant dense<32> : tensor<8x32xi32>
    %2 = stablehlo.constant dense<0xFF800000> : tensor<8x32xf32>
    %3 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %4 = stablehlo.reduce(%arg1 init: %3) applies stablehlo.maximum across dimensions = [1] : (tensor<8x32xf32>, tensor<f32>) -> tensor<8xf32>
    %5 = stablehlo.broadcast_in_dim %4, dims = [0] : (tensor<8xf32>) -> tensor<8x32xf32>
    %6 = stablehlo.compare EQ, %arg1, %5 : (tensor<8x32xf32>, tensor<8x32xf32>) -> tensor<8x32xi1>
    %7 = stablehlo.select %6, %0, %1 : tensor<8x32xi1>, tensor<8x32xi32>
    %8 = stablehlo.constant dense<32> : tensor<i32>
    %9 = stablehlo.reduce(%7 init: %8) applies stablehlo.minimum across dimensions = [1] : (tensor<8x32xi32>, tensor<i32>) -> tensor<8xi32>
    %10 = stablehlo.broadcast_in_dim %9, dims = [0] : (tensor<8xi32>) -> tensor<8x32xi32>
    %11 = stablehlo.compare EQ, %0, %10 : (tensor<8x32xi32>, tensor<8x32xi32>) -> tensor<8x32xi1>
    %12 = stablehlo.select %11, %2, %arg1 : tensor<8x32xi1>, tensor<8x32xf32>
    %13 = stablehlo.select %11, %1, %0 : tensor<8x32xi1>, tensor<8x32xi32>
    %14 = stablehlo.reshape %4 : (tensor<8xf32>) -> tensor<8x1xf32>
    %15 = stablehlo.reshape %9 : (tensor<8xi32>) -> tensor<8x1xi32>
    %16 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %17 = stablehlo.reduce(%12 init: %16) applies stablehlo.maximum across dimensions = [1] : (tensor<8x32xf32>, tensor<f32>) -> tensor<8xf32>
    %18 = stablehlo.broadcast_in_dim %17, dims = [0] : (tensor<8xf32>) -> tensor<8x32xf32>
    %19 = stablehlo.compare EQ, %12, %18 : (tensor<8x32xf32>, tensor<8x32xf32>) -> tensor<8x32xi1>
    %20 = stablehlo.select %19, %13, %1 : tensor<8x32xi1>, tensor<8x32xi32>
    %21 = stablehlo.constant dense<32> : tensor<i32>
    %22 = stablehlo.reduce(%20 init: %21) applies stablehlo.minimum across dimensions = [1] : (tensor<8x32xi32>, tensor<i32>) -> tensor<8xi32>
    %23 = stablehlo.broadcast_in_dim %22, dims = [0] : (tensor<8xi32>) -> tensor<8x32xi32>
    %24 = stablehlo.compare EQ, %0, %23 : (tensor<8x32xi32>, tensor<8x32xi32>) -> tensor<8x32xi1>
    %25 = stablehlo.select %24, %2, %12 : tensor<8x32xi1>, tensor<8x32xf32>
    %26 = stablehlo.select %24, %1, %13 : tensor<8x32xi1>, tensor<8x32xi32>
    %27 = stablehlo.reshape %17 : (tensor<8xf32>) -> tensor<8x1xf32>
    %28 = stablehlo.reshape %22 : (tensor<8xi32>) -> tensor<8x1xi32>
    %29 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %30 = stablehlo.reduce(%25 init: %29) applies stablehlo.maximum across dimensions = [1] : (tensor<8x32xf32>, tensor<f32>) -> tensor<8xf32>
    %31 = stablehlo.broadcast_in_dim %30, dims = [0] : (tensor<8xf32>) -> tensor<8x32xf32>
    %32 = stablehlo.compare EQ, %25, %31 : (tensor<8x32xf32>, tensor<8x32xf32>) -> tensor<8x32xi1>
    %33 = stablehlo.select %32, %26, %1 : tensor<8x32xi1>, tensor<8x32xi32>
    %34 = stablehlo.constant dense<32> : tensor<i32>
    %35 = stablehlo.reduce(%33 init: %34) applies stablehlo.minimum across dimensions = [1] : (tensor<8x32xi32>, tensor<i32>) -> tensor<8xi32>
    %36 = stablehlo.broadcast_in_dim %35, dims = [0] : (tensor<8xi32>) -> tensor<8x32xi32>
    %37 = stablehlo.compare EQ, %0, %36 : (tensor<8x32xi32>, tensor<8x32xi32>) -> tensor<8x32xi1>
    %38 = stablehlo.select %37, %2, %25 : tensor<8x32xi1>, tensor<8x32xf32>
    %39 = stablehlo.select %37, %1, %26 : tensor<8x32xi1>, tensor<8x32xi32>
    %40 = stablehlo.reshape %30 : (tensor<8xf32>) -> tensor<8x1xf32>
    %41 = stablehlo.reshape %35 : (tensor<8xi32>) -> tensor<8x1xi32>
    %42 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %43 = stablehlo.reduce(%38 init: %42) applies stablehlo.maximum across dimensions = [1] : (tensor<8x32xf32>, tensor<f32>) -> tensor<8xf32>
    %44 = stablehlo.broadcast_in_dim %43, dims = [0] : (tensor<8xf32>) -> tensor<8x32xf32>
    %45 = stablehlo.compare EQ, %38, %44 : (tensor<8x32xf32>, tensor<8x32xf32>) -> tensor<8x32xi1>
    %46 = stablehlo.select %45, %39, %1 : tensor<8x32xi1>, tensor<8x32xi32>
    %47 = stablehlo.constant dense<32> : tensor<i32>
    %48 = stablehlo.reduce(%46 init: %47) applies stablehlo.minimum across dimensions = [1] : (tensor<8x32xi32>, tensor<i32>) -> tensor<8xi32>
    %49 = stablehlo.broadcast_in_dim %48, dims = [0] : (tensor<8xi32>) -> tensor<8x32xi32>
    %50 = stablehlo.compare EQ, %0, %49 : (tensor<8x32xi32>, tensor<8x32xi32>) -> tensor<8x32xi1>
    %51 = stablehlo.select %50, %2, %38 : tensor<8x32xi1>, tensor<8x32xf32>
    %52 = stablehlo.select %50, %1, %39 : tensor<8x32xi1>, tensor<8x32xi32>
    %53 = stablehlo.reshape %43 : (tensor<8xf32>) -> tensor<8x1xf32>
    %54 = stablehlo.reshape %48 : (tensor<8xi32>) -> tensor<8x1xi32>
    %55 = stablehlo.concatenate %14, %27, %40, %53, dim = 1 : (tensor<8x1xf32>, tensor<8x1xf32>, tensor<8x1xf32>, tensor<8x1xf32>) -> tensor<8x4xf32>
    %56 = stablehlo.concatenate %15, %28, %41, %54, dim = 1 : (tensor<8x1xi32>, tensor<8x1xi32>, tensor<8x1xi32>, tensor<8x1xi32>) -> tensor<8x4xi32>
    %57 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %58 = stablehlo.reduce(%55 init: %57) applies stablehlo.maximum across dimensions = [1] : (tensor<8x4xf32>, tensor<f32>) -> tensor<8xf32>
    %59 = stablehlo.broadcast_in_dim %58, dims = [0] : (tensor<8xf32>) -> tensor<8x4xf32>
    %60 = stablehlo.subtract %55, %59 : tensor<8x4xf32>
    %61 = stablehlo.exponential %60 : tensor<8x4xf32>
    %62 = stablehlo.constant dense<0.0> : tensor<f32>
    %63 = stablehlo.reduce(%61 init: %62) applies stablehlo.add across dimensions = [1] : (tensor<8x4xf32>, tensor<f32>) -> tensor<8xf32>
    %64 = stablehlo.broadcast_in_dim %63, dims = [0] : (tensor<8xf32>) -> tensor<8x4xf32>
    %65 = stablehlo.divide %61, %64 : tensor<8x4xf32>
    %66 = stablehlo.reshape %56 : (tensor<8x4xi32>) -> tensor<32x1xi32>
    %67 = stablehlo.broadcast_in_dim %arg0, dims = [0, 2] : (tensor<8x2880xf32>) -> tensor<8x4x2880xf32>
    %68 = stablehlo.reshape %67 : (tensor<8x4x2880xf32>) -> tensor<32x2880xf32>
    %69 = "stablehlo.gather"(%arg2, %66) {dimension_numbers = #stablehlo.gather<offset_dims = [1, 2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 2880, 360>} : (tensor<32x2880x360xui32>, tensor<32x1xi32>) -> tensor<32x2880x360xui32>
    %70 = stablehlo.reshape %69 : (tensor<32x2880x360xui32>) -> tensor<92160x360xui32>
    %71 = "stablehlo.gather"(%arg3, %66) {dimension_numbers = #stablehlo.gather<offset_dims = [1, 2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 2880, 90>} : (tensor<32x2880x90xui8>, tensor<32x1xi32>) -> tensor<32x2880x90xui8>
    %72 = stablehlo.reshape %71 : (tensor<32x2880x90xui8>) -> tensor<92160x90xui8>
    %73 = stablehlo.convert %72 : (tensor<92160x90xui8>) -> tensor<92160x90xi32>
    %74 = stablehlo.reshape %73 : (tensor<92160x90xi32>) -> tensor<92160x90x1xi32>
    %75 = stablehlo.constant dense<[5.877472e-39, 1.1754944e-38, 2.3509887e-38, 4.7019774e-38, 9.403955e-38, 1.880791e-37, 3.761582e-37, 7.523164e-37, 1.5046328e-36, 3.0092655e-36, 6.018531e-36, 1.2037062e-35, 2.4074124e-35, 4.814825e-35, 9.62965e-35, 1.92593e-34, 3.85186e-34, 7.70372e-34, 1.540744e-33, 3.081488e-33, 6.162976e-33, 1.2325952e-32, 2.4651903e-32, 4.9303807e-32, 9.8607613e-32, 1.9721523e-31, 3.9443045e-31, 7.888609e-31, 1.5777218e-30, 3.1554436e-30, 6.3108872e-30, 1.2621775e-29, 2.524355e-29, 5.04871e-29, 1.009742e-28, 2.019484e-28, 4.038968e-28, 8.077936e-28, 1.6155871e-27, 3.2311743e-27, 6.4623485e-27, 1.2924697e-26, 2.5849394e-26, 5.169879e-26, 1.0339758e-25, 2.0679515e-25, 4.135903e-25, 8.271806e-25, 1.6543612e-24, 3.3087225e-24, 6.617445e-24, 1.323489e-23, 2.646978e-23, 5.293956e-23, 1.0587912e-22, 2.1175824e-22, 4.2351647e-22, 8.4703295e-22, 1.6940659e-21, 3.3881318e-21, 6.7762636e-21, 1.3552527e-20, 2.7105054e-20, 5.421011e-20, 1.0842022e-19, 2.1684043e-19, 4.3368087e-19, 8.6736174e-19, 1.7347235e-18, 3.469447e-18, 6.938894e-18, 1.3877788e-17, 2.7755576e-17, 5.551115e-17, 1.110223e-16, 2.220446e-16, 4.440892e-16, 8.881784e-16, 1.7763568e-15, 3.5527137e-15, 7.1054274e-15, 1.4210855e-14, 2.842171e-14, 5.684342e-14, 1.1368684e-13, 2.2737368e-13, 4.5474735e-13, 9.094947e-13, 1.8189894e-12, 3.637979e-12, 7.275958e-12, 1.4551915e-11, 2.910383e-11, 5.820766e-11, 1.1641532e-10, 2.3283064e-10, 4.656613e-10, 9.313226e-10, 1.8626451e-09, 3.7252903e-09, 7.450581e-09, 1.4901161e-08, 2.9802322e-08, 5.9604645e-08, 1.1920929e-07, 2.3841858e-07, 4.7683716e-07, 9.536743e-07, 1.9073486e-06, 3.8146973e-06, 7.6293945e-06, 1.5258789e-05, 3.0517578e-05, 6.1035156e-05, 0.00012207031, 0.00024414062, 0.00048828125, 0.0009765625, 0.001953125, 0.00390625, 0.0078125, 0.015625, 0.03125, 0.0625, 0.125, 0.25, 0.5, 1.0, 2.0, 4.0, 8.0, 16.0, 32.0, 64.0, 128.0, 256.0, 512.0, 1024.0, 2048.0, 4096.0, 8192.0, 16384.0, 32768.0, 65536.0, 131072.0, 262144.0, 524288.0, 1048576.0, 2097152.0, 4194304.0, 8388608.0, 16777216.0, 33554432.0, 67108864.0, 134217728.0, 268435456.0, 536870912.0, 1073741824.0, 2147483648.0, 4294967296.0, 8589934592.0, 17179869184.0, 34359738368.0, 68719476736.0, 137438953472.0, 274877906944.0, 549755813888.0, 1099511627776.0, 2199023255552.0, 4398046511104.0, 8.796093e+12, 1.7592186e+13, 3.5184372e+13, 7.0368744e+13, 1.4073749e+14, 2.8147498e+14, 5.6294995e+14, 1.1258999e+15, 2.2517998e+15, 4.5035996e+15, 9.007199e+15, 1.8014399e+16, 3.6028797e+16, 7.2057594e+16, 1.4411519e+17, 2.8823038e+17, 5.7646075e+17, 1.1529215e+18, 2.305843e+18, 4.611686e+18, 9.223372e+18, 1.8446744e+19, 3.689349e+19, 7.378698e+19, 1.4757395e+20, 2.951479e+20, 5.902958e+20, 1.1805916e+21, 2.3611832e+21, 4.7223665e+21, 9.444733e+21, 1.8889466e+22, 3.7778932e+22, 7.5557864e+22, 1.5111573e+23, 3.0223145e+23, 6.044629e+23, 1.2089258e+24, 2.4178516e+24, 4.8357033e+24, 9.671407e+24, 1.9342813e+25, 3.8685626e+25, 7.7371252e+25, 1.5474251e+26, 3.0948501e+26, 6.1897002e+26, 1.2379401e+27, 2.4758801e+27, 4.9517602e+27, 9.9035203e+27, 1.9807041e+28, 3.9614081e+28, 7.9228163e+28, 1.5845633e+29, 3.1691265e+29, 6.338253e+29, 1.2676506e+30, 2.5353012e+30, 5.0706024e+30, 1.0141205e+31, 2.028241e+31, 4.056482e+31, 8.112964e+31, 1.6225928e+32, 3.2451855e+32, 6.490371e+32, 1.2980742e+33, 2.5961484e+33, 5.192297e+33, 1.0384594e+34, 2.0769187e+34, 4.1538375e+34, 8.307675e+34, 1.661535e+35, 3.32307e+35, 6.64614e+35, 1.329228e+36, 2.658456e+36, 5.316912e+36, 1.0633824e+37, 2.1267648e+37, 4.2535296e+37, 8.507059e+37, 1.7014118e+38, 0x7F800000]> : tensor<256xf32>
    %76 = "stablehlo.gather"(%75, %74) {dimension_numbers = #stablehlo.gather<collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, indices_are_sorted = false, slice_sizes = array<i64: 1>} : (tensor<256xf32>, tensor<92160x90x1xi32>) -> tensor<92160x90xf32>
    %77 = stablehlo.broadcast_in_dim %70, dims = [0, 1] : (tensor<92160x360xui32>) -> tensor<92160x360x8xui32>
    %78 = stablehlo.constant dense<[0, 4, 8, 12, 16, 20, 24, 28]> : tensor<8xui32>
    %79 = stablehlo.broadcast_in_dim %78, dims = [2] : (tensor<8xui32>) -> tensor<92160x360x8xui32>
    %80 = stablehlo.shift_right_logical %77, %79 : tensor<92160x360x8xui32>
    %81 = stablehlo.constant dense<15> : tensor<92160x360x8xui32>
    %82 = stablehlo.and %80, %81 : tensor<92160x360x8xui32>
    %83 = stablehlo.reshape %82 : (tensor<92160x360x8xui32>) -> tensor<92160x2880x1xui32>
    %84 = stablehlo.convert %83 : (tensor<92160x2880x1xui32>) -> tensor<92160x2880x1xi32>
    %85 = stablehlo.constant dense<[0.0, 0.5, 1.0, 1.5, 2.0, 3.0, 4.0, 6.0, -0.0, -0.5, -1.0, -1.5, -2.0, -3.0, -4.0, -6.0]> : tensor<16xf32>
    %86 = "stablehlo.gather"(%85, %84) {dimension_numbers = #stablehlo.gather<collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, indices_are_sorted = false, slice_sizes = array<i64: 1>} : (tensor<16xf32>, tensor<92160x2880x1xi32>) -> tensor<92160x2880xf32>
    %87 = stablehlo.broadcast_in_dim %76, dims = [0, 1] : (tensor<92160x90xf32>) -> tensor<92160x90x32xf32>
    %88 = stablehlo.reshape %87 : (tensor<92160x90x32xf32>) -> tensor<92160x2880xf32>
    %89 = stablehlo.multiply %86, %88 : tensor<92160x2880xf32>
    %90 = stablehlo.reshape %89 : (tensor<92160x2880xf32>) -> tensor<32x2880x2880xf32>
    %91 = stablehlo.dot_general %68, %90, batching_dims = [0] x [0], contracting_dims = [1] x [2] : (tensor<32x2880xf32>, tensor<32x2880x2880xf32>) -> tensor<32x2880xf32>
    %92 = "stablehlo.gather"(%arg8, %66) {dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 2880>} : (tensor<32x2880xf32>, tensor<32x1xi32>) -> tensor<32x2880xf32>
    %93 = stablehlo.add %91, %92 : tensor<32x2880xf32>
    %94 = "stablehlo.gather"(%arg4, %66) {dimension_numbers = #stablehlo.gather<offset_dims = [1, 2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 2880, 360>} : (tensor<32x2880x360xui32>, tensor<32x1xi32>) -> tensor<32x2880x360xui32>
    %95 = stablehlo.reshape %94 : (tensor<32x2880x360xui32>) -> tensor<92160x360xui32>
    %96 = "stablehlo.gather"(%arg5, %66) {dimension_numbers = #stablehlo.gather<offset_dims = [1, 2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 2880, 90>} : (tensor<32x2880x90xui8>, tensor<32x1xi32>) -> tensor<32x2880x90xui8>
    %97 = stablehlo.reshape %96 : (tensor<32x2880x90xui8>) -> tensor<92160x90xui8>
    %98 = stablehlo.convert %97 : (tensor<92160x90xui8>) -> tensor<92160x90xi32>
    %99 = stablehlo.reshape %98 : (tensor<92160x90xi32>) -> tensor<92160x90x1xi32>
    %100 = stablehlo.constant dense<[5.877472e-39, 1.1754944e-38, 2.3509887e-38, 4.7019774e-38, 9.403955e-38, 1.880791e-37, 3.761582e-37, 7.523164e-37, 1.5046328e-36, 3.0092655e-36, 6.018531e-36, 1.2037062e-35, 2.4074124e-35, 4.814825e-35, 9.62965e-35, 1.92593e-34, 3.85186e-34, 7.70372e-34, 1.540744e-33, 3.081488e-33, 6.162976e-33, 1.2325952e-32, 2.4651903e-32, 4.9303807e-32, 9.8607613e-32, 1.9721523e-31, 3.9443045e-31, 7.888609e-31, 1.5777218e-30, 3.1554436e-30, 6.3108872e-30, 1.2621775e-29, 2.524355e-29, 5.04871e-29, 1.009742e-28, 2.019484e-28, 4.038968e-28, 8.077936e-28, 1.6155871e-27, 3.2311743e-27, 6.4623485e-27, 1.2924697e-26, 2.5849394e-26, 5.169879e-26, 1.0339758e-25, 2.0679515e-25, 4.135903e-25, 8.271806e-25, 1.6543612e-24, 3.3087225e-24, 6.617445e-24, 1.323489e-23, 2.646978e-23, 5.293956e-23, 1.0587912e-22, 2.1175824e-22, 4.2351647e-22, 8.4703295e-22, 1.6940659e-21, 3.3881318e-21, 6.7762636e-21, 1.3552527e-20, 2.7105054e-20, 5.421011e-20, 1.0842022e-19, 2.1684043e-19, 4.3368087e-19, 8.6736174e-19, 1.7347235e-18, 3.469447e-18, 6.938894e-18, 1.3877788e-17, 2.7755576e-17, 5.551115e-17, 1.110223e-16, 2.220446e-16, 4.440892e-16, 8.881784e-16, 1.7763568e-15, 3.5527137e-15, 7.1054274e-15, 1.4210855e-14, 2.842171e-14, 5.684342e-14, 1.1368684e-13, 2.2737368e-13, 4.5474735e-13, 9.094947e-13, 1.8189894e-12, 3.637979e-12, 7.275958e-12, 1.4551915e-11, 2.910383e-11, 5.820766e-11, 1.1641532e-10, 2.3283064e-10, 4.656613e-10, 9.313226e-10, 1.8626451e-09, 3.7252903e-09, 7.450581e-09, 1.4901161e-08, 2.9802322e-08, 5.9604645e-08, 1.1920929e-07, 2.3841858e-07, 4.7683716e-07, 9.536743e-07, 1.9073486e-06, 3.8146973e-06, 7.6293945e-06, 1.5258789e-05, 3.0517578e-05, 6.1035156e-05, 0.00012207031, 0.00024414062, 0.00048828125, 0.0009765625, 0.001953125, 0.00390625, 0.0078125, 0.015625, 0.03125, 0.0625, 0.125, 0.25, 0.5, 1.0, 2.0, 4.0, 8.0, 16.0, 32.0, 64.0, 128.0, 256.0, 512.0, 1024.0, 2048.0, 4096.0, 8192.0, 16384.0, 32768.0, 65536.0, 131072.0, 262144.0, 524288.0, 1048576.0, 2097152.0, 4194304.0, 8388608.0, 16777216.0, 33554432.0, 67108864.0, 134217728.0, 268435456.0, 536870912.0, 1073741824.0, 2147483648.0, 4294967296.0, 8589934592.0, 17179869184.0, 34359738368.0, 68719476736.0, 137438953472.0, 274877906944.0, 549755813888.0, 1099511627776.0, 2199023255552.0, 4398046511104.0, 8.796093e+12, 1.7592186e+13, 3.5184372e+13, 7.0368744e+13, 1.4073749e+14, 2.8147498e+14, 5.6294995e+14, 1.1258999e+15, 2.2517998e+15, 4.5035996e+15, 9.007199e+15, 1.8014399e+16, 3.6028797e+16, 7.2057594e+16, 1.4411519e+17, 2.8823038e+17, 5.7646075e+17, 1.1529215e+18, 2.305843e+18, 4.611686e+18, 9.223372e+18, 1.8446744e+19, 3.689349e+19, 7.378698e+19, 1.4757395e+20, 2.951479e+20, 5.902958e+20, 1.1805916e+21, 2.3611832e+21, 4.7223665e+21, 9.444733e+21, 1.8889466e+22, 3.7778932e+22, 7.5557864e+22, 1.5111573e+23, 3.0223145e+23, 6.044629e+23, 1.2089258e+24, 2.4178516e+24, 4.8357033e+24, 9.671407e+24, 1.9342813e+25, 3.8685626e+25, 7.7371252e+25, 1.5474251e+26, 3.0948501e+26, 6.1897002e+26, 1.2379401e+27, 2.4758801e+27, 4.9517602e+27, 9.9035203e+27, 1.9807041e+28, 3.9614081e+28, 7.9228163e+28, 1.5845633e+29, 3.1691265e+29, 6.338253e+29, 1.2676506e+30, 2.5353012e+30, 5.0706024e+30, 1.0141205e+31, 2.028241e+31, 4.056482e+31, 8.112964e+31, 1.6225928e+32, 3.2451855e+32, 6.490371e+32, 1.2980742e+33, 2.5961484e+33, 5.192297e+33, 1.0384594e+34, 2.0769187e+34, 4.1538375e+34, 8.307675e+34, 1.661535e+35, 3.32307e+35, 6.64614e+35, 1.329228e+36, 2.658456e+36, 5.316912e+36, 1.0633824e+37, 2.1267648e+37, 4.2535296e+37, 8.507059e+37, 1.7014118e+38, 0x7F800000]> : tensor<256xf32>
    %101 = "stablehlo.gather"(%100, %99) {dimension_numbers = #stablehlo.gather<collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, indices_are_sorted = false, slice_sizes = array<i64: 1>} : (tensor<256xf32>, tensor<92160x90x1xi32>) -> tensor<92160x90xf32>
    %102 = stablehlo.broadcast_in_dim %95, dims = [0, 1] : (tensor<92160x360xui32>) -> tensor<92160x360x8xui32>
    %103 = stablehlo.constant dense<[0, 4, 8, 12, 16, 20, 24, 28]> : tensor<8xui32>
    %104 = stablehlo.broadcast_in_dim %103, dims = [2] : (tensor<8xui32>) -> tensor<92160x360x8xui32>
    %105 = stablehlo.shift_right_logical %102, %104 : tensor<92160x360x8xui32>
    %106 = stablehlo.constant dense<15> : tensor<92160x360x8xui32>
    %107 = stablehlo.and %105, %106 : tensor<92160x360x8xui32>
    %108 = stablehlo.reshape %107 : (tensor<92160x360x8xui32>) -> tensor<92160x2880x1xui32>
    %109 = stablehlo.convert %108 : (tensor<92160x2880x1xui32>) -> tensor<92160x2880x1xi32>
    %110 = stablehlo.constant dense<[0.0, 0.5, 1.0, 1.5, 2.0, 3.0, 4.0, 6.0, -0.0, -0.5, -1.0, -1.5, -2.0, -3.0, -4.0, -6.0]> : tensor<16xf32>
    %111 = "stablehlo.gather"(%110, %109) {dimension_numbers = #stablehlo.gather<collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, indices_are_sorted = false, slice_sizes = array<i64: 1>} : (tensor<16xf32>, tensor<92160x2880x1xi32>) -> tensor<92160x2880xf32>
    %112 = stablehlo.broadcast_in_dim %101, dims = [0, 1] : (tensor<92160x90xf32>) -> tensor<92160x90x32xf32>
    %113 = stablehlo.reshape %112 : (tensor<92160x90x32xf32>) -> tensor<92160x2880xf32>
    %114 = stablehlo.multiply %111, %113 : tensor<92160x2880xf32>
    %115 = stablehlo.reshape %114 : (tensor<92160x2880xf32>) -> tensor<32x2880x2880xf32>
    %116 = stablehlo.dot_general %68, %115, batching_dims = [0] x [0], contracting_dims = [1] x [2] : (tensor<32x2880xf32>, tensor<32x2880x2880xf32>) -> tensor<32x2880xf32>
    %117 = "stablehlo.gather"(%arg9, %66) {dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 2880>} : (tensor<32x2880xf32>, tensor<32x1xi32>) -> tensor<32x2880xf32>
    %118 = stablehlo.add %116, %117 : tensor<32x2880xf32>
    %119 = stablehlo.constant dense<7.0> : tensor<32x2880xf32>
    %120 = stablehlo.constant dense<-7.0> : tensor<32x2880xf32>
    %121 = stablehlo.minimum %93, %119 : tensor<32x2880xf32>
    %122 = stablehlo.maximum %118, %120 : tensor<32x2880xf32>
    %123 = stablehlo.minimum %122, %119 : tensor<32x2880xf32>
    %124 = stablehlo.constant dense<1.702> : tensor<32x2880xf32>
    %125 = stablehlo.multiply %124, %121 : tensor<32x2880xf32>
    %126 = stablehlo.logistic %125 : tensor<32x2880xf32>
    %127 = stablehlo.multiply %121, %126 : tensor<32x2880xf32>
    %128 = stablehlo.constant dense<1.0> : tensor<32x2880xf32>
    %129 = stablehlo.add %123, %128 : tensor<32x2880xf32>
    %130 = stablehlo.multiply %127, %129 : tensor<32x2880xf32>
    %131 = "stablehlo.gather"(%arg6, %66) {dimension_numbers = #stablehlo.gather<offset_dims = [1, 2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 2880, 360>} : (tensor<32x2880x360xui32>, tensor<32x1xi32>) -> tensor<32x2880x360xui32>
    %132 = stablehlo.reshape %131 : (tensor<32x2880x360xui32>) -> tensor<92160x360xui32>
    %133 = "stablehlo.gather"(%arg7, %66) {dimension_numbers = #stablehlo.gather<offset_dims = [1, 2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 2880, 90>} : (tensor<32x2880x90xui8>, tensor<32x1xi32>) -> tensor<32x2880x90xui8>
    %134 = stablehlo.reshape %133 : (tensor<32x2880x90xui8>) -> tensor<92160x90xui8>
    %135 = stablehlo.convert %134 : (tensor<92160x90xui8>) -> tensor<92160x90xi32>
    %136 = stablehlo.reshape %135 : (tensor<92160x90xi32>) -> tensor<92160x90x1xi32>
    %137 = stablehlo.constant dense<[5.877472e-39, 1.1754944e-38, 2.3509887e-38, 4.7019774e-38, 9.403955e-38, 1.880791e-37, 3.761582e-37, 7.523164e-37, 1.5046328e-36, 3.0092655e-36, 6.018531e-36, 1.2037062e-35, 2.4074124e-35, 4.814825e-35, 9.62965e-35, 1.92593e-34, 3.85186e-34, 7.70372e-34, 1.540744e-33, 3.081488e-33, 6.162976e-33, 1.2325952e-32, 2.4651903e-32, 4.9303807e-32, 9.8607613e-32, 1.9721523e-31, 3.9443045e-31, 7.888609e-31, 1.5777218e-30, 3.1554436e-30, 6.3108872e-30, 1.2621775e-29, 2.524355e-29, 5.04871e-29, 1.009742e-28, 2.019484e-28, 4.038968e-28, 8.077936e-28, 1.6155871e-27, 3.2311743e-27, 6.4623485e-27, 1.2924697e-26, 2.5849394e-26, 5.169879e-26, 1.0339758e-25, 2.0679515e-25, 4.135903e-25, 8.271806e-25, 1.6543612e-24, 3.3087225e-24, 6.617445e-24, 1.323489e-23, 2.646978e-23, 5.293956e-23, 1.0587912e-22, 2.1175824e-22, 4.2351647e-22, 8.4703295e-22, 1.6940659e-21, 3.3881318e-21, 6.7762636e-21, 1.3552527e-20, 2.7105054e-20, 5.421011e-20, 1.0842022e-19, 2.1684043e-19, 4.3368087e-19, 8.6736174e-19, 1.7347235e-18, 3.469447e-18, 6.938894e-18, 1.3877788e-17, 2.7755576e-17, 5.551115e-17, 1.110223e-16, 2.220446e-16, 4.440892e-16, 8.881784e-16, 1.7763568e-15, 3.5527137e-15, 7.1054274e-15, 1.4210855e-14, 2.842171e-14, 5.684342e-14, 1.1368684e-13, 2.2737368e-13, 4.5474735e-13, 9.094947e-13, 1.8189894e-12, 3.637979e-12, 7.275958e-12, 1.4551915e-11, 2.910383e-11, 5.820766e-11, 1.1641532e-10, 2.3283064e-10, 4.656613e-10, 9.313226e-10, 1.8626451e-09, 3.7252903e-09, 7.450581e-09, 1.4901161e-08, 2.9802322e-08, 5.9604645e-08, 1.1920929e-07, 2.3841858e-07, 4.7683716e-07, 9.536743e-07, 1.9073486e-06, 3.8146973e-06, 7.6293945e-06, 1.5258789e-05, 3.0517578e-05, 6.1035156e-05, 0.00012207031, 0.00024414062, 0.00048828125, 0.0009765625, 0.001953125, 0.00390625, 0.0078125, 0.015625, 0.03125, 0.0625, 0.125, 0.25, 0.5, 1.0, 2.0, 4.0, 8.0, 16.0, 32.0, 64.0, 128.0, 256.0, 512.0, 1024.0, 2048.0, 4096.0, 8192.0, 16384.0, 32768.0, 65536.0, 131072.0, 262144.0, 524288.0, 1048576.0, 2097152.0, 4194304.0, 8388608.0, 16777216.0, 33554432.0, 67108864.0, 134217728.0, 268435456.0, 536870912.0, 1073741824.0, 2147483648.0, 4294967296.0, 8589934592.0, 17179869184.0, 34359738368.0, 68719476736.0, 137438953472.0, 274877906944.0, 549755813888.0, 1099511627776.0, 2199023255552.0, 4398046511104.0, 8.796093e+12, 1.7592186e+13, 3.5184372e+13, 7.0368744e+13, 1.4073749e+14, 2.8147498e+14, 5.6294995e+14, 1.1258999e+15, 2.2517998e+15, 4.5035996e+15, 9.007199e+15, 1.8014399e+16, 3.6028797e+16, 7.2057594e+16, 1.4411519e+17, 2.8823038e+17, 5.7646075e+17, 1.1529215e+18, 2.305843e+18, 4.611686e+18, 9.223372e+18, 1.8446744e+19, 3.689349e+19, 7.378698e+19, 1.4757395e+20, 2.951479e+20, 5.902958e+20, 1.1805916e+21, 2.3611832e+21, 4.7223665e+21, 9.444733e+21, 1.8889466e+22, 3.7778932e+22, 7.5557864e+22, 1.5111573e+23, 3.0223145e+23, 6.044629e+23, 1.2089258e+24, 2.4178516e+24, 4.8357033e+24, 9.671407e+24, 1.9342813e+25, 3.8685626e+25, 7.7371252e+25, 1.5474251e+26, 3.0948501e+26, 6.1897002e+26, 1.2379401e+27, 2.4758801e+27, 4.9517602e+27, 9.9035203e+27, 1.9807041e+28, 3.9614081e+28, 7.9228163e+28, 1.5845633e+29, 3.1691265e+29, 6.338253e+29, 1.2676506e+30, 2.5353012e+30, 5.0706024e+30, 1.0141205e+31, 2.028241e+31, 4.056482e+31, 8.112964e+31, 1.6225928e+32, 3.2451855e+32, 6.490371e+32, 1.2980742e+33, 2.5961484e+33, 5.192297e+33, 1.0384594e+34, 2.0769187e+34, 4.1538375e+34, 8.307675e+34, 1.661535e+35, 3.32307e+35, 6.64614e+35, 1.329228e+36, 2.658456e+36, 5.316912e+36, 1.0633824e+37, 2.1267648e+37, 4.2535296e+37, 8.507059e+37, 1.7014118e+38, 0x7F800000]> : tensor<256xf32>
    %138 = "stablehlo.gather"(%137, %136) {dimension_numbers = #stablehlo.gather<collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, indices_are_sorted = false, slice_sizes = array<i64: 1>} : (tensor<256xf32>, tensor<92160x90x1xi32>) -> tensor<92160x90xf32>
    %139 = stablehlo.broadcast_in_dim %132, dims = [0, 1] : (tensor<92160x360xui32>) -> tensor<92160x360x8xui32>
    %140 = stablehlo.constant dense<[0, 4, 8, 12, 16, 20, 24, 28]> : tensor<8xui32>
    %141 = stablehlo.broadcast_in_dim %140, dims = [2] : (tensor<8xui32>) -> tensor<92160x360x8xui32>
    %142 = stablehlo.shift_right_logical %139, %141 : tensor<92160x360x8xui32>
    %143 = stablehlo.constant dense<15> : tensor<92160x360x8xui32>
    %144 = stablehlo.and %142, %143 : tensor<92160x360x8xui32>
    %145 = stablehlo.reshape %144 : (tensor<92160x360x8xui32>) -> tensor<92160x2880x1xui32>
    %146 = stablehlo.convert %145 : (tensor<92160x2880x1xui32>) -> tensor<92160x2880x1xi32>
    %147 = stablehlo.constant dense<[0.0, 0.5, 1.0, 1.5, 2.0, 3.0, 4.0, 6.0, -0.0, -0.5, -1.0, -1.5, -2.0, -3.0, -4.0, -6.0]> : tensor<16xf32>
    %148 = "stablehlo.gather"(%147, %146) {dimension_numbers = #stablehlo.gather<collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, indices_are_sorted = false, slice_sizes = array<i64: 1>} : (tensor<16xf32>, tensor<92160x2880x1xi32>) -> tensor<92160x2880xf32>
    %149 = stablehlo.broadcast_in_dim %138, dims = [0, 1] : (tensor<92160x90xf32>) -> tensor<92160x90x32xf32>
    %150 = stablehlo.reshape %149 : (tensor<92160x90x32xf32>) -> tensor<92160x2880xf32>
    %151 = stablehlo.multiply %148, %150 : tensor<92160x2880xf32>
    %152 = stablehlo.reshape %151 : (tensor<92160x2880xf32>) -> tensor<32x2880x2880xf32>
    %153 = stablehlo.dot_general %130, %152, batching_dims = [0] x [0], contracting_dims = [1] x [2] : (tensor<32x2880xf32>, tensor<32x2880x2880xf32>) -> tensor<32x2880xf32>
    %154 = "stablehlo.gather"(%arg10, %66) {dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 2880>} : (tensor<32x2880xf32>, tensor<32x1xi32>) -> tensor<32x2880xf32>
    %155 = stablehlo.add %153, %154 : tensor<32x2880xf32>
    %156 = stablehlo.reshape %65 : (tensor<8x4xf32>) -> tensor<32xf32>
    %157 = stablehlo.broadcast_in_dim %156, dims = [0] : (tensor<32xf32>) -> tensor<32x2880xf32>
    %158 = stablehlo.multiply %155, %157 : tensor<32x2880xf32>
    %159 = stablehlo.reshape %158 : (tensor<32x2880xf32>) -> tensor<8x4x2880xf32>
    %160 = stablehlo.constant dense<0.0> : tensor<f32>
    %161 = stablehlo.reduce(%159 init: %160) applies stablehlo.add across dimensions = [1] : (tensor<8x4x2880xf32>, tensor<f32>) -> tensor<8x2880xf32>
    return %161 : tensor<8x2880xf32>
  }
  func.func private @mlxla_attention_8x64x64xf32_256x8x64xf16_256x8x64xf16_8xi32_i32_64xf32_d54bb49fca62a40e(%arg0: tensor<8x64x64xf32> {mlxla.name = "arg0"}, %arg1: tensor<256x8x64xf16> {mlxla.name = "arg1"}, %arg2: tensor<256x8x64xf16> {mlxla.name = "arg2"}, %arg3: tensor<8xi32> {mlxla.name = "arg3"}, %arg4: tensor<i32> {mlxla.name = "arg4"}, %arg5: tensor<64xf32> {mlxla.name = "arg5"}) -> (tensor<8x64x64xf32>) {
    %0 = stablehlo.reshape %arg0 : (tensor<8x64x64xf32>) -> tensor<8x8x8x64xf32>
    %1 = stablehlo.convert %arg1 : (tensor<256x8x64xf16>) -> tensor<256x8x64xf32>
    %2 = stablehlo.convert %arg2 : (tensor<256x8x64xf16>) -> tensor<256x8x64xf32>
    %3 = stablehlo.dot_general %0, %1, batching_dims = [1] x [1], contracting_dims = [3] x [2] : (tensor<8x8x8x64xf32>, tensor<256x8x64xf32>) -> tensor<8x8x8x256xf32>
    %4 = stablehlo.constant dense<0.125> : tensor<8x8x8x256xf32>
    %5 = stablehlo.multiply %3, %4 : tensor<8x8x8x256xf32>
    %6 = stablehlo.constant dense<1> : tensor<8xi32>
    %7 = stablehlo.add %arg3, %6 : tensor<8xi32>
    %8 = stablehlo.broadcast_in_dim %arg4, dims = [] : (tensor<i32>) -> tensor<8xi32>
    %9 = stablehlo.minimum %7, %8 : tensor<8xi32>
    %10 = stablehlo.iota dim = 3 : tensor<8x8x8x256xi32>
    %11 = stablehlo.broadcast_in_dim %9, dims = [1] : (tensor<8xi32>) -> tensor<8x8x8x256xi32>
    %12 = stablehlo.compare LT, %10, %11 : (tensor<8x8x8x256xi32>, tensor<8x8x8x256xi32>) -> tensor<8x8x8x256xi1>
    %13 = stablehlo.constant dense<-3.4028235e+38> : tensor<8x8x8x256xf32>
    %14 = stablehlo.select %12, %5, %13 : tensor<8x8x8x256xi1>, tensor<8x8x8x256xf32>
    %15 = stablehlo.reshape %arg5 : (tensor<64xf32>) -> tensor<8x8xf32>
    %16 = stablehlo.broadcast_in_dim %15, dims = [0, 2] : (tensor<8x8xf32>) -> tensor<8x8x8x1xf32>
    %17 = stablehlo.concatenate %16, %14, dim = 3 : (tensor<8x8x8x1xf32>, tensor<8x8x8x256xf32>) -> tensor<8x8x8x257xf32>
    %18 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %19 = stablehlo.reduce(%17 init: %18) applies stablehlo.maximum across dimensions = [3] : (tensor<8x8x8x257xf32>, tensor<f32>) -> tensor<8x8x8xf32>
    %20 = stablehlo.broadcast_in_dim %19, dims = [0, 1, 2] : (tensor<8x8x8xf32>) -> tensor<8x8x8x257xf32>
    %21 = stablehlo.subtract %17, %20 : tensor<8x8x8x257xf32>
    %22 = stablehlo.exponential %21 : tensor<8x8x8x257xf32>
    %23 = stablehlo.constant dense<0.0> : tensor<f32>
    %24 = stablehlo.reduce(%22 init: %23) applies stablehlo.add across dimensions = [3] : (tensor<8x8x8x257xf32>, tensor<f32>) -> tensor<8x8x8xf32>
    %25 = stablehlo.broadcast_in_dim %24, dims = [0, 1, 2] : (tensor<8x8x8xf32>) -> tensor<8x8x8x257xf32>
    %26 = stablehlo.divide %22, %25 : tensor<8x8x8x257xf32>
    %27 = stablehlo.slice %26 [0:8, 0:8, 0:8, 1:257] : (tensor<8x8x8x257xf32>) -> tensor<8x8x8x256xf32>
    %28 = stablehlo.dot_general %27, %2, batching_dims = [0] x [1], contracting_dims = [3] x [0] : (tensor<8x8x8x256xf32>, tensor<256x8x64xf32>) -> tensor<8x8x8x64xf32>
    %29 = stablehlo.transpose %28, dims = [1, 0, 2, 3] : (tensor<8x8x8x64xf32>) -> tensor<8x8x8x64xf32>
    %30 = stablehlo.reshape %29 : (tensor<8x8x8x64xf32>) -> tensor<8x64x64xf32>
    return %30 : tensor<8x64x64xf32>
  }
  func.func private @mlxla_rms_norm_1x2880xf32_2880xf32_b6a9c526c7d0eb0f(%arg0: tensor<1x2880xf32> {mlxla.name = "arg0"}, %arg1: tensor<2880xf32> {mlxla.name = "arg1"}) -> (tensor<1x2880xf32>) {
    %0 = stablehlo.multiply %arg0, %arg0 : tensor<1x2880xf32>
    %1 = stablehlo.constant dense<0.0> : tensor<f32>
    %2 = stablehlo.reduce(%0 init: %1) applies stablehlo.add across dimensions = [1] : (tensor<1x2880xf32>, tensor<f32>) -> tensor<1xf32>
    %3 = stablehlo.constant dense<2880.0> : tensor<1xf32>
    %4 = stablehlo.divide %2, %3 : tensor<1xf32>
    %5 = stablehlo.constant dense<1.0e-05> : tensor<1xf32>
    %6 = stablehlo.add %4, %5 : tensor<1xf32>
    %7 = stablehlo.rsqrt %6 : tensor<1xf32>
    %8 = stablehlo.broadcast_in_dim %7, dims = [0] : (tensor<1xf32>) -> tensor<1x2880xf32>
    %9 = stablehlo.multiply %arg0, %8 : tensor<1x2880xf32>
    %10 = stablehlo.broadcast_in_dim %arg1, dims = [1] : (tensor<2880xf32>) -> tensor<1x2880xf32>
    %11 = stablehlo.multiply %9, %10 : tensor<1x2880xf32>
    return %11 : tensor<1x2880xf32>
  }
  func.func private @mlxla_quantized_dot_1x2880xf32_201088x360xui32_201088x45xf32_201088x45xf32_1606f16f63a9d508(%arg0: tensor<1x2880xf32> {mlxla.name = "arg0"}, %arg1: tensor<201088x360xui32> {mlxla.name = "arg1"}, %arg2: tensor<201088x45xf32> {mlxla.name = "arg2"}, %arg3: tensor<201088x45xf32> {mlxla.name = "arg3"}) -> (tensor<1x201088xf32>) {
    %0 = stablehlo.reshape %arg1 : (tensor<201088x360xui32>) -> tensor<201088x90x4xui32>
    %1 = stablehlo.slice %0 [0:201088, 0:90, 0:1] : (tensor<201088x90x4xui32>) -> tensor<201088x90x1xui32>
    %2 = stablehlo.slice %0 [0:201088, 0:90, 1:2] : (tensor<201088x90x4xui32>) -> tensor<201088x90x1xui32>
    %3 = stablehlo.slice %0 [0:201088, 0:90, 2:3] : (tensor<201088x90x4xui32>) -> tensor<201088x90x1xui32>
    %4 = stablehlo.slice %0 [0:201088, 0:90, 3:4] : (tensor<201088x90x4xui32>) -> tensor<201088x90x1xui32>
    %5 = stablehlo.concatenate %1, %1, %1, %1, %1, %1, %1, %1, %2, %2, %2, %2, %2, %2, %2, %2, %3, %3, %3, %3, %3, %3, %3, %3, %4, %4, %4, %4, %4, %4, %4, %4, dim = 2 : (tensor<201088x90x1xui32>, tensor<201088x90x1xui32>, tensor<201088x90x1xui32>, tensor<201088x90x1xui32>, tensor<201088x90x1xui32>, tensor<201088x90x1xui32>, tensor<201088x90x1xui32>, tensor<201088x90x1xui32>, tensor<201088x90x1xui32>, tensor<201088x90x1xui32>, tensor<201088x90x1xui32>, tensor<201088x90x1xui32>, tensor<201088x90x1xui32>, tensor<201088x90x1xui32>, tensor<201088x90x1xui32>, tensor<201088x90x1xui32>, tensor<201088x90x1xui32>, tensor<201088x90x1xui32>, tensor<201088x90x1xui32>, tensor<201088x90x1xui32>, tensor<201088x90x1xui32>, tensor<201088x90x1xui32>, tensor<201088x90x1xui32>, tensor<201088x90x1xui32>, tensor<201088x90x1xui32>, tensor<201088x90x1xui32>, tensor<201088x90x1xui32>, tensor<201088x90x1xui32>, tensor<201088x90x1xui32>, tensor<201088x90x1xui32>, tensor<201088x90x1xui32>, tensor<201088x90x1xui32>) -> tensor<201088x90x32xui32>
    %6 = stablehlo.constant dense<[0, 4, 8, 12, 16, 20, 24, 28, 0, 4, 8, 12, 16, 20, 24, 28, 0, 4, 8, 12, 16, 20, 24, 28, 0, 4, 8, 12, 16, 20, 24, 28]> : tensor<32xui32>
    %7 = stablehlo.broadcast_in_dim %6, dims = [2] : (tensor<32xui32>) -> tensor<201088x90x32xui32>
    %8 = stablehlo.shift_right_logical %5, %7 : tensor<201088x90x32xui32>
    %9 = stablehlo.constant dense<15> : tensor<201088x90x32xui32>
    %10 = stablehlo.and %8, %9 : tensor<201088x90x32xui32>
    %11 = stablehlo.reshape %10 : (tensor<201088x90x32xui32>) -> tensor<201088x2880xui32>
    %12 = stablehlo.convert %11 : (tensor<201088x2880xui32>) -> tensor<201088x2880xf32>
    %13 = stablehlo.broadcast_in_dim %arg2, dims = [0, 1] : (tensor<201088x45xf32>) -> tensor<201088x45x64xf32>
    %14 = stablehlo.reshape %13 : (tensor<201088x45x64xf32>) -> tensor<201088x2880xf32>
    %15 = stablehlo.multiply %12, %14 : tensor<201088x2880xf32>
    %16 = stablehlo.broadcast_in_dim %arg3, dims = [0, 1] : (tensor<201088x45xf32>) -> tensor<201088x45x64xf32>
    %17 = stablehlo.reshape %16 : (tensor<201088x45x64xf32>) -> tensor<201088x2880xf32>
    %18 = stablehlo.add %15, %17 : tensor<201088x2880xf32>
    %19 = stablehlo.dot_general %arg0, %18, contracting_dims = [1] x [1] : (tensor<1x2880xf32>, tensor<201088x2880xf32>) -> tensor<1x201088xf32>
    return %19 : tensor<1x201088xf32>
  }
  func.func private @mlxla_argmax_1x201088xf32_cbf29ce484222325(%arg0: tensor<1x201088xf32> {mlxla.name = "arg0"}) -> (tensor<1xi32>) {
    %0 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %1 = stablehlo.reduce(%arg0 init: %0) applies stablehlo.maximum across dimensions = [1] : (tensor<1x201088xf32>, tensor<f32>) -> tensor<1xf32>
    %2 = stablehlo.broadcast_in_dim %1, dims = [0] : (tensor<1xf32>) -> tensor<1x201088xf32>
    %3 = stablehlo.compare EQ, %arg0, %2 : (tensor<1x201088xf32>, tensor<1x201088xf32>) -> tensor<1x201088xi1>
    %4 = stablehlo.iota dim = 1 : tensor<1x201088xi32>
    %5 = stablehlo.constant dense<201088> : tensor<1x201088xi32>
    %6 = stablehlo.select %3, %4, %5 : tensor<1x201088xi1>, tensor<1x201088xi32>
    %7 = stablehlo.constant dense<201088> : tensor<i32>
    %8 = stablehlo.reduce(%6 init: %7) applies stablehlo.minimum across dimensions = [1] : (tensor<1x201088xi32>, tensor<i32>) -> tensor<1xi32>
    return %8 : tensor<1xi32>
  }
}
