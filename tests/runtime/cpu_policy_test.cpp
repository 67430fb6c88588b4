// Policy::kFast in the CPU runtime: logits independent of the thread count and of the split
// (bitwise, the fast kernels' own contract), different from kExact but within a bound derived
// from the activation rounding (fast_relative_bound), the same argmax where exact's margin
// exceeds it; the agreement figures (max logit error, greedy agreement) on the shared
// stories260K checkpoints and on a synthetic 4-bit Llama written here are printed
// (docs/BENCHMARKS.md quotes them).
// ctest-labels: numerics
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <functional>

#include "checkpoint/config.h"
#include "runtime/bench_model.h"
#include "runtime/cpu/cpu_backend.h"
#include "runtime/model_runner.h"
#include "support/fast_policy_bound.h"
#include "support/synthetic_model.h"
#include "support/test_support.h"

namespace mlxla::runtime {
namespace {

// hidden 128, 2 layers, 4 heads of 32, 2 kv heads, intermediate 256, vocab 96; 4-bit, group 64.
constexpr const char* kConfig =
    R"({"model_type": "llama", "hidden_size": 128, "intermediate_size": 256,
  "num_hidden_layers": 2, "num_attention_heads": 4, "num_key_value_heads": 2, "vocab_size": 96,
  "rms_norm_eps": 1e-5, "rope_theta": 10000.0, "tie_word_embeddings": true,
  "quantization": {"group_size": 64, "bits": 4}})";

void write_synthetic(const std::filesystem::path& dir) {
  ASSERT_TRUE(mlxla::testing::write_synthetic_model(
      dir, {.config_json = kConfig, .dtype = "float16", .seed = 99}));
}

// Logits of a prefill of {1, 5, 7} then `steps` decodes. With `forced` empty each step feeds the
// previous argmax and the fed tokens are appended to `fed`; otherwise the steps feed `forced`.
std::vector<std::vector<float>> policy_logits(const std::filesystem::path& dir,
                                              kernels::Policy policy, int threads,
                                              int64_t min_bytes, int64_t steps,
                                              const std::vector<int32_t>& forced = {},
                                              std::vector<int32_t>* fed = nullptr) {
  cpu::CpuOptions options;
  options.threads = threads;
  options.parallel_min_bytes = min_bytes;
  options.policy = policy;
  auto backend = cpu::CpuBackend::create(options);
  EXPECT_TRUE(backend.ok());
  RunnerOptions ro;
  ro.capacity = steps + 8;
  ro.prefill_chunk = 4;
  auto runner = ModelRunner::open(dir, std::move(*backend), ro);
  EXPECT_TRUE(runner.ok()) << (runner.ok() ? "" : runner.error().message());
  if (!runner.ok()) return {};
  std::vector<std::vector<float>> out;
  auto first = (*runner)->prefill(std::vector<int32_t>{1, 5, 7});  // the prefill (m > 1) order too
  EXPECT_TRUE(first.ok());
  if (!first.ok()) return {};
  out.push_back(first->logits);
  int32_t token = first->next_token;
  for (int64_t i = 0; i < steps; ++i) {
    if (!forced.empty()) token = forced[static_cast<size_t>(i)];
    if (fed != nullptr) fed->push_back(token);
    auto step = (*runner)->decode(token);
    EXPECT_TRUE(step.ok());
    if (!step.ok()) return out;
    out.push_back(step->logits);
    token = step->next_token;
  }
  return out;
}

// The fast policy's bound on the logits: testing::fast_policy_relative_bound
// (tests/support/fast_policy_bound.h has the derivation).
double fast_relative_bound(const std::filesystem::path& dir) {
  return testing::fast_policy_relative_bound(dir);
}

