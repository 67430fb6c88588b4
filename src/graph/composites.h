// The mlxla composites: each call emits one `stablehlo.composite` op and, once per unique
// signature in the Module, its decomposition Function built only from plain StableHLO ops.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "graph/builder.h"
#include "graph/ir.h"

namespace mlxla::graph {

inline constexpr std::string_view kQuantizedDotName = "mlxla.quantized_dot";
inline constexpr std::string_view kRmsNormName = "mlxla.rms_norm";
inline constexpr std::string_view kRopeName = "mlxla.rope";
inline constexpr std::string_view kAttentionName = "mlxla.attention";
inline constexpr std::string_view kArgmaxName = "mlxla.argmax";

/// Attributes of mlxla.quantized_dot. `precision` is the element type both dot_general inputs
/// are narrowed to (kF32, kF16 or kBF16); the result is always f32.
struct QuantizedDotAttrs {
  int bits = 4;          ///< 2..8
  int group_size = 64;   ///< elements per scale/bias group along K; a multiple of 32
  ElementType precision = ElementType::kF32;
};

/// RoPE frequency scaling (Hugging Face `rope_type`).
enum class RopeScaling : uint8_t { kNone, kLlama3 };

/// Attributes of mlxla.rope. The llama3 fields matter only for kLlama3.
struct RopeAttrs {
  double theta = 10000.0;
  RopeScaling scaling = RopeScaling::kNone;
  double factor = 1.0;
  double low_freq_factor = 1.0;
  double high_freq_factor = 4.0;
  int64_t original_max_position_embeddings = 8192;
};

/// The inverse frequencies RoPE embeds as a constant, computed on the host in double and
/// rounded once to f32: inv_freq[i] = 1 / theta^(2i / head_dim) for i < head_dim / 2, then for
/// kLlama3 Hugging Face's `_compute_llama3_parameters` (all in double):
///   wavelen = 2*pi / inv_freq; low = old_len / low_freq_factor; high = old_len / high_freq_factor
///   wavelen > low             -> inv_freq / factor
///   high <= wavelen <= low    -> (1 - smooth) * inv_freq / factor + smooth * inv_freq,
///                                smooth = (old_len / wavelen - low_freq_factor) /
///                                         (high_freq_factor - low_freq_factor)
///   wavelen < high            -> inv_freq
/// Exposed so fused kernels and tests use exactly the same table.
std::vector<float> rope_inv_freq(int64_t head_dim, const RopeAttrs& attrs);

/// Converts `x` to `element` (float to float via f32 when neither side is f32, so the
/// rounding is the correctly rounded one from the exact f32 value). Identity when equal.
ValueId convert_to(Builder& b, ValueId x, ElementType element);

/// Plain-op dequantization (no composite): packed u32 [N, K*bits/32], scales and biases [N, K/G]
/// (f32, f16 or bf16) -> f32 [N, K] = float(q) * float(scale) then + float(bias), two f32
/// roundings. The body of quantized_dot's decomposition; the emitter also uses it for gathered
/// rows of a packed embedding. Requires K % 32 == 0 (true for group sizes 32/64/128).
ValueId dequantize(Builder& b, ValueId packed, ValueId scales, ValueId biases, int bits,
                   int group_size);

/// mlxla.quantized_dot(x [..., K] f32, packed u32 [N, K*bits/32], scales [N, K/G],
/// biases [N, K/G]) -> f32 [..., N]: dequantize as above, narrow W and x to
/// attrs.precision, dot_general contracting x's last dim with W's dim 1.
ValueId quantized_dot(Builder& b, ValueId x, ValueId packed, ValueId scales, ValueId biases,
                      const QuantizedDotAttrs& attrs);

/// The dense twin of quantized_dot's final step (no composite): narrow x [..., K] and the
/// float weight [N, K] to `precision`, dot_general -> f32 [..., N]. Dense and packed graphs
/// share it so that their contractions see the same operands (the bit-identity contract).
ValueId dense_dot(Builder& b, ValueId x, ValueId weight, ElementType precision);

/// mlxla.rms_norm(x [..., D] f32, weight [D] f32) {epsilon}:
/// (x * rsqrt(reduce_add(x*x) / D + eps)) * weight.
ValueId rms_norm(Builder& b, ValueId x, ValueId weight, double epsilon);

/// mlxla.rope(x [T, H, D] f32, positions i32 [T]) -> f32 [T, H, D], Hugging Face rotate-half:
/// angle[t, i] = float(pos[t]) * inv_freq[i] (f32), c = cos(concat(angle, angle)) and s likewise,
/// out = x * c + concat(-x[..., D/2:], x[..., :D/2]) * s.
ValueId rope(Builder& b, ValueId x, ValueId positions, const RopeAttrs& attrs);

/// mlxla.attention(q [T, H, D] f32, k_cache [Cap, KV, D], v_cache [Cap, KV, D] (both f32, f16
/// or bf16, one type), q_positions i32 [T], kv_length i32 []) {scale} -> f32 [T, H, D]. A narrow
/// cache is first converted (exactly) to f32, so all accumulation is f32. Query head h reads kv head
/// h / (H / KV); key j is visible to query t iff j <= q_positions[t] and j < kv_length. Scores
/// (q.k) * scale in f32; hidden keys are replaced (select) by the lowest finite f32, so a row with
/// no visible key gives the mean of v rather than NaN; softmax = exp(s - max) / sum.
ValueId attention(Builder& b, ValueId q, ValueId k_cache, ValueId v_cache, ValueId q_positions,
                  ValueId kv_length, double scale);

/// mlxla.argmax(x [R, V] f32) -> i32 [R]: the index of the first maximum of each row.
ValueId argmax(Builder& b, ValueId x);

}  // namespace mlxla::graph
