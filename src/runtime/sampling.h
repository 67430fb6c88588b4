// Choosing a token from a row of logits: sparse edits (logit_bias, penalties), temperature,
// top-k / top-p / min-p, a seeded draw from an integer-only random stream, log-probabilities.
// The engine's Sampler states what it wants as a SampleSpec; a backend chooses the token where
// the logits are (Backend::sample), so they need not be downloaded. sample_row() is the
// definition every backend must reproduce (the host backends run it in place).
#pragma once

#include <array>
#include <cstdint>
#include <span>
#include <vector>

namespace mlxla::runtime {

/// xoshiro256** seeded through splitmix64: integer-only, so the stream of numbers is the same on
/// every platform, compiler and device.
class Rng {
 public:
  using State = std::array<uint64_t, 4>;
  explicit Rng(uint64_t seed);
  static Rng from_state(const State& state);
  uint64_t next_u64();
  /// Uniform in [0, 1) with 53 random bits.
  double next_double();
  const State& state() const { return s_; }

 private:
  Rng() = default;
  State s_{};
};

/// A token and its log-probability.
struct TokenLogprob {
  int32_t token = 0;
  float logprob = 0.0f;
};

/// The log-probabilities recorded for one chosen token: the log-softmax of the logits after the
/// edits (mask, logit_bias, penalties), before temperature and the filters.
struct TokenLogprobs {
  TokenLogprob chosen;
  std::vector<TokenLogprob>
      top;  ///< the `logprobs` most likely, most likely first (ties: lower id)
};

/// One change to one logit before the choice, applied in list order (f32 arithmetic):
/// kAdd: v += value; kRepetition: v = v > 0 ? v / value : v * value (HF/llama.cpp's penalty).
struct LogitEdit {
  enum class Kind : uint8_t { kAdd, kRepetition };
  Kind kind = Kind::kAdd;
  int32_t token = 0;  ///< ignored when outside [0, vocab)
  float value = 0.0f;
};

/// How to choose the next token from one row of logits.
struct SampleSpec {
  float temperature = 0.0f;  ///< 0: argmax (first maximum, NaN never chosen)
  int32_t top_k = 0;         ///< 0: off
  float top_p = 1.0f;        ///< 1: off
  float min_p = 0.0f;        ///< 0: off
  std::vector<LogitEdit> edits;
  Rng::State rng{};       ///< the sequence's random stream; one draw when >1 candidate is left
  int32_t logprobs = -1;  ///< -1: none; 0..20: the chosen token's and this many alternatives
};

/// What a choice returns: the token, the stream after it, and the log-probabilities when asked.
struct SampleResult {
  int32_t token = 0;
  Rng::State rng{};
  TokenLogprobs logprobs;
};

/// One candidate after filtering: a token and its (renormalised) probability.
struct Candidate {
  int32_t token;
  double probability;
};

/// The first maximum of `logits`, NaN never chosen (an all-NaN row gives token 0).
int32_t argmax(std::span<const float> logits);

/// The candidates left after temperature, top-k, top-p and min-p (in that order), most likely
/// first (ties: lower id first), probabilities renormalised to sum to 1; computed in double. With
/// temperature 0 (or top_k 1), the single argmax token.
std::vector<Candidate> filter_candidates(std::span<const float> logits, const SampleSpec& spec);

/// A candidate for `u` in [0, 1): the first whose cumulative probability exceeds u (the last
/// when rounding leaves u beyond the total); 0 for an empty list.
int32_t pick_candidate(const std::vector<Candidate>& candidates, double u);

/// The log-softmax of `logits` at `chosen` and the `top` most likely tokens (ties: lower id
/// first; tokens at -infinity are never listed). In double.
TokenLogprobs compute_logprobs(std::span<const float> logits, int32_t chosen, int32_t top);

/// Applies `edits` to `logits` in place, in order.
void apply_edits(std::span<float> logits, std::span<const LogitEdit> edits);

/// The definition of a choice: edits applied to a copy of `logits` (in `scratch`), then the
/// filters, one draw from `spec.rng` when more than one candidate is left, and the
/// log-probabilities of the edited logits when asked.
SampleResult sample_row(std::span<const float> logits, const SampleSpec& spec,
                        std::vector<float>& scratch);

}  // namespace mlxla::runtime
