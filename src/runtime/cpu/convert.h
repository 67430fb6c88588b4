// Bulk float conversions of the CPU runtime's `convert` steps (f32 <-> f16 / bf16, e.g. every
// layer's keys and values into an f16 cache), bitwise equal to quant::f32_to_f16 /
// quant::f16_to_f32 / quant::f32_to_bf16 element by element: the portable loops, or F16C
// (vcvtps2ph rounds to nearest even and quiets NaNs as quant::f32_to_f16 does) where the CPU
// has it.
#pragma once

#include <cstddef>
#include <cstdint>

namespace mlxla::runtime::cpu {

/// dst[i] = quant::f32_to_f16(src[i]) for i < n; any alignment.
void convert_f32_to_f16(const std::byte* src, std::byte* dst, int64_t n);
/// dst[i] = quant::f16_to_f32(src[i]) for i < n; any alignment.
void convert_f16_to_f32(const std::byte* src, std::byte* dst, int64_t n);
/// dst[i] = quant::f32_to_bf16(src[i]) for i < n; any alignment.
void convert_f32_to_bf16(const std::byte* src, std::byte* dst, int64_t n);

/// The portable loops, whatever the CPU (tests compare the two).
void convert_f32_to_f16_portable(const std::byte* src, std::byte* dst, int64_t n);
void convert_f16_to_f32_portable(const std::byte* src, std::byte* dst, int64_t n);

/// The F16C loops (x86-64 builds only; check convert_f16c_available() and the CPU first).
void convert_f32_to_f16_f16c(const std::byte* src, std::byte* dst, int64_t n);
void convert_f16_to_f32_f16c(const std::byte* src, std::byte* dst, int64_t n);
/// Whether the F16C loops are compiled in and this CPU runs them.
bool convert_f16c_available();

}  // namespace mlxla::runtime::cpu
