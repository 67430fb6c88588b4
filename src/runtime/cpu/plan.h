// The CPU runtime's compile-time plan: the main function flattened (composites without a fused
// kernel inlined from their decompositions), value lifetimes, and where each value lives:
// an external buffer, a view into another value (reshape, contiguous slices), the buffer of
// the value it updates in place (dynamic_update_slice, the aliased KV cache), or an arena slot.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "graph/ir.h"
#include "mlxla/result.h"

namespace mlxla::runtime::cpu {

/// One op of the flattened program; operand/result ids index Plan::values.
struct FlatOp {
  const graph::Op* op = nullptr;
  const graph::Function* function = nullptr;  ///< the function `op` came from
  std::vector<int32_t> operands;
  std::vector<int32_t> results;
};

enum class Storage : uint8_t {
  kInput,     ///< a main parameter bound per call (or a weight bound at compile time)
  kConstant,  ///< literal data owned by the plan
  kArena,     ///< a slot in the per-executable arena
  kView,      ///< bytes inside another value's storage (offset decided when its op runs)
  kInPlace,   ///< shares the storage of operand 0 (dynamic_update_slice on a dead buffer)
};

struct FlatValue {
  graph::TensorType type;
  Storage storage = Storage::kArena;
  int32_t root = -1;         ///< the value owning the bytes (itself unless view / in place)
  int32_t param = -1;        ///< for kInput: index into main's parameters
  int64_t arena_offset = 0;  ///< for kArena roots
  int32_t defined_at = -1;   ///< op index defining it (-1: parameter)
  int32_t last_use = -1;     ///< last op index reading it (INT32_MAX: a result of main)
};

struct Plan {
  std::vector<FlatValue> values;
  std::vector<FlatOp> ops;
  std::vector<int32_t> results;  ///< main's results, as flat values
  int64_t arena_bytes = 0;
};

/// Decides whether a composite is executed by a fused kernel (true) or inlined.
using FusedPredicate = std::function<bool(const graph::CompositeAttrs&)>;

/// Flattens `module`'s main, computes lifetimes and assigns storage: reshape and contiguous
/// (dynamic) slices become views, which the executor must then execute as views. Fails on
/// malformed graphs with the op named.
/// `elide(plan)`, called once lifetimes are known, may mark ops whose result the executor
/// never materialises (a narrowing convert folded into its only reader's kernel); such a result
/// becomes a view of its operand so that no memory is planned for it.
using ElidePredicate = std::function<std::vector<bool>(const Plan&)>;
Result<Plan> make_plan(const graph::Module& module, const FusedPredicate& fused,
                       const ElidePredicate& elide = nullptr);

/// Whether a dynamic_slice / slice of `from` to `sizes` is one contiguous run of bytes in
/// row-major order (then it can be a view).
bool is_contiguous_slice(const std::vector<int64_t>& from, const std::vector<int64_t>& sizes,
                         const std::vector<int64_t>& strides = {});

}  // namespace mlxla::runtime::cpu
