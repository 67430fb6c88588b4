// Token-level constrained decoding: which tokens may come next under a grammar, and the state
// advanced by the chosen one. A TokenGrammar (grammar + vocabulary + a shared cache of masks
// by parse state) is built once per schema; a Matcher is one sequence's state and is cheap to
// copy (a copy is an independent fork).
#pragma once

#include <cstdint>
#include <memory>
#include <mutex>
#include <span>
#include <string>
#include <unordered_map>
#include <vector>

#include "grammar/grammar.h"
#include "grammar/recognizer.h"
#include "grammar/vocabulary.h"
#include "mlxla/result.h"

namespace mlxla::grammar {

/// A grammar bound to a vocabulary. Thread-safe; shared by every request using the schema.
class TokenGrammar {
 public:
  TokenGrammar(std::shared_ptr<const Grammar> grammar, std::shared_ptr<const Vocabulary> vocabulary,
               size_t cache_entries = kDefaultCacheEntries);

  const Grammar& grammar() const { return *grammar_; }
  const Vocabulary& vocabulary() const { return *vocabulary_; }
  const Recognizer& recognizer() const { return recognizer_; }

  /// The tokens allowed from `state` (EOS ids included exactly when it is accepting): from the
  /// cache when this state was seen before, else one trie walk (then cached).
  std::shared_ptr<const TokenMask> allowed(const ParseState& state) const;
  /// The same without the cache: what a cache miss costs (for benchmarks and tests).
  TokenMask compute(const ParseState& state) const;
  /// The mask by a walk of the whole trie, never the string-body shortcut (tests compare).
  TokenMask compute_by_walk(const ParseState& state) const;

  /// Masks of this many distinct parse states are kept (16 KiB each at 128k tokens).
  static constexpr size_t kDefaultCacheEntries = 512;

 private:
  void string_body_mask(const ParseState& state, const StringBody& body, TokenMask& mask) const;

  std::shared_ptr<const Grammar> grammar_;
  std::shared_ptr<const Vocabulary> vocabulary_;
  Recognizer recognizer_;
  size_t cache_entries_;
  mutable std::mutex mutex_;
  mutable std::unordered_map<std::string, std::shared_ptr<const TokenMask>> cache_;
};

/// One sequence's position in the grammar.
class Matcher {
 public:
  explicit Matcher(std::shared_ptr<const TokenGrammar> grammar);

  /// The tokens that may come next. Never empty: when the document is complete only EOS ids
  /// (and bounded whitespace) remain; should no token be allowed otherwise, EOS ids are.
  const TokenMask& allowed();
  bool is_allowed(int32_t token);
  /// Sets the logits of disallowed tokens to -infinity (ids beyond `logits` are ignored).
  void mask_logits(std::span<float> logits);
  /// Advances past `token`; an error naming it when the grammar does not allow it here.
  Status accept(int32_t token);
  /// The text so far is a complete document (EOS is allowed).
  bool accepting() const;
  /// An EOS token was accepted: the document is over.
  bool finished() const { return finished_; }

 private:
  std::shared_ptr<const TokenGrammar> grammar_;
  ParseState state_;
  std::shared_ptr<const TokenMask> mask_;  // for state_, null until asked for
  bool finished_ = false;
};

}  // namespace mlxla::grammar
