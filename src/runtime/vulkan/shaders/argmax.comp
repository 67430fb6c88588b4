#version 450
// mlxla.argmax as the CPU computes it: the first index of the maximum, or V when any logit is
// NaN (the decomposition's NaN maximum equals nothing). One invocation per row.
// Params: rows, V, x slot/off (f32), y slot/off (i32).
#include "common.glsl"

void main() {
  uint rows = P(0), V = P(1), xs = P(2), xo = P(3), ys = P(4), yo = P(5);
  uint r = gid();
  if (r >= rows) return;
  float best = uintBitsToFloat(0xFF800000u);
  uint index = V;
  bool nan = false;
  for (uint i = 0u; i < V; ++i) {
    float v = uintBitsToFloat(t[xs].d[xo + r * V + i]);
    if (isnan(v)) nan = true;
    if (v > best || (index == V && v == best)) {
      best = v;
      index = i;
    }
  }
  t[ys].d[yo + r] = nan ? V : index;
}
