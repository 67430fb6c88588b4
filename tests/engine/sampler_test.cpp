// Sampler: greedy equivalences, seeded reproducibility, the filters on hand-made distributions,
// penalty semantics (HF repetition penalty, OpenAI frequency/presence) and stop strings.
// ctest-labels: unit
#include "engine/sampler.h"

#include <cmath>
#include <limits>
#include <map>
#include <vector>

#include <gtest/gtest.h>

namespace mlxla::engine {
namespace {

/// Logits whose softmax (at T = 1) is exactly proportional to `probs`.
std::vector<float> logits_for(const std::vector<double>& probs) {
  std::vector<float> logits;
  for (const double p : probs) logits.push_back(static_cast<float>(std::log(p)));
  return logits;
}

/// The logits are log(p) rounded to f32: a relative error of at most |log p| * 2^-24 < 2e-7 in
/// each probability for the p >= 0.05 used here, so 1e-6 bounds the error after renormalising.
constexpr double kTol = 1e-6;

std::vector<int32_t> tokens_of(const std::vector<Candidate>& c) {
  std::vector<int32_t> out;
  for (const Candidate& x : c) out.push_back(x.token);
  return out;
}

/// A pseudo-random row of logits (not from the Rng under test).
std::vector<float> noisy_logits(size_t n, uint32_t salt) {
  std::vector<float> v(n);
  uint32_t x = 2463534242u ^ salt;
  for (float& f : v) {
    x ^= x << 13;
    x ^= x >> 17;
    x ^= x << 5;
    f = static_cast<float>(x % 20000) / 1000.0f - 10.0f;
  }
  return v;
}

size_t first_max(const std::vector<float>& v) {
  size_t best = 0;
  for (size_t i = 1; i < v.size(); ++i)
    if (v[i] > v[best]) best = i;
  return best;
}

TEST(Rng, SameSeedSameStreamOtherSeedOtherStream) {
  Rng a(42), b(42), c(43);
  std::vector<uint64_t> xs, ys;
  bool differs = false;
  for (int i = 0; i < 100; ++i) {
    xs.push_back(a.next_u64());
    ys.push_back(b.next_u64());
    differs |= xs.back() != c.next_u64();
  }
  EXPECT_EQ(xs, ys);
  EXPECT_TRUE(differs);
  Rng d(7);
  for (int i = 0; i < 1000; ++i) {
    const double u = d.next_double();
    ASSERT_GE(u, 0.0);
    ASSERT_LT(u, 1.0);
  }
}

TEST(Sampler, TemperatureZeroAndTopKOneAreGreedy) {
  for (uint32_t salt = 0; salt < 20; ++salt) {
    const auto logits = noisy_logits(300, salt);
    const size_t greedy = first_max(logits);
    SamplingParams zero;
    zero.temperature = 0.0f;
    zero.seed = salt;
    SamplingParams k1;
    k1.temperature = 1.5f;
    k1.top_k = 1;
    k1.seed = salt;
    Sampler s0(zero), s1(k1);
    for (int i = 0; i < 5; ++i) {
      EXPECT_EQ(s0.sample(logits, {}, {}), static_cast<int32_t>(greedy));
      EXPECT_EQ(s1.sample(logits, {}, {}), static_cast<int32_t>(greedy));
    }
  }
  // Ties: the first maximum, as the runtime's argmax.
  const std::vector<float> tied = {1.0f, 3.0f, 2.0f, 3.0f};
  SamplingParams k1;
  k1.temperature = 1.0f;
  k1.top_k = 1;
  EXPECT_EQ(Sampler(SamplingParams{}).sample(tied, {}, {}), 1);
  EXPECT_EQ(Sampler(k1).sample(tied, {}, {}), 1);
}

TEST(Sampler, SeededSamplingIsReproducibleAndFollowsTheDistribution) {
  const auto logits = logits_for({0.5, 0.25, 0.125, 0.125});
  SamplingParams p;
  p.temperature = 1.0f;
  p.seed = 1234;
  Sampler a(p), b(p);
  std::map<int32_t, int> counts;
  std::vector<int32_t> seq_a, seq_b;
  constexpr int kDraws = 20000;
  for (int i = 0; i < kDraws; ++i) {
    seq_a.push_back(a.sample(logits, {}, {}));
    seq_b.push_back(b.sample(logits, {}, {}));
    ++counts[seq_a.back()];
  }
  EXPECT_EQ(seq_a, seq_b);
  p.seed = 1235;
  Sampler c(p);
  std::vector<int32_t> seq_c;
  for (int i = 0; i < kDraws; ++i) seq_c.push_back(c.sample(logits, {}, {}));
  EXPECT_NE(seq_a, seq_c);
  // Binomial standard deviation is at most sqrt(n/4) = 71 draws; allow 5 sigma.
  const double expected[] = {0.5, 0.25, 0.125, 0.125};
  for (int t = 0; t < 4; ++t) EXPECT_NEAR(counts[t], expected[t] * kDraws, 5 * 71.0) << t;
}

TEST(Filter, TopPKeepsTheSmallestSetReachingTheMass) {
  const auto logits = logits_for({0.05, 0.5, 0.3, 0.15});
  SamplingParams p;
  p.temperature = 1.0f;
  p.top_p = 0.7f;  // 0.5 < 0.7, 0.5 + 0.3 >= 0.7: tokens 1 and 2
  auto c = filter_candidates(logits, p);
  EXPECT_EQ(tokens_of(c), (std::vector<int32_t>{1, 2}));
  EXPECT_NEAR(c[0].probability, 0.5 / 0.8, kTol);
  EXPECT_NEAR(c[1].probability, 0.3 / 0.8, kTol);
  p.top_p = 0.4f;  // the top token alone already exceeds it
  EXPECT_EQ(tokens_of(filter_candidates(logits, p)), (std::vector<int32_t>{1}));
  p.top_p = 0.9f;
  EXPECT_EQ(tokens_of(filter_candidates(logits, p)), (std::vector<int32_t>{1, 2, 3}));
  p.top_p = 1.0f;
  EXPECT_EQ(tokens_of(filter_candidates(logits, p)), (std::vector<int32_t>{1, 2, 3, 0}));
}

TEST(Filter, MinPIsRelativeToTheMostLikelyToken) {
  const auto logits = logits_for({0.05, 0.5, 0.3, 0.15});
  SamplingParams p;
  p.temperature = 1.0f;
  p.min_p = 0.25f;  // threshold 0.125: keeps 0.5, 0.3, 0.15
  EXPECT_EQ(tokens_of(filter_candidates(logits, p)), (std::vector<int32_t>{1, 2, 3}));
  p.min_p = 0.5f;  // threshold 0.25: keeps 0.5, 0.3
  EXPECT_EQ(tokens_of(filter_candidates(logits, p)), (std::vector<int32_t>{1, 2}));
  p.min_p = 1.0f;
  EXPECT_EQ(tokens_of(filter_candidates(logits, p)), (std::vector<int32_t>{1}));
}

TEST(Filter, TopKThenTemperatureSharpensAndFlattens) {
  const auto logits = logits_for({0.05, 0.5, 0.3, 0.15});
  SamplingParams p;
  p.temperature = 1.0f;
  p.top_k = 2;
  auto c = filter_candidates(logits, p);
  EXPECT_EQ(tokens_of(c), (std::vector<int32_t>{1, 2}));
  EXPECT_NEAR(c[0].probability, 0.5 / 0.8, kTol);
  // T = 2 takes square roots of the probabilities before renormalising.
  p.temperature = 2.0f;
  p.top_k = 0;
  c = filter_candidates(logits, p);
  const double z = std::sqrt(0.05) + std::sqrt(0.5) + std::sqrt(0.3) + std::sqrt(0.15);
  EXPECT_NEAR(c[0].probability, std::sqrt(0.5) / z, 1e-6);
  EXPECT_NEAR(c[3].probability, std::sqrt(0.05) / z, 1e-6);
}

TEST(Penalties, RepetitionDividesPositiveMultipliesNegativeOncePerToken) {
  std::vector<float> logits = {2.0f, -2.0f, 4.0f, 0.0f, 1.0f};
  SamplingParams p;
  p.repetition_penalty = 2.0f;
  const std::vector<int32_t> context = {0, 1, 1, 3, 0, 99, -1};  // out-of-range ids ignored
  apply_penalties(logits, p, context, {});
  EXPECT_EQ(logits, (std::vector<float>{1.0f, -4.0f, 4.0f, 0.0f, 1.0f}));
  // A window sees only the last tokens.
  std::vector<float> windowed = {2.0f, -2.0f, 4.0f, 0.0f, 1.0f};
  p.repetition_window = 2;
  apply_penalties(windowed, p, std::vector<int32_t>{2, 4, 0}, {});
  EXPECT_EQ(windowed, (std::vector<float>{1.0f, -2.0f, 4.0f, 0.0f, 0.5f}));
}

TEST(Penalties, FrequencyAndPresenceCountGeneratedTokensOnly) {
  std::vector<float> logits = {1.0f, 1.0f, 1.0f, 1.0f};
  SamplingParams p;
  p.frequency_penalty = 0.5f;
  p.presence_penalty = 0.25f;
  const std::vector<int32_t> prompt_and_generated = {3, 3, 0, 1, 1, 1};
  const std::vector<int32_t> generated = {0, 1, 1, 1};
  apply_penalties(logits, p, prompt_and_generated, generated);
  EXPECT_EQ(logits, (std::vector<float>{1.0f - 0.5f - 0.25f, 1.0f - 1.5f - 0.25f, 1.0f, 1.0f}));
}

TEST(Penalties, ChangeTheGreedyChoiceThroughTheSampler) {
  const std::vector<float> logits = {3.0f, 2.9f, 0.0f};
  SamplingParams p;
  p.repetition_penalty = 1.5f;
  const std::vector<int32_t> context = {0};
  EXPECT_EQ(Sampler(p).sample(logits, context, {}), 1);  // 3 / 1.5 = 2 < 2.9
  EXPECT_EQ(logits[0], 3.0f);                            // the caller's logits are untouched
}

TEST(Validate, NamesTheField) {
  SamplingParams p;
  EXPECT_TRUE(validate(p).ok());
  p.top_p = 0.0f;
  EXPECT_NE(validate(p).error().message().find("top_p"), std::string::npos);
  p = {};
  p.temperature = -1.0f;
  EXPECT_NE(validate(p).error().message().find("temperature"), std::string::npos);
  p = {};
  p.min_p = 2.0f;
  EXPECT_NE(validate(p).error().message().find("min_p"), std::string::npos);
  p = {};
  p.repetition_penalty = 0.0f;
  EXPECT_NE(validate(p).error().message().find("repetition_penalty"), std::string::npos);
  p = {};
  p.top_k = -2;
  EXPECT_FALSE(validate(p).ok());
}

TEST(StopMatcher, HoldsBackPossibleStartsAndCutsAtTheStop) {
  StopMatcher m({"</end>", "\n\n"});
  EXPECT_EQ(m.push("Hello <"), "Hello ");
  EXPECT_EQ(m.push("/e"), "");
  EXPECT_EQ(m.push("x"), "</ex");  // no longer a possible start
  EXPECT_EQ(m.push(" a\n"), " a");
  EXPECT_EQ(m.push("b"), "\nb");
  EXPECT_EQ(m.push("c</en"), "c");
  EXPECT_EQ(m.push("d> tail"), "");
  EXPECT_TRUE(m.stopped());
  EXPECT_EQ(m.matched(), "</end>");
  EXPECT_EQ(m.push("more"), "");
  EXPECT_EQ(m.flush(), "");
}

TEST(StopMatcher, EarliestStopWinsAndFlushReleasesTheRest) {
  StopMatcher m({"bc", "ab"});
  EXPECT_EQ(m.push("xxabc"), "xx");
  EXPECT_EQ(m.matched(), "ab");
  StopMatcher n({"STOP"});
  EXPECT_EQ(n.push("abc ST"), "abc ");
  EXPECT_FALSE(n.stopped());
  EXPECT_EQ(n.flush(), "ST");
  StopMatcher none({});
  EXPECT_EQ(none.push("anything"), "anything");
}

TEST(Logprobs, LogSoftmaxOfTheProcessedLogitsWithTopAlternatives) {
  const float inf = std::numeric_limits<float>::infinity();
  const std::vector<float> logits = {1.0f, 3.0f, -inf, 3.0f, 0.5f};
  const TokenLogprobs got = compute_logprobs(logits, 3, 4);
  double total = 0;
  for (float v : logits) total += std::exp(static_cast<double>(v));
  EXPECT_NEAR(got.chosen.logprob, 3.0 - std::log(total), 1e-6);
  EXPECT_EQ(got.chosen.token, 3);
  // Ties: lower id first; a masked token (-inf) is never listed, even when fewer remain.
  ASSERT_EQ(got.top.size(), 4u);
  EXPECT_EQ(got.top[0].token, 1);
  EXPECT_EQ(got.top[1].token, 3);
  EXPECT_EQ(got.top[2].token, 0);
  EXPECT_EQ(got.top[3].token, 4);
  EXPECT_EQ(compute_logprobs(logits, 0, 20).top.size(), 4u);
  EXPECT_TRUE(compute_logprobs(logits, 0, 0).top.empty());
}

TEST(Logprobs, SamplerRecordsThemAfterBiasBeforeTemperatureOnlyWhenAsked) {
  const std::vector<float> logits = {0.0f, 2.0f, 1.0f};
  SamplingParams params;
  params.logprobs = 2;
  params.logit_bias = {{2, 5.0f}};  // token 2 becomes the most likely: 6 vs 2
  Sampler greedy(params);
  EXPECT_EQ(greedy.sample(logits, {}, {}), 2);
  const double total = std::exp(0.0) + std::exp(2.0) + std::exp(6.0);
  EXPECT_NEAR(greedy.last_logprobs().chosen.logprob, 6.0 - std::log(total), 1e-6);
  EXPECT_EQ(greedy.last_logprobs().top[0].token, 2);
  // Temperature does not change the reported distribution.
  params.temperature = 0.5f;
  params.seed = 3;
  Sampler hot(params);
  const int32_t token = hot.sample(logits, {}, {});
  const double biased[] = {0.0, 2.0, 6.0};
  EXPECT_NEAR(hot.last_logprobs().chosen.logprob, biased[token] - std::log(total), 1e-6);
  SamplingParams out_of_range;
  out_of_range.logprobs = 21;
  EXPECT_FALSE(validate(out_of_range).ok());
  out_of_range.logprobs = -1;
  EXPECT_TRUE(validate(out_of_range).ok());
}

}  // namespace
}  // namespace mlxla::engine
