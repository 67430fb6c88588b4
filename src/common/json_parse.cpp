// parse_json_document: a scan of nesting depth, container count and value count that runs
// before nlohmann's parser allocates.
#include "common/json_parse.h"

namespace mlxla::common {

namespace {

// Characters of a number or a literal (true, false, null); a run of them is one value. Invalid
// runs count too (the parser rejects them), which only makes the count an upper bound.
bool scalar_char(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-' ||
         c == '+' || c == '.';
}

Status too_many(const std::string& display_name, const char* what, std::uint64_t limit, size_t at) {
  return format_error(display_name + ": JSON holds more than " + std::to_string(limit) + " " +
                      what + " (the limit for a model file; at byte " + std::to_string(at) + ")");
}

}  // namespace

Status check_json_nesting(std::string_view text, const std::string& display_name,
                          const JsonLimits& limits) {
  int depth = 0;
  std::uint64_t containers = 0;
  std::uint64_t values = 0;
  bool in_string = false;
  bool in_scalar = false;
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (in_string) {
      if (c == '\\') {
        ++i;  // the escaped character cannot end the string
      } else if (c == '"') {
        in_string = false;
      }
      continue;
    }
    if (scalar_char(c)) {
      if (!in_scalar && ++values > limits.max_values)
        return too_many(display_name, "values", limits.max_values, i);
      in_scalar = true;
      continue;
    }
    in_scalar = false;
    switch (c) {
      case '"':  // a string value or an object key: both are allocated
        in_string = true;
        if (++values > limits.max_values)
          return too_many(display_name, "values", limits.max_values, i);
        break;
      case '[':
      case '{':
        if (++depth > limits.max_depth) {
          return format_error(display_name + ": JSON nests arrays/objects deeper than " +
                              std::to_string(limits.max_depth) + " levels (at byte " +
                              std::to_string(i) + ")");
        }
        if (++containers > limits.max_containers) {
          return too_many(display_name, "arrays/objects", limits.max_containers, i);
        }
        if (++values > limits.max_values)
          return too_many(display_name, "values", limits.max_values, i);
        break;
      case ']':
      case '}':
        if (depth > 0) --depth;  // unbalanced input is the parser's to report
        break;
      default:
        break;
    }
  }
  return Status::Ok();
}

Result<nlohmann::json> parse_json_document(std::string_view text, const std::string& display_name,
                                           const nlohmann::json::parser_callback_t& callback,
                                           const JsonLimits& limits) {
  MLXLA_RETURN_IF_ERROR(check_json_nesting(text, display_name, limits));
  try {
    // Exceptions on, to report where the syntax broke; none escapes this function.
    return nlohmann::json::parse(text.begin(), text.end(), callback, /*allow_exceptions=*/true);
  } catch (const nlohmann::json::exception& e) {
    std::string what = e.what();
    // "[json.exception.parse_error.101] parse error at line 1, column 2: ..." -> from "parse
    // error".
    const size_t at = what.find("] ");
    if (at != std::string::npos) what = what.substr(at + 2);
    constexpr size_t kMaxDetail = 200;  // the parser quotes the last token, which may be huge
    if (what.size() > kMaxDetail) what = what.substr(0, kMaxDetail) + "...";
    return format_error(display_name + ": not valid JSON (" + what + ")");
  } catch (const std::bad_alloc&) {
    return format_error(display_name +
                        ": JSON document too large to parse in the available memory");
  }
}

}  // namespace mlxla::common
