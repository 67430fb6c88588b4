// The per-ISA function table behind KernelContext: one table per translation unit
// (matmul_scalar.cpp, matmul_avx2.cpp, matmul_avx512.cpp), chosen by CPUID in dispatch.cpp.
#pragma once

#include <cstdint>

#include "kernels/cpu/kernels.h"

namespace mlxla::kernels::detail {

/// The most activation rows the small-m exact kernels take (batched decode of up to 16 streams,
/// short prefill chunks): each weight slice is unpacked once for all of them.
inline constexpr int64_t kSmallM = 16;

struct KernelTable {
  Isa isa;
  void (*quantized_matmul)(const float* x, int64_t m, int64_t x_stride, const PackedWeight& w,
                           Precision precision, float* y, int64_t y_stride, int64_t n_begin,
                           int64_t n_end);
  void (*dense_matmul)(const float* x, int64_t m, int64_t x_stride, const DenseWeight& w,
                       Precision precision, float* y, int64_t y_stride, int64_t n_begin,
                       int64_t n_end);
  void (*quantized_matmul_fast)(const QuantizedActivations& xq, const PackedWeight& w, float* y,
                                int64_t y_stride, int64_t n_begin, int64_t n_end);
  void (*dequantize_rows)(const PackedWeight& w, int64_t row_begin, int64_t row_end, float* out,
                          int64_t out_stride);
  // Policy exact on an interleaved weight (w.interleave 4 or 8) for 1 <= m <= kSmallM, or null:
  // dispatch then de-interleaves tiles of rows and runs the row-major kernels above on them
  // (same bits, slower); so it does for m > kSmallM.
  void (*quantized_matmul_interleaved)(const float* x, int64_t m, int64_t x_stride,
                                       const PackedWeight& w, Precision precision, float* y,
                                       int64_t y_stride, int64_t n_begin, int64_t n_end) = nullptr;
  // Policy::kFast, any m, on the fast layout (w.interleave == kFastInterleave), or null: dispatch
  // then de-interleaves tiles and runs quantized_matmul_fast on them (same bits, slower).
  void (*quantized_matmul_fast_interleaved)(const QuantizedActivations& xq, const PackedWeight& w,
                                            float* y, int64_t y_stride, int64_t n_begin,
                                            int64_t n_end) = nullptr;
};

const KernelTable& scalar_table();

// The Policy::kFast kernels, one per ISA (fast_scalar.cpp, fast_avx2.cpp, fast_avx512.cpp).
void quantized_matmul_fast_scalar(const QuantizedActivations& xq, const PackedWeight& w, float* y,
                                  int64_t y_stride, int64_t n_begin, int64_t n_end);
#if defined(__x86_64__) || defined(_M_X64)
void quantized_matmul_fast_avx2(const QuantizedActivations& xq, const PackedWeight& w, float* y,
                                int64_t y_stride, int64_t n_begin, int64_t n_end);
void quantized_matmul_fast_avx512(const QuantizedActivations& xq, const PackedWeight& w, float* y,
                                  int64_t y_stride, int64_t n_begin, int64_t n_end);
#endif
#if defined(__x86_64__) || defined(_M_X64)
void quantized_matmul_fast_interleaved_avx2(const QuantizedActivations& xq, const PackedWeight& w,
                                            float* y, int64_t y_stride, int64_t n_begin,
                                            int64_t n_end);
void quantized_matmul_fast_interleaved_avx512(const QuantizedActivations& xq, const PackedWeight& w,
                                              float* y, int64_t y_stride, int64_t n_begin,
                                              int64_t n_end);
const KernelTable& avx2_table();
const KernelTable& avx512_table();
#endif
#if defined(MLXLA_HAVE_AMX)
// fast_amx.cpp: the AVX-512 table with the fast layout's kernel on AMX-INT8, and whether the OS
// lets this process use the tile data state (asks once).
const KernelTable& amx_table();
bool amx_permitted();
#endif

}  // namespace mlxla::kernels::detail
