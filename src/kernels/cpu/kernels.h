// The CPU kernels' public API: plain views in, f32 out. Kernels know nothing of graphs,
// files or models; the runtime binds tensors to these views and splits [n_begin, n_end).
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "mlxla/dtype.h"
#include "mlxla/result.h"

namespace mlxla::kernels {

/// An instruction set a kernel table is compiled for. kScalar is the portable twin every
/// SIMD path is tested against. kAmx is kAvx512 plus AMX-INT8 tiles for the fast layout's
/// matmul at several activation rows (KernelContext::best() picks it where the CPU and OS allow;
/// kAvx512 then means the same kernels without AMX).
enum class Isa : uint8_t { kScalar, kAvx2, kAvx512, kAmx };

/// Human-readable ISA name ("scalar", "avx2", "avx512", "amx").
const char* isa_name(Isa isa);

/// Precision of a contraction: both operands are rounded (nearest even) to this type, each
/// product is exact in f32, accumulation and output are f32.
enum class Precision : uint8_t { kF32, kF16, kBF16 };

/// An MLX affine-quantized matrix W [n, k] ("transposed": output row i has k inputs).
/// Row i is an LSB-first bit stream of k codes of `bits` bits (k*bits/32 uint32 words);
/// scales and biases are [n, k/group_size] of `scale_dtype` (f32, f16 or bf16).
/// The weight value is w = float(q) * scale + bias with two roundings (never an FMA).
/// Any pointer may be at any byte address (MLX files are not aligned).
struct PackedWeight {
  const std::byte* packed = nullptr;
  const std::byte* scales = nullptr;
  const std::byte* biases = nullptr;
  DType scale_dtype = DType::kF32;
  int64_t n = 0;
  int64_t k = 0;
  int bits = 4;
  int group_size = 64;
  /// 0: MLX's row-major layout above, read in place. R (4 or 8): the load-time row-interleaved
  /// layout of interleave.h (blocks of R rows, their scales/biases and 128-input code slices
  /// adjacent); 16: the fast layout of interleave.h (blocks of 16 rows stored group by group);
  /// `packed` then points at the blocks and `scales`/`biases` equal `packed`.
  int interleave = 0;
};

/// A dense matrix W [n, k] row-major, stored f32, f16 or bf16, at any byte address.
struct DenseWeight {
  const std::byte* data = nullptr;
  DType dtype = DType::kF32;
  int64_t n = 0;
  int64_t k = 0;
};

namespace detail {
struct KernelTable;
}

/// Which kernel table to run: chosen once (best ISA the CPU supports, or forced for tests and
/// benchmarks) and passed explicitly to every call. Cheap to copy; holds no mutable state.
class KernelContext {
 public:
  /// The fastest ISA that is both compiled in and supported by this CPU.
  static KernelContext best();
  /// A forced ISA; an error when it is not compiled in or this CPU lacks it.
  static Result<KernelContext> with_isa(Isa isa);
  /// Every ISA usable here (always includes kScalar), slowest first.
  static std::vector<Isa> available_isas();

  Isa isa() const;
  /// Whether this table has native m == 1 Policy::kExact kernels for the interleaved layouts
  /// R = 4, 8; other ISAs run such a weight through the row-major kernels on de-interleaved tiles.
  bool has_interleaved_matvec() const;
  /// Whether this table has native Policy::kFast kernels (any m; 4- and 8-bit weights) for the
  /// fast layout (R = 16); otherwise, and for other widths, de-interleaved tiles as above.
  bool has_fast_interleaved() const;
  const detail::KernelTable& table() const { return *table_; }

