// The token choice every backend reproduces: edits, filters in double, one xoshiro256** draw.
// Probabilities are computed in double so the filters' thresholds are not at the mercy of f32
// rounding in a 100k-token softmax.
#include "runtime/sampling.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace mlxla::runtime {
namespace {

uint64_t splitmix64(uint64_t& state) {
  uint64_t z = (state += 0x9E3779B97F4A7C15ULL);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
  return z ^ (z >> 31);
}

uint64_t rotl(uint64_t x, int k) {
  return (x << k) | (x >> (64 - k));
}

}  // namespace

Rng::Rng(uint64_t seed) {
  uint64_t state = seed;
  for (uint64_t& word : s_) word = splitmix64(state);
}

Rng Rng::from_state(const State& state) {
  Rng rng;
  rng.s_ = state;
  return rng;
}

uint64_t Rng::next_u64() {
  const uint64_t result = rotl(s_[1] * 5, 7) * 9;
  const uint64_t t = s_[1] << 17;
  s_[2] ^= s_[0];
  s_[3] ^= s_[1];
  s_[1] ^= s_[2];
  s_[0] ^= s_[3];
  s_[2] ^= t;
  s_[3] = rotl(s_[3], 45);
  return result;
}

double Rng::next_double() {
  return static_cast<double>(next_u64() >> 11) * 0x1.0p-53;
}

int32_t argmax(std::span<const float> logits) {
  int32_t best = 0;
  float best_value = -std::numeric_limits<float>::infinity();
  bool found = false;
  for (size_t i = 0; i < logits.size(); ++i) {
    const float v = logits[i];
    if (std::isnan(v)) continue;
    if (!found || v > best_value) {
      best = static_cast<int32_t>(i);
      best_value = v;
      found = true;
    }
  }
  return best;
}

std::vector<Candidate> filter_candidates(std::span<const float> logits, const SampleSpec& spec) {
  if (logits.empty()) return {};
  if (spec.temperature == 0.0f || spec.top_k == 1) return {{argmax(logits), 1.0}};

  // Softmax of logits / T over the finite logits, in double.
  const double inv_t = 1.0 / static_cast<double>(spec.temperature);
  double max_scaled = -std::numeric_limits<double>::infinity();
  for (const float v : logits)
    if (!std::isnan(v)) max_scaled = std::max(max_scaled, static_cast<double>(v) * inv_t);
  if (!std::isfinite(max_scaled)) return {{argmax(logits), 1.0}};
  std::vector<Candidate> c;
  c.reserve(logits.size());
  double total = 0.0;
  for (size_t i = 0; i < logits.size(); ++i) {
    const float v = logits[i];
    if (std::isnan(v)) continue;
    const double p = std::exp(static_cast<double>(v) * inv_t - max_scaled);
    if (p <= 0.0) continue;
    c.push_back({static_cast<int32_t>(i), p});
    total += p;
  }
  for (Candidate& x : c) x.probability /= total;

  const auto more_likely = [](const Candidate& a, const Candidate& b) {
    return a.probability != b.probability ? a.probability > b.probability : a.token < b.token;
  };
  if (spec.top_k > 0 && static_cast<size_t>(spec.top_k) < c.size()) {
    std::partial_sort(c.begin(), c.begin() + spec.top_k, c.end(), more_likely);
    c.resize(static_cast<size_t>(spec.top_k));
  } else {
    std::sort(c.begin(), c.end(), more_likely);
  }
  // Renormalise after top-k so top-p measures mass among the survivors (HF applies the filters
  // in sequence, each on the previous one's output).
  total = 0.0;
  for (const Candidate& x : c) total += x.probability;
  for (Candidate& x : c) x.probability /= total;

  if (spec.top_p < 1.0f) {
    // Keep a token while the mass of the more likely tokens is still below top_p.
    double before = 0.0;
    size_t keep = 0;
    while (keep < c.size() && before < static_cast<double>(spec.top_p))
      before += c[keep++].probability;
    c.resize(std::max<size_t>(keep, 1));
  }
  if (spec.min_p > 0.0f) {
    const double threshold = static_cast<double>(spec.min_p) * c.front().probability;
    size_t keep = 1;
    while (keep < c.size() && c[keep].probability >= threshold) ++keep;
    c.resize(keep);
  }
  total = 0.0;
  for (const Candidate& x : c) total += x.probability;
  for (Candidate& x : c) x.probability /= total;
  return c;
}

