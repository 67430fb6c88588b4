#version 450
// mlxla.quantized_dot, exact policy: y[m, n] = canonical dot of narrow(x[m, :]) with
// narrow(float(q) * s + b) (two roundings, no contraction), q the LSB-first bit-stream codes of
// packed row n (MLX layout; any bits 2-8, codes may straddle bytes). Equal bit for bit to the
// CPU's exact kernels (src/kernels/cpu/matmul_scalar.cpp is the plain twin).
// Each workgroup computes 4 outputs with 16 invocations each: invocation l runs lane l's fma
// chain (k = l, l + 16, ... in order), then the lanes are folded 8-4-2-1 in shared memory:
// the canonical order, computed in parallel.
// Params: M, N, K, bits, group, precision (0 f32, 1 f16, 2 bf16), scale type, x slot/off (f32),
// packed slot/off (bytes), scales slot/off, biases slot/off, y slot/off.
#include "common.glsl"

shared float partial[64];

void main() {
  uint M = P(0), N = P(1), K = P(2), bits = P(3), group = P(4), prec = P(5), st = P(6);
  uint xs = P(7), xo = P(8), ws = P(9), wo = P(10), ss = P(11), so = P(12), bs = P(13), bo = P(14);
  uint ys = P(15), yo = P(16);
  uint local = gl_LocalInvocationID.x;
  uint lane = local & 15u;
  uint i = (gl_WorkGroupID.x + gl_WorkGroupID.y * 65535u) * 4u + (local >> 4);
  bool valid = i < M * N;
  precise float acc = 0.0;
  if (valid) {
    uint m = i / N, n = i - m * N;
    uint groups = K / group;
    uint row_byte = wo + n * (K * bits / 8u);
    uint mask = (1u << bits) - 1u;
    for (uint k = lane; k < K; k += 16u) {
      uint g = k / group;
      float s = load_f(ss, so + n * groups + g, st);
      float b = load_f(bs, bo + n * groups + g, st);
      uint bit = k * bits;
      uint byte_index = row_byte + (bit >> 3);
      uint shift = bit & 7u;
      uint v = byte_at(ws, byte_index);
      if (shift + bits > 8u) v |= byte_at(ws, byte_index + 1u) << 8;
      uint q = (v >> shift) & mask;
      precise float scaled = float(q) * s;
      precise float w = scaled + b;
      float a = narrow(uintBitsToFloat(t[xs].d[xo + m * K + k]), prec);
      acc = fma_rn(a, narrow(w, prec), acc);
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
  if (valid && lane == 0u) t[ys].d[yo + i] = floatBitsToUint(partial[local]);
}
