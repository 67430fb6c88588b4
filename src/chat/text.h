// UTF-8 and JavaScript string helpers the reference's semantics depend on: what `\s` and
// String.prototype.trim count as whitespace, code-point iteration, ASCII case mapping.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace mlxla::chat {

/// Length in bytes of the JavaScript whitespace or line terminator starting at `pos`
/// (ECMAScript WhiteSpace + LineTerminator: what `\s`, trim and trimEnd remove), or 0.
std::size_t js_space_at(std::string_view s, std::size_t pos);
/// Length in bytes of a JavaScript line terminator (\n, \r, U+2028, U+2029) at `pos`, or 0.
std::size_t js_line_terminator_at(std::string_view s, std::size_t pos);
/// True when `s` ends in JavaScript whitespace; sets `len` to its length in bytes.
bool js_space_before(std::string_view s, std::size_t end, std::size_t& len);

std::string js_trim_start(std::string_view s);
std::string js_trim_end(std::string_view s);
std::string js_trim(std::string_view s);

/// Python's str.strip(chars) family with an explicit character set (code points).
std::string strip_chars(std::string_view s, std::string_view chars, bool left, bool right);

/// Random access to the UTF-8 code points of a string (invalid bytes are single "code
/// points") without copying them: no table at all for ASCII, 4 bytes per code point otherwise.
class CodePoints {
 public:
  explicit CodePoints(std::string_view s);
  std::size_t size() const { return ascii_ ? s_.size() : offsets_.size() - 1; }
  std::string_view operator[](std::size_t i) const {
    return ascii_ ? s_.substr(i, 1) : s_.substr(offsets_[i], offsets_[i + 1] - offsets_[i]);
  }
  /// Bytes of index this object holds (charged to a render's memory budget).
  std::size_t index_bytes() const { return offsets_.size() * sizeof(std::uint32_t); }

 private:
  std::string_view s_;
  bool ascii_ = true;
  std::vector<std::uint32_t> offsets_;  // start of each code point, then s_.size()
};

/// Number of code points (as CodePoints counts them), without allocating.
std::size_t code_point_count(std::string_view s);

/// Byte offset of the first `needle` in `haystack` at or after `from`, or npos. Linear time
/// whatever the inputs (glibc's memmem, two-way), unlike std::string::find.
std::size_t text_find(std::string_view haystack, std::string_view needle, std::size_t from = 0);

/// Length in UTF-16 code units (JavaScript's String.length): astral code points count 2.
std::size_t utf16_length(std::string_view s);

std::string ascii_upper(std::string_view s);
std::string ascii_lower(std::string_view s);
/// Uppercases the first word character after every non-word character (JS /\b\w/g).
std::string title_case(std::string_view s);

}  // namespace mlxla::chat
