// Host cost of one non-greedy choice on a 128k-logit row (runtime::sample_row), against the same
// choice from the whole sorted candidate list (weigh_row + choose_from_head), which is what
// sample_row did for every row before it ordered a head of 256 first. Rows: logits drawn from a
// normal distribution whose spread sets how peaked the softmax is (spread 3: the first 256
// candidates hold most of the mass at T = 0.8, as a trained model's rows do; spread 0.5: nearly
// flat, so the draw usually walks past the head and the rest is sorted too).
#include <cstdint>
#include <random>
#include <vector>

#include <benchmark/benchmark.h>

#include "runtime/sampling.h"

namespace {

using mlxla::runtime::SampleSpec;

constexpr int64_t kVocab = 128256;

std::vector<float> row(double spread) {
  std::mt19937_64 gen(42);
  std::normal_distribution<float> normal(0.0f, static_cast<float>(spread));
  std::vector<float> logits(static_cast<size_t>(kVocab));
  for (float& v : logits) v = normal(gen);
  return logits;
}

/// Args: spread x 10, filter (0 temperature only, 1 top_p 0.9, 2 top_k 40).
SampleSpec spec_for(int64_t filter, uint64_t seed) {
  SampleSpec spec;
  spec.temperature = 0.8f;
  if (filter == 1) spec.top_p = 0.9f;
  if (filter == 2) spec.top_k = 40;
  spec.rng = mlxla::runtime::Rng(seed).state();
  return spec;
}

void BM_SampleRow(benchmark::State& state) {
  const std::vector<float> logits = row(static_cast<double>(state.range(0)) / 10.0);
  std::vector<float> scratch;
  uint64_t seed = 1;
  for (auto _ : state) {
    const auto result =
        mlxla::runtime::sample_row(logits, spec_for(state.range(1), seed++), scratch);
    benchmark::DoNotOptimize(result.token);
  }
}
BENCHMARK(BM_SampleRow)->ArgsProduct({{5, 30}, {0, 1, 2}})->Unit(benchmark::kMicrosecond);

void BM_SampleWholeSortedList(benchmark::State& state) {
  const std::vector<float> logits = row(static_cast<double>(state.range(0)) / 10.0);
  uint64_t seed = 1;
  for (auto _ : state) {
    const SampleSpec spec = spec_for(state.range(1), seed++);
    const double inv_t = 1.0 / static_cast<double>(spec.temperature);
    double total = 0.0;
    const auto all = mlxla::runtime::weigh_row(logits, inv_t, total);
    auto rng = mlxla::runtime::Rng::from_state(spec.rng);
    const auto token = mlxla::runtime::choose_from_head(all, true, total, spec, rng);
    benchmark::DoNotOptimize(token);
  }
}
BENCHMARK(BM_SampleWholeSortedList)
    ->ArgsProduct({{5, 30}, {0, 1, 2}})
    ->Unit(benchmark::kMicrosecond);

}  // namespace
