// --template-kwargs: the JSON object of extra chat-template variables that chat, generate --chat,
// template and serve accept.
#include "template_kwargs.h"

namespace mlxla::cli {

Result<nlohmann::json> parse_template_kwargs(const std::string& text) {
  if (text.empty()) return nlohmann::json::object();
  nlohmann::json kwargs = nlohmann::json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (kwargs.is_discarded()) return invalid_argument("--template-kwargs: not valid JSON: " + text);
  if (!kwargs.is_object()) {
    return invalid_argument(
        "--template-kwargs: expected a JSON object such as '{\"enable_thinking\": false}'");
  }
  for (const char* reserved : {"messages", "add_generation_prompt"}) {
    if (kwargs.contains(reserved)) {
      return invalid_argument(std::string("--template-kwargs: '") + reserved +
                              "' is set by the command itself");
    }
  }
  return kwargs;
}

}  // namespace mlxla::cli
