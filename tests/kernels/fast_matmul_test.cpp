// Policy::kFast: every ISA equals the scalar twin bit for bit (all bits x groups, odd shapes,
// unaligned pointers, split n ranges, m = 1..9), a row's result never depends on m or on the
// other rows (one order), and the result stays within the error bound derived in
// docs/KERNELS.md of the exact arithmetic and of the exact kernel.
// ctest-labels: unit numerics
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <iterator>
#include <limits>
#include <random>
#include <string>
#include <utility>
#include <vector>

#include "kernels/cpu/kernels.h"
#include "kernels/cpu/numeric.h"

namespace mlxla::kernels {
namespace {

constexpr double kEps = 1.0 / 16777216.0;  // 2^-24, unit roundoff of f32

double gamma(double n) {
  return n * kEps / (1.0 - n * kEps);
}

/// A random packed matrix stored `offset` bytes past an allocation, with the codes and the
/// decoded scales/biases kept for the references.
struct Matrix {
  int64_t n, k;
  int bits, group;
  DType dtype;
  std::vector<uint32_t> codes;
  std::vector<float> scales, biases;
  std::vector<std::byte> packed_mem, scale_mem, bias_mem;
  int offset;

  Matrix(int64_t n_, int64_t k_, int bits_, int group_, DType dtype_, int offset_, uint32_t seed)
      : n(n_),
        k(k_),
        bits(bits_),
        group(group_),
        dtype(dtype_),
        codes(static_cast<size_t>(n * k)),
        scales(static_cast<size_t>(n * k / group)),
        biases(scales.size()),
        packed_mem(static_cast<size_t>(n * k * bits / 8 + offset_)),
        scale_mem(scales.size() * 4 + 4),
        bias_mem(scales.size() * 4 + 4),
        offset(offset_) {
    std::mt19937 rng(seed);
    std::uniform_int_distribution<uint32_t> code(0, (1u << bits) - 1);
    // Affine like MLX: bias ~ -scale * 2^(bits-1), so weights are centred on zero.
    std::uniform_real_distribution<float> scale(0.002f, 0.03f);
    for (auto& c : codes) c = code(rng);
    const size_t esize = dtype == DType::kF32 ? 4 : 2;
    for (size_t i = 0; i < scales.size(); ++i) {
      float s = scale(rng);
      float b = -s * static_cast<float>(1 << (bits - 1)) *
                std::uniform_real_distribution<float>(0.8f, 1.2f)(rng);
      store(scale_mem.data() + offset % 3 + i * esize, s, scales[i]);
      store(bias_mem.data() + (offset + 1) % 3 + i * esize, b, biases[i]);
    }
    std::byte* p = packed_mem.data() + offset;
    for (int64_t r = 0; r < n; ++r) {
      for (int64_t i = 0; i < k; ++i) {
        for (int b = 0; b < bits; ++b) {
          if ((codes[r * k + i] >> b) & 1u) {
            const int64_t bit = (r * k + i) * bits + b;
            p[bit / 8] |= std::byte{static_cast<unsigned char>(1u << (bit % 8))};
          }
        }
      }
    }
  }

  void store(std::byte* dst, float v, float& stored) const {
    if (dtype == DType::kF32) {
      std::memcpy(dst, &v, 4);
      stored = v;
      return;
    }
    const uint16_t h =
        dtype == DType::kF16 ? detail::f32_to_f16_bits(v) : detail::f32_to_bf16_bits(v);
    std::memcpy(dst, &h, 2);
    stored = dtype == DType::kF16 ? detail::f16_bits_to_f32(h) : detail::bf16_bits_to_f32(h);
  }

