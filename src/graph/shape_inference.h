// StableHLO type rules of every op kind, in one place: the Builder infers result types with
// them (aborting on misuse) and the verifier re-derives and compares them for finished modules.
#pragma once

#include <string>
#include <vector>

#include "graph/ir.h"
#include "mlxla/result.h"

namespace mlxla::graph {

/// The result types of an op of `kind` with `operands` (their types) and `attrs`, or an error
/// whose message names the offending dims and shapes (without the op name: callers prefix it).
/// `declared` carries what the operands cannot tell: constant and iota (the full type), convert
/// (the element type), reshape (the shape); it is validated against the rules. For composites
/// the decomposition function is looked up in `module` and its signature checked. kReturn has
/// no results.
Result<std::vector<TensorType>> infer_result_types(const Module& module, OpKind kind,
                                                   const std::vector<TensorType>& operands,
                                                   const OpAttrs& attrs,
                                                   const std::vector<TensorType>& declared);

/// "[1, 2, 3]".
std::string dims_text(const std::vector<int64_t>& dims);

}  // namespace mlxla::graph
