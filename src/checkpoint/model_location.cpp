// Resolves a model named on the command line to a directory: a local path, or a repository id
// found in the local Hugging Face cache (models--ORG--NAME/refs/main -> snapshots/REV).
#include "checkpoint/model_location.h"

#include <algorithm>
#include <cstdlib>
#include <optional>
#include <string>
#include <system_error>

#include "common/model_file.h"

namespace mlxla::checkpoint {
namespace fs = std::filesystem;
namespace {

/// A ref file holds a 40-hex commit id (a trailing newline or spaces allowed), nothing else.
constexpr size_t kMaxRefBytes = 256;

bool is_name_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' ||
         c == '_' || c == '-';
}

bool is_alnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

bool is_repo_part(std::string_view part) {
  if (part.empty() || !is_alnum(part.front())) return false;
  return std::all_of(part.begin(), part.end(), is_name_char);
}

std::string env_string(const EnvLookup& env, const char* name) {
  const char* value = env(name);
  return value == nullptr ? std::string() : std::string(value);
}

fs::path expand_home(const std::string& path, const EnvLookup& env) {
  if (path == "~" || path.rfind("~/", 0) == 0) {
    const std::string home = env_string(env, "HOME");
    if (!home.empty()) return fs::path(home + path.substr(1));
  }
  return fs::path(path);
}

/// The commit id in `refs/main`, trimmed; empty when the file is absent or not a plain id.
Result<std::string> read_ref(const fs::path& ref) {
  // The bounded model-file reader: a FIFO or device named refs/main fails instead of blocking.
  MLXLA_ASSIGN_OR_RETURN(std::optional<std::string> contents,
                         common::read_optional_model_file(ref, kMaxRefBytes));
  if (!contents) return std::string();
  std::string text = std::move(*contents);
  while (!text.empty() && (text.back() == '\n' || text.back() == '\r' || text.back() == ' ')) {
    text.pop_back();
  }
  if (text.empty() || !std::all_of(text.begin(), text.end(), is_name_char)) {
    return format_error(ref.string() + ": not a commit id");
  }
  return text;
}

std::string download_hint(const std::string& repo) {
  return "mlxla never downloads; fetch it first, e.g. `huggingface-cli download " + repo +
         "` (or any mlx-lm command run once with --model " + repo + ")";
}

}  // namespace

fs::path hub_cache_dir(const EnvLookup& env) {
  for (const char* name : {"HF_HUB_CACHE", "HUGGINGFACE_HUB_CACHE"}) {
    const std::string value = env_string(env, name);
    if (!value.empty()) return expand_home(value, env);
  }
  const std::string hf_home = env_string(env, "HF_HOME");
  if (!hf_home.empty()) return expand_home(hf_home, env) / "hub";
  const std::string xdg = env_string(env, "XDG_CACHE_HOME");
  if (!xdg.empty()) return expand_home(xdg, env) / "huggingface" / "hub";
  const std::string home = env_string(env, "HOME");
  if (!home.empty()) return fs::path(home) / ".cache" / "huggingface" / "hub";
  return {};
}

bool is_repo_id(std::string_view spec) {
  if (spec.empty() || spec.size() > 96) return false;
  if (spec.find("--") != std::string_view::npos || spec.find("..") != std::string_view::npos) {
    return false;
  }
  const size_t slash = spec.find('/');
  if (slash == std::string_view::npos) return is_repo_part(spec);
  if (spec.find('/', slash + 1) != std::string_view::npos) return false;
  return is_repo_part(spec.substr(0, slash)) && is_repo_part(spec.substr(slash + 1));
}

Result<fs::path> locate_model(const std::string& spec, const EnvLookup& env) {
  if (spec.empty()) return invalid_argument("-m: the model name is empty");
  std::error_code ec;
  const fs::path as_path(spec);
  const fs::file_status status = fs::status(as_path, ec);
  if (fs::is_directory(status)) return as_path;
  if (fs::exists(status)) {
    return invalid_argument(spec + ": not a directory (give the model's directory)");
  }
  if (!is_repo_id(spec)) {
    return not_found(spec + ": no such directory (and not a Hugging Face repository id)");
  }

  const fs::path cache = hub_cache_dir(env);
  if (cache.empty()) {
    return not_found(spec + ": no such directory, and no Hugging Face cache to look in (HOME, " +
                     "HF_HOME and HF_HUB_CACHE are unset); " + download_hint(spec));
  }
  std::string folder = "models--" + spec;  // a name without an organisation
  if (const size_t slash = spec.find('/'); slash != std::string::npos) {
    folder = "models--" + spec.substr(0, slash) + "--" + spec.substr(slash + 1);
  }
  const fs::path repo = cache / folder;
  if (!fs::is_directory(repo, ec)) {
    return not_found(spec + ": no such directory, and not in the Hugging Face cache (looked for " +
                     repo.string() + "); " + download_hint(spec));
  }

  MLXLA_ASSIGN_OR_RETURN(const std::string ref, read_ref(repo / "refs" / "main"));
  fs::path snapshot;
  if (!ref.empty()) {
    snapshot = repo / "snapshots" / ref;
    if (!fs::is_directory(snapshot, ec)) {
      return not_found(spec + ": refs/main names " + ref + " but " + snapshot.string() +
                       " does not exist (an interrupted download?); " + download_hint(spec));
    }
  } else {
    std::vector<fs::path> snapshots;
    for (const auto& entry : fs::directory_iterator(repo / "snapshots", ec)) {
      if (entry.is_directory(ec)) snapshots.push_back(entry.path());
    }
    if (snapshots.size() != 1) {
      std::string names;
      std::sort(snapshots.begin(), snapshots.end());
      for (const auto& s : snapshots) names += (names.empty() ? "" : ", ") + s.filename().string();
      return not_found(spec + ": " + repo.string() + " has no refs/main and " +
                       (snapshots.empty() ? std::string("no snapshot")
                                          : std::to_string(snapshots.size()) + " snapshots (" +
                                                names + "); pass the snapshot directory with -m") +
                       (snapshots.empty() ? "; " + download_hint(spec) : std::string()));
    }
    snapshot = snapshots.front();
  }
  if (!fs::exists(snapshot / "config.json", ec)) {
    return not_found(spec + ": the cached snapshot " + snapshot.string() +
                     " has no config.json (an incomplete download?); " + download_hint(spec));
  }
  return snapshot;
}

Result<fs::path> locate_model(const std::string& spec) {
  return locate_model(spec, [](const char* name) { return std::getenv(name); });
}

}  // namespace mlxla::checkpoint
