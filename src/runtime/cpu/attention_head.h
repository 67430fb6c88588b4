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
  const void* k = nullptr;       ///< keys: position j at row j, or a ring (see `ring`)
  const void* v = nullptr;       ///< values, laid out as k
  DType kv_dtype = DType::kF32;  ///< kF32, kF16 or kBF16
  int64_t stride = 0;            ///< elements between consecutive rows (k/v and k_new/v_new)
  int64_t capacity = 0;          ///< rows of a full-length cache (ring == 0)
  int64_t visible = 0;           ///< positions [first, visible) are visible (none: uniform softmax)
  int64_t first = 0;             ///< a sliding window's first visible position (0 without a window)
  int64_t dim = 0;
  float scale = 1.0f;
  float softcap = 0.0f;  ///< > 0: scores become tanh(s / softcap) * softcap
  /// gpt_oss: one more logit in the softmax, first, with no value (the composite's sinks).
  bool has_sink = false;
  float sink = 0.0f;
  /// A rotating cache (mlxla.window_attention) when > 0: k/v are `ring` rows holding positions
  /// [fresh_begin - ring, fresh_begin) at row p mod ring, and positions
  /// [fresh_begin, fresh_begin + fresh) are rows of k_new/v_new. Keys are still walked by
  /// position, so a visible key meets the same arithmetic as in a full-length cache.
  int64_t ring = 0;
  int64_t fresh_begin = 0;
  int64_t fresh = 0;
  const void* k_new = nullptr;
  const void* v_new = nullptr;
};

/// The positions the head's keys cover: [0, capacity), or the ring's and the new ones.
inline int64_t attention_key_begin(const HeadAttention& a) {
  return a.ring > 0 ? a.fresh_begin - a.ring : 0;
}
inline int64_t attention_key_end(const HeadAttention& a) {
  return a.ring > 0 ? a.fresh_begin + a.fresh : a.capacity;
}

/// Where position j's key and value rows are: k/v (or k_new/v_new) at element `offset`.
struct KeyRows {
  const void* k;
  const void* v;
  int64_t offset;
};
inline KeyRows attention_key_rows(const HeadAttention& a, int64_t j) {
  if (a.ring == 0) return {a.k, a.v, j * a.stride};
  if (j >= a.fresh_begin) return {a.k_new, a.v_new, (j - a.fresh_begin) * a.stride};
  int64_t row = j % a.ring;
  if (row < 0) row += a.ring;
  return {a.k, a.v, row * a.stride};
}

/// Floats of scratch attend_head_* needs for `keys` key positions (attention_key_end -
/// attention_key_begin).
inline int64_t attention_scratch_floats(int64_t keys, int64_t dim) {
  return keys + 17 * dim;
}

/// Scratch of attention_scratch_floats(capacity, dim) floats; out receives [dim].
void attend_head_portable(const HeadAttention& a, float* scratch, float* out);
void attend_head_avx2(const HeadAttention& a, float* scratch, float* out);

/// Whether attend_head_avx2 is compiled in (x86-64 builds).
bool attend_head_avx2_available();

}  // namespace mlxla::runtime::cpu
