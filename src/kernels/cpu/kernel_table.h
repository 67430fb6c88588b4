// The per-ISA function table behind KernelContext: one table per translation unit
// (matmul_scalar.cpp, matmul_avx2.cpp, matmul_avx512.cpp), chosen by CPUID in dispatch.cpp.
#pragma once

#include <cstdint>

#include "kernels/cpu/kernels.h"

namespace mlxla::kernels::detail {

struct KernelTable {
  Isa isa;
  void (*quantized_matmul)(const float* x, int64_t m, int64_t x_stride, const PackedWeight& w,
                           Precision precision, float* y, int64_t y_stride, int64_t n_begin,
                           int64_t n_end);
  void (*dense_matmul)(const float* x, int64_t m, int64_t x_stride, const DenseWeight& w,
                       Precision precision, float* y, int64_t y_stride, int64_t n_begin,
                       int64_t n_end);
  void (*dequantize_rows)(const PackedWeight& w, int64_t row_begin, int64_t row_end, float* out,
                          int64_t out_stride);
};

const KernelTable& scalar_table();
#if defined(__x86_64__) || defined(_M_X64)
const KernelTable& avx2_table();
const KernelTable& avx512_table();
#endif

}  // namespace mlxla::kernels::detail
