// Portable float conversions and the choice of loop (convert.h).
#include "runtime/cpu/convert.h"

#include <cstring>

#include "quant/half.h"

namespace mlxla::runtime::cpu {

void convert_f32_to_f16_portable(const std::byte* src, std::byte* dst, int64_t n) {
  for (int64_t i = 0; i < n; ++i) {
    float x;
    std::memcpy(&x, src + 4 * i, 4);
    const uint16_t h = quant::f32_to_f16(x);
    std::memcpy(dst + 2 * i, &h, 2);
  }
}

void convert_f16_to_f32_portable(const std::byte* src, std::byte* dst, int64_t n) {
  for (int64_t i = 0; i < n; ++i) {
    uint16_t h;
    std::memcpy(&h, src + 2 * i, 2);
    const float x = quant::f16_to_f32(h);
    std::memcpy(dst + 4 * i, &x, 4);
  }
}

void convert_f32_to_bf16(const std::byte* src, std::byte* dst, int64_t n) {
  for (int64_t i = 0; i < n; ++i) {
    float x;
    std::memcpy(&x, src + 4 * i, 4);
    const uint16_t b = quant::f32_to_bf16(x);
    std::memcpy(dst + 2 * i, &b, 2);
  }
}

#if !(defined(__x86_64__) || defined(_M_X64))
void convert_f32_to_f16_f16c(const std::byte* src, std::byte* dst, int64_t n) {
  convert_f32_to_f16_portable(src, dst, n);
}
void convert_f16_to_f32_f16c(const std::byte* src, std::byte* dst, int64_t n) {
  convert_f16_to_f32_portable(src, dst, n);
}
bool convert_f16c_available() {
  return false;
}
#endif

void convert_f32_to_f16(const std::byte* src, std::byte* dst, int64_t n) {
  static const bool f16c = convert_f16c_available();
  if (f16c)
    convert_f32_to_f16_f16c(src, dst, n);
  else
    convert_f32_to_f16_portable(src, dst, n);
}

void convert_f16_to_f32(const std::byte* src, std::byte* dst, int64_t n) {
  static const bool f16c = convert_f16c_available();
  if (f16c)
    convert_f16_to_f32_f16c(src, dst, n);
  else
    convert_f16_to_f32_portable(src, dst, n);
}

}  // namespace mlxla::runtime::cpu
