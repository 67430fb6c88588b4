// Shared flags and helpers of the text commands: default model lookup, Session and sampling
// options, chat-template rendering and the tok/s line printed after a generation.
#include "text_flags.h"

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <random>
#include <sstream>

#include "chat/template.h"
#include "checkpoint/model_location.h"
#include "commands.h"
#include "model/graph_spec.h"

namespace mlxla::cli {

void add_model_dir_flag(CLI::App* cmd, ModelFlags& flags) {
  cmd->add_option("-m,--model", flags.model_dir,
                  "Model directory, or a Hugging Face repo id (ORG/NAME) already in the local HF "
                  "cache (default: $MLXLA_DEFAULT_MODEL, else the repository's models/demo-q4)");
}

void add_model_flags(CLI::App* cmd, ModelFlags& flags) {
  add_model_dir_flag(cmd, flags);
  engine::SessionOptions& s = flags.session;
  cmd->add_option("--backend", s.backend, backend_flag_help())->capture_default_str();
  cmd->add_option("--device", s.device, "GPU backends: device index (mlxla inspect --devices)")
      ->capture_default_str();
  cmd->add_option("--residency", s.residency, "Weights in memory: packed | dense | f16")
      ->capture_default_str();
  cmd->add_option("--precision", s.precision, "Contraction precision: f32 | f16 | bf16")
      ->capture_default_str();
  cmd->add_option("--kv-dtype", s.kv_dtype,
                  "KV cache element type: f16 | bf16 | f32 (attention accumulates in f32)")
      ->capture_default_str();
  cmd->add_option(
         "--policy", s.policy,
         "Kernel policy: exact (packed == dense bitwise) | fast (int8 activations; cpu, vulkan)")
      ->capture_default_str();
  cmd->add_option("--threads", s.threads, "CPU threads (0: all cores)")->capture_default_str();
  flags.capacity_option = cmd->add_option("--capacity,-c", s.capacity,
                                          "Context positions (0: the model's, at most 4096)")
                              ->capture_default_str();
  cmd->add_option("--chunk", s.prefill_chunk, "Tokens per prefill chunk")->capture_default_str();
}

Status check_model_flags(const ModelFlags& flags) {
  const engine::SessionOptions& s = flags.session;
  if (!model::parse_residency(s.residency))
    return invalid_argument("--residency: expected packed, dense or f16, got '" + s.residency +
                            "'");
  if (!model::parse_precision(s.precision))
    return invalid_argument("--precision: expected f32, f16 or bf16, got '" + s.precision + "'");
  if (!model::parse_precision(s.kv_dtype))
    return invalid_argument("--kv-dtype: expected f16, bf16 or f32, got '" + s.kv_dtype + "'");
  if (s.threads < 0) return invalid_argument("--threads: must be >= 0 (0: all cores)");
  if (s.device < 0) return invalid_argument("--device: must be >= 0 (mlxla inspect --devices)");
  if (s.capacity < 0) return invalid_argument("--capacity: must be >= 0");
  if (s.prefill_chunk <= 0) return invalid_argument("--chunk: must be > 0");
  return Status::Ok();
}

Result<std::filesystem::path> resolve_model_dir(const std::string& explicit_dir) {
  if (!explicit_dir.empty()) return checkpoint::locate_model(explicit_dir);
  std::error_code ec;
  if (const char* env = std::getenv("MLXLA_DEFAULT_MODEL"); env != nullptr && *env != '\0') {
    if (std::filesystem::is_directory(env, ec)) return std::filesystem::path(env);
    return not_found(std::string("no -m given and $MLXLA_DEFAULT_MODEL (") + env +
                     ") is not a directory; pass -m DIR");
  }
  // build/<preset>/bin/mlxla -> <repo>/models/demo-q4
  const std::filesystem::path exe = std::filesystem::read_symlink("/proc/self/exe", ec);
  std::filesystem::path candidate;
  if (!ec) {
    candidate = (exe.parent_path() / ".." / ".." / ".." / "models" / "demo-q4").lexically_normal();
    if (std::filesystem::is_directory(candidate, ec)) return candidate;
  }
  return not_found("no -m given and the default model is absent (looked for " +
                   (candidate.empty() ? std::string("<repo>/models/demo-q4") : candidate.string()) +
                   " and $MLXLA_DEFAULT_MODEL); pass -m DIR");
}

void add_sampling_flags(CLI::App* cmd, SamplingFlags& flags) {
  engine::SamplingParams& p = flags.params;
  p.temperature = 0.8f;
  p.top_k = 40;
  p.top_p = 0.95f;
  p.min_p = 0.05f;
  flags.temp_option =
      cmd->add_option("--temp", p.temperature, "Temperature (0: greedy)")->capture_default_str();
  cmd->add_option("--top-k", p.top_k, "Keep the k most likely tokens (0: off)")
      ->capture_default_str();
  cmd->add_option("--top-p", p.top_p, "Nucleus: keep the top tokens up to this mass (1: off)")
      ->capture_default_str();
  cmd->add_option("--min-p", p.min_p, "Drop tokens below min-p x the top probability (0: off)")
      ->capture_default_str();
  flags.seed_option =
      cmd->add_option("--seed", p.seed, "Random seed (default: a fresh one, printed on stderr)");
  cmd->add_option("--repeat-penalty", p.repetition_penalty, "Repetition penalty (1: off)")
      ->capture_default_str();
  cmd->add_option("--repeat-last-n", p.repetition_window,
                  "Tokens the repetition penalty sees (0: all)")
      ->capture_default_str();
  cmd->add_option("--frequency-penalty", p.frequency_penalty, "OpenAI frequency penalty")
      ->capture_default_str();
  cmd->add_option("--presence-penalty", p.presence_penalty, "OpenAI presence penalty")
      ->capture_default_str();
  cmd->add_option("--stop", flags.stop, "Stop string (repeatable); not printed");
}

Result<engine::SamplingParams> sampling_params(const SamplingFlags& flags) {
  engine::SamplingParams p = flags.params;
  const Status valid = engine::validate(p);
  if (!valid.ok()) {
    const std::string& m = valid.error().message();
    return invalid_argument("sampling flags: " + m);
  }
  if (flags.seed_option == nullptr || flags.seed_option->count() == 0) {
    std::random_device device;
    p.seed = (static_cast<uint64_t>(device()) << 32) ^ device();
  }
  return p;
}

Result<std::string> read_text_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return io_error(path.string() + ": cannot open");
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

Result<std::string> render_chat(const tokenizer::Tokenizer& tok, const std::string& template_source,
                                nlohmann::json context) {
  const std::string& tmpl = template_source.empty() ? tok.chat_template() : template_source;
  if (tmpl.empty())
    return not_found(
        "the tokenizer has no chat_template (tokenizer_config.json); pass --chat-template FILE");
  if (!context.is_object() || !context.contains("messages") || !context["messages"].is_array())
    return invalid_argument("the chat context needs a 'messages' array");
  const nlohmann::json messages = context["messages"];
  const bool add_generation_prompt = context.contains("add_generation_prompt") &&
                                     context["add_generation_prompt"].is_boolean() &&
                                     context["add_generation_prompt"].get<bool>();
  context.erase("messages");
  context.erase("add_generation_prompt");
  if (!context.contains("bos_token")) context["bos_token"] = tok.bos_token();
  if (!context.contains("eos_token")) context["eos_token"] = tok.eos_token();
  return chat::apply_chat_template(tmpl, messages, add_generation_prompt, context);
}

void print_generation_stats(const engine::Generation& g) {
  const engine::GenerationStats& s = g.stats;
  const int64_t prefilled = s.prompt_tokens - s.reused_tokens;
  const double prompt_rate =
      s.prefill_seconds > 0 ? static_cast<double>(prefilled) / s.prefill_seconds : 0.0;
  const int64_t decoded = s.generated_tokens > 0 ? s.generated_tokens - 1 : 0;
  const double decode_rate =
      s.decode_seconds > 0 ? static_cast<double>(decoded) / s.decode_seconds : 0.0;
  const char* reason = g.finish == engine::FinishReason::kEos          ? "eos"
                       : g.finish == engine::FinishReason::kStopString ? "stop string"
                       : g.finish == engine::FinishReason::kContext    ? "context full"
                                                                       : "length";
  std::fprintf(stderr,
               "prompt: %lld tokens (%lld reused), %.1f tok/s | generated: %lld tokens, %.1f tok/s "
               "| end: %s\n",
               static_cast<long long>(s.prompt_tokens), static_cast<long long>(s.reused_tokens),
               prompt_rate, static_cast<long long>(s.generated_tokens), decode_rate, reason);
}

}  // namespace mlxla::cli
