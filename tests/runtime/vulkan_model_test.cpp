// Real checkpoints on the Vulkan backend (../shared): every stories260K-mlx-* checkpoint, packed
// and dense, gives the CPU backend's logits bit for bit over a prompt and 16 greedy steps; and
// stories260K's greedy 200 tokens from BOS equal llama2.c's (expected_greedy_200.ids); a tiny
// qwen3_moe (its mlxla.moe decomposed) equals the CPU backend bit for bit. Skips without
// ../shared or without a Vulkan device; runs under the validation layer. The fast policy
// (int8 activations, subgroup reductions) on the stories260K checkpoints and a synthetic 4-bit
// llama: logits within a derived bound of the CPU's exact ones, greedy agreement printed.
// ctest-labels: e2e numerics
#include <gtest/gtest.h>

#if MLXLA_HAVE_VULKAN

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <functional>
#include <span>
#include <sstream>

#include "checkpoint/config.h"
#include "runtime/backend_registry.h"
#include "runtime/model_runner.h"
#include "runtime/vulkan/device.h"
#include "runtime/vulkan/vulkan_backend.h"
#include "support/fast_policy_bound.h"
#include "support/synthetic_model.h"
#include "support/test_support.h"

namespace mlxla::runtime {
namespace {

std::unique_ptr<ModelRunner> open_runner(std::string_view backend, const std::filesystem::path& dir,
                                         model::Residency residency, std::string* skip) {
  auto made = make_backend(backend, BackendOptions{});
  if (!made.ok()) {
    if (made.error().category() == ErrorCategory::kUnsupported) *skip = made.error().message();
    EXPECT_TRUE(!skip->empty()) << made.error().message();
    return nullptr;
  }
  RunnerOptions options;
  options.capacity = 64;
  options.prefill_chunk = 4;
  options.residency = residency;
  auto runner = ModelRunner::open(dir, std::move(*made), options);
  EXPECT_TRUE(runner.ok()) << (runner.ok() ? "" : runner.error().message());
  return runner.ok() ? std::move(*runner) : nullptr;
}

/// Prefill `prompt`, then 5 greedy decode steps, on vulkan and cpu (packed): the same ids and
/// the same logits bit for bit at every step. Returns false (the caller skips) when no Vulkan
/// device is usable, with the reason in `skip`.
bool vulkan_equals_cpu(const std::filesystem::path& model, const std::vector<int32_t>& prompt,
                       std::string* skip) {
  auto vk = open_runner("vulkan", model, model::Residency::kPacked, skip);
  if (!skip->empty()) return false;
  auto cpu = open_runner("cpu", model, model::Residency::kPacked, skip);
  EXPECT_TRUE(vk && cpu);
  if (!vk || !cpu) return true;
  auto a = vk->prefill(prompt);
  auto b = cpu->prefill(prompt);
  for (int step = 0; step < 6; ++step) {
    EXPECT_TRUE(a.ok() && b.ok());
    if (!a.ok() || !b.ok()) return true;
    EXPECT_EQ(a->next_token, b->next_token) << "step " << step;
    EXPECT_EQ(0, std::memcmp(a->logits.data(), b->logits.data(), a->logits.size() * 4))
        << "logits differ at step " << step;
    const int32_t token = b->next_token;
    a = vk->decode(token);
    b = cpu->decode(token);
  }
  return true;
}

class VulkanModelTest : public ::testing::Test {
 protected:
  void SetUp() override {
    setenv("MLXLA_VULKAN_VALIDATION", "1", 0);
    vulkan::clear_validation_messages();
  }
  void TearDown() override {
    for (const std::string& m : vulkan::validation_messages())
      ADD_FAILURE() << "Vulkan validation: " << m;
  }
};

TEST_F(VulkanModelTest, MlxCheckpointsEqualTheCpuBackendBitwise) {
  MLXLA_REQUIRE_SHARED("models/stories260K-mlx-q4-g32-f16");
  const std::filesystem::path models = testing::shared_dir() / "models";
  int checked = 0;
  for (const auto& entry : std::filesystem::directory_iterator(models)) {
    const std::string name = entry.path().filename().string();
    if (name.rfind("stories260K-mlx-", 0) != 0) continue;
    for (const auto residency : {model::Residency::kPacked, model::Residency::kDense}) {
      SCOPED_TRACE(name + (residency == model::Residency::kPacked ? " packed" : " dense"));
      std::string skip;
      auto vk = open_runner("vulkan", entry.path(), residency, &skip);
      if (!skip.empty()) GTEST_SKIP() << "no usable Vulkan device: " << skip;
      auto cpu = open_runner("cpu", entry.path(), residency, &skip);
      ASSERT_TRUE(vk && cpu);
      const std::vector<int32_t> prompt = {1, 403, 411, 201, 30, 7};
      auto a = vk->prefill(prompt);
      auto b = cpu->prefill(prompt);
      ASSERT_TRUE(a.ok() && b.ok());
      for (int step = 0; step <= 16; ++step) {
        ASSERT_EQ(a->logits.size(), b->logits.size());
        ASSERT_EQ(a->next_token, b->next_token) << "step " << step;
        ASSERT_EQ(0, std::memcmp(a->logits.data(), b->logits.data(), a->logits.size() * 4))
            << "logits differ at step " << step;
        const int32_t token = a->next_token;
        a = vk->decode(token);
        b = cpu->decode(token);
        ASSERT_TRUE(a.ok() && b.ok());
      }
      ++checked;
    }
  }
  EXPECT_GT(checked, 0);
}

/// A tiny random qwen3_moe (4 experts, top 2, 4-bit group 32) for the MoE shader tests.
testing::SyntheticModel tiny_qwen3_moe() {
  testing::SyntheticModel synth;
  synth.config_json = R"({"model_type": "qwen3_moe", "hidden_size": 64, "intermediate_size": 96,
    "moe_intermediate_size": 32, "num_attention_heads": 4, "num_key_value_heads": 2,
    "head_dim": 16, "num_hidden_layers": 2, "num_experts": 4, "num_experts_per_tok": 2,
    "norm_topk_prob": true, "decoder_sparse_step": 1, "mlp_only_layers": [],
    "vocab_size": 128, "rms_norm_eps": 1e-6, "rope_theta": 1000000.0,
    "max_position_embeddings": 256, "tie_word_embeddings": false, "torch_dtype": "bfloat16"})";
  synth.bits = 4;
  synth.group_size = 32;
  synth.seed = 3;
  return synth;
}

