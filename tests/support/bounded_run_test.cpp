// ctest-labels: unit
// run_bounded itself: a case that throws or a fork that fails is a clear "did not finish"
// outcome, never an exception unwinding through the child's copy of the test framework.
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <algorithm>

#include <stdexcept>
#include <string>

#include <gtest/gtest.h>

#include "support/bounded_run.h"

namespace mlxla::testing {
namespace {

TEST(BoundedRun, ReturnsWhatTheBodyReturns) {
  const auto outcome = run_bounded([] { return std::string("ran"); });
  ASSERT_TRUE(outcome.finished) << outcome.describe();
  EXPECT_EQ(outcome.text, "ran");
}

TEST(BoundedRun, AThrowingBodyIsAnOutcome) {
  const auto outcome = run_bounded([]() -> std::string { throw std::runtime_error("boom"); });
  EXPECT_FALSE(outcome.finished);
  EXPECT_EQ(outcome.signal, 0);
  EXPECT_EQ(outcome.describe(), "did not finish: the case threw: boom");
}

TEST(BoundedRun, AFailedForkIsAnOutcome) {
  // In a helper process with no process allowance left, so the test runner keeps its own. Root
  // is not held to RLIMIT_NPROC: the helper becomes `nobody` first.
  const pid_t helper = fork();
  ASSERT_GE(helper, 0);
  if (helper == 0) {
    if (geteuid() == 0 && (setgid(65534) != 0 || setuid(65534) != 0)) _exit(2);
    const rlimit none{0, 0};
    setrlimit(RLIMIT_NPROC, &none);
    const auto outcome = run_bounded([] { return std::string("ran"); });
    const bool reported =
        !outcome.finished && outcome.describe().starts_with("did not finish: fork failed: ");
    _exit(reported ? 0 : 1);
  }
  int status = 0;
  ASSERT_EQ(waitpid(helper, &status, 0), helper);
  ASSERT_TRUE(WIFEXITED(status));
  if (WEXITSTATUS(status) == 2) GTEST_SKIP() << "could not drop root to make fork fail";
  EXPECT_EQ(WEXITSTATUS(status), 0) << "run_bounded did not report the failed fork";
}

TEST(BoundedRun, CommandsCarryTheCpuAndWallBounds) {
  const std::vector<std::string> cmd = bounded_command({"true"});
  ASSERT_GT(cmd.size(), 4u);
  EXPECT_EQ(cmd[3], std::to_string(kBoundedWallSeconds));
  EXPECT_NE(std::find(cmd.begin(), cmd.end(), "--cpu=" + std::to_string(kBoundedSeconds)),
            cmd.end());
  EXPECT_EQ(cmd.back(), "true");
}

}  // namespace
}  // namespace mlxla::testing
