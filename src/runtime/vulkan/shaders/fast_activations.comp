#version 450
// The fast policy's activation quantization (the CPU's definition, kernels.h
// QuantizedActivations): per row m and weight group g of `group` inputs, a = max|x| (compared as
// integers on the bit patterns, so NaN and infinity are seen), d = a / 127 and inv = 127 / a
// (correctly rounded: div_rn), codes q = roundEven(x * inv) in [-127, 127]. A group holding a
// NaN or infinity gets d = NaN and codes 0 (its outputs are NaN); a zero group d = 0.
// Also per group the f32 sum of x (sequential; the bias term) and the integer sum of the codes
// (to centre the weight codes). One invocation per (row, group).
// Output block at word offset `ao` of slot `as`: codes [M, K/4] (4 int8 per word, input order,
// little-endian), then d [M, G] f32, then the sums [M, G] f32, then the code sums [M, G] i32.
// Params: M, K, group, x slot/off (f32 [M, K]), block slot/off.
#include "common.glsl"

void main() {
  uint M = P(0), K = P(1), group = P(2), xs = P(3), xo = P(4), as_ = P(5), ao = P(6);
  uint G = K / group;
  uint i = gid();
  if (i >= M * G) return;
  uint m = i / G, g = i - m * G;
  uint first = xo + m * K + g * group;
  uint amax = 0u;
  precise float sum = 0.0;
  for (uint j = 0u; j < group; ++j) {
    uint b = t[xs].d[first + j];
    amax = max(amax, b & 0x7FFFFFFFu);
    sum = sum + uintBitsToFloat(b);
  }
  uint codes = ao + (m * K + g * group) / 4u;
  int code_sum = 0;
  float d;
  if (amax >= 0x7F800000u || amax == 0u) {
    d = amax == 0u ? 0.0 : uintBitsToFloat(0x7FC00000u);
    for (uint w = 0u; w < group / 4u; ++w) t[as_].d[codes + w] = 0u;
  } else {
    float a = uintBitsToFloat(amax);
    float inv = div_rn(127.0, a);
    d = div_rn(a, 127.0);
    for (uint w = 0u; w < group / 4u; ++w) {
      uint word = 0u;
      for (uint r = 0u; r < 4u; ++r) {
        precise float v = uintBitsToFloat(t[xs].d[first + 4u * w + r]) * inv;
        int q = clamp(int(roundEven(v)), -127, 127);
        code_sum += q;
        word |= (uint(q) & 0xFFu) << (8u * r);
      }
      t[as_].d[codes + w] = word;
    }
  }
  uint groups = M * G;
  uint scalars = ao + M * K / 4u + i;
  t[as_].d[scalars] = floatBitsToUint(d);
  t[as_].d[scalars + groups] = floatBitsToUint(sum);
  t[as_].d[scalars + 2u * groups] = uint(code_sum);
}
