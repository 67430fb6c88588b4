// Helpers shared by the test suite: where ../shared is, scratch directories, running the CLI.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include <gtest/gtest.h>

namespace mlxla::testing {

/// True in a sanitizer build (the asan preset). There, tests whose cost is many repetitions of
/// the same code (200-token goldens, accuracy sweeps over every checkpoint) run a shorter prefix
/// of the same check: the ASan+UBSan pass looks for memory and undefined-behaviour errors, the
/// release pass checks the full figures.
#if defined(__SANITIZE_ADDRESS__)
inline constexpr bool kSanitized = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
inline constexpr bool kSanitized = true;
#else
inline constexpr bool kSanitized = false;
#endif
#else
inline constexpr bool kSanitized = false;
#endif

/// `full` in a normal build, `sanitized` in a sanitizer build (see kSanitized).
template <typename T>
constexpr T unless_sanitized(T full, T sanitized) {
  return kSanitized ? sanitized : full;
}

/// ../shared beside the checkout (fixtures and real models), or empty when it is absent.
std::filesystem::path shared_dir();

/// Skips the current test with a clear message when ../shared (or `relative` inside it) is
/// absent: a user's clone has no ../shared, and the rest of the suite still runs.
#define MLXLA_REQUIRE_SHARED(relative)                                           \
  do {                                                                           \
    if (::mlxla::testing::shared_dir().empty() ||                                \
        !std::filesystem::exists(::mlxla::testing::shared_dir() / (relative))) { \
      GTEST_SKIP() << "needs ../shared/" << (relative)                           \
                   << " beside the checkout (not part of a user's clone)";       \
    }                                                                            \
  } while (0)

/// A fresh directory under the build tree, removed when the object dies.
class ScratchDir {
 public:
  explicit ScratchDir(const std::string& tag);
  ~ScratchDir();
  ScratchDir(const ScratchDir&) = delete;
  ScratchDir& operator=(const ScratchDir&) = delete;
  const std::filesystem::path& path() const { return path_; }
  std::filesystem::path operator/(const std::string& name) const { return path_ / name; }

 private:
  std::filesystem::path path_;
};

/// What a child process did.
struct CommandResult {
  int exit_code = -1;  ///< exit status, or 128+signal when killed by a signal
  std::string out;     ///< standard output
  std::string err;     ///< standard error
};

/// Runs the built `mlxla` binary with `args` (no shell), feeding `stdin_text`.
CommandResult run_cli(const std::vector<std::string>& args, const std::string& stdin_text = "");

/// Runs any program (argv[0] looked up in PATH) with the given arguments.
CommandResult run_program(const std::vector<std::string>& argv, const std::string& stdin_text = "");

/// Reads a whole file; fails the test (empty result) when it cannot.
std::string read_file(const std::filesystem::path& path);
void write_file(const std::filesystem::path& path, const std::string& bytes);

}  // namespace mlxla::testing
