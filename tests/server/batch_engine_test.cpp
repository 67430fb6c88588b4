// engine::BatchEngine on stories260K (or, without ../shared, the committed models/demo-q4): every
// request of a mixed batch (prompts of many lengths, admitted while others decode) generates
// exactly the ids of its single-sequence run; EOS, stop strings, per-request seeds,
// cancellation and the submit-time errors.
// ctest-labels: e2e
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <functional>
#include <memory>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include "engine/batch_engine.h"
#include "runtime/backend.h"
#include "runtime/model_runner.h"
#include "server/batch_engine_support.h"
#include "support/test_support.h"

namespace mlxla::engine {
namespace {

/// stories260K from ../shared when present, else the committed demo model (so the suite runs in
/// a fresh clone).
std::filesystem::path model_dir() {
  const std::filesystem::path shared = testing::shared_dir() / "models/stories260K-mlx-q4-g32-f16";
  if (!testing::shared_dir().empty() && std::filesystem::exists(shared)) return shared;
  return std::filesystem::path(MLXLA_SOURCE_DIR) / "models/demo-q4";
}

std::unique_ptr<BatchEngine> open_engine(int64_t slots, int64_t capacity) {
  BatchEngineOptions options;
  options.slots = slots;
  options.capacity = capacity;
  return testing::open_batch_engine(model_dir(), options);
}

std::vector<int32_t> run_alone(const std::vector<int32_t>& prompt, int64_t n, int64_t capacity) {
  runtime::RunnerOptions options;
  options.capacity = capacity;
  return testing::greedy_alone(model_dir(), prompt, n, options);
}

std::vector<int32_t> prompt_of(size_t length, int32_t salt) {
  std::vector<int32_t> ids{1};
  for (size_t i = 1; i < length; ++i)
    ids.push_back(static_cast<int32_t>(3 + (salt * 31 + i * 17) % 400));
  return ids;
}

Completion wait_all(const std::shared_ptr<RequestHandle>& handle) {
  Completion c;
  for (int polls = 0; polls < 600; ++polls) {
    for (StreamEvent& e : handle->wait(std::chrono::milliseconds(100))) {
      c.tokens.insert(c.tokens.end(), e.tokens.begin(), e.tokens.end());
      c.text += e.text;
      if (e.done) {
        c.finish = e.finish;
        c.usage = e.usage;
        return c;
      }
    }
  }
  ADD_FAILURE() << "request did not finish within 60 s";
  return c;
}

TEST(BatchEngine, EveryRequestEqualsItsSingleSequenceRun) {
  constexpr int64_t kCapacity = 96;
  auto engine = open_engine(3, kCapacity);
  ASSERT_NE(engine, nullptr);
  // Lengths below, at and above the chunk (16); 90 reaches the cache's end, where the
  // prefill's last tokens go through the decode graph. More requests than slots, so some
  // are admitted (prefilled) while others decode.
  const std::vector<size_t> lengths{1, 5, 16, 17, 40, 90, 3, 33};
  std::vector<std::shared_ptr<RequestHandle>> handles;
  std::vector<GenerationRequest> requests;
  for (size_t i = 0; i < lengths.size(); ++i) {
    GenerationRequest r;
    r.prompt = prompt_of(lengths[i], static_cast<int32_t>(i));
    r.max_tokens = std::min<int64_t>(4 + static_cast<int64_t>(i) * 3,
                                     kCapacity - static_cast<int64_t>(lengths[i]));
    r.stop_at_eos = false;
    requests.push_back(r);
    auto h = engine->submit(r);
    ASSERT_TRUE(h.ok()) << h.error().message();
    handles.push_back(*h);
  }
  for (size_t i = 0; i < handles.size(); ++i) {
    const Completion c = wait_all(handles[i]);
    EXPECT_EQ(c.finish, FinishReason::kLength) << "request " << i;
    EXPECT_EQ(c.tokens, run_alone(requests[i].prompt, requests[i].max_tokens, kCapacity))
        << "request " << i;
    EXPECT_EQ(c.usage.prompt_tokens, static_cast<int64_t>(lengths[i]));
    EXPECT_EQ(c.usage.completion_tokens, requests[i].max_tokens);
    EXPECT_EQ(c.text, engine->tokenizer()->decode(c.tokens)) << "request " << i;
  }
  const EngineStats stats = engine->stats();
  EXPECT_EQ(stats.active_slots, 0);
  EXPECT_EQ(stats.queued, 0);
}

// Batched decode at every width up to 16 streams (the exact policy's m <= 16 kernels and the
// tile path above them): all 16 requests admitted at once, then streams finishing one by one
// (max_tokens 6..21), so every decode width 16, 15, ..., 1 runs; each request equals its
// single-sequence run bit for bit.
TEST(BatchEngine, SixteenStreamsEqualTheirSingleSequenceRuns) {
  constexpr int64_t kCapacity = 64;
  constexpr int kStreams = 16;
  auto engine = open_engine(kStreams, kCapacity);
  ASSERT_NE(engine, nullptr);
  std::vector<GenerationRequest> requests;
  std::vector<std::shared_ptr<RequestHandle>> handles;
  for (int i = 0; i < kStreams; ++i) {
    GenerationRequest r;
    r.prompt = prompt_of(static_cast<size_t>(2 + (i * 7) % 19), 100 + i);
    r.max_tokens = 6 + i;
    r.stop_at_eos = false;
    requests.push_back(r);
    auto h = engine->submit(r);
    ASSERT_TRUE(h.ok()) << h.error().message();
    handles.push_back(*h);
  }
  for (int i = 0; i < kStreams; ++i) {
    const Completion c = wait_all(handles[static_cast<size_t>(i)]);
    const GenerationRequest& r = requests[static_cast<size_t>(i)];
    EXPECT_EQ(c.tokens, run_alone(r.prompt, r.max_tokens, kCapacity)) << "request " << i;
  }
}

TEST(BatchEngine, EosAndStopStrings) {
  auto engine = open_engine(2, 256);
  ASSERT_NE(engine, nullptr);
  GenerationRequest r;
  // A prompt the model answers at length (demo-q4 was trained on sums only).
  const bool demo = model_dir().filename() == "demo-q4";
  r.prompt = engine->tokenizer()->encode(demo ? "Q: 3+4= A:" : "Once upon a time");
  r.max_tokens = 200;
  auto full = engine->generate(r);
  ASSERT_TRUE(full.ok());
  const auto& eos = engine->tokenizer()->eos_ids();
  const bool ended_by_eos = std::find(eos.begin(), eos.end(), full->tokens.back()) != eos.end();
  EXPECT_EQ(full->finish, ended_by_eos ? FinishReason::kEos : FinishReason::kLength);
  ASSERT_GT(full->text.size(), 20u);
  // A stop string from the middle of that text: the output is the text before it.
  const std::string stop = full->text.substr(full->text.size() / 2, 4);
  r.stop = {"\x01never", stop};
  auto cut = engine->generate(r);
  ASSERT_TRUE(cut.ok());
  EXPECT_EQ(cut->finish, FinishReason::kStopString);
  EXPECT_EQ(cut->text, full->text.substr(0, full->text.find(stop)));
  EXPECT_LT(cut->tokens.size(), full->tokens.size());
}

TEST(BatchEngine, SeededSamplingDoesNotDependOnNeighbours) {
  auto engine = open_engine(4, 128);
  ASSERT_NE(engine, nullptr);
  GenerationRequest r;
  r.prompt = prompt_of(7, 3);
  r.max_tokens = 40;
  r.stop_at_eos = false;
  SamplingParams sampling;
  sampling.temperature = 1.0f;
  sampling.top_p = 0.9f;
  sampling.seed = 1234;
  auto alone = engine->generate(r, sampling);
  ASSERT_TRUE(alone.ok());
  std::vector<std::shared_ptr<RequestHandle>> handles;
  for (int i = 0; i < 4; ++i) {
    GenerationRequest other = r;
    SamplingParams other_sampling = sampling;
    if (i % 2 == 1) {  // different neighbours: other seeds and prompts
      other_sampling.seed = 99 + static_cast<uint64_t>(i);
      other.prompt = prompt_of(20, i);
    }
    auto h = engine->submit(other, other_sampling);
    ASSERT_TRUE(h.ok());
    handles.push_back(*h);
  }
  EXPECT_EQ(wait_all(handles[0]).tokens, alone->tokens);
  EXPECT_EQ(wait_all(handles[2]).tokens, alone->tokens);
  const Completion different = wait_all(handles[1]);
  wait_all(handles[3]);
  EXPECT_NE(different.tokens, alone->tokens);
}

TEST(BatchEngine, CancelFreesTheSlot) {
  auto engine = open_engine(1, 4096);
  ASSERT_NE(engine, nullptr);
  GenerationRequest r;
  r.prompt = prompt_of(4, 1);
  r.max_tokens = 4000;
  r.stop_at_eos = false;
  auto h = engine->submit(r);
  ASSERT_TRUE(h.ok());
  auto queued = engine->submit(r);  // waits for the only slot
  ASSERT_TRUE(queued.ok());
  ASSERT_FALSE((*h)->wait(std::chrono::seconds(30)).empty());
  (*h)->cancel();
  (*queued)->cancel();
  const Completion c = wait_all(*h);
  EXPECT_EQ(c.finish, FinishReason::kCancelled);
  EXPECT_LT(c.usage.completion_tokens, 4000);
  EXPECT_EQ(wait_all(*queued).finish, FinishReason::kCancelled);
  // The slot is free again: a new request runs to its end.
  GenerationRequest small = r;
  small.max_tokens = 3;
  auto after = engine->generate(small);
  ASSERT_TRUE(after.ok());
  EXPECT_EQ(after->tokens.size(), 3u);
  EXPECT_EQ(engine->stats().active_slots, 0);
}

TEST(BatchEngine, SubmitErrorsUseNoSlot) {
  auto engine = open_engine(2, 32);
  ASSERT_NE(engine, nullptr);
  GenerationRequest r;
  EXPECT_FALSE(engine->submit(r).ok());  // empty prompt
  r.prompt = prompt_of(32, 1);
  auto too_long = engine->submit(r);
  ASSERT_FALSE(too_long.ok());
  EXPECT_NE(too_long.error().message().find("context"), std::string::npos)
      << too_long.error().message();
  r.prompt = {1, 600};
  EXPECT_FALSE(engine->submit(r).ok());  // id outside the vocabulary (512, demo: 448)
  r.prompt = {1, 2, 3};
  SamplingParams bad;
  bad.top_p = 0.0f;
  EXPECT_FALSE(engine->submit(r, bad).ok());
  r.max_tokens = 0;
  EXPECT_FALSE(engine->submit(r).ok());
  r.max_tokens = -2;
  EXPECT_FALSE(engine->submit(r).ok());
  EXPECT_EQ(engine->stats().queued, 0);
  r.max_tokens = 100;  // bounded by the context: 32 - 3
  r.stop_at_eos = false;
  auto ok = engine->generate(r);
  ASSERT_TRUE(ok.ok());
  EXPECT_EQ(ok->finish, FinishReason::kContext);
  EXPECT_EQ(ok->tokens.size(), 29u);
}

/// A two-thread CPU backend whose executables run `hook(executable)`'s callback before every
/// execute (the hook is asked once per compiled executable); everything else is the CPU backend's.
class HookedBackend : public runtime::Backend {
 public:
  using Hook = std::function<std::function<void()>(const runtime::Executable&)>;
  HookedBackend(std::string name, Hook hook)
      : inner_(testing::two_thread_cpu_backend()), name_(std::move(name)), hook_(std::move(hook)) {}
  std::string_view name() const override { return name_; }
  Result<std::unique_ptr<runtime::DeviceBuffer>> allocate(const graph::TensorType& type) override {
    return inner_->allocate(type);
  }
  Status upload(runtime::DeviceBuffer& buffer, size_t offset,
                std::span<const std::byte> bytes) override {
    return inner_->upload(buffer, offset, bytes);
  }
  Status download(const runtime::DeviceBuffer& buffer, size_t offset,
                  std::span<std::byte> out) override {
    return inner_->download(buffer, offset, out);
  }
  Result<std::shared_ptr<const runtime::WeightSet>> bind_weights(
      std::vector<runtime::WeightTensor> weights, std::shared_ptr<const void> keep_alive) override {
    return inner_->bind_weights(std::move(weights), std::move(keep_alive));
  }
  Result<std::unique_ptr<runtime::Executable>> compile(
      const graph::Module& module, std::shared_ptr<const runtime::WeightSet> weights) override {
    MLXLA_ASSIGN_OR_RETURN(auto executable, inner_->compile(module, std::move(weights)));
    std::function<void()> before = hook_(*executable);
    return std::unique_ptr<runtime::Executable>(
        new Hooked(std::move(executable), std::move(before)));
  }
  Status copy_cache_rows(const runtime::DeviceBuffer& src, int64_t src_slot,
                         runtime::DeviceBuffer& dst, int64_t dst_slot, int64_t rows) override {
    return inner_->copy_cache_rows(src, src_slot, dst, dst_slot, rows);
  }
  Status clear_cache_slot(runtime::DeviceBuffer& cache, int64_t slot) override {
    return inner_->clear_cache_slot(cache, slot);
  }

