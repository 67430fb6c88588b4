// Opt-in timing of a CPU executable's steps (environment variable MLXLA_CPU_PROFILE=1): every
// part of every step runs in order on the calling thread and is timed; at destruction the
// executable prints, per step kind, the sum of each step's fastest run, and replays its thread
// schedule on those costs. Minima over many runs hold still on a loaded machine where wall-clock
// rates do not, so plans and small kernels can be compared there (docs/BENCHMARKS.md).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace mlxla::runtime::cpu {

class StepProfile {
 public:
  /// One label per step ("S " or "P " for serial or parallel, then the op), the part count of
  /// the steps before each (units_before, steps + 1 entries) and the planned waits.
  StepProfile(std::string title, std::vector<std::string> labels, std::vector<bool> parallel,
              std::vector<int64_t> units_before, std::vector<bool> barrier_before, int threads);

  /// Part `part` of step `step` took `ns` nanoseconds in this run (the minimum is kept).
  void record(size_t step, int64_t part, int64_t ns);
  void end_run() { ++runs_; }
  int64_t runs() const { return runs_; }

  /// The schedule of the pool's threads replayed on the parts' minimum costs: a thread claims
  /// the next unclaimed part (a claim costs `claim_ns`); at a wait it idles until every part of
  /// the steps before is done, plus `wait_ns`. Returns {end, idle summed over threads}.
  struct Replay {
    int64_t end_ns = 0, idle_ns = 0;
  };
  Replay replay(int64_t claim_ns, int64_t wait_ns) const;

  /// Summary line and one line per label (sorted by cost), for stderr.
  std::string report() const;

 private:
  std::string title_;
  std::vector<std::string> labels_;
  std::vector<bool> parallel_;
  std::vector<int64_t> units_before_;
  std::vector<bool> barrier_before_;
  int threads_ = 1;
  std::vector<int64_t> part_min_;  ///< per part, its fastest run
  std::vector<int64_t> step_min_;  ///< per step, its fastest run (all parts)
  std::vector<int64_t> step_now_;  ///< the current run's sum per step
  std::vector<int64_t> step_sum_;  ///< per step, the sum over runs (the report's means)
  int64_t runs_ = 0;
};

}  // namespace mlxla::runtime::cpu