void check_model(const std::filesystem::path& dir, int64_t steps) {
  // The same bits for 1, 2 and 3 threads, every op split (parallel_min_bytes 0) or not.
  const auto reference = policy_logits(dir, kernels::Policy::kFast, 1, 256 << 10, steps);
  ASSERT_EQ(reference.size(), static_cast<size_t>(steps + 1));
  for (int threads : {2, 3}) {
    const auto other = policy_logits(dir, kernels::Policy::kFast, threads, 0, steps);
    ASSERT_EQ(other.size(), reference.size());
    for (size_t i = 0; i < reference.size(); ++i) {
      EXPECT_EQ(std::memcmp(other[i].data(), reference[i].data(), reference[i].size() * 4), 0)
          << dir << ": step " << i << ", " << threads << " threads";
    }
  }
  // Fast against exact, both fed exact's greedy tokens: within the derived bound at every
  // step, and the same argmax wherever exact's top two are further apart than twice the bound.
  std::vector<int32_t> tokens;
  const auto exact = policy_logits(dir, kernels::Policy::kExact, 2, 256 << 10, steps, {}, &tokens);
  const auto fast = policy_logits(dir, kernels::Policy::kFast, 2, 256 << 10, steps, tokens);
  ASSERT_EQ(exact.size(), fast.size());
  const double relative = fast_relative_bound(dir);
  double worst = 0, worst_bound = 0;
  bool differs = false;
  for (size_t i = 0; i < exact.size(); ++i) {
    double max_logit = 0, err = 0;
    for (size_t j = 0; j < exact[i].size(); ++j) {
      max_logit = std::max(max_logit, std::fabs(static_cast<double>(exact[i][j])));
      err = std::max(err, std::fabs(static_cast<double>(fast[i][j]) - exact[i][j]));
      differs = differs || fast[i][j] != exact[i][j];
    }
    const double bound = relative * max_logit;
    EXPECT_LE(err, bound) << dir << ": step " << i;
    std::vector<float> sorted = exact[i];
    std::partial_sort(sorted.begin(), sorted.begin() + 2, sorted.end(), std::greater<>());
    const auto argmax = [](const std::vector<float>& v) {
      return std::max_element(v.begin(), v.end()) - v.begin();
    };
    if (sorted[0] - sorted[1] > 2 * bound) {
      EXPECT_EQ(argmax(fast[i]), argmax(exact[i])) << dir << ": step " << i;
    }
    if (err > worst) {
      worst = err;
      worst_bound = bound;
    }
  }
  EXPECT_TRUE(differs) << "fast equals exact bit for bit: is the policy applied?";

  BackendOptions options;
  options.threads = 2;
  RunnerOptions ro;
  ro.capacity = steps + 1;
  auto agreement = compare_policies(dir, ro, options, steps);
  ASSERT_TRUE(agreement.ok()) << agreement.error().message();
  EXPECT_EQ(agreement->steps, steps);
  EXPECT_GT(agreement->max_abs_logit_error, 0.0);
  EXPECT_LE(agreement->max_abs_logit_error, relative * agreement->max_abs_logit);
  std::printf(
      "%s: max |logit error| %.4g (bound at that step %.4g; relative bound %.3g); "
      "compare_policies: %.4g of max |logit| %.4g, greedy agreement %.1f%% over %lld steps, "
      "free-running match %lld\n",
      dir.filename().c_str(), worst, worst_bound, relative, agreement->max_abs_logit_error,
      agreement->max_abs_logit, 100.0 * agreement->greedy_agreement, static_cast<long long>(steps),
      static_cast<long long>(agreement->free_running_match));
}

TEST(CpuPolicy, SyntheticModel) {
  mlxla::testing::ScratchDir dir("cpu_policy_model");
  write_synthetic(dir.path());
  check_model(dir.path(), 24);
}

TEST(CpuPolicy, SharedStoriesCheckpoints) {
  MLXLA_REQUIRE_SHARED("models/stories260K-mlx-q4-g32-f16");
  for (const char* name :
       {"stories260K-mlx-q4-g32-f16", "stories260K-mlx-q4-g64-f16", "stories260K-mlx-q4-g32-f32",
        "stories260K-mlx-q3-g32-f16", "stories260K-mlx-q6-g32-f16", "stories260K-mlx-q8-g32-f16"}) {
    check_model(mlxla::testing::shared_dir() / "models" / name,
                mlxla::testing::unless_sanitized<int64_t>(64, 16));
  }
}

}  // namespace
}  // namespace mlxla::runtime
