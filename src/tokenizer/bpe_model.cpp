// BPE: vocabulary and merges from tokenizer.json, word -> ids with a rank heap.
#include "tokenizer/bpe_model.h"

#include <algorithm>
#include <cstdio>
#include <mutex>
#include <queue>

#include "tokenizer/utf8.h"

namespace mlxla::tokenizer {
namespace {

constexpr int64_t kMaxTokenId = 1 << 24;     // sanity bound on ids read from a file
constexpr size_t kCacheCapacity = 10000;     // words, as in Hugging Face's BPE
constexpr size_t kMaxCachedWordBytes = 256;  // long words are rare and would bloat the cache

}  // namespace

Result<BpeModel> BpeModel::from_json(const Json& json, std::vector<std::string>& notes) {
  const std::string where = "model";
  MLXLA_ASSIGN_OR_RETURN(std::string type, json_string_or(json, "type", where, "BPE"));
  if (type != "BPE")
    return unsupported(where + ".type: model '" + type + "' is not supported (only BPE)");
  BpeModel model;
  if (json.contains("dropout") && !json.at("dropout").is_null() &&
      !(json.at("dropout").is_number() && json.at("dropout").get<double>() == 0.0))
    return unsupported(where + ".dropout: BPE dropout is not supported for inference");
  MLXLA_ASSIGN_OR_RETURN(model.fuse_unk_, json_bool_or(json, "fuse_unk", where, false));
  MLXLA_ASSIGN_OR_RETURN(model.byte_fallback_, json_bool_or(json, "byte_fallback", where, false));
  MLXLA_ASSIGN_OR_RETURN(model.ignore_merges_, json_bool_or(json, "ignore_merges", where, false));
  MLXLA_ASSIGN_OR_RETURN(model.continuing_subword_prefix_,
                         json_string_or(json, "continuing_subword_prefix", where, ""));
  MLXLA_ASSIGN_OR_RETURN(model.end_of_word_suffix_,
                         json_string_or(json, "end_of_word_suffix", where, ""));

  if (!json.contains("vocab") || !json.at("vocab").is_object())
    return format_error(where + ".vocab: expected an object {token: id}");
  const Json& vocab = json.at("vocab");
  model.vocab_.reserve(vocab.size());
  for (auto it = vocab.begin(); it != vocab.end(); ++it) {
    if (!it.value().is_number_integer() || it.value().get<int64_t>() < 0 ||
        it.value().get<int64_t>() >= kMaxTokenId)
      return format_error(where + ".vocab[\"" + it.key() + "\"]: expected an id in [0, 2^24)");
    const auto id = static_cast<int32_t>(it.value().get<int64_t>());
    model.vocab_.insert_or_assign(it.key(), id);
    if (static_cast<size_t>(id) >= model.id_to_token_.size()) {
      model.id_to_token_.resize(static_cast<size_t>(id) + 1);
      model.id_defined_.resize(static_cast<size_t>(id) + 1, false);
    }
    model.id_to_token_[static_cast<size_t>(id)] = it.key();
    model.id_defined_[static_cast<size_t>(id)] = true;
  }

  MLXLA_ASSIGN_OR_RETURN(std::string unk, json_string_or(json, "unk_token", where, ""));
  if (!unk.empty()) {
    auto it = model.vocab_.find(unk);
    if (it == model.vocab_.end())
      return format_error(where + ".unk_token: '" + unk + "' is not in the vocabulary");
    model.unk_id_ = it->second;
  }

  model.byte_ids_.assign(256, -1);
  for (int b = 0; b < 256; ++b) {
    char name[8];
    std::snprintf(name, sizeof(name), "<0x%02X>", b);
    auto it = model.vocab_.find(std::string_view(name));
    if (it != model.vocab_.end()) model.byte_ids_[static_cast<size_t>(b)] = it->second;
  }

  const Json* merges = json.contains("merges") ? &json.at("merges") : nullptr;
  if (merges != nullptr && !merges->is_null()) {
    if (!merges->is_array()) return format_error(where + ".merges: expected an array");
    model.merges_.reserve(merges->size());
    int32_t rank = 0;
    size_t skipped = 0;
    for (const Json& merge : *merges) {
      const std::string field = where + ".merges[" + std::to_string(rank) + "]";
      std::string left, right;
      if (merge.is_string()) {
        // "a b". Vocabularies with space-containing tokens (Llama-2) yield lines such as
        // "   ": take the only split whose halves and join are all tokens; skip if ambiguous.
        const auto& text = merge.get_ref<const std::string&>();
        int candidates = 0;
        for (size_t space = text.find(' '); space != std::string::npos;
             space = text.find(' ', space + 1)) {
          std::string l = text.substr(0, space), r = text.substr(space + 1);
          if (l.empty() || r.empty() || !model.vocab_.count(l) || !model.vocab_.count(r) ||
              !model.vocab_.count(l + r))
            continue;
          if (candidates++ == 0) {
            left = std::move(l);
            right = std::move(r);
          }
        }
        if (text.find(' ') == std::string::npos)
          return format_error(field + ": expected \"left right\", got '" + text + "'");
        if (candidates != 1 && std::count(text.begin(), text.end(), ' ') > 1) {
          ++skipped;
          ++rank;
          continue;
        }
        if (candidates == 0) {
          const size_t space = text.find(' ');
          left = text.substr(0, space);
          right = text.substr(space + 1);
        }
      } else if (merge.is_array() && merge.size() == 2 && merge[0].is_string() &&
                 merge[1].is_string()) {
        left = merge[0].get<std::string>();
        right = merge[1].get<std::string>();
      } else {
        return format_error(field + ": expected \"left right\" or [left, right]");
      }
      auto left_it = model.vocab_.find(left);
      auto right_it = model.vocab_.find(right);
      std::string joined = left;
      const std::string& prefix = model.continuing_subword_prefix_;
      joined += (!prefix.empty() && right.compare(0, prefix.size(), prefix) == 0)
                    ? right.substr(prefix.size())
                    : right;
      auto joined_it = model.vocab_.find(joined);
      if (left_it == model.vocab_.end() || right_it == model.vocab_.end() ||
          joined_it == model.vocab_.end())
        return format_error(field + ": merge '" + left + "' + '" + right +
                            "' uses a token missing from model.vocab");
      // Later duplicates replace earlier ones, as in Hugging Face's map construction.
      model.merges_.insert_or_assign(pair_key(left_it->second, right_it->second),
                                     Merge{rank, joined_it->second});
      ++rank;
    }
    if (skipped > 0)
      notes.push_back(where + ".merges: skipped " + std::to_string(skipped) +
                      " ambiguous \"a b\" lines with several spaces");
  }
  return model;
}

std::optional<int32_t> BpeModel::token_to_id(std::string_view token) const {
  auto it = vocab_.find(token);
  if (it == vocab_.end()) return std::nullopt;
  return it->second;
}

const std::string* BpeModel::id_to_token(int32_t id) const {
  if (id < 0 || static_cast<size_t>(id) >= id_to_token_.size() ||
      !id_defined_[static_cast<size_t>(id)])
    return nullptr;
  return &id_to_token_[static_cast<size_t>(id)];
}

void BpeModel::tokenize(std::string_view word, std::vector<int32_t>& out) const {
  if (word.empty()) return;
  if (ignore_merges_) {
    auto it = vocab_.find(word);
    if (it != vocab_.end()) {
      out.push_back(it->second);
      return;
    }
  }
  const bool cacheable = word.size() <= kMaxCachedWordBytes;
  if (cacheable) {
    std::shared_lock lock(cache_->mutex);
    auto it = cache_->words.find(word);
    if (it != cache_->words.end()) {
      out.insert(out.end(), it->second.begin(), it->second.end());
      return;
    }
  }
  const size_t first = out.size();
  tokenize_uncached(word, out);
  if (cacheable) {
    std::unique_lock lock(cache_->mutex);
    if (cache_->words.size() < kCacheCapacity)
      cache_->words.emplace(
          std::string(word),
          std::vector<int32_t>(out.begin() + static_cast<std::ptrdiff_t>(first), out.end()));
  }
}

void BpeModel::initial_symbols(std::string_view word, std::vector<int32_t>& ids) const {
  // One symbol per character; unknown characters become byte tokens or (fused) unk.
  bool pending_unk = false;
  std::string piece;
  size_t pos = 0;
  while (pos < word.size()) {
    size_t length = utf8_valid_length(word, pos);
    if (length == 0) length = 1;  // input is repaired upstream; stay safe regardless
    piece.assign(word.substr(pos, length));
    if (pos > 0) piece.insert(0, continuing_subword_prefix_);
    if (pos + length == word.size()) piece += end_of_word_suffix_;
    auto it = vocab_.find(piece);
    if (it != vocab_.end()) {
      if (pending_unk) ids.push_back(*unk_id_);
      pending_unk = false;
      ids.push_back(it->second);
    } else {
      bool all_bytes = byte_fallback_;
      for (size_t i = 0; all_bytes && i < piece.size(); ++i)
        all_bytes = byte_ids_[static_cast<unsigned char>(piece[i])] >= 0;
      if (all_bytes) {
        if (pending_unk) ids.push_back(*unk_id_);
        pending_unk = false;
        for (unsigned char b : piece) ids.push_back(byte_ids_[b]);
      } else if (unk_id_) {
        if (pending_unk && !fuse_unk_) ids.push_back(*unk_id_);
        pending_unk = true;
      }
      // With neither byte fallback nor unk_token the character is dropped, as in HF.
    }
    pos += length;
  }
  if (pending_unk) ids.push_back(*unk_id_);
}

void BpeModel::tokenize_uncached(std::string_view word, std::vector<int32_t>& out) const {
  std::vector<int32_t> ids;
  ids.reserve(word.size());
  initial_symbols(word, ids);
  const auto n = static_cast<int32_t>(ids.size());
  if (n < 2 || merges_.empty()) {
    out.insert(out.end(), ids.begin(), ids.end());
    return;
  }
  std::vector<int32_t> prev(static_cast<size_t>(n)), next(static_cast<size_t>(n));
  for (int32_t i = 0; i < n; ++i) {
    prev[static_cast<size_t>(i)] = i - 1;
    next[static_cast<size_t>(i)] = i + 1 < n ? i + 1 : -1;
  }
  struct Candidate {
    int32_t rank, pos, new_id;
    bool operator>(const Candidate& other) const {
      return rank != other.rank ? rank > other.rank : pos > other.pos;
    }
  };
  std::priority_queue<Candidate, std::vector<Candidate>, std::greater<>> heap;
  auto push_pair = [&](int32_t left) {
    if (left < 0) return;
    const int32_t right = next[static_cast<size_t>(left)];
    if (right < 0) return;
    auto it =
        merges_.find(pair_key(ids[static_cast<size_t>(left)], ids[static_cast<size_t>(right)]));
    if (it != merges_.end()) heap.push({it->second.rank, left, it->second.new_id});
  };
  for (int32_t i = 0; i + 1 < n; ++i) push_pair(i);
  constexpr int32_t kRemoved = -1;
  while (!heap.empty()) {
    const Candidate top = heap.top();
    heap.pop();
    const auto pos = static_cast<size_t>(top.pos);
    if (ids[pos] == kRemoved || next[pos] < 0) continue;
    const auto right = static_cast<size_t>(next[pos]);
    auto it = merges_.find(pair_key(ids[pos], ids[right]));
    if (it == merges_.end() || it->second.new_id != top.new_id || it->second.rank != top.rank)
      continue;  // stale: one side was merged since this candidate was queued
    ids[pos] = top.new_id;
    ids[right] = kRemoved;
    next[pos] = next[right];
    if (next[pos] >= 0) prev[static_cast<size_t>(next[pos])] = top.pos;
    push_pair(prev[pos]);
    push_pair(top.pos);
  }
  for (int32_t i = 0; i >= 0; i = next[static_cast<size_t>(i)])
    out.push_back(ids[static_cast<size_t>(i)]);
}

}  // namespace mlxla::tokenizer
