// Flags shared by the text commands (generate, chat, tokenize, template): where the model is,
// how to open a Session, how to sample, and the chat-template rendering they all use.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include "engine/sampler.h"
#include "mlxla/result.h"
#include "mlxla/session.h"
#include "template_kwargs.h"
#include "tokenizer/tokenizer.h"

namespace mlxla::cli {

/// -m and the Session options.
struct ModelFlags {
  std::string model_dir;  ///< empty: the default model (see resolve_model_dir)
  engine::SessionOptions session;
  CLI::Option* capacity_option = nullptr;  ///< to tell an explicit --capacity from the default
  bool policy_given = false;               ///< --policy on the command line
};

/// Adds -m/--model (optional), --backend, --residency, --precision, --kv-dtype, --policy,
/// --threads, --capacity and --chunk. The CLI's defaults differ from SessionOptions' where the
/// library keeps the bit-exact choice: --policy defaults to fast (kDefaultPolicy), --chunk to
/// kDefaultChunk.
void add_model_flags(CLI::App* cmd, ModelFlags& flags);
/// Adds only -m/--model (tokenize, template).
void add_model_dir_flag(CLI::App* cmd, ModelFlags& flags);

/// The model directory: -m when given (a directory, or a repository id found in the local Hugging
/// Face cache: checkpoint::locate_model), else $MLXLA_DEFAULT_MODEL, else models/demo-q4 of the
/// source tree the binary was built in (<exe_dir>/../../../models/demo-q4).
Result<std::filesystem::path> resolve_model_dir(const std::string& explicit_dir);

/// Checks the residency/precision names before anything is opened (errors name the flag).
Status check_model_flags(const ModelFlags& flags);
/// The options to open the Session with: flags.session, its policy the effective one
/// (effective_policy: the default fast becomes exact on a backend without it).
engine::SessionOptions session_options(const ModelFlags& flags);

/// --temp, --top-k, --top-p, --min-p, --seed, --repeat-penalty, --repeat-last-n,
/// --frequency-penalty, --presence-penalty, --stop (repeatable).
struct SamplingFlags {
  engine::SamplingParams params;
  std::vector<std::string> stop;
  CLI::Option* temp_option = nullptr;
  CLI::Option* seed_option = nullptr;
};
void add_sampling_flags(CLI::App* cmd, SamplingFlags& flags);
/// The sampling parameters, with a fresh random seed unless --seed was given.
Result<engine::SamplingParams> sampling_params(const SamplingFlags& flags);

/// Renders `messages` with `template_source` (the tokenizer's chat template when empty), with
/// bos_token / eos_token from the tokenizer unless `context` already has them.
Result<std::string> render_chat(const tokenizer::Tokenizer& tok, const std::string& template_source,
                                nlohmann::json context);

/// Reads a whole text file (errors name it).
Result<std::string> read_text_file(const std::filesystem::path& path);

/// "prompt: 12 tokens (3 reused), 250.0 tok/s | generated: 64 tokens, 31.2 tok/s | stop" on stderr.
void print_generation_stats(const engine::Generation& g);

}  // namespace mlxla::cli
