// The AVX2+FMA+F16C attention head: the portable loops with the 16 canonical lanes held in two
// ymm registers for the scores (4 keys at a time, each in its own registers), and the per-lane
// output sums as rows of 8-float vectors over head_dim. Narrow cache elements are widened exactly
// in registers (vcvtph2ps for f16, a 16-bit shift for bf16), so each lane sees the same fused
// multiply-adds in the same order, and the result equals attend_head_portable bit for bit for every
// cache dtype.
#include <immintrin.h>

#include <cstring>

#include "quant/half.h"
#include "runtime/cpu/attention_head.h"
#include "runtime/cpu/attention_softmax.h"

namespace mlxla::runtime::cpu {
namespace {

/// Loads of one cache dtype: eight elements widened to f32, or one.
struct F32Row {
  static __m256 load8(const void* p, int64_t i) {
    return _mm256_loadu_ps(static_cast<const float*>(p) + i);
  }
  static float load1(const void* p, int64_t i) { return static_cast<const float*>(p)[i]; }
};
struct F16Row {
  static __m256 load8(const void* p, int64_t i) {
    return _mm256_cvtph_ps(
        _mm_loadu_si128(reinterpret_cast<const __m128i*>(static_cast<const uint16_t*>(p) + i)));
  }
  static float load1(const void* p, int64_t i) {
    uint16_t h;
    std::memcpy(&h, static_cast<const uint16_t*>(p) + i, 2);
    return quant::f16_to_f32(h);
  }
};
struct BF16Row {
  static __m256 load8(const void* p, int64_t i) {
    const __m128i h =
        _mm_loadu_si128(reinterpret_cast<const __m128i*>(static_cast<const uint16_t*>(p) + i));
    return _mm256_castsi256_ps(_mm256_slli_epi32(_mm256_cvtepu16_epi32(h), 16));
  }
  static float load1(const void* p, int64_t i) {
    uint16_t h;
    std::memcpy(&h, static_cast<const uint16_t*>(p) + i, 2);
    return quant::bf16_to_f32(h);
  }
};

/// Canonical dot of q and key row k over dim: lanes 0-7 in lo, 8-15 in hi, tail to the low lanes.
template <typename Row>
float canonical_dot(const float* q, const void* k, int64_t base, int64_t dim) {
  __m256 lo = _mm256_setzero_ps(), hi = _mm256_setzero_ps();
  int64_t d = 0;
  for (; d + 16 <= dim; d += 16) {
    lo = _mm256_fmadd_ps(_mm256_loadu_ps(q + d), Row::load8(k, base + d), lo);
    hi = _mm256_fmadd_ps(_mm256_loadu_ps(q + d + 8), Row::load8(k, base + d + 8), hi);
  }
  alignas(32) float p[16];
  _mm256_store_ps(p, lo);
  _mm256_store_ps(p + 8, hi);
  for (int64_t l = 0; d < dim; ++d, ++l) p[l] = __builtin_fmaf(q[d], Row::load1(k, base + d), p[l]);
  // Fold 8: p[l] + p[l + 8] is lo + hi lane by lane.
  for (int l = 0; l < 8; ++l) p[l] = p[l] + p[l + 8];
  for (int s = 4; s >= 1; s /= 2) {
    for (int l = 0; l < s; ++l) p[l] = p[l] + p[l + s];
  }
  return p[0];
}

/// canonical_dot of q with 4 key rows at once (dim a multiple of 16): each key keeps its own two
/// lane vectors, and the folds run on the 4 keys side by side: lo + hi (fold 8), the 128-bit
/// halves (fold 4), then a 4x4 transpose puts lane l of every key in one vector, so fold 2 is
/// (l0 + l2, l1 + l3) and fold 1 their sum: the same additions, operands in the same order, as
/// the scalar folds of one key. Writes the 4 dots to out.
template <typename Row>
void canonical_dot4(const float* q, const KeyRows* rows, int64_t dim, float* out) {
  __m256 lo[4], hi[4];
  for (int r = 0; r < 4; ++r) lo[r] = hi[r] = _mm256_setzero_ps();
  for (int64_t d = 0; d < dim; d += 16) {
    const __m256 q0 = _mm256_loadu_ps(q + d), q1 = _mm256_loadu_ps(q + d + 8);
    for (int r = 0; r < 4; ++r) {
      lo[r] = _mm256_fmadd_ps(q0, Row::load8(rows[r].k, rows[r].offset + d), lo[r]);
      hi[r] = _mm256_fmadd_ps(q1, Row::load8(rows[r].k, rows[r].offset + d + 8), hi[r]);
    }
  }
  __m128 x[4];
  for (int r = 0; r < 4; ++r) {
    const __m256 v8 = _mm256_add_ps(lo[r], hi[r]);
    x[r] = _mm_add_ps(_mm256_castps256_ps128(v8), _mm256_extractf128_ps(v8, 1));
  }
  _MM_TRANSPOSE4_PS(x[0], x[1], x[2], x[3]);  // x[l] = lane l of keys 0..3
  const __m128 even = _mm_add_ps(x[0], x[2]), odd = _mm_add_ps(x[1], x[3]);
  _mm_storeu_ps(out, _mm_add_ps(even, odd));
}

template <typename Row>
void attend(const HeadAttention& a, float* scratch, float* out) {
  float* e = scratch;
  const int64_t used = attention_softmax(a, e, [&](int64_t begin, int64_t end, float* dots) {
    int64_t j = begin;
    if (a.dim % 16 == 0) {
      for (; j + 4 <= end; j += 4) {
        const KeyRows rows[4] = {attention_key_rows(a, j), attention_key_rows(a, j + 1),
                                 attention_key_rows(a, j + 2), attention_key_rows(a, j + 3)};
        canonical_dot4<Row>(a.q, rows, a.dim, dots + (j - begin));
      }
    }
    for (; j < end; ++j) {
      const KeyRows rows = attention_key_rows(a, j);
      dots[j - begin] = canonical_dot<Row>(a.q, rows.k, rows.offset, a.dim);
    }
  });
  const int64_t key_begin = attention_key_begin(a);
  float* acc = scratch + (attention_key_end(a) - key_begin);
  const int64_t dim = a.dim;
  for (int64_t i = 0; i < 16 * dim; i += 8) _mm256_storeu_ps(acc + i, _mm256_setzero_ps());
  for (int64_t j = attention_begin(a); j < used; ++j) {
    const KeyRows rows = attention_key_rows(a, j);
    float* lane = acc + (j & 15) * dim;
    const __m256 p = _mm256_set1_ps(e[j - key_begin]);
    for (int64_t d = 0; d < dim; d += 8) {
      _mm256_storeu_ps(lane + d, _mm256_fmadd_ps(p, Row::load8(rows.v, rows.offset + d),
                                                 _mm256_loadu_ps(lane + d)));
    }
  }
  for (int s = 8; s >= 1; s /= 2) {
    for (int l = 0; l < s; ++l) {
      for (int64_t d = 0; d < dim; d += 8) {
        float* x = acc + l * dim + d;
        _mm256_storeu_ps(
            x, _mm256_add_ps(_mm256_loadu_ps(x), _mm256_loadu_ps(acc + (l + s) * dim + d)));
      }
    }
  }
  for (int64_t d = 0; d < dim; d += 8) _mm256_storeu_ps(out + d, _mm256_loadu_ps(acc + d));
}

}  // namespace

void attend_head_avx2(const HeadAttention& a, float* scratch, float* out) {
  if (a.dim % 8 != 0) {
    attend_head_portable(a, scratch, out);
    return;
  }
  switch (a.kv_dtype) {
    case DType::kF16:
      attend<F16Row>(a, scratch, out);
      break;
    case DType::kBF16:
      attend<BF16Row>(a, scratch, out);
      break;
    default:
      attend<F32Row>(a, scratch, out);
      break;
  }
}

bool attend_head_avx2_available() {
  return true;
}

}  // namespace mlxla::runtime::cpu
