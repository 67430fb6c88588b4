// Registration of the mlxla subcommands: one file per subcommand, each adds itself to the app
// and, when chosen on the command line, sets `ctx.run` to the function that does the work.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include <CLI/CLI.hpp>

#include "kernels/cpu/kernels.h"
#include "mlxla/result.h"

namespace mlxla::cli {

struct CliContext {
  /// Set by the chosen subcommand's callback; returns the process exit code.
  std::function<int()> run;
};

/// Prints `error` as "mlxla: <category>: <message>" on stderr and returns exit code 1
/// (2 for invalid arguments).
int report(const Error& error);
void register_export(CLI::App& app, CliContext& ctx);
void register_quantize(CLI::App& app, CliContext& ctx);
void register_synth(CLI::App& app, CliContext& ctx);
void register_inspect(CLI::App& app, CliContext& ctx);
void register_generate(CLI::App& app, CliContext& ctx);
void register_serve(CLI::App& app, CliContext& ctx);
void register_chat(CLI::App& app, CliContext& ctx);
void register_tokenize(CLI::App& app, CliContext& ctx);
void register_template(CLI::App& app, CliContext& ctx);
void register_bench(CLI::App& app, CliContext& ctx);

/// Parses an --isa value: "auto" (nullopt: the best ISA this CPU supports), "avx512", "avx2" or
/// "scalar"; an error names the accepted values. Whether the CPU has it is checked when the
/// backend is created.
Result<std::optional<kernels::Isa>> parse_isa_flag(const std::string& text);

/// Help text of --backend: the registered backend names ("reference | cpu | vulkan").
std::string backend_flag_help();

/// --policy when not given: "fast" for every command that runs a model (generate, chat, serve,
/// serve-bench, bench). docs/QUALITY.md "Default policy" gives what it costs against "exact".
inline constexpr const char* kDefaultPolicy = "fast";
/// --chunk when not given, for generate, chat and bench: tokens per prefill graph call. A shorter
/// prompt (or the rest of one) runs through the smallest prefill graph that holds it (8, 16, 32,
/// ... rows), so a larger chunk costs short prompts nothing; docs/BENCHMARKS.md "Prefill chunk".
inline constexpr int64_t kDefaultChunk = 64;
/// --chunk when not given for serve and serve-bench: one chunk is also the longest a waiting
/// request's prefill stalls the running streams (docs/SERVER.md).
inline constexpr int64_t kDefaultServeChunk = 64;
/// Help text of --policy (what each policy means, which is the default).
std::string policy_flag_help();
/// The policy to run: `policy` as given; "exact" when --policy was not given (`given` false) and
/// `backend` has no fast policy (the reference interpreter), so the default never refuses a
/// backend. An explicit --policy fast on such a backend is refused when it is opened.
std::string effective_policy(const std::string& policy, bool given, std::string_view backend);

}  // namespace mlxla::cli
