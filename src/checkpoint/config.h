// The model configuration of a Llama-family checkpoint (config.json + generation_config.json),
// including MLX's `quantization` block with its per-layer overrides. Parsing validates everything.
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "mlxla/result.h"

namespace mlxla::checkpoint {

/// Architecture families mlxla emits graphs for: pre-norm decoder-only transformers with
/// RMSNorm, RoPE, grouped-query attention and a gated MLP. What each one is, block by block,
/// is written in model/families.cpp (docs/ARCHITECTURES.md).
enum class ModelFamily {
  kLlama,
  kMistral,
  kQwen2,
  kQwen3,
  kPhi3,
  kGemma2,
  kGemma3,
  kQwen3Moe,
  kMixtral,
  kGptOss
};

/// "llama", "mistral", "qwen2", "qwen3", "phi3", "gemma2", "gemma3_text", "qwen3_moe",
/// "mixtral", "gpt_oss".
std::string_view family_name(ModelFamily family);

/// RoPE frequency scaling (`rope_scaling.rope_type`, or `type`). "default" (or no rope_scaling)
/// is kNone; "su" is kLongrope.
enum class RopeScalingType { kNone, kLinear, kDynamic, kLlama3, kYarn, kLongrope };

/// "none", "linear", "dynamic", "llama3", "yarn", "longrope".
std::string_view rope_scaling_type_name(RopeScalingType type);

/// The `rope_scaling` block; each field matters only for the types that use it.
struct RopeScaling {
  RopeScalingType type = RopeScalingType::kNone;
  double factor = 1.0;                              ///< linear, dynamic, llama3, yarn
  double low_freq_factor = 1.0;                     ///< llama3
  double high_freq_factor = 4.0;                    ///< llama3
  int64_t original_max_position_embeddings = 8192;  ///< llama3, yarn, longrope
  double beta_fast = 32.0;                          ///< yarn
  double beta_slow = 1.0;                           ///< yarn
  double mscale = 1.0;                              ///< yarn
  double mscale_all_dim = 0.0;                      ///< yarn
  std::vector<double> long_factor;                  ///< longrope: one per rotated frequency
  double long_mscale = 0.0;                         ///< longrope (0: derived)
};

/// The gated MLP's activation: silu (SwiGLU) or the tanh approximation of GELU (mlx-lm's
/// gelu_approx, used by every Gemma whatever `hidden_act` says).
enum class Activation { kSilu, kGeluTanh };

/// MLX's quantization modes: affine (codes * scale + bias) or one of the floating-point modes
/// (E2M1 or E4M3 codes times a shared power-of-two or E4M3 scale, no bias).
enum class QuantMode { kAffine, kMxfp4, kNvfp4, kMxfp8 };
/// "affine", "mxfp4", "nvfp4", "mxfp8".
std::string_view quant_mode_name(QuantMode mode);

/// How one linear layer (or embedding) is quantized: `bits` per weight in groups of
/// `group_size` consecutive input elements. Affine: each group has a scale and a bias (f32, f16
/// or bf16). fp modes: each group has one uint8 scale (mxfp4 4/32, nvfp4 4/16, mxfp8 8/32).
struct QuantSpec {
  int bits = 4;         ///< affine: one of 2, 3, 4, 5, 6, 8
  int group_size = 64;  ///< affine: one of 32, 64, 128
  QuantMode mode = QuantMode::kAffine;
  bool operator==(const QuantSpec&) const = default;
};

/// How a mixture-of-experts layer turns router logits into expert weights (mlx-lm).
enum class MoeRouting {
  /// qwen3_moe: softmax over all experts (f32), the top k probabilities, divided by their sum
  /// when `norm_topk_prob`.
  kSoftmaxThenTopK,
  /// mixtral: the top k raw logits, then a softmax over those k.
  kTopKThenSoftmax,
};

/// The mixture-of-experts fields of qwen3_moe (`num_experts`, `num_experts_per_tok`,
/// `moe_intermediate_size`, `decoder_sparse_step`, `mlp_only_layers`, `norm_topk_prob`) and
/// mixtral (`num_local_experts`, `num_experts_per_tok`; experts of `intermediate_size`).
struct MoeConfig {
  int64_t experts = 0;              ///< E, experts per sparse layer
  int64_t top_k = 0;                ///< k experts per token, 1 <= k <= E
  int64_t expert_intermediate = 0;  ///< rows of each expert's gate/up projection
  MoeRouting routing = MoeRouting::kSoftmaxThenTopK;
  bool norm_topk_prob = false;  ///< kSoftmaxThenTopK: renormalise the k probabilities
  /// Per layer: routed experts (true) or the dense MLP of `intermediate_size` (false).
  std::vector<bool> layer_sparse;
  /// Module names inside a layer: "mlp" (qwen3_moe, gpt_oss) or "block_sparse_moe" (mixtral).
  std::string block = "mlp";
  /// The router's and the stacked experts' names inside the block: "gate" and "switch_mlp"
  /// (qwen3_moe, mixtral), "router" and "experts" (gpt_oss).
  std::string router = "gate";
  std::string experts_name = "switch_mlp";
  /// gpt_oss: the router and every expert projection carry an additive bias (experts: [E, out]).
  bool biases = false;
  /// gpt_oss: the clamped SwiGLU of gpt_oss.py, (min(g, limit) * sigmoid(alpha * min(g, limit)))
  /// * (clip(u, -limit, limit) + 1), alpha 1.702 and limit 7.0 as mlx-lm hard-codes them.
  bool clamped_swiglu = false;
};

/// The `quantization` block (or `quantization_config` when the former is absent).
struct QuantizationConfig {
  QuantSpec defaults;
  /// Per-module overrides keyed by module path ("model.layers.0.mlp.down_proj"):
  /// a spec, or nullopt when the config says `false` (the module stays float).
  std::map<std::string, std::optional<QuantSpec>, std::less<>> overrides;
};

/// Everything the emitter and the loader need to know about the architecture.
struct ModelConfig {
  ModelFamily family = ModelFamily::kLlama;
  std::string model_type;  ///< as written in config.json

