// Running a hostile-input case in a forked child with a memory bound (RLIMIT_AS) and a time
// bound (alarm), so a regression shows up as a failed test instead of an OOM or a hung suite.
#pragma once

#include <functional>
#include <string>
#include <vector>

namespace mlxla::testing {

/// Address-space bound for hostile-input cases (the "2 GiB of address space").
inline constexpr unsigned long long kBoundedAddressSpace = 2ull << 30;
/// Wall-clock bound for hostile-input cases, in seconds.
inline constexpr unsigned kBoundedSeconds = 10;

/// True in a sanitizer build: ASan reserves terabytes of shadow address space, so RLIMIT_AS
/// cannot be applied there (the time bound still is).
bool address_space_limit_supported();

/// How the child ended.
struct BoundedOutcome {
  bool finished = false;  ///< exited normally (not killed by the alarm or a signal)
  int signal = 0;         ///< the signal that killed it, when !finished
  std::string text;       ///< what `body` returned
  /// A one-line description for assertion messages.
  std::string describe() const;
};

/// Forks; the child sets RLIMIT_AS to kBoundedAddressSpace (when supported) and an alarm of
/// kBoundedSeconds, runs `body`, and sends back the string it returns.
BoundedOutcome run_bounded(const std::function<std::string()>& body);

/// Arguments for run_program that run `argv` under the same bounds (prlimit --as, timeout -s
/// KILL), so CLI cases are bounded too. A timeout shows as exit code 137.
std::vector<std::string> bounded_command(const std::vector<std::string>& argv);

}  // namespace mlxla::testing
