// quantized_matmul / dense_matmul / dequantize_rows on every ISA against a slow oracle that
// dequantizes from the codes directly and sums in the canonical order: bitwise equality.
// ctest-labels: unit numerics
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <random>
#include <string>
#include <vector>

#include "kernels/cpu/kernels.h"
#include "kernels/cpu/numeric.h"

namespace mlxla::kernels {
namespace {

using detail::narrow;

/// Bytes at a deliberately odd address: `offset` bytes past a fresh allocation.
class OddBuffer {
 public:
  OddBuffer(size_t bytes, int offset) : storage_(bytes + 64), offset_(offset) {}
  std::byte* data() { return storage_.data() + offset_; }

 private:
  std::vector<std::byte> storage_;
  int offset_;
};

uint16_t to_bits(float v, DType dtype) {
  return dtype == DType::kF16 ? detail::f32_to_f16_bits(v) : detail::f32_to_bf16_bits(v);
}
float from_bits(uint16_t b, DType dtype) {
  return dtype == DType::kF16 ? detail::f16_bits_to_f32(b) : detail::bf16_bits_to_f32(b);
}

/// A random packed matrix plus what the oracle needs: the codes and the decoded scales.
struct TestMatrix {
  int64_t n, k;
  int bits, group;
  DType scale_dtype;
  std::vector<uint32_t> codes;        // [n, k]
  std::vector<float> scales, biases;  // [n, k/group], exactly the stored values
  OddBuffer packed, scale_bytes, bias_bytes;

  TestMatrix(int64_t n_, int64_t k_, int bits_, int group_, DType sdt, int offset, uint32_t seed)
      : n(n_),
        k(k_),
        bits(bits_),
        group(group_),
        scale_dtype(sdt),
        codes(static_cast<size_t>(n_ * k_)),
        scales(static_cast<size_t>(n_ * k_ / group_)),
        biases(scales.size()),
        packed(static_cast<size_t>(n_ * k_ * bits_ / 8), offset),
        scale_bytes(scales.size() * 4, (offset + 1) % 4),
        bias_bytes(scales.size() * 4, (offset + 2) % 4) {
    std::mt19937 rng(seed);
    std::uniform_int_distribution<uint32_t> code(0, (1u << bits) - 1);
    std::uniform_real_distribution<float> scale(0.001f, 0.05f);
    std::uniform_real_distribution<float> bias(-0.4f, 0.1f);
    for (auto& c : codes) c = code(rng);
    const int64_t esize = sdt == DType::kF32 ? 4 : 2;
    for (size_t i = 0; i < scales.size(); ++i) {
      float s = scale(rng), b = bias(rng);
      if (sdt != DType::kF32) {
        s = from_bits(to_bits(s, sdt), sdt);
        b = from_bits(to_bits(b, sdt), sdt);
        const uint16_t sb = to_bits(s, sdt), bb = to_bits(b, sdt);
        std::memcpy(scale_bytes.data() + i * esize, &sb, 2);
        std::memcpy(bias_bytes.data() + i * esize, &bb, 2);
      } else {
        std::memcpy(scale_bytes.data() + i * esize, &s, 4);
        std::memcpy(bias_bytes.data() + i * esize, &b, 4);
      }
      scales[i] = s;
      biases[i] = b;
    }
    // LSB-first bit stream per row, written bit by bit (independent of the kernels' reader).
    std::byte* p = packed.data();
    std::memset(p, 0, static_cast<size_t>(n * k * bits / 8));
    for (int64_t r = 0; r < n; ++r) {
      for (int64_t i = 0; i < k; ++i) {
        for (int b = 0; b < bits; ++b) {
          if ((codes[r * k + i] >> b) & 1u) {
            const int64_t bit = r * k * bits + i * bits + b;
            p[bit / 8] |= std::byte{static_cast<unsigned char>(1u << (bit % 8))};
          }
        }
      }
    }
  }

  PackedWeight view() {
    return {packed.data(), scale_bytes.data(), bias_bytes.data(), scale_dtype, n, k, bits, group};
  }

