// The BPE model of tokenizer.json: vocabulary, ranked merges, byte fallback, unknown-token
// fusion, ignore_merges, and a bounded word cache. Merging uses a rank-ordered heap over a
// linked list of symbols, O(n log n) per word.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <shared_mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "tokenizer/json_fields.h"

namespace mlxla::tokenizer {

/// Hash that lets unordered_map<std::string, ...> be queried with a string_view.
struct StringHash {
  using is_transparent = void;
  size_t operator()(std::string_view text) const { return std::hash<std::string_view>{}(text); }
};
using StringIdMap = std::unordered_map<std::string, int32_t, StringHash, std::equal_to<>>;

class BpeModel {
 public:
  /// Parses tokenizer.json's `model` object (type "BPE").
  /// `notes` collects merges that had to be skipped.
  static Result<BpeModel> from_json(const Json& json, std::vector<std::string>& notes);

  /// Appends the ids for one pre-tokenized word.
  void tokenize(std::string_view word, std::vector<int32_t>& out) const;

  std::optional<int32_t> token_to_id(std::string_view token) const;
  /// The token string, or nullptr for ids the vocabulary does not define.
  const std::string* id_to_token(int32_t id) const;
  /// One past the largest id in the vocabulary.
  size_t size() const { return id_to_token_.size(); }
  bool byte_fallback() const { return byte_fallback_; }

 private:
  struct Merge {
    int32_t rank;
    int32_t new_id;
  };
  struct Cache {
    std::shared_mutex mutex;
    std::unordered_map<std::string, std::vector<int32_t>, StringHash, std::equal_to<>> words;
  };
  static uint64_t pair_key(int32_t a, int32_t b) {
    return (static_cast<uint64_t>(static_cast<uint32_t>(a)) << 32) | static_cast<uint32_t>(b);
  }
  void tokenize_uncached(std::string_view word, std::vector<int32_t>& out) const;
  void initial_symbols(std::string_view word, std::vector<int32_t>& ids) const;

  StringIdMap vocab_;
  std::vector<std::string> id_to_token_;
  std::vector<bool> id_defined_;
  std::unordered_map<uint64_t, Merge> merges_;
  std::optional<int32_t> unk_id_;
  bool fuse_unk_ = false;
  bool byte_fallback_ = false;
  bool ignore_merges_ = false;
  std::string continuing_subword_prefix_;
  std::string end_of_word_suffix_;
  std::vector<int32_t> byte_ids_;  // id of "<0xXX>" per byte, -1 when absent
  std::unique_ptr<Cache> cache_ = std::make_unique<Cache>();
};

}  // namespace mlxla::tokenizer
