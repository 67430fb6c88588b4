// Literal element encoding (see literal.h): f16/bf16 rounding and little-endian byte access.
#include "graph/literal.h"

#include <bit>
#include <cmath>
#include <cstring>

namespace mlxla::graph {
namespace {

uint64_t load_bits(const std::byte* p, size_t n) {
  uint64_t v = 0;
  for (size_t i = 0; i < n; ++i) v |= static_cast<uint64_t>(p[i]) << (8 * i);
  return v;
}

void store_bits(std::byte* p, size_t n, uint64_t v) {
  for (size_t i = 0; i < n; ++i) p[i] = static_cast<std::byte>((v >> (8 * i)) & 0xFF);
}

}  // namespace

uint16_t float_to_f16_bits(float x) {
  const uint32_t bits = std::bit_cast<uint32_t>(x);
  const uint32_t sign = (bits >> 16) & 0x8000u;
  const uint32_t abs = bits & 0x7FFFFFFFu;
  if (abs > 0x7F800000u) return static_cast<uint16_t>(sign | 0x7E00u | ((abs >> 13) & 0x3FFu));
  if (abs >= 0x477FF000u) return static_cast<uint16_t>(sign | 0x7C00u);  // rounds to >= 65520
  if (abs < 0x38800000u) {
    // Subnormal f16 (or zero): value = m * 2^-24 with m rounded to nearest even.
    const float magnitude = std::bit_cast<float>(abs);
    const float scaled = magnitude * 16777216.0f;  // exact: a power-of-two scale
    const float rounded = std::nearbyint(scaled);  // default mode: nearest even
    return static_cast<uint16_t>(sign | static_cast<uint32_t>(rounded));
  }
  // Normal: drop 13 mantissa bits with round to nearest even, rebias exponent 127 -> 15.
  const uint32_t lsb = (abs >> 13) & 1u;
  const uint32_t rounded = abs + 0xFFFu + lsb;
  return static_cast<uint16_t>(sign | ((rounded - 0x38000000u) >> 13));
}

float f16_bits_to_float(uint16_t h) {
  const uint32_t sign = static_cast<uint32_t>(h & 0x8000u) << 16;
  const uint32_t exponent = (h >> 10) & 0x1Fu;
  const uint32_t mantissa = h & 0x3FFu;
  if (exponent == 0) {
    const float magnitude = static_cast<float>(mantissa) / 16777216.0f;  // exact
    return std::bit_cast<float>(std::bit_cast<uint32_t>(magnitude) | sign);
  }
  if (exponent == 31) return std::bit_cast<float>(sign | 0x7F800000u | (mantissa << 13));
  return std::bit_cast<float>(sign | ((exponent + 112u) << 23) | (mantissa << 13));
}

uint16_t float_to_bf16_bits(float x) {
  const uint32_t bits = std::bit_cast<uint32_t>(x);
  if ((bits & 0x7FFFFFFFu) > 0x7F800000u) return static_cast<uint16_t>((bits >> 16) | 0x40u);
  const uint32_t lsb = (bits >> 16) & 1u;
  return static_cast<uint16_t>((bits + 0x7FFFu + lsb) >> 16);
}

float bf16_bits_to_float(uint16_t b) {
  return std::bit_cast<float>(static_cast<uint32_t>(b) << 16);
}

std::vector<std::byte> encode_scalar(ElementType element, double value) {
  std::vector<std::byte> out(element_size(element));
  uint64_t bits = 0;
  switch (element) {
    case ElementType::kF32:
      bits = std::bit_cast<uint32_t>(static_cast<float>(value));
      break;
    case ElementType::kF16:
      bits = float_to_f16_bits(static_cast<float>(value));
      break;
    case ElementType::kBF16:
      bits = float_to_bf16_bits(static_cast<float>(value));
      break;
    case ElementType::kI32:
      bits = static_cast<uint32_t>(static_cast<int32_t>(value));
      break;
    case ElementType::kI64:
      bits = static_cast<uint64_t>(static_cast<int64_t>(value));
      break;
    case ElementType::kU32:
      bits = static_cast<uint32_t>(value);
      break;
    case ElementType::kU8:
      bits = static_cast<uint8_t>(value);
      break;
    case ElementType::kI1:
      bits = value != 0.0 ? 1 : 0;
      break;
  }
  store_bits(out.data(), out.size(), bits);
  return out;
}

uint64_t element_bits(ElementType element, const std::byte* data, size_t index) {
  const size_t n = element_size(element);
  return load_bits(data + index * n, n);
}

double decode_element(ElementType element, const std::byte* data, size_t index) {
  const uint64_t bits = element_bits(element, data, index);
  switch (element) {
    case ElementType::kF32:
      return static_cast<double>(std::bit_cast<float>(static_cast<uint32_t>(bits)));
    case ElementType::kF16:
      return static_cast<double>(f16_bits_to_float(static_cast<uint16_t>(bits)));
    case ElementType::kBF16:
      return static_cast<double>(bf16_bits_to_float(static_cast<uint16_t>(bits)));
    case ElementType::kI32:
      return static_cast<int32_t>(static_cast<uint32_t>(bits));
    case ElementType::kI64:
      return static_cast<double>(static_cast<int64_t>(bits));
    case ElementType::kU32:
      return static_cast<uint32_t>(bits);
    case ElementType::kU8:
      return static_cast<uint8_t>(bits);
    case ElementType::kI1:
      return bits != 0 ? 1.0 : 0.0;
  }
  return 0.0;
}

}  // namespace mlxla::graph
