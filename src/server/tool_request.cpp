// Tool fields of chat requests (see tool_request.h). Every access is type-checked first; a
// malformed field is a 400 naming it.
#include "server/tool_request.h"

#include <algorithm>

#include "server/openai_protocol.h"

namespace mlxla::server {
namespace {

using nlohmann::json;

ApiError bad(std::string message, std::string param) {
  return ApiError{400, std::move(message), "invalid_request_error", std::move(param), {}};
}

const json* field(const json& object, const char* name) {
  auto it = object.find(name);
  if (it == object.end() || it->is_null()) return nullptr;
  return &*it;
}

/// OpenAI's rule for function names: 1-64 of [a-zA-Z0-9_-].
bool valid_function_name(const std::string& name) {
  return !name.empty() && name.size() <= 64 && std::all_of(name.begin(), name.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
           c == '-';
  });
}

std::optional<ApiError> read_tool_list(const json& body, ToolsRequest& out) {
  const json* tools = field(body, "tools");
  if (tools == nullptr) return std::nullopt;
  if (!tools->is_array())
    return bad("'tools' must be an array of {\"type\": \"function\", \"function\": {...}}",
               "tools");
  if (tools->size() > 128) return bad("'tools' holds at most 128 functions", "tools");
  for (size_t i = 0; i < tools->size(); ++i) {
    const json& tool = (*tools)[i];
    const std::string at = "tools[" + std::to_string(i) + "]";
    if (!tool.is_object()) return bad("'" + at + "' must be an object", at);
    const json* type = field(tool, "type");
    if (type == nullptr || !type->is_string() || type->get<std::string>() != "function")
      return bad("'" + at + ".type' must be \"function\"", at + ".type");
    const json* function = field(tool, "function");
    if (function == nullptr || !function->is_object())
      return bad("'" + at + ".function' must be an object", at + ".function");
    const json* name = field(*function, "name");
    if (name == nullptr || !name->is_string() || !valid_function_name(name->get<std::string>()))
      return bad("'" + at + ".function.name' must be 1-64 letters, digits, '_' or '-'",
                 at + ".function.name");
    const json* description = field(*function, "description");
    if (description != nullptr && !description->is_string())
      return bad("'" + at + ".function.description' must be a string",
                 at + ".function.description");
    const json* parameters = field(*function, "parameters");
    if (parameters != nullptr && !parameters->is_object())
      return bad("'" + at + ".function.parameters' must be a JSON Schema object",
                 at + ".function.parameters");
    const json* strict = field(*function, "strict");
    if (strict != nullptr && !strict->is_boolean())
      return bad("'" + at + ".function.strict' must be a boolean", at + ".function.strict");
    const std::string n = name->get<std::string>();
    if (std::find(out.names.begin(), out.names.end(), n) != out.names.end())
      return bad("'tools' names the function '" + n + "' twice", at + ".function.name");
    out.names.push_back(n);
    out.functions.push_back(*function);
  }
  out.tools = *tools;
  return std::nullopt;
}

}  // namespace

std::vector<json> ToolsRequest::forced_functions() const {
  if (choice != ToolChoice::kNamed) return functions;
  for (const json& f : functions)
    if (f["name"] == named) return {f};
  return {};
}

std::optional<ApiError> read_tools(const json& body, ToolsRequest& out) {
  if (auto e = read_tool_list(body, out)) return e;
  const bool has_tools = !out.names.empty();
  out.choice = has_tools ? ToolChoice::kAuto : ToolChoice::kNone;
  if (const json* parallel = field(body, "parallel_tool_calls")) {
    if (!parallel->is_boolean())
      return bad("'parallel_tool_calls' must be a boolean", "parallel_tool_calls");
    out.parallel = parallel->get<bool>();
  }
  const json* choice = field(body, "tool_choice");
  if (choice == nullptr) return std::nullopt;
  if (choice->is_string()) {
    const std::string c = choice->get<std::string>();
    if (c == "none")
      out.choice = ToolChoice::kNone;
    else if (c == "auto")
      out.choice = has_tools ? ToolChoice::kAuto : ToolChoice::kNone;
    else if (c == "required")
      out.choice = ToolChoice::kRequired;
    else
      return bad(
          "'tool_choice' must be \"none\", \"auto\", \"required\" or a named function; got '" + c +
              "'",
          "tool_choice");
  } else if (choice->is_object()) {
    const json* type = field(*choice, "type");
    const json* function = field(*choice, "function");
    const json* name =
        function != nullptr && function->is_object() ? field(*function, "name") : nullptr;
    if (type == nullptr || !type->is_string() || type->get<std::string>() != "function" ||
        name == nullptr || !name->is_string())
      return bad("'tool_choice' must be {\"type\": \"function\", \"function\": {\"name\": string}}",
                 "tool_choice");
    out.choice = ToolChoice::kNamed;
    out.named = name->get<std::string>();
    if (std::find(out.names.begin(), out.names.end(), out.named) == out.names.end())
      return bad("'tool_choice' names the function '" + out.named + "', which is not in 'tools'",
                 "tool_choice");
  } else {
    return bad("'tool_choice' must be a string or an object", "tool_choice");
  }
  if (out.forced() && !has_tools)
    return bad("'tool_choice' requires a call but 'tools' is empty", "tool_choice");
  return std::nullopt;
}

