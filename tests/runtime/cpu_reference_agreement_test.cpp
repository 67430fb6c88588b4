// The CPU runtime against the reference interpreter on every shared checkpoint: the same
// greedy ids for 200 steps and bitwise-equal logits at every step. Slow (the reference
// interpreter is plain by design), so it is labelled `slow` and skipped under sanitizers.
// ctest-labels: numerics golden slow
#include <gtest/gtest.h>

#include <cstring>

#include "runtime/cpu/cpu_backend.h"
#include "runtime/model_runner.h"
#include "runtime/reference/reference_backend.h"
#include "support/test_support.h"

namespace mlxla::runtime {
namespace {

using mlxla::testing::shared_dir;

std::unique_ptr<ModelRunner> open_with(const std::string& model, std::unique_ptr<Backend> backend,
                                       model::Residency residency) {
  RunnerOptions options;
  options.residency = residency;
  auto runner = ModelRunner::open(shared_dir() / "models" / model, std::move(backend), options);
  EXPECT_TRUE(runner.ok()) << (runner.ok() ? "" : runner.error().message());
  return runner.ok() ? std::move(*runner) : nullptr;
}

void greedy(ModelRunner& runner, int steps, std::vector<int32_t>* ids,
            std::vector<std::vector<float>>* logits) {
  int32_t token = 1;
  for (int i = 0; i < steps; ++i) {
    auto out = runner.decode(token);
    ASSERT_TRUE(out.ok()) << out.error().message();
    ids->push_back(out->next_token);
    logits->push_back(out->logits);
    token = out->next_token;
  }
}

TEST(CpuModel, AgreesWithReferenceBitwiseOnEveryCheckpoint) {
  MLXLA_REQUIRE_SHARED("models/stories260K-mlx-q4-g32-f16");
  const std::vector<std::string> models = {"stories260K",
                                           "stories260K-mlx-q3-g32-f16",
                                           "stories260K-mlx-q4-g32-f16",
                                           "stories260K-mlx-q4-g32-f32",
                                           "stories260K-mlx-q4-g64-f16",
                                           "stories260K-mlx-q6-g32-f16",
                                           "stories260K-mlx-q8-g32-f16"};
  for (const auto& model : models) {
    const auto residency =
        model == "stories260K" ? model::Residency::kDense : model::Residency::kPacked;
    auto cpu_backend = cpu::CpuBackend::create({2, std::nullopt, 0});
    ASSERT_TRUE(cpu_backend.ok());
    auto cpu_runner = open_with(model, std::move(*cpu_backend), residency);
    auto ref_runner = open_with(model, reference::make_reference_backend(), residency);
    ASSERT_TRUE(cpu_runner && ref_runner);
    std::vector<int32_t> cpu_ids, ref_ids;
    std::vector<std::vector<float>> cpu_logits, ref_logits;
    greedy(*cpu_runner, 200, &cpu_ids, &cpu_logits);
    greedy(*ref_runner, 200, &ref_ids, &ref_logits);
    EXPECT_EQ(cpu_ids, ref_ids) << model;
    for (size_t s = 0; s < cpu_logits.size(); ++s) {
      ASSERT_EQ(0,
                std::memcmp(cpu_logits[s].data(), ref_logits[s].data(), cpu_logits[s].size() * 4))
          << model << ": logits differ at step " << s;
    }
  }
}

}  // namespace
}  // namespace mlxla::runtime
