// The softmax half of one attention head, shared by both builds of attention_head: scores from
// a caller-supplied canonical dot, then max, exp and sum in the decomposition's sequential order.
#pragma once

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>

#include "runtime/cpu/attention_head.h"

namespace mlxla::runtime::cpu {

/// Writes p[j] = e[j] / sum for j < used into `e` and returns `used` (visible keys, or every
/// position when none is visible: all scores are then the lowest float and softmax is uniform).
/// `dot(j)` is the canonical dot of q with key j.
/// Hidden keys contribute exp(lowest - max) == 0 to the sum and 0 * v to the output, so they
/// are skipped.
template <typename Dot>
inline int64_t attention_softmax(const HeadAttention& a, float* e, Dot&& dot) {
  float max = -std::numeric_limits<float>::infinity();
  if (a.visible == 0) {
    for (int64_t j = 0; j < a.capacity; ++j) e[j] = 1.0f;
  } else {
    for (int64_t j = 0; j < a.visible; ++j) {
      const float sc = dot(j) * a.scale;
      e[j] = sc;
      max = std::max(max, sc);
    }
    if (a.visible < a.capacity) max = std::max(max, std::numeric_limits<float>::lowest());
    for (int64_t j = 0; j < a.visible; ++j) e[j] = std::exp(e[j] - max);
  }
  const int64_t used = a.visible == 0 ? a.capacity : a.visible;
  float sum = 0.0f;
  for (int64_t j = 0; j < used; ++j) sum = sum + e[j];
  for (int64_t j = 0; j < used; ++j) e[j] = e[j] / sum;
  return used;
}

}  // namespace mlxla::runtime::cpu
