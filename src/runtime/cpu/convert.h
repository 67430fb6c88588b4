// Bulk float conversions of the CPU runtime's `convert` steps (f32 <-> f16 / bf16, e.g. every
// layer's keys and values into an f16 cache), bitwise equal to quant::f32_to_f16 /
// quant::f16_to_f32 / quant::f32_to_bf16 element by element: the portable loops, or F16C
// (vcvtps2ph rounds to nearest even and quiets NaNs as quant::f32_to_f16 does) where the CPU
// has it and the kernel table is a SIMD one (convert_loops: `--isa scalar` runs the portable
// loops).
#pragma once

#include <cstddef>
#include <cstdint>

#include "kernels/cpu/kernels.h"

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

/// The loops of the CPU runtime's convert steps under kernel table `isa`: the F16C ones where
/// the table is a SIMD one (AVX2 or AVX-512, whose builds include F16C) and
/// convert_f16c_available(), else the portable ones, so that `--isa scalar` runs no
/// instruction set beyond the baseline. The results are the same bits either way.
struct ConvertLoops {
  using Loop = void (*)(const std::byte* src, std::byte* dst, int64_t n);
  Loop f32_to_f16;
  Loop f16_to_f32;
  Loop f32_to_bf16;
};
ConvertLoops convert_loops(kernels::Isa isa);

}  // namespace mlxla::runtime::cpu
