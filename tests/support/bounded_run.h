// Running a hostile-input case in a forked child with a memory bound (RLIMIT_AS) and time
// bounds (RLIMIT_CPU, alarm), so a regression shows up as a failed test, not an OOM or a hang.
#pragma once

#include <functional>
#include <string>
#include <vector>

namespace mlxla::testing {

/// Address-space bound for hostile-input cases (the "2 GiB of address space").
inline constexpr unsigned long long kBoundedAddressSpace = 2ull << 30;
/// CPU-time bound for hostile-input cases, in seconds (RLIMIT_CPU: the work a case may do,
/// independent of how loaded the machine is).
inline constexpr unsigned kBoundedSeconds = 10;
/// Wall-clock bound, in seconds: catches a case that blocks (a FIFO) and so burns no CPU;
/// generous so that a loaded machine or a sanitizer build does not fail a case that works.
inline constexpr unsigned kBoundedWallSeconds = 60;

/// True in a sanitizer build: ASan reserves terabytes of shadow address space, so RLIMIT_AS
/// cannot be applied there (the time bound still is).
bool address_space_limit_supported();

/// How the child ended.
struct BoundedOutcome {
  bool finished = false;  ///< exited normally (not killed by the alarm or a signal)
  int signal = 0;         ///< the signal that killed it, when it was killed
  std::string text;       ///< what `body` returned, or why the child did not finish
  /// A one-line description for assertion messages.
  std::string describe() const;
};

/// Forks; the child sets RLIMIT_AS to kBoundedAddressSpace (when supported), RLIMIT_CPU to
/// kBoundedSeconds and an alarm of kBoundedWallSeconds, runs `body`, and sends back the string
/// it returns. A body that throws, a child that exits otherwise and a failed fork are outcomes
/// that did not finish.
BoundedOutcome run_bounded(const std::function<std::string()>& body);

/// Arguments for run_program that run `argv` under the same bounds (prlimit --cpu/--as,
/// timeout -s KILL), so CLI cases are bounded too. Running out of CPU time shows as exit code
/// 128 + SIGXCPU (152) or 137 (SIGKILL at the hard limit); the wall-clock timeout as 137.
std::vector<std::string> bounded_command(const std::vector<std::string>& argv);

}  // namespace mlxla::testing
