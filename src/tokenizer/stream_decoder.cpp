// StreamDecoder: decodes a short window of recent ids twice (with and without the newest ones)
// and emits the difference once it no longer ends in an incomplete character. Decoding a window
// that starts on an already-emitted token keeps first-token rules (Strip, Metaspace) consistent.
#include <algorithm>
#include <array>

#include "tokenizer/tokenizer.h"

namespace mlxla::tokenizer {
namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";
constexpr size_t kTrimThreshold = 64;  // ids kept before the window are dropped past this

constexpr std::array<std::string_view, 10> kCleanupPatterns = {
    " .", " ?", " !", " ,", " ' ", " n't", " 'm", " 's", " 've", " 're"};

// Whether `text` could still grow into one of the clean-up patterns.
bool is_proper_pattern_prefix(std::string_view text) {
  return std::any_of(kCleanupPatterns.begin(), kCleanupPatterns.end(), [&](std::string_view p) {
    return text.size() < p.size() && p.substr(0, text.size()) == text;
  });
}

}  // namespace

StreamDecoder::StreamDecoder(const Tokenizer& tokenizer, bool skip_special_tokens)
    : tokenizer_(&tokenizer), skip_special_(skip_special_tokens) {}

void StreamDecoder::reset() {
  ids_.clear();
  prefix_offset_ = read_offset_ = 0;
  held_.clear();
}

std::string StreamDecoder::step(int32_t id) {
  // Ids that decode to nothing are not part of the window: a window must start on a token
  // whose text was really emitted, or first-token rules would apply to the wrong token.
  if (!tokenizer_->id_to_token(id) || (skip_special_ && tokenizer_->is_special(id))) return {};
  ids_.push_back(id);
  // ByteFallback turns a whole run of <0xXX> tokens into U+FFFDs if any byte is bad, so text
  // from a run is final only once a non-byte token ends it (or the stream finishes).
  if (tokenizer_->is_fallback_byte(id)) return {};
  const std::span<const int32_t> all(ids_);
  const std::string prefix = tokenizer_->decode_impl(
      all.subspan(prefix_offset_, read_offset_ - prefix_offset_), skip_special_, false);
  const std::string full =
      tokenizer_->decode_impl(all.subspan(prefix_offset_), skip_special_, false);
  const bool ends_incomplete =
      full.size() >= kReplacement.size() &&
      full.compare(full.size() - kReplacement.size(), kReplacement.size(), kReplacement) == 0;
  if (full.size() <= prefix.size() || full.compare(0, prefix.size(), prefix) != 0 ||
      ends_incomplete)
    return {};
  std::string delta = full.substr(prefix.size());
  prefix_offset_ = read_offset_;
  read_offset_ = ids_.size();
  if (prefix_offset_ > kTrimThreshold) {
    ids_.erase(ids_.begin(), ids_.begin() + static_cast<std::ptrdiff_t>(prefix_offset_));
    read_offset_ -= prefix_offset_;
    prefix_offset_ = 0;
  }
  return release(std::move(delta), false);
}

std::string StreamDecoder::finish() {
  const std::span<const int32_t> all(ids_);
  const std::string prefix = tokenizer_->decode_impl(
      all.subspan(prefix_offset_, read_offset_ - prefix_offset_), skip_special_, false);
  const std::string full =
      tokenizer_->decode_impl(all.subspan(prefix_offset_), skip_special_, false);
  std::string delta;
  if (full.size() > prefix.size() && full.compare(0, prefix.size(), prefix) == 0)
    delta = full.substr(prefix.size());
  std::string out = release(std::move(delta), true);
  reset();
  return out;
}

std::string StreamDecoder::release(std::string delta, bool final) {
  held_ += delta;
  if (!tokenizer_->clean_up_tokenization_spaces()) {
    std::string out;
    out.swap(held_);
    return out;
  }
  // Clean-up rewrites " ." and friends; hold back a tail that could still become one, so the
  // cleaned pieces concatenate to the cleaned whole.
  size_t cut = held_.size();
  if (!final) {
    const size_t n = held_.size();
    for (size_t p = n > 4 ? n - 4 : 0; p < n; ++p) {
      if (held_[p] != ' ' || !is_proper_pattern_prefix(std::string_view(held_).substr(p))) continue;
      if (p >= 2 && held_.compare(p - 2, 3, " ' ") == 0) continue;  // space ends a " ' "
      cut = p;
      break;
    }
  }
  std::string out = clean_up_tokenization(std::string_view(held_).substr(0, cut));
  held_.erase(0, cut);
  return out;
}

}  // namespace mlxla::tokenizer