// A tiny random qwen3_moe: the fused mlxla.moe shaders (routing, the chosen experts' rows,
// activation, weighted sum) equal the CPU backend's fused experts kernel bit for bit.
TEST_F(VulkanModelTest, FusedMoeEqualsTheCpuBackend) {
  testing::ScratchDir dir("vulkan_moe");
  const testing::SyntheticModel synth = tiny_qwen3_moe();
  ASSERT_TRUE(testing::write_synthetic_model(dir.path() / "model", synth));
  std::string skip;
  if (!vulkan_equals_cpu(dir.path() / "model", {1, 2, 3, 9, 40}, &skip))
    GTEST_SKIP() << "no usable Vulkan device: " << skip;
}

// gpt_oss in MLX's fp modes (mxfp4, mxfp8: E2M1/E4M3 codes with E8M0 scales; nvfp4: E2M1 with
// E4M3 scales per 16; the experts too):
// attention sinks, expert biases, clamped SwiGLU and the code-table gathers of the
// decompositions (gather.comp) equal the CPU backend bit for bit, prefill and decode past the
// sliding layer's window.
TEST_F(VulkanModelTest, GptOssFpModesEqualTheCpuBackendBitwise) {
  testing::ScratchDir dir("vulkan_gpt_oss_fp");
  testing::SyntheticModel synth;
  synth.config_json = R"({"model_type": "gpt_oss", "hidden_size": 64, "intermediate_size": 32,
    "num_hidden_layers": 2, "num_attention_heads": 4, "num_key_value_heads": 2, "head_dim": 16,
    "vocab_size": 128, "rms_norm_eps": 1e-5, "max_position_embeddings": 64,
    "num_local_experts": 4, "num_experts_per_tok": 2, "sliding_window": 4,
    "layer_types": ["sliding_attention", "full_attention"], "rope_theta": 150000,
    "rope_scaling": {"rope_type": "yarn", "factor": 4.0, "original_max_position_embeddings": 8,
                     "beta_fast": 32.0, "beta_slow": 1.0, "truncate": false},
    "tie_word_embeddings": false, "torch_dtype": "bfloat16"})";
  synth.bits = 0;
  synth.seed = 7;
  ASSERT_TRUE(testing::write_synthetic_model(dir.path() / "float", synth));
  for (const char* mode : {"mxfp4", "mxfp8", "nvfp4"}) {
    SCOPED_TRACE(mode);
    const auto model = dir.path() / mode;
    const auto q = testing::run_cli({"quantize", "--in", (dir.path() / "float").string(), "--out",
                                     model.string(), "--mode", mode});
    ASSERT_EQ(q.exit_code, 0) << q.err;
    std::string skip;
    if (!vulkan_equals_cpu(model, {1, 5, 9, 13, 17}, &skip))
      GTEST_SKIP() << "no usable Vulkan device: " << skip;
  }
}

TEST_F(VulkanModelTest, Stories260KGreedyEqualsLlama2c) {
  MLXLA_REQUIRE_SHARED("models/stories260K/expected_greedy_200.ids");
  const std::filesystem::path dir = testing::shared_dir() / "models" / "stories260K";
  std::ifstream in(dir / "expected_greedy_200.ids");
  std::vector<int32_t> expected;
  for (std::string item; std::getline(in, item, ',');) expected.push_back(std::stoi(item));
  ASSERT_EQ(expected.size(), 200u);
  auto make = make_backend("vulkan", BackendOptions{});
  if (!make.ok()) GTEST_SKIP() << "no usable Vulkan device: " << make.error().message();
  RunnerOptions options;
  options.capacity = 256;
  auto runner = ModelRunner::open(dir, std::move(*make), options);
  ASSERT_TRUE(runner.ok()) << runner.error().message();
  const std::vector<int32_t> bos = {1};
  auto step = (*runner)->prefill(bos, StepLogits::kSkip);
  ASSERT_TRUE(step.ok()) << step.error().message();
  for (size_t i = 0; i < expected.size(); ++i) {
    ASSERT_EQ(step->next_token, expected[i]) << "token " << i;
    if (i + 1 < expected.size()) {
      step = (*runner)->decode(step->next_token, StepLogits::kSkip);
      ASSERT_TRUE(step.ok()) << step.error().message();
    }
  }
}

