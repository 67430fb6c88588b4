// The row-interleaved weight layouts (R = 4, 8 and the fast layout, 16): the same bits as MLX's
// row-major layout (round trip), and every matmul on them equals the in-place one bit for bit
// (exact) and the fast scalar twin (fast), for every bits x group x scale dtype, odd shapes,
// unaligned sources, every ISA, 1-3 threads (splits not at block boundaries), m up to 17 (65 for
// the AMX kernel of the fast layout).
// ctest-labels: unit numerics
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include "kernels/cpu/interleave.h"
#include "kernels/cpu/kernels.h"
#include "kernels/packed_source.h"

namespace mlxla::kernels {
namespace {

using test_data::Interleaved;
using test_data::Source;

std::vector<float> random_x(int64_t m, int64_t k, uint32_t seed) {
  std::mt19937 rng(seed);
  std::normal_distribution<float> d(0.0f, 1.0f);
  std::vector<float> x(static_cast<size_t>(m * k));
  for (auto& v : x) v = d(rng);
  return x;
}

/// y [m, n] (NaN-filled, so an unwritten output shows) from `threads` threads, each running
/// `run(begin, end, y)` on its own part of [0, n) (cut anywhere, not at block boundaries).
template <class Run>
std::vector<float> split_run(int64_t m, int64_t n, int threads, Run run) {
  std::vector<float> y(static_cast<size_t>(m * n), std::numeric_limits<float>::quiet_NaN());
  std::vector<std::thread> pool;
  for (int t = 0; t < threads; ++t) {
    const int64_t begin = n * t / threads, end = n * (t + 1) / threads;
    pool.emplace_back([&, begin, end] { run(begin, end, y.data()); });
  }
  for (auto& th : pool) th.join();
  return y;
}

bool same_bits(const std::vector<float>& a, const std::vector<float>& b) {
  return a.size() == b.size() && std::memcmp(a.data(), b.data(), a.size() * 4) == 0;
}

struct Case {
  int bits, group;
  DType dtype;
};

std::string case_name(const testing::TestParamInfo<Case>& info) {
  const char* dt = info.param.dtype == DType::kF32   ? "f32"
                   : info.param.dtype == DType::kF16 ? "f16"
                                                     : "bf16";
  std::string name = "b";  // appended piecewise: GCC 12 warns (-Wrestrict) on "b" + string
  name += std::to_string(info.param.bits);
  name += "_g";
  name += std::to_string(info.param.group);
  name += "_";
  name += dt;
  return name;
}

class InterleaveTest : public testing::TestWithParam<Case> {};

/// k = 5 groups: a short last 128-input slice for groups 32 and 64, and never a multiple of 512.
int64_t odd_k(int group) {
  return 5 * group;
}

TEST_P(InterleaveTest, RoundTripKeepsEveryBit) {
  const Case c = GetParam();
  for (int rows : {4, 8, kFastInterleave}) {
    const Source src(37, odd_k(c.group), c.bits, c.group, c.dtype, 3, 11);
    const Interleaved il(src.w, rows);
    const InterleavedGeometry geo(il.w);
    std::vector<std::byte> packed(static_cast<size_t>(37 * geo.row_bytes));
    std::vector<std::byte> scales(static_cast<size_t>(37 * geo.scale_row_bytes)),
        biases(scales.size());
    deinterleave_rows(il.w, 0, 37, packed.data(), scales.data(), biases.data());
    EXPECT_EQ(0, std::memcmp(packed.data(), src.w.packed, packed.size()));
    EXPECT_EQ(0, std::memcmp(scales.data(), src.w.scales, scales.size()));
    EXPECT_EQ(0, std::memcmp(biases.data(), src.w.biases, biases.size()));
    EXPECT_EQ(geo.blocks, (37 + rows - 1) / rows);
    EXPECT_TRUE(validate(il.w).ok());
  }
}

TEST_P(InterleaveTest, RowPartsAreTheRowMajorRows) {
  const Case c = GetParam();
  for (int rows : {4, 8, kFastInterleave}) {
    const Source src(37, odd_k(c.group), c.bits, c.group, c.dtype, 3, 12);
    const Interleaved il(src.w, rows);
    const InterleavedGeometry geo(il.w);
    const struct {
      WeightPart part;
      const std::byte* source;
    } parts[] = {{WeightPart::kCodes, src.w.packed},
                 {WeightPart::kScales, src.w.scales},
                 {WeightPart::kBiases, src.w.biases}};
    for (const auto& [part, source] : parts) {
      const int64_t bytes = part_row_bytes(geo, part);
      EXPECT_EQ(bytes, part == WeightPart::kCodes ? odd_k(c.group) * c.bits / 8
                                                  : 5 * (c.dtype == DType::kF32 ? 4 : 2));
      // Every row, the last (padded) block's included.
      for (int64_t row = 0; row < 37; ++row) {
        std::vector<std::byte> got(static_cast<size_t>(bytes), std::byte{0x5a});
        deinterleave_row_part(il.w, row, part, got.data());
        EXPECT_EQ(0, std::memcmp(got.data(), source + row * bytes, got.size()))
            << "R=" << rows << " part " << static_cast<int>(part) << " row " << row;
      }
    }
  }
}

TEST_P(InterleaveTest, ExactEqualsInPlaceBitwiseOnEveryIsaAndSplit) {
  const Case c = GetParam();
  const int64_t n = 37, k = odd_k(c.group);
  const Source src(n, k, c.bits, c.group, c.dtype, 1 + c.bits % 3, 7 * c.bits + c.group);
  const auto scalar = KernelContext::with_isa(Isa::kScalar).value();
  for (int rows : {4, 8, kFastInterleave}) {
    const Interleaved il(src.w, rows);
    for (int64_t m : {1, 3, 9}) {
      const std::vector<float> x = random_x(m, k, static_cast<uint32_t>(m + rows));
      for (Precision p : {Precision::kF32, Precision::kF16, Precision::kBF16}) {
        const auto in_place = split_run(m, n, 1, [&](int64_t b, int64_t e, float* y) {
          quantized_matmul(scalar, x.data(), m, k, src.w, p, y, n, b, e);
        });
        for (Isa isa : KernelContext::available_isas()) {
          const auto ctx = KernelContext::with_isa(isa).value();
          for (int threads : {1, 2, 3}) {
            const auto got = split_run(m, n, threads, [&](int64_t b, int64_t e, float* y) {
              quantized_matmul(ctx, x.data(), m, k, il.w, p, y, n, b, e);
            });
            EXPECT_TRUE(same_bits(got, in_place))
                << isa_name(isa) << " R=" << rows << " m=" << m << " threads=" << threads
                << " precision=" << static_cast<int>(p);
          }
        }
      }
    }
  }
}

TEST_P(InterleaveTest, FastEqualsScalarTwinBitwiseOnEveryIsaAndSplit) {
  const Case c = GetParam();
  const int64_t n = 37, k = odd_k(c.group);
  const Source src(n, k, c.bits, c.group, c.dtype, 2, 3 * c.bits + c.group);
  const auto scalar = KernelContext::with_isa(Isa::kScalar).value();
  for (int rows : {4, 8, kFastInterleave}) {
    const Interleaved il(src.w, rows);
    for (int64_t m : {1, 2, 3, 5, 8, 9, 16, 17}) {
      const std::vector<float> x = random_x(m, k, static_cast<uint32_t>(100 + m));
      QuantizedActivations xq;
      quantize_activations(x.data(), m, k, k, c.group, &xq);
      const auto twin = split_run(m, n, 1, [&](int64_t b, int64_t e, float* y) {
        quantized_matmul_fast(scalar, xq, src.w, y, n, b, e);
      });
      for (Isa isa : KernelContext::available_isas()) {
        const auto ctx = KernelContext::with_isa(isa).value();
        const auto row_major = split_run(m, n, 1, [&](int64_t b, int64_t e, float* y) {
          quantized_matmul_fast(ctx, xq, src.w, y, n, b, e);
        });
        EXPECT_TRUE(same_bits(row_major, twin)) << isa_name(isa) << " m=" << m;
        for (int threads : {1, 2, 3}) {
          const auto got = split_run(m, n, threads, [&](int64_t b, int64_t e, float* y) {
            quantized_matmul_fast(ctx, xq, il.w, y, n, b, e);
          });
          EXPECT_TRUE(same_bits(got, twin))
              << isa_name(isa) << " R=" << rows << " m=" << m << " threads=" << threads;
        }
      }
    }
  }
}

TEST_P(InterleaveTest, DequantizeRowsEqualsInPlace) {
  const Case c = GetParam();
  const int64_t n = 37, k = odd_k(c.group);
  const Source src(n, k, c.bits, c.group, c.dtype, 1, 5);
  for (int rows : {4, kFastInterleave}) {
    const Interleaved il(src.w, rows);
    for (Isa isa : KernelContext::available_isas()) {
      const auto ctx = KernelContext::with_isa(isa).value();
      std::vector<float> a(static_cast<size_t>(30 * k)), b(a.size());
      dequantize_rows(ctx, src.w, 5, 35, a.data(), k);
      dequantize_rows(ctx, il.w, 5, 35, b.data(), k);
      EXPECT_TRUE(same_bits(a, b)) << isa_name(isa) << " R=" << rows;
    }
  }
}

std::vector<Case> all_cases() {
  std::vector<Case> out;
  for (int bits : {2, 3, 4, 5, 6, 8}) {
    for (int group : {32, 64, 128}) {
      for (DType dt : {DType::kF32, DType::kF16, DType::kBF16}) out.push_back({bits, group, dt});
    }
  }
  return out;
}

INSTANTIATE_TEST_SUITE_P(AllFormats, InterleaveTest, testing::ValuesIn(all_cases()), case_name);

TEST(Interleave, FastLayoutAmxEqualsScalarTwinForEveryM) {
  // The AMX kernel (16 activation rows per tile, a zero-padded last tile) for 4 and 8 bits x
  // every group x scale dtype, every m up to two tiles and past, n = 37 (a partial last block),
  // 1-3 threads split anywhere.
  const auto amx = KernelContext::with_isa(Isa::kAmx);
  if (!amx.ok()) GTEST_SKIP() << "AMX-INT8 unavailable here: " << amx.error().message();
  const auto scalar = KernelContext::with_isa(Isa::kScalar).value();
  std::vector<int64_t> ms;
  for (int64_t m = 1; m <= 17; ++m) ms.push_back(m);
  for (int64_t m : {31, 64, 65}) ms.push_back(m);
  for (const Case& c : all_cases()) {
    if (c.bits != 4 && c.bits != 8) continue;
    const int64_t n = 37, k = odd_k(c.group);
    const Source src(n, k, c.bits, c.group, c.dtype, 2, 5 * c.bits + c.group);
    const Interleaved il(src.w, kFastInterleave);
    for (int64_t m : ms) {
      const std::vector<float> x = random_x(m, k, static_cast<uint32_t>(300 + m));
      QuantizedActivations xq;
      quantize_activations(x.data(), m, k, k, c.group, &xq);
      const auto twin = split_run(m, n, 1, [&](int64_t b, int64_t e, float* y) {
        quantized_matmul_fast(scalar, xq, src.w, y, n, b, e);
      });
      for (int threads : {1, 2, 3}) {
        const auto got = split_run(m, n, threads, [&](int64_t b, int64_t e, float* y) {
          quantized_matmul_fast(amx.value(), xq, il.w, y, n, b, e);
        });
        EXPECT_TRUE(same_bits(got, twin))
            << "bits " << c.bits << " group " << c.group << " dtype " << static_cast<int>(c.dtype)
            << " m=" << m << " threads=" << threads;
      }
    }
  }
}

TEST(Interleave, LongRowsAndManyBlocksMatchInPlace) {
  // The decode shapes' code paths: k = 2048 (16 slices), n not a multiple of 8, split at 16.
  const auto best = KernelContext::best();
  for (int bits : {4, 8}) {
    const int64_t n = 203, k = 2048;
    const Source src(n, k, bits, 64, DType::kF16, 1, 99);
    const std::vector<float> x = random_x(1, k, 4);
    QuantizedActivations xq;
    quantize_activations(x.data(), 1, k, k, 64, &xq);
    const auto exact = split_run(1, n, 1, [&](int64_t b, int64_t e, float* y) {
      quantized_matmul(best, x.data(), 1, k, src.w, Precision::kF32, y, n, b, e);
    });
    const auto fast = split_run(1, n, 1, [&](int64_t b, int64_t e, float* y) {
      quantized_matmul_fast(best, xq, src.w, y, n, b, e);
    });
    for (int rows : {4, 8, kFastInterleave}) {
      const Interleaved il(src.w, rows);
      for (int threads : {1, 2, 3}) {
        EXPECT_TRUE(same_bits(exact, split_run(1, n, threads,
                                               [&](int64_t b, int64_t e, float* y) {
                                                 quantized_matmul(best, x.data(), 1, k, il.w,
                                                                  Precision::kF32, y, n, b, e);
                                               })))
            << bits << " R=" << rows;
        EXPECT_TRUE(same_bits(fast, split_run(1, n, threads,
                                              [&](int64_t b, int64_t e, float* y) {
                                                quantized_matmul_fast(best, xq, il.w, y, n, b, e);
                                              })))
            << bits << " R=" << rows;
      }
    }
  }
}

TEST(Interleave, FastLayoutLongRowsEveryMMatchTheScalarTwin) {
  // The decode and prefill shapes of the fast layout's native kernels: k = 2048, n not a
  // multiple of 16, passes of 8 activation rows (m = 16, 17), splits not at block boundaries.
  const auto scalar = KernelContext::with_isa(Isa::kScalar).value();
  for (int bits : {4, 8}) {
    for (DType dtype : {DType::kF16, DType::kBF16, DType::kF32}) {
      const int64_t n = 203, k = 2048;
      const Source src(n, k, bits, 64, dtype, 3, 77);
      const Interleaved il(src.w, kFastInterleave);
      for (int64_t m : {1, 4, 16, 17}) {
        const std::vector<float> x = random_x(m, k, static_cast<uint32_t>(m));
        QuantizedActivations xq;
        quantize_activations(x.data(), m, k, k, 64, &xq);
        const auto twin = split_run(m, n, 1, [&](int64_t b, int64_t e, float* y) {
          quantized_matmul_fast(scalar, xq, src.w, y, n, b, e);
        });
        for (Isa isa : KernelContext::available_isas()) {
          const auto ctx = KernelContext::with_isa(isa).value();
          for (int threads : {1, 3}) {
            const auto got = split_run(m, n, threads, [&](int64_t b, int64_t e, float* y) {
              quantized_matmul_fast(ctx, xq, il.w, y, n, b, e);
            });
            EXPECT_TRUE(same_bits(got, twin))
                << isa_name(isa) << " bits " << bits << " m=" << m << " threads=" << threads;
          }
        }
      }
    }
  }
}

// The fast layout's kernels with an output row stride wider than n (the columns past n must stay
// untouched), an all-zero activation group and a group holding a NaN (its outputs NaN, as the
// scalar twin's; NaN payloads are not compared), on every ISA, with splits not at block
// boundaries.
TEST(Interleave, FastLayoutStridedOutputZeroAndNaNGroups) {
  const auto scalar = KernelContext::with_isa(Isa::kScalar).value();
  constexpr float kSentinel = 12345.0f;
  for (int bits : {4, 8}) {
    const int64_t n = 53, k = 512, ys = n + 3;
    const Source src(n, k, bits, 64, DType::kF16, 1, 91 + bits);
    const Interleaved il(src.w, kFastInterleave);
    for (int64_t m : {1, 9}) {
      std::vector<float> x = random_x(m, k, static_cast<uint32_t>(7 * m));
      std::fill(x.begin() + 64, x.begin() + 128, 0.0f);  // row 0, group 1: all zero
      x[static_cast<size_t>((m - 1) * k + 3 * 64 + 5)] = std::numeric_limits<float>::quiet_NaN();
      QuantizedActivations xq;
      quantize_activations(x.data(), m, k, k, 64, &xq);
      auto run = [&](const KernelContext& ctx, const PackedWeight& w, int parts) {
        std::vector<float> y(static_cast<size_t>(m * ys), kSentinel);
        for (int t = 0; t < parts; ++t) {
          quantized_matmul_fast(ctx, xq, w, y.data(), ys, n * t / parts, n * (t + 1) / parts);
        }
        return y;
      };
      const std::vector<float> twin = run(scalar, src.w, 1);
      for (int64_t i = 0; i < m; ++i) {
        for (int64_t j = n; j < ys; ++j)
          ASSERT_EQ(twin[static_cast<size_t>(i * ys + j)], kSentinel);
        EXPECT_EQ(std::isnan(twin[static_cast<size_t>(i * ys)]), i == m - 1) << "row " << i;
      }
      for (Isa isa : KernelContext::available_isas()) {
        const auto ctx = KernelContext::with_isa(isa).value();
        for (int parts : {1, 3}) {
          const std::vector<float> got = run(ctx, il.w, parts);
          for (size_t e = 0; e < got.size(); ++e) {
            const bool both_nan = std::isnan(got[e]) && std::isnan(twin[e]);
            uint32_t a, b;
            std::memcpy(&a, &got[e], 4);
            std::memcpy(&b, &twin[e], 4);
            ASSERT_TRUE(both_nan || a == b) << isa_name(isa) << " bits " << bits << " m=" << m
                                            << " parts=" << parts << " element " << e;
          }
        }
      }
    }
  }
}

// The interleaved tests above (and small_m_test) compare the native kernels, not the
// de-interleaved fallback, on every SIMD ISA compiled in and supported here.
TEST(Interleave, EverySimdIsaHasNativeInterleavedKernels) {
  for (Isa isa : KernelContext::available_isas()) {
    const KernelContext ctx = KernelContext::with_isa(isa).value();
    EXPECT_EQ(ctx.has_fast_interleaved(), isa != Isa::kScalar) << isa_name(isa);
    EXPECT_EQ(ctx.has_interleaved_matvec(), isa != Isa::kScalar) << isa_name(isa);
  }
  EXPECT_TRUE(fast_layout_bits(4) && fast_layout_bits(8));
  EXPECT_FALSE(fast_layout_bits(2) || fast_layout_bits(3) || fast_layout_bits(5) ||
               fast_layout_bits(6));
}

TEST(Interleave, ValidateRejectsOtherInterleaves) {
  const Source src(8, 64, 4, 64, DType::kF16, 0, 1);
  PackedWeight w = src.w;
  w.interleave = 3;
  const Status s = validate(w);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.error().message().find("interleave"), std::string::npos);
  EXPECT_FALSE(valid_interleave(12));
  EXPECT_TRUE(valid_interleave(4));
  EXPECT_TRUE(valid_interleave(kFastInterleave));
}

}  // namespace
}  // namespace mlxla::kernels
