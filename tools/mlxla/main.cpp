// mlxla: the command-line entry point. Subcommands live in cmd_*.cpp.
#include <cstdio>

#include "commands.h"

namespace mlxla::cli {

int report(const Error& error) {
  std::fprintf(stderr, "mlxla: %s: %s\n", category_name(error.category()), error.message().c_str());
  return error.category() == ErrorCategory::kInvalidArgument ? 2 : 1;
}

}  // namespace mlxla::cli

int main(int argc, char** argv) {
  using namespace mlxla::cli;
  CLI::App app{"mlxla: run MLX-format (affine-quantized) LLM checkpoints with packed weights"};
  app.require_subcommand(1);
  app.set_version_flag("--version", "mlxla 0.1.0");
  CliContext ctx;
  register_export(app, ctx);
  register_quantize(app, ctx);
  register_synth(app, ctx);
  register_inspect(app, ctx);
  register_generate(app, ctx);
  register_serve(app, ctx);
  register_chat(app, ctx);
  register_tokenize(app, ctx);
  register_template(app, ctx);
  register_bench(app, ctx);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e);
  }
  return ctx.run ? ctx.run() : 0;
}
