// Conversation: renders the history each turn and picks the prompt tokens so that the cache is
// reused. The exact tokenization of the rendered text is preferred; when it does not start with
// the cached tokens (a reply whose ids re-tokenize differently, e.g. byte-fallback pieces), the
// previous prompt and reply are kept as they are and only the text after them is tokenized.
#include "engine/conversation.h"

#include <algorithm>

#include "chat/value.h"

namespace mlxla::engine {

Conversation::Conversation(Session& session, chat::Template tmpl, std::string system)
    : session_(&session), template_(std::move(tmpl)), system_(std::move(system)) {
  reset();
}

Result<Conversation> Conversation::create(Session& session, const std::string& template_source,
                                          std::string system) {
  const tokenizer::Tokenizer* tok = session.tokenizer();
  if (tok == nullptr)
    return not_found("chat needs a tokenizer (the model directory has no tokenizer.json)");
  const std::string& source = template_source.empty() ? tok->chat_template() : template_source;
  if (source.empty())
    return not_found(
        "the tokenizer has no chat_template (tokenizer_config.json); pass a template file");
  MLXLA_ASSIGN_OR_RETURN(chat::Template tmpl, chat::Template::parse(source));
  return Conversation(session, std::move(tmpl), std::move(system));
}

void Conversation::reset() {
  messages_ = nlohmann::json::array();
  if (!system_.empty()) messages_.push_back({{"role", "system"}, {"content", system_}});
  cached_text_.clear();
  cached_ids_.clear();
  last_reuse_ = PromptReuse::kNone;
  session_->reset();
}

Result<std::string> Conversation::render() const {
  const tokenizer::Tokenizer& tok = *session_->tokenizer();
  chat::Value context = chat::Value::object();
  chat::Object& fields = context.as_object();
  fields.set("messages", chat::Value::from_json(messages_));
  fields.set("add_generation_prompt", chat::Value::boolean(true));
  fields.set("bos_token", chat::Value::from_json(tok.bos_token()));
  fields.set("eos_token", chat::Value::from_json(tok.eos_token()));
  if (template_kwargs_.is_object()) {
    for (const auto& [key, value] : template_kwargs_.items()) {
      if (key != "messages" && key != "add_generation_prompt")
        fields.set(key, chat::Value::from_json(value));
    }
  }
  return template_.render(context);
}

Result<Generation> Conversation::turn(const std::string& user_text, const SamplingParams& sampling,
                                      const TurnOptions& options, const TextCallback& on_text) {
  const tokenizer::Tokenizer& tok = *session_->tokenizer();
  messages_.push_back({{"role", "user"}, {"content", user_text}});
  auto fail = [&](const Error& error) -> Result<Generation> {
    messages_.erase(messages_.size() - 1);
    cached_text_.clear();
    cached_ids_.clear();
    session_->reset();
    return error;
  };
  auto rendered = render();
  if (!rendered.ok()) return fail(rendered.error());

  GenerationRequest request;
  request.prompt = tok.encode(*rendered, false);
  request.max_tokens = options.max_tokens;
  request.stop = options.stop;
  const std::vector<int32_t>& cached = session_->tokens();
  const bool token_prefix = !cached.empty() && cached.size() <= request.prompt.size() &&
                            std::equal(cached.begin(), cached.end(), request.prompt.begin());
  last_reuse_ = token_prefix ? PromptReuse::kTokens : PromptReuse::kNone;
  if (!token_prefix && !cached_ids_.empty() && rendered->size() > cached_text_.size() &&
      rendered->compare(0, cached_text_.size(), cached_text_) == 0) {
    std::vector<int32_t> prompt = cached_ids_;
    const std::vector<int32_t> rest =
        tok.encode(std::string_view(*rendered).substr(cached_text_.size()), false);
    prompt.insert(prompt.end(), rest.begin(), rest.end());
    request.prompt = std::move(prompt);
    last_reuse_ = PromptReuse::kText;
  }
  if (request.prompt.empty())
    return fail(invalid_argument("the rendered conversation has no tokens"));

  auto g = session_->generate(request, sampling, on_text);
  if (!g.ok()) return fail(g.error());
  messages_.push_back({{"role", "assistant"}, {"content", g->text}});
  // The prompt and reply tokens spell exactly the prompt text + reply text unless a stop string
  // cut the text short of the tokens.
  if (g->finish != FinishReason::kStopString) {
    cached_text_ = *rendered + g->text;
    cached_ids_ = request.prompt;
    cached_ids_.insert(cached_ids_.end(), g->tokens.begin(), g->tokens.end());
  } else {
    cached_text_.clear();
    cached_ids_.clear();
  }
  return g;
}

}  // namespace mlxla::engine
