// The CPU runtime's attention head against a plain evaluation of mlxla.attention's decomposition
// (scores over every cache position, hidden ones replaced by the lowest float, softmax over all,
// canonical contractions, a narrow cache widened first): bitwise, for the portable and the AVX2
// builds, for f32, f16 and bf16 caches, with every key visible, some hidden, and none visible.
// ctest-labels: unit numerics
#include <gtest/gtest.h>

#include <cmath>
#include <cstring>
#include <limits>
#include <string>
#include <utility>
#include <vector>

#include "kernels/cpu/kernels.h"
#include "quant/half.h"
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

/// Element i of a cache of `dtype` as f32 (the decomposition's convert).
float widen(const void* base, DType dtype, int64_t i) {
  if (dtype == DType::kF32) return static_cast<const float*>(base)[i];
  const uint16_t h = static_cast<const uint16_t*>(base)[i];
  return dtype == DType::kF16 ? quant::f16_to_f32(h) : quant::bf16_to_f32(h);
}

/// The decomposition, written out over all `capacity` positions (keys outside [first, visible)
/// masked with the lowest float).
std::vector<float> decomposition(const HeadAttention& a) {
  std::vector<float> scores(static_cast<size_t>(a.capacity));
  std::vector<float> q(a.q, a.q + a.dim);
  for (int64_t j = 0; j < a.capacity; ++j) {
    std::vector<float> k(static_cast<size_t>(a.dim));
    for (int64_t d = 0; d < a.dim; ++d)
      k[static_cast<size_t>(d)] = widen(a.k, a.kv_dtype, j * a.stride + d);
    const float s = canonical(q, k) * a.scale;
    scores[static_cast<size_t>(j)] =
        j >= a.first && j < a.visible ? s : std::numeric_limits<float>::lowest();
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
    for (int64_t j = 0; j < a.capacity; ++j)
      column[static_cast<size_t>(j)] = widen(a.v, a.kv_dtype, j * a.stride + d);
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
    return static_cast<float>(static_cast<int64_t>(state >> 40) - (1 << 23)) /
           static_cast<float>(1 << 22);
  };
  for (DType dtype : {DType::kF32, DType::kF16, DType::kBF16}) {
    for (int64_t dim : {16, 64, 40, 24}) {
      const int64_t capacity = 37, kv_heads = 2, stride = kv_heads * dim;
      std::vector<float> q(static_cast<size_t>(dim)), k(static_cast<size_t>(capacity * stride)),
          v(static_cast<size_t>(capacity * stride));
      for (float& x : q) x = next();
      for (float& x : k) x = next();
      for (float& x : v) x = next();
      // The cache in `dtype` (rounded to nearest even, as the graph's convert stores it).
      std::vector<uint16_t> k16(k.size()), v16(v.size());
      for (size_t i = 0; i < k.size(); ++i) {
        k16[i] = dtype == DType::kF16 ? quant::f32_to_f16(k[i]) : quant::f32_to_bf16(k[i]);
        v16[i] = dtype == DType::kF16 ? quant::f32_to_f16(v[i]) : quant::f32_to_bf16(v[i]);
      }
      const void* k_base = dtype == DType::kF32 ? static_cast<const void*>(k.data()) : k16.data();
      const void* v_base = dtype == DType::kF32 ? static_cast<const void*>(v.data()) : v16.data();
      const size_t esize = dtype == DType::kF32 ? 4 : 2;
      // (first, visible): keys [first, visible) visible; an odd first and odd counts put the
      // AVX2 build's 4-key groups off the cache rows' alignment and leave a tail of 1-3 keys.
      const std::pair<int64_t, int64_t> windows[] = {{0, 0},  {0, 1},        {0, 17}, {0, capacity},
                                                     {5, 16}, {3, capacity}, {30, 33}};
      for (const auto& [first, visible] : windows) {
        HeadAttention a;
        a.q = q.data();
        a.k = static_cast<const std::byte*>(k_base) + dim * esize;  // kv head 1
        a.v = static_cast<const std::byte*>(v_base) + dim * esize;
        a.kv_dtype = dtype;
        a.stride = stride;
        a.capacity = capacity;
        a.visible = visible;
        a.first = first;
        a.dim = dim;
        a.scale = 0.125f;
        const std::vector<float> expected = decomposition(a);
        std::vector<float> scratch(static_cast<size_t>(attention_scratch_floats(capacity, dim)));
        std::vector<float> portable(static_cast<size_t>(dim)), avx2(static_cast<size_t>(dim));
        attend_head_portable(a, scratch.data(), portable.data());
        const std::string what = std::string(dtype_safetensors_name(dtype)) + " dim " +
                                 std::to_string(dim) + " visible [" + std::to_string(first) + ", " +
                                 std::to_string(visible) + ")";
        EXPECT_TRUE(same_bits(portable, expected)) << what;
#if defined(__x86_64__)
        // The AVX2 kernel set (CPUID and XGETBV; clang's __builtin_cpu_supports has no "f16c").
        if (attend_head_avx2_available() &&
            kernels::KernelContext::with_isa(kernels::Isa::kAvx2).ok()) {
          attend_head_avx2(a, scratch.data(), avx2.data());
          EXPECT_TRUE(same_bits(avx2, expected)) << "avx2, " << what;
        }
#endif
      }
    }
  }
}

}  // namespace
}  // namespace mlxla::runtime::cpu
