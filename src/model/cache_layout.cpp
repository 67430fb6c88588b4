// cache_layout (see cache_layout.h): which layers rotate and the size of their ring.
#include "model/cache_layout.h"

#include <algorithm>

namespace mlxla::model {

CacheLayout cache_layout(const Architecture& arch, int64_t capacity, bool rotating_windows) {
  CacheLayout layout;
  layout.capacity = capacity;
  for (const LayerAttention& layer : arch.layers) {
    const bool rotates = rotating_windows && layer.window > 0 && layer.window < capacity;
    layout.rotating.push_back(rotates);
    if (rotates) {
      layout.index.push_back(layout.rotating_layers++);
      layout.ring = std::max(layout.ring, layer.window);
    } else {
      layout.index.push_back(layout.full_layers++);
    }
  }
  return layout;
}

}  // namespace mlxla::model
