// What a narrow KV cache costs in accuracy on trained checkpoints: the f32-cache run decodes
// 200 greedy tokens from BOS; f16- and bf16-cache runs are teacher-forced on the same tokens and
// compared step by step (max |logit error|, greedy agreement). Prints one line per model and
// dtype (the figures in docs/QUALITY.md come from `ctest -R kv_dtype_accuracy -V`).
// ctest-labels: numerics
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

#include "runtime/cpu/cpu_backend.h"
#include "runtime/model_runner.h"
#include "support/test_support.h"

namespace mlxla::runtime {
namespace {

// 200 steps (the published figures); a 48-step prefix under ASan (test_support.h, kSanitized).
constexpr int kSteps = testing::unless_sanitized(200, 48);

std::unique_ptr<ModelRunner> open_cpu(const std::filesystem::path& dir, model::Precision kv) {
  auto backend = cpu::CpuBackend::create({2, std::nullopt, 256 << 10});
  EXPECT_TRUE(backend.ok());
  RunnerOptions options;
  options.capacity = kSteps + 8;
  options.kv_dtype = kv;
  auto runner = ModelRunner::open(dir, std::move(*backend), options);
  EXPECT_TRUE(runner.ok()) << (runner.ok() ? "" : runner.error().message());
  return runner.ok() ? std::move(*runner) : nullptr;
}

struct Agreement {
  double max_abs_error = 0, max_abs_logit = 0, greedy_agreement = 0;
};

/// Teacher-forces `narrow` on `reference`'s greedy tokens and compares every step's logits.
Agreement compare(ModelRunner& reference, ModelRunner& narrow) {
  Agreement a;
  int32_t token = 1;  // BOS of every checkpoint used here
  int agree = 0;
  for (int step = 0; step < kSteps; ++step) {
    auto r = reference.decode(token);
    auto n = narrow.decode(token);
    EXPECT_TRUE(r.ok() && n.ok());
    if (!r.ok() || !n.ok()) return a;
    for (size_t i = 0; i < r->logits.size(); ++i) {
      EXPECT_TRUE(std::isfinite(n->logits[i]));
      a.max_abs_error =
          std::max(a.max_abs_error, static_cast<double>(std::fabs(r->logits[i] - n->logits[i])));
      a.max_abs_logit = std::max(a.max_abs_logit, static_cast<double>(std::fabs(r->logits[i])));
    }
    agree += r->next_token == n->next_token ? 1 : 0;
    token = r->next_token;
  }
  a.greedy_agreement = static_cast<double>(agree) / kSteps;
  return a;
}

void check_model(const std::filesystem::path& dir, const std::string& label) {
  for (model::Precision kv : {model::Precision::kF16, model::Precision::kBF16}) {
    auto reference = open_cpu(dir, model::Precision::kF32);
    auto narrow = open_cpu(dir, kv);
    ASSERT_TRUE(reference && narrow);
    const Agreement a = compare(*reference, *narrow);
    std::printf(
        "kv %-4s %-28s max |logit error| %.4g of max |logit| %.4g; greedy agreement %.1f%% over %d "
        "steps\n",
        std::string(model::to_string(kv)).c_str(), label.c_str(), a.max_abs_error, a.max_abs_logit,
        100.0 * a.greedy_agreement, kSteps);
    // A regression guard, not a derivation: f16 keeps 11 significant bits of every k/v element
    // (relative rounding <= 2^-11), bf16 8 (2^-8), 8x coarser. Measured (2026-12-02): f16 moves
    // the logits by at most 0.25% of their range, bf16 by at most 4%; greedy agreement >= 99.5%
    // and >= 99.0%. The bounds are about 4x / 2.5x the measured errors.
    const double relative = a.max_abs_error / std::max(a.max_abs_logit, 1e-30);
    if (kv == model::Precision::kF16) {
      EXPECT_LT(relative, 0.01) << label;
      EXPECT_GE(a.greedy_agreement, 0.97) << label;
    } else {
      EXPECT_LT(relative, 0.1) << label;
      EXPECT_GE(a.greedy_agreement, 0.95) << label;
    }
  }
}

TEST(KvDtypeAccuracy, DemoModel) {
  check_model(std::filesystem::path(MLXLA_SOURCE_DIR) / "models/demo-q4", "models/demo-q4");
}

TEST(KvDtypeAccuracy, SharedStories260K) {
  MLXLA_REQUIRE_SHARED("models/stories260K-mlx-q4-g32-f16");
  for (const char* model :
       {"stories260K", "stories260K-mlx-q3-g32-f16", "stories260K-mlx-q4-g32-f16",
        "stories260K-mlx-q4-g32-f32", "stories260K-mlx-q4-g64-f16", "stories260K-mlx-q6-g32-f16",
        "stories260K-mlx-q8-g32-f16"}) {
    check_model(testing::shared_dir() / "models" / model, model);
  }
}

}  // namespace
}  // namespace mlxla::runtime
