// ModelRunner's cache side (see model_runner.h): the B-slot caches, moving rows between them, the
// single-sequence cache and prefix snapshots through the backend's cache operations
// (copy_cache_rows, clear_cache_slot; no host memcpy), truncation, synthetic fill and downloads.
#include <algorithm>
#include <cstring>
#include <string>

#include "quant/half.h"
#include "runtime/model_runner.h"

namespace mlxla::runtime {

using graph::ElementType;
using graph::TensorType;

int64_t ModelRunner::positions_of(size_t c) const {
  return caches_[c]->type().shape[2];  // [L, S, positions, KV, D]
}

int64_t ModelRunner::smallest_window() const {
  int64_t window = options_.capacity;
  for (size_t c = 0; c < caches_.size(); ++c) window = std::min(window, positions_of(c));
  return window;
}

Status ModelRunner::check_slot(std::string_view op, int64_t slot) const {
  if (slots_ == 0) return invalid_argument(std::string(op) + ": call reset_slots first");
  if (slot < 0 || slot >= slots_) {
    return invalid_argument(std::string(op) + ": slot " + std::to_string(slot) +
                            " is outside [0, " + std::to_string(slots_) + ")");
  }
  return Status::Ok();
}

Status ModelRunner::check_prefix(std::string_view op, int64_t rows, int64_t length) const {
  if (rows < 0 || rows > length) {
    return invalid_argument(std::string(op) + ": " + std::to_string(rows) +
                            " rows is outside the " + std::to_string(length) +
                            " positions the cache holds");
  }
  if (rows < length && length > smallest_window()) {
    return invalid_argument(std::string(op) + ": the rotating caches hold only the last " +
                            std::to_string(smallest_window()) + " of " + std::to_string(length) +
                            " positions, not those of a " + std::to_string(rows) + "-row prefix");
  }
  return Status::Ok();
}

int64_t ModelRunner::slot_length(int64_t slot) const {
  return slot >= 0 && slot < slots_ ? slot_lengths_[static_cast<size_t>(slot)] : 0;
}

Status ModelRunner::truncate(int64_t rows) {
  MLXLA_RETURN_IF_ERROR(check_prefix("truncate", rows, position_));
  position_ = rows;
  return Status::Ok();
}

Status ModelRunner::reset_slots(int64_t batch) {
  if (batch <= 0) return invalid_argument("reset_slots: the batch must be positive");
  slot_caches_.clear();
  slots_ = 0;
  for (const auto& cache : caches_) {
    TensorType type = cache->type();
    type.shape[1] = batch;  // [L, S, positions, KV, D]
    MLXLA_ASSIGN_OR_RETURN(slot_caches_.emplace_back(), backend_->allocate(type));
  }
  slots_ = batch;
  slot_lengths_.assign(static_cast<size_t>(batch), 0);
  return Status::Ok();
}

Status ModelRunner::reset_slot(int64_t slot) {
  MLXLA_RETURN_IF_ERROR(check_slot("reset_slot", slot));
  slot_lengths_[static_cast<size_t>(slot)] = 0;
  for (auto& cache : slot_caches_) MLXLA_RETURN_IF_ERROR(backend_->clear_cache_slot(*cache, slot));
  return Status::Ok();
}

// A full-length cache (P = Cap) holds position j at row j: its first `rows` rows move. A rotating
// one (P = W < Cap) holds the last W positions at row p mod W: all of it moves (rows of positions
// < 0 are never read).

Status ModelRunner::copy_to_slot(int64_t slot, int64_t rows) {
  MLXLA_RETURN_IF_ERROR(check_slot("copy_to_slot", slot));
  MLXLA_RETURN_IF_ERROR(check_prefix("copy_to_slot", rows, position_));
  for (size_t c = 0; c < caches_.size(); ++c) {
    MLXLA_RETURN_IF_ERROR(backend_->copy_cache_rows(*caches_[c], 0, *slot_caches_[c], slot,
                                                    is_ring(c) ? positions_of(c) : rows));
  }
  slot_lengths_[static_cast<size_t>(slot)] = rows;
  return Status::Ok();
}

Status ModelRunner::copy_slot(int64_t from, int64_t to, int64_t rows) {
  MLXLA_RETURN_IF_ERROR(check_slot("copy_slot", from));
  MLXLA_RETURN_IF_ERROR(check_slot("copy_slot", to));
  MLXLA_RETURN_IF_ERROR(check_prefix("copy_slot", rows, slot_length(from)));
  if (from != to) {
    for (size_t c = 0; c < caches_.size(); ++c) {
      MLXLA_RETURN_IF_ERROR(backend_->copy_cache_rows(*slot_caches_[c], from, *slot_caches_[c], to,
                                                      is_ring(c) ? positions_of(c) : rows));
    }
  }
  slot_lengths_[static_cast<size_t>(to)] = rows;
  return Status::Ok();
}

Result<std::shared_ptr<const CacheSnapshot>> ModelRunner::snapshot_slot(int64_t slot,
                                                                        int64_t rows) {
  MLXLA_RETURN_IF_ERROR(check_slot("snapshot_slot", slot));
  if (rows < 1) return invalid_argument("snapshot_slot: an empty prefix (0 rows) is not kept");
  MLXLA_RETURN_IF_ERROR(check_prefix("snapshot_slot", rows, slot_length(slot)));
  auto snapshot = std::make_shared<CacheSnapshot>();
  snapshot->rows = rows;
  for (size_t c = 0; c < slot_caches_.size(); ++c) {
    TensorType type = slot_caches_[c]->type();
    const int64_t copied = is_ring(c) ? positions_of(c) : rows;
    type.shape[1] = 1;
    type.shape[2] = copied;
    MLXLA_ASSIGN_OR_RETURN(std::unique_ptr<DeviceBuffer> buffer, backend_->allocate(type));
    MLXLA_RETURN_IF_ERROR(backend_->copy_cache_rows(*slot_caches_[c], slot, *buffer, 0, copied));
    snapshot->bytes += static_cast<int64_t>(buffer->nbytes());
    snapshot->buffers.push_back(std::move(buffer));
  }
  return std::shared_ptr<const CacheSnapshot>(std::move(snapshot));
}

bool ModelRunner::can_restore(const CacheSnapshot& snapshot, int64_t rows) const {
  if (rows < 0 || rows > snapshot.rows || rows > options_.capacity) return false;
  if (snapshot.buffers.size() != caches_.size()) return false;
  return rows == snapshot.rows || snapshot.rows <= smallest_window();
}

Status ModelRunner::restore_sequence(const CacheSnapshot& snapshot, int64_t rows) {
  if (!can_restore(snapshot, rows)) {
    return invalid_argument("restore_sequence: " + std::to_string(rows) + " rows of a " +
                            std::to_string(snapshot.rows) +
                            "-row snapshot cannot seed a sequence (out of range, another "
                            "model's caches, or ring entries already overwritten)");
  }
  for (size_t c = 0; c < caches_.size(); ++c) {
    const TensorType& from = snapshot.buffers[c]->type();
    const TensorType& to = caches_[c]->type();
    const int64_t expected = is_ring(c) ? positions_of(c) : snapshot.rows;
    if (from.element != to.element || from.shape[0] != to.shape[0] || from.shape[1] != 1 ||
        from.shape[2] != expected || from.shape[3] != to.shape[3] || from.shape[4] != to.shape[4]) {
      return invalid_argument("restore_sequence: snapshot cache " + std::to_string(c) + " is " +
                              graph::to_string(from) + ", the runner holds " +
                              graph::to_string(to));
    }
  }
  for (size_t c = 0; c < caches_.size(); ++c) {
    MLXLA_RETURN_IF_ERROR(backend_->copy_cache_rows(*snapshot.buffers[c], 0, *caches_[c], 0,
                                                    is_ring(c) ? positions_of(c) : rows));
  }
  position_ = rows;
  return Status::Ok();
}

Status ModelRunner::fill_synthetic(int64_t position) {
  if (position < 0 || position >= options_.capacity) {
    return invalid_argument("fill_synthetic: position " + std::to_string(position) +
                            " is outside the cache (capacity " + std::to_string(options_.capacity) +
                            ")");
  }
  uint64_t state = 0x9E3779B97F4A7C15ull;
  for (auto& device : caches_) {
    Buffer cache = Buffer::zeros(device->type());
    const auto count = static_cast<size_t>(cache.type.numel());
    for (size_t i = 0; i < count; ++i) {
      state = state * 6364136223846793005ull + 1442695040888963407ull;  // an LCG: cheap, fixed
      const float value =
          static_cast<float>(static_cast<int64_t>(state >> 40) - (int64_t{1} << 23)) * 0x1p-23f;
      switch (cache.type.element) {
        case ElementType::kF16: {
          const uint16_t h = quant::f32_to_f16(value);
          std::memcpy(cache.bytes.data() + i * 2, &h, 2);
          break;
        }
        case ElementType::kBF16: {
          const uint16_t h = quant::f32_to_bf16(value);
          std::memcpy(cache.bytes.data() + i * 2, &h, 2);
          break;
        }
        default:
          std::memcpy(cache.bytes.data() + i * 4, &value, 4);
          break;
      }
    }
    MLXLA_RETURN_IF_ERROR(backend_->upload(*device, 0, cache.bytes));
  }
  position_ = position;
  return Status::Ok();
}

Result<std::vector<Buffer>> ModelRunner::download_caches() const {
  std::vector<Buffer> out;
  for (const auto& cache : caches_) {
    MLXLA_ASSIGN_OR_RETURN(out.emplace_back(), download_all(*backend_, *cache));
  }
  return out;
}

Result<std::vector<Buffer>> ModelRunner::download_slot_caches() const {
  std::vector<Buffer> out;
  for (const auto& cache : slot_caches_) {
    MLXLA_ASSIGN_OR_RETURN(out.emplace_back(), download_all(*backend_, *cache));
  }
  return out;
}

std::vector<Buffer> ModelRunner::caches() const {
  auto downloaded = download_caches();
  return downloaded.ok() ? std::move(*downloaded) : std::vector<Buffer>{};
}

Buffer ModelRunner::k_cache() const {
  auto downloaded = download_caches();
  return downloaded.ok() && !downloaded->empty() ? std::move((*downloaded)[0]) : Buffer{};
}

Buffer ModelRunner::v_cache() const {
  auto downloaded = download_caches();
  return downloaded.ok() && downloaded->size() > 1 ? std::move((*downloaded)[1]) : Buffer{};
}

std::vector<TensorType> ModelRunner::cache_types() const {
  std::vector<TensorType> types;
  for (const auto& cache : caches_) types.push_back(cache->type());
  return types;
}

int64_t ModelRunner::cache_bytes() const {
  int64_t bytes = 0;
  for (const auto& cache : caches_) bytes += static_cast<int64_t>(cache->nbytes());
  return bytes;
}

}  // namespace mlxla::runtime
