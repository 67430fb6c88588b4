// An architecture description: what a model family *is*, as a choice of shared blocks (norm
// kind, attention with its q/k norm, RoPE and window, gated MLP with its activation, embedding
// scale, logit cap). families.cpp writes one per family; the emitter only assembles blocks.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "checkpoint/config.h"
#include "graph/composite_attrs.h"
#include "mlxla/result.h"

namespace mlxla::model {

/// RMSNorm weight use: x * w (Llama) or x * (1 + w) (Gemma; applied to the weight at load).
enum class NormKind { kPlain, kPlusOne };

/// The attention block of every layer.
struct AttentionBlock {
  bool fused_qkv = false;  ///< one `qkv_proj` (Phi-3) instead of q/k/v
  bool qk_norm = false;    ///< RMSNorm over each head of q and k before RoPE (Qwen3, Gemma 3)
  double scale = 1.0;      ///< on q.k
  double softcap = 0.0;    ///< > 0: tanh(s / cap) * cap on the scores (Gemma 2)
  bool sinks = false;      ///< a learned sink logit per head, `self_attn.sinks` (gpt_oss)
};

/// What differs from layer to layer: the RoPE and the window (0: global attention).
struct LayerAttention {
  graph::RopeAttrs rope;
  int64_t window = 0;
};

/// The gated MLP: down(act(gate(h)) * up(h)).
struct MlpBlock {
  bool fused_gate_up = false;  ///< one `gate_up_proj` (Phi-3)
  checkpoint::Activation activation = checkpoint::Activation::kSilu;
};

struct Architecture {
  NormKind norm = NormKind::kPlain;
  double norm_eps = 1e-6;
  /// Gemma's four norms per block: the attention and MLP outputs are normed too
  /// (post_attention_layernorm, pre/post_feedforward_layernorm) before each residual add.
  bool sandwich_norms = false;
  float embed_scale = 1.0f;  ///< embeddings * this (Gemma: sqrt(hidden)), 1: none
  AttentionBlock attention;
  std::vector<LayerAttention> layers;
  MlpBlock mlp;
  double final_softcap = 0.0;  ///< > 0: tanh(logits / cap) * cap (Gemma 2)
  bool tied_head = false;      ///< logits from the embedding table
  /// Mixture-of-experts layers (qwen3_moe, mixtral, gpt_oss): a router and routed experts replace
  /// the MLP where `moe->layer_sparse` says so.
  std::optional<checkpoint::MoeConfig> moe;
  std::string tensor_prefix;  ///< prepended to every checkpoint tensor name
};

/// The description of `config`'s family (errors name the config field at fault).
Result<Architecture> describe(const checkpoint::ModelConfig& config);

/// The global RoPE of a config (rope_theta, rope_scaling, partial rotary, traditional).
graph::RopeAttrs global_rope(const checkpoint::ModelConfig& config);

}  // namespace mlxla::model
