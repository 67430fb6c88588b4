// Choosing a token from a row of logits: sparse edits (logit_bias, penalties), temperature,
// top-k / top-p / min-p, a seeded draw from an integer-only random stream, log-probabilities.
// The engine's Sampler states what it wants as a SampleSpec; a backend chooses the token where
// the logits are (Backend::sample), so they need not be downloaded. sample_row() is the
// definition every backend must reproduce (the host backends run it in place).
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
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

/// The weights of a row and their total, the quantities a device reproduces bit for bit
/// (docs/RUNTIME.md, "Choosing a token"). With x_i = double(v_i) * inv_t (inv_t = 1.0 / double(T)
/// computed once) and x_max the largest over the non-NaN logits, token i weighs
/// w_i = det_exp(x_i - x_max) (0 for NaN); the total W sums them in blocks of kSumBlock
/// consecutive ids, each block from 0.0 in id order, then the block sums in block order.
inline constexpr size_t kSumBlock = 256;
/// Below this det_exp is 0 (e^-708 is far below any filter's or draw's resolution).
inline constexpr double kDetExpMin = -708.0;

/// exp(x) for kDetExpMin <= x <= 0 (0 below, and for NaN) with IEEE f64 add, sub and mul only
/// (no division, fma or C library): x = k ln2 + r (k by the 1.5 * 2^52 shift, ln2 split in two
/// Cody-Waite parts), the Taylor polynomial of degree 13 in r by Horner, then the exact scaling
/// by 2^k built from its bits. Within 1 ulp of glibc's exp on 4M random samples of the domain;
/// det_exp(0) == 1. Not claimed monotone: the definition never relies on it.
double det_exp(double x);

/// W of `weights` (one per token id) in the blocked order above.
double sum_weights(std::span<const double> weights);

/// A candidate token and its weight w_i (not normalised).
struct WeightedToken {
  int32_t token;
  double weight;
};

/// Whether `spec` chooses the argmax on this (edited) row: temperature 0, top_k 1, or a largest
/// scaled logit that is not finite (+inf, or a row of only -inf and NaN).
bool is_greedy(std::span<const float> logits, const SampleSpec& spec, double inv_t);

/// The candidates of a row (tokens with w_i > 0) in candidate order, logit descending, the lower
/// id first among equal logits, with their weights; `total` receives W.
std::vector<WeightedToken> weigh_row(std::span<const float> logits, double inv_t, double& total);

/// The choice from a head of the candidate order (the first candidates, `complete` when it is all
/// of them) with the row's total W, drawing from `rng` when more than one candidate is left;
/// nullopt when the head cannot decide (then the whole row decides: sample_row).
///
/// The filters, on p_i = w_i / W: top_k keeps the k first candidates and renormalises them by
/// their sum (in candidate order) when it removes any; without a cut the whole set's mass is 1 by
/// definition, never summed. top_p keeps a candidate while the mass before it is below top_p
/// (at least one); min_p keeps those from the first whose p_i >= min_p * p_0, walking in candidate
/// order and stopping at the first below. When top_p or min_p removed any, the kept are
/// renormalised by their sum. The draw u = rng.next_double() picks the first candidate whose
/// cumulative probability exceeds u (the last when rounding leaves u beyond the total). Every sum
/// runs over kept candidates only, so a device's head of C candidates decides whenever the
/// filters and the walk end inside it.
std::optional<int32_t> choose_from_head(std::span<const WeightedToken> head, bool complete,
                                        double total, const SampleSpec& spec, Rng& rng);

/// The candidates left after temperature, top-k, top-p and min-p (in that order) as
/// choose_from_head defines them, in candidate order, probabilities renormalised as there. With
/// temperature 0 (or top_k 1, or a non-finite largest logit), the single argmax token.
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
/// argmax (is_greedy) or weigh_row and choose_from_head on the whole candidate list (one draw from
/// `spec.rng` when more than one candidate is left), and the log-probabilities of the edited
/// logits when asked (those use the C library's exp and log: a device downloads the row for
/// them).
SampleResult sample_row(std::span<const float> logits, const SampleSpec& spec,
                        std::vector<float>& scratch);

}  // namespace mlxla::runtime
