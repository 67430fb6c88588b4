// Builder: appends ops with StableHLO shape inference. A misuse is an emitter bug: it aborts
// with a message naming the op and the shapes involved (the verifier re-checks independently).
#include "graph/builder.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <utility>

#include "graph/literal.h"
#include "graph/shape_inference.h"

namespace mlxla::graph {
namespace {

[[noreturn]] void fail(std::string_view function, std::string_view op, const std::string& message) {
  std::fprintf(stderr, "mlxla graph builder: @%.*s: stablehlo.%.*s: %s\n",
               static_cast<int>(function.size()), function.data(), static_cast<int>(op.size()),
               op.data(), message.c_str());
  std::abort();
}

}  // namespace

Builder::Builder(Module& module, std::string function_name)
    : module_(&module), function_name_(std::move(function_name)) {
  if (module_->find(function_name_) == nullptr) {
    Function f;
    f.name = function_name_;
    module_->functions.push_back(std::move(f));
  }
}

Function& Builder::function() {
  Function* f = module_->find(function_name_);
  if (f == nullptr) fail(function_name_, "func", "the function vanished from the module");
  return *f;
}

const TensorType& Builder::type(ValueId v) {
  Function& f = function();
  if (v < 0 || static_cast<size_t>(v) >= f.types.size()) {
    fail(function_name_, "value", "value %" + std::to_string(v) + " does not exist");
  }
  return f.types[static_cast<size_t>(v)];
}

ValueId Builder::new_value(const TensorType& type) {
  Function& f = function();
  f.types.push_back(type);
  return static_cast<ValueId>(f.types.size() - 1);
}

// Every op goes through here: operand types -> StableHLO rules -> one new result value.
// `result` is the declared type for ops whose operands do not determine it (constant, iota,
// convert, reshape, broadcast_in_dim); for the others it is ignored.
ValueId Builder::append(OpKind kind, std::vector<ValueId> operands, const TensorType& result,
                        OpAttrs attrs) {
  std::vector<TensorType> operand_types;
  for (ValueId v : operands) operand_types.push_back(type(v));
  if (!function().ops.empty() && function().ops.back().kind == OpKind::kReturn) {
    fail(function_name_, op_name(kind), "the function already ended with return");
  }
  auto inferred = infer_result_types(*module_, kind, operand_types, attrs, {result});
  if (!inferred.ok()) fail(function_name_, op_name(kind), inferred.error().message());
  if (inferred->size() != 1) fail(function_name_, op_name(kind), "expected exactly one result");
  const ValueId id = new_value((*inferred)[0]);
  Op op;
  op.kind = kind;
  op.operands = std::move(operands);
  op.results = {id};
  op.attrs = std::move(attrs);
  function().ops.push_back(std::move(op));
  return id;
}

// ---- Parameters and constants ----

ValueId Builder::parameter(const TensorType& type, std::string name, ParamRole role) {
  for (int64_t d : type.shape) {
    if (d < 0)
      fail(function_name_, "func",
           "parameter " + name + " has a negative dimension: " + to_string(type));
  }
  const ValueId id = new_value(type);
  Parameter p;
  p.value = id;
  p.name = std::move(name);
  p.role = role;
  function().parameters.push_back(std::move(p));
  return id;
}

ValueId Builder::constant(const TensorType& type, std::vector<std::byte> data) {
  ConstantAttrs attrs;
  attrs.data = std::move(data);
  return append(OpKind::kConstant, {}, type, std::move(attrs));
}

ValueId Builder::splat(ElementType element, double value, std::vector<int64_t> shape) {
  TensorType type{element, std::move(shape)};
  ConstantAttrs attrs;
  attrs.data = encode_scalar(element, value);
  attrs.splat = true;
  return append(OpKind::kConstant, {}, type, std::move(attrs));
}

ValueId Builder::splat_f32(float value, std::vector<int64_t> shape) {
  return splat(ElementType::kF32, static_cast<double>(value), std::move(shape));
}
ValueId Builder::splat_i32(int32_t value, std::vector<int64_t> shape) {
  return splat(ElementType::kI32, value, std::move(shape));
}
ValueId Builder::splat_u32(uint32_t value, std::vector<int64_t> shape) {
  return splat(ElementType::kU32, value, std::move(shape));
}

ValueId Builder::constant_i32(std::span<const int32_t> values, std::vector<int64_t> shape) {
  std::vector<std::byte> data(values.size() * sizeof(int32_t));
  for (size_t i = 0; i < values.size(); ++i) {
    const auto bits = static_cast<uint32_t>(values[i]);
    for (size_t b = 0; b < 4; ++b)
      data[i * 4 + b] = static_cast<std::byte>((bits >> (8 * b)) & 0xFF);
  }
  return constant(TensorType{ElementType::kI32, std::move(shape)}, std::move(data));
}

ValueId Builder::constant_f32(std::span<const float> values, std::vector<int64_t> shape) {
  std::vector<std::byte> data(values.size() * sizeof(float));
  for (size_t i = 0; i < values.size(); ++i) {
    uint32_t bits;
    std::memcpy(&bits, &values[i], sizeof(bits));
    for (size_t b = 0; b < 4; ++b)
      data[i * 4 + b] = static_cast<std::byte>((bits >> (8 * b)) & 0xFF);
  }
  return constant(TensorType{ElementType::kF32, std::move(shape)}, std::move(data));
}

ValueId Builder::iota(ElementType element, std::vector<int64_t> shape, int64_t dimension) {
  return append(OpKind::kIota, {}, TensorType{element, std::move(shape)}, IotaAttrs{dimension});
}

// ---- Shape ops ----

ValueId Builder::convert(ValueId x, ElementType element) {
  return append(OpKind::kConvert, {x}, TensorType{element, type(x).shape}, std::monostate{});
}

ValueId Builder::broadcast_in_dim(ValueId x, std::vector<int64_t> shape,
                                  std::vector<int64_t> dimensions) {
  const TensorType result{type(x).element, std::move(shape)};
  return append(OpKind::kBroadcastInDim, {x}, result, BroadcastInDimAttrs{std::move(dimensions)});
}

ValueId Builder::reshape(ValueId x, std::vector<int64_t> shape) {
  return append(OpKind::kReshape, {x}, TensorType{type(x).element, std::move(shape)},
                std::monostate{});
}

ValueId Builder::transpose(ValueId x, std::vector<int64_t> permutation) {
  return append(OpKind::kTranspose, {x}, {}, TransposeAttrs{std::move(permutation)});
}

ValueId Builder::slice(ValueId x, std::vector<int64_t> start, std::vector<int64_t> limit,
                       std::vector<int64_t> strides) {
  if (strides.empty()) strides.assign(type(x).shape.size(), 1);
  return append(OpKind::kSlice, {x}, {},
                SliceAttrs{std::move(start), std::move(limit), std::move(strides)});
}

ValueId Builder::dynamic_slice(ValueId x, std::vector<ValueId> starts, std::vector<int64_t> sizes) {
  std::vector<ValueId> operands{x};
  operands.insert(operands.end(), starts.begin(), starts.end());
  return append(OpKind::kDynamicSlice, std::move(operands), {},
                DynamicSliceAttrs{std::move(sizes)});
}

ValueId Builder::dynamic_update_slice(ValueId x, ValueId update, std::vector<ValueId> starts) {
  std::vector<ValueId> operands{x, update};
  operands.insert(operands.end(), starts.begin(), starts.end());
  return append(OpKind::kDynamicUpdateSlice, std::move(operands), {}, std::monostate{});
}

ValueId Builder::concatenate(std::vector<ValueId> xs, int64_t dimension) {
  return append(OpKind::kConcatenate, std::move(xs), {}, ConcatenateAttrs{dimension});
}

ValueId Builder::gather(ValueId operand, ValueId indices, const GatherAttrs& attrs) {
  return append(OpKind::kGather, {operand, indices}, {}, attrs);
}

// ---- Elementwise ----

ValueId Builder::add(ValueId a, ValueId b) {
  return append(OpKind::kAdd, {a, b}, {}, {});
}
ValueId Builder::subtract(ValueId a, ValueId b) {
  return append(OpKind::kSubtract, {a, b}, {}, {});
}
ValueId Builder::multiply(ValueId a, ValueId b) {
  return append(OpKind::kMultiply, {a, b}, {}, {});
}
ValueId Builder::divide(ValueId a, ValueId b) {
  return append(OpKind::kDivide, {a, b}, {}, {});
}
ValueId Builder::maximum(ValueId a, ValueId b) {
  return append(OpKind::kMaximum, {a, b}, {}, {});
}
ValueId Builder::minimum(ValueId a, ValueId b) {
  return append(OpKind::kMinimum, {a, b}, {}, {});
}
ValueId Builder::shift_right_logical(ValueId a, ValueId b) {
  return append(OpKind::kShiftRightLogical, {a, b}, {}, {});
}
ValueId Builder::bitwise_and(ValueId a, ValueId b) {
  return append(OpKind::kAnd, {a, b}, {}, {});
}
ValueId Builder::bitwise_or(ValueId a, ValueId b) {
  return append(OpKind::kOr, {a, b}, {}, {});
}
ValueId Builder::negate(ValueId x) {
  return append(OpKind::kNegate, {x}, {}, {});
}
ValueId Builder::exponential(ValueId x) {
  return append(OpKind::kExponential, {x}, {}, {});
}
ValueId Builder::log(ValueId x) {
  return append(OpKind::kLog, {x}, {}, {});
}
ValueId Builder::rsqrt(ValueId x) {
  return append(OpKind::kRsqrt, {x}, {}, {});
}
ValueId Builder::sqrt(ValueId x) {
  return append(OpKind::kSqrt, {x}, {}, {});
}
ValueId Builder::logistic(ValueId x) {
  return append(OpKind::kLogistic, {x}, {}, {});
}
ValueId Builder::tanh(ValueId x) {
  return append(OpKind::kTanh, {x}, {}, {});
}
ValueId Builder::sine(ValueId x) {
  return append(OpKind::kSine, {x}, {}, {});
}
ValueId Builder::cosine(ValueId x) {
  return append(OpKind::kCosine, {x}, {}, {});
}

ValueId Builder::compare(ValueId a, ValueId b, CompareDirection direction) {
  return append(OpKind::kCompare, {a, b}, {}, CompareAttrs{direction});
}

ValueId Builder::select(ValueId predicate, ValueId on_true, ValueId on_false) {
  return append(OpKind::kSelect, {predicate, on_true, on_false}, {}, {});
}

// ---- Reductions and contractions ----

ValueId Builder::reduce(ValueId x, ValueId init, std::vector<int64_t> dimensions, ReduceBody body) {
  return append(OpKind::kReduce, {x, init}, {}, ReduceAttrs{std::move(dimensions), body});
}

ValueId Builder::dot_general(ValueId lhs, ValueId rhs, const DotGeneralAttrs& dims) {
  return append(OpKind::kDotGeneral, {lhs, rhs}, {}, dims);
}

std::vector<ValueId> Builder::composite(std::string name, std::vector<ValueId> operands,
                                        std::map<std::string, Attribute> attributes,
                                        const std::string& decomposition, int32_t version) {
  std::vector<TensorType> operand_types;
  for (ValueId v : operands) operand_types.push_back(type(v));
  if (!function().ops.empty() && function().ops.back().kind == OpKind::kReturn) {
    fail(function_name_, "composite", "the function already ended with return");
  }
  if (decomposition == function_name_) {
    fail(function_name_, "composite", "\"" + name + "\" cannot decompose into its own function");
  }
  CompositeAttrs attrs{std::move(name), std::move(attributes), decomposition, version};
  OpAttrs op_attrs = attrs;
  auto inferred = infer_result_types(*module_, OpKind::kComposite, operand_types, op_attrs, {});
  if (!inferred.ok()) fail(function_name_, "composite", inferred.error().message());
  Op op;
  op.kind = OpKind::kComposite;
  op.operands = std::move(operands);
  for (const TensorType& r : *inferred) op.results.push_back(new_value(r));
  op.attrs = std::move(op_attrs);
  std::vector<ValueId> results = op.results;
  function().ops.push_back(std::move(op));
  return results;
}

void Builder::return_values(std::vector<ValueId> values, std::vector<std::string> names) {
  for (ValueId v : values) type(v);
  Function& f = function();
  if (!f.ops.empty() && f.ops.back().kind == OpKind::kReturn) {
    fail(function_name_, "return", "the function already ended with return");
  }
  if (!names.empty() && names.size() != values.size()) {
    fail(function_name_, "return",
         std::to_string(names.size()) + " names for " + std::to_string(values.size()) + " results");
  }
  Op op;
  op.kind = OpKind::kReturn;
  op.operands = std::move(values);
  f.ops.push_back(std::move(op));
  f.result_names = std::move(names);
}

void Builder::alias(ValueId param, int32_t result) {
  Function& f = function();
  Parameter* p = nullptr;
  for (Parameter& candidate : f.parameters) {
    if (candidate.value == param) p = &candidate;
  }
  if (p == nullptr)
    fail(function_name_, "func", "alias: value %" + std::to_string(param) + " is not a parameter");
  for (const Parameter& other : f.parameters) {
    if (&other != p && other.aliased_result == result) {
      fail(function_name_, "func",
           "alias: result " + std::to_string(result) + " is already aliased with " + other.name);
    }
  }
  const std::vector<TensorType> results = f.result_types();
  if (!results.empty()) {
    if (result < 0 || static_cast<size_t>(result) >= results.size()) {
      fail(function_name_, "func", "alias: result " + std::to_string(result) + " out of range");
    }
    if (results[static_cast<size_t>(result)] != f.type(param)) {
      fail(function_name_, "func",
           "alias: parameter " + p->name + " " + to_string(f.type(param)) + " != result " +
               std::to_string(result) + " " + to_string(results[static_cast<size_t>(result)]));
    }
  }
  p->aliased_result = result;
}

}  // namespace mlxla::graph
