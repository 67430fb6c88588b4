// A compiled step of the CPU runtime: what one op does at execution time, with its operand and
// result addresses looked up in the per-run address table.
#pragma once

#include <cstddef>
#include <functional>

#include "mlxla/result.h"
#include "runtime/cpu/plan.h"

namespace mlxla::runtime::cpu {

/// addr[v] is the first byte of flat value v during a run (views fill theirs when they run).
using AddressTable = std::byte**;

struct Step {
  /// Serial steps run on thread 0 only; parallel steps run on every thread, each taking its
  /// share (`tid` of `threads`), with barriers at the boundaries.
  bool parallel = false;
  std::function<void(AddressTable addr, int tid, int threads)> run;
};

/// Compiles an op that has no fused kernel: StableHLO semantics, plain loops. Constants and
/// iota are materialised at compile time by the executable, not here.
Result<Step> compile_generic_op(const FlatOp& fop, const Plan& plan);

/// Fills the bytes of a constant or iota value.
Status materialize_constant(const FlatOp& fop, const Plan& plan, std::byte* out);

}  // namespace mlxla::runtime::cpu
