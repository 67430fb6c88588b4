// PrefixCache: the KV rows of finished sequences (a request's prompt and generated tokens),
// kept under a byte budget with least-recently-used eviction, so that a later prompt starting
// with the same tokens (a chat's next turn, a shared system prompt) prefills only the rest.
#pragma once

#include <cstdint>
#include <functional>
#include <list>
#include <memory>
#include <span>
#include <vector>

namespace mlxla::runtime {
struct CacheSnapshot;  // runtime/model_runner.h: the rows a snapshot holds, and their bytes
}

namespace mlxla::engine {

/// Counters of one PrefixCache (read for /metrics).
struct PrefixCacheStats {
  int64_t entries = 0;
  int64_t bytes = 0;   ///< of the snapshots held
  int64_t hits = 0;    ///< lookups that found at least one reusable row
  int64_t misses = 0;  ///< lookups that found none
  int64_t evictions = 0;
  int64_t rejected = 0;  ///< inserts larger than the whole budget (not stored)
};

class PrefixCache {
 public:
  /// Whether `rows` rows of a snapshot can seed a sequence (ModelRunner::can_restore).
  using Restorable = std::function<bool(const runtime::CacheSnapshot&, int64_t rows)>;

  /// `budget_bytes` 0 disables the cache: nothing is stored, every lookup misses uncounted.
  PrefixCache(int64_t budget_bytes, Restorable restorable);

  struct Match {
    std::shared_ptr<const runtime::CacheSnapshot> snapshot;  ///< null: nothing to reuse
    int64_t rows = 0;                                        ///< rows of it to restore
  };

  /// The entry sharing the longest token prefix with `prompt`, reusing at most `max_rows` rows
  /// rounded down to a multiple of `granule` (>= 1), and only a row count the snapshot can
  /// restore. A hit becomes the most recently used entry.
  Match lookup(std::span<const int32_t> prompt, int64_t max_rows, int64_t granule = 1);

  /// Stores `snapshot`, whose rows hold the K/V of `tokens` (tokens.size() == snapshot->rows),
  /// as the most recently used entry, evicting the least recently used ones to stay within the
  /// budget. An entry that covers another (the other's tokens are a prefix of its own and it
  /// can restore that many rows) replaces it; one that another covers only refreshes that
  /// other. Returns false when nothing was stored (budget 0, or the entry alone exceeds it).
  bool insert(std::vector<int32_t> tokens, std::shared_ptr<const runtime::CacheSnapshot> snapshot);

  /// When an entry already covers `tokens` (they are a prefix of its own and it can restore that
  /// many rows), makes it the most recently used and returns true: the caller need not take a
  /// snapshot of `tokens` at all.
  bool refresh(std::span<const int32_t> tokens);

  bool enabled() const { return budget_ > 0; }
  int64_t budget_bytes() const { return budget_; }
  PrefixCacheStats stats() const { return stats_; }

 private:
  struct Entry {
    std::vector<int32_t> tokens;
    std::shared_ptr<const runtime::CacheSnapshot> snapshot;
  };
  void evict_to(int64_t budget);

  int64_t budget_;
  Restorable restorable_;
  /// Most recently used first. A list scanned whole: a lookup costs a compare per cached
  /// token at most, nothing beside the prefill it saves, and the byte budget keeps it short.
  std::list<Entry> entries_;
  PrefixCacheStats stats_;
};

}  // namespace mlxla::engine
