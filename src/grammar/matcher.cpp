// The mask walk: a preorder pass over the vocabulary trie carrying one parse state per depth.
// A byte the grammar refuses skips the node's whole subtree, so structural positions (where a
// few bytes are allowed) cost a few hundred nodes; string bodies, where most tokens fit, cost
// about one recognizer step per trie node, and are what the cache by parse state is for.
#include "grammar/matcher.h"

#include <cmath>
#include <limits>

namespace mlxla::grammar {

TokenGrammar::TokenGrammar(std::shared_ptr<const Grammar> grammar,
                           std::shared_ptr<const Vocabulary> vocabulary, size_t cache_entries)
    : grammar_(std::move(grammar)),
      vocabulary_(std::move(vocabulary)),
      recognizer_(*grammar_),
      cache_entries_(cache_entries) {}

namespace {

/// Calls `allow(id)` for every token of `trie` whose bytes `recognizer` takes from `state`.
template <typename Allow>
void walk(const Trie& trie, const Recognizer& recognizer, const ParseState& state, Allow&& allow) {
  thread_local std::vector<ParseState> levels;
  if (levels.size() < trie.max_depth + 1) levels.resize(trie.max_depth + 1);
  levels[0] = state;
  for (size_t i = 0; i < trie.nodes.size();) {
    const Trie::Node& node = trie.nodes[i];
    ParseState& here = levels[node.depth];
    recognizer.advance(levels[node.depth - 1], node.byte, here);
    if (here.empty()) {
      i = node.subtree_end;
      continue;
    }
    for (uint32_t t = 0; t < node.token_count; ++t) allow(trie.token_ids[node.first_token + t]);
    ++i;
  }
}

void mask_or(TokenMask& mask, const TokenMask& other) {
  for (size_t w = 0; w < mask.size(); ++w) mask[w] |= other[w];
}

}  // namespace

void TokenGrammar::string_body_mask(const ParseState& state, const StringBody& body,
                                    TokenMask& mask) const {
  const Vocabulary& vocab = *vocabulary_;
  const uint32_t room = body.room;
  constexpr uint32_t kChars = Vocabulary::kContentChars;
  // Tokens that stay inside the string: precomputed sets by character count. A token ending
  // inside a character needs room for that character too.
  mask_or(mask, vocab.content_up_to(std::min(room, kChars)));
  if (room >= 1) mask_or(mask, vocab.partial_up_to(std::min(room - 1, kChars)));
  for (const int32_t id : vocab.long_content_tokens()) {
    const StringScan& scan = vocab.string_scan(id);
    if (scan.chars + (scan.end_sub != 0 ? 1u : 0u) <= room) mask_set(mask, id);
  }
  // Tokens that close the string: what follows the quote is walked in a trie of those tails.
  if (body.can_close) {
    walk(vocab.quote_trie(), recognizer_, state, [&](int32_t id) {
      if (vocab.string_scan(id).chars <= room) mask_set(mask, id);
    });
    return;
  }
  // minLength not reached yet: whether the quote may close depends on each token's own count.
  for (const int32_t id : vocab.quote_tokens()) {
    const StringScan& scan = vocab.string_scan(id);
    if (scan.chars > room) continue;
    ParseState copy = state;
    recognizer_.count_characters(copy, scan.chars);
    if (recognizer_.advance_bytes(copy, std::string_view(*vocab.bytes(id)).substr(scan.length)))
      mask_set(mask, id);
  }
}

TokenMask TokenGrammar::compute(const ParseState& state) const {
  const Vocabulary& vocab = *vocabulary_;
  TokenMask mask((vocab.size() + 63) / 64, 0);
  if (const auto body = recognizer_.string_body(state)) {
    string_body_mask(state, *body, mask);
  } else {
    walk(vocab.trie(), recognizer_, state, [&](int32_t id) { mask_set(mask, id); });
  }
  bool any = false;
  for (const uint64_t word : mask) any = any || word != 0;
  if (!any || recognizer_.accepting(state)) {
    for (const int32_t eos : vocab.eos_ids()) mask_set(mask, eos);
  }
  return mask;
}

TokenMask TokenGrammar::compute_by_walk(const ParseState& state) const {
  const Vocabulary& vocab = *vocabulary_;
  TokenMask mask((vocab.size() + 63) / 64, 0);
  walk(vocab.trie(), recognizer_, state, [&](int32_t id) { mask_set(mask, id); });
  if (recognizer_.accepting(state))
    for (const int32_t eos : vocab.eos_ids()) mask_set(mask, eos);
  return mask;
}

std::shared_ptr<const TokenMask> TokenGrammar::allowed(const ParseState& state) const {
  std::string key;
  state.append_key(key);
  {
    std::lock_guard<std::mutex> lock(mutex_);
    if (auto found = cache_.find(key); found != cache_.end()) return found->second;
  }
  auto mask = std::make_shared<const TokenMask>(compute(state));
  std::lock_guard<std::mutex> lock(mutex_);
  if (cache_.size() >= cache_entries_) cache_.clear();  // a new phase of generation: start over
  cache_.emplace(std::move(key), mask);
  return mask;
}

Matcher::Matcher(std::shared_ptr<const TokenGrammar> grammar)
    : grammar_(std::move(grammar)), state_(grammar_->recognizer().initial()) {}

const TokenMask& Matcher::allowed() {
  if (!mask_) mask_ = grammar_->allowed(state_);
  return *mask_;
}

bool Matcher::is_allowed(int32_t token) {
  if (token < 0 || static_cast<size_t>(token) >= grammar_->vocabulary().size()) return false;
  return mask_test(allowed(), token);
}

void Matcher::mask_logits(std::span<float> logits) {
  const TokenMask& mask = allowed();
  const size_t n = std::min(logits.size(), grammar_->vocabulary().size());
  constexpr float kMinus = -std::numeric_limits<float>::infinity();
  for (size_t word = 0; word * 64 < n; ++word) {
    const uint64_t bits = mask[word];
    const size_t end = std::min(n, word * 64 + 64);
    if (bits == ~uint64_t{0}) continue;
    for (size_t i = word * 64; i < end; ++i)
      if (!((bits >> (i & 63)) & 1)) logits[i] = kMinus;
  }
  for (size_t i = n; i < logits.size(); ++i) logits[i] = kMinus;
}

Status Matcher::accept(int32_t token) {
  if (finished_)
    return invalid_argument("grammar: token " + std::to_string(token) +
                            " after the end of the document");
  if (!is_allowed(token))
    return invalid_argument("grammar: token " + std::to_string(token) + " is not allowed here");
  const Vocabulary& vocab = grammar_->vocabulary();
  mask_.reset();
  if (vocab.is_eos(token)) {
    finished_ = true;
    return Status::Ok();
  }
  if (!grammar_->recognizer().advance_bytes(state_, *vocab.bytes(token)))
    return internal_error("grammar: token " + std::to_string(token) +
                          " was allowed but its bytes are not");
  return Status::Ok();
}

bool Matcher::accepting() const {
  return grammar_->recognizer().accepting(state_);
}

}  // namespace mlxla::grammar