// A device memory limit below what a model needs fails where it is reached (weights, caches,
// a graph's arena, the prefill graph compiled on first use) with an out-of-memory error naming
// the limit, never a crash; a limit that fits runs.
TEST_F(VulkanModelTest, MemoryLimitIsAnErrorWhereverItIsReached) {
  testing::ScratchDir dir("vulkan_memory_limit");
  testing::SyntheticModel synth;
  synth.config_json = R"({"model_type": "llama", "hidden_size": 128, "intermediate_size": 256,
    "num_hidden_layers": 2, "num_attention_heads": 4, "num_key_value_heads": 2,
    "vocab_size": 96, "rms_norm_eps": 1e-5, "rope_theta": 10000.0, "tie_word_embeddings": true,
    "quantization": {"group_size": 64, "bits": 4}})";
  synth.dtype = "float16";
  ASSERT_TRUE(testing::write_synthetic_model(dir.path(), synth));
  int failed = 0, ran = 0;
  for (uint64_t limit_kib : {16, 64, 128, 192, 256, 4096}) {
    SCOPED_TRACE(std::to_string(limit_kib) + " KiB");
    vulkan::VulkanOptions options;
    options.memory_limit = limit_kib << 10;
    auto backend = vulkan::VulkanBackend::create(options);
    if (!backend.ok()) GTEST_SKIP() << "no usable Vulkan device: " << backend.error().message();
    RunnerOptions ro;
    ro.capacity = 32;
    ro.prefill_chunk = 4;
    auto runner = ModelRunner::open(dir.path(), std::move(*backend), ro);
    Status status = runner.ok() ? Status::Ok() : Status(runner.error());
    if (runner.ok()) {
      auto step = (*runner)->prefill(std::vector<int32_t>{1, 5, 7});
      if (step.ok()) step = (*runner)->decode(step->next_token);
      if (!step.ok()) status = step.error();
    }
    std::printf("memory limit %llu KiB: %s\n", static_cast<unsigned long long>(limit_kib),
                status.ok() ? "ran" : status.error().message().c_str());
    if (status.ok()) {
      ++ran;
    } else {
      ++failed;
      EXPECT_EQ(status.error().category(), ErrorCategory::kIo) << status.error().message();
      EXPECT_NE(status.error().message().find("memory limit"), std::string::npos)
          << status.error().message();
    }
  }
  EXPECT_GT(failed, 0);
  EXPECT_GT(ran, 0);
}

// Logits of a prefill of {1, 5, 7} then `steps` decodes on `backend` under `policy`. With `forced`
// empty each step feeds the previous argmax, appended to `fed`; otherwise the steps feed `forced`.
std::vector<std::vector<float>> policy_logits(std::string_view backend, kernels::Policy policy,
                                              const std::filesystem::path& dir, int64_t steps,
                                              const std::vector<int32_t>& forced,
                                              std::vector<int32_t>* fed, std::string* skip) {
  BackendOptions options;
  options.policy = policy;
  auto made = make_backend(backend, options);
  if (!made.ok()) {
    if (made.error().category() == ErrorCategory::kUnsupported) *skip = made.error().message();
    EXPECT_TRUE(!skip->empty()) << made.error().message();
    return {};
  }
  RunnerOptions ro;
  ro.capacity = steps + 8;
  ro.prefill_chunk = 4;
  auto runner = ModelRunner::open(dir, std::move(*made), ro);
  EXPECT_TRUE(runner.ok()) << (runner.ok() ? "" : runner.error().message());
  if (!runner.ok()) return {};
  std::vector<std::vector<float>> out;
  auto step = (*runner)->prefill(std::vector<int32_t>{1, 5, 7});
  for (int64_t i = 0; i <= steps; ++i) {
    EXPECT_TRUE(step.ok()) << (step.ok() ? "" : step.error().message());
    if (!step.ok()) return out;
    out.push_back(step->logits);
    if (i == steps) break;
    const int32_t token = forced.empty() ? step->next_token : forced[static_cast<size_t>(i)];
    if (fed != nullptr) fed->push_back(token);
    step = (*runner)->decode(token);
  }
  return out;
}

// The fast policy's bound on the logits: testing::fast_policy_relative_bound
// (tests/support/fast_policy_bound.h has the derivation).
// The Vulkan fast shaders' f32 roundings (subgroup orders, fma, the device's divide and inverse
// square root in rms_norm) are relative errors of order 1e-6 (vulkan_fast_test bounds each),
// three orders below this bound.
double fast_relative_bound(const std::filesystem::path& dir) {
  return testing::fast_policy_relative_bound(dir);
}

