// Added-token extraction: a byte trie gives leftmost-longest matches, then the lstrip / rstrip /
// single_word rules of Hugging Face's AddedVocabulary decide what each match covers.
#include "tokenizer/added_vocabulary.h"

#include <algorithm>

#include "tokenizer/utf8.h"

namespace mlxla::tokenizer {
namespace {

// Code point ending at `end` (exclusive) / starting at `begin`; U+FFFD for broken bytes.
char32_t last_char(std::string_view text, size_t end) {
  size_t start = end - 1;
  while (start > 0 && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) --start;
  const size_t length = utf8_valid_length(text, start);
  return length == 0 ? kReplacementChar : utf8_decode_at(text, start, length);
}
char32_t first_char(std::string_view text, size_t begin) {
  const size_t length = utf8_valid_length(text, begin);
  return length == 0 ? kReplacementChar : utf8_decode_at(text, begin, length);
}

// Word characters for single_word: ASCII alphanumerics and '_' exactly; beyond ASCII, any
// non-whitespace character (an approximation of Unicode \w, see docs/TOKENIZER.md).
bool is_word_char(char32_t cp) {
  if (cp < 0x80)
    return (cp >= '0' && cp <= '9') || (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') ||
           cp == '_';
  return !is_unicode_whitespace(cp);
}

}  // namespace

void AddedVocabulary::Trie::insert(std::string_view key, int32_t token_index) {
  int32_t node = 0;
  for (unsigned char c : key) {
    auto it = nodes[static_cast<size_t>(node)].children.find(c);
    if (it == nodes[static_cast<size_t>(node)].children.end()) {
      nodes.push_back(Node{});
      const auto child = static_cast<int32_t>(nodes.size() - 1);
      nodes[static_cast<size_t>(node)].children.emplace(c, child);
      node = child;
    } else {
      node = it->second;
    }
  }
  nodes[static_cast<size_t>(node)].token_index = token_index;
  first_byte[static_cast<unsigned char>(key.front())] = true;
}

std::pair<int32_t, size_t> AddedVocabulary::Trie::longest_at(std::string_view text,
                                                             size_t pos) const {
  std::pair<int32_t, size_t> best{-1, 0};
  int32_t node = 0;
  for (size_t i = pos; i < text.size(); ++i) {
    const auto& children = nodes[static_cast<size_t>(node)].children;
    auto it = children.find(static_cast<unsigned char>(text[i]));
    if (it == children.end()) break;
    node = it->second;
    if (nodes[static_cast<size_t>(node)].token_index >= 0)
      best = {nodes[static_cast<size_t>(node)].token_index, i + 1 - pos};
  }
  return best;
}

Result<AddedVocabulary> AddedVocabulary::from_json(const Json& json, const Normalizer& normalizer) {
  AddedVocabulary vocab;
  if (json.is_null()) return vocab;
  if (!json.is_array()) return format_error("added_tokens: expected an array");
  for (size_t i = 0; i < json.size(); ++i) {
    const std::string where = "added_tokens[" + std::to_string(i) + "]";
    const Json& entry = json[i];
    AddedToken token;
    MLXLA_ASSIGN_OR_RETURN(long long id, json_int_or(entry, "id", where, -1));
    if (id < 0 || id >= (1LL << 24))
      return format_error(where + ".id: expected an id in [0, 2^24)");
    token.id = static_cast<int32_t>(id);
    MLXLA_ASSIGN_OR_RETURN(token.content, json_string(entry, "content", where));
    MLXLA_ASSIGN_OR_RETURN(token.special, json_bool_or(entry, "special", where, false));
    MLXLA_ASSIGN_OR_RETURN(token.single_word, json_bool_or(entry, "single_word", where, false));
    MLXLA_ASSIGN_OR_RETURN(token.lstrip, json_bool_or(entry, "lstrip", where, false));
    MLXLA_ASSIGN_OR_RETURN(token.rstrip, json_bool_or(entry, "rstrip", where, false));
    MLXLA_ASSIGN_OR_RETURN(token.normalized,
                           json_bool_or(entry, "normalized", where, !token.special));
    if (token.content.empty()) return format_error(where + ".content: empty");
    if (!utf8_is_valid(token.content)) return format_error(where + ".content: invalid UTF-8");
    vocab.by_id_[token.id] = vocab.tokens_.size();
    vocab.tokens_.push_back(std::move(token));
  }
  for (size_t i = 0; i < vocab.tokens_.size(); ++i) {
    const AddedToken& token = vocab.tokens_[i];
    if (token.normalized && !normalizer.empty()) {
      // Normalized tokens are matched in their normalized spelling (e.g. "▁<s>" after Prepend).
      const std::string key = normalizer.normalize(token.content);
      if (!key.empty()) vocab.normalized_trie_.insert(key, static_cast<int32_t>(i));
    } else if (token.normalized) {
      vocab.normalized_trie_.insert(token.content, static_cast<int32_t>(i));
    } else {
      vocab.raw_trie_.insert(token.content, static_cast<int32_t>(i));
    }
  }
  return vocab;
}

const AddedToken* AddedVocabulary::find_by_id(int32_t id) const {
  auto it = by_id_.find(id);
  return it == by_id_.end() ? nullptr : &tokens_[it->second];
}

std::optional<int32_t> AddedVocabulary::find_by_content(std::string_view content) const {
  for (const AddedToken& token : tokens_)
    if (token.content == content) return token.id;
  return std::nullopt;
}

std::vector<AddedVocabulary::Match> AddedVocabulary::find_matches(std::string_view text,
                                                                  const Trie& trie) const {
  std::vector<Match> matches;
  if (trie.nodes.size() == 1) return matches;
  size_t consumed = 0;  // end of the previous match, so matches never overlap
  size_t pos = 0;
  while (pos < text.size()) {
    if (!trie.first_byte[static_cast<unsigned char>(text[pos])]) {
      ++pos;
      continue;
    }
    auto [index, length] = trie.longest_at(text, pos);
    if (index < 0) {
      ++pos;
      continue;
    }
    const AddedToken& token = tokens_[static_cast<size_t>(index)];
    size_t begin = pos, end = pos + length;
    pos = end;
    if (token.single_word) {
      const bool space_before = begin == 0 || !is_word_char(last_char(text, begin));
      const bool space_after = end == text.size() || !is_word_char(first_char(text, end));
      if (!space_before || !space_after) continue;
    }
    if (token.lstrip) {
      while (begin > consumed) {
        size_t start = begin - 1;
        while (start > consumed && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80)
          --start;
        if (!is_unicode_whitespace(first_char(text, start))) break;
        begin = start;
      }
    }
    if (token.rstrip) {
      while (end < text.size()) {
        const size_t char_length = std::max<size_t>(1, utf8_valid_length(text, end));
        if (!is_unicode_whitespace(first_char(text, end))) break;
        end += char_length;
      }
      pos = end;
    }
    matches.push_back({index, begin, end});
    consumed = end;
  }
  return matches;
}

void AddedVocabulary::split_into(std::string_view text, bool at_origin, const Trie& trie,
                                 bool normalize_rest, const Normalizer& normalizer,
                                 std::vector<Segment>& out) const {
  auto emit_text = [&](std::string_view piece, bool piece_at_origin) {
    if (piece.empty()) return;
    if (!normalize_rest) {
      out.push_back(Segment{std::string(piece), -1, piece_at_origin});
      return;
    }
    const std::string normalized = normalizer.normalize(piece);
    split_into(normalized, piece_at_origin, normalized_trie_, false, normalizer, out);
  };
  size_t last = 0;
  for (const Match& match : find_matches(text, trie)) {
    emit_text(text.substr(last, match.begin - last), at_origin && last == 0);
    out.push_back(
        Segment{std::string(), tokens_[static_cast<size_t>(match.token_index)].id, false});
    last = match.end;
  }
  emit_text(text.substr(last), at_origin && last == 0);
}

std::vector<Segment> AddedVocabulary::extract_and_normalize(std::string_view text,
                                                            const Normalizer& normalizer) const {
  std::vector<Segment> segments;
  split_into(text, true, raw_trie_, true, normalizer, segments);
  return segments;
}

}  // namespace mlxla::tokenizer
