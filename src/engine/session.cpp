// Session: opens a model directory on a backend, keeps one sequence's tokens in step with the
// runner's KV cache, and runs the generation loop (sampler, EOS, stop strings, streaming text).
#include "engine/session.h"

#include <algorithm>

#include "common/model_file.h"
#include "model/graph_spec.h"
#include "runtime/backend_registry.h"
#include "runtime/model_runner.h"

namespace mlxla::engine {
namespace {

/// The session's backend from the registry; the option checks name SessionOptions' fields.
Result<std::unique_ptr<runtime::Backend>> make_session_backend(const SessionOptions& o) {
  if (o.threads < 0) return invalid_argument("threads: must be >= 0 (0: every online CPU)");
  if (o.device < 0) return invalid_argument("device: must be >= 0 (mlxla inspect --devices)");
  runtime::BackendOptions options;
  options.threads = o.threads;
  options.device = o.device;
  MLXLA_ASSIGN_OR_RETURN(options.policy, runtime::parse_policy(o.policy, "policy"));
  return runtime::make_backend(o.backend, options);  // its error lists the known names
}

}  // namespace

std::string_view finish_reason_name(FinishReason reason) {
  switch (reason) {
    case FinishReason::kEos:
    case FinishReason::kStopString:
      return "stop";
    case FinishReason::kLength:
    case FinishReason::kContext:
      return "length";
    case FinishReason::kCancelled:
      return "cancelled";
    case FinishReason::kError:
      return "error";
  }
  return "error";
}

int64_t default_capacity(const checkpoint::ModelConfig& config) {
  if (config.max_position_embeddings <= 0) return kDefaultCapacityLimit;
  return std::min(config.max_position_embeddings, kDefaultCapacityLimit);
}

std::vector<int32_t> merge_eos_ids(const checkpoint::ModelConfig& config,
                                   const tokenizer::Tokenizer* tokenizer) {
  std::vector<int32_t> ids;
  const auto add = [&](int64_t id) {
    if (id < 0 || id > INT32_MAX) return;
    if (std::find(ids.begin(), ids.end(), static_cast<int32_t>(id)) == ids.end())
      ids.push_back(static_cast<int32_t>(id));
  };
  for (const int64_t id : config.eos_token_ids) add(id);
  if (tokenizer != nullptr)
    for (const int32_t id : tokenizer->eos_ids()) add(id);
  return ids;
}

Session::Session(SessionOptions options, std::unique_ptr<runtime::ModelRunner> runner,
                 std::unique_ptr<tokenizer::Tokenizer> tokenizer, std::vector<int32_t> eos_ids)
    : options_(std::move(options)),
      runner_(std::move(runner)),
      tokenizer_(std::move(tokenizer)),
      eos_ids_(std::move(eos_ids)) {}

Session::~Session() = default;

Result<std::unique_ptr<Session>> Session::open(const std::filesystem::path& dir,
                                               const SessionOptions& options) {
  runtime::RunnerOptions runner_options;
  const auto residency = model::parse_residency(options.residency);
  if (!residency)
    return invalid_argument("residency: expected packed, dense or f16, got '" + options.residency +
                            "'");
  const auto precision = model::parse_precision(options.precision);
  if (!precision)
    return invalid_argument("precision: expected f32, f16 or bf16, got '" + options.precision +
                            "'");
  const auto kv_dtype = model::parse_precision(options.kv_dtype);
  if (!kv_dtype)
    return invalid_argument("kv_dtype: expected f16, bf16 or f32, got '" + options.kv_dtype + "'");
  if (options.capacity < 0)
    return invalid_argument("capacity: must be >= 0 (0: the model's context, at most 4096)");
  if (options.prefill_chunk <= 0) return invalid_argument("prefill_chunk: must be > 0");
  MLXLA_ASSIGN_OR_RETURN(auto backend, make_session_backend(options));

  std::error_code ec;
  if (!std::filesystem::is_directory(dir, ec))
    return not_found(dir.string() + ": no such model directory");
  MLXLA_ASSIGN_OR_RETURN(const checkpoint::ModelConfig config, checkpoint::load_model_config(dir));
  runner_options.residency = *residency;
  runner_options.precision = *precision;
  runner_options.kv_dtype = *kv_dtype;
  runner_options.capacity = options.capacity > 0 ? options.capacity : default_capacity(config);
  runner_options.prefill_chunk = options.prefill_chunk;

  std::unique_ptr<tokenizer::Tokenizer> tok;
  if (options.load_tokenizer &&
      common::entry_exists(dir / "tokenizer.json")) {  // a link loop is reported
    auto loaded = tokenizer::Tokenizer::load(dir);
    if (!loaded.ok()) return loaded.error().with_context((dir / "tokenizer.json").string());
    tok = std::make_unique<tokenizer::Tokenizer>(std::move(*loaded));
  }
  MLXLA_ASSIGN_OR_RETURN(auto runner,
                         runtime::ModelRunner::open(dir, std::move(backend), runner_options));
  std::vector<int32_t> eos = merge_eos_ids(runner->config(), tok.get());
  SessionOptions resolved = options;
  resolved.capacity = runner_options.capacity;
  return std::unique_ptr<Session>(
      new Session(std::move(resolved), std::move(runner), std::move(tok), std::move(eos)));
}

const checkpoint::ModelConfig& Session::config() const {
  return runner_->config();
}
int64_t Session::capacity() const {
  return runner_->options().capacity;
}
int64_t Session::vocab_size() const {
  return runner_->config().vocab_size;
}
std::string_view Session::backend_name() const {
  return runner_->backend_name();
}

bool Session::is_eos(int32_t id) const {
  return std::find(eos_ids_.begin(), eos_ids_.end(), id) != eos_ids_.end();
}

void Session::reset() {
  runner_->reset();
  tokens_.clear();
  has_step_ = false;
  last_logits_.clear();
}

Status Session::check_fits(size_t count) const {
  const int64_t needed = position() + static_cast<int64_t>(count);
  if (needed > capacity()) {
    return invalid_argument("context full: " + std::to_string(position()) + " cached + " +
                            std::to_string(count) + " new tokens exceed the context of " +
                            std::to_string(capacity()) +
                            " positions (raise the capacity or shorten the prompt)");
  }
  return Status::Ok();
}

Status Session::step_prefill(std::span<const int32_t> ids, runtime::StepLogits want) {
  if (ids.empty()) return invalid_argument("prefill: no tokens");
  MLXLA_RETURN_IF_ERROR(check_fits(ids.size()));
  auto step = runner_->prefill(ids, want);
  if (!step.ok()) {
    // A failed step may have advanced the runner part of the way: start over rather than guess.
    if (runner_->position() != position()) reset();
    return step.error();
  }
  tokens_.insert(tokens_.end(), ids.begin(), ids.end());
  has_step_ = true;
  last_token_ = step->next_token;
  last_logits_ = std::move(step->logits);
  return Status::Ok();
}

Status Session::step_decode(int32_t id, runtime::StepLogits want) {
  MLXLA_RETURN_IF_ERROR(check_fits(1));
  auto step = runner_->decode(id, want);
  if (!step.ok()) {
    if (runner_->position() != position()) reset();
    return step.error();
  }
  tokens_.push_back(id);
  has_step_ = true;
  last_token_ = step->next_token;
  last_logits_ = std::move(step->logits);
  return Status::Ok();
}

Status Session::step_append(std::span<const int32_t> prompt, int64_t* reused,
                            runtime::StepLogits want) {
  if (prompt.empty()) return invalid_argument("append: no tokens");
  const bool is_prefix = tokens_.size() <= prompt.size() && !tokens_.empty() &&
                         std::equal(tokens_.begin(), tokens_.end(), prompt.begin());
  if (is_prefix && tokens_.size() == prompt.size() && has_step_) {
    if (reused != nullptr) *reused = position();
    return Status::Ok();
  }
  if (!is_prefix) reset();
  const int64_t kept = position();
  if (reused != nullptr) *reused = kept;
  return step_prefill(prompt.subspan(static_cast<size_t>(kept)), want);
}

Result<const std::vector<float>*> Session::current_logits() {
  if (!has_step_) return invalid_argument("no step has run (the sequence is empty)");
  if (last_logits_.empty()) {
    MLXLA_ASSIGN_OR_RETURN(last_logits_, runner_->step_logits(0));
  }
  return &last_logits_;
}

Result<int32_t> Session::choose_next(Sampler& sampler, std::span<const int32_t> generated) {
  if (!has_step_) return invalid_argument("no step has run (the sequence is empty)");
  // A NaN logit makes the graph's argmax `vocab`: then the sampler decides.
  if (!sampler.needs_logits() && last_token_ >= 0 && last_token_ < vocab_size()) return last_token_;
  if (sampler.needs_host_logits() || !last_logits_.empty()) {
    MLXLA_ASSIGN_OR_RETURN(const std::vector<float>* current, current_logits());
    return sampler.sample(*current, tokens_, generated);
  }
  MLXLA_ASSIGN_OR_RETURN(runtime::SampleResult chosen,
                         runner_->sample(0, sampler.next_spec(tokens_, generated)));
  return sampler.accept(std::move(chosen));
}

Result<std::vector<float>> Session::prefill(std::span<const int32_t> ids) {
  MLXLA_RETURN_IF_ERROR(step_prefill(ids, runtime::StepLogits::kDownload));
  return last_logits_;
}

Result<std::vector<float>> Session::decode(int32_t id) {
  MLXLA_RETURN_IF_ERROR(step_decode(id, runtime::StepLogits::kDownload));
  return last_logits_;
}

Result<std::vector<float>> Session::append(std::span<const int32_t> prompt, int64_t* reused) {
  MLXLA_RETURN_IF_ERROR(step_append(prompt, reused, runtime::StepLogits::kDownload));
  MLXLA_ASSIGN_OR_RETURN(const std::vector<float>* logits, current_logits());
  return *logits;
}

}  // namespace mlxla::engine
