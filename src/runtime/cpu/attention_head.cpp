// The portable attention head (see attention_head.h); std::fma keeps each product exact.
#include "runtime/cpu/attention_head.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "runtime/cpu/attention_softmax.h"

namespace mlxla::runtime::cpu {

void attend_head_portable(const HeadAttention& a, float* scratch, float* out) {
  float* e = scratch;
  const int64_t used = attention_softmax(a, e, [&](const float* k) {
    float p[16] = {};
    for (int64_t d = 0; d < a.dim; ++d) p[d & 15] = std::fma(a.q[d], k[d], p[d & 15]);
    for (int s = 8; s >= 1; s /= 2) {
      for (int l = 0; l < s; ++l) p[l] = p[l] + p[l + s];
    }
    return p[0];
  });
  // acc[l][d]: lane l of output d's canonical sum over positions j (j % 16 == l).
  float* acc = scratch + a.capacity;
  std::fill(acc, acc + 16 * a.dim, 0.0f);
  for (int64_t j = attention_begin(a); j < used; ++j) {
    const float* v = a.v + j * a.stride;
    float* lane = acc + (j & 15) * a.dim;
    for (int64_t d = 0; d < a.dim; ++d) lane[d] = std::fma(e[j], v[d], lane[d]);
  }
  for (int s = 8; s >= 1; s /= 2) {
    for (int l = 0; l < s; ++l) {
      for (int64_t d = 0; d < a.dim; ++d) acc[l * a.dim + d] = acc[l * a.dim + d] + acc[(l + s) * a.dim + d];
    }
  }
  std::copy(acc, acc + a.dim, out);
}

#if !defined(__x86_64__)
void attend_head_avx2(const HeadAttention& a, float* scratch, float* out) { attend_head_portable(a, scratch, out); }
bool attend_head_avx2_available() { return false; }
#endif

}  // namespace mlxla::runtime::cpu
