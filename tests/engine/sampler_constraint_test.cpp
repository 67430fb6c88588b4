// The sampler's TokenConstraint hook: the mask acts before penalties, temperature and the
// filters; the constraint advances with exactly the chosen token; each Sampler gets its own
// constraint from the factory; greedy picks the best allowed token.
// ctest-labels: unit
#include <gtest/gtest.h>

#include <memory>
#include <vector>

#include "engine/sampler.h"

namespace mlxla::engine {
namespace {

/// Allows only tokens whose id is a multiple of `step`, where `step` grows by one per token
/// accepted: a stateful constraint whose mask changes with what was chosen.
class StepConstraint final : public TokenConstraint {
 public:
  explicit StepConstraint(std::vector<int32_t>* log) : log_(log) {}
  void mask_logits(std::span<float> logits) override {
    for (size_t i = 0; i < logits.size(); ++i)
      if (i % step_ != 0) logits[i] = -std::numeric_limits<float>::infinity();
  }
  void accept(int32_t token) override {
    log_->push_back(token);
    ++step_;
  }

 private:
  std::vector<int32_t>* log_;
  size_t step_ = 2;
};

class StepFactory final : public TokenConstraintFactory {
 public:
  std::unique_ptr<TokenConstraint> create() const override {
    logs.push_back(std::make_unique<std::vector<int32_t>>());
    return std::make_unique<StepConstraint>(logs.back().get());
  }
  mutable std::vector<std::unique_ptr<std::vector<int32_t>>> logs;
};

TEST(SamplerConstraint, GreedyPicksTheBestAllowedTokenAndAdvances) {
  auto factory = std::make_shared<StepFactory>();
  SamplingParams params;
  params.constraint = factory;
  Sampler sampler(params);
  // Token 1 is best overall, but odd ids are masked at the first step: 4 is the best even id.
  const std::vector<float> logits = {0.0f, 9.0f, 1.0f, 8.0f, 5.0f, 7.0f, 3.0f};
  EXPECT_EQ(sampler.sample(logits, {}, {}), 4);
  // Now multiples of 3 only: 3 (8.0) beats 6 (3.0) and 0.
  EXPECT_EQ(sampler.sample(logits, {}, {}), 3);
  ASSERT_EQ(factory->logs.size(), 1u);
  EXPECT_EQ(*factory->logs[0], (std::vector<int32_t>{4, 3}));
}

TEST(SamplerConstraint, MaskComesBeforePenaltiesTemperatureAndFilters) {
  auto factory = std::make_shared<StepFactory>();
  SamplingParams params;
  params.constraint = factory;
  params.temperature = 1.5f;
  params.top_p = 0.3f;
  params.presence_penalty = 2.0f;
  params.seed = 42;
  for (int run = 0; run < 50; ++run) {
    Sampler sampler(params);
    const std::vector<float> logits = {1.0f, 9.0f, 2.0f, 9.0f, 2.5f, 9.0f, 2.2f, 9.0f};
    const int32_t token = sampler.sample(logits, {}, {});
    // Only even ids survive the mask; top-p 0.3 is then measured among them (p(4) = 0.34 at
    // T = 1.5), so it keeps
    // 4 (the best even id), never an odd one however likely.
    EXPECT_EQ(token % 2, 0);
    EXPECT_EQ(token, 4);
    params.seed += 1;
  }
  // With a presence penalty on 4 (already generated), 6 is the best even token.
  params.top_p = 0.01f;
  Sampler sampler(params);
  const std::vector<int32_t> generated = {4};
  EXPECT_EQ(sampler.sample(std::vector<float>{1.0f, 9.0f, 2.0f, 9.0f, 2.5f, 9.0f, 2.2f, 9.0f},
                           generated, generated),
            6);
}

TEST(SamplerConstraint, EachSamplerGetsItsOwnConstraint) {
  auto factory = std::make_shared<StepFactory>();
  SamplingParams params;
  params.constraint = factory;
  Sampler a(params);
  Sampler b(params);
  const std::vector<float> logits(12, 0.0f);
  a.sample(logits, {}, {});
  a.sample(logits, {}, {});
  b.sample(logits, {}, {});
  ASSERT_EQ(factory->logs.size(), 2u);
  EXPECT_EQ(factory->logs[0]->size(), 2u);
  EXPECT_EQ(factory->logs[1]->size(), 1u);
}

TEST(SamplerConstraint, NoConstraintIsUnchanged) {
  SamplingParams params;
  Sampler sampler(params);
  EXPECT_EQ(sampler.sample(std::vector<float>{0.0f, 9.0f, 1.0f}, {}, {}), 1);
}

}  // namespace
}  // namespace mlxla::engine
