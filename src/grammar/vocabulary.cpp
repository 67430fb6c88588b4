// Vocabulary trie construction (sort the byte strings, emit one node per byte not shared with
// the previous string) and the per-token string scans behind the string-body fast path.
#include "grammar/vocabulary.h"

#include <algorithm>

#include "grammar/recognizer.h"

namespace mlxla::grammar {

Trie Trie::build(std::vector<std::pair<std::string_view, int32_t>> entries) {
  std::sort(entries.begin(), entries.end());
  Trie trie;
  std::vector<uint32_t> open;  // node index per depth along the current path
  std::string_view previous;
  const auto close_to = [&](size_t depth) {
    while (open.size() > depth) {
      trie.nodes[open.back()].subtree_end = static_cast<uint32_t>(trie.nodes.size());
      open.pop_back();
    }
  };
  for (const auto& [text, id] : entries) {
    size_t common = 0;
    const size_t limit = std::min(previous.size(), text.size());
    while (common < limit && previous[common] == text[common]) ++common;
    close_to(common);
    for (size_t d = common; d < text.size(); ++d) {
      open.push_back(static_cast<uint32_t>(trie.nodes.size()));
      trie.nodes.push_back(
          Node{0, 0, 0, static_cast<uint16_t>(d + 1), static_cast<uint8_t>(text[d])});
    }
    // Equal byte strings are adjacent after sorting, so a node's tokens are contiguous.
    Node& end = trie.nodes[open.back()];
    if (end.token_count == 0) end.first_token = static_cast<uint32_t>(trie.token_ids.size());
    ++end.token_count;
    trie.token_ids.push_back(id);
    trie.max_depth = std::max(trie.max_depth, text.size());
    previous = text;
  }
  close_to(0);
  return trie;
}

std::shared_ptr<const Vocabulary> Vocabulary::build(
    std::vector<std::optional<std::string>> token_bytes, std::vector<int32_t> eos_ids) {
  auto vocab = std::make_shared<Vocabulary>();
  vocab->bytes_ = std::move(token_bytes);
  vocab->eos_ids_ = std::move(eos_ids);
  std::erase_if(vocab->eos_ids_, [&](int32_t id) {
    return id < 0 || static_cast<size_t>(id) >= vocab->bytes_.size();
  });
  std::vector<std::pair<std::string_view, int32_t>> entries;
  for (size_t id = 0; id < vocab->bytes_.size(); ++id) {
    auto& b = vocab->bytes_[id];
    // Tokens longer than the trie's 16-bit depth are left out: no vocabulary has such tokens.
    if (b && (b->empty() || b->size() >= 0xFFFF || vocab->is_eos(static_cast<int32_t>(id))))
      b.reset();
    if (b) entries.emplace_back(*b, static_cast<int32_t>(id));
  }
  vocab->trie_ = Trie::build(std::move(entries));
  vocab->scan_strings();
  return vocab;
}

void Vocabulary::scan_strings() {
  const size_t words = (bytes_.size() + 63) / 64;
  scans_.assign(bytes_.size(), StringScan{});
  complete_by_chars_.assign(kContentChars + 1, TokenMask(words, 0));
  partial_by_chars_.assign(kContentChars + 1, TokenMask(words, 0));
  std::vector<std::pair<std::string_view, int32_t>> quoted;
  for (size_t id = 0; id < bytes_.size(); ++id) {
    if (!bytes_[id]) continue;
    const std::string& text = *bytes_[id];
    StringScan& scan = scans_[id];
    uint8_t sub = 0;
    size_t pos = 0;
    uint32_t chars = 0;
    scan.kind = StringScan::kContent;
    for (; pos < text.size(); ++pos) {
      const auto b = static_cast<uint8_t>(text[pos]);
      if (sub == 0 && b == '"') {
        scan.kind = StringScan::kQuote;
        break;
      }
      const StringStep step = string_byte(sub, b);
      if (step == StringStep::kReject) {
        scan.kind = StringScan::kInvalid;
        break;
      }
      if (step == StringStep::kCharacter) ++chars;
    }
    scan.length = static_cast<uint16_t>(pos);
    scan.chars = static_cast<uint16_t>(std::min<uint32_t>(chars, 0xFFFF));
    scan.end_sub = sub;
    const auto token = static_cast<int32_t>(id);
    if (scan.kind == StringScan::kContent) {
      if (chars > kContentChars) {
        long_content_.push_back(token);
      } else {
        auto& sets = sub == 0 ? complete_by_chars_ : partial_by_chars_;
        for (uint32_t k = chars; k <= kContentChars; ++k) mask_set(sets[k], token);
      }
    } else if (scan.kind == StringScan::kQuote) {
      quote_tokens_.push_back(token);
      quoted.emplace_back(std::string_view(text).substr(pos), token);
    }
  }
  quote_trie_ = Trie::build(std::move(quoted));
}

bool Vocabulary::is_eos(int32_t id) const {
  return std::find(eos_ids_.begin(), eos_ids_.end(), id) != eos_ids_.end();
}

}  // namespace mlxla::grammar
