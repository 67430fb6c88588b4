// Typed tokenizer.json field accessors with errors that name the field.
#include "tokenizer/json_fields.h"

namespace mlxla::tokenizer {

Result<std::string> json_string(const Json& object, const char* key, const std::string& where) {
  if (!object.is_object()) return format_error(where + ": expected a JSON object");
  auto it = object.find(key);
  if (it == object.end()) return format_error(where + "." + key + ": missing");
  if (!it->is_string()) return format_error(where + "." + key + ": expected a string");
  return it->get<std::string>();
}

Result<std::string> json_string_or(const Json& object, const char* key, const std::string& where,
                                   const std::string& fallback) {
  if (!object.is_object()) return format_error(where + ": expected a JSON object");
  auto it = object.find(key);
  if (it == object.end() || it->is_null()) return fallback;
  if (!it->is_string()) return format_error(where + "." + key + ": expected a string");
  return it->get<std::string>();
}

Result<bool> json_bool_or(const Json& object, const char* key, const std::string& where,
                          bool fallback) {
  if (!object.is_object()) return format_error(where + ": expected a JSON object");
  auto it = object.find(key);
  if (it == object.end() || it->is_null()) return fallback;
  if (!it->is_boolean()) return format_error(where + "." + key + ": expected true or false");
  return it->get<bool>();
}

Result<long long> json_int_or(const Json& object, const char* key, const std::string& where,
                              long long fallback) {
  if (!object.is_object()) return format_error(where + ": expected a JSON object");
  auto it = object.find(key);
  if (it == object.end() || it->is_null()) return fallback;
  if (!it->is_number_integer() || it->get<long long>() < 0)
    return format_error(where + "." + key + ": expected a non-negative integer");
  return it->get<long long>();
}

Result<std::string> json_type(const Json& object, const std::string& where) {
  return json_string(object, "type", where);
}

Result<Regex> json_pattern(const Json& object, const char* key, const std::string& where) {
  const std::string field = where + "." + key;
  if (!object.is_object() || !object.contains(key)) return format_error(field + ": missing");
  const Json& pattern = object.at(key);
  if (pattern.is_object() && pattern.size() == 1) {
    if (pattern.contains("String") && pattern.at("String").is_string())
      return Regex::literal(pattern.at("String").get<std::string>(), field + ".String");
    if (pattern.contains("Regex") && pattern.at("Regex").is_string())
      return Regex::compile(pattern.at("Regex").get<std::string>(), field + ".Regex");
  }
  return format_error(field + ": expected {\"String\": ...} or {\"Regex\": ...}");
}

Status check_sequence_depth(const std::string& where, int depth) {
  if (depth >= kMaxSequenceNesting) {
    return format_error(where + ": Sequence nested deeper than " +
                        std::to_string(kMaxSequenceNesting) + " levels");
  }
  return Status::Ok();
}

}  // namespace mlxla::tokenizer
