// Value construction, JSON import, truthiness, equality and the reference's stringification
// (JavaScript number formatting, JSON.stringify-compatible tojson).
#include "chat/value.h"

#include <charconv>
#include <cmath>
#include <cstdio>
#include <unordered_set>

#include <nlohmann/json.hpp>

#include "chat/callable.h"

namespace mlxla::chat {

namespace {

// Releasing the last reference to a deeply nested array would recurse once per level and
// overflow the stack (a hostile template can nest 100k levels in a loop). So the outermost
// release frees containers from a local queue in a loop; a container released while that
// loop runs is only queued. The thread-local is a trivially destructible pointer to the
// active queue (safe even during static destruction), never program state.
struct Doomed {
  Array* array = nullptr;
  Object* object = nullptr;
};
thread_local std::vector<Doomed>* t_release_queue = nullptr;

void release(Doomed doomed) {
  if (t_release_queue != nullptr) {
    t_release_queue->push_back(doomed);
    return;
  }
  std::vector<Doomed> queue;
  t_release_queue = &queue;
  queue.push_back(doomed);
  while (!queue.empty()) {
    Doomed next = queue.back();
    queue.pop_back();
    delete next.array;
    delete next.object;
  }
  t_release_queue = nullptr;
}

void bury_array(Array* a) {
  release(Doomed{a, nullptr});
}
void bury_object(Object* o) {
  release(Doomed{nullptr, o});
}

constexpr int kMaxJsonDepth = 1000;

Value from_json_at(const nlohmann::json& json, int depth);

}  // namespace

const Value* Object::find(std::string_view key) const {
  auto it = index_.find(std::string(key));
  return it == index_.end() ? nullptr : &entries_[it->second].second;
}

Value* Object::find(std::string_view key) {
  auto it = index_.find(std::string(key));
  return it == index_.end() ? nullptr : &entries_[it->second].second;
}

void Object::set(std::string key, Value value) {
  auto it = index_.find(key);
  if (it != index_.end()) {
    entries_[it->second].second = std::move(value);
    return;
  }
  index_.emplace(key, entries_.size());
  entries_.emplace_back(std::move(key), std::move(value));
}

Value Value::none() {
  Value v;
  v.kind_ = ValueKind::kNone;
  return v;
}

Value Value::boolean(bool b) {
  Value v;
  v.kind_ = ValueKind::kBool;
  v.bool_ = b;
  return v;
}

Value Value::integer(std::int64_t i) {
  Value v;
  v.kind_ = ValueKind::kInt;
  v.int_ = i;
  return v;
}

Value Value::number(double d) {
  Value v;
  v.kind_ = ValueKind::kFloat;
  v.float_ = d;
  return v;
}

Value Value::string(std::string s) {
  Value v;
  v.kind_ = ValueKind::kString;
  v.string_ = std::make_shared<const std::string>(std::move(s));
  return v;
}

Value Value::array() {
  return array(Array{});
}
Value Value::object() {
  return object(Object{});
}

Value Value::array(Array items) {
  Value v;
  v.kind_ = ValueKind::kArray;
  v.array_ = std::shared_ptr<Array>(new Array(std::move(items)), bury_array);
  return v;
}

Value Value::object(Object fields) {
  Value v;
  v.kind_ = ValueKind::kObject;
  v.object_ = std::shared_ptr<Object>(new Object(std::move(fields)), bury_object);
  return v;
}

Value Value::callable(std::shared_ptr<const Callable> fn) {
  Value v;
  v.kind_ = ValueKind::kCallable;
  v.callable_ = std::move(fn);
  return v;
}

Value Value::from_json(const nlohmann::json& json) {
  return from_json_at(json, 0);
}

namespace {

Value from_json_at(const nlohmann::json& json, int depth) {
  if (depth > kMaxJsonDepth) return Value();  // absurdly deep input is cut off as undefined
  using V = Value;
  switch (json.type()) {
    case nlohmann::json::value_t::null:
      return V::none();
    case nlohmann::json::value_t::boolean:
      return V::boolean(json.get<bool>());
    case nlohmann::json::value_t::number_integer:
      return V::integer(json.get<std::int64_t>());
    case nlohmann::json::value_t::number_unsigned: {
      auto u = json.get<std::uint64_t>();
      if (u <= static_cast<std::uint64_t>(INT64_MAX))
        return V::integer(static_cast<std::int64_t>(u));
      return V::number(static_cast<double>(u));
    }
    case nlohmann::json::value_t::number_float: {
      // JSON.parse has one number type; the reference makes every integral number an int.
      double d = json.get<double>();
      if (std::isfinite(d) && d == std::trunc(d) && std::fabs(d) <= 9007199254740992.0) {
        return V::integer(static_cast<std::int64_t>(d));
      }
      return V::number(d);
    }
    case nlohmann::json::value_t::string:
      return V::string(json.get<std::string>());
    case nlohmann::json::value_t::array: {
      Array items;
      items.reserve(json.size());
      for (const auto& item : json) items.push_back(from_json_at(item, depth + 1));
      return V::array(std::move(items));
    }
    case nlohmann::json::value_t::object: {
      Object fields;
      for (const auto& [key, item] : json.items()) fields.set(key, from_json_at(item, depth + 1));
      return V::object(std::move(fields));
    }
    default:
      return Value();  // binary / discarded: nothing a template can use
  }
}

}  // namespace

bool Value::truthy() const {
  switch (kind_) {
    case ValueKind::kUndefined:
    case ValueKind::kNone:
      return false;
    case ValueKind::kBool:
      return bool_;
    case ValueKind::kInt:
      return int_ != 0;
    case ValueKind::kFloat:
      return float_ != 0.0 && !std::isnan(float_);
    case ValueKind::kString:
      return !string_->empty();
    case ValueKind::kArray:
      return !array_->empty();
    case ValueKind::kObject:
      return object_->size() > 0;
    case ValueKind::kCallable:
      return true;
  }
  return false;
}

const char* Value::type_name() const {
  switch (kind_) {
    case ValueKind::kUndefined:
      return "undefined";
    case ValueKind::kNone:
      return "none";
    case ValueKind::kBool:
      return "boolean";
    case ValueKind::kInt:
      return "integer";
    case ValueKind::kFloat:
      return "float";
    case ValueKind::kString:
      return "string";
    case ValueKind::kArray:
      return "array";
    case ValueKind::kObject:
      return "object";
    case ValueKind::kCallable:
      return "callable";
  }
  return "?";
}

std::string js_number_string(double d) {
  if (std::isnan(d)) return "NaN";
  if (std::isinf(d)) return d > 0 ? "Infinity" : "-Infinity";
  if (d == 0) return "0";  // JavaScript prints -0 as "0" too
  std::string sign = d < 0 ? "-" : "";
  char buf[64];
  // Shortest round-trip digits, then laid out by ECMA-262 Number::toString.
  auto res = std::to_chars(buf, buf + sizeof(buf), std::fabs(d), std::chars_format::scientific);
  std::string sci(buf, res.ptr);
  auto e_pos = sci.find('e');
  std::string digits;
  for (std::size_t i = 0; i < e_pos; ++i) {
    if (sci[i] != '.') digits.push_back(sci[i]);
  }
  int exponent = std::stoi(sci.substr(e_pos + 1));
  int k = static_cast<int>(digits.size());
  int n = exponent + 1;  // value = 0.digits * 10^n
  std::string out;
  if (k <= n && n <= 21) {
    out = digits + std::string(static_cast<std::size_t>(n - k), '0');
  } else if (0 < n && n <= 21) {
    out = digits.substr(0, static_cast<std::size_t>(n)) + "." +
          digits.substr(static_cast<std::size_t>(n));
  } else if (-6 < n && n <= 0) {
    out = "0.";
    out.append(static_cast<std::size_t>(-n), '0');
    out += digits;
  } else {
    std::string mantissa = digits.substr(0, 1);
    if (k > 1) mantissa += "." + digits.substr(1);
    int e = n - 1;
    out = mantissa + "e" + (e < 0 ? "-" : "+") + std::to_string(e < 0 ? -e : e);
  }
  return sign + out;
}

namespace {

void append_json_string(std::string& out, const std::string& s) {
  out.push_back('"');
  for (unsigned char c : s) {
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\b':
        out += "\\b";
        break;
      case '\f':
        out += "\\f";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      default:
        if (c < 0x20) {
          char buf[8];
          std::snprintf(buf, sizeof(buf), "\\u%04x", c);
          out += buf;
        } else {
          out.push_back(static_cast<char>(c));
        }
    }
  }
  out.push_back('"');
}

class JsonWriter {
 public:
  JsonWriter(int indent, std::size_t max_bytes) : indent_(indent), max_bytes_(max_bytes) {}