int32_t pick_candidate(const std::vector<Candidate>& candidates, double u) {
  if (candidates.empty()) return 0;
  double cumulative = 0.0;
  for (const Candidate& x : candidates) {
    cumulative += x.probability;
    if (u < cumulative) return x.token;
  }
  return candidates.back().token;  // u beyond the rounded total
}

TokenLogprobs compute_logprobs(std::span<const float> logits, int32_t chosen, int32_t top) {
  double max = -std::numeric_limits<double>::infinity();
  for (const float v : logits)
    if (!std::isnan(v)) max = std::max(max, static_cast<double>(v));
  double sum = 0.0;
  for (const float v : logits)
    if (!std::isnan(v)) sum += std::exp(static_cast<double>(v) - max);
  const double log_total = max + std::log(sum);
  const auto logprob = [&](int32_t id) {
    const float v = logits[static_cast<size_t>(id)];
    return std::isnan(v) ? -std::numeric_limits<float>::infinity()
                         : static_cast<float>(static_cast<double>(v) - log_total);
  };
  TokenLogprobs out;
  out.chosen = {
      chosen, chosen >= 0 && static_cast<size_t>(chosen) < logits.size() ? logprob(chosen) : 0.0f};
  if (top <= 0) return out;
  std::vector<int32_t> ids;
  ids.reserve(logits.size());
  for (size_t i = 0; i < logits.size(); ++i)
    if (logits[i] > -std::numeric_limits<float>::infinity())
      ids.push_back(static_cast<int32_t>(i));  // NaN fails too
  const size_t n = std::min(ids.size(), static_cast<size_t>(top));
  std::partial_sort(ids.begin(), ids.begin() + static_cast<std::ptrdiff_t>(n), ids.end(),
                    [&](int32_t a, int32_t b) {
                      const float x = logits[static_cast<size_t>(a)],
                                  y = logits[static_cast<size_t>(b)];
                      return x != y ? x > y : a < b;
                    });
  for (size_t i = 0; i < n; ++i) out.top.push_back({ids[i], logprob(ids[i])});
  return out;
}

void apply_edits(std::span<float> logits, std::span<const LogitEdit> edits) {
  for (const LogitEdit& e : edits) {
    if (e.token < 0 || static_cast<size_t>(e.token) >= logits.size()) continue;
    float& v = logits[static_cast<size_t>(e.token)];
    if (e.kind == LogitEdit::Kind::kAdd) {
      v += e.value;
    } else {
      v = v > 0.0f ? v / e.value : v * e.value;
    }
  }
}

SampleResult sample_row(std::span<const float> logits, const SampleSpec& spec,
                        std::vector<float>& scratch) {
  std::span<const float> row = logits;
  if (!spec.edits.empty()) {
    scratch.assign(logits.begin(), logits.end());
    apply_edits(scratch, spec.edits);
    row = scratch;
  }
  SampleResult out;
  Rng rng = Rng::from_state(spec.rng);
  const std::vector<Candidate> candidates = filter_candidates(row, spec);
  if (candidates.size() > 1) {
    out.token = pick_candidate(candidates, rng.next_double());
  } else {
    out.token = candidates.empty() ? 0 : candidates.front().token;
  }
  out.rng = rng.state();
  if (spec.logprobs >= 0) out.logprobs = compute_logprobs(row, out.token, spec.logprobs);
  return out;
}

}  // namespace mlxla::runtime