/// Vulkan fast against CPU exact, both fed exact's greedy tokens: within the bound at every
/// step, the same argmax where exact's top two are further apart than twice the bound. Prints
/// the figures (max error, greedy agreement, free-running match). False: no usable device.
bool check_fast_model(const std::filesystem::path& dir, int64_t steps, std::string* skip) {
  std::vector<int32_t> tokens;
  const auto exact = policy_logits("cpu", kernels::Policy::kExact, dir, steps, {}, &tokens, skip);
  const auto fast =
      policy_logits("vulkan", kernels::Policy::kFast, dir, steps, tokens, nullptr, skip);
  if (!skip->empty()) return false;
  EXPECT_EQ(exact.size(), static_cast<size_t>(steps + 1));
  EXPECT_EQ(fast.size(), exact.size());
  if (fast.size() != exact.size()) return true;
  const double relative = fast_relative_bound(dir);
  const auto argmax = [](const std::vector<float>& v) {
    return std::max_element(v.begin(), v.end()) - v.begin();
  };
  double worst = 0, worst_max = 0;
  int64_t same = 0;
  bool differs = false;
  for (size_t i = 0; i < exact.size(); ++i) {
    double max_logit = 0, err = 0;
    for (size_t j = 0; j < exact[i].size(); ++j) {
      const auto e = static_cast<double>(exact[i][j]), f = static_cast<double>(fast[i][j]);
      max_logit = std::max(max_logit, std::fabs(e));
      err = std::max(err, std::fabs(f - e));
      differs = differs || f != e;
    }
    EXPECT_LE(err, relative * max_logit) << dir << ": step " << i;
    std::vector<float> sorted = exact[i];
    std::partial_sort(sorted.begin(), sorted.begin() + 2, sorted.end(), std::greater<>());
    if (static_cast<double>(sorted[0] - sorted[1]) > 2 * relative * max_logit) {
      EXPECT_EQ(argmax(fast[i]), argmax(exact[i])) << dir << ": step " << i;
    }
    same += argmax(fast[i]) == argmax(exact[i]) ? 1 : 0;
    if (err > worst) {
      worst = err;
      worst_max = max_logit;
    }
  }
  EXPECT_TRUE(differs) << "vulkan fast equals cpu exact bit for bit: is the policy applied?";
  // Free-running: fast feeds back its own choices; how many leading tokens match exact's.
  std::vector<int32_t> free_tokens;
  policy_logits("vulkan", kernels::Policy::kFast, dir, steps, {}, &free_tokens, skip);
  int64_t match = 0;
  while (match < static_cast<int64_t>(std::min(tokens.size(), free_tokens.size())) &&
         tokens[static_cast<size_t>(match)] == free_tokens[static_cast<size_t>(match)])
    ++match;
  std::printf(
      "%s: vulkan fast vs cpu exact: max |logit error| %.4g (max |logit| %.4g at that step, "
      "relative bound %.3g), greedy agreement %.1f%% over %zu steps, free-running match %lld\n",
      dir.filename().c_str(), worst, worst_max, relative,
      100.0 * static_cast<double>(same) / static_cast<double>(exact.size()), exact.size(),
      static_cast<long long>(match));
  return true;
}

// cpu_policy_test's synthetic llama: hidden 128, 2 layers, 4-bit group 64.
void write_fast_llama(const std::filesystem::path& dir) {
  testing::SyntheticModel synth;
  synth.config_json = R"({"model_type": "llama", "hidden_size": 128, "intermediate_size": 256,
    "num_hidden_layers": 2, "num_attention_heads": 4, "num_key_value_heads": 2,
    "vocab_size": 96, "rms_norm_eps": 1e-5, "rope_theta": 10000.0, "tie_word_embeddings": true,
    "quantization": {"group_size": 64, "bits": 4}})";
  synth.dtype = "float16";
  synth.seed = 99;
  ASSERT_TRUE(testing::write_synthetic_model(dir, synth));
}

// Unlike the CPU's fast policy (one order for m == 1, another for m > 1), the Vulkan fast shaders
// compute a row the same way whatever the other rows of the call: a prompt prefilled in chunks of
// 4 ends with the logits of the same prompt fed token by token, bit for bit.
/// A runner of `dir` on a new Vulkan backend (capacity 32, prefill chunk 4) and the backend's
/// device, whose submissions the tests count; a null runner (with `skip` set) when no Vulkan
/// device is usable.
std::unique_ptr<ModelRunner> open_counted_runner(const std::filesystem::path& dir,
                                                 const vulkan::VulkanOptions& options,
                                                 std::shared_ptr<vulkan::Device>* device,
                                                 std::string* skip) {
  auto backend = vulkan::VulkanBackend::create(options);
  if (!backend.ok()) {
    *skip = "no usable Vulkan device: " + backend.error().message();
    return nullptr;
  }
  *device = (*backend)->device();
  RunnerOptions ro;
  ro.capacity = 32;
  ro.prefill_chunk = 4;
  auto runner = ModelRunner::open(dir, std::move(*backend), ro);
  EXPECT_TRUE(runner.ok()) << runner.error().message();
  return runner.ok() ? std::move(*runner) : nullptr;
}

/// Two runners of the model in `dir` on Vulkan under the fast policy (capacity 32, prefill chunk
/// 4). False, with the reason in `skip`, when no Vulkan device is usable; a runner that does not
/// open fails the test and stays null.
bool open_fast_runners(const std::filesystem::path& dir, std::unique_ptr<ModelRunner> (&runners)[2],
                       std::string* skip) {
  vulkan::VulkanOptions options;
  options.policy = kernels::Policy::kFast;
  for (auto& runner : runners) {
    std::shared_ptr<vulkan::Device> device;
    runner = open_counted_runner(dir, options, &device, skip);
    if (!skip->empty()) return false;
  }
  return true;
}

