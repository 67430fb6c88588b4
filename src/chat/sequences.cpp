// Sequences the render iterates or builds element by element: for loops, slices and range().
// Each counts its elements before touching them and pays a step per element.
#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "chat/interpreter.h"
#include "chat/text.h"

namespace mlxla::chat {

namespace {

// What one for-loop iteration costs in steps (its `loop` object has nine fields).
constexpr std::uint64_t kLoopIterationSteps = 8;

}  // namespace

Result<Interpreter::Flow> Interpreter::exec_for(const Node& node, const ScopePtr& scope,
                                                std::string& out) {
  auto loop_scope = std::make_shared<Scope>(scope);
  MLXLA_ASSIGN_OR_RETURN(Value iterable, eval(*node.a, loop_scope));
  std::vector<Value> source;
  if (iterable.is_array()) {
    MLXLA_RETURN_IF_ERROR(charge_bytes(node, iterable.as_array().size() * sizeof(Value)));
    source = iterable.as_array();  // a snapshot: the body may append to the array
  } else if (iterable.is_object()) {
    MLXLA_RETURN_IF_ERROR(charge_bytes(node, iterable.as_object().size() * sizeof(Value)));
    for (const auto& entry : iterable.as_object().entries())
      source.push_back(Value::string(entry.first));
  } else {
    return fail(node,
                std::string("for loop needs an array or object, got ") + iterable.type_name());
  }
  auto bind = [&](Scope& target, const Value& item) -> Status {
    if (node.names.size() == 1) {
      target.set(node.names[0], item);
      return Status::Ok();
    }
    if (!item.is_array())
      return fail(node,
                  std::string("cannot unpack a ") + item.type_name() + " into loop variables");
    if (item.as_array().size() != node.names.size()) {
      return fail(node, std::string("too ") +
                            (item.as_array().size() < node.names.size() ? "few" : "many") +
                            " items to unpack into the loop variables");
    }
    for (std::size_t j = 0; j < node.names.size(); ++j)
      target.set(node.names[j], item.as_array()[j]);
    return Status::Ok();
  };
  std::vector<Value> items;
  if (node.b) {
    for (const Value& item : source) {
      MLXLA_RETURN_IF_ERROR(step(node));
      auto filter_scope = std::make_shared<Scope>(loop_scope);
      MLXLA_RETURN_IF_ERROR(bind(*filter_scope, item));
      MLXLA_ASSIGN_OR_RETURN(Value keep, eval(*node.b, filter_scope));
      if (keep.truthy()) items.push_back(item);
    }
  } else {
    items = std::move(source);
  }
  bool iterated = false;
  const auto n = static_cast<std::int64_t>(items.size());
  for (std::int64_t i = 0; i < n; ++i) {
    // An iteration builds the `loop` object and a scope binding: several plain steps' worth.
    MLXLA_RETURN_IF_ERROR(charge(node, kLoopIterationSteps));
    Object loop;
    loop.set("index", Value::integer(i + 1));
    loop.set("index0", Value::integer(i));
    loop.set("revindex", Value::integer(n - i));
    loop.set("revindex0", Value::integer(n - i - 1));
    loop.set("first", Value::boolean(i == 0));
    loop.set("last", Value::boolean(i == n - 1));
    loop.set("length", Value::integer(n));
    loop.set("previtem", i > 0 ? items[static_cast<std::size_t>(i - 1)] : Value());
    loop.set("nextitem", i < n - 1 ? items[static_cast<std::size_t>(i + 1)] : Value());
    loop_scope->set("loop", Value::object(std::move(loop)));
    MLXLA_RETURN_IF_ERROR(bind(*loop_scope, items[static_cast<std::size_t>(i)]));
    // The reference renders each iteration separately and drops the iteration's output when
    // break/continue interrupts it; such an iteration also does not count for `else`.
    std::string iteration;
    MLXLA_ASSIGN_OR_RETURN(Flow flow, exec_block(node.body, loop_scope, iteration));
    if (flow == Flow::kContinue) continue;
    if (flow == Flow::kBreak) break;
    MLXLA_RETURN_IF_ERROR(append_output(out, iteration, node));
    iterated = true;
  }
  if (!iterated) {
    MLXLA_ASSIGN_OR_RETURN(Flow flow, exec_block(node.orelse, loop_scope, out));
    if (flow != Flow::kNormal) return fail(node, "break or continue in a for loop's else block");
  }
  return Flow::kNormal;
}

Result<Value> Interpreter::eval_slice(const Node& node, const ScopePtr& scope) {
  MLXLA_ASSIGN_OR_RETURN(Value object, eval(*node.a, scope));
  if (!object.is_array() && !object.is_string()) {
    return fail(node,
                std::string("only arrays and strings can be sliced, got ") + object.type_name());
  }
  std::int64_t parts[3] = {0, 0, 1};
  bool given[3] = {false, false, false};
  const Node* nodes[3] = {node.b.get(), node.c.get(), node.d.get()};
  for (int k = 0; k < 3; ++k) {
    if (nodes[k] == nullptr) continue;
    MLXLA_ASSIGN_OR_RETURN(Value v, eval(*nodes[k], scope));
    if (v.is_undefined()) continue;
    if (!v.is_int())
      return fail(node, std::string("slice bounds must be integers, got ") + v.type_name());
    parts[k] = v.as_int();
    given[k] = true;
  }
  std::optional<CodePoints> cps;
  if (object.is_string()) {
    MLXLA_RETURN_IF_ERROR(charge_scan(node, object.as_string().size()));
    cps.emplace(object.as_string());
    MLXLA_RETURN_IF_ERROR(charge_transient(node, cps->index_bytes()));
  }
  const auto length =
      static_cast<std::int64_t>(object.is_array() ? object.as_array().size() : cps->size());
  const std::int64_t step = parts[2];
  if (step == 0) return fail(node, "slice step cannot be zero");
  std::int64_t start = 0;
  std::int64_t stop = 0;
  // The reference's slice(): Python-like, except that an explicit stop of -1 with a negative
  // step means "through the first element".
  if (step > 0) {
    start = given[0] ? parts[0] : 0;
    start = start < 0 ? std::max<std::int64_t>(length + std::max<std::int64_t>(start, -length), 0)
                      : std::min(start, length);
    stop = given[1] ? parts[1] : length;
    stop = stop < 0 ? std::max<std::int64_t>(length + std::max<std::int64_t>(stop, -length), 0)
                    : std::min(stop, length);
  } else {
    start = given[0] ? parts[0] : length - 1;
    start = start < 0
                ? std::max<std::int64_t>(length + std::max<std::int64_t>(start, -length - 1), -1)
                : std::min(start, length - 1);
    stop = given[1] ? parts[1] : -1;
    stop = stop < -1
               ? std::max<std::int64_t>(length + std::max<std::int64_t>(stop, -length - 1), -1)
               : std::min(stop, length - 1);
  }
  // How many elements are selected, computed without ever stepping past the bounds: a step
  // near INT64_MAX must select one element, not overflow the index.
  const std::uint64_t magnitude =
      step > 0 ? static_cast<std::uint64_t>(step) : 0 - static_cast<std::uint64_t>(step);
  std::uint64_t count = 0;
  if (step > 0 && start < stop)
    count = static_cast<std::uint64_t>(stop - start - 1) / magnitude + 1;
  if (step < 0 && start > stop)
    count = static_cast<std::uint64_t>(start - stop - 1) / magnitude + 1;
  MLXLA_RETURN_IF_ERROR(charge(node, count));
  auto index = [&](std::uint64_t k) {
    const std::uint64_t offset = k * magnitude;  // < length: cannot overflow
    return static_cast<std::size_t>(step > 0 ? start + static_cast<std::int64_t>(offset)
                                             : start - static_cast<std::int64_t>(offset));
  };
  if (object.is_array()) {
    MLXLA_RETURN_IF_ERROR(charge_items(node, count));
    Array items;
    items.reserve(count);
    for (std::uint64_t k = 0; k < count; ++k) items.push_back(object.as_array()[index(k)]);
    return Value::array(std::move(items));
  }
  std::string text;
  for (std::uint64_t k = 0; k < count; ++k) text += (*cps)[index(k)];
  return make_string(node, std::move(text));
}

Result<Value> Interpreter::call_range(const Node& at, const Args& args) {
  std::int64_t bounds[3] = {0, 0, 1};
  const std::size_t n = args.positional.size();
  if (n < 1 || n > 3 || !args.keyword.empty())
    return fail(at, "range() takes 1 to 3 positional arguments");
  for (const Value& v : args.positional) {
    if (!v.is_int())
      return fail(at, std::string("range() arguments must be integers, got ") + v.type_name());
  }
  if (n == 1) {
    bounds[1] = args.positional[0].as_int();
  } else {
    bounds[0] = args.positional[0].as_int();
    bounds[1] = args.positional[1].as_int();
    if (n == 3) bounds[2] = args.positional[2].as_int();
  }
  if (bounds[2] == 0) return fail(at, "range() step cannot be zero");
  // The element count first, in unsigned arithmetic (the bounds may be INT64_MIN/MAX), so
  // a huge range fails on the item limit before anything is built; each element is a step.
  const std::uint64_t magnitude = bounds[2] > 0 ? static_cast<std::uint64_t>(bounds[2])
                                                : 0 - static_cast<std::uint64_t>(bounds[2]);
  const auto from = static_cast<std::uint64_t>(bounds[0]);
  const auto to = static_cast<std::uint64_t>(bounds[1]);
  std::uint64_t count = 0;
  if (bounds[2] > 0 && bounds[0] < bounds[1]) count = (to - from - 1) / magnitude + 1;
  if (bounds[2] < 0 && bounds[0] > bounds[1]) count = (from - to - 1) / magnitude + 1;
  if (count > options_.max_items) {
    return invalid_argument("chat template line " + std::to_string(at.line) + ": range() of " +
                            std::to_string(count) + " items exceeds the limit of " +
                            std::to_string(options_.max_items) + " items");
  }
  MLXLA_RETURN_IF_ERROR(charge(at, count));
  MLXLA_RETURN_IF_ERROR(charge_items(at, count));
  Array items;
  items.reserve(count);
  for (std::uint64_t k = 0; k < count; ++k) {
    // Modular arithmetic lands on the exact value: every element lies between the bounds.
    const std::uint64_t offset = k * magnitude;
    items.push_back(
        Value::integer(static_cast<std::int64_t>(bounds[2] > 0 ? from + offset : from - offset)));
  }
  return Value::array(std::move(items));
}

}  // namespace mlxla::chat
