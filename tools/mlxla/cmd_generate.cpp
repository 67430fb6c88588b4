// `mlxla generate [-m DIR] (-p TEXT | --prompt-ids 1,403,407) [-n N] [sampling] [--chat]`:
// text in, text streamed out (whole UTF-8 characters), tok/s on stderr; or, with --prompt-ids,
// the generated ids as one comma-separated line (greedy unless --temp is given).
#include <algorithm>
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include <unistd.h>

#include "commands.h"
#include "file_io.h"
#include "text_flags.h"

namespace mlxla::cli {
namespace {

/// -n when --prompt-ids is given without it (the count the ids-only command always had).
constexpr int64_t kIdsModeDefaultTokens = 16;

struct GenerateOptions {
  ModelFlags model;
  SamplingFlags sampling;
  std::string prompt;
  std::string prompt_ids;
  std::string system;
  std::string chat_template_file;
  std::string logits_out;
  std::string template_kwargs;
  bool chat = false;
  int64_t max_tokens = -1;
  CLI::Option* prompt_option = nullptr;
  CLI::Option* ids_option = nullptr;
  CLI::Option* max_tokens_option = nullptr;
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
    if (item.empty() || item.size() > 10 ||
        item.find_first_not_of("0123456789") != std::string::npos ||
        std::stoll(item) > 2147483647LL) {
      return invalid_argument("--prompt-ids: '" + item + "' (item " +
                              std::to_string(ids.size() + 1) +
                              ") is not a token id (a non-negative integer)");
    }
    ids.push_back(static_cast<int32_t>(std::stoll(item)));
    begin = end + 1;
  }
  return ids;
}

bool ids_mode(const GenerateOptions& o) {
  return o.ids_option->count() > 0;
}

/// The prompt as token ids: --prompt-ids as given, or -p tokenized (with the model's special
/// tokens, e.g. BOS), or -p wrapped as a user message by the chat template.
Result<std::vector<int32_t>> prompt_tokens(const GenerateOptions& o,
                                           const engine::Session& session) {
  if (ids_mode(o)) {
    if (o.prompt_ids.empty()) return invalid_argument("--prompt-ids: give at least one token id");
    return parse_ids(o.prompt_ids);
  }
  const tokenizer::Tokenizer* tok = session.tokenizer();
  if (tok == nullptr)
    return not_found("the model directory has no tokenizer.json: use --prompt-ids");
  if (!o.chat) {
    std::vector<int32_t> ids = tok->encode(o.prompt, true);
    if (ids.empty())
      return invalid_argument("-p: the prompt is empty and the tokenizer adds no BOS");
    return ids;
  }
  std::string tmpl;
  if (!o.chat_template_file.empty()) {
    MLXLA_ASSIGN_OR_RETURN(tmpl, read_text_file(o.chat_template_file));
  }
  nlohmann::json messages = nlohmann::json::array();
  if (!o.system.empty()) messages.push_back({{"role", "system"}, {"content", o.system}});
  messages.push_back({{"role", "user"}, {"content", o.prompt}});
  MLXLA_ASSIGN_OR_RETURN(nlohmann::json context, parse_template_kwargs(o.template_kwargs));
  context["messages"] = messages;
  context["add_generation_prompt"] = true;
  MLXLA_ASSIGN_OR_RETURN(const std::string rendered, render_chat(*tok, tmpl, std::move(context)));
  // The template already spells out BOS and the turn markers.
  std::vector<int32_t> ids = tok->encode(rendered, false);
  if (ids.empty()) return invalid_argument("--chat: the rendered prompt is empty");
  return ids;
}

/// --logits-out: greedy steps through Session::prefill/decode, writing every step's logits
/// (the distribution each generated id was taken from) as JSON {"ids": [...], "logits": [[...]]}
/// for comparisons against independent references (tests/reference/).
Result<std::vector<int32_t>> generate_with_logits(engine::Session& session,
                                                  const std::vector<int32_t>& prompt, int64_t count,
                                                  const std::string& path) {
  std::vector<int32_t> ids;
  std::string json = "{\"logits\": [";
  MLXLA_ASSIGN_OR_RETURN(std::vector<float> logits, session.prefill(prompt));
  for (int64_t step = 0; step < count; ++step) {
    int32_t best = 0;
    for (size_t i = 1; i < logits.size(); ++i) {
      if (logits[i] > logits[static_cast<size_t>(best)]) best = static_cast<int32_t>(i);
    }
    json += step ? ",\n[" : "\n[";
    for (size_t i = 0; i < logits.size(); ++i) {
      char buffer[32];
      std::snprintf(buffer, sizeof(buffer), "%s%.9g", i ? "," : "", static_cast<double>(logits[i]));
      json += buffer;
    }
    json += "]";
    ids.push_back(best);
    if (step + 1 < count) {
      MLXLA_ASSIGN_OR_RETURN(logits, session.decode(best));
    }
  }
  json += "],\n\"ids\": [";
  for (size_t i = 0; i < ids.size(); ++i) json += (i ? "," : "") + std::to_string(ids[i]);
  json += "]}\n";
  MLXLA_RETURN_IF_ERROR(write_text_file(path, json));
  return ids;
}

Status check_flags(const GenerateOptions& o) {
  if (!o.logits_out.empty() &&
      (!ids_mode(o) ||
       (o.sampling.temp_option->count() > 0 && o.sampling.params.temperature != 0.0f) ||
       o.max_tokens < 1)) {
    return invalid_argument(
        "--logits-out needs --prompt-ids, greedy decoding (no --temp, or --temp 0) and -n >= 1");
  }
  if (o.prompt_option->count() > 0 && ids_mode(o))
    return invalid_argument("give either -p or --prompt-ids, not both");
  if (o.prompt_option->count() == 0 && !ids_mode(o))
    return invalid_argument("give a prompt: -p TEXT or --prompt-ids IDS");
  if (ids_mode(o)) {
    if (o.max_tokens < 0)
      return invalid_argument("-n: with --prompt-ids the number of tokens must be >= 0");
    if (o.chat) return invalid_argument("--chat needs a text prompt (-p)");
    if (!o.sampling.stop.empty()) return invalid_argument("--stop needs a text prompt (-p)");
  }
  if (o.max_tokens < -1)
    return invalid_argument(
        "-n: the number of tokens must be >= 0, or -1 (until EOS or the context is full)");
  if ((!o.system.empty() || !o.chat_template_file.empty() || !o.template_kwargs.empty()) && !o.chat)
    return invalid_argument("--system, --chat-template and --template-kwargs need --chat");
  return check_model_flags(o.model);
}

int run_generate(GenerateOptions& o) {
  if (ids_mode(o) && o.max_tokens_option->count() == 0) o.max_tokens = kIdsModeDefaultTokens;
  if (Status s = check_flags(o); !s.ok()) return report(s.error());
  engine::SamplingParams fixed = o.sampling.params;
  if (ids_mode(o) && o.sampling.temp_option->count() == 0)
    fixed.temperature = 0.0f;  // goldens are greedy
  SamplingFlags sampling_flags = o.sampling;
  sampling_flags.params = fixed;
  auto sampling = sampling_params(sampling_flags);
  if (!sampling.ok()) return report(sampling.error());
  auto dir = resolve_model_dir(o.model.model_dir);
  if (!dir.ok()) return report(dir.error());

  engine::SessionOptions session_options = cli::session_options(o.model);
  session_options.load_tokenizer = !ids_mode(o);
  auto session = engine::Session::open(*dir, session_options);
  if (!session.ok()) return report(session.error().with_context(dir->string()));
  auto prompt = prompt_tokens(o, **session);
  if (!prompt.ok()) return report(prompt.error());

  if (o.model.capacity_option->count() > 0 && o.max_tokens > 0) {
    const int64_t needed = static_cast<int64_t>(prompt->size()) + o.max_tokens - 1;
    if (needed > (*session)->capacity()) {
      return report(invalid_argument("the prompt and " + std::to_string(o.max_tokens) +
                                     " tokens need " + std::to_string(needed) +
                                     " cache positions; --capacity is " +
                                     std::to_string((*session)->capacity())));
    }
  }
  if (!o.logits_out.empty()) {
    auto ids = generate_with_logits(**session, *prompt, o.max_tokens, o.logits_out);
    if (!ids.ok()) return report(ids.error());
    std::string line;
    for (size_t i = 0; i < ids->size(); ++i) line += (i ? "," : "") + std::to_string((*ids)[i]);
    std::printf("%s\n", line.c_str());
    return 0;
  }
  engine::GenerationRequest request;
  request.prompt = std::move(*prompt);
  request.max_tokens = o.max_tokens;
  request.stop = o.sampling.stop;
  auto stream = [](std::string_view piece) {
    std::fwrite(piece.data(), 1, piece.size(), stdout);
    std::fflush(stdout);
    return true;
  };
  auto g = ids_mode(o) ? (*session)->generate(request, *sampling)
                       : (*session)->generate(request, *sampling, stream);
  if (!g.ok()) return report(g.error());
  if (ids_mode(o)) {
    std::string line;
    for (size_t i = 0; i < g->tokens.size(); ++i)
      line += (i ? "," : "") + std::to_string(g->tokens[i]);
    std::printf("%s\n", line.c_str());
  } else if (isatty(STDOUT_FILENO)) {
    std::printf("\n");  // piped output stays exactly the generated text
  } else if (!g->text.empty()) {
    std::fputc('\n', stderr);  // the figures start on a line of their own where both streams meet
  }
  std::fflush(stdout);
  print_generation_stats(*g);
  if (sampling->temperature > 0.0f)
    std::fprintf(stderr, "seed: %llu\n", static_cast<unsigned long long>(sampling->seed));
  return 0;
}

}  // namespace

