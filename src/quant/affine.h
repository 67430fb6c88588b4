// The MLX affine quantization codec: bit packing of 2/3/4/5/6/8-bit codes, MLX's CPU quantizer
// reproduced bit for bit, and the two dequantization contracts (f32 engine, scales' dtype).
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

#include "mlxla/dtype.h"
#include "mlxla/result.h"

namespace mlxla::quant {

/// Bit widths MLX's affine mode supports.
inline constexpr int kSupportedBits[] = {2, 3, 4, 5, 6, 8};
bool is_supported_bits(int bits);

/// The shape of one affine-quantized matrix: `rows` x `cols` weights (cols = K, the reduction
/// dimension), each row cut into groups of `group_size` consecutive weights that share one
/// scale and one bias. A row packs into cols*bits/32 uint32 words (one LSB-first bit stream).
struct AffineLayout {
  int64_t rows = 0;
  int64_t cols = 0;
  int bits = 4;
  int group_size = 64;

  int64_t groups_per_row() const { return cols / group_size; }
  int64_t packed_words_per_row() const { return cols * bits / 32; }
  int64_t packed_row_bytes() const { return cols * bits / 8; }
  int64_t packed_bytes() const { return rows * packed_row_bytes(); }
  /// Number of scales (and of biases): rows * groups_per_row.
  int64_t group_count() const { return rows * groups_per_row(); }
};

/// Checks bits (2,3,4,5,6,8), group_size (a positive multiple of 32 that divides cols),
/// rows >= 0 and cols > 0. The message names the offending field.
Status validate_layout(const AffineLayout& layout);
/// Scales and biases are f32, f16 or bf16.
Status validate_scale_dtype(DType dtype);

/// Packs `k` codes (each < 2^bits) into the row's bit stream: code j occupies stream bits
/// [j*bits, (j+1)*bits), stream bit i is bit i%8 of byte i/8. Writes ceil(k*bits/8) bytes;
/// `packed` may be unaligned.
void pack_row(const uint8_t* codes, int bits, int64_t k, std::byte* packed);
/// The inverse of pack_row: reads ceil(k*bits/8) bytes (any alignment), writes k codes.
void unpack_row(const std::byte* packed, int bits, int64_t k, uint8_t* codes);

/// MLX's CPU quantizer for one row of f32 weights (see docs/QUANTIZATION.md): per group the
/// unrounded f32 scale and bias, and the codes computed from them. `k` is a multiple of
/// `group_size`; `scales`/`biases` receive k/group_size values.
void quantize_row_f32(const float* w, int64_t k, int bits, int group_size, float* scales,
                      float* biases, uint8_t* codes);

/// Quantizes a row-major [rows, cols] matrix `w` of dtype `w_dtype` (f32/f16/bf16, any
/// alignment): the weights are widened to f32, quantized by MLX's algorithm, and the scales
/// and biases are rounded (RNE) to `scale_dtype`. With scale_dtype == w_dtype this is
/// `mlx.core.quantize(w, group_size, bits)` on the CPU, bit for bit. Output spans must hold
/// exactly layout.packed_bytes() and group_count() * dtype_size(scale_dtype) bytes.
Status quantize(std::span<const std::byte> w, DType w_dtype, const AffineLayout& layout,
                DType scale_dtype, std::span<std::byte> packed, std::span<std::byte> scales,
                std::span<std::byte> biases);

/// quantize() with the rows split over `threads` std::threads (1 = the calling thread only).
/// Bitwise identical to quantize(): rows are independent.
Status quantize_parallel(std::span<const std::byte> w, DType w_dtype, const AffineLayout& layout,
                         DType scale_dtype, std::span<std::byte> packed,
                         std::span<std::byte> scales, std::span<std::byte> biases, int threads);

/// A quantized matrix with owned storage.
struct QuantizedMatrix {
  AffineLayout layout;
  DType scale_dtype = DType::kF32;
  std::vector<std::byte> packed;
  std::vector<std::byte> scales;
  std::vector<std::byte> biases;
};

/// quantize() into freshly allocated buffers.
Result<QuantizedMatrix> quantize(std::span<const std::byte> w, DType w_dtype,
                                 const AffineLayout& layout, DType scale_dtype);

/// Read-only view of a quantized matrix, e.g. straight from an mmapped (unaligned) checkpoint.
struct QuantizedView {
  AffineLayout layout;
  DType scale_dtype = DType::kF32;
  std::span<const std::byte> packed;
  std::span<const std::byte> scales;
  std::span<const std::byte> biases;
};

/// Checks the layout, the scale dtype and that every span has exactly the size the layout needs.
Status validate_view(const QuantizedView& view);

/// The engine's dequantization contract, in f32: w = float(q) * scale, then + bias (two f32
/// roundings, never an FMA; scale and bias widened to f32 first). Equals MLX's
/// dequantize(wq, f32(scales), f32(biases)) bit for bit, for every scale dtype.
/// `out` holds rows*cols floats.
Status dequantize_f32(const QuantizedView& view, std::span<float> out);

/// Dequantization in the scales' dtype T: T(T(T(q) * scale) + bias), each T operation computed
/// in f32 and rounded to T (as MLX's CPU float16/bfloat16 types do). Equals MLX's CPU
/// dequantize(wq, scales, biases) bit for bit; for f32 it is dequantize_f32. `out` holds
/// rows*cols elements of the scale dtype (any alignment).
Status dequantize_in_dtype(const QuantizedView& view, std::span<std::byte> out);

/// One row of dequantize_f32 with no checks: `scales`/`biases` point at the row's
/// k/group_size values of dtype `scale_dtype` (any alignment); writes k floats.
void dequantize_row_f32(const std::byte* packed, const std::byte* scales, const std::byte* biases,
                        DType scale_dtype, int bits, int group_size, int64_t k, float* out);

/// Reads element `i` of a raw f32/f16/bf16 buffer as f32 (any alignment).
float load_as_f32(const std::byte* data, DType dtype, size_t i);
/// Writes `value` rounded (RNE) to dtype f32/f16/bf16 at element `i` (any alignment).
void store_from_f32(float value, DType dtype, std::byte* data, size_t i);

}  // namespace mlxla::quant
