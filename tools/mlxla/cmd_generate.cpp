// `mlxla generate -m DIR --prompt-ids 1,403,407 -n N [--backend reference] [--residency R]
// [--precision P] [--capacity N]`: greedy generation, the generated ids printed as one
// comma-separated line. The prompt and the backend are resolved by small functions below so
// that text prompts (a tokenizer) and the CPU backend slot in without touching the loop.
#include <algorithm>
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include "commands.h"
#include "model/graph_spec.h"
#include "runtime/backend.h"
#include "runtime/model_runner.h"

namespace mlxla::cli {
namespace {

struct GenerateOptions {
  std::string model_dir;
  std::string backend = "reference";
  std::string prompt_ids;
  int64_t max_tokens = 16;
  std::string residency = "packed";
  std::string precision = "f32";
  int64_t capacity = 0;  ///< 0: prompt + max_tokens
  int64_t chunk = 16;
};

/// "1,403,407" -> ids; every item a decimal integer in [0, 2^31).
Result<std::vector<int32_t>> parse_ids(const std::string& text) {
  std::vector<int32_t> ids;
  size_t begin = 0;
  while (begin <= text.size()) {
    const size_t end = std::min(text.find(',', begin), text.size());
    std::string item = text.substr(begin, end - begin);
    const size_t first = item.find_first_not_of(" \t");
    const size_t last = item.find_last_not_of(" \t");
    item = first == std::string::npos ? "" : item.substr(first, last - first + 1);
    if (item.empty() || item.size() > 10 || item.find_first_not_of("0123456789") != std::string::npos ||
        std::stoll(item) > 2147483647LL) {
      return invalid_argument("--prompt-ids: '" + item + "' (item " + std::to_string(ids.size() + 1) +
                              ") is not a token id (a non-negative integer)");
    }
    ids.push_back(static_cast<int32_t>(std::stoll(item)));
    begin = end + 1;
  }
  return ids;
}

/// The prompt as token ids (text prompts will be tokenized here).
Result<std::vector<int32_t>> prompt_tokens(const GenerateOptions& o) {
  if (o.prompt_ids.empty()) return invalid_argument("--prompt-ids: give at least one token id");
  return parse_ids(o.prompt_ids);
}

Result<runtime::RunnerOptions> runner_options(const GenerateOptions& o, size_t prompt_size) {
  runtime::RunnerOptions options;
  const auto residency = model::parse_residency(o.residency);
  if (!residency) return invalid_argument("--residency: expected dense, f16 or packed, got '" + o.residency + "'");
  const auto precision = model::parse_precision(o.precision);
  if (!precision) return invalid_argument("--precision: expected f32, f16 or bf16, got '" + o.precision + "'");
  if (o.capacity < 0) return invalid_argument("--capacity: must be positive");
  if (o.chunk <= 0) return invalid_argument("--chunk: must be positive");
  options.residency = *residency;
  options.precision = *precision;
  options.capacity = o.capacity > 0 ? o.capacity : static_cast<int64_t>(prompt_size) + std::max<int64_t>(o.max_tokens, 1);
  options.prefill_chunk = o.chunk;
  return options;
}

/// Greedy: the prompt through prefill, then each prediction fed back through decode.
Result<std::vector<int32_t>> generate(runtime::ModelRunner& runner, const std::vector<int32_t>& prompt, int64_t n) {
  std::vector<int32_t> generated;
  if (n == 0) return generated;
  const int64_t needed = static_cast<int64_t>(prompt.size()) + n - 1;
  if (needed > runner.options().capacity) {
    return invalid_argument("the prompt and " + std::to_string(n) + " tokens need " + std::to_string(needed) +
                            " cache positions; --capacity is " + std::to_string(runner.options().capacity));
  }
  MLXLA_ASSIGN_OR_RETURN(runtime::StepOutput step, runner.prefill(prompt));
  generated.push_back(step.next_token);
  while (static_cast<int64_t>(generated.size()) < n) {
    MLXLA_ASSIGN_OR_RETURN(step, runner.decode(generated.back()));
    generated.push_back(step.next_token);
  }
  return generated;
}

int run_generate(const GenerateOptions& o) {
  if (o.max_tokens < 0) return report(invalid_argument("-n: the number of tokens must be >= 0"));
  auto prompt = prompt_tokens(o);
  if (!prompt.ok()) return report(prompt.error());
  auto options = runner_options(o, prompt->size());
  if (!options.ok()) return report(options.error());
  auto backend = runtime::make_backend(o.backend);
  if (!backend.ok()) return report(backend.error().with_context("--backend"));
  auto runner = runtime::ModelRunner::open(o.model_dir, std::move(*backend), *options);
  if (!runner.ok()) return report(runner.error().with_context(o.model_dir));
  auto ids = generate(**runner, *prompt, o.max_tokens);
  if (!ids.ok()) return report(ids.error());
  std::string line;
  for (size_t i = 0; i < ids->size(); ++i) {
    if (i > 0) line += ',';
    line += std::to_string((*ids)[i]);
  }
  std::printf("%s\n", line.c_str());
  return 0;
}

}  // namespace

void register_generate(CLI::App& app, CliContext& ctx) {
  auto options = std::make_shared<GenerateOptions>();
  CLI::App* cmd = app.add_subcommand("generate", "Greedy generation from token ids; prints the generated ids");
  cmd->add_option("-m,--model", options->model_dir, "Model directory (config.json, *.safetensors)")->required();
  cmd->add_option("--prompt-ids", options->prompt_ids, "Prompt token ids, comma-separated (e.g. 1,403,407)")->required();
  cmd->add_option("-n,--max-tokens", options->max_tokens, "Tokens to generate")->capture_default_str();
  cmd->add_option("--backend", options->backend, "reference | cpu")->capture_default_str();
  cmd->add_option("--residency", options->residency, "dense | f16 | packed")->capture_default_str();
  cmd->add_option("--precision", options->precision, "Contraction precision: f32 | f16 | bf16")->capture_default_str();
  cmd->add_option("--capacity", options->capacity, "KV cache positions (0: prompt + n)")->capture_default_str();
  cmd->add_option("--chunk", options->chunk, "Tokens per prefill chunk")->capture_default_str();
  cmd->callback([options, &ctx] { ctx.run = [options] { return run_generate(*options); }; });
}

}  // namespace mlxla::cli
