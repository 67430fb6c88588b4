// `mlxla template [-m DIR] --messages FILE.json [--add-generation-prompt] [--chat-template FILE]`:
// prints the prompt the chat template renders. FILE.json is a messages array, or a whole render
// context object ({"messages": [...], "add_generation_prompt": true, "tools": ..., ...}).
#include <cstdio>
#include <memory>
#include <string>

#include "commands.h"
#include "common/json_parse.h"
#include "text_flags.h"

namespace mlxla::cli {
namespace {

struct TemplateOptions {
  ModelFlags model;
  std::string messages_file;
  std::string chat_template_file;
  std::string template_kwargs;
  bool add_generation_prompt = false;
};

Result<nlohmann::json> read_context(const TemplateOptions& o) {
  MLXLA_ASSIGN_OR_RETURN(const std::string text, read_text_file(o.messages_file));
  MLXLA_ASSIGN_OR_RETURN(nlohmann::json doc, common::parse_json_document(text, o.messages_file));
  if (doc.is_array()) doc = {{"messages", doc}};
  if (!doc.is_object() || !doc.contains("messages") || !doc["messages"].is_array())
    return format_error(o.messages_file +
                        ": expected a messages array or an object with a 'messages' array");
  if (o.add_generation_prompt) doc["add_generation_prompt"] = true;
  MLXLA_ASSIGN_OR_RETURN(const nlohmann::json kwargs, parse_template_kwargs(o.template_kwargs));
  for (const auto& [key, value] : kwargs.items()) doc[key] = value;
  return doc;
}

int run_template(const TemplateOptions& o) {
  auto context = read_context(o);
  if (!context.ok()) return report(context.error());
  std::string tmpl;
  if (!o.chat_template_file.empty()) {
    auto text = read_text_file(o.chat_template_file);
    if (!text.ok()) return report(text.error().with_context("--chat-template"));
    tmpl = std::move(*text);
  }
  auto dir = resolve_model_dir(o.model.model_dir);
  if (!dir.ok()) return report(dir.error());
  auto tok = tokenizer::Tokenizer::load(*dir);
  if (!tok.ok()) return report(tok.error().with_context(dir->string()));
  auto rendered = render_chat(*tok, tmpl, std::move(*context));
  if (!rendered.ok()) return report(rendered.error());
  std::fwrite(rendered->data(), 1, rendered->size(), stdout);
  return 0;
}

}  // namespace

void register_template(CLI::App& app, CliContext& ctx) {
  auto o = std::make_shared<TemplateOptions>();
  CLI::App* cmd = app.add_subcommand(
      "template", "Print the prompt a model's chat template renders for a conversation");
  add_model_dir_flag(cmd, o->model);
  cmd->add_option("--messages", o->messages_file,
                  "JSON file: a messages array or a render context object")
      ->required();
  cmd->add_flag("--add-generation-prompt", o->add_generation_prompt,
                "End with the assistant turn's opening");
  cmd->add_option("--chat-template", o->chat_template_file,
                  "Jinja template file (default: the tokenizer's)");
  cmd->add_option("--template-kwargs", o->template_kwargs,
                  "JSON object of extra template variables (override the messages file's), e.g. "
                  "'{\"enable_thinking\": false}'");
  cmd->callback([o, &ctx] { ctx.run = [o] { return run_template(*o); }; });
}

}  // namespace mlxla::cli
