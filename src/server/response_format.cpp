// response_format parsing and the grammar constraint the sampler applies (see response_format.h).
#include "server/response_format.h"

#include <algorithm>
#include <limits>
#include <utility>
#include <vector>

#include "grammar/tokenizer_vocabulary.h"
#include "server/openai_protocol.h"

namespace mlxla::server {
namespace {

using nlohmann::json;

ApiError bad(std::string message, std::string param) {
  return ApiError{400, std::move(message), "invalid_request_error", std::move(param), {}};
}

/// One sequence's grammar state, as the sampler sees it.
class GrammarConstraint final : public engine::TokenConstraint {
 public:
  GrammarConstraint(std::shared_ptr<const grammar::TokenGrammar> grammar,
                    std::shared_ptr<const std::vector<int32_t>> banned)
      : matcher_(std::move(grammar)), banned_(std::move(banned)) {}
  void mask_logits(std::span<float> logits) override {
    matcher_.mask_logits(logits);
    if (!banned_) return;
    // Whitespace is never required between JSON tokens, but inside a string it may be the only
    // way on (an enum value "New York" on a SentencePiece vocabulary whose space is the bare
    // "▁" token, with no "▁Y..." piece). The matcher cannot say whether it is inside a string,
    // so the ban is lifted for any step where it would leave no token allowed.
    constexpr float kBanned = -std::numeric_limits<float>::infinity();
    lifted_.clear();
    for (int32_t id : *banned_) {
      const auto i = static_cast<size_t>(id);
      if (i >= logits.size() || logits[i] == kBanned) continue;
      lifted_.emplace_back(i, logits[i]);
      logits[i] = kBanned;
    }
    if (lifted_.empty() ||
        std::any_of(logits.begin(), logits.end(), [&](float v) { return v != kBanned; }))
      return;
    for (const auto& [i, value] : lifted_) logits[i] = value;
  }
  // The token came from the mask, so accept() cannot refuse it; were it ever to, the state
  // stays where it was and the next mask still keeps the output inside the grammar.
  void accept(int32_t token) override { (void)matcher_.accept(token); }

 private:
  grammar::Matcher matcher_;
  std::shared_ptr<const std::vector<int32_t>> banned_;
  std::vector<std::pair<size_t, float>> lifted_;  // this step's banned logits, kept to restore
};

class GrammarConstraintFactory final : public engine::TokenConstraintFactory {
 public:
  GrammarConstraintFactory(std::shared_ptr<const grammar::TokenGrammar> grammar,
                           std::shared_ptr<const std::vector<int32_t>> banned)
      : grammar_(std::move(grammar)), banned_(std::move(banned)) {}
  std::unique_ptr<engine::TokenConstraint> create() const override {
    return std::make_unique<GrammarConstraint>(grammar_, banned_);
  }

 private:
  std::shared_ptr<const grammar::TokenGrammar> grammar_;
  std::shared_ptr<const std::vector<int32_t>> banned_;
};

/// Ids of the tokens whose bytes are all JSON whitespace.
std::shared_ptr<const std::vector<int32_t>> whitespace_tokens(
    const grammar::Vocabulary& vocabulary) {
  auto out = std::make_shared<std::vector<int32_t>>();
  for (size_t id = 0; id < vocabulary.size(); ++id) {
    const std::optional<std::string>& bytes = vocabulary.bytes(static_cast<int32_t>(id));
    if (bytes && !bytes->empty() && bytes->find_first_not_of(" \t\r\n") == std::string::npos)
      out->push_back(static_cast<int32_t>(id));
  }
  return out;
}

bool valid_schema_name(const std::string& name) {
  return !name.empty() && name.size() <= 64 && std::all_of(name.begin(), name.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
           c == '-';
  });
}

}  // namespace

std::optional<ApiError> read_response_format(const json& body, ResponseFormat& out) {
  auto it = body.find("response_format");
  if (it == body.end() || it->is_null()) return std::nullopt;
  const json& format = *it;
  if (!format.is_object() || !format.contains("type") || !format["type"].is_string())
    return bad("'response_format' must be an object with a string 'type'", "response_format");
  const std::string type = format["type"].get<std::string>();
  if (type == "text") return std::nullopt;
  if (type == "json_object") {
    out.grammar = grammar::Grammar::any_json_object();
    out.key = "json_object";
    return std::nullopt;
  }
  if (type != "json_schema") {
    return bad(
        "'response_format.type' must be 'text', 'json_object' or 'json_schema'; got '" + type + "'",
        "response_format.type");
  }
  auto spec = format.find("json_schema");
  if (spec == format.end() || !spec->is_object())
    return bad("'response_format.json_schema' must be an object {name, schema, strict}",
               "response_format.json_schema");
  const json* name = spec->contains("name") ? &(*spec)["name"] : nullptr;
  if (name == nullptr || !name->is_string() || !valid_schema_name(name->get<std::string>()))
    return bad("'response_format.json_schema.name' must be 1-64 letters, digits, '_' or '-'",
               "response_format.json_schema.name");
  if (spec->contains("strict") && !(*spec)["strict"].is_null() && !(*spec)["strict"].is_boolean())
    return bad("'response_format.json_schema.strict' must be a boolean",
               "response_format.json_schema.strict");
  if (spec->contains("description") && !(*spec)["description"].is_string())
    return bad("'response_format.json_schema.description' must be a string",
               "response_format.json_schema.description");
  auto schema = spec->find("schema");
  if (schema == spec->end() || !(schema->is_object() || schema->is_boolean()))
    return bad("'response_format.json_schema.schema' must be a JSON Schema object",
               "response_format.json_schema.schema");
  auto compiled = grammar::Grammar::from_json_schema(*schema);
  if (!compiled.ok()) return bad(compiled.error().message(), "response_format.json_schema.schema");
  out.grammar = *compiled;
  out.key = schema->dump();  // object keys are sorted: a canonical text
  return std::nullopt;
}

std::shared_ptr<const engine::TokenConstraintFactory> GrammarCache::constraint(
    const ResponseFormat& format) {
  if (tokenizer_ == nullptr) return nullptr;
  std::shared_ptr<const grammar::TokenGrammar> bound;
  {
    std::lock_guard<std::mutex> lock(mutex_);
    if (!vocabulary_) {
      vocabulary_ = grammar::vocabulary_from_tokenizer(*tokenizer_);
      whitespace_tokens_ = whitespace_tokens(*vocabulary_);
    }
    if (auto found = grammars_.find(format.key); found != grammars_.end()) {
      order_.remove(format.key);
      order_.push_front(format.key);
      bound = found->second;
    } else {
      bound = std::make_shared<const grammar::TokenGrammar>(format.grammar, vocabulary_);
      grammars_.emplace(format.key, bound);
      order_.push_front(format.key);
      if (order_.size() > kCapacity) {
        grammars_.erase(order_.back());
        order_.pop_back();
      }
    }
  }
  return std::make_shared<const GrammarConstraintFactory>(
      std::move(bound), format.compact ? whitespace_tokens_ : nullptr);
}

}  // namespace mlxla::server
