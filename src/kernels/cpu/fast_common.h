// Shared definitions of the Policy::kFast order (docs/KERNELS.md, "Policy fast"): which of the
// 16 lanes an input position feeds, and the per-row prologue every ISA computes identically.
#pragma once

#include <cmath>
#include <cstdint>
#include <vector>

#include "kernels/cpu/kernels.h"
#include "kernels/cpu/numeric.h"

namespace mlxla::kernels::detail {

/// Inputs per lane pass (bits 2, 3, 5, 6, 8): position p feeds lane (p % kFastSpan) / 4, so 64
/// consecutive inputs cover the 16 lanes once (one vpdpbusd on 64 bytes; two
/// vpmaddubsw+vpmaddwd on 32 each). 4 bits: kSplitSpan below.
inline constexpr int kFastSpan = 64;

/// 4-bit weights use a wider pass: 64 packed bytes hold 128 codes, the low nibbles the even
/// positions and the high nibbles the odd ones, so one load, two masks and two vpdpbusd (against
/// QuantizedActivations::split_codes) cover 128 inputs: position p feeds lane (p % 128) / 8.
inline constexpr int kSplitSpan = 128;

/// The lane input position p of a row of `bits`-bit weights feeds (m == 1, lane order).
inline int fast_lane(int64_t p, int bits) {
  if (bits == 4) return static_cast<int>((p % kSplitSpan) / 8);
  return static_cast<int>((p % kFastSpan) / 4);
}

/// The weight codes are centred, q - 2^(bits-1), so the int8 rounding error of x is weighted
/// by |q - c| instead of q (about half); the bias absorbs the shift: s*q + b = s*(q - c) + b'.
inline int fast_code_centre(int bits) {
  return 1 << (bits - 1);
}

/// b' = b + s * c: the product is exact (c is a power of two), the sum rounds once.
inline float fast_centred_bias(float scale, float bias, int bits) {
  return bias + scale * static_cast<float>(fast_code_centre(bits));
}

/// t[g] = scale_w[g] * scale_x[g] (one f32 rounding) for the groups of one weight row, and the
/// factored bias term: the canonical dot (16 lanes, fma, canonical reduction) of the row's
/// centred biases b' with the activation row's group sums. SIMD tables compute the same.
inline float fast_row_prologue_scalar(const std::byte* scales, const std::byte* biases, DType dtype,
                                      int bits, const float* x_scales, const float* x_sums,
                                      int64_t groups, float* t) {
  float p[kLanes] = {};
  for (int64_t g = 0; g < groups; ++g) {
    const float s = load_float(scales, dtype, g);
    t[g] = s * x_scales[g];
    float& lane = p[g % kLanes];
    lane = std::fma(fast_centred_bias(s, load_float(biases, dtype, g), bits), x_sums[g], lane);
  }
  return reduce_canonical(p);
}

/// Inputs per integer accumulation unit: one 64-span, or two for group 128 (whose products
/// are summed in int32 before the float stage).
inline int fast_unit(int group_size) {
  return group_size == 128 ? 128 : kFastSpan;
}

/// -c * (sum of the activation codes of group g of row i), [m][groups]: the seed of a whole
/// group's centred integer dot (the m > 1 order).
inline void fast_group_seeds(const QuantizedActivations& xq, int bits, std::vector<int32_t>& out) {
  const int64_t groups = xq.k / xq.group_size, quads = xq.k / 4;
  const int32_t centre = fast_code_centre(bits);
  const int64_t group_quads = xq.group_size / 4;
  out.resize(static_cast<size_t>(xq.m * groups));
  // Group-major, so no division per quad (an idiv per quad was ~15% of a small-m matmul).
  for (int64_t i = 0; i < xq.m; ++i) {
    const int32_t* quad = &xq.quad_sums[i * quads];
    for (int64_t g = 0; g < groups; ++g) {
      int32_t sum = 0;
      for (int64_t j = g * group_quads; j < (g + 1) * group_quads; ++j) sum += quad[j];
      out[i * groups + g] = -centre * sum;
    }
  }
}

}  // namespace mlxla::kernels::detail
