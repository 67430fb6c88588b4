// The scalar twin of the Policy::kFast kernels: the definition of the fast order in plain loops
// (centred-code integer lane partials per group, one fma per lane and group, canonical
// reduction, factored bias term).
#include <cmath>
#include <vector>

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
  std::vector<float> t(static_cast<size_t>(groups));
  for (int64_t n = n_begin; n < n_end; ++n) {
    const std::byte* packed = w.packed + n * packed_row_bytes(w);
    const std::byte* scales = w.scales + n * groups * sb;
    const std::byte* biases = w.biases + n * groups * sb;
    for (int64_t i = 0; i < xq.m; ++i) {
      const int8_t* xr = xq.codes.data() + i * k;
      const float bias_term = fast_row_prologue_scalar(scales, biases, w.scale_dtype, w.bits,
                                                       &xq.scales[i * groups], &xq.sums[i * groups],
                                                       groups, t.data());
      float acc[kLanes] = {};
      for (int64_t g = 0; g < groups; ++g) {
        int32_t part[kLanes] = {};
        bool touched[kLanes] = {};
        for (int64_t p = g * gs; p < (g + 1) * gs; ++p) {
          const int lane = fast_lane(p);
          const int32_t centred = static_cast<int32_t>(packed_code(packed, p, w.bits)) - centre;
          part[lane] += centred * xr[p];
          touched[lane] = true;
        }
        for (int l = 0; l < kLanes; ++l) {
          // |part| <= 8 * 128 * 127 < 2^24: the conversion is exact.
          if (touched[l]) acc[l] = std::fma(static_cast<float>(part[l]), t[g], acc[l]);
        }
      }
      y[i * y_stride + n] = reduce_canonical(acc) + bias_term;
    }
  }
}

}  // namespace mlxla::kernels::detail
