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
/// SIMD path is tested against.
enum class Isa : uint8_t { kScalar, kAvx2, kAvx512 };

/// Human-readable ISA name ("scalar", "avx2", "avx512").
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

/// Rows [row_begin, row_end) of a packed matrix dequantized to f32 (w = float(q)*s + b), each
/// written to out + (row - row_begin) * out_stride. Used for embedding gathers. Exact.
void dequantize_rows(const KernelContext& ctx, const PackedWeight& w, int64_t row_begin,
                     int64_t row_end, float* out, int64_t out_stride);

}  // namespace mlxla::kernels
