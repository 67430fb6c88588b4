#version 450
// A general dot_general with f32 result in the canonical order (docs/KERNELS.md): the
// contraction is flattened row-major over the contracting dims, element k feeds lane k % 16 by
// fma, then the 8-4-2-1 lane reduction. Each workgroup computes 4 outputs, 16 invocations each
// (one per lane, the lanes folded in shared memory), as qdot.comp.
// Params: count, out slot/off, lhs type/slot/off, rhs type/slot/off, out rank, contraction
// rank, then 8 x (size, lhs stride, rhs stride) of the output dims, 4 x (...) of the contraction.
#include "common.glsl"

shared float partial[64];

void main() {
  uint count = P(0), os = P(1), oo = P(2);
  uint lt = P(3), ls = P(4), lo = P(5), rt = P(6), rsl = P(7), ro = P(8);
  uint orank = P(9), crank = P(10);
  uint local = gl_LocalInvocationID.x;
  uint lane = local & 15u;
  uint i = (gl_WorkGroupID.x + gl_WorkGroupID.y * 65535u) * 4u + (local >> 4);
  bool valid = i < count;
  precise float acc = 0.0;
  if (valid) {
    uint la = lo, ra = ro, rem = i;
    for (int d = int(orank) - 1; d >= 0; --d) {
      uint b = 11u + 3u * uint(d);
      uint sz = P(b);
      uint idx = rem % sz;
      rem /= sz;
      la += idx * P(b + 1u);
      ra += idx * P(b + 2u);
    }
    uint n = 1u;
    for (uint d = 0u; d < crank; ++d) n *= P(35u + 3u * d);
    for (uint k = lane; k < n; k += 16u) {
      uint a = la, b = ra, r = k;
      for (int d = int(crank) - 1; d >= 0; --d) {
        uint base = 35u + 3u * uint(d);
        uint sz = P(base);
        uint idx = r % sz;
        r /= sz;
        a += idx * P(base + 1u);
        b += idx * P(base + 2u);
      }
      acc = fma_rn(load_f(ls, a, lt), load_f(rsl, b, rt), acc);
    }
  }
  partial[local] = acc;
  barrier();
  [[unroll]] for (uint s = 8u; s >= 1u; s >>= 1) {
    if (lane < s) {
      precise float r = partial[local] + partial[local + s];
      partial[local] = r;
    }
    barrier();
  }
  if (valid && lane == 0u) t[os].d[oo + i] = floatBitsToUint(partial[local]);
}
