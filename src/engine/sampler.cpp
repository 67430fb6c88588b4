// Sampler, penalties, candidate filtering, the xoshiro256** stream and the stop-string matcher.
// Probabilities are computed in double so the filters' thresholds are not at the mercy of f32
// rounding in a 100k-token softmax.
#include "engine/sampler.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <string>
#include <unordered_map>
#include <unordered_set>

namespace mlxla::engine {
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

/// The first maximum, NaN never chosen (an all-NaN row gives token 0).
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

bool is_finite(float v) {
  return std::isfinite(v);
}

}  // namespace

Status validate(const SamplingParams& p) {
  if (!(p.temperature >= 0.0f) || !is_finite(p.temperature))
    return invalid_argument("temperature must be a finite number >= 0");
  if (p.top_k < 0) return invalid_argument("top_k must be >= 0 (0 turns it off)");
  if (!(p.top_p > 0.0f && p.top_p <= 1.0f)) return invalid_argument("top_p must be in (0, 1]");
  if (!(p.min_p >= 0.0f && p.min_p <= 1.0f)) return invalid_argument("min_p must be in [0, 1]");
  if (!(p.repetition_penalty > 0.0f) || !is_finite(p.repetition_penalty))
    return invalid_argument("repetition_penalty must be a finite number > 0 (1 turns it off)");
  if (p.repetition_window < 0)
    return invalid_argument("repetition_window must be >= 0 (0: the whole context)");
  if (!is_finite(p.frequency_penalty)) return invalid_argument("frequency_penalty must be finite");
  if (!is_finite(p.presence_penalty)) return invalid_argument("presence_penalty must be finite");
  for (const auto& [token, bias] : p.logit_bias) {
    if (token < 0)
      return invalid_argument("logit_bias: token id " + std::to_string(token) + " is negative");
    if (!(bias >= -100.0f && bias <= 100.0f))
      return invalid_argument("logit_bias: the bias of token " + std::to_string(token) +
                              " must be in [-100, 100]");
  }
  if (p.logprobs < -1 || p.logprobs > 20)
    return invalid_argument("logprobs must be in [-1, 20] (-1: off)");
  return Status::Ok();
}

