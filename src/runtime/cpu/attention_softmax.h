// The softmax half of one attention head, shared by both builds of attention_head: scores from
// caller-supplied canonical dots, then max, exp and sum in the decomposition's sequential order.
#pragma once

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>

#include "runtime/cpu/attention_head.h"

namespace mlxla::runtime::cpu {

/// Whether any key is visible: [first, visible) is not empty.
inline bool attention_any_visible(const HeadAttention& a) {
  return a.first < a.visible;
}

/// The first position of the softmax range: `first`, or every key's first position when none
/// is visible (uniform softmax).
inline int64_t attention_begin(const HeadAttention& a) {
  return attention_any_visible(a) ? a.first : attention_key_begin(a);
}

/// Writes p = e / sum for positions j in [attention_begin, used) into e[j - key_begin] and
/// returns `used` (the end of the visible keys, or the end of every key when none is visible:
/// all scores are then the lowest float and softmax is uniform). Hidden keys contribute
/// exp(lowest - max) == 0 to the sum and 0 * v to the output, so they are skipped.
/// `dots(begin, end, out)` writes the canonical dots of q with the keys of positions
/// [begin, end) to out[0, end - begin) (in any grouping: each dot is its own canonical sum).
/// With a sink (gpt_oss) its logit joins the maximum and, first, the sum; its probability is not
/// written (it has no value).
template <typename Dots>
inline int64_t attention_softmax(const HeadAttention& a, float* e, Dots&& dots) {
  float max = -std::numeric_limits<float>::infinity();
  const bool any = attention_any_visible(a);
  const int64_t key_begin = attention_key_begin(a), key_end = attention_key_end(a);
  const int64_t begin = attention_begin(a);
  auto ej = [&](int64_t j) -> float& { return e[j - key_begin]; };  // position j's entry
  if (!any && a.has_sink) {
    // Every key masked to the lowest float; the sink takes part in the maximum (as the
    // decomposition's max over [sink, keys...]).
    max = std::max(a.sink, std::numeric_limits<float>::lowest());
    const float hidden = std::exp(std::numeric_limits<float>::lowest() - max);
    for (int64_t j = key_begin; j < key_end; ++j) ej(j) = hidden;
  } else if (!any) {
    for (int64_t j = key_begin; j < key_end; ++j) ej(j) = 1.0f;
  } else {
    if (begin < a.visible) dots(begin, a.visible, &ej(begin));
    for (int64_t j = begin; j < a.visible; ++j) {
      float sc = ej(j) * a.scale;
      if (a.softcap > 0.0f) sc = std::tanh(sc / a.softcap) * a.softcap;
      ej(j) = sc;
      max = std::max(max, sc);
    }
    if (a.visible < key_end || begin > key_begin)
      max = std::max(max, std::numeric_limits<float>::lowest());
    if (a.has_sink) max = std::max(max, a.sink);
    for (int64_t j = begin; j < a.visible; ++j) ej(j) = std::exp(ej(j) - max);
  }
  const int64_t used = any ? a.visible : key_end;
  // The sink's exp(sink - max) comes first in the sum, as its column does in the decomposition.
  float sum = 0.0f;
  if (a.has_sink) sum = sum + std::exp(a.sink - max);
  for (int64_t j = begin; j < used; ++j) sum = sum + ej(j);
  for (int64_t j = begin; j < used; ++j) ej(j) = ej(j) / sum;
  return used;
}

}  // namespace mlxla::runtime::cpu
