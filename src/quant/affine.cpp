// MLX's CPU affine quantizer reproduced bit for bit, and the two dequantization contracts.
// Every step is a single f32 operation (the build uses -ffp-contract=off), in MLX's order.
#include "quant/affine.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>
#include <string>
#include <thread>

#include "quant/half.h"

namespace mlxla::quant {
namespace {

std::string layout_text(const AffineLayout& l) {
  // Appending (rather than "literal" + std::string) avoids a GCC 12 -Wrestrict false positive.
  std::string text("[");
  text += std::to_string(l.rows);
  text += ", ";
  text += std::to_string(l.cols);
  text += "] bits=";
  text += std::to_string(l.bits);
  text += " group_size=";
  text += std::to_string(l.group_size);
  return text;
}

Status check_size(const char* what, size_t have, int64_t want, const AffineLayout& layout) {
  if (want < 0 || have != static_cast<size_t>(want))
    return invalid_argument(std::string(what) + " holds " + std::to_string(have) +
                            " bytes but layout " + layout_text(layout) + " needs " +
                            std::to_string(want));
  return Status::Ok();
}

// rint (round half to even) for |x| < 2^22: adding 1.5 * 2^23 pushes the fraction out of the
// mantissa under the default rounding mode, subtracting it back is exact. The caller clamps x
// first, which is equivalent to clamping after rint because the final clamp is to integers.
inline float round_half_even_small(float x) {
  constexpr float kMagic = 12582912.0f;  // 1.5 * 2^23
  return (x + kMagic) - kMagic;
}

// Rounds an f32 result to T and back (identity for f32): one T operation in MLX's CPU types.
inline float round_to(float v, DType dtype) {
  switch (dtype) {
    case DType::kF16:
      return f16_to_f32(f32_to_f16(v));
    case DType::kBF16:
      return bf16_to_f32(f32_to_bf16(v));
    default:
      return v;
  }
}

}  // namespace

float load_as_f32(const std::byte* data, DType dtype, size_t i) {
  switch (dtype) {
    case DType::kF16: {
      uint16_t h;
      std::memcpy(&h, data + 2 * i, 2);
      return f16_to_f32(h);
    }
    case DType::kBF16: {
      uint16_t b;
      std::memcpy(&b, data + 2 * i, 2);
      return bf16_to_f32(b);
    }
    default: {
      float f;
      std::memcpy(&f, data + 4 * i, 4);
      return f;
    }
  }
}

void store_from_f32(float value, DType dtype, std::byte* data, size_t i) {
  switch (dtype) {
    case DType::kF16: {
      const uint16_t h = f32_to_f16(value);
      std::memcpy(data + 2 * i, &h, 2);
      return;
    }
    case DType::kBF16: {
      const uint16_t b = f32_to_bf16(value);
      std::memcpy(data + 2 * i, &b, 2);
      return;
    }
    default:
      std::memcpy(data + 4 * i, &value, 4);
  }
}

Status validate_layout(const AffineLayout& layout) {
  if (!is_supported_bits(layout.bits))
    return invalid_argument("bits=" + std::to_string(layout.bits) +
                            " is not supported (affine mode: 2, 3, 4, 5, 6 or 8)");
  if (layout.group_size <= 0 || layout.group_size % 32 != 0)
    return invalid_argument("group_size=" + std::to_string(layout.group_size) +
                            " must be a positive multiple of 32");
  if (layout.rows < 0 || layout.cols <= 0)
    return invalid_argument("bad matrix shape " + layout_text(layout));
  if (layout.cols % layout.group_size != 0)
    return invalid_argument("the last dimension " + std::to_string(layout.cols) +
                            " is not divisible by group_size=" + std::to_string(layout.group_size));
  return Status::Ok();
}

Status validate_scale_dtype(DType dtype) {
  if (dtype == DType::kF32 || dtype == DType::kF16 || dtype == DType::kBF16) return Status::Ok();
  return invalid_argument("scales/biases dtype " + std::string(dtype_safetensors_name(dtype)) +
                          " is not a float type (F32, F16 or BF16)");
}

void quantize_row_f32(const float* w, int64_t k, int bits, int group_size, float* scales,
                      float* biases, uint8_t* codes) {
  const auto n_bins = static_cast<float>((1 << bits) - 1);
  constexpr float kEps = 1e-7f;
  for (int64_t g = 0; g * group_size < k; ++g) {
    const float* wg = w + g * group_size;
    // Min and max in 8 independent lanes (group_size is a multiple of 32) so the compiler can
    // use SIMD max/min; the result is the same as a sequential scan for non-NaN weights.
    float lane_max[8], lane_min[8];
    for (int l = 0; l < 8; ++l) {
      lane_max[l] = -std::numeric_limits<float>::infinity();
      lane_min[l] = std::numeric_limits<float>::infinity();
    }
    for (int j = 0; j + 8 <= group_size; j += 8) {
      for (int l = 0; l < 8; ++l) {
        const float v = wg[j + l];
        lane_max[l] = v > lane_max[l] ? v : lane_max[l];
      }
      for (int l = 0; l < 8; ++l) {
        const float v = wg[j + l];
        lane_min[l] = v < lane_min[l] ? v : lane_min[l];
      }
    }
    float w_max = lane_max[0], w_min = lane_min[0];
    for (int l = 1; l < 8; ++l) {
      w_max = lane_max[l] > w_max ? lane_max[l] : w_max;
      w_min = lane_min[l] < w_min ? lane_min[l] : w_min;
    }
    // The end with the larger magnitude is represented exactly (code 0); the scale's sign
    // points from it into the group.
    const bool mask = std::fabs(w_min) > std::fabs(w_max);
    float scale = std::fmax((w_max - w_min) / n_bins, kEps);
    scale = mask ? scale : -scale;
    const float edge = mask ? w_min : w_max;
    const float q0 = std::rint(edge / scale);
    float bias = 0.0f;
    if (q0 != 0.0f) {
      scale = edge / q0;
      bias = edge;
    }
    scales[g] = scale;
    biases[g] = bias;
    uint8_t* cg = codes + g * group_size;
    const float upper = n_bins + 1.0f;
    // 32 weights at a time through a local buffer: with no possible aliasing between the
    // float input and the byte output, both loops vectorize.
    for (int c = 0; c < group_size; c += 32) {
      float r[32];
      for (int l = 0; l < 32; ++l) {
        float x = (wg[c + l] - bias) / scale;
        x = x >= -1.0f ? x : -1.0f;  // also maps NaN to -1, i.e. code 0
        x = x <= upper ? x : upper;
        float q = round_half_even_small(x);
        q = q >= 0.0f ? q : 0.0f;
        r[l] = q <= n_bins ? q : n_bins;
      }
      for (int l = 0; l < 32; ++l) cg[c + l] = static_cast<uint8_t>(static_cast<int>(r[l]));
    }
  }
}

Status quantize(std::span<const std::byte> w, DType w_dtype, const AffineLayout& layout,
                DType scale_dtype, std::span<std::byte> packed, std::span<std::byte> scales,
                std::span<std::byte> biases) {
  MLXLA_RETURN_IF_ERROR(validate_layout(layout));
  MLXLA_RETURN_IF_ERROR(validate_scale_dtype(scale_dtype));
  MLXLA_RETURN_IF_ERROR(validate_scale_dtype(w_dtype));
  const int64_t k = layout.cols;
  const auto w_size = static_cast<int64_t>(dtype_size(w_dtype));
  const auto s_size = static_cast<int64_t>(dtype_size(scale_dtype));
  MLXLA_RETURN_IF_ERROR(check_size("the weight", w.size(), layout.rows * k * w_size, layout));
  MLXLA_RETURN_IF_ERROR(
      check_size("the packed output", packed.size(), layout.packed_bytes(), layout));
  MLXLA_RETURN_IF_ERROR(
      check_size("the scales output", scales.size(), layout.group_count() * s_size, layout));
  MLXLA_RETURN_IF_ERROR(
      check_size("the biases output", biases.size(), layout.group_count() * s_size, layout));

  const int64_t groups = layout.groups_per_row();
  std::vector<float> row(static_cast<size_t>(k));
  std::vector<float> row_scales(static_cast<size_t>(groups)),
      row_biases(static_cast<size_t>(groups));
  std::vector<uint8_t> codes(static_cast<size_t>(k));
  for (int64_t r = 0; r < layout.rows; ++r) {
    const std::byte* src = w.data() + r * k * w_size;
    switch (w_dtype) {
      case DType::kF16:
        f16_to_f32_n(src, row.data(), static_cast<size_t>(k));
        break;
      case DType::kBF16:
        bf16_to_f32_n(src, row.data(), static_cast<size_t>(k));
        break;
      default:
        std::memcpy(row.data(), src, static_cast<size_t>(k) * 4);
        break;
    }
    quantize_row_f32(row.data(), k, layout.bits, layout.group_size, row_scales.data(),
                     row_biases.data(), codes.data());
    pack_row(codes.data(), layout.bits, k, packed.data() + r * layout.packed_row_bytes());
    for (int64_t g = 0; g < groups; ++g) {
      const auto at = static_cast<size_t>(r * groups + g);
      store_from_f32(row_scales[static_cast<size_t>(g)], scale_dtype, scales.data(), at);
      store_from_f32(row_biases[static_cast<size_t>(g)], scale_dtype, biases.data(), at);
    }
  }
  return Status::Ok();
}

Status quantize_parallel(std::span<const std::byte> w, DType w_dtype, const AffineLayout& layout,
                         DType scale_dtype, std::span<std::byte> packed,
                         std::span<std::byte> scales, std::span<std::byte> biases, int threads) {
  MLXLA_RETURN_IF_ERROR(validate_layout(layout));
  MLXLA_RETURN_IF_ERROR(validate_scale_dtype(scale_dtype));
  MLXLA_RETURN_IF_ERROR(validate_scale_dtype(w_dtype));
  const int64_t parts = std::max<int64_t>(1, std::min<int64_t>(threads, layout.rows));
  if (parts == 1) return quantize(w, w_dtype, layout, scale_dtype, packed, scales, biases);
  const auto w_row = static_cast<size_t>(layout.cols) * dtype_size(w_dtype);
  const auto p_row = static_cast<size_t>(layout.packed_row_bytes());
  const auto s_row = static_cast<size_t>(layout.groups_per_row()) * dtype_size(scale_dtype);
  const auto rows = static_cast<size_t>(layout.rows);
  if (w.size() != rows * w_row || packed.size() != rows * p_row || scales.size() != rows * s_row ||
      biases.size() != rows * s_row)
    return invalid_argument("quantize: buffer sizes do not match layout " + layout_text(layout));
  std::vector<Status> results(static_cast<size_t>(parts));
  std::vector<std::thread> workers;
  for (int64_t p = 0; p < parts; ++p) {
    const auto begin = static_cast<size_t>(layout.rows * p / parts);
    const auto end = static_cast<size_t>(layout.rows * (p + 1) / parts);
    workers.emplace_back([&, p, begin, end] {
      AffineLayout slice = layout;
      slice.rows = static_cast<int64_t>(end - begin);
      const size_t n = end - begin;
      results[static_cast<size_t>(p)] = quantize(
          w.subspan(begin * w_row, n * w_row), w_dtype, slice, scale_dtype,
          packed.subspan(begin * p_row, n * p_row), scales.subspan(begin * s_row, n * s_row),
          biases.subspan(begin * s_row, n * s_row));
    });
  }
  for (auto& t : workers) t.join();
  for (auto& r : results) MLXLA_RETURN_IF_ERROR(r);
  return Status::Ok();
}

Result<QuantizedMatrix> quantize(std::span<const std::byte> w, DType w_dtype,
                                 const AffineLayout& layout, DType scale_dtype) {
  MLXLA_RETURN_IF_ERROR(validate_layout(layout));
  MLXLA_RETURN_IF_ERROR(validate_scale_dtype(scale_dtype));
  QuantizedMatrix out;
  out.layout = layout;
  out.scale_dtype = scale_dtype;
  out.packed.resize(static_cast<size_t>(layout.packed_bytes()));
  const size_t scale_bytes = static_cast<size_t>(layout.group_count()) * dtype_size(scale_dtype);
  out.scales.resize(scale_bytes);
  out.biases.resize(scale_bytes);
  MLXLA_RETURN_IF_ERROR(
      quantize(w, w_dtype, layout, scale_dtype, out.packed, out.scales, out.biases));
  return out;
}

Status validate_view(const QuantizedView& view) {
  const AffineLayout& layout = view.layout;
  MLXLA_RETURN_IF_ERROR(validate_layout(layout));
  MLXLA_RETURN_IF_ERROR(validate_scale_dtype(view.scale_dtype));
  const auto s_size = static_cast<int64_t>(dtype_size(view.scale_dtype));
  MLXLA_RETURN_IF_ERROR(
      check_size("the packed weight", view.packed.size(), layout.packed_bytes(), layout));
  MLXLA_RETURN_IF_ERROR(
      check_size("the scales", view.scales.size(), layout.group_count() * s_size, layout));
  MLXLA_RETURN_IF_ERROR(
      check_size("the biases", view.biases.size(), layout.group_count() * s_size, layout));
  return Status::Ok();
}

void dequantize_row_f32(const std::byte* packed, const std::byte* scales, const std::byte* biases,
                        DType scale_dtype, int bits, int group_size, int64_t k, float* out) {
  // Codes go through a small stack buffer one chunk at a time (group_size is a multiple of 32,
  // so a 256-code chunk holds whole groups or lies inside one); the inner loop is a plain
  // multiply then add per weight, which the compiler vectorizes without contracting.
  constexpr int64_t kChunk = 256;
  uint8_t codes[kChunk];
  for (int64_t base = 0; base < k; base += kChunk) {
    const int64_t n = k - base < kChunk ? k - base : kChunk;
    unpack_row(packed + base * bits / 8, bits, n, codes);
    for (int64_t start = 0; start < n;) {
      const int64_t g = (base + start) / group_size;
      const int64_t stop = std::min<int64_t>(n, (g + 1) * group_size - base);
      const float scale = load_as_f32(scales, scale_dtype, static_cast<size_t>(g));
      const float bias = load_as_f32(biases, scale_dtype, static_cast<size_t>(g));
      float* dst = out + base;
      for (int64_t j = start; j < stop; ++j) {
        const float product = static_cast<float>(codes[j]) * scale;  // rounding 1
        dst[j] = product + bias;                                     // rounding 2 (no FMA)
      }
      start = stop;
    }
  }
}

Status dequantize_f32(const QuantizedView& view, std::span<float> out) {
  MLXLA_RETURN_IF_ERROR(validate_view(view));
  const AffineLayout& l = view.layout;
  MLXLA_RETURN_IF_ERROR(check_size("the f32 output", out.size() * 4, l.rows * l.cols * 4, l));
  const size_t row_scale_bytes =
      static_cast<size_t>(l.groups_per_row()) * dtype_size(view.scale_dtype);
  for (int64_t r = 0; r < l.rows; ++r) {
    dequantize_row_f32(view.packed.data() + r * l.packed_row_bytes(),
                       view.scales.data() + static_cast<size_t>(r) * row_scale_bytes,
                       view.biases.data() + static_cast<size_t>(r) * row_scale_bytes,
                       view.scale_dtype, l.bits, l.group_size, l.cols, out.data() + r * l.cols);
  }
  return Status::Ok();
}

Status dequantize_in_dtype(const QuantizedView& view, std::span<std::byte> out) {
  MLXLA_RETURN_IF_ERROR(validate_view(view));
  const AffineLayout& l = view.layout;
  const DType t = view.scale_dtype;
  const auto t_size = static_cast<int64_t>(dtype_size(t));
  MLXLA_RETURN_IF_ERROR(check_size("the output", out.size(), l.rows * l.cols * t_size, l));
  std::vector<uint8_t> codes(static_cast<size_t>(l.cols));
  const int64_t groups = l.groups_per_row();
  for (int64_t r = 0; r < l.rows; ++r) {
    unpack_row(view.packed.data() + r * l.packed_row_bytes(), l.bits, l.cols, codes.data());
    for (int64_t j = 0; j < l.cols; ++j) {
      const auto g = static_cast<size_t>(r * groups + j / l.group_size);
      const float scale = load_as_f32(view.scales.data(), t, g);
      const float bias = load_as_f32(view.biases.data(), t, g);
      // T(q) is exact (codes <= 255 fit f16 and bf16); then T(T(q)*scale), then T(... + bias).
      const float product = round_to(static_cast<float>(codes[static_cast<size_t>(j)]) * scale, t);
      store_from_f32(product + bias, t, out.data(), static_cast<size_t>(r * l.cols + j));
    }
  }
  return Status::Ok();
}

}  // namespace mlxla::quant
