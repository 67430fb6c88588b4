// The scalar twin of the Policy::kFast kernels: the definition of the two fast orders in plain
// loops. m == 1, lane order: centred-code integer partials per group and lane, one fma per lane
// and group, canonical reduction, plus the factored bias term. m > 1, chain order: one integer
// dot per group, then fma(dot, s*d) and fma(b', sum x) into a single chain per output.
#include <cmath>
#include <vector>

#include "kernels/cpu/fast_common.h"
#include "kernels/cpu/kernel_table.h"

namespace mlxla::kernels::detail {

namespace {

/// The centred integer dot of group g: sum over its positions of (q - c) * x8, split by lane
/// (lane order) or whole (part[0], touched[0], chain order).
void group_parts(const std::byte* packed, const int8_t* xr, int64_t g, int gs, int bits,
                 bool by_lane, int32_t* part, bool* touched) {
  const int32_t centre = fast_code_centre(bits);
  for (int64_t p = g * gs; p < (g + 1) * gs; ++p) {
    const int lane = by_lane ? fast_lane(p, bits) : 0;
    part[lane] += (static_cast<int32_t>(packed_code(packed, p, bits)) - centre) * xr[p];
    touched[lane] = true;
  }
}

}  // namespace

void quantized_matmul_fast_scalar(const QuantizedActivations& xq, const PackedWeight& w, float* y,
                                  int64_t y_stride, int64_t n_begin, int64_t n_end) {
  const int64_t k = w.k;
  const int gs = w.group_size;
  const int64_t groups = k / gs;
  const int64_t sb = scale_bytes(w.scale_dtype);
  std::vector<float> t(static_cast<size_t>(groups));
  for (int64_t n = n_begin; n < n_end; ++n) {
    const std::byte* packed = w.packed + n * packed_row_bytes(w);
    const std::byte* scales = w.scales + n * groups * sb;
    const std::byte* biases = w.biases + n * groups * sb;
    for (int64_t i = 0; i < xq.m; ++i) {
      const int8_t* xr = xq.codes.data() + i * k;
      const float* x_scales = &xq.scales[i * groups];
      const float* x_sums = &xq.sums[i * groups];
      if (xq.m > 1) {
        // Chain order: one fma chain per output over the groups, bias folded in per group.
        float acc = 0.0f;
        for (int64_t g = 0; g < groups; ++g) {
          int32_t part[kLanes] = {};
          bool touched[kLanes] = {};
          group_parts(packed, xr, g, gs, w.bits, false, part, touched);
          const float s = load_float(scales, w.scale_dtype, g);
          acc = std::fma(static_cast<float>(part[0]), s * x_scales[g], acc);
          acc = std::fma(fast_centred_bias(s, load_float(biases, w.scale_dtype, g), w.bits),
                         x_sums[g], acc);
        }
        y[i * y_stride + n] = acc;
        continue;
      }
      // Lane order (m == 1).
      const float bias_term = fast_row_prologue_scalar(scales, biases, w.scale_dtype, w.bits,
                                                       x_scales, x_sums, groups, t.data());
      float acc[kLanes] = {};
      for (int64_t g = 0; g < groups; ++g) {
        int32_t part[kLanes] = {};
        bool touched[kLanes] = {};
        group_parts(packed, xr, g, gs, w.bits, true, part, touched);
        for (int l = 0; l < kLanes; ++l) {
          // |part| <= 128 * 128 * 127 < 2^24: the conversion is exact.
          if (touched[l]) acc[l] = std::fma(static_cast<float>(part[l]), t[g], acc[l]);
        }
      }
      y[i * y_stride + n] = reduce_canonical(acc) + bias_term;
    }
  }
}

}  // namespace mlxla::kernels::detail
