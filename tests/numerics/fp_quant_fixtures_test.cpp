// MLX's fp quantization modes against MLX's own outputs: the 9 files in
// ../shared/fixtures/mlx-quant-fp (mxfp4/nvfp4/mxfp8 x f32/f16/bf16), bit for bit, NaN and
// inf patterns included (edge rows E, every scale byte in D).
// ctest-labels: numerics golden
#include <gtest/gtest.h>

#include <cstring>
#include <sstream>
#include <string>
#include <vector>

#include "checkpoint/safetensors.h"
#include "quant/fp_modes.h"
#include "quant/half.h"
#include "support/test_support.h"

namespace mlxla::quant {
namespace {

struct FpCase {
  std::string mode;
  std::string dtype;  // file-name spelling: f32, f16, bf16
};

void PrintTo(const FpCase& c, std::ostream* os) {
  *os << c.mode << "_" << c.dtype;
}

std::vector<FpCase> all_cases() {
  std::vector<FpCase> cases;
  for (const char* mode : {"mxfp4", "nvfp4", "mxfp8"})
    for (const char* dtype : {"f32", "f16", "bf16"}) cases.push_back({mode, dtype});
  return cases;
}

std::string case_name(const ::testing::TestParamInfo<FpCase>& info) {
  std::string name = info.param.mode;
  name += "_";
  name += info.param.dtype;
  return name;
}

// "" when equal, else the count of differing elements and the first one, in hex.
std::string compare(std::span<const std::byte> got, std::span<const std::byte> want, size_t elem) {
  if (got.size() != want.size())
    return "sizes differ: " + std::to_string(got.size()) + " vs " + std::to_string(want.size());
  size_t bad = 0, first = 0;
  for (size_t i = 0; i < got.size(); i += elem)
    if (std::memcmp(&got[i], &want[i], elem) != 0 && bad++ == 0) first = i / elem;
  if (bad == 0) return "";
  auto hex = [&](std::span<const std::byte> b) {
    uint32_t v = 0;
    std::memcpy(&v, &b[first * elem], elem);
    std::ostringstream s;
    s << std::hex << "0x" << v;
    return s.str();
  };
  return std::to_string(bad) + " elements differ, first #" + std::to_string(first) + ": " +
         hex(got) + " vs " + hex(want);
}

class MlxFpFixture : public ::testing::TestWithParam<FpCase> {
 protected:
  std::string relative() const {
    return "fixtures/mlx-quant-fp/" + GetParam().mode + "_" + GetParam().dtype + ".safetensors";
  }
};

TEST_P(MlxFpFixture, QuantizeDequantizeAndMatmulAreBitwise) {
  MLXLA_REQUIRE_SHARED(relative());
  auto file = checkpoint::SafetensorsFile::open(testing::shared_dir() / relative());
  ASSERT_TRUE(file.ok()) << file.error().message();
  auto get = [&](const char* name) {
    auto view = file->get(name);
    EXPECT_TRUE(view.ok()) << name;
    return view.ok() ? *view : checkpoint::TensorView{};
  };
  auto mode = parse_fp_mode(GetParam().mode);
  ASSERT_TRUE(mode.ok());
  const auto w = get("W");
  ASSERT_FALSE(HasFailure());
  const DType t = w.dtype();
  const size_t elem = dtype_size(t);

  // quantize(A) == (Aq, A_scales) and dequantize(Aq, A_scales, dtype) == each stored result.
  auto check_quantize = [&](const char* src, const char* codes, const char* scales,
                            std::optional<float> global) {
    const auto a = get(src), aq = get(codes), as = get(scales);
    ASSERT_FALSE(HasFailure());
    const FpLayout layout{a.shape()[0], a.shape()[1], *mode};
    std::vector<std::byte> packed(static_cast<size_t>(layout.packed_bytes()));
    std::vector<std::byte> sc(static_cast<size_t>(layout.scale_count()));
    ASSERT_TRUE(fp_quantize(a.bytes(), t, layout, global, packed, sc).ok()) << src;
    EXPECT_EQ(compare(packed, aq.bytes(), 1), "") << "quantize(" << src << ") codes";
    EXPECT_EQ(compare(sc, as.bytes(), 1), "") << "quantize(" << src << ") scales";
  };
  auto check_dequantize = [&](const char* codes, const char* scales, std::optional<float> global,
                              DType out, const char* want_name) {
    const auto q = get(codes), s = get(scales), want = get(want_name);
    ASSERT_FALSE(HasFailure());
    const FpLayout layout{q.shape()[0],
                          static_cast<int64_t>(q.nbytes()) * 8 / fp_mode_bits(*mode) / q.shape()[0],
                          *mode};
    const FpView view{layout, q.bytes(), s.bytes(), global};
    const DType written = fp_dequantize_dtype(view, out);
    EXPECT_EQ(written, want.dtype()) << want_name;
    std::vector<std::byte> got(static_cast<size_t>(layout.rows * layout.cols) *
                               dtype_size(written));
    ASSERT_TRUE(fp_dequantize(view, out, got).ok()) << want_name;
    EXPECT_EQ(compare(got, want.bytes(), dtype_size(written)), "") << want_name;
  };

  check_quantize("W", "wq", "scales", std::nullopt);
  check_dequantize("wq", "scales", std::nullopt, t, "W_hat");
  check_dequantize("wq", "scales", std::nullopt, DType::kF32, "W_hat_f32");
  check_dequantize("wq", "scales", std::nullopt, DType::kBF16, "W_hat_default");
  check_quantize("E", "Eq", "E_scales", std::nullopt);
  check_dequantize("Eq", "E_scales", std::nullopt, t, "E_hat");
  check_dequantize("Dq", "D_scales", std::nullopt, t, "D_hat");
  check_dequantize("Dq", "D_scales", std::nullopt, DType::kF32, "D_hat_f32");
  if (*mode == FpMode::kNvfp4) {
    const auto g = get("global_scale");
    ASSERT_FALSE(HasFailure());
    ASSERT_EQ(g.dtype(), DType::kF32);
    float global = 0;
    std::memcpy(&global, g.data, 4);
    check_quantize("W", "wq_gs", "scales_gs", global);
    check_dequantize("wq_gs", "scales_gs", global, t, "W_hat_gs");
    check_dequantize("wq_gs", "scales_gs", global, DType::kF32, "W_hat_gs_f32");
  }

  // quantized_matmul(x, wq, scales, transpose=true): y in x's dtype; y_f32 from f32 x.
  const auto x = get("x"), wq = get("wq"), scales = get("scales"), y = get("y"),
             y_f32 = get("y_f32");
  ASSERT_FALSE(HasFailure());
  const FpLayout layout{w.shape()[0], w.shape()[1], *mode};
  const FpView view{layout, wq.bytes(), scales.bytes(), std::nullopt};
  const int64_t m = x.shape()[0];
  std::vector<std::byte> got(static_cast<size_t>(m * layout.rows) * elem);
  ASSERT_TRUE(fp_quantized_matmul(x.bytes(), t, m, view, got).ok());
  EXPECT_EQ(compare(got, y.bytes(), elem), "") << "quantized_matmul vs y";
  std::vector<float> x32(static_cast<size_t>(m * layout.cols));
  for (size_t i = 0; i < x32.size(); ++i) {
    if (t == DType::kF32) {
      std::memcpy(&x32[i], x.data + 4 * i, 4);
    } else {
      uint16_t h;
      std::memcpy(&h, x.data + 2 * i, 2);
      x32[i] = t == DType::kF16 ? f16_to_f32(h) : bf16_to_f32(h);
    }
  }
  std::vector<std::byte> got32(static_cast<size_t>(m * layout.rows) * 4);
  ASSERT_TRUE(fp_quantized_matmul(std::as_bytes(std::span(x32)), DType::kF32, m, view, got32).ok());
  EXPECT_EQ(compare(got32, y_f32.bytes(), 4), "") << "quantized_matmul vs y_f32";
}

INSTANTIATE_TEST_SUITE_P(AllModes, MlxFpFixture, ::testing::ValuesIn(all_cases()), case_name);

}  // namespace
}  // namespace mlxla::quant
