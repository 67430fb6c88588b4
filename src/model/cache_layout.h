// Where each layer keeps its keys and values: global layers in full-length caches of
// `capacity` positions, sliding-window layers in rotating caches of `ring` positions (memory
// proportional to the window, not to the context). docs/GRAPHS.md, "KV caches".
#pragma once

#include <cstdint>
#include <vector>

#include "model/architecture.h"

namespace mlxla::model {

struct CacheLayout {
  int64_t capacity = 0;  ///< positions of a full-length cache (GraphSpec::capacity)
  /// Positions of the rotating caches: the widest window among the rotating layers (0: none).
  int64_t ring = 0;
  /// Per layer: whether it uses the rotating caches, and its index within its cache pair.
  std::vector<bool> rotating;
  std::vector<int64_t> index;
  int64_t full_layers = 0;      ///< layers in k_cache / v_cache
  int64_t rotating_layers = 0;  ///< layers in k_window_cache / v_window_cache
};

/// The layout of `arch` at `capacity`. A layer with a window narrower than the capacity rotates
/// when `rotating_windows` is set; a window at least as wide as the capacity never hides
/// anything the cache holds, so such a layer (and every layer when `rotating_windows` is off)
/// keeps a full-length cache and masks its window.
CacheLayout cache_layout(const Architecture& arch, int64_t capacity, bool rotating_windows);

}  // namespace mlxla::model
