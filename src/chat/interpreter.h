// Evaluates a parsed template against a context: scopes, statements, expressions, calls.
// Filters, tests and the methods of strings, arrays and objects live in builtins_*.cpp.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "chat/ast.h"
#include "chat/callable.h"
#include "chat/template.h"
#include "chat/value.h"
#include "mlxla/result.h"

namespace mlxla::chat {

/// A variable scope. Loops and macro calls open a child; `if` does not (as in the reference).
class Scope {
 public:
  explicit Scope(std::shared_ptr<Scope> parent) : parent_(std::move(parent)) {}
  /// The innermost binding of `name`, or nullptr.
  const Value* lookup(const std::string& name) const;
  void set(const std::string& name, Value value) { vars_[name] = std::move(value); }

 private:
  std::shared_ptr<Scope> parent_;
  std::unordered_map<std::string, Value> vars_;
};
using ScopePtr = std::shared_ptr<Scope>;

/// Evaluated call arguments: positional then keyword, in source order.
struct Args {
  std::vector<Value> positional;
  std::vector<std::pair<std::string, Value>> keyword;
  /// Positional argument `index`, else keyword `name`, else nullptr.
  const Value* get(std::size_t index, std::string_view name) const;
  const Value* keyword_arg(std::string_view name) const;
};

class Interpreter {
 public:
  explicit Interpreter(const RenderOptions& options);
  Result<std::string> render(const NodeList& program, const Value& context);

 private:
  enum class Flow { kNormal, kBreak, kContinue };

  // Statements
  Result<Flow> exec_block(const NodeList& body, const ScopePtr& scope, std::string& out);
  Result<Flow> exec(const Node& node, const ScopePtr& scope, std::string& out);
  Result<Flow> exec_for(const Node& node, const ScopePtr& scope, std::string& out);
  Status exec_set(const Node& node, const ScopePtr& scope);
  Status append_output(std::string& out, std::string_view text, const Node& node) const;

  // Expressions
  Result<Value> eval(const Node& node, const ScopePtr& scope);
  Result<Value> eval_binary(const Node& node, const ScopePtr& scope);
  Result<Value> eval_member(const Node& node, const Value& object, const Value& property);
  Result<Value> eval_slice(const Node& node, const ScopePtr& scope);
  Result<Args> eval_args(const NodeList& items, const ScopePtr& scope);
  Result<Value> call(const Node& node, const Value& callee, const Args& args, const ScopePtr& scope);
  Result<Value> call_macro(const Node& at, const Node& macro, const Args& args, const ScopePtr& scope);
  Result<Value> call_global(const Node& at, const std::string& name, const Args& args);
  Result<Value> make_string(const Node& node, std::string s) const;
  Status check_items(const Node& node, std::size_t count) const;
  /// Fails when storing `value` inside `container` would create a cycle; the walk is charged
  /// to the step budget (values can be large DAGs).
  Status check_no_cycle(const Node& node, const Value& value, const void* container);

  // builtins_filters.cpp
  Result<Value> apply_filter(const Node& node, const std::string& name, const Value& operand, const Args& args,
                             const ScopePtr& scope);
  Result<Value> filter_array(const Node& node, const std::string& name, const Value& operand, const Args& args,
                             const ScopePtr& scope, bool& handled);
  Result<Value> filter_string(const Node& node, const std::string& name, const Value& operand, const Args& args,
                              bool& handled);
  // builtins_tests.cpp
  Result<bool> apply_test(const Node& node, const std::string& name, const Value& operand, const Args& args);
  // builtins_methods.cpp
  static bool has_method(const Value& receiver, const std::string& name);
  Result<Value> call_method(const Node& node, const Value& receiver, const std::string& name, const Args& args);
  Result<Value> string_method(const Node& node, const std::string& s, const std::string& name, const Args& args);

  Error fail(const Node& node, const std::string& what) const;
  Error unsupported_at(const Node& node, const std::string& what) const;
  Status step(const Node& node);

  const RenderOptions& options_;
  std::uint64_t steps_ = 0;
  int depth_ = 0;       // nested eval/exec frames, bounds native stack use
  int call_depth_ = 0;  // nested macro calls
};

/// Converts a number of days since 1970-01-01 etc.: strftime over UTC for `strftime_now`.
std::string format_utc_time(std::chrono::system_clock::time_point when, const std::string& format);

}  // namespace mlxla::chat
