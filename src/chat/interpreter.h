// Evaluates a parsed template against a context: scopes, statements, expressions, calls.
// Filters, tests and the methods of strings, arrays and objects live in builtins_*.cpp; for
// loops, slices and range() in sequences.cpp.
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
  Status append_output(std::string& out, std::string_view text, const Node& node);

  // Expressions
  Result<Value> eval(const Node& node, const ScopePtr& scope);
  Result<Value> eval_binary(const Node& node, const ScopePtr& scope);
  Result<Value> eval_member(const Node& node, const Value& object, const Value& property);
  Result<Value> eval_slice(const Node& node, const ScopePtr& scope);
  Result<Args> eval_args(const NodeList& items, const ScopePtr& scope);
  Result<Value> call(const Node& node, const Value& callee, const Args& args,
                     const ScopePtr& scope);
  Result<Value> call_macro(const Node& at, const Node& macro, const Args& args,
                           const ScopePtr& scope);
  Result<Value> call_global(const Node& at, const std::string& name, const Args& args);
  // sequences.cpp: exec_for, eval_slice and range()
  Result<Value> call_range(const Node& at, const Args& args);
  /// A string value built by the render: size-checked and charged to the budgets.
  Result<Value> make_string(const Node& node, std::string s);
  Status check_items(const Node& node, std::size_t count) const;
  /// Fails before a string of `bytes` is built when it would exceed max_output_bytes.
  Status check_string_size(const Node& node, std::uint64_t bytes) const;
  /// check_items, then charges `count` array slots to the memory budget.
  Status charge_items(const Node& node, std::size_t count);
  /// Charges `bytes` built to the per-render memory budget and one step per kBuiltBytesPerStep.
  Status charge_bytes(const Node& node, std::uint64_t bytes);
  /// Charges `steps` evaluation steps.
  Status charge(const Node& node, std::uint64_t steps);
  /// Touching `bytes` of existing data (scans, searches): one step per kScanBytesPerStep.
  Status charge_scan(const Node& node, std::uint64_t bytes) {
    return charge(node, bytes / kScanBytesPerStep + 1);
  }
  /// What strip_chars(s, chars) costs: code-point tables of both and a sorted set of `chars`.
  Status charge_strip_chars(const Node& node, const std::string& s, const std::string& chars) {
    MLXLA_RETURN_IF_ERROR(charge_scan(node, s.size() + chars.size()));
    return charge_transient(node, 4 * static_cast<std::uint64_t>(s.size()) +
                                      24 * static_cast<std::uint64_t>(chars.size()));
  }
  /// A scratch table freed before the builtin returns (code-point offsets): its size bounds
  /// it (at most a few times max_output_bytes), so it costs steps but not memory budget.
  Status charge_transient(const Node& node, std::uint64_t bytes) {
    return charge(node, bytes / kBuiltBytesPerStep);
  }
  /// Fails when storing `value` inside `container` would create a cycle; the walk is charged
  /// to the step budget (values can be large DAGs).
  Status check_no_cycle(const Node& node, const Value& value, const void* container);

  // builtins_filters.cpp
  Result<Value> apply_filter(const Node& node, const std::string& name, const Value& operand,
                             const Args& args, const ScopePtr& scope);
  Result<Value> filter_array(const Node& node, const std::string& name, const Value& operand,
                             const Args& args, const ScopePtr& scope, bool& handled);
  Result<Value> filter_string(const Node& node, const std::string& name, const Value& operand,
                              const Args& args, bool& handled);
  // builtins_tests.cpp
  Result<bool> apply_test(const Node& node, const std::string& name, const Value& operand,
                          const Args& args);
  // builtins_methods.cpp
  static bool has_method(const Value& receiver, const std::string& name);
  Result<Value> call_method(const Node& node, const Value& receiver, const std::string& name,
                            const Args& args);
  Result<Value> string_method(const Node& node, const std::string& s, const std::string& name,
                              const Args& args);

  Error fail(const Node& node, const std::string& what) const;
  Error unsupported_at(const Node& node, const std::string& what) const;
  Status step(const Node& node);

  /// Bytes a builtin may read (decode, search) per evaluation step, and bytes it may build
  /// (copy) per step. Measured: an empty for-loop iteration (8 steps) costs ~1.2 us of CPU; 128
  /// bytes of UTF-8 decoding ~0.1 us; 1 KiB of copying ~0.1 us. So 2M steps stay ~0.3 s.
  static constexpr std::uint64_t kScanBytesPerStep = 128;
  static constexpr std::uint64_t kBuiltBytesPerStep = 1024;
  /// Builtins that loop per match, line or part pay per iteration, not per byte: a search
  /// (count, replace) or a line (indent) costs one step; a new string stored in an array
  /// (split, list) three (measured 1.25 us against 0.45 us per step, same load); a code point
  /// copied on its own (join, reverse of a string) 1/16 (measured ~20 ns).
  static constexpr std::uint64_t kStepsPerStoredString = 3;
  static constexpr std::uint64_t kCodePointsPerStep = 16;

  const RenderOptions& options_;
  std::uint64_t steps_ = 0;
  std::uint64_t total_bytes_ = 0;  // charged by charge_bytes
  int depth_ = 0;                  // nested eval/exec frames, bounds native stack use
  int call_depth_ = 0;             // nested macro calls
};

/// Converts a number of days since 1970-01-01 etc.: strftime over UTC for `strftime_now`.
std::string format_utc_time(std::chrono::system_clock::time_point when, const std::string& format);

}  // namespace mlxla::chat
