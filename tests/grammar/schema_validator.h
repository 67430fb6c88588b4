// A small JSON Schema validator for the grammar tests, written independently of the grammar
// module: it checks documents the way a client's validator would, for the supported subset.
#pragma once

#include <cmath>
#include <string>

#include <nlohmann/json.hpp>

namespace mlxla::grammar::testing {

inline size_t code_points(const std::string& s) {
  size_t n = 0;
  for (const char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

inline bool has_type(const nlohmann::json& v, const std::string& type) {
  if (type == "null") return v.is_null();
  if (type == "boolean") return v.is_boolean();
  if (type == "string") return v.is_string();
  if (type == "object") return v.is_object();
  if (type == "array") return v.is_array();
  if (type == "number") return v.is_number();
  if (type == "integer")
    return v.is_number_integer() ||
           (v.is_number_float() && std::trunc(v.get<double>()) == v.get<double>());
  return false;
}

/// Empty when `v` satisfies `schema` (resolved against `root` for $ref), else why not.
inline std::string why_invalid(const nlohmann::json& v, const nlohmann::json& schema,
                               const nlohmann::json& root, const std::string& path = "$") {
  using nlohmann::json;
  if (schema.is_boolean()) return schema.get<bool>() ? "" : path + ": schema false";
  if (schema.contains("$ref")) {
    const std::string ref = schema["$ref"].get<std::string>();
    return why_invalid(v, root.at(json::json_pointer(ref.substr(1))), root, path);
  }
  if (schema.contains("allOf"))
    for (const json& s : schema["allOf"])
      if (auto w = why_invalid(v, s, root, path); !w.empty()) return w;
  if (schema.contains("anyOf")) {
    bool any = false;
    for (const json& s : schema["anyOf"]) any = any || why_invalid(v, s, root, path).empty();
    if (!any) return path + ": matches no anyOf branch";
  }
  if (schema.contains("const") && v != schema["const"]) return path + ": not the const";
  if (schema.contains("enum")) {
    bool found = false;
    for (const json& e : schema["enum"]) found = found || e == v;
    if (!found) return path + ": not in the enum";
  }
  if (schema.contains("type")) {
    const json& t = schema["type"];
    bool ok = false;
    if (t.is_string()) ok = has_type(v, t.get<std::string>());
    for (const json& x : t.is_array() ? t : json::array())
      ok = ok || has_type(v, x.get<std::string>());
    if (!ok) return path + ": wrong type " + std::string(v.type_name());
  }
  if (v.is_object()) {
    const json props = schema.value("properties", json::object());
    for (const json& r : schema.value("required", json::array()))
      if (!v.contains(r.get<std::string>()))
        return path + ": missing required " + r.get<std::string>();
    for (const auto& [key, value] : v.items()) {
      if (props.contains(key)) {
        if (auto w = why_invalid(value, props[key], root, path + "." + key); !w.empty()) return w;
      } else if (schema.contains("additionalProperties")) {
        if (auto w = why_invalid(value, schema["additionalProperties"], root, path + "." + key);
            !w.empty())
          return w;
      }
    }
  }
  if (v.is_array()) {
    if (schema.contains("minItems") && v.size() < schema["minItems"].get<size_t>())
      return path + ": too few items";
    if (schema.contains("maxItems") && v.size() > schema["maxItems"].get<size_t>())
      return path + ": too many items";
    if (schema.contains("items"))
      for (size_t i = 0; i < v.size(); ++i)
        if (auto w = why_invalid(v[i], schema["items"], root, path + "[" + std::to_string(i) + "]");
            !w.empty())
          return w;
  }
  if (v.is_string()) {
    const size_t n = code_points(v.get<std::string>());
    if (schema.contains("minLength") && n < schema["minLength"].get<size_t>())
      return path + ": too short";
    if (schema.contains("maxLength") && n > schema["maxLength"].get<size_t>())
      return path + ": too long";
  }
  if (v.is_number()) {
    const double x = v.get<double>();
    if (schema.contains("minimum") && x < schema["minimum"].get<double>())
      return path + ": below minimum";
    if (schema.contains("maximum") && x > schema["maximum"].get<double>())
      return path + ": above maximum";
    if (schema.contains("exclusiveMinimum") && x <= schema["exclusiveMinimum"].get<double>())
      return path + ": not above exclusiveMinimum";
    if (schema.contains("exclusiveMaximum") && x >= schema["exclusiveMaximum"].get<double>())
      return path + ": not below exclusiveMaximum";
  }
  return "";
}

}  // namespace mlxla::grammar::testing
