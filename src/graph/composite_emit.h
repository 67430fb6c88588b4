// Internal to src/graph: how a composite call is emitted (the op plus, once per signature, its
// decomposition Function), shared by composites.cpp and the files of larger composites (moe.cpp).
#pragma once

#include <map>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "graph/builder.h"
#include "graph/ir.h"

namespace mlxla::graph::detail {

/// table[index] for i32 `indices` [..., 1] (index_vector_dim last) -> f32 [...]: the table as an
/// f32 constant and a gather of single elements (fp code values, fp scale bytes).
ValueId lookup_table(Builder& b, std::span<const float> table, ValueId indices);

/// The decomposition's symbol: the composite's name with '.' -> '_', the operand types and a
/// 64-bit FNV-1a hash of the attributes, so equal signatures share one Function.
std::string decomposition_name(Builder& b, std::string_view name,
                               const std::vector<ValueId>& operands,
                               const std::map<std::string, Attribute>& attributes);

/// Emits the composite; `build_body` fills the decomposition Builder (whose parameters are
/// already declared, one per operand) and returns the decomposition's results.
template <typename BuildBody>
std::vector<ValueId> emit_composite(Builder& b, std::string_view name,
                                    std::vector<ValueId> operands,
                                    std::map<std::string, Attribute> attributes,
                                    BuildBody build_body) {
  const std::string function_name = decomposition_name(b, name, operands, attributes);
  if (b.module().find(function_name) == nullptr) {
    std::vector<TensorType> types;
    for (ValueId v : operands) types.push_back(b.type(v));
    Builder d(b.module(), function_name);
    std::vector<ValueId> params;
    for (size_t i = 0; i < types.size(); ++i) {
      params.push_back(d.parameter(types[i], "arg" + std::to_string(i)));
    }
    d.return_values(build_body(d, params));
  }
  return b.composite(std::string(name), std::move(operands), std::move(attributes), function_name);
}

}  // namespace mlxla::graph::detail
