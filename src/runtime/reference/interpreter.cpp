// The reference interpreter's driver: the value table, op dispatch, composites as calls, and
// releasing each intermediate after its last use.
#include "runtime/reference/interpreter.h"

#include <algorithm>
#include <memory>
#include <optional>
#include <string>

#include "graph/verifier.h"
#include "runtime/reference/ops.h"

namespace mlxla::runtime::reference {
namespace {

using graph::OpKind;

/// Deeper composite nesting than this is a cycle or a malformed module.
constexpr int kMaxCallDepth = 32;
/// Refuse tensors above this many bytes rather than attempting the allocation.
constexpr int64_t kMaxTensorBytes = int64_t{1} << 36;

Status check_type(const graph::TensorType& type, const std::string& what) {
  int64_t bytes = static_cast<int64_t>(graph::element_size(type.element));
  for (int64_t d : type.shape) {
    if (d < 0)
      return invalid_argument(what + " has a negative dimension: " + graph::to_string(type));
    if (d > 0 && bytes > kMaxTensorBytes / d)
      return invalid_argument(what + " is too large: " + graph::to_string(type));
    bytes *= d;
  }
  return Status::Ok();
}

class FunctionRun {
 public:
  FunctionRun(const graph::Module& module, const graph::Function& function, int depth)
      : module_(module), function_(function), depth_(depth) {}

  Result<std::vector<Buffer>> run(std::span<const BufferView> args);

 private:
  Result<BufferView> value(graph::ValueId id) const;
  Status define(graph::ValueId id, Buffer buffer);
  Result<std::vector<Buffer>> call(const graph::Op& op, std::span<const BufferView> operands);
  std::string where(size_t op_index) const {
    return function_.name + ": op #" + std::to_string(op_index) + " stablehlo." +
           std::string(graph::op_name(function_.ops[op_index].kind));
  }

