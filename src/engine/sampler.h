// Token selection from logits: penalties, temperature, top-k / top-p / min-p filtering and a
// seeded, platform-independent random draw; plus the stop-string matcher used while streaming.
#pragma once

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "mlxla/result.h"
#include "runtime/sampling.h"

namespace mlxla::engine {

/// One sequence's restriction on its next token (constrained decoding, e.g. a JSON grammar).
/// The sampler masks the logits with it before logit_bias, penalties, temperature and the
/// filters, so those act on the allowed tokens only, and advances it with the token chosen.
class TokenConstraint {
 public:
  virtual ~TokenConstraint() = default;
  /// Sets the logits of the tokens that may not come next to -infinity. At least one token
  /// (an end-of-sequence one when the constrained output is complete) stays allowed.
  virtual void mask_logits(std::span<float> logits) = 0;
  /// Advances past `token`, which mask_logits allowed.
  virtual void accept(int32_t token) = 0;
};

/// Makes each sequence its own TokenConstraint: SamplingParams are copied per sequence (and
/// shared by concurrent requests), the constraint's state must not be.
class TokenConstraintFactory {
 public:
  virtual ~TokenConstraintFactory() = default;
  virtual std::unique_ptr<TokenConstraint> create() const = 0;
};

// The choice itself lives in runtime (a backend makes it where the logits are).
using runtime::Candidate;
using runtime::compute_logprobs;
using runtime::Rng;
using runtime::TokenLogprob;
/// What the sampler records per token when SamplingParams::logprobs >= 0: the log-softmax of the
/// logits after the constraint's mask, logit_bias and the penalties, before temperature and the
/// top-k/top-p/min-p filters (the distribution the model's processed logits define).
using runtime::TokenLogprobs;

/// How the next token is chosen. The defaults are plain greedy decoding.
struct SamplingParams {
  float temperature = 0.0f;         ///< 0: greedy (argmax, first maximum); else logits / T
  int32_t top_k = 0;                ///< keep the k most likely tokens; 0: off
  float top_p = 1.0f;               ///< keep the smallest top set reaching this mass; 1: off
  float min_p = 0.0f;               ///< drop tokens with p < min_p * p_max; 0: off
  float repetition_penalty = 1.0f;  ///< HF/llama.cpp: positive logits / r, negative * r; 1: off
  int32_t repetition_window = 0;    ///< last tokens the repetition penalty sees; 0: all of them
  float frequency_penalty = 0.0f;   ///< OpenAI: logit -= count(token in generated) * f
  float presence_penalty = 0.0f;    ///< OpenAI: logit -= p when the token was generated at all
  uint64_t seed = 0;                ///< the random stream (same seed, same choices)
  /// OpenAI's logit_bias: (token id, bias in [-100, 100]) added to the logits after the
  /// constraint's mask and before the penalties; -100 all but bans a token, 100 all but forces it.
  std::vector<std::pair<int32_t, float>> logit_bias;
  /// Restricts every token to those the constraint allows (null: unconstrained).
  std::shared_ptr<const TokenConstraintFactory> constraint;
  /// -1: no log-probabilities (nothing computed); 0..20: record TokenLogprobs for every token
  /// with this many alternatives (Sampler::last_logprobs).
  int32_t logprobs = -1;
};

/// Checks ranges: temperature >= 0, top_k >= 0, top_p in (0, 1], min_p in [0, 1],
/// repetition_penalty > 0, penalties finite, logit_bias ids >= 0 and biases in [-100, 100],
/// logprobs in [-1, 20].
/// Messages name the field.
Status validate(const SamplingParams& params);

/// Applies the repetition penalty over `context` (prompt and generated tokens; the last
/// `repetition_window` of them when set) and the frequency/presence penalties over `generated`,
/// in place. Each distinct token is penalised once by the repetition penalty.
void apply_penalties(std::span<float> logits, const SamplingParams& params,
                     std::span<const int32_t> context, std::span<const int32_t> generated);

/// The candidates left after temperature, top-k, top-p and min-p (in that order), most likely
/// first (ties: lower id first), probabilities renormalised to sum to 1. With temperature 0,
/// the single argmax token. Logits are taken as given (penalties already applied).
std::vector<Candidate> filter_candidates(std::span<const float> logits,
                                         const SamplingParams& params);

/// Chooses tokens. Owns the random stream; one Sampler per generated sequence.
class Sampler {
 public:
  explicit Sampler(const SamplingParams& params)
      : params_(params),
        rng_(params.seed),
        constraint_(params.constraint ? params.constraint->create() : nullptr) {}
  const SamplingParams& params() const { return params_; }
  /// False when sample() reduces to the argmax of the raw logits (temperature 0, no penalties,
  /// logit_bias, constraint or logprobs): then the argmax a graph computes is the token.
  bool needs_logits() const;
  /// True when the choice needs the logits on the host: a constraint (grammar) masks them there.
  /// Otherwise the backend chooses (Backend::sample with next_spec()) and they stay where they
  /// are.
  bool needs_host_logits() const { return constraint_ != nullptr; }

  /// The next choice as a backend makes it: the filters, logit_bias and the penalties over
  /// `context` (prompt + generated) and `generated` as sparse edits, the random stream, logprobs.
  runtime::SampleSpec next_spec(std::span<const int32_t> context,
                                std::span<const int32_t> generated) const;
  /// Takes a choice made from next_spec(): advances the random stream, records the
  /// log-probabilities and advances the constraint, if any. Returns the token.
  int32_t accept(runtime::SampleResult result);

  /// The next token for `logits` on the host (copied; the constraint's mask, logit_bias and the
  /// penalties are applied to the copy): next_spec() and runtime::sample_row, so the host and a
  /// backend choose alike. The constraint, if any, advances past the result.
  int32_t sample(std::span<const float> logits, std::span<const int32_t> context,
                 std::span<const int32_t> generated);
  /// The log-probabilities of the last sample() (valid when params().logprobs >= 0).
  const TokenLogprobs& last_logprobs() const { return logprobs_; }

 private:
  SamplingParams params_;
  Rng rng_;
  std::unique_ptr<TokenConstraint> constraint_;
  std::vector<float> masked_;   ///< the logits after the constraint's mask
  std::vector<float> scratch_;  ///< after the edits too
  TokenLogprobs logprobs_;
};

/// Streams text through a list of stop strings. Text that could still be the beginning of a stop
/// string is held back; once a stop string appears, the text before it is released and the
/// stream is over (the stop string itself is never emitted, as in OpenAI's API).
class StopMatcher {
 public:
  explicit StopMatcher(std::vector<std::string> stops);
  /// Feeds newly decoded text; returns the text now safe to emit.
  std::string push(std::string_view text);
  /// Releases whatever is held back (call at the end of a stream that did not stop).
  std::string flush();
  bool stopped() const { return stopped_; }
  /// The stop string that matched (empty until stopped()).
  const std::string& matched() const { return matched_; }

 private:
  std::vector<std::string> stops_;
  std::string pending_;
  std::string matched_;
  bool stopped_ = false;
};

}  // namespace mlxla::engine
