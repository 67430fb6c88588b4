// Self-contained tests of the affine codec: packing against a bit-by-bit model, MLX's quantizer
// properties (zero/constant groups, sign of the scale, exact ties), and dequantization error.
// ctest-labels: unit numerics
#include "quant/affine.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstring>
#include <vector>

#include "quant/half.h"

namespace mlxla::quant {
namespace {

struct SplitMix64 {
  uint64_t state;
  uint64_t next() {
    uint64_t z = (state += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }
  double uniform() { return (static_cast<double>(next() >> 11) + 0.5) * 0x1p-53; }
  double normal() { return std::sqrt(-2 * std::log(uniform())) * std::cos(2 * M_PI * uniform()); }
};

// The format's definition, one bit at a time: stream bit i is bit i%8 of byte i/8.
std::vector<uint8_t> pack_reference(const std::vector<uint8_t>& codes, int bits) {
  std::vector<uint8_t> bytes((codes.size() * static_cast<size_t>(bits) + 7) / 8, 0);
  for (size_t j = 0; j < codes.size(); ++j)
    for (int b = 0; b < bits; ++b) {
      const size_t i = j * static_cast<size_t>(bits) + static_cast<size_t>(b);
      if ((codes[j] >> b) & 1) bytes[i / 8] = static_cast<uint8_t>(bytes[i / 8] | (1u << (i % 8)));
    }
  return bytes;
}

TEST(AffinePack, RoundTripMatchesBitStreamForEveryWidth) {
  SplitMix64 rng{7};
  for (int bits : kSupportedBits) {
    for (int64_t k : {8, 32, 64, 96, 128, 256, 4096, 40, 13}) {
      std::vector<uint8_t> codes(static_cast<size_t>(k));
      for (auto& c : codes) c = static_cast<uint8_t>(rng.next() & ((1u << bits) - 1));
      const auto want = pack_reference(codes, bits);
      for (size_t offset : {0u, 1u, 3u}) {  // unaligned destinations and sources
        std::vector<std::byte> buf(want.size() + offset + 8, std::byte{0xAB});
        pack_row(codes.data(), bits, k, buf.data() + offset);
        ASSERT_EQ(std::memcmp(buf.data() + offset, want.data(), want.size()), 0)
            << "bits=" << bits << " k=" << k << " offset=" << offset;
        EXPECT_EQ(buf[offset + want.size()], std::byte{0xAB}) << "wrote past the row";
        // Unpack from a buffer that ends exactly at the row (sanitizer builds catch over-reads).
        std::vector<std::byte> exact(
            buf.begin(), buf.begin() + static_cast<std::ptrdiff_t>(offset + want.size()));
        std::vector<uint8_t> back(static_cast<size_t>(k), 0xFF);
        unpack_row(exact.data() + offset, bits, k, back.data());
        ASSERT_EQ(back, codes) << "bits=" << bits << " k=" << k;
      }
    }
  }
}

TEST(AffinePack, KnownWords) {
  // 4 bits: codes 0..7 in one little-endian word 0x76543210.
  const uint8_t codes4[8] = {0, 1, 2, 3, 4, 5, 6, 7};
  uint32_t word = 0;
  pack_row(codes4, 4, 8, reinterpret_cast<std::byte*>(&word));
  EXPECT_EQ(word, 0x76543210u);
  // 3 bits: eight codes fill three bytes; code 2 straddles bytes 0 and 1.
  const uint8_t codes3[8] = {7, 0, 7, 0, 0, 0, 0, 5};
  uint8_t bytes[3] = {};
  pack_row(codes3, 3, 8, reinterpret_cast<std::byte*>(bytes));
  EXPECT_EQ(bytes[0], 0xC7);  // code0 = bits 0-2, code2 bits 6-8 -> bits 6,7 of byte 0
  EXPECT_EQ(bytes[1], 0x01);  // and bit 0 of byte 1
  EXPECT_EQ(bytes[2], 0xA0);  // code7 = 0b101 at stream bits 21-23
}

std::vector<std::byte> to_bytes(const std::vector<float>& w, DType dtype) {
  std::vector<std::byte> out(w.size() * dtype_size(dtype));
  for (size_t i = 0; i < w.size(); ++i) store_from_f32(w[i], dtype, out.data(), i);
  return out;
}

TEST(AffineQuantize, ZeroAndConstantGroups) {
  for (DType dtype : {DType::kF32, DType::kF16, DType::kBF16}) {
    for (int bits : kSupportedBits) {
      const AffineLayout layout{3, 64, bits, 32};
      std::vector<float> w(3 * 64, 0.0f);
      for (int j = 0; j < 64; ++j) w[64 + static_cast<size_t>(j)] = 0.3f;  // row 1: constant
      for (int j = 0; j < 64; ++j) w[128 + static_cast<size_t>(j)] = -0.125f;
      auto bytes = to_bytes(w, dtype);
      auto q = quantize(bytes, dtype, layout, dtype);
      ASSERT_TRUE(q.ok()) << q.error().message();
      std::vector<uint8_t> codes(64);
      for (int r = 0; r < 3; ++r) {
        unpack_row(q->packed.data() + r * layout.packed_row_bytes(), bits, 64, codes.data());
        for (uint8_t c : codes) ASSERT_EQ(c, 0);
      }
      const float eps_t = load_as_f32(to_bytes({1e-7f}, dtype).data(), dtype, 0);
      for (size_t g = 0; g < 6; ++g) {
        const float s = load_as_f32(q->scales.data(), dtype, g);
        const float b = load_as_f32(q->biases.data(), dtype, g);
        const float c = load_as_f32(bytes.data(), dtype, g * 32);
        // Zero group: |min| > |max| is false, so the scale is -eps. Constant c: q0 = c/scale is
        // a huge integer, so scale = c/q0 keeps magnitude ~eps, and bias = c.
        EXPECT_EQ(b, c);
        if (c == 0.0f) {
          EXPECT_EQ(s, -eps_t);
        }
        EXPECT_LT(std::fabs(s), 2e-7f);
      }
    }
  }
}

TEST(AffineQuantize, ScaleSignFollowsTheLargerEnd) {
  // Group 0: largest magnitude is the max -> negative scale, bias = max.
  // Group 1: largest magnitude is the min -> positive scale, bias = min.
  std::vector<float> w(64);
  SplitMix64 rng{3};
  for (auto& v : w) v = static_cast<float>(0.1 * rng.normal());
  w[5] = 1.0f;
  w[40] = -1.0f;
  const AffineLayout layout{1, 64, 4, 32};
  auto q = quantize(to_bytes(w, DType::kF32), DType::kF32, layout, DType::kF32);
  ASSERT_TRUE(q.ok());
  EXPECT_LT(load_as_f32(q->scales.data(), DType::kF32, 0), 0.0f);
  EXPECT_EQ(load_as_f32(q->biases.data(), DType::kF32, 0), 1.0f);
  EXPECT_GT(load_as_f32(q->scales.data(), DType::kF32, 1), 0.0f);
  EXPECT_EQ(load_as_f32(q->biases.data(), DType::kF32, 1), -1.0f);
  std::vector<uint8_t> codes(64);
  unpack_row(q->packed.data(), 4, 64, codes.data());
  EXPECT_EQ(codes[5], 0);  // the edge itself is code 0
  EXPECT_EQ(codes[40], 0);
}

// w = m * 2^-9 with max N*2^-8 and min 0 in every group: scale = -2^-8 and bias = N*2^-8 are
// exact and (w - bias)/scale = N - m/2, an exact .5 tie for odd m, which must round to even.
TEST(AffineQuantize, ExactTiesRoundHalfToEven) {
  SplitMix64 rng{11};
  for (int bits : kSupportedBits) {
    const int n = (1 << bits) - 1;
    for (int group : {32, 64, 128}) {
      const int64_t k = 256;
      std::vector<float> w(static_cast<size_t>(k));
      std::vector<int> m(static_cast<size_t>(k));
      for (int64_t c = 0; c < k; ++c) {
        int mc = static_cast<int>(rng.next() % static_cast<uint64_t>(2 * n + 1));
        if (c % group == 0) mc = 0;
        if (c % group == 1) mc = 2 * n;
        m[static_cast<size_t>(c)] = mc;
        w[static_cast<size_t>(c)] = std::ldexp(static_cast<float>(mc), -9);
      }
      const AffineLayout layout{1, k, bits, group};
      auto q = quantize(to_bytes(w, DType::kF32), DType::kF32, layout, DType::kF32);
      ASSERT_TRUE(q.ok());
      std::vector<uint8_t> codes(static_cast<size_t>(k));
      unpack_row(q->packed.data(), bits, k, codes.data());
      int ties = 0;
      for (int64_t c = 0; c < k; ++c) {
        const double exact = n - m[static_cast<size_t>(c)] / 2.0;
        ties += (m[static_cast<size_t>(c)] % 2) != 0;
        ASSERT_EQ(codes[static_cast<size_t>(c)], static_cast<int>(std::nearbyint(exact)))
            << "bits=" << bits << " group=" << group << " col=" << c;
      }
      EXPECT_GT(ties, 0);
      for (int64_t g = 0; g < k / group; ++g) {
        EXPECT_EQ(load_as_f32(q->scales.data(), DType::kF32, static_cast<size_t>(g)), -0x1p-8f);
        EXPECT_EQ(load_as_f32(q->biases.data(), DType::kF32, static_cast<size_t>(g)), n * 0x1p-8f);
      }
    }
  }
}

// Each weight's code is the nearest grid point q*scale + bias (up to float rounding of the
// division), and dequantize_f32 / dequantize_in_dtype apply the documented roundings.
TEST(AffineQuantize, NearestGridPointAndDequantizeFormulas) {
  SplitMix64 rng{5};
  for (DType dtype : {DType::kF32, DType::kF16, DType::kBF16}) {
    for (int bits : kSupportedBits) {
      for (int group : {32, 64, 128}) {
        const AffineLayout layout{8, 256, bits, group};
        std::vector<float> w(8 * 256);
        for (auto& v : w) v = static_cast<float>(0.05 * rng.normal());
        const auto bytes = to_bytes(w, dtype);
        auto q = quantize(bytes, dtype, layout, dtype);
        ASSERT_TRUE(q.ok());
        QuantizedView view{layout, dtype, q->packed, q->scales, q->biases};
        std::vector<float> deq(w.size());
        ASSERT_TRUE(dequantize_f32(view, deq).ok());
        std::vector<std::byte> deq_t(w.size() * dtype_size(dtype));
        ASSERT_TRUE(dequantize_in_dtype(view, deq_t).ok());
        std::vector<uint8_t> codes(256);
        for (int64_t r = 0; r < 8; ++r) {
          unpack_row(q->packed.data() + r * layout.packed_row_bytes(), bits, 256, codes.data());
          // Recompute the unrounded scale/bias this row had, to judge the codes.
          std::vector<float> row(256), s32(256 / static_cast<size_t>(group)), b32(s32.size());
          std::vector<uint8_t> codes32(256);
          for (size_t j = 0; j < 256; ++j)
            row[j] = load_as_f32(bytes.data(), dtype, static_cast<size_t>(r) * 256 + j);
          quantize_row_f32(row.data(), 256, bits, group, s32.data(), b32.data(), codes32.data());
          ASSERT_EQ(codes, codes32);
          for (size_t j = 0; j < 256; ++j) {
            const size_t g = static_cast<size_t>(r) * s32.size() + j / static_cast<size_t>(group);
            const double s = s32[j / static_cast<size_t>(group)],
                         b = b32[j / static_cast<size_t>(group)];
            const double err = std::fabs(static_cast<double>(row[j]) - (codes[j] * s + b));
            // (w - bias) and the division each round once in f32: relative 2^-24 of a value up
            // to n_bins steps, so a near-tie may go either way within this many steps.
            const double tol = std::fabs(s) * (1 << bits) * 0x1p-21;
            for (int alt : {codes[j] - 1, codes[j] + 1}) {
              if (alt < 0 || alt > (1 << bits) - 1) continue;
              ASSERT_LE(err, std::fabs(static_cast<double>(row[j]) - (alt * s + b)) + tol)
                  << "not the nearest code";
            }
            const float st = load_as_f32(q->scales.data(), dtype, g);
            const float bt = load_as_f32(q->biases.data(), dtype, g);
            const float p = static_cast<float>(codes[j]) * st;
            const float want = p + bt;
            ASSERT_EQ(std::memcmp(&deq[static_cast<size_t>(r) * 256 + j], &want, 4), 0);
            // In T: round the product to T, add in f32, round to T.
            const float p_t = load_as_f32(to_bytes({p}, dtype).data(), dtype, 0);
            const float want_t = load_as_f32(to_bytes({p_t + bt}, dtype).data(), dtype, 0);
            ASSERT_EQ(load_as_f32(deq_t.data(), dtype, static_cast<size_t>(r) * 256 + j), want_t);
          }
        }
      }
    }
  }
}

TEST(AffineQuantize, ErrorBoundAfterDequantize) {
  SplitMix64 rng{9};
  for (int bits : kSupportedBits) {
    const AffineLayout layout{16, 512, bits, 64};
    std::vector<float> w(16 * 512);
    for (auto& v : w) v = static_cast<float>(rng.normal());
    auto q = quantize(to_bytes(w, DType::kF32), DType::kF32, layout, DType::kF32);
    ASSERT_TRUE(q.ok());
    std::vector<float> deq(w.size());
    ASSERT_TRUE(dequantize_f32({layout, DType::kF32, q->packed, q->scales, q->biases}, deq).ok());
    for (size_t i = 0; i < w.size(); ++i) {
      const float s = std::fabs(load_as_f32(q->scales.data(), DType::kF32, i / 64));
      // Half a step, plus up to one step of clamping at the far end: scale = edge/q0 may be
      // slightly smaller than range/n_bins, so the far end can overshoot the last code by
      // less than one step.
      ASSERT_LE(std::fabs(w[i] - deq[i]), 1.5f * s * (1 + 1e-5f)) << "bits=" << bits << " i=" << i;
    }
  }
}

TEST(AffineQuantize, RejectsBadParameters) {
  std::vector<std::byte> w(4 * 64);
  EXPECT_FALSE(quantize(w, DType::kF32, {1, 64, 7, 32}, DType::kF32).ok());
  EXPECT_FALSE(quantize(w, DType::kF32, {1, 64, 4, 48}, DType::kF32).ok());
  EXPECT_FALSE(quantize(w, DType::kF32, {1, 64, 4, 128}, DType::kF32).ok());
  EXPECT_FALSE(quantize(w, DType::kF32, {2, 64, 4, 32}, DType::kF32).ok());  // too few bytes
  EXPECT_FALSE(quantize(w, DType::kF32, {1, 64, 4, 32}, DType::kI32).ok());
  auto ok = quantize(w, DType::kF32, {1, 64, 4, 32}, DType::kF32);
  ASSERT_TRUE(ok.ok());
  std::vector<float> out(63);
  EXPECT_FALSE(
      dequantize_f32({ok->layout, DType::kF32, ok->packed, ok->scales, ok->biases}, out).ok());
  const auto status = validate_layout({1, 100, 4, 32});
  ASSERT_FALSE(status.ok());
  EXPECT_NE(status.error().message().find("not divisible"), std::string::npos);
}

}  // namespace
}  // namespace mlxla::quant
