// The token vocabulary as the grammar sees it: each token's bytes and a byte trie over them
// (in preorder, with each node's subtree end), so one walk per step visits every token whose
// bytes the grammar can still take and skips a rejected prefix's whole subtree at once. Plus
// what makes a step inside a string body cheap: each token scanned once as string content.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace mlxla::grammar {

/// One bit per token id: bit t of word t / 64.
using TokenMask = std::vector<uint64_t>;

inline bool mask_test(const TokenMask& mask, int32_t id) {
  return (mask[static_cast<size_t>(id) >> 6] >> (static_cast<size_t>(id) & 63)) & 1;
}
inline void mask_set(TokenMask& mask, int32_t id) {
  mask[static_cast<size_t>(id) >> 6] |= uint64_t{1} << (static_cast<size_t>(id) & 63);
}

/// A byte trie over token byte strings, in preorder.
struct Trie {
  struct Node {
    uint32_t subtree_end;  ///< preorder index after this node's subtree
    uint32_t first_token;  ///< into token_ids: tokens whose bytes end here
    uint16_t token_count;
    uint16_t depth;  ///< bytes from the root (1 for the root's children)
    uint8_t byte;
  };
  std::vector<Node> nodes;
  std::vector<int32_t> token_ids;
  size_t max_depth = 0;

  /// Builds the trie of (bytes, id) pairs (bytes non-empty, shorter than 65535).
  static Trie build(std::vector<std::pair<std::string_view, int32_t>> entries);
};

/// How a token reads as the content of a JSON string, starting at a character boundary.
struct StringScan {
  enum Kind : uint8_t {
    kContent,  ///< every byte is string content (`end_sub` != 0: it ends inside a character)
    kQuote,    ///< content, then a closing quote at `length` (the rest is after the string)
    kInvalid,  ///< a byte that cannot be string content (a control byte, a bad escape or UTF-8)
  };
  uint16_t length = 0;  ///< content bytes before the quote / the end
  uint16_t chars = 0;   ///< complete characters in them
  uint8_t end_sub = 0;  ///< string sub-state after them (recognizer.h)
  Kind kind = kInvalid;
};

class Vocabulary {
 public:
  /// `token_bytes[id]`: the bytes token `id` adds to the text mid-sequence; nullopt (special
  /// tokens, unused ids) or empty: never allowed under a grammar. `eos_ids` end the document.
  static std::shared_ptr<const Vocabulary> build(
      std::vector<std::optional<std::string>> token_bytes, std::vector<int32_t> eos_ids);

  size_t size() const { return bytes_.size(); }
  const std::optional<std::string>& bytes(int32_t id) const {
    return bytes_[static_cast<size_t>(id)];
  }
  const std::vector<int32_t>& eos_ids() const { return eos_ids_; }
  bool is_eos(int32_t id) const;
  /// Every usable token.
  const Trie& trie() const { return trie_; }

  /// Characters for which content_up_to() has a precomputed set.
  static constexpr uint32_t kContentChars = 64;
  const StringScan& string_scan(int32_t id) const { return scans_[static_cast<size_t>(id)]; }
  /// Tokens that are all string content, ending at a character boundary with at most `chars`
  /// characters (`chars` <= kContentChars).
  const TokenMask& content_up_to(uint32_t chars) const { return complete_by_chars_[chars]; }
  /// The same for tokens that end inside a character (an escape or a UTF-8 sequence).
  const TokenMask& partial_up_to(uint32_t chars) const { return partial_by_chars_[chars]; }
  /// Content tokens with more than kContentChars characters (few: long runs of spaces).
  const std::vector<int32_t>& long_content_tokens() const { return long_content_; }
  /// The kQuote tokens, keyed by their bytes from the closing quote on.
  const Trie& quote_trie() const { return quote_trie_; }
  /// The kQuote tokens.
  const std::vector<int32_t>& quote_tokens() const { return quote_tokens_; }

 private:
  void scan_strings();

  std::vector<std::optional<std::string>> bytes_;
  std::vector<int32_t> eos_ids_;
  Trie trie_;
  std::vector<StringScan> scans_;
  std::vector<TokenMask> complete_by_chars_, partial_by_chars_;
  std::vector<int32_t> long_content_;
  std::vector<int32_t> quote_tokens_;
  Trie quote_trie_;
};

}  // namespace mlxla::grammar