  /// W_hat = float(q) * s + b with two roundings.
  std::vector<float> dequantized() const {
    std::vector<float> w(static_cast<size_t>(n * k));
    for (int64_t r = 0; r < n; ++r) {
      for (int64_t i = 0; i < k; ++i) {
        const size_t g = static_cast<size_t>(r * (k / group) + i / group);
        volatile float scaled = static_cast<float>(codes[r * k + i]) * scales[g];
        w[r * k + i] = scaled + biases[g];
      }
    }
    return w;
  }
};

/// The canonical order, written out once more for the oracle.
float oracle_dot(const float* x, const float* w, int64_t k, Precision p) {
  float lanes[16] = {};
  for (int64_t i = 0; i < k; ++i) {
    lanes[i % 16] = std::fma(narrow(x[i], p), narrow(w[i], p), lanes[i % 16]);
  }
  for (int s = 8; s >= 1; s /= 2) {
    for (int l = 0; l < s; ++l) lanes[l] += lanes[l + s];
  }
  return lanes[0];
}

std::vector<float> random_x(int64_t m, int64_t stride, uint32_t seed) {
  std::mt19937 rng(seed);
  std::normal_distribution<float> dist(0.0f, 1.0f);
  std::vector<float> x(static_cast<size_t>(m * stride));
  for (auto& v : x) v = dist(rng);
  return x;
}

bool same_bits(float a, float b) {
  return std::memcmp(&a, &b, sizeof(float)) == 0;
}

const char* precision_name(Precision p) {
  return p == Precision::kF32 ? "f32" : p == Precision::kF16 ? "f16" : "bf16";
}

class MatmulTest : public ::testing::TestWithParam<Isa> {
 protected:
  KernelContext ctx() const { return KernelContext::with_isa(GetParam()).value(); }
};

TEST_P(MatmulTest, PackedEqualsOracleBitwiseForEveryBitsGroupPrecision) {
  const KernelContext context = ctx();
  int case_index = 0;
  for (int bits : {2, 3, 4, 5, 6, 8}) {
    for (int group : {32, 64, 128}) {
      for (DType sdt : {DType::kF32, DType::kF16, DType::kBF16}) {
        ++case_index;
        const int64_t n = 37, k = group * 5;  // k > 512 for group 128: several k-chunks
        TestMatrix mat(n, k, bits, group, sdt, 1 + case_index % 3, 1000u + case_index);
        ASSERT_TRUE(validate(mat.view()).ok());
        const std::vector<float> w = mat.dequantized();
        for (int64_t m : {1, 7}) {
          const int64_t xs = k + 3, ys = n + 5;
          const std::vector<float> x = random_x(m, xs, 7u * case_index + static_cast<uint32_t>(m));
          for (Precision p : {Precision::kF32, Precision::kF16, Precision::kBF16}) {
            SCOPED_TRACE(::testing::Message() << "bits=" << bits << " group=" << group
                                              << " scale=" << static_cast<int>(sdt) << " m=" << m
                                              << " precision=" << precision_name(p));
            std::vector<float> y(static_cast<size_t>(m * ys), -7.0f);
            // Two partitions of the n range, as two threads would split it.
            quantized_matmul(context, x.data(), m, xs, mat.view(), p, y.data(), ys, 0, 13);
            quantized_matmul(context, x.data(), m, xs, mat.view(), p, y.data(), ys, 13, n);
            int mismatches = 0;
            for (int64_t i = 0; i < m; ++i) {
              for (int64_t j = 0; j < n; ++j) {
                const float want = oracle_dot(&x[i * xs], &w[j * k], k, p);
                if (!same_bits(y[i * ys + j], want) && mismatches++ < 3) {
                  ADD_FAILURE() << "y[" << i << "," << j << "] = " << y[i * ys + j] << " want "
                                << want;
                }
              }
              for (int64_t j = n; j < ys; ++j)
                ASSERT_EQ(y[i * ys + j], -7.0f) << "wrote past n_end";
            }
            ASSERT_EQ(mismatches, 0);
          }
        }
      }
    }
  }
}

// An 8-bit kernel may use one fma(q, scale, bias) where q * scale is exact in f32; with a bf16
// scale of 2^121 it is not (8 bits: q >= 128 overflows), and mul-then-add gives inf where the fma
// would give a finite weight. The kernels must notice and keep the two roundings.
TEST_P(MatmulTest, HugeBf16ScalesKeepMulThenAdd) {
  const KernelContext context = ctx();
  for (int bits : {6, 8}) {
    const int64_t n = 9, k = 128;
    TestMatrix mat(n, k, bits, 64, DType::kBF16, 1, 31u + static_cast<uint32_t>(bits));
    // q >= 2^(bits-1) overflows q * huge; q * huge + offset stays finite up to the top code.
    const float huge = std::ldexp(1.0f, 129 - bits), offset = -1.9375f * std::ldexp(1.0f, 127);
    for (int64_t row : {2, 6}) {
      const size_t g = static_cast<size_t>(row * (k / 64) + 1);
      mat.scales[g] = huge;
      mat.biases[g] = offset;
      const uint16_t sb = to_bits(huge, DType::kBF16), bb = to_bits(offset, DType::kBF16);
      std::memcpy(mat.scale_bytes.data() + 2 * g, &sb, 2);
      std::memcpy(mat.bias_bytes.data() + 2 * g, &bb, 2);
    }
    const std::vector<float> w = mat.dequantized();
    std::vector<float> x = random_x(1, k, 3);
    for (float& v : x) v = std::fabs(v) * 1e-30f;  // finite products wherever the weight is
    std::vector<float> y(static_cast<size_t>(n), -7.0f);
    quantized_matmul(context, x.data(), 1, k, mat.view(), Precision::kF32, y.data(), n, 0, n);
    for (int64_t j = 0; j < n; ++j) {
      const float want = oracle_dot(x.data(), &w[j * k], k, Precision::kF32);
      EXPECT_TRUE(same_bits(y[j], want) || (std::isnan(y[j]) && std::isnan(want)))
          << "bits=" << bits << " row " << j << ": " << y[j] << " want " << want;
    }
    EXPECT_TRUE(std::any_of(w.begin() + 2 * k + 64, w.begin() + 3 * k, [](float v) {
      return std::isinf(v);
    })) << "the case must overflow in mul-then-add";
  }
}

TEST_P(MatmulTest, DenseOfDequantizedEqualsPackedBitwise) {
  const KernelContext context = ctx();
  TestMatrix mat(29, 256, 4, 64, DType::kBF16, 3, 77);
  const std::vector<float> w = mat.dequantized();
  const DenseWeight dense{reinterpret_cast<const std::byte*>(w.data()), DType::kF32, 29, 256};
  ASSERT_TRUE(validate(dense).ok());
  for (int64_t m : {1, 5}) {
    const std::vector<float> x = random_x(m, 256, 5);
    for (Precision p : {Precision::kF32, Precision::kF16, Precision::kBF16}) {
      std::vector<float> yp(static_cast<size_t>(m * 29)), yd(yp.size());
      quantized_matmul(context, x.data(), m, 256, mat.view(), p, yp.data(), 29, 0, 29);
      dense_matmul(context, x.data(), m, 256, dense, p, yd.data(), 29, 0, 29);
      for (size_t i = 0; i < yp.size(); ++i) {
        ASSERT_TRUE(same_bits(yp[i], yd[i])) << precision_name(p) << " m=" << m << " at " << i;
      }
    }
  }
}

TEST_P(MatmulTest, DenseEqualsOracleForEveryDtypeAndOddK) {
  const KernelContext context = ctx();
  for (int64_t k : {5, 16, 37, 100, 600}) {
    const int64_t n = 23;
    std::mt19937 rng(static_cast<uint32_t>(k));
    std::normal_distribution<float> dist(0.0f, 0.2f);
    std::vector<float> w32(static_cast<size_t>(n * k));
    for (auto& v : w32) v = dist(rng);
    for (DType dtype : {DType::kF32, DType::kF16, DType::kBF16}) {
      const int64_t esize = dtype == DType::kF32 ? 4 : 2;
      OddBuffer buf(static_cast<size_t>(n * k * esize), 2);
      std::vector<float> stored(w32.size());  // the values the weight really holds
      for (size_t i = 0; i < w32.size(); ++i) {
        if (dtype == DType::kF32) {
          stored[i] = w32[i];
          std::memcpy(buf.data() + i * 4, &w32[i], 4);
        } else {
          const uint16_t b = to_bits(w32[i], dtype);
          stored[i] = from_bits(b, dtype);
          std::memcpy(buf.data() + i * 2, &b, 2);
        }
      }
      const DenseWeight dense{buf.data(), dtype, n, k};
      for (int64_t m : {1, 6}) {
        const std::vector<float> x = random_x(m, k + 1, 11);
        for (Precision p : {Precision::kF32, Precision::kF16, Precision::kBF16}) {
          SCOPED_TRACE(::testing::Message() << "k=" << k << " dtype=" << static_cast<int>(dtype)
                                            << " m=" << m << " precision=" << precision_name(p));
          std::vector<float> y(static_cast<size_t>(m * n));
          dense_matmul(context, x.data(), m, k + 1, dense, p, y.data(), n, 0, 9);
          dense_matmul(context, x.data(), m, k + 1, dense, p, y.data(), n, 9, n);
          for (int64_t i = 0; i < m; ++i) {
            for (int64_t j = 0; j < n; ++j) {
              const float want = oracle_dot(&x[i * (k + 1)], &stored[j * k], k, p);
              ASSERT_TRUE(same_bits(y[i * n + j], want))
                  << i << "," << j << ": " << y[i * n + j] << " vs " << want;
            }
          }
        }
      }
    }
  }
}

TEST_P(MatmulTest, F16StoredEqualsF32StoredAtF16Precision) {
  const KernelContext context = ctx();
  const int64_t n = 19, k = 96;
  std::mt19937 rng(3);
  std::normal_distribution<float> dist(0.0f, 0.3f);
  std::vector<float> w32(static_cast<size_t>(n * k));
  std::vector<uint16_t> w16(w32.size());
  for (size_t i = 0; i < w32.size(); ++i) {
    w32[i] = dist(rng);
    w16[i] = detail::f32_to_f16_bits(w32[i]);
  }
  const DenseWeight d32{reinterpret_cast<const std::byte*>(w32.data()), DType::kF32, n, k};
  const DenseWeight d16{reinterpret_cast<const std::byte*>(w16.data()), DType::kF16, n, k};
  for (int64_t m : {1, 9}) {
    const std::vector<float> x = random_x(m, k, 4);
    std::vector<float> a(static_cast<size_t>(m * n)), b(a.size());
    dense_matmul(context, x.data(), m, k, d32, Precision::kF16, a.data(), n, 0, n);
    dense_matmul(context, x.data(), m, k, d16, Precision::kF16, b.data(), n, 0, n);
    for (size_t i = 0; i < a.size(); ++i) ASSERT_TRUE(same_bits(a[i], b[i])) << i;
  }
}

TEST_P(MatmulTest, DequantizeRowsEqualsOracle) {
  const KernelContext context = ctx();
  for (int bits : {2, 3, 4, 5, 6, 8}) {
    TestMatrix mat(11, 192, bits, 64, DType::kF16, bits % 4, 50u + static_cast<uint32_t>(bits));
    const std::vector<float> w = mat.dequantized();
    std::vector<float> out(static_cast<size_t>(5 * 200), 0.0f);
    dequantize_rows(context, mat.view(), 6, 11, out.data(), 200);  // includes the last row
    for (int64_t r = 0; r < 5; ++r) {
      for (int64_t i = 0; i < 192; ++i) {
        ASSERT_TRUE(same_bits(out[r * 200 + i], w[(r + 6) * 192 + i]))
            << "bits=" << bits << " row " << r;
      }
    }
  }
}

INSTANTIATE_TEST_SUITE_P(EveryIsa, MatmulTest, ::testing::ValuesIn(KernelContext::available_isas()),
                         [](const ::testing::TestParamInfo<Isa>& param_info) {
                           return std::string(isa_name(param_info.param));
                         });

TEST(KernelContextTest, ForcingAnIsaGivesThatIsaOrAnError) {
  for (Isa isa : {Isa::kScalar, Isa::kAvx2, Isa::kAvx512, Isa::kAmx}) {
    const auto ctx = KernelContext::with_isa(isa);
    const auto avail = KernelContext::available_isas();
    const bool listed = std::find(avail.begin(), avail.end(), isa) != avail.end();
    EXPECT_EQ(ctx.ok(), listed) << isa_name(isa);
    if (ctx.ok()) {
      EXPECT_EQ(ctx->isa(), isa);
    }
  }
  EXPECT_EQ(KernelContext::best().isa(), KernelContext::available_isas().back());
}

TEST(ValidateTest, RejectsBadPackedViews) {
  std::byte dummy[4] = {};
  PackedWeight w{dummy, dummy, dummy, DType::kF16, 4, 128, 4, 64};
  EXPECT_TRUE(validate(w).ok());
  PackedWeight bad_bits = w;
  bad_bits.bits = 7;
  EXPECT_FALSE(validate(bad_bits).ok());
  PackedWeight bad_group = w;
  bad_group.group_size = 48;
  EXPECT_FALSE(validate(bad_group).ok());
  PackedWeight bad_k = w;
  bad_k.k = 96;
  EXPECT_FALSE(validate(bad_k).ok());
  PackedWeight bad_dtype = w;
  bad_dtype.scale_dtype = DType::kI32;
  EXPECT_FALSE(validate(bad_dtype).ok());
  PackedWeight null_ptr = w;
  null_ptr.biases = nullptr;
  EXPECT_FALSE(validate(null_ptr).ok());
  EXPECT_FALSE(validate(DenseWeight{dummy, DType::kI8, 2, 2}).ok());
  EXPECT_FALSE(validate(DenseWeight{dummy, DType::kF32, 0, 2}).ok());
}

}  // namespace
}  // namespace mlxla::kernels
