// PrefixCache (see prefix_cache.h): a most-recently-used-first list of token sequences and
// their cache snapshots, with the byte total kept beside it.
#include "engine/prefix_cache.h"

#include <algorithm>

#include "runtime/model_runner.h"

namespace mlxla::engine {
namespace {

/// Length of the common prefix of `a` and `b`.
int64_t common_prefix(std::span<const int32_t> a, std::span<const int32_t> b) {
  const size_t n = std::min(a.size(), b.size());
  const auto diff = std::mismatch(a.begin(), a.begin() + static_cast<std::ptrdiff_t>(n), b.begin());
  return static_cast<int64_t>(diff.first - a.begin());
}

}  // namespace

PrefixCache::PrefixCache(int64_t budget_bytes, Restorable restorable)
    : budget_(std::max<int64_t>(budget_bytes, 0)), restorable_(std::move(restorable)) {}

PrefixCache::Match PrefixCache::lookup(std::span<const int32_t> prompt, int64_t max_rows,
                                       int64_t granule) {
  if (!enabled()) return {};
  granule = std::max<int64_t>(granule, 1);
  auto best = entries_.end();
  int64_t best_rows = 0;
  for (auto it = entries_.begin(); it != entries_.end(); ++it) {
    int64_t rows = std::min(common_prefix(it->tokens, prompt), max_rows);
    rows -= rows % granule;
    if (rows <= best_rows) continue;
    // A rotating cache that wrapped restores only its whole length; a shorter match of such an
    // entry is no match.
    if (!restorable_(*it->snapshot, rows)) continue;
    best = it;
    best_rows = rows;
  }
  if (best == entries_.end()) {
    ++stats_.misses;
    return {};
  }
  ++stats_.hits;
  entries_.splice(entries_.begin(), entries_, best);
  return Match{entries_.front().snapshot, best_rows};
}

bool PrefixCache::insert(std::vector<int32_t> tokens,
                         std::shared_ptr<const runtime::CacheSnapshot> snapshot) {
  if (!enabled() || snapshot == nullptr || snapshot->rows <= 0 ||
      static_cast<int64_t>(tokens.size()) != snapshot->rows)
    return false;
  if (snapshot->bytes > budget_) {
    ++stats_.rejected;
    return false;
  }
  // Already covered (the same sequence again, or a prefix of a longer one): refreshed only.
  if (refresh(tokens)) return true;
  for (auto it = entries_.begin(); it != entries_.end();) {
    const auto held = static_cast<int64_t>(it->tokens.size());
    if (common_prefix(it->tokens, tokens) == held && restorable_(*snapshot, held)) {
      // The new entry covers this one (a chat's previous turn): it goes.
      stats_.bytes -= it->snapshot->bytes;
      it = entries_.erase(it);
      continue;
    }
    ++it;
  }
  evict_to(budget_ - snapshot->bytes);
  stats_.bytes += snapshot->bytes;
  entries_.push_front(Entry{std::move(tokens), std::move(snapshot)});
  stats_.entries = static_cast<int64_t>(entries_.size());
  return true;
}

bool PrefixCache::refresh(std::span<const int32_t> tokens) {
  if (!enabled()) return false;
  const auto length = static_cast<int64_t>(tokens.size());
  for (auto it = entries_.begin(); it != entries_.end(); ++it) {
    if (common_prefix(it->tokens, tokens) == length && restorable_(*it->snapshot, length)) {
      entries_.splice(entries_.begin(), entries_, it);
      return true;
    }
  }
  return false;
}

void PrefixCache::evict_to(int64_t budget) {
  while (!entries_.empty() && stats_.bytes > budget) {
    stats_.bytes -= entries_.back().snapshot->bytes;
    entries_.pop_back();
    ++stats_.evictions;
  }
  stats_.entries = static_cast<int64_t>(entries_.size());
}

}  // namespace mlxla::engine
