// Shared definitions of the Policy::kFast chain order (docs/KERNELS.md, "Policy fast"): the
// centring of the weight codes and the integer seeds of each group's dot.
#pragma once

#include <cmath>
#include <cstdint>
#include <vector>

#include "kernels/cpu/kernels.h"
#include "kernels/cpu/numeric.h"

namespace mlxla::kernels::detail {

/// Inputs per AVX-512 span of the row-major kernels: 64 codes, 16 quads (one per lane).
inline constexpr int kFastSpan = 64;

/// The weight codes are centred, q - 2^(bits-1), so the int8 rounding error of x is weighted
/// by |q - c| instead of q (about half); the bias absorbs the shift: s*q + b = s*(q - c) + b'.
inline int fast_code_centre(int bits) {
  return 1 << (bits - 1);
}

/// b' = b + s * c: the product is exact (c is a power of two), the sum rounds once.
inline float fast_centred_bias(float scale, float bias, int bits) {
  return bias + scale * static_cast<float>(fast_code_centre(bits));
}

/// -c * (sum of the activation codes of group g of row i), [m][groups]: the seed of a whole
/// group's centred integer dot.
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
