// OpenAI's `response_format` (json_object, json_schema) parsed into a compiled grammar, and the
// server-wide cache that binds grammars to the tokenizer's vocabulary for constrained sampling.
#pragma once

#include <list>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>

#include <nlohmann/json.hpp>

#include "engine/sampler.h"
#include "grammar/matcher.h"
#include "tokenizer/tokenizer.h"

namespace mlxla::server {

struct ApiError;

/// What `response_format` asks for: nothing (text), or a grammar and a key naming it.
struct ResponseFormat {
  std::shared_ptr<const grammar::Grammar> grammar;  ///< null: free text
  std::string key;  ///< "json_object" or the schema's canonical text (the cache key)
  /// Tokens made only of whitespace are not allowed either (JSON never needs them): used for
  /// forced tool calls, so a small model cannot spend its tokens on indentation.
  bool compact = false;
};

/// Parses `response_format` of a request body (absent or {"type":"text"}: free text). A malformed
/// field or a schema the grammar cannot compile is a 400 naming the parameter and the feature.
std::optional<ApiError> read_response_format(const nlohmann::json& body, ResponseFormat& out);

/// Grammars bound to the server's vocabulary, the most recent kCapacity kept, so requests
/// with the same schema share one mask cache. The vocabulary trie is built on first use.
class GrammarCache {
 public:
  /// `tokenizer` may be null (an engine without one): then no grammar can be bound.
  explicit GrammarCache(const tokenizer::Tokenizer* tokenizer) : tokenizer_(tokenizer) {}
  /// A factory of per-sequence constraints for `format` (which must hold a grammar); null
  /// without a tokenizer.
  std::shared_ptr<const engine::TokenConstraintFactory> constraint(const ResponseFormat& format);

  static constexpr size_t kCapacity = 32;

 private:
  const tokenizer::Tokenizer* tokenizer_;
  std::mutex mutex_;
  std::shared_ptr<const grammar::Vocabulary> vocabulary_;
  std::shared_ptr<const std::vector<int32_t>> whitespace_tokens_;  // built with vocabulary_
  std::list<std::string> order_;                                   // most recently used first
  std::unordered_map<std::string, std::shared_ptr<const grammar::TokenGrammar>> grammars_;
};

}  // namespace mlxla::server
