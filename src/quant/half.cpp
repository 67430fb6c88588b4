// Scalar f16/bf16 <-> f32 conversions by integer manipulation (no F16C, no reliance on the
// compiler's _Float16), so the result is the same on every target and in every build mode.
#include "quant/half.h"

namespace mlxla::quant {
namespace {

uint32_t float_bits(float x) {
  uint32_t u;
  std::memcpy(&u, &x, sizeof(u));
  return u;
}

float bits_float(uint32_t u) {
  float f;
  std::memcpy(&f, &u, sizeof(f));
  return f;
}

// Rounds `value >> shift` to nearest, ties to even (shift >= 1).
uint32_t shift_round_even(uint32_t value, uint32_t shift) {
  const uint32_t kept = value >> shift;
  const uint32_t rest = value & ((1u << shift) - 1u);
  const uint32_t half = 1u << (shift - 1u);
  return kept + ((rest > half || (rest == half && (kept & 1u))) ? 1u : 0u);
}

}  // namespace

uint16_t f32_to_f16(float x) {
  const uint32_t u = float_bits(x);
  const uint16_t sign = static_cast<uint16_t>((u >> 16) & 0x8000u);
  const uint32_t a = u & 0x7fffffffu;
  if (a >= 0x7f800000u) {
    if (a == 0x7f800000u) return sign | 0x7c00u;
    // NaN: keep the top 10 payload bits, force the quiet bit so it cannot become inf.
    return static_cast<uint16_t>(sign | 0x7e00u | ((a >> 13) & 0x3ffu));
  }
  // 65520 = 65504 + half an ulp: the tie rounds to the even neighbour 65536, i.e. inf.
  if (a >= 0x477ff000u) return sign | 0x7c00u;
  if (a >= 0x38800000u) {  // normal f16 (>= 2^-14): rebias the exponent, round 13 bits away
    const uint32_t rebased = a - (112u << 23);  // exponent 127 -> 15
    // A carry out of the mantissa correctly bumps the exponent (at most to 0x7bff here).
    return static_cast<uint16_t>(sign | shift_round_even(rebased, 13));
  }
  // Subnormal f16: value = m * 2^-24. Below 2^-25 (exclusive of the tie) everything is zero.
  const uint32_t exponent = a >> 23;
  if (exponent < 102) return sign;  // < 2^-25: rounds to zero
  const uint32_t mantissa = (a & 0x7fffffu) | 0x800000u;
  // value = mantissa * 2^(exponent - 150); in units of 2^-24 that is mantissa >> (126 - exponent).
  return static_cast<uint16_t>(sign | shift_round_even(mantissa, 126u - exponent));
}

float f16_to_f32(uint16_t h) {
  const uint32_t sign = static_cast<uint32_t>(h & 0x8000u) << 16;
  const uint32_t exponent = (h >> 10) & 0x1fu;
  uint32_t mantissa = h & 0x3ffu;
  if (exponent == 0x1f) {
    const uint32_t quiet = mantissa ? 0x400000u : 0u;
    return bits_float(sign | 0x7f800000u | quiet | (mantissa << 13));
  }
  if (exponent != 0) return bits_float(sign | ((exponent + 112u) << 23) | (mantissa << 13));
  if (mantissa == 0) return bits_float(sign);
  // Subnormal: normalise so the leading 1 sits at bit 10.
  uint32_t e = 113;  // the f32 exponent field of 2^-14
  while ((mantissa & 0x400u) == 0) {
    mantissa <<= 1;
    --e;
  }
  return bits_float(sign | (e << 23) | ((mantissa & 0x3ffu) << 13));
}

void f16_to_f32_n(const std::byte* src, float* dst, size_t n) {
  for (size_t i = 0; i < n; ++i) {
    uint16_t h;
    std::memcpy(&h, src + 2 * i, 2);
    dst[i] = f16_to_f32(h);
  }
}

void bf16_to_f32_n(const std::byte* src, float* dst, size_t n) {
  for (size_t i = 0; i < n; ++i) {
    uint16_t b;
    std::memcpy(&b, src + 2 * i, 2);
    dst[i] = bf16_to_f32(b);
  }
}

void f32_to_f16_n(const float* src, std::byte* dst, size_t n) {
  for (size_t i = 0; i < n; ++i) {
    const uint16_t h = f32_to_f16(src[i]);
    std::memcpy(dst + 2 * i, &h, 2);
  }
}

void f32_to_bf16_n(const float* src, std::byte* dst, size_t n) {
  for (size_t i = 0; i < n; ++i) {
    const uint16_t b = f32_to_bf16(src[i]);
    std::memcpy(dst + 2 * i, &b, 2);
  }
}

}  // namespace mlxla::quant
