// `mlxla chat [-m DIR] [--system TEXT]`: an interactive chat on stdin/stdout with the model's chat
// template. The history is kept (/reset clears it, /exit or end of input quits) and each turn
// prefills only its new tokens when the rendered conversation extends the cached one.
#include <cstdio>
#include <iostream>
#include <memory>
#include <string>

#include <unistd.h>

#include "commands.h"
#include "engine/conversation.h"
#include "text_flags.h"

namespace mlxla::cli {
namespace {

struct ChatOptions {
  ModelFlags model;
  SamplingFlags sampling;
  std::string system;
  std::string chat_template_file;
  std::string template_kwargs;
  int64_t max_tokens = -1;
  bool quiet = false;
};

std::string trim(const std::string& s) {
  const size_t first = s.find_first_not_of(" \t\r\n");
  if (first == std::string::npos) return {};
  return s.substr(first, s.find_last_not_of(" \t\r\n") - first + 1);
}

int run_chat(const ChatOptions& o) {
  if (o.max_tokens < -1)
    return report(invalid_argument("-n: must be >= 0, or -1 (until EOS or the context is full)"));
  if (Status s = check_model_flags(o.model); !s.ok()) return report(s.error());
  auto sampling = sampling_params(o.sampling);
  if (!sampling.ok()) return report(sampling.error());
  std::string tmpl;
  if (!o.chat_template_file.empty()) {
    auto text = read_text_file(o.chat_template_file);
    if (!text.ok()) return report(text.error().with_context("--chat-template"));
    tmpl = std::move(*text);
  }
  auto kwargs = parse_template_kwargs(o.template_kwargs);
  if (!kwargs.ok()) return report(kwargs.error());
  auto dir = resolve_model_dir(o.model.model_dir);
  if (!dir.ok()) return report(dir.error());
  auto opened = engine::Session::open(*dir, session_options(o.model));
  if (!opened.ok()) return report(opened.error().with_context(dir->string()));
  engine::Session& session = **opened;
  auto conversation = engine::Conversation::create(session, tmpl, o.system);
  if (!conversation.ok()) return report(conversation.error().with_context(dir->string()));
  conversation->set_template_kwargs(std::move(*kwargs));
  engine::TurnOptions turn_options;
  turn_options.max_tokens = o.max_tokens;
  turn_options.stop = o.sampling.stop;
  const auto stream = [](std::string_view piece) {
    std::fwrite(piece.data(), 1, piece.size(), stdout);
    std::fflush(stdout);
    return true;
  };

  const bool interactive = isatty(STDIN_FILENO) != 0;
  if (interactive && !o.quiet)
    std::fprintf(stderr, "mlxla chat: %s (context %lld). /reset clears the history, /exit quits.\n",
                 dir->string().c_str(), static_cast<long long>(session.capacity()));
  std::string line;
  for (;;) {
    if (interactive) {
      std::printf("> ");
      std::fflush(stdout);
    }
    if (!std::getline(std::cin, line)) break;
    const std::string text = trim(line);
    if (text.empty()) continue;
    if (text == "/exit" || text == "/quit") break;
    if (text == "/reset") {
      conversation->reset();
      if (!o.quiet) std::fprintf(stderr, "[history cleared]\n");
      continue;
    }
    auto g = conversation->turn(text, *sampling, turn_options, stream);
    if (!g.ok()) {
      report(g.error());  // the turn is dropped; the conversation goes on without it
      continue;
    }
    std::printf("\n");
    std::fflush(stdout);
    if (!o.quiet) print_generation_stats(*g);
  }
  return 0;
}

}  // namespace

void register_chat(CLI::App& app, CliContext& ctx) {
  auto o = std::make_shared<ChatOptions>();
  CLI::App* cmd =
      app.add_subcommand("chat", "Interactive chat on stdin/stdout with the model's chat template");
  add_model_flags(cmd, o->model);
  cmd->add_option("--system", o->system, "System message");
  cmd->add_option("--chat-template", o->chat_template_file,
                  "Jinja chat template file (default: the tokenizer's)");
  cmd->add_option("--template-kwargs", o->template_kwargs,
                  "JSON object of chat-template variables, e.g. '{\"enable_thinking\": false}'");
  cmd->add_option("-n,--max-tokens", o->max_tokens,
                  "Tokens per reply (-1: until EOS or the context is full)")
      ->capture_default_str();
  cmd->add_flag("-q,--quiet", o->quiet, "No banner and no per-turn statistics on stderr");
  add_sampling_flags(cmd, o->sampling);
  cmd->callback([o, &ctx] { ctx.run = [o] { return run_chat(*o); }; });
}

}  // namespace mlxla::cli
