// Statement execution and expression evaluation with @huggingface/jinja's semantics:
// dynamic macro scoping, one scope per for loop, undefined that prints empty, `+` that
// concatenates whenever one side is a string, errors on arithmetic with none/undefined.
#include "chat/interpreter.h"

#include <cmath>

#include "chat/text.h"

namespace mlxla::chat {

namespace {

constexpr int kMaxEvalDepth = 600;

// Counts nested eval/exec frames; released on scope exit.
class DepthGuard {
 public:
  explicit DepthGuard(int& depth) : depth_(depth) { ++depth_; }
  ~DepthGuard() { --depth_; }
  DepthGuard(const DepthGuard&) = delete;
  DepthGuard& operator=(const DepthGuard&) = delete;
  bool too_deep() const { return depth_ > kMaxEvalDepth; }

 private:
  int& depth_;
};

std::shared_ptr<Callable> make_global(const char* name) {
  auto fn = std::make_shared<Callable>();
  fn->kind = Callable::Kind::kGlobal;
  fn->name = name;
  return fn;
}

}  // namespace

const Value* Scope::lookup(const std::string& name) const {
  for (const Scope* s = this; s != nullptr; s = s->parent_.get()) {
    auto it = s->vars_.find(name);
    if (it != s->vars_.end()) return &it->second;
  }
  return nullptr;
}

const Value* Args::keyword_arg(std::string_view name) const {
  for (const auto& [key, value] : keyword) {
    if (key == name) return &value;
  }
  return nullptr;
}

const Value* Args::get(std::size_t index, std::string_view name) const {
  if (index < positional.size()) return &positional[index];
  return keyword_arg(name);
}

Interpreter::Interpreter(const RenderOptions& options) : options_(options) {}

Error Interpreter::fail(const Node& node, const std::string& what) const {
  return format_error("chat template line " + std::to_string(node.line) + ": " + what);
}

Error Interpreter::unsupported_at(const Node& node, const std::string& what) const {
  return unsupported("chat template line " + std::to_string(node.line) + ": " + what);
}

Status Interpreter::charge(const Node& node, std::uint64_t steps) {
  steps_ = steps > options_.max_steps ? options_.max_steps + 1 : steps_ + steps;
  if (steps_ > options_.max_steps) {
    return invalid_argument("chat template line " + std::to_string(node.line) +
                            ": render stopped after " + std::to_string(options_.max_steps) +
                            " steps");
  }
  return Status::Ok();
}

Status Interpreter::step(const Node& node) {
  return charge(node, 1);
}

Status Interpreter::charge_bytes(const Node& node, std::uint64_t bytes) {
  total_bytes_ =
      bytes > options_.max_total_bytes ? options_.max_total_bytes + 1 : total_bytes_ + bytes;
  if (total_bytes_ > options_.max_total_bytes) {
    return invalid_argument(
        "chat template line " + std::to_string(node.line) + ": the render built more than " +
        std::to_string(options_.max_total_bytes) +
        " bytes in total (strings, arrays and output; the per-render memory budget)");
  }
  return charge(node, bytes / kBuiltBytesPerStep);
}

Status Interpreter::check_string_size(const Node& node, std::uint64_t bytes) const {
  if (bytes > options_.max_output_bytes) {
    return invalid_argument("chat template line " + std::to_string(node.line) + ": a string of " +
                            std::to_string(bytes) + " bytes exceeds the limit of " +
                            std::to_string(options_.max_output_bytes) + " bytes");
  }
  return Status::Ok();
}

Status Interpreter::charge_items(const Node& node, std::size_t count) {
  MLXLA_RETURN_IF_ERROR(check_items(node, count));
  return charge_bytes(node, static_cast<std::uint64_t>(count) * sizeof(Value));
}

Status Interpreter::append_output(std::string& out, std::string_view text, const Node& node) {
  if (out.size() + text.size() > options_.max_output_bytes) {
    return invalid_argument("chat template line " + std::to_string(node.line) +
                            ": output exceeds " + std::to_string(options_.max_output_bytes) +
                            " bytes");
  }
  MLXLA_RETURN_IF_ERROR(charge_bytes(node, text.size()));
  out.append(text);
  return Status::Ok();
}

Result<Value> Interpreter::make_string(const Node& node, std::string s) {
  MLXLA_RETURN_IF_ERROR(check_string_size(node, s.size()));
  MLXLA_RETURN_IF_ERROR(charge_bytes(node, s.size()));
  return Value::string(std::move(s));
}

Status Interpreter::check_items(const Node& node, std::size_t count) const {
  if (count > options_.max_items) {
    return invalid_argument("chat template line " + std::to_string(node.line) + ": array exceeds " +
                            std::to_string(options_.max_items) + " items");
  }
  return Status::Ok();
}

Status Interpreter::check_no_cycle(const Node& node, const Value& value, const void* container) {
  std::uint64_t visited = 0;
  const bool cycle = reaches(value, container, &visited);
  steps_ += visited;
  MLXLA_RETURN_IF_ERROR(step(node));
  if (cycle) return fail(node, "this would make an array or object contain itself");
  return Status::Ok();
}

Result<std::string> Interpreter::render(const NodeList& program, const Value& context) {
  auto globals = std::make_shared<Scope>(nullptr);
  for (const char* name : {"range", "namespace", "dict", "raise_exception", "strftime_now"}) {
    globals->set(name, Value::callable(make_global(name)));
  }
  // The context sits in a child scope so a key such as `range` shadows the global.
  auto top = std::make_shared<Scope>(globals);
  if (context.is_object()) {
    for (const auto& [key, value] : context.as_object().entries()) top->set(key, value);
  } else if (!context.is_undefined() && !context.is_none()) {
    return invalid_argument("chat template context must be an object, got " +
                            std::string(context.type_name()));
  }
  std::string out;
  MLXLA_ASSIGN_OR_RETURN(Flow flow, exec_block(program, top, out));
  if (flow != Flow::kNormal)
    return format_error("chat template: break or continue outside of a for loop");
  return out;
}

Result<Interpreter::Flow> Interpreter::exec_block(const NodeList& body, const ScopePtr& scope,
                                                  std::string& out) {
  for (const NodePtr& node : body) {
    MLXLA_ASSIGN_OR_RETURN(Flow flow, exec(*node, scope, out));
    if (flow != Flow::kNormal) return flow;
  }
  return Flow::kNormal;
}

Result<Interpreter::Flow> Interpreter::exec(const Node& node, const ScopePtr& scope,
                                            std::string& out) {
  DepthGuard guard(depth_);
  if (guard.too_deep()) return fail(node, "template evaluation nested too deeply");
  MLXLA_RETURN_IF_ERROR(step(node));
  switch (node.kind) {
    case NodeKind::kText:
      MLXLA_RETURN_IF_ERROR(append_output(out, node.text, node));
      return Flow::kNormal;
    case NodeKind::kOutput: {
      MLXLA_ASSIGN_OR_RETURN(Value v, eval(*node.a, scope));
      auto text = to_output_string(v, options_.max_output_bytes);
      if (!text.ok()) return fail(node, text.error().message());
      MLXLA_RETURN_IF_ERROR(append_output(out, *text, node));
      return Flow::kNormal;
    }
    case NodeKind::kIf: {
      MLXLA_ASSIGN_OR_RETURN(Value test, eval(*node.a, scope));
      return exec_block(test.truthy() ? node.body : node.orelse, scope, out);
    }
    case NodeKind::kFor:
      return exec_for(node, scope, out);
    case NodeKind::kSet:
      MLXLA_RETURN_IF_ERROR(exec_set(node, scope));
      return Flow::kNormal;
    case NodeKind::kMacro: {
      auto fn = std::make_shared<Callable>();
      fn->kind = Callable::Kind::kMacro;
      fn->name = node.text;
      fn->node = &node;
      scope->set(node.text, Value::callable(std::move(fn)));
      return Flow::kNormal;
    }
    case NodeKind::kCallBlock: {
      const Node& call_node = *node.a;
      MLXLA_ASSIGN_OR_RETURN(Value callee, eval(*call_node.a, scope));
      MLXLA_ASSIGN_OR_RETURN(Args args, eval_args(call_node.items, scope));
      auto caller = std::make_shared<Callable>();
      caller->kind = Callable::Kind::kCaller;
      caller->name = "caller";
      caller->node = &node;
      auto call_scope = std::make_shared<Scope>(scope);
      call_scope->set("caller", Value::callable(std::move(caller)));
      MLXLA_ASSIGN_OR_RETURN(Value result, call(call_node, callee, args, call_scope));
      auto text = to_output_string(result, options_.max_output_bytes);
      if (!text.ok()) return fail(node, text.error().message());
      MLXLA_RETURN_IF_ERROR(append_output(out, *text, node));
      return Flow::kNormal;
    }
    case NodeKind::kFilterBlock: {
      std::string body;
      MLXLA_ASSIGN_OR_RETURN(Flow flow, exec_block(node.body, scope, body));
      if (flow != Flow::kNormal) return fail(node, "break or continue inside a filter block");
      MLXLA_ASSIGN_OR_RETURN(Args args, eval_args(node.a->items, scope));
      MLXLA_ASSIGN_OR_RETURN(
          Value result,
          apply_filter(*node.a, node.a->text, Value::string(std::move(body)), args, scope));
      auto text = to_output_string(result, options_.max_output_bytes);
      if (!text.ok()) return fail(node, text.error().message());
      MLXLA_RETURN_IF_ERROR(append_output(out, *text, node));
      return Flow::kNormal;
    }
    case NodeKind::kBreak:
      return Flow::kBreak;
    case NodeKind::kContinue:
      return Flow::kContinue;
    default: {
      return fail(node, "internal: expression node used as a statement");
    }
  }
}

Status Interpreter::exec_set(const Node& node, const ScopePtr& scope) {
  Value value;
  if (node.b) {
    MLXLA_ASSIGN_OR_RETURN(value, eval(*node.b, scope));
  } else {
    std::string body;
    MLXLA_ASSIGN_OR_RETURN(Flow flow, exec_block(node.body, scope, body));
    if (flow != Flow::kNormal) return fail(node, "break or continue inside a set block");
    value = Value::string(std::move(body));
  }
  const Node& target = *node.a;
  if (target.kind == NodeKind::kIdentifier) {
    scope->set(target.text, std::move(value));
    return Status::Ok();
  }
  if (target.kind == NodeKind::kTuple) {
    if (!value.is_array())
      return fail(node, std::string("cannot unpack a ") + value.type_name() + " in set");
    const Array& items = value.as_array();
    if (items.size() != target.items.size()) {
      return fail(node, std::string("too ") +
                            (target.items.size() > items.size() ? "few" : "many") +
                            " items to unpack in set");
    }
    for (std::size_t i = 0; i < items.size(); ++i) scope->set(target.items[i]->text, items[i]);
    return Status::Ok();
  }
  // name.attribute = value (namespace objects)
  MLXLA_ASSIGN_OR_RETURN(Value object, eval(*target.a, scope));
  if (!object.is_object())
    return fail(node, std::string("cannot set an attribute on a ") + object.type_name());
  MLXLA_RETURN_IF_ERROR(check_no_cycle(node, value, object.object_ptr().get()));
  object.as_object().set(target.text, std::move(value));
  return Status::Ok();
}

Result<Args> Interpreter::eval_args(const NodeList& items, const ScopePtr& scope) {
  Args args;
  for (const NodePtr& item : items) {
    if (item->kind == NodeKind::kKeyword) {
      MLXLA_ASSIGN_OR_RETURN(Value v, eval(*item->a, scope));
      args.keyword.emplace_back(item->text, std::move(v));
    } else {
      MLXLA_ASSIGN_OR_RETURN(Value v, eval(*item, scope));
      args.positional.push_back(std::move(v));
    }
  }
  return args;
}

Result<Value> Interpreter::eval(const Node& node, const ScopePtr& scope) {
  DepthGuard guard(depth_);
  if (guard.too_deep()) return fail(node, "template evaluation nested too deeply");
  MLXLA_RETURN_IF_ERROR(step(node));
  switch (node.kind) {
    case NodeKind::kLiteral:
      return node.literal;
    case NodeKind::kIdentifier: {
      const Value* v = scope->lookup(node.text);
      return v != nullptr ? *v : Value();
    }
    case NodeKind::kList:
    case NodeKind::kTuple: {
      Array items;
      for (const NodePtr& item : node.items) {
        MLXLA_ASSIGN_OR_RETURN(Value v, eval(*item, scope));
        items.push_back(std::move(v));
      }
      return Value::array(std::move(items));
    }
    case NodeKind::kDict: {
      Object fields;
      for (std::size_t i = 0; i + 1 < node.items.size(); i += 2) {
        MLXLA_ASSIGN_OR_RETURN(Value key, eval(*node.items[i], scope));
        if (!key.is_string())
          return fail(node, std::string("dict keys must be strings, got ") + key.type_name());
        MLXLA_ASSIGN_OR_RETURN(Value v, eval(*node.items[i + 1], scope));
        fields.set(key.as_string(), std::move(v));
      }
      return Value::object(std::move(fields));
    }
    case NodeKind::kAttribute: {
      MLXLA_ASSIGN_OR_RETURN(Value object, eval(*node.a, scope));
      return eval_member(node, object, Value::string(node.text));
    }
    case NodeKind::kIndex: {
      MLXLA_ASSIGN_OR_RETURN(Value object, eval(*node.a, scope));
      MLXLA_ASSIGN_OR_RETURN(Value property, eval(*node.b, scope));
      return eval_member(node, object, property);
    }
    case NodeKind::kSlice:
      return eval_slice(node, scope);
    case NodeKind::kCall: {
      MLXLA_ASSIGN_OR_RETURN(Value callee, eval(*node.a, scope));
      MLXLA_ASSIGN_OR_RETURN(Args args, eval_args(node.items, scope));
      return call(node, callee, args, scope);
    }
    case NodeKind::kFilter: {
      MLXLA_ASSIGN_OR_RETURN(Value operand, eval(*node.a, scope));
      MLXLA_ASSIGN_OR_RETURN(Args args, eval_args(node.items, scope));
      return apply_filter(node, node.text, operand, args, scope);
    }
    case NodeKind::kTest: {
      MLXLA_ASSIGN_OR_RETURN(Value operand, eval(*node.a, scope));
      MLXLA_ASSIGN_OR_RETURN(Args args, eval_args(node.items, scope));
      MLXLA_ASSIGN_OR_RETURN(bool result, apply_test(node, node.text, operand, args));
      return Value::boolean(node.negate ? !result : result);
    }
    case NodeKind::kUnary: {
      MLXLA_ASSIGN_OR_RETURN(Value v, eval(*node.a, scope));
      if (node.text == "not") return Value::boolean(!v.truthy());
      if (v.is_int()) {
        if (node.text == "+") return v;
        if (v.as_int() == INT64_MIN) return Value::number(-v.as_double());
        return Value::integer(-v.as_int());
      }
      if (v.is_float()) return node.text == "+" ? v : Value::number(-v.as_double());
      return fail(node, "unary " + node.text + " needs a number, got " + v.type_name());
    }
    case NodeKind::kAnd: {
      MLXLA_ASSIGN_OR_RETURN(Value left, eval(*node.a, scope));
      if (!left.truthy()) return left;
      return eval(*node.b, scope);
    }
    case NodeKind::kOr: {
      MLXLA_ASSIGN_OR_RETURN(Value left, eval(*node.a, scope));
      if (left.truthy()) return left;
      return eval(*node.b, scope);
    }
    case NodeKind::kTernary: {
      MLXLA_ASSIGN_OR_RETURN(Value cond, eval(*node.a, scope));
      if (cond.truthy()) return eval(*node.b, scope);
      if (node.c) return eval(*node.c, scope);
      return Value();
    }
    case NodeKind::kBinary:
      return eval_binary(node, scope);
    case NodeKind::kKeyword:
      return fail(node, "keyword argument outside of a call");
    default:
      return fail(node, "internal: statement node used as an expression");
  }
}

Result<Value> Interpreter::eval_member(const Node& node, const Value& object,
                                       const Value& property) {
  if (object.is_object()) {
    if (!property.is_string())
      return fail(node, std::string("object keys are strings, got ") + property.type_name());
    if (const Value* field = object.as_object().find(property.as_string())) return *field;
  } else if (object.is_array() || object.is_string()) {
    if (property.is_int()) {
      std::int64_t i = property.as_int();
      if (object.is_array()) {
        const auto size = static_cast<std::int64_t>(object.as_array().size());
        if (i < 0) i += size;
        if (i < 0 || i >= size) return Value();
        return object.as_array()[static_cast<std::size_t>(i)];
      }
      MLXLA_RETURN_IF_ERROR(charge_scan(node, object.as_string().size()));
      const CodePoints cps(object.as_string());
      MLXLA_RETURN_IF_ERROR(charge_transient(node, cps.index_bytes()));
      const auto size = static_cast<std::int64_t>(cps.size());
      if (i < 0) i += size;
      if (i < 0 || i >= size) return Value();
      return Value::string(std::string(cps[static_cast<std::size_t>(i)]));
    }
    if (!property.is_string()) {
      return fail(node,
                  std::string("index must be an integer or a string, got ") + property.type_name());
    }
    if (property.as_string() == "length") {
      if (object.is_array())
        return Value::integer(static_cast<std::int64_t>(object.as_array().size()));
      MLXLA_RETURN_IF_ERROR(charge_scan(node, object.as_string().size()));
      return Value::integer(static_cast<std::int64_t>(utf16_length(object.as_string())));
    }
  } else if (!property.is_string()) {
    return fail(node, std::string("cannot index a ") + object.type_name() + " with a " +
                          property.type_name());
  }
  if (has_method(object, property.as_string())) {
    auto fn = std::make_shared<Callable>();
    fn->kind = Callable::Kind::kMethod;
    fn->name = property.as_string();
    fn->receiver = object;
    return Value::callable(std::move(fn));
  }
  return Value();
}

Result<Value> Interpreter::call(const Node& node, const Value& callee, const Args& args,
                                const ScopePtr& scope) {
  if (!callee.is_callable()) return fail(node, std::string("cannot call a ") + callee.type_name());
  const Callable& fn = callee.as_callable();
  switch (fn.kind) {
    case Callable::Kind::kGlobal:
      return call_global(node, fn.name, args);
    case Callable::Kind::kMethod:
      return call_method(node, fn.receiver, fn.name, args);
    case Callable::Kind::kMacro:
      return call_macro(node, *fn.node, args, scope);
    case Callable::Kind::kCaller: {
      // The call block's body runs in a child of the scope where caller() is called.
      auto body_scope = std::make_shared<Scope>(scope);
      for (std::size_t i = 0; i < fn.node->params.size(); ++i) {
        const Node& param = *fn.node->params[i];
        const Value* v = args.get(i, param.text);
        if (v != nullptr) {
          body_scope->set(param.text, *v);
        } else if (param.kind == NodeKind::kKeyword) {
          MLXLA_ASSIGN_OR_RETURN(Value d, eval(*param.a, body_scope));
          body_scope->set(param.text, std::move(d));
        } else {
          body_scope->set(param.text, Value());
        }
      }
      std::string out;
      MLXLA_ASSIGN_OR_RETURN(Flow flow, exec_block(fn.node->body, body_scope, out));
      if (flow != Flow::kNormal) return fail(node, "break or continue inside a call block");
      return Value::string(std::move(out));
    }
  }
  return fail(node, "internal: unknown callable");
}

Result<Value> Interpreter::call_macro(const Node& at, const Node& macro, const Args& args,
                                      const ScopePtr& scope) {
  if (call_depth_ >= options_.max_call_depth) {
    return fail(at, "macro " + macro.text + ": calls nested deeper than " +
                        std::to_string(options_.max_call_depth));
  }
  // Dynamic scoping, as in the reference: the macro body sees the caller's variables.
  auto macro_scope = std::make_shared<Scope>(scope);
  for (std::size_t i = 0; i < macro.params.size(); ++i) {
    const Node& param = *macro.params[i];
    const Value* passed = args.get(i, param.text);
    if (passed != nullptr) {
      macro_scope->set(param.text, *passed);
    } else if (param.kind == NodeKind::kKeyword) {
      MLXLA_ASSIGN_OR_RETURN(Value d, eval(*param.a, macro_scope));
      macro_scope->set(param.text, std::move(d));
    } else {
      return fail(at, "macro " + macro.text + ": missing argument " + param.text);
    }
  }
  ++call_depth_;
  std::string out;
  auto flow = exec_block(macro.body, macro_scope, out);
  --call_depth_;
  if (!flow.ok()) return flow.error();
  if (*flow != Flow::kNormal) return fail(at, "break or continue inside macro " + macro.text);
  return Value::string(std::move(out));
}

Result<Value> Interpreter::call_global(const Node& at, const std::string& name, const Args& args) {
  if (name == "raise_exception") {
    const Value* msg = args.get(0, "message");
    std::string text;
    if (msg != nullptr) {
      auto s = to_output_string(*msg, options_.max_output_bytes);
      text = s.ok() ? *s : std::string("?");
    }
    return invalid_argument("chat template line " + std::to_string(at.line) +
                            ": raise_exception: " + text);
  }
  if (name == "namespace" || name == "dict") {
    Object fields;
    if (!args.positional.empty()) {
      if (args.positional.size() != 1 || !args.positional[0].is_object()) {
        return fail(at, name + "() takes keyword arguments or a single object");
      }
      for (const auto& entry : args.positional[0].as_object().entries())
        fields.set(entry.first, entry.second);
    }
    for (const auto& [key, value] : args.keyword) fields.set(key, value);
    return Value::object(std::move(fields));
  }
  if (name == "range") return call_range(at, args);
  if (name == "strftime_now") {
    const Value* fmt = args.get(0, "format");
    if (fmt == nullptr || !fmt->is_string())
      return fail(at, "strftime_now() needs a format string");
    auto now = options_.clock ? options_.clock() : std::chrono::system_clock::now();
    return make_string(at, format_utc_time(now, fmt->as_string()));
  }
  return unsupported_at(at, "unknown function " + name);
}

}  // namespace mlxla::chat
