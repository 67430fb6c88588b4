// The session API: one model directory opened on a backend, one sequence in its KV cache, and
// the generation loop (sampling, EOS, stop strings, streaming text). Used by the CLI and server.
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "mlxla/result.h"

namespace mlxla::tokenizer {
class Tokenizer;
}
namespace mlxla::checkpoint {
struct ModelConfig;
}
namespace mlxla::runtime {
class ModelRunner;
enum class StepLogits : uint8_t;  // runtime/model_runner.h
}  // namespace mlxla::runtime

namespace mlxla::engine {

struct SamplingParams;  // engine/sampler.h
class Sampler;          // engine/sampler.h

/// How to open a model. Strings are validated by Session::open (errors name the option).
struct SessionOptions {
  std::string backend = "cpu";       ///< "cpu" | "reference" | "vulkan" (when built)
  std::string residency = "packed";  ///< "packed" | "dense" | "f16"
  std::string precision = "f32";     ///< "f32" | "f16" | "bf16"
  std::string kv_dtype = "f16";      ///< KV cache element type: "f16" | "bf16" | "f32"
  /// Packed weights' kernels: "exact" (packed == dense bit for bit) | "fast" (int8 activations
  /// per weight group; cpu, vulkan). The library keeps the bit-exact default; the CLI defaults
  /// to "fast" (docs/QUALITY.md "Default policy"). No effect on dense or f16 residency.
  std::string policy = "exact";
  int threads = 0;             ///< CPU backend threads; 0: every online CPU
  int device = 0;              ///< GPU backends: device index (`mlxla inspect --devices`)
  int64_t capacity = 0;        ///< context positions; 0: min(max_position_embeddings, 4096)
  int64_t prefill_chunk = 16;  ///< tokens per prefill graph call
  bool load_tokenizer = true;  ///< load tokenizer.json when the directory has one
};

/// Why a generation ended: the one finish reason of Session and BatchEngine.
enum class FinishReason : uint8_t {
  kEos,         ///< an end-of-sequence (or stop id) token was chosen (not part of the text)
  kStopString,  ///< a stop string appeared in the text (not part of the output)
  kLength,      ///< max_tokens were generated
  kContext,     ///< the KV cache is full
  kCancelled,   ///< the caller or client went away, or the engine is shutting down
  kError,       ///< the runtime failed (BatchEngine: see StreamEvent::error)
};

/// OpenAI's names: "stop" for kEos and kStopString, "length" for kLength and kContext; then
/// "cancelled" and "error".
std::string_view finish_reason_name(FinishReason reason);
/// Whether the generation ran to a normal end (not cancelled, not failed).
inline bool finished_normally(FinishReason reason) {
  return reason != FinishReason::kCancelled && reason != FinishReason::kError;
}

/// Measurements of one generate() call (seconds of wall time).
struct GenerationStats {
  int64_t prompt_tokens = 0;     ///< tokens of the prompt
  int64_t reused_tokens = 0;     ///< prompt tokens already in the cache (not prefilled again)
  int64_t generated_tokens = 0;  ///< tokens chosen (an EOS that ended the run included)
  double prefill_seconds = 0.0;  ///< prefill, and choosing the first token
  double decode_seconds = 0.0;   ///< every later step
};

/// The outcome of generate().
struct Generation {
  std::vector<int32_t> tokens;  ///< generated ids (without the EOS that ended the run)
  std::string text;             ///< their text, cut at a stop string (empty without a tokenizer)
  FinishReason finish = FinishReason::kLength;
  GenerationStats stats;
};

/// What to generate after a prompt: the one request type of Session::generate and
/// BatchEngine::submit (sampling parameters travel beside it).
struct GenerationRequest {
  std::vector<int32_t> prompt;    ///< the whole sequence to continue (at least one token)
  int64_t max_tokens = -1;        ///< -1: until EOS or the context is full; else >= 1
  std::vector<std::string> stop;  ///< stop strings, matched on the decoded text
  bool stop_at_eos = true;        ///< end at any of eos_ids()
  std::vector<int32_t> stop_ids;  ///< more ids that end the run like EOS (not emitted)
  /// false: special tokens the model generates are part of the text (tool-call markers such as
  /// Mistral's [TOOL_CALLS]); end-of-sequence tokens never are.
  bool skip_special_tokens = true;
  /// Reuse the cached tokens when they are a prefix of `prompt` (prefill only the rest);
  /// otherwise (or when false) the cache is reset and the whole prompt is prefilled.
  bool reuse_cache = true;
};

/// Receives text as it becomes final (whole UTF-8 characters, stop strings held back).
/// Returning false cancels the generation (finish kLength).
using TextCallback = std::function<bool(std::string_view text)>;

class Session {
 public:
  /// Opens `dir` (config.json, *.safetensors, optional tokenizer files and
  /// generation_config.json) and compiles the decode graph.
  static Result<std::unique_ptr<Session>> open(const std::filesystem::path& dir,
                                               const SessionOptions& options);
  ~Session();
  Session(const Session&) = delete;
  Session& operator=(const Session&) = delete;

