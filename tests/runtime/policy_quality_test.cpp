// Policy fast against exact on every trained checkpoint we have (issue 13, point 2: what a user
// gives up when fast is the default). (a) Every ../shared/models/stories260K* checkpoint,
// teacher-forced along llama2.c's 200 greedy ids from BOS: perplexity per policy, max |logit
// error|, greedy agreement, the identical free-running greedy prefix, and exact's greedy against
// llama2.c's. (b) The committed models/demo-q4 on its 30 held-out items
// (tools/demo-model/quality_subset.jsonl): answer perplexity and accuracy per policy.
// Every assertion follows from the fast policy's error bound (docs/KERNELS.md "Policy fast",
// carried to the logits in per_logit_bound below); none is fitted to the figures. The tables are
// printed for docs/QUALITY.md ("Policy fast vs exact").
// ctest-labels: numerics
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "checkpoint/config.h"
#include "runtime/cpu/cpu_backend.h"
#include "runtime/model_runner.h"
#include "support/fast_policy_bound.h"
#include "support/quality_subset.h"
#include "support/test_support.h"

namespace mlxla::runtime {
namespace {

namespace fs = std::filesystem;
using kernels::Policy;

// The fast policy's bound on the logits: testing::fast_policy_relative_bound
// (tests/support/fast_policy_bound.h has the derivation).
double relative_bound(const std::filesystem::path& dir) {
  return testing::fast_policy_relative_bound(dir);
}

std::unique_ptr<ModelRunner> open_runner(const fs::path& dir, Policy policy, int64_t capacity) {
  cpu::CpuOptions options;
  options.threads = 2;
  options.policy = policy;
  auto backend = cpu::CpuBackend::create(options);
  EXPECT_TRUE(backend.ok());
  if (!backend.ok()) return nullptr;
  RunnerOptions ro;  // the CLI's defaults: packed weights, f32 precision, f16 KV cache
  ro.capacity = capacity;
  auto runner = ModelRunner::open(dir, std::move(*backend), ro);
  EXPECT_TRUE(runner.ok()) << dir << ": " << (runner.ok() ? "" : runner.error().message());
  return runner.ok() ? std::move(*runner) : nullptr;
}

int64_t argmax(const std::vector<float>& v) {
  return std::max_element(v.begin(), v.end()) - v.begin();
}

/// -log softmax(logits)[target], in double.
double nll(const std::vector<float>& logits, int32_t target) {
  const double top = *std::max_element(logits.begin(), logits.end());
  double sum = 0;
  for (float z : logits) sum += std::exp(static_cast<double>(z) - top);
  return top + std::log(sum) - static_cast<double>(logits[static_cast<size_t>(target)]);
}

/// Exact's top-1 minus top-2 logit.
double margin(const std::vector<float>& logits) {
  std::vector<float> top(2);
  std::partial_sort_copy(logits.begin(), logits.end(), top.begin(), top.end(), std::greater<>());
  return static_cast<double>(top[0]) - static_cast<double>(top[1]);
}

double max_abs(const std::vector<float>& v) {
  double m = 0;
  for (float x : v) m = std::max(m, std::fabs(static_cast<double>(x)));
  return m;
}

double max_abs_diff(const std::vector<float>& a, const std::vector<float>& b) {
  double m = 0;
  for (size_t j = 0; j < a.size(); ++j)
    m = std::max(m, std::fabs(static_cast<double>(a[j]) - static_cast<double>(b[j])));
  return m;
}

/// One policy's figures against the other's, over a sequence of steps both were fed alike.
struct Comparison {
  int64_t steps = 0;
  double nll_exact = 0, nll_fast = 0;   ///< sums over the steps
  double max_error = 0;                 ///< max |logit fast - logit exact| over every step
  double max_bound = 0;                 ///< the largest per-step bound B
  double sum_error = 0, sum_bound = 0;  ///< sums of the per-step max error and bound
  int64_t agree = 0;                    ///< steps whose argmax is the same
  int64_t within_2b = 0;  ///< steps whose exact margin is <= 2B (the argmax may move there)
};

/// Adds one step (exact's and fast's logits after the same inputs, `target` the next token) to
/// `c`, checking the logit bound and the argmax where exact's margin exceeds twice it. Returns
/// whether the step is "at risk" (margin <= 2B).
bool add_step(Comparison& c, const std::vector<float>& exact, const std::vector<float>& fast,
              int32_t target, double relative, const std::string& what) {
  EXPECT_EQ(exact.size(), fast.size()) << what;
  const double bound = relative * max_abs(exact);
  const double err = max_abs_diff(exact, fast);
  EXPECT_LE(err, bound) << what << ": max |logit error| above the derived bound";
  const bool same = argmax(exact) == argmax(fast);
  const bool at_risk = margin(exact) <= 2 * bound;
  if (!at_risk) {
    EXPECT_TRUE(same) << what << ": argmax moved although exact's margin > 2B";
  }
  c.steps += 1;
  c.nll_exact += nll(exact, target);
  c.nll_fast += nll(fast, target);
  c.max_error = std::max(c.max_error, err);
  c.max_bound = std::max(c.max_bound, bound);
  c.sum_error += err;
  c.sum_bound += bound;
  c.agree += same;
  c.within_2b += at_risk;
  return at_risk;
}

// Perplexity: logsumexp is 1-Lipschitz in the max norm and the target's logit moves by at most
// the step's max error e_t, so |NLL_fast - NLL_exact| <= 2 e_t per step and
//   |ln(ppl_fast / ppl_exact)| <= 2 mean_t(e_t) <= 2 mean_t(B_t).
// The first inequality holds for any two logit vectors (it fails only if the two runs were not
// fed the same tokens); the second is the derived bound, the stated limit on the ratio.
void check_perplexity(const Comparison& c, const std::string& what) {
  ASSERT_GT(c.steps, 0);
  const double log_ratio = std::fabs(c.nll_fast - c.nll_exact) / static_cast<double>(c.steps);
  EXPECT_LE(log_ratio, 2 * c.sum_error / static_cast<double>(c.steps) + 1e-9) << what;
  EXPECT_LE(log_ratio, 2 * c.sum_bound / static_cast<double>(c.steps)) << what;
}

std::vector<int32_t> llama2c_ids() {
  std::ifstream in(mlxla::testing::shared_dir() / "models/stories260K/expected_greedy_200.ids");
  std::stringstream all;
  all << in.rdbuf();
  std::string text = all.str();
  std::replace_if(
      text.begin(), text.end(), [](char c) { return c == ',' || c == '\n' || c == '\r'; }, ' ');
  std::stringstream ss(text);
  std::vector<int32_t> ids;
  int32_t v;
  while (ss >> v) ids.push_back(v);
  return ids;
}

/// Greedy decoding from BOS: the ids and every step's logits.
void free_run(ModelRunner& runner, int64_t steps, std::vector<int32_t>* ids,
              std::vector<std::vector<float>>* logits) {
  int32_t token = 1;
  for (int64_t i = 0; i < steps; ++i) {
    auto out = runner.decode(token);
    ASSERT_TRUE(out.ok()) << out.error().message();
    ids->push_back(out->next_token);
    if (logits) logits->push_back(out->logits);
    token = out->next_token;
  }
}

int64_t common_prefix(const std::vector<int32_t>& a, const std::vector<int32_t>& b) {
  const auto [ia, ib] = std::mismatch(a.begin(), a.end(), b.begin(), b.end());
  return ia - a.begin();
}

TEST(PolicyQuality, StoriesCheckpointsAlongLlama2cGreedy) {
  MLXLA_REQUIRE_SHARED("models/stories260K/expected_greedy_200.ids");
  const std::vector<int32_t> golden = llama2c_ids();
  ASSERT_EQ(golden.size(), 200u);
  const int64_t steps = mlxla::testing::unless_sanitized<int64_t>(200, 24);
  std::vector<std::string> models;
  for (const auto& entry : fs::directory_iterator(mlxla::testing::shared_dir() / "models")) {
    const std::string name = entry.path().filename().string();
    if (name == "stories260K" || name.rfind("stories260K-mlx-", 0) == 0) models.push_back(name);
  }
  std::sort(models.begin(), models.end());
  ASSERT_GE(models.size(), 2u) << "stories260K and at least one MLX variant";

  std::string table =
      "| model | ppl exact | ppl fast | fast/exact | max \\|logit error\\| | bound B (max) | "
      "greedy agreement | steps within 2B | identical free-running prefix | exact = llama2.c |\n"
      "|---|---|---|---|---|---|---|---|---|---|\n";
  for (const std::string& name : models) {
    SCOPED_TRACE(name);
    const fs::path dir = mlxla::testing::shared_dir() / "models" / name;
    const double relative = relative_bound(dir);
    auto exact = open_runner(dir, Policy::kExact, steps + 1);
    auto fast = open_runner(dir, Policy::kFast, steps + 1);
    ASSERT_TRUE(exact && fast);

    // Teacher-forced along llama2.c's ids: BOS, then ids[0..steps-2]; step t predicts ids[t].
    Comparison c;
    int32_t token = 1;
    for (int64_t t = 0; t < steps; ++t) {
      auto e = exact->decode(token);
      auto f = fast->decode(token);
      ASSERT_TRUE(e.ok() && f.ok()) << "step " << t;
      const int32_t target = golden[static_cast<size_t>(t)];
      add_step(c, e->logits, f->logits, target, relative, name + " step " + std::to_string(t));
      token = target;
    }
    check_perplexity(c, name);

    // Free-running greedy from BOS, each policy on its own. Up to the first divergence both were
    // fed the same tokens, so the bound holds there: they can first differ only at a step
    // where exact's margin is <= 2B.
    exact->reset();
    fast->reset();
    std::vector<int32_t> exact_ids, fast_ids;
    std::vector<std::vector<float>> exact_logits;
    free_run(*exact, steps, &exact_ids, &exact_logits);
    free_run(*fast, steps, &fast_ids, nullptr);
    const int64_t prefix = common_prefix(exact_ids, fast_ids);
    int64_t first_at_risk = steps;
    for (int64_t t = 0; t < steps; ++t) {
      const auto& z = exact_logits[static_cast<size_t>(t)];
      if (margin(z) <= 2 * relative * max_abs(z)) {
        first_at_risk = t;
        break;
      }
    }
    EXPECT_GE(prefix, first_at_risk) << "fast left exact's greedy path before any near-tie";
    const int64_t llama2c =
        common_prefix(exact_ids, std::vector<int32_t>(golden.begin(), golden.begin() + steps));
    if (name == "stories260K") {
      // The existing claim (cpu_model_test, session_test): the f32 checkpoint's greedy output is
      // llama2.c's, and with no packed weights the fast policy has nothing to change.
      EXPECT_EQ(llama2c, steps) << "exact greedy differs from llama2.c's ids";
      EXPECT_EQ(c.max_error, 0.0) << "fast changed a model without packed weights";
    }
    // The MLX variants are quantized: no test claims they reproduce llama2.c, so their match
    // with llama2.c's ids is reported, not asserted.

    const double ppl_exact = std::exp(c.nll_exact / static_cast<double>(c.steps));
    const double ppl_fast = std::exp(c.nll_fast / static_cast<double>(c.steps));
    char row[512];
    std::snprintf(row, sizeof(row),
                  "| %s | %.4f | %.4f | %.5f | %.3f | %.2f | %.1f%% | %lld | %lld/%lld | %lld/%lld "
                  "|\n",
                  name.c_str(), ppl_exact, ppl_fast, ppl_fast / ppl_exact, c.max_error, c.max_bound,
                  100.0 * static_cast<double>(c.agree) / static_cast<double>(c.steps),
                  static_cast<long long>(c.within_2b), static_cast<long long>(prefix),
                  static_cast<long long>(steps), static_cast<long long>(llama2c),
                  static_cast<long long>(steps));
    table += row;
  }
  std::printf("\nPolicy fast vs exact, teacher-forced along llama2.c's %lld greedy ids:\n\n%s\n",
              static_cast<long long>(steps), table.c_str());
}

using Item = testing::QualityItem;

// An answer is right when greedy decoding after the prompt produces its tokens and EOS
// (docs/QUALITY.md). Teacher-forced on the answer, that is: every step's argmax is the answer's
// next token (up to the first wrong token greedy and teacher-forced inputs are the same).
// Fast and exact can judge an item differently only if some step's argmax moves, so only where
// exact's margin is <= 2B: |correct_fast - correct_exact| <= the items with such a step.
TEST(PolicyQuality, DemoModelHeldOutItems) {
  const fs::path source = MLXLA_SOURCE_DIR;
  const fs::path dir = source / "models/demo-q4";
  ASSERT_TRUE(fs::exists(dir / "config.json")) << dir << " is part of the repository";
  const std::vector<Item> items =
      testing::read_quality_subset(source / "tools/demo-model/quality_subset.jsonl");
  ASSERT_GE(items.size(), 20u);
  const double relative = relative_bound(dir);

  Comparison all;
  int correct_exact = 0, correct_fast = 0, f32_correct = 0, at_risk_items = 0;
  for (size_t i = 0; i < items.size(); ++i) {
    const Item& item = items[i];
    ASSERT_FALSE(item.prompt_ids.empty() || item.answer_ids.empty()) << "item " << i;
    const int64_t capacity = static_cast<int64_t>(item.prompt_ids.size() + item.answer_ids.size());
    auto exact = open_runner(dir, Policy::kExact, capacity);
    auto fast = open_runner(dir, Policy::kFast, capacity);
    ASSERT_TRUE(exact && fast);
    auto e = exact->prefill(item.prompt_ids);
    auto f = fast->prefill(item.prompt_ids);
    bool right_exact = true, right_fast = true, at_risk = false;
    for (size_t a = 0; a < item.answer_ids.size(); ++a) {
      ASSERT_TRUE(e.ok() && f.ok()) << "item " << i << " answer token " << a;
      const int32_t target = item.answer_ids[a];
      at_risk |= add_step(all, e->logits, f->logits, target, relative,
                          "item " + std::to_string(i) + " answer token " + std::to_string(a));
      right_exact = right_exact && argmax(e->logits) == target;
      right_fast = right_fast && argmax(f->logits) == target;
      if (a + 1 < item.answer_ids.size()) {
        e = exact->decode(target);
        f = fast->decode(target);
      }
    }
    if (!at_risk) {
      EXPECT_EQ(right_exact, right_fast) << "item " << i;
    }
    correct_exact += right_exact;
    correct_fast += right_fast;
    f32_correct += item.f32_correct;
    at_risk_items += at_risk;
  }
  check_perplexity(all, "demo-q4 answers");
  EXPECT_LE(std::abs(correct_fast - correct_exact), at_risk_items);
  // tests/e2e/quality_test's claim for exact (through `mlxla generate`): within one item of the
  // f32 checkpoint's committed results.
  EXPECT_LE(std::abs(correct_exact - f32_correct), 1);

  const double n = static_cast<double>(all.steps);
  std::printf(
      "\nPolicy fast vs exact, models/demo-q4, %zu held-out items (%lld answer tokens):\n\n"
      "| policy | answer perplexity | accuracy |\n|---|---|---|\n"
      "| exact | %.4f | %d/%zu |\n| fast | %.4f | %d/%zu |\n\n"
      "max |logit error| %.3f (bound B at most %.2f); greedy agreement %.1f%% of answer tokens; "
      "%lld tokens in %d items within 2B of a tie; f32 checkpoint (committed) %d/%zu\n",
      items.size(), static_cast<long long>(all.steps), std::exp(all.nll_exact / n), correct_exact,
      items.size(), std::exp(all.nll_fast / n), correct_fast, items.size(), all.max_error,
      all.max_bound, 100.0 * static_cast<double>(all.agree) / n,
      static_cast<long long>(all.within_2b), at_risk_items, f32_correct, items.size());
}

}  // namespace
}  // namespace mlxla::runtime
