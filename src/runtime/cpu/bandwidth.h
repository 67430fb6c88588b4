// Measures this machine's memory read bandwidth on the spot, with the runtime's own thread
// pool, so benchmarks can state what fraction of the roofline they reach.
#pragma once

#include <cstddef>

#include "runtime/cpu/thread_pool.h"

namespace mlxla::runtime::cpu {

/// Reads a `bytes`-sized buffer (much larger than the caches) `passes` times with every thread
/// of `pool` and returns the best pass in GB/s (1e9 bytes per second).
double measure_read_bandwidth_gbs(ThreadPool& pool, size_t bytes = size_t{1} << 30, int passes = 5);

}  // namespace mlxla::runtime::cpu
