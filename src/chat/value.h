// The dynamic value of the chat-template language: none/undefined, bool, int, float, string,
// array, insertion-ordered object and callable, with @huggingface/jinja's conversions.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "mlxla/result.h"

namespace mlxla::chat {

class Value;
struct Callable;  // defined by the interpreter: macros, builtins, bound methods

class Object;
using Array = std::vector<Value>;

enum class ValueKind {
  kUndefined,
  kNone,
  kBool,
  kInt,
  kFloat,
  kString,
  kArray,
  kObject,
  kCallable
};

/// A template value. Arrays and objects have reference semantics (two Values may share one
/// array, and `append` or `set ns.x` is seen through both), like the JavaScript reference.
class Value {
 public:
  Value() = default;  ///< undefined
  static Value none();
  static Value boolean(bool b);
  static Value integer(std::int64_t i);
  static Value number(double d);  ///< a float value
  static Value string(std::string s);
  static Value array();  ///< an empty array
  static Value array(Array items);
  static Value object();  ///< an empty object
  static Value object(Object fields);
  static Value callable(std::shared_ptr<const Callable> fn);

  /// Converts JSON as JavaScript's JSON.parse + @huggingface/jinja would: a number with an
  /// integral value (even written `1.0`) becomes an int.
  static Value from_json(const nlohmann::json& json);

  ValueKind kind() const { return kind_; }
  bool is_undefined() const { return kind_ == ValueKind::kUndefined; }
  bool is_none() const { return kind_ == ValueKind::kNone; }
  bool is_bool() const { return kind_ == ValueKind::kBool; }
  bool is_int() const { return kind_ == ValueKind::kInt; }
  bool is_float() const { return kind_ == ValueKind::kFloat; }
  bool is_number() const { return is_int() || is_float(); }
  bool is_string() const { return kind_ == ValueKind::kString; }
  bool is_array() const { return kind_ == ValueKind::kArray; }
  bool is_object() const { return kind_ == ValueKind::kObject; }
  bool is_callable() const { return kind_ == ValueKind::kCallable; }

  bool as_bool() const { return bool_; }
  std::int64_t as_int() const { return int_; }
  double as_double() const { return is_int() ? static_cast<double>(int_) : float_; }
  const std::string& as_string() const { return *string_; }
  Array& as_array() const { return *array_; }
  Object& as_object() const { return *object_; }
  const std::shared_ptr<Array>& array_ptr() const { return array_; }
  const std::shared_ptr<Object>& object_ptr() const { return object_; }
  const Callable& as_callable() const { return *callable_; }

  /// Python truthiness (empty string/array/object, 0, none and undefined are false).
  bool truthy() const;
  /// A short type name for error messages ("string", "array", ...).
  const char* type_name() const;

 private:
  ValueKind kind_ = ValueKind::kUndefined;
  bool bool_ = false;
  std::int64_t int_ = 0;
  double float_ = 0.0;
  std::shared_ptr<const std::string> string_;
  std::shared_ptr<Array> array_;
  std::shared_ptr<Object> object_;
  std::shared_ptr<const Callable> callable_;
};

/// An object whose keys keep their insertion order (as a JavaScript Map does).
class Object {
 public:
  /// The value stored under `key`, or nullptr.
  const Value* find(std::string_view key) const;
  Value* find(std::string_view key);
  /// Inserts or replaces; a replaced key keeps its original position.
  void set(std::string key, Value value);
  std::size_t size() const { return entries_.size(); }
  const std::vector<std::pair<std::string, Value>>& entries() const { return entries_; }

 private:
  std::vector<std::pair<std::string, Value>> entries_;
  std::unordered_map<std::string, std::size_t> index_;
};

/// JavaScript's Number.prototype.toString (shortest round trip, exponent past 1e21).
std::string js_number_string(double d);

/// How `{{ value }}` prints: ints as integers, integral floats with ".0", bools as
/// true/false, none/undefined as nothing, arrays and objects as tojson.
Result<std::string> to_output_string(const Value& value, std::size_t max_bytes);

/// How `+` and `~` stringify an operand: like to_output_string but an integral float
/// prints without ".0" (the reference concatenates the raw JavaScript number).
Result<std::string> to_concat_string(const Value& value, std::size_t max_bytes);

/// The `tojson` filter: JSON.stringify for scalars (non-ASCII kept, "\u001f"-style escapes),
/// ", " and ": " separators without indent, newline + `indent` spaces per level with it.
/// Fails past `max_bytes` of output (shared substructures can explode) or on a callable.
Result<std::string> to_json_string(const Value& value, int indent, std::size_t max_bytes);

/// Equality as the templates need it: numbers by value (int == float), strings by bytes,
/// none == undefined (JavaScript's loose ==), arrays/objects/callables by identity.
bool loosely_equal(const Value& a, const Value& b);

/// True when `haystack` reaches the array or object `container` (guards against cycles
/// before a mutation stores a value inside a container). Adds the number of values visited
/// to `*visited` so the caller can charge the walk to its step budget.
bool reaches(const Value& haystack, const void* container, std::uint64_t* visited);

}  // namespace mlxla::chat
