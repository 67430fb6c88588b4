// Element access and StableHLO conversions for the reference interpreter (see elements.h).
#include "runtime/reference/elements.h"

#include <bit>
#include <cmath>
#include <cstring>
#include <limits>

#include "quant/half.h"

namespace mlxla::runtime::reference {
namespace {

using graph::ElementType;

template <typename T>
T load_raw(const std::byte* base, int64_t index) {
  T value;
  std::memcpy(&value, base + static_cast<size_t>(index) * sizeof(T), sizeof(T));
  return value;
}

template <typename T>
void store_raw(std::byte* base, int64_t index, T value) {
  std::memcpy(base + static_cast<size_t>(index) * sizeof(T), &value, sizeof(T));
}

/// Significand bits (including the implicit one) of a float type.
int precision_bits(ElementType type) {
  switch (type) {
    case ElementType::kF16:
      return 11;
    case ElementType::kBF16:
      return 8;
    default:
      return 24;
  }
}

/// `v` rounded once, to nearest even, to `bits` significant bits; the result is exact in f32.
float int_to_float(int64_t v, int bits) {
  const bool negative = v < 0;
  uint64_t magnitude = negative ? 0 - static_cast<uint64_t>(v) : static_cast<uint64_t>(v);
  const int width = std::bit_width(magnitude);
  int shift = 0;
  if (width > bits) {
    shift = width - bits;
    const uint64_t remainder = magnitude & ((uint64_t{1} << shift) - 1);
    const uint64_t half = uint64_t{1} << (shift - 1);
    magnitude >>= shift;
    if (remainder > half || (remainder == half && (magnitude & 1) != 0)) ++magnitude;
  }
  const float result = std::ldexp(static_cast<float>(magnitude), shift);
  return negative ? -result : result;
}

/// Truncation toward zero, saturating to `type`'s range; NaN -> 0.
int64_t float_to_int(float value, ElementType type) {
  if (std::isnan(value)) return 0;
  const double t = std::trunc(static_cast<double>(value));
  double lo = 0;
  double hi = 0;
  switch (type) {
    case ElementType::kI32:
      lo = -2147483648.0;
      hi = 2147483647.0;
      break;
    case ElementType::kU32:
      lo = 0;
      hi = 4294967295.0;
      break;
    case ElementType::kU8:
      lo = 0;
      hi = 255.0;
      break;
    case ElementType::kI64:
      if (t >= 9223372036854775808.0) return std::numeric_limits<int64_t>::max();
      if (t < -9223372036854775808.0) return std::numeric_limits<int64_t>::min();
      return static_cast<int64_t>(t);
    default:
      return 0;
  }
  return static_cast<int64_t>(std::fmin(std::fmax(t, lo), hi));
}

}  // namespace

float load_float(ElementType type, const std::byte* base, int64_t index) {
  switch (type) {
    case ElementType::kF32:
      return load_raw<float>(base, index);
    case ElementType::kF16:
      return quant::f16_to_f32(load_raw<uint16_t>(base, index));
    case ElementType::kBF16:
      return quant::bf16_to_f32(load_raw<uint16_t>(base, index));
    default:
      return 0.0f;
  }
}

void store_float(ElementType type, std::byte* base, int64_t index, float value) {
  switch (type) {
    case ElementType::kF32:
      store_raw<float>(base, index, value);
      break;
    case ElementType::kF16:
      store_raw<uint16_t>(base, index, quant::f32_to_f16(value));
      break;
    case ElementType::kBF16:
      store_raw<uint16_t>(base, index, quant::f32_to_bf16(value));
      break;
    default:
      break;
  }
}

int64_t load_int(ElementType type, const std::byte* base, int64_t index) {
  switch (type) {
    case ElementType::kI32:
      return load_raw<int32_t>(base, index);
    case ElementType::kI64:
      return load_raw<int64_t>(base, index);
    case ElementType::kU32:
      return load_raw<uint32_t>(base, index);
    case ElementType::kU8:
      return load_raw<uint8_t>(base, index);
    case ElementType::kI1:
      return load_raw<uint8_t>(base, index) != 0 ? 1 : 0;
    default:
      return 0;
  }
}

void store_int(ElementType type, std::byte* base, int64_t index, int64_t value) {
  const auto bits = static_cast<uint64_t>(value);
  switch (type) {
    case ElementType::kI32:
      store_raw<uint32_t>(base, index, static_cast<uint32_t>(bits));
      break;
    case ElementType::kI64:
      store_raw<uint64_t>(base, index, bits);
      break;
    case ElementType::kU32:
      store_raw<uint32_t>(base, index, static_cast<uint32_t>(bits));
      break;
    case ElementType::kU8:
      store_raw<uint8_t>(base, index, static_cast<uint8_t>(bits));
      break;
    case ElementType::kI1:
      store_raw<uint8_t>(base, index, value != 0 ? 1 : 0);
      break;
    default:
      break;
  }
}

float round_to(ElementType type, float value) {
  switch (type) {
    case ElementType::kF16:
      return quant::f16_to_f32(quant::f32_to_f16(value));
    case ElementType::kBF16:
      return quant::bf16_to_f32(quant::f32_to_bf16(value));
    default:
      return value;
  }
}

void convert_element(ElementType from, const std::byte* src, ElementType to, std::byte* dst,
                     int64_t index) {
  if (to == ElementType::kI1) {
    const bool truth = graph::is_float(from) ? load_float(from, src, index) != 0.0f
                                             : load_int(from, src, index) != 0;
    store_int(to, dst, index, truth ? 1 : 0);
    return;
  }
  if (graph::is_float(from)) {
    const float value = load_float(from, src, index);
    if (graph::is_float(to)) {
      store_float(to, dst, index, value);
    } else {
      store_int(to, dst, index, float_to_int(value, to));
    }
    return;
  }
  const int64_t value = load_int(from, src, index);
  if (graph::is_float(to)) {
    store_float(to, dst, index, int_to_float(value, precision_bits(to)));
  } else {
    store_int(to, dst, index, value);
  }
}

}  // namespace mlxla::runtime::reference
