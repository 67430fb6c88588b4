// The verifier (see verifier.h): SSA, signatures and per-op StableHLO type rules. The per-op
// rules live in shape_inference.cpp; here they are applied to the recorded operand types and
// the inferred results compared with the recorded ones.
#include "graph/verifier.h"

#include <functional>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "graph/shape_inference.h"

namespace mlxla::graph {
namespace {

Error at_function(const Function& f, const std::string& message) {
  return invalid_argument(f.name + ": " + message);
}

Error at_op(const Function& f, size_t index, const Op& op, const std::string& message) {
  return invalid_argument(f.name + ": op #" + std::to_string(index) + " stablehlo." +
                          std::string(op_name(op.kind)) + ": " + message);
}

bool valid_value(const Function& f, ValueId v) {
  return v >= 0 && static_cast<size_t>(v) < f.types.size();
}

Status check_parameters(const Function& f, std::vector<bool>& defined) {
  for (size_t i = 0; i < f.parameters.size(); ++i) {
    const Parameter& p = f.parameters[i];
    const std::string label = "parameter #" + std::to_string(i) + " (" + p.name + ")";
    if (!valid_value(f, p.value)) return at_function(f, label + " has no value");
    if (defined[static_cast<size_t>(p.value)]) {
      return at_function(f, label + " reuses value %" + std::to_string(p.value));
    }
    defined[static_cast<size_t>(p.value)] = true;
    for (int64_t d : f.type(p.value).shape) {
      if (d < 0) return at_function(f, label + " has a negative dimension");
    }
  }
  return Status::Ok();
}

Status check_op(const Module& module, const Function& f, size_t index, const Op& op,
                std::vector<bool>& defined) {
  std::vector<TensorType> operand_types;
  for (size_t i = 0; i < op.operands.size(); ++i) {
    const ValueId v = op.operands[i];
    if (!valid_value(f, v))
      return at_op(f, index, op, "operand " + std::to_string(i) + " is not a value");
    if (!defined[static_cast<size_t>(v)]) {
      return at_op(f, index, op,
                   "operand " + std::to_string(i) + " (%" + std::to_string(v) +
                       ") is used before it is defined");
    }
    operand_types.push_back(f.type(v));
  }
  if (op.kind == OpKind::kReturn) {
    if (!op.results.empty()) return at_op(f, index, op, "return has results");
    if (index + 1 != f.ops.size()) return at_op(f, index, op, "return is not the last op");
    return Status::Ok();
  }
  std::vector<TensorType> declared;
  for (size_t i = 0; i < op.results.size(); ++i) {
    const ValueId v = op.results[i];
    if (!valid_value(f, v))
      return at_op(f, index, op, "result " + std::to_string(i) + " is not a value");
    if (defined[static_cast<size_t>(v)]) {
      return at_op(f, index, op, "result %" + std::to_string(v) + " is defined twice");
    }
    declared.push_back(f.type(v));
  }
  if (op.kind == OpKind::kComposite) {
    const auto* attrs = std::get_if<CompositeAttrs>(&op.attrs);
    if (attrs != nullptr && (attrs->decomposition == f.name || attrs->decomposition == "main")) {
      return at_op(f, index, op,
                   "decomposition @" + attrs->decomposition + " is not a separate function");
    }
  } else if (op.results.size() != 1) {
    return at_op(f, index, op, "has " + std::to_string(op.results.size()) + " results, expected 1");
  }
  auto inferred = infer_result_types(module, op.kind, operand_types, op.attrs, declared);
  if (!inferred.ok()) return at_op(f, index, op, inferred.error().message());
  if (inferred->size() != declared.size()) {
    return at_op(f, index, op,
                 "has " + std::to_string(declared.size()) + " results, the rules give " +
                     std::to_string(inferred->size()));
  }
  for (size_t i = 0; i < declared.size(); ++i) {
    if ((*inferred)[i] != declared[i]) {
      return at_op(f, index, op,
                   "result " + std::to_string(i) + " is " + to_string(declared[i]) +
                       ", the rules give " + to_string((*inferred)[i]));
    }
    defined[static_cast<size_t>(op.results[i])] = true;
  }
  return Status::Ok();
}

Status check_aliasing(const Function& f) {
  const std::vector<TensorType> results = f.result_types();
  std::set<int32_t> used;
  for (const Parameter& p : f.parameters) {
    if (!p.aliased_result) continue;
    const int32_t r = *p.aliased_result;
    if (r < 0 || static_cast<size_t>(r) >= results.size()) {
      return at_function(f, "parameter " + p.name + " aliases result " + std::to_string(r) +
                                " of " + std::to_string(results.size()));
    }
    if (!used.insert(r).second) {
      return at_function(f, "result " + std::to_string(r) + " is aliased by two parameters");
    }
    if (results[static_cast<size_t>(r)] != f.type(p.value)) {
      return at_function(f, "parameter " + p.name + " " + to_string(f.type(p.value)) +
                                " aliases result " + std::to_string(r) + " of type " +
                                to_string(results[static_cast<size_t>(r)]));
    }
  }
  return Status::Ok();
}

// A decomposition that (through other composites) calls back into itself would make inlining
// and the reference interpreter recurse forever.
Status check_composite_cycles(const Module& module) {
  std::map<std::string, std::vector<std::string>> calls;
  for (const Function& f : module.functions) {
    for (const Op& op : f.ops) {
      if (const auto* c = std::get_if<CompositeAttrs>(&op.attrs))
        calls[f.name].push_back(c->decomposition);
    }
  }
  std::map<std::string, int> state;  // 1 = on the current path, 2 = done
  std::function<Status(const std::string&)> visit = [&](const std::string& name) -> Status {
    state[name] = 1;
    for (const std::string& callee : calls[name]) {
      if (state[callee] == 1) {
        return invalid_argument(name + ": composite decomposition @" + callee +
                                " calls itself back");
      }
      if (state[callee] == 0) MLXLA_RETURN_IF_ERROR(visit(callee));
    }
    state[name] = 2;
    return Status::Ok();
  };
  for (const Function& f : module.functions) {
    if (state[f.name] == 0) MLXLA_RETURN_IF_ERROR(visit(f.name));
  }
  return Status::Ok();
}

}  // namespace

Status verify_function(const Module& module, const Function& f) {
  std::vector<bool> defined(f.types.size(), false);
  MLXLA_RETURN_IF_ERROR(check_parameters(f, defined));
  if (f.ops.empty() || f.ops.back().kind != OpKind::kReturn) {
    return at_function(f, "does not end with stablehlo.return");
  }
  for (size_t i = 0; i < f.ops.size(); ++i) {
    MLXLA_RETURN_IF_ERROR(check_op(module, f, i, f.ops[i], defined));
  }
  if (!f.result_names.empty() && f.result_names.size() != f.ops.back().operands.size()) {
    return at_function(f, std::to_string(f.result_names.size()) + " result names for " +
                              std::to_string(f.ops.back().operands.size()) + " results");
  }
  return check_aliasing(f);
}

Status verify(const Module& module) {
  if (module.find("main") == nullptr) return invalid_argument(module.name + ": no function @main");
  std::set<std::string> names;
  for (const Function& f : module.functions) {
    if (f.name.empty()) return invalid_argument(module.name + ": a function has no name");
    if (!names.insert(f.name).second) {
      return invalid_argument(module.name + ": function @" + f.name + " is defined twice");
    }
  }
  for (const Function& f : module.functions) MLXLA_RETURN_IF_ERROR(verify_function(module, f));
  return check_composite_cycles(module);
}

}  // namespace mlxla::graph
