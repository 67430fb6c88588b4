// The AVX2+FMA attention head: the portable loops with the 16 canonical lanes held in two ymm
// registers for the scores, and the per-lane output sums as rows of 8-float vectors over
// head_dim. Each lane sees the same fused multiply-adds in the same order, so the result equals
// attend_head_portable bit for bit.
#include <immintrin.h>

#include "runtime/cpu/attention_head.h"
#include "runtime/cpu/attention_softmax.h"

namespace mlxla::runtime::cpu {
namespace {

/// Canonical dot of q and k over dim: lanes 0-7 in lo, 8-15 in hi, tail to the low lanes.
float canonical_dot(const float* q, const float* k, int64_t dim) {
  __m256 lo = _mm256_setzero_ps(), hi = _mm256_setzero_ps();
  int64_t d = 0;
  for (; d + 16 <= dim; d += 16) {
    lo = _mm256_fmadd_ps(_mm256_loadu_ps(q + d), _mm256_loadu_ps(k + d), lo);
    hi = _mm256_fmadd_ps(_mm256_loadu_ps(q + d + 8), _mm256_loadu_ps(k + d + 8), hi);
  }
  alignas(32) float p[16];
  _mm256_store_ps(p, lo);
  _mm256_store_ps(p + 8, hi);
  for (int64_t l = 0; d < dim; ++d, ++l) p[l] = __builtin_fmaf(q[d], k[d], p[l]);
  // Fold 8: p[l] + p[l + 8] is lo + hi lane by lane.
  for (int l = 0; l < 8; ++l) p[l] = p[l] + p[l + 8];
  for (int s = 4; s >= 1; s /= 2) {
    for (int l = 0; l < s; ++l) p[l] = p[l] + p[l + s];
  }
  return p[0];
}

}  // namespace

void attend_head_avx2(const HeadAttention& a, float* scratch, float* out) {
  if (a.dim % 8 != 0) {
    attend_head_portable(a, scratch, out);
    return;
  }
  float* e = scratch;
  const int64_t used =
      attention_softmax(a, e, [&](const float* k) { return canonical_dot(a.q, k, a.dim); });
  float* acc = scratch + a.capacity;
  const int64_t dim = a.dim;
  for (int64_t i = 0; i < 16 * dim; i += 8) _mm256_storeu_ps(acc + i, _mm256_setzero_ps());
  for (int64_t j = attention_begin(a); j < used; ++j) {
    const float* v = a.v + j * a.stride;
    float* lane = acc + (j & 15) * dim;
    const __m256 p = _mm256_set1_ps(e[j]);
    for (int64_t d = 0; d < dim; d += 8) {
      _mm256_storeu_ps(lane + d, _mm256_fmadd_ps(p, _mm256_loadu_ps(v + d), _mm256_loadu_ps(lane + d)));
    }
  }
  for (int s = 8; s >= 1; s /= 2) {
    for (int l = 0; l < s; ++l) {
      for (int64_t d = 0; d < dim; d += 8) {
        float* x = acc + l * dim + d;
        _mm256_storeu_ps(x, _mm256_add_ps(_mm256_loadu_ps(x), _mm256_loadu_ps(acc + (l + s) * dim + d)));
      }
    }
  }
  for (int64_t d = 0; d < dim; d += 8) _mm256_storeu_ps(out + d, _mm256_loadu_ps(acc + d));
}

bool attend_head_avx2_available() { return true; }

}  // namespace mlxla::runtime::cpu