Rng::Rng(uint64_t seed) {
  uint64_t state = seed;
  for (uint64_t& word : s_) word = splitmix64(state);
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

void apply_penalties(std::span<float> logits, const SamplingParams& params,
                     std::span<const int32_t> context, std::span<const int32_t> generated) {
  const auto in_range = [&](int32_t t) { return t >= 0 && static_cast<size_t>(t) < logits.size(); };
  if (params.repetition_penalty != 1.0f) {
    if (params.repetition_window > 0 &&
        context.size() > static_cast<size_t>(params.repetition_window))
      context = context.subspan(context.size() - static_cast<size_t>(params.repetition_window));
    std::unordered_set<int32_t> seen;
    for (const int32_t t : context) {
      if (!in_range(t) || !seen.insert(t).second) continue;
      float& v = logits[static_cast<size_t>(t)];
      v = v > 0.0f ? v / params.repetition_penalty : v * params.repetition_penalty;
    }
  }
  if (params.frequency_penalty != 0.0f || params.presence_penalty != 0.0f) {
    std::unordered_map<int32_t, int64_t> counts;
    for (const int32_t t : generated)
      if (in_range(t)) ++counts[t];
    for (const auto& [t, count] : counts) {
      logits[static_cast<size_t>(t)] -=
          static_cast<float>(count) * params.frequency_penalty + params.presence_penalty;
    }
  }
}

std::vector<Candidate> filter_candidates(std::span<const float> logits,
                                         const SamplingParams& params) {
  if (logits.empty()) return {};
  if (params.temperature == 0.0f || params.top_k == 1) return {{argmax(logits), 1.0}};

  // Softmax of logits / T over the finite logits, in double.
  const double inv_t = 1.0 / static_cast<double>(params.temperature);
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
  if (params.top_k > 0 && static_cast<size_t>(params.top_k) < c.size()) {
    std::partial_sort(c.begin(), c.begin() + params.top_k, c.end(), more_likely);
    c.resize(static_cast<size_t>(params.top_k));
  } else {
    std::sort(c.begin(), c.end(), more_likely);
  }
  // Renormalise after top-k so top-p measures mass among the survivors (HF applies the filters
  // in sequence, each on the previous one's output).
  total = 0.0;
  for (const Candidate& x : c) total += x.probability;
  for (Candidate& x : c) x.probability /= total;

  if (params.top_p < 1.0f) {
    // Keep a token while the mass of the more likely tokens is still below top_p.
    double before = 0.0;
    size_t keep = 0;
    while (keep < c.size() && before < static_cast<double>(params.top_p))
      before += c[keep++].probability;
    c.resize(std::max<size_t>(keep, 1));
  }
  if (params.min_p > 0.0f) {
    const double threshold = static_cast<double>(params.min_p) * c.front().probability;
    size_t keep = 1;
    while (keep < c.size() && c[keep].probability >= threshold) ++keep;
    c.resize(keep);
  }
  total = 0.0;
  for (const Candidate& x : c) total += x.probability;
  for (Candidate& x : c) x.probability /= total;
  return c;
}

bool Sampler::needs_logits() const {
  return params_.temperature != 0.0f || params_.repetition_penalty != 1.0f ||
         params_.frequency_penalty != 0.0f || params_.presence_penalty != 0.0f ||
         !params_.logit_bias.empty() || constraint_ != nullptr || params_.logprobs >= 0;
}

int32_t Sampler::sample(std::span<const float> logits, std::span<const int32_t> context,
                        std::span<const int32_t> generated) {
  scratch_.assign(logits.begin(), logits.end());
  if (constraint_) constraint_->mask_logits(scratch_);
  for (const auto& [id, bias] : params_.logit_bias)
    if (id >= 0 && static_cast<size_t>(id) < scratch_.size())
      scratch_[static_cast<size_t>(id)] += bias;
  apply_penalties(scratch_, params_, context, generated);
  const int32_t token = choose(filter_candidates(scratch_, params_));
  if (params_.logprobs >= 0) logprobs_ = compute_logprobs(scratch_, token, params_.logprobs);
  if (constraint_) constraint_->accept(token);
  return token;
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

int32_t Sampler::choose(const std::vector<Candidate>& candidates) {
  if (candidates.empty()) return 0;
  if (candidates.size() == 1) return candidates.front().token;
  const double u = rng_.next_double();
  double cumulative = 0.0;
  for (const Candidate& x : candidates) {
    cumulative += x.probability;
    if (u < cumulative) return x.token;
  }
  return candidates.back().token;  // u beyond the rounded total
}

StopMatcher::StopMatcher(std::vector<std::string> stops) {
  for (std::string& s : stops)
    if (!s.empty()) stops_.push_back(std::move(s));
}

std::string StopMatcher::push(std::string_view text) {
  if (stopped_) return {};
  pending_ += text;
  size_t first = std::string::npos;
  for (const std::string& s : stops_) {
    const size_t at = pending_.find(s);
    if (at < first) {
      first = at;
      matched_ = s;
    }
  }
  if (first != std::string::npos) {
    stopped_ = true;
    std::string out = pending_.substr(0, first);
    pending_.clear();
    return out;
  }
  // Hold back the longest tail of pending_ that some stop string starts with.
  size_t hold = 0;
  for (const std::string& s : stops_) {
    for (size_t n = std::min(s.size() - 1, pending_.size()); n > hold; --n) {
      if (pending_.compare(pending_.size() - n, n, s, 0, n) == 0) {
        hold = n;
        break;
      }
    }
  }
  std::string out = pending_.substr(0, pending_.size() - hold);
  pending_.erase(0, pending_.size() - hold);
  return out;
}

std::string StopMatcher::flush() {
  std::string out;
  out.swap(pending_);
  return stopped_ ? std::string() : out;
}

}  // namespace mlxla::engine
