// engine::PrefixCache on snapshots made here (no model): the longest token-wise match, the
// row cap and granule, least-recently-used eviction by bytes, budget 0, an entry larger than
// the budget, entries covering one another, and a restorability rule like a rotating cache's.
// ctest-labels: unit
#include "engine/prefix_cache.h"

#include <gtest/gtest.h>

#include "runtime/model_runner.h"

namespace mlxla::engine {
namespace {

using runtime::CacheSnapshot;

/// A snapshot of `rows` rows at `row_bytes` each (the buffers are not needed by the cache).
std::shared_ptr<const CacheSnapshot> snapshot(int64_t rows, int64_t row_bytes = 10) {
  auto s = std::make_shared<CacheSnapshot>();
  s->rows = rows;
  s->bytes = rows * row_bytes;
  return s;
}

std::vector<int32_t> seq(std::initializer_list<int32_t> ids) {
  return ids;
}

PrefixCache::Restorable any_rows() {
  return [](const CacheSnapshot& s, int64_t rows) { return rows >= 0 && rows <= s.rows; };
}

TEST(PrefixCache, LongestTokenWisePrefixWins) {
  PrefixCache cache(1 << 20, any_rows());
  ASSERT_TRUE(cache.insert(seq({1, 2, 3, 4}), snapshot(4)));
  ASSERT_TRUE(cache.insert(seq({1, 2, 7, 8, 9, 10}), snapshot(6)));
  ASSERT_TRUE(cache.insert(seq({5, 6}), snapshot(2)));
  const std::vector<int32_t> prompt = {1, 2, 3, 4, 5, 6, 7};
  PrefixCache::Match m = cache.lookup(prompt, 6);
  ASSERT_NE(m.snapshot, nullptr);
  EXPECT_EQ(m.snapshot->rows, 4);
  EXPECT_EQ(m.rows, 4);
  // The other branch.
  m = cache.lookup(seq({1, 2, 7, 8, 0}), 4);
  ASSERT_NE(m.snapshot, nullptr);
  EXPECT_EQ(m.snapshot->rows, 6);
  EXPECT_EQ(m.rows, 4);
  // Nothing shared: a miss.
  EXPECT_EQ(cache.lookup(seq({9, 9, 9}), 2).snapshot, nullptr);
  const PrefixCacheStats stats = cache.stats();
  EXPECT_EQ(stats.hits, 2);
  EXPECT_EQ(stats.misses, 1);
  EXPECT_EQ(stats.entries, 3);
  EXPECT_EQ(stats.bytes, 120);
}

TEST(PrefixCache, RowsAreCappedAndRoundedToTheGranule) {
  PrefixCache cache(1 << 20, any_rows());
  ASSERT_TRUE(cache.insert(seq({1, 2, 3, 4, 5, 6, 7, 8, 9, 10}), snapshot(10)));
  // The whole prompt is cached: at most prompt_len - 1 rows are reused (the caller's cap).
  const std::vector<int32_t> same = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
  EXPECT_EQ(cache.lookup(same, 9).rows, 9);
  EXPECT_EQ(cache.lookup(same, 9, 4).rows, 8);
  EXPECT_EQ(cache.lookup(seq({1, 2, 3, 4, 5, 0}), 5, 4).rows, 4);
  // Fewer shared rows than one granule: a miss.
  EXPECT_EQ(cache.lookup(seq({1, 2, 3, 0}), 3, 4).snapshot, nullptr);
  EXPECT_EQ(cache.lookup(same, 0).snapshot, nullptr);
}

TEST(PrefixCache, LeastRecentlyUsedIsEvictedByBytes) {
  PrefixCache cache(100, any_rows());                         // 10 bytes a row: 10 rows in all
  ASSERT_TRUE(cache.insert(seq({1, 1, 1, 1}), snapshot(4)));  // 40
  ASSERT_TRUE(cache.insert(seq({2, 2, 2, 2}), snapshot(4)));  // 80
  // A hit makes {1,...} the most recent, so {2,...} goes first.
  ASSERT_NE(cache.lookup(seq({1, 1, 1, 1, 5}), 4).snapshot, nullptr);
  ASSERT_TRUE(cache.insert(seq({3, 3, 3}), snapshot(3)));  // 110 > 100: evicts {2,...}
  EXPECT_EQ(cache.stats().evictions, 1);
  EXPECT_EQ(cache.stats().bytes, 70);
  EXPECT_EQ(cache.stats().entries, 2);
  EXPECT_EQ(cache.lookup(seq({2, 2, 2, 2, 2}), 4).snapshot, nullptr);
  EXPECT_NE(cache.lookup(seq({1, 1, 1, 1, 2}), 4).snapshot, nullptr);
  EXPECT_NE(cache.lookup(seq({3, 3, 3, 3}), 3).snapshot, nullptr);
  // An entry as large as the budget evicts everything else.
  ASSERT_TRUE(cache.insert(seq({4, 4, 4, 4, 4, 4, 4, 4, 4, 4}), snapshot(10)));
  EXPECT_EQ(cache.stats().entries, 1);
  EXPECT_EQ(cache.stats().bytes, 100);
  EXPECT_EQ(cache.stats().evictions, 3);
}

TEST(PrefixCache, BudgetZeroStoresNothing) {
  PrefixCache cache(0, any_rows());
  EXPECT_FALSE(cache.enabled());
  EXPECT_FALSE(cache.insert(seq({1, 2, 3}), snapshot(3)));
  EXPECT_EQ(cache.lookup(seq({1, 2, 3, 4}), 3).snapshot, nullptr);
  EXPECT_EQ(cache.stats().entries, 0);
  EXPECT_EQ(cache.stats().misses, 0);  // a disabled cache counts no lookups
}

TEST(PrefixCache, AnEntryLargerThanTheBudgetIsNotStored) {
  PrefixCache cache(50, any_rows());
  ASSERT_TRUE(cache.insert(seq({1, 2}), snapshot(2)));
  EXPECT_FALSE(cache.insert(seq({3, 4, 5, 6, 7, 8}), snapshot(6)));  // 60 > 50
  EXPECT_EQ(cache.stats().rejected, 1);
  EXPECT_EQ(cache.stats().evictions, 0);  // what was there stays
  EXPECT_EQ(cache.stats().entries, 1);
  EXPECT_NE(cache.lookup(seq({1, 2, 3}), 2).snapshot, nullptr);
}

TEST(PrefixCache, MismatchedOrEmptyInsertsAreRefused) {
  PrefixCache cache(1000, any_rows());
  EXPECT_FALSE(cache.insert(seq({1, 2, 3}), snapshot(2)));
  EXPECT_FALSE(cache.insert(seq({1, 2, 3}), nullptr));
  EXPECT_FALSE(cache.insert({}, snapshot(0)));
  EXPECT_EQ(cache.stats().entries, 0);
}

TEST(PrefixCache, AnEntryReplacesTheOnesItCovers) {
  PrefixCache cache(1000, any_rows());
  // A chat: turn 1's sequence, then turn 2's, which starts with it.
  ASSERT_TRUE(cache.insert(seq({1, 2, 3}), snapshot(3)));
  ASSERT_TRUE(cache.insert(seq({1, 2, 3, 4, 5}), snapshot(5)));
  EXPECT_EQ(cache.stats().entries, 1);
  EXPECT_EQ(cache.stats().bytes, 50);
  // A sequence the cache already covers only refreshes it.
  ASSERT_TRUE(cache.insert(seq({1, 2, 3, 4}), snapshot(4)));
  ASSERT_TRUE(cache.insert(seq({1, 2, 3, 4, 5}), snapshot(5)));
  EXPECT_EQ(cache.stats().entries, 1);
  EXPECT_EQ(cache.stats().bytes, 50);
  // A branch is kept beside it.
  ASSERT_TRUE(cache.insert(seq({1, 2, 9}), snapshot(3)));
  EXPECT_EQ(cache.stats().entries, 2);
}

TEST(PrefixCache, RefreshTouchesACoveringEntryOnly) {
  PrefixCache cache(80, any_rows());
  ASSERT_TRUE(cache.insert(seq({1, 1, 1, 1}), snapshot(4)));
  ASSERT_TRUE(cache.insert(seq({2, 2, 2, 2}), snapshot(4)));
  EXPECT_FALSE(cache.refresh(seq({1, 1, 1, 1, 1})));  // longer than what is held
  EXPECT_FALSE(cache.refresh(seq({3})));
  EXPECT_TRUE(cache.refresh(seq({1, 1})));  // {1,...} is now the most recent
  ASSERT_TRUE(cache.insert(seq({3, 3, 3}), snapshot(3)));
  EXPECT_EQ(cache.lookup(seq({2, 2, 2, 2, 2}), 4).snapshot, nullptr);
  EXPECT_NE(cache.lookup(seq({1, 1, 1, 1, 2}), 4).snapshot, nullptr);
  EXPECT_EQ(cache.stats().entries, 2);
  PrefixCache off(0, any_rows());
  EXPECT_FALSE(off.refresh(seq({1})));
}

TEST(PrefixCache, OnlyRestorableRowCountsMatch) {
  // Like a rotating cache of 4 positions: a snapshot that wrapped (rows > 4) restores only its
  // whole length.
  PrefixCache cache(1000, [](const CacheSnapshot& s, int64_t rows) {
    return rows <= s.rows && (rows == s.rows || s.rows <= 4);
  });
  ASSERT_TRUE(cache.insert(seq({1, 2, 3, 4, 5, 6}), snapshot(6)));
  EXPECT_EQ(cache.lookup(seq({1, 2, 3, 4, 5, 0}), 5).snapshot, nullptr);
  EXPECT_EQ(cache.lookup(seq({1, 2, 3, 4, 5, 6, 7}), 6).rows, 6);
  // A shorter entry still serves the shorter match; the longer one does not replace it, since
  // it cannot restore that many rows.
  ASSERT_TRUE(cache.insert(seq({1, 2, 3}), snapshot(3)));
  EXPECT_EQ(cache.stats().entries, 2);
  EXPECT_EQ(cache.lookup(seq({1, 2, 3, 4, 5, 0}), 5).rows, 3);
  // And a wrapped entry that extends a restorable one does not evict it either.
  ASSERT_TRUE(cache.insert(seq({1, 2, 3, 4, 5, 6, 7, 8}), snapshot(8)));
  EXPECT_EQ(cache.lookup(seq({1, 2, 3, 9}), 3).rows, 3);
}

}  // namespace
}  // namespace mlxla::engine
