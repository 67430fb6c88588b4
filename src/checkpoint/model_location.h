// Where a model named on the command line lives: a directory, or a Hugging Face repository id
// (`mlx-community/Qwen3-0.6B-4bit`) already downloaded into the local Hugging Face cache, found
// the way huggingface_hub finds it. mlxla never downloads anything.
#pragma once

#include <filesystem>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "mlxla/result.h"

namespace mlxla::checkpoint {

/// Reads an environment variable; nullptr when unset. Tests pass their own.
using EnvLookup = std::function<const char*(const char* name)>;

/// The hub cache directory, as huggingface_hub computes it: $HF_HUB_CACHE, else
/// $HUGGINGFACE_HUB_CACHE (its older name), else $HF_HOME/hub, else
/// $XDG_CACHE_HOME/huggingface/hub, else $HOME/.cache/huggingface/hub. A leading `~/` is
/// expanded with $HOME. Empty when none of these can be formed (no HOME).
std::filesystem::path hub_cache_dir(const EnvLookup& env);

/// True when `spec` has the shape of a Hugging Face repository id: `NAME` or `ORG/NAME`, each
/// part starting with a letter or digit and made of letters, digits, '.', '_' and '-', without
/// "--" or "..", at most 96 characters in all.
bool is_repo_id(std::string_view spec);

/// The directory `spec` names:
/// - an existing directory (relative or absolute) is returned as it is (a local path wins, as
///   in mlx-lm);
/// - otherwise a repository id resolves to `<hub cache>/models--ORG--NAME/snapshots/<REV>`,
///   where REV is the commit named by `refs/main`, or the only snapshot when `refs/main` is
///   absent (a download pinned to one revision writes no ref).
/// Errors say where it looked and how the model would be downloaded; an existing path that
/// is not a directory, or a snapshot without config.json, is named as such.
Result<std::filesystem::path> locate_model(const std::string& spec, const EnvLookup& env);

/// locate_model with the process environment.
Result<std::filesystem::path> locate_model(const std::string& spec);

}  // namespace mlxla::checkpoint
