// MLX's fp quantization modes on the host: formats, quantize, dequantize and quantized_matmul
// with MLX's CPU rounding (see ../shared/fixtures/mlx-quant-fp/README.md, docs/QUANTIZATION.md).
#include "quant/fp_modes.h"

#include <cmath>
#include <cstring>
#include <limits>
#include <string>
#include <vector>

#include "quant/affine.h"
#include "quant/half.h"

namespace mlxla::quant {
namespace {

constexpr float kE2m1[16] = {+0.0f, 0.5f,  1.0f,  1.5f,  2.0f,  3.0f,  4.0f,  6.0f,
                             -0.0f, -0.5f, -1.0f, -1.5f, -2.0f, -3.0f, -4.0f, -6.0f};

uint32_t bits_of(float f) {
  uint32_t u;
  std::memcpy(&u, &f, sizeof(u));
  return u;
}

float float_of(uint32_t u) {
  float f;
  std::memcpy(&f, &u, sizeof(f));
  return f;
}

// MLX's float16/bfloat16 conversions: round to nearest even, but every NaN becomes
// sign|0x7D00 (f16) or 0x7FC0 (bf16) - the patterns its CPU kernels write.
uint16_t mlx_f16(float x) {
  if (std::isnan(x)) return static_cast<uint16_t>(((bits_of(x) >> 16) & 0x8000u) | 0x7D00u);
  return f32_to_f16(x);
}
uint16_t mlx_bf16(float x) {
  return std::isnan(x) ? uint16_t{0x7FC0} : f32_to_bf16(x);
}

// One value of dtype T held in an f32: T(x) is the nearest T, as MLX's T arithmetic rounds
// every operation computed in f32.
float round_to(DType t, float x) {
  switch (t) {
    case DType::kF16:
      return f16_to_f32(mlx_f16(x));
    case DType::kBF16:
      return bf16_to_f32(mlx_bf16(x));
    default:
      return x;
  }
}

float load(const std::byte* data, DType t, size_t i) {
  return load_as_f32(data, t, i);
}

void store(float x, DType t, std::byte* data, size_t i) {
  switch (t) {
    case DType::kF16: {
      const uint16_t h = mlx_f16(x);
      std::memcpy(data + 2 * i, &h, 2);
      return;
    }
    case DType::kBF16: {
      const uint16_t b = mlx_bf16(x);
      std::memcpy(data + 2 * i, &b, 2);
      return;
    }
    default:
      std::memcpy(data + 4 * i, &x, 4);
  }
}

// float -> int32 as x86's cvttss2si: truncation, and INT_MIN for NaN, inf and out of range.
int32_t x86_to_int32(float x) {
  if (!(x >= -2147483648.0f && x < 2147483648.0f)) return std::numeric_limits<int32_t>::min();
  return static_cast<int32_t>(x);
}

bool is_float_dtype(DType t) {
  return t == DType::kF32 || t == DType::kF16 || t == DType::kBF16;
}

Status check_float_dtype(DType t, const char* what) {
  if (is_float_dtype(t)) return {};
  return invalid_argument(std::string(what) + " must be f32, f16 or bf16, not " +
                          std::string(dtype_safetensors_name(t)));
}

Status check_size(size_t got, int64_t want, const char* what) {
  if (got == static_cast<size_t>(want)) return {};
  return invalid_argument(std::string(what) + " holds " + std::to_string(got) +
                          " bytes; the layout needs " + std::to_string(want));
}

// Quantizes one group of `gs` weights (mxfp4/mxfp8: E8M0 scale), MLX's CPU fallback graph.
uint8_t quantize_group_mx(const float* w, int gs, DType t, bool fp8, uint8_t* codes) {
  const float maxval = fp8 ? 448.0f : 6.0f;
  float amax = 0.0f;
  for (int i = 0; i < gs; ++i) {
    const float a = std::fabs(w[i]);
    if (std::isnan(a) || std::isnan(amax))
      amax = std::numeric_limits<float>::quiet_NaN();
    else if (a > amax)
      amax = a;
  }
  const float s = round_to(t, amax / maxval);
  // where(s == 0, 0, int32(round(log2(s)))), held in T.
  const float k = s == 0.0f ? 0.0f
                            : round_to(t, static_cast<float>(x86_to_int32(
                                              std::nearbyint(round_to(t, std::log2(s))))));
  const float p = round_to(t, std::pow(2.0f, k));
  for (int i = 0; i < gs; ++i) {
    const float v = round_to(t, w[i] / p);
    if (fp8) {
      codes[i] = e4m3_encode(v);
    } else {
      // The first index with the smallest |T(v - T(lut))| (ties keep the lower index).
      uint8_t best = 0;
      float best_d = std::fabs(round_to(t, v - kE2m1[0]));
      for (uint8_t c = 1; c < 16; ++c) {
        const float d = std::fabs(round_to(t, v - kE2m1[c]));
        if (d < best_d) {
          best_d = d;
          best = c;
        }
      }
      codes[i] = best;
    }
  }
  return static_cast<uint8_t>(x86_to_int32(round_to(t, k + 127.0f)));
}

// nvfp4: E4M3 scale per 16, the weights divided in T and multiplied by the f32 encode factor.
uint8_t quantize_group_nv(const float* w, DType t, float encode, uint8_t* codes) {
  float amax = 0.0f;
  for (int i = 0; i < 16; ++i) {
    const float a = std::fabs(w[i]);
    if (std::isnan(a) || std::isnan(amax))
      amax = std::numeric_limits<float>::quiet_NaN();
    else if (a > amax)
      amax = a;
  }
  const uint8_t byte = e4m3_encode(round_to(t, amax / 6.0f) * encode);
  const float scale = round_to(t, e4m3_value(byte));
  for (int i = 0; i < 16; ++i) {
    const float v = round_to(t, w[i] / scale) * encode;  // f32 from here on
    uint8_t best = 0;
    float best_d = std::fabs(v - kE2m1[0]);
    for (uint8_t c = 1; c < 16; ++c) {
      const float d = std::fabs(v - kE2m1[c]);
      if (d < best_d) {
        best_d = d;
        best = c;
      }
    }
    codes[i] = best;
  }
  return byte;
}

// The decoded scale of group byte `b` in dtype `t`, as MLX's dequantize computes it (no global
// scale): E8M0 as power(T(2), T(T(b) - 127)), E4M3 as from_fp8 in T.
float dequant_scale(FpMode mode, uint8_t b, DType t) {
  if (mode == FpMode::kNvfp4) return round_to(t, e4m3_value(b));
  return round_to(t, std::pow(2.0f, round_to(t, static_cast<float>(b) - 127.0f)));
}

// The scale as quantized_matmul decodes it: E8M0 through a bf16 bit pattern, cast to T.
float matmul_scale(FpMode mode, uint8_t b, DType t) {
  if (mode == FpMode::kNvfp4) return round_to(t, e4m3_value(b));
  return round_to(t, bf16_to_f32(b == 0 ? uint16_t{0x40} : static_cast<uint16_t>(b << 7)));
}

float code_value(FpMode mode, const std::byte* row, int64_t j) {
  if (mode == FpMode::kMxfp8) return e4m3_value(static_cast<uint8_t>(row[j]));
  const auto byte = static_cast<uint8_t>(row[j / 2]);
  return kE2m1[(j % 2 == 0) ? (byte & 0x0F) : (byte >> 4)];
}

}  // namespace

Result<FpMode> parse_fp_mode(std::string_view name) {
  if (name == "mxfp4") return FpMode::kMxfp4;
  if (name == "nvfp4") return FpMode::kNvfp4;
  if (name == "mxfp8") return FpMode::kMxfp8;
  return unsupported("quantization mode '" + std::string(name) +
                     "' is not one of mxfp4, nvfp4, mxfp8");
}

std::string_view fp_mode_name(FpMode mode) {
  switch (mode) {
    case FpMode::kMxfp4:
      return "mxfp4";
    case FpMode::kNvfp4:
      return "nvfp4";
    case FpMode::kMxfp8:
      return "mxfp8";
  }
  return "?";
}

int fp_mode_bits(FpMode mode) {
  return mode == FpMode::kMxfp8 ? 8 : 4;
}
int fp_mode_group_size(FpMode mode) {
  return mode == FpMode::kNvfp4 ? 16 : 32;
}

float e2m1_value(uint8_t code) {
  return kE2m1[code & 0x0F];
}

float e4m3_value(uint8_t byte) {
  const int e = (byte >> 3) & 0x0F, m = byte & 0x07;
  const float magnitude = e == 0 ? std::ldexp(static_cast<float>(m), -9)
                                 : std::ldexp(1.0f + static_cast<float>(m) / 8.0f, e - 7);
  return (byte & 0x80) ? -magnitude : magnitude;
}

uint8_t e4m3_encode(float value) {
  const uint32_t bits = bits_of(value);
  const uint32_t sign = bits & 0x80000000u;
  const uint32_t mag = bits ^ sign;
  uint8_t code;
  if (mag >= 0x43E00000u) {  // >= 448.0f, inf and NaN: saturate
    code = 0x7E;
  } else if (mag < (121u << 23)) {      // below 2^-6: a subnormal step of 2^-9, rounded by an add
    const uint32_t magic = 141u << 23;  // 2^14: its ulp is 2^-9
    code = static_cast<uint8_t>(bits_of(float_of(mag) + float_of(magic)) - magic);
  } else {  // normal: rebias the exponent (-120) and round 20 mantissa bits to nearest even
    const uint32_t odd = (mag >> 20) & 1u;
    code =
        static_cast<uint8_t>((mag + (static_cast<uint32_t>(7 - 127) << 23) + 0x7FFFFu + odd) >> 20);
  }
  return static_cast<uint8_t>(code | (sign >> 24));
}

std::vector<float> fp_code_values(int bits) {
  std::vector<float> values(size_t{1} << bits);
  for (size_t c = 0; c < values.size(); ++c) {
    const auto code = static_cast<uint8_t>(c);
    values[c] = bits == 4 ? e2m1_value(code) : e4m3_value(code);
  }
  return values;
}

float e8m0_value(uint8_t byte) {
  if (byte == 255) return std::numeric_limits<float>::infinity();
  return std::ldexp(1.0f, static_cast<int>(byte) - 127);
}

FpMode fp_mode_of(int bits, bool e4m3_scales) {
  if (e4m3_scales) return FpMode::kNvfp4;
  return bits == 8 ? FpMode::kMxfp8 : FpMode::kMxfp4;
}

std::vector<float> fp_scale_values(FpMode mode) {
  std::vector<float> values(256);
  for (size_t b = 0; b < values.size(); ++b) {
    const auto byte = static_cast<uint8_t>(b);
    values[b] = mode == FpMode::kNvfp4 ? e4m3_value(byte) : e8m0_value(byte);
  }
  return values;
}

Status validate_fp_layout(const FpLayout& layout) {
  if (layout.rows < 0) return invalid_argument("rows must be >= 0");
  if (layout.cols <= 0 || layout.cols % layout.group_size() != 0)
    return invalid_argument("cols (" + std::to_string(layout.cols) +
                            ") must be a positive multiple of " +
                            std::string(fp_mode_name(layout.mode)) + "'s group size " +
                            std::to_string(layout.group_size()));
  return {};
}

Status validate_fp_view(const FpView& view) {
  MLXLA_RETURN_IF_ERROR(validate_fp_layout(view.layout));
  MLXLA_RETURN_IF_ERROR(check_size(view.packed.size(), view.layout.packed_bytes(), "packed"));
  MLXLA_RETURN_IF_ERROR(check_size(view.scales.size(), view.layout.scale_count(), "scales"));
  if (view.global_scale && view.layout.mode != FpMode::kNvfp4)
    return invalid_argument("a global scale is only defined for nvfp4, not " +
                            std::string(fp_mode_name(view.layout.mode)));
  return {};
}

Status fp_quantize(std::span<const std::byte> w, DType w_dtype, const FpLayout& layout,
                   std::optional<float> global_scale, std::span<std::byte> packed,
                   std::span<std::byte> scales) {
  MLXLA_RETURN_IF_ERROR(check_float_dtype(w_dtype, "the weights"));
  MLXLA_RETURN_IF_ERROR(validate_fp_layout(layout));
  MLXLA_RETURN_IF_ERROR(
      check_size(w.size(), layout.rows * layout.cols * static_cast<int64_t>(dtype_size(w_dtype)),
                 "the weights"));
  MLXLA_RETURN_IF_ERROR(check_size(packed.size(), layout.packed_bytes(), "packed"));
  MLXLA_RETURN_IF_ERROR(check_size(scales.size(), layout.scale_count(), "scales"));
  if (global_scale && layout.mode != FpMode::kNvfp4)
    return invalid_argument("a global scale is only defined for nvfp4");
  const int gs = layout.group_size();
  const int64_t groups = layout.cols / gs;
  // MLX: f32(2688 / G), or 1 without a global scale.
  const float encode = global_scale ? 2688.0f / *global_scale : 1.0f;
  std::vector<float> row(static_cast<size_t>(layout.cols));
  std::vector<uint8_t> codes(static_cast<size_t>(layout.cols));
  for (int64_t r = 0; r < layout.rows; ++r) {
    for (int64_t c = 0; c < layout.cols; ++c)
      row[static_cast<size_t>(c)] =
          load(w.data(), w_dtype, static_cast<size_t>(r * layout.cols + c));
    for (int64_t g = 0; g < groups; ++g) {
      const float* wg = row.data() + g * gs;
      uint8_t* cg = codes.data() + g * gs;
      const uint8_t byte =
          layout.mode == FpMode::kNvfp4
              ? quantize_group_nv(wg, w_dtype, encode, cg)
              : quantize_group_mx(wg, gs, w_dtype, layout.mode == FpMode::kMxfp8, cg);
      scales[static_cast<size_t>(r * groups + g)] = static_cast<std::byte>(byte);
    }
    std::byte* out = packed.data() + r * layout.packed_row_bytes();
    if (layout.mode == FpMode::kMxfp8)
      std::memcpy(out, codes.data(), codes.size());
    else
      pack_row(codes.data(), 4, layout.cols, out);
  }
  return {};
}

DType fp_dequantize_dtype(const FpView& view, DType out) {
  return view.global_scale ? DType::kF32 : out;
}

Status fp_dequantize(const FpView& view, DType out, std::span<std::byte> result) {
  MLXLA_RETURN_IF_ERROR(validate_fp_view(view));
  MLXLA_RETURN_IF_ERROR(check_float_dtype(out, "the output dtype"));
  const FpLayout& layout = view.layout;
  const DType written = fp_dequantize_dtype(view, out);
  MLXLA_RETURN_IF_ERROR(check_size(
      result.size(), layout.rows * layout.cols * static_cast<int64_t>(dtype_size(written)),
      "the output"));
  const int gs = layout.group_size();
  const int64_t groups = layout.cols / gs;
  // With a global scale MLX promotes to f32: scale = f32(T(e4m3) * f32(G / T(2688))).
  const float inverse_encode = view.global_scale ? *view.global_scale / 2688.0f : 1.0f;
  for (int64_t r = 0; r < layout.rows; ++r) {
    const std::byte* row = view.packed.data() + r * layout.packed_row_bytes();
    for (int64_t g = 0; g < groups; ++g) {
      const auto byte = static_cast<uint8_t>(view.scales[static_cast<size_t>(r * groups + g)]);
      float scale = dequant_scale(layout.mode, byte, out);
      if (view.global_scale) scale = scale * inverse_encode;
      for (int64_t j = g * gs; j < (g + 1) * gs; ++j) {
        const float v = round_to(out, code_value(layout.mode, row, j));
        store(v * scale, written, result.data(), static_cast<size_t>(r * layout.cols + j));
      }
    }
  }
  return {};
}

Status fp_quantized_matmul(std::span<const std::byte> x, DType x_dtype, int64_t m, const FpView& w,
                           std::span<std::byte> y) {
  MLXLA_RETURN_IF_ERROR(validate_fp_view(w));
  MLXLA_RETURN_IF_ERROR(check_float_dtype(x_dtype, "x"));
  if (w.global_scale) return invalid_argument("quantized_matmul takes no global scale");
  const FpLayout& layout = w.layout;
  const auto elem = static_cast<int64_t>(dtype_size(x_dtype));
  if (m < 0) return invalid_argument("m must be >= 0");
  MLXLA_RETURN_IF_ERROR(check_size(x.size(), m * layout.cols * elem, "x"));
  MLXLA_RETURN_IF_ERROR(check_size(y.size(), m * layout.rows * elem, "y"));
  const int gs = layout.group_size();
  const int64_t groups = layout.cols / gs;
  const DType t = x_dtype;
  for (int64_t i = 0; i < m; ++i) {
    for (int64_t n = 0; n < layout.rows; ++n) {
      const std::byte* row = w.packed.data() + n * layout.packed_row_bytes();
      float sum = 0.0f;
      for (int64_t g = 0; g < groups; ++g) {
        const float scale = matmul_scale(
            layout.mode, static_cast<uint8_t>(w.scales[static_cast<size_t>(n * groups + g)]), t);
        float group_sum = 0.0f;
        for (int64_t j = g * gs; j < (g + 1) * gs; ++j) {
          const float xv = load(x.data(), t, static_cast<size_t>(i * layout.cols + j));
          const float product = round_to(t, xv * round_to(t, code_value(layout.mode, row, j)));
          group_sum = round_to(t, group_sum + product);
        }
        sum = round_to(t, sum + round_to(t, scale * group_sum));
      }
      store(sum, t, y.data(), static_cast<size_t>(i * layout.rows + n));
    }
  }
  return {};
}

}  // namespace mlxla::quant
