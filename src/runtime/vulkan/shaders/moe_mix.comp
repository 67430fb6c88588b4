#version 450
// mlxla.moe's element steps, as the CPU's moe_step.cpp writes them. Mode 0 (activation, one
// invocation per (r, i) of [R, I]): g = silu(g) * u, i.e. g * (1 / (1 + exp(-g))) * u; or the
// clamped SwiGLU: g' = min(g, limit), u' = min(max(u, -limit), limit), g' * (1 / (1 + exp(-alpha
// g'))) * (u' + 1), NaN kept by min and max. Mode 1 (combine, one invocation per (t, c) of
// [T, H]): out = ((0 + y[t k] w[t k]) + y[t k + 1] w[t k + 1]) + ...
// Params: mode, count, width (I or H), k, clamped, alpha bits, limit bits, a slot/off (g or y),
// b slot/off (u or weights), out slot/off.
#include "common.glsl"

void main() {
  uint mode = P(0), count = P(1), width = P(2), K = P(3), clamped = P(4);
  float alpha = uintBitsToFloat(P(5)), limit = uintBitsToFloat(P(6));
  uint as_ = P(7), ao = P(8), bs = P(9), bo = P(10), os = P(11), oo = P(12);
  uint i = gid();
  if (i >= count) return;
  if (mode == 0u) {
    float g = uintBitsToFloat(t[as_].d[ao + i]);
    float u = uintBitsToFloat(t[bs].d[bo + i]);
    precise float h;
    if (clamped != 0u) {
      float gv = nan_min(g, limit);
      float ul = nan_max(u, -limit);
      float uv = nan_min(ul, limit);
      precise float scaled = alpha * gv;
      precise float glu = gv * logistic(scaled);
      precise float linear = uv + 1.0;
      h = glu * linear;
    } else {
      precise float activated = g * logistic(g);
      h = activated * u;
    }
    t[os].d[oo + i] = floatBitsToUint(h);
  } else {
    uint tk = i / width, c = i - tk * width;
    precise float acc = 0.0;
    for (uint j = 0u; j < K; ++j) {
      precise float weighted =
          uintBitsToFloat(t[as_].d[ao + (tk * K + j) * width + c]) *
          uintBitsToFloat(t[bs].d[bo + tk * K + j]);
      acc = acc + weighted;
    }
    t[os].d[oo + i] = floatBitsToUint(acc);
  }
}
