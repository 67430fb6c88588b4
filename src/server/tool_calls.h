// Tool calls in model output: the call syntax of each model family (chosen from its chat
// template), parsing a reply back into OpenAI tool_calls (also incrementally, for streams), the
// JSON Schema that forces one call, and the text of past calls for templates that lack them.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

namespace mlxla::server {

/// How a family writes a call (docs/SERVER.md, "Tool calls").
enum class ToolCallFormat : uint8_t {
  kHermes,      ///< Qwen 2.5/3, Hermes: <tool_call>{"name": N, "arguments": {...}}</tool_call>
  kLlama3Json,  ///< Llama 3.x: the whole reply is {"name": N, "parameters": {...}}
  kMistral,     ///< Mistral: [TOOL_CALLS][{"name": N, "arguments": {...}}, ...]
  kPhi4Mini,    ///< Phi-4-mini: <|tool_call|>[{"name": N, "arguments": {...}}]<|/tool_call|>
};
std::string_view tool_call_format_name(ToolCallFormat format);

/// How the chat template takes the tool list.
enum class ToolsPlacement : uint8_t {
  kTemplateVariable,    ///< `tools`, as transformers passes it (Llama 3.x, Qwen, Mistral)
  kSystemMessageField,  ///< the system message's `tools` string (Phi-4-mini)
  kSystemMessageText,   ///< the template ignores tools: the server describes them in the system
                        ///< message
};

/// What a template says about tools: the call syntax its model was trained on, where the tool
/// list goes, and whether it renders assistant `tool_calls` itself.
struct TemplateToolSupport {
  ToolCallFormat format = ToolCallFormat::kHermes;
  ToolsPlacement placement = ToolsPlacement::kSystemMessageText;
  bool renders_tool_calls = false;
};
TemplateToolSupport detect_tool_support(std::string_view chat_template);

/// One parsed call; `arguments` is a JSON object's text (OpenAI sends it as a string).
struct ToolCall {
  std::string id;  ///< empty until the server assigns one
  std::string name;
  std::string arguments;
};

/// A reply split into its text and its calls.
struct ParsedReply {
  std::string content;  ///< the text outside the calls (all of it when there are none)
  std::vector<ToolCall> calls;
};

/// Parses a whole reply. A call that is not valid JSON, lacks a name or an object of arguments,
/// or names a function not in `names` makes the whole reply plain content (no calls): a
/// malformed call is returned as text, never dropped or half-parsed.
ParsedReply parse_tool_calls(ToolCallFormat format, std::string_view text,
                             const std::vector<std::string>& names);

/// The text a call begins with ("" for Llama 3.x, whose call is the whole reply).
std::string_view call_marker(ToolCallFormat format);
/// The text the prompt is extended with to force a call: the marker and what follows it, so the
/// model continues with the JSON that call_grammar_schema() describes.
std::string forced_call_prefix(ToolCallFormat format);

/// A JSON Schema for one forced call in `format`: the call object ({"name": const, "arguments"
/// or "parameters": the function's parameters schema}), an anyOf over `functions` when several,
/// inside a one-element array for Mistral and Phi-4-mini. Each element of `functions` is an
/// OpenAI function object {name, parameters?}.
nlohmann::json call_grammar_schema(ToolCallFormat format,
                                   const std::vector<nlohmann::json>& functions);

/// JSON as Python's json.dumps writes it (", " and ": " separators, key order kept, UTF-8 kept):
/// the form chat templates' `tojson` gives under transformers, which models saw in training.
std::string python_json(const nlohmann::ordered_json& value);

/// Past calls (OpenAI tool_calls of an assistant message) as the model writes them, for
/// templates that do not render `tool_calls` themselves.
std::string render_tool_calls(ToolCallFormat format, const nlohmann::json& tool_calls);

/// A fresh call id: "call_" and 24 random alphanumerics, or 9 for Mistral (its template refuses
/// other lengths when the call comes back in the history).
std::string make_tool_call_id(ToolCallFormat format, uint64_t random_bits_a,
                              uint64_t random_bits_b);

/// Splits a streamed reply: text before a call streams as content at once; from the first byte
/// that could begin a call marker (or, for Llama 3.x, a reply starting with '{' or '[') the rest
/// is held and parsed by finish(). Everything push() and finish() return as content, in order,
/// equals parse_tool_calls(text).content when parsing fails, and the text around the calls when
/// it succeeds.
class ToolCallStream {
 public:
  ToolCallStream(ToolCallFormat format, std::vector<std::string> names);
  /// Newly generated text in; the content that is safe to stream out.
  std::string push(std::string_view text);
  /// The end: content still held and the calls.
  ParsedReply finish();

 private:
  ToolCallFormat format_;
  std::vector<std::string> names_;
  std::string held_;      // not yet emitted
  bool in_call_ = false;  // a call began: hold everything until finish()
  bool started_ = false;  // a non-space byte has been seen (Llama 3.x decides there)
  bool emitted_ = false;  // some content was returned by push()
};

}  // namespace mlxla::server
