// ReplyAssembler and merge_logprobs (see reply_assembler.h).
#include "server/reply_assembler.h"

#include <algorithm>
#include <random>

namespace mlxla::server {
namespace {

using nlohmann::json;

uint64_t random_bits() {
  std::random_device device;
  return (static_cast<uint64_t>(device()) << 32) ^ device();
}

}  // namespace

ReplyAssembler::ReplyAssembler(const ParsedRequest& request, const PreparedPrompt& prompt,
                               const tokenizer::Tokenizer* tok)
    : format_(prompt.tools.format),
      parallel_(request.tools.parallel),
      stream_(ReasoningSplitter(prompt.reasoning, prompt.thinking_open),
              request.tools.active() ? std::optional<ToolCallStream>(
                                           std::in_place, prompt.tools.format, request.tools.names)
                                     : std::nullopt) {
  // A forced call's prefix ends the prompt; the splitter sees it as the reply's start. Should
  // the call fail to parse (cut by max_tokens), the prefix is not returned as content.
  if (request.tools.forced()) {
    forced_prefix_ = forced_call_prefix(format_);
    (void)stream_.push(forced_prefix_);
  }
  if (request.logprobs >= 0 && tok != nullptr)
    logprobs_.emplace(*tok, request.endpoint == Endpoint::kChat);
}

ReplyParts ReplyAssembler::add(const engine::StreamEvent& event) {
  ReplyParts out;
  ReplyDelta delta = stream_.push(event.text);
  if (event.done) {
    ReplyDelta rest = stream_.finish();
    delta.reasoning += rest.reasoning;
    delta.content += rest.content;
    delta.calls = std::move(rest.calls);
    if (delta.calls.empty() && !forced_prefix_.empty() &&
        delta.content.rfind(forced_prefix_, 0) == 0)
      delta.content.erase(0, forced_prefix_.size());
  }
  out.content = std::move(delta.content);
  out.reasoning = std::move(delta.reasoning);
  out.calls = std::move(delta.calls);
  // parallel_tool_calls: false keeps the first call the model wrote and drops the rest (the
  // text after a call is not content either way).
  if (!parallel_) out.calls.resize(std::min(out.calls.size(), calls_ == 0 ? size_t{1} : 0));
  for (ToolCall& call : out.calls)
    call.id = make_tool_call_id(format_, random_bits(), random_bits());
  out.first_call_index = calls_;
  calls_ += out.calls.size();
  if (logprobs_) {
    size_t n = event.logprobs.size();
    if (event.done && event.finish == engine::FinishReason::kEos && n > 0) --n;  // the EOS token
    for (size_t i = 0; i < n; ++i) logprobs_->add(event.logprobs[i]);
    out.logprobs = logprobs_->take();
  }
  return out;
}

/// The logprobs object of a whole reply from the pieces taken event by event (null when the
/// request did not ask; an empty list when it did and no token was kept).
json merge_logprobs(const std::vector<json>& pieces, Endpoint endpoint, bool requested) {
  if (!requested) return nullptr;
  if (endpoint == Endpoint::kChat) {
    json content = json::array();
    for (const json& p : pieces)
      for (const json& entry : p["content"]) content.push_back(entry);
    return json{{"content", std::move(content)}, {"refusal", nullptr}};
  }
  json out{{"tokens", json::array()},
           {"token_logprobs", json::array()},
           {"top_logprobs", json::array()},
           {"text_offset", json::array()}};
  for (const json& p : pieces)
    for (const char* key : {"tokens", "token_logprobs", "top_logprobs", "text_offset"})
      for (const json& v : p[key]) out[key].push_back(v);
  return out;
}

}  // namespace mlxla::server