void register_generate(CLI::App& app, CliContext& ctx) {
  auto o = std::make_shared<GenerateOptions>();
  CLI::App* cmd = app.add_subcommand(
      "generate", "Generate text from a prompt (streamed to stdout; tok/s on stderr)");
  add_model_flags(cmd, o->model);
  o->prompt_option = cmd->add_option("-p,--prompt", o->prompt, "Prompt text (\"\" is just BOS)");
  o->ids_option = cmd->add_option(
      "--prompt-ids", o->prompt_ids,
      "Prompt token ids, comma-separated; prints the generated ids instead of text");
  o->max_tokens_option =
      cmd->add_option(
             "-n,--max-tokens", o->max_tokens,
             "Tokens to generate (-1: until EOS or the context is full; 16 with --prompt-ids)")
          ->capture_default_str();
  cmd->add_flag("--chat", o->chat, "Wrap -p as a user message with the model's chat template");
  cmd->add_option("--system", o->system, "System message (with --chat)");
  cmd->add_option("--chat-template", o->chat_template_file,
                  "Jinja chat template file (default: the tokenizer's)");
  cmd->add_option("--logits-out,--dump-logits", o->logits_out,
                  "With --prompt-ids, greedy: also write each step's logits as JSON to this file "
                  "(compare two --backend runs of the same ids)");
  cmd->add_option(
      "--template-kwargs", o->template_kwargs,
      "JSON object of chat-template variables (with --chat), e.g. '{\"enable_thinking\": false}'");
  add_sampling_flags(cmd, o->sampling);
  cmd->callback([o, &ctx] { ctx.run = [o] { return run_generate(*o); }; });
}

}  // namespace mlxla::cli
