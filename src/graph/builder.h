// Builder: appends ops to one Function of a Module, inferring each result type from StableHLO's
// shape rules. Misuse (mismatched shapes, bad dims) is a programming error in the emitter and
// aborts with a message naming the op; the verifier re-checks finished modules independently.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "graph/ir.h"

namespace mlxla::graph {

class Builder {
 public:
  /// Builds function `function_name` in `module`, creating it if absent. The Module must
  /// outlive the Builder; adding functions to the module while building is allowed (the
  /// builder refers to its function by name, not by pointer).
  Builder(Module& module, std::string function_name);

  Module& module() { return *module_; }
  Function& function();
  const TensorType& type(ValueId v);
  const std::vector<int64_t>& shape(ValueId v) { return type(v).shape; }

  // Parameters and constants.
  ValueId parameter(const TensorType& type, std::string name, ParamRole role = ParamRole::kInput);
  ValueId constant(const TensorType& type, std::vector<std::byte> data);  ///< full literal
  ValueId splat_f32(float value, std::vector<int64_t> shape);
  ValueId splat_i32(int32_t value, std::vector<int64_t> shape);
  ValueId splat_u32(uint32_t value, std::vector<int64_t> shape);
  ValueId splat(ElementType element, double value, std::vector<int64_t> shape);
  ValueId constant_i32(std::span<const int32_t> values, std::vector<int64_t> shape);
  ValueId constant_f32(std::span<const float> values, std::vector<int64_t> shape);
  ValueId iota(ElementType element, std::vector<int64_t> shape, int64_t dimension);

  // Shape ops.
  ValueId convert(ValueId x, ElementType element);
  ValueId broadcast_in_dim(ValueId x, std::vector<int64_t> shape, std::vector<int64_t> dimensions);
  ValueId reshape(ValueId x, std::vector<int64_t> shape);
  ValueId transpose(ValueId x, std::vector<int64_t> permutation);
  ValueId slice(ValueId x, std::vector<int64_t> start, std::vector<int64_t> limit,
                std::vector<int64_t> strides = {});
  /// `starts`: one rank-0 i32/i64 value per dimension of x.
  ValueId dynamic_slice(ValueId x, std::vector<ValueId> starts, std::vector<int64_t> sizes);
  ValueId dynamic_update_slice(ValueId x, ValueId update, std::vector<ValueId> starts);
  ValueId concatenate(std::vector<ValueId> xs, int64_t dimension);
  ValueId gather(ValueId operand, ValueId indices, const GatherAttrs& attrs);

  // Elementwise (operands must have identical types; broadcast explicitly first).
  ValueId add(ValueId a, ValueId b);
  ValueId subtract(ValueId a, ValueId b);
  ValueId multiply(ValueId a, ValueId b);
  ValueId divide(ValueId a, ValueId b);
  ValueId maximum(ValueId a, ValueId b);
  ValueId minimum(ValueId a, ValueId b);
  ValueId shift_right_logical(ValueId a, ValueId b);
  ValueId bitwise_and(ValueId a, ValueId b);
  ValueId bitwise_or(ValueId a, ValueId b);
  ValueId negate(ValueId x);
  ValueId exponential(ValueId x);
  ValueId log(ValueId x);
  ValueId rsqrt(ValueId x);
  ValueId sqrt(ValueId x);
  ValueId logistic(ValueId x);
  ValueId tanh(ValueId x);
  ValueId sine(ValueId x);
  ValueId cosine(ValueId x);
  ValueId compare(ValueId a, ValueId b, CompareDirection direction);  ///< -> i1
  ValueId select(ValueId predicate, ValueId on_true, ValueId on_false);

  /// Reduces `x` over `dimensions` with `body`, starting from the rank-0 `init`.
  ValueId reduce(ValueId x, ValueId init, std::vector<int64_t> dimensions, ReduceBody body);
  /// Result element type is f32 for float inputs (f32 accumulation), the input type otherwise.
  ValueId dot_general(ValueId lhs, ValueId rhs, const DotGeneralAttrs& dims);

  /// Emits a stablehlo.composite calling `decomposition` (a Function already in the module,
  /// whose parameter types must match the operands); results take its result types.
  std::vector<ValueId> composite(std::string name, std::vector<ValueId> operands,
                                 std::map<std::string, Attribute> attributes,
                                 const std::string& decomposition, int32_t version = 0);

  /// Ends the function; `names` (optional) label the results.
  void return_values(std::vector<ValueId> values, std::vector<std::string> names = {});
  /// Marks main-function parameter `param` as aliased with result index `result`.
  void alias(ValueId param, int32_t result);

 private:
  ValueId append(OpKind kind, std::vector<ValueId> operands, const TensorType& result,
                 OpAttrs attrs);
  ValueId new_value(const TensorType& type);

  Module* module_;
  std::string function_name_;
};

}  // namespace mlxla::graph
