// MLX's floating-point quantization modes (mxfp4, nvfp4, mxfp8): the code and scale formats,
// and MLX's CPU quantize / dequantize / quantized_matmul reproduced bit for bit.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "mlxla/dtype.h"
#include "mlxla/result.h"

namespace mlxla::quant {

/// mxfp4: E2M1 codes, one E8M0 scale per 32. nvfp4: E2M1 codes, one E4M3 scale per 16 (and an
/// optional f32 global scale). mxfp8: E4M3 codes, one E8M0 scale per 32. No biases.
enum class FpMode { kMxfp4, kNvfp4, kMxfp8 };

/// "mxfp4" / "nvfp4" / "mxfp8" -> mode; anything else is kUnsupported naming the string.
Result<FpMode> parse_fp_mode(std::string_view name);
std::string_view fp_mode_name(FpMode mode);
/// The mode of fp codes `bits` wide with E4M3 scales (nvfp4) or E8M0 ones: 4 -> mxfp4, 8 ->
/// mxfp8 (the mlxla.moe composite's bits / scale_format attributes as a mode). Where a mode
/// is named by the checkpoint, map the name instead, so bits can be checked against it.
FpMode fp_mode_of(int bits, bool e4m3_scales);
/// The only bit width and group size MLX accepts for a mode (4/32, 4/16, 8/32).
int fp_mode_bits(FpMode mode);
int fp_mode_group_size(FpMode mode);

/// E2M1 code (low 4 bits) -> {+0, .5, 1, 1.5, 2, 3, 4, 6, -0, -.5, ..., -6}.
float e2m1_value(uint8_t code);
/// E4M3 byte -> value as MLX decodes it: no NaN, 0x7F is 480 and 0xFF is -480.
float e4m3_value(uint8_t byte);
/// f32 -> E4M3 as MLX encodes it: round to nearest even (subnormals included); |v| >= 448,
/// inf and NaN saturate to 0x7E with the sign kept.
uint8_t e4m3_encode(float value);
/// Every code's value for a code width: E2M1 (bits 4, 16 entries) or E4M3 (bits 8, 256).
std::vector<float> fp_code_values(int bits);
/// E8M0 byte -> 2^(b-127) in f32 (b = 0 is the subnormal 2^-127; b = 255 is +inf).
float e8m0_value(uint8_t byte);
/// Every scale byte's f32 value for a mode (256 entries, exact): E4M3 for nvfp4 (without a global
/// scale), E8M0 for mxfp4 and mxfp8.
std::vector<float> fp_scale_values(FpMode mode);

/// One fp-quantized matrix: rows x cols weights, cols a multiple of the mode's group size.
/// Packed: cols*bits/8 bytes per row (E2M1 nibbles low first, or E4M3 bytes); scales: one byte
/// per group, row-major [rows, cols/group_size].
struct FpLayout {
  int64_t rows = 0;
  int64_t cols = 0;
  FpMode mode = FpMode::kMxfp4;

  int bits() const { return fp_mode_bits(mode); }
  int group_size() const { return fp_mode_group_size(mode); }
  int64_t packed_row_bytes() const { return cols * bits() / 8; }
  int64_t packed_bytes() const { return rows * packed_row_bytes(); }
  int64_t scale_count() const { return rows * (cols / group_size()); }
};

/// rows >= 0, cols > 0 and a multiple of the group size; the message names the field.
Status validate_fp_layout(const FpLayout& layout);

/// `mlx.core.quantize(w, group_size, bits, mode, global_scale)` on MLX's CPU, bit for bit: every
/// step in w's dtype (f32, f16 or bf16; each operation computed in f32 and rounded), as MLX's
/// CPU fallback graph does. `global_scale` is accepted for nvfp4 only. `packed` holds
/// layout.packed_bytes(), `scales` layout.scale_count() bytes.
Status fp_quantize(std::span<const std::byte> w, DType w_dtype, const FpLayout& layout,
                   std::optional<float> global_scale, std::span<std::byte> packed,
                   std::span<std::byte> scales);

/// Read-only view of an fp-quantized matrix (any alignment, e.g. an mmapped checkpoint).
struct FpView {
  FpLayout layout;
  std::span<const std::byte> packed;
  std::span<const std::byte> scales;
  std::optional<float> global_scale;  // nvfp4 only
};

/// Checks the layout and the span sizes, and that a global scale comes only with nvfp4.
Status validate_fp_view(const FpView& view);

/// The dtype `fp_dequantize` writes for a requested `out` dtype: `out`, except f32 whenever an
/// nvfp4 global scale is given (MLX promotes it so on the CPU whatever dtype was asked for).
DType fp_dequantize_dtype(const FpView& view, DType out);

/// `mlx.core.dequantize(..., mode, global_scale, dtype=out)` on MLX's CPU, bit for bit: code
/// value times decoded scale, computed in `out` (f32, f16, bf16) - E8M0 scales as 2^(b-127)
/// rounded to `out` first (zero or inf at the f16 range ends). Writes rows*cols elements of
/// fp_dequantize_dtype(view, out).
Status fp_dequantize(const FpView& view, DType out, std::span<std::byte> result);

/// `mlx.core.quantized_matmul(x, w, scales, transpose=True, mode=...)` on MLX's x86 CPU: for
/// each output a sequential sum over groups of scale * (sequential sum over the group of
/// x * code value), every operation rounded to x's dtype. x is [m, cols] of `x_dtype`; y is
/// [m, rows] of the same dtype. A global scale is not part of this op (MLX has none here).
Status fp_quantized_matmul(std::span<const std::byte> x, DType x_dtype, int64_t m, const FpView& w,
                           std::span<std::byte> y);

}  // namespace mlxla::quant
