// BatchEngine: continuous batching over the ragged graph. B slots share one [L, B, Cap, KV, D]
// cache; a queue of requests is admitted into free slots (prompt prefilled in chunks, interleaved
// with ragged steps of the slots already decoding) and each request streams its own events.
#pragma once

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <filesystem>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "engine/prefix_cache.h"
#include "engine/sampler.h"
#include "mlxla/result.h"
#include "mlxla/session.h"
#include "model/graph_spec.h"
#include "runtime/backend.h"
#include "tokenizer/tokenizer.h"

namespace mlxla::engine {

/// Which cached rows a prompt may reuse so that it continues exactly as a fresh prefill would.
enum class PrefixReuse : uint8_t {
  /// Any rows, generated ones included: for a backend whose rows and logits do not depend on how
  /// a sequence was cut into prefill chunks, decode steps or ragged steps (the CPU runtime under
  /// either policy, checked bit for bit by runner_snapshot_test).
  kAnyRows,
  /// Only prompt rows written by whole prefill chunks, reused in whole chunks, so the reusing
  /// prompt runs the same chunk calls a fresh prefill runs (any deterministic backend whose rows
  /// may depend on the chunk's composition).
  kWholeChunks,
};

struct BatchEngineOptions {
  int64_t slots = 4;           ///< B: sequences decoded together (--parallel)
  int64_t capacity = 2048;     ///< KV positions per slot (--ctx-size)
  int64_t prefill_chunk = 16;  ///< tokens per prefill graph call
  model::Residency residency = model::Residency::kPacked;
  model::Precision precision = model::Precision::kF32;
  model::Precision kv_dtype = model::Precision::kF16;  ///< KV cache element type (--kv-dtype)
  /// Bytes of finished sequences' KV rows kept for prefix reuse (--cache-mb; LRU beyond it).
  /// 0: every prompt is prefilled from its first token.
  int64_t prefix_cache_bytes = 0;
  PrefixReuse prefix_reuse = PrefixReuse::kWholeChunks;
};

// GenerationRequest and FinishReason: mlxla/session.h (one definition for Session and here).

struct Usage {
  int64_t prompt_tokens = 0;
  int64_t completion_tokens = 0;  ///< every sampled token, the end-of-sequence one included
  /// Prompt tokens whose KV rows came from the prefix cache (not prefilled); < prompt_tokens.
  int64_t cached_tokens = 0;
};

/// What a request's stream carries: generated tokens with their text, then one final event.
struct StreamEvent {
  std::vector<int32_t> tokens;  ///< tokens sampled since the previous event
  std::string text;             ///< text made final by them (stop strings held back / cut)
  /// One per token of `tokens` when the request's SamplingParams::logprobs >= 0; else empty.
  std::vector<TokenLogprobs> logprobs;
  bool done = false;
  FinishReason finish = FinishReason::kEos;  ///< valid when done
  Usage usage;                               ///< valid when done
  std::string error;                         ///< non-empty when finish == kError
};

/// The shared state of one submitted request: the engine pushes events, an HTTP thread pops
/// them. Thread-safe.
class RequestHandle {
 public:
  /// Asks the engine to stop this request (its slot is freed at the next step).
  void cancel() { cancelled_.store(true); }
  bool cancelled() const { return cancelled_.load(); }
  /// Waits up to `timeout` for events and returns every pending one (empty on timeout).
  std::vector<StreamEvent> wait(std::chrono::milliseconds timeout);

 private:
  friend class BatchEngine;
  void push(StreamEvent event);

  GenerationRequest request_;
  SamplingParams sampling_;
  std::atomic<bool> cancelled_{false};
  std::mutex mutex_;
  std::condition_variable ready_;
  std::deque<StreamEvent> events_;
};

/// A whole generation (BatchEngine::generate).
struct Completion {
  std::vector<int32_t> tokens;
  std::string text;
  FinishReason finish = FinishReason::kEos;
  Usage usage;
};

/// Counters for /metrics, read from any thread.
struct EngineStats {
  int64_t queued = 0;
  int64_t active_slots = 0;  ///< slots holding a request (prefilling or decoding)
  int64_t slots = 0;
  int64_t prompt_tokens = 0;     ///< prefilled so far (prompt tokens taken from the cache excluded)
  int64_t cached_tokens = 0;     ///< prompt tokens whose KV rows came from the prefix cache
  int64_t generated_tokens = 0;  ///< sampled so far
  double busy_seconds = 0;       ///< time spent in graph calls (prefill and ragged)
  double decode_seconds = 0;     ///< time spent in ragged steps
  int64_t decode_tokens = 0;     ///< tokens sampled from ragged steps
  int64_t ragged_steps = 0;
  int64_t prefill_chunks = 0;
  PrefixCacheStats prefix_cache;    ///< entries, bytes, hits, misses, evictions
  int64_t prefix_cache_budget = 0;  ///< bytes (BatchEngineOptions::prefix_cache_bytes)
};

class BatchEngine {
 public:
  /// Opens `dir` (config.json, *.safetensors, tokenizer.json if present), compiles the prefill and
  /// ragged graphs on `backend`, allocates the B-slot cache and starts the engine thread.
  static Result<std::unique_ptr<BatchEngine>> open(const std::filesystem::path& dir,
                                                   std::unique_ptr<runtime::Backend> backend,
                                                   const BatchEngineOptions& options);
  ~BatchEngine();
  BatchEngine(const BatchEngine&) = delete;
  BatchEngine& operator=(const BatchEngine&) = delete;

  /// Queues a request (max_tokens -1: until EOS or the context is full). Fails before using
  /// any slot when the prompt is empty, holds an id outside the vocabulary, does not fit the
  /// context, max_tokens is neither -1 nor positive, or the sampling parameters are invalid.
  Result<std::shared_ptr<RequestHandle>> submit(GenerationRequest request,
                                                SamplingParams sampling = {});
  /// submit() and wait for the end: the whole completion.
  Result<Completion> generate(GenerationRequest request, SamplingParams sampling = {});
  /// Cancels queued and running requests and stops the engine thread (idempotent).
  void shutdown();

  /// nullptr when the model directory has no tokenizer.json (then events carry ids, no text,
  /// and only max_tokens ends a request).
  const tokenizer::Tokenizer* tokenizer() const;
  const BatchEngineOptions& options() const;
  int64_t vocab_size() const;
  EngineStats stats() const;

 private:
  struct Impl;
  explicit BatchEngine(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace mlxla::engine
