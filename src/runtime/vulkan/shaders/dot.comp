#version 450
// A general dot_general with f32 result in the canonical order (docs/KERNELS.md): the
// contraction is flattened row-major over the contracting dims, element k feeds lane k % 16 by
// fma, then the 8-4-2-1 lane reduction. One invocation per output element.
// Params: count, out slot/off, lhs type/slot/off, rhs type/slot/off, out rank, contraction
// rank, then 8 x (size, lhs stride, rhs stride) of the output dims, 4 x (...) of the contraction.
#include "common.glsl"

void main() {
  uint count = P(0), os = P(1), oo = P(2);
  uint lt = P(3), ls = P(4), lo = P(5), rt = P(6), rsl = P(7), ro = P(8);
  uint orank = P(9), crank = P(10);
  uint i = gid();
  if (i >= count) return;
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
  float lanes[16];
  [[unroll]] for (uint l = 0u; l < 16u; ++l) lanes[l] = 0.0;
  for (uint k = 0u; k < n; ++k) {
    uint a = la, b = ra, r = k;
    for (int d = int(crank) - 1; d >= 0; --d) {
      uint base = 35u + 3u * uint(d);
      uint sz = P(base);
      uint idx = r % sz;
      r /= sz;
      a += idx * P(base + 1u);
      b += idx * P(base + 2u);
    }
    precise float v = fma_rn(load_f(ls, a, lt), load_f(rsl, b, rt), lanes[k & 15u]);
    lanes[k & 15u] = v;
  }
  t[os].d[oo + i] = floatBitsToUint(reduce_lanes(lanes));
}
