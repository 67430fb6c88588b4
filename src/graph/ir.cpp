// The graph IR's small functions: element type facts, op names, type printing, lookups.
#include "graph/ir.h"

#include <cstdio>
#include <cstdlib>

namespace mlxla::graph {

size_t element_size(ElementType type) {
  switch (type) {
    case ElementType::kF32:
      return 4;
    case ElementType::kF16:
      return 2;
    case ElementType::kBF16:
      return 2;
    case ElementType::kI32:
      return 4;
    case ElementType::kI64:
      return 8;
    case ElementType::kU32:
      return 4;
    case ElementType::kU8:
      return 1;
    case ElementType::kI1:
      return 1;
  }
  return 0;
}

std::string_view element_name(ElementType type) {
  switch (type) {
    case ElementType::kF32:
      return "f32";
    case ElementType::kF16:
      return "f16";
    case ElementType::kBF16:
      return "bf16";
    case ElementType::kI32:
      return "i32";
    case ElementType::kI64:
      return "i64";
    case ElementType::kU32:
      return "ui32";
    case ElementType::kU8:
      return "ui8";
    case ElementType::kI1:
      return "i1";
  }
  return "?";
}

bool is_float(ElementType type) {
  return type == ElementType::kF32 || type == ElementType::kF16 || type == ElementType::kBF16;
}

bool is_integer(ElementType type) {
  return type == ElementType::kI32 || type == ElementType::kI64 || type == ElementType::kU32 ||
         type == ElementType::kU8;
}

int64_t TensorType::numel() const {
  int64_t n = 1;
  for (int64_t d : shape) n *= d;
  return n;
}

std::string to_string(const TensorType& type) {
  std::string text = "tensor<";
  for (int64_t d : type.shape) {
    text += std::to_string(d);
    text += 'x';
  }
  text += element_name(type.element);
  text += '>';
  return text;
}

std::string_view op_name(OpKind kind) {
  switch (kind) {
    case OpKind::kConstant:
      return "constant";
    case OpKind::kIota:
      return "iota";
    case OpKind::kConvert:
      return "convert";
    case OpKind::kBroadcastInDim:
      return "broadcast_in_dim";
    case OpKind::kReshape:
      return "reshape";
    case OpKind::kTranspose:
      return "transpose";
    case OpKind::kSlice:
      return "slice";
    case OpKind::kDynamicSlice:
      return "dynamic_slice";
    case OpKind::kDynamicUpdateSlice:
      return "dynamic_update_slice";
    case OpKind::kConcatenate:
      return "concatenate";
    case OpKind::kGather:
      return "gather";
    case OpKind::kAdd:
      return "add";
    case OpKind::kSubtract:
      return "subtract";
    case OpKind::kMultiply:
      return "multiply";
    case OpKind::kDivide:
      return "divide";
    case OpKind::kMaximum:
      return "maximum";
    case OpKind::kMinimum:
      return "minimum";
    case OpKind::kShiftRightLogical:
      return "shift_right_logical";
    case OpKind::kAnd:
      return "and";
    case OpKind::kOr:
      return "or";
    case OpKind::kNegate:
      return "negate";
    case OpKind::kExponential:
      return "exponential";
    case OpKind::kLog:
      return "log";
    case OpKind::kRsqrt:
      return "rsqrt";
    case OpKind::kSqrt:
      return "sqrt";
    case OpKind::kLogistic:
      return "logistic";
    case OpKind::kTanh:
      return "tanh";
    case OpKind::kSine:
      return "sine";
    case OpKind::kCosine:
      return "cosine";
    case OpKind::kCompare:
      return "compare";
    case OpKind::kSelect:
      return "select";
    case OpKind::kReduce:
      return "reduce";
    case OpKind::kDotGeneral:
      return "dot_general";
    case OpKind::kComposite:
      return "composite";
    case OpKind::kReturn:
      return "return";
  }
  return "?";
}

bool is_elementwise_binary(OpKind kind) {
  return kind >= OpKind::kAdd && kind <= OpKind::kOr;
}

bool is_elementwise_unary(OpKind kind) {
  return kind >= OpKind::kNegate && kind <= OpKind::kCosine;
}

std::string_view compare_direction_name(CompareDirection direction) {
  switch (direction) {
    case CompareDirection::kEq:
      return "EQ";
    case CompareDirection::kNe:
      return "NE";
    case CompareDirection::kLt:
      return "LT";
    case CompareDirection::kLe:
      return "LE";
    case CompareDirection::kGt:
      return "GT";
    case CompareDirection::kGe:
      return "GE";
  }
  return "?";
}

std::vector<TensorType> Function::result_types() const {
  std::vector<TensorType> out;
  if (ops.empty() || ops.back().kind != OpKind::kReturn) return out;
  for (ValueId v : ops.back().operands) {
    if (v >= 0 && static_cast<size_t>(v) < types.size()) out.push_back(type(v));
  }
  return out;
}

Function* Module::find(std::string_view function_name) {
  for (Function& f : functions) {
    if (f.name == function_name) return &f;
  }
  return nullptr;
}

const Function* Module::find(std::string_view function_name) const {
  for (const Function& f : functions) {
    if (f.name == function_name) return &f;
  }
  return nullptr;
}

}  // namespace mlxla::graph
