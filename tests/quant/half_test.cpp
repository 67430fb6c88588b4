// Exhaustive and edge-case tests of the f16/bf16 <-> f32 conversions against an independent
// double-precision model of IEEE round-to-nearest-even.
// ctest-labels: unit numerics
#include "quant/half.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstring>
#include <limits>
#include <vector>

namespace mlxla::quant {
namespace {

uint32_t bits_of(float f) {
  uint32_t u;
  std::memcpy(&u, &f, 4);
  return u;
}
float from_bits(uint32_t u) {
  float f;
  std::memcpy(&f, &u, 4);
  return f;
}

// Decodes a 16-bit float with `mantissa_bits` fraction bits and bias `bias` by its definition.
double decode_reference(uint16_t h, int mantissa_bits, int bias) {
  const int exponent_bits = 15 - mantissa_bits;
  const bool negative = (h >> 15) != 0;
  const int exponent = (h >> mantissa_bits) & ((1 << exponent_bits) - 1);
  const int mantissa = h & ((1 << mantissa_bits) - 1);
  double v;
  if (exponent == (1 << exponent_bits) - 1) {
    v = mantissa ? std::numeric_limits<double>::quiet_NaN()
                 : std::numeric_limits<double>::infinity();
  } else if (exponent == 0) {
    v = std::ldexp(mantissa, 1 - bias - mantissa_bits);
  } else {
    v = std::ldexp(mantissa + (1 << mantissa_bits), exponent - bias - mantissa_bits);
  }
  return negative ? -v : v;
}

// Rounds an f32 value to a 16-bit format (RNE) in double arithmetic: scale to the format's
// quantum at that magnitude, nearbyint (ties to even under the default rounding mode), scale back.
double round_reference(float x, int mantissa_bits, int bias, double overflow_threshold) {
  const double a = std::fabs(static_cast<double>(x));
  const int min_exponent = 1 - bias;  // exponent of the smallest normal
  double rounded;
  if (a >= overflow_threshold) {
    rounded = std::numeric_limits<double>::infinity();
  } else if (a == 0) {
    rounded = 0;
  } else {
    int e = std::ilogb(a);
    if (e < min_exponent) e = min_exponent;
    const double quantum = std::ldexp(1.0, e - mantissa_bits);
    rounded = std::nearbyint(a / quantum) * quantum;
  }
  return std::signbit(x) ? -rounded : rounded;
}

constexpr double kF16Overflow = 65520.0;                                  // 65504 + half ulp
const double kBf16Overflow = std::ldexp(2.0 - std::ldexp(1.0, -8), 127);  // max + half ulp

void expect_f16_matches_reference(float x) {
  const uint16_t h = f32_to_f16(x);
  const double got = decode_reference(h, 10, 15);
  if (std::isnan(x)) {
    ASSERT_TRUE(std::isnan(got)) << std::hex << bits_of(x);
    ASSERT_EQ(h & 0x0200u, 0x0200u) << "NaN must be quiet";
    ASSERT_EQ(h >> 15, bits_of(x) >> 31);
    return;
  }
  const double want = round_reference(x, 10, 15, kF16Overflow);
  ASSERT_EQ(got, want) << "x bits " << std::hex << bits_of(x) << " -> " << h;
  ASSERT_EQ(std::signbit(got), std::signbit(want)) << std::hex << bits_of(x);
}

void expect_bf16_matches_reference(float x) {
  const uint16_t b = f32_to_bf16(x);
  const double got = decode_reference(b, 7, 127);
  if (std::isnan(x)) {
    ASSERT_TRUE(std::isnan(got)) << std::hex << bits_of(x);
    ASSERT_EQ(b & 0x0040u, 0x0040u) << "NaN must be quiet";
    return;
  }
  const double want = round_reference(x, 7, 127, kBf16Overflow);
  ASSERT_EQ(got, want) << "x bits " << std::hex << bits_of(x) << " -> " << b;
  ASSERT_EQ(std::signbit(got), std::signbit(want)) << std::hex << bits_of(x);
}

TEST(Half, F16ToF32AllPatternsMatchDefinition) {
  for (uint32_t i = 0; i < 65536; ++i) {
    const auto h = static_cast<uint16_t>(i);
    const float f = f16_to_f32(h);
    const double want = decode_reference(h, 10, 15);
    if (std::isnan(want)) {
      ASSERT_TRUE(std::isnan(f)) << i;
      ASSERT_NE(bits_of(f) & 0x400000u, 0u) << "quiet bit, pattern " << i;
      ASSERT_EQ(bits_of(f) >> 31, i >> 15);
    } else {
      ASSERT_EQ(static_cast<double>(f), want) << i;
      ASSERT_EQ(std::signbit(f), (i >> 15) != 0) << i;
    }
  }
}

TEST(Half, F16RoundTripAllPatterns) {
  for (uint32_t i = 0; i < 65536; ++i) {
    const auto h = static_cast<uint16_t>(i);
    const float f = f16_to_f32(h);
    if (std::isnan(f)) {
      // A NaN stays a NaN with its sign; quiet NaNs keep their payload.
      const uint16_t back = f32_to_f16(f);
      ASSERT_TRUE(std::isnan(f16_to_f32(back))) << i;
      if (h & 0x0200u) {
        ASSERT_EQ(back, h) << i;
      }
      continue;
    }
    ASSERT_EQ(f32_to_f16(f), h) << i;
  }
}

TEST(Half, Bf16RoundTripAllPatterns) {
  for (uint32_t i = 0; i < 65536; ++i) {
    const auto b = static_cast<uint16_t>(i);
    const float f = bf16_to_f32(b);
    const double want = decode_reference(b, 7, 127);
    if (std::isnan(want)) {
      ASSERT_TRUE(std::isnan(f));
      ASSERT_TRUE(std::isnan(bf16_to_f32(f32_to_bf16(f))));
      continue;
    }
    ASSERT_EQ(static_cast<double>(f), want) << i;
    ASSERT_EQ(f32_to_bf16(f), b) << i;
  }
}

// Every f16/bf16 value, the exact midpoints between neighbours and their f32 neighbours: this
// covers every tie and near-tie, normal and subnormal, including the overflow threshold.
template <typename Check>
void check_neighbourhoods(float (*decode)(uint16_t), Check check) {
  for (uint32_t i = 0; i < 0x7fff; ++i) {
    const float lo = decode(static_cast<uint16_t>(i));
    const float hi = decode(static_cast<uint16_t>(i + 1));
    if (std::isnan(lo) || std::isnan(hi)) continue;
    const auto mid = static_cast<float>((static_cast<double>(lo) + static_cast<double>(hi)) /
                                        2);  // exact in f32
    for (float v : {lo, mid, std::nextafter(mid, 0.0f), std::nextafter(mid, 1e30f)}) {
      check(v);
      check(-v);
    }
  }
}

TEST(Half, F32ToF16TiesAndNeighbours) {
  check_neighbourhoods(&f16_to_f32, [](float v) { expect_f16_matches_reference(v); });
}

TEST(Half, F32ToBf16TiesAndNeighbours) {
  check_neighbourhoods(&bf16_to_f32, [](float v) { expect_bf16_matches_reference(v); });
}

// A strided sweep of the whole f32 space, with a stride coprime to 2 so every low-bit
// pattern occurs.
TEST(Half, F32SweepMatchesReference) {
  constexpr uint64_t kStride = 97;
  for (uint64_t u = 0; u < (1ull << 32); u += kStride) {
    const float x = from_bits(static_cast<uint32_t>(u));
    expect_f16_matches_reference(x);
    expect_bf16_matches_reference(x);
    if (HasFatalFailure()) return;
  }
}

TEST(Half, EdgeCases) {
  EXPECT_EQ(f32_to_f16(65504.0f), 0x7bffu);                        // max finite
  EXPECT_EQ(f32_to_f16(std::nextafter(65520.0f, 0.0f)), 0x7bffu);  // just below the threshold
  EXPECT_EQ(f32_to_f16(65520.0f), 0x7c00u);                        // the tie goes to inf
  EXPECT_EQ(f32_to_f16(-1e9f), 0xfc00u);
  EXPECT_EQ(f32_to_f16(std::ldexp(1.0f, -24)), 0x0001u);  // smallest subnormal
  EXPECT_EQ(f32_to_f16(std::ldexp(1.0f, -25)), 0x0000u);  // tie to even (zero)
  EXPECT_EQ(f32_to_f16(std::nextafter(std::ldexp(1.0f, -25), 1.0f)), 0x0001u);
  EXPECT_EQ(f32_to_f16(std::ldexp(3.0f, -25)), 0x0002u);   // 1.5 ulp ties to 2
  EXPECT_EQ(f32_to_f16(-std::ldexp(1.0f, -26)), 0x8000u);  // negative zero result
  EXPECT_EQ(f32_to_f16(std::ldexp(1.0f, -14)), 0x0400u);   // smallest normal
  EXPECT_EQ(f32_to_f16(std::ldexp(1023.0f, -24) + std::ldexp(1.0f, -25)), 0x0400u);  // carry
  EXPECT_EQ(f32_to_f16(1.0f + std::ldexp(1.0f, -11)), 0x3c00u);  // tie, even is 1.0
  EXPECT_EQ(f32_to_f16(1.0f + std::ldexp(3.0f, -11)), 0x3c02u);  // tie, even is up
  EXPECT_EQ(f32_to_f16(-0.0f), 0x8000u);
  EXPECT_EQ(f32_to_f16(std::numeric_limits<float>::infinity()), 0x7c00u);
  EXPECT_EQ(f32_to_f16(1e-7f), 0x0002u);  // MLX's eps scale in f16: 1.1920929e-07
  EXPECT_EQ(f16_to_f32(0x0002u), 1.1920928955078125e-07f);
  const float snan = from_bits(0x7f800001u);
  EXPECT_EQ(f32_to_f16(snan) & 0x7e00u, 0x7e00u);  // low payload dropped, still NaN (quiet)
  EXPECT_EQ(f32_to_bf16(snan), 0x7fc0u);
  EXPECT_EQ(f32_to_bf16(from_bits(0xffc00001u)), 0xffc0u);

  EXPECT_EQ(f32_to_bf16(std::numeric_limits<float>::max()), 0x7f80u);  // rounds up to inf
  EXPECT_EQ(f32_to_bf16(from_bits(0x7f7f7fffu)), 0x7f7fu);             // below the tie
  EXPECT_EQ(f32_to_bf16(from_bits(0x7f7f8000u)), 0x7f80u);             // tie to even = inf
  EXPECT_EQ(f32_to_bf16(from_bits(0x3f808000u)), 0x3f80u);             // tie, even below
  EXPECT_EQ(f32_to_bf16(from_bits(0x3f818000u)), 0x3f82u);             // tie, even above
  EXPECT_EQ(f32_to_bf16(from_bits(0x00008000u)), 0x0000u);             // subnormal tie
  EXPECT_EQ(f32_to_bf16(from_bits(0x00018000u)), 0x0002u);
  EXPECT_EQ(f32_to_bf16(from_bits(0x00008001u)), 0x0001u);
}

TEST(Half, BulkEqualsScalarOnUnalignedBuffers) {
  std::vector<float> src;
  for (uint32_t i = 0; i < 65536; i += 7)
    src.push_back(f16_to_f32(static_cast<uint16_t>(i)) * 1.001f);
  const size_t n = src.size();
  std::vector<std::byte> buf(2 * n + 1);
  std::vector<float> back(n);
  f32_to_f16_n(src.data(), buf.data() + 1, n);
  f16_to_f32_n(buf.data() + 1, back.data(), n);
  for (size_t i = 0; i < n; ++i) {
    uint16_t h;
    std::memcpy(&h, buf.data() + 1 + 2 * i, 2);
    ASSERT_EQ(h, f32_to_f16(src[i]));
    ASSERT_EQ(bits_of(back[i]), bits_of(f16_to_f32(h)));
  }
  f32_to_bf16_n(src.data(), buf.data() + 1, n);
  bf16_to_f32_n(buf.data() + 1, back.data(), n);
  for (size_t i = 0; i < n; ++i) {
    uint16_t b;
    std::memcpy(&b, buf.data() + 1 + 2 * i, 2);
    ASSERT_EQ(b, f32_to_bf16(src[i]));
    ASSERT_EQ(bits_of(back[i]), bits_of(bf16_to_f32(b)));
  }
}

}  // namespace
}  // namespace mlxla::quant