  Status write(const Value& v, int depth) {
    if (depth > kMaxDepth) return invalid_argument("tojson: value nested deeper than 512 levels");
    switch (v.kind()) {
      case ValueKind::kUndefined:
      case ValueKind::kNone:
        out_ += "null";
        break;
      case ValueKind::kBool:
        out_ += v.as_bool() ? "true" : "false";
        break;
      case ValueKind::kInt:
        out_ += std::to_string(v.as_int());
        break;
      case ValueKind::kFloat:
        // JSON.stringify writes NaN and Infinity as null.
        out_ += std::isfinite(v.as_double()) ? js_number_string(v.as_double()) : "null";
        break;
      case ValueKind::kString:
        append_json_string(out_, v.as_string());
        break;
      case ValueKind::kArray: {
        const Array& items = v.as_array();
        out_.push_back('[');
        for (std::size_t i = 0; i < items.size(); ++i) {
          if (indent_ > 0) {
            if (i > 0) out_.push_back(',');
            newline(depth + 1);
          } else if (i > 0) {
            out_ += ", ";
          }
          MLXLA_RETURN_IF_ERROR(write(items[i], depth + 1));
        }
        // The reference pads even an empty array: "[\n\n]" at indent 0 depth.
        if (indent_ > 0) {
          if (items.empty()) newline(depth + 1);
          newline(depth);
        }
        out_.push_back(']');
        break;
      }
      case ValueKind::kObject: {
        const auto& entries = v.as_object().entries();
        out_.push_back('{');
        for (std::size_t i = 0; i < entries.size(); ++i) {
          if (i > 0) out_ += indent_ > 0 ? "," : ", ";
          if (indent_ > 0) newline(depth + 1);
          append_json_string(out_, entries[i].first);
          out_ += ": ";
          MLXLA_RETURN_IF_ERROR(write(entries[i].second, depth + 1));
        }
        if (indent_ > 0) newline(depth);
        out_.push_back('}');
        break;
      }
      case ValueKind::kCallable:
        return invalid_argument("tojson: cannot convert a callable to JSON");
    }
    if (out_.size() > max_bytes_) return invalid_argument("tojson: output exceeds the size limit");
    return Status::Ok();
  }

