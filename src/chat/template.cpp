// Template::parse / render and apply_chat_template: the public face of the chat module.
#include "chat/template.h"

#include <nlohmann/json.hpp>

#include "chat/interpreter.h"
#include "chat/lexer.h"
#include "chat/parser.h"

namespace mlxla::chat {

Result<Template> Template::parse(std::string_view source) {
  MLXLA_ASSIGN_OR_RETURN(std::vector<Token> tokens, tokenize(source));
  MLXLA_ASSIGN_OR_RETURN(NodeList program, chat::parse(tokens));
  return Template(std::make_shared<const NodeList>(std::move(program)));
}

Result<std::string> Template::render(const Value& context, const RenderOptions& options) const {
  Interpreter interpreter(options);
  return interpreter.render(*program_, context);
}

Result<std::string> apply_chat_template(std::string_view tmpl, const nlohmann::json& messages,
                                        bool add_generation_prompt,
                                        const nlohmann::json& extra_context,
                                        const RenderOptions& options) {
  if (!messages.is_array())
    return invalid_argument("apply_chat_template: messages must be a JSON array");
  if (!extra_context.is_null() && !extra_context.is_object()) {
    return invalid_argument("apply_chat_template: extra_context must be a JSON object");
  }
  MLXLA_ASSIGN_OR_RETURN(Template parsed, Template::parse(tmpl));
  Value context = Value::object();
  Object& fields = context.as_object();
  fields.set("messages", Value::from_json(messages));
  fields.set("add_generation_prompt", Value::boolean(add_generation_prompt));
  if (extra_context.is_object()) {
    for (const auto& [key, value] : extra_context.items()) {
      if (key == "messages" || key == "add_generation_prompt")
        continue;  // the explicit arguments win
      fields.set(key, Value::from_json(value));
    }
  }
  return parsed.render(context, options);
}

}  // namespace mlxla::chat
