// The mlxla composites: each call emits one `stablehlo.composite` op and, once per unique
// signature in the Module, its decomposition Function built only from plain StableHLO ops.
#pragma once

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "graph/builder.h"
#include "graph/composite_attrs.h"
#include "graph/ir.h"

namespace mlxla::graph {

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

/// MLX's fp-mode dequantization (mxfp4, nvfp4, mxfp8): packed u32 [N, K*bits/32] holds E2M1
/// nibbles (bits 4) or E4M3 bytes (bits 8), low first; `code_values` (16 or 256 entries) maps a
/// code to its value; scales f32 [N, K/G] are the groups' decoded scales. Returns f32 [N, K] =
/// value * scale, one exact f32 multiply (the host's fp_dequantize to f32, bit for bit).
ValueId fp_dequantize(Builder& b, ValueId packed, ValueId scales, int bits, int group_size,
                      std::span<const float> code_values);

/// mlxla.fp_quantized_dot(x [..., K] f32, packed u32, scales f32 [N, K/G]) -> f32 [..., N]: its
/// decomposition is fp_dequantize then dense_dot at `precision`, so the packed model is
/// bitwise the dense model of the dequantized weights. Attributes as quantized_dot's.
ValueId fp_quantized_dot(Builder& b, ValueId x, ValueId packed, ValueId scales,
                         const QuantizedDotAttrs& attrs, std::span<const float> code_values);

/// The dense twin of quantized_dot's final step (no composite): narrow x [..., K] and the
/// float weight [N, K] to `precision`, dot_general -> f32 [..., N]. Dense and packed graphs
/// share it so that their contractions see the same operands (the bit-identity contract).
ValueId dense_dot(Builder& b, ValueId x, ValueId weight, ElementType precision);

/// mlxla.rms_norm(x [..., D] f32, weight [D] f32) {epsilon}:
/// (x * rsqrt(reduce_add(x*x) / D + eps)) * weight. (Gemma's x * (1 + w) is this norm with the
/// weight transformed at load: WeightTransform::kNormPlusOne.)
ValueId rms_norm(Builder& b, ValueId x, ValueId weight, const RmsNormAttrs& attrs);

/// mlxla.rope(x [T, H, D] f32, positions i32 [T]) -> f32 [T, H, D], on the first r =
/// rope_rotary_dim(D) dims (the rest pass through): x_r = x[..., :r] * rope_input_scale (the
/// multiply only when the scale is not 1), p = float(pos[t]) * rope_position_scale (likewise),
/// angle[t, i] = p * inv_freq[i] (f32; for kDynamic inv_freq[t, i] = exp(c_i * log_base[t]),
/// see rope_dynamic in composites.cpp), c = cos(angle), s = sin(angle). Rotate-half (default):
/// out = x_r * concat(c, c) + concat(-x_r[..., r/2:], x_r[..., :r/2]) * concat(s, s).
/// Traditional: pairs (2i, 2i+1) -> (x0 c - x1 s, x0 s + x1 c).
ValueId rope(Builder& b, ValueId x, ValueId positions, const RopeAttrs& attrs);

/// mlxla.attention(q [T, H, D] f32, k_cache [Cap, KV, D], v_cache [Cap, KV, D] (both f32, f16
/// or bf16, one type), q_positions i32 [T], kv_length i32 []) {scale, softcap?, window?} -> f32
/// [T, H, D]. A narrow cache is first converted (exactly) to f32, so all accumulation is f32.
/// Query head h reads kv head h / (H / KV); key j is visible to query t iff j <= q_positions[t],
/// j < kv_length and (window > 0) j > q_positions[t] - window. Scores (q.k) * scale in f32, then
/// with softcap c > 0: tanh(s / c) * c; hidden keys are replaced (select) by the lowest finite
/// f32, so a row with no visible key gives the mean of v rather than NaN; softmax =
/// exp(s - max) / sum. With attrs.sinks, a last operand sinks f32 [H]: head h's softmax runs
/// over [sinks[h], masked scores...] (the sink always visible, first), and the sink's
/// probability is dropped before the weighted sum of values (mlx's sdpa with sinks, gpt_oss).
ValueId attention(Builder& b, ValueId q, ValueId k_cache, ValueId v_cache, ValueId q_positions,
                  ValueId kv_length, const AttentionAttrs& attrs, ValueId sinks = kNoValue);

/// mlxla.window_attention(q [T, H, D] f32, k_ring [R, KV, D], v_ring [R, KV, D], k_new [T, KV,
/// D], v_new [T, KV, D] (one type: f32, f16 or bf16), q_positions i32 [T], kv_length i32 [])
/// {scale, softcap?, window > 0} -> f32 [T, H, D]: attention over a rotating cache of R
/// positions (a sliding-window layer's cache). With start = q_positions[0], the ring holds
/// position p (start - R <= p < start) at row p mod R, as it was before this step (rows of
/// positions < 0 are never visible), and k_new/v_new hold this step's keys, query t's at
/// position q_positions[t] = start + t. The decomposition lays the keys out in position order
/// (the ring unrolled by a gather, then the new keys: key k at position start - R + k) and
/// applies mlxla.attention's rule by position: visible iff 0 <= p <= q_positions[t], p <
/// kv_length and p > q_positions[t] - window. Visible keys are walked in the same order and
/// with the same values as in a full-length cache, so the result equals mlxla.attention over a
/// cache holding every position (bit for bit in the reference interpreter and the CPU runtime)
/// whenever R >= window (the caller's invariant: only then does the ring hold every key a query
/// can see). attrs.sinks: a last operand sinks f32 [H], as mlxla.attention's.
ValueId window_attention(Builder& b, ValueId q, ValueId k_ring, ValueId v_ring, ValueId k_new,
                         ValueId v_new, ValueId q_positions, ValueId kv_length,
                         const AttentionAttrs& attrs, ValueId sinks = kNoValue);

/// The packed weights of one stacked expert projection: u32 [E, N, K*bits/32], scales and
/// biases [E, N, K/G] (f32, f16 or bf16), as mlx-lm's SwitchLinear stores them.
struct ExpertWeights {
  ValueId packed = kNoValue;
  ValueId scales = kNoValue;  ///< affine: as stored; fp: ui8 E8M0/E4M3 bytes as stored
  ValueId biases = kNoValue;  ///< affine only
  ValueId bias = kNoValue;    ///< expert_bias only: f32 [E, out]
};

/// mlxla.moe(x [T, H] f32, logits [T, E] f32, gate, up (each [E, I, ...]), down ([E, H, ...])
/// as {packed, scales, biases} (affine) or {packed, scales} (fp), then with expert_bias the
/// three biases [E, I], [E, I], [E, H]) {experts, top_k, routing, normalize, activation (,
/// swiglu_alpha, swiglu_limit), bits, group_size, precision (, format = "fp") (, expert_bias)}
/// -> f32 [T, H]:
/// mlx-lm's SwitchGLU under a router. Decomposition (moe.cpp), per token t:
///  1. candidates c = softmax(logits[t]) (exp(l - max) / sum, sums sequential) for
///     softmax_topk, the raw logits for topk_softmax;
///  2. k rounds of: v_j = max(c), e_j = the lowest index holding v_j, c[e_j] = -inf; so experts
///     come in descending order, ties to the lower index (mlx's argpartition leaves the order
///     of ties unspecified);
///  3. weights w_j = v_j, divided by (((0 + v_0) + v_1) + ...) when normalize (softmax_topk); for
///     topk_softmax w = exp(v - max v) / sum exp(v - max v);
///  4. for each j: expert e_j's packed gate/up/down rows gathered from the stacked tensors,
///     dequantized as mlxla.quantized_dot does (fp: the ui8 scales looked up in `scale_values`,
///     the 256 E8M0 values, or E4M3 for scale_format e4m3, then as mlxla.fp_quantized_dot with
///     `code_values` the code table),
///     g = x_t . G^T (+ gate bias row), u = x_t . U^T (+ up bias row),
///     h = silu(g) * u (silu(g) = g * logistic(g)) or the clamped SwiGLU, y_j = h . D^T (+ down
///     bias row), each contraction with both operands narrowed to precision (a batched
///     dot_general in canonical order);
///  5. out[t] = ((0 + y_0 * w_0) + y_1 * w_1) + ... (a reduce over j in order).
/// A NaN logit makes step 2 pick index E (clamped to E - 1 by the gather) with a NaN weight.
ValueId moe(Builder& b, ValueId x, ValueId logits, const ExpertWeights& gate,
            const ExpertWeights& up, const ExpertWeights& down, const MoeAttrs& attrs,
            std::span<const float> code_values = {}, std::span<const float> scale_values = {});

/// mlxla.argmax(x [R, V] f32) -> i32 [R]: the index of the first maximum of each row.
ValueId argmax(Builder& b, ValueId x);

}  // namespace mlxla::graph
