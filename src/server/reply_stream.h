// A generated reply split into its parts as it streams: reasoning (<think> ... </think>, Qwen3
// and the DeepSeek-R1 distills), content, and tool calls (tool_calls.h). Non-streaming replies
// go through the same splitter, so both kinds of response carry the same parts.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "server/tool_calls.h"

namespace mlxla::server {

/// True when the rendered prompt leaves the model inside a thinking block: it ends with
/// "<think>" (and whitespace), as DeepSeek-R1 distills' templates and Qwen3's forced-thinking
/// variants write it.
bool prompt_opens_thinking(std::string_view prompt);

/// Separates <think> ... </think> from the answer. Enabled when the template knows the tags;
/// the block is either already open (the prompt opened it) or opened by the reply's first
/// non-space text. Whitespace around the block belongs to neither part.
class ReasoningSplitter {
 public:
  ReasoningSplitter(bool enabled, bool open);
  struct Parts {
    std::string reasoning;
    std::string content;
  };
  Parts push(std::string_view text);
  Parts finish();

 private:
  enum class State : uint8_t { kDetect, kThinking, kAfterThinking, kContent };
  State state_;
  bool reasoning_started_ = false;  // a non-space reasoning byte was emitted
  std::string held_;
};

/// What one step of the reply adds.
struct ReplyDelta {
  std::string reasoning;
  std::string content;
  std::vector<ToolCall> calls;  ///< only from finish()
  bool empty() const { return reasoning.empty() && content.empty() && calls.empty(); }
};

/// Reasoning first, then the content through the tool-call splitter when tools are active.
class ReplyStream {
 public:
  ReplyStream(ReasoningSplitter reasoning, std::optional<ToolCallStream> tools)
      : reasoning_(std::move(reasoning)), tools_(std::move(tools)) {}
  ReplyDelta push(std::string_view text);
  ReplyDelta finish();

 private:
  ReplyDelta route(ReasoningSplitter::Parts parts);
  ReasoningSplitter reasoning_;
  std::optional<ToolCallStream> tools_;
};

}  // namespace mlxla::server
