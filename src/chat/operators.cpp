// Binary operators with the reference's rules (checked in its order): == and != compare
// loosely; none/undefined operands are errors (except `x in undefined`); `~` stringifies; numbers
// do arithmetic; `+` concatenates arrays, or strings when either side is a string; `in`
// searches arrays, strings and object keys. Also strftime over UTC for strftime_now.
#include <cmath>
#include <ctime>

#include "chat/interpreter.h"
#include "chat/text.h"

namespace mlxla::chat {

namespace {

Value int_or_float(bool ok, std::int64_t i, double d) {
  return ok ? Value::integer(i) : Value::number(d);
}

Result<Value> arithmetic(const std::string& op, const Value& l, const Value& r, bool& handled) {
  handled = true;
  const bool both_int = l.is_int() && r.is_int();
  const double a = l.as_double();
  const double b = r.as_double();
  if (op == "+" || op == "-" || op == "*") {
    if (both_int) {
      std::int64_t out = 0;
      bool overflow = op == "+"   ? __builtin_add_overflow(l.as_int(), r.as_int(), &out)
                      : op == "-" ? __builtin_sub_overflow(l.as_int(), r.as_int(), &out)
                                  : __builtin_mul_overflow(l.as_int(), r.as_int(), &out);
      return int_or_float(!overflow, out, op == "+" ? a + b : op == "-" ? a - b : a * b);
    }
    return Value::number(op == "+" ? a + b : op == "-" ? a - b : a * b);
  }
  if (op == "/") return Value::number(a / b);
  if (op == "%") {
    if (both_int) {
      if (r.as_int() == 0) return invalid_argument("integer modulo by zero");
      if (r.as_int() == -1) return Value::integer(0);
      return Value::integer(l.as_int() % r.as_int());  // truncated, as JavaScript's %
    }
    return Value::number(std::fmod(a, b));
  }
  if (op == "//") {
    if (both_int) {
      if (r.as_int() == 0) return invalid_argument("integer division by zero");
      if (l.as_int() == INT64_MIN && r.as_int() == -1) return Value::number(-a);
      std::int64_t q = l.as_int() / r.as_int();
      if ((l.as_int() % r.as_int() != 0) && ((l.as_int() < 0) != (r.as_int() < 0))) --q;
      return Value::integer(q);
    }
    return Value::number(std::floor(a / b));
  }
  if (op == "**") {
    if (both_int && r.as_int() >= 0) {
      std::int64_t result = 1;
      bool overflow = false;
      for (std::int64_t i = 0; i < r.as_int() && !overflow; ++i) {
        overflow = __builtin_mul_overflow(result, l.as_int(), &result);
        if (result == 0 || result == 1) break;  // 0**n and 1**n settle at once
      }
      if (l.as_int() == -1) result = (r.as_int() % 2 == 0) ? 1 : -1;
      return int_or_float(!overflow, result, std::pow(a, b));
    }
    return Value::number(std::pow(a, b));
  }
  if (op == "<") return Value::boolean(a < b);
  if (op == ">") return Value::boolean(a > b);
  if (op == "<=") return Value::boolean(a <= b);
  if (op == ">=") return Value::boolean(a >= b);
  handled = false;
  return Value();
}

}  // namespace

Result<Value> Interpreter::eval_binary(const Node& node, const ScopePtr& scope) {
  MLXLA_ASSIGN_OR_RETURN(Value left, eval(*node.a, scope));
  MLXLA_ASSIGN_OR_RETURN(Value right, eval(*node.b, scope));
  const std::string& op = node.text;
  if (op == "==") return Value::boolean(loosely_equal(left, right));
  if (op == "!=") return Value::boolean(!loosely_equal(left, right));
  const bool membership = op == "in" || op == "not in";
  if (left.is_undefined() || right.is_undefined()) {
    if (right.is_undefined() && membership) return Value::boolean(op == "not in");
    return fail(node, "cannot apply " + op + " to an undefined value");
  }
  if (left.is_none() || right.is_none()) return fail(node, "cannot apply " + op + " to none");
  if (op == "~") {
    auto a = to_concat_string(left, options_.max_output_bytes);
    auto b = to_concat_string(right, options_.max_output_bytes);
    if (!a.ok()) return fail(node, a.error().message());
    if (!b.ok()) return fail(node, b.error().message());
    MLXLA_RETURN_IF_ERROR(check_string_size(node, a->size() + b->size()));
    return make_string(node, *a + *b);
  }
  if (left.is_number() && right.is_number()) {
    bool handled = false;
    auto result = arithmetic(op, left, right, handled);
    if (!result.ok()) return fail(node, result.error().message());
    if (handled) return result;
  } else if (left.is_array() && right.is_array()) {
    if (op == "+") {
      MLXLA_RETURN_IF_ERROR(charge_items(node, left.as_array().size() + right.as_array().size()));
      Array items = left.as_array();
      items.insert(items.end(), right.as_array().begin(), right.as_array().end());
      return Value::array(std::move(items));
    }
  } else if (right.is_array() && membership) {
    MLXLA_RETURN_IF_ERROR(charge(node, right.as_array().size()));
    bool found = false;
    for (const Value& item : right.as_array()) {
      if (loosely_equal(item, left)) {
        found = true;
        break;
      }
    }
    return Value::boolean(found == (op == "in"));
  }
  if ((left.is_string() || right.is_string()) && op == "+") {
    auto a = to_concat_string(left, options_.max_output_bytes);
    auto b = to_concat_string(right, options_.max_output_bytes);
    if (!a.ok()) return fail(node, a.error().message());
    if (!b.ok()) return fail(node, b.error().message());
    MLXLA_RETURN_IF_ERROR(check_string_size(node, a->size() + b->size()));
    return make_string(node, *a + *b);
  }
  if (left.is_string() && right.is_string()) {
    const std::string& a = left.as_string();
    const std::string& b = right.as_string();
    if (membership) {
      MLXLA_RETURN_IF_ERROR(charge_scan(node, a.size() + b.size()));
      return Value::boolean((text_find(b, a) != std::string::npos) == (op == "in"));
    }
    if (op == "<") return Value::boolean(a < b);
    if (op == ">") return Value::boolean(a > b);
    if (op == "<=") return Value::boolean(a <= b);
    if (op == ">=") return Value::boolean(a >= b);
  }
  if (left.is_string() && right.is_object() && membership) {
    return Value::boolean((right.as_object().find(left.as_string()) != nullptr) == (op == "in"));
  }
  return fail(node, "unsupported operator " + op + " between " + left.type_name() + " and " +
                        right.type_name());
}

std::string format_utc_time(std::chrono::system_clock::time_point when, const std::string& format) {
  std::time_t t = std::chrono::system_clock::to_time_t(when);
  std::tm tm{};
  gmtime_r(&t, &tm);
  if (format.empty()) return std::string();
  // strftime reports 0 both for "too small" and for an empty result; grow a few times.
  for (std::size_t size = 64 + format.size() * 4; size <= (1u << 20); size *= 4) {
    std::string buf(size, '\0');
    // The format comes from the template by design (strftime_now's contract).
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
    std::size_t n = std::strftime(buf.data(), buf.size(), format.c_str(), &tm);
#pragma GCC diagnostic pop
    if (n > 0) {
      buf.resize(n);
      return buf;
    }
  }
  return std::string();
}

}  // namespace mlxla::chat
