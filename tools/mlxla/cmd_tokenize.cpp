// `mlxla tokenize [-m DIR] TEXT [--no-special] [--json]`: the token ids (and token strings) of
// TEXT. Needs only the tokenizer files, so it works on a directory without weights.
#include <cstdio>
#include <memory>
#include <string>

#include "commands.h"
#include "text_flags.h"

namespace mlxla::cli {
namespace {

struct TokenizeOptions {
  ModelFlags model;
  std::string text;
  bool no_special = false;
  bool json = false;
};

int run_tokenize(const TokenizeOptions& o) {
  auto dir = resolve_model_dir(o.model.model_dir);
  if (!dir.ok()) return report(dir.error());
  auto tok = tokenizer::Tokenizer::load(*dir);
  if (!tok.ok()) return report(tok.error().with_context(dir->string()));
  const std::vector<int32_t> ids = tok->encode(o.text, !o.no_special);
  nlohmann::json tokens = nlohmann::json::array();
  for (const int32_t id : ids) tokens.push_back(tok->id_to_token(id).value_or(""));
  if (o.json) {
    const nlohmann::json out = {{"ids", ids}, {"tokens", tokens}};
    // Token strings of byte-level vocabularies are valid UTF-8; replace anything that is not.
    std::printf("%s\n", out.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace).c_str());
    return 0;
  }
  for (size_t i = 0; i < ids.size(); ++i) {
    std::printf("%d\t%s\n", ids[i],
                tokens[i].dump(-1, ' ', false, nlohmann::json::error_handler_t::replace).c_str());
  }
  return 0;
}

}  // namespace

void register_tokenize(CLI::App& app, CliContext& ctx) {
  auto o = std::make_shared<TokenizeOptions>();
  CLI::App* cmd = app.add_subcommand(
      "tokenize", "Print the token ids of a text (one 'id<TAB>\"token\"' per line)");
  add_model_dir_flag(cmd, o->model);
  cmd->add_option("text", o->text, "Text to tokenize")->required();
  cmd->add_flag("--no-special", o->no_special,
                "Do not add the post-processor's special tokens (e.g. BOS)");
  cmd->add_flag("--json", o->json, "Print {\"ids\": [...], \"tokens\": [...]}");
  cmd->callback([o, &ctx] { ctx.run = [o] { return run_tokenize(*o); }; });
}

}  // namespace mlxla::cli
