// UTF-8 helpers for the tokenizer: decoding code points, lossy repair of invalid input (the
// policy of Rust's String::from_utf8_lossy), Unicode whitespace, and the GPT-2 byte map.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace mlxla::tokenizer {

inline constexpr char32_t kReplacementChar = 0xFFFD;

/// Length of the valid UTF-8 sequence starting at text[pos], or 0 if the bytes there are not
/// a complete, valid, shortest-form sequence (surrogates and > U+10FFFF are invalid).
size_t utf8_valid_length(std::string_view text, size_t pos);

/// Decodes the valid sequence at text[pos] (callers check utf8_valid_length first).
char32_t utf8_decode_at(std::string_view text, size_t pos, size_t length);

/// Appends the UTF-8 encoding of `cp` to `out`.
void utf8_append(std::string& out, char32_t cp);

/// True when every byte of `text` belongs to a valid UTF-8 sequence.
bool utf8_is_valid(std::string_view text);

/// Replaces each maximal invalid subpart with U+FFFD, like Rust's from_utf8_lossy and the
/// WHATWG TextDecoder, so encode and decode see the same text Hugging Face would.
std::string utf8_make_valid(std::string_view text);

/// Length of an incomplete-but-so-far-valid UTF-8 sequence at the end of `text` (0 if the text
/// ends on a character boundary): the bytes a streaming decoder must hold back.
size_t utf8_incomplete_tail(std::string_view text);

/// Unicode White_Space (what Rust's char::is_whitespace tests).
bool is_unicode_whitespace(char32_t cp);

/// GPT-2's reversible byte <-> printable-character map used by ByteLevel pre-tokenizer/decoder.
class ByteLevelMap {
 public:
  ByteLevelMap();
  /// UTF-8 of the character standing for byte `b`.
  const std::string& encode_byte(uint8_t b) const { return byte_to_utf8_[b]; }
  /// The byte a character stands for, or -1 when the character is not in the map.
  int decode_char(char32_t cp) const { return cp < 512 ? char_to_byte_[cp] : -1; }

 private:
  std::array<std::string, 256> byte_to_utf8_;
  std::array<int16_t, 512> char_to_byte_{};
};

}  // namespace mlxla::tokenizer
