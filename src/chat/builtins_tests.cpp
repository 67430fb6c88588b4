// `is` tests. As in the reference, `iterable` holds for arrays and strings (not objects) and
// `mapping` for objects; `odd`/`even` need an integer.
#include <cmath>

#include "chat/interpreter.h"
#include "chat/text.h"

namespace mlxla::chat {

Result<bool> Interpreter::apply_test(const Node& node, const std::string& name, const Value& v,
                                     const Args& args) {
  if (name == "defined") return !v.is_undefined();
  if (name == "undefined") return v.is_undefined();
  if (name == "none") return v.is_none();
  if (name == "boolean") return v.is_bool();
  if (name == "true") return v.is_bool() && v.as_bool();
  if (name == "false") return v.is_bool() && !v.as_bool();
  if (name == "string") return v.is_string();
  if (name == "number") return v.is_number();
  if (name == "integer") return v.is_int();
  if (name == "float") return v.is_float();
  if (name == "mapping") return v.is_object();
  if (name == "iterable" || name == "sequence") return v.is_array() || v.is_string();
  if (name == "callable") return v.is_callable();
  if (name == "lower") return v.is_string() && ascii_lower(v.as_string()) == v.as_string();
  if (name == "upper") return v.is_string() && ascii_upper(v.as_string()) == v.as_string();
  if (name == "odd" || name == "even") {
    if (!v.is_int()) return fail(node, "test " + name + " needs an integer, got " + v.type_name());
    const bool odd = v.as_int() % 2 != 0;
    return name == "odd" ? odd : !odd;
  }
  const Value* arg = args.get(0, "value");
  auto need_arg = [&]() -> Status {
    if (arg == nullptr) return fail(node, "test " + name + " needs an argument");
    return Status::Ok();
  };
  if (name == "eq" || name == "equalto" || name == "sameas") {
    MLXLA_RETURN_IF_ERROR(need_arg());
    return loosely_equal(v, *arg);
  }
  if (name == "ne") {
    MLXLA_RETURN_IF_ERROR(need_arg());
    return !loosely_equal(v, *arg);
  }
  if (name == "divisibleby") {
    MLXLA_RETURN_IF_ERROR(need_arg());
    if (!v.is_int() || !arg->is_int() || arg->as_int() == 0) {
      return fail(node, "test divisibleby needs integers and a non-zero divisor");
    }
    if (arg->as_int() == -1) return true;
    return v.as_int() % arg->as_int() == 0;
  }
  if (name == "lt" || name == "le" || name == "gt" || name == "ge" || name == "lessthan" ||
      name == "greaterthan") {
    MLXLA_RETURN_IF_ERROR(need_arg());
    if (!v.is_number() || !arg->is_number()) return fail(node, "test " + name + " needs numbers");
    const double a = v.as_double();
    const double b = arg->as_double();
    if (name == "lt" || name == "lessthan") return a < b;
    if (name == "le") return a <= b;
    if (name == "gt" || name == "greaterthan") return a > b;
    return a >= b;
  }
  if (name == "in") {
    MLXLA_RETURN_IF_ERROR(need_arg());
    if (arg->is_array()) {
      for (const Value& item : arg->as_array()) {
        if (loosely_equal(item, v)) return true;
      }
      return false;
    }
    if (arg->is_string() && v.is_string()) {
      MLXLA_RETURN_IF_ERROR(charge_scan(node, arg->as_string().size() + v.as_string().size()));
      return text_find(arg->as_string(), v.as_string()) != std::string::npos;
    }
    if (arg->is_object() && v.is_string()) return arg->as_object().find(v.as_string()) != nullptr;
    return fail(node, std::string("test in: cannot search a ") + arg->type_name());
  }
  return unsupported_at(node, "unknown test '" + name + "'");
}

}  // namespace mlxla::chat
