#version 450
// mlxla.quantized_dot, exact policy: y[m, n] = canonical dot of narrow(x[m, :]) with
// narrow(float(q) * s + b) (two roundings, no contraction), q the LSB-first bit-stream codes of
// packed row n (MLX layout; any bits 2-8, codes may straddle bytes). Equal bit for bit to the
// CPU's exact kernels (src/kernels/cpu/matmul_scalar.cpp is the plain twin). One invocation per
// output element.
// Params: M, N, K, bits, group, precision (0 f32, 1 f16, 2 bf16), scale type, x slot/off (f32),
// packed slot/off (bytes), scales slot/off, biases slot/off, y slot/off.
#include "common.glsl"

float narrow(float x, uint p) {
  if (p == 1u) return f16_to_f32(f32_to_f16(x));
  if (p == 2u) return uintBitsToFloat(f32_to_bf16(x) << 16);
  return x;
}

uint byte_at(uint slot, uint byte_index) {
  return (t[slot].d[byte_index >> 2] >> ((byte_index & 3u) * 8u)) & 0xFFu;
}

void main() {
  uint M = P(0), N = P(1), K = P(2), bits = P(3), group = P(4), prec = P(5), st = P(6);
  uint xs = P(7), xo = P(8), ws = P(9), wo = P(10), ss = P(11), so = P(12), bs = P(13), bo = P(14);
  uint ys = P(15), yo = P(16);
  uint i = gid();
  if (i >= M * N) return;
  uint m = i / N, n = i - m * N;
  uint groups = K / group;
  uint row_byte = wo + n * (K * bits / 8u);
  uint mask = (1u << bits) - 1u;
  float lanes[16];
  [[unroll]] for (uint l = 0u; l < 16u; ++l) lanes[l] = 0.0;
  for (uint g = 0u; g < groups; ++g) {
    float s = load_f(ss, so + n * groups + g, st);
    float b = load_f(bs, bo + n * groups + g, st);
    for (uint k = g * group; k < (g + 1u) * group; ++k) {
      uint bit = k * bits;
      uint byte_index = row_byte + (bit >> 3);
      uint shift = bit & 7u;
      uint v = byte_at(ws, byte_index);
      if (shift + bits > 8u) v |= byte_at(ws, byte_index + 1u) << 8;
      uint q = (v >> shift) & mask;
      precise float scaled = float(q) * s;
      precise float w = scaled + b;
      float a = narrow(uintBitsToFloat(t[xs].d[xo + m * K + k]), prec);
      precise float r = fma_rn(a, narrow(w, prec), lanes[k & 15u]);
      lanes[k & 15u] = r;
    }
  }
  t[ys].d[yo + i] = floatBitsToUint(reduce_lanes(lanes));
}
