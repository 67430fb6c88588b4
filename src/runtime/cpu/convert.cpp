// Portable float conversions and the choice of loop (convert.h).
#include "runtime/cpu/convert.h"

#include <cstring>

#include "quant/half.h"

namespace mlxla::runtime::cpu {

namespace {

/// dst[i] = f(src[i]) over n elements of the given widths (unaligned, little-endian bytes).
template <typename From, typename To, typename F>
void convert_each(const std::byte* src, std::byte* dst, int64_t n, F f) {
  for (int64_t i = 0; i < n; ++i) {
    From x;
    std::memcpy(&x, src + sizeof(From) * i, sizeof(From));
    const To y = f(x);
    std::memcpy(dst + sizeof(To) * i, &y, sizeof(To));
  }
}

}  // namespace

void convert_f32_to_f16_portable(const std::byte* src, std::byte* dst, int64_t n) {
  convert_each<float, uint16_t>(src, dst, n, quant::f32_to_f16);
}

void convert_f16_to_f32_portable(const std::byte* src, std::byte* dst, int64_t n) {
  convert_each<uint16_t, float>(src, dst, n, quant::f16_to_f32);
}

void convert_f32_to_bf16(const std::byte* src, std::byte* dst, int64_t n) {
  convert_each<float, uint16_t>(src, dst, n, quant::f32_to_bf16);
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

ConvertLoops convert_loops(kernels::Isa isa) {
  static const bool f16c = convert_f16c_available();
  if (isa != kernels::Isa::kScalar && f16c)
    return {convert_f32_to_f16_f16c, convert_f16_to_f32_f16c, convert_f32_to_bf16};
  return {convert_f32_to_f16_portable, convert_f16_to_f32_portable, convert_f32_to_bf16};
}

}  // namespace mlxla::runtime::cpu
