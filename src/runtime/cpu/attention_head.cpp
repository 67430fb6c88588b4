// The portable attention head (see attention_head.h); std::fma keeps each product exact, and a
// narrow cache row is widened to f32 (exactly) before it is used.
#include "runtime/cpu/attention_head.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>

#include "quant/half.h"
#include "runtime/cpu/attention_softmax.h"

namespace mlxla::runtime::cpu {
namespace {

/// `offset` elements into a cache (k or v) as f32: the row itself for an f32 cache, else
/// widened into `tmp`.
const float* row_f32(const HeadAttention& a, const void* base, int64_t offset, float* tmp) {
  switch (a.kv_dtype) {
    case DType::kF16:
      quant::f16_to_f32_n(static_cast<const std::byte*>(base) + offset * 2, tmp,
                          static_cast<size_t>(a.dim));
      return tmp;
    case DType::kBF16:
      quant::bf16_to_f32_n(static_cast<const std::byte*>(base) + offset * 2, tmp,
                           static_cast<size_t>(a.dim));
      return tmp;
    default:
      return static_cast<const float*>(base) + offset;
  }
}

}  // namespace

void attend_head_portable(const HeadAttention& a, float* scratch, float* out) {
  float* e = scratch;
  const int64_t key_begin = attention_key_begin(a);
  float* acc = scratch + (attention_key_end(a) - key_begin);
  float* row = acc + 16 * a.dim;
  const int64_t used = attention_softmax(a, e, [&](int64_t begin, int64_t end, float* dots) {
    for (int64_t j = begin; j < end; ++j) {
      const KeyRows rows = attention_key_rows(a, j);
      const float* k = row_f32(a, rows.k, rows.offset, row);
      float p[16] = {};
      for (int64_t d = 0; d < a.dim; ++d) p[d & 15] = std::fma(a.q[d], k[d], p[d & 15]);
      for (int s = 8; s >= 1; s /= 2) {
        for (int l = 0; l < s; ++l) p[l] = p[l] + p[l + s];
      }
      dots[j - begin] = p[0];
    }
  });
  // acc[l][d]: lane l of output d's canonical sum over positions j (j % 16 == l).
  std::fill(acc, acc + 16 * a.dim, 0.0f);
  for (int64_t j = attention_begin(a); j < used; ++j) {
    const KeyRows rows = attention_key_rows(a, j);
    const float* v = row_f32(a, rows.v, rows.offset, row);
    float* lane = acc + (j & 15) * a.dim;
    const float p = e[j - key_begin];
    for (int64_t d = 0; d < a.dim; ++d) lane[d] = std::fma(p, v[d], lane[d]);
  }
  for (int s = 8; s >= 1; s /= 2) {
    for (int l = 0; l < s; ++l) {
      for (int64_t d = 0; d < a.dim; ++d)
        acc[l * a.dim + d] = acc[l * a.dim + d] + acc[(l + s) * a.dim + d];
    }
  }
  std::copy(acc, acc + a.dim, out);
}

#if !defined(__x86_64__)
void attend_head_avx2(const HeadAttention& a, float* scratch, float* out) {
  attend_head_portable(a, scratch, out);
}
bool attend_head_avx2_available() {
  return false;
}
#endif

}  // namespace mlxla::runtime::cpu
