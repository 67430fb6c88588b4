// Running a hostile-input case in a forked child with a memory bound (RLIMIT_AS) and a time
// bound (alarm), so a regression shows up as a failed test instead of an OOM or a hung suite.
#pragma once

#include <functional>
#include <string>
#include <vector>

namespace mlxla::testing {

/// Address-space bound for hostile-input cases (the "2 GiB of address space").
inline constexpr unsigned long long kBoundedAddressSpace = 2ull << 30;
/// Wall-clock bound for hostile-input cases, in seconds (the "within 10 s").
inline constexpr unsigned kBoundedSeconds = 10;
/// How much longer a sanitizer build may take: ASan+UBSan at -O1 runs these cases 2-5x
/// slower, and CI runs the suite two at a time on two loaded cores.
inline constexpr unsigned kSanitizerTimeFactor = 3;

/// True in a sanitizer build: ASan reserves terabytes of shadow address space, so RLIMIT_AS
/// cannot be applied there (the time bound still is).
bool address_space_limit_supported();

/// The time bound in force: kBoundedSeconds, times kSanitizerTimeFactor in a sanitizer build.
unsigned bounded_seconds();

/// How the child ended.
struct BoundedOutcome {
  bool finished = false;  ///< exited normally (not killed by the alarm or a signal)
  int signal = 0;         ///< the signal that killed it, when it was killed
  std::string text;       ///< what `body` returned, or why the child did not finish
  /// A one-line description for assertion messages.
  std::string describe() const;
};

/// Forks; the child sets RLIMIT_AS to kBoundedAddressSpace (when supported) and an alarm of
/// bounded_seconds(), runs `body`, and sends back the string it returns. A body that throws, a
/// child that exits otherwise and a failed fork are outcomes that did not finish.
BoundedOutcome run_bounded(const std::function<std::string()>& body);

/// Arguments for run_program that run `argv` under the same bounds (prlimit --as, timeout -s
/// KILL with bounded_seconds()), so CLI cases are bounded too. A timeout shows as exit code 137.
std::vector<std::string> bounded_command(const std::vector<std::string>& argv);

}  // namespace mlxla::testing
