// The affine codec against MLX's own outputs: all 54 fixture files in
// ../shared/fixtures/mlx-quant (bits x group_size x dtype), compared bit for bit.
// ctest-labels: numerics golden
#include <gtest/gtest.h>

#include <cstring>
#include <string>
#include <vector>

#include "checkpoint/safetensors.h"
#include "quant/affine.h"
#include "quant/half.h"
#include "support/test_support.h"

namespace mlxla::quant {
namespace {

struct FixtureCase {
  int bits;
  int group_size;
  std::string dtype;  // file-name spelling: f32, f16, bf16
};

std::vector<FixtureCase> all_cases() {
  std::vector<FixtureCase> cases;
  for (int bits : kSupportedBits)
    for (int group : {32, 64, 128})
      for (const char* dtype : {"f32", "f16", "bf16"}) cases.push_back({bits, group, dtype});
  return cases;
}

std::string case_name(const ::testing::TestParamInfo<FixtureCase>& info) {
  std::string name("b");  // appended piecewise: "lit" + std::string trips GCC 12 -Wrestrict
  name += std::to_string(info.param.bits);
  name += "_g";
  name += std::to_string(info.param.group_size);
  name += "_";
  name += info.param.dtype;
  return name;
}

class MlxQuantFixture : public ::testing::TestWithParam<FixtureCase> {
 protected:
  std::string relative() const {
    const auto& p = GetParam();
    std::string path("fixtures/mlx-quant/b");
    path += std::to_string(p.bits);
    path += "_g";
    path += std::to_string(p.group_size);
    path += "_";
    path += p.dtype;
    path += ".safetensors";
    return path;
  }
};

// Counts differing elements of two same-sized buffers of `elem` bytes.
size_t count_mismatches(std::span<const std::byte> got, std::span<const std::byte> want,
                        size_t elem) {
  if (got.size() != want.size()) return static_cast<size_t>(-1);
  size_t bad = 0;
  for (size_t i = 0; i < got.size(); i += elem) bad += std::memcmp(&got[i], &want[i], elem) != 0;
  return bad;
}

TEST_P(MlxQuantFixture, QuantizeDequantizeAndMatmulAreBitwise) {
  MLXLA_REQUIRE_SHARED(relative());
  const auto& param = GetParam();
  auto file = checkpoint::SafetensorsFile::open(testing::shared_dir() / relative());
  ASSERT_TRUE(file.ok()) << file.error().message();
  auto get = [&](const char* name) {
    auto view = file->get(name);
    EXPECT_TRUE(view.ok()) << name;
    return view.ok() ? *view : checkpoint::TensorView{};
  };
  const auto w = get("W"), wq = get("wq"), scales = get("scales"), biases = get("biases");
  const auto w_hat = get("W_hat"), w_hat_f32 = get("W_hat_f32"), x = get("x"), y = get("y"),
             y_f32 = get("y_f32");
  ASSERT_FALSE(HasFailure());
  const DType dtype = w.dtype();
  ASSERT_EQ(scales.dtype(), dtype);
  ASSERT_EQ(w.shape().size(), 2u);
  const AffineLayout layout{w.shape()[0], w.shape()[1], param.bits, param.group_size};
  ASSERT_EQ(wq.nbytes(), static_cast<size_t>(layout.packed_bytes()));

  // quantize(W) == (wq, scales, biases), every byte.
  auto q = quantize(w.bytes(), dtype, layout, dtype);
  ASSERT_TRUE(q.ok()) << q.error().message();
  EXPECT_EQ(count_mismatches(q->packed, wq.bytes(), 4), 0u) << "packed words differ";
  EXPECT_EQ(count_mismatches(q->scales, scales.bytes(), dtype_size(dtype)), 0u) << "scales differ";
  EXPECT_EQ(count_mismatches(q->biases, biases.bytes(), dtype_size(dtype)), 0u) << "biases differ";

  // Both dequantize contracts, reading MLX's own (unaligned, mmapped) tensors.
  const QuantizedView view{layout, dtype, wq.bytes(), scales.bytes(), biases.bytes()};
  std::vector<float> deq(static_cast<size_t>(layout.rows * layout.cols));
  ASSERT_TRUE(dequantize_f32(view, deq).ok());
  EXPECT_EQ(count_mismatches(std::as_bytes(std::span(deq)), w_hat_f32.bytes(), 4), 0u)
      << "dequantize_f32 vs W_hat_f32";
  std::vector<std::byte> deq_t(deq.size() * dtype_size(dtype));
  ASSERT_TRUE(dequantize_in_dtype(view, deq_t).ok());
  EXPECT_EQ(count_mismatches(deq_t, w_hat.bytes(), dtype_size(dtype)), 0u)
      << "dequantize_in_dtype vs W_hat";

  // quantized_matmul (transpose=true) on MLX's CPU: sequential accumulation over k.
  // y_f32: f32 x, f32 copies of the scales/biases, everything in f32 -> x * W_hat_f32.
  // y: all in T, each operation an f32 operation rounded to T.
  const int64_t m_rows = x.shape()[0], k = layout.cols, n = layout.rows;
  std::vector<float> xf(static_cast<size_t>(m_rows * k));
  for (size_t i = 0; i < xf.size(); ++i) xf[i] = load_as_f32(x.data, dtype, i);
  auto round_t = [&](float v) {
    std::byte tmp[4];
    store_from_f32(v, dtype, tmp, 0);
    return load_as_f32(tmp, dtype, 0);
  };
  size_t bad_y = 0, bad_y32 = 0;
  for (int64_t m = 0; m < m_rows; ++m) {
    for (int64_t col = 0; col < n; ++col) {
      float sum32 = 0.0f, sum_t = 0.0f;
      for (int64_t kk = 0; kk < k; ++kk) {
        const float xv = xf[static_cast<size_t>(m * k + kk)];
        const size_t wi = static_cast<size_t>(col * k + kk);
        const float prod32 = xv * deq[wi];
        sum32 = sum32 + prod32;
        const float w_t = load_as_f32(deq_t.data(), dtype, wi);
        sum_t = round_t(sum_t + round_t(xv * w_t));
      }
      const size_t yi = static_cast<size_t>(m * n + col);
      const float want32 = y_f32.load<float>(yi);
      bad_y32 += std::memcmp(&sum32, &want32, 4) != 0;
      std::byte got_t[4];
      store_from_f32(sum_t, dtype, got_t, 0);
      bad_y += std::memcmp(got_t, y.data + yi * dtype_size(dtype), dtype_size(dtype)) != 0;
    }
  }
  EXPECT_EQ(bad_y32, 0u) << "sequential f32 accumulation vs y_f32";
  EXPECT_EQ(bad_y, 0u) << "sequential accumulation in T vs y";
}

INSTANTIATE_TEST_SUITE_P(AllFiles, MlxQuantFixture, ::testing::ValuesIn(all_cases()), case_name);

}  // namespace
}  // namespace mlxla::quant