 private:
  explicit KernelContext(const detail::KernelTable* table) : table_(table) {}
  const detail::KernelTable* table_;
};

/// Checks shapes, bits (2,3,4,5,6,8), group size (32, 64, 128, dividing k), scale dtype and
/// non-null pointers. Kernels themselves do not check: call this once when binding weights.
Status validate(const PackedWeight& w);
/// Checks dtype (f32, f16, bf16), shape and pointer.
Status validate(const DenseWeight& w);

/// y[i, j] = sum_k x[i, k] * W[j, k] for rows i < m and outputs j in [n_begin, n_end), in the
/// canonical summation order (docs/KERNELS.md): bitwise identical on every ISA, for every m
/// and every split of the n range, and equal to dense_matmul of the dequantized W.
/// x is f32 [m, k] with row stride x_stride (floats); y is f32 with row stride y_stride; only
/// columns [n_begin, n_end) of y are written. Partition [0, n) across threads freely.
void quantized_matmul(const KernelContext& ctx, const float* x, int64_t m, int64_t x_stride,
                      const PackedWeight& w, Precision precision, float* y, int64_t y_stride,
                      int64_t n_begin, int64_t n_end);

/// As quantized_matmul for a dense weight. With W stored f32 equal to the dequantized packed
/// matrix the results are identical bit for bit; f16-stored W at kF16 equals f32-stored W
/// (same values) at kF16 bit for bit. k need not be a multiple of 16.
void dense_matmul(const KernelContext& ctx, const float* x, int64_t m, int64_t x_stride,
                  const DenseWeight& w, Precision precision, float* y, int64_t y_stride,
                  int64_t n_begin, int64_t n_end);

/// How a quantized matmul may compute. kExact is the canonical f32 order above (bit-identical
/// to dense_matmul of the dequantized matrix). kFast quantizes each activation row to int8 per
/// weight group and sums integer products (VNNI) with the bias factored out: bitwise equal on
/// every ISA, for every m and every split of [n_begin, n_end), but not equal to kExact; its
/// error bound is in docs/KERNELS.md. kFast ignores Precision (activations are int8).
enum class Policy : uint8_t { kExact, kFast };

/// Activation rows prepared for Policy::kFast, once per matmul (not per thread slice). Per row
/// i and per group g of `group_size` consecutive inputs: int8 codes q with x ~= scale * q
/// (symmetric, scale = max|x| / 127, q = round-to-nearest-even(x * (127 / max|x|))), and the
/// f32 sum of x over the group (16-lane canonical order) for the factored bias, and the integer
/// sum of every 4 consecutive codes (to centre the weight codes). A group holding a NaN or
/// infinity gets scale NaN and codes 0, so its outputs are NaN.
struct QuantizedActivations {
  int64_t m = 0;
  int64_t k = 0;
  int group_size = 0;
  std::vector<int8_t> codes;       ///< [m, k] row-major, plus 64 zero bytes of load padding
  std::vector<float> scales;       ///< [m, k / group_size]
  std::vector<float> sums;         ///< [m, k / group_size]
  std::vector<int32_t> quad_sums;  ///< [m, k / 4]: codes[4j] + ... + codes[4j + 3]
};

/// Quantizes rows x[i, 0..k) (row stride x_stride floats) into *out, reusing its storage.
/// group_size must be 32, 64 or 128 and divide k: use the weight's group size (checked by
/// validate(QuantizedActivations, PackedWeight), not here). Portable code, identical on every ISA.
void quantize_activations(const float* x, int64_t m, int64_t x_stride, int64_t k, int group_size,
                          QuantizedActivations* out);

/// quantize_activations in parts: prepare_activations sizes *out for [m, k] once; then
/// quantize_activation_rows fills rows [row_begin, row_end), each row independent of the others,
/// so threads may fill disjoint row ranges of one *out. The result equals quantize_activations'
/// bit for bit.
void prepare_activations(int64_t m, int64_t k, int group_size, QuantizedActivations* out);
void quantize_activation_rows(const float* x, int64_t x_stride, int64_t row_begin, int64_t row_end,
                              QuantizedActivations* out);

/// Checks that xq was quantized with w's k and group size and is non-empty.
Status validate(const QuantizedActivations& xq, const PackedWeight& w);

/// Policy::kFast matmul on prepared activations: y[i, j] for i < xq.m, j in [n_begin, n_end)
/// (row stride y_stride), the order in docs/KERNELS.md ("Policy fast"). Threads share one xq
/// and split [0, n) freely.
void quantized_matmul_fast(const KernelContext& ctx, const QuantizedActivations& xq,
                           const PackedWeight& w, float* y, int64_t y_stride, int64_t n_begin,
                           int64_t n_end);

/// quantized_matmul with a policy. kExact is the overload above; kFast quantizes x here (a
/// convenience: a runtime splitting n across threads should call quantize_activations once and
/// quantized_matmul_fast per slice instead).
void quantized_matmul(const KernelContext& ctx, const float* x, int64_t m, int64_t x_stride,
                      const PackedWeight& w, Precision precision, float* y, int64_t y_stride,
                      int64_t n_begin, int64_t n_end, Policy policy);

/// Rows [row_begin, row_end) of a packed matrix dequantized to f32 (w = float(q)*s + b), each
/// written to out + (row - row_begin) * out_stride. Used for embedding gathers. Exact.
void dequantize_rows(const KernelContext& ctx, const PackedWeight& w, int64_t row_begin,
                     int64_t row_end, float* out, int64_t out_stride);

}  // namespace mlxla::kernels
