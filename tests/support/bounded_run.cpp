// run_bounded: fork, setrlimit(RLIMIT_AS) + alarm in the child, result through a pipe.
#include "support/bounded_run.h"

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <exception>

#include "support/test_support.h"

namespace mlxla::testing {

bool address_space_limit_supported() {
  return !kSanitized;  // ASan reserves terabytes of shadow memory: RLIMIT_AS would kill it
}

std::string BoundedOutcome::describe() const {
  if (finished) return "finished: " + text;
  if (signal == SIGALRM)
    return "did not finish within " + std::to_string(kBoundedWallSeconds) + " s (blocked?)";
  if (signal == SIGXCPU || signal == SIGKILL) {
    return "used more than " + std::to_string(kBoundedSeconds) + " s of CPU (signal " +
           std::to_string(signal) + ")";
  }
  if (signal != 0)
    return std::string("killed by signal ") + std::to_string(signal) + " (" + strsignal(signal) +
           ")";
  return "did not finish: " + text;
}

BoundedOutcome run_bounded(const std::function<std::string()>& body) {
  BoundedOutcome outcome;
  int fds[2];
  if (pipe(fds) != 0) {
    outcome.text = "pipe failed";
    return outcome;
  }
  const pid_t pid = fork();
  if (pid < 0) {
    // Without a child there is nothing to wait for (waitpid(-1) would reap any child).
    outcome.text = std::string("fork failed: ") + std::strerror(errno);
    close(fds[0]);
    close(fds[1]);
    return outcome;
  }
  if (pid == 0) {
    close(fds[0]);
    if (address_space_limit_supported()) {
      const rlimit limit{kBoundedAddressSpace, kBoundedAddressSpace};
      setrlimit(RLIMIT_AS, &limit);
    }
    const rlimit cpu{kBoundedSeconds, kBoundedSeconds + 1};
    setrlimit(RLIMIT_CPU, &cpu);
    alarm(kBoundedWallSeconds);
    std::string text;
    int code = 0;
    // An exception must not unwind into the test framework's copy in the child.
    try {
      text = body();
    } catch (const std::exception& e) {
      text = std::string("the case threw: ") + e.what();
      code = 1;
    } catch (...) {
      text = "the case threw a non-standard exception";
      code = 1;
    }
    size_t done = 0;
    while (done < text.size()) {
      const ssize_t n = write(fds[1], text.data() + done, text.size() - done);
      if (n <= 0) break;
      done += static_cast<size_t>(n);
    }
    close(fds[1]);
    _exit(code);
  }
  close(fds[1]);
  char buf[4096];
  ssize_t n = 0;
  while ((n = read(fds[0], buf, sizeof(buf))) != 0) {
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) break;
    outcome.text.append(buf, static_cast<size_t>(n));
  }
  close(fds[0]);
  int status = 0;
  while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  if (WIFEXITED(status)) {
    outcome.finished = WEXITSTATUS(status) == 0;
    if (!outcome.finished && outcome.text.empty()) {
      outcome.text = "the child exited with status " + std::to_string(WEXITSTATUS(status));
    }
  } else if (WIFSIGNALED(status)) {
    outcome.signal = WTERMSIG(status);
  }
  return outcome;
}

std::vector<std::string> bounded_command(const std::vector<std::string>& argv) {
  std::vector<std::string> out = {"timeout", "-s",
                                  "KILL",    std::to_string(kBoundedWallSeconds),
                                  "prlimit", "--cpu=" + std::to_string(kBoundedSeconds)};
  if (address_space_limit_supported())
    out.push_back("--as=" + std::to_string(kBoundedAddressSpace));
  out.insert(out.end(), argv.begin(), argv.end());
  return out;
}

}  // namespace mlxla::testing
