// parse_json_document: a bracket-depth scan that runs before nlohmann's parser allocates.
#include "common/json_parse.h"

namespace mlxla::common {

Status check_json_nesting(std::string_view text, const std::string& display_name,
                          const JsonLimits& limits) {
  int depth = 0;
  uint64_t elements = 1;
  bool in_string = false;
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
    switch (c) {
      case '"':
        in_string = true;
        break;
      case ',':
      case '[':
      case '{':
        if (++elements > limits.max_elements) {
          return format_error(
              display_name + ": JSON has more than " + std::to_string(limits.max_elements) +
              " elements (array items and object members; at byte " + std::to_string(i) + ")");
        }
        if (c == ',') break;
        if (++depth > limits.max_depth) {
          return format_error(display_name + ": JSON nests arrays/objects deeper than " +
                              std::to_string(limits.max_depth) + " levels (at byte " +
                              std::to_string(i) + ")");
        }
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
