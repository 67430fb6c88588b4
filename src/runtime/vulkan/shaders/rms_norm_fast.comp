#version 450
// mlxla.rms_norm under the fast policy: one subgroup per row. Lane l sums x[i]^2 over
// i = l, l + LANES, ... (fma), subgroupAdd, then inv = inversesqrt(sum / d + eps) with the
// device's divide and inverse square root, y = (x * inv) * w. Judged by tolerance
// (vulkan_backend_test derives it); a row does not depend on the other rows.
// Params: rows, d, x slot/off, w slot/off, y slot/off, eps bits.
#extension GL_KHR_shader_subgroup_basic : require
#extension GL_KHR_shader_subgroup_arithmetic : require

layout(constant_id = 0) const uint LANES = 8;
layout(constant_id = 1) const uint SUBGROUPS = 1;
#define MLXLA_LOCAL_SIZE_ID
layout(local_size_x_id = 2) in;  // LANES * SUBGROUPS
#include "common.glsl"

void main() {
  uint rows = P(0), d = P(1), xs = P(2), xo = P(3), ws = P(4), wo = P(5), ys = P(6), yo = P(7);
  float eps = uintBitsToFloat(P(8));
  uint r = (gl_WorkGroupID.x + gl_WorkGroupID.y * 65535u) * SUBGROUPS + gl_SubgroupID;
  if (r >= rows) return;  // whole subgroups
  uint lane = gl_SubgroupInvocationID;
  float sum = 0.0;
  for (uint i = lane; i < d; i += LANES) {
    float v = uintBitsToFloat(t[xs].d[xo + r * d + i]);
    sum = fma(v, v, sum);
  }
  float inv = inversesqrt(subgroupAdd(sum) / float(d) + eps);
  for (uint i = lane; i < d; i += LANES) {
    float v = uintBitsToFloat(t[xs].d[xo + r * d + i]);
    t[ys].d[yo + r * d + i] = floatBitsToUint((v * inv) * uintBitsToFloat(t[ws].d[wo + i]));
  }
}