TEST_F(VulkanModelTest, FastPolicyRowsDoNotDependOnTheChunking) {
  testing::ScratchDir dir("vulkan_fast_chunks");
  write_fast_llama(dir.path());
  std::unique_ptr<ModelRunner> runners[2];
  std::string skip;
  if (!open_fast_runners(dir.path(), runners, &skip)) GTEST_SKIP() << skip;
  ASSERT_TRUE(runners[0] && runners[1]);
  const std::vector<int32_t> prompt = {1, 5, 7, 9, 11, 13, 2};
  auto chunked = runners[0]->prefill(prompt);
  ASSERT_TRUE(chunked.ok()) << chunked.error().message();
  auto single = runners[1]->prefill(std::vector<int32_t>{prompt[0]});
  for (size_t i = 1; i < prompt.size(); ++i) {
    ASSERT_TRUE(single.ok()) << single.error().message();
    single = runners[1]->decode(prompt[i]);
  }
  ASSERT_TRUE(single.ok()) << single.error().message();
  EXPECT_EQ(chunked->next_token, single->next_token);
  ASSERT_EQ(chunked->logits.size(), single->logits.size());
  EXPECT_EQ(0,
            std::memcmp(chunked->logits.data(), single->logits.data(), chunked->logits.size() * 4));
}

// A token is one queue submission: its uploads (token id, position), its step, and the read of
// its argmax (greedy) or its choice on the device (sampling: sample_select, or sample_argmax for a
// greedy choice with edits) go to the queue together. A prefill of several chunks is one
// submission per chunk. The choices equal sample_row over the downloaded logits.
TEST_F(VulkanModelTest, EveryTokenIsOneSubmission) {
  testing::ScratchDir dir("vulkan_one_submit");
  write_fast_llama(dir.path());
  std::shared_ptr<vulkan::Device> device;
  std::string skip;
  auto runner = open_counted_runner(dir.path(), vulkan::VulkanOptions{}, &device, &skip);
  if (!skip.empty()) GTEST_SKIP() << skip;
  ASSERT_TRUE(runner);
  ASSERT_TRUE(runner->compile(model::GraphKind::kPrefill).ok());
  ASSERT_TRUE(runner->compile(model::GraphKind::kDecode).ok());
  ASSERT_TRUE(device->wait().ok());

  // 11 tokens: chunks of 4, 4 and a tail through the 8-token graph (compiled on first use).
  const std::vector<int32_t> prompt = {1, 5, 7, 9, 11, 13, 2, 4, 6, 8, 10};
  auto prefill = runner->prefill(prompt, StepLogits::kSkip);
  ASSERT_TRUE(prefill.ok()) << prefill.error().message();
  int64_t before = device->submits();
  prefill = runner->prefill(std::vector<int32_t>{3, 12, 14, 15}, StepLogits::kSkip);
  ASSERT_TRUE(prefill.ok()) << prefill.error().message();
  EXPECT_EQ(device->submits() - before, 1) << "a one-chunk prefill";
  runner->reset();
  ASSERT_TRUE(device->wait().ok());
  before = device->submits();
  prefill = runner->prefill(std::span(prompt).first(8), StepLogits::kSkip);
  ASSERT_TRUE(prefill.ok()) << prefill.error().message();
  EXPECT_EQ(device->submits() - before, 2) << "a two-chunk prefill";

  int32_t token = prefill->next_token;
  SampleSpec sampled;
  sampled.temperature = 0.8f;
  sampled.top_p = 0.95f;
  sampled.edits = {{LogitEdit::Kind::kRepetition, 5, 1.3f}, {LogitEdit::Kind::kAdd, 7, 2.0f}};
  SampleSpec edited;  // greedy with edits: sample_argmax
  edited.edits = {{LogitEdit::Kind::kAdd, 9, 4.0f}};
  Rng rng(7);
  sampled.rng = rng.state();
  for (int step = 0; step < 6; ++step) {
    SCOPED_TRACE("step " + std::to_string(step));
    before = device->submits();
    if (step % 3 == 0) {
      auto out = runner->decode(token, StepLogits::kSkip);
      ASSERT_TRUE(out.ok()) << out.error().message();
      EXPECT_EQ(device->submits() - before, 1) << "greedy";
      token = out->next_token;
      continue;
    }
    const SampleSpec& spec = step % 3 == 1 ? sampled : edited;
    auto out = runner->decode(token, StepLogits::kNone);
    ASSERT_TRUE(out.ok()) << out.error().message();
    EXPECT_EQ(out->next_token, -1);
    auto chosen = runner->sample(0, spec);
    ASSERT_TRUE(chosen.ok()) << chosen.error().message();
    EXPECT_EQ(device->submits() - before, 1) << (step % 3 == 1 ? "sampled" : "edited greedy");
    // The same choice from the downloaded row.
    auto logits = runner->step_logits(0);
    ASSERT_TRUE(logits.ok()) << logits.error().message();
    std::vector<float> scratch;
    const SampleResult host = sample_row(*logits, spec, scratch);
    EXPECT_EQ(chosen->token, host.token);
    EXPECT_EQ(chosen->rng, host.rng);
    sampled.rng = chosen->rng;
    token = chosen->token;
  }
}

