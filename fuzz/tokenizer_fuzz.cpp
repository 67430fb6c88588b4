// libFuzzer target for the tokenizer: arbitrary bytes (invalid UTF-8, long inputs, special-token
// look-alikes) through encode, decode and the streaming decoder of two small tokenizers built
// in-process. Checks: no crash; byte-level encode/decode round-trips the (repaired) text; the
// stream's concatenated output equals decode(). Inputs that start with '{' are also loaded as a
// tokenizer.json (nesting floods, deep Sequences: the loader must return an Error, not crash).
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "tokenizer/tokenizer.h"
#include "tokenizer/utf8.h"

namespace {

using mlxla::tokenizer::StreamDecoder;
using mlxla::tokenizer::Tokenizer;

// Llama-3-style: Split (Unicode classes + lookahead) then ByteLevel; the 256 byte characters
// are added to the vocabulary below so every input byte is representable.
constexpr const char* kByteLevelJson = R"JSON({
  "version": "1.0", "truncation": null, "padding": null,
  "added_tokens": [
    {"id": 300, "content": "<|eot|>", "single_word": false, "lstrip": false, "rstrip": false, "normalized": false, "special": true},
    {"id": 301, "content": "<|bos|>", "single_word": false, "lstrip": false, "rstrip": false, "normalized": false, "special": true},
    {"id": 302, "content": "<tool>", "single_word": false, "lstrip": false, "rstrip": false, "normalized": false, "special": false}],
  "normalizer": null,
  "pre_tokenizer": {"type": "Sequence", "pretokenizers": [
    {"type": "Split", "pattern": {"Regex": "(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\\r\\n\\p{L}\\p{N}]?\\p{L}+|\\p{N}{1,3}| ?[^\\s\\p{L}\\p{N}]+[\\r\\n]*|\\s*[\\r\\n]+|\\s+(?!\\S)|\\s+"}, "behavior": "Isolated", "invert": false},
    {"type": "ByteLevel", "add_prefix_space": false, "trim_offsets": true, "use_regex": false}]},
  "post_processor": {"type": "TemplateProcessing", "single": [{"SpecialToken": {"id": "<|bos|>", "type_id": 0}}, {"Sequence": {"id": "A", "type_id": 0}}],
                     "pair": [], "special_tokens": {"<|bos|>": {"id": "<|bos|>", "ids": [301], "tokens": ["<|bos|>"]}}},
  "decoder": {"type": "ByteLevel", "add_prefix_space": true, "trim_offsets": true, "use_regex": true},
  "model": {"type": "BPE", "dropout": null, "unk_token": null, "fuse_unk": false, "byte_fallback": false, "ignore_merges": true,
            "vocab": {"he": 256, "ll": 257, "hell": 258, "hello": 259, "\u0120t": 260, "\u0120the": 261, "\u00c3\u00a9": 262},
            "merges": ["h e", "l l", "he ll", "hell o", "\u0120 t", "\u0120t he", "\u00c3 \u00a9"]}
})JSON";

// Llama-2-style: Prepend/Replace normalizer, byte fallback, fused unk, Strip decoder.
constexpr const char* kSentencePieceJson = R"JSON({
  "version": "1.0",
  "added_tokens": [
    {"id": 0, "content": "<unk>", "single_word": false, "lstrip": false, "rstrip": false, "normalized": false, "special": true},
    {"id": 1, "content": "<s>", "single_word": false, "lstrip": false, "rstrip": false, "normalized": true, "special": true},
    {"id": 2, "content": "</s>", "single_word": false, "lstrip": true, "rstrip": true, "normalized": false, "special": false},
    {"id": 3, "content": "word", "single_word": true, "lstrip": false, "rstrip": false, "normalized": false, "special": false}],
  "normalizer": {"type": "Sequence", "normalizers": [{"type": "Prepend", "prepend": "\u2581"}, {"type": "Replace", "pattern": {"String": " "}, "content": "\u2581"}]},
  "pre_tokenizer": null,
  "post_processor": {"type": "TemplateProcessing", "single": [{"SpecialToken": {"id": "<s>", "type_id": 0}}, {"Sequence": {"id": "A", "type_id": 0}}],
                     "special_tokens": {"<s>": {"id": "<s>", "ids": [1], "tokens": ["<s>"]}}},
  "decoder": {"type": "Sequence", "decoders": [{"type": "Replace", "pattern": {"String": "\u2581"}, "content": " "}, {"type": "ByteFallback"}, {"type": "Fuse"}, {"type": "Strip", "content": " ", "start": 1, "stop": 0}]},
  "model": {"type": "BPE", "unk_token": "<unk>", "fuse_unk": true, "byte_fallback": true,
            "vocab": {"<unk>": 0, "<s>": 1, "</s>": 2, "word": 3, "<0x0A>": 4, "<0xC3>": 5, "<0xA9>": 6, "<0xE2>": 7, "<0x82>": 8, "<0xAC>": 9,
                      "\u2581": 10, "a": 11, "b": 12, "\u2581a": 13, "ab": 14, "\u2581ab": 15, "c": 16},
            "merges": [["\u2581", "a"], ["a", "b"], ["\u2581a", "b"]]}
})JSON";

std::string byte_level_json() {
  nlohmann::json json = nlohmann::json::parse(kByteLevelJson);
  mlxla::tokenizer::ByteLevelMap map;
  for (int b = 0; b < 256; ++b)
    json["model"]["vocab"][map.encode_byte(static_cast<uint8_t>(b))] = 303 + b;
  return json.dump();
}

struct Tokenizers {
  Tokenizer byte_level;
  Tokenizer sentencepiece;
};

// Built once: the fuzzer calls the entry point millions of times.
const Tokenizers& tokenizers() {
  static const Tokenizers* instance = [] {
    auto byte_level = Tokenizer::from_json(byte_level_json());
    auto sentencepiece = Tokenizer::from_json(kSentencePieceJson);
    if (!byte_level.ok() || !sentencepiece.ok()) std::abort();
    return new Tokenizers{std::move(byte_level).value(), std::move(sentencepiece).value()};
  }();
  return *instance;
}

void check_stream(const Tokenizer& tokenizer, const std::vector<int32_t>& ids, bool skip) {
  StreamDecoder stream(tokenizer, skip);
  std::string streamed;
  for (int32_t id : ids) streamed += stream.step(id);
  streamed += stream.finish();
  if (streamed != tokenizer.decode(ids, skip)) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const Tokenizers& t = tokenizers();
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  if (size > 0 && data[0] == '{') (void)Tokenizer::from_json(text);
  const bool add_special = size > 0 && (data[0] & 1);

  const auto ids = t.byte_level.encode(text, add_special);
  // No normalizer, no stripping flags: decoding with specials kept gives the input back.
  if (t.byte_level.decode(ids, false) !=
      (add_special ? "<|bos|>" : "") + mlxla::tokenizer::utf8_make_valid(text))
    std::abort();
  check_stream(t.byte_level, ids, true);
  check_stream(t.byte_level, ids, false);

  const auto sp_ids = t.sentencepiece.encode(text, add_special);
  check_stream(t.sentencepiece, sp_ids, true);
  check_stream(t.sentencepiece, sp_ids, false);

  // The bytes read as raw ids, in and out of range.
  std::vector<int32_t> raw;
  for (size_t i = 0; i + 1 < size && raw.size() < 64; i += 2)
    raw.push_back(static_cast<int32_t>((data[i] << 8 | data[i + 1]) % 600) - 20);
  check_stream(t.byte_level, raw, true);
  check_stream(t.sentencepiece, raw, false);
  return 0;
}
