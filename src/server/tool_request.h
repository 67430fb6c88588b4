// The tool fields of a chat request (`tools`, `tool_choice`, `parallel_tool_calls`, assistant
// `tool_calls` and `tool` messages in the history) validated, and placed where the model's chat
// template expects them.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "server/tool_calls.h"

namespace mlxla::server {

struct ApiError;

enum class ToolChoice : uint8_t { kNone, kAuto, kRequired, kNamed };

struct ToolsRequest {
  nlohmann::json tools = nlohmann::json::array();  ///< the request's tools, as sent
  std::vector<nlohmann::json> functions;           ///< each tool's `function` object
  std::vector<std::string> names;                  ///< the functions' names
  ToolChoice choice = ToolChoice::kNone;           ///< absent: auto with tools, none without
  std::string named;                               ///< kNamed: the function
  bool parallel = true;                            ///< parallel_tool_calls

  /// Tools are shown to the model and its reply is parsed for calls.
  bool active() const { return choice != ToolChoice::kNone; }
  /// The reply must be a call (generated under the call grammar).
  bool forced() const { return choice == ToolChoice::kRequired || choice == ToolChoice::kNamed; }
  /// The functions a forced call may name.
  std::vector<nlohmann::json> forced_functions() const;
};

/// Reads `tools`, `tool_choice` and `parallel_tool_calls`. Errors (400) name the parameter: a
/// malformed tool, a duplicate or invalid name, a tool_choice naming an unknown function, or
/// requiring a call without tools.
std::optional<ApiError> read_tools(const nlohmann::json& body, ToolsRequest& out);

/// Validates an assistant message's `tool_calls` (`at` names the message) and returns them as
/// templates expect them: `function.arguments` parsed into an object when it holds JSON.
std::optional<ApiError> read_history_tool_calls(const nlohmann::json& calls, const std::string& at,
                                                nlohmann::json& out);

/// Makes `messages` and the template variables `extra` carry the tools and past calls the way
/// the template (`support`) takes them: the `tools` variable, the system message's `tools`
/// field (Phi-4-mini), or a system message describing them; past calls rendered into the
/// assistant's content when the template ignores `tool_calls`.
void place_tools(const TemplateToolSupport& support, const ToolsRequest& tools,
                 nlohmann::json& messages, nlohmann::json& extra);

}  // namespace mlxla::server
