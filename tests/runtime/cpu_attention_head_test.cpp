// The CPU runtime's attention head against a plain evaluation of mlxla.attention's decomposition
// (scores over every cache position, hidden ones replaced by the lowest float, softmax over all,
// canonical contractions): bitwise, for the portable and the AVX2 builds, with every key
// visible, some hidden, and none visible.
// ctest-labels: unit numerics
#include <gtest/gtest.h>

#include <cmath>
#include <cstring>
#include <limits>
#include <vector>

#include "runtime/cpu/attention_head.h"

namespace mlxla::runtime::cpu {
namespace {

float canonical(const std::vector<float>& a, const std::vector<float>& b) {
  float p[16] = {};
  for (size_t i = 0; i < a.size(); ++i) p[i % 16] = std::fma(a[i], b[i], p[i % 16]);
  for (int s = 8; s >= 1; s /= 2) {
    for (int l = 0; l < s; ++l) p[l] = p[l] + p[l + s];
  }
  return p[0];
}

/// The decomposition, written out over all `capacity` positions.
std::vector<float> decomposition(const HeadAttention& a) {
  std::vector<float> scores(static_cast<size_t>(a.capacity));
  std::vector<float> q(a.q, a.q + a.dim);
  for (int64_t j = 0; j < a.capacity; ++j) {
    std::vector<float> k(a.k + j * a.stride, a.k + j * a.stride + a.dim);
    const float s = canonical(q, k) * a.scale;
    scores[static_cast<size_t>(j)] = j < a.visible ? s : std::numeric_limits<float>::lowest();
  }
  float max = -std::numeric_limits<float>::infinity();
  for (float s : scores) max = std::max(max, s);
  float sum = 0.0f;
  for (float& s : scores) {
    s = std::exp(s - max);
    sum = sum + s;
  }
  for (float& s : scores) s = s / sum;
  std::vector<float> out(static_cast<size_t>(a.dim));
  for (int64_t d = 0; d < a.dim; ++d) {
    std::vector<float> column(static_cast<size_t>(a.capacity));
    for (int64_t j = 0; j < a.capacity; ++j) column[static_cast<size_t>(j)] = a.v[j * a.stride + d];
    out[static_cast<size_t>(d)] = canonical(scores, column);
  }
  return out;
}

bool same_bits(const std::vector<float>& a, const std::vector<float>& b) {
  return a.size() == b.size() && std::memcmp(a.data(), b.data(), a.size() * 4) == 0;
}

TEST(CpuAttentionHead, BothBuildsEqualTheDecomposition) {
  uint64_t state = 7;
  auto next = [&] {
    state = state * 6364136223846793005ull + 1442695040888963407ull;
    return static_cast<float>(static_cast<int64_t>(state >> 40) - (1 << 23)) / static_cast<float>(1 << 22);
  };
  for (int64_t dim : {16, 64, 40}) {
    const int64_t capacity = 37, kv_heads = 2, stride = kv_heads * dim;
    std::vector<float> q(static_cast<size_t>(dim)), k(static_cast<size_t>(capacity * stride)),
        v(static_cast<size_t>(capacity * stride));
    for (float& x : q) x = next();
    for (float& x : k) x = next();
    for (float& x : v) x = next();
    for (int64_t visible : {int64_t{0}, int64_t{1}, int64_t{17}, capacity}) {
      HeadAttention a;
      a.q = q.data();
      a.k = k.data() + dim;  // kv head 1
      a.v = v.data() + dim;
      a.stride = stride;
      a.capacity = capacity;
      a.visible = visible;
      a.dim = dim;
      a.scale = 0.125f;
      const std::vector<float> expected = decomposition(a);
      std::vector<float> scratch(static_cast<size_t>(capacity + 16 * dim));
      std::vector<float> portable(static_cast<size_t>(dim)), avx2(static_cast<size_t>(dim));
      attend_head_portable(a, scratch.data(), portable.data());
      EXPECT_TRUE(same_bits(portable, expected)) << "dim " << dim << " visible " << visible;
#if defined(__x86_64__)
      if (attend_head_avx2_available() && __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma")) {
        attend_head_avx2(a, scratch.data(), avx2.data());
        EXPECT_TRUE(same_bits(avx2, expected)) << "avx2, dim " << dim << " visible " << visible;
      }
#endif
    }
  }
}

}  // namespace
}  // namespace mlxla::runtime::cpu
