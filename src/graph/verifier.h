// The verifier: re-checks a finished Module against StableHLO's rules, independently of how it
// was built (ops may be constructed by hand, bypassing the Builder).
#pragma once

#include "graph/ir.h"
#include "mlxla/result.h"

namespace mlxla::graph {

/// Checks every function of `module`: a `main` exists and names are unique; SSA (each value
/// defined once, by a parameter or an op, before any use); every op's operand and result types
/// and attributes follow StableHLO's rules; each function ends with its only return; composite
/// decompositions exist (not the calling function, not main) with matching signatures;
/// aliased parameters name a distinct result of the same type; result names match the results.
/// The first violation is returned as an invalid_argument error naming the function, the op
/// index and the op, e.g. "main: op #12 stablehlo.dot_general: contracting dim 1 of lhs (64)
/// != dim 1 of rhs (32)".
Status verify(const Module& module);

/// Checks one function of `module` (as verify does for each).
Status verify_function(const Module& module, const Function& function);

}  // namespace mlxla::graph
