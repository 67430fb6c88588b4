// The scalar f16/bf16 rounding the twins use, against the CPU's own conversions (F16C) and
// against the definition of round-to-nearest-even.
// ctest-labels: unit numerics
#include <gtest/gtest.h>

#include <immintrin.h>

#include <algorithm>
#include <bit>
#include <cmath>
#include <random>

#include "kernels/cpu/kernels.h"
#include "kernels/cpu/numeric.h"

namespace mlxla::kernels::detail {
namespace {

#if defined(__x86_64__)
__attribute__((target("f16c"))) uint16_t hardware_f16(float v) {
  return _cvtss_sh(v, 0);
}
__attribute__((target("f16c"))) float hardware_f32(uint16_t h) {
  return _cvtsh_ss(h);
}

TEST(NumericTest, F16RoundingMatchesF16cOnRandomBitPatterns) {
  // CPUID and XGETBV as the kernels read them (clang's __builtin_cpu_supports has no "f16c").
  if (!KernelContext::with_isa(Isa::kAvx2).ok()) GTEST_SKIP() << "CPU lacks AVX2/F16C";
  std::mt19937 rng(1);  // 32-bit results
  for (int i = 0; i < 2000000; ++i) {
    // Bias the exponent toward the f16 range, including subnormals and overflow.
    uint32_t bits = static_cast<uint32_t>(rng());
    bits = (bits & 0x807FFFFFu) | ((100u + (rng() % 60u)) << 23);
    if (i % 7 == 0) bits = static_cast<uint32_t>(rng());
    const float v = std::bit_cast<float>(bits);
    ASSERT_EQ(f32_to_f16_bits(v), hardware_f16(v)) << std::hex << bits;
  }
  for (uint32_t h = 0; h < 0x10000u; ++h) {
    const float a = f16_bits_to_f32(static_cast<uint16_t>(h));
    const float b = hardware_f32(static_cast<uint16_t>(h));
    ASSERT_EQ(std::bit_cast<uint32_t>(a), std::bit_cast<uint32_t>(b)) << std::hex << h;
  }
}
#endif

TEST(NumericTest, Bf16RoundsToNearestEven) {
  // 1 + 2^-8 is halfway between 1 and 1 + 2^-7: ties to the even (1).
  EXPECT_EQ(f32_to_bf16_bits(1.0f + std::ldexp(1.0f, -8)), 0x3F80u);
  // 1 + 3 * 2^-8 is halfway between 1 + 2^-7 (odd) and 1 + 2^-6: ties up to the even.
  EXPECT_EQ(f32_to_bf16_bits(1.0f + 3 * std::ldexp(1.0f, -8)), 0x3F82u);
  EXPECT_EQ(f32_to_bf16_bits(1.0f + std::ldexp(1.0f, -8) + std::ldexp(1.0f, -20)), 0x3F81u);
  EXPECT_EQ(f32_to_bf16_bits(std::bit_cast<float>(0x7F7FFFFFu)), 0x7F80u);  // overflow to inf
  EXPECT_TRUE(std::isnan(bf16_bits_to_f32(f32_to_bf16_bits(std::nanf("")))));
  std::mt19937 rng(2);
  for (int i = 0; i < 100000; ++i) {
    const float v = std::bit_cast<float>(static_cast<uint32_t>(rng()) & 0xBFFFFFFFu);  // finite
    const float r = bf16_bits_to_f32(f32_to_bf16_bits(v));
    // No bf16 value lies strictly closer to v than r (checked against both neighbours).
    const uint32_t rb = std::bit_cast<uint32_t>(r);
    const float up = std::bit_cast<float>(rb + 0x10000u),
                down = std::bit_cast<float>(rb - 0x10000u);
    const double err = std::fabs(double(v) - double(r));
    if (std::isfinite(up)) {
      ASSERT_LE(err, std::fabs(double(v) - double(up)));
    }
    if (std::isfinite(down) && rb != 0x80000000u && rb != 0) {
      ASSERT_LE(err, std::fabs(double(v) - double(down)));
    }
  }
}

TEST(NumericTest, CanonicalReductionOrder) {
  // Values chosen so that any other pairing order rounds differently.
  float p[16];
  for (int l = 0; l < 16; ++l) p[l] = (l % 2 ? 1.0f : 1e8f) * static_cast<float>(l + 1);
  float q[16];
  std::copy(p, p + 16, q);
  const float got = reduce_canonical(p);
  for (int s = 8; s >= 1; s /= 2) {
    for (int l = 0; l < s; ++l) q[l] = q[l] + q[l + s];
  }
  EXPECT_EQ(std::bit_cast<uint32_t>(got), std::bit_cast<uint32_t>(q[0]));
}

}  // namespace
}  // namespace mlxla::kernels::detail
