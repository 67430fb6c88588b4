// The token choice every backend reproduces: edits, filters in double, one xoshiro256** draw.
// Probabilities are computed in double so the filters' thresholds are not at the mercy of f32
// rounding in a 100k-token softmax; every whole-row quantity (the weights, their total) uses only
// IEEE add, sub and mul in a fixed order so that a device reproduces it bit for bit (the build
// uses -ffp-contract=off: no fma).
#include "runtime/sampling.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <limits>
#include <optional>
#include <utility>

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

double det_exp(double x) {
  if (!(x >= kDetExpMin)) return 0.0;  // NaN too
  // Constants as exact bit patterns (shaders/sample_select.comp holds the same ones).
  constexpr double kInvLn2 = 0x1.71547652b82fep+0;
  constexpr double kLn2Hi = 0x1.62e42feep-1;  // 21 trailing zero bits: k * kLn2Hi is exact
  constexpr double kLn2Lo = 0x1.a39ef35793c76p-33;
  constexpr double kShift = 0x1.8p+52;  // adding it rounds to an integer (nearest even)
  constexpr double kInvFactorial[14] = {0x1p+0,
                                        0x1p+0,
                                        0x1p-1,
                                        0x1.5555555555555p-3,
                                        0x1.5555555555555p-5,
                                        0x1.1111111111111p-7,
                                        0x1.6c16c16c16c17p-10,
                                        0x1.a01a01a01a01ap-13,
                                        0x1.a01a01a01a01ap-16,
                                        0x1.71de3a556c734p-19,
                                        0x1.27e4fb7789f5cp-22,
                                        0x1.ae64567f544e4p-26,
                                        0x1.1eed8eff8d898p-29,
                                        0x1.6124613a86d09p-33};
  const double kd = x * kInvLn2 + kShift;
  const double k = kd - kShift;                    // round(x / ln2), in [-1022, 1]
  const double r = (x - k * kLn2Hi) - k * kLn2Lo;  // |r| <= ~ln2 / 2
  double p = kInvFactorial[13];
  for (int n = 12; n >= 0; --n) p = p * r + kInvFactorial[n];
  // 2^k from its bits: exact scaling, never subnormal for x >= kDetExpMin.
  const auto biased = static_cast<uint64_t>(static_cast<int64_t>(k) + 1023);
  return p * std::bit_cast<double>(biased << 52);
}

double sum_weights(std::span<const double> weights) {
  double total = 0.0;
  for (size_t b = 0; b < weights.size(); b += kSumBlock) {
    double block = 0.0;
    const size_t end = std::min(weights.size(), b + kSumBlock);
    for (size_t i = b; i < end; ++i) block += weights[i];
    total += block;
  }
  return total;
}

namespace {

/// The filters on the head of the candidate order (probabilities w / total): the kept
/// candidates and whether they are the whole kept set; nullopt when the head cannot decide.
std::optional<std::pair<std::vector<Candidate>, bool>> filter_head(
    std::span<const WeightedToken> head, bool complete, double total, const SampleSpec& spec) {
  std::vector<Candidate> c;
  c.reserve(head.size());
  for (const WeightedToken& x : head) c.push_back({x.token, x.weight / total});
  if (c.empty()) return std::make_pair(std::move(c), complete);
  const auto renormalise = [&] {
    double mass = 0.0;
    for (const Candidate& x : c) mass += x.probability;
    for (Candidate& x : c) x.probability /= mass;
  };
  if (spec.top_k > 0) {
    const auto k = static_cast<size_t>(spec.top_k);
    if (k < c.size()) {
      c.resize(k);
      renormalise();  // top-p then measures mass among the survivors (HF's sequence)
      complete = true;
    } else if (!complete) {
      return std::nullopt;  // the k kept reach beyond the head
    }
  }
  bool cut = false;  // by top-p or min-p
  if (spec.top_p < 1.0f) {
    // Keep a token while the mass of the more likely tokens is still below top_p.
    const auto top_p = static_cast<double>(spec.top_p);
    double before = 0.0;
    size_t keep = 0;
    while (keep < c.size() && before < top_p) before += c[keep++].probability;
    if (!complete && before < top_p) return std::nullopt;  // the walk goes on beyond the head
    keep = std::max<size_t>(keep, 1);
    cut = keep < c.size() || !complete;
    c.resize(keep);
    complete = true;
  }
  if (spec.min_p > 0.0f) {
    const double threshold = static_cast<double>(spec.min_p) * c.front().probability;
    size_t keep = 1;
    while (keep < c.size() && c[keep].probability >= threshold) ++keep;
    if (!complete && keep == c.size()) return std::nullopt;
    cut = cut || keep < c.size() || !complete;
    c.resize(keep);
    complete = true;
  }
  if (cut) renormalise();
  return std::make_pair(std::move(c), complete);
}

}  // namespace