  PackedWeight view() const {
    return {packed_mem.data() + offset,
            scale_mem.data() + offset % 3,
            bias_mem.data() + (offset + 1) % 3,
            dtype,
            n,
            k,
            bits,
            group};
  }
  float s(int64_t r, int64_t p) const { return scales[r * (k / group) + p / group]; }
  float b(int64_t r, int64_t p) const { return biases[r * (k / group) + p / group]; }
};

std::vector<float> normal_x(int64_t m, int64_t stride, uint32_t seed) {
  std::mt19937 rng(seed);
  std::normal_distribution<float> dist(0.0f, 1.0f);
  std::vector<float> x(static_cast<size_t>(m * stride + 1));
  for (auto& v : x) v = dist(rng);
  // An outlier channel, as LLM residual streams have.
  for (int64_t i = 0; i < m; ++i) x[i * stride + 3] *= 20.0f;
  return x;
}

bool same_bits(float a, float b) {
  return std::memcmp(&a, &b, sizeof(float)) == 0;
}

DType dtype_for(int i) {
  const DType all[] = {DType::kF16, DType::kBF16, DType::kF32};
  return all[i % 3];
}

/// Runs the fast kernel in two slices [0, cut) and [cut, n) into a sentinel-filled y.
std::vector<float> run_fast(const KernelContext& ctx, const QuantizedActivations& xq,
                            const PackedWeight& w, int64_t y_stride) {
  std::vector<float> y(static_cast<size_t>(xq.m * y_stride), -12345.0f);
  const int64_t cut = w.n / 3;
  quantized_matmul_fast(ctx, xq, w, y.data(), y_stride, 0, cut);
  quantized_matmul_fast(ctx, xq, w, y.data(), y_stride, cut, w.n);
  return y;
}

class FastMatmulTest : public ::testing::TestWithParam<Isa> {
 protected:
  KernelContext ctx() const { return KernelContext::with_isa(GetParam()).value(); }
};

TEST_P(FastMatmulTest, EqualsScalarTwinBitwiseForEveryBitsAndGroup) {
  const KernelContext scalar = KernelContext::with_isa(Isa::kScalar).value();
  int variant = 0;
  for (int bits : {2, 3, 4, 5, 6, 8}) {
    for (int group : {32, 64, 128}) {
      // k: an odd number of 32-spans for group 32, several 1024-chunks for group 128, and for
      // 4 bits (128-input blocks) trailing partial blocks of 32 (group 32, 9 groups), 64
      // (group 64; group 32, 10 groups) and 96 inputs (group 32, 11 groups).
      for (int64_t groups : {9, 10, 11}) {
        const int64_t k = group * groups;
        const int64_t n = 37;
        const Matrix mat(n, k, bits, group, dtype_for(variant), variant % 4 + 1, 100 + variant);
        // Every m of the fused small-batch kernel (1..8), and 9 (the tile).
        for (int64_t m = 1; m <= 9; ++m) {
          const int64_t x_stride = k + 3, y_stride = n + 2;
          const std::vector<float> x = normal_x(m, x_stride, 7 + variant);
          QuantizedActivations xq;
          quantize_activations(x.data() + 1, m, x_stride, k, group, &xq);  // x unaligned
          ASSERT_TRUE(validate(xq, mat.view()).ok());
          const std::vector<float> want = run_fast(scalar, xq, mat.view(), y_stride);
          const std::vector<float> got = run_fast(ctx(), xq, mat.view(), y_stride);
          for (int64_t i = 0; i < m; ++i) {
            for (int64_t j = 0; j < y_stride; ++j) {
              const size_t at = static_cast<size_t>(i * y_stride + j);
              ASSERT_TRUE(same_bits(got[at], want[at]))
                  << isa_name(GetParam()) << " bits " << bits << " group " << group << " m " << m
                  << " y[" << i << "," << j << "] = " << got[at] << " want " << want[at];
              if (j >= n) {
                ASSERT_EQ(got[at], -12345.0f) << "written outside [n_begin, n_end)";
              }
            }
          }
        }
        ++variant;
      }
    }
  }
}

TEST_P(FastMatmulTest, InPlaceDecodeEqualsScalarTwinBitwise) {
  // m == 1 on the row-major layout read in place (MoE experts, --weight-layout inplace): 4 and
  // 8 bits (the native AVX-512 m == 1 kernel), long k and k with trailing partial 64-byte spans,
  // odd n split at offsets not multiple of 16, unaligned codes/scales/biases/x, a NaN scale.
  const KernelContext scalar = KernelContext::with_isa(Isa::kScalar).value();
  int variant = 0;
  for (int bits : {4, 8}) {
    for (int group : {32, 64, 128}) {
      std::vector<int64_t> ks = {2048};
      if (group == 32) ks.insert(ks.end(), {160, 192, 224});
      if (group == 64) ks.push_back(192);
      if (group == 128) ks.push_back(384);
      for (int64_t k : ks) {
        for (int d = 0; d < 3; ++d) {
          const int64_t n = 53;
          Matrix mat(n, k, bits, group, dtype_for(d), variant % 5 + 1, 300 + variant);
          // Row 21, group 1: a NaN scale (its output is NaN, as in the twin).
          const int64_t nan_row = 21, nan_at = nan_row * (k / group) + 1;
          const size_t esize = mat.dtype == DType::kF32 ? 4 : 2;
          std::byte* sp = mat.scale_mem.data() + mat.offset % 3 + nan_at * esize;
          if (mat.dtype == DType::kF32) {
            const float q = std::numeric_limits<float>::quiet_NaN();
            std::memcpy(sp, &q, 4);
          } else {
            const uint16_t h = mat.dtype == DType::kF16 ? 0x7E00 : 0x7FC0;
            std::memcpy(sp, &h, 2);
          }
          const std::vector<float> x = normal_x(1, k, 11 + variant);
          QuantizedActivations xq;
          quantize_activations(x.data() + 1, 1, k, k, group, &xq);  // x unaligned
          ASSERT_TRUE(validate(xq, mat.view()).ok());
          std::vector<float> want(static_cast<size_t>(n + 1), -12345.0f), got(want);
          quantized_matmul_fast(scalar, xq, mat.view(), want.data(), n, 0, n);
          for (const auto& [lo, hi] : {std::pair<int64_t, int64_t>{0, 5}, {5, 29}, {29, n}}) {
            quantized_matmul_fast(ctx(), xq, mat.view(), got.data(), n, lo, hi);
          }
          for (int64_t j = 0; j <= n; ++j) {
            ASSERT_TRUE(same_bits(got[j], want[j]))
                << isa_name(GetParam()) << " bits " << bits << " group " << group << " k " << k
                << " dtype " << d << " y[" << j << "] = " << got[j] << " want " << want[j];
          }
          for (int64_t j = 0; j < n; ++j) ASSERT_EQ(std::isnan(got[j]), j == nan_row) << j;
          ASSERT_EQ(got[n], -12345.0f) << "written outside [n_begin, n_end)";
          ++variant;
        }
      }
    }
  }
}

TEST_P(FastMatmulTest, RowsDoNotDependOnMOrTheRowRange) {
  // One order for every m: a row's result never depends on the other rows, on m (1, 2 or 6: a
  // batched decode equals the solo one), or on how [0, n) is split.
  for (int group : {32, 128}) {
    const int64_t k = group * 5, n = 37, m = 6;
    const Matrix mat(n, k, 4, group, DType::kF16, 2, 5);
    const std::vector<float> x = normal_x(m, k, 3);
    QuantizedActivations all;
    quantize_activations(x.data(), m, k, k, group, &all);
    const std::vector<float> together = run_fast(ctx(), all, mat.view(), n);
    for (int64_t i = 0; i + 1 < m; ++i) {
      QuantizedActivations pair;
      quantize_activations(x.data() + i * k, 2, k, k, group, &pair);
      std::vector<float> two(static_cast<size_t>(2 * n));
      for (int64_t j = 0; j < n; ++j)
        quantized_matmul_fast(ctx(), pair, mat.view(), two.data(), n, j, j + 1);
      QuantizedActivations one;
      quantize_activations(x.data() + i * k, 1, k, k, group, &one);
      std::vector<float> alone(static_cast<size_t>(n));
      quantized_matmul_fast(ctx(), one, mat.view(), alone.data(), n, 0, n);
      for (int64_t j = 0; j < n; ++j) {
        ASSERT_TRUE(same_bits(two[j], together[i * n + j]))
            << "group " << group << " row " << i << " col " << j;
        ASSERT_TRUE(same_bits(alone[j], together[i * n + j]))
            << "group " << group << " row " << i << " col " << j << " alone";
      }
    }
  }
}

TEST(FastActivations, RowsQuantizedInPartsEqualTheWholeCall) {
  // prepare_activations once, then disjoint row ranges in any order (what the runtime's threads
  // do for a prefill): every field equal to quantize_activations', a strided x, odd m.
  for (int group : {32, 64, 128}) {
    const int64_t k = group * 3, m = 7, stride = k + 5;
    std::vector<float> x = normal_x(m, stride, 11);
    x[2 * stride + 1] = std::numeric_limits<float>::infinity();  // a NaN-scale group
    for (int64_t i = 0; i < k; ++i) x[4 * stride + i] = 0.0f;    // a zero row
    QuantizedActivations whole, parts;
    quantize_activations(x.data(), m, stride, k, group, &whole);
    prepare_activations(m, k, group, &parts);
    quantize_activation_rows(x.data(), stride, 5, 7, &parts);
    quantize_activation_rows(x.data(), stride, 0, 2, &parts);
    quantize_activation_rows(x.data(), stride, 2, 5, &parts);
    EXPECT_EQ(parts.m, whole.m);
    EXPECT_EQ(parts.codes, whole.codes);
    EXPECT_EQ(parts.quad_sums, whole.quad_sums);
    ASSERT_EQ(parts.scales.size(), whole.scales.size());
    for (size_t i = 0; i < whole.scales.size(); ++i) {
      EXPECT_TRUE(same_bits(parts.scales[i], whole.scales[i])) << i;
      EXPECT_TRUE(same_bits(parts.sums[i], whole.sums[i])) << i;
    }
    EXPECT_TRUE(validate(parts, Matrix(5, k, 4, group, DType::kF16, 1, 1).view()).ok());
  }
}

/// The bound of docs/KERNELS.md for one output, against exact arithmetic on the stored values.
struct Reference {
  double exact = 0;  // sum_g s_g sum_p q_p x_p + b_g sum_p x_p, in double
  double bound = 0;
};

Reference fast_reference(const Matrix& mat, const QuantizedActivations& xq, const float* x,
                         int64_t i, int64_t r, float fast_value) {
  const int64_t k = mat.k, gs = mat.group, groups = k / gs;
  Reference ref;
  double quant = 0, scaled = 0, biased = 0, terms = 0;
  for (int64_t g = 0; g < groups; ++g) {
    const double s = mat.scales[r * groups + g], b = mat.biases[r * groups + g];
    const double d = xq.scales[i * groups + g];
    const double centre = 1 << (mat.bits - 1);
    double qsum = 0, qc = 0, xabs = 0;
    for (int64_t p = g * gs; p < (g + 1) * gs; ++p) {
      const double q = mat.codes[r * k + p], xp = x[p];
      ref.exact += s * q * xp + b * xp;
      terms += std::abs(s * q * xp) + std::abs(b * xp);
      qsum += std::abs(q - centre);
      qc += std::abs(q - centre) * std::abs(xq.codes[i * k + p]);
      xabs += std::abs(xp);
    }
    quant += std::abs(s) * d * (0.5 + std::ldexp(1.0, -15)) * qsum;
    scaled += std::abs(s) * d * qc;
    biased += std::abs(b + s * centre) * xabs;
  }
  // One chain of 2 * groups fmas per output (docs/KERNELS.md).
  ref.bound = quant + gamma(2.0 * static_cast<double>(groups) + 6) * scaled +
              gamma(static_cast<double>(2 * groups + gs / 16 + 11)) * biased +
              kEps * std::abs(double(fast_value)) +
              1e-12 * terms;  // the double reference's own error
  return ref;
}

TEST_P(FastMatmulTest, WithinDerivedBoundOfExactArithmeticAndOfTheExactKernel) {
  int variant = 0;
  for (int bits : {2, 3, 4, 5, 6, 8}) {
    for (int group : {32, 64, 128}) {
      const int64_t k = group * 16, n = 19, m = 3;
      const Matrix mat(n, k, bits, group, dtype_for(variant), 1, 300 + variant);
      const std::vector<float> x = normal_x(m, k, 11 + variant);
      QuantizedActivations xq;
      quantize_activations(x.data(), m, k, k, group, &xq);
      std::vector<float> fast(static_cast<size_t>(m * n)), exact(fast.size());
      quantized_matmul_fast(ctx(), xq, mat.view(), fast.data(), n, 0, n);
      quantized_matmul(ctx(), x.data(), m, k, mat.view(), Precision::kF32, exact.data(), n, 0, n);
      for (int64_t i = 0; i < m; ++i) {
        for (int64_t r = 0; r < n; ++r) {
          const float got = fast[i * n + r];
          const Reference ref = fast_reference(mat, xq, x.data() + i * k, i, r, got);
          EXPECT_LE(std::abs(double(got) - ref.exact), ref.bound)
              << "bits " << bits << " group " << group << " y[" << i << "," << r << "]";
          // The exact kernel: W_hat = fl(fl(q s) + b), canonical dot.
          double what = 0, xw = 0;
          for (int64_t p = 0; p < k; ++p) {
            const double sq = std::abs(double(mat.codes[r * k + p]) * double(mat.s(r, p)));
            const double ab = std::abs(double(mat.b(r, p))), ax = std::abs(double(x[i * k + p]));
            what += ax * (2 * sq + ab);
            xw += ax * (sq + ab);
          }
          const double exact_bound = 1.01 * kEps * what + gamma(double(k) / 16 + 6) * xw * 1.01;
          EXPECT_LE(std::abs(double(got) - double(exact[i * n + r])), ref.bound + exact_bound)
              << "bits " << bits << " group " << group << " y[" << i << "," << r << "]";
        }
      }
      ++variant;
    }
  }
}

INSTANTIATE_TEST_SUITE_P(AllIsas, FastMatmulTest,
                         ::testing::ValuesIn(KernelContext::available_isas()),
                         [](const auto& param_info) {
                           return std::string(isa_name(param_info.param));
                         });

TEST(FastMatmul, RandomDataErrorIsSmallRelativeToTheOutputs) {
  // Sanity, not a proof: int8 rounding noise has step d = max|x|/127 per group, so for
  // Gaussian activations with an outlier channel the RMS error is a few 0.1% of the RMS output.
  const KernelContext ctx = KernelContext::best();
  for (int bits : {4, 8}) {
    const int64_t k = 2048, n = 64, m = 4;
    const Matrix mat(n, k, bits, 64, DType::kF16, 0, 77);
    const std::vector<float> x = normal_x(m, k, 78);
    std::vector<float> fast(static_cast<size_t>(m * n)), exact(fast.size());
    quantized_matmul(ctx, x.data(), m, k, mat.view(), Precision::kF32, fast.data(), n, 0, n,
                     Policy::kFast);
    quantized_matmul(ctx, x.data(), m, k, mat.view(), Precision::kF32, exact.data(), n, 0, n,
                     Policy::kExact);
    double err = 0, norm = 0;
    for (size_t i = 0; i < fast.size(); ++i) {
      const double e = double(fast[i]) - double(exact[i]);
      err += e * e;
      norm += double(exact[i]) * double(exact[i]);
    }
    EXPECT_GT(err, 0.0) << "fast should differ from exact somewhere";
    EXPECT_LT(std::sqrt(err / norm), 0.02) << "bits " << bits;
  }
}

TEST(FastMatmul, PolicyOverloadMatchesTheTwoPaths) {
  const KernelContext ctx = KernelContext::best();
  const Matrix mat(9, 256, 4, 64, DType::kF16, 3, 1);
  const std::vector<float> x = normal_x(2, 256, 2);
  std::vector<float> a(18), b(18), c(18), d(18);
  quantized_matmul(ctx, x.data(), 2, 256, mat.view(), Precision::kF32, a.data(), 9, 0, 9,
                   Policy::kExact);
  quantized_matmul(ctx, x.data(), 2, 256, mat.view(), Precision::kF32, b.data(), 9, 0, 9);
  quantized_matmul(ctx, x.data(), 2, 256, mat.view(), Precision::kF32, c.data(), 9, 0, 9,
                   Policy::kFast);
  QuantizedActivations xq;
  quantize_activations(x.data(), 2, 256, 256, 64, &xq);
  quantized_matmul_fast(ctx, xq, mat.view(), d.data(), 9, 0, 9);
  for (size_t i = 0; i < a.size(); ++i) {
    EXPECT_TRUE(same_bits(a[i], b[i]));
    EXPECT_TRUE(same_bits(c[i], d[i]));
  }
}

TEST(QuantizeActivations, CodesScalesAndSums) {
  const int64_t k = 256;
  std::vector<float> x = normal_x(1, k, 4);
  for (int p = 64; p < 128; ++p) x[p] = 0.0f;  // an all-zero group
  x[130] = std::numeric_limits<float>::quiet_NaN();
  x[200] = -std::numeric_limits<float>::infinity();
  QuantizedActivations xq;
  quantize_activations(x.data(), 1, k, k, 64, &xq);
  EXPECT_EQ(xq.scales[1], 0.0f);
  EXPECT_TRUE(std::isnan(xq.scales[2]));
  EXPECT_TRUE(std::isnan(xq.scales[3]));
  for (int g = 0; g < 4; ++g) {
    float amax = 0;
    float lanes[16] = {};
    for (int p = g * 64; p < (g + 1) * 64; ++p) {
      amax = std::max(amax, std::abs(x[p]));
      lanes[p % 16] += x[p];
    }
    const float sum = detail::reduce_canonical(lanes);
    if (g < 2) {
      EXPECT_TRUE(same_bits(xq.sums[g], sum)) << g;
    } else {
      EXPECT_FALSE(std::isfinite(xq.sums[g]));
    }
    for (int p = g * 64; p < (g + 1) * 64; ++p) {
      const int q = xq.codes[p];
      if (g >= 1) {
        EXPECT_EQ(q, 0);
        continue;
      }
      const float d = xq.scales[g];
      EXPECT_EQ(d, amax / 127.0f);
      EXPECT_LE(std::abs(q), 127);
      EXPECT_EQ(q, static_cast<int>(std::nearbyint(x[p] * (127.0f / amax)))) << p;
      EXPECT_LE(std::abs(double(x[p]) - double(d) * q), double(d) * (0.5 + std::ldexp(1.0, -15)))
          << p;
    }
  }
  // A NaN activation group makes the outputs NaN instead of a silently wrong number.
  const Matrix mat(3, k, 4, 64, DType::kF16, 0, 9);
  std::vector<float> y(3);
  quantized_matmul_fast(KernelContext::best(), xq, mat.view(), y.data(), 3, 0, 3);
  for (float v : y) EXPECT_TRUE(std::isnan(v));
}

TEST(QuantizeActivations, RoundsTiesToEven) {
  // max |x| = 127 makes the multiplier exactly 1, so x itself is rounded.
  std::vector<float> x(32, 0.0f);
  const float in[] = {127.0f, 0.5f, 1.5f, 2.5f, -0.5f, -2.5f, -3.5f, 126.5f, 0.49999997f};
  const int want[] = {127, 0, 2, 2, 0, -2, -4, 126, 0};
  std::copy(std::begin(in), std::end(in), x.begin());
  QuantizedActivations xq;
  quantize_activations(x.data(), 1, 32, 32, 32, &xq);
  EXPECT_EQ(xq.scales[0], 1.0f);
  for (size_t i = 0; i < std::size(in); ++i) EXPECT_EQ(xq.codes[i], want[i]) << in[i];
}

TEST(QuantizeActivations, ValidateRejectsMismatches) {
  const Matrix mat(3, 256, 4, 64, DType::kF16, 0, 9);
  std::vector<float> x(256, 1.0f);
  QuantizedActivations xq;
  EXPECT_FALSE(validate(xq, mat.view()).ok());
  quantize_activations(x.data(), 1, 256, 256, 32, &xq);
  const Status wrong_group = validate(xq, mat.view());
  ASSERT_FALSE(wrong_group.ok());
  EXPECT_NE(wrong_group.error().message().find("group"), std::string::npos);
  quantize_activations(x.data(), 1, 256, 256, 64, &xq);
  EXPECT_TRUE(validate(xq, mat.view()).ok());
}

}  // namespace
}  // namespace mlxla::kernels
