// Sampler (the request's parameters stated as a runtime::SampleSpec: penalties and logit_bias as
// sparse edits; the choice itself is runtime/sampling.cpp's) and the stop-string matcher.
#include "engine/sampler.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <string>
#include <unordered_map>
#include <unordered_set>

namespace mlxla::engine {
namespace {

bool is_finite(float v) {
  return std::isfinite(v);
}

/// The penalties of `params` over `context` / `generated` as edits, appended to `edits` in the
/// order they apply: the repetition penalty once per distinct token of the (windowed) context,
/// then frequency and presence over the generated tokens.
void penalty_edits(const SamplingParams& params, std::span<const int32_t> context,
                   std::span<const int32_t> generated, std::vector<runtime::LogitEdit>& edits) {
  if (params.repetition_penalty != 1.0f) {
    if (params.repetition_window > 0 &&
        context.size() > static_cast<size_t>(params.repetition_window))
      context = context.subspan(context.size() - static_cast<size_t>(params.repetition_window));
    std::unordered_set<int32_t> seen;
    for (const int32_t t : context) {
      if (t < 0 || !seen.insert(t).second) continue;
      edits.push_back({runtime::LogitEdit::Kind::kRepetition, t, params.repetition_penalty});
    }
  }
  if (params.frequency_penalty != 0.0f || params.presence_penalty != 0.0f) {
    std::unordered_map<int32_t, int64_t> counts;
    for (const int32_t t : generated)
      if (t >= 0) ++counts[t];
    for (const auto& [t, count] : counts) {
      // v - (count * f + p), as v + -(...): the same f32 result.
      const float penalty =
          static_cast<float>(count) * params.frequency_penalty + params.presence_penalty;
      edits.push_back({runtime::LogitEdit::Kind::kAdd, t, -penalty});
    }
  }
}

runtime::SampleSpec filter_spec(const SamplingParams& params) {
  runtime::SampleSpec spec;
  spec.temperature = params.temperature;
  spec.top_k = params.top_k;
  spec.top_p = params.top_p;
  spec.min_p = params.min_p;
  spec.logprobs = params.logprobs;
  return spec;
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

void apply_penalties(std::span<float> logits, const SamplingParams& params,
                     std::span<const int32_t> context, std::span<const int32_t> generated) {
  std::vector<runtime::LogitEdit> edits;
  penalty_edits(params, context, generated, edits);
  runtime::apply_edits(logits, edits);
}

std::vector<Candidate> filter_candidates(std::span<const float> logits,
                                         const SamplingParams& params) {
  return runtime::filter_candidates(logits, filter_spec(params));
}

bool Sampler::needs_logits() const {
  return params_.temperature != 0.0f || params_.repetition_penalty != 1.0f ||
         params_.frequency_penalty != 0.0f || params_.presence_penalty != 0.0f ||
         !params_.logit_bias.empty() || constraint_ != nullptr || params_.logprobs >= 0;
}

runtime::SampleSpec Sampler::next_spec(std::span<const int32_t> context,
                                       std::span<const int32_t> generated) const {
  runtime::SampleSpec spec = filter_spec(params_);
  for (const auto& [id, bias] : params_.logit_bias)
    spec.edits.push_back({runtime::LogitEdit::Kind::kAdd, id, bias});
  penalty_edits(params_, context, generated, spec.edits);
  spec.rng = rng_.state();
  return spec;
}

int32_t Sampler::accept(runtime::SampleResult result) {
  rng_ = Rng::from_state(result.rng);
  if (params_.logprobs >= 0) logprobs_ = std::move(result.logprobs);
  if (constraint_) constraint_->accept(result.token);
  return result.token;
}

int32_t Sampler::sample(std::span<const float> logits, std::span<const int32_t> context,
                        std::span<const int32_t> generated) {
  std::span<const float> row = logits;
  if (constraint_) {
    masked_.assign(logits.begin(), logits.end());
    constraint_->mask_logits(masked_);
    row = masked_;
  }
  return accept(runtime::sample_row(row, next_spec(context, generated), scratch_));
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
