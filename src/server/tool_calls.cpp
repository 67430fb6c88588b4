// Tool-call syntax per model family, parsed with one incremental splitter (see tool_calls.h):
// non-streaming replies go through the same ToolCallStream, so both give the same result.
#include "server/tool_calls.h"

#include <algorithm>
#include <array>

namespace mlxla::server {
namespace {

using nlohmann::json;
using nlohmann::ordered_json;

bool is_space(char c) {
  return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
  return s;
}

std::string rtrim(std::string s) {
  while (!s.empty() && is_space(s.back())) s.pop_back();
  return s;
}

/// Markers that open a call in `format` (Llama 3.x has none: it decides on the reply's start).
std::vector<std::string_view> markers(ToolCallFormat format) {
  switch (format) {
    case ToolCallFormat::kHermes:
      return {"<tool_call>"};
    case ToolCallFormat::kMistral:
      return {"[TOOL_CALLS]"};
    case ToolCallFormat::kPhi4Mini:
      return {"<|tool_call|>", "functools["};
    case ToolCallFormat::kLlama3Json:
      return {};
  }
  return {};
}

/// The end (one past) of the JSON object or array starting at the first non-space byte at or
/// after `pos`; nullopt when there is none or it does not close. Strings are skipped whole, so
/// brackets inside them do not count.
std::optional<size_t> json_value_end(std::string_view s, size_t pos) {
  while (pos < s.size() && is_space(s[pos])) ++pos;
  if (pos >= s.size() || (s[pos] != '{' && s[pos] != '[')) return std::nullopt;
  int depth = 0;
  bool in_string = false;
  for (size_t i = pos; i < s.size(); ++i) {
    const char c = s[i];
    if (in_string) {
      if (c == '\\')
        ++i;
      else if (c == '"')
        in_string = false;
      continue;
    }
    if (c == '"')
      in_string = true;
    else if (c == '{' || c == '[')
      ++depth;
    else if ((c == '}' || c == ']') && --depth == 0)
      return i + 1;
  }
  return std::nullopt;
}

/// One call object: {"name": string, "arguments" | "parameters": object (or a string holding
/// one, as some models write)}.
bool read_call(const ordered_json& value, const std::vector<std::string>& names, ToolCall& out) {
  if (!value.is_object()) return false;
  auto name = value.find("name");
  if (name == value.end() || !name->is_string()) return false;
  out.name = name->get<std::string>();
  if (!names.empty() && std::find(names.begin(), names.end(), out.name) == names.end())
    return false;
  auto args = value.find("arguments");
  if (args == value.end()) args = value.find("parameters");
  if (args == value.end()) return false;
  ordered_json object = *args;
  if (object.is_string()) object = ordered_json::parse(args->get<std::string>(), nullptr, false);
  if (!object.is_object()) return false;
  out.arguments = object.dump(-1, ' ', false, json::error_handler_t::replace);
  return true;
}

/// The calls in `body` (one JSON call object or a non-empty array of them, nothing else but
/// whitespace), appended to `out`.
bool read_calls(std::string_view body, const std::vector<std::string>& names,
                std::vector<ToolCall>& out) {
  const ordered_json value = ordered_json::parse(trim(body), nullptr, /*allow_exceptions=*/false);
  if (value.is_object()) {
    ToolCall call;
    if (!read_call(value, names, call)) return false;
    out.push_back(std::move(call));
    return true;
  }
  if (!value.is_array() || value.empty()) return false;
  for (const ordered_json& item : value) {
    ToolCall call;
    if (!read_call(item, names, call)) return false;
    out.push_back(std::move(call));
  }
  return true;
}

/// Tagged formats: every `open` ... `close` block is a call (the last block may lack `close`:
/// generation can end at EOS right after the JSON); the text between blocks is content.
/// Phi-4-mini's alternative "functools[...]" is one JSON array after "functools".
bool parse_tagged(std::string_view text, std::string_view open, std::string_view close,
                  std::string_view alt_open, const std::vector<std::string>& names,
                  ParsedReply& out) {
  size_t pos = 0;
  while (pos < text.size()) {
    size_t at = text.find(open, pos);
    size_t alt = alt_open.empty() ? std::string_view::npos : text.find(alt_open, pos);
    if (at == std::string_view::npos && alt == std::string_view::npos) {
      out.content.append(text.substr(pos));
      break;
    }
    if (alt < at) {
      out.content.append(text.substr(pos, alt - pos));
      const size_t start = alt + alt_open.size() - 1;  // at the '['
      const std::optional<size_t> end = json_value_end(text, start);
      if (!end || !read_calls(text.substr(start, *end - start), names, out.calls)) return false;
      pos = *end;
      continue;
    }
    out.content.append(text.substr(pos, at - pos));
    const size_t body = at + open.size();
    size_t end = close.empty() ? std::string_view::npos : text.find(close, body);
    if (end == std::string_view::npos) {
      // No closing tag: the JSON runs to its own end and only whitespace may follow.
      const std::optional<size_t> json_end = json_value_end(text, body);
      if (!json_end || !trim(text.substr(*json_end)).empty()) return false;
      end = text.size();
      if (!read_calls(text.substr(body, end - body), names, out.calls)) return false;
      break;
    }
    if (!read_calls(text.substr(body, end - body), names, out.calls)) return false;
    pos = end + close.size();
  }
  return !out.calls.empty();
}

/// Mistral: each "[TOOL_CALLS]" is followed by a JSON array (or object) of calls.
bool parse_mistral(std::string_view text, const std::vector<std::string>& names, ParsedReply& out) {
  constexpr std::string_view kMarker = "[TOOL_CALLS]";
  size_t pos = 0;
  while (pos < text.size()) {
    const size_t at = text.find(kMarker, pos);
    if (at == std::string_view::npos) {
      out.content.append(text.substr(pos));
      break;
    }
    out.content.append(text.substr(pos, at - pos));
    const size_t body = at + kMarker.size();
    const std::optional<size_t> end = json_value_end(text, body);
    if (!end || !read_calls(text.substr(body, *end - body), names, out.calls)) return false;
    pos = *end;
  }
  return !out.calls.empty();
}

/// Llama 3.x: the reply is the call: an optional <|python_tag|>, then one JSON call or array,
/// or several calls separated by ';' (as Llama 3.2 sometimes writes them), nothing else.
bool parse_llama3(std::string_view text, const std::vector<std::string>& names, ParsedReply& out) {
  std::string_view rest = trim(text);
  constexpr std::string_view kPythonTag = "<|python_tag|>";
  if (rest.substr(0, kPythonTag.size()) == kPythonTag) rest = trim(rest.substr(kPythonTag.size()));
  while (!rest.empty()) {
    const std::optional<size_t> end = json_value_end(rest, 0);
    if (!end || !read_calls(rest.substr(0, *end), names, out.calls)) return false;
    rest = trim(rest.substr(*end));
    if (!rest.empty() && rest.front() == ';') rest = trim(rest.substr(1));
  }
  return !out.calls.empty();
}

bool parse_held(ToolCallFormat format, std::string_view text, const std::vector<std::string>& names,
                ParsedReply& out) {
  switch (format) {
    case ToolCallFormat::kHermes:
      return parse_tagged(text, "<tool_call>", "</tool_call>", {}, names, out);
    case ToolCallFormat::kPhi4Mini:
      return parse_tagged(text, "<|tool_call|>", "<|/tool_call|>", "functools[", names, out);
    case ToolCallFormat::kMistral:
      return parse_mistral(text, names, out);
    case ToolCallFormat::kLlama3Json:
      return parse_llama3(text, names, out);
  }
  return false;
}

void python_style_dump(const ordered_json& value, std::string& out) {
  if (value.is_object()) {
    out += '{';
    bool first = true;
    for (const auto& [key, item] : value.items()) {
      if (!first) out += ", ";
      first = false;
      out += ordered_json(key).dump();
      out += ": ";
      python_style_dump(item, out);
    }
    out += '}';
  } else if (value.is_array()) {
    out += '[';
    for (size_t i = 0; i < value.size(); ++i) {
      if (i > 0) out += ", ";
      python_style_dump(value[i], out);
    }
    out += ']';
  } else {
    out += value.dump(-1, ' ', false, json::error_handler_t::replace);
  }
}

/// The length of the longest suffix of `text` that is a proper prefix of `marker`.
size_t partial_marker_suffix(std::string_view text, std::string_view marker) {
  for (size_t n = std::min(marker.size() - 1, text.size()); n > 0; --n) {
    if (text.substr(text.size() - n) == marker.substr(0, n)) return n;
  }
  return 0;
}

}  // namespace

std::string python_json(const nlohmann::ordered_json& value) {
  std::string out;
  python_style_dump(value, out);
  return out;
}

std::string_view tool_call_format_name(ToolCallFormat format) {
  switch (format) {
    case ToolCallFormat::kHermes:
      return "hermes";
    case ToolCallFormat::kLlama3Json:
      return "llama3_json";
    case ToolCallFormat::kMistral:
      return "mistral";
    case ToolCallFormat::kPhi4Mini:
      return "phi4_mini";
  }
  return "?";
}

TemplateToolSupport detect_tool_support(std::string_view tmpl) {
  TemplateToolSupport out;
  const auto has = [&](std::string_view s) { return tmpl.find(s) != std::string_view::npos; };
  if (has("[TOOL_CALLS]"))
    out.format = ToolCallFormat::kMistral;
  else if (has("<|tool_call|>") || has("<|tool|>"))
    out.format = ToolCallFormat::kPhi4Mini;
  else if (has("<tool_call>"))
    out.format = ToolCallFormat::kHermes;
  else if (has("<|start_header_id|>") && has("\"parameters\""))
    out.format = ToolCallFormat::kLlama3Json;
  // Phi-4-mini's template reads message['tools'] of the system message; the others `tools`.
  if (out.format == ToolCallFormat::kPhi4Mini && (has("message['tools']") || has("message.tools")))
    out.placement = ToolsPlacement::kSystemMessageField;
  else if (has("tools"))
    out.placement = ToolsPlacement::kTemplateVariable;
  out.renders_tool_calls = has("tool_calls");
  return out;
}

ParsedReply parse_tool_calls(ToolCallFormat format, std::string_view text,
                             const std::vector<std::string>& names) {
  ToolCallStream stream(format, names);
  std::string content = stream.push(text);
  ParsedReply rest = stream.finish();
  rest.content.insert(0, content);
  return rest;
}

std::string_view call_marker(ToolCallFormat format) {
  const std::vector<std::string_view> all = markers(format);
  return all.empty() ? std::string_view() : all.front();
}

std::string forced_call_prefix(ToolCallFormat format) {
  switch (format) {
    case ToolCallFormat::kHermes:
      return "<tool_call>\n";
    case ToolCallFormat::kMistral:
      return "[TOOL_CALLS]";
    case ToolCallFormat::kPhi4Mini:
      return "<|tool_call|>";
    case ToolCallFormat::kLlama3Json:
      return "";
  }
  return "";
}

json call_grammar_schema(ToolCallFormat format, const std::vector<json>& functions) {
  const char* args_key = format == ToolCallFormat::kLlama3Json ? "parameters" : "arguments";
  json alternatives = json::array();
  for (const json& function : functions) {
    json parameters = function.contains("parameters") && !function["parameters"].is_null()
                          ? function["parameters"]
                          : json{{"type", "object"},
                                 {"properties", json::object()},
                                 {"additionalProperties", false}};
    alternatives.push_back(
        json{{"type", "object"},
             {"properties", {{"name", {{"const", function["name"]}}}, {args_key, parameters}}},
             {"required", {"name", args_key}},
             {"additionalProperties", false}});
  }
  json call = alternatives.size() == 1 ? alternatives[0] : json{{"anyOf", alternatives}};
  if (format == ToolCallFormat::kMistral || format == ToolCallFormat::kPhi4Mini) {
    return json{{"type", "array"}, {"items", call}, {"minItems", 1}, {"maxItems", 1}};
  }
  return call;
}

std::string render_tool_calls(ToolCallFormat format, const json& tool_calls) {
  const char* args_key = format == ToolCallFormat::kLlama3Json ? "parameters" : "arguments";
  std::vector<std::string> objects;
  for (const json& call : tool_calls) {
    const json& function = call.contains("function") ? call["function"] : call;
    ordered_json object;
    object["name"] = function.value("name", "");
    object[args_key] = function.contains("arguments") ? ordered_json(function["arguments"])
                                                      : ordered_json::object();
    std::string text;
    python_style_dump(object, text);
    objects.push_back(std::move(text));
  }
  std::string out;
  const auto joined = [&](std::string_view sep) {
    std::string s;
    for (size_t i = 0; i < objects.size(); ++i) {
      if (i > 0) s += sep;
      s += objects[i];
    }
    return s;
  };
  switch (format) {
    case ToolCallFormat::kHermes:
      for (const std::string& o : objects) {
        if (!out.empty()) out += '\n';
        out += "<tool_call>\n";
        out += o;
        out += "\n</tool_call>";
      }
      return out;
    case ToolCallFormat::kMistral:
      return "[TOOL_CALLS][" + joined(", ") + "]";
    case ToolCallFormat::kPhi4Mini:
      return "<|tool_call|>[" + joined(", ") + "]<|/tool_call|>";
    case ToolCallFormat::kLlama3Json:
      return joined("; ");
  }
  return out;
}

std::string make_tool_call_id(ToolCallFormat format, uint64_t a, uint64_t b) {
  static constexpr std::string_view kAlphabet =
      "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
  const size_t length = format == ToolCallFormat::kMistral ? 9 : 24;
  std::string out = format == ToolCallFormat::kMistral ? "" : "call_";
  for (size_t i = 0; i < length; ++i) {
    uint64_t& bits = i < 12 ? a : b;  // 62^12 < 2^64: each word yields 12 digits
    out += kAlphabet[bits % kAlphabet.size()];
    bits /= kAlphabet.size();
  }
  return out;
}

ToolCallStream::ToolCallStream(ToolCallFormat format, std::vector<std::string> names)
    : format_(format), names_(std::move(names)) {}

std::string ToolCallStream::push(std::string_view text) {
  held_.append(text);
  if (in_call_) return {};
  if (format_ == ToolCallFormat::kLlama3Json) {
    if (started_) return std::exchange(held_, {});
    const size_t first = held_.find_first_not_of(" \n\r\t");
    if (first == std::string::npos) return {};
    const std::string_view head = std::string_view(held_).substr(first);
    constexpr std::string_view kPythonTag = "<|python_tag|>";
    if (head.front() == '{' || head.front() == '[' ||
        head.substr(0, kPythonTag.size()) == kPythonTag) {
      in_call_ = true;
      return {};
    }
    if (kPythonTag.substr(0, head.size()) == head) return {};  // might still become the tag
    started_ = true;
    return std::exchange(held_, {});
  }
  size_t first = std::string::npos;
  for (std::string_view marker : markers(format_)) first = std::min(first, held_.find(marker));
  size_t keep_from = held_.size();
  if (first != std::string::npos) {
    in_call_ = true;
    keep_from = first;
  } else {
    size_t partial = 0;
    for (std::string_view marker : markers(format_))
      partial = std::max(partial, partial_marker_suffix(held_, marker));
    keep_from = held_.size() - partial;
  }
  // Whitespace just before a (possible) call is held too: it belongs to neither side yet.
  while (keep_from > 0 && is_space(held_[keep_from - 1])) --keep_from;
  std::string out = held_.substr(0, keep_from);
  held_.erase(0, keep_from);
  if (!out.empty()) emitted_ = true;
  return out;
}

ParsedReply ToolCallStream::finish() {
  ParsedReply out;
  if (in_call_ && parse_held(format_, held_, names_, out)) {
    out.content = rtrim(std::move(out.content));
    if (!emitted_) out.content = std::string(trim(out.content));
  } else {
    out.calls.clear();
    out.content = std::move(held_);
  }
  held_.clear();
  return out;
}

}  // namespace mlxla::server
