// Self-contained tests of the fp quantization modes: E4M3/E8M0/E2M1 formats, MLX's tie and
// saturation rules, validation errors. MLX's own outputs are compared in
// tests/numerics/fp_quant_fixtures_test.cpp.
// ctest-labels: unit numerics
#include "quant/fp_modes.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstring>
#include <vector>

namespace mlxla::quant {
namespace {

std::span<const std::byte> bytes_of(const std::vector<float>& v) {
  return std::as_bytes(std::span(v));
}

TEST(FpFormats, E4m3DecodesEveryByteAndEncodesItBack) {
  EXPECT_EQ(e4m3_value(0x00), 0.0f);
  EXPECT_TRUE(std::signbit(e4m3_value(0x80)));
  EXPECT_EQ(e4m3_value(0x01), std::ldexp(1.0f, -9));  // smallest subnormal
  EXPECT_EQ(e4m3_value(0x08), std::ldexp(1.0f, -6));  // smallest normal
  EXPECT_EQ(e4m3_value(0x38), 1.0f);
  EXPECT_EQ(e4m3_value(0x7E), 448.0f);
  EXPECT_EQ(e4m3_value(0x7F), 480.0f);  // MLX: no NaN code
  EXPECT_EQ(e4m3_value(0xFF), -480.0f);
  for (int b = 0; b < 256; ++b) {
    const auto byte = static_cast<uint8_t>(b);
    const uint8_t want = (byte & 0x7F) == 0x7F ? static_cast<uint8_t>(byte - 1) : byte;
    EXPECT_EQ(e4m3_encode(e4m3_value(byte)), want) << "byte " << b;
  }
}

TEST(FpFormats, E4m3RoundsToNearestEvenAndSaturates) {
  EXPECT_EQ(e4m3_encode(1.0625f), 0x38);                // halfway 1.0 / 1.125: even mantissa
  EXPECT_EQ(e4m3_encode(1.1875f), 0x3A);                // halfway 1.125 / 1.25: even is 1.25
  EXPECT_EQ(e4m3_encode(std::ldexp(1.0f, -10)), 0x00);  // half the smallest subnormal: to 0
  EXPECT_EQ(e4m3_encode(std::ldexp(3.0f, -10)), 0x02);  // 1.5 subnormal steps: to 2
  EXPECT_EQ(e4m3_encode(447.0f), 0x7E);
  EXPECT_EQ(e4m3_encode(448.0f), 0x7E);
  EXPECT_EQ(e4m3_encode(1e9f), 0x7E);
  EXPECT_EQ(e4m3_encode(-INFINITY), 0xFE);
  EXPECT_EQ(e4m3_encode(NAN), 0x7E);
  EXPECT_EQ(e4m3_encode(-0.0f), 0x80);
}

TEST(FpFormats, E8m0AndE2m1) {
  EXPECT_EQ(e8m0_value(127), 1.0f);
  EXPECT_EQ(e8m0_value(0), std::ldexp(1.0f, -127));
  EXPECT_EQ(e8m0_value(254), std::ldexp(1.0f, 127));
  EXPECT_TRUE(std::isinf(e8m0_value(255)));
  const float want[16] = {0, .5, 1, 1.5, 2, 3, 4, 6, -0.0f, -.5, -1, -1.5, -2, -3, -4, -6};
  for (int c = 0; c < 16; ++c) EXPECT_EQ(e2m1_value(static_cast<uint8_t>(c)), want[c]);
}

TEST(FpQuantize, Mxfp4TiesGoTowardZeroAndZeroGroupsGetScaleOne) {
  // Row 0: amax 6 -> scale 2^0 (byte 127); the ties 0.25, 0.75, 1.75, 3.5, 5 take the first
  // (smaller-magnitude) code, and -0.1 rounds to +0 (code 0, not 8). Row 1: all zeros.
  std::vector<float> w(64, 0.0f);
  const float row0[8] = {6.0f, 0.25f, 0.75f, 1.75f, 3.5f, 5.0f, -0.1f, -2.5f};
  std::memcpy(w.data(), row0, sizeof(row0));
  const FpLayout layout{2, 32, FpMode::kMxfp4};
  std::vector<std::byte> packed(static_cast<size_t>(layout.packed_bytes()));
  std::vector<std::byte> scales(static_cast<size_t>(layout.scale_count()));
  ASSERT_TRUE(fp_quantize(bytes_of(w), DType::kF32, layout, std::nullopt, packed, scales).ok());
  EXPECT_EQ(static_cast<int>(scales[0]), 127);
  EXPECT_EQ(static_cast<int>(scales[1]), 127);
  const uint8_t want[8] = {7, 0, 1, 3, 5, 6, 0, 12};  // 6, 0, .5, 1.5, 3, 4, +0, -2
  for (int j = 0; j < 8; ++j) {
    const auto byte = static_cast<uint8_t>(packed[static_cast<size_t>(j / 2)]);
    EXPECT_EQ((j % 2 == 0) ? (byte & 0x0F) : (byte >> 4), want[j]) << "element " << j;
  }
  for (size_t i = 16; i < packed.size(); ++i) EXPECT_EQ(static_cast<int>(packed[i]), 0);
}

TEST(FpQuantize, RoundTripOfRepresentableValuesIsExact) {
  // Values on the E2M1 grid times a power of two come back unchanged in every mode.
  std::vector<float> w(64);
  for (size_t i = 0; i < w.size(); ++i) w[i] = e2m1_value(static_cast<uint8_t>(i % 16)) * 0.25f;
  for (FpMode mode : {FpMode::kMxfp4, FpMode::kNvfp4, FpMode::kMxfp8}) {
    const FpLayout layout{2, 32, mode};
    std::vector<std::byte> packed(static_cast<size_t>(layout.packed_bytes()));
    std::vector<std::byte> scales(static_cast<size_t>(layout.scale_count()));
    ASSERT_TRUE(fp_quantize(bytes_of(w), DType::kF32, layout, std::nullopt, packed, scales).ok());
    std::vector<float> back(w.size());
    const FpView view{layout, packed, scales, std::nullopt};
    ASSERT_TRUE(fp_dequantize(view, DType::kF32, std::as_writable_bytes(std::span(back))).ok());
    for (size_t i = 0; i < w.size(); ++i)
      EXPECT_EQ(back[i], w[i]) << fp_mode_name(mode) << " element " << i;
  }
}

TEST(FpQuantize, MatmulIsTheSequentialGroupedSum) {
  std::vector<float> w(32), x(32);
  for (int i = 0; i < 32; ++i) {
    w[static_cast<size_t>(i)] = e2m1_value(static_cast<uint8_t>(i % 16)) * 2.0f;
    x[static_cast<size_t>(i)] = 0.125f * static_cast<float>(i - 16);
  }
  const FpLayout layout{1, 32, FpMode::kMxfp4};
  std::vector<std::byte> packed(16), scales(1);
  ASSERT_TRUE(fp_quantize(bytes_of(w), DType::kF32, layout, std::nullopt, packed, scales).ok());
  float want = 0.0f;
  for (int i = 0; i < 32; ++i) want += x[static_cast<size_t>(i)] * (w[static_cast<size_t>(i)] / 2);
  want *= 2.0f;
  float y = 0.0f;
  const FpView view{layout, packed, scales, std::nullopt};
  ASSERT_TRUE(fp_quantized_matmul(bytes_of(x), DType::kF32, 1, view,
                                  std::as_writable_bytes(std::span(&y, 1)))
                  .ok());
  EXPECT_EQ(y, want);
}

TEST(FpQuantize, BadInputsAreErrorsNamingTheField) {
  std::vector<float> w(48, 1.0f);
  std::vector<std::byte> packed(24), scales(2);
  auto status =
      fp_quantize(bytes_of(w), DType::kF32, {1, 48, FpMode::kMxfp4}, std::nullopt, packed, scales);
  ASSERT_FALSE(status.ok());
  EXPECT_NE(status.error().message().find("cols (48)"), std::string::npos)
      << status.error().message();
  std::vector<float> w32(32, 1.0f);
  std::vector<std::byte> p16(16), s1(1);
  status = fp_quantize(bytes_of(w32), DType::kF32, {1, 32, FpMode::kMxfp4}, 2.0f, p16, s1);
  ASSERT_FALSE(status.ok());
  EXPECT_NE(status.error().message().find("global scale"), std::string::npos);
  status = fp_quantize(bytes_of(w32), DType::kU8, {1, 32, FpMode::kMxfp4}, std::nullopt, p16, s1);
  ASSERT_FALSE(status.ok());
  EXPECT_NE(status.error().message().find("weights"), std::string::npos);
  std::vector<std::byte> short_scales(0);
  const FpView view{{1, 32, FpMode::kMxfp4}, p16, short_scales, std::nullopt};
  std::vector<float> out(32);
  status = fp_dequantize(view, DType::kF32, std::as_writable_bytes(std::span(out)));
  ASSERT_FALSE(status.ok());
  EXPECT_NE(status.error().message().find("scales"), std::string::npos);
  auto mode = parse_fp_mode("int4");
  ASSERT_FALSE(mode.ok());
  EXPECT_NE(mode.error().message().find("'int4'"), std::string::npos);
}

}  // namespace
}  // namespace mlxla::quant
