// From engine events to the parts of an OpenAI response: reasoning, content and tool calls
// (reply_stream.h) with fresh call ids, and the tokens' logprobs (logprobs_json.h).
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "engine/batch_engine.h"
#include "server/logprobs_json.h"
#include "server/openai_protocol.h"
#include "server/reply_stream.h"

namespace mlxla::server {

/// The prompt of a request and what the reply's parsing needs to know about it.
struct PreparedPrompt {
  std::vector<int32_t> ids;
  TemplateToolSupport tools;   ///< the template's tool-call format
  bool reasoning = false;      ///< the template knows <think> blocks
  bool thinking_open = false;  ///< the prompt ends inside one
};

/// Turns engine events into response parts: reasoning, content and tool calls (ReplyStream),
/// and the logprobs of the tokens (the end-of-sequence token that ended the reply excluded).
class ReplyAssembler {
 public:
  ReplyAssembler(const ParsedRequest& request, const PreparedPrompt& prompt,
                 const tokenizer::Tokenizer* tok);
  /// The parts an event adds (the final event: everything left, calls with fresh ids).
  ReplyParts add(const engine::StreamEvent& event);

 private:
  ToolCallFormat format_;
  bool parallel_;  ///< parallel_tool_calls: false returns at most the first call
  std::string forced_prefix_;
  ReplyStream stream_;
  std::optional<LogprobsBuilder> logprobs_;
  size_t calls_ = 0;
};

/// The logprobs object of a whole reply from the pieces add() returned (null when the request
/// did not ask; empty lists when it did and no token was kept).
nlohmann::json merge_logprobs(const std::vector<nlohmann::json>& pieces, Endpoint endpoint,
                              bool requested);

}  // namespace mlxla::server
