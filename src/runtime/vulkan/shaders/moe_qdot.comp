#version 450
// One projection of mlxla.moe's routed experts: y[r, n] = canonical dot of narrow(x[r / xdiv, :])
// with narrow(expert e = chosen[r]'s row n), then + bias[e, n] (expert_bias). Affine rows
// dequantize as qdot.comp (float(q) * s + b, two roundings); fp rows (mxfp4/mxfp8) as the CPU's
// fp_expert_matmul: code table value * E8M0 scale (one rounding). Only the chosen experts' rows
// are read. 16 invocations per output, the canonical 16-lane order folded 8-4-2-1.
// Params: R, N, K, bits, group, precision, scale type, fp, xdiv, has_bias, x slot/off, packed
// slot/off (bytes, [E, N, K * bits / 8]), scales slot/off, biases slot/off, y slot/off,
// chosen slot/off, bias slot/off (f32 [E, N]), tables slot/off (fp: 256 code values then 256
// scale values, f32).
#include "common.glsl"

shared float partial[64];

void main() {
  uint R = P(0), N = P(1), K = P(2), bits = P(3), group = P(4), prec = P(5), st = P(6);
  uint fp = P(7), xdiv = P(8), has_bias = P(9);
  uint xs = P(10), xo = P(11), ws = P(12), wo = P(13), ss = P(14), so = P(15), bs = P(16),
       bo = P(17), ys = P(18), yo = P(19), cs = P(20), co = P(21), es = P(22), eo = P(23),
       tbs = P(24), tbo = P(25);
  uint local = gl_LocalInvocationID.x;
  uint lane = local & 15u;
  uint i = (gl_WorkGroupID.x + gl_WorkGroupID.y * 65535u) * 4u + (local >> 4);
  bool valid = i < R * N;
  precise float acc = 0.0;
  uint e = 0u, n = 0u;
  if (valid) {
    uint r = i / N;
    n = i - r * N;
    e = t[cs].d[co + r];
    uint groups = K / group;
    uint row = e * N + n;
    uint row_byte = wo + row * (K * bits / 8u);
    uint mask = (1u << bits) - 1u;
    uint xrow = xo + (r / xdiv) * K;
    for (uint k = lane; k < K; k += 16u) {
      uint g = k / group;
      uint bit = k * bits;
      uint byte_index = row_byte + (bit >> 3);
      uint shift = bit & 7u;
      uint v = byte_at(ws, byte_index);
      if (shift + bits > 8u) v |= byte_at(ws, byte_index + 1u) << 8;
      uint q = (v >> shift) & mask;
      precise float w;
      if (fp != 0u) {
        uint sbyte = load_bits(ss, so + row * groups + g, U8);
        precise float value = uintBitsToFloat(t[tbs].d[tbo + q]);
        w = value * uintBitsToFloat(t[tbs].d[tbo + 256u + sbyte]);
      } else {
        float s = load_f(ss, so + row * groups + g, st);
        float b = load_f(bs, bo + row * groups + g, st);
        precise float scaled = float(q) * s;
        w = scaled + b;
      }
      float a = narrow(uintBitsToFloat(t[xs].d[xrow + k]), prec);
      acc = fma_rn(a, narrow(w, prec), acc);
    }
  }
  partial[local] = acc;
  barrier();
  [[unroll]] for (uint s = 8u; s >= 1u; s >>= 1) {
    if (lane < s) {
      precise float r2 = partial[local] + partial[local + s];
      partial[local] = r2;
    }
    barrier();
  }
  if (valid && lane == 0u) {
    precise float y = partial[local];
    if (has_bias != 0u) y = y + uintBitsToFloat(t[es].d[eo + e * N + n]);
    t[ys].d[yo + i] = floatBitsToUint(y);
  }
}