  const checkpoint::ModelConfig& config() const;
  const SessionOptions& options() const { return options_; }
  /// The tokenizer, or nullptr when the directory has none (ids in, ids out only).
  const tokenizer::Tokenizer* tokenizer() const { return tokenizer_.get(); }
  /// End-of-sequence ids: config.json / generation_config.json plus the tokenizer's.
  const std::vector<int32_t>& eos_ids() const { return eos_ids_; }
  bool is_eos(int32_t id) const;
  int64_t capacity() const;
  int64_t vocab_size() const;
  std::string_view backend_name() const;

  /// The tokens in the KV cache (their count is the position of the next token).
  const std::vector<int32_t>& tokens() const { return tokens_; }
  int64_t position() const { return static_cast<int64_t>(tokens_.size()); }
  /// Forgets the sequence.
  void reset();

  /// Appends `ids` (at least one) to the sequence and returns the logits after the last one.
  /// Fails without changing the sequence when they do not fit in the context.
  Result<std::vector<float>> prefill(std::span<const int32_t> ids);
  /// Appends one token and returns the logits after it.
  Result<std::vector<float>> decode(int32_t id);
  /// Makes the sequence equal `prompt`, prefilling only what the cache lacks when the cached
  /// tokens are a proper prefix of it (a chat's next turn), else from scratch. Returns the
  /// logits after the last token; `reused` (optional) receives the count of tokens kept.
  Result<std::vector<float>> append(std::span<const int32_t> prompt, int64_t* reused = nullptr);

  /// Runs the generation loop: `request.prompt` through append (or a fresh prefill), then one
  /// token at a time through `sampling`, streaming text to `on_text` when there is a tokenizer.
  Result<Generation> generate(const GenerationRequest& request, const SamplingParams& sampling,
                              const TextCallback& on_text = {});

 private:
  Session(SessionOptions options, std::unique_ptr<runtime::ModelRunner> runner,
          std::unique_ptr<tokenizer::Tokenizer> tokenizer, std::vector<int32_t> eos_ids);
  Status check_fits(size_t count) const;
  /// prefill / decode / append, bringing back what `want` says: the greedy path of generate()
  /// reads only the in-graph argmax (last_token_), other sampling nothing (the backend chooses
  /// from the step's logits where they are, choose_next), a constraint the logits.
  Status step_prefill(std::span<const int32_t> ids, runtime::StepLogits want);
  Status step_decode(int32_t id, runtime::StepLogits want);
  Status step_append(std::span<const int32_t> prompt, int64_t* reused, runtime::StepLogits want);
  /// The logits after tokens_.back(): last_logits_, downloaded from the runner's last step first
  /// when that step skipped them.
  Result<const std::vector<float>*> current_logits();
  /// The token after tokens_.back() for `sampler` (`generated`: this generation's tokens so far):
  /// the step's argmax when the sampler is plain greedy; else the sampler's choice, made by the
  /// backend where the logits are (ModelRunner::sample), or on the host when a constraint must
  /// mask them (or they were downloaded already: the same choice either way).
  Result<int32_t> choose_next(Sampler& sampler, std::span<const int32_t> generated);

  SessionOptions options_;
  std::unique_ptr<runtime::ModelRunner> runner_;
  std::unique_ptr<tokenizer::Tokenizer> tokenizer_;
  std::vector<int32_t> eos_ids_;
  std::vector<int32_t> tokens_;
  /// The prediction after tokens_.back(), so an unchanged prompt needs no step: has_step_ when
  /// known; last_token_ its in-graph argmax (-1: not downloaded); last_logits_ its logits once
  /// downloaded.
  bool has_step_ = false;
  int32_t last_token_ = 0;
  std::vector<float> last_logits_;
};

}  // namespace mlxla::engine
