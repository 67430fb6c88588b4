// The scalar kernel table: the portable twin of every SIMD matmul. Plain loops in the
// canonical order (16 lanes, fma per lane, tree reduction), obviously right, slow.
#include <cmath>
#include <vector>

#include "kernels/cpu/kernel_table.h"
#include "kernels/cpu/numeric.h"

namespace mlxla::kernels::detail {
namespace {

/// The canonical dot product of two already-narrowed vectors.
float canonical_dot(const float* a, const float* w, int64_t k) {
  float p[kLanes] = {};
  int64_t i = 0;
  for (; i + kLanes <= k; i += kLanes) {
    for (int l = 0; l < kLanes; ++l) p[l] = std::fma(a[i + l], w[i + l], p[l]);
  }
  for (int l = 0; i + l < k; ++l) p[l] = std::fma(a[i + l], w[i + l], p[l]);
  return reduce_canonical(p);
}

void dequantize_row(const PackedWeight& w, int64_t row, float* out) {
  const std::byte* packed = w.packed + row * packed_row_bytes(w);
  const int64_t groups = w.k / w.group_size;
  const int64_t sb = scale_bytes(w.scale_dtype);
  const std::byte* scales = w.scales + row * groups * sb;
  const std::byte* biases = w.biases + row * groups * sb;
  for (int64_t g = 0; g < groups; ++g) {
    const float s = load_float(scales, w.scale_dtype, g);
    const float b = load_float(biases, w.scale_dtype, g);
    for (int64_t i = g * w.group_size; i < (g + 1) * w.group_size; ++i) {
      const float scaled = static_cast<float>(packed_code(packed, i, w.bits)) * s;
      out[i] = scaled + b;  // two roundings: -ffp-contract=off keeps this a separate add
    }
  }
}

std::vector<float> narrowed_rows(const float* x, int64_t m, int64_t x_stride, int64_t k,
                                 Precision p) {
  std::vector<float> a(static_cast<size_t>(m * k));
  for (int64_t i = 0; i < m; ++i) {
    for (int64_t j = 0; j < k; ++j) a[i * k + j] = narrow(x[i * x_stride + j], p);
  }
  return a;
}

void quantized_matmul_scalar(const float* x, int64_t m, int64_t x_stride, const PackedWeight& w,
                             Precision p, float* y, int64_t y_stride, int64_t n_begin,
                             int64_t n_end) {
  const std::vector<float> a = narrowed_rows(x, m, x_stride, w.k, p);
  std::vector<float> row(static_cast<size_t>(w.k));
  for (int64_t n = n_begin; n < n_end; ++n) {
    dequantize_row(w, n, row.data());
    for (float& v : row) v = narrow(v, p);
    for (int64_t i = 0; i < m; ++i)
      y[i * y_stride + n] = canonical_dot(&a[i * w.k], row.data(), w.k);
  }
}

void dense_matmul_scalar(const float* x, int64_t m, int64_t x_stride, const DenseWeight& w,
                         Precision p, float* y, int64_t y_stride, int64_t n_begin, int64_t n_end) {
  const std::vector<float> a = narrowed_rows(x, m, x_stride, w.k, p);
  std::vector<float> row(static_cast<size_t>(w.k));
  for (int64_t n = n_begin; n < n_end; ++n) {
    for (int64_t j = 0; j < w.k; ++j) row[j] = narrow(load_float(w.data, w.dtype, n * w.k + j), p);
    for (int64_t i = 0; i < m; ++i)
      y[i * y_stride + n] = canonical_dot(&a[i * w.k], row.data(), w.k);
  }
}

void dequantize_rows_scalar(const PackedWeight& w, int64_t row_begin, int64_t row_end, float* out,
                            int64_t out_stride) {
  for (int64_t r = row_begin; r < row_end; ++r)
    dequantize_row(w, r, out + (r - row_begin) * out_stride);
}

}  // namespace

const KernelTable& scalar_table() {
  static constexpr KernelTable kTable{Isa::kScalar,
                                      &quantized_matmul_scalar,
                                      &dense_matmul_scalar,
                                      &quantized_matmul_fast_scalar,
                                      &dequantize_rows_scalar,
                                      nullptr,
                                      nullptr};
  return kTable;
}

}  // namespace mlxla::kernels::detail
