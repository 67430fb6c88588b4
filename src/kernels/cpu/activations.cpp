// Activation quantization for Policy::kFast: int8 codes, a scale and an f32 sum per row and
// group. One portable implementation serves every ISA, so the codes never depend on dispatch.
#include <algorithm>
#include <bit>
#include <cmath>
#include <cstring>
#include <limits>
#include <string>

#include "kernels/cpu/fast_common.h"
#include "kernels/cpu/kernels.h"
#include "kernels/cpu/numeric.h"

namespace mlxla::kernels {
namespace {

/// One group of one row. Lane-wise loops (16 independent lanes) so the compiler vectorises
/// them without reassociating anything.
void quantize_group(const float* x, int gs, int8_t* q, float* scale, float* sum) {
  uint32_t amax_lane[detail::kLanes] = {};
  float sum_lane[detail::kLanes] = {};
  for (int i = 0; i < gs; i += detail::kLanes) {
    for (int l = 0; l < detail::kLanes; ++l) {
      const uint32_t a = std::bit_cast<uint32_t>(x[i + l]) & 0x7FFFFFFFu;
      amax_lane[l] = a > amax_lane[l] ? a : amax_lane[l];
      sum_lane[l] = sum_lane[l] + x[i + l];
    }
  }
  uint32_t amax_bits = 0;
  for (uint32_t a : amax_lane) amax_bits = a > amax_bits ? a : amax_bits;
  *sum = detail::reduce_canonical(sum_lane);
  // Comparing |x| as integers is exact and orders NaN above infinity above every finite value.
  if (amax_bits >= 0x7F800000u) {
    *scale = std::numeric_limits<float>::quiet_NaN();
    std::memset(q, 0, static_cast<size_t>(gs));
    return;
  }
  if (amax_bits == 0) {
    *scale = 0.0f;
    std::memset(q, 0, static_cast<size_t>(gs));
    return;
  }
  const float amax = std::bit_cast<float>(amax_bits);
  const float inv = 127.0f / amax;
  *scale = amax / 127.0f;
  // |x * inv| <= 127 (1 + 2^-23): nearest-even rounding stays within [-127, 127]. Adding and
  // subtracting 1.5 * 2^23 rounds to an integer (ties to even) in the f32 adder for |v| < 2^22:
  // the same result as nearbyint, but vectorisable (nearbyint is a libm call on the baseline ISA).
  constexpr float kRound = 12582912.0f;
  for (int i = 0; i < gs; ++i) {
    const float v = x[i] * inv;
    q[i] = static_cast<int8_t>(static_cast<int32_t>((v + kRound) - kRound));
  }
}

}  // namespace

void prepare_activations(int64_t m, int64_t k, int group_size, QuantizedActivations* out) {
  const int64_t groups = k / group_size;
  out->m = m;
  out->k = k;
  out->group_size = group_size;
  out->codes.resize(static_cast<size_t>(m * k + 64));
  std::memset(out->codes.data() + m * k, 0, 64);
  out->scales.resize(static_cast<size_t>(m * groups));
  out->sums.resize(static_cast<size_t>(m * groups));
  out->quad_sums.resize(static_cast<size_t>(m * k / 4));
}

void quantize_activation_rows(const float* x, int64_t x_stride, int64_t row_begin, int64_t row_end,
                              QuantizedActivations* out) {
  const int64_t k = out->k, group_size = out->group_size, groups = k / group_size;
  for (int64_t i = row_begin; i < row_end; ++i) {
    for (int64_t g = 0; g < groups; ++g) {
      quantize_group(x + i * x_stride + g * group_size, static_cast<int>(group_size),
                     out->codes.data() + i * k + g * group_size, &out->scales[i * groups + g],
                     &out->sums[i * groups + g]);
    }
    const int8_t* q = out->codes.data() + i * k;
    for (int64_t j = 0; j < k / 4; ++j) {
      out->quad_sums[i * (k / 4) + j] = q[4 * j] + q[4 * j + 1] + q[4 * j + 2] + q[4 * j + 3];
    }
  }
}

void quantize_activations(const float* x, int64_t m, int64_t x_stride, int64_t k, int group_size,
                          QuantizedActivations* out) {
  prepare_activations(m, k, group_size, out);
  quantize_activation_rows(x, x_stride, 0, m, out);
}

Status validate(const QuantizedActivations& xq, const PackedWeight& w) {
  const std::string where = "[quantized_matmul_fast] ";
  if (xq.k != w.k || xq.group_size != w.group_size) {
    return invalid_argument(where + "activations quantized for k=" + std::to_string(xq.k) +
                            ", group " + std::to_string(xq.group_size) + " but the weight has k=" +
                            std::to_string(w.k) + ", group " + std::to_string(w.group_size));
  }
  const int64_t groups = xq.group_size > 0 ? xq.k / xq.group_size : 0;
  if (xq.m <= 0 || groups <= 0 || xq.codes.size() < static_cast<size_t>(xq.m * xq.k + 64) ||
      xq.scales.size() < static_cast<size_t>(xq.m * groups) ||
      xq.sums.size() < static_cast<size_t>(xq.m * groups) ||
      xq.quad_sums.size() < static_cast<size_t>(xq.m * xq.k / 4)) {
    return invalid_argument(where + "activations are empty or not made by quantize_activations");
  }
  return Status::Ok();
}

}  // namespace mlxla::kernels
