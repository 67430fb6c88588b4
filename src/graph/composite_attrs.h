// Typed attributes of the mlxla composites: one struct per composite, `encode` to the printed
// attribute dictionary and a Result-returning `decode` that names the composite and the field.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "graph/ir.h"
#include "mlxla/result.h"

namespace mlxla::graph {

inline constexpr std::string_view kQuantizedDotName = "mlxla.quantized_dot";
inline constexpr std::string_view kFpQuantizedDotName = "mlxla.fp_quantized_dot";
inline constexpr std::string_view kRmsNormName = "mlxla.rms_norm";
inline constexpr std::string_view kRopeName = "mlxla.rope";
inline constexpr std::string_view kAttentionName = "mlxla.attention";
inline constexpr std::string_view kWindowAttentionName = "mlxla.window_attention";
inline constexpr std::string_view kArgmaxName = "mlxla.argmax";
inline constexpr std::string_view kMoeName = "mlxla.moe";

using AttributeMap = std::map<std::string, Attribute>;

/// Attributes of mlxla.quantized_dot. `precision` is the element type both dot_general inputs
/// are narrowed to (kF32, kF16 or kBF16); the result is always f32.
struct QuantizedDotAttrs {
  int bits = 4;         ///< 2..8
  int group_size = 64;  ///< elements per scale/bias group along K; a multiple of 32
  ElementType precision = ElementType::kF32;
};

/// Attributes of mlxla.rms_norm.
struct RmsNormAttrs {
  double epsilon = 1e-6;
};

/// RoPE frequency scaling (Hugging Face `rope_type`, as mlx-lm's rope_utils builds it).
enum class RopeScaling : uint8_t { kNone, kLinear, kLlama3, kYarn, kLongrope, kDynamic };

/// "none", "linear", "llama3", "yarn", "longrope", "dynamic".
std::string_view rope_scaling_name(RopeScaling scaling);

/// Attributes of mlxla.rope. Fields matter only for the scalings that name them.
struct RopeAttrs {
  double theta = 10000.0;
  RopeScaling scaling = RopeScaling::kNone;
  int64_t rotary_dim = 0;    ///< leading dims rotated (partial rotary); 0 = all of head_dim
  bool traditional = false;  ///< rotate pairs (2i, 2i+1) instead of halves (i, i + r/2)
  double factor = 1.0;       ///< linear (positions / factor), llama3, yarn, dynamic
  // llama3
  double low_freq_factor = 1.0;
  double high_freq_factor = 4.0;
  int64_t original_max_position_embeddings = 8192;  ///< llama3, yarn, longrope
  // yarn
  double beta_fast = 32.0;
  double beta_slow = 1.0;
  double mscale = 1.0;
  double mscale_all_dim = 0.0;
  // longrope: per-frequency wavelength factors (mlx-lm uses the long ones at every position)
  std::vector<double> long_factor;
  int64_t max_position_embeddings = 0;  ///< longrope (its input scale), dynamic (its base)
  double long_mscale = 0.0;             ///< longrope: explicit input scale when > 0
};

/// Attributes of mlxla.attention and mlxla.window_attention (whose window must be > 0).
struct AttentionAttrs {
  double scale = 1.0;
  double softcap = 0.0;  ///< > 0: scores become tanh(s / softcap) * softcap before masking
  int64_t window = 0;    ///< > 0: a query at p sees keys (p - window, p] only
  /// An extra operand sinks f32 [H]: one more logit per head in the softmax, with no value
  /// (gpt_oss; mlx's scaled_dot_product_attention(sinks=...)). Written only when true.
  bool sinks = false;
};

/// How mlxla.moe turns router logits into the k expert weights of a token.
enum class MoeRouting : uint8_t {
  kSoftmaxTopK,  ///< "softmax_topk": softmax over all experts, top k (qwen3_moe)
  kTopKSoftmax,  ///< "topk_softmax": top k logits, softmax over those k (mixtral)
};

/// Attributes of mlxla.moe (routed experts with a gated MLP each, experts MLX-packed).
struct MoeAttrs {
  int64_t experts = 0;  ///< E
  int64_t top_k = 0;    ///< k, 1 <= k <= E
  MoeRouting routing = MoeRouting::kSoftmaxTopK;
  bool normalize = false;  ///< kSoftmaxTopK: divide the k probabilities by their sum
  /// "silu": silu(g) * u. "swiglu_clamped" (gpt_oss.py): g' = min(g, limit), u' = clip(u,
  /// -limit, limit), g' * logistic(alpha * g') * (u' + 1).
  std::string activation = "silu";
  double swiglu_alpha = 1.702;  ///< swiglu_clamped only
  double swiglu_limit = 7.0;    ///< swiglu_clamped only
  /// Experts' packing: affine (codes * scale + bias, bits 2..8, group a multiple of 32) or fp
  /// (mxfp4 / mxfp8: E2M1 (bits 4) or E4M3 (bits 8) codes times a ui8 E8M0 scale per 32;
  /// nvfp4: E2M1 codes times a ui8 E4M3 scale per 16; no biases operand). The attribute
  /// `format` is written only for fp.
  bool fp = false;
  /// fp only: the scale bytes are E4M3 (nvfp4: bits 4, group_size 16) instead of E8M0. The
  /// attribute `scale_format` ("e4m3") is written only when true; absent means "e8m0".
  bool e4m3_scales = false;
  /// Each expert projection adds its expert's row of a bias [E, out] (f32) after the
  /// contraction (gpt_oss). The attribute `expert_bias` is written only when true.
  bool expert_bias = false;
  int bits = 4;  ///< of the experts' packed weights
  int group_size = 64;
  ElementType precision = ElementType::kF32;
};

AttributeMap encode(const QuantizedDotAttrs& attrs);
AttributeMap encode(const MoeAttrs& attrs);
/// mlxla.moe's attributes, with their ranges checked (errors name the attribute).
Result<MoeAttrs> decode_moe(const CompositeAttrs& composite);
AttributeMap encode(const RmsNormAttrs& attrs);
AttributeMap encode(const RopeAttrs& attrs);
AttributeMap encode(const AttentionAttrs& attrs);

Result<QuantizedDotAttrs> decode_quantized_dot(const CompositeAttrs& composite);
/// mlxla.fp_quantized_dot: the same attributes, bits 4 or 8 and group_size 16 or 32.
Result<QuantizedDotAttrs> decode_fp_quantized_dot(const CompositeAttrs& composite);
Result<RmsNormAttrs> decode_rms_norm(const CompositeAttrs& composite);
Result<RopeAttrs> decode_rope(const CompositeAttrs& composite);
Result<AttentionAttrs> decode_attention(const CompositeAttrs& composite);
/// mlxla.window_attention's attributes: those of mlxla.attention with a window > 0.
Result<AttentionAttrs> decode_window_attention(const CompositeAttrs& composite);

/// The inverse frequencies of the rotated dims [rotary_dim / 2], computed on the host in double
/// and rounded once to f32, exactly as mlx-lm's rope_utils defines them (frequency
/// f_i = theta^(2i / r), inv_freq = 1 / f_i, then):
///   linear    unchanged (the positions are divided by `factor` instead)
///   llama3    Hugging Face's `_compute_llama3_parameters` (== mlx-lm's Llama3RoPE)
///   yarn      mlx-lm YarnRoPE: f_i' = (s f_i * f_i) / (s f_i * m_i + f_i * (1 - m_i)), m_i =
///             1 - clip((i - low) / (high - low), 0, 1) from the beta_fast/beta_slow correction
///   longrope  f_i' = long_factor[i] * f_i (mlx-lm SuScaledRoPE: the long factors always)
///   dynamic   unused: the base depends on the position (see rope_dynamic_log_base)
/// Exposed so fused kernels and tests use exactly the same table.
std::vector<float> rope_inv_freq(int64_t head_dim, const RopeAttrs& attrs);

/// The factor the rotated dims are multiplied by before rotation (yarn's mscale ratio,
/// longrope's sqrt(1 + ln(max/orig) / ln(orig)) or long_mscale); 1 otherwise. f32.
float rope_input_scale(const RopeAttrs& attrs);

/// The multiplier of the positions: 1 / factor for linear scaling, 1 otherwise. f32.
float rope_position_scale(const RopeAttrs& attrs);

/// The rotated width: rotary_dim, or head_dim when 0.
int64_t rope_rotary_dim(int64_t head_dim, const RopeAttrs& attrs);

}  // namespace mlxla::graph
