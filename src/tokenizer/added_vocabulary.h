// Added and special tokens (tokenizer.json `added_tokens`): found in the input before the model
// sees it, leftmost-longest, honouring lstrip / rstrip / single_word / normalized / special.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "tokenizer/json_fields.h"
#include "tokenizer/normalizer.h"

namespace mlxla::tokenizer {

/// One entry of `added_tokens`.
struct AddedToken {
  int32_t id = 0;
  std::string content;
  bool single_word = false;
  bool lstrip = false;
  bool rstrip = false;
  bool normalized = false;
  bool special = false;
};

/// A slice of the input after added-token extraction: either an added token or plain text.
struct Segment {
  std::string text;        // the (normalized) text, empty for an added token
  int32_t token_id = -1;   // >= 0 for an added token
  bool at_origin = false;  // starts at offset 0 of the original input
};

class AddedVocabulary {
 public:
  static Result<AddedVocabulary> from_json(const Json& json, const Normalizer& normalizer);

  /// Splits `text` on non-normalized tokens, normalizes the remaining pieces, then splits
  /// those on normalized tokens (Hugging Face's extract_and_normalize).
  std::vector<Segment> extract_and_normalize(std::string_view text,
                                             const Normalizer& normalizer) const;

  const AddedToken* find_by_id(int32_t id) const;
  std::optional<int32_t> find_by_content(std::string_view content) const;
  const std::vector<AddedToken>& tokens() const { return tokens_; }

 private:
  // Byte trie over token texts; node 0 is the root.
  struct Trie {
    struct Node {
      std::unordered_map<unsigned char, int32_t> children;
      int32_t token_index = -1;  // index into tokens_ of a token ending here
    };
    std::vector<Node> nodes{Node{}};
    bool first_byte[256] = {};
    void insert(std::string_view key, int32_t token_index);
    /// Longest token starting at text[pos]: {token_index, length} or {-1, 0}.
    std::pair<int32_t, size_t> longest_at(std::string_view text, size_t pos) const;
  };
  struct Match {
    int32_t token_index;
    size_t begin, end;
  };
  std::vector<Match> find_matches(std::string_view text, const Trie& trie) const;
  void split_into(std::string_view text, bool at_origin, const Trie& trie, bool normalize_rest,
                  const Normalizer& normalizer, std::vector<Segment>& out) const;

  std::vector<AddedToken> tokens_;
  std::unordered_map<int32_t, size_t> by_id_;
  Trie raw_trie_;         // tokens with normalized=false, matched on the raw input
  Trie normalized_trie_;  // tokens with normalized=true, matched on normalized text
};

}  // namespace mlxla::tokenizer
