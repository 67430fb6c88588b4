module @mlxla {
  func.func @main(%arg0: tensor<1xi32> {mlxla.name = "tokens"}, %arg1: tensor<i32> {mlxla.name = "position"}, %arg2: tensor<12x1x256x8x64xf16> {mlxla.name = "k_cache", tf.aliasing_output = 1 : i32}, %arg3: tensor<12x1x256x8x64xf16> {mlxla.name = "v_cache", tf.aliasing_output = 2 : i32}, %arg4: tensor<12x1x128x8x64xf16> {mlxla.name = "k_window_cache", tf.aliasing_output = 3 : i32}, %arg5: tensor<12x1x128x8x64xf16> {mlxla.name = "v_window_cache", tf.aliasing_output = 4 : i32}, %arg6: tensor<201088x360xui32> {mlxla.name = "model.embed_tokens.weight"}, %arg7: tensor<201088x45xf32> {mlxla.name = "model.embed_tokens.scales"}, %arg8: tensor<201088x45xf32> {mlxla.name = "model.embed_tokens.biases"}, %arg9: tensor<2880xf32> {mlxla.name = "model.layers.0.input_layernorm.weight"}, %arg10: tensor<4096x360xui32> {mlxla.name = "model.layers.0.self_attn.q_proj.weight"}, %arg11: tensor<4096x45xf32> {mlxla.name = "model.layers.0.self_attn.q_proj.scales"}, %arg12: tensor<4096x45xf32> {mlxla.name = "model.layers.0.self_attn.q_proj.biases"}, %arg13: tensor<4096xf32> {mlxla.name = "model.layers.0.self_attn.q_proj.bias"}, %arg14: tensor<512x360xui32> {mlxla.name = "model.layers.0.self_attn.k_proj.weight"}, %arg15: tensor<512x45xf32> {mlxla.name = "model.layers.0.self_attn.k_proj.scales"}, %arg16: tensor<512x45xf32> {mlxla.name = "model.layers.0.self_attn.k_proj.biases"}, %arg17: tensor<512xf32> {mlxla.name = "model.layers.0.self_attn.k_proj.bias"}, %arg18: tensor<512x360xui32> {mlxla.name = "model.layers.0.self_attn.v_proj.weight"}, %arg19: tensor<512x45xf32> {mlxla.name = "model.layers.0.self_attn.v_proj.scales"}, %arg20: tensor<512x45xf32> {mlxla.name = "model.layers.0.self_attn.v_proj.biases"}, %arg21: tensor<512xf32> {mlxla.name = "model.layers.0.self_attn.v_proj.bias"}, %arg22: tensor<2880x512xui32> {mlxla.name = "model.layers.0.self_attn.o_proj.weight"}, %arg23: tensor<2880x64xf32> {mlxla.name = "model.layers.0.self_attn.o_proj.scales"}, %arg24: tensor<2880x64xf32> {mlxla.name = "model.layers.0.self_attn.o_proj.biases"}, %arg25: tensor<2880xf32> {mlxla.name = "model.layers.0.self_attn.o_proj.bias"}, %arg26: tensor<64xf32> {mlxla.name = "model.layers.0.self_attn.sinks"}, %arg27: tensor<2880xf32> {mlxla.name = "model.layers.0.post_attention_layernorm.weight"}, %arg28: tensor<32x720xui32> {mlxla.name = "model.layers.0.mlp.router.weight"}, %arg29: tensor<32x45xf32> {mlxla.name = "model.layers.0.mlp.router.scales"}, %arg30: tensor<32x45xf32> {mlxla.name = "model.layers.0.mlp.router.biases"}, %arg31: tensor<32xf32> {mlxla.name = "model.layers.0.mlp.router.bias"}, %arg32: tensor<32x2880x360xui32> {mlxla.name = "model.layers.0.mlp.experts.gate_proj.weight"}, %arg33: tensor<32x2880x90xui8> {mlxla.name = "model.layers.0.mlp.experts.gate_proj.scales"}, %arg34: tensor<32x2880xf32> {mlxla.name = "model.layers.0.mlp.experts.gate_proj.bias"}, %arg35: tensor<32x2880x360xui32> {mlxla.name = "model.layers.0.mlp.experts.up_proj.weight"}, %arg36: tensor<32x2880x90xui8> {mlxla.name = "model.layers.0.mlp.experts.up_proj.scales"}, %arg37: tensor<32x2880xf32> {mlxla.name = "model.layers.0.mlp.experts.up_proj.bias"}, %arg38: tensor<32x2880x360xui32> {mlxla.name = "model.layers.0.mlp.experts.down_proj.weight"}, %arg39: tensor<32x2880x90xui8> {mlxla.name = "model.layers.0.mlp.experts.down_proj.scales"}, %arg40: tensor<32x2880xf32> {mlxla.name = "model.layers.0.mlp.experts.down_proj.bias"}, %arg41: tensor<2880xf32> {mlxla.name = "model.layers.1.input_layernorm.weight"}, %arg42: tensor<4096x360xui32> {mlxla.name = "model.layers.1.self_attn.q_proj.weight"}, %arg43: tensor<4096x45xf32> {mlxla.name = "model.layers.1.self_attn.q_proj.scales"}, %arg44: tensor<4096x45xf32> {mlxla.name = "model.layers.1.self_attn.q_proj.biases"}, %arg45: tensor<4096xf32> {mlxla.name = "model.layers.1.self_attn.q_proj.bias"}, %arg46: tensor<512x360xui32> {mlxla.name = "model.layers.1.self_attn.k_proj.weight"}, %arg47: tensor<512x45xf32> {mlxla.name = "model.layers.1.self_attn.k_proj.scales"}, %arg48: tensor<512x45xf32> {mlxla.name = "model.layers.1.self_attn.k_proj.biases"}, %arg49: tensor<512xf32> {mlxla.name = "model.layers.1.self_attn.k_proj.bias"}, %arg50: tensor<512x360xui32> {mlxla.name = "model.layers.1.self_attn.v_proj.weight"}, %arg51: tensor<512x45xf32> {mlxla.name = "model.layers.1.self_attn.v_proj.scales"}, %arg52: tensor<512x45xf32> {mlxla.name = "model.layers.1.self_attn.v_proj.biases"}, %arg53: tensor<512xf32> {mlxla.name = "model.layers.1.self_attn.v_proj.bias"}, %arg54: tensor<2880x512xui32> {mlxla.name = "model.layers.1.self_attn.o_proj.weight"}, %arg55: tensor<2880x64xf32> {mlxla.name = "model.layers.1.self_attn.o_proj.scales"}, %arg56: tensor<2880x64xf32> {mlxla.name = "model.layers.1.self_attn.o_proj.biases"}, %arg57: tensor<2880xf32> {mlxla.name = "model.layers.1.self_attn.o_proj.bias"}, %arg58: tensor<64xf32> {mlxla.name = "model.layers.1.self_attn.sinks"}, %arg59: tensor<2880xf32> {mlxla.name = "model.layers.1.post_attention_layernorm.weight"}, %arg60: tensor<32x720xui32> {mlxla.name = "model.layers.1.mlp.router.weight"}, %arg61: tensor<32x45xf32> {mlxla.name = "model.layers.1.mlp.router.scales"}, %arg62: tensor<32x45xf32> {mlxla.name = "model.layers.1.mlp.router.biases"}, %arg63: tensor<32xf32> {mlxla.name = "model.layers.1.mlp.router.bias"}, %arg64: tensor<32x2880x360xui32> {mlxla.name = "model.layers.1.mlp.experts.gate_proj.weight"}, %arg65: tensor<32x2880x90xui8> {mlxla.name = "model.layers.1.mlp.experts.gate_proj.scales"}, %arg66: tensor<32x2880xf32> {mlxla.name = "model.layers.1.mlp.experts.gate_proj.bias"}, %arg67: tensor<32x2880x360xui32> {mlxla.name = "model.layers.1.mlp.experts.up_proj.weight"}, %arg68: tensor<32x2880x90xui8> {mlxla.name = "model.layers.1.mlp.experts.up_proj.scales"}, %arg69: tensor<32x2880xf32> {mlxla.name = "model.layers.1.mlp.experts.up_proj.bias"}, %arg70: tensor<32x2880x360xui32> {mlxla.name = "model.layers.1.mlp.experts.down_proj.weight"}, %arg71: tensor<32x2880x90xui8> {mlxla.name = "model.layers.1.mlp.experts.down_proj.scales"}, %arg72: tensor<32x2880xf32> {mlxla.name = "model.layers.1.mlp.experts.down_proj.bias"}, %arg73: tensor<2880xf32> {mlxla.name = "model.layers.2.input_layernorm.weight"}, %arg74: tensor<4096x360xui32> {mlxla.name = "model.layers.2.self_attn.q_proj.weight"}, %arg75: tensor<4096x45xf32> {mlxla.name = "model.layers.2.self_attn.q_proj.scales"}, %arg76: tensor<4096x45xf32> {mlxla.name = "model.layers.2.self_attn.q_proj.biases"}, %arg77: tensor<4096xf32> {mlxla.name = "model.layers.2.self_attn.q_proj.bias"}, %arg78: tensor<512x360xui32> {mlxla.name = "model.layers.2.self_attn.k_proj.weight"}, %arg79: tensor<512x45xf32> {mlxla.name = "model.layers.2.self_attn.k_proj.scales"}, %arg80: tensor<512x45xf32> {mlxla.name = "model.layers.2.self_attn.k_proj.biases"}, %arg81: tensor<512xf32> {mlxla.name = "model.layers.2.self_attn.k_proj.bias"}, %arg82: tensor<512x360xui32> {mlxla.name = "model.layers.2.self_attn.v_proj.weight"}, %arg83: tensor<512x45xf32> {mlxla.name = "model.layers.2.self_attn.v_proj.scales"}, %arg84: tensor<512x45xf32> {mlxla.name = "model.layers.2.self_attn.v_proj.biases"}, %arg85: tensor<512xf32> {mlxla.name = "model.layers.2.self_attn.v_proj.bias"}, %arg86: tensor<2880x512xui32> {mlxla.name = "model.layers.2.self_attn.o_proj.weight"}, %arg87: tensor<2880x64xf32> {mlxla.name = "model.layers.2.self_attn.o_proj.scales"}, %arg88: tensor<2880x64xf32> {mlxla.name = "model.layers.2.self_attn.o_proj.biases"}, %arg89: tensor<2880xf32> {mlxla.name = "model.layers.2.self_attn.o_proj.bias"}, %arg90: tensor<64xf32> {mlxla.name = "model.layers.2.self_attn.sinks"}, %arg91: tensor<2880xf32> {mlxla.name = "model.layers.2.post_attention_layernorm.weight"}, %arg92: tensor<32x720xui32> {mlxla.name = "model.layers.2.mlp.router.weight"}, %arg93: tensor<32x45xf32> {mlxla.name = "model.layers.2.mlp.router.scales"}, %arg94: tensor<32x45xf32> {mlxla.name = "model.layers.2.mlp.router.biases"}, %arg95: tensor<32xf32> {mlxla.name = "model.layers.2.mlp.router.bias"}, %arg96: tensor<32x2880x360xui32> {mlxla.name = "model.layers.2.mlp.experts.gate_proj.weight"}, %arg97: tensor<32x2880x90xui8> {mlxla.name = "model.layers.2.mlp.experts.gate_proj.scales"}, %arg98: tensor<32x2880xf32> {mlxla.name = "model.layers.2.mlp.experts.gate_proj.bias"}, %arg99: tensor<32x2880x360xui32> {mlxla.name = "model.layers.2.mlp.experts.up_proj.weight"}, %arg100: tensor<32x2880x90xui8> {mlxla.name = "model.layers.2.mlp.experts.up_proj.scales"}, %arg101: tensor<32x2880xf32> {mlxla.name = "model.layers.2.mlp.experts.up_proj.bias"}, %arg102: tensor<32x2880x360xui32> {mlxla.name = "model.layers.2.mlp.experts.down_proj.weight"}, %arg103: tensor<32x2880x90xui8> {mlxla.name = "model.layers.2.mlp.experts.down_proj.scales"}, %arg104: tensor<32x2880xf32> {mlxla.name = "model.layers.2.mlp.experts.down_proj.bias"}, %arg105: tensor<2880xf32> {mlxla.name = "model.layers.3.input_layernorm.weight"}, %arg106: tensor<4096x360xui32> {mlxla.name = "model.layers.3.self_attn.q_proj.weight"}, %arg107: tensor<4096x45xf32> {mlxla.name = "model.layers.3.self_attn.q_proj.scales"}, %arg108: tensor<4096x45xf32> {mlxla.name = "model.layers.3.self_attn.q_proj.biases"}, %arg109: tensor<4096xf32> {mlxla.name = "model.layers.3.self_attn.q_proj.bias"}, %arg110: tensor<512x360xui32> {mlxla.name = "model.layers.3.self_attn.k_proj.weight"}, %arg111: tensor<512x45xf32> {mlxla.name = "model.layers.3.self_attn.k_proj.scales"}, %arg112: tensor<512x45xf32> {mlxla.name = "model.layers.3.self_attn.k_proj.biases"}, %arg113: tensor<512xf32> {mlxla.name = "model.layers.3.self_attn.k_proj.bias"}, %arg114: tensor<512x360xui32> {mlxla.name = "model.layers.3.self_attn.v_proj.weight"}, %arg115: tensor<512x45xf32> {mlxla.name = "model.layers.3.self_attn.v_proj.scales"}, %arg116: tensor<512x45xf32> {mlxla.name = "model.layers.3.self_attn.v_proj.biases"}, %arg117: tensor<512xf32> {mlxla.name = "model.layers.3.self_attn.v_proj.bias"}, %arg118: tensor<2880x512xui32> {mlxla.name = "model.layers.3.self_attn.o_proj.weight"}, %arg119: tensor<2880x64xf32> {mlxla.name = "model.layers.3.self_attn.o_proj.scales"}, %arg120: tensor<2880x64xf32> {mlxla.name = "model.layers.3.self_attn.o_proj.biases"}, %arg121: tensor<2880xf32> {mlxla.name = "model.layers.3.self_attn.o_proj.bias"}, %arg122: tensor<64xf32> {mlxla.name = "model.layers.3.self_attn.sinks"}, %arg123: tensor<2880xf32> {mlxla.name = "model.layers.3.post_attention_layernorm.weight"}, %arg124: tensor<32x720xui32> {mlxla.name = "model.layers.3.mlp.router.weight"}, %arg125: tensor<32x45xf32> {mlxla.name = "model.layers.3.mlp.router.scales"}, %arg126: tensor<32x45xf32> {mlxla.name = "model.layers.3.mlp.router.biases"}, %arg127: tensor<32xf32> {mlxla.name = "model.layers.3.mlp.router.bias"}, %arg128: tensor<32x2880x360xui32> {mlxla.name = "model.layers.3.mlp.experts.gate_proj.weight"}, %arg129: tensor<32x2880x90xui8> {mlxla.name = "model.layers.3.mlp.experts.gate_proj.scales"}, %arg130: tensor<32x2880xf32> {mlxla.name = "model.layers.3.mlp.experts.gate_proj.bias"}, %arg131: tensor<32x2880x360xui32> {mlxla.name = "model.layers.3.mlp.experts.up_proj.weight"}, %arg132: tensor<32x2880x90xui8> {mlxla.name = "model.layers.3.mlp.experts.up_proj.scales"}, %arg133: tensor<32x2880xf32> {mlxla.name = "model.layers.3.mlp.experts.up_proj.bias"}, %arg134: tensor<32x2880x360xui32> {mlxla.name = "model.layers.3.mlp.experts.down_proj.weight"}, %arg135: tensor<32x2880x90xui8> {mlxla.name = "model.layers.3.mlp.experts.down_proj.scales"}, %arg136: tensor<32x2880xf32> {mlxla.name = "model.layers.3.mlp.experts.down_proj.bias"}, %arg137: tensor<2880xf32> {mlxla.name = "model.layers.4.input_layernorm.weight"}, %arg138: tensor<4096x360xui32> {mlxla.name = "model.layers.4.self_attn.q_proj.weight"}, %arg139: tensor<4096x45xf32> {mlxla.name = "model.layers.4.self_attn.q_proj.scales"}, %arg140: tensor<4096x45xf32> {mlxla.name = "model.layers.4.self_attn.q_proj.biases"}, %arg141: tensor<4096xf32> {mlxla.name = "model.layers.4.self_attn.q_proj.bias"}, %arg142: tensor<512x360xui32> {mlxla.name = "model.layers.4.self_attn.k_proj.weight"}, %arg143: tensor<512x45xf32> {mlxla.name = "model.layers.4.self_attn.k_proj.scales"}, %arg144: tensor<512x45xf32> {mlxla.name = "model.layers.4.self_attn.k_proj.biases"}, %arg145: tensor<512xf32> {mlxla.name = "model.layers.4.self_attn.k_proj.bias"}, %arg146: tensor<512x360xui32> {mlxla.name = "model.layers.4.self_attn.v_proj.weight"}, %arg147: tensor<512x45xf32> {mlxla.name = "model.layers.4.self_attn.v_proj.scales"}, %arg148: tensor<512x45xf32> {mlxla.name = "model.layers.4.self_attn.v_proj.biases"}, %arg149: tensor<512xf32> {mlxla.name = "model.layers.4.self_attn.v_proj.bias"}, %arg150: tensor<2880x512xui32> {mlxla.name = "model.layers.4.self_attn.o_proj.weight"}, %arg151: tensor<2880x64xf32> {mlxla.name = "model.layers.4.self_attn.o_proj.scales"}, %arg152: tensor<2880x64xf32> {mlxla.name = "model.layers.4.self_attn.o_proj.biases"}, %arg153: tensor<2880xf32> {mlxla.name = "model.layers.4.self_attn.o_proj.bias"}, %arg154: tensor<64xf32> {mlxla.name = "model.layers.4.self_attn.sinks"}, %arg155: tensor<2880xf32> {mlxla.name = "model.layers.4.post_attention_layernorm.weight"}, %arg156: tensor<32x720xui32> {mlxla.name = "model.layers.4.mlp.router.weight"}, %arg157: tensor<32x45xf32> {mlxla.name = "model.layers.4.mlp.router.scales"}, %arg158: tensor<32x45xf32> {mlxla.name = "model.layers.4.mlp.router.biases"}, %arg159: tensor<32xf32> {mlxla.name = "model.layers.4.mlp.router.bias"}, %arg160: tensor<32x2880x360xui32> {mlxla.name = "model.layers.4.mlp.experts.gate_proj.weight"}, %arg161: tensor<32x2880x90xui8> {mlxla.name = "model.layers.4.mlp.experts.gate_proj.scales"}, %arg162: tensor<32x2880xf32> {mlxla.name = "model.layers.4.mlp.experts.gate_proj.bias"}, %arg163: tensor<32x2880x360xui32> {mlxla.name = "model.layers.4.mlp.experts.up_proj.weight"}, %arg164: tensor<32x2880x90xui8> {mlxla.name = "model.layers.4.mlp.experts.up_proj.scales"}, %arg165: tensor<32x2880xf32> {mlxla.name = "model.layers.4.mlp.experts.up_proj.bias"}, %arg166: tensor<32x2880x360xui32> {mlxla.name = "model.layers.4.mlp.experts.down_proj.weight"}, %arg167: tensor<32x2880x90xui8> {mlxla.name = "model.layers.4.mlp.experts.down_proj.scales"}, %arg168: tensor<32x2880xf32> {mlxla.name = "model.layers.4.mlp.experts.down_proj.bias"}, %arg169: tensor<2880xf32> {mlxla.name = "model.layers.5.input_layernorm.weight"}, %arg170: tensor<4096x360xui32> {mlxla.name = "model.layers.5.self_attn.q_proj.weight"}, %arg171: tensor<4096x45xf32> {mlxla.name = "model.layers.5.self_attn.q_proj.scales"}, %arg172: tensor<4096x45xf32> {mlxla.name = "model.layers.5.self_attn.q_proj.biases"}, %arg173: tensor<4096xf32> {mlxla.name = "model.layers.5.self_attn.q_proj.bias"}, %arg174: tensor<512x360xui32> {mlxla.name = "model.layers.5.self_attn.k_proj.weight"}, %arg175: tensor<512x45xf32> {mlxla.name = "model.layers.5.self_attn.k_proj.scales"}, %arg176: tensor<512x45xf32> {mlxla.name = "model.layers.5.self_attn.k_proj.biases"}, %arg177: tensor<512xf32> {mlxla.name = "model.layers.5.self_attn.k_proj.bias"}, %arg178: tensor<512x360xui32> {mlxla.name = "model.layers.5.self_attn.v_proj.weight"}, %arg179: tensor<512x45xf32> {mlxla.name = "model.layers.5.self_attn.v_proj.scales"}, %arg180: tensor<512x45xf32> {mlxla.name = "model.layers.5.self_attn.v_proj.biases"}, %arg181: tensor<512xf32> {mlxla.name = "model.layers.5.self_attn.v_proj.bias"}, %arg182: tensor<2880x512xui32> {mlxla.name = "model.layers.5.self_attn.o_proj.weight"}, %arg183: tensor<2880x64xf32> {mlxla.name = "model.layers.5.self_attn.o_proj.scales"}, %arg184: tensor<2880x64xf32> {mlxla.name = "model.layers.5.self_attn.o_proj.biases"}, %arg185: tensor<2880xf32> {mlxla.name = "model.layers.5.self_attn.o_proj.bias"}, %arg186: tensor<64xf32> {mlxla.name = "model.layers.5.self_attn.sinks"}, %arg187: tensor<2880xf32> {mlxla.name = "model.layers.5.post_attention_layernorm.weight"}, %arg188: tensor<32x720xui32> {mlxla.name = "model.layers.5.mlp.router.weight"}, %arg189: tensor<32x45xf32> {mlxla.name = "model.layers.5.mlp.router.scales"}, %arg190: tensor<32x45xf32> {mlxla.name = "model.layers.5.mlp.router.biases"}, %arg191: tensor<32xf32> {mlxla.name = "model.layers.5.mlp.router.bias"}, %arg192: tensor<32x2880x360xui32> {mlxla.name = "model.layers.5.mlp.experts.gate_proj.weight"}, %arg193: tensor<32x2880x90xui8> {mlxla.name = "model.layers.5.mlp.experts.gate_proj.scales"}, %arg194: tensor<32x2880xf32> {mlxla.name = "model.layers.5.mlp.experts.gate_proj.bias"}, %arg195: tensor<32x2880x360xui32> {mlxla.name = "model.layers.5.mlp.experts.up_proj.weight"}, %arg196: tensor<32x2880x90xui8> {mlxla.name = "model.layers.5.mlp.experts.up_proj.scales"}, %arg197: tensor<32x2880xf32> {mlxla.name = "model.layers.5.mlp.experts.up_proj.bias"}, %arg198: tensor<32x2880x360xui32> {mlxla.name = "model.layers.5.mlp.experts.down_proj.weight"}, %arg199: tensor<32x2880x90xui8> {mlxla.name = "model.layers.5.mlp.experts.down_proj.scales"}, %arg200: tensor<32x2880xf32> {mlxla.name = "model.layers.5.mlp.experts.down_proj.bias"}, %arg201: tensor<2880xf32> {mlxla.name = "model.layers.6.input_layernorm.weight"}, %arg202: tensor<4096x360xui32> {mlxla.name = "model.layers.6.self_attn.q_proj.weight"}, %arg203: tensor<4096x45xf32> {mlxla.name = "model.layers.6.self_attn.q_proj.scales"}, %arg204: tensor<4096x45xf32> {mlxla.name = "model.layers.6.self_attn.q_proj.biases"}, %arg205: tensor<4096xf32> {mlxla.name = "model.layers.6.self_attn.q_proj.bias"}, %arg206: tensor<512x360xui32> {mlxla.name = "model.layers.6.self_attn.k_proj.weight"}, %arg207: tensor<512x45xf32> {mlxla.name = "model.layers.6.self_attn.k_proj.scales"}, %arg208: tensor<512x45xf32> {mlxla.name = "model.layers.6.self_attn.k_proj.biases"}, %arg209: tensor<512xf32> {mlxla.name = "model.layers.6.self_attn.k_proj.bias"}, %arg210: tensor<512x360xui32> {mlxla.name = "model.layers.6.self_attn.v_proj.weight"}, %arg211: tensor<512x45xf32> {mlxla.name = "model.layers.6.self_attn.v_proj.scales"}, %arg212: tensor<512x45xf32> {mlxla.name = "model.layers.6.self_attn.v_proj.biases"}, %arg213: tensor<512xf32> {mlxla.name = "model.layers.6.self_attn.v_proj.bias"}, %arg214: tensor<2880x512xui32> {mlxla.name = "model.layers.6.self_attn.o_proj.weight"}, %arg215: tensor<2880x64xf32> {mlxla.name = "model.layers.6.self_attn.o_proj.scales"}, %arg216: tensor<2880x64xf32> {mlxla.name = "model.layers.6.self_attn.o_proj.biases"}, %arg217: tensor<2880xf32> {mlxla.name = "model.layers.6.self_attn.o_proj.bias"}, %arg218: tensor<64xf32> {mlxla.name = "model.layers.6.self_attn.sinks"}, %arg219: tensor<2880xf32> {mlxla.name = "model.layers.6.post_attention_layernorm.weight"}, %arg220: tensor<32x720xui32> {mlxla.name = "model.layers.6.mlp.router.weight"}, %arg221: tensor<32x45xf32> {mlxla.name = "model.layers.6.mlp.router.scales"}, %arg222: tensor<32x45xf32> {mlxla.name = "model.layers.6.mlp.router.biases"}, %arg223: tensor<32xf32> {mlxla.name = "model.layers.6.mlp.router.bias"}, %arg224: tensor<32x2880x360xui32> {mlxla.name = "model.layers.6.mlp.experts.gate_proj.weight"}, %arg225: tensor<32x2880x90xui8> {mlxla.name = "model.layers.6.mlp.experts.gate_proj.scales"}, %arg226: tensor<32x2880xf32> {mlxla.name = "model.layers.6.mlp.experts.gate_proj.bias"}, %arg227: tensor<32x2880x360xui32> {mlxla.name = "model.layers.6.mlp.experts.up_proj.weight"}, %arg228: tensor<32x2880x90xui8> {mlxla.name = "model.layers.6.mlp.experts.up_proj.scales"}, %arg229: tensor<32x2880xf32> {mlxla.name = "model.layers.6.mlp.experts.up_proj.bias"}, %arg230: tensor<32x2880x360xui32> {mlxla.name = "model.layers.6.mlp.experts.down_proj.weight"}, %arg231: tensor<32x2880x90xui8> {mlxla.name = "model.layers.6.mlp.experts.down_proj.scales"}, %arg232: tensor<32x2880xf32> {mlxla.name = "model.layers.6.mlp.experts.down_proj.bias"}, %arg233: tensor<2880xf32> {mlxla.name = "model.layers.7.input_layernorm.weight"}, %arg234: tensor<4096x360xui32> {mlxla.name = "model.layers.7.self_attn.q_proj.weight"}, %arg235: tensor<4096x45xf32> {mlxla.name = "model.layers.7.self_attn.q_proj.scales"}, %arg236: tensor<4096x45xf32> {mlxla.name = "model.layers.7.self_attn.q_proj.biases"}, %arg237: tensor<4096xf32> {mlxla.name = "model.layers.7.self_attn.q_proj.bias"}, %arg238: tensor<512x360xui32> {mlxla.name = "model.layers.7.self_attn.k_proj.weight"}, %arg239: tensor<512x45xf32> {mlxla.name = "model.layers.7.self_attn.k_proj.scales"}, %arg240: tensor<512x45xf32> {mlxla.name = "model.layers.7.self_attn.k_proj.biases"}, %arg241: tensor<512xf32> {mlxla.name = "model.layers.7.self_attn.k_proj.bias"}, %arg242: tensor<512x360xui32> {mlxla.name = "model.layers.7.self_attn.v_proj.weight"}, %arg243: tensor<512x45xf32> {mlxla.name = "model.layers.7.self_attn.v_proj.scales"}, %arg244: tensor<512x45xf32> {mlxla.name = "model.layers.7.self_attn.v_proj.biases"}, %arg245: tensor<512xf32> {mlxla.name = "model.layers.7.self_attn.v_proj.bias"}, %arg246: tensor<2880x512xui32> {mlxla.name = "model.layers.7.self_attn.o_proj.weight"}, %arg247: tensor<2880x64xf32> {mlxla.name = "model.layers.7.self_attn.o_proj.scales"}, %arg248: tensor<2880x64xf32> {mlxla.name = "model.layers.7.self_attn.o_proj.biases"}, %arg249: tensor<2880xf32> {mlxla.name = "model.layers.7.self_attn.o_proj.bias"}, %arg250: tensor<64xf32> {mlxla.name = "model.layers.7.self_attn.sinks"}, %arg251: tensor<2880xf32> {mlxla.name = "model.layers.7.post_attention_layernorm.weight"}, %arg252: tensor<32x720xui32> {mlxla.name = "model.layers.7.mlp.router.weight"}, %arg253: tensor<32x45xf32> {mlxla.name = "model.layers.7.mlp.router.scales"}, %arg254: tensor<32x45xf32> {mlxla.name = "model.layers.7.mlp.router.biases"}, %arg255: tensor<32xf32> {mlxla.name = "model.layers.7.mlp.router.bias"}, %arg256: tensor<32x2880x360xui32> {mlxla.name = "model.layers.7.mlp.experts.gate_proj.weight"}, %arg257: tensor<32x2880x90xui8> {mlxla.name = "model.layers.7.mlp.experts.gate_proj.scales"}, %arg258: tensor<32x2880xf32> {mlxla.name = "model.layers.7.mlp.experts.gate_proj.bias"}, %arg259: tensor<32x2880x360xui32> {mlxla.name = "model.layers.7.mlp.experts.up_proj.weight"}, %arg260: tensor<32x2880x90xui8> {mlxla.name = "model.layers.7.mlp.experts.up_proj.scales"}, %arg261: tensor<32x2880xf32> {mlxla.name = "model.layers.7.mlp.experts.up_proj.bias"}, %arg262: tensor<32x2880x360xui32> {mlxla.name = "model.layers.7.mlp.experts.down_proj.weight"}, %arg263: tensor<32x2880x90xui8> {mlxla.name = "model.layers.7.mlp.experts.down_proj.scales"}, %arg264: tensor<32x2880xf32> {mlxla.name = "model.layers.7.mlp.experts.down_proj.bias"}, %arg265: tensor<2880xf32> {mlxla.name = "model.layers.8.input_layernorm.weight"}, %arg266: tensor<4096x360xui32> {mlxla.name = "model.layers.8.self_attn.q_proj.weight"}, %arg267: tensor<4096x45xf32> {mlxla.name = "model.layers.8.self_attn.q_proj.scales"}, %arg268: tensor<4096x45xf32> {mlxla.name = "model.layers.8.self_attn.q_proj.biases"}, %arg269: tensor<4096xf32> {mlxla.name = "model.layers.8.self_attn.q_proj.bias"}, %arg270: tensor<512x360xui32> {mlxla.name = "model.layers.8.self_attn.k_proj.weight"}, %arg271: tensor<512x45xf32> {mlxla.name = "model.layers.8.self_attn.k_proj.scales"}, %arg272: tensor<512x45xf32> {mlxla.name = "model.layers.8.self_attn.k_proj.biases"}, %arg273: tensor<512xf32> {mlxla.name = "model.layers.8.self_attn.k_proj.bias"}, %arg274: tensor<512x360xui32> {mlxla.name = "model.layers.8.self_attn.v_proj.weight"}, %arg275: tensor<512x45xf32> {mlxla.name = "model.layers.8.self_attn.v_proj.scales"}, %arg276: tensor<512x45xf32> {mlxla.name = "model.layers.8.self_attn.v_proj.biases"}, %arg277: tensor<512xf32> {mlxla.name = "model.layers.8.self_attn.v_proj.bias"}, %arg278: tensor<2880x512xui32> {mlxla.name = "model.layers.8.self_attn.o_proj.weight"}, %arg279: tensor<2880x64xf32> {mlxla.name = "model.layers.8.self_attn.o_proj.scales"}, %arg280: tensor<2880x64xf32> {mlxla.name = "model.layers.8.self_attn.o_proj.biases"}, %arg281: tensor<2880xf32> {mlxla.name = "model.layers.8.self_attn.o_proj.bias"}, %arg282: tensor<64xf32> {mlxla.name = "model.layers.8.self_attn.sinks"}, %arg283: tensor<2880xf32> {mlxla.name = "model.layers.8.post_attention_layernorm.weight"}, %arg284: tensor<32x720xui32> {mlxla.name = "model.layers.8.mlp.router.weight"}, %arg285: tensor<32x45xf32> {mlxla.name = "model.layers.8.mlp.router.scales"}, %arg286: tensor<32x45xf32> {mlxla.name = "model.layers.8.mlp.router.biases"}, %arg287: tensor<32xf32> {mlxla.name = "model.layers.8.mlp.router.bias"}, %arg288: tensor<32x2880x360xui32> {mlxla.name = "model.layers.8.mlp.experts.gate_proj.weight"}, %arg289: tensor<32x2880x90xui8> {mlxla.name = "model.layers.8.mlp.experts.gate_proj.scales"}, %arg290: tensor<32x2880xf32> {mlxla.name = "model.layers.8.mlp.experts.gate_proj.bias"}, %arg291: tensor<32x2880x360xui32> {mlxla.name = "model.layers.8.mlp.experts.up_proj.weight"}, %arg292: tensor<32x2880x90xui8> {mlxla.name = "model.layers.8.mlp.experts.up_proj.scales"}, %arg293: tensor<32x2880xf32> {mlxla.name = "model.layers.8.mlp.experts.up_proj.bias"}, %arg294: tensor<32x2880x360xui32> {mlxla.name = "model.layers.8.mlp.experts.down_proj.weight"}, %arg295: tensor<32x2880x90xui8> {mlxla.name = "model.layers.8.mlp.experts.down_proj.scales"}, %arg296: tensor<32x2880xf32> {mlxla.name = "model.layers.8.mlp.experts.down_proj.bias"}, %arg297: tensor<2880xf32> {mlxla.name = "model.layers.9.input_layernorm.weight"}, %arg298: tensor<4096x360xui32> {mlxla.name = "model.layers.9.self_attn.q_proj.weight"}, %arg299: tensor<4096x45xf32> {mlxla.name = "model.layers.9.self_attn.q_proj.scales"}, %arg300: tensor<4096x45xf32> {mlxla.name = "model.layers.9.self_attn.q_proj.biases"}, %arg301: tensor<4096xf32> {mlxla.name = "model.layers.9.self_attn.q_proj.bias"}, %arg302: tensor<512x360xui32> {mlxla.name = "model.layers.9.self_attn.k_proj.weight"}, %arg303: tensor<512x45xf32> {mlxla.name = "model.layers.9.self_attn.k_proj.scales"}, %arg304: tensor<512x45xf32> {mlxla.name = "model.layers.9.self_attn.k_proj.biases"}, %arg305: tensor<512xf32> {mlxla.name = "model.layers.9.self_attn.k_proj.bias"}, %arg306: tensor<512x360xui32> {mlxla.name = "model.layers.9.self_attn.v_proj.weight"}, %arg307: tensor<512x45xf32> {mlxla.name = "model.layers.9.self_attn.v_proj.scales"}, %arg308: tensor<512x45xf32> {mlxla.name = "model.layers.9.self_attn.v_proj.biases"}, %arg309: tensor<512xf32> {mlxla.name = "model.layers.9.self_attn.v_proj.bias"}, %arg310: tensor<2880x512xui32> {mlxla.name = "model.layers.9.self_attn.o_proj.weight"}, %arg311: tensor<2880x64xf32> {mlxla.name = "model.layers.9.self_attn.o_proj.scales"}, %arg312: tensor<2880x64xf32> {mlxla.name = "model.layers.9.self_attn.o_proj.biases"}, %arg313: tensor<2880xf32> {mlxla.name = "model.layers.9.self_attn.o_proj.bias"}, %arg314: tensor<64xf32> {mlxla.name = "model.layers.9.self_attn.sinks"}, %arg315: tensor<2880xf32> {mlxla.name = "model.layers.9.post_attention_layernorm.weight"}, %arg316: tensor<32x720xui32> {mlxla.name = "model.layers.9.mlp.router.weight"}, %arg317: tensor<32x45xf32> {mlxla.name = "model.layers.9.mlp.router.scales"}, %arg318: tensor<32x45xf32> {mlxla.name = "model.layers.9.mlp.router.biases"}, %arg319: tensor<32xf32> {mlxla.name = "model.layers.9.mlp.router.bias"}, %arg320: tensor<32x2880x360xui32> {mlxla.name = "model.layers.9.mlp.experts.gate_proj.weight"}, %arg321: tensor<32x2880x90xui8> {mlxla.name = "model.layers.9.mlp.experts.gate_proj.scales"}, %arg322: tensor<32x2880xf32> {mlxla.name = "model.layers.9.mlp.experts.gate_proj.bias"}, %arg323: tensor<32x2880x360xui32> {mlxla.name = "model.layers.9.mlp.experts.up_proj.weight"}, %arg324: tensor<32x2880x90xui8> {mlxla.name = "model.layers.9.mlp.experts.up_proj.scales"}, %arg325: tensor<32x2880xf32> {mlxla.name = "model.layers.9.mlp.experts.up_proj.bias"}, %arg326: tensor<32x2880x360xui32> {mlxla.name = "model.layers.9.mlp.experts.down_proj.weight"}, %arg327: tensor<32x2880x90xui8> {mlxla.name = "model.layers.9.mlp.experts.down_proj.scales"}, %arg328: tensor<32x2880xf32> {mlxla.name = "model.layers.9.mlp.experts.down_proj.bias"}, %arg329: tensor<2880xf32> {mlxla.name = "model.layers.10.input_layernorm.weight"}, %arg330: tensor<4096x360xui32> {mlxla.name = "model.layers.10.self_attn.q_proj.weight"}, %arg331: tensor<4096x45xf32> {mlxla.name = "model.layers.10.self_attn.q_proj.scales"}, %arg332: tensor<4096x45xf32> {mlxla.name = "model.layers.10.self_attn.q_proj.biases"}, %arg333: tensor<4096xf32> {mlxla.name = "model.layers.10.self_attn.q_proj.bias"}, %arg334: tensor<512x360xui32> {mlxla.name = "model.layers.10.self_attn.k_proj.weight"}, %arg335: tensor<512x45xf32> {mlxla.name = "model.layers.10.self_attn.k_proj.scales"}, %arg336: tensor<512x45xf32> {mlxla.name = "model.layers.10.self_attn.k_proj.biases"}, %arg337: tensor<512xf32> {mlxla.name = "model.layers.10.self_attn.k_proj.bias"}, %arg338: tensor<512x360xui32> {mlxla.name = "model.layers.10.self_attn.v_proj.weight"}, %arg339: tensor<512x45xf32> {mlxla.name = "model.layers.10.self_attn.v_proj.scales"}, %arg340: tensor<512x45xf32> {mlxla.name = "model.layers.10.self_attn.v_proj.biases"}, %arg341: tensor<512xf32> {mlxla.name = "model.layers.10.self_attn.v_proj.bias"}, %arg342: tensor<2880x512xui32> {mlxla.name = "model.layers.10.self_attn.o_proj.weight"}, %arg343: tensor<2880x64xf32> {mlxla.name = "model.layers.10.self_attn.o_proj.scales"}, %arg344: tensor<2880x64xf32> {mlxla.name = "model.layers.10.self_attn.o_proj.biases"}, %arg345: tensor<2880xf32> {mlxla.name = "model.layers.10.self_attn.o_proj.bias"}, %arg346: tensor<64xf32> {mlxla.name = "model.layers.10.self_attn.sinks"}, %arg347: tensor<2880xf32> {mlxla.name = "model.layers.10.post_attention_layernorm.weight"}, %arg348: tensor<32x720xui32> {mlxla.name = "model.layers.10.mlp.router.weight"}, %arg349: tensor<32x45xf32> {mlxla.name = "model.layers.10.mlp.router.scales"}, %arg350: tensor<32x45xf32> {mlxla.name = "model.layers.10.mlp.router.biases"}, %arg351: tensor<32xf32> {mlxla.name = "model.layers.10.mlp.router.bias"}, %arg352: tensor<32x2880x360xui32> {mlxla.name = "model.layers.10.mlp.experts.gate_proj.weight"}, %arg353: tensor<32x2880x90xui8> {mlxla.name = "model.layers.10.mlp.experts.gate_proj.scales"}, %arg354: tensor<32x2880xf32> {mlxla.name = "model.layers.10.mlp.experts.gate_proj.bias"}, %arg355: tensor<32x2880x360xui32> {mlxla.name = "model.layers.10.mlp.experts.up_proj.weight"}, %arg356: tensor<32x2880x90xui8> {mlxla.name = "model.layers.10.mlp.experts.up_proj.scales"}, %arg357: tensor<32x2880xf32> {mlxla.name = "model.layers.10.mlp.experts.up_proj.bias"}, %arg358: tensor<32x2880x360xui32> {mlxla.name = "model.layers.10.mlp.experts.down_proj.weight"}, %arg359: tensor<32x2880x90xui8> {mlxla.name = "model.layers.10.mlp.experts.down_proj.scales"}, %arg360: tensor<32x2880xf32> {mlxla.name = "model.layers.10.mlp.experts.down_proj.bias"}, %arg361: tensor<2880xf32> {mlxla.name = "model.layers.11.input_layernorm.weight"}, %arg362: tensor<4096x360xui32> {mlxla.name = "model.layers.11.self_attn.q_proj.weight"}, %arg363: tensor<4096x45xf32> {mlxla.name = "model.layers.11.self_attn.q_proj.scales"}, %arg364: tensor<4096x45xf32> {mlxla.name = "model.layers.11.self_attn.q_proj.biases"}, %arg365: tensor<4096xf32> {mlxla.name = "model.layers.11.self_attn.q_proj.bias"}, %arg366: tensor<512x360xui32> {mlxla.name = "model.layers.11.self_attn.k_proj.weight"}, %arg367: tensor<512x45xf32> {mlxla.name = "model.layers.11.self_attn.k_proj.scales"}, %arg368: tensor<512x45xf32> {mlxla.name = "model.layers.11.self_attn.k_proj.biases"}, %arg369: tensor<512xf32> {mlxla.name = "model.layers.11.self_attn.k_proj.bias"}, %arg370: tensor<512x360xui32> {mlxla.name = "model.layers.11.self_attn.v_proj.weight"}, %arg371: tensor<512x45xf32> {mlxla.name = "model.layers.11.self_attn.v_proj.scales"}, %arg372: tensor<512x45xf32> {mlxla.name = "model.layers.11.self_attn.v_proj.biases"}, %arg373: tensor<512xf32> {mlxla.name = "model.layers.11.self_attn.v_proj.bias"}, %arg374: tensor<2880x512xui32> {mlxla.name = "model.layers.11.self_attn.o_proj.weight"}, %arg375: tensor<2880x64xf32> {mlxla.name = "model.layers.11.self_attn.o_proj.scales"}, %arg376: tensor<2880x64xf32> {mlxla.name = "model.layers.11.self_attn.o_proj.biases"}, %arg377: tensor<2880xf32> {mlxla.name = "model.layers.11.self_attn.o_proj.bias"}, %arg378: tensor<64xf32> {mlxla.name = "model.layers.11.self_attn.sinks"}, %arg379: tensor<2880xf32> {mlxla.name = "model.layers.11.post_attention_layernorm.weight"}, %arg380: tensor<32x720xui32> {mlxla.name = "model.layers.11.mlp.router.weight"}, %arg381: tensor<32x45xf32> {mlxla.name = "model.layers.11.mlp.router.scales"}, %arg382: tensor<32x45xf32> {mlxla.name = "model.layers.11.mlp.router.biases"}, %arg383: tensor<32xf32> {mlxla.name = "model.layers.11.mlp.router.bias"}, %arg384: tensor<32x2880x360xui32> {mlxla.name = "model.layers.11.mlp.experts.gate_proj.weight"}, %arg385: tensor<32x2880x90xui8> {mlxla.name = "model.layers.11.mlp.experts.gate_proj.scales"}, %arg386: tensor<32x2880xf32> {mlxla.name = "model.layers.11.mlp.experts.gate_proj.bias"}, %arg387: tensor<32x2880x360xui32> {mlxla.name = "model.layers.11.mlp.experts.up_proj.weight"}, %arg388: tensor<32x2880x90xui8> {mlxla.name = "model.layers.11.mlp.experts.up_proj.scales"}, %arg389: tensor<32x2880xf32> {mlxla.name = "model.layers.11.mlp.experts.up_proj.bias"}, %arg390: tensor<32x2880x360xui32> {mlxla.name = "model.layers.11.mlp.experts.down_proj.weight"}, %arg391: tensor<32x2880x90xui8> {mlxla.name = "model.layers.11.mlp.experts.down_proj.scales"}, %arg392: tensor<32x2880xf32> {mlxla.name = "model.layers.11.mlp.experts.down_proj.bias"}, %arg393: tensor<2880xf32> {mlxla.name = "model.layers.12.input_layernorm.weight"}, %arg394: tensor<4096x360xui32> {mlxla.name = "model.layers.12.self_attn.q_proj.weight"}, %arg395: tensor<4096x45xf32> {mlxla.name = "model.layers.12.self_attn.q_proj.scales"}, %arg396: tensor<4096x45xf32> {mlxla.name = "model.layers.12.self_attn.q_proj.biases"}, %arg397: tensor<4096xf32> {mlxla.name = "model.layers.12.self_attn.q_proj.bias"}, %arg398: tensor<512x360xui32> {mlxla.name = "model.layers.12.self_attn.k_proj.weight"}, %arg399: tensor<512x45xf32> {mlxla.name = "model.layers.12.self_attn.k_proj.scales"}, %arg400: tensor<512x45xf32> {mlxla.name = "model.layers.12.self_attn.k_proj.biases"}, %arg401: tensor<512xf32> {mlxla.name = "model.layers.12.self_attn.k_proj.bias"}, %arg402: tensor<512x360xui32> {mlxla.name = "model.layers.12.self_attn.v_proj.weight"}, %arg403: tensor<512x45xf32> {mlxla.name = "model.layers.12.self_attn.v_proj.scales"}, %arg404: tensor<512x45xf32> {mlxla.name = "model.layers.12.self_attn.v_proj.biases"}, %arg405: tensor<512xf32> {mlxla.name = "model.layers.12.self_attn.v_proj.bias"}, %arg406: tensor<2880x512xui32> {mlxla.name = "model.layers.12.self_attn.o_proj.weight"}, %arg407: tensor<2880x64xf32> {mlxla.name = "model.layers.12.self_attn.o_proj.scales"}, %arg408: tensor<2880x64xf32> {mlxla.name = "model.layers.12.self_attn.o_proj.biases"}, %arg409: tensor<2880xf32> {mlxla.name = "model.layers.12.self_attn.o_proj.bias"}, %arg410: tensor<64xf32> {mlxla.name = "model.layers.12.self_attn.sinks"}, %arg411: tensor<2880xf32> {mlxla.name = "model.layers.12.post_attention_layernorm.weight"}, %arg412: tensor<32x720xui32> {mlxla.name = "model.layers.12.mlp.router.weight"}, %arg413: tensor<32x45xf32> {mlxla.name = "model.layers.12.mlp.router.scales"}, %arg414: tensor<32x45xf32> {mlxla.name = "model.layers.12.mlp.router.biases"}, %arg415: tensor<32xf32> {mlxla.name = "model.layers.12.mlp.router.bias"}, %arg416: tensor<32x2880x360xui32> {mlxla.name = "model.layers.12.mlp.experts.gate_proj.weight"}, %arg417: tensor<32x2880x90xui8> {mlxla.name = "model.layers.12.mlp.experts.gate_proj.scales"}, %arg418: tensor<32x2880xf32> {mlxla.name = "model.layers.12.mlp.experts.gate_proj.bias"}, %arg419: tensor<32x2880x360xui32> {mlxla.name = "model.layers.12.mlp.experts.up_proj.weight"}, %arg420: tensor<32x2880x90xui8> {mlxla.name = "model.layers.12.mlp.experts.up_proj.scales"}, %arg421: tensor<32x2880xf32> {mlxla.name = "model.layers.12.mlp.experts.up_proj.bias"}, %arg422: tensor<32x2880x360xui32> {mlxla.name = "model.layers.12.mlp.experts.down_proj.weight"}, %arg423: tensor<32x2880x90xui8> {mlxla.name = "model.layers.12.mlp.experts.down_proj.scales"}, %arg424: tensor<32x2880xf32> {mlxla.name = "model.layers.12.mlp.experts.down_proj.bias"}, %arg425: tensor<2880xf32> {mlxla.name = "model.layers.13.input_layernorm.weight"}, %arg426: tensor<4096x360xui32> {mlxla.name = "model.layers.13.self_attn.q_proj.weight"}, %arg427: tensor<4096x45xf32> {mlxla.name = "model.layers.13.self_attn.q_proj.scales"}, %arg428: tensor<4096x45xf32> {mlxla.name = "model.layers.13.self_attn.q_proj.biases"}, %arg429: tensor<4096xf32> {mlxla.name = "model.layers.13.self_attn.q_proj.bias"}, %arg430: tensor<512x360xui32> {mlxla.name = "model.layers.13.self_attn.k_proj.weight"}, %arg431: tensor<512x45xf32> {mlxla.name = "model.layers.13.self_attn.k_proj.scales"}, %arg432: tensor<512x45xf32> {mlxla.name = "model.layers.13.self_attn.k_proj.biases"}, %arg433: tensor<512xf32> {mlxla.name = "model.layers.13.self_attn.k_proj.bias"}, %arg434: tensor<512x360xui32> {mlxla.name = "model.layers.13.self_attn.v_proj.weight"}, %arg435: tensor<512x45xf32> {mlxla.name = "model.layers.13.self_attn.v_proj.scales"}, %arg436: tensor<512x45xf32> {mlxla.name = "model.layers.13.self_attn.v_proj.biases"}, %arg437: tensor<512xf32> {mlxla.name = "model.layers.13.self_attn.v_proj.bias"}, %arg438: tensor<2880x512xui32> {mlxla.name = "model.layers.13.self_attn.o_proj.weight"}, %arg439: tensor<2880x64xf32> {mlxla.name = "model.layers.13.self_attn.o_proj.scales"}, %arg440: tensor<2880x64xf32> {mlxla.name = "model.layers.13.self_attn.o_proj.biases"}, %arg441: tensor<2880xf32> {mlxla.name = "model.layers.13.self_attn.o_proj.bias"}, %arg442: tensor<64xf32> {mlxla.name = "model.layers.13.self_attn.sinks"}, %arg443: tensor<2880xf32> {mlxla.name = "model.layers.13.post_attention_layernorm.weight"}, %arg444: tensor<32x720xui32> {mlxla.name = "model.layers.13.mlp.router.weight"}, %arg445: tensor<32x45xf32> {mlxla.name = "model.layers.13.mlp.router.scales"}, %arg446: tensor<32x45xf32> {mlxla.name = "model.layers.13.mlp.router.biases"}, %arg447: tensor<32xf32> {mlxla.name = "model.layers.13.mlp.router.bias"}, %arg448: tensor<32x2880x360xui32> {mlxla.name = "model.layers.13.mlp.experts.gate_proj.weight"}, %arg449: tensor<32x2880x90xui8> {mlxla.name = "model.layers.13.mlp.experts.gate_proj.scales"}, %arg450: tensor<32x2880xf32> {mlxla.name = "model.layers.13.mlp.experts.gate_proj.bias"}, %arg451: tensor<32x2880x360xui32> {mlxla.name = "model.layers.13.mlp.experts.up_proj.weight"}, %arg452: tensor<32x2880x90xui8> {mlxla.name = "model.layers.13.mlp.experts.up_proj.scales"}, %arg453: tensor<32x2880xf32> {mlxla.name = "model.layers.13.mlp.experts.up_proj.bias"}, %arg454: tensor<32x2880x360xui32> {mlxla.name = "model.layers.13.mlp.experts.down_proj.weight"}, %arg455: tensor<32x2880x90xui8> {mlxla.name = "model.layers.13.mlp.experts.down_proj.scales"}, %arg456: tensor<32x2880xf32> {mlxla.name = "model.layers.13.mlp.experts.down_proj.bias"}, %arg457: tensor<2880xf32> {mlxla.name = "model.layers.14.input_layernorm.weight"}, %arg458: tensor<4096x360xui32> {mlxla.name = "model.layers.14.self_attn.q_proj.weight"}, %arg459: tensor<4096x45xf32> {mlxla.name = "model.layers.14.self_attn.q_proj.scales"}, %arg460: tensor<4096x45xf32> {mlxla.name = "model.layers.14.self_attn.q_proj.biases"}, %arg461: tensor<4096xf32> {mlxla.name = "model.layers.14.self_attn.q_proj.bias"}, %arg462: tensor<512x360xui32> {mlxla.name = "model.layers.14.self_attn.k_proj.weight"}, %arg463: tensor<512x45xf32> {mlxla.name = "model.layers.14.self_attn.k_proj.scales"}, %arg464: tensor<512x45xf32> {mlxla.name = "model.layers.14.self_attn.k_proj.biases"}, %arg465: tensor<512xf32> {mlxla.name = "model.layers.14.self_attn.k_proj.bias"}, %arg466: tensor<512x360xui32> {mlxla.name = "model.layers.14.self_attn.v_proj.weight"}, %arg467: tensor<512x45xf32> {mlxla.name = "model.layers.14.self_attn.v_proj.scales"}, %arg468: tensor<512x45xf32> {mlxla.name = "model.layers.14.self_attn.v_proj.biases"}, %arg469: tensor<512xf32> {mlxla.name = "model.layers.14.self_attn.v_proj.bias"}, %arg470: tensor<2880x512xui32> {mlxla.name = "model.layers.14.self_attn.o_proj.weight"}, %arg471: tensor<2880x64xf32> {mlxla.name = "model.layers.14.self_attn.o_proj.scales"}, %arg472: tensor<2880x64xf32> {mlxla.name = "model.layers.14.self_attn.o_proj.biases"}, %arg473: tensor<2880xf32> {mlxla.name = "model.layers.14.self_attn.o_proj.bias"}, %arg474: tensor<64xf32> {mlxla.name = "model.layers.14.self_attn.sinks"}, %arg475: tensor<2880xf32> {mlxla.name = "model.layers.14.post_attention_layernorm.weight"}, %arg476: tensor<32x720xui32> {mlxla.name = "model.layers.14.mlp.router.weight"}, %arg477: tensor<32x45xf32> {mlxla.name = "model.layers.14.mlp.router.scales"}, %arg478: tensor<32x45xf32> {mlxla.name = "model.layers.14.mlp.router.biases"}, %arg479: tensor<32xf32> {mlxla.name = "model.layers.14.mlp.router.bias"}, %arg480: tensor<32x2880x360xui32> {mlxla.name = "model.layers.14.mlp.experts.gate_proj.weight"}, %arg481: tensor<32x2880x90xui8> {mlxla.name = "model.layers.14.mlp.experts.gate_proj.scales"}, %arg482: tensor<32x2880xf32> {mlxla.name = "model.layers.14.mlp.experts.gate_proj.bias"}, %arg483: tensor<32x2880x360xui32> {mlxla.name = "model.layers.14.mlp.experts.up_proj.weight"}, %arg484: tensor<32x2880x90xui8> {mlxla.name = "model.layers.14.mlp.experts.up_proj.scales"}, %arg485: tensor<32x2880xf32> {mlxla.name = "model.layers.14.mlp.experts.up_proj.bias"}, %arg486: tensor<32x2880x360xui32> {mlxla.name = "model.layers.14.mlp.experts.down_proj.weight"}, %arg487: tensor<32x2880x90xui8> {mlxla.name = "model.layers.14.mlp.experts.down_proj.scales"}, %arg488: tensor<32x2880xf32> {mlxla.name = "model.layers.14.mlp.experts.down_proj.bias"}, %arg489: tensor<2880xf32> {mlxla.name = "model.layers.15.input_layernorm.weight"}, %arg490: tensor<4096x360xui32> {mlxla.name = "model.layers.15.self_attn.q_proj.weight"}, %arg491: tensor<4096x45xf32> {mlxla.name = "model.layers.15.self_attn.q_proj.scales"}, %arg492: tensor<4096x45xf32> {mlxla.name = "model.layers.15.self_attn.q_proj.biases"}, %arg493: tensor<4096xf32> {mlxla.name = "model.layers.15.self_attn.q_proj.bias"}, %arg494: tensor<512x360xui32> {mlxla.name = "model.layers.15.self_attn.k_proj.weight"}, %arg495: tensor<512x45xf32> {mlxla.name = "model.layers.15.self_attn.k_proj.scales"}, %arg496: tensor<512x45xf32> {mlxla.name = "model.layers.15.self_attn.k_proj.biases"}, %arg497: tensor<512xf32> {mlxla.name = "model.layers.15.self_attn.k_proj.bias"}, %arg498: tensor<512x360xui32> {mlxla.name = "model.layers.15.self_attn.v_proj.weight"}, %arg499: tensor<512x45xf32> {mlxla.name = "model.layers.15.self_attn.v_proj.scales"}, %arg500: tensor<512x45xf32> {mlxla.name = "model.layers.15.self_attn.v_proj.biases"}, %arg501: tensor<512xf32> {mlxla.name = "model.layers.15.self_attn.v_proj.bias"}, %arg502: tensor<2880x512xui32> {mlxla.name = "model.layers.15.self_attn.o_proj.weight"}, %arg503: tensor<2880x64xf32> {mlxla.name = "model.layers.15.self_attn.o_proj.scales"}, %arg504: tensor<2880x64xf32> {mlxla.name = "model.layers.15.self_attn.o_proj.biases"}, %arg505: tensor<2880xf32> {mlxla.name = "model.layers.15.self_attn.o_proj.bias"}, %arg506: tensor<64xf32> {mlxla.name = "model.layers.15.self_attn.sinks"}, %arg507: tensor<2880xf32> {mlxla.name = "model.layers.15.post_attention_layernorm.weight"}, %arg508: tensor<32x720xui32> {mlxla.name = "model.layers.15.mlp.router.weight"}, %arg509: tensor<32x45xf32> {mlxla.name = "model.layers.15.mlp.router.scales"}, %arg510: tensor<32x45xf32> {mlxla.name = "model.layers.15.mlp.router.biases"}, %arg511: tensor<32xf32> {mlxla.name = "model.layers.15.mlp.router.bias"}, %arg512: tensor<32x2880x360xui32> {mlxla.name = "model.layers.15.mlp.experts.gate_proj.weight"}, %arg513: tensor<32x2880x90xui8> {mlxla.name = "model.layers.15.mlp.experts.gate_proj.scales"}, %arg514: tensor<32x2880xf32> {mlxla.name = "model.layers.15.mlp.experts.gate_proj.bias"}, %arg515: tensor<32x2880x360xui32> {mlxla.name = "model.layers.15.mlp.experts.up_proj.weight"}, %arg516: tensor<32x2880x90xui8> {mlxla.name = "model.layers.15.mlp.experts.up_proj.scales"}, %arg517: tensor<32x2880xf32> {mlxla.name = "model.layers.15.mlp.experts.up_proj.bias"}, %arg518: tensor<32x2880x360xui32> {mlxla.name = "model.layers.15.mlp.experts.down_proj.weight"}, %arg519: tensor<32x2880x90xui8> {mlxla.name = "model.layers.15.mlp.experts.down_proj.scales"}, %arg520: tensor<32x2880xf32> {mlxla.name = "model.layers.15.mlp.experts.down_proj.bias"}, %arg521: tensor<2880xf32> {mlxla.name = "model.layers.16.input_layernorm.weight"}, %arg522: tensor<4096x360xui32> {mlxla.name = "model.layers.16.self_attn.q_proj.weight"}, %arg523: tensor<4096x45xf32> {mlxla.name = "model.layers.16.self_attn.q_proj.scales"}, %arg524: tensor<4096x45xf32> {mlxla.name = "model.layers.16.self_attn.q_proj.biases"}, %arg525: tensor<4096xf32> {mlxla.name = "model.layers.16.self_attn.q_proj.bias"}, %arg526: tensor<512x360xui32> {mlxla.name = "model.layers.16.self_attn.k_proj.weight"}, %arg527: tensor<512x45xf32> {mlxla.name = "model.layers.16.self_attn.k_proj.scales"}, %arg528: tensor<512x45xf32> {mlxla.name = "model.layers.16.self_attn.k_proj.biases"}, %arg529: tensor<512xf32> {mlxla.name = "model.layers.16.self_attn.k_proj.bias"}, %arg530: tensor<512x360xui32> {mlxla.name = "model.layers.16.self_attn.v_proj.weight"}, %arg531: tensor<512x45xf32> {mlxla.name = "model.layers.16.self_attn.v_proj.scales"}, %arg532: tensor<512x45xf32> {mlxla.name = "model.layers.16.self_attn.v_proj.biases"}, %arg533: tensor<512xf32> {mlxla.name = "model.layers.16.self_attn.v_proj.bias"}, %arg534: tensor<2880x512xui32> {mlxla.name = "model.layers.16.self_attn.o_proj.weight"}, %arg535: tensor<2880x64xf32> {mlxla.name = "model.layers.16.self_attn.o_proj.scales"}, %arg536: tensor<2880x64xf32> {mlxla.name = "model.layers.16.self_attn.o_proj.biases"}, %arg537: tensor<2880xf32> {mlxla.name = "model.layers.16.self_attn.o_proj.bias"}, %arg538: tensor<64xf32> {mlxla.name = "model.layers.16.self_attn.sinks"}, %arg539: tensor<2880xf32> {mlxla.name = "model.layers.16.post_attention_layernorm.weight"}, %arg540: tensor<32x720xui32> {mlxla.name = "model.layers.16.mlp.router.weight"}, %arg541: tensor<32x45xf32> {mlxla.name = "model.layers.16.mlp.router.scales"}, %arg542: tensor<32x45xf32> {mlxla.name = "model.layers.16.mlp.router.biases"}, %arg543: tensor<32xf32> {mlxla.name = "model.layers.16.mlp.router.bias"}, %arg544: tensor<32x2880x360xui32> {mlxla.name = "model.layers.16.mlp.experts.gate_proj.weight"}, %arg545: tensor<32x2880x90xui8> {mlxla.name = "model.layers.16.mlp.experts.gate_proj.scales"}, %arg546: tensor<32x2880xf32> {mlxla.name = "model.layers.16.mlp.experts.gate_proj.bias"}, %arg547: tensor<32x2880x360xui32> {mlxla.name = "model.layers.16.mlp.experts.up_proj.weight"}, %arg548: tensor<32x2880x90xui8> {mlxla.name = "model.layers.16.mlp.experts.up_proj.scales"}, %arg549: tensor<32x2880xf32> {mlxla.name = "model.layers.16.mlp.experts.up_proj.bias"}, %arg550: tensor<32x2880x360xui32> {mlxla.name = "model.layers.16.mlp.experts.down_proj.weight"}, %arg551: tensor<32x2880x90xui8> {mlxla.name = "model.layers.16.mlp.experts.down_proj.scales"}, %arg552: tensor<32x2880xf32> {mlxla.name = "model.layers.16.mlp.experts.down_proj.bias"}, %arg553: tensor<2880xf32> {mlxla.name = "model.layers.17.input_layernorm.weight"}, %arg554: tensor<4096x360xui32> {mlxla.name = "model.layers.17.self_attn.q_proj.weight"}, %arg555: tensor<4096x45xf32> {mlxla.name = "model.layers.17.self_attn.q_proj.scales"}, %arg556: tensor<4096x45xf32> {mlxla.name = "model.layers.17.self_attn.q_proj.biases"}, %arg557: tensor<4096xf32> {mlxla.name = "model.layers.17.self_attn.q_proj.bias"}, %arg558: tensor<512x360xui32> {mlxla.name = "model.layers.17.self_attn.k_proj.weight"}, %arg559: tensor<512x45xf32> {mlxla.name = "model.layers.17.self_attn.k_proj.scales"}, %arg560: tensor<512x45xf32> {mlxla.name = "model.layers.17.self_attn.k_proj.biases"}, %arg561: tensor<512xf32> {mlxla.name = "model.layers.17.self_attn.k_proj.bias"}, %arg562: tensor<512x360xui32> {mlxla.name = "model.layers.17.self_attn.v_proj.weight"}, %arg563: tensor<512x45xf32> {mlxla.name = "model.layers.17.self_attn.v_proj.scales"}, %arg564: tensor<512x45xf32> {mlxla.name = "model.layers.17.self_attn.v_proj.biases"}, %arg565: tensor<512xf32> {mlxla.name = "model.layers.17.self_attn.v_proj.bias"}, %arg566: tensor<2880x512xui32> {mlxla.name = "model.layers.17.self_attn.o_proj.weight"}, %arg567: tensor<2880x64xf32> {mlxla.name = "model.layers.17.self_attn.o_proj.scales"}, %arg568: tensor<2880x64xf32> {mlxla.name = "model.layers.17.self_attn.o_proj.biases"}, %arg569: tensor<2880xf32> {mlxla.name = "model.layers.17.self_attn.o_proj.bias"}, %arg570: tensor<64xf32> {mlxla.name = "model.layers.17.self_attn.sinks"}, %arg571: tensor<2880xf32> {mlxla.name = "model.layers.17.post_attention_layernorm.weight"}, %arg572: tensor<32x720xui32> {mlxla.name = "model.layers.17.mlp.router.weight"}, %arg573: tensor<32x45xf32> {mlxla.name = "model.layers.17.mlp.router.scales"}, %arg574: tensor<32x45xf32> {mlxla.name = "model.layers.17.mlp.router.biases"}, %arg575: tensor<32xf32> {mlxla.name = "model.layers.17.mlp.router.bias"}, %arg576: tensor<32x2880x360xui32> {mlxla.name = "model.layers.17.mlp.experts.gate_proj.weight"}, %arg577: tensor<32x2880x90xui8> {mlxla.name = "model.layers.17.mlp.experts.gate_proj.scales"}, %arg578: tensor<32x2880xf32> {mlxla.name = "model.layers.17.mlp.experts.gate_proj.bias"}, %arg579: tensor<32x2880x360xui32> {mlxla.name = "model.layers.17.mlp.experts.up_proj.weight"}, %arg580: tensor<32x2880x90xui8> {mlxla.name = "model.layers.17.mlp.experts.up_proj.scales"}, %arg581: tensor<32x2880xf32> {mlxla.name = "model.layers.17.mlp.experts.up_proj.bias"}, %arg582: tensor<32x2880x360xui32> {mlxla.name = "model.layers.17.mlp.experts.down_proj.weight"}, %arg583: tensor<32x2880x90xui8> {mlxla.name = "model.layers.17.mlp.experts.down_proj.scales"}, %arg584: tensor<32x2880xf32> {mlxla.name = "model.layers.17.mlp.experts.down_proj.bias"}, %arg585: tensor<2880xf32> {mlxla.name = "model.layers.18.input_layernorm.weight"}, %arg586: tensor<4096x360xui32> {mlxla.name = "model.layers.18.self_attn.q_proj.weight"}, %arg587: tensor<4096x45xf32> {mlxla.name = "model.layers.18.self_attn.q_proj.scales"}, %arg588: tensor<4096x45xf32> {mlxla.name = "model.layers.18.self_attn.q_proj.biases"}, %arg589: tensor<4096xf32> {mlxla.name = "model.layers.18.self_attn.q_proj.bias"}, %arg590: tensor<512x360xui32> {mlxla.name = "model.layers.18.self_attn.k_proj.weight"}, %arg591: tensor<512x45xf32> {mlxla.name = "model.layers.18.self_attn.k_proj.scales"}, %arg592: tensor<512x45xf32> {mlxla.name = "model.layers.18.self_attn.k_proj.biases"}, %arg593: tensor<512xf32> {mlxla.name = "model.layers.18.self_attn.k_proj.bias"}, %arg594: tensor<512x360xui32> {mlxla.name = "model.layers.18.self_attn.v_proj.weight"}, %arg595: tensor<512x45xf32> {mlxla.name = "model.layers.18.self_attn.v_proj.scales"}, %arg596: tensor<512x45xf32> {mlxla.name = "model.layers.18.self_attn.v_proj.biases"}, %arg597: tensor<512xf32> {mlxla.name = "model.layers.18.self_attn.v_proj.bias"}, %arg598: tensor<2880x512xui32> {mlxla.name = "model.layers.18.self_attn.o_proj.weight"}, %arg599: tensor<2880x64xf32> {mlxla.name = "model.layers.18.self_attn.o_proj.scales"}, %arg600: tensor<2880x64xf32> {mlxla.name = "model.layers.18.self_attn.o_proj.biases"}, %arg601: tensor<2880xf32> {mlxla.name = "model.layers.18.self_attn.o_proj.bias"}, %arg602: tensor<64xf32> {mlxla.name = "model.layers.18.self_attn.sinks"}, %arg603: tensor<2880xf32> {mlxla.name = "model.layers.18.post_attention_layernorm.weight"}, %arg604: tensor<32x720xui32> {mlxla.name = "model.layers.18.mlp.router.weight"}, %arg605: tensor<32x45xf32> {mlxla.name = "model.layers.18.mlp.router.scales"}, %arg606: tensor<32x45xf32> {mlxla.name = "model.layers.18.mlp.router.biases"}, %arg607: tensor<32xf32> {mlxla.name = "model.layers.18.mlp.router.bias"}, %arg608: tensor<32x2880x360xui32> {mlxla.name = "model.layers.18.mlp.experts.gate_proj.weight"}, %arg609: tensor<32x2880x90xui8> {mlxla.name = "model.layers.18.mlp.experts.gate_proj.scales"}, %arg610: tensor<32x2880xf32> {mlxla.name = "model.layers.18.mlp.experts.gate_proj.bias"}, %arg611: tensor<32x2880x360xui32> {mlxla.name = "model.layers.18.mlp.experts.up_proj.weight"}, %arg612: tensor<32x2880x90xui8> {mlxla.name = "model.layers.18.mlp.experts.up_proj.scales"}, %arg613: tensor<32x2880xf32> {mlxla.name = "model.layers.18.mlp.experts.up_proj.bias"}, %arg614: tensor<32x2880x360xui32> {mlxla.name = "model.layers.18.mlp.experts.down_proj.weight"}, %arg615: tensor<32x2880x90xui8> {mlxla.name = "model.layers.18.mlp.experts.down_proj.scales"}, %arg616: tensor<32x2880xf32> {mlxla.name = "model.layers.18.mlp.experts.down_proj.bias"}, %arg617: tensor<2880xf32> {mlxla.name = "model.layers.19.input_layernorm.weight"}, %arg618: tensor<4096x360xui32> {mlxla.name = "model.layers.19.self_attn.q_proj.weight"}, %arg619: tensor<4096x45xf32> {mlxla.name = "model.layers.19.self_attn.q_proj.scales"}, %arg620: tensor<4096x45xf32> {mlxla.name = "model.layers.19.self_attn.q_proj.biases"}, %arg621: tensor<4096xf32> {mlxla.name = "model.layers.19.self_attn.q_proj.bias"}, %arg622: tensor<512x360xui32> {mlxla.name = "model.layers.19.self_attn.k_proj.weight"}, %arg623: tensor<512x45xf32> {mlxla.name = "model.layers.19.self_attn.k_proj.scales"}, %arg624: tensor<512x45xf32> {mlxla.name = "model.layers.19.self_attn.k_proj.biases"}, %arg625: tensor<512xf32> {mlxla.name = "model.layers.19.self_attn.k_proj.bias"}, %arg626: tensor<512x360xui32> {mlxla.name = "model.layers.19.self_attn.v_proj.weight"}, %arg627: tensor<512x45xf32> {mlxla.name = "model.layers.19.self_attn.v_proj.scales"}, %arg628: tensor<512x45xf32> {mlxla.name = "model.layers.19.self_attn.v_proj.biases"}, %arg629: tensor<512xf32> {mlxla.name = "model.layers.19.self_attn.v_proj.bias"}, %arg630: tensor<2880x512xui32> {mlxla.name = "model.layers.19.self_attn.o_proj.weight"}, %arg631: tensor<2880x64xf32> {mlxla.name = "model.layers.19.self_attn.o_proj.scales"}, %arg632: tensor<2880x64xf32> {mlxla.name = "model.layers.19.self_attn.o_proj.biases"}, %arg633: tensor<2880xf32> {mlxla.name = "model.layers.19.self_attn.o_proj.bias"}, %arg634: tensor<64xf32> {mlxla.name = "model.layers.19.self_attn.sinks"}, %arg635: tensor<2880xf32> {mlxla.name = "model.layers.19.post_attention_layernorm.weight"}, %arg636: tensor<32x720xui32> {mlxla.name = "model.layers.19.mlp.router.weight"}, %arg637: tensor<32x45xf32> {mlxla.name = "model.layers.19.mlp.router.scales"}, %arg638: tensor<32x45xf32> {mlxla.name = "model.layers.19.mlp.router.biases"}, %arg639: tensor<32xf32> {mlxla.name = "model.layers.19.mlp.router.bias"}, %arg640: tensor<32x2880x360xui32> {mlxla.name = "model.layers.19.mlp.experts.gate_proj.weight"}, %arg641: tensor<32x2880x90xui8> {mlxla.name = "model.layers.19.mlp.experts.gate_proj.scales"}, %arg642: tensor<32x2880xf32> {mlxla.name = "model.layers.19.mlp.experts.gate_proj.bias"}, %arg643: tensor<32x2880x360xui32> {mlxla.name = "model.layers.19.mlp.experts.up_proj.weight"}, %arg644: tensor<32x2880x90xui8> {mlxla.name = "model.layers.19.mlp.experts.up_proj.scales"}, %arg645: tensor<32x2880xf32> {mlxla.name = "model.layers.19.mlp.experts.up_proj.bias"}, %arg646: tensor<32x2880x360xui32> {mlxla.name = "model.layers.19.mlp.experts.down_proj.weight"}, %arg647: tensor<32x2880x90xui8> {mlxla.name = "model.layers.19.mlp.experts.down_proj.scales"}, %arg648: tensor<32x2880xf32> {mlxla.name = "model.layers.19.mlp.experts.down_proj.bias"}, %arg649: tensor<2880xf32> {mlxla.name = "model.layers.20.input_layernorm.weight"}, %arg650: tensor<4096x360xui32> {mlxla.name = "model.layers.20.self_attn.q_proj.weight"}, %arg651: tensor<4096x45xf32> {mlxla.name = "model.layers.20.self_attn.q_proj.scales"}, %arg652: tensor<4096x45xf32> {mlxla.name = "model.layers.20.self_attn.q_proj.biases"}, %arg653: tensor<4096xf32> {mlxla.name = "model.layers.20.self_attn.q_proj.bias"}, %arg654: tensor<512x360xui32> {mlxla.name = "model.layers.20.self_attn.k_proj.weight"}, %arg655: tensor<512x45xf32> {mlxla.name = "model.layers.20.self_attn.k_proj.scales"}, %arg656: tensor<512x45xf32> {mlxla.name = "model.layers.20.self_attn.k_proj.biases"}, %arg657: tensor<512xf32> {mlxla.name = "model.layers.20.self_attn.k_proj.bias"}, %arg658: tensor<512x360xui32> {mlxla.name = "model.layers.20.self_attn.v_proj.weight"}, %arg659: tensor<512x45xf32> {mlxla.name = "model.layers.20.self_attn.v_proj.scales"}, %arg660: tensor<512x45xf32> {mlxla.name = "model.layers.20.self_attn.v_proj.biases"}, %arg661: tensor<512xf32> {mlxla.name = "model.layers.20.self_attn.v_proj.bias"}, %arg662: tensor<2880x512xui32> {mlxla.name = "model.layers.20.self_attn.o_proj.weight"}, %arg663: tensor<2880x64xf32> {mlxla.name = "model.layers.20.self_attn.o_proj.scales"}, %arg664: tensor<2880x64xf32> {mlxla.name = "model.layers.20.self_attn.o_proj.biases"}, %arg665: tensor<2880xf32> {mlxla.name = "model.layers.20.self_attn.o_proj.bias"}, %arg666: tensor<64xf32> {mlxla.name = "model.layers.20.self_attn.sinks"}, %arg667: tensor<2880xf32> {mlxla.name = "model.layers.20.post_attention_layernorm.weight"}, %arg668: tensor<32x720xui32> {mlxla.name = "model.layers.20.mlp.router.weight"}, %arg669: tensor<32x45xf32> {mlxla.name = "model.layers.20.mlp.router.scales"}, %arg670: tensor<32x45xf32> {mlxla.name = "model.layers.20.mlp.router.biases"}, %arg671: tensor<32xf32> {mlxla.name = "model.layers.20.mlp.router.bias"}, %arg672: tensor<32x2880x360xui32> {mlxla.name = "model.layers.20.mlp.experts.gate_proj.weight"}, %arg673: tensor<32x2880x90xui8> {mlxla.name = "model.layers.20.mlp.experts.gate_proj.scales"}, %arg674: tensor<32x2880xf32> {mlxla.name = "model.layers.20.mlp.experts.gate_proj.bias"}, %arg675: tensor<32x2880x360xui32> {mlxla.name = "model.layers.20.mlp.experts.up_proj.weight"}, %arg676: tensor<32x2880x90xui8> {mlxla.name = "model.layers.20.mlp.experts.up_proj.scales"}, %arg677: tensor<32x2880xf32> {mlxla.name = "model.layers.20.mlp.experts.up_proj.bias"}, %arg678: tensor<32x2880x360xui32> {mlxla.name = "model.layers.20.mlp.experts.down_proj.weight"}, %arg679: tensor<32x2880x90xui8> {mlxla.name = "model.layers.20.mlp.experts.down_proj.scales"}, %arg680: tensor<32x2880xf32> {mlxla.name = "model.layers.20.mlp.experts.down_proj.bias"}, %arg681: tensor<2880xf32> {mlxla.name = "model.layers.21.input_layernorm.weight"}, %arg682: tensor<4096x360xui32> {mlxla.name = "model.layers.21.self_attn.q_proj.weight"}, %arg683: tensor<4096x45xf32> {mlxla.name = "model.layers.21.self_attn.q_proj.scales"}, %arg684: tensor<4096x45xf32> {mlxla.name = "model.layers.21.self_attn.q_proj.biases"}, %arg685: tensor<4096xf32> {mlxla.name = "model.layers.21.self_attn.q_proj.bias"}, %arg686: tensor<512x360xui32> {mlxla.name = "model.layers.21.self_attn.k_proj.weight"}, %arg687: tensor<512x45xf32> {mlxla.name = "model.layers.21.self_attn.k_proj.scales"}, %arg688: tensor<512x45xf32> {mlxla.name = "model.layers.21.self_attn.k_proj.biases"}, %arg689: tensor<512xf32> {mlxla.name = "model.layers.21.self_attn.k_proj.bias"}, %arg690: tensor<512x360xui32> {mlxla.name = "model.layers.21.self_attn.v_proj.weight"}, %arg691: tensor<512x45xf32> {mlxla.name = "model.layers.21.self_attn.v_proj.scales"}, %arg692: tensor<512x45xf32> {mlxla.name = "model.layers.21.self_attn.v_proj.biases"}, %arg693: tensor<512xf32> {mlxla.name = "model.layers.21.self_attn.v_proj.bias"}, %arg694: tensor<2880x512xui32> {mlxla.name = "model.layers.21.self_attn.o_proj.weight"}, %arg695: tensor<2880x64xf32> {mlxla.name = "model.layers.21.self_attn.o_proj.scales"}, %arg696: tensor<2880x64xf32> {mlxla.name = "model.layers.21.self_attn.o_proj.biases"}, %arg697: tensor<2880xf32> {mlxla.name = "model.layers.21.self_attn.o_proj.bias"}, %arg698: tensor<64xf32> {mlxla.name = "model.layers.21.self_attn.sinks"}, %arg699: tensor<2880xf32> {mlxla.name = "model.layers.21.post_attention_layernorm.weight"}, %arg700: tensor<32x720xui32> {mlxla.name = "model.layers.21.mlp.router.weight"}, %arg701: tensor<32x45xf32> {mlxla.name = "model.layers.21.mlp.router.scales"}, %arg702: tensor<32x45xf32> {mlxla.name = "model.layers.21.mlp.router.biases"}, %arg703: tensor<32xf32> {mlxla.name = "model.layers.21.mlp.router.bias"}, %arg704: tensor<32x2880x360xui32> {mlxla.name = "model.layers.21.mlp.experts.gate_proj.weight"}, %arg705: tensor<32x2880x90xui8> {mlxla.name = "model.layers.21.mlp.experts.gate_proj.scales"}, %arg706: tensor<32x2880xf32> {mlxla.name = "model.layers.21.mlp.experts.gate_proj.bias"}, %arg707: tensor<32x2880x360xui32> {mlxla.name = "model.layers.21.mlp.experts.up_proj.weight"}, %arg708: tensor<32x2880x90xui8> {mlxla.name = "model.layers.21.mlp.experts.up_proj.scales"}, %arg709: tensor<32x2880xf32> {mlxla.name = "model.layers.21.mlp.experts.up_proj.bias"}, %arg710: tensor<32x2880x360xui32> {mlxla.name = "model.layers.21.mlp.experts.down_proj.weight"}, %arg711: tensor<32x2880x90xui8> {mlxla.name = "model.layers.21.mlp.experts.down_proj.scales"}, %arg712: tensor<32x2880xf32> {mlxla.name = "model.layers.21.mlp.experts.down_proj.bias"}, %arg713: tensor<2880xf32> {mlxla.name = "model.layers.22.input_layernorm.weight"}, %arg714: tensor<4096x360xui32> {mlxla.name = "model.layers.22.self_attn.q_proj.weight"}, %arg715: tensor<4096x45xf32> {mlxla.name = "model.layers.22.self_attn.q_proj.scales"}, %arg716: tensor<4096x45xf32> {mlxla.name = "model.layers.22.self_attn.q_proj.biases"}, %arg717: tensor<4096xf32> {mlxla.name = "model.layers.22.self_attn.q_proj.bias"}, %arg718: tensor<512x360xui32> {mlxla.name = "model.layers.22.self_attn.k_proj.weight"}, %arg719: tensor<512x45xf32> {mlxla.name = "model.layers.22.self_attn.k_proj.scales"}, %arg720: tensor<512x45xf32> {mlxla.name = "model.layers.22.self_attn.k_proj.biases"}, %arg721: tensor<512xf32> {mlxla.name = "model.layers.22.self_attn.k_proj.bias"}, %arg722: tensor<512x360xui32> {mlxla.name = "model.layers.22.self_attn.v_proj.weight"}, %arg723: tensor<512x45xf32> {mlxla.name = "model.layers.22.self_attn.v_proj.scales"}, %arg724: tensor<512x45xf32> {mlxla.name = "model.layers.22.self_attn.v_proj.biases"}, %arg725: tensor<512xf32> {mlxla.name = "model.layers.22.self_attn.v_proj.bias"}, %arg726: tensor<2880x512xui32> {mlxla.name = "model.layers.22.self_attn.o_proj.weight"}, %arg727: tensor<2880x64xf32> {mlxla.name = "model.layers.22.self_attn.o_proj.scales"}, %arg728: tensor<2880x64xf32> {mlxla.name = "model.layers.22.self_attn.o_proj.biases"}, %arg729: tensor<2880xf32> {mlxla.name = "model.layers.22.self_attn.o_proj.bias"}, %arg730: tensor<64xf32> {mlxla.name = "model.layers.22.self_attn.sinks"}, %arg731: tensor<2880xf32> {mlxla.name = "model.layers.22.post_attention_layernorm.weight"}, %arg732: tensor<32x720xui32> {mlxla.name = "model.layers.22.mlp.router.weight"}, %arg733: tensor<32x45xf32> {mlxla.name = "model.layers.22.mlp.router.scales"}, %arg734: tensor<32x45xf32> {mlxla.name = "model.layers.22.mlp.router.biases"}, %arg735: tensor<32xf32> {mlxla.name = "model.layers.22.mlp.router.bias"}, %arg736: tensor<32x2880x360xui32> {mlxla.name = "model.layers.22.mlp.experts.gate_proj.weight"}, %arg737: tensor<32x2880x90xui8> {mlxla.name = "model.layers.22.mlp.experts.gate_proj.scales"}, %arg738: tensor<32x2880xf32> {mlxla.name = "model.layers.22.mlp.experts.gate_proj.bias"}, %arg739: tensor<32x2880x360xui32> {mlxla.name = "model.layers.22.mlp.experts.up_proj.weight"}, %arg740: tensor<32x2880x90xui8> {mlxla.name = "model.layers.22.mlp.experts.up_proj.scales"}, %arg741: tensor<32x2880xf32> {mlxla.name = "model.layers.22.mlp.experts.up_proj.bias"}, %arg742: tensor<32x2880x360xui32> {mlxla.name = "model.layers.22.mlp.experts.down_proj.weight"}, %arg743: tensor<32x2880x90xui8> {mlxla.name = "model.layers.22.mlp.experts.down_proj.scales"}, %arg744: tensor<32x2880xf32> {mlxla.name = "model.layers.22.mlp.experts.down_proj.bias"}, %arg745: tensor<2880xf32> {mlxla.name = "model.layers.23.input_layernorm.weight"}, %arg746: tensor<4096x360xui32> {mlxla.name = "model.layers.23.self_attn.q_proj.weight"}, %arg747: tensor<4096x45xf32> {mlxla.name = "model.layers.23.self_attn.q_proj.scales"}, %arg748: tensor<4096x45xf32> {mlxla.name = "model.layers.23.self_attn.q_proj.biases"}, %arg749: tensor<4096xf32> {mlxla.name = "model.layers.23.self_attn.q_proj.bias"}, %arg750: tensor<512x360xui32> {mlxla.name = "model.layers.23.self_attn.k_proj.weight"}, %arg751: tensor<512x45xf32> {mlxla.name = "model.layers.23.self_attn.k_proj.scales"}, %arg752: tensor<512x45xf32> {mlxla.name = "model.layers.23.self_attn.k_proj.biases"}, %arg753: tensor<512xf32> {mlxla.name = "model.layers.23.self_attn.k_proj.bias"}, %arg754: tensor<512x360xui32> {mlxla.name = "model.layers.23.self_attn.v_proj.weight"}, %arg755: tensor<512x45xf32> {mlxla.name = "model.layers.23.self_attn.v_proj.scales"}, %arg756: tensor<512x45xf32> {mlxla.name = "model.layers.23.self_attn.v_proj.biases"}, %arg757: tensor<512xf32> {mlxla.name = "model.layers.23.self_attn.v_proj.bias"}, %arg758: tensor<2880x512xui32> {mlxla.name = "model.layers.23.self_attn.o_proj.weight"}, %arg759: tensor<2880x64xf32> {mlxla.name = "model.layers.23.self_attn.o_proj.scales"}, %arg760: tensor<2880x64xf32> {mlxla.name = "model.layers.23.self_attn.o_proj.biases"}, %arg761: tensor<2880xf32> {mlxla.name = "model.layers.23.self_attn.o_proj.bias"}, %arg762: tensor<64xf32> {mlxla.name = "model.layers.23.self_attn.sinks"}, %arg763: tensor<2880xf32> {mlxla.name = "model.layers.23.post_attention_layernorm.weight"}, %arg764: tensor<32x720xui32> {mlxla.name = "model.layers.23.mlp.router.weight"}, %arg765: tensor<32x45xf32> {mlxla.name = "model.layers.23.mlp.router.scales"}, %arg766: tensor<32x45xf32> {mlxla.name = "model.layers.23.mlp.router.biases"}, %arg767: tensor<32xf32> {mlxla.name = "model.layers.23.mlp.router.bias"}, %arg768: tensor<32x2880x360xui32> {mlxla.name = "model.layers.23.mlp.experts.gate_proj.weight"}, %arg769: tensor<32x2880x90xui8> {mlxla.name = "model.layers.23.mlp.experts.gate_proj.scales"}, %arg770: tensor<32x2880xf32> {mlxla.name = "model.layers.23.mlp.experts.gate_proj.bias"}, %arg771: tensor<32x2880x360xui32> {mlxla.name = "model.layers.23.mlp.experts.up_proj.weight"}, %arg772: tensor<32x2880x90xui8> {mlxla.name = "model.layers.23.mlp.experts.up_proj.scales"}, %arg773: tensor<32x2880xf32> {mlxla.name = "model.layers.23.mlp.experts.up_proj.bias"}, %arg774: tensor<32x2880x360xui32> {mlxla.name = "model.layers.23.mlp.experts.down_proj.weight"}, %arg775: tensor<32x2880x90xui8> {mlxla.name = "model.layers.23.mlp.experts.down_proj.scales"}, %arg776: tensor<32x2880xf32> {mlxla.name = "model.layers.23.mlp.experts.down_proj.bias"}, %arg777: tensor<2880xf32> {mlxla.name = "model.norm.weight"}, %arg778: tensor<201088x360xui32> {mlxla.name = "lm_head.weight"}, %arg779: tensor<201088x45xf32> {mlxla.name = "lm_head.scales"}, %arg780: tensor<201088x45xf32> {mlxla.name = "lm_head.biases"}) -> (tensor<1xi32> {mlxla.name = "next_tokens"}, tensor<12x1x256x8x64xf16> {mlxla.name = "k_cache"}, tensor<12x1x256x8x64xf16> {mlxla.name = "v_cache"}, tensor<12x1x128x8x64xf16> {mlxla.name = "k_window_cache"}, tensor<12x1x128x8x64xf16> {mlxla.name = "v_window_cache"}) {
    %0 = stablehlo.broadcast_in_dim %arg1, dims = [] : (tensor<i32>) -> tensor<1xi32>
    %1 = stablehlo.constant dense<1> : tensor<i32>
    %2 = stablehlo.add %arg1, %1 : tensor<i32>
    %3 = stablehlo.reshape %arg0 : (tensor<1xi32>) -> tensor<1x1xi32>
    %4 = "stablehlo.gather"(%arg6, %3) {dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 360>} : (tensor<201088x360xui32>, tensor<1x1xi32>) -> tensor<1x360xui32>
    %5 = stablehlo.reshape %arg0 : (tensor<1xi32>) -> tensor<1x1xi32>
    %6 = "stablehlo.gather"(%arg7, %5) {dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 45>} : (tensor<201088x45xf32>, tensor<1x1xi32>) -> tensor<1x45xf32>
    %7 = stablehlo.reshape %arg0 : (tensor<1xi32>) -> tensor<1x1xi32>
    %8 = "stablehlo.gather"(%arg8, %7) {dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 45>} : (tensor<201088x45xf32>, tensor<1x1xi32>) -> tensor<1x45xf32>
    %9 = stablehlo.reshape %4 : (tensor<1x360xui32>) -> tensor<1x90x4xui32>
    %10 = stablehlo.slice %9 [0:1, 0:90, 0:1] : (tensor<1x90x4xui32>) -> tensor<1x90x1xui32>
    %11 = stablehlo.slice %9 [0:1, 0:90, 1:2] : (tensor<1x90x4xui32>) -> tensor<1x90x1xui32>
    %12 = stablehlo.slice %9 [0:1, 0:90, 2:3] : (tensor<1x90x4xui32>) -> tensor<1x90x1xui32>
    %13 = stablehlo.slice %9 [0:1, 0:90, 3:4] : (tensor<1x90x4xui32>) -> tensor<1x90x1xui32>
    %14 = stablehlo.concatenate %10, %10, %10, %10, %10, %10, %10, %10, %11, %11, %11, %11, %11, %11, %11, %11, %12, %12, %12, %12, %12, %12, %12, %12, %13, %13, %13, %13, %13, %13, %13, %13, dim = 2 : (tensor<1x90x1xui32>, tensor<1x90x1xui32>, tensor<1x90x1xui32>, tensor<1x90x1xui32>, tensor<1x90x1xui32>, tensor<1x90x1xui32>, tensor<1x90x1xui32>, tensor<1x90x1xui32>, tensor<1x90x1xui32>, tensor<1x90x1xui32>, tensor<1x90x1xui32>, tensor<1x90x1xui32>, tensor<1x90x1xui32>, tensor<1x90x1xui32>, tensor<1x90x1xui32>, tensor<1x90x1xui32>, tensor<1x90x1xui32>, tensor<1x90x1xui32>, tensor<1x90x1xui32>, tensor<1x90x1xui32>, tensor<1x90x1xui32>, tensor<1x90x1xui32>, tensor<1x90x1xui32>, tensor<1x90x1xui32>, tensor<1x90x1xui32>, tensor<1x90x1xui32>, tensor<1x90x1xui32>, tensor<1x90x1xui32>, tensor<1x90x1xui32>, tensor<1x90x1xui32>, tensor<1x90x1xui32>, tensor<1x90x1xui32>) -> tensor<1x90x32xui32>
    %15 = stablehlo.constant dense<[0, 4, 8, 12, 16, 20, 24, 28, 0, 4, 8, 12, 16, 20, 24, 28, 0, 4, 8, 12, 16, 20, 24, 28, 0, 4, 8, 12, 16, 20, 24, 28]> : tensor<32xui32>
    %16 = stablehlo.broadcast_in_dim %15, dims = [2] : (tensor<32xui32>) -> tensor<1x90x32xui32>
    %17 = stablehlo.shift_right_logical %14, %16 : tensor<1x90x32xui32>
    %18 = stablehlo.constant dense<15> : tensor<1x90x32xui32>
    %19 = stablehlo.and %17, %18 : tensor<1x90x32xui32>
    %20 = stablehlo.reshape %19 : (tensor<1x90x32xui32>) -> tensor<1x2880xui32>
    %21 = stablehlo.convert %20 : (tensor<1x2880xui32>) -> tensor<1x2880xf32>
    %22 = stablehlo.broadcast_in_dim %6, dims = [0, 1] : (tensor<1x45xf32>) -> tensor<1x45x64xf32>
    %23 = stablehlo.reshape %22 : (tensor<1x45x64xf32>) -> tensor<1x2880xf32>
    %24 = stablehlo.multiply %21, %23 : tensor<1x2880xf32>
    %25 = stablehlo.broadcast_in_dim %8, dims = [0, 1] : (tensor<1x45xf32>) -> tensor<1x45x64xf32>
    %26 = stablehlo.reshape %25 : (tensor<1x45x64xf32>) -> tensor<1x2880xf32>
    %27 = stablehlo.add %24, %26 : tensor<1x2880xf32>
    %28 = stablehlo.composite "mlxla.rms_norm" %27, %arg9 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2880xf32_2880xf32_b6a9c526c7d0eb0f} : (tensor<1x2880xf32>, tensor<2880xf32>) -> tensor<1x2880xf32>
    %29 = stablehlo.composite "mlxla.quantized_dot" %28, %arg10, %arg11, %arg12 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_1x2880xf32_4096x360xui32_4096x45xf32_4096x45xf32_1606f16f63a9d508} : (tensor<1x2880xf32>, tensor<4096x360xui32>, tensor<4096x45xf32>, tensor<4096x45xf32>) -> tensor<1x4096xf32>
    %30 = stablehlo.broadcast_in_dim %arg13, dims = [1] : (tensor<4096xf32>) -> tensor<1x4096xf32>
    %31 = stablehlo.add %29, %30 : tensor<1x4096xf32>
    %32 = stablehlo.reshape %31 : (tensor<1x4096xf32>) -> tensor<1x64x64xf32>
    %33 = stablehlo.composite "mlxla.rope" %32, %0 {composite_attributes = {beta_fast = 32.0 : f64, beta_slow = 1.0 : f64, factor = 32.0 : f64, mscale = 1.0 : f64, mscale_all_dim = 0.0 : f64, original_max_position_embeddings = 4096 : i64, scaling = "yarn", theta = 150000.0 : f64}, decomposition = @mlxla_rope_1x64x64xf32_1xi32_bca46eb598c94a3c} : (tensor<1x64x64xf32>, tensor<1xi32>) -> tensor<1x64x64xf32>
    %34 = stablehlo.composite "mlxla.quantized_dot" %28, %arg14, %arg15, %arg16 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_1x2880xf32_512x360xui32_512x45xf32_512x45xf32_1606f16f63a9d508} : (tensor<1x2880xf32>, tensor<512x360xui32>, tensor<512x45xf32>, tensor<512x45xf32>) -> tensor<1x512xf32>
    %35 = stablehlo.broadcast_in_dim %arg17, dims = [1] : (tensor<512xf32>) -> tensor<1x512xf32>
    %36 = stablehlo.add %34, %35 : tensor<1x512xf32>
    %37 = stablehlo.reshape %36 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %38 = stablehlo.composite "mlxla.rope" %37, %0 {composite_attributes = {beta_fast = 32.0 : f64, beta_slow = 1.0 : f64, factor = 32.0 : f64, mscale = 1.0 : f64, mscale_all_dim = 0.0 : f64, original_max_position_embeddings = 4096 : i64, scaling = "yarn", theta = 150000.0 : f64}, decomposition = @mlxla_rope_1x8x64xf32_1xi32_bca46eb598c94a3c} : (tensor<1x8x64xf32>, tensor<1xi32>) -> tensor<1x8x64xf32>
    %39 = stablehlo.composite "mlxla.quantized_dot" %28, %arg18, %arg19, %arg20 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_1x2880xf32_512x360xui32_512x45xf32_512x45xf32_1606f16f63a9d508} : (tensor<1x2880xf32>, tensor<512x360xui32>, tensor<512x45xf32>, tensor<512x45xf32>) -> tensor<1x512xf32>
    %40 = stablehlo.broadcast_in_dim %arg21, dims = [1] : (tensor<512xf32>) -> tensor<1x512xf32>
    %41 = stablehlo.add %39, %40 : tensor<1x512xf32>
    %42 = stablehlo.reshape %41 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %43 = stablehlo.convert %38 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %44 = stablehlo.convert %42 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %45 = stablehlo.slice %arg4 [0:1, 0:1, 0:128, 0:8, 0:64] : (tensor<12x1x128x8x64xf16>) -> tensor<1x1x128x8x64xf16>
    %46 = stablehlo.reshape %45 : (tensor<1x1x128x8x64xf16>) -> tensor<128x8x64xf16>
    %47 = stablehlo.slice %arg5 [0:1, 0:1, 0:128, 0:8, 0:64] : (tensor<12x1x128x8x64xf16>) -> tensor<1x1x128x8x64xf16>
    %48 = stablehlo.reshape %47 : (tensor<1x1x128x8x64xf16>) -> tensor<128x8x64xf16>
    %49 = stablehlo.composite "mlxla.window_attention" %33, %46, %48, %43, %44, %0, %2, %arg26 {composite_attributes = {scale = 0.125 : f64, sinks = true, window = 128 : i64}, decomposition = @mlxla_window_attention_1x64x64xf32_128x8x64xf16_128x8x64xf16_1x8x64xf16_1x8x64xf16_1xi32_i32_64xf32_fe6978d776132cfa} : (tensor<1x64x64xf32>, tensor<128x8x64xf16>, tensor<128x8x64xf16>, tensor<1x8x64xf16>, tensor<1x8x64xf16>, tensor<1xi32>, tensor<i32>, tensor<64xf32>) -> tensor<1x64x64xf32>
    %50 = stablehlo.constant dense<128> : tensor<i32>
    %51 = stablehlo.divide %arg1, %50 : tensor<i32>
    %52 = stablehlo.multiply %51, %50 : tensor<i32>
    %53 = stablehlo.subtract %arg1, %52 : tensor<i32>
    %54 = stablehlo.constant dense<0> : tensor<i32>
    %55 = stablehlo.constant dense<0> : tensor<i32>
    %56 = stablehlo.constant dense<0> : tensor<i32>
    %57 = stablehlo.reshape %43 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %58 = stablehlo.dynamic_update_slice %arg4, %57, %54, %55, %53, %56, %56 : (tensor<12x1x128x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<12x1x128x8x64xf16>
    %59 = stablehlo.constant dense<0> : tensor<i32>
    %60 = stablehlo.constant dense<0> : tensor<i32>
    %61 = stablehlo.constant dense<0> : tensor<i32>
    %62 = stablehlo.reshape %44 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %63 = stablehlo.dynamic_update_slice %arg5, %62, %59, %60, %53, %61, %61 : (tensor<12x1x128x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<12x1x128x8x64xf16>
    %64 = stablehlo.reshape %49 : (tensor<1x64x64xf32>) -> tensor<1x4096xf32>
    %65 = stablehlo.composite "mlxla.quantized_dot" %64, %arg22, %arg23, %arg24 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_1x4096xf32_2880x512xui32_2880x64xf32_2880x64xf32_1606f16f63a9d508} : (tensor<1x4096xf32>, tensor<2880x512xui32>, tensor<2880x64xf32>, tensor<2880x64xf32>) -> tensor<1x2880xf32>
    %66 = stablehlo.broadcast_in_dim %arg25, dims = [1] : (tensor<2880xf32>) -> tensor<1x2880xf32>
    %67 = stablehlo.add %65, %66 : tensor<1x2880xf32>
    %68 = stablehlo.add %27, %67 : tensor<1x2880xf32>
    %69 = stablehlo.composite "mlxla.rms_norm" %68, %arg27 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2880xf32_2880xf32_b6a9c526c7d0eb0f} : (tensor<1x2880xf32>, tensor<2880xf32>) -> tensor<1x2880xf32>
    %70 = stablehlo.composite "mlxla.quantized_dot" %69, %arg28, %arg29, %arg30 {composite_attributes = {bits = 8 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_1x2880xf32_32x720xui32_32x45xf32_32x45xf32_46b69380ec5ff98c} : (tensor<1x2880xf32>, tensor<32x720xui32>, tensor<32x45xf32>, tensor<32x45xf32>) -> tensor<1x32xf32>
    %71 = stablehlo.broadcast_in_dim %arg31, dims = [1] : (tensor<32xf32>) -> tensor<1x32xf32>
    %72 = stablehlo.add %70, %71 : tensor<1x32xf32>
    %73 = stablehlo.composite "mlxla.moe" %69, %72, %arg32, %arg33, %arg35, %arg36, %arg38, %arg39, %arg34, %arg37, %arg40 {composite_attributes = {activation = "swiglu_clamped", bits = 4 : i64, expert_bias = true, experts = 32 : i64, format = "fp", group_size = 32 : i64, precision = "f32", routing = "topk_softmax", swiglu_alpha = 1.702 : f64, swiglu_limit = 7.0 : f64, top_k = 4 : i64}, decomposition = @mlxla_moe_1x2880xf32_1x32xf32_32x2880x360xui32_32x2880x90xui8_32x2880x360xui32_32x2880x90xui8_32x2880x360xui32_32x2880x90xui8_32x2880xf32_32x2880xf32_32x2880xf32_7154339e831de982} : (tensor<1x2880xf32>, tensor<1x32xf32>, tensor<32x2880x360xui32>, tensor<32x2880x90xui8>, tensor<32x2880x360xui32>, tensor<32x2880x90xui8>, tensor<32x2880x360xui32>, tensor<32x2880x90xui8>, tensor<32x2880xf32>, tensor<32x2880xf32>, tensor<32x2880xf32>) -> tensor<1x2880xf32>
    %74 = stablehlo.add %68, %73 : tensor<1x2880xf32>
    %75 = stablehlo.composite "mlxla.rms_norm" %74, %arg41 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2880xf32_2880xf32_b6a9c526c7d0eb0f} : (tensor<1x2880xf32>, tensor<2880xf32>) -> tensor<1x2880xf32>
    %76 = stablehlo.composite "mlxla.quantized_dot" %75, %arg42, %arg43, %arg44 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_1x2880xf32_4096x360xui32_4096x45xf32_4096x45xf32_1606f16f63a9d508} : (tensor<1x2880xf32>, tensor<4096x360xui32>, tensor<4096x45xf32>, tensor<4096x45xf32>) -> tensor<1x4096xf32>
    %77 = stablehlo.broadcast_in_dim %arg45, dims = [1] : (tensor<4096xf32>) -> tensor<1x4096xf32>
    %78 = stablehlo.add %76, %77 : tensor<1x4096xf32>
    %79 = stablehlo.reshape %78 : (tensor<1x4096xf32>) -> tensor<1x64x64xf32>
    %80 = stablehlo.composite "mlxla.rope" %79, %0 {composite_attributes = {beta_fast = 32.0 : f64, beta_slow = 1.0 : f64, factor = 32.0 : f64, mscale = 1.0 : f64, mscale_all_dim = 0.0 : f64, original_max_position_embeddings = 4096 : i64, scaling = "yarn", theta = 150000.0 : f64}, decomposition = @mlxla_rope_1x64x64xf32_1xi32_bca46eb598c94a3c} : (tensor<1x64x64xf32>, tensor<1xi32>) -> tensor<1x64x64xf32>
    %81 = stablehlo.composite "mlxla.quantized_dot" %75, %arg46, %arg47, %arg48 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_1x2880xf32_512x360xui32_512x45xf32_512x45xf32_1606f16f63a9d508} : (tensor<1x2880xf32>, tensor<512x360xui32>, tensor<512x45xf32>, tensor<512x45xf32>) -> tensor<1x512xf32>
    %82 = stablehlo.broadcast_in_dim %arg49, dims = [1] : (tensor<512xf32>) -> tensor<1x512xf32>
    %83 = stablehlo.add %81, %82 : tensor<1x512xf32>
    %84 = stablehlo.reshape %83 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %85 = stablehlo.composite "mlxla.rope" %84, %0 {composite_attributes = {beta_fast = 32.0 : f64, beta_slow = 1.0 : f64, factor = 32.0 : f64, mscale = 1.0 : f64, mscale_all_dim = 0.0 : f64, original_max_position_embeddings = 4096 : i64, scaling = "yarn", theta = 150000.0 : f64}, decomposition = @mlxla_rope_1x8x64xf32_1xi32_bca46eb598c94a3c} : (tensor<1x8x64xf32>, tensor<1xi32>) -> tensor<1x8x64xf32>
    %86 = stablehlo.composite "mlxla.quantized_dot" %75, %arg50, %arg51, %arg52 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_1x2880xf32_512x360xui32_512x45xf32_512x45xf32_1606f16f63a9d508} : (tensor<1x2880xf32>, tensor<512x360xui32>, tensor<512x45xf32>, tensor<512x45xf32>) -> tensor<1x512xf32>
    %87 = stablehlo.broadcast_in_dim %arg53, dims = [1] : (tensor<512xf32>) -> tensor<1x512xf32>
    %88 = stablehlo.add %86, %87 : tensor<1x512xf32>
    %89 = stablehlo.reshape %88 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %90 = stablehlo.convert %85 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %91 = stablehlo.convert %89 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %92 = stablehlo.constant dense<0> : tensor<i32>
    %93 = stablehlo.constant dense<0> : tensor<i32>
    %94 = stablehlo.constant dense<0> : tensor<i32>
    %95 = stablehlo.reshape %90 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %96 = stablehlo.dynamic_update_slice %arg2, %95, %92, %94, %arg1, %93, %93 : (tensor<12x1x256x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<12x1x256x8x64xf16>
    %97 = stablehlo.reshape %91 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %98 = stablehlo.dynamic_update_slice %arg3, %97, %92, %94, %arg1, %93, %93 : (tensor<12x1x256x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<12x1x256x8x64xf16>
    %99 = stablehlo.slice %96 [0:1, 0:1, 0:256, 0:8, 0:64] : (tensor<12x1x256x8x64xf16>) -> tensor<1x1x256x8x64xf16>
    %100 = stablehlo.reshape %99 : (tensor<1x1x256x8x64xf16>) -> tensor<256x8x64xf16>
    %101 = stablehlo.slice %98 [0:1, 0:1, 0:256, 0:8, 0:64] : (tensor<12x1x256x8x64xf16>) -> tensor<1x1x256x8x64xf16>
    %102 = stablehlo.reshape %101 : (tensor<1x1x256x8x64xf16>) -> tensor<256x8x64xf16>
    %103 = stablehlo.composite "mlxla.attention" %80, %100, %102, %0, %2, %arg58 {composite_attributes = {scale = 0.125 : f64, sinks = true}, decomposition = @mlxla_attention_1x64x64xf32_256x8x64xf16_256x8x64xf16_1xi32_i32_64xf32_d54bb49fca62a40e} : (tensor<1x64x64xf32>, tensor<256x8x64xf16>, tensor<256x8x64xf16>, tensor<1xi32>, tensor<i32>, tensor<64xf32>) -> tensor<1x64x64xf32>
    %104 = stablehlo.reshape %103 : (tensor<1x64x64xf32>) -> tensor<1x4096xf32>
    %105 = stablehlo.composite "mlxla.quantized_dot" %104, %arg54, %arg55, %arg56 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_1x4096xf32_2880x512xui32_2880x64xf32_2880x64xf32_1606f16f63a9d508} : (tensor<1x4096xf32>, tensor<2880x512xui32>, tensor<2880x64xf32>, tensor<2880x64xf32>) -> tensor<1x2880xf32>
    %106 = stablehlo.broadcast_in_dim %arg57, dims = [1] : (tensor<2880xf32>) -> tensor<1x2880xf32>
    %107 = stablehlo.add %105, %106 : tensor<1x2880xf32>
    %108 = stablehlo.add %74, %107 : tensor<1x2880xf32>
    %109 = stablehlo.composite "mlxla.rms_norm" %108, %arg59 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2880xf32_2880xf32_b6a9c526c7d0eb0f} : (tensor<1x2880xf32>, tensor<2880xf32>) -> tensor<1x2880xf32>
    %110 = stablehlo.composite "mlxla.quantized_dot" %109, %arg60, %arg61, %arg62 {composite_attributes = {bits = 8 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_1x2880xf32_32x720xui32_32x45xf32_32x45xf32_46b69380ec5ff98c} : (tensor<1x2880xf32>, tensor<32x720xui32>, tensor<32x45xf32>, tensor<32x45xf32>) -> tensor<1x32xf32>
    %111 = stablehlo.broadcast_in_dim %arg63, dims = [1] : (tensor<32xf32>) -> tensor<1x32xf32>
    %112 = stablehlo.add %110, %111 : tensor<1x32xf32>
    %113 = stablehlo.composite "mlxla.moe" %109, %112, %arg64, %arg65, %arg67, %arg68, %arg70, %arg71, %arg66, %arg69, %arg72 {composite_attributes = {activation = "swiglu_clamped", bits = 4 : i64, expert_bias = true, experts = 32 : i64, format = "fp", group_size = 32 : i64, precision = "f32", routing = "topk_softmax", swiglu_alpha = 1.702 : f64, swiglu_limit = 7.0 : f64, top_k = 4 : i64}, decomposition = @mlxla_moe_1x2880xf32_1x32xf32_32x2880x360xui32_32x2880x90xui8_32x2880x360xui32_32x2880x90xui8_32x2880x360xui32_32x2880x90xui8_32x2880xf32_32x2880xf32_32x2880xf32_7154339e831de982} : (tensor<1x2880xf32>, tensor<1x32xf32>, tensor<32x2880x360xui32>, tensor<32x2880x90xui8>, tensor<32x2880x360xui32>, tensor<32x2880x90xui8>, tensor<32x2880x360xui32>, tensor<32x2880x90xui8>, tensor<32x2880xf32>, tensor<32x2880xf32>, tensor<32x2880xf32>) -> tensor<1x2880xf32>
    %114 = stablehlo.add %108, %113 : tensor<1x2880xf32>
    %115 = stablehlo.composite "mlxla.rms_norm" %114, %arg73 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2880xf32_2880xf32_b6a9c526c7d0eb0f} : (tensor<1x2880xf32>, tensor<2880xf32>) -> tensor<1x2880xf32>
    %116 = stablehlo.composite "mlxla.quantized_dot" %115, %arg74, %arg75, %arg76 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_1x2880xf32_4096x360xui32_4096x45xf32_4096x45xf32_1606f16f63a9d508} : (tensor<1x2880xf32>, tensor<4096x360xui32>, tensor<4096x45xf32>, tensor<4096x45xf32>) -> tensor<1x4096xf32>
    %117 = stablehlo.broadcast_in_dim %arg77, dims = [1] : (tensor<4096xf32>) -> tensor<1x4096xf32>
    %118 = stablehlo.add %116, %117 : tensor<1x4096xf32>
    %119 = stablehlo.reshape %118 : (tensor<1x4096xf32>) -> tensor<1x64x64xf32>
    %120 = stablehlo.composite "mlxla.rope" %119, %0 {composite_attributes = {beta_fast = 32.0 : f64, beta_slow = 1.0 : f64, factor = 32.0 : f64, mscale = 1.0 : f64, mscale_all_dim = 0.0 : f64, original_max_position_embeddings = 4096 : i64, scaling = "yarn", theta = 150000.0 : f64}, decomposition = @mlxla_rope_1x64x64xf32_1xi32_bca46eb598c94a3c} : (tensor<1x64x64xf32>, tensor<1xi32>) -> tensor<1x64x64xf32>
    %121 = stablehlo.composite "mlxla.quantized_dot" %115, %arg78, %arg79, %arg80 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_1x2880xf32_512x360xui32_512x45xf32_512x45xf32_1606f16f63a9d508} : (tensor<1x2880xf32>, tensor<512x360xui32>, tensor<512x45xf32>, tensor<512x45xf32>) -> tensor<1x512xf32>
    %122 = stablehlo.broadcast_in_dim %arg81, dims = [1] : (tensor<512xf32>) -> tensor<1x512xf32>
    %123 = stablehlo.add %121, %122 : tensor<1x512xf32>
    %124 = stablehlo.reshape %123 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %125 = stablehlo.composite "mlxla.rope" %124, %0 {composite_attributes = {beta_fast = 32.0 : f64, beta_slow = 1.0 : f64, factor = 32.0 : f64, mscale = 1.0 : f64, mscale_all_dim = 0.0 : f64, original_max_position_embeddings = 4096 : i64, scaling = "yarn", theta = 150000.0 : f64}, decomposition = @mlxla_rope_1x8x64xf32_1xi32_bca46eb598c94a3c} : (tensor<1x8x64xf32>, tensor<1xi32>) -> tensor<1x8x64xf32>
    %126 = stablehlo.composite "mlxla.quantized_dot" %115, %arg82, %arg83, %arg84 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_1x2880xf32_512x360xui32_512x45xf32_512x45xf32_1606f16f63a9d508} : (tensor<1x2880xf32>, tensor<512x360xui32>, tensor<512x45xf32>, tensor<512x45xf32>) -> tensor<1x512xf32>
    %127 = stablehlo.broadcast_in_dim %arg85, dims = [1] : (tensor<512xf32>) -> tensor<1x512xf32>
    %128 = stablehlo.add %126, %127 : tensor<1x512xf32>
    %129 = stablehlo.reshape %128 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %130 = stablehlo.convert %125 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %131 = stablehlo.convert %129 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %132 = stablehlo.slice %58 [1:2, 0:1, 0:128, 0:8, 0:64] : (tensor<12x1x128x8x64xf16>) -> tensor<1x1x128x8x64xf16>
    %133 = stablehlo.reshape %132 : (tensor<1x1x128x8x64xf16>) -> tensor<128x8x64xf16>
    %134 = stablehlo.slice %63 [1:2, 0:1, 0:128, 0:8, 0:64] : (tensor<12x1x128x8x64xf16>) -> tensor<1x1x128x8x64xf16>
    %135 = stablehlo.reshape %134 : (tensor<1x1x128x8x64xf16>) -> tensor<128x8x64xf16>
    %136 = stablehlo.composite "mlxla.window_attention" %120, %133, %135, %130, %131, %0, %2, %arg90 {composite_attributes = {scale = 0.125 : f64, sinks = true, window = 128 : i64}, decomposition = @mlxla_window_attention_1x64x64xf32_128x8x64xf16_128x8x64xf16_1x8x64xf16_1x8x64xf16_1xi32_i32_64xf32_fe6978d776132cfa} : (tensor<1x64x64xf32>, tensor<128x8x64xf16>, tensor<128x8x64xf16>, tensor<1x8x64xf16>, tensor<1x8x64xf16>, tensor<1xi32>, tensor<i32>, tensor<64xf32>) -> tensor<1x64x64xf32>
    %137 = stablehlo.constant dense<128> : tensor<i32>
    %138 = stablehlo.divide %arg1, %137 : tensor<i32>
    %139 = stablehlo.multiply %138, %137 : tensor<i32>
    %140 = stablehlo.subtract %arg1, %139 : tensor<i32>
    %141 = stablehlo.constant dense<1> : tensor<i32>
    %142 = stablehlo.constant dense<0> : tensor<i32>
    %143 = stablehlo.constant dense<0> : tensor<i32>
    %144 = stablehlo.reshape %130 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %145 = stablehlo.dynamic_update_slice %58, %144, %141, %142, %140, %143, %143 : (tensor<12x1x128x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<12x1x128x8x64xf16>
    %146 = stablehlo.constant dense<1> : tensor<i32>
    %147 = stablehlo.constant dense<0> : tensor<i32>
    %148 = stablehlo.constant dense<0> : tensor<i32>
    %149 = stablehlo.reshape %131 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %150 = stablehlo.dynamic_update_slice %63, %149, %146, %147, %140, %148, %148 : (tensor<12x1x128x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<12x1x128x8x64xf16>
    %151 = stablehlo.reshape %136 : (tensor<1x64x64xf32>) -> tensor<1x4096xf32>
    %152 = stablehlo.composite "mlxla.quantized_dot" %151, %arg86, %arg87, %arg88 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_1x4096xf32_2880x512xui32_2880x64xf32_2880x64xf32_1606f16f63a9d508} : (tensor<1x4096xf32>, tensor<2880x512xui32>, tensor<2880x64xf32>, tensor<2880x64xf32>) -> tensor<1x2880xf32>
    %153 = stablehlo.broadcast_in_dim %arg89, dims = [1] : (tensor<2880xf32>) -> tensor<1x2880xf32>
    %154 = stablehlo.add %152, %153 : tensor<1x2880xf32>
    %155 = stablehlo.add %114, %154 : tensor<1x2880xf32>
    %156 = stablehlo.composite "mlxla.rms_norm" %155, %arg91 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2880xf32_2880xf32_b6a9c526c7d0eb0f} : (tensor<1x2880xf32>, tensor<2880xf32>) -> tensor<1x2880xf32>
    %157 = stablehlo.composite "mlxla.quantized_dot" %156, %arg92, %arg93, %arg94 {composite_attributes = {bits = 8 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_1x2880xf32_32x720xui32_32x45xf32_32x45xf32_46b69380ec5ff98c} : (tensor<1x2880xf32>, tensor<32x720xui32>, tensor<32x45xf32>, tensor<32x45xf32>) -> tensor<1x32xf32>
    %158 = stablehlo.broadcast_in_dim %arg95, dims = [1] : (tensor<32xf32>) -> tensor<1x32xf32>
    %159 = stablehlo.add %157, %158 : tensor<1x32xf32>
    %160 = stablehlo.composite "mlxla.moe" %156, %159, %arg96, %arg97, %arg99, %arg100, %arg102, %arg103, %arg98, %arg101, %arg104 {composite_attributes = {activation = "swiglu_clamped", bits = 4 : i64, expert_bias = true, experts = 32 : i64, format = "fp", group_size = 32 : i64, precision = "f32", routing = "topk_softmax", swiglu_alpha = 1.702 : f64, swiglu_limit = 7.0 : f64, top_k = 4 : i64}, decomposition = @mlxla_moe_1x2880xf32_1x32xf32_32x2880x360xui32_32x2880x90xui8_32x2880x360xui32_32x2880x90xui8_32x2880x360xui32_32x2880x90xui8_32x2880xf32_32x2880xf32_32x2880xf32_7154339e831de982} : (tensor<1x2880xf32>, tensor<1x32xf32>, tensor<32x2880x360xui32>, tensor<32x2880x90xui8>, tensor<32x2880x360xui32>, tensor<32x2880x90xui8>, tensor<32x2880x360xui32>, tensor<32x2880x90xui8>, tensor<32x2880xf32>, tensor<32x2880xf32>, tensor<32x2880xf32>) -> tensor<1x2880xf32>
    %161 = stablehlo.add %155, %160 : tensor<1x2880xf32>
    %162 = stablehlo.composite "mlxla.rms_norm" %161, %arg105 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2880xf32_2880xf32_b6a9c526c7d0eb0f} : (tensor<1x2880xf32>, tensor<2880xf32>) -> tensor<1x2880xf32>
    %163 = stablehlo.composite "mlxla.quantized_dot" %162, %arg106, %arg107, %arg108 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_1x2880xf32_4096x360xui32_4096x45xf32_4096x45xf32_1606f16f63a9d508} : (tensor<1x2880xf32>, tensor<4096x360xui32>, tensor<4096x45xf32>, tensor<4096x45xf32>) -> tensor<1x4096xf32>
    %164 = stablehlo.broadcast_in_dim %arg109, dims = [1] : (tensor<4096xf32>) -> tensor<1x4096xf32>
    %165 = stablehlo.add %163, %164 : tensor<1x4096xf32>
    %166 = stablehlo.reshape %165 : (tensor<1x4096xf32>) -> tensor<1x64x64xf32>
    %167 = stablehlo.composite "mlxla.rope" %166, %0 {composite_attributes = {beta_fast = 32.0 : f64, beta_slow = 1.0 : f64, factor = 32.0 : f64, mscale = 1.0 : f64, mscale_all_dim = 0.0 : f64, original_max_position_embeddings = 4096 : i64, scaling = "yarn", theta = 150000.0 : f64}, decomposition = @mlxla_rope_1x64x64xf32_1xi32_bca46eb598c94a3c} : (tensor<1x64x64xf32>, tensor<1xi32>) -> tensor<1x64x64xf32>
    %168 = stablehlo.composite "mlxla.quantized_dot" %162, %arg110, %arg111, %arg112 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_1x2880xf32_512x360xui32_512x45xf32_512x45xf32_1606f16f63a9d508} : (tensor<1x2880xf32>, tensor<512x360xui32>, tensor<512x45xf32>, tensor<512x45xf32>) -> tensor<1x512xf32>
    %169 = stablehlo.broadcast_in_dim %arg113, dims = [1] : (tensor<512xf32>) -> tensor<1x512xf32>
    %170 = stablehlo.add %168, %169 : tensor<1x512xf32>
    %171 = stablehlo.reshape %170 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %172 = stablehlo.composite "mlxla.rope" %171, %0 {composite_attributes = {beta_fast = 32.0 : f64, beta_slow = 1.0 : f64, factor = 32.0 : f64, mscale = 1.0 : f64, mscale_all_dim = 0.0 : f64, original_max_position_embeddings = 4096 : i64, scaling = "yarn", theta = 150000.0 : f64}, decomposition = @mlxla_rope_1x8x64xf32_1xi32_bca46eb598c94a3c} : (tensor<1x8x64xf32>, tensor<1xi32>) -> tensor<1x8x64xf32>
    %173 = stablehlo.composite "mlxla.quantized_dot" %162, %arg114, %arg115, %arg116 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_1x2880xf32_512x360xui32_512x45xf32_512x45xf32_1606f16f63a9d508} : (tensor<1x2880xf32>, tensor<512x360xui32>, tensor<512x45xf32>, tensor<512x45xf32>) -> tensor<1x512xf32>
    %174 = stablehlo.broadcast_in_dim %arg117, dims = [1] : (tensor<512xf32>) -> tensor<1x512xf32>
    %175 = stablehlo.add %173, %174 : tensor<1x512xf32>
    %176 = stablehlo.reshape %175 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %177 = stablehlo.convert %172 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %178 = stablehlo.convert %176 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %179 = stablehlo.constant dense<1> : tensor<i32>
    %180 = stablehlo.constant dense<0> : tensor<i32>
    %181 = stablehlo.constant dense<0> : tensor<i32>
    %182 = stablehlo.reshape %177 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %183 = stablehlo.dynamic_update_slice %96, %182, %179, %181, %arg1, %180, %180 : (tensor<12x1x256x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<12x1x256x8x64xf16>
    %184 = stablehlo.reshape %178 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %185 = stablehlo.dynamic_update_slice %98, %184, %179, %181, %arg1, %180, %180 : (tensor<12x1x256x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<12x1x256x8x64xf16>
    %186 = stablehlo.slice %183 [1:2, 0:1, 0:256, 0:8, 0:64] : (tensor<12x1x256x8x64xf16>) -> tensor<1x1x256x8x64xf16>
    %187 = stablehlo.reshape %186 : (tensor<1x1x256x8x64xf16>) -> tensor<256x8x64xf16>
    %188 = stablehlo.slice %185 [1:2, 0:1, 0:256, 0:8, 0:64] : (tensor<12x1x256x8x64xf16>) -> tensor<1x1x256x8x64xf16>
    %189 = stablehlo.reshape %188 : (tensor<1x1x256x8x64xf16>) -> tensor<256x8x64xf16>
    %190 = stablehlo.composite "mlxla.attention" %167, %187, %189, %0, %2, %arg122 {composite_attributes = {scale = 0.125 : f64, sinks = true}, decomposition = @mlxla_attention_1x64x64xf32_256x8x64xf16_256x8x64xf16_1xi32_i32_64xf32_d54bb49fca62a40e} : (tensor<1x64x64xf32>, tensor<256x8x64xf16>, tensor<256x8x64xf16>, tensor<1xi32>, tensor<i32>, tensor<64xf32>) -> tensor<1x64x64xf32>
    %191 = stablehlo.reshape %190 : (tensor<1x64x64xf32>) -> tensor<1x4096xf32>
    %192 = stablehlo.composite "mlxla.quantized_dot" %191, %arg118, %arg119, %arg120 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_1x4096xf32_2880x512xui32_2880x64xf32_2880x64xf32_1606f16f63a9d508} : (tensor<1x4096xf32>, tensor<2880x512xui32>, tensor<2880x64xf32>, tensor<2880x64xf32>) -> tensor<1x2880xf32>
    %193 = stablehlo.broadcast_in_dim %arg121, dims = [1] : (tensor<2880xf32>) -> tensor<1x2880xf32>
    %194 = stablehlo.add %192, %193 : tensor<1x2880xf32>
    %195 = stablehlo.add %161, %194 : tensor<1x2880xf32>
    %196 = stablehlo.composite "mlxla.rms_norm" %195, %arg123 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2880xf32_2880xf32_b6a9c526c7d0eb0f} : (tensor<1x2880xf32>, tensor<2880xf32>) -> tensor<1x2880xf32>
    %197 = stablehlo.composite "mlxla.quantized_dot" %196, %arg124, %arg125, %arg126 {composite_attributes = {bits = 8 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_1x2880xf32_32x720xui32_32x45xf32_32x45xf32_46b69380ec5ff98c} : (tensor<1x2880xf32>, tensor<32x720xui32>, tensor<32x45xf32>, tensor<32x45xf32>) -> tensor<1x32xf32>
    %198 = stablehlo.broadcast_in_dim %arg127, dims = [1] : (tensor<32xf32>) -> tensor<1x32xf32>
    %199 = stablehlo.add %197, %198 : tensor<1x32xf32>
    %200 = stablehlo.composite "mlxla.moe" %196, %199, %arg128, %arg129, %arg131, %arg132, %arg134, %arg135, %arg130, %arg133, %arg136 {composite_attributes = {activation = "swiglu_clamped", bits = 4 : i64, expert_bias = true, experts = 32 : i64, format = "fp", group_size = 32 : i64, precision = "f32", routing = "topk_softmax", swiglu_alpha = 1.702 : f64, swiglu_limit = 7.0 : f64, top_k = 4 : i64}, decomposition = @mlxla_moe_1x2880xf32_1x32xf32_32x2880x360xui32_32x2880x90xui8_32x2880x360xui32_32x2880x90xui8_32x2880x360xui32_32x2880x90xui8_32x2880xf32_32x2880xf32_32x2880xf32_7154339e831de982} : (tensor<1x2880xf32>, tensor<1x32xf32>, tensor<32x2880x360xui32>, tensor<32x2880x90xui8>, tensor<32x2880x360xui32>, tensor<32x2880x90xui8>, tensor<32x2880x360xui32>, tensor<32x2880x90xui8>, tensor<32x2880xf32>, tensor<32x2880xf32>, tensor<32x2880xf32>) -> tensor<1x2880xf32>
    %201 = stablehlo.add %195, %200 : tensor<1x2880xf32>
    %202 = stablehlo.composite "mlxla.rms_norm" %201, %arg137 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2880xf32_2880xf32_b6a9c526c7d0eb0f} : (tensor<1x2880xf32>, tensor<2880xf32>) -> tensor<1x2880xf32>
    %203 = stablehlo.composite "mlxla.quantized_dot" %202, %arg138, %arg139, %arg140 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_1x2880xf32_4096x360xui32_4096x45xf32_4096x45xf32_1606f16f63a9d508} : (tensor<1x2880xf32>, tensor<4096x360xui32>, tensor<4096x45xf32>, tensor<4096x45xf32>) -> tensor<1x4096xf32>
    %204 = stablehlo.broadcast_in_dim %arg141, dims = [1] : (tensor<4096xf32>) -> tensor<1x4096xf32>
    %205 = stablehlo.add %203, %204 : tensor<1x4096xf32>
    %206 = stablehlo.reshape %205 : (tensor<1x4096xf32>) -> tensor<1x64x64xf32>
    %207 = stablehlo.composite "mlxla.rope" %206, %0 {composite_attributes = {beta_fast = 32.0 : f64, beta_slow = 1.0 : f64, factor = 32.0 : f64, mscale = 1.0 : f64, mscale_all_dim = 0.0 : f64, original_max_position_embeddings = 4096 : i64, scaling = "yarn", theta = 150000.0 : f64}, decomposition = @mlxla_rope_1x64x64xf32_1xi32_bca46eb598c94a3c} : (tensor<1x64x64xf32>, tensor<1xi32>) -> tensor<1x64x64xf32>
    %208 = stablehlo.composite "mlxla.quantized_dot" %202, %arg142, %arg143, %arg144 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_1x2880xf32_512x360xui32_512x45xf32_512x45xf32_1606f16f63a9d508} : (tensor<1x2880xf32>, tensor<512x360xui32>, tensor<512x45xf32>, tensor<512x45xf32>) -> tensor<1x512xf32>
    %209 = stablehlo.broadcast_in_dim %arg145, dims = [1] : (tensor<512xf32>) -> tensor<1x512xf32>
    %210 = stablehlo.add %208, %209 : tensor<1x512xf32>
    %211 = stablehlo.reshape %210 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %212 = stablehlo.composite "mlxla.rope" %211, %0 {composite_attributes = {beta_fast = 32.0 : f64, beta_slow = 1.0 : f64, factor = 32.0 : f64, mscale = 1.0 : f64, mscale_all_dim = 0.0 : f64, original_max_position_embeddings = 4096 : i64, scaling = "yarn", theta = 150000.0 : f64}, decomposition = @mlxla_rope_1x8x64xf32_1xi32_bca46eb598c94a3c} : (tensor<1x8x64xf32>, tensor<1xi32>) -> tensor<1x8x64xf32>
    %213 = stablehlo.composite "mlxla.quantized_dot" %202, %arg146, %arg147, %arg148 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_1x2880xf32_512x360xui32_512x45xf32_512x45xf32_1606f16f63a9d508} : (tensor<1x2880xf32>, tensor<512x360xui32>, tensor<512x45xf32>, tensor<512x45xf32>) -> tensor<1x512xf32>
    %214 = stablehlo.broadcast_in_dim %arg149, dims = [1] : (tensor<512xf32>) -> tensor<1x512xf32>
    %215 = stablehlo.add %213, %214 : tensor<1x512xf32>
    %216 = stablehlo.reshape %215 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %217 = stablehlo.convert %212 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %218 = stablehlo.convert %216 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %219 = stablehlo.slice %145 [2:3, 0:1, 0:128, 0:8, 0:64] : (tensor<12x1x128x8x64xf16>) -> tensor<1x1x128x8x64xf16>
    %220 = stablehlo.reshape %219 : (tensor<1x1x128x8x64xf16>) -> tensor<128x8x64xf16>
    %221 = stablehlo.slice %150 [2:3, 0:1, 0:128, 0:8, 0:64] : (tensor<12x1x128x8x64xf16>) -> tensor<1x1x128x8x64xf16>
    %222 = stablehlo.reshape %221 : (tensor<1x1x128x8x64xf16>) -> tensor<128x8x64xf16>
    %223 = stablehlo.composite "mlxla.window_attention" %207, %220, %222, %217, %218, %0, %2, %arg154 {composite_attributes = {scale = 0.125 : f64, sinks = true, window = 128 : i64}, decomposition = @mlxla_window_attention_1x64x64xf32_128x8x64xf16_128x8x64xf16_1x8x64xf16_1x8x64xf16_1xi32_i32_64xf32_fe6978d776132cfa} : (tensor<1x64x64xf32>, tensor<128x8x64xf16>, tensor<128x8x64xf16>, tensor<1x8x64xf16>, tensor<1x8x64xf16>, tensor<1xi32>, tensor<i32>, tensor<64xf32>) -> tensor<1x64x64xf32>
    %224 = stablehlo.constant dense<128> : tensor<i32>
    %225 = stablehlo.divide %arg1, %224 : tensor<i32>
    %226 = stablehlo.multiply %225, %224 : tensor<i32>
    %227 = stablehlo.subtract %arg1, %226 : tensor<i32>
    %228 = stablehlo.constant dense<2> : tensor<i32>
    %229 = stablehlo.constant dense<0> : tensor<i32>
    %230 = stablehlo.constant dense<0> : tensor<i32>
    %231 = stablehlo.reshape %217 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %232 = stablehlo.dynamic_update_slice %145, %231, %228, %229, %227, %230, %230 : (tensor<12x1x128x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<12x1x128x8x64xf16>
    %233 = stablehlo.constant dense<2> : tensor<i32>
    %234 = stablehlo.constant dense<0> : tensor<i32>
    %235 = stablehlo.constant dense<0> : tensor<i32>
    %236 = stablehlo.reshape %218 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %237 = stablehlo.dynamic_update_slice %150, %236, %233, %234, %227, %235, %235 : (tensor<12x1x128x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<12x1x128x8x64xf16>
    %238 = stablehlo.reshape %223 : (tensor<1x64x64xf32>) -> tensor<1x4096xf32>
    %239 = stablehlo.composite "mlxla.quantized_dot" %238, %arg150, %arg151, %arg152 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_1x4096xf32_2880x512xui32_2880x64xf32_2880x64xf32_1606f16f63a9d508} : (tensor<1x4096xf32>, tensor<2880x512xui32>, tensor<2880x64xf32>, tensor<2880x64xf32>) -> tensor<1x2880xf32>
    %240 = stablehlo.broadcast_in_dim %arg153, dims = [1] : (tensor<2880xf32>) -> tensor<1x2880xf32>
    %241 = stablehlo.add %239, %240 : tensor<1x2880xf32>
    %242 = stablehlo.add %201, %241 : tensor<1x2880xf32>
    %243 = stablehlo.composite "mlxla.rms_norm" %242, %arg155 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2880xf32_2880xf32_b6a9c526c7d0eb0f} : (tensor<1x2880xf32>, tensor<2880xf32>) -> tensor<1x2880xf32>
    %244 = stablehlo.composite "mlxla.quantized_dot" %243, %arg156, %arg157, %arg158 {composite_attributes = {bits = 8 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_1x2880xf32_32x720xui32_32x45xf32_32x45xf32_46b69380ec5ff98c} : (tensor<1x2880xf32>, tensor<32x720xui32>, tensor<32x45xf32>, tensor<32x45xf32>) -> tensor<1x32xf32>
    %245 = stablehlo.broadcast_in_dim %arg159, dims = [1] : (tensor<32xf32>) -> tensor<1x32xf32>
    %246 = stablehlo.add %244, %245 : tensor<1x32xf32>
    %247 = stablehlo.composite "mlxla.moe" %243, %246, %arg160, %arg161, %arg163, %arg164, %arg166, %arg167, %arg162, %arg165, %arg168 {composite_attributes = {activation = "swiglu_clamped", bits = 4 : i64, expert_bias = true, experts = 32 : i64, format = "fp", group_size = 32 : i64, precision = "f32", routing = "topk_softmax", swiglu_alpha = 1.702 : f64, swiglu_limit = 7.0 : f64, top_k = 4 : i64}, decomposition = @mlxla_moe_1x2880xf32_1x32xf32_32x2880x360xui32_32x2880x90xui8_32x2880x360xui32_32x2880x90xui8_32x2880x360xui32_32x2880x90xui8_32x2880xf32_32x2880xf32_32x2880xf32_7154339e831de982} : (tensor<1x2880xf32>, tensor<1x32xf32>, tensor<32x2880x360xui32>, tensor<32x2880x90xui8>, tensor<32x2880x360xui32>, tensor<32x2880x90xui8>, tensor<32x2880x360xui32>, tensor<32x2880x90xui8>, tensor<32x2880xf32>, tensor<32x2880xf32>, tensor<32x2880xf32>) -> tensor<1x2880xf32>
    %248 = stablehlo.add %242, %247 : tensor<1x2880xf32>
    %249 = stablehlo.composite "mlxla.rms_norm" %248, %arg169 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2880xf32_2880xf32_b6a9c526c7d0eb0f} : (tensor<1x2880xf32>, tensor<2880xf32>) -> tensor<1x2880xf32>
    %250 = stablehlo.composite "mlxla.quantized_dot" %249, %arg170, %arg171, %arg172 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_1x2880xf32_4096x360xui32_4096x45xf32_4096x45xf32_1606f16f63a9d508} : (tensor<1x2880xf32>, tensor<4096x360xui32>, tensor<4096x45xf32>, tensor<4096x45xf32>) -> tensor<1x4096xf32>
    %251 = stablehlo.broadcast_in_dim %arg173, dims = [1] : (tensor<4096xf32>) -> tensor<1x4096xf32>
    %252 = stablehlo.add %250, %251 : tensor<1x4096xf32>
    %253 = stablehlo.reshape %252 : (tensor<1x4096xf32>) -> tensor<1x64x64xf32>
    %254 = stablehlo.composite "mlxla.rope" %253, %0 {composite_attributes = {beta_fast = 32.0 : f64, beta_slow = 1.0 : f64, factor = 32.0 : f64, mscale = 1.0 : f64, mscale_all_dim = 0.0 : f64, original_max_position_embeddings = 4096 : i64, scaling = "yarn", theta = 150000.0 : f64}, decomposition = @mlxla_rope_1x64x64xf32_1xi32_bca46eb598c94a3c} : (tensor<1x64x64xf32>, tensor<1xi32>) -> tensor<1x64x64xf32>
    %255 = stablehlo.composite "mlxla.quantized_dot" %249, %arg174, %arg175, %arg176 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_1x2880xf32_512x360xui32_512x45xf32_512x45xf32_1606f16f63a9d508} : (tensor<1x2880xf32>, tensor<512x360xui32>, tensor<512x45xf32>, tensor<512x45xf32>) -> tensor<1x512xf32>
    %256 = stablehlo.broadcast_in_dim %arg177, dims = [1] : (tensor<512xf32>) -> tensor<1x512xf32>
    %257 = stablehlo.add %255, %256 : tensor<1x512xf32>
    %258 = stablehlo.reshape %257 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %259 = stablehlo.composite "mlxla.rope" %258, %0 {composite_attributes = {beta_fast = 32.0 : f64, beta_slow = 1.0 : f64, factor = 32.0 : f64, mscale = 1.0 : f64, mscale_all_dim = 0.0 : f64, original_max_position_embeddings = 4096 : i64, scaling = "yarn", theta = 150000.0 : f64}, decomposition = @mlxla_rope_1x8x64xf32_1xi32_bca46eb598c94a3c} : (tensor<1x8x64xf32>, tensor<1xi32>) -> tensor<1x8x64xf32>
    %260 = stablehlo.composite "mlxla.quantized_dot" %249, %arg178, %arg179, %arg180 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_1x2880xf32_512x360xui32_512x45xf32_512x45xf32_1606f16f63a9d508} : (tensor<1x2880xf32>, tensor<512x360xui32>, tensor<512x45xf32>, tensor<512x45xf32>) -> tensor<1x512xf32>
    %261 = stablehlo.broadcast_in_dim %arg181, dims = [1] : (tensor<512xf32>) -> tensor<1x512xf32>
    %262 = stablehlo.add %260, %261 : tensor<1x512xf32>
    %263 = stablehlo.reshape %262 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %264 = stablehlo.convert %259 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %265 = stablehlo.convert %263 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %266 = stablehlo.constant dense<2> : tensor<i32>
    %267 = stablehlo.constant dense<0> : tensor<i32>
    %268 = stablehlo.constant dense<0> : tensor<i32>
    %269 = stablehlo.reshape %264 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %270 = stablehlo.dynamic_update_slice %183, %269, %266, %268, %arg1, %267, %267 : (tensor<12x1x256x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<12x1x256x8x64xf16>
    %271 = stablehlo.reshape %265 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %272 = stablehlo.dynamic_update_slice %185, %271, %266, %268, %arg1, %267, %267 : (tensor<12x1x256x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<12x1x256x8x64xf16>
    %273 = stablehlo.slice %270 [2:3, 0:1, 0:256, 0:8, 0:64] : (tensor<12x1x256x8x64xf16>) -> tensor<1x1x256x8x64xf16>
    %274 = stablehlo.reshape %273 : (tensor<1x1x256x8x64xf16>) -> tensor<256x8x64xf16>
    %275 = stablehlo.slice %272 [2:3, 0:1, 0:256, 0:8, 0:64] : (tensor<12x1x256x8x64xf16>) -> tensor<1x1x256x8x64xf16>
    %276 = stablehlo.reshape %275 : (tensor<1x1x256x8x64xf16>) -> tensor<256x8x64xf16>
    %277 = stablehlo.composite "mlxla.attention" %254, %274, %276, %0, %2, %arg186 {composite_attributes = {scale = 0.125 : f64, sinks = true}, decomposition = @mlxla_attention_1x64x64xf32_256x8x64xf16_256x8x64xf16_1xi32_i32_64xf32_d54bb49fca62a40e} : (tensor<1x64x64xf32>, tensor<256x8x64xf16>, tensor<256x8x64xf16>, tensor<1xi32>, tensor<i32>, tensor<64xf32>) -> tensor<1x64x64xf32>
    %278 = stablehlo.reshape %277 : (tensor<1x64x64xf32>) -> tensor<1x4096xf32>
    %279 = stablehlo.composite "mlxla.quantized_dot" %278, %arg182, %arg183, %arg184 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_1x4096xf32_2880x512xui32_2880x64xf32_2880x64xf32_1606f16f63a9d508} : (tensor<1x4096xf32>, tensor<2880x512xui32>, tensor<2880x64xf32>, tensor<2880x64xf32>) -> tensor<1x2880xf32>
    %280 = stablehlo.broadcast_in_dim %arg185, dims = [1] : (tensor<2880xf32>) -> tensor<1x2880xf32>
    %281 = stablehlo.add %279, %280 : tensor<1x2880xf32>
    %282 = stablehlo.add %248, %281 : tensor<1x2880xf32>
    %283 = stablehlo.composite "mlxla.rms_norm" %282, %arg187 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2880xf32_2880xf32_b6a9c526c7d0eb0f} : (tensor<1x2880xf32>, tensor<2880xf32>) -> tensor<1x2880xf32>
    %284 = stablehlo.composite "mlxla.quantized_dot" %283, %arg188, %arg189, %arg190 {composite_attributes = {bits = 8 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_1x2880xf32_32x720xui32_32x45xf32_32x45xf32_46b69380ec5ff98c} : (tensor<1x2880xf32>, tensor<32x720xui32>, tensor<32x45xf32>, tensor<32x45xf32>) -> tensor<1x32xf32>
    %285 = stablehlo.broadcast_in_dim %arg191, dims = [1] : (tensor<32xf32>) -> tensor<1x32xf32>
    %286 = stablehlo.add %284, %285 : tensor<1x32xf32>
    %287 = stablehlo.composite "mlxla.moe" %283, %286, %arg192, %arg193, %arg195, %arg196, %arg198, %arg199, %arg194, %arg197, %arg200 {composite_attributes = {activation = "swiglu_clamped", bits = 4 : i64, expert_bias = true, experts = 32 : i64, format = "fp", group_size = 32 : i64, precision = "f32", routing = "topk_softmax", swiglu_alpha = 1.702 : f64, swiglu_limit = 7.0 : f64, top_k = 4 : i64}, decomposition = @mlxla_moe_1x2880xf32_1x32xf32_32x2880x360xui32_32x2880x90xui8_32x2880x360xui32_32x2880x90xui8_32x2880x360xui32_32x2880x90xui8_32x2880xf32_32x2880xf32_32x2880xf32_7154339e831de982} : (tensor<1x2880xf32>, tensor<1x32xf32>, tensor<32x2880x360xui32>, tensor<32x2880x90xui8>, tensor<32x2880x360xui32>, tensor<32x2880x90xui8>, tensor<32x2880x360xui32>, tensor<32x2880x90xui8>, tensor<32x2880xf32>, tensor<32x2880xf32>, tensor<32x2880xf32>) -> tensor<1x2880xf32>
    %288 = stablehlo.add %282, %287 : tensor<1x2880xf32>
    %289 = stablehlo.composite "mlxla.rms_norm" %288, %arg201 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2880xf32_2880xf32_b6a9c526c7d0eb0f} : (tensor<1x2880xf32>, tensor<2880xf32>) -> tensor<1x2880xf32>
    %290 = stablehlo.composite "mlxla.quantized_dot" %289, %arg202, %arg203, %arg204 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_1x2880xf32_4096x360xui32_4096x45xf32_4096x45xf32_1606f16f63a9d508} : (tensor<1x2880xf32>, tensor<4096x360xui32>, tensor<4096x45xf32>, tensor<4096x45xf32>) -> tensor<1x4096xf32>
    %291 = stablehlo.broadcast_in_dim %arg205, dims = [1] : (tensor<4096xf32>) -> tensor<1x4096xf32>
    %292 = stablehlo.add %290, %291 : tensor<1x4096xf32>
    %293 = stablehlo.reshape %292 : (tensor<1x4096xf32>) -> tensor<1x64x64xf32>
    %294 = stablehlo.composite "mlxla.rope" %293, %0 {composite_attributes = {beta_fast = 32.0 : f64, beta_slow = 1.0 : f64, factor = 32.0 : f64, mscale = 1.0 : f64, mscale_all_dim = 0.0 : f64, original_max_position_embeddings = 4096 : i64, scaling = "yarn", theta = 150000.0 : f64}, decomposition = @mlxla_rope_1x64x64xf32_1xi32_bca46eb598c94a3c} : (tensor<1x64x64xf32>, tensor<1xi32>) -> tensor<1x64x64xf32>
    %295 = stablehlo.composite "mlxla.quantized_dot" %289, %arg206, %arg207, %arg208 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_1x2880xf32_512x360xui32_512x45xf32_512x45xf32_1606f16f63a9d508} : (tensor<1x2880xf32>, tensor<512x360xui32>, tensor<512x45xf32>, tensor<512x45xf32>) -> tensor<1x512xf32>
    %296 = stablehlo.broadcast_in_dim %arg209, dims = [1] : (tensor<512xf32>) -> tensor<1x512xf32>
    %297 = stablehlo.add %295, %296 : tensor<1x512xf32>
    %298 = stablehlo.reshape %297 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %299 = stablehlo.composite "mlxla.rope" %298, %0 {composite_attributes = {beta_fast = 32.0 : f64, beta_slow = 1.0 : f64, factor = 32.0 : f64, mscale = 1.0 : f64, mscale_all_dim = 0.0 : f64, original_max_position_embeddings = 4096 : i64, scaling = "yarn", theta = 150000.0 : f64}, decomposition = @mlxla_rope_1x8x64xf32_1xi32_bca46eb598c94a3c} : (tensor<1x8x64xf32>, tensor<1xi32>) -> tensor<1x8x64xf32>
    %300 = stablehlo.composite "mlxla.quantized_dot" %289, %arg210, %arg211, %arg212 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_1x2880xf32_512x360xui32_512x45xf32_512x45xf32_1606f16f63a9d508} : (tensor<1x2880xf32>, tensor<512x360xui32>, tensor<512x45xf32>, tensor<512x45xf32>) -> tensor<1x512xf32>
    %301 = stablehlo.broadcast_in_dim %arg213, dims = [1] : (tensor<512xf32>) -> tensor<1x512xf32>
    %302 = stablehlo.add %300, %301 : tensor<1x512xf32>
    %303 = stablehlo.reshape %302 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %304 = stablehlo.convert %299 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %305 = stablehlo.convert %303 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %306 = stablehlo.slice %232 [3:4, 0:1, 0:128, 0:8, 0:64] : (tensor<12x1x128x8x64xf16>) -> tensor<1x1x128x8x64xf16>
    %307 = stablehlo.reshape %306 : (tensor<1x1x128x8x64xf16>) -> tensor<128x8x64xf16>
    %308 = stablehlo.slice %237 [3:4, 0:1, 0:128, 0:8, 0:64] : (tensor<12x1x128x8x64xf16>) -> tensor<1x1x128x8x64xf16>
    %309 = stablehlo.reshape %308 : (tensor<1x1x128x8x64xf16>) -> tensor<128x8x64xf16>
    %310 = stablehlo.composite "mlxla.window_attention" %294, %307, %309, %304, %305, %0, %2, %arg218 {composite_attributes = {scale = 0.125 : f64, sinks = true, window = 128 : i64}, decomposition = @mlxla_window_attention_1x64x64xf32_128x8x64xf16_128x8x64xf16_1x8x64xf16_1x8x64xf16_1xi32_i32_64xf32_fe6978d776132cfa} : (tensor<1x64x64xf32>, tensor<128x8x64xf16>, tensor<128x8x64xf16>, tensor<1x8x64xf16>, tensor<1x8x64xf16>, tensor<1xi32>, tensor<i32>, tensor<64xf32>) -> tensor<1x64x64xf32>
    %311 = stablehlo.constant dense<128> : tensor<i32>
    %312 = stablehlo.divide %arg1, %311 : tensor<i32>
    %313 = stablehlo.multiply %312, %311 : tensor<i32>
    %314 = stablehlo.subtract %arg1, %313 : tensor<i32>
    %315 = stablehlo.constant dense<3> : tensor<i32>
    %316 = stablehlo.constant dense<0> : tensor<i32>
    %317 = stablehlo.constant dense<0> : tensor<i32>
    %318 = stablehlo.reshape %304 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %319 = stablehlo.dynamic_update_slice %232, %318, %315, %316, %314, %317, %317 : (tensor<12x1x128x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<12x1x128x8x64xf16>
    %320 = stablehlo.constant dense<3> : tensor<i32>
    %321 = stablehlo.constant dense<0> : tensor<i32>
    %322 = stablehlo.constant dense<0> : tensor<i32>
    %323 = stablehlo.reshape %305 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %324 = stablehlo.dynamic_update_slice %237, %323, %320, %321, %314, %322, %322 : (tensor<12x1x128x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<12x1x128x8x64xf16>
    %325 = stablehlo.reshape %310 : (tensor<1x64x64xf32>) -> tensor<1x4096xf32>
    %326 = stablehlo.composite "mlxla.quantized_dot" %325, %arg214, %arg215, %arg216 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_1x4096xf32_2880x512xui32_2880x64xf32_2880x64xf32_1606f16f63a9d508} : (tensor<1x4096xf32>, tensor<2880x512xui32>, tensor<2880x64xf32>, tensor<2880x64xf32>) -> tensor<1x2880xf32>
    %327 = stablehlo.broadcast_in_dim %arg217, dims = [1] : (tensor<2880xf32>) -> tensor<1x2880xf32>
    %328 = stablehlo.add %326, %327 : tensor<1x2880xf32>
    %329 = stablehlo.add %288, %328 : tensor<1x2880xf32>
    %330 = stablehlo.composite "mlxla.rms_norm" %329, %arg219 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2880xf32_2880xf32_b6a9c526c7d0eb0f} : (tensor<1x2880xf32>, tensor<2880xf32>) -> tensor<1x2880xf32>
    %331 = stablehlo.composite "mlxla.quantized_dot" %330, %arg220, %arg221, %arg222 {composite_attributes = {bits = 8 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_1x2880xf32_32x720xui32_32x45xf32_32x45xf32_46b69380ec5ff98c} : (tensor<1x2880xf32>, tensor<32x720xui32>, tensor<32x45xf32>, tensor<32x45xf32>) -> tensor<1x32xf32>
    %332 = stablehlo.broadcast_in_dim %arg223, dims = [1] : (tensor<32xf32>) -> tensor<1x32xf32>
    %333 = stablehlo.add %331, %332 : tensor<1x32xf32>
    %334 = stablehlo.composite "mlxla.moe" %330, %333, %arg224, %arg225, %arg227, %arg228, %arg230, %arg231, %arg226, %arg229, %arg232 {composite_attributes = {activation = "swiglu_clamped", bits = 4 : i64, expert_bias = true, experts = 32 : i64, format = "fp", group_size = 32 : i64, precision = "f32", routing = "topk_softmax", swiglu_alpha = 1.702 : f64, swiglu_limit = 7.0 : f64, top_k = 4 : i64}, decomposition = @mlxla_moe_1x2880xf32_1x32xf32_32x2880x360xui32_32x2880x90xui8_32x2880x360xui32_32x2880x90xui8_32x2880x360xui32_32x2880x90xui8_32x2880xf32_32x2880xf32_32x2880xf32_7154339e831de982} : (tensor<1x2880xf32>, tensor<1x32xf32>, tensor<32x2880x360xui32>, tensor<32x2880x90xui8>, tensor<32x2880x360xui32>, tensor<32x2880x90xui8>, tensor<32x2880x360xui32>, tensor<32x2880x90xui8>, tensor<32x2880xf32>, tensor<32x2880xf32>, tensor<32x2880xf32>) -> tensor<1x2880xf32>
    %335 = stablehlo.add %329, %334 : tensor<1x2880xf32>
    %336 = stablehlo.composite "mlxla.rms_norm" %335, %arg233 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2880xf32_2880xf32_b6a9c526c7d0eb0f} : (tensor<1x2880xf32>, tensor<2880xf32>) -> tensor<1x2880xf32>
    %337 = stablehlo.composite "mlxla.quantized_dot" %336, %arg234, %arg235, %arg236 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_1x2880xf32_4096x360xui32_4096x45xf32_4096x45xf32_1606f16f63a9d508} : (tensor<1x2880xf32>, tensor<4096x360xui32>, tensor<4096x45xf32>, tensor<4096x45xf32>) -> tensor<1x4096xf32>
    %338 = stablehlo.broadcast_in_dim %arg237, dims = [1] : (tensor<4096xf32>) -> tensor<1x4096xf32>
    %339 = stablehlo.add %337, %338 : tensor<1x4096xf32>
    %340 = stablehlo.reshape %339 : (tensor<1x4096xf32>) -> tensor<1x64x64xf32>
    %341 = stablehlo.composite "mlxla.rope" %340, %0 {composite_attributes = {beta_fast = 32.0 : f64, beta_slow = 1.0 : f64, factor = 32.0 : f64, mscale = 1.0 : f64, mscale_all_dim = 0.0 : f64, original_max_position_embeddings = 4096 : i64, scaling = "yarn", theta = 150000.0 : f64}, decomposition = @mlxla_rope_1x64x64xf32_1xi32_bca46eb598c94a3c} : (tensor<1x64x64xf32>, tensor<1xi32>) -> tensor<1x64x64xf32>
    %342 = stablehlo.composite "mlxla.quantized_dot" %336, %arg238, %arg239, %arg240 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_1x2880xf32_512x360xui32_512x45xf32_512x45xf32_1606f16f63a9d508} : (tensor<1x2880xf32>, tensor<512x360xui32>, tensor<512x45xf32>, tensor<512x45xf32>) -> tensor<1x512xf32>
    %343 = stablehlo.broadcast_in_dim %arg241, dims = [1] : (tensor<512xf32>) -> tensor<1x512xf32>
    %344 = stablehlo.add %342, %343 : tensor<1x512xf32>
    %345 = stablehlo.reshape %344 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %346 = stablehlo.composite "mlxla.rope" %345, %0 {composite_attributes = {beta_fast = 32.0 : f64, beta_slow = 1.0 : f64, factor = 32.0 : f64, mscale = 1.0 : f64, mscale_all_dim = 0.0 : f64, original_max_position_embeddings = 4096 : i64, scaling = "yarn", theta = 150000.0 : f64}, decomposition = @mlxla_rope_1x8x64xf32_1xi32_bca46eb598c94a3c} : (tensor<1x8x64xf32>, tensor<1xi32>) -> tensor<1x8x64xf32>
    %347 = stablehlo.composite "mlxla.quantized_dot" %336, %arg242, %arg243, %arg244 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_1x2880xf32_512x360xui32_512x45xf32_512x45xf32_1606f16f63a9d508} : (tensor<1x2880xf32>, tensor<512x360xui32>, tensor<512x45xf32>, tensor<512x45xf32>) -> tensor<1x512xf32>
    %348 = stablehlo.broadcast_in_dim %arg245, dims = [1] : (tensor<512xf32>) -> tensor<1x512xf32>
    %349 = stablehlo.add %347, %348 : tensor<1x512xf32>
    %350 = stablehlo.reshape %349 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %351 = stablehlo.convert %346 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %352 = stablehlo.convert %350 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %353 = stablehlo.constant dense<3> : tensor<i32>
    %354 = stablehlo.constant dense<0> : tensor<i32>
    %355 = stablehlo.constant dense<0> : tensor<i32>
    %356 = stablehlo.reshape %351 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %357 = stablehlo.dynamic_update_slice %270, %356, %353, %355, %arg1, %354, %354 : (tensor<12x1x256x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<12x1x256x8x64xf16>
    %358 = stablehlo.reshape %352 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %359 = stablehlo.dynamic_update_slice %272, %358, %353, %355, %arg1, %354, %354 : (tensor<12x1x256x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<12x1x256x8x64xf16>
    %360 = stablehlo.slice %357 [3:4, 0:1, 0:256, 0:8, 0:64] : (tensor<12x1x256x8x64xf16>) -> tensor<1x1x256x8x64xf16>
    %361 = stablehlo.reshape %360 : (tensor<1x1x256x8x64xf16>) -> tensor<256x8x64xf16>
    %362 = stablehlo.slice %359 [3:4, 0:1, 0:256, 0:8, 0:64] : (tensor<12x1x256x8x64xf16>) -> tensor<1x1x256x8x64xf16>
    %363 = stablehlo.reshape %362 : (tensor<1x1x256x8x64xf16>) -> tensor<256x8x64xf16>
    %364 = stablehlo.composite "mlxla.attention" %341, %361, %363, %0, %2, %arg250 {composite_attributes = {scale = 0.125 : f64, sinks = true}, decomposition = @mlxla_attention_1x64x64xf32_256x8x64xf16_256x8x64xf16_1xi32_i32_64xf32_d54bb49fca62a40e} : (tensor<1x64x64xf32>, tensor<256x8x64xf16>, tensor<256x8x64xf16>, tensor<1xi32>, tensor<i32>, tensor<64xf32>) -> tensor<1x64x64xf32>
    %365 = stablehlo.reshape %364 : (tensor<1x64x64xf32>) -> tensor<1x4096xf32>
    %366 = stablehlo.composite "mlxla.quantized_dot" %365, %arg246, %arg247, %arg248 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_1x4096xf32_2880x512xui32_2880x64xf32_2880x64xf32_1606f16f63a9d508} : (tensor<1x4096xf32>, tensor<2880x512xui32>, tensor<2880x64xf32>, tensor<2880x64xf32>) -> tensor<1x2880xf32>
    %367 = stablehlo.broadcast_in_dim %arg249, dims = [1] : (tensor<2880xf32>) -> tensor<1x2880xf32>
    %368 = stablehlo.add %366, %367 : tensor<1x2880xf32>
    %369 = stablehlo.add %335, %368 : tensor<1x2880xf32>
    %370 = stablehlo.composite "mlxla.rms_norm" %369, %arg251 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2880xf32_2880xf32_b6a9c526c7d0eb0f} : (tensor<1x2880xf32>, tensor<2880xf32>) -> tensor<1x2880xf32>
    %371 = stablehlo.composite "mlxla.quantized_dot" %370, %arg252, %arg253, %arg254 {composite_attributes = {bits = 8 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_1x2880xf32_32x720xui32_32x45xf32_32x45xf32_46b69380ec5ff98c} : (tensor<1x2880xf32>, tensor<32x720xui32>, tensor<32x45xf32>, tensor<32x45xf32>) -> tensor<1x32xf32>
    %372 = stablehlo.broadcast_in_dim %arg255, dims = [1] : (tensor<32xf32>) -> tensor<1x32xf32>
    %373 = stablehlo.add %371, %372 : tensor<1x32xf32>
    %374 = stablehlo.composite "mlxla.moe" %370, %373, %arg256, %arg257, %arg259, %arg260, %arg262, %arg263, %arg258, %arg261, %arg264 {composite_attributes = {activation = "swiglu_clamped", bits = 4 : i64, expert_bias = true, experts = 32 : i64, format = "fp", group_size = 32 : i64, precision = "f32", routing = "topk_softmax", swiglu_alpha = 1.702 : f64, swiglu_limit = 7.0 : f64, top_k = 4 : i64}, decomposition = @mlxla_moe_1x2880xf32_1x32xf32_32x2880x360xui32_32x2880x90xui8_32x2880x360xui32_32x2880x90xui8_32x2880x360xui32_32x2880x90xui8_32x2880xf32_32x2880xf32_32x2880xf32_7154339e831de982} : (tensor<1x2880xf32>, tensor<1x32xf32>, tensor<32x2880x360xui32>, tensor<32x2880x90xui8>, tensor<32x2880x360xui32>, tensor<32x2880x90xui8>, tensor<32x2880x360xui32>, tensor<32x2880x90xui8>, tensor<32x2880xf32>, tensor<32x2880xf32>, tensor<32x2880xf32>) -> tensor<1x2880xf32>
    %375 = stablehlo.add %369, %374 : tensor<1x2880xf32>
    %376 = stablehlo.composite "mlxla.rms_norm" %375, %arg265 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2880xf32_2880xf32_b6a9c526c7d0eb0f} : (tensor<1x2880xf32>, tensor<2880xf32>) -> tensor<1x2880xf32>
    %377 = stablehlo.composite "mlxla.quantized_dot" %376, %arg266, %arg267, %arg268 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_1x2880xf32_4096x360xui32_4096x45xf32_4096x45xf32_1606f16f63a9d508} : (tensor<1x2880xf32>, tensor<4096x360xui32>, tensor<4096x45xf32>, tensor<4096x45xf32>) -> tensor<1x4096xf32>
    %378 = stablehlo.broadcast_in_dim %arg269, dims = [1] : (tensor<4096xf32>) -> tensor<1x4096xf32>
    %379 = stablehlo.add %377, %378 : tensor<1x4096xf32>
    %380 = stablehlo.reshape %379 : (tensor<1x4096xf32>) -> tensor<1x64x64xf32>
    %381 = stablehlo.composite "mlxla.rope" %380, %0 {composite_attributes = {beta_fast = 32.0 : f64, beta_slow = 1.0 : f64, factor = 32.0 : f64, mscale = 1.0 : f64, mscale_all_dim = 0.0 : f64, original_max_position_embeddings = 4096 : i64, scaling = "yarn", theta = 150000.0 : f64}, decomposition = @mlxla_rope_1x64x64xf32_1xi32_bca46eb598c94a3c} : (tensor<1x64x64xf32>, tensor<1xi32>) -> tensor<1x64x64xf32>
    %382 = stablehlo.composite "mlxla.quantized_dot" %376, %arg270, %arg271, %arg272 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_1x2880xf32_512x360xui32_512x45xf32_512x45xf32_1606f16f63a9d508} : (tensor<1x2880xf32>, tensor<512x360xui32>, tensor<512x45xf32>, tensor<512x45xf32>) -> tensor<1x512xf32>
    %383 = stablehlo.broadcast_in_dim %arg273, dims = [1] : (tensor<512xf32>) -> tensor<1x512xf32>
    %384 = stablehlo.add %382, %383 : tensor<1x512xf32>
    %385 = stablehlo.reshape %384 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %386 = stablehlo.composite "mlxla.rope" %385, %0 {composite_attributes = {beta_fast = 32.0 : f64, beta_slow = 1.0 : f64, factor = 32.0 : f64, mscale = 1.0 : f64, mscale_all_dim = 0.0 : f64, original_max_position_embeddings = 4096 : i64, scaling = "yarn", theta = 150000.0 : f64}, decomposition = @mlxla_rope_1x8x64xf32_1xi32_bca46eb598c94a3c} : (tensor<1x8x64xf32>, tensor<1xi32>) -> tensor<1x8x64xf32>
    %387 = stablehlo.composite "mlxla.quantized_dot" %376, %arg274, %arg275, %arg276 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_1x2880xf32_512x360xui32_512x45xf32_512x45xf32_1606f16f63a9d508} : (tensor<1x2880xf32>, tensor<512x360xui32>, tensor<512x45xf32>, tensor<512x45xf32>) -> tensor<1x512xf32>
    %388 = stablehlo.broadcast_in_dim %arg277, dims = [1] : (tensor<512xf32>) -> tensor<1x512xf32>
    %389 = stablehlo.add %387, %388 : tensor<1x512xf32>
    %390 = stablehlo.reshape %389 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %391 = stablehlo.convert %386 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %392 = stablehlo.convert %390 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %393 = stablehlo.slice %319 [4:5, 0:1, 0:128, 0:8, 0:64] : (tensor<12x1x128x8x64xf16>) -> tensor<1x1x128x8x64xf16>
    %394 = stablehlo.reshape %393 : (tensor<1x1x128x8x64xf16>) -> tensor<128x8x64xf16>
    %395 = stablehlo.slice %324 [4:5, 0:1, 0:128, 0:8, 0:64] : (tensor<12x1x128x8x64xf16>) -> tensor<1x1x128x8x64xf16>
    %396 = stablehlo.reshape %395 : (tensor<1x1x128x8x64xf16>) -> tensor<128x8x64xf16>
    %397 = stablehlo.composite "mlxla.window_attention" %381, %394, %396, %391, %392, %0, %2, %arg282 {composite_attributes = {scale = 0.125 : f64, sinks = true, window = 128 : i64}, decomposition = @mlxla_window_attention_1x64x64xf32_128x8x64xf16_128x8x64xf16_1x8x64xf16_1x8x64xf16_1xi32_i32_64xf32_fe6978d776132cfa} : (tensor<1x64x64xf32>, tensor<128x8x64xf16>, tensor<128x8x64xf16>, tensor<1x8x64xf16>, tensor<1x8x64xf16>, tensor<1xi32>, tensor<i32>, tensor<64xf32>) -> tensor<1x64x64xf32>
    %398 = stablehlo.constant dense<128> : tensor<i32>
    %399 = stablehlo.divide %arg1, %398 : tensor<i32>
    %400 = stablehlo.multiply %399, %398 : tensor<i32>
    %401 = stablehlo.subtract %arg1, %400 : tensor<i32>
    %402 = stablehlo.constant dense<4> : tensor<i32>
    %403 = stablehlo.constant dense<0> : tensor<i32>
    %404 = stablehlo.constant dense<0> : tensor<i32>
    %405 = stablehlo.reshape %391 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %406 = stablehlo.dynamic_update_slice %319, %405, %402, %403, %401, %404, %404 : (tensor<12x1x128x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<12x1x128x8x64xf16>
    %407 = stablehlo.constant dense<4> : tensor<i32>
    %408 = stablehlo.constant dense<0> : tensor<i32>
    %409 = stablehlo.constant dense<0> : tensor<i32>
    %410 = stablehlo.reshape %392 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %411 = stablehlo.dynamic_update_slice %324, %410, %407, %408, %401, %409, %409 : (tensor<12x1x128x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<12x1x128x8x64xf16>
    %412 = stablehlo.reshape %397 : (tensor<1x64x64xf32>) -> tensor<1x4096xf32>
    %413 = stablehlo.composite "mlxla.quantized_dot" %412, %arg278, %arg279, %arg280 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_1x4096xf32_2880x512xui32_2880x64xf32_2880x64xf32_1606f16f63a9d508} : (tensor<1x4096xf32>, tensor<2880x512xui32>, tensor<2880x64xf32>, tensor<2880x64xf32>) -> tensor<1x2880xf32>
    %414 = stablehlo.broadcast_in_dim %arg281, dims = [1] : (tensor<2880xf32>) -> tensor<1x2880xf32>
    %415 = stablehlo.add %413, %414 : tensor<1x2880xf32>
    %416 = stablehlo.add %375, %415 : tensor<1x2880xf32>
    %417 = stablehlo.composite "mlxla.rms_norm" %416, %arg283 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2880xf32_2880xf32_b6a9c526c7d0eb0f} : (tensor<1x2880xf32>, tensor<2880xf32>) -> tensor<1x2880xf32>
    %418 = stablehlo.composite "mlxla.quantized_dot" %417, %arg284, %arg285, %arg286 {composite_attributes = {bits = 8 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_1x2880xf32_32x720xui32_32x45xf32_32x45xf32_46b69380ec5ff98c} : (tensor<1x2880xf32>, tensor<32x720xui32>, tensor<32x45xf32>, tensor<32x45xf32>) -> tensor<1x32xf32>
    %419 = stablehlo.broadcast_in_dim %arg287, dims = [1] : (tensor<32xf32>) -> tensor<1x32xf32>
    %420 = stablehlo.add %418, %419 : tensor<1x32xf32>
    %421 = stablehlo.composite "mlxla.moe" %417, %420, %arg288, %arg289, %arg291, %arg292, %arg294, %arg295, %arg290, %arg293, %arg296 {composite_attributes = {activation = "swiglu_clamped", bits = 4 : i64, expert_bias = true, experts = 32 : i64, format = "fp", group_size = 32 : i64, precision = "f32", routing = "topk_softmax", swiglu_alpha = 1.702 : f64, swiglu_limit = 7.0 : f64, top_k = 4 : i64}, decomposition = @mlxla_moe_1x2880xf32_1x32xf32_32x2880x360xui32_32x2880x90xui8_32x2880x360xui32_32x2880x90xui8_32x2880x360xui32_32x2880x90xui8_32x2880xf32_32x2880xf32_32x2880xf32_7154339e831de982} : (tensor<1x2880xf32>, tensor<1x32xf32>, tensor<32x2880x360xui32>, tensor<32x2880x90xui8>, tensor<32x2880x360xui32>, tensor<32x2880x90xui8>, tensor<32x2880x360xui32>, tensor<32x2880x90xui8>, tensor<32x2880xf32>, tensor<32x2880xf32>, tensor<32x2880xf32>) -> tensor<1x2880xf32>
    %422 = stablehlo.add %416, %421 : tensor<1x2880xf32>
    %423 = stablehlo.composite "mlxla.rms_norm" %422, %arg297 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2880xf32_2880xf32_b6a9c526c7d0eb0f} : (tensor<1x2880xf32>, tensor<2880xf32>) -> tensor<1x2880xf32>
    %424 = stablehlo.composite "mlxla.quantized_dot" %423, %arg298, %arg299, %arg300 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_1x2880xf32_4096x360xui32_4096x45xf32_4096x45xf32_1606f16f63a9d508} : (tensor<1x2880xf32>, tensor<4096x360xui32>, tensor<4096x45xf32>, tensor<4096x45xf32>) -> tensor<1x4096xf32>
    %425 = stablehlo.broadcast_in_dim %arg301, dims = [1] : (tensor<4096xf32>) -> tensor<1x4096xf32>
    %426 = stablehlo.add %424, %425 : tensor<1x4096xf32>
    %427 = stablehlo.reshape %426 : (tensor<1x4096xf32>) -> tensor<1x64x64xf32>
    %428 = stablehlo.composite "mlxla.rope" %427, %0 {composite_attributes = {beta_fast = 32.0 : f64, beta_slow = 1.0 : f64, factor = 32.0 : f64, mscale = 1.0 : f64, mscale_all_dim = 0.0 : f64, original_max_position_embeddings = 4096 : i64, scaling = "yarn", theta = 150000.0 : f64}, decomposition = @mlxla_rope_1x64x64xf32_1xi32_bca46eb598c94a3c} : (tensor<1x64x64xf32>, tensor<1xi32>) -> tensor<1x64x64xf32>
    %429 = stablehlo.composite "mlxla.quantized_dot" %423, %arg302, %arg303, %arg304 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_1x2880xf32_512x360xui32_512x45xf32_512x45xf32_1606f16f63a9d508} : (tensor<1x2880xf32>, tensor<512x360xui32>, tensor<512x45xf32>, tensor<512x45xf32>) -> tensor<1x512xf32>
    %430 = stablehlo.broadcast_in_dim %arg305, dims = [1] : (tensor<512xf32>) -> tensor<1x512xf32>
    %431 = stablehlo.add %429, %430 : tensor<1x512xf32>
    %432 = stablehlo.reshape %431 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %433 = stablehlo.composite "mlxla.rope" %432, %0 {composite_attributes = {beta_fast = 32.0 : f64, beta_slow = 1.0 : f64, factor = 32.0 : f64, mscale = 1.0 : f64, mscale_all_dim = 0.0 : f64, original_max_position_embeddings = 4096 : i64, scaling = "yarn", theta = 150000.0 : f64}, decomposition = @mlxla_rope_1x8x64xf32_1xi32_bca46eb598c94a3c} : (tensor<1x8x64xf32>, tensor<1xi32>) -> tensor<1x8x64xf32>
    %434 = stablehlo.composite "mlxla.quantized_dot" %423, %arg306, %arg307, %arg308 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_1x2880xf32_512x360xui32_512x45xf32_512x45xf32_1606f16f63a9d508} : (tensor<1x2880xf32>, tensor<512x360xui32>, tensor<512x45xf32>, tensor<512x45xf32>) -> tensor<1x512xf32>
    %435 = stablehlo.broadcast_in_dim %arg309, dims = [1] : (tensor<512xf32>) -> tensor<1x512xf32>
    %436 = stablehlo.add %434, %435 : tensor<1x512xf32>
    %437 = stablehlo.reshape %436 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %438 = stablehlo.convert %433 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %439 = stablehlo.convert %437 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %440 = stablehlo.constant dense<4> : tensor<i32>
    %441 = stablehlo.constant dense<0> : tensor<i32>
    %442 = stablehlo.constant dense<0> : tensor<i32>
    %443 = stablehlo.reshape %438 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %444 = stablehlo.dynamic_update_slice %357, %443, %440, %442, %arg1, %441, %441 : (tensor<12x1x256x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<12x1x256x8x64xf16>
    %445 = stablehlo.reshape %439 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %446 = stablehlo.dynamic_update_slice %359, %445, %440, %442, %arg1, %441, %441 : (tensor<12x1x256x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<12x1x256x8x64xf16>
    %447 = stablehlo.slice %444 [4:5, 0:1, 0:256, 0:8, 0:64] : (tensor<12x1x256x8x64xf16>) -> tensor<1x1x256x8x64xf16>
    %448 = stablehlo.reshape %447 : (tensor<1x1x256x8x64xf16>) -> tensor<256x8x64xf16>
    %449 = stablehlo.slice %446 [4:5, 0:1, 0:256, 0:8, 0:64] : (tensor<12x1x256x8x64xf16>) -> tensor<1x1x256x8x64xf16>
    %450 = stablehlo.reshape %449 : (tensor<1x1x256x8x64xf16>) -> tensor<256x8x64xf16>
    %451 = stablehlo.composite "mlxla.attention" %428, %448, %450, %0, %2, %arg314 {composite_attributes = {scale = 0.125 : f64, sinks = true}, decomposition = @mlxla_attention_1x64x64xf32_256x8x64xf16_256x8x64xf16_1xi32_i32_64xf32_d54bb49fca62a40e} : (tensor<1x64x64xf32>, tensor<256x8x64xf16>, tensor<256x8x64xf16>, tensor<1xi32>, tensor<i32>, tensor<64xf32>) -> tensor<1x64x64xf32>
    %452 = stablehlo.reshape %451 : (tensor<1x64x64xf32>) -> tensor<1x4096xf32>
    %453 = stablehlo.composite "mlxla.quantized_dot" %452, %arg310, %arg311, %arg312 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_1x4096xf32_2880x512xui32_2880x64xf32_2880x64xf32_1606f16f63a9d508} : (tensor<1x4096xf32>, tensor<2880x512xui32>, tensor<2880x64xf32>, tensor<2880x64xf32>) -> tensor<1x2880xf32>
    %454 = stablehlo.broadcast_in_dim %arg313, dims = [1] : (tensor<2880xf32>) -> tensor<1x2880xf32>
    %455 = stablehlo.add %453, %454 : tensor<1x2880xf32>
    %456 = stablehlo.add %422, %455 : tensor<1x2880xf32>
    %457 = stablehlo.composite "mlxla.rms_norm" %456, %arg315 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2880xf32_2880xf32_b6a9c526c7d0eb0f} : (tensor<1x2880xf32>, tensor<2880xf32>) -> tensor<1x2880xf32>
    %458 = stablehlo.composite "mlxla.quantized_dot" %457, %arg316, %arg317, %arg318 {composite_attributes = {bits = 8 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_1x2880xf32_32x720xui32_32x45xf32_32x45xf32_46b69380ec5ff98c} : (tensor<1x2880xf32>, tensor<32x720xui32>, tensor<32x45xf32>, tensor<32x45xf32>) -> tensor<1x32xf32>
    %459 = stablehlo.broadcast_in_dim %arg319, dims = [1] : (tensor<32xf32>) -> tensor<1x32xf32>
    %460 = stablehlo.add %458, %459 : tensor<1x32xf32>
    %461 = stablehlo.composite "mlxla.moe" %457, %460, %arg320, %arg321, %arg323, %arg324, %arg326, %arg327, %arg322, %arg325, %arg328 {composite_attributes = {activation = "swiglu_clamped", bits = 4 : i64, expert_bias = true, experts = 32 : i64, format = "fp", group_size = 32 : i64, precision = "f32", routing = "topk_softmax", swiglu_alpha = 1.702 : f64, swiglu_limit = 7.0 : f64, top_k = 4 : i64}, decomposition = @mlxla_moe_1x2880xf32_1x32xf32_32x2880x360xui32_32x2880x90xui8_32x2880x360xui32_32x2880x90xui8_32x2880x360xui32_32x2880x90xui8_32x2880xf32_32x2880xf32_32x2880xf32_7154339e831de982} : (tensor<1x2880xf32>, tensor<1x32xf32>, tensor<32x2880x360xui32>, tensor<32x2880x90xui8>, tensor<32x2880x360xui32>, tensor<32x2880x90xui8>, tensor<32x2880x360xui32>, tensor<32x2880x90xui8>, tensor<32x2880xf32>, tensor<32x2880xf32>, tensor<32x2880xf32>) -> tensor<1x2880xf32>
    %462 = stablehlo.add %456, %461 : tensor<1x2880xf32>
    %463 = stablehlo.composite "mlxla.rms_norm" %462, %arg329 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2880xf32_2880xf32_b6a9c526c7d0eb0f} : (tensor<1x2880xf32>, tensor<2880xf32>) -> tensor<1x2880xf32>
    %464 = stablehlo.composite "mlxla.quantized_dot" %463, %arg330, %arg331, %arg332 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_1x2880xf32_4096x360xui32_4096x45xf32_4096x45xf32_1606f16f63a9d508} : (tensor<1x2880xf32>, tensor<4096x360xui32>, tensor<4096x45xf32>, tensor<4096x45xf32>) -> tensor<1x4096xf32>
    %465 = stablehlo.broadcast_in_dim %arg333, dims = [1] : (tensor<4096xf32>) -> tensor<1x4096xf32>
    %466 = stablehlo.add %464, %465 : tensor<1x4096xf32>
    %467 = stablehlo.reshape %466 : (tensor<1x4096xf32>) -> tensor<1x64x64xf32>
    %468 = stablehlo.composite "mlxla.rope" %467, %0 {composite_attributes = {beta_fast = 32.0 : f64, beta_slow = 1.0 : f64, factor = 32.0 : f64, mscale = 1.0 : f64, mscale_all_dim = 0.0 : f64, original_max_position_embeddings = 4096 : i64, scaling = "yarn", theta = 150000.0 : f64}, decomposition = @mlxla_rope_1x64x64xf32_1xi32_bca46eb598c94a3c} : (tensor<1x64x64xf32>, tensor<1xi32>) -> tensor<1x64x64xf32>
    %469 = stablehlo.composite "mlxla.quantized_dot" %463, %arg334, %arg335, %arg336 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_1x2880xf32_512x360xui32_512x45xf32_512x45xf32_1606f16f63a9d508} : (tensor<1x2880xf32>, tensor<512x360xui32>, tensor<512x45xf32>, tensor<512x45xf32>) -> tensor<1x512xf32>
    %470 = stablehlo.broadcast_in_dim %arg337, dims = [1] : (tensor<512xf32>) -> tensor<1x512xf32>
    %471 = stablehlo.add %469, %470 : tensor<1x512xf32>
    %472 = stablehlo.reshape %471 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %473 = stablehlo.composite "mlxla.rope" %472, %0 {composite_attributes = {beta_fast = 32.0 : f64, beta_slow = 1.0 : f64, factor = 32.0 : f64, mscale = 1.0 : f64, mscale_all_dim = 0.0 : f64, original_max_position_embeddings = 4096 : i64, scaling = "yarn", theta = 150000.0 : f64}, decomposition = @mlxla_rope_1x8x64xf32_1xi32_bca46eb598c94a3c} : (tensor<1x8x64xf32>, tensor<1xi32>) -> tensor<1x8x64xf32>
    %474 = stablehlo.composite "mlxla.quantized_dot" %463, %arg338, %arg339, %arg340 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_1x2880xf32_512x360xui32_512x45xf32_512x45xf32_1606f16f63a9d508} : (tensor<1x2880xf32>, tensor<512x360xui32>, tensor<512x45xf32>, tensor<512x45xf32>) -> tensor<1x512xf32>
    %475 = stablehlo.broadcast_in_dim %arg341, dims = [1] : (tensor<512xf32>) -> tensor<1x512xf32>
    %476 = stablehlo.add %474, %475 : tensor<1x512xf32>
    %477 = stablehlo.reshape %476 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %478 = stablehlo.convert %473 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %479 = stablehlo.convert %477 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %480 = stablehlo.slice %406 [5:6, 0:1, 0:128, 0:8, 0:64] : (tensor<12x1x128x8x64xf16>) -> tensor<1x1x128x8x64xf16>
    %481 = stablehlo.reshape %480 : (tensor<1x1x128x8x64xf16>) -> tensor<128x8x64xf16>
    %482 = stablehlo.slice %411 [5:6, 0:1, 0:128, 0:8, 0:64] : (tensor<12x1x128x8x64xf16>) -> tensor<1x1x128x8x64xf16>
    %483 = stablehlo.reshape %482 : (tensor<1x1x128x8x64xf16>) -> tensor<128x8x64xf16>
    %484 = stablehlo.composite "mlxla.window_attention" %468, %481, %483, %478, %479, %0, %2, %arg346 {composite_attributes = {scale = 0.125 : f64, sinks = true, window = 128 : i64}, decomposition = @mlxla_window_attention_1x64x64xf32_128x8x64xf16_128x8x64xf16_1x8x64xf16_1x8x64xf16_1xi32_i32_64xf32_fe6978d776132cfa} : (tensor<1x64x64xf32>, tensor<128x8x64xf16>, tensor<128x8x64xf16>, tensor<1x8x64xf16>, tensor<1x8x64xf16>, tensor<1xi32>, tensor<i32>, tensor<64xf32>) -> tensor<1x64x64xf32>
    %485 = stablehlo.constant dense<128> : tensor<i32>
    %486 = stablehlo.divide %arg1, %485 : tensor<i32>
    %487 = stablehlo.multiply %486, %485 : tensor<i32>
    %488 = stablehlo.subtract %arg1, %487 : tensor<i32>
    %489 = stablehlo.constant dense<5> : tensor<i32>
    %490 = stablehlo.constant dense<0> : tensor<i32>
    %491 = stablehlo.constant dense<0> : tensor<i32>
    %492 = stablehlo.reshape %478 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %493 = stablehlo.dynamic_update_slice %406, %492, %489, %490, %488, %491, %491 : (tensor<12x1x128x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<12x1x128x8x64xf16>
    %494 = stablehlo.constant dense<5> : tensor<i32>
    %495 = stablehlo.constant dense<0> : tensor<i32>
    %496 = stablehlo.constant dense<0> : tensor<i32>
    %497 = stablehlo.reshape %479 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %498 = stablehlo.dynamic_update_slice %411, %497, %494, %495, %488, %496, %496 : (tensor<12x1x128x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<12x1x128x8x64xf16>
    %499 = stablehlo.reshape %484 : (tensor<1x64x64xf32>) -> tensor<1x4096xf32>
    %500 = stablehlo.composite "mlxla.quantized_dot" %499, %arg342, %arg343, %arg344 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_1x4096xf32_2880x512xui32_2880x64xf32_2880x64xf32_1606f16f63a9d508} : (tensor<1x4096xf32>, tensor<2880x512xui32>, tensor<2880x64xf32>, tensor<2880x64xf32>) -> tensor<1x2880xf32>
    %501 = stablehlo.broadcast_in_dim %arg345, dims = [1] : (tensor<2880xf32>) -> tensor<1x2880xf32>
    %502 = stablehlo.add %500, %501 : tensor<1x2880xf32>
    %503 = stablehlo.add %462, %502 : tensor<1x2880xf32>
    %504 = stablehlo.composite "mlxla.rms_norm" %503, %arg347 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2880xf32_2880xf32_b6a9c526c7d0eb0f} : (tensor<1x2880xf32>, tensor<2880xf32>) -> tensor<1x2880xf32>
    %505 = stablehlo.composite "mlxla.quantized_dot" %504, %arg348, %arg349, %arg350 {composite_attributes = {bits = 8 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_1x2880xf32_32x720xui32_32x45xf32_32x45xf32_46b69380ec5ff98c} : (tensor<1x2880xf32>, tensor<32x720xui32>, tensor<32x45xf32>, tensor<32x45xf32>) -> tensor<1x32xf32>
    %506 = stablehlo.broadcast_in_dim %arg351, dims = [1] : (tensor<32xf32>) -> tensor<1x32xf32>
    %507 = stablehlo.add %505, %506 : tensor<1x32xf32>
    %508 = stablehlo.composite "mlxla.moe" %504, %507, %arg352, %arg353, %arg355, %arg356, %arg358, %arg359, %arg354, %arg357, %arg360 {composite_attributes = {activation = "swiglu_clamped", bits = 4 : i64, expert_bias = true, experts = 32 : i64, format = "fp", group_size = 32 : i64, precision = "f32", routing = "topk_softmax", swiglu_alpha = 1.702 : f64, swiglu_limit = 7.0 : f64, top_k = 4 : i64}, decomposition = @mlxla_moe_1x2880xf32_1x32xf32_32x2880x360xui32_32x2880x90xui8_32x2880x360xui32_32x2880x90xui8_32x2880x360xui32_32x2880x90xui8_32x2880xf32_32x2880xf32_32x2880xf32_7154339e831de982} : (tensor<1x2880xf32>, tensor<1x32xf32>, tensor<32x2880x360xui32>, tensor<32x2880x90xui8>, tensor<32x2880x360xui32>, tensor<32x2880x90xui8>, tensor<32x2880x360xui32>, tensor<32x2880x90xui8>, tensor<32x2880xf32>, tensor<32x2880xf32>, tensor<32x2880xf32>) -> tensor<1x2880xf32>
    %509 = stablehlo.add %503, %508 : tensor<1x2880xf32>
    %510 = stablehlo.composite "mlxla.rms_norm" %509, %arg361 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2880xf32_2880xf32_b6a9c526c7d0eb0f} : (tensor<1x2880xf32>, tensor<2880xf32>) -> tensor<1x2880xf32>
    %511 = stablehlo.composite "mlxla.quantized_dot" %510, %arg362, %arg363, %arg364 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_1x2880xf32_4096x360xui32_4096x45xf32_4096x45xf32_1606f16f63a9d508} : (tensor<1x2880xf32>, tensor<4096x360xui32>, tensor<4096x45xf32>, tensor<4096x45xf32>) -> tensor<1x4096xf32>
    %512 = stablehlo.broadcast_in_dim %arg365, dims = [1] : (tensor<4096xf32>) -> tensor<1x4096xf32>
    %513 = stablehlo.add %511, %512 : tensor<1x4096xf32>
    %514 = stablehlo.reshape %513 : (tensor<1x4096xf32>) -> tensor<1x64x64xf32>
    %515 = stablehlo.composite "mlxla.rope" %514, %0 {composite_attributes = {beta_fast = 32.0 : f64, beta_slow = 1.0 : f64, factor = 32.0 : f64, mscale = 1.0 : f64, mscale_all_dim = 0.0 : f64, original_max_position_embeddings = 4096 : i64, scaling = "yarn", theta = 150000.0 : f64}, decomposition = @mlxla_rope_1x64x64xf32_1xi32_bca46eb598c94a3c} : (tensor<1x64x64xf32>, tensor<1xi32>) -> tensor<1x64x64xf32>
    %516 = stablehlo.composite "mlxla.quantized_dot" %510, %arg366, %arg367, %arg368 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_1x2880xf32_512x360xui32_512x45xf32_512x45xf32_1606f16f63a9d508} : (tensor<1x2880xf32>, tensor<512x360xui32>, tensor<512x45xf32>, tensor<512x45xf32>) -> tensor<1x512xf32>
    %517 = stablehlo.broadcast_in_dim %arg369, dims = [1] : (tensor<512xf32>) -> tensor<1x512xf32>
    %518 = stablehlo.add %516, %517 : tensor<1x512xf32>
    %519 = stablehlo.reshape %518 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %520 = stablehlo.composite "mlxla.rope" %519, %0 {composite_attributes = {beta_fast = 32.0 : f64, beta_slow = 1.0 : f64, factor = 32.0 : f64, mscale = 1.0 : f64, mscale_all_dim = 0.0 : f64, original_max_position_embeddings = 4096 : i64, scaling = "yarn", theta = 150000.0 : f64}, decomposition = @mlxla_rope_1x8x64xf32_1xi32_bca46eb598c94a3c} : (tensor<1x8x64xf32>, tensor<1xi32>) -> tensor<1x8x64xf32>
    %521 = stablehlo.composite "mlxla.quantized_dot" %510, %arg370, %arg371, %arg372 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_1x2880xf32_512x360xui32_512x45xf32_512x45xf32_1606f16f63a9d508} : (tensor<1x2880xf32>, tensor<512x360xui32>, tensor<512x45xf32>, tensor<512x45xf32>) -> tensor<1x512xf32>
    %522 = stablehlo.broadcast_in_dim %arg373, dims = [1] : (tensor<512xf32>) -> tensor<1x512xf32>
    %523 = stablehlo.add %521, %522 : tensor<1x512xf32>
    %524 = stablehlo.reshape %523 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %525 = stablehlo.convert %520 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %526 = stablehlo.convert %524 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %527 = stablehlo.constant dense<5> : tensor<i32>
    %528 = stablehlo.constant dense<0> : tensor<i32>
    %529 = stablehlo.constant dense<0> : tensor<i32>
    %530 = stablehlo.reshape %525 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %531 = stablehlo.dynamic_update_slice %444, %530, %527, %529, %arg1, %528, %528 : (tensor<12x1x256x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<12x1x256x8x64xf16>
    %532 = stablehlo.reshape %526 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %533 = stablehlo.dynamic_update_slice %446, %532, %527, %529, %arg1, %528, %528 : (tensor<12x1x256x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<12x1x256x8x64xf16>
    %534 = stablehlo.slice %531 [5:6, 0:1, 0:256, 0:8, 0:64] : (tensor<12x1x256x8x64xf16>) -> tensor<1x1x256x8x64xf16>
    %535 = stablehlo.reshape %534 : (tensor<1x1x256x8x64xf16>) -> tensor<256x8x64xf16>
    %536 = stablehlo.slice %533 [5:6, 0:1, 0:256, 0:8, 0:64] : (tensor<12x1x256x8x64xf16>) -> tensor<1x1x256x8x64xf16>
    %537 = stablehlo.reshape %536 : (tensor<1x1x256x8x64xf16>) -> tensor<256x8x64xf16>
    %538 = stablehlo.composite "mlxla.attention" %515, %535, %537, %0, %2, %arg378 {composite_attributes = {scale = 0.125 : f64, sinks = true}, decomposition = @mlxla_attention_1x64x64xf32_256x8x64xf16_256x8x64xf16_1xi32_i32_64xf32_d54bb49fca62a40e} : (tensor<1x64x64xf32>, tensor<256x8x64xf16>, tensor<256x8x64xf16>, tensor<1xi32>, tensor<i32>, tensor<64xf32>) -> tensor<1x64x64xf32>
    %539 = stablehlo.reshape %538 : (tensor<1x64x64xf32>) -> tensor<1x4096xf32>
    %540 = stablehlo.composite "mlxla.quantized_dot" %539, %arg374, %arg375, %arg376 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_1x4096xf32_2880x512xui32_2880x64xf32_2880x64xf32_1606f16f63a9d508} : (tensor<1x4096xf32>, tensor<2880x512xui32>, tensor<2880x64xf32>, tensor<2880x64xf32>) -> tensor<1x2880xf32>
    %541 = stablehlo.broadcast_in_dim %arg377, dims = [1] : (tensor<2880xf32>) -> tensor<1x2880xf32>
    %542 = stablehlo.add %540, %541 : tensor<1x2880xf32>
    %543 = stablehlo.add %509, %542 : tensor<1x2880xf32>
    %544 = stablehlo.composite "mlxla.rms_norm" %543, %arg379 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2880xf32_2880xf32_b6a9c526c7d0eb0f} : (tensor<1x2880xf32>, tensor<2880xf32>) -> tensor<1x2880xf32>
    %545 = stablehlo.composite "mlxla.quantized_dot" %544, %arg380, %arg381, %arg382 {composite_attributes = {bits = 8 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_1x2880xf32_32x720xui32_32x45xf32_32x45xf32_46b69380ec5ff98c} : (tensor<1x2880xf32>, tensor<32x720xui32>, tensor<32x45xf32>, tensor<32x45xf32>) -> tensor<1x32xf32>
    %546 = stablehlo.broadcast_in_dim %arg383, dims = [1] : (tensor<32xf32>) -> tensor<1x32xf32>
    %547 = stablehlo.add %545, %546 : tensor<1x32xf32>
    %548 = stablehlo.composite "mlxla.moe" %544, %547, %arg384, %arg385, %arg387, %arg388, %arg390, %arg391, %arg386, %arg389, %arg392 {composite_attributes = {activation = "swiglu_clamped", bits = 4 : i64, expert_bias = true, experts = 32 : i64, format = "fp", group_size = 32 : i64, precision = "f32", routing = "topk_softmax", swiglu_alpha = 1.702 : f64, swiglu_limit = 7.0 : f64, top_k = 4 : i64}, decomposition = @mlxla_moe_1x2880xf32_1x32xf32_32x2880x360xui32_32x2880x90xui8_32x2880x360xui32_32x2880x90xui8_32x2880x360xui32_32x2880x90xui8_32x2880xf32_32x2880xf32_32x2880xf32_7154339e831de982} : (tensor<1x2880xf32>, tensor<1x32xf32>, tensor<32x2880x360xui32>, tensor<32x2880x90xui8>, tensor<32x2880x360xui32>, tensor<32x2880x90xui8>, tensor<32x2880x360xui32>, tensor<32x2880x90xui8>, tensor<32x2880xf32>, tensor<32x2880xf32>, tensor<32x2880xf32>) -> tensor<1x2880xf32>
    %549 = stablehlo.add %543, %548 : tensor<1x2880xf32>
    %550 = stablehlo.composite "mlxla.rms_norm" %549, %arg393 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2880xf32_2880xf32_b6a9c526c7d0eb0f} : (tensor<1x2880xf32>, tensor<2880xf32>) -> tensor<1x2880xf32>
    %551 = stablehlo.composite "mlxla.quantized_dot" %550, %arg394, %arg395, %arg396 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_1x2880xf32_4096x360xui32_4096x45xf32_4096x45xf32_1606f16f63a9d508} : (tensor<1x2880xf32>, tensor<4096x360xui32>, tensor<4096x45xf32>, tensor<4096x45xf32>) -> tensor<1x4096xf32>
    %552 = stablehlo.broadcast_in_dim %arg397, dims = [1] : (tensor<4096xf32>) -> tensor<1x4096xf32>
    %553 = stablehlo.add %551, %552 : tensor<1x4096xf32>
    %554 = stablehlo.reshape %553 : (tensor<1x4096xf32>) -> tensor<1x64x64xf32>
    %555 = stablehlo.composite "mlxla.rope" %554, %0 {composite_attributes = {beta_fast = 32.0 : f64, beta_slow = 1.0 : f64, factor = 32.0 : f64, mscale = 1.0 : f64, mscale_all_dim = 0.0 : f64, original_max_position_embeddings = 4096 : i64, scaling = "yarn", theta = 150000.0 : f64}, decomposition = @mlxla_rope_1x64x64xf32_1xi32_bca46eb598c94a3c} : (tensor<1x64x64xf32>, tensor<1xi32>) -> tensor<1x64x64xf32>
    %556 = stablehlo.composite "mlxla.quantized_dot" %550, %arg398, %arg399, %arg400 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_1x2880xf32_512x360xui32_512x45xf32_512x45xf32_1606f16f63a9d508} : (tensor<1x2880xf32>, tensor<512x360xui32>, tensor<512x45xf32>, tensor<512x45xf32>) -> tensor<1x512xf32>
    %557 = stablehlo.broadcast_in_dim %arg401, dims = [1] : (tensor<512xf32>) -> tensor<1x512xf32>
    %558 = stablehlo.add %556, %557 : tensor<1x512xf32>
    %559 = stablehlo.reshape %558 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %560 = stablehlo.composite "mlxla.rope" %559, %0 {composite_attributes = {beta_fast = 32.0 : f64, beta_slow = 1.0 : f64, factor = 32.0 : f64, mscale = 1.0 : f64, mscale_all_dim = 0.0 : f64, original_max_position_embeddings = 4096 : i64, scaling = "yarn", theta = 150000.0 : f64}, decomposition = @mlxla_rope_1x8x64xf32_1xi32_bca46eb598c94a3c} : (tensor<1x8x64xf32>, tensor<1xi32>) -> tensor<1x8x64xf32>
    %561 = stablehlo.composite "mlxla.quantized_dot" %550, %arg402, %arg403, %arg404 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_1x2880xf32_512x360xui32_512x45xf32_512x45xf32_1606f16f63a9d508} : (tensor<1x2880xf32>, tensor<512x360xui32>, tensor<512x45xf32>, tensor<512x45xf32>) -> tensor<1x512xf32>
    %562 = stablehlo.broadcast_in_dim %arg405, dims = [1] : (tensor<512xf32>) -> tensor<1x512xf32>
    %563 = stablehlo.add %561, %562 : tensor<1x512xf32>
    %564 = stablehlo.reshape %563 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %565 = stablehlo.convert %560 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %566 = stablehlo.convert %564 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %567 = stablehlo.slice %493 [6:7, 0:1, 0:128, 0:8, 0:64] : (tensor<12x1x128x8x64xf16>) -> tensor<1x1x128x8x64xf16>
    %568 = stablehlo.reshape %567 : (tensor<1x1x128x8x64xf16>) -> tensor<128x8x64xf16>
    %569 = stablehlo.slice %498 [6:7, 0:1, 0:128, 0:8, 0:64] : (tensor<12x1x128x8x64xf16>) -> tensor<1x1x128x8x64xf16>
    %570 = stablehlo.reshape %569 : (tensor<1x1x128x8x64xf16>) -> tensor<128x8x64xf16>
    %571 = stablehlo.composite "mlxla.window_attention" %555, %568, %570, %565, %566, %0, %2, %arg410 {composite_attributes = {scale = 0.125 : f64, sinks = true, window = 128 : i64}, decomposition = @mlxla_window_attention_1x64x64xf32_128x8x64xf16_128x8x64xf16_1x8x64xf16_1x8x64xf16_1xi32_i32_64xf32_fe6978d776132cfa} : (tensor<1x64x64xf32>, tensor<128x8x64xf16>, tensor<128x8x64xf16>, tensor<1x8x64xf16>, tensor<1x8x64xf16>, tensor<1xi32>, tensor<i32>, tensor<64xf32>) -> tensor<1x64x64xf32>
    %572 = stablehlo.constant dense<128> : tensor<i32>
    %573 = stablehlo.divide %arg1, %572 : tensor<i32>
    %574 = stablehlo.multiply %573, %572 : tensor<i32>
    %575 = stablehlo.subtract %arg1, %574 : tensor<i32>
    %576 = stablehlo.constant dense<6> : tensor<i32>
    %577 = stablehlo.constant dense<0> : tensor<i32>
    %578 = stablehlo.constant dense<0> : tensor<i32>
    %579 = stablehlo.reshape %565 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %580 = stablehlo.dynamic_update_slice %493, %579, %576, %577, %575, %578, %578 : (tensor<12x1x128x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<12x1x128x8x64xf16>
    %581 = stablehlo.constant dense<6> : tensor<i32>
    %582 = stablehlo.constant dense<0> : tensor<i32>
    %583 = stablehlo.constant dense<0> : tensor<i32>
    %584 = stablehlo.reshape %566 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %585 = stablehlo.dynamic_update_slice %498, %584, %581, %582, %575, %583, %583 : (tensor<12x1x128x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<12x1x128x8x64xf16>
    %586 = stablehlo.reshape %571 : (tensor<1x64x64xf32>) -> tensor<1x4096xf32>
    %587 = stablehlo.composite "mlxla.quantized_dot" %586, %arg406, %arg407, %arg408 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_1x4096xf32_2880x512xui32_2880x64xf32_2880x64xf32_1606f16f63a9d508} : (tensor<1x4096xf32>, tensor<2880x512xui32>, tensor<2880x64xf32>, tensor<2880x64xf32>) -> tensor<1x2880xf32>
    %588 = stablehlo.broadcast_in_dim %arg409, dims = [1] : (tensor<2880xf32>) -> tensor<1x2880xf32>
    %589 = stablehlo.add %587, %588 : tensor<1x2880xf32>
    %590 = stablehlo.add %549, %589 : tensor<1x2880xf32>
    %591 = stablehlo.composite "mlxla.rms_norm" %590, %arg411 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2880xf32_2880xf32_b6a9c526c7d0eb0f} : (tensor<1x2880xf32>, tensor<2880xf32>) -> tensor<1x2880xf32>
    %592 = stablehlo.composite "mlxla.quantized_dot" %591, %arg412, %arg413, %arg414 {composite_attributes = {bits = 8 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_1x2880xf32_32x720xui32_32x45xf32_32x45xf32_46b69380ec5ff98c} : (tensor<1x2880xf32>, tensor<32x720xui32>, tensor<32x45xf32>, tensor<32x45xf32>) -> tensor<1x32xf32>
    %593 = stablehlo.broadcast_in_dim %arg415, dims = [1] : (tensor<32xf32>) -> tensor<1x32xf32>
    %594 = stablehlo.add %592, %593 : tensor<1x32xf32>
    %595 = stablehlo.composite "mlxla.moe" %591, %594, %arg416, %arg417, %arg419, %arg420, %arg422, %arg423, %arg418, %arg421, %arg424 {composite_attributes = {activation = "swiglu_clamped", bits = 4 : i64, expert_bias = true, experts = 32 : i64, format = "fp", group_size = 32 : i64, precision = "f32", routing = "topk_softmax", swiglu_alpha = 1.702 : f64, swiglu_limit = 7.0 : f64, top_k = 4 : i64}, decomposition = @mlxla_moe_1x2880xf32_1x32xf32_32x2880x360xui32_32x2880x90xui8_32x2880x360xui32_32x2880x90xui8_32x2880x360xui32_32x2880x90xui8_32x2880xf32_32x2880xf32_32x2880xf32_7154339e831de982} : (tensor<1x2880xf32>, tensor<1x32xf32>, tensor<32x2880x360xui32>, tensor<32x2880x90xui8>, tensor<32x2880x360xui32>, tensor<32x2880x90xui8>, tensor<32x2880x360xui32>, tensor<32x2880x90xui8>, tensor<32x2880xf32>, tensor<32x2880xf32>, tensor<32x2880xf32>) -> tensor<1x2880xf32>
    %596 = stablehlo.add %590, %595 : tensor<1x2880xf32>
    %597 = stablehlo.composite "mlxla.rms_norm" %596, %arg425 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2880xf32_2880xf32_b6a9c526c7d0eb0f} : (tensor<1x2880xf32>, tensor<2880xf32>) -> tensor<1x2880xf32>
    %598 = stablehlo.composite "mlxla.quantized_dot" %597, %arg426, %arg427, %arg428 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_1x2880xf32_4096x360xui32_4096x45xf32_4096x45xf32_1606f16f63a9d508} : (tensor<1x2880xf32>, tensor<4096x360xui32>, tensor<4096x45xf32>, tensor<4096x45xf32>) -> tensor<1x4096xf32>
    %599 = stablehlo.broadcast_in_dim %arg429, dims = [1] : (tensor<4096xf32>) -> tensor<1x4096xf32>
    %600 = stablehlo.add %598, %599 : tensor<1x4096xf32>
    %601 = stablehlo.reshape %600 : (tensor<1x4096xf32>) -> tensor<1x64x64xf32>
    %602 = stablehlo.composite "mlxla.rope" %601, %0 {composite_attributes = {beta_fast = 32.0 : f64, beta_slow = 1.0 : f64, factor = 32.0 : f64, mscale = 1.0 : f64, mscale_all_dim = 0.0 : f64, original_max_position_embeddings = 4096 : i64, scaling = "yarn", theta = 150000.0 : f64}, decomposition = @mlxla_rope_1x64x64xf32_1xi32_bca46eb598c94a3c} : (tensor<1x64x64xf32>, tensor<1xi32>) -> tensor<1x64x64xf32>
    %603 = stablehlo.composite "mlxla.quantized_dot" %597, %arg430, %arg431, %arg432 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_1x2880xf32_512x360xui32_512x45xf32_512x45xf32_1606f16f63a9d508} : (tensor<1x2880xf32>, tensor<512x360xui32>, tensor<512x45xf32>, tensor<512x45xf32>) -> tensor<1x512xf32>
    %604 = stablehlo.broadcast_in_dim %arg433, dims = [1] : (tensor<512xf32>) -> tensor<1x512xf32>
    %605 = stablehlo.add %603, %604 : tensor<1x512xf32>
    %606 = stablehlo.reshape %605 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %607 = stablehlo.composite "mlxla.rope" %606, %0 {composite_attributes = {beta_fast = 32.0 : f64, beta_slow = 1.0 : f64, factor = 32.0 : f64, mscale = 1.0 : f64, mscale_all_dim = 0.0 : f64, original_max_position_embeddings = 4096 : i64, scaling = "yarn", theta = 150000.0 : f64}, decomposition = @mlxla_rope_1x8x64xf32_1xi32_bca46eb598c94a3c} : (tensor<1x8x64xf32>, tensor<1xi32>) -> tensor<1x8x64xf32>
    %608 = stablehlo.composite "mlxla.quantized_dot" %597, %arg434, %arg435, %arg436 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_1x2880xf32_512x360xui32_512x45xf32_512x45xf32_1606f16f63a9d508} : (tensor<1x2880xf32>, tensor<512x360xui32>, tensor<512x45xf32>, tensor<512x45xf32>) -> tensor<1x512xf32>
    %609 = stablehlo.broadcast_in_dim %arg437, dims = [1] : (tensor<512xf32>) -> tensor<1x512xf32>
    %610 = stablehlo.add %608, %609 : tensor<1x512xf32>
    %611 = stablehlo.reshape %610 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %612 = stablehlo.convert %607 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %613 = stablehlo.convert %611 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %614 = stablehlo.constant dense<6> : tensor<i32>
    %615 = stablehlo.constant dense<0> : tensor<i32>
    %616 = stablehlo.constant dense<0> : tensor<i32>
    %617 = stablehlo.reshape %612 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %618 = stablehlo.dynamic_update_slice %531, %617, %614, %616, %arg1, %615, %615 : (tensor<12x1x256x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<12x1x256x8x64xf16>
    %619 = stablehlo.reshape %613 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %620 = stablehlo.dynamic_update_slice %533, %619, %614, %616, %arg1, %615, %615 : (tensor<12x1x256x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<12x1x256x8x64xf16>
    %621 = stablehlo.slice %618 [6:7, 0:1, 0:256, 0:8, 0:64] : (tensor<12x1x256x8x64xf16>) -> tensor<1x1x256x8x64xf16>
    %622 = stablehlo.reshape %621 : (tensor<1x1x256x8x64xf16>) -> tensor<256x8x64xf16>
    %623 = stablehlo.slice %620 [6:7, 0:1, 0:256, 0:8, 0:64] : (tensor<12x1x256x8x64xf16>) -> tensor<1x1x256x8x64xf16>
    %624 = stablehlo.reshape %623 : (tensor<1x1x256x8x64xf16>) -> tensor<256x8x64xf16>
    %625 = stablehlo.composite "mlxla.attention" %602, %622, %624, %0, %2, %arg442 {composite_attributes = {scale = 0.125 : f64, sinks = true}, decomposition = @mlxla_attention_1x64x64xf32_256x8x64xf16_256x8x64xf16_1xi32_i32_64xf32_d54bb49fca62a40e} : (tensor<1x64x64xf32>, tensor<256x8x64xf16>, tensor<256x8x64xf16>, tensor<1xi32>, tensor<i32>, tensor<64xf32>) -> tensor<1x64x64xf32>
    %626 = stablehlo.reshape %625 : (tensor<1x64x64xf32>) -> tensor<1x4096xf32>
    %627 = stablehlo.composite "mlxla.quantized_dot" %626, %arg438, %arg439, %arg440 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_1x4096xf32_2880x512xui32_2880x64xf32_2880x64xf32_1606f16f63a9d508} : (tensor<1x4096xf32>, tensor<2880x512xui32>, tensor<2880x64xf32>, tensor<2880x64xf32>) -> tensor<1x2880xf32>
    %628 = stablehlo.broadcast_in_dim %arg441, dims = [1] : (tensor<2880xf32>) -> tensor<1x2880xf32>
    %629 = stablehlo.add %627, %628 : tensor<1x2880xf32>
    %630 = stablehlo.add %596, %629 : tensor<1x2880xf32>
    %631 = stablehlo.composite "mlxla.rms_norm" %630, %arg443 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2880xf32_2880xf32_b6a9c526c7d0eb0f} : (tensor<1x2880xf32>, tensor<2880xf32>) -> tensor<1x2880xf32>
    %632 = stablehlo.composite "mlxla.quantized_dot" %631, %arg444, %arg445, %arg446 {composite_attributes = {bits = 8 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_1x2880xf32_32x720xui32_32x45xf32_32x45xf32_46b69380ec5ff98c} : (tensor<1x2880xf32>, tensor<32x720xui32>, tensor<32x45xf32>, tensor<32x45xf32>) -> tensor<1x32xf32>
    %633 = stablehlo.broadcast_in_dim %arg447, dims = [1] : (tensor<32xf32>) -> tensor<1x32xf32>
    %634 = stablehlo.add %632, %633 : tensor<1x32xf32>
    %635 = stablehlo.composite "mlxla.moe" %631, %634, %arg448, %arg449, %arg451, %arg452, %arg454, %arg455, %arg450, %arg453, %arg456 {composite_attributes = {activation = "swiglu_clamped", bits = 4 : i64, expert_bias = true, experts = 32 : i64, format = "fp", group_size = 32 : i64, precision = "f32", routing = "topk_softmax", swiglu_alpha = 1.702 : f64, swiglu_limit = 7.0 : f64, top_k = 4 : i64}, decomposition = @mlxla_moe_1x2880xf32_1x32xf32_32x2880x360xui32_32x2880x90xui8_32x2880x360xui32_32x2880x90xui8_32x2880x360xui32_32x2880x90xui8_32x2880xf32_32x2880xf32_32x2880xf32_7154339e831de982} : (tensor<1x2880xf32>, tensor<1x32xf32>, tensor<32x2880x360xui32>, tensor<32x2880x90xui8>, tensor<32x2880x360xui32>, tensor<32x2880x90xui8>, tensor<32x2880x360xui32>, tensor<32x2880x90xui8>, tensor<32x2880xf32>, tensor<32x2880xf32>, tensor<32x2880xf32>) -> tensor<1x2880xf32>
    %636 = stablehlo.add %630, %635 : tensor<1x2880xf32>
    %637 = stablehlo.composite "mlxla.rms_norm" %636, %arg457 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2880xf32_2880xf32_b6a9c526c7d0eb0f} : (tensor<1x2880xf32>, tensor<2880xf32>) -> tensor<1x2880xf32>
    %638 = stablehlo.composite "mlxla.quantized_dot" %637, %arg458, %arg459, %arg460 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_1x2880xf32_4096x360xui32_4096x45xf32_4096x45xf32_1606f16f63a9d508} : (tensor<1x2880xf32>, tensor<4096x360xui32>, tensor<4096x45xf32>, tensor<4096x45xf32>) -> tensor<1x4096xf32>
    %639 = stablehlo.broadcast_in_dim %arg461, dims = [1] : (tensor<4096xf32>) -> tensor<1x4096xf32>
    %640 = stablehlo.add %638, %639 : tensor<1x4096xf32>
    %641 = stablehlo.reshape %640 : (tensor<1x4096xf32>) -> tensor<1x64x64xf32>
    %642 = stablehlo.composite "mlxla.rope" %641, %0 {composite_attributes = {beta_fast = 32.0 : f64, beta_slow = 1.0 : f64, factor = 32.0 : f64, mscale = 1.0 : f64, mscale_all_dim = 0.0 : f64, original_max_position_embeddings = 4096 : i64, scaling = "yarn", theta = 150000.0 : f64}, decomposition = @mlxla_rope_1x64x64xf32_1xi32_bca46eb598c94a3c} : (tensor<1x64x64xf32>, tensor<1xi32>) -> tensor<1x64x64xf32>
    %643 = stablehlo.composite "mlxla.quantized_dot" %637, %arg462, %arg463, %arg464 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_1x2880xf32_512x360xui32_512x45xf32_512x45xf32_1606f16f63a9d508} : (tensor<1x2880xf32>, tensor<512x360xui32>, tensor<512x45xf32>, tensor<512x45xf32>) -> tensor<1x512xf32>
    %644 = stablehlo.broadcast_in_dim %arg465, dims = [1] : (tensor<512xf32>) -> tensor<1x512xf32>
    %645 = stablehlo.add %643, %644 : tensor<1x512xf32>
    %646 = stablehlo.reshape %645 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %647 = stablehlo.composite "mlxla.rope" %646, %0 {composite_attributes = {beta_fast = 32.0 : f64, beta_slow = 1.0 : f64, factor = 32.0 : f64, mscale = 1.0 : f64, mscale_all_dim = 0.0 : f64, original_max_position_embeddings = 4096 : i64, scaling = "yarn", theta = 150000.0 : f64}, decomposition = @mlxla_rope_1x8x64xf32_1xi32_bca46eb598c94a3c} : (tensor<1x8x64xf32>, tensor<1xi32>) -> tensor<1x8x64xf32>
    %648 = stablehlo.composite "mlxla.quantized_dot" %637, %arg466, %arg467, %arg468 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_1x2880xf32_512x360xui32_512x45xf32_512x45xf32_1606f16f63a9d508} : (tensor<1x2880xf32>, tensor<512x360xui32>, tensor<512x45xf32>, tensor<512x45xf32>) -> tensor<1x512xf32>
    %649 = stablehlo.broadcast_in_dim %arg469, dims = [1] : (tensor<512xf32>) -> tensor<1x512xf32>
    %650 = stablehlo.add %648, %649 : tensor<1x512xf32>
    %651 = stablehlo.reshape %650 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %652 = stablehlo.convert %647 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %653 = stablehlo.convert %651 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %654 = stablehlo.slice %580 [7:8, 0:1, 0:128, 0:8, 0:64] : (tensor<12x1x128x8x64xf16>) -> tensor<1x1x128x8x64xf16>
    %655 = stablehlo.reshape %654 : (tensor<1x1x128x8x64xf16>) -> tensor<128x8x64xf16>
    %656 = stablehlo.slice %585 [7:8, 0:1, 0:128, 0:8, 0:64] : (tensor<12x1x128x8x64xf16>) -> tensor<1x1x128x8x64xf16>
    %657 = stablehlo.reshape %656 : (tensor<1x1x128x8x64xf16>) -> tensor<128x8x64xf16>
    %658 = stablehlo.composite "mlxla.window_attention" %642, %655, %657, %652, %653, %0, %2, %arg474 {composite_attributes = {scale = 0.125 : f64, sinks = true, window = 128 : i64}, decomposition = @mlxla_window_attention_1x64x64xf32_128x8x64xf16_128x8x64xf16_1x8x64xf16_1x8x64xf16_1xi32_i32_64xf32_fe6978d776132cfa} : (tensor<1x64x64xf32>, tensor<128x8x64xf16>, tensor<128x8x64xf16>, tensor<1x8x64xf16>, tensor<1x8x64xf16>, tensor<1xi32>, tensor<i32>, tensor<64xf32>) -> tensor<1x64x64xf32>
    %659 = stablehlo.constant dense<128> : tensor<i32>
    %660 = stablehlo.divide %arg1, %659 : tensor<i32>
    %661 = stablehlo.multiply %660, %659 : tensor<i32>
    %662 = stablehlo.subtract %arg1, %661 : tensor<i32>
    %663 = stablehlo.constant dense<7> : tensor<i32>
    %664 = stablehlo.constant dense<0> : tensor<i32>
    %665 = stablehlo.constant dense<0> : tensor<i32>
    %666 = stablehlo.reshape %652 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %667 = stablehlo.dynamic_update_slice %580, %666, %663, %664, %662, %665, %665 : (tensor<12x1x128x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<12x1x128x8x64xf16>
    %668 = stablehlo.constant dense<7> : tensor<i32>
    %669 = stablehlo.constant dense<0> : tensor<i32>
    %670 = stablehlo.constant dense<0> : tensor<i32>
    %671 = stablehlo.reshape %653 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %672 = stablehlo.dynamic_update_slice %585, %671, %668, %669, %662, %670, %670 : (tensor<12x1x128x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<12x1x128x8x64xf16>
    %673 = stablehlo.reshape %658 : (tensor<1x64x64xf32>) -> tensor<1x4096xf32>
    %674 = stablehlo.composite "mlxla.quantized_dot" %673, %arg470, %arg471, %arg472 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_1x4096xf32_2880x512xui32_2880x64xf32_2880x64xf32_1606f16f63a9d508} : (tensor<1x4096xf32>, tensor<2880x512xui32>, tensor<2880x64xf32>, tensor<2880x64xf32>) -> tensor<1x2880xf32>
    %675 = stablehlo.broadcast_in_dim %arg473, dims = [1] : (tensor<2880xf32>) -> tensor<1x2880xf32>
    %676 = stablehlo.add %674, %675 : tensor<1x2880xf32>
    %677 = stablehlo.add %636, %676 : tensor<1x2880xf32>
    %678 = stablehlo.composite "mlxla.rms_norm" %677, %arg475 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2880xf32_2880xf32_b6a9c526c7d0eb0f} : (tensor<1x2880xf32>, tensor<2880xf32>) -> tensor<1x2880xf32>
    %679 = stablehlo.composite "mlxla.quantized_dot" %678, %arg476, %arg477, %arg478 {composite_attributes = {bits = 8 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_1x2880xf32_32x720xui32_32x45xf32_32x45xf32_46b69380ec5ff98c} : (tensor<1x2880xf32>, tensor<32x720xui32>, tensor<32x45xf32>, tensor<32x45xf32>) -> tensor<1x32xf32>
    %680 = stablehlo.broadcast_in_dim %arg479, dims = [1] : (tensor<32xf32>) -> tensor<1x32xf32>
    %681 = stablehlo.add %679, %680 : tensor<1x32xf32>
    %682 = stablehlo.composite "mlxla.moe" %678, %681, %arg480, %arg481, %arg483, %arg484, %arg486, %arg487, %arg482, %arg485, %arg488 {composite_attributes = {activation = "swiglu_clamped", bits = 4 : i64, expert_bias = true, experts = 32 : i64, format = "fp", group_size = 32 : i64, precision = "f32", routing = "topk_softmax", swiglu_alpha = 1.702 : f64, swiglu_limit = 7.0 : f64, top_k = 4 : i64}, decomposition = @mlxla_moe_1x2880xf32_1x32xf32_32x2880x360xui32_32x2880x90xui8_32x2880x360xui32_32x2880x90xui8_32x2880x360xui32_32x2880x90xui8_32x2880xf32_32x2880xf32_32x2880xf32_7154339e831de982} : (tensor<1x2880xf32>, tensor<1x32xf32>, tensor<32x2880x360xui32>, tensor<32x2880x90xui8>, tensor<32x2880x360xui32>, tensor<32x2880x90xui8>, tensor<32x2880x360xui32>, tensor<32x2880x90xui8>, tensor<32x2880xf32>, tensor<32x2880xf32>, tensor<32x2880xf32>) -> tensor<1x2880xf32>
    %683 = stablehlo.add %677, %682 : tensor<1x2880xf32>
    %684 = stablehlo.composite "mlxla.rms_norm" %683, %arg489 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2880xf32_2880xf32_b6a9c526c7d0eb0f} : (tensor<1x2880xf32>, tensor<2880xf32>) -> tensor<1x2880xf32>
    %685 = stablehlo.composite "mlxla.quantized_dot" %684, %arg490, %arg491, %arg492 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_1x2880xf32_4096x360xui32_4096x45xf32_4096x45xf32_1606f16f63a9d508} : (tensor<1x2880xf32>, tensor<4096x360xui32>, tensor<4096x45xf32>, tensor<4096x45xf32>) -> tensor<1x4096xf32>
    %686 = stablehlo.broadcast_in_dim %arg493, dims = [1] : (tensor<4096xf32>) -> tensor<1x4096xf32>
    %687 = stablehlo.add %685, %686 : tensor<1x4096xf32>
    %688 = stablehlo.reshape %687 : (tensor<1x4096xf32>) -> tensor<1x64x64xf32>
    %689 = stablehlo.composite "mlxla.rope" %688, %0 {composite_attributes = {beta_fast = 32.0 : f64, beta_slow = 1.0 : f64, factor = 32.0 : f64, mscale = 1.0 : f64, mscale_all_dim = 0.0 : f64, original_max_position_embeddings = 4096 : i64, scaling = "yarn", theta = 150000.0 : f64}, decomposition = @mlxla_rope_1x64x64xf32_1xi32_bca46eb598c94a3c} : (tensor<1x64x64xf32>, tensor<1xi32>) -> tensor<1x64x64xf32>
    %690 = stablehlo.composite "mlxla.quantized_dot" %684, %arg494, %arg495, %arg496 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_1x2880xf32_512x360xui32_512x45xf32_512x45xf32_1606f16f63a9d508} : (tensor<1x2880xf32>, tensor<512x360xui32>, tensor<512x45xf32>, tensor<512x45xf32>) -> tensor<1x512xf32>
    %691 = stablehlo.broadcast_in_dim %arg497, dims = [1] : (tensor<512xf32>) -> tensor<1x512xf32>
    %692 = stablehlo.add %690, %691 : tensor<1x512xf32>
    %693 = stablehlo.reshape %692 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %694 = stablehlo.composite "mlxla.rope" %693, %0 {composite_attributes = {beta_fast = 32.0 : f64, beta_slow = 1.0 : f64, factor = 32.0 : f64, mscale = 1.0 : f64, mscale_all_dim = 0.0 : f64, original_max_position_embeddings = 4096 : i64, scaling = "yarn", theta = 150000.0 : f64}, decomposition = @mlxla_rope_1x8x64xf32_1xi32_bca46eb598c94a3c} : (tensor<1x8x64xf32>, tensor<1xi32>) -> tensor<1x8x64xf32>
    %695 = stablehlo.composite "mlxla.quantized_dot" %684, %arg498, %arg499, %arg500 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_1x2880xf32_512x360xui32_512x45xf32_512x45xf32_1606f16f63a9d508} : (tensor<1x2880xf32>, tensor<512x360xui32>, tensor<512x45xf32>, tensor<512x45xf32>) -> tensor<1x512xf32>
    %696 = stablehlo.broadcast_in_dim %arg501, dims = [1] : (tensor<512xf32>) -> tensor<1x512xf32>
    %697 = stablehlo.add %695, %696 : tensor<1x512xf32>
    %698 = stablehlo.reshape %697 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %699 = stablehlo.convert %694 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %700 = stablehlo.convert %698 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %701 = stablehlo.constant dense<7> : tensor<i32>
    %702 = stablehlo.constant dense<0> : tensor<i32>
    %703 = stablehlo.constant dense<0> : tensor<i32>
    %704 = stablehlo.reshape %699 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %705 = stablehlo.dynamic_update_slice %618, %704, %701, %703, %arg1, %702, %702 : (tensor<12x1x256x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<12x1x256x8x64xf16>
    %706 = stablehlo.reshape %700 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %707 = stablehlo.dynamic_update_slice %620, %706, %701, %703, %arg1, %702, %702 : (tensor<12x1x256x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<12x1x256x8x64xf16>
    %708 = stablehlo.slice %705 [7:8, 0:1, 0:256, 0:8, 0:64] : (tensor<12x1x256x8x64xf16>) -> tensor<1x1x256x8x64xf16>
    %709 = stablehlo.reshape %708 : (tensor<1x1x256x8x64xf16>) -> tensor<256x8x64xf16>
    %710 = stablehlo.slice %707 [7:8, 0:1, 0:256, 0:8, 0:64] : (tensor<12x1x256x8x64xf16>) -> tensor<1x1x256x8x64xf16>
    %711 = stablehlo.reshape %710 : (tensor<1x1x256x8x64xf16>) -> tensor<256x8x64xf16>
    %712 = stablehlo.composite "mlxla.attention" %689, %709, %711, %0, %2, %arg506 {composite_attributes = {scale = 0.125 : f64, sinks = true}, decomposition = @mlxla_attention_1x64x64xf32_256x8x64xf16_256x8x64xf16_1xi32_i32_64xf32_d54bb49fca62a40e} : (tensor<1x64x64xf32>, tensor<256x8x64xf16>, tensor<256x8x64xf16>, tensor<1xi32>, tensor<i32>, tensor<64xf32>) -> tensor<1x64x64xf32>
    %713 = stablehlo.reshape %712 : (tensor<1x64x64xf32>) -> tensor<1x4096xf32>
    %714 = stablehlo.composite "mlxla.quantized_dot" %713, %arg502, %arg503, %arg504 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_1x4096xf32_2880x512xui32_2880x64xf32_2880x64xf32_1606f16f63a9d508} : (tensor<1x4096xf32>, tensor<2880x512xui32>, tensor<2880x64xf32>, tensor<2880x64xf32>) -> tensor<1x2880xf32>
    %715 = stablehlo.broadcast_in_dim %arg505, dims = [1] : (tensor<2880xf32>) -> tensor<1x2880xf32>
    %716 = stablehlo.add %714, %715 : tensor<1x2880xf32>
    %717 = stablehlo.add %683, %716 : tensor<1x2880xf32>
    %718 = stablehlo.composite "mlxla.rms_norm" %717, %arg507 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2880xf32_2880xf32_b6a9c526c7d0eb0f} : (tensor<1x2880xf32>, tensor<2880xf32>) -> tensor<1x2880xf32>
    %719 = stablehlo.composite "mlxla.quantized_dot" %718, %arg508, %arg509, %arg510 {composite_attributes = {bits = 8 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_1x2880xf32_32x720xui32_32x45xf32_32x45xf32_46b69380ec5ff98c} : (tensor<1x2880xf32>, tensor<32x720xui32>, tensor<32x45xf32>, tensor<32x45xf32>) -> tensor<1x32xf32>
    %720 = stablehlo.broadcast_in_dim %arg511, dims = [1] : (tensor<32xf32>) -> tensor<1x32xf32>
    %721 = stablehlo.add %719, %720 : tensor<1x32xf32>
    %722 = stablehlo.composite "mlxla.moe" %718, %721, %arg512, %arg513, %arg515, %arg516, %arg518, %arg519, %arg514, %arg517, %arg520 {composite_attributes = {activation = "swiglu_clamped", bits = 4 : i64, expert_bias = true, experts = 32 : i64, format = "fp", group_size = 32 : i64, precision = "f32", routing = "topk_softmax", swiglu_alpha = 1.702 : f64, swiglu_limit = 7.0 : f64, top_k = 4 : i64}, decomposition = @mlxla_moe_1x2880xf32_1x32xf32_32x2880x360xui32_32x2880x90xui8_32x2880x360xui32_32x2880x90xui8_32x2880x360xui32_32x2880x90xui8_32x2880xf32_32x2880xf32_32x2880xf32_7154339e831de982} : (tensor<1x2880xf32>, tensor<1x32xf32>, tensor<32x2880x360xui32>, tensor<32x2880x90xui8>, tensor<32x2880x360xui32>, tensor<32x2880x90xui8>, tensor<32x2880x360xui32>, tensor<32x2880x90xui8>, tensor<32x2880xf32>, tensor<32x2880xf32>, tensor<32x2880xf32>) -> tensor<1x2880xf32>
    %723 = stablehlo.add %717, %722 : tensor<1x2880xf32>
    %724 = stablehlo.composite "mlxla.rms_norm" %723, %arg521 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2880xf32_2880xf32_b6a9c526c7d0eb0f} : (tensor<1x2880xf32>, tensor<2880xf32>) -> tensor<1x2880xf32>
    %725 = stablehlo.composite "mlxla.quantized_dot" %724, %arg522, %arg523, %arg524 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_1x2880xf32_4096x360xui32_4096x45xf32_4096x45xf32_1606f16f63a9d508} : (tensor<1x2880xf32>, tensor<4096x360xui32>, tensor<4096x45xf32>, tensor<4096x45xf32>) -> tensor<1x4096xf32>
    %726 = stablehlo.broadcast_in_dim %arg525, dims = [1] : (tensor<4096xf32>) -> tensor<1x4096xf32>
    %727 = stablehlo.add %725, %726 : tensor<1x4096xf32>
    %728 = stablehlo.reshape %727 : (tensor<1x4096xf32>) -> tensor<1x64x64xf32>
    %729 = stablehlo.composite "mlxla.rope" %728, %0 {composite_attributes = {beta_fast = 32.0 : f64, beta_slow = 1.0 : f64, factor = 32.0 : f64, mscale = 1.0 : f64, mscale_all_dim = 0.0 : f64, original_max_position_embeddings = 4096 : i64, scaling = "yarn", theta = 150000.0 : f64}, decomposition = @mlxla_rope_1x64x64xf32_1xi32_bca46eb598c94a3c} : (tensor<1x64x64xf32>, tensor<1xi32>) -> tensor<1x64x64xf32>
    %730 = stablehlo.composite "mlxla.quantized_dot" %724, %arg526, %arg527, %arg528 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_1x2880xf32_512x360xui32_512x45xf32_512x45xf32_1606f16f63a9d508} : (tensor<1x2880xf32>, tensor<512x360xui32>, tensor<512x45xf32>, tensor<512x45xf32>) -> tensor<1x512xf32>
    %731 = stablehlo.broadcast_in_dim %arg529, dims = [1] : (tensor<512xf32>) -> tensor<1x512xf32>
    %732 = stablehlo.add %730, %731 : tensor<1x512xf32>
    %733 = stablehlo.reshape %732 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %734 = stablehlo.composite "mlxla.rope" %733, %0 {composite_attributes = {beta_fast = 32.0 : f64, beta_slow = 1.0 : f64, factor = 32.0 : f64, mscale = 1.0 : f64, mscale_all_dim = 0.0 : f64, original_max_position_embeddings = 4096 : i64, scaling = "yarn", theta = 150000.0 : f64}, decomposition = @mlxla_rope_1x8x64xf32_1xi32_bca46eb598c94a3c} : (tensor<1x8x64xf32>, tensor<1xi32>) -> tensor<1x8x64xf32>
    %735 = stablehlo.composite "mlxla.quantized_dot" %724, %arg530, %arg531, %arg532 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_1x2880xf32_512x360xui32_512x45xf32_512x45xf32_1606f16f63a9d508} : (tensor<1x2880xf32>, tensor<512x360xui32>, tensor<512x45xf32>, tensor<512x45xf32>) -> tensor<1x512xf32>
    %736 = stablehlo.broadcast_in_dim %arg533, dims = [1] : (tensor<512xf32>) -> tensor<1x512xf32>
    %737 = stablehlo.add %735, %736 : tensor<1x512xf32>
    %738 = stablehlo.reshape %737 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %739 = stablehlo.convert %734 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %740 = stablehlo.convert %738 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %741 = stablehlo.slice %667 [8:9, 0:1, 0:128, 0:8, 0:64] : (tensor<12x1x128x8x64xf16>) -> tensor<1x1x128x8x64xf16>
    %742 = stablehlo.reshape %741 : (tensor<1x1x128x8x64xf16>) -> tensor<128x8x64xf16>
    %743 = stablehlo.slice %672 [8:9, 0:1, 0:128, 0:8, 0:64] : (tensor<12x1x128x8x64xf16>) -> tensor<1x1x128x8x64xf16>
    %744 = stablehlo.reshape %743 : (tensor<1x1x128x8x64xf16>) -> tensor<128x8x64xf16>
    %745 = stablehlo.composite "mlxla.window_attention" %729, %742, %744, %739, %740, %0, %2, %arg538 {composite_attributes = {scale = 0.125 : f64, sinks = true, window = 128 : i64}, decomposition = @mlxla_window_attention_1x64x64xf32_128x8x64xf16_128x8x64xf16_1x8x64xf16_1x8x64xf16_1xi32_i32_64xf32_fe6978d776132cfa} : (tensor<1x64x64xf32>, tensor<128x8x64xf16>, tensor<128x8x64xf16>, tensor<1x8x64xf16>, tensor<1x8x64xf16>, tensor<1xi32>, tensor<i32>, tensor<64xf32>) -> tensor<1x64x64xf32>
    %746 = stablehlo.constant dense<128> : tensor<i32>
    %747 = stablehlo.divide %arg1, %746 : tensor<i32>
    %748 = stablehlo.multiply %747, %746 : tensor<i32>
    %749 = stablehlo.subtract %arg1, %748 : tensor<i32>
    %750 = stablehlo.constant dense<8> : tensor<i32>
    %751 = stablehlo.constant dense<0> : tensor<i32>
    %752 = stablehlo.constant dense<0> : tensor<i32>
    %753 = stablehlo.reshape %739 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %754 = stablehlo.dynamic_update_slice %667, %753, %750, %751, %749, %752, %752 : (tensor<12x1x128x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<12x1x128x8x64xf16>
    %755 = stablehlo.constant dense<8> : tensor<i32>
    %756 = stablehlo.constant dense<0> : tensor<i32>
    %757 = stablehlo.constant dense<0> : tensor<i32>
    %758 = stablehlo.reshape %740 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %759 = stablehlo.dynamic_update_slice %672, %758, %755, %756, %749, %757, %757 : (tensor<12x1x128x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<12x1x128x8x64xf16>
    %760 = stablehlo.reshape %745 : (tensor<1x64x64xf32>) -> tensor<1x4096xf32>
    %761 = stablehlo.composite "mlxla.quantized_dot" %760, %arg534, %arg535, %arg536 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_1x4096xf32_2880x512xui32_2880x64xf32_2880x64xf32_1606f16f63a9d508} : (tensor<1x4096xf32>, tensor<2880x512xui32>, tensor<2880x64xf32>, tensor<2880x64xf32>) -> tensor<1x2880xf32>
    %762 = stablehlo.broadcast_in_dim %arg537, dims = [1] : (tensor<2880xf32>) -> tensor<1x2880xf32>
    %763 = stablehlo.add %761, %762 : tensor<1x2880xf32>
    %764 = stablehlo.add %723, %763 : tensor<1x2880xf32>
    %765 = stablehlo.composite "mlxla.rms_norm" %764, %arg539 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2880xf32_2880xf32_b6a9c526c7d0eb0f} : (tensor<1x2880xf32>, tensor<2880xf32>) -> tensor<1x2880xf32>
    %766 = stablehlo.composite "mlxla.quantized_dot" %765, %arg540, %arg541, %arg542 {composite_attributes = {bits = 8 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_1x2880xf32_32x720xui32_32x45xf32_32x45xf32_46b69380ec5ff98c} : (tensor<1x2880xf32>, tensor<32x720xui32>, tensor<32x45xf32>, tensor<32x45xf32>) -> tensor<1x32xf32>
    %767 = stablehlo.broadcast_in_dim %arg543, dims = [1] : (tensor<32xf32>) -> tensor<1x32xf32>
    %768 = stablehlo.add %766, %767 : tensor<1x32xf32>
    %769 = stablehlo.composite "mlxla.moe" %765, %768, %arg544, %arg545, %arg547, %arg548, %arg550, %arg551, %arg546, %arg549, %arg552 {composite_attributes = {activation = "swiglu_clamped", bits = 4 : i64, expert_bias = true, experts = 32 : i64, format = "fp", group_size = 32 : i64, precision = "f32", routing = "topk_softmax", swiglu_alpha = 1.702 : f64, swiglu_limit = 7.0 : f64, top_k = 4 : i64}, decomposition = @mlxla_moe_1x2880xf32_1x32xf32_32x2880x360xui32_32x2880x90xui8_32x2880x360xui32_32x2880x90xui8_32x2880x360xui32_32x2880x90xui8_32x2880xf32_32x2880xf32_32x2880xf32_7154339e831de982} : (tensor<1x2880xf32>, tensor<1x32xf32>, tensor<32x2880x360xui32>, tensor<32x2880x90xui8>, tensor<32x2880x360xui32>, tensor<32x2880x90xui8>, tensor<32x2880x360xui32>, tensor<32x2880x90xui8>, tensor<32x2880xf32>, tensor<32x2880xf32>, tensor<32x2880xf32>) -> tensor<1x2880xf32>
    %770 = stablehlo.add %764, %769 : tensor<1x2880xf32>
    %771 = stablehlo.composite "mlxla.rms_norm" %770, %arg553 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2880xf32_2880xf32_b6a9c526c7d0eb0f} : (tensor<1x2880xf32>, tensor<2880xf32>) -> tensor<1x2880xf32>
    %772 = stablehlo.composite "mlxla.quantized_dot" %771, %arg554, %arg555, %arg556 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_1x2880xf32_4096x360xui32_4096x45xf32_4096x45xf32_1606f16f63a9d508} : (tensor<1x2880xf32>, tensor<4096x360xui32>, tensor<4096x45xf32>, tensor<4096x45xf32>) -> tensor<1x4096xf32>
    %773 = stablehlo.broadcast_in_dim %arg557, dims = [1] : (tensor<4096xf32>) -> tensor<1x4096xf32>
    %774 = stablehlo.add %772, %773 : tensor<1x4096xf32>
    %775 = stablehlo.reshape %774 : (tensor<1x4096xf32>) -> tensor<1x64x64xf32>
    %776 = stablehlo.composite "mlxla.rope" %775, %0 {composite_attributes = {beta_fast = 32.0 : f64, beta_slow = 1.0 : f64, factor = 32.0 : f64, mscale = 1.0 : f64, mscale_all_dim = 0.0 : f64, original_max_position_embeddings = 4096 : i64, scaling = "yarn", theta = 150000.0 : f64}, decomposition = @mlxla_rope_1x64x64xf32_1xi32_bca46eb598c94a3c} : (tensor<1x64x64xf32>, tensor<1xi32>) -> tensor<1x64x64xf32>
    %777 = stablehlo.composite "mlxla.quantized_dot" %771, %arg558, %arg559, %arg560 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_1x2880xf32_512x360xui32_512x45xf32_512x45xf32_1606f16f63a9d508} : (tensor<1x2880xf32>, tensor<512x360xui32>, tensor<512x45xf32>, tensor<512x45xf32>) -> tensor<1x512xf32>
    %778 = stablehlo.broadcast_in_dim %arg561, dims = [1] : (tensor<512xf32>) -> tensor<1x512xf32>
    %779 = stablehlo.add %777, %778 : tensor<1x512xf32>
    %780 = stablehlo.reshape %779 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %781 = stablehlo.composite "mlxla.rope" %780, %0 {composite_attributes = {beta_fast = 32.0 : f64, beta_slow = 1.0 : f64, factor = 32.0 : f64, mscale = 1.0 : f64, mscale_all_dim = 0.0 : f64, original_max_position_embeddings = 4096 : i64, scaling = "yarn", theta = 150000.0 : f64}, decomposition = @mlxla_rope_1x8x64xf32_1xi32_bca46eb598c94a3c} : (tensor<1x8x64xf32>, tensor<1xi32>) -> tensor<1x8x64xf32>
    %782 = stablehlo.composite "mlxla.quantized_dot" %771, %arg562, %arg563, %arg564 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_1x2880xf32_512x360xui32_512x45xf32_512x45xf32_1606f16f63a9d508} : (tensor<1x2880xf32>, tensor<512x360xui32>, tensor<512x45xf32>, tensor<512x45xf32>) -> tensor<1x512xf32>
    %783 = stablehlo.broadcast_in_dim %arg565, dims = [1] : (tensor<512xf32>) -> tensor<1x512xf32>
    %784 = stablehlo.add %782, %783 : tensor<1x512xf32>
    %785 = stablehlo.reshape %784 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %786 = stablehlo.convert %781 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %787 = stablehlo.convert %785 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %788 = stablehlo.constant dense<8> : tensor<i32>
    %789 = stablehlo.constant dense<0> : tensor<i32>
    %790 = stablehlo.constant dense<0> : tensor<i32>
    %791 = stablehlo.reshape %786 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %792 = stablehlo.dynamic_update_slice %705, %791, %788, %790, %arg1, %789, %789 : (tensor<12x1x256x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<12x1x256x8x64xf16>
    %793 = stablehlo.reshape %787 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %794 = stablehlo.dynamic_update_slice %707, %793, %788, %790, %arg1, %789, %789 : (tensor<12x1x256x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<12x1x256x8x64xf16>
    %795 = stablehlo.slice %792 [8:9, 0:1, 0:256, 0:8, 0:64] : (tensor<12x1x256x8x64xf16>) -> tensor<1x1x256x8x64xf16>
    %796 = stablehlo.reshape %795 : (tensor<1x1x256x8x64xf16>) -> tensor<256x8x64xf16>
    %797 = stablehlo.slice %794 [8:9, 0:1, 0:256, 0:8, 0:64] : (tensor<12x1x256x8x64xf16>) -> tensor<1x1x256x8x64xf16>
    %798 = stablehlo.reshape %797 : (tensor<1x1x256x8x64xf16>) -> tensor<256x8x64xf16>
    %799 = stablehlo.composite "mlxla.attention" %776, %796, %798, %0, %2, %arg570 {composite_attributes = {scale = 0.125 : f64, sinks = true}, decomposition = @mlxla_attention_1x64x64xf32_256x8x64xf16_256x8x64xf16_1xi32_i32_64xf32_d54bb49fca62a40e} : (tensor<1x64x64xf32>, tensor<256x8x64xf16>, tensor<256x8x64xf16>, tensor<1xi32>, tensor<i32>, tensor<64xf32>) -> tensor<1x64x64xf32>
    %800 = stablehlo.reshape %799 : (tensor<1x64x64xf32>) -> tensor<1x4096xf32>
    %801 = stablehlo.composite "mlxla.quantized_dot" %800, %arg566, %arg567, %arg568 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_1x4096xf32_2880x512xui32_2880x64xf32_2880x64xf32_1606f16f63a9d508} : (tensor<1x4096xf32>, tensor<2880x512xui32>, tensor<2880x64xf32>, tensor<2880x64xf32>) -> tensor<1x2880xf32>
    %802 = stablehlo.broadcast_in_dim %arg569, dims = [1] : (tensor<2880xf32>) -> tensor<1x2880xf32>
    %803 = stablehlo.add %801, %802 : tensor<1x2880xf32>
    %804 = stablehlo.add %770, %803 : tensor<1x2880xf32>
    %805 = stablehlo.composite "mlxla.rms_norm" %804, %arg571 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2880xf32_2880xf32_b6a9c526c7d0eb0f} : (tensor<1x2880xf32>, tensor<2880xf32>) -> tensor<1x2880xf32>
    %806 = stablehlo.composite "mlxla.quantized_dot" %805, %arg572, %arg573, %arg574 {composite_attributes = {bits = 8 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_1x2880xf32_32x720xui32_32x45xf32_32x45xf32_46b69380ec5ff98c} : (tensor<1x2880xf32>, tensor<32x720xui32>, tensor<32x45xf32>, tensor<32x45xf32>) -> tensor<1x32xf32>
    %807 = stablehlo.broadcast_in_dim %arg575, dims = [1] : (tensor<32xf32>) -> tensor<1x32xf32>
    %808 = stablehlo.add %806, %807 : tensor<1x32xf32>
    %809 = stablehlo.composite "mlxla.moe" %805, %808, %arg576, %arg577, %arg579, %arg580, %arg582, %arg583, %arg578, %arg581, %arg584 {composite_attributes = {activation = "swiglu_clamped", bits = 4 : i64, expert_bias = true, experts = 32 : i64, format = "fp", group_size = 32 : i64, precision = "f32", routing = "topk_softmax", swiglu_alpha = 1.702 : f64, swiglu_limit = 7.0 : f64, top_k = 4 : i64}, decomposition = @mlxla_moe_1x2880xf32_1x32xf32_32x2880x360xui32_32x2880x90xui8_32x2880x360xui32_32x2880x90xui8_32x2880x360xui32_32x2880x90xui8_32x2880xf32_32x2880xf32_32x2880xf32_7154339e831de982} : (tensor<1x2880xf32>, tensor<1x32xf32>, tensor<32x2880x360xui32>, tensor<32x2880x90xui8>, tensor<32x2880x360xui32>, tensor<32x2880x90xui8>, tensor<32x2880x360xui32>, tensor<32x2880x90xui8>, tensor<32x2880xf32>, tensor<32x2880xf32>, tensor<32x2880xf32>) -> tensor<1x2880xf32>
    %810 = stablehlo.add %804, %809 : tensor<1x2880xf32>
    %811 = stablehlo.composite "mlxla.rms_norm" %810, %arg585 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2880xf32_2880xf32_b6a9c526c7d0eb0f} : (tensor<1x2880xf32>, tensor<2880xf32>) -> tensor<1x2880xf32>
    %812 = stablehlo.composite "mlxla.quantized_dot" %811, %arg586, %arg587, %arg588 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_1x2880xf32_4096x360xui32_4096x45xf32_4096x45xf32_1606f16f63a9d508} : (tensor<1x2880xf32>, tensor<4096x360xui32>, tensor<4096x45xf32>, tensor<4096x45xf32>) -> tensor<1x4096xf32>
    %813 = stablehlo.broadcast_in_dim %arg589, dims = [1] : (tensor<4096xf32>) -> tensor<1x4096xf32>
    %814 = stablehlo.add %812, %813 : tensor<1x4096xf32>
    %815 = stablehlo.reshape %814 : (tensor<1x4096xf32>) -> tensor<1x64x64xf32>
    %816 = stablehlo.composite "mlxla.rope" %815, %0 {composite_attributes = {beta_fast = 32.0 : f64, beta_slow = 1.0 : f64, factor = 32.0 : f64, mscale = 1.0 : f64, mscale_all_dim = 0.0 : f64, original_max_position_embeddings = 4096 : i64, scaling = "yarn", theta = 150000.0 : f64}, decomposition = @mlxla_rope_1x64x64xf32_1xi32_bca46eb598c94a3c} : (tensor<1x64x64xf32>, tensor<1xi32>) -> tensor<1x64x64xf32>
    %817 = stablehlo.composite "mlxla.quantized_dot" %811, %arg590, %arg591, %arg592 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_1x2880xf32_512x360xui32_512x45xf32_512x45xf32_1606f16f63a9d508} : (tensor<1x2880xf32>, tensor<512x360xui32>, tensor<512x45xf32>, tensor<512x45xf32>) -> tensor<1x512xf32>
    %818 = stablehlo.broadcast_in_dim %arg593, dims = [1] : (tensor<512xf32>) -> tensor<1x512xf32>
    %819 = stablehlo.add %817, %818 : tensor<1x512xf32>
    %820 = stablehlo.reshape %819 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %821 = stablehlo.composite "mlxla.rope" %820, %0 {composite_attributes = {beta_fast = 32.0 : f64, beta_slow = 1.0 : f64, factor = 32.0 : f64, mscale = 1.0 : f64, mscale_all_dim = 0.0 : f64, original_max_position_embeddings = 4096 : i64, scaling = "yarn", theta = 150000.0 : f64}, decomposition = @mlxla_rope_1x8x64xf32_1xi32_bca46eb598c94a3c} : (tensor<1x8x64xf32>, tensor<1xi32>) -> tensor<1x8x64xf32>
    %822 = stablehlo.composite "mlxla.quantized_dot" %811, %arg594, %arg595, %arg596 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_1x2880xf32_512x360xui32_512x45xf32_512x45xf32_1606f16f63a9d508} : (tensor<1x2880xf32>, tensor<512x360xui32>, tensor<512x45xf32>, tensor<512x45xf32>) -> tensor<1x512xf32>
    %823 = stablehlo.broadcast_in_dim %arg597, dims = [1] : (tensor<512xf32>) -> tensor<1x512xf32>
    %824 = stablehlo.add %822, %823 : tensor<1x512xf32>
    %825 = stablehlo.reshape %824 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %826 = stablehlo.convert %821 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %827 = stablehlo.convert %825 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %828 = stablehlo.slice %754 [9:10, 0:1, 0:128, 0:8, 0:64] : (tensor<12x1x128x8x64xf16>) -> tensor<1x1x128x8x64xf16>
    %829 = stablehlo.reshape %828 : (tensor<1x1x128x8x64xf16>) -> tensor<128x8x64xf16>
    %830 = stablehlo.slice %759 [9:10, 0:1, 0:128, 0:8, 0:64] : (tensor<12x1x128x8x64xf16>) -> tensor<1x1x128x8x64xf16>
    %831 = stablehlo.reshape %830 : (tensor<1x1x128x8x64xf16>) -> tensor<128x8x64xf16>
    %832 = stablehlo.composite "mlxla.window_attention" %816, %829, %831, %826, %827, %0, %2, %arg602 {composite_attributes = {scale = 0.125 : f64, sinks = true, window = 128 : i64}, decomposition = @mlxla_window_attention_1x64x64xf32_128x8x64xf16_128x8x64xf16_1x8x64xf16_1x8x64xf16_1xi32_i32_64xf32_fe6978d776132cfa} : (tensor<1x64x64xf32>, tensor<128x8x64xf16>, tensor<128x8x64xf16>, tensor<1x8x64xf16>, tensor<1x8x64xf16>, tensor<1xi32>, tensor<i32>, tensor<64xf32>) -> tensor<1x64x64xf32>
    %833 = stablehlo.constant dense<128> : tensor<i32>
    %834 = stablehlo.divide %arg1, %833 : tensor<i32>
    %835 = stablehlo.multiply %834, %833 : tensor<i32>
    %836 = stablehlo.subtract %arg1, %835 : tensor<i32>
    %837 = stablehlo.constant dense<9> : tensor<i32>
    %838 = stablehlo.constant dense<0> : tensor<i32>
    %839 = stablehlo.constant dense<0> : tensor<i32>
    %840 = stablehlo.reshape %826 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %841 = stablehlo.dynamic_update_slice %754, %840, %837, %838, %836, %839, %839 : (tensor<12x1x128x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<12x1x128x8x64xf16>
    %842 = stablehlo.constant dense<9> : tensor<i32>
    %843 = stablehlo.constant dense<0> : tensor<i32>
    %844 = stablehlo.constant dense<0> : tensor<i32>
    %845 = stablehlo.reshape %827 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %846 = stablehlo.dynamic_update_slice %759, %845, %842, %843, %836, %844, %844 : (tensor<12x1x128x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<12x1x128x8x64xf16>
    %847 = stablehlo.reshape %832 : (tensor<1x64x64xf32>) -> tensor<1x4096xf32>
    %848 = stablehlo.composite "mlxla.quantized_dot" %847, %arg598, %arg599, %arg600 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_1x4096xf32_2880x512xui32_2880x64xf32_2880x64xf32_1606f16f63a9d508} : (tensor<1x4096xf32>, tensor<2880x512xui32>, tensor<2880x64xf32>, tensor<2880x64xf32>) -> tensor<1x2880xf32>
    %849 = stablehlo.broadcast_in_dim %arg601, dims = [1] : (tensor<2880xf32>) -> tensor<1x2880xf32>
    %850 = stablehlo.add %848, %849 : tensor<1x2880xf32>
    %851 = stablehlo.add %810, %850 : tensor<1x2880xf32>
    %852 = stablehlo.composite "mlxla.rms_norm" %851, %arg603 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2880xf32_2880xf32_b6a9c526c7d0eb0f} : (tensor<1x2880xf32>, tensor<2880xf32>) -> tensor<1x2880xf32>
    %853 = stablehlo.composite "mlxla.quantized_dot" %852, %arg604, %arg605, %arg606 {composite_attributes = {bits = 8 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_1x2880xf32_32x720xui32_32x45xf32_32x45xf32_46b69380ec5ff98c} : (tensor<1x2880xf32>, tensor<32x720xui32>, tensor<32x45xf32>, tensor<32x45xf32>) -> tensor<1x32xf32>
    %854 = stablehlo.broadcast_in_dim %arg607, dims = [1] : (tensor<32xf32>) -> tensor<1x32xf32>
    %855 = stablehlo.add %853, %854 : tensor<1x32xf32>
    %856 = stablehlo.composite "mlxla.moe" %852, %855, %arg608, %arg609, %arg611, %arg612, %arg614, %arg615, %arg610, %arg613, %arg616 {composite_attributes = {activation = "swiglu_clamped", bits = 4 : i64, expert_bias = true, experts = 32 : i64, format = "fp", group_size = 32 : i64, precision = "f32", routing = "topk_softmax", swiglu_alpha = 1.702 : f64, swiglu_limit = 7.0 : f64, top_k = 4 : i64}, decomposition = @mlxla_moe_1x2880xf32_1x32xf32_32x2880x360xui32_32x2880x90xui8_32x2880x360xui32_32x2880x90xui8_32x2880x360xui32_32x2880x90xui8_32x2880xf32_32x2880xf32_32x2880xf32_7154339e831de982} : (tensor<1x2880xf32>, tensor<1x32xf32>, tensor<32x2880x360xui32>, tensor<32x2880x90xui8>, tensor<32x2880x360xui32>, tensor<32x2880x90xui8>, tensor<32x2880x360xui32>, tensor<32x2880x90xui8>, tensor<32x2880xf32>, tensor<32x2880xf32>, tensor<32x2880xf32>) -> tensor<1x2880xf32>
    %857 = stablehlo.add %851, %856 : tensor<1x2880xf32>
    %858 = stablehlo.composite "mlxla.rms_norm" %857, %arg617 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2880xf32_2880xf32_b6a9c526c7d0eb0f} : (tensor<1x2880xf32>, tensor<2880xf32>) -> tensor<1x2880xf32>
    %859 = stablehlo.composite "mlxla.quantized_dot" %858, %arg618, %arg619, %arg620 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_1x2880xf32_4096x360xui32_4096x45xf32_4096x45xf32_1606f16f63a9d508} : (tensor<1x2880xf32>, tensor<4096x360xui32>, tensor<4096x45xf32>, tensor<4096x45xf32>) -> tensor<1x4096xf32>
    %860 = stablehlo.broadcast_in_dim %arg621, dims = [1] : (tensor<4096xf32>) -> tensor<1x4096xf32>
    %861 = stablehlo.add %859, %860 : tensor<1x4096xf32>
    %862 = stablehlo.reshape %861 : (tensor<1x4096xf32>) -> tensor<1x64x64xf32>
    %863 = stablehlo.composite "mlxla.rope" %862, %0 {composite_attributes = {beta_fast = 32.0 : f64, beta_slow = 1.0 : f64, factor = 32.0 : f64, mscale = 1.0 : f64, mscale_all_dim = 0.0 : f64, original_max_position_embeddings = 4096 : i64, scaling = "yarn", theta = 150000.0 : f64}, decomposition = @mlxla_rope_1x64x64xf32_1xi32_bca46eb598c94a3c} : (tensor<1x64x64xf32>, tensor<1xi32>) -> tensor<1x64x64xf32>
    %864 = stablehlo.composite "mlxla.quantized_dot" %858, %arg622, %arg623, %arg624 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_1x2880xf32_512x360xui32_512x45xf32_512x45xf32_1606f16f63a9d508} : (tensor<1x2880xf32>, tensor<512x360xui32>, tensor<512x45xf32>, tensor<512x45xf32>) -> tensor<1x512xf32>
    %865 = stablehlo.broadcast_in_dim %arg625, dims = [1] : (tensor<512xf32>) -> tensor<1x512xf32>
    %866 = stablehlo.add %864, %865 : tensor<1x512xf32>
    %867 = stablehlo.reshape %866 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %868 = stablehlo.composite "mlxla.rope" %867, %0 {composite_attributes = {beta_fast = 32.0 : f64, beta_slow = 1.0 : f64, factor = 32.0 : f64, mscale = 1.0 : f64, mscale_all_dim = 0.0 : f64, original_max_position_embeddings = 4096 : i64, scaling = "yarn", theta = 150000.0 : f64}, decomposition = @mlxla_rope_1x8x64xf32_1xi32_bca46eb598c94a3c} : (tensor<1x8x64xf32>, tensor<1xi32>) -> tensor<1x8x64xf32>
    %869 = stablehlo.composite "mlxla.quantized_dot" %858, %arg626, %arg627, %arg628 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_1x2880xf32_512x360xui32_512x45xf32_512x45xf32_1606f16f63a9d508} : (tensor<1x2880xf32>, tensor<512x360xui32>, tensor<512x45xf32>, tensor<512x45xf32>) -> tensor<1x512xf32>
    %870 = stablehlo.broadcast_in_dim %arg629, dims = [1] : (tensor<512xf32>) -> tensor<1x512xf32>
    %871 = stablehlo.add %869, %870 : tensor<1x512xf32>
    %872 = stablehlo.reshape %871 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %873 = stablehlo.convert %868 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %874 = stablehlo.convert %872 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %875 = stablehlo.constant dense<9> : tensor<i32>
    %876 = stablehlo.constant dense<0> : tensor<i32>
    %877 = stablehlo.constant dense<0> : tensor<i32>
    %878 = stablehlo.reshape %873 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %879 = stablehlo.dynamic_update_slice %792, %878, %875, %877, %arg1, %876, %876 : (tensor<12x1x256x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<12x1x256x8x64xf16>
    %880 = stablehlo.reshape %874 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %881 = stablehlo.dynamic_update_slice %794, %880, %875, %877, %arg1, %876, %876 : (tensor<12x1x256x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<12x1x256x8x64xf16>
    %882 = stablehlo.slice %879 [9:10, 0:1, 0:256, 0:8, 0:64] : (tensor<12x1x256x8x64xf16>) -> tensor<1x1x256x8x64xf16>
    %883 = stablehlo.reshape %882 : (tensor<1x1x256x8x64xf16>) -> tensor<256x8x64xf16>
    %884 = stablehlo.slice %881 [9:10, 0:1, 0:256, 0:8, 0:64] : (tensor<12x1x256x8x64xf16>) -> tensor<1x1x256x8x64xf16>
    %885 = stablehlo.reshape %884 : (tensor<1x1x256x8x64xf16>) -> tensor<256x8x64xf16>
    %886 = stablehlo.composite "mlxla.attention" %863, %883, %885, %0, %2, %arg634 {composite_attributes = {scale = 0.125 : f64, sinks = true}, decomposition = @mlxla_attention_1x64x64xf32_256x8x64xf16_256x8x64xf16_1xi32_i32_64xf32_d54bb49fca62a40e} : (tensor<1x64x64xf32>, tensor<256x8x64xf16>, tensor<256x8x64xf16>, tensor<1xi32>, tensor<i32>, tensor<64xf32>) -> tensor<1x64x64xf32>
    %887 = stablehlo.reshape %886 : (tensor<1x64x64xf32>) -> tensor<1x4096xf32>
    %888 = stablehlo.composite "mlxla.quantized_dot" %887, %arg630, %arg631, %arg632 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_1x4096xf32_2880x512xui32_2880x64xf32_2880x64xf32_1606f16f63a9d508} : (tensor<1x4096xf32>, tensor<2880x512xui32>, tensor<2880x64xf32>, tensor<2880x64xf32>) -> tensor<1x2880xf32>
    %889 = stablehlo.broadcast_in_dim %arg633, dims = [1] : (tensor<2880xf32>) -> tensor<1x2880xf32>
    %890 = stablehlo.add %888, %889 : tensor<1x2880xf32>
    %891 = stablehlo.add %857, %890 : tensor<1x2880xf32>
    %892 = stablehlo.composite "mlxla.rms_norm" %891, %arg635 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2880xf32_2880xf32_b6a9c526c7d0eb0f} : (tensor<1x2880xf32>, tensor<2880xf32>) -> tensor<1x2880xf32>
    %893 = stablehlo.composite "mlxla.quantized_dot" %892, %arg636, %arg637, %arg638 {composite_attributes = {bits = 8 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_1x2880xf32_32x720xui32_32x45xf32_32x45xf32_46b69380ec5ff98c} : (tensor<1x2880xf32>, tensor<32x720xui32>, tensor<32x45xf32>, tensor<32x45xf32>) -> tensor<1x32xf32>
    %894 = stablehlo.broadcast_in_dim %arg639, dims = [1] : (tensor<32xf32>) -> tensor<1x32xf32>
    %895 = stablehlo.add %893, %894 : tensor<1x32xf32>
    %896 = stablehlo.composite "mlxla.moe" %892, %895, %arg640, %arg641, %arg643, %arg644, %arg646, %arg647, %arg642, %arg645, %arg648 {composite_attributes = {activation = "swiglu_clamped", bits = 4 : i64, expert_bias = true, experts = 32 : i64, format = "fp", group_size = 32 : i64, precision = "f32", routing = "topk_softmax", swiglu_alpha = 1.702 : f64, swiglu_limit = 7.0 : f64, top_k = 4 : i64}, decomposition = @mlxla_moe_1x2880xf32_1x32xf32_32x2880x360xui32_32x2880x90xui8_32x2880x360xui32_32x2880x90xui8_32x2880x360xui32_32x2880x90xui8_32x2880xf32_32x2880xf32_32x2880xf32_7154339e831de982} : (tensor<1x2880xf32>, tensor<1x32xf32>, tensor<32x2880x360xui32>, tensor<32x2880x90xui8>, tensor<32x2880x360xui32>, tensor<32x2880x90xui8>, tensor<32x2880x360xui32>, tensor<32x2880x90xui8>, tensor<32x2880xf32>, tensor<32x2880xf32>, tensor<32x2880xf32>) -> tensor<1x2880xf32>
    %897 = stablehlo.add %891, %896 : tensor<1x2880xf32>
    %898 = stablehlo.composite "mlxla.rms_norm" %897, %arg649 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2880xf32_2880xf32_b6a9c526c7d0eb0f} : (tensor<1x2880xf32>, tensor<2880xf32>) -> tensor<1x2880xf32>
    %899 = stablehlo.composite "mlxla.quantized_dot" %898, %arg650, %arg651, %arg652 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_1x2880xf32_4096x360xui32_4096x45xf32_4096x45xf32_1606f16f63a9d508} : (tensor<1x2880xf32>, tensor<4096x360xui32>, tensor<4096x45xf32>, tensor<4096x45xf32>) -> tensor<1x4096xf32>
    %900 = stablehlo.broadcast_in_dim %arg653, dims = [1] : (tensor<4096xf32>) -> tensor<1x4096xf32>
    %901 = stablehlo.add %899, %900 : tensor<1x4096xf32>
    %902 = stablehlo.reshape %901 : (tensor<1x4096xf32>) -> tensor<1x64x64xf32>
    %903 = stablehlo.composite "mlxla.rope" %902, %0 {composite_attributes = {beta_fast = 32.0 : f64, beta_slow = 1.0 : f64, factor = 32.0 : f64, mscale = 1.0 : f64, mscale_all_dim = 0.0 : f64, original_max_position_embeddings = 4096 : i64, scaling = "yarn", theta = 150000.0 : f64}, decomposition = @mlxla_rope_1x64x64xf32_1xi32_bca46eb598c94a3c} : (tensor<1x64x64xf32>, tensor<1xi32>) -> tensor<1x64x64xf32>
    %904 = stablehlo.composite "mlxla.quantized_dot" %898, %arg654, %arg655, %arg656 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_1x2880xf32_512x360xui32_512x45xf32_512x45xf32_1606f16f63a9d508} : (tensor<1x2880xf32>, tensor<512x360xui32>, tensor<512x45xf32>, tensor<512x45xf32>) -> tensor<1x512xf32>
    %905 = stablehlo.broadcast_in_dim %arg657, dims = [1] : (tensor<512xf32>) -> tensor<1x512xf32>
    %906 = stablehlo.add %904, %905 : tensor<1x512xf32>
    %907 = stablehlo.reshape %906 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %908 = stablehlo.composite "mlxla.rope" %907, %0 {composite_attributes = {beta_fast = 32.0 : f64, beta_slow = 1.0 : f64, factor = 32.0 : f64, mscale = 1.0 : f64, mscale_all_dim = 0.0 : f64, original_max_position_embeddings = 4096 : i64, scaling = "yarn", theta = 150000.0 : f64}, decomposition = @mlxla_rope_1x8x64xf32_1xi32_bca46eb598c94a3c} : (tensor<1x8x64xf32>, tensor<1xi32>) -> tensor<1x8x64xf32>
    %909 = stablehlo.composite "mlxla.quantized_dot" %898, %arg658, %arg659, %arg660 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_1x2880xf32_512x360xui32_512x45xf32_512x45xf32_1606f16f63a9d508} : (tensor<1x2880xf32>, tensor<512x360xui32>, tensor<512x45xf32>, tensor<512x45xf32>) -> tensor<1x512xf32>
    %910 = stablehlo.broadcast_in_dim %arg661, dims = [1] : (tensor<512xf32>) -> tensor<1x512xf32>
    %911 = stablehlo.add %909, %910 : tensor<1x512xf32>
    %912 = stablehlo.reshape %911 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %913 = stablehlo.convert %908 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %914 = stablehlo.convert %912 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %915 = stablehlo.slice %841 [10:11, 0:1, 0:128, 0:8, 0:64] : (tensor<12x1x128x8x64xf16>) -> tensor<1x1x128x8x64xf16>
    %916 = stablehlo.reshape %915 : (tensor<1x1x128x8x64xf16>) -> tensor<128x8x64xf16>
    %917 = stablehlo.slice %846 [10:11, 0:1, 0:128, 0:8, 0:64] : (tensor<12x1x128x8x64xf16>) -> tensor<1x1x128x8x64xf16>
    %918 = stablehlo.reshape %917 : (tensor<1x1x128x8x64xf16>) -> tensor<128x8x64xf16>
    %919 = stablehlo.composite "mlxla.window_attention" %903, %916, %918, %913, %914, %0, %2, %arg666 {composite_attributes = {scale = 0.125 : f64, sinks = true, window = 128 : i64}, decomposition = @mlxla_window_attention_1x64x64xf32_128x8x64xf16_128x8x64xf16_1x8x64xf16_1x8x64xf16_1xi32_i32_64xf32_fe6978d776132cfa} : (tensor<1x64x64xf32>, tensor<128x8x64xf16>, tensor<128x8x64xf16>, tensor<1x8x64xf16>, tensor<1x8x64xf16>, tensor<1xi32>, tensor<i32>, tensor<64xf32>) -> tensor<1x64x64xf32>
    %920 = stablehlo.constant dense<128> : tensor<i32>
    %921 = stablehlo.divide %arg1, %920 : tensor<i32>
    %922 = stablehlo.multiply %921, %920 : tensor<i32>
    %923 = stablehlo.subtract %arg1, %922 : tensor<i32>
    %924 = stablehlo.constant dense<10> : tensor<i32>
    %925 = stablehlo.constant dense<0> : tensor<i32>
    %926 = stablehlo.constant dense<0> : tensor<i32>
    %927 = stablehlo.reshape %913 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %928 = stablehlo.dynamic_update_slice %841, %927, %924, %925, %923, %926, %926 : (tensor<12x1x128x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<12x1x128x8x64xf16>
    %929 = stablehlo.constant dense<10> : tensor<i32>
    %930 = stablehlo.constant dense<0> : tensor<i32>
    %931 = stablehlo.constant dense<0> : tensor<i32>
    %932 = stablehlo.reshape %914 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %933 = stablehlo.dynamic_update_slice %846, %932, %929, %930, %923, %931, %931 : (tensor<12x1x128x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<12x1x128x8x64xf16>
    %934 = stablehlo.reshape %919 : (tensor<1x64x64xf32>) -> tensor<1x4096xf32>
    %935 = stablehlo.composite "mlxla.quantized_dot" %934, %arg662, %arg663, %arg664 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_1x4096xf32_2880x512xui32_2880x64xf32_2880x64xf32_1606f16f63a9d508} : (tensor<1x4096xf32>, tensor<2880x512xui32>, tensor<2880x64xf32>, tensor<2880x64xf32>) -> tensor<1x2880xf32>
    %936 = stablehlo.broadcast_in_dim %arg665, dims = [1] : (tensor<2880xf32>) -> tensor<1x2880xf32>
    %937 = stablehlo.add %935, %936 : tensor<1x2880xf32>
    %938 = stablehlo.add %897, %937 : tensor<1x2880xf32>
    %939 = stablehlo.composite "mlxla.rms_norm" %938, %arg667 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2880xf32_2880xf32_b6a9c526c7d0eb0f} : (tensor<1x2880xf32>, tensor<2880xf32>) -> tensor<1x2880xf32>
    %940 = stablehlo.composite "mlxla.quantized_dot" %939, %arg668, %arg669, %arg670 {composite_attributes = {bits = 8 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_1x2880xf32_32x720xui32_32x45xf32_32x45xf32_46b69380ec5ff98c} : (tensor<1x2880xf32>, tensor<32x720xui32>, tensor<32x45xf32>, tensor<32x45xf32>) -> tensor<1x32xf32>
    %941 = stablehlo.broadcast_in_dim %arg671, dims = [1] : (tensor<32xf32>) -> tensor<1x32xf32>
    %942 = stablehlo.add %940, %941 : tensor<1x32xf32>
    %943 = stablehlo.composite "mlxla.moe" %939, %942, %arg672, %arg673, %arg675, %arg676, %arg678, %arg679, %arg674, %arg677, %arg680 {composite_attributes = {activation = "swiglu_clamped", bits = 4 : i64, expert_bias = true, experts = 32 : i64, format = "fp", group_size = 32 : i64, precision = "f32", routing = "topk_softmax", swiglu_alpha = 1.702 : f64, swiglu_limit = 7.0 : f64, top_k = 4 : i64}, decomposition = @mlxla_moe_1x2880xf32_1x32xf32_32x2880x360xui32_32x2880x90xui8_32x2880x360xui32_32x2880x90xui8_32x2880x360xui32_32x2880x90xui8_32x2880xf32_32x2880xf32_32x2880xf32_7154339e831de982} : (tensor<1x2880xf32>, tensor<1x32xf32>, tensor<32x2880x360xui32>, tensor<32x2880x90xui8>, tensor<32x2880x360xui32>, tensor<32x2880x90xui8>, tensor<32x2880x360xui32>, tensor<32x2880x90xui8>, tensor<32x2880xf32>, tensor<32x2880xf32>, tensor<32x2880xf32>) -> tensor<1x2880xf32>
    %944 = stablehlo.add %938, %943 : tensor<1x2880xf32>
    %945 = stablehlo.composite "mlxla.rms_norm" %944, %arg681 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2880xf32_2880xf32_b6a9c526c7d0eb0f} : (tensor<1x2880xf32>, tensor<2880xf32>) -> tensor<1x2880xf32>
    %946 = stablehlo.composite "mlxla.quantized_dot" %945, %arg682, %arg683, %arg684 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_1x2880xf32_4096x360xui32_4096x45xf32_4096x45xf32_1606f16f63a9d508} : (tensor<1x2880xf32>, tensor<4096x360xui32>, tensor<4096x45xf32>, tensor<4096x45xf32>) -> tensor<1x4096xf32>
    %947 = stablehlo.broadcast_in_dim %arg685, dims = [1] : (tensor<4096xf32>) -> tensor<1x4096xf32>
    %948 = stablehlo.add %946, %947 : tensor<1x4096xf32>
    %949 = stablehlo.reshape %948 : (tensor<1x4096xf32>) -> tensor<1x64x64xf32>
    %950 = stablehlo.composite "mlxla.rope" %949, %0 {composite_attributes = {beta_fast = 32.0 : f64, beta_slow = 1.0 : f64, factor = 32.0 : f64, mscale = 1.0 : f64, mscale_all_dim = 0.0 : f64, original_max_position_embeddings = 4096 : i64, scaling = "yarn", theta = 150000.0 : f64}, decomposition = @mlxla_rope_1x64x64xf32_1xi32_bca46eb598c94a3c} : (tensor<1x64x64xf32>, tensor<1xi32>) -> tensor<1x64x64xf32>
    %951 = stablehlo.composite "mlxla.quantized_dot" %945, %arg686, %arg687, %arg688 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_1x2880xf32_512x360xui32_512x45xf32_512x45xf32_1606f16f63a9d508} : (tensor<1x2880xf32>, tensor<512x360xui32>, tensor<512x45xf32>, tensor<512x45xf32>) -> tensor<1x512xf32>
    %952 = stablehlo.broadcast_in_dim %arg689, dims = [1] : (tensor<512xf32>) -> tensor<1x512xf32>
    %953 = stablehlo.add %951, %952 : tensor<1x512xf32>
    %954 = stablehlo.reshape %953 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %955 = stablehlo.composite "mlxla.rope" %954, %0 {composite_attributes = {beta_fast = 32.0 : f64, beta_slow = 1.0 : f64, factor = 32.0 : f64, mscale = 1.0 : f64, mscale_all_dim = 0.0 : f64, original_max_position_embeddings = 4096 : i64, scaling = "yarn", theta = 150000.0 : f64}, decomposition = @mlxla_rope_1x8x64xf32_1xi32_bca46eb598c94a3c} : (tensor<1x8x64xf32>, tensor<1xi32>) -> tensor<1x8x64xf32>
    %956 = stablehlo.composite "mlxla.quantized_dot" %945, %arg690, %arg691, %arg692 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_1x2880xf32_512x360xui32_512x45xf32_512x45xf32_1606f16f63a9d508} : (tensor<1x2880xf32>, tensor<512x360xui32>, tensor<512x45xf32>, tensor<512x45xf32>) -> tensor<1x512xf32>
    %957 = stablehlo.broadcast_in_dim %arg693, dims = [1] : (tensor<512xf32>) -> tensor<1x512xf32>
    %958 = stablehlo.add %956, %957 : tensor<1x512xf32>
    %959 = stablehlo.reshape %958 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %960 = stablehlo.convert %955 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %961 = stablehlo.convert %959 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %962 = stablehlo.constant dense<10> : tensor<i32>
    %963 = stablehlo.constant dense<0> : tensor<i32>
    %964 = stablehlo.constant dense<0> : tensor<i32>
    %965 = stablehlo.reshape %960 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %966 = stablehlo.dynamic_update_slice %879, %965, %962, %964, %arg1, %963, %963 : (tensor<12x1x256x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<12x1x256x8x64xf16>
    %967 = stablehlo.reshape %961 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %968 = stablehlo.dynamic_update_slice %881, %967, %962, %964, %arg1, %963, %963 : (tensor<12x1x256x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<12x1x256x8x64xf16>
    %969 = stablehlo.slice %966 [10:11, 0:1, 0:256, 0:8, 0:64] : (tensor<12x1x256x8x64xf16>) -> tensor<1x1x256x8x64xf16>
    %970 = stablehlo.reshape %969 : (tensor<1x1x256x8x64xf16>) -> tensor<256x8x64xf16>
    %971 = stablehlo.slice %968 [10:11, 0:1, 0:256, 0:8, 0:64] : (tensor<12x1x256x8x64xf16>) -> tensor<1x1x256x8x64xf16>
    %972 = stablehlo.reshape %971 : (tensor<1x1x256x8x64xf16>) -> tensor<256x8x64xf16>
    %973 = stablehlo.composite "mlxla.attention" %950, %970, %972, %0, %2, %arg698 {composite_attributes = {scale = 0.125 : f64, sinks = true}, decomposition = @mlxla_attention_1x64x64xf32_256x8x64xf16_256x8x64xf16_1xi32_i32_64xf32_d54bb49fca62a40e} : (tensor<1x64x64xf32>, tensor<256x8x64xf16>, tensor<256x8x64xf16>, tensor<1xi32>, tensor<i32>, tensor<64xf32>) -> tensor<1x64x64xf32>
    %974 = stablehlo.reshape %973 : (tensor<1x64x64xf32>) -> tensor<1x4096xf32>
    %975 = stablehlo.composite "mlxla.quantized_dot" %974, %arg694, %arg695, %arg696 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_1x4096xf32_2880x512xui32_2880x64xf32_2880x64xf32_1606f16f63a9d508} : (tensor<1x4096xf32>, tensor<2880x512xui32>, tensor<2880x64xf32>, tensor<2880x64xf32>) -> tensor<1x2880xf32>
    %976 = stablehlo.broadcast_in_dim %arg697, dims = [1] : (tensor<2880xf32>) -> tensor<1x2880xf32>
    %977 = stablehlo.add %975, %976 : tensor<1x2880xf32>
    %978 = stablehlo.add %944, %977 : tensor<1x2880xf32>
    %979 = stablehlo.composite "mlxla.rms_norm" %978, %arg699 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2880xf32_2880xf32_b6a9c526c7d0eb0f} : (tensor<1x2880xf32>, tensor<2880xf32>) -> tensor<1x2880xf32>
    %980 = stablehlo.composite "mlxla.quantized_dot" %979, %arg700, %arg701, %arg702 {composite_attributes = {bits = 8 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_1x2880xf32_32x720xui32_32x45xf32_32x45xf32_46b69380ec5ff98c} : (tensor<1x2880xf32>, tensor<32x720xui32>, tensor<32x45xf32>, tensor<32x45xf32>) -> tensor<1x32xf32>
    %981 = stablehlo.broadcast_in_dim %arg703, dims = [1] : (tensor<32xf32>) -> tensor<1x32xf32>
    %982 = stablehlo.add %980, %981 : tensor<1x32xf32>
    %983 = stablehlo.composite "mlxla.moe" %979, %982, %arg704, %arg705, %arg707, %arg708, %arg710, %arg711, %arg706, %arg709, %arg712 {composite_attributes = {activation = "swiglu_clamped", bits = 4 : i64, expert_bias = true, experts = 32 : i64, format = "fp", group_size = 32 : i64, precision = "f32", routing = "topk_softmax", swiglu_alpha = 1.702 : f64, swiglu_limit = 7.0 : f64, top_k = 4 : i64}, decomposition = @mlxla_moe_1x2880xf32_1x32xf32_32x2880x360xui32_32x2880x90xui8_32x2880x360xui32_32x2880x90xui8_32x2880x360xui32_32x2880x90xui8_32x2880xf32_32x2880xf32_32x2880xf32_7154339e831de982} : (tensor<1x2880xf32>, tensor<1x32xf32>, tensor<32x2880x360xui32>, tensor<32x2880x90xui8>, tensor<32x2880x360xui32>, tensor<32x2880x90xui8>, tensor<32x2880x360xui32>, tensor<32x2880x90xui8>, tensor<32x2880xf32>, tensor<32x2880xf32>, tensor<32x2880xf32>) -> tensor<1x2880xf32>
    %984 = stablehlo.add %978, %983 : tensor<1x2880xf32>
    %985 = stablehlo.composite "mlxla.rms_norm" %984, %arg713 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2880xf32_2880xf32_b6a9c526c7d0eb0f} : (tensor<1x2880xf32>, tensor<2880xf32>) -> tensor<1x2880xf32>
    %986 = stablehlo.composite "mlxla.quantized_dot" %985, %arg714, %arg715, %arg716 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_1x2880xf32_4096x360xui32_4096x45xf32_4096x45xf32_1606f16f63a9d508} : (tensor<1x2880xf32>, tensor<4096x360xui32>, tensor<4096x45xf32>, tensor<4096x45xf32>) -> tensor<1x4096xf32>
    %987 = stablehlo.broadcast_in_dim %arg717, dims = [1] : (tensor<4096xf32>) -> tensor<1x4096xf32>
    %988 = stablehlo.add %986, %987 : tensor<1x4096xf32>
    %989 = stablehlo.reshape %988 : (tensor<1x4096xf32>) -> tensor<1x64x64xf32>
    %990 = stablehlo.composite "mlxla.rope" %989, %0 {composite_attributes = {beta_fast = 32.0 : f64, beta_slow = 1.0 : f64, factor = 32.0 : f64, mscale = 1.0 : f64, mscale_all_dim = 0.0 : f64, original_max_position_embeddings = 4096 : i64, scaling = "yarn", theta = 150000.0 : f64}, decomposition = @mlxla_rope_1x64x64xf32_1xi32_bca46eb598c94a3c} : (tensor<1x64x64xf32>, tensor<1xi32>) -> tensor<1x64x64xf32>
    %991 = stablehlo.composite "mlxla.quantized_dot" %985, %arg718, %arg719, %arg720 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_1x2880xf32_512x360xui32_512x45xf32_512x45xf32_1606f16f63a9d508} : (tensor<1x2880xf32>, tensor<512x360xui32>, tensor<512x45xf32>, tensor<512x45xf32>) -> tensor<1x512xf32>
    %992 = stablehlo.broadcast_in_dim %arg721, dims = [1] : (tensor<512xf32>) -> tensor<1x512xf32>
    %993 = stablehlo.add %991, %992 : tensor<1x512xf32>
    %994 = stablehlo.reshape %993 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %995 = stablehlo.composite "mlxla.rope" %994, %0 {composite_attributes = {beta_fast = 32.0 : f64, beta_slow = 1.0 : f64, factor = 32.0 : f64, mscale = 1.0 : f64, mscale_all_dim = 0.0 : f64, original_max_position_embeddings = 4096 : i64, scaling = "yarn", theta = 150000.0 : f64}, decomposition = @mlxla_rope_1x8x64xf32_1xi32_bca46eb598c94a3c} : (tensor<1x8x64xf32>, tensor<1xi32>) -> tensor<1x8x64xf32>
    %996 = stablehlo.composite "mlxla.quantized_dot" %985, %arg722, %arg723, %arg724 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_1x2880xf32_512x360xui32_512x45xf32_512x45xf32_1606f16f63a9d508} : (tensor<1x2880xf32>, tensor<512x360xui32>, tensor<512x45xf32>, tensor<512x45xf32>) -> tensor<1x512xf32>
    %997 = stablehlo.broadcast_in_dim %arg725, dims = [1] : (tensor<512xf32>) -> tensor<1x512xf32>
    %998 = stablehlo.add %996, %997 : tensor<1x512xf32>
    %999 = stablehlo.reshape %998 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %1000 = stablehlo.convert %995 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %1001 = stablehlo.convert %999 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %1002 = stablehlo.slice %928 [11:12, 0:1, 0:128, 0:8, 0:64] : (tensor<12x1x128x8x64xf16>) -> tensor<1x1x128x8x64xf16>
    %1003 = stablehlo.reshape %1002 : (tensor<1x1x128x8x64xf16>) -> tensor<128x8x64xf16>
    %1004 = stablehlo.slice %933 [11:12, 0:1, 0:128, 0:8, 0:64] : (tensor<12x1x128x8x64xf16>) -> tensor<1x1x128x8x64xf16>
    %1005 = stablehlo.reshape %1004 : (tensor<1x1x128x8x64xf16>) -> tensor<128x8x64xf16>
    %1006 = stablehlo.composite "mlxla.window_attention" %990, %1003, %1005, %1000, %1001, %0, %2, %arg730 {composite_attributes = {scale = 0.125 : f64, sinks = true, window = 128 : i64}, decomposition = @mlxla_window_attention_1x64x64xf32_128x8x64xf16_128x8x64xf16_1x8x64xf16_1x8x64xf16_1xi32_i32_64xf32_fe6978d776132cfa} : (tensor<1x64x64xf32>, tensor<128x8x64xf16>, tensor<128x8x64xf16>, tensor<1x8x64xf16>, tensor<1x8x64xf16>, tensor<1xi32>, tensor<i32>, tensor<64xf32>) -> tensor<1x64x64xf32>
    %1007 = stablehlo.constant dense<128> : tensor<i32>
    %1008 = stablehlo.divide %arg1, %1007 : tensor<i32>
    %1009 = stablehlo.multiply %1008, %1007 : tensor<i32>
    %1010 = stablehlo.subtract %arg1, %1009 : tensor<i32>
    %1011 = stablehlo.constant dense<11> : tensor<i32>
    %1012 = stablehlo.constant dense<0> : tensor<i32>
    %1013 = stablehlo.constant dense<0> : tensor<i32>
    %1014 = stablehlo.reshape %1000 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %1015 = stablehlo.dynamic_update_slice %928, %1014, %1011, %1012, %1010, %1013, %1013 : (tensor<12x1x128x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<12x1x128x8x64xf16>
    %1016 = stablehlo.constant dense<11> : tensor<i32>
    %1017 = stablehlo.constant dense<0> : tensor<i32>
    %1018 = stablehlo.constant dense<0> : tensor<i32>
    %1019 = stablehlo.reshape %1001 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %1020 = stablehlo.dynamic_update_slice %933, %1019, %1016, %1017, %1010, %1018, %1018 : (tensor<12x1x128x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<12x1x128x8x64xf16>
    %1021 = stablehlo.reshape %1006 : (tensor<1x64x64xf32>) -> tensor<1x4096xf32>
    %1022 = stablehlo.composite "mlxla.quantized_dot" %1021, %arg726, %arg727, %arg728 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_1x4096xf32_2880x512xui32_2880x64xf32_2880x64xf32_1606f16f63a9d508} : (tensor<1x4096xf32>, tensor<2880x512xui32>, tensor<2880x64xf32>, tensor<2880x64xf32>) -> tensor<1x2880xf32>
    %1023 = stablehlo.broadcast_in_dim %arg729, dims = [1] : (tensor<2880xf32>) -> tensor<1x2880xf32>
    %1024 = stablehlo.add %1022, %1023 : tensor<1x2880xf32>
    %1025 = stablehlo.add %984, %1024 : tensor<1x2880xf32>
    %1026 = stablehlo.composite "mlxla.rms_norm" %1025, %arg731 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2880xf32_2880xf32_b6a9c526c7d0eb0f} : (tensor<1x2880xf32>, tensor<2880xf32>) -> tensor<1x2880xf32>
    %1027 = stablehlo.composite "mlxla.quantized_dot" %1026, %arg732, %arg733, %arg734 {composite_attributes = {bits = 8 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_1x2880xf32_32x720xui32_32x45xf32_32x45xf32_46b69380ec5ff98c} : (tensor<1x2880xf32>, tensor<32x720xui32>, tensor<32x45xf32>, tensor<32x45xf32>) -> tensor<1x32xf32>
    %1028 = stablehlo.broadcast_in_dim %arg735, dims = [1] : (tensor<32xf32>) -> tensor<1x32xf32>
    %1029 = stablehlo.add %1027, %1028 : tensor<1x32xf32>
    %1030 = stablehlo.composite "mlxla.moe" %1026, %1029, %arg736, %arg737, %arg739, %arg740, %arg742, %arg743, %arg738, %arg741, %arg744 {composite_attributes = {activation = "swiglu_clamped", bits = 4 : i64, expert_bias = true, experts = 32 : i64, format = "fp", group_size = 32 : i64, precision = "f32", routing = "topk_softmax", swiglu_alpha = 1.702 : f64, swiglu_limit = 7.0 : f64, top_k = 4 : i64}, decomposition = @mlxla_moe_1x2880xf32_1x32xf32_32x2880x360xui32_32x2880x90xui8_32x2880x360xui32_32x2880x90xui8_32x2880x360xui32_32x2880x90xui8_32x2880xf32_32x2880xf32_32x2880xf32_7154339e831de982} : (tensor<1x2880xf32>, tensor<1x32xf32>, tensor<32x2880x360xui32>, tensor<32x2880x90xui8>, tensor<32x2880x360xui32>, tensor<32x2880x90xui8>, tensor<32x2880x360xui32>, tensor<32x2880x90xui8>, tensor<32x2880xf32>, tensor<32x2880xf32>, tensor<32x2880xf32>) -> tensor<1x2880xf32>
    %1031 = stablehlo.add %1025, %1030 : tensor<1x2880xf32>
    %1032 = stablehlo.composite "mlxla.rms_norm" %1031, %arg745 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2880xf32_2880xf32_b6a9c526c7d0eb0f} : (tensor<1x2880xf32>, tensor<2880xf32>) -> tensor<1x2880xf32>
    %1033 = stablehlo.composite "mlxla.quantized_dot" %1032, %arg746, %arg747, %arg748 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_1x2880xf32_4096x360xui32_4096x45xf32_4096x45xf32_1606f16f63a9d508} : (tensor<1x2880xf32>, tensor<4096x360xui32>, tensor<4096x45xf32>, tensor<4096x45xf32>) -> tensor<1x4096xf32>
    %1034 = stablehlo.broadcast_in_dim %arg749, dims = [1] : (tensor<4096xf32>) -> tensor<1x4096xf32>
    %1035 = stablehlo.add %1033, %1034 : tensor<1x4096xf32>
    %1036 = stablehlo.reshape %1035 : (tensor<1x4096xf32>) -> tensor<1x64x64xf32>
    %1037 = stablehlo.composite "mlxla.rope" %1036, %0 {composite_attributes = {beta_fast = 32.0 : f64, beta_slow = 1.0 : f64, factor = 32.0 : f64, mscale = 1.0 : f64, mscale_all_dim = 0.0 : f64, original_max_position_embeddings = 4096 : i64, scaling = "yarn", theta = 150000.0 : f64}, decomposition = @mlxla_rope_1x64x64xf32_1xi32_bca46eb598c94a3c} : (tensor<1x64x64xf32>, tensor<1xi32>) -> tensor<1x64x64xf32>
    %1038 = stablehlo.composite "mlxla.quantized_dot" %1032, %arg750, %arg751, %arg752 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_1x2880xf32_512x360xui32_512x45xf32_512x45xf32_1606f16f63a9d508} : (tensor<1x2880xf32>, tensor<512x360xui32>, tensor<512x45xf32>, tensor<512x45xf32>) -> tensor<1x512xf32>
    %1039 = stablehlo.broadcast_in_dim %arg753, dims = [1] : (tensor<512xf32>) -> tensor<1x512xf32>
    %1040 = stablehlo.add %1038, %1039 : tensor<1x512xf32>
    %1041 = stablehlo.reshape %1040 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %1042 = stablehlo.composite "mlxla.rope" %1041, %0 {composite_attributes = {beta_fast = 32.0 : f64, beta_slow = 1.0 : f64, factor = 32.0 : f64, mscale = 1.0 : f64, mscale_all_dim = 0.0 : f64, original_max_position_embeddings = 4096 : i64, scaling = "yarn", theta = 150000.0 : f64}, decomposition = @mlxla_rope_1x8x64xf32_1xi32_bca46eb598c94a3c} : (tensor<1x8x64xf32>, tensor<1xi32>) -> tensor<1x8x64xf32>
    %1043 = stablehlo.composite "mlxla.quantized_dot" %1032, %arg754, %arg755, %arg756 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_1x2880xf32_512x360xui32_512x45xf32_512x45xf32_1606f16f63a9d508} : (tensor<1x2880xf32>, tensor<512x360xui32>, tensor<512x45xf32>, tensor<512x45xf32>) -> tensor<1x512xf32>
    %1044 = stablehlo.broadcast_in_dim %arg757, dims = [1] : (tensor<512xf32>) -> tensor<1x512xf32>
    %1045 = stablehlo.add %1043, %1044 : tensor<1x512xf32>
    %1046 = stablehlo.reshape %1045 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %1047 = stablehlo.convert %1042 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %1048 = stablehlo.convert %1046 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %1049 = stablehlo.constant dense<11> : tensor<i32>
    %1050 = stablehlo.constant dense<0> : tensor<i32>
    %1051 = stablehlo.constant dense<0> : tensor<i32>
    %1052 = stablehlo.reshape %1047 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %1053 = stablehlo.dynamic_update_slice %966, %1052, %1049, %1051, %arg1, %1050, %1050 : (tensor<12x1x256x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<12x1x256x8x64xf16>
    %1054 = stablehlo.reshape %1048 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %1055 = stablehlo.dynamic_update_slice %968, %1054, %1049, %1051, %arg1, %1050, %1050 : (tensor<12x1x256x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<12x1x256x8x64xf16>
    %1056 = stablehlo.slice %1053 [11:12, 0:1, 0:256, 0:8, 0:64] : (tensor<12x1x256x8x64xf16>) -> tensor<1x1x256x8x64xf16>
    %1057 = stablehlo.reshape %1056 : (tensor<1x1x256x8x64xf16>) -> tensor<256x8x64xf16>
    %1058 = stablehlo.slice %1055 [11:12, 0:1, 0:256, 0:8, 0:64] : (tensor<12x1x256x8x64xf16>) -> tensor<1x1x256x8x64xf16>
    %1059 = stablehlo.reshape %1058 : (tensor<1x1x256x8x64xf16>) -> tensor<256x8x64xf16>
    %1060 = stablehlo.composite "mlxla.attention" %1037, %1057, %1059, %0, %2, %arg762 {composite_attributes = {scale = 0.125 : f64, sinks = true}, decomposition = @mlxla_attention_1x64x64xf32_256x8x64xf16_256x8x64xf16_1xi32_i32_64xf32_d54bb49fca62a40e} : (tensor<1x64x64xf32>, tensor<256x8x64xf16>, tensor<256x8x64xf16>, tensor<1xi32>, tensor<i32>, tensor<64xf32>) -> tensor<1x64x64xf32>
    %1061 = stablehlo.reshape %1060 : (tensor<1x64x64xf32>) -> tensor<1x4096xf32>
    %1062 = stablehlo.composite "mlxla.quantized_dot" %1061, %arg758, %arg759, %arg760 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_1x4096xf32_2880x512xui32_2880x64xf32_2880x64xf32_1606f16f63a9d508} : (tensor<1x4096xf32>, tensor<2880x512xui32>, tensor<2880x64xf32>, tensor<2880x64xf32>) -> tensor<1x2880xf32>
    %1063 = stablehlo.broadcast_in_dim %arg761, dims = [1] : (tensor<2880xf32>) -> tensor<1x2880xf32>
    %1064 = stablehlo.add %1062, %1063 : tensor<1x2880xf32>
    %1065 = stablehlo.add %1031, %1064 : tensor<1x2880xf32>
    %1066 = stablehlo.composite "mlxla.rms_norm" %1065, %arg763 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2880xf32_2880xf32_b6a9c526c7d0eb0f} : (tensor<1x2880xf32>, tensor<2880xf32>) -> tensor<1x2880xf32>
    %1067 = stablehlo.composite "mlxla.quantized_dot" %1066, %arg764, %arg765, %arg766 {composite_attributes = {bits = 8 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_1x2880xf32_32x720xui32_32x45xf32_32x45xf32_46b69380ec5ff98c} : (tensor<1x2880xf32>, tensor<32x720xui32>, tensor<32x45xf32>, tensor<32x45xf32>) -> tensor<1x32xf32>
    %1068 = stablehlo.broadcast_in_dim %arg767, dims = [1] : (tensor<32xf32>) -> tensor<1x32xf32>
    %1069 = stablehlo.add %1067, %1068 : tensor<1x32xf32>
    %1070 = stablehlo.composite "mlxla.moe" %1066, %1069, %arg768, %arg769, %arg771, %arg772, %arg774, %arg775, %arg770, %arg773, %arg776 {composite_attributes = {activation = "swiglu_clamped", bits = 4 : i64, expert_bias = true, experts = 32 : i64, format = "fp", group_size = 32 : i64, precision = "f32", routing = "topk_softmax", swiglu_alpha = 1.702 : f64, swiglu_limit = 7.0 : f64, top_k = 4 : i64}, decomposition = @mlxla_moe_1x2880xf32_1x32xf32_32x2880x360xui32_32x2880x90xui8_32x2880x360xui32_32x2880x90xui8_32x2880x360xui32_32x2880x90xui8_32x2880xf32_32x2880xf32_32x2880xf32_7154339e831de982} : (tensor<1x2880xf32>, tensor<1x32xf32>, tensor<32x2880x360xui32>, tensor<32x2880x90xui8>, tensor<32x2880x360xui32>, tensor<32x2880x90xui8>, tensor<32x2880x360xui32>, tensor<32x2880x90xui8>, tensor<32x2880xf32>, tensor<32x2880xf32>, tensor<32x2880xf32>) -> tensor<1x2880xf32>
    %1071 = stablehlo.add %1065, %1070 : tensor<1x2880xf32>
    %1072 = stablehlo.composite "mlxla.rms_norm" %1071, %arg777 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2880xf32_2880xf32_b6a9c526c7d0eb0f} : (tensor<1x2880xf32>, tensor<2880xf32>) -> tensor<1x2880xf32>
    %1073 = stablehlo.composite "mlxla.quantized_dot" %1072, %arg778, %arg779, %arg780 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_1x2880xf32_201088x360xui32_201088x45xf32_201088x45xf32_1606f16f63a9d508} : (tensor<1x2880xf32>, tensor<201088x360xui32>, tensor<201088x45xf32>, tensor<201088x45xf32>) -> tensor<1x201088xf32>
    %1074 = stablehlo.composite "mlxla.argmax" %1073 {decomposition = @mlxla_argmax_1x201088xf32_cbf29ce484222325} : (tensor<1x201088xf32>) -> tensor<1xi32>
    return %1074, %1053, %1055, %1015, %1020 : tensor<1xi32>, tensor<12x1x256x8x64xf16>, tensor<12x1x256x8x64xf16>, tensor<12x1x128x8x64xf16>, tensor<12x1x128x8x64xf16>
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
  func.func private @mlxla_quantized_dot_1x2880xf32_4096x360xui32_4096x45xf32_4096x45xf32_1606f16f63a9d508(%arg0: tensor<1x2880xf32> {mlxla.name = "arg0"}, %arg1: tensor<4096x360xui32> {mlxla.name = "arg1"}, %arg2: tensor<4096x45xf32> {mlxla.name = "arg2"}, %arg3: tensor<4096x45xf32> {mlxla.name = "arg3"}) -> (tensor<1x4096xf32>) {
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
    %19 = stablehlo.dot_general %arg0, %18, contracting_dims = [1] x [1] : (tensor<1x2880xf32>, tensor<4096x2880xf32>) -> tensor<1x4096xf32>
    return %19 : tensor<1x4096xf32>
  }
  func.func private @mlxla_rope_1x64x64xf32_1xi32_bca46eb598c94a3c(%arg0: tensor<1x64x64xf32> {mlxla.name = "arg0"}, %arg1: tensor<1xi32> {mlxla.name = "arg1"}) -> (tensor<1x64x64xf32>) {
    %0 = stablehlo.convert %arg1 : (tensor<1xi32>) -> tensor<1xf32>
    %1 = stablehlo.broadcast_in_dim %0, dims = [0] : (tensor<1xf32>) -> tensor<1x32xf32>
    %2 = stablehlo.constant dense<[1.0, 0.6890443, 0.47478205, 0.32714587, 0.225418, 0.15532298, 0.107024424, 0.073744565, 0.050813276, 0.031620752, 0.019450968, 0.011792191, 0.007015714, 0.0040695546, 0.0022772718, 0.001206131, 0.0005809475, 0.00022794779, 3.830881e-05, 2.6396468e-05, 1.8188337e-05, 1.253257e-05, 8.635496e-06, 5.9502395e-06, 4.0999785e-06, 2.8250668e-06, 1.9465963e-06, 1.3412911e-06, 9.2420896e-07, 6.368209e-07, 4.3879783e-07, 3.0235114e-07]> : tensor<32xf32>
    %3 = stablehlo.broadcast_in_dim %2, dims = [1] : (tensor<32xf32>) -> tensor<1x32xf32>
    %4 = stablehlo.multiply %1, %3 : tensor<1x32xf32>
    %5 = stablehlo.constant dense<1.3465736> : tensor<1x64x64xf32>
    %6 = stablehlo.multiply %arg0, %5 : tensor<1x64x64xf32>
    %7 = stablehlo.cosine %4 : tensor<1x32xf32>
    %8 = stablehlo.sine %4 : tensor<1x32xf32>
    %9 = stablehlo.concatenate %7, %7, dim = 1 : (tensor<1x32xf32>, tensor<1x32xf32>) -> tensor<1x64xf32>
    %10 = stablehlo.concatenate %8, %8, dim = 1 : (tensor<1x32xf32>, tensor<1x32xf32>) -> tensor<1x64xf32>
    %11 = stablehlo.broadcast_in_dim %9, dims = [0, 2] : (tensor<1x64xf32>) -> tensor<1x64x64xf32>
    %12 = stablehlo.broadcast_in_dim %10, dims = [0, 2] : (tensor<1x64xf32>) -> tensor<1x64x64xf32>
    %13 = stablehlo.slice %6 [0:1, 0:64, 0:32] : (tensor<1x64x64xf32>) -> tensor<1x64x32xf32>
    %14 = stablehlo.slice %6 [0:1, 0:64, 32:64] : (tensor<1x64x64xf32>) -> tensor<1x64x32xf32>
    %15 = stablehlo.negate %14 : tensor<1x64x32xf32>
    %16 = stablehlo.concatenate %15, %13, dim = 2 : (tensor<1x64x32xf32>, tensor<1x64x32xf32>) -> tensor<1x64x64xf32>
    %17 = stablehlo.multiply %6, %11 : tensor<1x64x64xf32>
    %18 = stablehlo.multiply %16, %12 : tensor<1x64x64xf32>
    %19 = stablehlo.add %17, %18 : tensor<1x64x64xf32>
    return %19 : tensor<1x64x64xf32>
  }
  func.func private @mlxla_quantized_dot_1x2880xf32_512x360xui32_512x45xf32_512x45xf32_1606f16f63a9d508(%arg0: tensor<1x2880xf32> {mlxla.name = "arg0"}, %arg1: tensor<512x360xui32> {mlxla.name = "arg1"}, %arg2: tensor<512x45xf32> {mlxla.name = "arg2"}, %arg3: tensor<512x45xf32> {mlxla.name = "arg3"}) -> (tensor<1x512xf32>) {
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
    %19 = stablehlo.dot_general %arg0, %18, contracting_dims = [1] x [1] : (tensor<1x2880xf32>, tensor<512x2880xf32>) -> tensor<1x512xf32>
    return %19 : tensor<1x512xf32>
  }
  func.func private @mlxla_rope_1x8x64xf32_1xi32_bca46eb598c94a3c(%arg0: tensor<1x8x64xf32> {mlxla.name = "arg0"}, %arg1: tensor<1xi32> {mlxla.name = "arg1"}) -> (tensor<1x8x64xf32>) {
    %0 = stablehlo.convert %arg1 : (tensor<1xi32>) -> tensor<1xf32>
    %1 = stablehlo.broadcast_in_dim %0, dims = [0] : (tensor<1xf32>) -> tensor<1x32xf32>
    %2 = stablehlo.constant dense<[1.0, 0.6890443, 0.47478205, 0.32714587, 0.225418, 0.15532298, 0.107024424, 0.073744565, 0.050813276, 0.031620752, 0.019450968, 0.011792191, 0.007015714, 0.0040695546, 0.0022772718, 0.001206131, 0.0005809475, 0.00022794779, 3.830881e-05, 2.6396468e-05, 1.8188337e-05, 1.253257e-05, 8.635496e-06, 5.9502395e-06, 4.0999785e-06, 2.8250668e-06, 1.9465963e-06, 1.3412911e-06, 9.2420896e-07, 6.368209e-07, 4.3879783e-07, 3.0235114e-07]> : tensor<32xf32>
    %3 = stablehlo.broadcast_in_dim %2, dims = [1] : (tensor<32xf32>) -> tensor<1x32xf32>
    %4 = stablehlo.multiply %1, %3 : tensor<1x32xf32>
    %5 = stablehlo.constant dense<1.3465736> : tensor<1x8x64xf32>
    %6 = stablehlo.multiply %arg0, %5 : tensor<1x8x64xf32>
    %7 = stablehlo.cosine %4 : tensor<1x32xf32>
    %8 = stablehlo.sine %4 : tensor<1x32xf32>
    %9 = stablehlo.concatenate %7, %7, dim = 1 : (tensor<1x32xf32>, tensor<1x32xf32>) -> tensor<1x64xf32>
    %10 = stablehlo.concatenate %8, %8, dim = 1 : (tensor<1x32xf32>, tensor<1x32xf32>) -> tensor<1x64xf32>
    %11 = stablehlo.broadcast_in_dim %9, dims = [0, 2] : (tensor<1x64xf32>) -> tensor<1x8x64xf32>
    %12 = stablehlo.broadcast_in_dim %10, dims = [0, 2] : (tensor<1x64xf32>) -> tensor<1x8x64xf32>
    %13 = stablehlo.slice %6 [0:1, 0:8, 0:32] : (tensor<1x8x64xf32>) -> tensor<1x8x32xf32>
    %14 = stablehlo.slice %6 [0:1, 0:8, 32:64] : (tensor<1x8x64xf32>) -> tensor<1x8x32xf32>
    %15 = stablehlo.negate %14 : tensor<1x8x32xf32>
    %16 = stablehlo.concatenate %15, %13, dim = 2 : (tensor<1x8x32xf32>, tensor<1x8x32xf32>) -> tensor<1x8x64xf32>
    %17 = stablehlo.multiply %6, %11 : tensor<1x8x64xf32>
    %18 = stablehlo.multiply %16, %12 : tensor<1x8x64xf32>
    %19 = stablehlo.add %17, %18 : tensor<1x8x64xf32>
    return %19 : tensor<1x8x64xf32>
  }
  func.func private @mlxla_window_attention_1x64x64xf32_128x8x64xf16_128x8x64xf16_1x8x64xf16_1x8x64xf16_1xi32_i32_64xf32_fe6978d776132cfa(%arg0: tensor<1x64x64xf32> {mlxla.name = "arg0"}, %arg1: tensor<128x8x64xf16> {mlxla.name = "arg1"}, %arg2: tensor<128x8x64xf16> {mlxla.name = "arg2"}, %arg3: tensor<1x8x64xf16> {mlxla.name = "arg3"}, %arg4: tensor<1x8x64xf16> {mlxla.name = "arg4"}, %arg5: tensor<1xi32> {mlxla.name = "arg5"}, %arg6: tensor<i32> {mlxla.name = "arg6"}, %arg7: tensor<64xf32> {mlxla.name = "arg7"}) -> (tensor<1x64x64xf32>) {
    %0 = stablehlo.slice %arg5 [0:1] : (tensor<1xi32>) -> tensor<1xi32>
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
    %12 = stablehlo.concatenate %10, %arg3, dim = 0 : (tensor<128x8x64xf16>, tensor<1x8x64xf16>) -> tensor<129x8x64xf16>
    %13 = stablehlo.concatenate %11, %arg4, dim = 0 : (tensor<128x8x64xf16>, tensor<1x8x64xf16>) -> tensor<129x8x64xf16>
    %14 = stablehlo.reshape %arg0 : (tensor<1x64x64xf32>) -> tensor<1x8x8x64xf32>
    %15 = stablehlo.convert %12 : (tensor<129x8x64xf16>) -> tensor<129x8x64xf32>
    %16 = stablehlo.convert %13 : (tensor<129x8x64xf16>) -> tensor<129x8x64xf32>
    %17 = stablehlo.dot_general %14, %15, batching_dims = [1] x [1], contracting_dims = [3] x [2] : (tensor<1x8x8x64xf32>, tensor<129x8x64xf32>) -> tensor<8x1x8x129xf32>
    %18 = stablehlo.constant dense<0.125> : tensor<8x1x8x129xf32>
    %19 = stablehlo.multiply %17, %18 : tensor<8x1x8x129xf32>
    %20 = stablehlo.constant dense<128> : tensor<i32>
    %21 = stablehlo.subtract %1, %20 : tensor<i32>
    %22 = stablehlo.broadcast_in_dim %21, dims = [] : (tensor<i32>) -> tensor<8x1x8x129xi32>
    %23 = stablehlo.iota dim = 3 : tensor<8x1x8x129xi32>
    %24 = stablehlo.add %22, %23 : tensor<8x1x8x129xi32>
    %25 = stablehlo.constant dense<1> : tensor<1xi32>
    %26 = stablehlo.add %arg5, %25 : tensor<1xi32>
    %27 = stablehlo.broadcast_in_dim %arg6, dims = [] : (tensor<i32>) -> tensor<1xi32>
    %28 = stablehlo.minimum %26, %27 : tensor<1xi32>
    %29 = stablehlo.broadcast_in_dim %28, dims = [1] : (tensor<1xi32>) -> tensor<8x1x8x129xi32>
    %30 = stablehlo.compare LT, %24, %29 : (tensor<8x1x8x129xi32>, tensor<8x1x8x129xi32>) -> tensor<8x1x8x129xi1>
    %31 = stablehlo.constant dense<128> : tensor<1xi32>
    %32 = stablehlo.subtract %26, %31 : tensor<1xi32>
    %33 = stablehlo.constant dense<0> : tensor<1xi32>
    %34 = stablehlo.maximum %32, %33 : tensor<1xi32>
    %35 = stablehlo.broadcast_in_dim %34, dims = [1] : (tensor<1xi32>) -> tensor<8x1x8x129xi32>
    %36 = stablehlo.compare GE, %24, %35 : (tensor<8x1x8x129xi32>, tensor<8x1x8x129xi32>) -> tensor<8x1x8x129xi1>
    %37 = stablehlo.constant dense<-3.4028235e+38> : tensor<8x1x8x129xf32>
    %38 = stablehlo.select %36, %19, %37 : tensor<8x1x8x129xi1>, tensor<8x1x8x129xf32>
    %39 = stablehlo.constant dense<-3.4028235e+38> : tensor<8x1x8x129xf32>
    %40 = stablehlo.select %30, %38, %39 : tensor<8x1x8x129xi1>, tensor<8x1x8x129xf32>
    %41 = stablehlo.reshape %arg7 : (tensor<64xf32>) -> tensor<8x8xf32>
    %42 = stablehlo.broadcast_in_dim %41, dims = [0, 2] : (tensor<8x8xf32>) -> tensor<8x1x8x1xf32>
    %43 = stablehlo.concatenate %42, %40, dim = 3 : (tensor<8x1x8x1xf32>, tensor<8x1x8x129xf32>) -> tensor<8x1x8x130xf32>
    %44 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %45 = stablehlo.reduce(%43 init: %44) applies stablehlo.maximum across dimensions = [3] : (tensor<8x1x8x130xf32>, tensor<f32>) -> tensor<8x1x8xf32>
    %46 = stablehlo.broadcast_in_dim %45, dims = [0, 1, 2] : (tensor<8x1x8xf32>) -> tensor<8x1x8x130xf32>
    %47 = stablehlo.subtract %43, %46 : tensor<8x1x8x130xf32>
    %48 = stablehlo.exponential %47 : tensor<8x1x8x130xf32>
    %49 = stablehlo.constant dense<0.0> : tensor<f32>
    %50 = stablehlo.reduce(%48 init: %49) applies stablehlo.add across dimensions = [3] : (tensor<8x1x8x130xf32>, tensor<f32>) -> tensor<8x1x8xf32>
    %51 = stablehlo.broadcast_in_dim %50, dims = [0, 1, 2] : (tensor<8x1x8xf32>) -> tensor<8x1x8x130xf32>
    %52 = stablehlo.divide %48, %51 : tensor<8x1x8x130xf32>
    %53 = stablehlo.slice %52 [0:8, 0:1, 0:8, 1:130] : (tensor<8x1x8x130xf32>) -> tensor<8x1x8x129xf32>
    %54 = stablehlo.dot_general %53, %16, batching_dims = [0] x [1], contracting_dims = [3] x [0] : (tensor<8x1x8x129xf32>, tensor<129x8x64xf32>) -> tensor<8x1x8x64xf32>
    %55 = stablehlo.transpose %54, dims = [1, 0, 2, 3] : (tensor<8x1x8x64xf32>) -> tensor<1x8x8x64xf32>
    %56 = stablehlo.reshape %55 : (tensor<1x8x8x64xf32>) -> tensor<1x64x64xf32>
    return %56 : tensor<1x64x64xf32>
  }
  func.func private @mlxla_quantized_dot_1x4096xf32_2880x512xui32_2880x64xf32_2880x64xf32_1606f16f63a9d508(%arg0: tensor<1x4096xf32> {mlxla.name = "arg0"}, %arg1: tensor<2880x512xui32> {mlxla.name = "arg1"}, %arg2: tensor<2880x64xf32> {mlxla.name = "arg2"}, %arg3: tensor<2880x64xf32> {mlxla.name = "arg3"}) -> (tensor<1x2880xf32>) {
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
    %19 = stablehlo.dot_general %arg0, %18, contracting_dims = [1] x [1] : (tensor<1x4096xf32>, tensor<2880x4096xf32>) -> tensor<1x2880xf32>
    return %19 : tensor<1x2880xf32>
  }
  func.func private @mlxla_quantized_dot_1x2880xf32_32x720xui32_32x45xf32_32x45xf32_46b69380ec5ff98c(%arg0: tensor<1x2880xf32> {mlxla.name = "arg0"}, %arg1: tensor<32x720xui32> {mlxla.name = "arg1"}, %arg2: tensor<32x45xf32> {mlxla.name = "arg2"}, %arg3: tensor<32x45xf32> {mlxla.name = "arg3"}) -> (tensor<1x32xf32>) {
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
    %23 = stablehlo.dot_general %arg0, %22, contracting_dims = [1] x [1] : (tensor<1x2880xf32>, tensor<32x2880xf32>) -> tensor<1x32xf32>
    return %23 : tensor<1x32xf32>
  }
  func.func private @mlxla_moe_1x2880xf32_1x32xf32_32x2880x360xui32_32x2880x90xui8_32x2880x360xui32_32x2880x90xui8_32x2880x360xui32_32x2880x90xui8_32x2880xf32_32x2880xf32_32x2880xf32_7154339e831de982(%arg0: tensor<1x2880xf32> {mlxla.name = "arg0"}, %arg1: tensor<1x32xf32> {mlxla.name = "arg1"}, %arg2: tensor<32x2880x360xui32> {mlxla.name = "arg2"}, %arg3: tensor<32x2880x90xui8> {mlxla.name = "arg3"}, %arg4: tensor<32x2880x360xui32> {mlxla.name = "arg4"}, %arg5: tensor<32x2880x90xui8> {mlxla.name = "arg5"}, %arg6: tensor<32x2880x360xui32> {mlxla.name = "arg6"}, %arg7: tensor<32x2880x90xui8> {mlxla.name = "arg7"}, %arg8: tensor<32x2880xf32> {mlxla.name = "arg8"}, %arg9: tensor<32x2880xf32> {mlxla.name = "arg9"}, %arg10: tensor<32x2880xf32> {mlxla.name = "arg10"}) -> (tensor<1x2880xf32>) {
    %0 = stablehlo.iota dim = 1 : tensor<1x32xi32>
    %1 = stablehlo.constant dense<32> : tensor<1x32xi32>
    %2 = stablehlo.constant dense<0xFF800000> : tensor<1x32xf32>
    %3 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %4 = stablehlo.reduce(%arg1 init: %3) applies stablehlo.maximum across dimensions = [1] : (tensor<1x32xf32>, tensor<f32>) -> tensor<1xf32>
    %5 = stablehlo.broadcast_in_dim %4, dims = [0] : (tensor<1xf32>) -> tensor<1x32xf32>
    %6 = stablehlo.compare EQ, %arg1, %5 : (tensor<1x32xf32>, tensor<1x32xf32>) -> tensor<1x32xi1>
    %7 = stablehlo.select %6, %0, %1 : tensor<1x32xi1>, tensor<1x32xi32>
    %8 = stablehlo.constant dense<32> : tensor<i32>
    %9 = stablehlo.reduce(%7 init: %8) applies stablehlo.minimum across dimensions = [1] : (tensor<1x32xi32>, tensor<i32>) -> tensor<1xi32>
    %10 = stablehlo.broadcast_in_dim %9, dims = [0] : (tensor<1xi32>) -> tensor<1x32xi32>
    %11 = stablehlo.compare EQ, %0, %10 : (tensor<1x32xi32>, tensor<1x32xi32>) -> tensor<1x32xi1>
    %12 = stablehlo.select %11, %2, %arg1 : tensor<1x32xi1>, tensor<1x32xf32>
    %13 = stablehlo.select %11, %1, %0 : tensor<1x32xi1>, tensor<1x32xi32>
    %14 = stablehlo.reshape %4 : (tensor<1xf32>) -> tensor<1x1xf32>
    %15 = stablehlo.reshape %9 : (tensor<1xi32>) -> tensor<1x1xi32>
    %16 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %17 = stablehlo.reduce(%12 init: %16) applies stablehlo.maximum across dimensions = [1] : (tensor<1x32xf32>, tensor<f32>) -> tensor<1xf32>
    %18 = stablehlo.broadcast_in_dim %17, dims = [0] : (tensor<1xf32>) -> tensor<1x32xf32>
    %19 = stablehlo.compare EQ, %12, %18 : (tensor<1x32xf32>, tensor<1x32xf32>) -> tensor<1x32xi1>
    %20 = stablehlo.select %19, %13, %1 : tensor<1x32xi1>, tensor<1x32xi32>
    %21 = stablehlo.constant dense<32> : tensor<i32>
    %22 = stablehlo.reduce(%20 init: %21) applies stablehlo.minimum across dimensions = [1] : (tensor<1x32xi32>, tensor<i32>) -> tensor<1xi32>
    %23 = stablehlo.broadcast_in_dim %22, dims = [0] : (tensor<1xi32>) -> tensor<1x32xi32>
    %24 = stablehlo.compare EQ, %0, %23 : (tensor<1x32xi32>, tensor<1x32xi32>) -> tensor<1x32xi1>
    %25 = stablehlo.select %24, %2, %12 : tensor<1x32xi1>, tensor<1x32xf32>
    %26 = stablehlo.select %24, %1, %13 : tensor<1x32xi1>, tensor<1x32xi32>
    %27 = stablehlo.reshape %17 : (tensor<1xf32>) -> tensor<1x1xf32>
    %28 = stablehlo.reshape %22 : (tensor<1xi32>) -> tensor<1x1xi32>
    %29 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %30 = stablehlo.reduce(%25 init: %29) applies stablehlo.maximum across dimensions = [1] : (tensor<1x32xf32>, tensor<f32>) -> tensor<1xf32>
    %31 = stablehlo.broadcast_in_dim %30, dims = [0] : (tensor<1xf32>) -> tensor<1x32xf32>
    %32 = stablehlo.compare EQ, %25, %31 : (tensor<1x32xf32>, tensor<1x32xf32>) -> tensor<1x32xi1>
    %33 = stablehlo.select %32, %26, %1 : tensor<1x32xi1>, tensor<1x32xi32>
    %34 = stablehlo.constant dense<32> : tensor<i32>
    %35 = stablehlo.reduce(%33 init: %34) applies stablehlo.minimum across dimensions = [1] : (tensor<1x32xi32>, tensor<i32>) -> tensor<1xi32>
    %36 = stablehlo.broadcast_in_dim %35, dims = [0] : (tensor<1xi32>) -> tensor<1x32xi32>
    %37 = stablehlo.compare EQ, %0, %36 : (tensor<1x32xi32>, tensor<1x32xi32>) -> tensor<1x32xi1>
    %38 = stablehlo.select %37, %2, %25 : tensor<1x32xi1>, tensor<1x32xf32>
    %39 = stablehlo.select %37, %1, %26 : tensor<1x32xi1>, tensor<1x32xi32>
    %40 = stablehlo.reshape %30 : (tensor<1xf32>) -> tensor<1x1xf32>
    %41 = stablehlo.reshape %35 : (tensor<1xi32>) -> tensor<1x1xi32>
    %42 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %43 = stablehlo.reduce(%38 init: %42) applies stablehlo.maximum across dimensions = [1] : (tensor<1x32xf32>, tensor<f32>) -> tensor<1xf32>
    %44 = stablehlo.broadcast_in_dim %43, dims = [0] : (tensor<1xf32>) -> tensor<1x32xf32>
    %45 = stablehlo.compare EQ, %38, %44 : (tensor<1x32xf32>, tensor<1x32xf32>) -> tensor<1x32xi1>
    %46 = stablehlo.select %45, %39, %1 : tensor<1x32xi1>, tensor<1x32xi32>
    %47 = stablehlo.constant dense<32> : tensor<i32>
    %48 = stablehlo.reduce(%46 init: %47) applies stablehlo.minimum across dimensions = [1] : (tensor<1x32xi32>, tensor<i32>) -> tensor<1xi32>
    %49 = stablehlo.broadcast_in_dim %48, dims = [0] : (tensor<1xi32>) -> tensor<1x32xi32>
    %50 = stablehlo.compare EQ, %0, %49 : (tensor<1x32xi32>, tensor<1x32xi32>) -> tensor<1x32xi1>
    %51 = stablehlo.select %50, %2, %38 : tensor<1x32xi1>, tensor<1x32xf32>
    %52 = stablehlo.select %50, %1, %39 : tensor<1x32xi1>, tensor<1x32xi32>
    %53 = stablehlo.reshape %43 : (tensor<1xf32>) -> tensor<1x1xf32>
    %54 = stablehlo.reshape %48 : (tensor<1xi32>) -> tensor<1x1xi32>
    %55 = stablehlo.concatenate %14, %27, %40, %53, dim = 1 : (tensor<1x1xf32>, tensor<1x1xf32>, tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x4xf32>
    %56 = stablehlo.concatenate %15, %28, %41, %54, dim = 1 : (tensor<1x1xi32>, tensor<1x1xi32>, tensor<1x1xi32>, tensor<1x1xi32>) -> tensor<1x4xi32>
    %57 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %58 = stablehlo.reduce(%55 init: %57) applies stablehlo.maximum across dimensions = [1] : (tensor<1x4xf32>, tensor<f32>) -> tensor<1xf32>
    %59 = stablehlo.broadcast_in_dim %58, dims = [0] : (tensor<1xf32>) -> tensor<1x4xf32>
    %60 = stablehlo.subtract %55, %59 : tensor<1x4xf32>
    %61 = stablehlo.exponential %60 : tensor<1x4xf32>
    %62 = stablehlo.constant dense<0.0> : tensor<f32>
    %63 = stablehlo.reduce(%61 init: %62) applies stablehlo.add across dimensions = [1] : (tensor<1x4xf32>, tensor<f32>) -> tensor<1xf32>
    %64 = stablehlo.broadcast_in_dim %63, dims = [0] : (tensor<1xf32>) -> tensor<1x4xf32>
    %65 = stablehlo.divide %61, %64 : tensor<1x4xf32>
    %66 = stablehlo.reshape %56 : (tensor<1x4xi32>) -> tensor<4x1xi32>
    %67 = stablehlo.broadcast_in_dim %arg0, dims = [0, 2] : (tensor<1x2880xf32>) -> tensor<1x4x2880xf32>
    %68 = stablehlo.reshape %67 : (tensor<1x4x2880xf32>) -> tensor<4x2880xf32>
    %69 = "stablehlo.gather"(%arg2, %66) {dimension_numbers = #stablehlo.gather<offset_dims = [1, 2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 2880, 360>} : (tensor<32x2880x360xui32>, tensor<4x1xi32>) -> tensor<4x2880x360xui32>
    %70 = stablehlo.reshape %69 : (tensor<4x2880x360xui32>) -> tensor<11520x360xui32>
    %71 = "stablehlo.gather"(%arg3, %66) {dimension_numbers = #stablehlo.gather<offset_dims = [1, 2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 2880, 90>} : (tensor<32x2880x90xui8>, tensor<4x1xi32>) -> tensor<4x2880x90xui8>
    %72 = stablehlo.reshape %71 : (tensor<4x2880x90xui8>) -> tensor<11520x90xui8>
    %73 = stablehlo.convert %72 : (tensor<11520x90xui8>) -> tensor<11520x90xi32>
    %74 = stablehlo.reshape %73 : (tensor<11520x90xi32>) -> tensor<11520x90x1xi32>
    %75 = stablehlo.constant dense<[5.877472e-39, 1.1754944e-38, 2.3509887e-38, 4.7019774e-38, 9.403955e-38, 1.880791e-37, 3.761582e-37, 7.523164e-37, 1.5046328e-36, 3.0092655e-36, 6.018531e-36, 1.2037062e-35, 2.4074124e-35, 4.814825e-35, 9.62965e-35, 1.92593e-34, 3.85186e-34, 7.70372e-34, 1.540744e-33, 3.081488e-33, 6.162976e-33, 1.2325952e-32, 2.4651903e-32, 4.9303807e-32, 9.8607613e-32, 1.9721523e-31, 3.9443045e-31, 7.888609e-31, 1.5777218e-30, 3.1554436e-30, 6.3108872e-30, 1.2621775e-29, 2.524355e-29, 5.04871e-29, 1.009742e-28, 2.019484e-28, 4.038968e-28, 8.077936e-28, 1.6155871e-27, 3.2311743e-27, 6.4623485e-27, 1.2924697e-26, 2.5849394e-26, 5.169879e-26, 1.0339758e-25, 2.0679515e-25, 4.135903e-25, 8.271806e-25, 1.6543612e-24, 3.3087225e-24, 6.617445e-24, 1.323489e-23, 2.646978e-23, 5.293956e-23, 1.0587912e-22, 2.1175824e-22, 4.2351647e-22, 8.4703295e-22, 1.6940659e-21, 3.3881318e-21, 6.7762636e-21, 1.3552527e-20, 2.7105054e-20, 5.421011e-20, 1.0842022e-19, 2.1684043e-19, 4.3368087e-19, 8.6736174e-19, 1.7347235e-18, 3.469447e-18, 6.938894e-18, 1.3877788e-17, 2.7755576e-17, 5.551115e-17, 1.110223e-16, 2.220446e-16, 4.440892e-16, 8.881784e-16, 1.7763568e-15, 3.5527137e-15, 7.1054274e-15, 1.4210855e-14, 2.842171e-14, 5.684342e-14, 1.1368684e-13, 2.2737368e-13, 4.5474735e-13, 9.094947e-13, 1.8189894e-12, 3.637979e-12, 7.275958e-12, 1.4551915e-11, 2.910383e-11, 5.820766e-11, 1.1641532e-10, 2.3283064e-10, 4.656613e-10, 9.313226e-10, 1.8626451e-09, 3.7252903e-09, 7.450581e-09, 1.4901161e-08, 2.9802322e-08, 5.9604645e-08, 1.1920929e-07, 2.3841858e-07, 4.7683716e-07, 9.536743e-07, 1.9073486e-06, 3.8146973e-06, 7.6293945e-06, 1.5258789e-05, 3.0517578e-05, 6.1035156e-05, 0.00012207031, 0.00024414062, 0.00048828125, 0.0009765625, 0.001953125, 0.00390625, 0.0078125, 0.015625, 0.03125, 0.0625, 0.125, 0.25, 0.5, 1.0, 2.0, 4.0, 8.0, 16.0, 32.0, 64.0, 128.0, 256.0, 512.0, 1024.0, 2048.0, 4096.0, 8192.0, 16384.0, 32768.0, 65536.0, 131072.0, 262144.0, 524288.0, 1048576.0, 2097152.0, 4194304.0, 8388608.0, 16777216.0, 33554432.0, 67108864.0, 134217728.0, 268435456.0, 536870912.0, 1073741824.0, 2147483648.0, 4294967296.0, 8589934592.0, 17179869184.0, 34359738368.0, 68719476736.0, 137438953472.0, 274877906944.0, 549755813888.0, 1099511627776.0, 2199023255552.0, 4398046511104.0, 8.796093e+12, 1.7592186e+13, 3.5184372e+13, 7.0368744e+13, 1.4073749e+14, 2.8147498e+14, 5.6294995e+14, 1.1258999e+15, 2.2517998e+15, 4.5035996e+15, 9.007199e+15, 1.8014399e+16, 3.6028797e+16, 7.2057594e+16, 1.4411519e+17, 2.8823038e+17, 5.7646075e+17, 1.1529215e+18, 2.305843e+18, 4.611686e+18, 9.223372e+18, 1.8446744e+19, 3.689349e+19, 7.378698e+19, 1.4757395e+20, 2.951479e+20, 5.902958e+20, 1.1805916e+21, 2.3611832e+21, 4.7223665e+21, 9.444733e+21, 1.8889466e+22, 3.7778932e+22, 7.5557864e+22, 1.5111573e+23, 3.0223145e+23, 6.044629e+23, 1.2089258e+24, 2.4178516e+24, 4.8357033e+24, 9.671407e+24, 1.9342813e+25, 3.8685626e+25, 7.7371252e+25, 1.5474251e+26, 3.0948501e+26, 6.1897002e+26, 1.2379401e+27, 2.4758801e+27, 4.9517602e+27, 9.9035203e+27, 1.9807041e+28, 3.9614081e+28, 7.9228163e+28, 1.5845633e+29, 3.1691265e+29, 6.338253e+29, 1.2676506e+30, 2.5353012e+30, 5.0706024e+30, 1.0141205e+31, 2.028241e+31, 4.056482e+31, 8.112964e+31, 1.6225928e+32, 3.2451855e+32, 6.490371e+32, 1.2980742e+33, 2.5961484e+33, 5.192297e+33, 1.0384594e+34, 2.0769187e+34, 4.1538375e+34, 8.307675e+34, 1.661535e+35, 3.32307e+35, 6.64614e+35, 1.329228e+36, 2.658456e+36, 5.316912e+36, 1.0633824e+37, 2.1267648e+37, 4.2535296e+37, 8.507059e+37, 1.7014118e+38, 0x7F800000]> : tensor<256xf32>
    %76 = "stablehlo.gather"(%75, %74) {dimension_numbers = #stablehlo.gather<collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, indices_are_sorted = false, slice_sizes = array<i64: 1>} : (tensor<256xf32>, tensor<11520x90x1xi32>) -> tensor<11520x90xf32>
    %77 = stablehlo.broadcast_in_dim %70, dims = [0, 1] : (tensor<11520x360xui32>) -> tensor<11520x360x8xui32>
    %78 = stablehlo.constant dense<[0, 4, 8, 12, 16, 20, 24, 28]> : tensor<8xui32>
    %79 = stablehlo.broadcast_in_dim %78, dims = [2] : (tensor<8xui32>) -> tensor<11520x360x8xui32>
    %80 = stablehlo.shift_right_logical %77, %79 : tensor<11520x360x8xui32>
    %81 = stablehlo.constant dense<15> : tensor<11520x360x8xui32>
    %82 = stablehlo.and %80, %81 : tensor<11520x360x8xui32>
    %83 = stablehlo.reshape %82 : (tensor<11520x360x8xui32>) -> tensor<11520x2880x1xui32>
    %84 = stablehlo.convert %83 : (tensor<11520x2880x1xui32>) -> tensor<11520x2880x1xi32>
    %85 = stablehlo.constant dense<[0.0, 0.5, 1.0, 1.5, 2.0, 3.0, 4.0, 6.0, -0.0, -0.5, -1.0, -1.5, -2.0, -3.0, -4.0, -6.0]> : tensor<16xf32>
    %86 = "stablehlo.gather"(%85, %84) {dimension_numbers = #stablehlo.gather<collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, indices_are_sorted = false, slice_sizes = array<i64: 1>} : (tensor<16xf32>, tensor<11520x2880x1xi32>) -> tensor<11520x2880xf32>
    %87 = stablehlo.broadcast_in_dim %76, dims = [0, 1] : (tensor<11520x90xf32>) -> tensor<11520x90x32xf32>
    %88 = stablehlo.reshape %87 : (tensor<11520x90x32xf32>) -> tensor<11520x2880xf32>
    %89 = stablehlo.multiply %86, %88 : tensor<11520x2880xf32>
    %90 = stablehlo.reshape %89 : (tensor<11520x2880xf32>) -> tensor<4x2880x2880xf32>
    %91 = stablehlo.dot_general %68, %90, batching_dims = [0] x [0], contracting_dims = [1] x [2] : (tensor<4x2880xf32>, tensor<4x2880x2880xf32>) -> tensor<4x2880xf32>
    %92 = "stablehlo.gather"(%arg8, %66) {dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 2880>} : (tensor<32x2880xf32>, tensor<4x1xi32>) -> tensor<4x2880xf32>
    %93 = stablehlo.add %91, %92 : tensor<4x2880xf32>
    %94 = "stablehlo.gather"(%arg4, %66) {dimension_numbers = #stablehlo.gather<offset_dims = [1, 2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 2880, 360>} : (tensor<32x2880x360xui32>, tensor<4x1xi32>) -> tensor<4x2880x360xui32>
    %95 = stablehlo.reshape %94 : (tensor<4x2880x360xui32>) -> tensor<11520x360xui32>
    %96 = "stablehlo.gather"(%arg5, %66) {dimension_numbers = #stablehlo.gather<offset_dims = [1, 2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 2880, 90>} : (tensor<32x2880x90xui8>, tensor<4x1xi32>) -> tensor<4x2880x90xui8>
    %97 = stablehlo.reshape %96 : (tensor<4x2880x90xui8>) -> tensor<11520x90xui8>
    %98 = stablehlo.convert %97 : (tensor<11520x90xui8>) -> tensor<11520x90xi32>
    %99 = stablehlo.reshape %98 : (tensor<11520x90xi32>) -> tensor<11520x90x1xi32>
    %100 = stablehlo.constant dense<[5.877472e-39, 1.1754944e-38, 2.3509887e-38, 4.7019774e-38, 9.403955e-38, 1.880791e-37, 3.761582e-37, 7.523164e-37, 1.5046328e-36, 3.0092655e-36, 6.018531e-36, 1.2037062e-35, 2.4074124e-35, 4.814825e-35, 9.62965e-35, 1.92593e-34, 3.85186e-34, 7.70372e-34, 1.540744e-33, 3.081488e-33, 6.162976e-33, 1.2325952e-32, 2.4651903e-32, 4.9303807e-32, 9.8607613e-32, 1.9721523e-31, 3.9443045e-31, 7.888609e-31, 1.5777218e-30, 3.1554436e-30, 6.3108872e-30, 1.2621775e-29, 2.524355e-29, 5.04871e-29, 1.009742e-28, 2.019484e-28, 4.038968e-28, 8.077936e-28, 1.6155871e-27, 3.2311743e-27, 6.4623485e-27, 1.2924697e-26, 2.5849394e-26, 5.169879e-26, 1.0339758e-25, 2.0679515e-25, 4.135903e-25, 8.271806e-25, 1.6543612e-24, 3.3087225e-24, 6.617445e-24, 1.323489e-23, 2.646978e-23, 5.293956e-23, 1.0587912e-22, 2.1175824e-22, 4.2351647e-22, 8.4703295e-22, 1.6940659e-21, 3.3881318e-21, 6.7762636e-21, 1.3552527e-20, 2.7105054e-20, 5.421011e-20, 1.0842022e-19, 2.1684043e-19, 4.3368087e-19, 8.6736174e-19, 1.7347235e-18, 3.469447e-18, 6.938894e-18, 1.3877788e-17, 2.7755576e-17, 5.551115e-17, 1.110223e-16, 2.220446e-16, 4.440892e-16, 8.881784e-16, 1.7763568e-15, 3.5527137e-15, 7.1054274e-15, 1.4210855e-14, 2.842171e-14, 5.684342e-14, 1.1368684e-13, 2.2737368e-13, 4.5474735e-13, 9.094947e-13, 1.8189894e-12, 3.637979e-12, 7.275958e-12, 1.4551915e-11, 2.910383e-11, 5.820766e-11, 1.1641532e-10, 2.3283064e-10, 4.656613e-10, 9.313226e-10, 1.8626451e-09, 3.7252903e-09, 7.450581e-09, 1.4901161e-08, 2.9802322e-08, 5.9604645e-08, 1.1920929e-07, 2.3841858e-07, 4.7683716e-07, 9.536743e-07, 1.9073486e-06, 3.8146973e-06, 7.6293945e-06, 1.5258789e-05, 3.0517578e-05, 6.1035156e-05, 0.00012207031, 0.00024414062, 0.00048828125, 0.0009765625, 0.001953125, 0.00390625, 0.0078125, 0.015625, 0.03125, 0.0625, 0.125, 0.25, 0.5, 1.0, 2.0, 4.0, 8.0, 16.0, 32.0, 64.0, 128.0, 256.0, 512.0, 1024.0, 2048.0, 4096.0, 8192.0, 16384.0, 32768.0, 65536.0, 131072.0, 262144.0, 524288.0, 1048576.0, 2097152.0, 4194304.0, 8388608.0, 16777216.0, 33554432.0, 67108864.0, 134217728.0, 268435456.0, 536870912.0, 1073741824.0, 2147483648.0, 4294967296.0, 8589934592.0, 17179869184.0, 34359738368.0, 68719476736.0, 137438953472.0, 274877906944.0, 549755813888.0, 1099511627776.0, 2199023255552.0, 4398046511104.0, 8.796093e+12, 1.7592186e+13, 3.5184372e+13, 7.0368744e+13, 1.4073749e+14, 2.8147498e+14, 5.6294995e+14, 1.1258999e+15, 2.2517998e+15, 4.5035996e+15, 9.007199e+15, 1.8014399e+16, 3.6028797e+16, 7.2057594e+16, 1.4411519e+17, 2.8823038e+17, 5.7646075e+17, 1.1529215e+18, 2.305843e+18, 4.611686e+18, 9.223372e+18, 1.8446744e+19, 3.689349e+19, 7.378698e+19, 1.4757395e+20, 2.951479e+20, 5.902958e+20, 1.1805916e+21, 2.3611832e+21, 4.7223665e+21, 9.444733e+21, 1.8889466e+22, 3.7778932e+22, 7.5557864e+22, 1.5111573e+23, 3.0223145e+23, 6.044629e+23, 1.2089258e+24, 2.4178516e+24, 4.8357033e+24, 9.671407e+24, 1.9342813e+25, 3.8685626e+25, 7.7371252e+25, 1.5474251e+26, 3.0948501e+26, 6.1897002e+26, 1.2379401e+27, 2.4758801e+27, 4.9517602e+27, 9.9035203e+27, 1.9807041e+28, 3.9614081e+28, 7.9228163e+28, 1.5845633e+29, 3.1691265e+29, 6.338253e+29, 1.2676506e+30, 2.5353012e+30, 5.0706024e+30, 1.0141205e+31, 2.028241e+31, 4.056482e+31, 8.112964e+31, 1.6225928e+32, 3.2451855e+32, 6.490371e+32, 1.2980742e+33, 2.5961484e+33, 5.192297e+33, 1.0384594e+34, 2.0769187e+34, 4.1538375e+34, 8.307675e+34, 1.661535e+35, 3.32307e+35, 6.64614e+35, 1.329228e+36, 2.658456e+36, 5.316912e+36, 1.0633824e+37, 2.1267648e+37, 4.2535296e+37, 8.507059e+37, 1.7014118e+38, 0x7F800000]> : tensor<256xf32>
    %101 = "stablehlo.gather"(%100, %99) {dimension_numbers = #stablehlo.gather<collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, indices_are_sorted = false, slice_sizes = array<i64: 1>} : (tensor<256xf32>, tensor<11520x90x1xi32>) -> tensor<11520x90xf32>
    %102 = stablehlo.broadcast_in_dim %95, dims = [0, 1] : (tensor<11520x360xui32>) -> tensor<11520x360x8xui32>
    %103 = stablehlo.constant dense<[0, 4, 8, 12, 16, 20, 24, 28]> : tensor<8xui32>
    %104 = stablehlo.broadcast_in_dim %103, dims = [2] : (tensor<8xui32>) -> tensor<11520x360x8xui32>
    %105 = stablehlo.shift_right_logical %102, %104 : tensor<11520x360x8xui32>
    %106 = stablehlo.constant dense<15> : tensor<11520x360x8xui32>
    %107 = stablehlo.and %105, %106 : tensor<11520x360x8xui32>
    %108 = stablehlo.reshape %107 : (tensor<11520x360x8xui32>) -> tensor<11520x2880x1xui32>
    %109 = stablehlo.convert %108 : (tensor<11520x2880x1xui32>) -> tensor<11520x2880x1xi32>
    %110 = stablehlo.constant dense<[0.0, 0.5, 1.0, 1.5, 2.0, 3.0, 4.0, 6.0, -0.0, -0.5, -1.0, -1.5, -2.0, -3.0, -4.0, -6.0]> : tensor<16xf32>
    %111 = "stablehlo.gather"(%110, %109) {dimension_numbers = #stablehlo.gather<collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, indices_are_sorted = false, slice_sizes = array<i64: 1>} : (tensor<16xf32>, tensor<11520x2880x1xi32>) -> tensor<11520x2880xf32>
    %112 = stablehlo.broadcast_in_dim %101, dims = [0, 1] : (tensor<11520x90xf32>) -> tensor<11520x90x32xf32>
    %113 = stablehlo.reshape %112 : (tensor<11520x90x32xf32>) -> tensor<11520x2880xf32>
    %114 = stablehlo.multiply %111, %113 : tensor<11520x2880xf32>
    %115 = stablehlo.reshape %114 : (tensor<11520x2880xf32>) -> tensor<4x2880x2880xf32>
    %116 = stablehlo.dot_general %68, %115, batching_dims = [0] x [0], contracting_dims = [1] x [2] : (tensor<4x2880xf32>, tensor<4x2880x2880xf32>) -> tensor<4x2880xf32>
    %117 = "stablehlo.gather"(%arg9, %66) {dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 2880>} : (tensor<32x2880xf32>, tensor<4x1xi32>) -> tensor<4x2880xf32>
    %118 = stablehlo.add %116, %117 : tensor<4x2880xf32>
    %119 = stablehlo.constant dense<7.0> : tensor<4x2880xf32>
    %120 = stablehlo.constant dense<-7.0> : tensor<4x2880xf32>
    %121 = stablehlo.minimum %93, %119 : tensor<4x2880xf32>
    %122 = stablehlo.maximum %118, %120 : tensor<4x2880xf32>
    %123 = stablehlo.minimum %122, %119 : tensor<4x2880xf32>
    %124 = stablehlo.constant dense<1.702> : tensor<4x2880xf32>
    %125 = stablehlo.multiply %124, %121 : tensor<4x2880xf32>
    %126 = stablehlo.logistic %125 : tensor<4x2880xf32>
    %127 = stablehlo.multiply %121, %126 : tensor<4x2880xf32>
    %128 = stablehlo.constant dense<1.0> : tensor<4x2880xf32>
    %129 = stablehlo.add %123, %128 : tensor<4x2880xf32>
    %130 = stablehlo.multiply %127, %129 : tensor<4x2880xf32>
    %131 = "stablehlo.gather"(%arg6, %66) {dimension_numbers = #stablehlo.gather<offset_dims = [1, 2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 2880, 360>} : (tensor<32x2880x360xui32>, tensor<4x1xi32>) -> tensor<4x2880x360xui32>
    %132 = stablehlo.reshape %131 : (tensor<4x2880x360xui32>) -> tensor<11520x360xui32>
    %133 = "stablehlo.gather"(%arg7, %66) {dimension_numbers = #stablehlo.gather<offset_dims = [1, 2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 2880, 90>} : (tensor<32x2880x90xui8>, tensor<4x1xi32>) -> tensor<4x2880x90xui8>
    %134 = stablehlo.reshape %133 : (tensor<4x2880x90xui8>) -> tensor<11520x90xui8>
    %135 = stablehlo.convert %134 : (tensor<11520x90xui8>) -> tensor<11520x90xi32>
    %136 = stablehlo.reshape %135 : (tensor<11520x90xi32>) -> tensor<11520x90x1xi32>
    %137 = stablehlo.constant dense<[5.877472e-39, 1.1754944e-38, 2.3509887e-38, 4.7019774e-38, 9.403955e-38, 1.880791e-37, 3.761582e-37, 7.523164e-37, 1.5046328e-36, 3.0092655e-36, 6.018531e-36, 1.2037062e-35, 2.4074124e-35, 4.814825e-35, 9.62965e-35, 1.92593e-34, 3.85186e-34, 7.70372e-34, 1.540744e-33, 3.081488e-33, 6.162976e-33, 1.2325952e-32, 2.4651903e-32, 4.9303807e-32, 9.8607613e-32, 1.9721523e-31, 3.9443045e-31, 7.888609e-31, 1.5777218e-30, 3.1554436e-30, 6.3108872e-30, 1.2621775e-29, 2.524355e-29, 5.04871e-29, 1.009742e-28, 2.019484e-28, 4.038968e-28, 8.077936e-28, 1.6155871e-27, 3.2311743e-27, 6.4623485e-27, 1.2924697e-26, 2.5849394e-26, 5.169879e-26, 1.0339758e-25, 2.0679515e-25, 4.135903e-25, 8.271806e-25, 1.6543612e-24, 3.3087225e-24, 6.617445e-24, 1.323489e-23, 2.646978e-23, 5.293956e-23, 1.0587912e-22, 2.1175824e-22, 4.2351647e-22, 8.4703295e-22, 1.6940659e-21, 3.3881318e-21, 6.7762636e-21, 1.3552527e-20, 2.7105054e-20, 5.421011e-20, 1.0842022e-19, 2.1684043e-19, 4.3368087e-19, 8.6736174e-19, 1.7347235e-18, 3.469447e-18, 6.938894e-18, 1.3877788e-17, 2.7755576e-17, 5.551115e-17, 1.110223e-16, 2.220446e-16, 4.440892e-16, 8.881784e-16, 1.7763568e-15, 3.5527137e-15, 7.1054274e-15, 1.4210855e-14, 2.842171e-14, 5.684342e-14, 1.1368684e-13, 2.2737368e-13, 4.5474735e-13, 9.094947e-13, 1.8189894e-12, 3.637979e-12, 7.275958e-12, 1.4551915e-11, 2.910383e-11, 5.820766e-11, 1.1641532e-10, 2.3283064e-10, 4.656613e-10, 9.313226e-10, 1.8626451e-09, 3.7252903e-09, 7.450581e-09, 1.4901161e-08, 2.9802322e-08, 5.9604645e-08, 1.1920929e-07, 2.3841858e-07, 4.7683716e-07, 9.536743e-07, 1.9073486e-06, 3.8146973e-06, 7.6293945e-06, 1.5258789e-05, 3.0517578e-05, 6.1035156e-05, 0.00012207031, 0.00024414062, 0.00048828125, 0.0009765625, 0.001953125, 0.00390625, 0.0078125, 0.015625, 0.03125, 0.0625, 0.125, 0.25, 0.5, 1.0, 2.0, 4.0, 8.0, 16.0, 32.0, 64.0, 128.0, 256.0, 512.0, 1024.0, 2048.0, 4096.0, 8192.0, 16384.0, 32768.0, 65536.0, 131072.0, 262144.0, 524288.0, 1048576.0, 2097152.0, 4194304.0, 8388608.0, 16777216.0, 33554432.0, 67108864.0, 134217728.0, 268435456.0, 536870912.0, 1073741824.0, 2147483648.0, 4294967296.0, 8589934592.0, 17179869184.0, 34359738368.0, 68719476736.0, 137438953472.0, 274877906944.0, 549755813888.0, 1099511627776.0, 2199023255552.0, 4398046511104.0, 8.796093e+12, 1.7592186e+13, 3.5184372e+13, 7.0368744e+13, 1.4073749e+14, 2.8147498e+14, 5.6294995e+14, 1.1258999e+15, 2.2517998e+15, 4.5035996e+15, 9.007199e+15, 1.8014399e+16, 3.6028797e+16, 7.2057594e+16, 1.4411519e+17, 2.8823038e+17, 5.7646075e+17, 1.1529215e+18, 2.305843e+18, 4.611686e+18, 9.223372e+18, 1.8446744e+19, 3.689349e+19, 7.378698e+19, 1.4757395e+20, 2.951479e+20, 5.902958e+20, 1.1805916e+21, 2.3611832e+21, 4.7223665e+21, 9.444733e+21, 1.8889466e+22, 3.7778932e+22, 7.5557864e+22, 1.5111573e+23, 3.0223145e+23, 6.044629e+23, 1.2089258e+24, 2.4178516e+24, 4.8357033e+24, 9.671407e+24, 1.9342813e+25, 3.8685626e+25, 7.7371252e+25, 1.5474251e+26, 3.0948501e+26, 6.1897002e+26, 1.2379401e+27, 2.4758801e+27, 4.9517602e+27, 9.9035203e+27, 1.9807041e+28, 3.9614081e+28, 7.9228163e+28, 1.5845633e+29, 3.1691265e+29, 6.338253e+29, 1.2676506e+30, 2.5353012e+30, 5.0706024e+30, 1.0141205e+31, 2.028241e+31, 4.056482e+31, 8.112964e+31, 1.6225928e+32, 3.2451855e+32, 6.490371e+32, 1.2980742e+33, 2.5961484e+33, 5.192297e+33, 1.0384594e+34, 2.0769187e+34, 4.1538375e+34, 8.307675e+34, 1.661535e+35, 3.32307e+35, 6.64614e+35, 1.329228e+36, 2.658456e+36, 5.316912e+36, 1.0633824e+37, 2.1267648e+37, 4.2535296e+37, 8.507059e+37, 1.7014118e+38, 0x7F800000]> : tensor<256xf32>
    %138 = "stablehlo.gather"(%137, %136) {dimension_numbers = #stablehlo.gather<collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, indices_are_sorted = false, slice_sizes = array<i64: 1>} : (tensor<256xf32>, tensor<11520x90x1xi32>) -> tensor<11520x90xf32>
    %139 = stablehlo.broadcast_in_dim %132, dims = [0, 1] : (tensor<11520x360xui32>) -> tensor<11520x360x8xui32>
    %140 = stablehlo.constant dense<[0, 4, 8, 12, 16, 20, 24, 28]> : tensor<8xui32>
    %141 = stablehlo.broadcast_in_dim %140, dims = [2] : (tensor<8xui32>) -> tensor<11520x360x8xui32>
    %142 = stablehlo.shift_right_logical %139, %141 : tensor<11520x360x8xui32>
    %143 = stablehlo.constant dense<15> : tensor<11520x360x8xui32>
    %144 = stablehlo.and %142, %143 : tensor<11520x360x8xui32>
    %145 = stablehlo.reshape %144 : (tensor<11520x360x8xui32>) -> tensor<11520x2880x1xui32>
    %146 = stablehlo.convert %145 : (tensor<11520x2880x1xui32>) -> tensor<11520x2880x1xi32>
    %147 = stablehlo.constant dense<[0.0, 0.5, 1.0, 1.5, 2.0, 3.0, 4.0, 6.0, -0.0, -0.5, -1.0, -1.5, -2.0, -3.0, -4.0, -6.0]> : tensor<16xf32>
    %148 = "stablehlo.gather"(%147, %146) {dimension_numbers = #stablehlo.gather<collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, indices_are_sorted = false, slice_sizes = array<i64: 1>} : (tensor<16xf32>, tensor<11520x2880x1xi32>) -> tensor<11520x2880xf32>
    %149 = stablehlo.broadcast_in_dim %138, dims = [0, 1] : (tensor<11520x90xf32>) -> tensor<11520x90x32xf32>
    %150 = stablehlo.reshape %149 : (tensor<11520x90x32xf32>) -> tensor<11520x2880xf32>
    %151 = stablehlo.multiply %148, %150 : tensor<11520x2880xf32>
    %152 = stablehlo.reshape %151 : (tensor<11520x2880xf32>) -> tensor<4x2880x2880xf32>
    %153 = stablehlo.dot_general %130, %152, batching_dims = [0] x [0], contracting_dims = [1] x [2] : (tensor<4x2880xf32>, tensor<4x2880x2880xf32>) -> tensor<4x2880xf32>
    %154 = "stablehlo.gather"(%arg10, %66) {dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 2880>} : (tensor<32x2880xf32>, tensor<4x1xi32>) -> tensor<4x2880xf32>
    %155 = stablehlo.add %153, %154 : tensor<4x2880xf32>
    %156 = stablehlo.reshape %65 : (tensor<1x4xf32>) -> tensor<4xf32>
    %157 = stablehlo.broadcast_in_dim %156, dims = [0] : (tensor<4xf32>) -> tensor<4x2880xf32>
    %158 = stablehlo.multiply %155, %157 : tensor<4x2880xf32>
    %159 = stablehlo.reshape %158 : (tensor<4x2880xf32>) -> tensor<1x4x2880xf32>
    %160 = stablehlo.constant dense<0.0> : tensor<f32>
    %161 = stablehlo.reduce(%159 init: %160) applies stablehlo.add across dimensions = [1] : (tensor<1x4x2880xf32>, tensor<f32>) -> tensor<1x2880xf32>
    return %161 : tensor<1x2880xf32>
  }
  func.func private @mlxla_attention_1x64x64xf32_256x8x64xf16_256x8x64xf16_1xi32_i32_64xf32_d54bb49fca62a40e(%arg0: tensor<1x64x64xf32> {mlxla.name = "arg0"}, %arg1: tensor<256x8x64xf16> {mlxla.name = "arg1"}, %arg2: tensor<256x8x64xf16> {mlxla.name = "arg2"}, %arg3: tensor<1xi32> {mlxla.name = "arg3"}, %arg4: tensor<i32> {mlxla.name = "arg4"}, %arg5: tensor<64xf32> {mlxla.name = "arg5"}) -> (tensor<1x64x64xf32>) {
    %0 = stablehlo.reshape %arg0 : (tensor<1x64x64xf32>) -> tensor<1x8x8x64xf32>
    %1 = stablehlo.convert %arg1 : (tensor<256x8x64xf16>) -> tensor<256x8x64xf32>
    %2 = stablehlo.convert %arg2 : (tensor<256x8x64xf16>) -> tensor<256x8x64xf32>
    %3 = stablehlo.dot_general %0, %1, batching_dims = [1] x [1], contracting_dims = [3] x [2] : (tensor<1x8x8x64xf32>, tensor<256x8x64xf32>) -> tensor<8x1x8x256xf32>
    %4 = stablehlo.constant dense<0.125> : tensor<8x1x8x256xf32>
    %5 = stablehlo.multiply %3, %4 : tensor<8x1x8x256xf32>
    %6 = stablehlo.constant dense<1> : tensor<1xi32>
    %7 = stablehlo.add %arg3, %6 : tensor<1xi32>
    %8 = stablehlo.broadcast_in_dim %arg4, dims = [] : (tensor<i32>) -> tensor<1xi32>
    %9 = stablehlo.minimum %7, %8 : tensor<1xi32>
    %10 = stablehlo.iota dim = 3 : tensor<8x1x8x256xi32>
    %11 = stablehlo.broadcast_in_dim %9, dims = [1] : (tensor<1xi32>) -> tensor<8x1x8x256xi32>
    %12 = stablehlo.compare LT, %10, %11 : (tensor<8x1x8x256xi32>, tensor<8x1x8x256xi32>) -> tensor<8x1x8x256xi1>
    %13 = stablehlo.constant dense<-3.4028235e+38> : tensor<8x1x8x256xf32>
    %14 = stablehlo.select %12, %5, %13 : tensor<8x1x8x256xi1>, tensor<8x1x8x256xf32>
    %15 = stablehlo.reshape %arg5 : (tensor<64xf32>) -> tensor<8x8xf32>
    %16 = stablehlo.broadcast_in_dim %15, dims = [0, 2] : (tensor<8x8xf32>) -> tensor<8x1x8x1xf32>
    %17 = stablehlo.concatenate %16, %14, dim = 3 : (tensor<8x1x8x1xf32>, tensor<8x1x8x256xf32>) -> tensor<8x1x8x257xf32>
    %18 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %19 = stablehlo.reduce(%17 init: %18) applies stablehlo.maximum across dimensions = [3] : (tensor<8x1x8x257xf32>, tensor<f32>) -> tensor<8x1x8xf32>
    %20 = stablehlo.broadcast_in_dim %19, dims = [0, 1, 2] : (tensor<8x1x8xf32>) -> tensor<8x1x8x257xf32>
    %21 = stablehlo.subtract %17, %20 : tensor<8x1x8x257xf32>
    %22 = stablehlo.exponential %21 : tensor<8x1x8x257xf32>
    %23 = stablehlo.constant dense<0.0> : tensor<f32>
    %24 = stablehlo.reduce(%22 init: %23) applies stablehlo.add across dimensions = [3] : (tensor<8x1x8x257xf32>, tensor<f32>) -> tensor<8x1x8xf32>
    %25 = stablehlo.broadcast_in_dim %24, dims = [0, 1, 2] : (tensor<8x1x8xf32>) -> tensor<8x1x8x257xf32>
    %26 = stablehlo.divide %22, %25 : tensor<8x1x8x257xf32>
    %27 = stablehlo.slice %26 [0:8, 0:1, 0:8, 1:257] : (tensor<8x1x8x257xf32>) -> tensor<8x1x8x256xf32>
    %28 = stablehlo.dot_general %27, %2, batching_dims = [0] x [1], contracting_dims = [3] x [0] : (tensor<8x1x8x256xf32>, tensor<256x8x64xf32>) -> tensor<8x1x8x64xf32>
    %29 = stablehlo.transpose %28, dims = [1, 0, 2, 3] : (tensor<8x1x8x64xf32>) -> tensor<1x8x8x64xf32>
    %30 = stablehlo.reshape %29 : (tensor<1x8x8x64xf32>) -> tensor<1x64x64xf32>
    return %30 : tensor<1x64x64xf32>
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
