// A streaming read test: each thread sums its share of a large buffer with wide loads.
#include "runtime/cpu/bandwidth.h"

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <vector>

namespace mlxla::runtime::cpu {

double measure_read_bandwidth_gbs(ThreadPool& pool, size_t bytes, int passes) {
  const size_t words = bytes / sizeof(uint64_t);
  auto* data = static_cast<uint64_t*>(std::aligned_alloc(64, words * sizeof(uint64_t)));
  if (data == nullptr) return 0.0;
  // Touch every page so the test reads memory, not the zero page.
  for (size_t i = 0; i < words; ++i) data[i] = i;
  std::vector<uint64_t> sinks(static_cast<size_t>(pool.size()) * 8, 0);
  double best = 0.0;
  for (int pass = 0; pass < passes; ++pass) {
    const auto t0 = std::chrono::steady_clock::now();
    pool.run([&](int tid) {
      int64_t begin, end;
      split_range(static_cast<int64_t>(words), tid, pool.size(), 64, &begin, &end);
      // Eight independent accumulators: the loop is bound by loads, not by the adds.
      uint64_t acc[8] = {};
      for (int64_t i = begin; i + 8 <= end; i += 8) {
        for (int j = 0; j < 8; ++j) acc[j] += data[i + j];
      }
      uint64_t total = 0;
      for (uint64_t a : acc) total += a;
      sinks[static_cast<size_t>(tid) * 8] = total;
    });
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    best = std::max(best, static_cast<double>(words * sizeof(uint64_t)) / seconds / 1e9);
  }
  std::free(data);
  return best;
}

}  // namespace mlxla::runtime::cpu
