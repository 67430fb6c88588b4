// IEEE binary16 (f16) and bfloat16 (bf16) conversions to and from f32: portable scalar code,
// round-to-nearest-even, the reference every SIMD path must equal bit for bit.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>

namespace mlxla::quant {

/// f32 -> f16, round to nearest even. |x| >= 65520 becomes inf; values below 2^-24 round to
/// f16 subnormals or zero (sign kept); NaN becomes a quiet NaN keeping the sign and the top
/// payload bits.
uint16_t f32_to_f16(float x);

/// f16 -> f32, exact (every f16 is an f32). A NaN comes back quiet (as F16C's vcvtph2ps does).
float f16_to_f32(uint16_t h);

/// f32 -> bf16, round to nearest even; overflow goes to inf; NaN becomes a quiet NaN.
/// Inline: it sits in the inner loops of quantize and synth.
inline uint16_t f32_to_bf16(float x) {
  uint32_t u;
  std::memcpy(&u, &x, sizeof(u));
  if ((u & 0x7fffffffu) > 0x7f800000u) return static_cast<uint16_t>((u >> 16) | 0x40u);
  // Adding 0x7fff plus the lowest kept bit rounds to nearest even; a carry past the largest
  // finite value lands exactly on inf (0x7f80).
  return static_cast<uint16_t>((u + 0x7fffu + ((u >> 16) & 1u)) >> 16);
}

/// bf16 -> f32: the bf16 bits are the top half of the f32 (exact, NaN payload kept as is).
inline float bf16_to_f32(uint16_t b) {
  const uint32_t bits = static_cast<uint32_t>(b) << 16;
  float f;
  std::memcpy(&f, &bits, sizeof(f));
  return f;
}

/// Bulk conversions over raw (possibly unaligned) little-endian buffers of `n` elements.
/// Bitwise equal to the scalar functions above.
void f16_to_f32_n(const std::byte* src, float* dst, size_t n);
void bf16_to_f32_n(const std::byte* src, float* dst, size_t n);
void f32_to_f16_n(const float* src, std::byte* dst, size_t n);
void f32_to_bf16_n(const float* src, std::byte* dst, size_t n);

}  // namespace mlxla::quant
