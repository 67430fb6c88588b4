// One query head of mlxla.attention, in the composite's exact order: scores by the canonical
// 16-lane dot over head_dim, softmax (sequential max and sum), and the output as the canonical
// 16-lane contraction over key positions. The cache may be f32, f16 or bf16: each key/value
// element is widened exactly to f32 before it enters an f32 FMA (the decomposition's convert).
// Two builds of the same loops: a portable one and an AVX2+FMA+F16C one
// (attention_head_avx2.cpp), bitwise identical; the runtime picks by the kernel ISA.
#pragma once

#include <cstdint>

#include "mlxla/dtype.h"

namespace mlxla::runtime::cpu {

struct HeadAttention {
  const float* q = nullptr;      ///< [dim]
  const void* k = nullptr;       ///< key of position j at element j * stride, of kv_dtype
  const void* v = nullptr;       ///< value of position j at element j * stride, of kv_dtype
  DType kv_dtype = DType::kF32;  ///< kF32, kF16 or kBF16
  int64_t stride = 0;            ///< elements between consecutive positions
  int64_t capacity = 0;          ///< positions in the cache
  int64_t visible = 0;           ///< keys [0, visible) are visible (0: none, softmax is uniform)
  int64_t dim = 0;
  float scale = 1.0f;
};

/// Floats of scratch attend_head_* needs for `a`.
inline int64_t attention_scratch_floats(int64_t capacity, int64_t dim) {
  return capacity + 17 * dim;
}

/// Scratch of attention_scratch_floats(capacity, dim) floats; out receives [dim].
void attend_head_portable(const HeadAttention& a, float* scratch, float* out);
void attend_head_avx2(const HeadAttention& a, float* scratch, float* out);

/// Whether attend_head_avx2 is compiled in (x86-64 builds).
bool attend_head_avx2_available();

}  // namespace mlxla::runtime::cpu
