// UTF-8 and JavaScript string helpers the reference's semantics depend on: what `\s` and
// String.prototype.trim count as whitespace, code-point iteration, ASCII case mapping.
#pragma once

#include <cstddef>
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

/// The string split into UTF-8 code points (invalid bytes are single "code points").
std::vector<std::string> code_points(std::string_view s);

/// Length in UTF-16 code units (JavaScript's String.length): astral code points count 2.
std::size_t utf16_length(std::string_view s);

std::string ascii_upper(std::string_view s);
std::string ascii_lower(std::string_view s);
/// Uppercases the first word character after every non-word character (JS /\b\w/g).
std::string title_case(std::string_view s);

}  // namespace mlxla::chat
