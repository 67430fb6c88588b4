// The small per-token kernels around the matmuls: RMSNorm, RoPE, attention (decode and causal
// prefill over a KV cache), SwiGLU gating, residual add and argmax. All f32, plain views.
#pragma once

#include <cstdint>

namespace mlxla::kernels {

/// out[i] = x[i] * (1.0f / std::sqrt(sum(x^2) / n + eps)) * weight[i]; the sum of squares is
/// taken in the canonical 16-lane order. out may alias x.
void rms_norm(const float* x, const float* weight, int64_t n, float eps, float* out);

/// cos/sin tables for one position: angle[i] = float(position) * inv_freq[i] (f32 product),
/// cos_out[i] = std::cos(angle[i]), sin_out[i] = std::sin(angle[i]), i < half.
void rope_tables(int64_t position, const float* inv_freq, int64_t half, float* cos_out,
                 float* sin_out);

/// Hugging Face rotate-half RoPE, in place, on `rows` rows of n_heads x head_dim values (row r
/// starts at x + r * row_stride). For head dims i < half = head_dim/2 with c = cos[r][i],
/// s = sin[r][i] (tables [rows, half]): x1' = x1*c - x2*s, x2' = x2*c + x1*s, each product
/// rounded before the add (as (x*cos) + (rotate_half(x)*sin) is).
void rope(float* x, int64_t rows, int64_t row_stride, int64_t n_heads, int64_t head_dim,
          const float* cos, const float* sin);

/// As rope, with the tables computed per row from positions[r] and inv_freq [head_dim/2]
/// (llama3-scaled frequencies are the caller's business).
void rope_positions(float* x, int64_t rows, int64_t row_stride, int64_t n_heads, int64_t head_dim,
                    const int64_t* positions, const float* inv_freq);

/// Grouped-query attention geometry. KV caches are [capacity, n_kv_heads, head_dim] f32.
struct AttentionShape {
  int64_t n_heads = 0;
  int64_t n_kv_heads = 0;  ///< divides n_heads; query head h reads kv head h / (n_heads/n_kv_heads)
  int64_t head_dim = 0;
};

/// One query token: q [n_heads, head_dim] attends to cache positions [0, length). For query
/// heads [head_begin, head_end): scores = (q . k_t) * scale, softmax in f32 (max, exp(s - max),
/// sum, divide), out[h] = sum_t p_t * v_t. out is [n_heads, head_dim]. Split heads across threads.
void attention_decode(const float* q, const float* k_cache, const float* v_cache, int64_t length,
                      const AttentionShape& shape, float scale, float* out, int64_t head_begin,
                      int64_t head_end);

/// `rows` query tokens at positions start .. start+rows-1 (their K/V already written to the
/// cache): row c attends causally to cache positions [0, start + c]. q and out are
/// [rows, n_heads * head_dim] with row strides q_stride / out_stride.
void attention_prefill(const float* q, int64_t q_stride, int64_t rows, int64_t start,
                       const float* k_cache, const float* v_cache, const AttentionShape& shape,
                       float scale, float* out, int64_t out_stride, int64_t head_begin,
                       int64_t head_end);

/// out[i] = (gate[i] * (1.0f / (1.0f + std::exp(-gate[i])))) * up[i]. out may alias either.
void silu_mul(const float* gate, const float* up, int64_t n, float* out);

/// out[i] = a[i] + b[i]. out may alias either.
void add(const float* a, const float* b, int64_t n, float* out);

/// Index of the first maximum of x[0, n). NaNs are skipped (never selected); when every
/// element is NaN (or n <= 0) the result is 0.
int64_t argmax(const float* x, int64_t n);

}  // namespace mlxla::kernels