// A lost device (driver reset, GPU hang, removal: VK_ERROR_DEVICE_LOST, injected here at the
// n-th queue submission, whether that is an upload at open, a prefill or a decode) is an error
// naming the loss, never a crash; every later call on that runner fails the same way, and the
// runner closes cleanly. With no loss the same run completes.
TEST_F(VulkanModelTest, DeviceLostIsAnErrorWhereverItIsReached) {
  testing::ScratchDir dir("vulkan_device_lost");
  write_fast_llama(dir.path());
  // Where the submissions fall: those of the open (uploads), the prefill, and each decode.
  std::vector<int64_t> marks;
  {
    std::shared_ptr<vulkan::Device> device;
    std::string skip;
    auto runner = open_counted_runner(dir.path(), vulkan::VulkanOptions{}, &device, &skip);
    if (!skip.empty()) GTEST_SKIP() << skip;
    ASSERT_TRUE(runner);
    marks.push_back(device->submits());
    auto step = runner->prefill(std::vector<int32_t>{1, 5, 7});
    ASSERT_TRUE(step.ok()) << step.error().message();
    marks.push_back(device->submits());
    for (int i = 0; i < 3; ++i) {
      step = runner->decode(step->next_token);
      ASSERT_TRUE(step.ok()) << step.error().message();
      marks.push_back(device->submits());
    }
  }
  ASSERT_GE(marks[0], 1);
  ASSERT_GT(marks[1], marks[0]);
  ASSERT_GT(marks.back(), marks[1]);
  // The first, a middle and the last submission of the open; the prefill's first; each decode's
  // first and the last decode's last; and no loss at all.
  const std::vector<int64_t> losses = {0,        marks[0] / 2, marks[0] - 1,     marks[0], marks[1],
                                       marks[2], marks[3],     marks.back() - 1, -1};
  int failed = 0, ran = 0;
  for (int64_t after : losses) {
    SCOPED_TRACE("lost after " + std::to_string(after) + " submits");
    vulkan::VulkanOptions options;
    options.lose_device_after_submits = after;
    auto backend = vulkan::VulkanBackend::create(options);
    if (!backend.ok()) GTEST_SKIP() << "no usable Vulkan device: " << backend.error().message();
    RunnerOptions ro;
    ro.capacity = 32;
    ro.prefill_chunk = 4;
    auto runner = ModelRunner::open(dir.path(), std::move(*backend), ro);
    Status status = runner.ok() ? Status::Ok() : Status(runner.error());
    if (runner.ok()) {
      auto step = (*runner)->prefill(std::vector<int32_t>{1, 5, 7});
      for (int i = 0; i < 3 && step.ok(); ++i) step = (*runner)->decode(step->next_token);
      if (!step.ok()) {
        status = step.error();
        auto again = (*runner)->decode(1);
        EXPECT_FALSE(again.ok()) << "a lost device ran another step";
        if (!again.ok()) {
          EXPECT_NE(again.error().message().find("lost"), std::string::npos)
              << again.error().message();
        }
      }
    }
    std::printf("device lost after %lld submits: %s\n", static_cast<long long>(after),
                status.ok() ? "ran" : status.error().message().c_str());
    if (status.ok()) {
      ++ran;
      EXPECT_LT(after, 0) << "the injected loss was never reached";
      continue;
    }
    ++failed;
    EXPECT_EQ(status.error().category(), ErrorCategory::kIo) << status.error().message();
    EXPECT_NE(status.error().message().find("device was lost"), std::string::npos)
        << status.error().message();
  }
  EXPECT_EQ(failed, static_cast<int>(losses.size()) - 1);
  EXPECT_EQ(ran, 1);
}

// A submission that fails without losing the device (out of memory, injected at the first
// decode's submission) drops its batch, the token's uploads and step included: the step or its
// choice is an error naming it, and every later call fails saying the work was dropped (a later
// step would run on a cache missing a row), until the model is reopened.
TEST_F(VulkanModelTest, ADroppedSubmissionFailsEveryLaterCall) {
  testing::ScratchDir dir("vulkan_dropped");
  write_fast_llama(dir.path());
  const std::vector<int32_t> prompt = {1, 5, 7};
  int64_t at = 0;
  {
    std::shared_ptr<vulkan::Device> device;
    std::string skip;
    auto runner = open_counted_runner(dir.path(), vulkan::VulkanOptions{}, &device, &skip);
    if (!skip.empty()) GTEST_SKIP() << skip;
    ASSERT_TRUE(runner);
    ASSERT_TRUE(runner->prefill(prompt).ok());
    at = device->submits();
  }
  vulkan::VulkanOptions options;
  options.lose_device_after_submits = at;
  options.inject_out_of_memory = true;
  std::shared_ptr<vulkan::Device> device;
  std::string skip;
  auto runner = open_counted_runner(dir.path(), options, &device, &skip);
  ASSERT_TRUE(runner);
  auto step = runner->prefill(prompt);
  ASSERT_TRUE(step.ok()) << step.error().message();
  SampleSpec spec;
  spec.temperature = 0.8f;
  auto out = runner->decode(step->next_token, StepLogits::kNone);
  Status failed = out.ok() ? Status::Ok() : Status(out.error());
  if (out.ok()) {
    auto chosen = runner->sample(0, spec);
    ASSERT_FALSE(chosen.ok()) << "the injected failure was not reached";
    failed = chosen.error();
  }
  ASSERT_FALSE(failed.ok());
  EXPECT_NE(failed.error().message().find("out of memory"), std::string::npos)
      << failed.error().message();
  for (int i = 0; i < 2; ++i) {
    auto again = runner->decode(1);
    ASSERT_FALSE(again.ok()) << "a step ran on top of a dropped one";
    EXPECT_NE(again.error().message().find("dropped earlier"), std::string::npos)
        << again.error().message();
  }
}

