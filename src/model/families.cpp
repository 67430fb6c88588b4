// The families, one short description each, following mlx-lm's mlx_lm/models/<family>.py
// (docs/ARCHITECTURES.md says where that differs from Hugging Face).
#include "model/architecture.h"

#include <cmath>

#include "quant/half.h"

namespace mlxla::model {
namespace {

using checkpoint::ModelConfig;
using checkpoint::ModelFamily;

graph::RopeScaling rope_scaling_of(checkpoint::RopeScalingType type) {
  switch (type) {
    case checkpoint::RopeScalingType::kNone:
      return graph::RopeScaling::kNone;
    case checkpoint::RopeScalingType::kLinear:
      return graph::RopeScaling::kLinear;
    case checkpoint::RopeScalingType::kDynamic:
      return graph::RopeScaling::kDynamic;
    case checkpoint::RopeScalingType::kLlama3:
      return graph::RopeScaling::kLlama3;
    case checkpoint::RopeScalingType::kYarn:
      return graph::RopeScaling::kYarn;
    case checkpoint::RopeScalingType::kLongrope:
      return graph::RopeScaling::kLongrope;
  }
  return graph::RopeScaling::kNone;
}

// What every family shares: plain RMSNorm, head_dim^-0.5, one RoPE for all layers, windows
// where the config's layer_types put them.
Architecture base(const ModelConfig& c) {
  Architecture a;
  a.norm_eps = c.rms_norm_eps;
  a.attention.scale = 1.0 / std::sqrt(static_cast<double>(c.head_dim));
  a.attention.fused_qkv = c.fused_qkv;
  a.mlp.fused_gate_up = c.fused_gate_up;
  a.mlp.activation = c.activation;
  a.tied_head = c.tie_word_embeddings;
  a.tensor_prefix = c.tensor_prefix;
  for (int64_t i = 0; i < c.num_hidden_layers; ++i) {
    const bool sliding = !c.layer_sliding.empty() && c.layer_sliding[static_cast<size_t>(i)];
    a.layers.push_back({global_rope(c), sliding ? c.sliding_window.value_or(0) : 0});
  }
  return a;
}

// llama, mistral, qwen2, phi3: the base as it is (biases and fused projections are per-module
// formats, not blocks).
Architecture llama(const ModelConfig& c) {
  return base(c);
}

// qwen3: per-head RMSNorm of q and k before RoPE.
Architecture qwen3(const ModelConfig& c) {
  Architecture a = base(c);
  a.attention.qk_norm = true;
  return a;
}

// Shared by Gemma 2 and 3: x * (1 + w) norms, four per block, GELU-tanh MLP,
// query_pre_attn_scalar^-0.5.
Architecture gemma_common(const ModelConfig& c) {
  Architecture a = base(c);
  a.norm = NormKind::kPlusOne;
  a.sandwich_norms = true;
  a.attention.scale =
      1.0 / std::sqrt(c.query_pre_attn_scalar.value_or(static_cast<double>(c.head_dim)));
  return a;
}

// gemma2: soft caps on attention scores and logits; embeddings * sqrt(hidden) (in f32: mlx-lm
// multiplies by a Python float); every layer global (mlx-lm has no window for gemma2).
Architecture gemma2(const ModelConfig& c) {
  Architecture a = gemma_common(c);
  a.embed_scale = static_cast<float>(std::sqrt(static_cast<double>(c.hidden_size)));
  a.attention.softcap = c.attn_logit_softcapping.value_or(0.0);
  a.final_softcap = c.final_logit_softcapping.value_or(0.0);
  return a;
}

// gemma3_text: q/k norms (1 + w), embeddings * sqrt(hidden) rounded to bf16, sliding layers with
// their own RoPE base (no scaling), every sliding_window_pattern-th layer global.
Architecture gemma3(const ModelConfig& c) {
  Architecture a = gemma_common(c);
  a.attention.qk_norm = true;
  a.embed_scale = quant::bf16_to_f32(
      quant::f32_to_bf16(static_cast<float>(std::sqrt(static_cast<double>(c.hidden_size)))));
  for (LayerAttention& layer : a.layers) {
    if (layer.window == 0) continue;
    layer.rope = graph::RopeAttrs{};
    layer.rope.theta = c.rope_local_base_freq;
  }
  return a;
}

// mlx-lm's qwen3_moe.py and mixtral.py build a plain nn.RoPE(head_dim, base=rope_theta): no
// rope_scaling, the full head rotated. Only mixtral passes rope_traditional on.
void use_plain_rope(Architecture& a, const ModelConfig& c, bool traditional) {
  graph::RopeAttrs r;
  r.theta = c.rope_theta;
  r.traditional = traditional;
  r.max_position_embeddings = c.max_position_embeddings;
  for (LayerAttention& layer : a.layers) layer.rope = r;
}

// qwen3_moe: qwen3's attention (q/k norms); routed experts on the sparse layers, softmax over
// all experts then top-k (qwen3_moe.py); RoPE always rotates halves, never scaled.
Architecture qwen3_moe(const ModelConfig& c) {
  Architecture a = qwen3(c);
  use_plain_rope(a, c, false);
  a.moe = c.moe;
  return a;
}

// mixtral: llama's blocks; every layer routed, top-k logits then softmax over them (mixtral.py);
// RoPE honours rope_traditional but never rope_scaling.
Architecture mixtral(const ModelConfig& c) {
  Architecture a = llama(c);
  use_plain_rope(a, c, c.rope_traditional);
  a.moe = c.moe;
  return a;
}

// gpt_oss: q/k/v/o biases (per-module formats), per-head attention sinks, sliding layers by
// layer_types (windows from the base), YaRN RoPE as rope_utils.initialize_rope builds it
// (traditional false whatever the config says), every layer routed: the biased router's top k
// logits then a softmax over them, biased experts with the clamped SwiGLU (gpt_oss.py).
Architecture gpt_oss(const ModelConfig& c) {
  Architecture a = base(c);
  a.attention.sinks = true;
  for (LayerAttention& layer : a.layers) layer.rope.traditional = false;
  a.moe = c.moe;
  return a;
}

}  // namespace

graph::RopeAttrs global_rope(const ModelConfig& c) {
  const checkpoint::RopeScaling& s = c.rope_scaling;
  graph::RopeAttrs r;
  r.theta = c.rope_theta;
  r.scaling = rope_scaling_of(s.type);
  r.rotary_dim = c.rotary_dim == c.head_dim ? 0 : c.rotary_dim;
  // mlx-lm's SuScaledRoPE always rotates halves; every other RoPE honours rope_traditional.
  r.traditional = c.rope_traditional && s.type != checkpoint::RopeScalingType::kLongrope;
  r.factor = s.factor;
  r.low_freq_factor = s.low_freq_factor;
  r.high_freq_factor = s.high_freq_factor;
  r.original_max_position_embeddings = s.original_max_position_embeddings;
  r.beta_fast = s.beta_fast;
  r.beta_slow = s.beta_slow;
  r.mscale = s.mscale;
  r.mscale_all_dim = s.mscale_all_dim;
  r.long_factor = s.long_factor;
  r.long_mscale = s.long_mscale;
  r.max_position_embeddings = c.max_position_embeddings;
  return r;
}

Result<Architecture> describe(const ModelConfig& config) {
  switch (config.family) {
    case ModelFamily::kLlama:
    case ModelFamily::kMistral:
    case ModelFamily::kQwen2:
    case ModelFamily::kPhi3:
      return llama(config);
    case ModelFamily::kQwen3:
      return qwen3(config);
    case ModelFamily::kGemma2:
      return gemma2(config);
    case ModelFamily::kGemma3:
      return gemma3(config);
    case ModelFamily::kQwen3Moe:
      return qwen3_moe(config);
    case ModelFamily::kMixtral:
      return mixtral(config);
    case ModelFamily::kGptOss:
      return gpt_oss(config);
  }
  return unsupported("model config: unknown family");
}

}  // namespace mlxla::model
