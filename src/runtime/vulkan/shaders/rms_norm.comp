#version 450
// mlxla.rms_norm as its decomposition: sum of squares sequentially, inv = 1 / sqrt(sum / d +
// eps) (correctly rounded divide and sqrt), y = (x * inv) * w. One invocation per row.
// Params: rows, d, x slot/off, w slot/off, y slot/off, eps bits.
#include "common.glsl"

void main() {
  uint rows = P(0), d = P(1), xs = P(2), xo = P(3), ws = P(4), wo = P(5), ys = P(6), yo = P(7);
  float eps = uintBitsToFloat(P(8));
  uint r = gid();
  if (r >= rows) return;
  precise float sum = 0.0;
  for (uint i = 0u; i < d; ++i) {
    float v = uintBitsToFloat(t[xs].d[xo + r * d + i]);
    precise float sq = v * v;
    sum = sum + sq;
  }
  precise float mean = div_rn(sum, float(d));
  precise float shifted = mean + eps;
  float inv = div_rn(1.0, sqrt_rn(shifted));
  for (uint i = 0u; i < d; ++i) {
    float v = uintBitsToFloat(t[xs].d[xo + r * d + i]);
    precise float a = v * inv;
    precise float y = a * uintBitsToFloat(t[ws].d[wo + i]);
    t[ys].d[yo + r * d + i] = floatBitsToUint(y);
  }
}
