// A compiled step of the CPU runtime: what one op does at execution time, with its operand and
// result addresses looked up in the per-run address table.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <functional>

#include "kernels/cpu/kernels.h"
#include "mlxla/result.h"
#include "runtime/cpu/plan.h"

namespace mlxla::runtime::cpu {

/// addr[v] is the first byte of flat value v during a run (views fill theirs when they run).
using AddressTable = std::byte**;

struct Step {
  /// Serial steps run on thread 0 only; parallel steps run on every thread, each taking its
  /// share (`tid` of `threads`), with barriers where plan_barriers puts them.
  bool parallel = false;
  std::function<void(AddressTable addr, int tid, int threads)> run;
  /// When > 0 (and the step is parallel), the work is `chunks` independent parts that threads
  /// claim one at a time, run(addr, part, chunks): a thread the OS descheduled holds up its
  /// current part only, not a fixed half of the step.
  int64_t chunks = 0;
  /// A barrier before this step whatever plan_barriers says: it reads state the step before it
  /// wrote outside the plan's values (quantized activations of Policy::kFast).
  bool needs_barrier = false;
};

/// The part count of a matmul step over n output rows: parts of at least 64 rows (a kernel
/// call has a fixed cost), at most 16 parts.
inline int64_t matmul_chunks(int64_t n) {
  const int64_t rows = std::max<int64_t>(64, (n / 16 + 15) / 16 * 16);
  return std::max<int64_t>(1, (n + rows - 1) / rows);
}

/// Compiles an op that has no fused kernel: StableHLO semantics, plain loops. Constants and
/// iota are materialised at compile time by the executable, not here. `isa` is the kernel
/// table's: float converts take SIMD loops only under a SIMD table (convert_loops).
Result<Step> compile_generic_op(const FlatOp& fop, const Plan& plan, kernels::Isa isa);

/// Fills the bytes of a constant or iota value.
Status materialize_constant(const FlatOp& fop, const Plan& plan, std::byte* out);

}  // namespace mlxla::runtime::cpu
