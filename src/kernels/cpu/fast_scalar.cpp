// The scalar twin of the Policy::kFast kernels: the definition of the fast order (the chain
// order, the same for every m, every ISA and every weight layout) in plain loops. Per output and
// group: the exact integer dot of the centred codes with the int8 activation codes, then
// acc = fma(dot, s * d, acc) and acc = fma(b', sum x, acc), one chain per output over the groups.
#include <cmath>

#include "kernels/cpu/fast_common.h"
#include "kernels/cpu/kernel_table.h"

namespace mlxla::kernels::detail {

void quantized_matmul_fast_scalar(const QuantizedActivations& xq, const PackedWeight& w, float* y,
                                  int64_t y_stride, int64_t n_begin, int64_t n_end) {
  const int64_t k = w.k;
  const int gs = w.group_size;
  const int64_t groups = k / gs;
  const int64_t sb = scale_bytes(w.scale_dtype);
  const int32_t centre = fast_code_centre(w.bits);
  for (int64_t n = n_begin; n < n_end; ++n) {
    const std::byte* packed = w.packed + n * packed_row_bytes(w);
    const std::byte* scales = w.scales + n * groups * sb;
    const std::byte* biases = w.biases + n * groups * sb;
    for (int64_t i = 0; i < xq.m; ++i) {
      const int8_t* xr = xq.codes.data() + i * k;
      const float* x_scales = &xq.scales[i * groups];
      const float* x_sums = &xq.sums[i * groups];
      float acc = 0.0f;
      for (int64_t g = 0; g < groups; ++g) {
        // |dot| <= 128 * 128 * 127 < 2^24: exact in int32 and in the conversion to f32.
        int32_t dot = 0;
        for (int64_t p = g * gs; p < (g + 1) * gs; ++p) {
          dot += (static_cast<int32_t>(packed_code(packed, p, w.bits)) - centre) * xr[p];
        }
        const float s = load_float(scales, w.scale_dtype, g);
        acc = std::fma(static_cast<float>(dot), s * x_scales[g], acc);
        acc = std::fma(fast_centred_bias(s, load_float(biases, w.scale_dtype, g), w.bits),
                       x_sums[g], acc);
      }
      y[i * y_stride + n] = acc;
    }
  }
}

}  // namespace mlxla::kernels::detail
