// The softmax half of one attention head, shared by both builds of attention_head: scores from
// a caller-supplied canonical dot, then max, exp and sum in the decomposition's sequential order.
#pragma once

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>

#include "runtime/cpu/attention_head.h"

namespace mlxla::runtime::cpu {

/// Whether any key is visible: [first, visible) is not empty.
inline bool attention_any_visible(const HeadAttention& a) { return a.first < a.visible; }

/// The first key of the softmax range: `first`, or 0 when no key is visible (uniform softmax).
inline int64_t attention_begin(const HeadAttention& a) { return attention_any_visible(a) ? a.first : 0; }

/// Writes p[j] = e[j] / sum for j in [attention_begin, used) into `e` and returns `used` (the
/// end of the visible keys, or every position when none is visible: all scores are then the
/// lowest float and softmax is uniform). Hidden keys contribute exp(lowest - max) == 0 to the
/// sum and 0 * v to the output, so they are skipped. `dot(j)` is the canonical dot of q with
/// key j.
template <typename Dot>
inline int64_t attention_softmax(const HeadAttention& a, float* e, Dot&& dot) {
  float max = -std::numeric_limits<float>::infinity();
  const bool any = attention_any_visible(a);
  const int64_t begin = attention_begin(a);
  if (!any) {
    for (int64_t j = 0; j < a.capacity; ++j) e[j] = 1.0f;
  } else {
    for (int64_t j = begin; j < a.visible; ++j) {
      float sc = dot(j) * a.scale;
      if (a.softcap > 0.0f) sc = std::tanh(sc / a.softcap) * a.softcap;
      e[j] = sc;
      max = std::max(max, sc);
    }
    if (a.visible < a.capacity || begin > 0) max = std::max(max, std::numeric_limits<float>::lowest());
    for (int64_t j = begin; j < a.visible; ++j) e[j] = std::exp(e[j] - max);
  }
  const int64_t used = any ? a.visible : a.capacity;
  float sum = 0.0f;
  for (int64_t j = begin; j < used; ++j) sum = sum + e[j];
  for (int64_t j = begin; j < used; ++j) e[j] = e[j] / sum;
  return used;
}

}  // namespace mlxla::runtime::cpu