// Under the Vulkan fast policy a row never depends on the other rows of its call, so streams of
// different lengths decoded together in ragged steps give every stream exactly the logits it
// gets decoded alone (what `mlxla serve` relies on when it batches and reuses prompt rows).
TEST_F(VulkanModelTest, FastPolicyRaggedStreamsEqualSoloRuns) {
  testing::ScratchDir dir("vulkan_fast_ragged");
  write_fast_llama(dir.path());
  std::unique_ptr<ModelRunner> runners[2];
  std::string skip;
  if (!open_fast_runners(dir.path(), runners, &skip)) GTEST_SKIP() << skip;
  ASSERT_TRUE(runners[0] && runners[1]);
  ModelRunner& batch = *runners[0];
  ModelRunner& alone = *runners[1];
  constexpr int64_t kStreams = 5;
  constexpr int kSteps = 3;
  ASSERT_TRUE(batch.reset_slots(kStreams).ok());
  const std::vector<int32_t> ids = {1, 5, 7, 9, 11, 13, 2, 4, 6, 8, 10, 12};
  std::vector<int32_t> next(kStreams), positions(kStreams);
  std::vector<std::vector<StepOutput>> solo(kStreams);
  for (int64_t s = 0; s < kStreams; ++s) {
    const auto prompt =
        std::span<const int32_t>(ids).subspan(static_cast<size_t>(s), static_cast<size_t>(2 + s));
    batch.reset();
    auto out = batch.prefill(prompt);
    ASSERT_TRUE(out.ok()) << out.error().message();
    ASSERT_TRUE(batch.copy_to_slot(s, static_cast<int64_t>(prompt.size())).ok());
    next[static_cast<size_t>(s)] = out->next_token;
    positions[static_cast<size_t>(s)] = static_cast<int32_t>(prompt.size());
    alone.reset();
    ASSERT_TRUE(alone.prefill(prompt).ok());
    int32_t token = out->next_token;
    for (int step = 0; step < kSteps; ++step) {
      auto one = alone.decode(token);
      ASSERT_TRUE(one.ok()) << one.error().message();
      token = one->next_token;
      solo[static_cast<size_t>(s)].push_back(std::move(*one));
    }
  }
  for (int step = 0; step < kSteps; ++step) {
    auto rows = batch.ragged(next, positions);
    ASSERT_TRUE(rows.ok()) << rows.error().message();
    for (size_t s = 0; s < static_cast<size_t>(kStreams); ++s) {
      const StepOutput& got = (*rows)[s];
      const StepOutput& want = solo[s][static_cast<size_t>(step)];
      EXPECT_EQ(got.next_token, want.next_token) << "stream " << s << " step " << step;
      ASSERT_EQ(got.logits.size(), want.logits.size());
      EXPECT_EQ(0, std::memcmp(got.logits.data(), want.logits.data(), got.logits.size() * 4))
          << "stream " << s << " step " << step;
      next[s] = got.next_token;
      ++positions[s];
    }
  }
}

