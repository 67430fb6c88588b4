// BatchEngine's prefix reuse on models/demo-q4 (committed): a prompt that starts with a finished
// sequence (its prompt and generated tokens) restores those rows and prefills only the rest,
// reports them in usage.cached_tokens, and generates exactly the ids of a fresh single-sequence
// run; whole-chunk reuse (PrefixReuse::kWholeChunks) reuses only whole prompt chunks; the byte
// budget evicts least recently used sequences and refuses one larger than itself; many
// concurrent requests with overlapping prefixes stay exact.
// ctest-labels: e2e
#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>

#include "engine/batch_engine.h"
#include "runtime/model_runner.h"
#include "server/batch_engine_support.h"
#include "support/test_support.h"

namespace mlxla::engine {
namespace {

constexpr int64_t kCapacity = 160;
constexpr int64_t kChunk = 16;
/// demo-q4's KV rows: 4 layers x (k, v) x 2 KV heads x 32 dims x 2 bytes (f16).
constexpr int64_t kRowBytes = 4 * 2 * 2 * 32 * 2;

std::filesystem::path model_dir() {
  return std::filesystem::path(MLXLA_SOURCE_DIR) / "models/demo-q4";
}

std::unique_ptr<BatchEngine> open_engine(int64_t slots, int64_t cache_bytes,
                                         PrefixReuse reuse = PrefixReuse::kAnyRows) {
  BatchEngineOptions options;
  options.slots = slots;
  options.capacity = kCapacity;
  options.prefill_chunk = kChunk;
  options.prefix_cache_bytes = cache_bytes;
  options.prefix_reuse = reuse;
  return testing::open_batch_engine(model_dir(), options);
}

/// Greedy ids of `prompt` run alone from an empty cache: ModelRunner prefill, then decode.
std::vector<int32_t> run_alone(const std::vector<int32_t>& prompt, int64_t n) {
  runtime::RunnerOptions options;
  options.capacity = kCapacity;
  options.prefill_chunk = kChunk;
  return testing::greedy_alone(model_dir(), prompt, n, options);
}

std::vector<int32_t> tokens(size_t length, int32_t salt) {
  std::vector<int32_t> ids;
  for (size_t i = 0; i < length; ++i)
    ids.push_back(static_cast<int32_t>(3 + (salt * 31 + i * 17) % 400));
  return ids;
}

std::vector<int32_t> concat(std::vector<int32_t> a, const std::vector<int32_t>& b) {
  a.insert(a.end(), b.begin(), b.end());
  return a;
}

Completion run(BatchEngine& engine, const std::vector<int32_t>& prompt, int64_t max_tokens) {
  GenerationRequest request;
  request.prompt = prompt;
  request.max_tokens = max_tokens;
  request.stop_at_eos = false;
  auto completion = engine.generate(request);
  EXPECT_TRUE(completion.ok()) << (completion.ok() ? "" : completion.error().message());
  return completion.ok() ? *completion : Completion{};
}

TEST(BatchEnginePrefix, AFinishedSequenceSeedsTheNextPrompt) {
  auto engine = open_engine(2, 64 << 20);
  ASSERT_NE(engine, nullptr);
  const std::vector<int32_t> first = tokens(37, 1);
  const Completion a = run(*engine, first, 10);
  EXPECT_EQ(a.usage.cached_tokens, 0);
  EXPECT_EQ(a.tokens, run_alone(first, 10));

  // A chat's next turn: the whole previous sequence, then new tokens. Its rows hold the prompt
  // and 9 of the 10 generated tokens (the last was sampled, never fed through the model).
  const std::vector<int32_t> second = concat(concat(first, a.tokens), tokens(8, 2));
  const Completion b = run(*engine, second, 12);
  EXPECT_EQ(b.usage.cached_tokens, 37 + 9);
  EXPECT_EQ(b.usage.prompt_tokens, static_cast<int64_t>(second.size()));
  EXPECT_EQ(b.tokens, run_alone(second, 12));

  // A prompt sharing only part of a cached prompt reuses that part.
  const std::vector<int32_t> branch = concat(tokens(20, 1), tokens(9, 3));
  const Completion c = run(*engine, branch, 6);
  EXPECT_EQ(c.usage.cached_tokens, 20);
  EXPECT_EQ(c.tokens, run_alone(branch, 6));

  // The same prompt again: all but its last token.
  const Completion d = run(*engine, branch, 6);
  EXPECT_EQ(d.usage.cached_tokens, static_cast<int64_t>(branch.size()) - 1);
  EXPECT_EQ(d.tokens, c.tokens);

  // Nothing shared.
  const Completion e = run(*engine, tokens(12, 9), 3);
  EXPECT_EQ(e.usage.cached_tokens, 0);

  const EngineStats stats = engine->stats();
  EXPECT_EQ(stats.prefix_cache.hits, 3);
  EXPECT_EQ(stats.prefix_cache.misses, 2);
  EXPECT_EQ(stats.cached_tokens, 46 + 20 + static_cast<int64_t>(branch.size()) - 1);
  EXPECT_GT(stats.prefix_cache.entries, 0);
  EXPECT_GT(stats.prefix_cache.bytes, 0);
  EXPECT_LE(stats.prefix_cache.bytes, 64 << 20);
  EXPECT_EQ(stats.prefix_cache_budget, 64 << 20);
}

TEST(BatchEnginePrefix, WholeChunkReuseTakesOnlyWholePromptChunks) {
  auto engine = open_engine(2, 64 << 20, PrefixReuse::kWholeChunks);
  ASSERT_NE(engine, nullptr);
  const std::vector<int32_t> first = tokens(37, 1);  // two whole chunks: 32 rows kept
  const Completion a = run(*engine, first, 10);
  EXPECT_EQ(engine->stats().prefix_cache.bytes, 32 * kRowBytes);
  const std::vector<int32_t> second = concat(concat(first, a.tokens), tokens(8, 2));
  const Completion b = run(*engine, second, 8);
  EXPECT_EQ(b.usage.cached_tokens, 32);
  EXPECT_EQ(b.tokens, run_alone(second, 8));
  // 30 shared tokens: one whole chunk.
  const std::vector<int32_t> branch = concat(tokens(30, 1), tokens(9, 3));
  const Completion c = run(*engine, branch, 4);
  EXPECT_EQ(c.usage.cached_tokens, 16);
  EXPECT_EQ(c.tokens, run_alone(branch, 4));
  // Fewer shared tokens than a chunk: nothing.
  const Completion d = run(*engine, concat(tokens(10, 1), tokens(9, 4)), 4);
  EXPECT_EQ(d.usage.cached_tokens, 0);
}

TEST(BatchEnginePrefix, BudgetZeroReusesNothing) {
  auto engine = open_engine(2, 0);
  ASSERT_NE(engine, nullptr);
  const std::vector<int32_t> prompt = tokens(30, 5);
  run(*engine, prompt, 4);
  const Completion again = run(*engine, prompt, 4);
  EXPECT_EQ(again.usage.cached_tokens, 0);
  const EngineStats stats = engine->stats();
  EXPECT_EQ(stats.cached_tokens, 0);
  EXPECT_EQ(stats.prefix_cache.entries, 0);
  EXPECT_EQ(stats.prefix_cache.hits + stats.prefix_cache.misses, 0);
  EXPECT_EQ(stats.prefix_cache_budget, 0);
}

TEST(BatchEnginePrefix, TheBudgetEvictsLeastRecentlyUsedAndRefusesWhatExceedsIt) {
  // Room for 60 rows: one 30-token prompt + 4 tokens (33 rows) at a time.
  auto engine = open_engine(1, 60 * kRowBytes);
  ASSERT_NE(engine, nullptr);
  const std::vector<int32_t> p = tokens(30, 1), q = tokens(30, 2);
  run(*engine, p, 4);
  EXPECT_EQ(engine->stats().prefix_cache.bytes, 33 * kRowBytes);
  run(*engine, q, 4);  // evicts p's sequence
  EngineStats stats = engine->stats();
  EXPECT_EQ(stats.prefix_cache.entries, 1);
  EXPECT_EQ(stats.prefix_cache.evictions, 1);
  EXPECT_EQ(run(*engine, p, 4).usage.cached_tokens, 0);   // gone (and now back, q evicted)
  EXPECT_EQ(run(*engine, p, 4).usage.cached_tokens, 29);  // p again
  // A sequence of 70 rows is larger than the whole budget: not kept, p stays.
  run(*engine, tokens(60, 3), 11);
  stats = engine->stats();
  EXPECT_EQ(stats.prefix_cache.rejected, 1);
  EXPECT_EQ(run(*engine, p, 4).usage.cached_tokens, 29);
  EXPECT_LE(engine->stats().prefix_cache.bytes, 60 * kRowBytes);
}

TEST(BatchEnginePrefix, ConcurrentOverlappingPrefixesStayExact) {
  auto engine = open_engine(3, 64 << 20);
  ASSERT_NE(engine, nullptr);
  // A shared "system prompt", branches of it, repeats and extensions, more requests than slots:
  // later ones are admitted while earlier ones decode or after they finished.
  const std::vector<int32_t> system = tokens(24, 7);
  std::vector<std::vector<int32_t>> prompts;
  for (int32_t i = 0; i < 12; ++i) {
    std::vector<int32_t> p = concat(system, tokens(static_cast<size_t>(3 + i % 4), i % 5));
    if (i % 3 == 2) p = concat(p, tokens(static_cast<size_t>(5 + i), 11));
    prompts.push_back(p);
  }
  std::vector<std::shared_ptr<RequestHandle>> handles;
  for (const auto& prompt : prompts) {
    GenerationRequest request;
    request.prompt = prompt;
    request.max_tokens = 6;
    request.stop_at_eos = false;
    auto handle = engine->submit(request);
    ASSERT_TRUE(handle.ok());
    handles.push_back(*handle);
  }
  int64_t cached = 0;
  for (size_t i = 0; i < handles.size(); ++i) {
    std::vector<int32_t> ids;
    bool done = false;
    for (int polls = 0; polls < 600 && !done; ++polls) {
      for (StreamEvent& event : handles[i]->wait(std::chrono::milliseconds(100))) {
        ids.insert(ids.end(), event.tokens.begin(), event.tokens.end());
        if (!event.done) continue;
        done = true;
        EXPECT_EQ(event.finish, FinishReason::kLength) << "request " << i;
        EXPECT_LT(event.usage.cached_tokens, event.usage.prompt_tokens) << "request " << i;
        cached += event.usage.cached_tokens;
      }
    }
    ASSERT_TRUE(done) << "request " << i << " did not finish within 60 s";
    EXPECT_EQ(ids, run_alone(prompts[i], 6)) << "request " << i;
  }
  EXPECT_GT(cached, 0);
  EXPECT_EQ(engine->stats().cached_tokens, cached);
}

TEST(BatchEnginePrefix, ANegativeBudgetIsRefused) {
  BatchEngineOptions options;
  options.prefix_cache_bytes = -1;
  auto engine = BatchEngine::open(model_dir(), testing::two_thread_cpu_backend(), options);
  ASSERT_FALSE(engine.ok());
  EXPECT_NE(engine.error().message().find("prefix cache"), std::string::npos);
}

}  // namespace
}  // namespace mlxla::engine
