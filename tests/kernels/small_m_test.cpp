// Policy exact for small batches (1 < m <= 16: batched decode, short prefill chunks): every row of
// an m-row call equals the same row computed alone (m == 1) bit for bit, on every ISA, in place
// and interleaved (R = 4, 8), for every split of [n_begin, n_end), and equals dense_matmul of the
// dequantized matrix (the exact contract).
// ctest-labels: unit numerics
#include <gtest/gtest.h>

#include <algorithm>
#include <cstring>
#include <limits>
#include <random>
#include <string>
#include <vector>

#include "kernels/cpu/interleave.h"
#include "kernels/cpu/kernels.h"
#include "kernels/packed_source.h"
#include "support/test_support.h"

namespace mlxla::kernels {
namespace {

using test_data::Interleaved;
using test_data::Source;

/// Activations [m, x_stride] (x_stride > k: strided rows), one float past a fresh allocation.
struct Activations {
  std::vector<float> mem;
  int64_t stride;
  const float* data() const { return mem.data() + 1; }
  Activations(int64_t m, int64_t k, uint32_t seed) : mem(static_cast<size_t>(m * (k + 3) + 1)) {
    stride = k + 3;
    std::mt19937 rng(seed);
    std::normal_distribution<float> d(0.0f, 1.0f);
    for (auto& v : mem) v = d(rng);
  }
};

const float kNaN = std::numeric_limits<float>::quiet_NaN();

/// y [m, n + 2] (stride n + 2, NaN-filled) from consecutive calls on `parts` pieces of [0, n) cut
/// at n * t / parts (not at block boundaries), as threads split it.
std::vector<float> split_call(const KernelContext& ctx, const Activations& x, int64_t m,
                              const PackedWeight& w, Precision p, int parts) {
  const int64_t ys = w.n + 2;
  std::vector<float> y(static_cast<size_t>(m * ys), kNaN);
  for (int t = 0; t < parts; ++t) {
    quantized_matmul(ctx, x.data(), m, x.stride, w, p, y.data(), ys, w.n * t / parts,
                     w.n * (t + 1) / parts);
  }
  return y;
}

/// Row i of every output equals `alone` (the m == 1 result of each row, [m, n + 2]) bitwise, and
/// the two stride columns past n stay NaN (nothing written outside the range).
::testing::AssertionResult rows_equal(const std::vector<float>& got,
                                      const std::vector<float>& alone) {
  if (got.size() != alone.size()) return ::testing::AssertionFailure() << "size";
  for (size_t i = 0; i < got.size(); ++i) {
    uint32_t a, b;
    std::memcpy(&a, &got[i], 4);
    std::memcpy(&b, &alone[i], 4);
    if (a != b) return ::testing::AssertionFailure() << "first difference at " << i;
  }
  return ::testing::AssertionSuccess();
}

const char* precision_name(Precision p) {
  return p == Precision::kF32 ? "f32" : p == Precision::kF16 ? "f16" : "bf16";
}

/// Checks, for every precision, ISA, layout (in place, R = 4, R = 8), m in `ms` and 1-3 parts,
/// that every row equals the scalar in-place kernel on that row alone, which equals dense_matmul
/// of the dequantized matrix.
void check_small_m(const Source& src, const std::vector<int64_t>& ms, uint32_t seed) {
  const PackedWeight& w = src.w;
  const auto scalar = KernelContext::with_isa(Isa::kScalar).value();
  const Interleaved r4(w, 4), r8(w, 8);
  const int64_t m_max = *std::max_element(ms.begin(), ms.end());
  const Activations x(m_max, w.k, seed);
  std::vector<float> w_hat(static_cast<size_t>(w.n * w.k));
  dequantize_rows(scalar, w, 0, w.n, w_hat.data(), w.k);
  const DenseWeight dense{reinterpret_cast<const std::byte*>(w_hat.data()), DType::kF32, w.n, w.k};
  for (Precision p : {Precision::kF32, Precision::kF16, Precision::kBF16}) {
    // Sanitizer builds: the narrowed precisions on 4-bit weights only (the release build runs
    // them all; the unpack is per width, the narrowing per precision).
    if (mlxla::testing::kSanitized && p != Precision::kF32 && w.bits != 4) continue;
    // Each row alone (m == 1), and dense_matmul of W_hat on all rows.
    const int64_t ys = w.n + 2;
    std::vector<float> alone(static_cast<size_t>(m_max * ys), kNaN), dense_y(alone.size(), kNaN);
    for (int64_t i = 0; i < m_max; ++i) {
      quantized_matmul(scalar, x.data() + i * x.stride, 1, x.stride, w, p, alone.data() + i * ys,
                       ys, 0, w.n);
    }
    dense_matmul(scalar, x.data(), m_max, x.stride, dense, p, dense_y.data(), ys, 0, w.n);
    ASSERT_TRUE(rows_equal(dense_y, alone)) << "dense != packed, " << precision_name(p);
    for (Isa isa : KernelContext::available_isas()) {
      // Sanitizer builds: the SIMD tables (what they check is memory access; the scalar table
      // gives the reference rows above).
      if (mlxla::testing::kSanitized && isa == Isa::kScalar) continue;
      const auto ctx = KernelContext::with_isa(isa).value();
      for (const PackedWeight* layout : {&w, &r4.w, &r8.w}) {
        for (int64_t m : ms) {
          const std::vector<float> want(alone.begin(), alone.begin() + m * ys);
          for (int parts : {1, 2, 3}) {
            if (mlxla::testing::kSanitized && parts == 2) continue;  // 3 parts split unaligned too
            EXPECT_TRUE(rows_equal(split_call(ctx, x, m, *layout, p, parts), want))
                << isa_name(isa) << " R=" << layout->interleave << " m=" << m << " parts=" << parts
                << " " << precision_name(p);
          }
        }
      }
    }
  }
}

struct Case {
  int bits, group;
  DType dtype;
};

std::string case_name(const ::testing::TestParamInfo<Case>& info) {
  const char* dt = info.param.dtype == DType::kF32   ? "f32"
                   : info.param.dtype == DType::kF16 ? "f16"
                                                     : "bf16";
  std::string name = "b";
  name += std::to_string(info.param.bits);
  name += "_g";
  name += std::to_string(info.param.group);
  name += "_";
  name += dt;
  return name;
}

class SmallMTest : public ::testing::TestWithParam<Case> {};

TEST_P(SmallMTest, SmallBatchRowsEqualSingleRows) {
  const Case c = GetParam();
  // n = 37: not a multiple of 4 or 8; k = 5 groups: a short last 128-input slice for groups 32
  // and 64, and never a multiple of the 512-input dequantized slice.
  const Source src(37, 5 * c.group, c.bits, c.group, c.dtype, 1 + c.bits % 3, 5 * c.bits + c.group);
  std::vector<int64_t> ms;
  for (int64_t m = 1; m <= 17; ++m) ms.push_back(m);
  // Sanitizer builds (10x slower): the pass boundaries (4-row and 6-row passes, 8 | 9, 16 | 17)
  // and both ends only; the release build checks every m.
  if (mlxla::testing::kSanitized) ms = {1, 2, 4, 5, 7, 8, 9, 12, 13, 16, 17};
  check_small_m(src, ms, static_cast<uint32_t>(c.bits));
}

TEST_P(SmallMTest, SmallBatchRowsEqualSingleRowsLongRows) {
  const Case c = GetParam();
  // k = 4224 = 8 x 512 + 128: several dequantized slices and a partial last one.
  const Source src(11, 4224, c.bits, c.group, c.dtype, 3, 17 * c.bits + c.group);
  check_small_m(src, {2, 5, 16, 17}, static_cast<uint32_t>(c.group));
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

INSTANTIATE_TEST_SUITE_P(AllFormats, SmallMTest, ::testing::ValuesIn(all_cases()), case_name);

}  // namespace
}  // namespace mlxla::kernels
