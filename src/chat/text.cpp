// UTF-8 and JavaScript whitespace helpers (see text.h).
#include "chat/text.h"

#include <algorithm>
#include <cstring>

namespace mlxla::chat {

namespace {

// Decodes one UTF-8 sequence at `pos`; returns the code point and sets `len` (an invalid
// byte decodes as itself with length 1, so any input is walkable).
char32_t decode(std::string_view s, std::size_t pos, std::size_t& len) {
  auto byte = [&](std::size_t i) { return static_cast<unsigned char>(s[i]); };
  unsigned char c = byte(pos);
  std::size_t need = c < 0x80           ? 0
                     : (c >> 5) == 0x6  ? 1
                     : (c >> 4) == 0xE  ? 2
                     : (c >> 3) == 0x1E ? 3
                                        : 9;
  if (need == 0 || need == 9 || pos + need >= s.size()) {
    len = 1;
    return c;
  }
  char32_t cp = need == 1 ? (c & 0x1F) : need == 2 ? (c & 0x0F) : (c & 0x07);
  for (std::size_t i = 1; i <= need; ++i) {
    unsigned char cc = byte(pos + i);
    if ((cc & 0xC0) != 0x80) {
      len = 1;
      return c;
    }
    cp = (cp << 6) | (cc & 0x3F);
  }
  len = need + 1;
  return cp;
}

bool is_js_space(char32_t cp) {
  switch (cp) {
    case 0x09:
    case 0x0A:
    case 0x0B:
    case 0x0C:
    case 0x0D:
    case 0x20:
    case 0xA0:
    case 0x1680:
    case 0x2028:
    case 0x2029:
    case 0x202F:
    case 0x205F:
    case 0x3000:
    case 0xFEFF:
      return true;
    default:
      return cp >= 0x2000 && cp <= 0x200A;
  }
}

}  // namespace

std::size_t js_space_at(std::string_view s, std::size_t pos) {
  if (pos >= s.size()) return 0;
  std::size_t len = 0;
  char32_t cp = decode(s, pos, len);
  return is_js_space(cp) ? len : 0;
}

std::size_t js_line_terminator_at(std::string_view s, std::size_t pos) {
  if (pos >= s.size()) return 0;
  std::size_t len = 0;
  char32_t cp = decode(s, pos, len);
  return (cp == '\n' || cp == '\r' || cp == 0x2028 || cp == 0x2029) ? len : 0;
}

bool js_space_before(std::string_view s, std::size_t end, std::size_t& len) {
  // Whitespace code points are 1 to 3 bytes long in UTF-8.
  for (std::size_t n = 1; n <= 3 && n <= end; ++n) {
    if (js_space_at(s, end - n) == n) {
      len = n;
      return true;
    }
  }
  return false;
}

std::string js_trim_start(std::string_view s) {
  std::size_t pos = 0;
  while (std::size_t n = js_space_at(s, pos)) pos += n;
  return std::string(s.substr(pos));
}

std::string js_trim_end(std::string_view s) {
  std::size_t end = s.size();
  std::size_t n = 0;
  while (end > 0 && js_space_before(s, end, n)) end -= n;
  return std::string(s.substr(0, end));
}

std::string js_trim(std::string_view s) {
  return js_trim_end(js_trim_start(s));
}

CodePoints::CodePoints(std::string_view s) : s_(s) {
  for (char c : s) {
    if (static_cast<unsigned char>(c) >= 0x80) {
      ascii_ = false;
      break;
    }
  }
  if (ascii_) return;
  offsets_.reserve(code_point_count(s) + 1);
  std::size_t pos = 0;
  while (pos < s.size()) {
    offsets_.push_back(static_cast<std::uint32_t>(pos));
    std::size_t len = 0;
    decode(s, pos, len);
    pos += len;
  }
  offsets_.push_back(static_cast<std::uint32_t>(s.size()));
}

std::size_t code_point_count(std::string_view s) {
  std::size_t n = 0;
  std::size_t pos = 0;
  while (pos < s.size()) {
    std::size_t len = 0;
    decode(s, pos, len);
    pos += len;
    ++n;
  }
  return n;
}

std::size_t text_find(std::string_view haystack, std::string_view needle, std::size_t from) {
  if (from > haystack.size()) return std::string_view::npos;
  if (needle.empty()) return from;
  const void* hit =
      ::memmem(haystack.data() + from, haystack.size() - from, needle.data(), needle.size());
  return hit == nullptr ? std::string_view::npos
                        : static_cast<std::size_t>(static_cast<const char*>(hit) - haystack.data());
}

std::string strip_chars(std::string_view s, std::string_view chars, bool left, bool right) {
  const CodePoints cps(s);
  const CodePoints set_cps(chars);
  // A sorted table when the set is large, so stripping stays O(n log m).
  std::vector<std::string_view> set;
  set.reserve(set_cps.size());
  for (std::size_t i = 0; i < set_cps.size(); ++i) set.push_back(set_cps[i]);
  std::sort(set.begin(), set.end());
  auto in_set = [&](std::string_view cp) { return std::binary_search(set.begin(), set.end(), cp); };
  std::size_t begin = 0;
  std::size_t end = cps.size();
  if (left) {
    while (begin < end && in_set(cps[begin])) ++begin;
  }
  if (right) {
    while (end > begin && in_set(cps[end - 1])) --end;
  }
  if (begin >= end) return std::string();
  const std::size_t first = static_cast<std::size_t>(cps[begin].data() - s.data());
  const std::size_t last =
      static_cast<std::size_t>(cps[end - 1].data() - s.data()) + cps[end - 1].size();
  return std::string(s.substr(first, last - first));
}

std::size_t utf16_length(std::string_view s) {
  std::size_t n = 0;
  std::size_t pos = 0;
  while (pos < s.size()) {
    std::size_t len = 0;
    char32_t cp = decode(s, pos, len);
    n += cp >= 0x10000 ? 2 : 1;
    pos += len;
  }
  return n;
}

std::string ascii_upper(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  return out;
}

std::string ascii_lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

std::string title_case(std::string_view s) {
  auto is_word = [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
  };
  std::string out(s);
  for (std::size_t i = 0; i < out.size(); ++i) {
    if (is_word(out[i]) && (i == 0 || !is_word(out[i - 1])) && out[i] >= 'a' && out[i] <= 'z') {
      out[i] = static_cast<char>(out[i] - 'a' + 'A');
    }
  }
  return out;
}

}  // namespace mlxla::chat