  std::string take() { return std::move(out_); }

 private:
  static constexpr int kMaxDepth = 512;
  void newline(int depth) {
    out_.push_back('\n');
    out_.append(static_cast<std::size_t>(depth) * static_cast<std::size_t>(indent_), ' ');
  }
  int indent_;
  std::size_t max_bytes_;
  std::string out_;
};

}  // namespace

Result<std::string> to_json_string(const Value& value, int indent, std::size_t max_bytes) {
  JsonWriter writer(indent, max_bytes);
  MLXLA_RETURN_IF_ERROR(writer.write(value, 0));
  return writer.take();
}

Result<std::string> to_output_string(const Value& value, std::size_t max_bytes) {
  switch (value.kind()) {
    case ValueKind::kUndefined:
    case ValueKind::kNone:
      return std::string();
    case ValueKind::kBool:
      return std::string(value.as_bool() ? "true" : "false");
    case ValueKind::kInt:
      return std::to_string(value.as_int());
    case ValueKind::kFloat: {
      double d = value.as_double();
      std::string s = js_number_string(d);
      // FloatValue.toString: an integral float keeps one decimal ("2.0").
      if (std::isfinite(d) && d == std::trunc(d) && s.find('e') == std::string::npos) s += ".0";
      return s;
    }
    case ValueKind::kString:
      return value.as_string();
    case ValueKind::kArray:
    case ValueKind::kObject:
      return to_json_string(value, 0, max_bytes);
    case ValueKind::kCallable:
      return std::string("[callable ") + value.as_callable().name + "]";
  }
  return std::string();
}

Result<std::string> to_concat_string(const Value& value, std::size_t max_bytes) {
  if (value.is_float()) return js_number_string(value.as_double());
  return to_output_string(value, max_bytes);
}

bool loosely_equal(const Value& a, const Value& b) {
  if (a.is_number() && b.is_number()) {
    if (a.is_int() && b.is_int()) return a.as_int() == b.as_int();
    return a.as_double() == b.as_double();
  }
  bool a_nullish = a.is_none() || a.is_undefined();
  bool b_nullish = b.is_none() || b.is_undefined();
  if (a_nullish || b_nullish) return a_nullish && b_nullish;
  if (a.kind() != b.kind()) return false;
  switch (a.kind()) {
    case ValueKind::kBool:
      return a.as_bool() == b.as_bool();
    case ValueKind::kString:
      return a.as_string() == b.as_string();
    case ValueKind::kArray:
      return a.array_ptr() == b.array_ptr();
    case ValueKind::kObject:
      return a.object_ptr() == b.object_ptr();
    case ValueKind::kCallable:
      return &a.as_callable() == &b.as_callable();
    default:
      return false;
  }
}

bool reaches(const Value& haystack, const void* container, std::uint64_t* visited) {
  // Iterative walk with a visited set: values may share substructure (a DAG) or be deep.
  std::unordered_set<const void*> seen;
  std::vector<const Value*> todo{&haystack};
  while (!todo.empty()) {
    const Value* v = todo.back();
    todo.pop_back();
    ++*visited;
    if (v->is_callable()) {
      todo.push_back(&v->as_callable().receiver);
      continue;
    }
    const void* self = v->is_array()    ? static_cast<const void*>(v->array_ptr().get())
                       : v->is_object() ? static_cast<const void*>(v->object_ptr().get())
                                        : nullptr;
    if (self == nullptr) continue;
    if (self == container) return true;
    if (!seen.insert(self).second) continue;
    if (v->is_array()) {
      for (const Value& item : v->as_array()) todo.push_back(&item);
    } else {
      for (const auto& entry : v->as_object().entries()) todo.push_back(&entry.second);
    }
  }
  return false;
}

}  // namespace mlxla::chat