  int64_t hidden_size = 0;
  int64_t intermediate_size = 0;
  int64_t num_hidden_layers = 0;
  int64_t num_attention_heads = 0;
  int64_t num_key_value_heads = 0;  ///< defaults to num_attention_heads
  int64_t head_dim = 0;             ///< defaults to hidden_size / num_attention_heads
  int64_t vocab_size = 0;
  int64_t max_position_embeddings = 0;  ///< 0 when the config does not say

  double rms_norm_eps = 1e-6;
  double rope_theta = 10000.0;
  RopeScaling rope_scaling;
  bool rope_traditional = false;       ///< `rope_traditional`: rotate pairs (2i, 2i+1)
  double partial_rotary_factor = 1.0;  ///< rotated share of head_dim (Phi-4-mini: 0.75)
  int64_t rotary_dim = 0;              ///< head_dim * partial_rotary_factor (even)
  /// The `sliding_window` value as written (whether layers use it is `layer_sliding`).
  std::optional<int64_t> sliding_window;
  /// Per layer: attends through the sliding window (gemma3 by `sliding_window_pattern`,
  /// llama/mistral by `layer_types` == "sliding_attention"). Empty: no layer does.
  std::vector<bool> layer_sliding;
  int64_t sliding_window_pattern = 0;     ///< gemma3 (0 when absent)
  double rope_local_base_freq = 10000.0;  ///< gemma3: RoPE base of the sliding layers

  Activation activation = Activation::kSilu;
  /// Attention scale: query_pre_attn_scalar^-0.5 (Gemma), else head_dim^-0.5.
  std::optional<double> query_pre_attn_scalar;
  std::optional<double> attn_logit_softcapping;   ///< gemma2: tanh(s / c) * c on scores
  std::optional<double> final_logit_softcapping;  ///< gemma2: tanh(l / c) * c on logits
  /// Checkpoint tensor names start with this ("language_model." for the gemma3 wrapper).
  std::string tensor_prefix;
  /// gemma3 (multimodal wrapper): its vision tower and projector are present but not run.
  bool has_vision_tower = false;

  bool tie_word_embeddings = false;  ///< HF default is false for all four families
  bool attention_bias = false;       ///< q/k/v/o projections carry biases (config `attention_bias`)
  bool mlp_bias = false;             ///< gate/up/down projections carry biases (config `mlp_bias`)
  bool has_qkv_bias = false;         ///< q/k/v carry biases: attention_bias, or always for qwen2
  bool has_o_bias = false;           ///< o_proj carries a bias: attention_bias (not qwen2)
  bool fused_qkv = false;            ///< Phi-3: one `self_attn.qkv_proj` instead of q/k/v
  bool fused_gate_up = false;        ///< Phi-3: one `mlp.gate_up_proj` instead of gate/up

  std::optional<int64_t> bos_token_id;
  std::vector<int64_t> eos_token_ids;  ///< `eos_token_id` as int or list; may be empty
  std::string torch_dtype;             ///< informational ("float32", "bfloat16", ... or empty)

  /// Present for the mixture-of-experts families (qwen3_moe, mixtral, gpt_oss).
  std::optional<MoeConfig> moe;
  /// gpt_oss: every attention head has a learned sink logit (`self_attn.sinks` [heads]).
  bool attention_sinks = false;

  /// Present when the checkpoint is MLX-quantized.
  std::optional<QuantizationConfig> quantization;

  /// The quantization of `module_path` (e.g. "model.layers.3.self_attn.q_proj"): its override if
  /// any, else the default; nullopt when the model is not quantized or the override is `false`.
  /// Whether the checkpoint really holds packed weights is decided by the tensors (see
  /// quantized_layer.h): mlx_lm leaves modules whose input size the group does not divide float.
  std::optional<QuantSpec> quantization_for(std::string_view module_path) const;
};

/// Parses config.json text. `display_name` names the file in errors.
Result<ModelConfig> parse_model_config(std::string_view json_text,
                                       const std::string& display_name = "config.json");

/// Applies generation_config.json text: its bos_token_id / eos_token_id, when present, replace
/// the config's.
Status apply_generation_config(ModelConfig& config, std::string_view json_text,
                               const std::string& display_name = "generation_config.json");

/// Reads `model_dir/config.json` and, when it exists, `model_dir/generation_config.json`.
Result<ModelConfig> load_model_config(const std::filesystem::path& model_dir);

}  // namespace mlxla::checkpoint
