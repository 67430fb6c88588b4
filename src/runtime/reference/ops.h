// The reference interpreter's op implementations (internal): each checks every fact it relies
// on to stay in bounds, then computes its result by the StableHLO definition, element by element.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "graph/ir.h"
#include "mlxla/result.h"
#include "runtime/backend.h"

namespace mlxla::runtime::reference {

/// Row-major strides (in elements) of `shape`.
std::vector<int64_t> row_major_strides(const std::vector<int64_t>& shape);
/// Advances `index` to the next multi-index of `shape` in row-major order; false after the last.
bool next_index(std::vector<int64_t>& index, const std::vector<int64_t>& shape);

/// An error naming the op: "[dot_general] <message>".
Error op_error(graph::OpKind kind, const std::string& message);

/// Evaluates one single-result op (everything but composite and return) whose declared result
/// type is `result_type`.
Result<Buffer> evaluate_op(const graph::Op& op, std::span<const BufferView> operands,
                           const graph::TensorType& result_type);

// Per-family entry points used by evaluate_op.
Result<Buffer> evaluate_layout_op(const graph::Op& op, std::span<const BufferView> operands,
                                  const graph::TensorType& result_type);
Result<Buffer> evaluate_gather(const graph::GatherAttrs& attrs,
                               std::span<const BufferView> operands,
                               const graph::TensorType& result_type);
Result<Buffer> evaluate_elementwise(const graph::Op& op, std::span<const BufferView> operands,
                                    const graph::TensorType& result_type);
Result<Buffer> evaluate_reduce(const graph::ReduceAttrs& attrs,
                               std::span<const BufferView> operands,
                               const graph::TensorType& result_type);
Result<Buffer> evaluate_dot_general(const graph::DotGeneralAttrs& attrs,
                                    std::span<const BufferView> operands,
                                    const graph::TensorType& result_type);

/// The canonical f32 dot product order (docs/REFERENCE.md): element k of the flattened
/// contraction is accumulated into lane k % 16 with fma, then lanes are summed pairwise
/// (s = 8, 4, 2, 1: p[l] += p[l + s]). `a` and `b` hold `n` f32 values each.
float canonical_dot(const float* a, const float* b, int64_t n);

}  // namespace mlxla::runtime::reference
