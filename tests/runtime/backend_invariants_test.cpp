// Whole-model invariants every backend keeps, parametrised over the backend registry's names
// (runtime::backend_names(): reference, cpu; a new backend is covered by registering it, see
// docs/RUNTIME.md "Writing a backend"), on two tiny random checkpoints written here by `mlxla
// synth` (a llama with full-length caches; a gemma3_text whose local layers keep rotating window
// caches; then one per other family: dynamic RoPE, mistral, qwen2, phi3, qwen3, gemma2, qwen3_moe,
// mixtral, gpt_oss). Under the exact policy, bitwise: packed == dense logits; prefill(n) then
// decode == prefill(n + 1); ragged and batched rows == each sequence alone; snapshot/restore then
// prefill == straight prefill; slot copies, truncation, lazy logits; and logits equal to the cpu
// backend's.
// ctest-labels: numerics e2e
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <tuple>
#include <vector>

#include "runtime/backend_registry.h"
#include "runtime/model_runner.h"
#include "support/synthetic_model.h"
#include "support/test_support.h"
#if MLXLA_HAVE_VULKAN
#include "runtime/vulkan/device.h"
#endif

namespace mlxla::runtime {
namespace {

using nlohmann::json;

constexpr int64_t kCapacity = 24;
constexpr int64_t kChunk = 4;
constexpr int32_t kVocab = 128;

/// How a backend's logits compare with the cpu backend's on the same graphs. The host backends
/// follow the same decompositions in the same order, so they agree bit for bit; a backend that
/// sums in another order (a GPU) registers a tolerance here instead.
struct CrossBackend {
  bool bitwise = true;
  double relative_tolerance = 0.0;  ///< of max |logit|, when not bitwise
};
/// `model`: a backend may agree bitwise on one family and not on another (none does today:
/// vulkan evaluates tanh, exp and expm1 as glibc does).
CrossBackend cross_backend(std::string_view name, std::string_view /*model*/) {
  static const std::map<std::string, CrossBackend, std::less<>> kKnown = {
      {"reference", {true, 0.0}}, {"cpu", {true, 0.0}}, {"vulkan", {true, 0.0}}};
  auto it = kKnown.find(name);
  return it != kKnown.end() ? it->second : CrossBackend{false, 1e-3};
}

struct TinyModel {
  std::string name;
  json config;
  int64_t window = 0;  ///< smallest rotating window; 0: every cache is full-length
};

std::vector<TinyModel> models() {
  const json base = {
      {"hidden_size", 64},        {"intermediate_size", 96},        {"num_attention_heads", 4},
      {"num_key_value_heads", 2}, {"vocab_size", kVocab},           {"rms_norm_eps", 1e-5},
      {"rope_theta", 10000.0},    {"max_position_embeddings", 256}, {"torch_dtype", "bfloat16"}};
  json llama = base;
  llama["model_type"] = "llama";
  llama["num_hidden_layers"] = 2;
  llama["tie_word_embeddings"] = true;
  json gemma = base;
  gemma["model_type"] = "gemma3_text";
  gemma["head_dim"] = 16;
  gemma["num_hidden_layers"] = 2;
  gemma["query_pre_attn_scalar"] = 16;
  gemma["sliding_window"] = 5;
  gemma["sliding_window_pattern"] = 2;  // layer 0 local (ring of 5), layer 1 global
  gemma["rope_local_base_freq"] = 100.0;
  // Every other family the CPU runs, shrunk the same way (docs/ARCHITECTURES.md lists them).
  json llama_dynamic = llama;  // dynamic NTK RoPE: the base moves past position 8
  llama_dynamic["max_position_embeddings"] = 8;
  llama_dynamic["rope_scaling"] = {{"type", "dynamic"}, {"factor", 2.0}};
  json mistral = base;
  mistral["model_type"] = "mistral";
  mistral["num_hidden_layers"] = 2;
  // Spelled out: synth ties when the field is absent, the mistral/qwen2 loaders do not.
  mistral["tie_word_embeddings"] = false;
  json qwen2 = base;  // q/k/v biases
  qwen2["model_type"] = "qwen2";
  qwen2["num_hidden_layers"] = 2;
  qwen2["tie_word_embeddings"] = true;
  json phi3 = base;  // fused qkv and gate_up projections, partial rotary
  phi3["model_type"] = "phi3";
  phi3["num_hidden_layers"] = 2;
  phi3["partial_rotary_factor"] = 0.75;
  json qwen3 = base;  // q/k norms
  qwen3["model_type"] = "qwen3";
  qwen3["head_dim"] = 16;
  qwen3["num_hidden_layers"] = 2;
  json gemma2 = base;  // logit soft caps (tanh); every layer global, as in mlx-lm
  gemma2["model_type"] = "gemma2";
  gemma2["head_dim"] = 16;
  gemma2["num_hidden_layers"] = 2;
  gemma2["query_pre_attn_scalar"] = 16;
  gemma2["sliding_window"] = 5;
  gemma2["attn_logit_softcapping"] = 50.0;
  gemma2["final_logit_softcapping"] = 30.0;
  json qwen3_moe = base;  // softmax then top-k, renormalised
  qwen3_moe["model_type"] = "qwen3_moe";
  qwen3_moe["head_dim"] = 16;
  qwen3_moe["num_hidden_layers"] = 2;
  qwen3_moe["num_experts"] = 4;
  qwen3_moe["num_experts_per_tok"] = 2;
  qwen3_moe["moe_intermediate_size"] = 32;
  qwen3_moe["norm_topk_prob"] = true;
  qwen3_moe["decoder_sparse_step"] = 1;
  json mixtral = base;  // top-k logits then softmax
  mixtral["model_type"] = "mixtral";
  mixtral["num_hidden_layers"] = 2;
  mixtral["intermediate_size"] = 32;
  mixtral["num_local_experts"] = 4;
  mixtral["num_experts_per_tok"] = 2;
  json gpt_oss = base;  // sinks, expert biases, clamped SwiGLU, a sliding layer, YaRN
  gpt_oss["model_type"] = "gpt_oss";
  gpt_oss["head_dim"] = 16;
  gpt_oss["num_hidden_layers"] = 2;
  gpt_oss["intermediate_size"] = 32;
  gpt_oss["num_local_experts"] = 4;
  gpt_oss["num_experts_per_tok"] = 2;
  gpt_oss["sliding_window"] = 4;
  gpt_oss["layer_types"] = {"sliding_attention", "full_attention"};
  gpt_oss["rope_scaling"] = {
      {"rope_type", "yarn"}, {"factor", 4.0},    {"original_max_position_embeddings", 8},
      {"beta_fast", 32.0},   {"beta_slow", 1.0}, {"truncate", false}};
  gpt_oss["tie_word_embeddings"] = false;
  return {{"llama", llama, 0},     {"gemma3_text", gemma, 5}, {"llama_dynamic", llama_dynamic, 0},
          {"mistral", mistral, 0}, {"qwen2", qwen2, 0},       {"phi3", phi3, 0},
          {"qwen3", qwen3, 0},     {"gemma2", gemma2, 0},     {"qwen3_moe", qwen3_moe, 0},
          {"mixtral", mixtral, 0}, {"gpt_oss", gpt_oss, 4}};
}

/// One synthesized checkpoint per model, written once for the whole test program.
std::filesystem::path model_dir(const TinyModel& m) {
  static std::map<std::string, std::unique_ptr<testing::ScratchDir>> dirs;
  auto& dir = dirs[m.name];
  if (!dir) {
    dir = std::make_unique<testing::ScratchDir>("backend_invariants_" + m.name);
    testing::SyntheticModel model;
    model.config_json = m.config.dump(2);
    model.bits = 4;
    model.group_size = 32;
    model.seed = 5;
    testing::write_synthetic_model(dir->path() / "model", model);
  }
  return dir->path() / "model";
}

std::unique_ptr<ModelRunner> open(std::string_view backend_name, const TinyModel& m,
                                  model::Residency residency = model::Residency::kPacked) {
  BackendOptions backend_options;
  backend_options.threads = 2;
  auto backend = make_backend(backend_name, backend_options);
  EXPECT_TRUE(backend.ok()) << (backend.ok() ? "" : backend.error().message());
  if (!backend.ok()) return nullptr;
  RunnerOptions options;
  options.capacity = kCapacity;
  options.prefill_chunk = kChunk;
  options.residency = residency;
  auto runner = ModelRunner::open(model_dir(m), std::move(*backend), options);
  EXPECT_TRUE(runner.ok()) << (runner.ok() ? "" : runner.error().message());
  return runner.ok() ? std::move(*runner) : nullptr;
}

std::vector<int32_t> tokens(int64_t count, int32_t seed) {
  std::vector<int32_t> out;
  for (int64_t i = 0; i < count; ++i) out.push_back(static_cast<int32_t>((seed + 37 * i) % kVocab));
  return out;
}

std::vector<int32_t> concat(std::vector<int32_t> a, const std::vector<int32_t>& b) {
  a.insert(a.end(), b.begin(), b.end());
  return a;
}

void expect_bitwise(const StepOutput& a, const StepOutput& b, const std::string& what) {
  ASSERT_EQ(a.logits.size(), b.logits.size()) << what;
  ASSERT_FALSE(a.logits.empty()) << what;
  EXPECT_EQ(a.next_token, b.next_token) << what;
  EXPECT_EQ(std::memcmp(a.logits.data(), b.logits.data(), a.logits.size() * sizeof(float)), 0)
      << what << ": logits differ";
}

/// Why `backend` cannot run `m` here (no device, an op it has no shader for yet), or "" when
/// it can: such cases skip with the reason instead of failing. Probed once per pair.
std::string unsupported_reason(std::string_view backend, const TinyModel& m) {
  static std::map<std::string, std::string> known;
  const std::string key = std::string(backend) + "/" + m.name;
  if (auto it = known.find(key); it != known.end()) return it->second;
  std::string reason;
  auto made = make_backend(backend, BackendOptions{});
  if (!made.ok()) {
    if (made.error().category() == ErrorCategory::kUnsupported) reason = made.error().message();
  } else {
    RunnerOptions options;
    options.capacity = kCapacity;
    options.prefill_chunk = kChunk;
    auto runner = ModelRunner::open(model_dir(m), std::move(*made), options);
    if (!runner.ok() && runner.error().category() == ErrorCategory::kUnsupported)
      reason = runner.error().message();
  }
  known[key] = reason;
  return reason;
}

class BackendInvariants : public ::testing::TestWithParam<std::tuple<std::string_view, TinyModel>> {
 protected:
  void SetUp() override {
    // GPU backends run under their validation layers here: any message fails the test.
    setenv("MLXLA_VULKAN_VALIDATION", "1", 0);
#if MLXLA_HAVE_VULKAN
    vulkan::clear_validation_messages();
#endif
    const std::string reason = unsupported_reason(backend(), model());
    if (!reason.empty())
      GTEST_SKIP() << backend() << " cannot run " << model().name << ": " << reason;
  }
  void TearDown() override {
#if MLXLA_HAVE_VULKAN
    for (const std::string& message : vulkan::validation_messages())
      ADD_FAILURE() << "Vulkan validation: " << message;
#endif
  }
  std::string_view backend() const {
    return std::get<0>(GetParam());
  }
  const TinyModel& model() const {
    return std::get<1>(GetParam());
  }
  std::unique_ptr<ModelRunner> open_runner(
      model::Residency residency = model::Residency::kPacked) const {
    return open(backend(), model(), residency);
  }
};

TEST_P(BackendInvariants, PackedEqualsDenseBitwise) {
  auto packed = open_runner(model::Residency::kPacked);
  auto dense = open_runner(model::Residency::kDense);
  ASSERT_TRUE(packed && dense);
  const auto prompt = tokens(7, 3);
  auto a = packed->prefill(prompt);
  auto b = dense->prefill(prompt);
  ASSERT_TRUE(a.ok() && b.ok());
  expect_bitwise(*a, *b, "prefill");
  int32_t token = a->next_token;
  for (int i = 0; i < 8; ++i) {  // past the gemma window of 5
    auto x = packed->decode(token);
    auto y = dense->decode(token);
    ASSERT_TRUE(x.ok() && y.ok());
    expect_bitwise(*x, *y, "decode " + std::to_string(i));
    token = x->next_token;
  }
}

TEST_P(BackendInvariants, PrefillThenDecodeEqualsLongerPrefill) {
  auto stepped = open_runner();
  auto straight = open_runner();
  ASSERT_TRUE(stepped && straight);
  const auto prompt = tokens(11, 7);  // chunks of 4: two full and a padded one
  auto first = stepped->prefill(std::span(prompt).first(10));
  ASSERT_TRUE(first.ok());
  auto decoded = stepped->decode(prompt[10]);
  auto whole = straight->prefill(prompt);
  ASSERT_TRUE(decoded.ok() && whole.ok());
  expect_bitwise(*decoded, *whole, "prefill(10) + decode vs prefill(11)");
  EXPECT_EQ(stepped->position(), straight->position());
  // The caches agree on every written position (the padded tail of a chunk is never read).
  auto ca = stepped->download_caches();
  auto cb = straight->download_caches();
  ASSERT_TRUE(ca.ok() && cb.ok());
  ASSERT_EQ(ca->size(), cb->size());
  for (size_t c = 0; c < ca->size(); ++c) {
    const Buffer& x = (*ca)[c];
    const auto& shape = x.type.shape;  // [L, 1, P, KV, D]
    const size_t row =
        static_cast<size_t>(shape[3] * shape[4]) * graph::element_size(x.type.element);
    const int64_t used = std::min<int64_t>(shape[2], 11);
    for (int64_t l = 0; l < shape[0]; ++l) {
      const size_t base = static_cast<size_t>(l * shape[2]) * row;
      EXPECT_EQ(std::memcmp(x.bytes.data() + base, (*cb)[c].bytes.data() + base,
                            static_cast<size_t>(used) * row),
                0)
          << "cache " << c << " layer " << l;
    }
  }
}

TEST_P(BackendInvariants, LazyLogitsEqualDownloadedLogits) {
  auto lazy = open_runner();
  auto eager = open_runner();
  ASSERT_TRUE(lazy && eager);
  const auto prompt = tokens(6, 1);
  auto a = lazy->prefill(prompt, StepLogits::kSkip);
  auto b = eager->prefill(prompt, StepLogits::kDownload);
  ASSERT_TRUE(a.ok() && b.ok());
  EXPECT_TRUE(a->logits.empty());
  EXPECT_EQ(a->next_token, b->next_token);
  auto later = lazy->step_logits(0);
  ASSERT_TRUE(later.ok());
  StepOutput fetched{a->next_token, *later};
  expect_bitwise(fetched, *b, "step_logits after a skipped prefill");
  EXPECT_FALSE(lazy->step_logits(1).ok());  // one row
  auto c = lazy->decode(a->next_token, StepLogits::kSkip);
  auto d = eager->decode(b->next_token, StepLogits::kDownload);
  ASSERT_TRUE(c.ok() && d.ok());
  EXPECT_EQ(c->next_token, d->next_token);
}

/// Three sequences of different lengths, each prefilled alone and copied into its slot, then
/// decoded together by ragged steps: every row equals the sequence decoded alone. Batched rows
/// (one shared position) likewise.
TEST_P(BackendInvariants, RaggedAndBatchedRowsEqualSoloRuns) {
  auto batch = open_runner();
  ASSERT_TRUE(batch);
  ASSERT_TRUE(batch->reset_slots(3).ok());
  const std::vector<std::vector<int32_t>> prompts = {tokens(3, 2), tokens(9, 5), tokens(6, 8)};
  std::vector<int32_t> next(3), positions(3);
  std::vector<std::vector<StepOutput>> solo(3);
  constexpr int kSteps = 6;
  for (size_t i = 0; i < prompts.size(); ++i) {
    batch->reset();
    auto out = batch->prefill(prompts[i]);
    ASSERT_TRUE(out.ok());
    ASSERT_TRUE(batch->copy_to_slot(static_cast<int64_t>(i), batch->position()).ok());
    next[i] = out->next_token;
    positions[i] = static_cast<int32_t>(prompts[i].size());
    auto alone = open_runner();
    ASSERT_TRUE(alone);
    ASSERT_TRUE(alone->prefill(prompts[i]).ok());
    int32_t token = out->next_token;
    for (int s = 0; s < kSteps; ++s) {
      auto step = alone->decode(token);
      ASSERT_TRUE(step.ok());
      token = step->next_token;
      solo[i].push_back(std::move(*step));
    }
  }
  for (int s = 0; s < kSteps; ++s) {
    auto rows = batch->ragged(next, positions);
    ASSERT_TRUE(rows.ok()) << rows.error().message();
    for (size_t i = 0; i < 3; ++i) {
      expect_bitwise((*rows)[i], solo[i][static_cast<size_t>(s)],
                     "ragged row " + std::to_string(i) + " step " + std::to_string(s));
      next[i] = (*rows)[i].next_token;
      ++positions[i];
    }
  }
  // Batched: three sequences of one length, at one shared position.
  ASSERT_TRUE(batch->reset_slots(3).ok());
  std::vector<int32_t> first(3);
  for (int32_t i = 0; i < 3; ++i) {
    batch->reset();
    auto out = batch->prefill(tokens(7, 11 + i));
    ASSERT_TRUE(out.ok());
    ASSERT_TRUE(batch->copy_to_slot(i, 7).ok());
    first[static_cast<size_t>(i)] = out->next_token;
  }
  auto rows = batch->batched(first, 7);
  ASSERT_TRUE(rows.ok());
  for (int32_t i = 0; i < 3; ++i) {
    auto alone = open_runner();
    ASSERT_TRUE(alone && alone->prefill(tokens(7, 11 + i)).ok());
    auto step = alone->decode(first[static_cast<size_t>(i)]);
    ASSERT_TRUE(step.ok());
    expect_bitwise((*rows)[static_cast<size_t>(i)], *step, "batched row " + std::to_string(i));
  }
}

/// A prompt prefilled into slot 0 is snapshotted; restoring `rows` of it into a fresh sequence
/// and prefilling the rest gives exactly the straight prefill of the whole prompt.
TEST_P(BackendInvariants, SnapshotRestoreThenPrefillEqualsStraightPrefill) {
  auto runner = open_runner();
  auto straight = open_runner();
  ASSERT_TRUE(runner && straight);
  ASSERT_TRUE(runner->reset_slots(2).ok());
  const auto prefix = tokens(9, 4);
  const auto full = concat(prefix, tokens(6, 13));
  ASSERT_TRUE(runner->prefill(prefix).ok());
  ASSERT_TRUE(runner->copy_to_slot(1, 9).ok());
  auto snapshot = runner->snapshot_slot(1, 9);
  ASSERT_TRUE(snapshot.ok()) << snapshot.error().message();
  EXPECT_EQ((*snapshot)->rows, 9);
  int64_t expected_bytes = 0;
  for (const graph::TensorType& type : runner->cache_types()) {  // [L, 1, P, KV, D]
    const int64_t per_position = static_cast<int64_t>(type.nbytes()) / type.shape[2];
    expected_bytes += per_position * (type.shape[2] == kCapacity ? 9 : type.shape[2]);
  }
  EXPECT_EQ((*snapshot)->bytes, expected_bytes);
  auto reference = straight->prefill(full);
  ASSERT_TRUE(reference.ok());

  // Every restorable length: all 9 rows always; fewer only without rings (gemma's ring of 5 no
  // longer holds positions 0-3 after 9 tokens).
  for (int64_t rows : {int64_t{9}, int64_t{4}, int64_t{1}}) {
    const bool restorable = runner->can_restore(**snapshot, rows);
    EXPECT_EQ(restorable, rows == 9 || model().window == 0) << rows << " rows";
    if (!restorable) {
      EXPECT_FALSE(runner->restore_sequence(**snapshot, rows).ok());
      continue;
    }
    runner->reset();
    ASSERT_TRUE(runner->restore_sequence(**snapshot, rows).ok());
    EXPECT_EQ(runner->position(), rows);
    auto out = runner->prefill(std::span(full).subspan(static_cast<size_t>(rows)));
    ASSERT_TRUE(out.ok());
    expect_bitwise(*out, *reference, "restore " + std::to_string(rows) + " rows + prefill");
  }
  EXPECT_FALSE(runner->can_restore(**snapshot, 10));
  // A shorter prefix of the 9-token slot: any with full-length caches; none once a ring wrapped
  // (it holds positions 4-8, not 0-3).
  EXPECT_EQ(runner->snapshot_slot(1, 4).ok(), model().window == 0);
  EXPECT_FALSE(runner->snapshot_slot(1, 10).ok());  // more than the slot holds
  EXPECT_FALSE(runner->snapshot_slot(2, 4).ok());   // slot out of range

  // A snapshot no longer than the smallest window restores any prefix of itself.
  runner->reset();
  ASSERT_TRUE(runner->prefill(std::span(full).first(4)).ok());
  ASSERT_TRUE(runner->copy_to_slot(0, 4).ok());
  EXPECT_EQ(runner->slot_length(0), 4);
  auto short_snapshot = runner->snapshot_slot(0, 4);
  ASSERT_TRUE(short_snapshot.ok()) << short_snapshot.error().message();
  EXPECT_TRUE(runner->can_restore(**short_snapshot, 2));
  runner->reset();
  ASSERT_TRUE(runner->restore_sequence(**short_snapshot, 2).ok());
  auto out = runner->prefill(std::span(full).subspan(2));
  ASSERT_TRUE(out.ok());
  expect_bitwise(*out, *reference, "restore 2 of a 4-row snapshot + prefill");
}

/// copy_slot forks a sequence; reset_slot zero-fills; truncate keeps a prefix.
TEST_P(BackendInvariants, CacheOperations) {
  auto runner = open_runner();
  auto straight = open_runner();
  ASSERT_TRUE(runner && straight);
  ASSERT_TRUE(runner->reset_slots(2).ok());
  const auto prompt = tokens(8, 9);
  auto out = runner->prefill(prompt);
  ASSERT_TRUE(out.ok());
  ASSERT_TRUE(runner->copy_to_slot(0, 8).ok());
  ASSERT_TRUE(runner->copy_slot(0, 1, 8).ok());
  auto rows = runner->ragged(std::vector<int32_t>{out->next_token, out->next_token},
                             std::vector<int32_t>{8, 8});
  ASSERT_TRUE(rows.ok());
  expect_bitwise((*rows)[0], (*rows)[1], "forked slot");
  auto alone = straight->prefill(concat(prompt, {out->next_token}));
  ASSERT_TRUE(alone.ok());
  expect_bitwise((*rows)[1], *alone, "forked slot vs straight prefill");

  ASSERT_TRUE(runner->reset_slot(1).ok());
  auto slots = runner->download_slot_caches();
  ASSERT_TRUE(slots.ok());
  for (const Buffer& cache : *slots) {
    const auto& shape = cache.type.shape;  // [L, 2, P, KV, D]
    const size_t per_slot = cache.bytes.size() / static_cast<size_t>(shape[0] * shape[1]);
    for (int64_t l = 0; l < shape[0]; ++l) {
      const std::byte* slot1 = cache.bytes.data() + static_cast<size_t>(l * 2 + 1) * per_slot;
      const std::byte* slot0 = cache.bytes.data() + static_cast<size_t>(l * 2) * per_slot;
      EXPECT_TRUE(
          std::all_of(slot1, slot1 + per_slot, [](std::byte b) { return b == std::byte{0}; }))
          << "slot 1 of layer " << l << " was not cleared";
      EXPECT_FALSE(
          std::all_of(slot0, slot0 + per_slot, [](std::byte b) { return b == std::byte{0}; }))
          << "slot 0 of layer " << l << " was cleared too";
    }
  }
  EXPECT_FALSE(runner->reset_slot(2).ok());
  EXPECT_FALSE(runner->copy_slot(0, 5, 8).ok());

  // Truncate: keep 5 of 8 tokens and continue; rotating caches refuse once they wrapped.
  auto truncated = runner->truncate(5);
  if (model().window != 0 && 8 > model().window) {
    EXPECT_FALSE(truncated.ok());
    return;
  }
  ASSERT_TRUE(truncated.ok());
  EXPECT_EQ(runner->position(), 5);
  auto next = runner->prefill(tokens(3, 40));
  straight->reset();
  auto whole = straight->prefill(
      concat(std::vector<int32_t>(prompt.begin(), prompt.begin() + 5), tokens(3, 40)));
  ASSERT_TRUE(next.ok() && whole.ok());
  expect_bitwise(*next, *whole, "truncate(5) + prefill vs straight prefill");
  EXPECT_FALSE(runner->truncate(9).ok());
}

TEST_P(BackendInvariants, AgreesWithTheCpuBackend) {
  if (backend() == "cpu") GTEST_SKIP() << "the cpu backend is the comparison";
  auto runner = open_runner();
  auto cpu = open("cpu", model());
  ASSERT_TRUE(runner && cpu);
  const auto prompt = tokens(7, 21);
  auto a = runner->prefill(prompt);
  auto b = cpu->prefill(prompt);
  ASSERT_TRUE(a.ok() && b.ok());
  const CrossBackend rule = cross_backend(backend(), model().name);
  if (rule.bitwise) {
    expect_bitwise(*a, *b, "prefill vs cpu");
    // Decode past the smallest window (rings wrap) and past position 8 (dynamic RoPE's base
    // moves), feeding the cpu's choices to both.
    int32_t token = b->next_token;
    for (int i = 0; i < 6; ++i) {
      auto x = runner->decode(token);
      auto y = cpu->decode(token);
      ASSERT_TRUE(x.ok() && y.ok());
      expect_bitwise(*x, *y, "decode " + std::to_string(i) + " vs cpu");
      token = y->next_token;
    }
    return;
  }
  double scale = 0, error = 0;
  for (size_t i = 0; i < a->logits.size(); ++i) {
    scale = std::max(scale, static_cast<double>(std::fabs(b->logits[i])));
    error = std::max(error, static_cast<double>(std::fabs(a->logits[i] - b->logits[i])));
  }
  EXPECT_LE(error, rule.relative_tolerance * scale);
  // Greedy agreement too: the same next token.
  EXPECT_EQ(a->next_token, b->next_token);
}

std::string param_name(const ::testing::TestParamInfo<BackendInvariants::ParamType>& info) {
  return std::string(std::get<0>(info.param)) + "_" + std::get<1>(info.param).name;
}

INSTANTIATE_TEST_SUITE_P(Registry, BackendInvariants,
                         ::testing::Combine(::testing::ValuesIn(backend_names()),
                                            ::testing::ValuesIn(models())),
                         param_name);

}  // namespace
}  // namespace mlxla::runtime
