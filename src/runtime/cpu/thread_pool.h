// A persistent pool of workers for the CPU runtime: one wake-up per graph execution; inside it
// threads claim step parts and spin on completion counts (a decode step has ~1000 ops; an OS
// wake-up per op would cost milliseconds per token). Owned by an explicit context, never global.
#pragma once

#include <atomic>
#include <cstdint>
#include <functional>
#include <thread>
#include <vector>

namespace mlxla::runtime::cpu {

/// Runs a function on `size()` threads at once: the caller is thread 0, workers 1..n-1 park
/// between runs (spin first, then std::atomic::wait, i.e. a futex).
class ThreadPool {
 public:
  explicit ThreadPool(int n_threads);
  ~ThreadPool();
  ThreadPool(const ThreadPool&) = delete;
  ThreadPool& operator=(const ThreadPool&) = delete;

  int size() const { return n_threads_; }
  /// Calls fn(thread_index) on every thread and returns when all have returned. Not reentrant.
  void run(const std::function<void(int)>& fn);

 private:
  void worker_loop(int index);

  const int n_threads_;
  std::vector<std::thread> workers_;
  const std::function<void(int)>* job_ = nullptr;
  alignas(64) std::atomic<uint32_t> generation_{0};
  alignas(64) std::atomic<int> remaining_{0};
  std::atomic<bool> stop_{false};
};

/// Spins (then yields) until `value` >= target (acquire): the CPU runtime's wait for the
/// completion count of the steps before a dependent one.
void spin_until_at_least(const std::atomic<int64_t>& value, int64_t target);

/// The half-open range [begin, end) of `n` items that thread `t` of `threads` takes; ranges
/// are contiguous, cover [0, n) and are multiples of `align` except the last.
inline void split_range(int64_t n, int t, int threads, int64_t align, int64_t* begin,
                        int64_t* end) {
  const int64_t blocks = (n + align - 1) / align;
  const int64_t per = blocks / threads, extra = blocks % threads;
  const int64_t b0 = t * per + (t < extra ? t : extra);
  const int64_t b1 = b0 + per + (t < extra ? 1 : 0);
  *begin = b0 * align < n ? b0 * align : n;
  *end = b1 * align < n ? b1 * align : n;
}

}  // namespace mlxla::runtime::cpu