// qwen3_moe's affine experts run qdot_fast too (the tokens quantized once for gate and up, the
// activated rows for down, the chosen experts' rows). The linear bound above does not hold for a
// router: top-k is discontinuous, and the int8 rounding of the router's input can swap two
// experts whose logits are close (measured here: cpu fast and vulkan fast both reach 0.437 of
// cpu exact at step 15, 2.5x the linear bound, by the same swap). So vulkan fast is held to the
// CPU's fast policy, which quantizes the activations identically (the same d and codes): per
// projection the two differ only by f32 roundings, at most twice gamma(2G + L + gs + 3) (S + Bx)
// (vulkan_fast_test's derivation; about 3e-6 of S + Bx here, S + Bx at most ~10 |y| for these
// random weights), the fast rms_norm by ~1e-6 relative; over 2 layers x 4 projections and the
// lm_head that is below 1e-3 of max |logit| with an order of magnitude to spare (measured: 2.5e-6
// absolute). A router whose top-k margin is below those roundings may still choose differently
// in the two (measured: once in 17 steps, in the last layer, 0.016): at most 2 such steps pass.
// Both fast policies' distance from cpu exact and the greedy agreement are printed.
// Returns false (the caller skips) when no Vulkan device is usable.
bool check_fast_moe(const char* name, const testing::SyntheticModel& synth, std::string* skip_out) {
  testing::ScratchDir dir("vulkan_fast_moe");
  EXPECT_TRUE(testing::write_synthetic_model(dir.path(), synth));
  const int64_t steps = 16;
  std::string& skip = *skip_out;
  std::vector<int32_t> tokens;
  const auto exact =
      policy_logits("cpu", kernels::Policy::kExact, dir.path(), steps, {}, &tokens, &skip);
  const auto cpu_fast =
      policy_logits("cpu", kernels::Policy::kFast, dir.path(), steps, tokens, nullptr, &skip);
  const auto vk_fast =
      policy_logits("vulkan", kernels::Policy::kFast, dir.path(), steps, tokens, nullptr, &skip);
  if (!skip.empty()) return false;
  EXPECT_EQ(exact.size(), static_cast<size_t>(steps + 1));
  EXPECT_EQ(cpu_fast.size(), exact.size());
  EXPECT_EQ(vk_fast.size(), exact.size());
  if (exact.size() != static_cast<size_t>(steps + 1) || cpu_fast.size() != exact.size() ||
      vk_fast.size() != exact.size())
    return true;
  double vk_vs_cpu_fast = 0, vk_vs_exact = 0, cpu_fast_vs_exact = 0;
  int64_t same = 0, swaps = 0;
  bool differs = false;
  for (size_t i = 0; i < exact.size(); ++i) {
    double max_logit = 0, err = 0;
    for (size_t j = 0; j < exact[i].size(); ++j) {
      const auto e = static_cast<double>(exact[i][j]), c = static_cast<double>(cpu_fast[i][j]),
                 v = static_cast<double>(vk_fast[i][j]);
      max_logit = std::max(max_logit, std::fabs(e));
      err = std::max(err, std::fabs(v - c));
      vk_vs_exact = std::max(vk_vs_exact, std::fabs(v - e));
      cpu_fast_vs_exact = std::max(cpu_fast_vs_exact, std::fabs(c - e));
      differs = differs || v != e;
    }
    if (err > 1e-3 * max_logit) ++swaps;  // a router near-tie decided differently
    vk_vs_cpu_fast = std::max(vk_vs_cpu_fast, err);
    const auto argmax = [](const std::vector<float>& r) {
      return std::max_element(r.begin(), r.end()) - r.begin();
    };
    same += argmax(vk_fast[i]) == argmax(exact[i]) ? 1 : 0;
  }
  EXPECT_TRUE(differs) << "vulkan fast equals cpu exact bit for bit: is the policy applied?";
  EXPECT_LE(swaps, 2) << "steps beyond 1e-3 of max |logit| from cpu fast";
  std::printf(
      "%s: vulkan fast vs cpu fast max |logit diff| %.3g (%lld steps beyond 1e-3 relative); "
      "vs cpu exact %.4g (cpu fast vs cpu exact %.4g); greedy agreement with exact %.1f%% over %zu "
      "steps\n",
      name, vk_vs_cpu_fast, static_cast<long long>(swaps), vk_vs_exact, cpu_fast_vs_exact,
      100.0 * static_cast<double>(same) / static_cast<double>(exact.size()), exact.size());
  return true;
}

TEST_F(VulkanModelTest, FastPolicyMoeMatchesTheCpuFastPolicy) {
  testing::SyntheticModel synth = tiny_qwen3_moe();
  std::string skip;
  if (!check_fast_moe("qwen3_moe", synth, &skip))
    GTEST_SKIP() << "no usable Vulkan device: " << skip;
  // gpt_oss with affine 4-bit experts: expert biases and the clamped SwiGLU under fast.
  synth.config_json = R"({"model_type": "gpt_oss", "hidden_size": 64, "intermediate_size": 32,
    "num_hidden_layers": 2, "num_attention_heads": 4, "num_key_value_heads": 2, "head_dim": 16,
    "vocab_size": 128, "rms_norm_eps": 1e-5, "max_position_embeddings": 64,
    "num_local_experts": 4, "num_experts_per_tok": 2, "sliding_window": 4,
    "layer_types": ["sliding_attention", "full_attention"], "rope_theta": 150000,
    "tie_word_embeddings": false, "torch_dtype": "bfloat16"})";
  synth.seed = 7;
  check_fast_moe("gpt_oss affine", synth, &skip);
}

TEST_F(VulkanModelTest, FastPolicyWithinTheDerivedBoundOfCpuExact) {
  testing::ScratchDir dir("vulkan_fast_model");
  write_fast_llama(dir.path());
  std::string skip;
  if (!check_fast_model(dir.path(), 24, &skip)) GTEST_SKIP() << "no usable Vulkan device: " << skip;
  const std::filesystem::path models = testing::shared_dir() / "models";
  if (testing::shared_dir().empty() || !std::filesystem::exists(models)) return;  // synthetic only
  for (const char* name :
       {"stories260K-mlx-q4-g32-f16", "stories260K-mlx-q4-g64-f16", "stories260K-mlx-q4-g32-f32",
        "stories260K-mlx-q3-g32-f16", "stories260K-mlx-q6-g32-f16", "stories260K-mlx-q8-g32-f16"})
    check_fast_model(models / name, 32, &skip);
}

}  // namespace
}  // namespace mlxla::runtime

#else  // built with MLXLA_VULKAN=OFF

TEST(VulkanModelTest, NotBuilt) {
  GTEST_SKIP() << "mlxla was configured with MLXLA_VULKAN=OFF (no libvulkan-dev/glslc)";
}

#endif
