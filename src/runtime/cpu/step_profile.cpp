// StepProfile: minimum per-step costs and the replayed thread schedule.
#include "runtime/cpu/step_profile.h"

#include <algorithm>
#include <cstdio>
#include <limits>
#include <map>

namespace mlxla::runtime::cpu {

StepProfile::StepProfile(std::string title, std::vector<std::string> labels,
                         std::vector<bool> parallel, std::vector<int64_t> units_before,
                         std::vector<bool> barrier_before, int threads)
    : title_(std::move(title)),
      labels_(std::move(labels)),
      parallel_(std::move(parallel)),
      units_before_(std::move(units_before)),
      barrier_before_(std::move(barrier_before)),
      threads_(threads < 1 ? 1 : threads),
      part_min_(static_cast<size_t>(units_before_.empty() ? 0 : units_before_.back()),
                std::numeric_limits<int64_t>::max()),
      step_min_(labels_.size(), std::numeric_limits<int64_t>::max()),
      step_now_(labels_.size(), 0),
      step_sum_(labels_.size(), 0) {}

void StepProfile::record(size_t step, int64_t part, int64_t ns) {
  int64_t& m = part_min_[static_cast<size_t>(units_before_[step] + part)];
  m = std::min(m, ns);
  const int64_t parts = units_before_[step + 1] - units_before_[step];
  step_now_[step] = (part == 0 ? 0 : step_now_[step]) + ns;
  if (part == parts - 1) {
    step_min_[step] = std::min(step_min_[step], step_now_[step]);
    step_sum_[step] += step_now_[step];
  }
}

StepProfile::Replay StepProfile::replay(int64_t claim_ns, int64_t wait_ns) const {
  const size_t n = labels_.size();
  const auto T = static_cast<size_t>(threads_);
  std::vector<int64_t> now(T, 0);
  std::vector<size_t> at(T, 0);
  std::vector<bool> passed(T, false);
  std::vector<int64_t> next(n, 0);
  std::vector<int64_t> done_at(part_min_.size(), 0);
  Replay r;
  for (;;) {
    // The thread that is earliest in time acts next, so every claim happens in time order.
    size_t t = T;
    for (size_t j = 0; j < T; ++j) {
      if (at[j] < n && (t == T || now[j] < now[t])) t = j;
    }
    if (t == T) break;
    const size_t i = at[t];
    if (barrier_before_[i] && !passed[t] && T > 1) {
      // Every part before step i is claimed (a thread moves past a step only then).
      int64_t ready = 0;
      for (int64_t u = 0; u < units_before_[i]; ++u)
        ready = std::max(ready, done_at[static_cast<size_t>(u)]);
      if (ready > now[t]) r.idle_ns += ready - now[t];
      now[t] = std::max(now[t], ready) + wait_ns;
      passed[t] = true;
      continue;
    }
    const int64_t parts = units_before_[i + 1] - units_before_[i];
    if (next[i] < parts) {
      const auto u = static_cast<size_t>(units_before_[i] + next[i]++);
      now[t] += claim_ns + part_min_[u];
      done_at[u] = now[t];
    } else {
      ++at[t];
      passed[t] = false;
    }
  }
  for (size_t j = 0; j < T; ++j) r.end_ns = std::max(r.end_ns, now[j]);
  return r;
}

std::string StepProfile::report() const {
  if (runs_ == 0) return {};
  int64_t total = 0, serial = 0, sum = 0;
  int waits = 0;
  std::map<std::string, std::pair<int64_t, int>> by_label;
  for (size_t i = 0; i < labels_.size(); ++i) {
    total += step_min_[i];
    sum += step_sum_[i];
    if (!parallel_[i]) serial += step_min_[i];
    waits += barrier_before_[i] ? 1 : 0;
    auto& e = by_label[labels_[i]];
    e.first += step_min_[i];
    e.second += 1;
  }
  // Claims are one atomic increment; a wait hands a cache line between cores (~0.2-0.5 us).
  const Replay r = replay(20, 200);
  char line[512];
  std::string out;
  std::snprintf(line, sizeof line,
                "profile %s: steps %zu, waits %d, runs %lld; sum of step minima %.3f ms (serial "
                "%.3f ms; means %.3f ms); %d-thread replay %.3f ms, idle %.3f ms\n",
                title_.c_str(), labels_.size(), waits, static_cast<long long>(runs_), total * 1e-6,
                serial * 1e-6, static_cast<double>(sum) * 1e-6 / static_cast<double>(runs_),
                threads_, r.end_ns * 1e-6, r.idle_ns * 1e-6);
  out += line;
  std::vector<std::pair<std::string, std::pair<int64_t, int>>> rows(by_label.begin(),
                                                                    by_label.end());
  std::sort(rows.begin(), rows.end(),
            [](const auto& a, const auto& b) { return a.second.first > b.second.first; });
  for (const auto& [label, e] : rows) {
    std::snprintf(
        line, sizeof line, "profile   %-44s %5d steps %9.3f ms %5.1f%%\n", label.c_str(), e.second,
        e.first * 1e-6,
        total > 0 ? 100.0 * static_cast<double>(e.first) / static_cast<double>(total) : 0.0);
    out += line;
  }
  return out;
}

}  // namespace mlxla::runtime::cpu