 private:
  class Hooked : public runtime::Executable {
   public:
    Hooked(std::unique_ptr<runtime::Executable> inner, std::function<void()> before)
        : inner_(std::move(inner)), before_(std::move(before)) {}
    Status execute(std::span<runtime::DeviceBuffer* const> inputs,
                   std::span<runtime::DeviceBuffer* const> state,
                   std::span<runtime::DeviceBuffer* const> outputs) override {
      before_();
      return inner_->execute(inputs, state, outputs);
    }
    const std::vector<graph::TensorType>& input_types() const override {
      return inner_->input_types();
    }
    const std::vector<graph::TensorType>& state_types() const override {
      return inner_->state_types();
    }
    const std::vector<graph::TensorType>& output_types() const override {
      return inner_->output_types();
    }

   private:
    std::unique_ptr<runtime::Executable> inner_;
    std::function<void()> before_;
  };
  std::unique_ptr<runtime::Backend> inner_;
  std::string name_;
  Hook hook_;
};

/// A CPU backend whose executables throw once, on the `throw_at`-th execute of any of them.
std::unique_ptr<runtime::Backend> throwing_backend(int throw_at) {
  auto countdown = std::make_shared<int>(throw_at);
  return std::make_unique<HookedBackend>("throwing-cpu", [countdown](const runtime::Executable&) {
    return [countdown] {
      if (--*countdown == 0) throw std::runtime_error("injected failure");
    };
  });
}

TEST(BatchEngine, AnExceptionInAStepFailsTheRequestNotTheProcess) {
  BatchEngineOptions options;
  options.slots = 2;
  options.capacity = 64;
  auto engine = BatchEngine::open(model_dir(), throwing_backend(3), options);
  ASSERT_TRUE(engine.ok()) << engine.error().message();
  GenerationRequest r;
  r.prompt = prompt_of(5, 1);
  r.max_tokens = 8;
  r.stop_at_eos = false;
  auto h = (*engine)->submit(r);
  ASSERT_TRUE(h.ok());
  std::string error;
  const Completion failed = [&] {
    Completion c;
    for (int polls = 0; polls < 600; ++polls) {
      for (StreamEvent& e : (*h)->wait(std::chrono::milliseconds(100))) {
        if (e.done) {
          c.finish = e.finish;
          error = e.error;
          return c;
        }
      }
    }
    return c;
  }();
  EXPECT_EQ(failed.finish, FinishReason::kError);
  EXPECT_NE(error.find("injected failure"), std::string::npos) << error;
  // The engine thread survived: the next request runs to its end and equals a clean run.
  auto after = (*engine)->generate(r);
  ASSERT_TRUE(after.ok()) << after.error().message();
  EXPECT_EQ(after->finish, FinishReason::kLength);
  EXPECT_EQ(after->tokens, run_alone(r.prompt, 8, 64));
}

/// A CPU backend that logs to *log, in order, which kind of graph each execute ran: 'R' for the
/// ragged step (its cache has `slots` slots), 'P' for a single-sequence graph (prefill chunks, or
/// decode near the cache's end). Only the engine thread executes graphs, so the log needs no lock
/// while the engine runs.
std::unique_ptr<runtime::Backend> recording_backend(int64_t slots,
                                                    std::shared_ptr<std::string> log) {
  return std::make_unique<HookedBackend>(
      "recording-cpu", [slots, log](const runtime::Executable& executable) {
        const std::vector<graph::TensorType>& state = executable.state_types();
        const char kind =
            !state.empty() && state[0].rank() > 1 && state[0].shape[1] == slots ? 'R' : 'P';
        return [log, kind] { log->push_back(kind); };
      });
}

// Issue 13: a waiting request's prefill stalls the running streams for at most one chunk. A
// (one chunk of prompt) decodes while B's prompt of 5 chunks is prefilled: every chunk of B must
// be followed by a ragged step before the next one (a scheduler that prefilled B whole would log
// "PPPPP"). The order is deterministic: one request is admitted per engine iteration.
TEST(BatchEngine, APrefillStallsRunningStreamsForAtMostOneChunk) {
  BatchEngineOptions options;
  options.slots = 2;
  options.capacity = 128;
  options.prefill_chunk = 16;
  const auto log = std::make_shared<std::string>();
  auto engine = BatchEngine::open(model_dir(), recording_backend(options.slots, log), options);
  ASSERT_TRUE(engine.ok()) << engine.error().message();
  GenerationRequest a, b;
  a.prompt = prompt_of(3, 7);
  a.max_tokens = 20;
  a.stop_at_eos = false;
  b.prompt = prompt_of(5 * 16, 8);
  b.max_tokens = 2;
  b.stop_at_eos = false;
  auto ha = (*engine)->submit(a);
  auto hb = (*engine)->submit(b);
  ASSERT_TRUE(ha.ok() && hb.ok());
  const Completion ca = wait_all(*ha), cb = wait_all(*hb);
  EXPECT_EQ(ca.tokens.size(), 20u);
  EXPECT_EQ(cb.tokens.size(), 2u);
  (*engine)->shutdown();
  // A's chunk, then each of B's 5 chunks right after exactly one ragged step of A (the log is
  // complete: the engine thread has stopped). A may run several ragged steps before B is
  // submitted (the test thread can be descheduled), so the log is checked from B's first chunk.
  ASSERT_EQ(std::count(log->begin(), log->end(), 'P'), 6) << *log;
  EXPECT_EQ(log->find("PP"), std::string::npos) << *log;
  std::vector<size_t> chunks;
  for (size_t i = 0; i < log->size(); ++i) {
    if ((*log)[i] == 'P') chunks.push_back(i);
  }
  EXPECT_EQ(chunks[0], 0u) << *log;
  for (size_t c = 2; c < chunks.size(); ++c) {
    EXPECT_EQ(log->substr(chunks[c - 1], chunks[c] - chunks[c - 1]), "PR")
        << "B's chunks " << c - 1 << " and " << c
        << " are not separated by one ragged step: " << *log;
  }
}

}  // namespace
}  // namespace mlxla::engine
