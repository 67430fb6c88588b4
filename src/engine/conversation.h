// A multi-turn chat over one Session: the message history, its rendering with the chat template,
// and the KV-cache reuse between turns (only the new turn's tokens are prefilled when possible).
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "chat/template.h"
#include "engine/session.h"

namespace mlxla::engine {

/// How a turn's prompt relates to what the cache already holds.
enum class PromptReuse {
  kNone,    ///< rendered from scratch and prefilled whole
  kTokens,  ///< the full tokenization starts with the cached tokens
  kText,    ///< the rendered text extends the previous prompt + reply: only the rest is tokenized
};

struct TurnOptions {
  int64_t max_tokens = -1;
  std::vector<std::string> stop;
};

class Conversation {
 public:
  /// `template_source` empty: the tokenizer's chat_template. Fails when the session has no
  /// tokenizer or there is no template, or the template does not parse.
  static Result<Conversation> create(Session& session, const std::string& template_source,
                                     std::string system);

  /// Adds `user_text`, generates the reply (streamed to `on_text`) and adds it to the history.
  /// On error the user message is dropped and the cache is reset.
  Result<Generation> turn(const std::string& user_text, const SamplingParams& sampling,
                          const TurnOptions& options, const TextCallback& on_text = {});
  /// Forgets the history (the system message stays) and the cache.
  void reset();
  /// Extra template variables for every later turn (a JSON object, e.g. {"enable_thinking":
  /// false}, as transformers' apply_chat_template(**kwargs)); they override bos_token/eos_token.
  void set_template_kwargs(nlohmann::json kwargs) { template_kwargs_ = std::move(kwargs); }

  const nlohmann::json& messages() const { return messages_; }
  PromptReuse last_reuse() const { return last_reuse_; }

 private:
  Conversation(Session& session, chat::Template tmpl, std::string system);
  Result<std::string> render() const;

  Session* session_;
  chat::Template template_;
  std::string system_;
  nlohmann::json messages_ = nlohmann::json::array();
  nlohmann::json template_kwargs_ = nlohmann::json::object();
  /// The text and the tokens of the previous prompt + reply, when they correspond exactly.
  std::string cached_text_;
  std::vector<int32_t> cached_ids_;
  PromptReuse last_reuse_ = PromptReuse::kNone;
};

}  // namespace mlxla::engine
