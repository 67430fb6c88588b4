// Baseline (portable) implementations of the small per-token kernels: they are a small share
// of a decode step, so one implementation serves every ISA (the compiler vectorizes the loops).
#include "kernels/cpu/ops.h"

#include <cmath>
#include <limits>
#include <vector>

#include "kernels/cpu/numeric.h"

namespace mlxla::kernels {
namespace {

/// The canonical-order dot product (same lanes and reduction as the matmuls).
float dot(const float* a, const float* b, int64_t n) {
  float p[detail::kLanes] = {};
  for (int64_t i = 0; i < n; ++i)
    p[i % detail::kLanes] = std::fma(a[i], b[i], p[i % detail::kLanes]);
  return detail::reduce_canonical(p);
}

/// Softmax-weighted sum over cache positions [0, length) for one query head.
void attend_head(const float* qh, const float* k_cache, const float* v_cache, int64_t length,
                 int64_t kv_head, const AttentionShape& shape, float scale, float* scores,
                 float* out) {
  const int64_t d = shape.head_dim;
  const int64_t pos_stride = shape.n_kv_heads * d;
  float max_score = -std::numeric_limits<float>::infinity();
  for (int64_t t = 0; t < length; ++t) {
    scores[t] = dot(qh, k_cache + t * pos_stride + kv_head * d, d) * scale;
    max_score = std::max(max_score, scores[t]);
  }
  float sum = 0.0f;
  for (int64_t t = 0; t < length; ++t) {
    scores[t] = std::exp(scores[t] - max_score);
    sum += scores[t];
  }
  for (int64_t i = 0; i < d; ++i) out[i] = 0.0f;
  for (int64_t t = 0; t < length; ++t) {
    const float p = scores[t] / sum;
    const float* v = v_cache + t * pos_stride + kv_head * d;
    for (int64_t i = 0; i < d; ++i) out[i] = out[i] + p * v[i];
  }
}

}  // namespace

void rms_norm(const float* x, const float* weight, int64_t n, float eps, float* out) {
  const float sum_sq = dot(x, x, n);
  const float inv = 1.0f / std::sqrt(sum_sq / static_cast<float>(n) + eps);
  for (int64_t i = 0; i < n; ++i) out[i] = (x[i] * inv) * weight[i];
}

void rope_tables(int64_t position, const float* inv_freq, int64_t half, float* cos_out,
                 float* sin_out) {
  for (int64_t i = 0; i < half; ++i) {
    const float angle = static_cast<float>(position) * inv_freq[i];
    cos_out[i] = std::cos(angle);
    sin_out[i] = std::sin(angle);
  }
}

void rope(float* x, int64_t rows, int64_t row_stride, int64_t n_heads, int64_t head_dim,
          const float* cos, const float* sin) {
  const int64_t half = head_dim / 2;
  for (int64_t r = 0; r < rows; ++r) {
    const float* c = cos + r * half;
    const float* s = sin + r * half;
    for (int64_t h = 0; h < n_heads; ++h) {
      float* x1 = x + r * row_stride + h * head_dim;
      float* x2 = x1 + half;
      for (int64_t i = 0; i < half; ++i) {
        const float a = x1[i], b = x2[i];
        x1[i] = a * c[i] - b * s[i];
        x2[i] = b * c[i] + a * s[i];
      }
    }
  }
}

void rope_positions(float* x, int64_t rows, int64_t row_stride, int64_t n_heads, int64_t head_dim,
                    const int64_t* positions, const float* inv_freq) {
  const int64_t half = head_dim / 2;
  std::vector<float> c(static_cast<size_t>(half)), s(static_cast<size_t>(half));
  for (int64_t r = 0; r < rows; ++r) {
    rope_tables(positions[r], inv_freq, half, c.data(), s.data());
    rope(x + r * row_stride, 1, row_stride, n_heads, head_dim, c.data(), s.data());
  }
}

void attention_decode(const float* q, const float* k_cache, const float* v_cache, int64_t length,
                      const AttentionShape& shape, float scale, float* out, int64_t head_begin,
                      int64_t head_end) {
  attention_prefill(q, shape.n_heads * shape.head_dim, 1, length - 1, k_cache, v_cache, shape,
                    scale, out, shape.n_heads * shape.head_dim, head_begin, head_end);
}

void attention_prefill(const float* q, int64_t q_stride, int64_t rows, int64_t start,
                       const float* k_cache, const float* v_cache, const AttentionShape& shape,
                       float scale, float* out, int64_t out_stride, int64_t head_begin,
                       int64_t head_end) {
  if (rows <= 0 || head_begin >= head_end) return;
  const int64_t group = shape.n_heads / shape.n_kv_heads;
  std::vector<float> scores(static_cast<size_t>(start + rows));
  for (int64_t c = 0; c < rows; ++c) {
    for (int64_t h = head_begin; h < head_end; ++h) {
      attend_head(q + c * q_stride + h * shape.head_dim, k_cache, v_cache, start + c + 1, h / group,
                  shape, scale, scores.data(), out + c * out_stride + h * shape.head_dim);
    }
  }
}

void silu_mul(const float* gate, const float* up, int64_t n, float* out) {
  for (int64_t i = 0; i < n; ++i) {
    const float g = gate[i];
    const float sigmoid = 1.0f / (1.0f + std::exp(-g));
    out[i] = (g * sigmoid) * up[i];
  }
}

void add(const float* a, const float* b, int64_t n, float* out) {
  for (int64_t i = 0; i < n; ++i) out[i] = a[i] + b[i];
}

int64_t argmax(const float* x, int64_t n) {
  int64_t best = 0;
  bool found = false;
  for (int64_t i = 0; i < n; ++i) {
    if (std::isnan(x[i])) continue;
    if (!found || x[i] > x[best]) {
      best = i;
      found = true;
    }
  }
  return best;
}

}  // namespace mlxla::kernels
