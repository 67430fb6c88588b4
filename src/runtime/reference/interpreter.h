// The reference interpreter: runs a graph::Module function op by op by StableHLO semantics.
// Slow, plain, obviously right: the oracle every other runtime is compared with
// (docs/REFERENCE.md states its orders, conversions and clamping).
#pragma once

#include <span>
#include <string_view>
#include <vector>

#include "graph/ir.h"
#include "mlxla/result.h"
#include "runtime/backend.h"

namespace mlxla::runtime::reference {

/// Verifies `module` (graph::verify), then runs `function` on `args` (one per parameter, types
/// equal to the parameters'; the bytes may be unaligned) and returns its results in order.
/// Composites run their decomposition function. A malformed graph or argument is an error
/// naming the op; the interpreter never reads or writes out of bounds.
Result<std::vector<Buffer>> interpret(const graph::Module& module, std::string_view function,
                                      std::span<const BufferView> args);

/// As interpret(), without verifying `module` again: for callers that verified it once
/// (the reference backend's compile). Each op still checks the facts it indexes with.
Result<std::vector<Buffer>> interpret_verified(const graph::Module& module,
                                               std::string_view function,
                                               std::span<const BufferView> args);

}  // namespace mlxla::runtime::reference
