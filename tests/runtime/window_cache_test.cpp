// Rotating window caches (sliding-window layers keep W positions, model/cache_layout.h) against
// full-length caches that mask the window: logits bit for bit equal under the exact policy, on
// the CPU runtime and the reference interpreter, for sequences several windows long: prefill in
// chunks shorter and longer than W (chunks that wrap the ring), decode across many wraps, the
// prefill's decode fallback at the end of the cache, ragged slots at different positions and
// batched rows (each also equal to the same sequence run alone). Models: small random
// checkpoints written by `mlxla synth` (a gemma3_text with local and global layers, a llama
// with `layer_types`, a gpt_oss with sinks and routed experts).
// ctest-labels: numerics e2e slow
#include <gtest/gtest.h>

#include <cstring>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <tuple>
#include <vector>

#include "runtime/cpu/cpu_backend.h"
#include "runtime/model_runner.h"
#include "runtime/reference/reference_backend.h"
#include "support/test_support.h"

namespace mlxla::runtime {
namespace {

using nlohmann::json;

constexpr int64_t kCapacity = 48;

struct WindowModel {
  std::string name;
  json config;
  int64_t window = 0;
  int64_t rotating_layers = 0;
  int64_t full_layers = 0;
};

std::vector<WindowModel> models() {
  const json base = {{"hidden_size", 64},        {"intermediate_size", 128},
                     {"num_attention_heads", 4}, {"num_key_value_heads", 2},
                     {"vocab_size", 256},        {"rms_norm_eps", 1e-5},
                     {"rope_theta", 10000.0},    {"max_position_embeddings", 512},
                     {"torch_dtype", "bfloat16"}};
  json gemma = base;
  gemma["model_type"] = "gemma3_text";
  gemma["head_dim"] = 32;
  gemma["num_hidden_layers"] = 3;
  gemma["query_pre_attn_scalar"] = 24;
  gemma["sliding_window"] = 5;
  gemma["sliding_window_pattern"] = 3;  // layers 0 and 1 local, 2 global
  gemma["rope_local_base_freq"] = 100.0;
  json llama = base;
  llama["model_type"] = "llama";
  llama["num_hidden_layers"] = 3;
  llama["sliding_window"] = 11;
  llama["layer_types"] = {"sliding_attention", "full_attention", "sliding_attention"};
  llama["tie_word_embeddings"] = false;
  // gpt_oss: attention sinks in both attention composites, routed biased experts, YaRN.
  json gpt_oss = base;
  gpt_oss["model_type"] = "gpt_oss";
  gpt_oss["head_dim"] = 16;
  gpt_oss["num_hidden_layers"] = 3;
  gpt_oss["sliding_window"] = 6;
  gpt_oss["layer_types"] = {"sliding_attention", "full_attention", "sliding_attention"};
  gpt_oss["num_local_experts"] = 4;
  gpt_oss["num_experts_per_tok"] = 2;
  gpt_oss["rope_scaling"] = {{"rope_type", "yarn"},
                             {"factor", 4.0},
                             {"original_max_position_embeddings", 16},
                             {"beta_fast", 32.0},
                             {"beta_slow", 1.0}};
  gpt_oss["tie_word_embeddings"] = false;
  return {{"gemma3_text", gemma, 5, 2, 1},
          {"llama_layer_types", llama, 11, 2, 1},
          {"gpt_oss", gpt_oss, 6, 2, 1}};
}

// One synthesized checkpoint per model, written once for the whole test program.
const std::filesystem::path& model_dir(const WindowModel& m) {
  static std::map<std::string, std::unique_ptr<testing::ScratchDir>> dirs;
  auto& dir = dirs[m.name];
  if (!dir) {
    dir = std::make_unique<testing::ScratchDir>("window_cache_" + m.name);
    testing::write_file(*dir / "config.json", m.config.dump(2));
    const auto synth = testing::run_cli({"synth", "--config", (*dir / "config.json").string(),
                                         "--out", (*dir / "model").string(), "--bits", "4",
                                         "--group-size", "32", "--seed", "11"});
    EXPECT_EQ(synth.exit_code, 0) << synth.err;
  }
  static std::map<std::string, std::filesystem::path> paths;
  return paths[m.name] = dir->path() / "model";
}

enum class Kind { kCpu, kReference };

std::unique_ptr<ModelRunner> open(const WindowModel& m, Kind kind, bool rotating, int64_t chunk) {
  RunnerOptions options;
  options.capacity = kCapacity;
  options.prefill_chunk = chunk;
  options.rotating_windows = rotating;
  std::unique_ptr<Backend> backend;
  if (kind == Kind::kCpu) {
    // Every splittable op through the threaded path, exact kernels.
    auto cpu = cpu::CpuBackend::create({2, std::nullopt, 0, kernels::Policy::kExact});
    EXPECT_TRUE(cpu.ok());
    if (!cpu.ok()) return nullptr;
    backend = std::move(*cpu);
  } else {
    backend = reference::make_reference_backend();
  }
  auto runner = ModelRunner::open(model_dir(m), std::move(backend), options);
  EXPECT_TRUE(runner.ok()) << (runner.ok() ? "" : runner.error().message());
  return runner.ok() ? std::move(*runner) : nullptr;
}

std::vector<int32_t> tokens(int64_t count, int32_t seed) {
  std::vector<int32_t> out;
  for (int64_t i = 0; i < count; ++i) out.push_back(static_cast<int32_t>((seed + 37 * i) % 256));
  return out;
}

void expect_bitwise(const StepOutput& a, const StepOutput& b, const std::string& what) {
  ASSERT_EQ(a.logits.size(), b.logits.size()) << what;
  EXPECT_EQ(a.next_token, b.next_token) << what;
  EXPECT_EQ(std::memcmp(a.logits.data(), b.logits.data(), a.logits.size() * sizeof(float)), 0)
      << what << ": logits differ";
}

class WindowCache : public ::testing::TestWithParam<std::tuple<WindowModel, Kind>> {};

TEST_P(WindowCache, LayoutKeepsWPositionsPerLocalLayer) {
  const auto& [m, kind] = GetParam();
  if (kind != Kind::kCpu) GTEST_SKIP() << "the layout does not depend on the backend";
  auto rotating = open(m, kind, true, 4);
  auto full = open(m, kind, false, 4);
  ASSERT_TRUE(rotating && full);
  ASSERT_EQ(rotating->caches().size(), 4u);
  ASSERT_EQ(full->caches().size(), 2u);
  const int64_t kv = m.config["num_key_value_heads"], dim = m.config.value("head_dim", 16);
  const std::vector<int64_t> global_shape = {m.full_layers, 1, kCapacity, kv, dim};
  const std::vector<int64_t> ring_shape = {m.rotating_layers, 1, m.window, kv, dim};
  EXPECT_EQ(rotating->caches()[0].type.shape, global_shape);
  EXPECT_EQ(rotating->caches()[2].type.shape, ring_shape);
  const int64_t f16_row = kv * dim * 2;
  EXPECT_EQ(rotating->cache_bytes(),
            2 * f16_row * (m.full_layers * kCapacity + m.rotating_layers * m.window));
  EXPECT_EQ(full->cache_bytes(), 2 * f16_row * (m.full_layers + m.rotating_layers) * kCapacity);
}

// Prefill in chunks of `chunk`, decode across several wraps, then a prefill whose chunks no
// longer fit before the capacity (the runner decodes them one by one).
TEST_P(WindowCache, SoloEqualsFullLengthCacheBitForBit) {
  const auto& [m, kind] = GetParam();
  for (const int64_t chunk : {int64_t{2}, m.window + 3}) {
    const std::string where = m.name + " chunk " + std::to_string(chunk);
    auto rotating = open(m, kind, true, chunk);
    auto full = open(m, kind, false, chunk);
    ASSERT_TRUE(rotating && full);
    const auto prompt = tokens(17, 3);
    auto a = rotating->prefill(prompt);
    auto b = full->prefill(prompt);
    ASSERT_TRUE(a.ok() && b.ok()) << where;
    expect_bitwise(*a, *b, where + " prefill");
    int32_t token = a->next_token;
    while (rotating->position() < kCapacity - 7) {
      a = rotating->decode(token);
      b = full->decode(token);
      ASSERT_TRUE(a.ok() && b.ok()) << where;
      expect_bitwise(*a, *b, where + " decode at " + std::to_string(rotating->position()));
      token = a->next_token;
    }
    // position + chunk > capacity: the remaining tokens go through decode.
    const auto tail = tokens(5, 101);
    a = rotating->prefill(tail);
    b = full->prefill(tail);
    ASSERT_TRUE(a.ok() && b.ok()) << where;
    expect_bitwise(*a, *b, where + " prefill at the end of the cache");
    EXPECT_EQ(rotating->position(), kCapacity - 2);
    // A second sequence in the same runner: the rings still hold the first one's keys.
    rotating->reset();
    full->reset();
    const auto again = tokens(2 * m.window + 1, 57);
    a = rotating->prefill(again);
    b = full->prefill(again);
    ASSERT_TRUE(a.ok() && b.ok()) << where;
    expect_bitwise(*a, *b, where + " after reset");
  }
}

// Two slots at different positions (ragged), then two rows in lockstep (batched): equal to the
// full-length layout and to each sequence decoded alone.
TEST_P(WindowCache, SlotsEqualFullLengthCacheAndSolo) {
  const auto& [m, kind] = GetParam();
  auto rotating = open(m, kind, true, 4);
  auto full = open(m, kind, false, 4);
  auto solo = open(m, kind, true, 4);
  ASSERT_TRUE(rotating && full && solo);
  const std::vector<std::vector<int32_t>> prompts = {tokens(m.window + 4, 5), tokens(3, 9)};
  for (ModelRunner* r : {rotating.get(), full.get()}) {
    ASSERT_TRUE(r->reset_slots(2).ok());
    for (int64_t slot = 0; slot < 2; ++slot) {
      r->reset();
      ASSERT_TRUE(r->prefill(prompts[static_cast<size_t>(slot)]).ok());
      ASSERT_TRUE(r->copy_to_slot(slot, r->position()).ok());
    }
  }
  // Slot 0's sequence alone, in its own runner.
  ASSERT_TRUE(solo->prefill(prompts[0]).ok());
  std::vector<int32_t> positions = {static_cast<int32_t>(prompts[0].size()),
                                    static_cast<int32_t>(prompts[1].size())};
  std::vector<int32_t> next = {7, 8};
  for (int step = 0; step < 3 * static_cast<int>(m.window); ++step) {
    const std::string where = m.name + " ragged step " + std::to_string(step);
    auto a = rotating->ragged(next, positions);
    auto b = full->ragged(next, positions);
    auto s = solo->decode(next[0]);
    ASSERT_TRUE(a.ok() && b.ok() && s.ok()) << where;
    for (size_t row = 0; row < 2; ++row) expect_bitwise((*a)[row], (*b)[row], where);
    expect_bitwise((*a)[0], *s, where + " against solo");
    for (size_t row = 0; row < 2; ++row) {
      next[row] = (*a)[row].next_token;
      ++positions[row];
    }
  }
  // Batched: both slots restart from the same prompt length.
  const auto shared = tokens(m.window + 2, 21);
  for (ModelRunner* r : {rotating.get(), full.get()}) {
    ASSERT_TRUE(r->reset_slots(2).ok());
    r->reset();
    ASSERT_TRUE(r->prefill(shared).ok());
    ASSERT_TRUE(r->copy_to_slot(0, r->position()).ok());
    ASSERT_TRUE(r->copy_to_slot(1, r->position()).ok());
  }
  solo->reset();
  ASSERT_TRUE(solo->prefill(shared).ok());
  auto position = static_cast<int32_t>(shared.size());
  next = {40, 41};
  for (int step = 0; step < 2 * static_cast<int>(m.window); ++step, ++position) {
    const std::string where = m.name + " batched step " + std::to_string(step);
    auto a = rotating->batched(next, position);
    auto b = full->batched(next, position);
    auto s = solo->decode(next[1]);
    ASSERT_TRUE(a.ok() && b.ok() && s.ok()) << where;
    for (size_t row = 0; row < 2; ++row) expect_bitwise((*a)[row], (*b)[row], where);
    expect_bitwise((*a)[1], *s, where + " against solo");
    next = {(*a)[0].next_token, (*a)[1].next_token};
  }
}

INSTANTIATE_TEST_SUITE_P(Models, WindowCache,
                         ::testing::Combine(::testing::ValuesIn(models()),
                                            ::testing::Values(Kind::kCpu, Kind::kReference)),
                         [](const ::testing::TestParamInfo<std::tuple<WindowModel, Kind>>& info) {
                           return std::get<0>(info.param).name +
                                  (std::get<1>(info.param) == Kind::kCpu ? "_cpu" : "_reference");
                         });

}  // namespace
}  // namespace mlxla::runtime