  const graph::Module& module_;
  const graph::Function& function_;
  int depth_;
  std::vector<std::optional<BufferView>> views_;
  std::vector<std::unique_ptr<Buffer>> owned_;
};

Result<BufferView> FunctionRun::value(graph::ValueId id) const {
  if (id < 0 || static_cast<size_t>(id) >= views_.size() || !views_[static_cast<size_t>(id)]) {
    return invalid_argument("value %" + std::to_string(id) + " is used but not defined");
  }
  return *views_[static_cast<size_t>(id)];
}

Status FunctionRun::define(graph::ValueId id, Buffer buffer) {
  if (id < 0 || static_cast<size_t>(id) >= views_.size() || views_[static_cast<size_t>(id)]) {
    return invalid_argument("value %" + std::to_string(id) + " is out of range or defined twice");
  }
  if (buffer.type != function_.type(id) || buffer.bytes.size() != buffer.type.nbytes()) {
    return internal_error("result type " + graph::to_string(buffer.type) +
                          " differs from the declared " + graph::to_string(function_.type(id)));
  }
  auto owned = std::make_unique<Buffer>(std::move(buffer));
  views_[static_cast<size_t>(id)] = owned->view();
  owned_[static_cast<size_t>(id)] = std::move(owned);
  return Status::Ok();
}

Result<std::vector<Buffer>> FunctionRun::call(const graph::Op& op,
                                              std::span<const BufferView> operands) {
  const auto* attrs = std::get_if<graph::CompositeAttrs>(&op.attrs);
  if (attrs == nullptr) return invalid_argument("composite without attributes");
  if (depth_ >= kMaxCallDepth)
    return invalid_argument("composites nest deeper than " + std::to_string(kMaxCallDepth));
  const graph::Function* callee = module_.find(attrs->decomposition);
  if (callee == nullptr)
    return not_found(attrs->name + ": decomposition '" + attrs->decomposition +
                     "' not in the module");
  FunctionRun inner(module_, *callee, depth_ + 1);
  return inner.run(operands);
}

Result<std::vector<Buffer>> FunctionRun::run(std::span<const BufferView> args) {
  const size_t count = function_.types.size();
  if (args.size() != function_.parameters.size()) {
    return invalid_argument(function_.name + ": expects " +
                            std::to_string(function_.parameters.size()) + " arguments, got " +
                            std::to_string(args.size()));
  }
  for (size_t v = 0; v < count; ++v) {
    MLXLA_RETURN_IF_ERROR(
        check_type(function_.types[v], function_.name + ": value %" + std::to_string(v)));
  }
  views_.assign(count, std::nullopt);
  owned_.clear();
  owned_.resize(count);
  for (size_t i = 0; i < args.size(); ++i) {
    const graph::Parameter& p = function_.parameters[i];
    if (p.value < 0 || static_cast<size_t>(p.value) >= count ||
        views_[static_cast<size_t>(p.value)]) {
      return invalid_argument(function_.name + ": parameter '" + p.name + "' has a bad value id");
    }
    if (args[i].type != function_.type(p.value) ||
        (args[i].data == nullptr && args[i].type.nbytes() != 0)) {
      return invalid_argument(function_.name + ": argument " + std::to_string(i) + " ('" + p.name +
                              "') is " + graph::to_string(args[i].type) + ", the parameter is " +
                              graph::to_string(function_.type(p.value)));
    }
    views_[static_cast<size_t>(p.value)] = args[i];
  }
  // Last use of every value, so intermediates are released as soon as they are dead.
  std::vector<size_t> last_use(count, 0);
  for (size_t i = 0; i < function_.ops.size(); ++i) {
    for (graph::ValueId v : function_.ops[i].operands) {
      if (v >= 0 && static_cast<size_t>(v) < count) last_use[static_cast<size_t>(v)] = i;
    }
  }
  std::vector<BufferView> operands;
  for (size_t i = 0; i < function_.ops.size(); ++i) {
    const graph::Op& op = function_.ops[i];
    operands.clear();
    for (graph::ValueId v : op.operands) {
      Result<BufferView> view = value(v);
      if (!view.ok()) return view.error().with_context(where(i));
      operands.push_back(*view);
    }
    if (op.kind == OpKind::kReturn) {
      std::vector<Buffer> results;
      for (const BufferView& view : operands) {
        Buffer copy{view.type, std::vector<std::byte>(view.type.nbytes())};
        if (!copy.bytes.empty()) std::copy_n(view.data, copy.bytes.size(), copy.bytes.data());
        results.push_back(std::move(copy));
      }
      return results;
    }
    if (op.kind == OpKind::kComposite) {
      Result<std::vector<Buffer>> outs = call(op, operands);
      if (!outs.ok()) return outs.error().with_context(where(i));
      if (outs->size() != op.results.size()) {
        return invalid_argument(where(i) + ": decomposition returns " +
                                std::to_string(outs->size()) + " values");
      }
      for (size_t r = 0; r < op.results.size(); ++r) {
        Status defined = define(op.results[r], std::move((*outs)[r]));
        if (!defined.ok()) return defined.error().with_context(where(i));
      }
    } else {
      if (op.results.size() != 1 || op.results[0] < 0 ||
          static_cast<size_t>(op.results[0]) >= count) {
        return invalid_argument(where(i) + ": expects exactly one result");
      }
      Result<Buffer> out = evaluate_op(op, operands, function_.type(op.results[0]));
      if (!out.ok()) return out.error().with_context(where(i));
      Status defined = define(op.results[0], std::move(*out));
      if (!defined.ok()) return defined.error().with_context(where(i));
    }
    for (graph::ValueId v : op.operands) {
      const auto index = static_cast<size_t>(v);
      if (last_use[index] == i && owned_[index]) {
        owned_[index].reset();
        views_[index].reset();
      }
    }
  }
  return invalid_argument(function_.name + ": has no return op");
}

}  // namespace

std::vector<int64_t> row_major_strides(const std::vector<int64_t>& shape) {
  std::vector<int64_t> strides(shape.size(), 1);
  for (size_t i = shape.size(); i-- > 1;) strides[i - 1] = strides[i] * shape[i];
  return strides;
}

bool next_index(std::vector<int64_t>& index, const std::vector<int64_t>& shape) {
  for (size_t i = index.size(); i-- > 0;) {
    if (++index[i] < shape[i]) return true;
    index[i] = 0;
  }
  return false;
}

Error op_error(graph::OpKind kind, const std::string& message) {
  std::string text = "[";
  text.append(graph::op_name(kind));
  text.append("] ");
  text.append(message);
  return invalid_argument(std::move(text));
}

Result<Buffer> evaluate_op(const graph::Op& op, std::span<const BufferView> operands,
                           const graph::TensorType& result_type) {
  switch (op.kind) {
    case OpKind::kGather:
      if (const auto* a = std::get_if<graph::GatherAttrs>(&op.attrs))
        return evaluate_gather(*a, operands, result_type);
      return op_error(op.kind, "is missing its attributes");
    case OpKind::kReduce:
      if (const auto* a = std::get_if<graph::ReduceAttrs>(&op.attrs))
        return evaluate_reduce(*a, operands, result_type);
      return op_error(op.kind, "is missing its attributes");
    case OpKind::kDotGeneral:
      if (const auto* a = std::get_if<graph::DotGeneralAttrs>(&op.attrs)) {
        return evaluate_dot_general(*a, operands, result_type);
      }
      return op_error(op.kind, "is missing its attributes");
    case OpKind::kComposite:
    case OpKind::kReturn:
      return op_error(op.kind, "is handled by the function driver");
    default:
      break;
  }
  if (graph::is_elementwise_binary(op.kind) || graph::is_elementwise_unary(op.kind) ||
      op.kind == OpKind::kCompare || op.kind == OpKind::kSelect) {
    return evaluate_elementwise(op, operands, result_type);
  }
  return evaluate_layout_op(op, operands, result_type);
}

Result<std::vector<Buffer>> interpret_verified(const graph::Module& module,
                                               std::string_view function,
                                               std::span<const BufferView> args) {
  const graph::Function* f = module.find(function);
  if (f == nullptr)
    return not_found("function '" + std::string(function) + "' is not in module " + module.name);
  FunctionRun run(module, *f, 0);
  return run.run(args);
}

Result<std::vector<Buffer>> interpret(const graph::Module& module, std::string_view function,
                                      std::span<const BufferView> args) {
  MLXLA_RETURN_IF_ERROR(graph::verify(module));
  return interpret_verified(module, function, args);
}

}  // namespace mlxla::runtime::reference