std::optional<int32_t> choose_from_head(std::span<const WeightedToken> head, bool complete,
                                        double total, const SampleSpec& spec, Rng& rng) {
  auto filtered = filter_head(head, complete, total, spec);
  if (!filtered) return std::nullopt;
  const auto& [c, whole] = *filtered;
  if (!whole && c.empty()) return std::nullopt;
  if (whole && c.size() <= 1) return c.empty() ? 0 : c.front().token;
  const double u = rng.next_double();
  double cumulative = 0.0;
  for (const Candidate& x : c) {
    cumulative += x.probability;
    if (u < cumulative) return x.token;
  }
  if (!whole) return std::nullopt;  // the walk goes on beyond the head
  return c.back().token;            // u beyond the rounded total
}

namespace {

/// The candidates of a row (w_i > 0) in id order, and W.
std::vector<WeightedToken> weigh_unsorted(std::span<const float> logits, double inv_t,
                                          double& total) {
  double max_scaled = -std::numeric_limits<double>::infinity();
  for (const float v : logits)
    if (!std::isnan(v)) max_scaled = std::max(max_scaled, static_cast<double>(v) * inv_t);
  std::vector<double> weights(logits.size(), 0.0);
  std::vector<WeightedToken> c;
  c.reserve(logits.size());
  for (size_t i = 0; i < logits.size(); ++i) {
    const float v = logits[i];
    if (std::isnan(v)) continue;
    weights[i] = det_exp(static_cast<double>(v) * inv_t - max_scaled);
    if (weights[i] > 0.0) c.push_back({static_cast<int32_t>(i), weights[i]});
  }
  total = sum_weights(weights);
  return c;
}

/// Candidate order: scaled logit descending, the lower id first among equals (for T > 0 the
/// order of the logits themselves: v * inv_t is strictly increasing in v over the f32 range).
auto candidate_order(std::span<const float> logits, double inv_t) {
  return [logits, inv_t](const WeightedToken& a, const WeightedToken& b) {
    const double x = static_cast<double>(logits[static_cast<size_t>(a.token)]) * inv_t;
    const double y = static_cast<double>(logits[static_cast<size_t>(b.token)]) * inv_t;
    return x != y ? x > y : a.token < b.token;
  };
}

/// Heads of the candidate order the host sorts, growing, before a whole row: choose_from_head
/// decides from a head unless a filter or the draw walks past it (then the next head, and at the
/// end the rest, is sorted too). The same choice either way (choose_from_head's contract); a
/// 128k-token row whose choice falls in the first candidates skips the full sort.
constexpr size_t kHostHeads[] = {256, 4096};

}  // namespace

std::vector<WeightedToken> weigh_row(std::span<const float> logits, double inv_t, double& total) {
  std::vector<WeightedToken> c = weigh_unsorted(logits, inv_t, total);
  std::sort(c.begin(), c.end(), candidate_order(logits, inv_t));
  return c;
}

bool is_greedy(std::span<const float> logits, const SampleSpec& spec, double inv_t) {
  if (spec.temperature == 0.0f || spec.top_k == 1) return true;
  double max_scaled = -std::numeric_limits<double>::infinity();
  for (const float v : logits)
    if (!std::isnan(v)) max_scaled = std::max(max_scaled, static_cast<double>(v) * inv_t);
  return !std::isfinite(max_scaled);
}

std::vector<Candidate> filter_candidates(std::span<const float> logits, const SampleSpec& spec) {
  if (logits.empty()) return {};
  const double inv_t = 1.0 / static_cast<double>(spec.temperature);
  if (is_greedy(logits, spec, inv_t)) return {{argmax(logits), 1.0}};
  double total = 0.0;
  const std::vector<WeightedToken> c = weigh_row(logits, inv_t, total);
  return filter_head(c, true, total, spec)->first;
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
  if (!row.empty()) {
    const double inv_t = 1.0 / static_cast<double>(spec.temperature);
    if (is_greedy(row, spec, inv_t)) {
      out.token = argmax(row);
    } else {
      double total = 0.0;
      std::vector<WeightedToken> c = weigh_unsorted(row, inv_t, total);
      const auto order = candidate_order(row, inv_t);
      std::optional<int32_t> chosen;
      size_t sorted = 0;  // c[0, sorted) is in candidate order and precedes every other candidate
      for (const size_t head : kHostHeads) {
        if (c.size() <= head) break;
        std::partial_sort(c.begin() + static_cast<std::ptrdiff_t>(sorted),
                          c.begin() + static_cast<std::ptrdiff_t>(head), c.end(), order);
        sorted = head;
        Rng trial = rng;
        chosen = choose_from_head(std::span(c).first(head), false, total, spec, trial);
        if (chosen) {
          rng = trial;
          break;
        }
      }
      if (!chosen) {
        std::sort(c.begin() + static_cast<std::ptrdiff_t>(sorted), c.end(), order);
        chosen = choose_from_head(c, true, total, spec, rng);
      }
      out.token = *chosen;
    }
  }
  out.rng = rng.state();
  if (spec.logprobs >= 0) out.logprobs = compute_logprobs(row, out.token, spec.logprobs);
  return out;
}

}  // namespace mlxla::runtime
