// Session::generate: the loop from a prompt to a finished generation. Tokens go through the
// sampler, text through StreamDecoder (whole characters) and StopMatcher (stop strings held back).
#include <algorithm>
#include <chrono>
#include <optional>

#include "engine/session.h"
#include "runtime/model_runner.h"

namespace mlxla::engine {
namespace {

using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

/// Text of the generated tokens on its way to the caller.
class TextStream {
 public:
  TextStream(const tokenizer::Tokenizer* tok, std::vector<std::string> stops, bool skip_special,
             const TextCallback& on_text)
      : stops_(std::move(stops)), on_text_(on_text) {
    if (tok != nullptr) decoder_.emplace(*tok, skip_special);
  }
  /// Feeds a token; false when the caller cancelled.
  bool push(int32_t token) {
    if (!decoder_) return true;
    return emit(stops_.push(decoder_->step(token)));
  }
  /// Ends the stream (the decoder's held-back text, then the matcher's).
  bool finish() {
    if (!decoder_) return true;
    if (!emit(stops_.push(decoder_->finish()))) return false;
    return emit(stops_.flush());
  }
  bool stopped() const { return stops_.stopped(); }
  std::string& text() { return text_; }

 private:
  bool emit(const std::string& piece) {
    if (piece.empty()) return true;
    text_ += piece;
    return on_text_ ? on_text_(piece) : true;
  }
  std::optional<tokenizer::StreamDecoder> decoder_;
  StopMatcher stops_;
  const TextCallback& on_text_;
  std::string text_;
};

}  // namespace

Result<Generation> Session::generate(const GenerationRequest& request,
                                     const SamplingParams& sampling, const TextCallback& on_text) {
  MLXLA_RETURN_IF_ERROR(validate(sampling));
  if (request.prompt.empty()) return invalid_argument("generate: the prompt has no tokens");
  if (request.max_tokens < -1)
    return invalid_argument("max_tokens: must be >= 0, or -1 for no limit");
  if (!request.stop.empty() && tokenizer_ == nullptr)
    return invalid_argument(
        "stop strings need a tokenizer (the model directory has no tokenizer.json)");

  Generation out;
  out.stats.prompt_tokens = static_cast<int64_t>(request.prompt.size());
  if (request.max_tokens == 0) return out;

  const auto prefill_start = Clock::now();
  if (!request.reuse_cache) reset();
  Sampler sampler(sampling);
  // Greedy decoding takes the graph's argmax (4 bytes a step); other sampling runs in the
  // backend (choose_next), which downloads nothing before it: a backend that queues work
  // (Vulkan) submits the step and the choice together. The logits come back only for a
  // constraint's mask.
  const runtime::StepLogits want = sampler.needs_host_logits() ? runtime::StepLogits::kDownload
                                   : sampler.needs_logits()    ? runtime::StepLogits::kNone
                                                               : runtime::StepLogits::kSkip;
  MLXLA_RETURN_IF_ERROR(step_append(request.prompt, &out.stats.reused_tokens, want));

  TextStream text(tokenizer_.get(), request.stop, request.skip_special_tokens, on_text);
  auto decode_start = Clock::now();
  bool first = true;
  bool cancelled = false;
  for (;;) {
    MLXLA_ASSIGN_OR_RETURN(const int32_t token, choose_next(sampler, out.tokens));
    ++out.stats.generated_tokens;
    if (first) {
      out.stats.prefill_seconds = seconds_since(prefill_start);
      decode_start = Clock::now();
      first = false;
    }
    if ((request.stop_at_eos && is_eos(token)) ||
        std::find(request.stop_ids.begin(), request.stop_ids.end(), token) !=
            request.stop_ids.end()) {
      out.finish = FinishReason::kEos;
      break;
    }
    out.tokens.push_back(token);
    if (!text.push(token)) {
      cancelled = true;
      out.finish = FinishReason::kLength;
      break;
    }
    if (text.stopped()) {
      out.finish = FinishReason::kStopString;
      break;
    }
    if (request.max_tokens >= 0 && static_cast<int64_t>(out.tokens.size()) >= request.max_tokens) {
      out.finish = FinishReason::kLength;
      break;
    }
    if (position() >= capacity()) {
      out.finish = FinishReason::kContext;
      break;
    }
    MLXLA_RETURN_IF_ERROR(step_decode(token, want));
  }
  if (!text.stopped() && !cancelled) (void)text.finish();
  out.stats.decode_seconds = seconds_since(decode_start);
  out.text = std::move(text.text());
  return out;
}

}  // namespace mlxla::engine
