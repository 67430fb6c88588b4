// The public tokenizer: loads a Hugging Face tokenizer.json (+ tokenizer_config.json,
// special_tokens_map.json, generation_config.json when present) and encodes/decodes like
// Hugging Face's `tokenizers` for BPE models (byte-level and sentencepiece-style).
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "mlxla/result.h"

namespace mlxla::tokenizer {

class Normalizer;
class PreTokenizer;
class BpeModel;
class AddedVocabulary;
class PostProcessor;
class Decoder;
class StreamDecoder;

/// How to load; the defaults follow tokenizer.json exactly, as Hugging Face's tokenizers does.
/// Largest tokenizer.json read (the biggest published ones, 256k-entry vocabularies, are ~35 MB).
inline constexpr uint64_t kMaxTokenizerJsonBytes = 128ull << 20;
/// Largest tokenizer_config.json / special_tokens_map.json / generation_config.json read.
inline constexpr uint64_t kMaxConfigJsonBytes = 64ull << 20;

struct LoadOptions {
  /// When true, tokenizer_config.json's add_bos_token/add_eos_token (where present) replace the
  /// post-processor, as transformers' LlamaTokenizerFast does.
  bool follow_config_add_bos_eos = false;
  /// Explicit overrides of the same two switches (take precedence over the config).
  std::optional<bool> add_bos_token;
  std::optional<bool> add_eos_token;
};

class Tokenizer {
 public:
  /// Loads `dir`/tokenizer.json and the optional config files beside it.
  static Result<Tokenizer> load(const std::filesystem::path& dir, const LoadOptions& options = {});
  /// Builds a tokenizer from in-memory JSON documents (empty string = file absent).
  static Result<Tokenizer> from_json(std::string_view tokenizer_json,
                                     std::string_view tokenizer_config_json = {},
                                     std::string_view special_tokens_map_json = {},
                                     std::string_view generation_config_json = {},
                                     const LoadOptions& options = {});

  Tokenizer(Tokenizer&&) noexcept;
  Tokenizer& operator=(Tokenizer&&) noexcept;
  ~Tokenizer();

  /// Token ids for `text`. Invalid UTF-8 is first repaired (each maximal invalid subpart
  /// becomes U+FFFD). With `add_special_tokens` the post-processor's tokens (e.g. BOS) are added.
  std::vector<int32_t> encode(std::string_view text, bool add_special_tokens = true) const;
  /// Text for `ids`; ids outside the vocabulary are ignored. Applies the decoder chain and,
  /// when tokenizer_config.json asks for it, clean_up_tokenization_spaces.
  std::string decode(std::span<const int32_t> ids, bool skip_special_tokens = true) const;

  std::optional<int32_t> token_to_id(std::string_view token) const;
  std::optional<std::string> id_to_token(int32_t id) const;
  /// The bytes `id` adds to decoded text in the middle of a sequence (byte-level and byte-fallback
  /// tokens give their raw bytes, which may be part of a UTF-8 character); nullopt for special
  /// tokens and undefined ids. Ignores clean_up_tokenization_spaces (it only drops spaces).
  std::optional<std::string> token_bytes(int32_t id) const;
  /// One past the largest id of the model vocabulary and the added tokens.
  size_t vocab_size() const;
  /// True for added tokens flagged `special` (dropped by decode(skip_special_tokens=true)).
  bool is_special(int32_t id) const;

  /// BOS from tokenizer_config.json / special_tokens_map.json (or generation_config.json).
  std::optional<int32_t> bos_id() const { return bos_id_; }
  /// End-of-sequence ids: the config's eos_token plus generation_config.json's eos_token_id.
  const std::vector<int32_t>& eos_ids() const { return eos_ids_; }
  std::optional<int32_t> pad_id() const { return pad_id_; }
  const std::string& bos_token() const { return bos_token_; }
  const std::string& eos_token() const { return eos_token_; }
  /// tokenizer_config.json's chat_template (the "default" one when it is a list); may be empty.
  const std::string& chat_template() const { return chat_template_; }
  bool clean_up_tokenization_spaces() const { return clean_up_spaces_; }
  /// Known approximations or config inconsistencies noticed while loading (for logs).
  const std::vector<std::string>& notes() const { return notes_; }

 private:
  friend class StreamDecoder;
  Tokenizer();
  std::string decode_impl(std::span<const int32_t> ids, bool skip_special_tokens,
                          bool clean_up) const;
  Status read_configs(std::string_view config_json, std::string_view special_map_json,
                      std::string_view generation_json, const LoadOptions& options);
  std::optional<int32_t> lookup_token(const std::string& token) const;
  /// A <0xXX> token under a ByteFallback decoder (its run decodes all-or-nothing).
  bool is_fallback_byte(int32_t id) const;

  std::unique_ptr<Normalizer> normalizer_;
  std::unique_ptr<PreTokenizer> pre_tokenizer_;
  std::unique_ptr<BpeModel> model_;
  std::unique_ptr<AddedVocabulary> added_;
  std::unique_ptr<PostProcessor> post_processor_;
  std::unique_ptr<Decoder> decoder_;
  std::optional<int32_t> bos_id_;
  std::optional<int32_t> pad_id_;
  std::vector<int32_t> eos_ids_;
  std::string bos_token_, eos_token_, chat_template_;
  bool clean_up_spaces_ = false;
  std::vector<std::string> notes_;
};

/// Transformers' clean_up_tokenization: " ." -> ".", " n't" -> "n't", etc.
std::string clean_up_tokenization(std::string_view text);

/// Incremental detokenizer: feed ids one at a time, get the newly final text. Never emits a
/// partial UTF-8 character, and the concatenation of everything returned (steps + finish)
/// equals tokenizer.decode(all ids, skip_special_tokens).
class StreamDecoder {
 public:
  explicit StreamDecoder(const Tokenizer& tokenizer, bool skip_special_tokens = true);
  /// Text made final by `id` (often empty while a character is incomplete).
  std::string step(int32_t id);
  /// Everything still held back; call once at the end of the stream.
  std::string finish();
  void reset();

 private:
  std::string release(std::string delta, bool final);

  const Tokenizer* tokenizer_;
  bool skip_special_;
  std::vector<int32_t> ids_;
  size_t prefix_offset_ = 0;
  size_t read_offset_ = 0;
  std::string held_;  // decoded text not yet emitted (clean-up could still change it)
};

}  // namespace mlxla::tokenizer