std::optional<ApiError> read_history_tool_calls(const json& calls, const std::string& at,
                                                json& out) {
  const std::string param = at + ".tool_calls";
  if (!calls.is_array()) return bad("'" + param + "' must be an array", param);
  out = json::array();
  for (size_t j = 0; j < calls.size(); ++j) {
    const json& call = calls[j];
    const std::string here = param + "[" + std::to_string(j) + "]";
    if (!call.is_object()) return bad("'" + here + "' must be an object", here);
    const json* id = field(call, "id");
    if (id != nullptr && !id->is_string())
      return bad("'" + here + ".id' must be a string", here + ".id");
    const json* type = field(call, "type");
    if (type != nullptr && (!type->is_string() || type->get<std::string>() != "function"))
      return bad("'" + here + ".type' must be \"function\"", here + ".type");
    const json* function = field(call, "function");
    if (function == nullptr || !function->is_object())
      return bad("'" + here + ".function' must be an object", here + ".function");
    const json* name = field(*function, "name");
    if (name == nullptr || !name->is_string())
      return bad("'" + here + ".function.name' must be a string", here + ".function.name");
    const json* arguments = field(*function, "arguments");
    if (arguments != nullptr && !arguments->is_string() && !arguments->is_object())
      return bad("'" + here + ".function.arguments' must be a string",
                 here + ".function.arguments");
    // Templates take the arguments as a mapping (what transformers' users pass; `| tojson` then
    // writes them once, not as a quoted string); text that is not a JSON object stays text.
    json args = json::object();
    if (arguments != nullptr && arguments->is_object()) {
      args = *arguments;
    } else if (arguments != nullptr) {
      json parsed = json::parse(arguments->get<std::string>(), nullptr, /*allow_exceptions=*/false);
      args = parsed.is_object() ? std::move(parsed) : *arguments;
    }
    json converted{{"type", "function"},
                   {"function", {{"name", *name}, {"arguments", std::move(args)}}}};
    if (id != nullptr) converted["id"] = *id;
    out.push_back(std::move(converted));
  }
  return std::nullopt;
}

void place_tools(const TemplateToolSupport& support, const ToolsRequest& tools, json& messages,
                 json& extra) {
  // Past calls into the content for templates that would drop them.
  if (!support.renders_tool_calls) {
    for (json& m : messages) {
      auto calls = m.find("tool_calls");
      if (calls == m.end()) continue;
      std::string content = m.value("content", "");
      if (!content.empty()) content += "\n";
      content += render_tool_calls(support.format, *calls);
      m["content"] = content;
      m.erase("tool_calls");
    }
  }
  if (!tools.active()) return;
  json functions = json::array();
  for (const json& f : tools.functions) functions.push_back(f);
  const bool has_system = !messages.empty() && messages[0].value("role", "") == "system";
  switch (support.placement) {
    case ToolsPlacement::kTemplateVariable:
      extra["tools"] = tools.tools;
      return;
    case ToolsPlacement::kSystemMessageField:
      if (!has_system)
        messages.insert(
            messages.begin(),
            json{{"role", "system"}, {"content", "You are a helpful assistant with some tools."}});
      messages[0]["tools"] = python_json(functions);
      return;
    case ToolsPlacement::kSystemMessageText: {
      std::string text = "You may call one or more functions. Their signatures:\n<tools>\n";
      for (const json& f : tools.functions) text += python_json(f) + "\n";
      text +=
          "</tools>\nTo call a function, reply with " +
          render_tool_calls(
              support.format,
              json::array(
                  {{{"function", {{"name", "NAME"}, {"arguments", {{"ARGUMENT", "VALUE"}}}}}}})) +
          ", one per call.";
      if (has_system) {
        messages[0]["content"] = messages[0].value("content", "") + "\n\n" + text;
      } else {
        messages.insert(messages.begin(), json{{"role", "system"}, {"content", text}});
      }
      return;
    }
  }
}

}  // namespace mlxla::server
