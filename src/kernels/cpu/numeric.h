// Scalar numerics shared by every kernel table: f16/bf16 rounding (nearest even), the
// precision narrowing, the canonical 16-lane reduction and the packed-row layout helpers.
#pragma once

#include <bit>
#include <cstdint>
#include <cstring>

#include "kernels/cpu/kernels.h"

namespace mlxla::kernels::detail {

/// Lanes of the canonical summation order (docs/KERNELS.md).
inline constexpr int kLanes = 16;

inline uint16_t f32_to_f16_bits(float f) {
  const uint32_t x = std::bit_cast<uint32_t>(f);
  const uint32_t sign = (x >> 16) & 0x8000u;
  const uint32_t ax = x & 0x7FFFFFFFu;
  if (ax > 0x7F800000u) return static_cast<uint16_t>(sign | 0x7E00u | ((ax >> 13) & 0x3FFu));
  if (ax >= 0x477FF000u) return static_cast<uint16_t>(sign | 0x7C00u);  // rounds to inf
  if (ax < 0x38800000u) {                                       // f16 subnormal range (or zero)
    if (ax <= 0x33000000u) return static_cast<uint16_t>(sign);  // <= 2^-25 ties to even 0
    const uint32_t mant = (ax & 0x7FFFFFu) | 0x800000u;
    const int shift = 126 - static_cast<int>(ax >> 23);  // 14..24
    uint32_t r = mant >> shift;
    const uint32_t rem = mant & ((1u << shift) - 1u);
    const uint32_t half = 1u << (shift - 1);
    if (rem > half || (rem == half && (r & 1u))) ++r;
    return static_cast<uint16_t>(sign | r);
  }
  uint32_t r = ax - 0x38000000u;  // rebias the exponent from 127 to 15
  r = (r + 0xFFFu + ((r >> 13) & 1u)) >> 13;
  return static_cast<uint16_t>(sign | r);
}

inline float f16_bits_to_f32(uint16_t h) {
  const uint32_t sign = static_cast<uint32_t>(h & 0x8000u) << 16;
  const uint32_t exp = (h >> 10) & 0x1Fu;
  uint32_t mant = h & 0x3FFu;
  uint32_t bits;
  if (exp == 0x1Fu) {
    bits = sign | 0x7F800000u | (mant << 13) | (mant ? 0x400000u : 0u);
  } else if (exp != 0) {
    bits = sign | ((exp + 112u) << 23) | (mant << 13);
  } else if (mant == 0) {
    bits = sign;
  } else {  // subnormal: normalise
    uint32_t e = 113;
    while ((mant & 0x400u) == 0) {
      mant <<= 1;
      --e;
    }
    bits = sign | (e << 23) | ((mant & 0x3FFu) << 13);
  }
  return std::bit_cast<float>(bits);
}

inline uint16_t f32_to_bf16_bits(float f) {
  const uint32_t x = std::bit_cast<uint32_t>(f);
  if ((x & 0x7FFFFFFFu) > 0x7F800000u) return static_cast<uint16_t>((x >> 16) | 0x40u);
  return static_cast<uint16_t>((x + 0x7FFFu + ((x >> 16) & 1u)) >> 16);
}

inline float bf16_bits_to_f32(uint16_t b) {
  return std::bit_cast<float>(static_cast<uint32_t>(b) << 16);
}

/// x rounded to the contraction precision and widened back (exact) to f32.
inline float narrow(float x, Precision p) {
  switch (p) {
    case Precision::kF16:
      return f16_bits_to_f32(f32_to_f16_bits(x));
    case Precision::kBF16:
      return bf16_bits_to_f32(f32_to_bf16_bits(x));
    case Precision::kF32:
      break;
  }
  return x;
}

inline uint16_t load_u16(const std::byte* p) {
  uint16_t v;
  std::memcpy(&v, p, sizeof(v));
  return v;
}

/// Element i of an f32/f16/bf16 array at any byte address, as f32.
inline float load_float(const std::byte* base, DType dtype, int64_t i) {
  switch (dtype) {
    case DType::kF16:
      return f16_bits_to_f32(load_u16(base + 2 * i));
    case DType::kBF16:
      return bf16_bits_to_f32(load_u16(base + 2 * i));
    default: {
      float v;
      std::memcpy(&v, base + 4 * i, sizeof(v));
      return v;
    }
  }
}

/// The canonical reduction: for s in (8, 4, 2, 1): p[l] += p[l + s] for l < s; returns p[0].
inline float reduce_canonical(float* p) {
  for (int s = 8; s >= 1; s /= 2) {
    for (int l = 0; l < s; ++l) p[l] = p[l] + p[l + s];
  }
  return p[0];
}

/// Bytes of one packed row: k codes of `bits` bits.
inline int64_t packed_row_bytes(const PackedWeight& w) {
  return w.k * w.bits / 8;
}

/// Byte size of one scale/bias element.
inline int64_t scale_bytes(DType dtype) {
  return dtype == DType::kF32 ? 4 : 2;
}

/// Code i of a packed row (LSB-first bit stream; codes may straddle bytes).
inline uint32_t packed_code(const std::byte* row, int64_t i, int bits) {
  const int64_t bit = i * bits;
  const int64_t byte = bit >> 3;
  const int shift = static_cast<int>(bit & 7);
  uint32_t v = static_cast<uint32_t>(row[byte]);
  if (shift + bits > 8) v |= static_cast<uint32_t>(row[byte + 1]) << 8;
  return (v >> shift) & ((1u << bits) - 1u);
}

}  // namespace mlxla::kernels::detail
