// The CPU runtime: compiles a Module once (flattened plan, fused kernels for the mlxla
// composites and weight matmuls, views, in-place KV-cache updates, one arena) and runs it on a
// persistent thread pool with one wake-up per execution.
#pragma once

#include <map>
#include <memory>

#include "kernels/cpu/kernels.h"
#include "runtime/backend.h"
#include "runtime/cpu/thread_pool.h"
#include "runtime/cpu/weight_layout.h"
#include "runtime/host_backend.h"

namespace mlxla::runtime::cpu {

struct CpuOptions {
  int threads = 0;  ///< 0: one per online CPU
  /// The kernel ISA; nullopt picks the best this CPU supports.
  std::optional<kernels::Isa> isa;
  /// An op touching fewer bytes (operands plus results) than this runs on one thread: below it,
  /// the barriers around a parallel step cost more than the split saves, and on a loaded
  /// machine a descheduled worker turns every barrier into a scheduler quantum. Tests set 0
  /// to force every splittable op through the threaded path.
  int64_t parallel_min_bytes = 256 << 10;
  /// The quantized_dot kernels: kExact keeps the bit-identity contract (packed == dense); kFast
  /// (int8 activations, VNNI) does not and is judged by tolerance and greedy agreement
  /// (docs/BENCHMARKS.md).
  kernels::Policy policy = kernels::Policy::kExact;
  /// Packed weights of mlxla.quantized_dot: interleaved copies made at compile time (shared by
  /// every executable of the backend) or read in place. Interleaved applies only where the
  /// kernel table has native interleaved kernels for the policy (AVX-512); other ISAs read in
  /// place. Policy kFast takes the fast layout (kernels::kFastInterleave rows, 4- and 8-bit
  /// weights; other widths in place), kExact blocks of interleave_rows.
  WeightLayout weight_layout = WeightLayout::kInterleaved;
  /// Rows per interleaved block under kExact (4 or 8): docs/KERNELS.md, "Interleaved layout".
  int interleave_rows = 4;
};

/// The explicit context of the CPU runtime: its thread pool and kernel table, shared by every
/// executable it compiles (a session's prefill and decode graphs share the workers). Its buffers
/// are host memory (HostBackend): weights are read in place from the views they were bound with
/// (the checkpoint's mmap), the KV cache is written where it lives.
class CpuBackend final : public HostBackend {
 public:
  static Result<std::unique_ptr<CpuBackend>> create(const CpuOptions& options);

  std::string_view name() const override { return "cpu"; }
  Result<std::unique_ptr<Executable>> compile(const graph::Module& module,
                                              std::shared_ptr<const WeightSet> weights) override;

  int threads() const { return pool_->size(); }
  kernels::Isa isa() const { return kernels_.isa(); }
  kernels::Policy policy() const { return policy_; }
  /// The layout weights actually get (kInPlace when the ISA has no interleaved kernels).
  WeightLayout weight_layout() const {
    return interleave_rows_ > 0 ? WeightLayout::kInterleaved : WeightLayout::kInPlace;
  }
  /// Rows per interleaved block the weights get (0: in place).
  int interleave_rows() const { return interleave_rows_; }
  /// Bytes of interleaved weight copies, and of checkpoint mapping released after copying, over
  /// the weight sets still alive.
  int64_t interleaved_bytes() const;
  int64_t released_mapping_bytes() const;
  /// Packed weights read from interleaved copies (a tied embedding/lm_head counts once).
  int64_t interleaved_tensors() const;
  /// Bytes of arenas and materialised constants of every executable compiled so far.
  int64_t planned_bytes() const { return planned_bytes_; }

 private:
  CpuBackend(std::shared_ptr<ThreadPool> pool, kernels::KernelContext kernels, int64_t min_bytes,
             kernels::Policy policy, int interleave_rows)
      : pool_(std::move(pool)),
        kernels_(kernels),
        parallel_min_bytes_(min_bytes),
        policy_(policy),
        interleave_rows_(interleave_rows) {}
  /// The interleaved copies of `weights`' tensors, made on first use by an executable compiled
  /// against it and freed with the set: keyed by the set, so a new set whose tensors happen to
  /// live at a dead set's addresses never sees that set's copies. Null with in-place weights.
  std::shared_ptr<InterleavedWeights> layouts_for(const std::shared_ptr<const WeightSet>& weights);
  template <typename F>
  int64_t sum_layouts(F&& f) const;

  std::shared_ptr<ThreadPool> pool_;
  kernels::KernelContext kernels_;
  int64_t parallel_min_bytes_;
  kernels::Policy policy_;
  int interleave_rows_ = 0;  ///< 0: weights read in place
  struct SetLayouts {
    std::weak_ptr<const WeightSet> set;
    std::shared_ptr<InterleavedWeights> layouts;
  };
  std::map<const WeightSet*, SetLayouts> layouts_;
  int64_t planned_bytes_ = 0;
};

}  // namespace mlxla::runtime::cpu
