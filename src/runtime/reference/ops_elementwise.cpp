// Reference elementwise ops: binary and unary arithmetic, bitwise ops, compare and select.
// Floats of every width compute in f32 and round once to the element type (exact for f16/bf16
// add/subtract/multiply/divide/sqrt: f32 carries more than 2p+2 bits); integers wrap around.
#include <cmath>
#include <cstring>

#include "runtime/reference/elements.h"
#include "runtime/reference/ops.h"

namespace mlxla::runtime::reference {
namespace {

using graph::ElementType;
using graph::OpKind;

/// IEEE 754-2019 maximum: NaN propagates; +0 is greater than -0.
float ieee_maximum(float a, float b) {
  if (std::isnan(a)) return a;
  if (std::isnan(b)) return b;
  if (a == b) return std::signbit(a) ? b : a;
  return a > b ? a : b;
}

float ieee_minimum(float a, float b) {
  if (std::isnan(a)) return a;
  if (std::isnan(b)) return b;
  if (a == b) return std::signbit(a) ? a : b;
  return a < b ? a : b;
}

Result<float> float_binary(OpKind kind, float a, float b) {
  switch (kind) {
    case OpKind::kAdd:
      return a + b;
    case OpKind::kSubtract:
      return a - b;
    case OpKind::kMultiply:
      return a * b;
    case OpKind::kDivide:
      return a / b;
    case OpKind::kMaximum:
      return ieee_maximum(a, b);
    case OpKind::kMinimum:
      return ieee_minimum(a, b);
    default:
      return op_error(kind, "is not defined on floating-point operands");
  }
}

/// Integer division by StableHLO's convention as XLA implements it: x / 0 is -1 (all bits set),
/// and the signed overflow INT_MIN / -1 is INT_MIN; otherwise truncation toward zero.
int64_t integer_divide(ElementType type, int64_t a, int64_t b) {
  if (b == 0) return -1;
  if (type == ElementType::kI64 && b == -1)
    return static_cast<int64_t>(0 - static_cast<uint64_t>(a));
  return a / b;  // i32/ui32/ui8 carriers are far from the int64 overflow
}

Result<int64_t> integer_binary(OpKind kind, ElementType type, int64_t a, int64_t b) {
  const auto ua = static_cast<uint64_t>(a);
  const auto ub = static_cast<uint64_t>(b);
  if (type == ElementType::kI1) {
    switch (kind) {
      case OpKind::kAnd:
      case OpKind::kMultiply:
      case OpKind::kMinimum:
        return a & b;
      case OpKind::kOr:
      case OpKind::kAdd:
      case OpKind::kMaximum:
        return a | b;
      default:
        return op_error(kind, "is not defined on i1 operands");
    }
  }
  switch (kind) {
    case OpKind::kAdd:
      return static_cast<int64_t>(ua + ub);
    case OpKind::kSubtract:
      return static_cast<int64_t>(ua - ub);
    case OpKind::kMultiply:
      return static_cast<int64_t>(ua * ub);
    case OpKind::kDivide:
      return integer_divide(type, a, b);
    case OpKind::kMaximum:
      return a > b ? a : b;  // carriers keep signedness (ui32 zero-extended)
    case OpKind::kMinimum:
      return a < b ? a : b;
    case OpKind::kAnd:
      return static_cast<int64_t>(ua & ub);
    case OpKind::kOr:
      return static_cast<int64_t>(ua | ub);
    case OpKind::kShiftRightLogical: {
      const unsigned bits = static_cast<unsigned>(graph::element_size(type) * 8);
      const uint64_t mask = bits == 64 ? ~uint64_t{0} : (uint64_t{1} << bits) - 1;
      const uint64_t amount = ub & mask;  // a negative shift is a huge unsigned one
      return amount >= bits ? 0 : static_cast<int64_t>((ua & mask) >> amount);
    }
    default:
      return op_error(kind, "is not defined on integer operands");
  }
}

Result<float> float_unary(OpKind kind, float x) {
  switch (kind) {
    case OpKind::kNegate:
      return -x;
    case OpKind::kExponential:
      return std::exp(x);
    case OpKind::kLog:
      return std::log(x);
    case OpKind::kRsqrt:
      return 1.0f / std::sqrt(x);
    case OpKind::kSqrt:
      return std::sqrt(x);
    case OpKind::kLogistic:
      return 1.0f / (1.0f + std::exp(-x));
    case OpKind::kTanh:
      return std::tanh(x);
    case OpKind::kSine:
      return std::sin(x);
    case OpKind::kCosine:
      return std::cos(x);
    default:
      return op_error(kind, "is not a unary op");
  }
}

Result<Buffer> binary(const graph::Op& op, const BufferView& a, const BufferView& b,
                      const graph::TensorType& type) {
  if (a.type != b.type || a.type != type) {
    return op_error(op.kind, "operands " + graph::to_string(a.type) + ", " +
                                 graph::to_string(b.type) + " and result " +
                                 graph::to_string(type) + " must have one type");
  }
  Buffer out = Buffer::zeros(type);
  const ElementType e = type.element;
  for (int64_t i = 0; i < type.numel(); ++i) {
    if (graph::is_float(e)) {
      MLXLA_ASSIGN_OR_RETURN(
          float v, float_binary(op.kind, load_float(e, a.data, i), load_float(e, b.data, i)));
      store_float(e, out.bytes.data(), i, v);
    } else {
      MLXLA_ASSIGN_OR_RETURN(
          int64_t v, integer_binary(op.kind, e, load_int(e, a.data, i), load_int(e, b.data, i)));
      store_int(e, out.bytes.data(), i, v);
    }
  }
  return out;
}

Result<Buffer> unary(const graph::Op& op, const BufferView& x, const graph::TensorType& type) {
  if (x.type != type) {
    return op_error(op.kind, "operand " + graph::to_string(x.type) + " and result " +
                                 graph::to_string(type) + " differ");
  }
  Buffer out = Buffer::zeros(type);
  const ElementType e = type.element;
  if (!graph::is_float(e)) {
    if (op.kind != OpKind::kNegate || e == ElementType::kI1) {
      return op_error(op.kind, "is not defined on " + graph::to_string(type));
    }
    for (int64_t i = 0; i < type.numel(); ++i) {
      store_int(e, out.bytes.data(), i,
                static_cast<int64_t>(0 - static_cast<uint64_t>(load_int(e, x.data, i))));
    }
    return out;
  }
  for (int64_t i = 0; i < type.numel(); ++i) {
    MLXLA_ASSIGN_OR_RETURN(float v, float_unary(op.kind, load_float(e, x.data, i)));
    store_float(e, out.bytes.data(), i, v);
  }
  return out;
}

bool compare_floats(graph::CompareDirection direction, float a, float b) {
  switch (direction) {
    case graph::CompareDirection::kEq:
      return a == b;
    case graph::CompareDirection::kNe:
      return a != b;  // true when either is NaN
    case graph::CompareDirection::kLt:
      return a < b;
    case graph::CompareDirection::kLe:
      return a <= b;
    case graph::CompareDirection::kGt:
      return a > b;
    case graph::CompareDirection::kGe:
      return a >= b;
  }
  return false;
}

bool compare_integers(graph::CompareDirection direction, int64_t a, int64_t b) {
  switch (direction) {
    case graph::CompareDirection::kEq:
      return a == b;
    case graph::CompareDirection::kNe:
      return a != b;
    case graph::CompareDirection::kLt:
      return a < b;
    case graph::CompareDirection::kLe:
      return a <= b;
    case graph::CompareDirection::kGt:
      return a > b;
    case graph::CompareDirection::kGe:
      return a >= b;
  }
  return false;
}

Result<Buffer> compare(const graph::Op& op, std::span<const BufferView> operands,
                       const graph::TensorType& type) {
  const auto* attrs = std::get_if<graph::CompareAttrs>(&op.attrs);
  if (attrs == nullptr) return op_error(op.kind, "is missing its direction");
  if (operands.size() != 2) return op_error(op.kind, "expects two operands");
  const BufferView& a = operands[0];
  const BufferView& b = operands[1];
  if (a.type != b.type || type.element != ElementType::kI1 || type.shape != a.type.shape) {
    return op_error(op.kind, "operands " + graph::to_string(a.type) + ", " +
                                 graph::to_string(b.type) + " and result " +
                                 graph::to_string(type) + " do not agree");
  }
  Buffer out = Buffer::zeros(type);
  const ElementType e = a.type.element;
  for (int64_t i = 0; i < type.numel(); ++i) {
    const bool v =
        graph::is_float(e)
            ? compare_floats(attrs->direction, load_float(e, a.data, i), load_float(e, b.data, i))
            : compare_integers(attrs->direction, load_int(e, a.data, i), load_int(e, b.data, i));
    store_int(ElementType::kI1, out.bytes.data(), i, v ? 1 : 0);
  }
  return out;
}

Result<Buffer> select(std::span<const BufferView> operands, const graph::TensorType& type) {
  if (operands.size() != 3)
    return op_error(OpKind::kSelect, "expects predicate, on_true, on_false");
  const BufferView& pred = operands[0];
  const BufferView& on_true = operands[1];
  const BufferView& on_false = operands[2];
  if (pred.type.element != ElementType::kI1 ||
      (pred.type.rank() != 0 && pred.type.shape != type.shape) || on_true.type != type ||
      on_false.type != type) {
    return op_error(OpKind::kSelect, "predicate " + graph::to_string(pred.type) + " and branches " +
                                         graph::to_string(on_true.type) + ", " +
                                         graph::to_string(on_false.type) + " do not agree with " +
                                         graph::to_string(type));
  }
  Buffer out = Buffer::zeros(type);
  const size_t width = graph::element_size(type.element);
  const bool scalar = pred.type.rank() == 0;
  for (int64_t i = 0; i < type.numel(); ++i) {
    const bool p = load_int(ElementType::kI1, pred.data, scalar ? 0 : i) != 0;
    const std::byte* src = (p ? on_true.data : on_false.data) + static_cast<size_t>(i) * width;
    std::memcpy(out.bytes.data() + static_cast<size_t>(i) * width, src, width);
  }
  return out;
}

}  // namespace

Result<Buffer> evaluate_elementwise(const graph::Op& op, std::span<const BufferView> operands,
                                    const graph::TensorType& type) {
  if (op.kind == OpKind::kCompare) return compare(op, operands, type);
  if (op.kind == OpKind::kSelect) return select(operands, type);
  if (graph::is_elementwise_binary(op.kind)) {
    if (operands.size() != 2) return op_error(op.kind, "expects two operands");
    return binary(op, operands[0], operands[1], type);
  }
  if (graph::is_elementwise_unary(op.kind)) {
    if (operands.size() != 1) return op_error(op.kind, "expects one operand");
    return unary(op, operands[0], type);
  }
  return op_error(op.kind, "is not elementwise");
}

}  // namespace mlxla::runtime::reference
