// The OpenAI wire format: request bodies of /v1/chat/completions and /v1/completions parsed and
// validated into engine requests, and the response, stream-chunk and error objects built back.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include <nlohmann/json.hpp>

#include "engine/batch_engine.h"
#include "server/response_format.h"
#include "server/tool_request.h"

namespace mlxla::server {

enum class Endpoint : uint8_t { kChat, kCompletion };

/// An error as OpenAI returns it: an HTTP status and {"error": {message, type, param, code}}.
struct ApiError {
  int status = 400;
  std::string message;
  std::string type = "invalid_request_error";
  std::string param;  ///< empty: null
  std::string code;   ///< empty: null
};
nlohmann::json to_json(const ApiError& error);

/// A parsed request; the prompt is still text (chat messages or a completion prompt) unless the
/// client sent token ids.
struct ParsedRequest {
  Endpoint endpoint = Endpoint::kChat;
  std::string model;
  bool stream = false;
  bool include_usage = false;  ///< stream_options.include_usage
  nlohmann::json messages;     ///< chat: the messages, content flattened to strings
  /// chat: `chat_template_kwargs`, extra template variables (an object; empty when absent).
  nlohmann::json template_kwargs = nlohmann::json::object();
  std::string prompt;                              ///< completion: the prompt text
  std::optional<std::vector<int32_t>> prompt_ids;  ///< completion: a prompt given as token ids
  std::optional<int64_t> max_tokens;               ///< absent: the endpoint's default
  engine::SamplingParams sampling;
  std::vector<std::string> stop;
  bool ignore_eos = false;  ///< extension (llama.cpp's name)
  bool seed_given = false;  ///< false: the server draws a fresh seed (reported in X-Mlxla-Seed)
  ResponseFormat response_format;  ///< json_object / json_schema: a grammar constrains the output
  ToolsRequest tools;              ///< chat: tools, tool_choice, parallel_tool_calls
  /// -1: no logprobs; else the alternatives per token (chat: logprobs true + top_logprobs,
  /// default 0; completions: the legacy integer `logprobs`).
  int32_t logprobs = -1;
};

/// Parses and validates `body` for `endpoint`. Malformed JSON, wrong types, out-of-range values
/// and unsupported options (n != 1, logprobs, ...) are 400 errors naming the field.
std::variant<ParsedRequest, ApiError> parse_request(Endpoint endpoint, const std::string& body);

/// What a response needs besides the engine's output.
struct ResponseContext {
  std::string id;     ///< "chatcmpl-..." / "cmpl-..."
  std::string model;  ///< echoed model name
  int64_t created = 0;
};

/// OpenAI's finish_reason for an engine finish ("stop", "length"; cancelled/error have none).
std::string finish_reason_string(engine::FinishReason reason);
/// prompt_tokens, completion_tokens, total_tokens and prompt_tokens_details.cached_tokens (the
/// prompt tokens the prefix cache supplied).
nlohmann::json usage_json(const engine::Usage& usage);

/// A reply's parts as the response carries them.
struct ReplyParts {
  std::string content;    ///< chat: message.content / delta.content; completions: text
  std::string reasoning;  ///< chat: reasoning_content (omitted when empty)
  std::vector<ToolCall> calls;
  size_t first_call_index = 0;        ///< chunks: the index of calls[0] in the reply
  nlohmann::json logprobs = nullptr;  ///< the choice's logprobs object, or null
};

/// "tool_calls" when the reply has calls, else finish_reason_string(finish).
std::string reply_finish_reason(const ReplyParts& reply, engine::FinishReason finish);

/// The whole (non-streaming) response: chat.completion or text_completion. A chat message with
/// calls has content null when it has no text.
nlohmann::json completion_json(Endpoint endpoint, const ResponseContext& ctx,
                               const ReplyParts& reply, const std::string& finish_reason,
                               const engine::Usage& usage);

/// One stream chunk: chat.completion.chunk (delta) or text_completion. `role_only` makes the
/// first chat chunk (delta {role: assistant, content: ""}); `finish_reason` the last (empty
/// delta). `with_usage_null` adds "usage": null, as OpenAI does when include_usage is set.
nlohmann::json chunk_json(Endpoint endpoint, const ResponseContext& ctx, const ReplyParts& piece,
                          const std::optional<std::string>& finish_reason, bool role_only,
                          bool with_usage_null);

/// The extra last chunk of a stream with include_usage: empty choices and the usage.
nlohmann::json usage_chunk_json(Endpoint endpoint, const ResponseContext& ctx,
                                const engine::Usage& usage);

/// "data: <json>\n\n".
std::string sse_event(const nlohmann::json& payload);

}  // namespace mlxla::server
