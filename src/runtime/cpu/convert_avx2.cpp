// F16C conversions (built with the AVX2 flags, which include -mf16c): 8 elements per
// instruction, the tail through the portable loop. vcvtps2ph with rounding to nearest even and
// exceptions suppressed gives quant::f32_to_f16's bits for every input (subnormals rounded, NaN
// quieted with its top payload bits kept: the MXCSR's DAZ/FTZ are off in this process);
// vcvtph2ps is exact and quiets NaNs as quant::f16_to_f32 does.
#include <immintrin.h>

#include "kernels/cpu/kernels.h"
#include "runtime/cpu/convert.h"

namespace mlxla::runtime::cpu {

void convert_f32_to_f16_f16c(const std::byte* src, std::byte* dst, int64_t n) {
  int64_t i = 0;
  for (; i + 8 <= n; i += 8) {
    const __m256 x = _mm256_loadu_ps(reinterpret_cast<const float*>(src + 4 * i));
    _mm_storeu_si128(reinterpret_cast<__m128i*>(dst + 2 * i),
                     _mm256_cvtps_ph(x, _MM_FROUND_TO_NEAREST_INT | _MM_FROUND_NO_EXC));
  }
  convert_f32_to_f16_portable(src + 4 * i, dst + 2 * i, n - i);
}

void convert_f16_to_f32_f16c(const std::byte* src, std::byte* dst, int64_t n) {
  int64_t i = 0;
  for (; i + 8 <= n; i += 8) {
    const __m128i h = _mm_loadu_si128(reinterpret_cast<const __m128i*>(src + 2 * i));
    _mm256_storeu_ps(reinterpret_cast<float*>(dst + 4 * i), _mm256_cvtph_ps(h));
  }
  convert_f16_to_f32_portable(src + 2 * i, dst + 4 * i, n - i);
}

bool convert_f16c_available() {
  // This file is built with the AVX2 flags (-mavx2 -mfma -mf16c -mbmi2), so the CPU and the OS
  // must allow all of them: the kernels' own check (CPUID and XGETBV) says so. (Clang's
  // __builtin_cpu_supports does not know "f16c"; GCC's does.)
  return kernels::KernelContext::with_isa(kernels::Isa::kAvx2).ok();
}

}  // namespace mlxla::runtime::cpu
