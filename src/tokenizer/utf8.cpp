// UTF-8 decoding, lossy repair, Unicode whitespace and the GPT-2 byte map.
#include "tokenizer/utf8.h"

namespace mlxla::tokenizer {

size_t utf8_valid_length(std::string_view text, size_t pos) {
  const size_t n = text.size();
  const auto b0 = static_cast<uint8_t>(text[pos]);
  if (b0 < 0x80) return 1;
  size_t length = 0;
  uint8_t lo = 0x80, hi = 0xBF;  // allowed range of the second byte (Unicode Table 3-7)
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    length = 2;
  } else if (b0 >= 0xE0 && b0 <= 0xEF) {
    length = 3;
    if (b0 == 0xE0) lo = 0xA0;
    if (b0 == 0xED) hi = 0x9F;
  } else if (b0 >= 0xF0 && b0 <= 0xF4) {
    length = 4;
    if (b0 == 0xF0) lo = 0x90;
    if (b0 == 0xF4) hi = 0x8F;
  } else {
    return 0;
  }
  if (pos + length > n) return 0;
  const auto b1 = static_cast<uint8_t>(text[pos + 1]);
  if (b1 < lo || b1 > hi) return 0;
  for (size_t i = 2; i < length; ++i) {
    const auto b = static_cast<uint8_t>(text[pos + i]);
    if (b < 0x80 || b > 0xBF) return 0;
  }
  return length;
}

char32_t utf8_decode_at(std::string_view text, size_t pos, size_t length) {
  const auto b0 = static_cast<uint8_t>(text[pos]);
  if (length == 1) return b0;
  char32_t cp = b0 & (0xFF >> (length + 1));
  for (size_t i = 1; i < length; ++i) cp = (cp << 6) | (static_cast<uint8_t>(text[pos + i]) & 0x3F);
  return cp;
}

void utf8_append(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

bool utf8_is_valid(std::string_view text) {
  size_t pos = 0;
  while (pos < text.size()) {
    if (static_cast<uint8_t>(text[pos]) < 0x80) {
      ++pos;
      continue;
    }
    const size_t length = utf8_valid_length(text, pos);
    if (length == 0) return false;
    pos += length;
  }
  return true;
}

// Length of the longest prefix at text[pos] that could still begin a valid sequence (the
// "maximal subpart" that becomes a single U+FFFD); at least 1.
static size_t maximal_invalid_subpart(std::string_view text, size_t pos) {
  const auto b0 = static_cast<uint8_t>(text[pos]);
  size_t expected = 0;
  uint8_t lo = 0x80, hi = 0xBF;
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    expected = 2;
  } else if (b0 >= 0xE0 && b0 <= 0xEF) {
    expected = 3;
    if (b0 == 0xE0) lo = 0xA0;
    if (b0 == 0xED) hi = 0x9F;
  } else if (b0 >= 0xF0 && b0 <= 0xF4) {
    expected = 4;
    if (b0 == 0xF0) lo = 0x90;
    if (b0 == 0xF4) hi = 0x8F;
  } else {
    return 1;
  }
  size_t i = 1;
  for (; i < expected && pos + i < text.size(); ++i) {
    const auto b = static_cast<uint8_t>(text[pos + i]);
    const uint8_t l = i == 1 ? lo : 0x80, h = i == 1 ? hi : 0xBF;
    if (b < l || b > h) break;
  }
  return i;
}

std::string utf8_make_valid(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  size_t pos = 0;
  while (pos < text.size()) {
    const size_t length = utf8_valid_length(text, pos);
    if (length > 0) {
      out.append(text.substr(pos, length));
      pos += length;
    } else {
      utf8_append(out, kReplacementChar);
      pos += maximal_invalid_subpart(text, pos);
    }
  }
  return out;
}

size_t utf8_incomplete_tail(std::string_view text) {
  // A sequence is at most 4 bytes: look back over up to 3 continuation bytes for a lead byte.
  const size_t n = text.size();
  for (size_t back = 1; back <= 4 && back <= n; ++back) {
    const auto b = static_cast<uint8_t>(text[n - back]);
    if ((b & 0xC0) == 0x80) continue;  // continuation byte: keep looking for the lead
    if (b < 0x80) return 0;
    const size_t subpart = maximal_invalid_subpart(text, n - back);
    size_t expected = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2;
    if (b < 0xC2 || b > 0xF4) return 0;
    return (subpart == back && back < expected) ? back : 0;
  }
  return 0;
}

bool is_unicode_whitespace(char32_t cp) {
  if (cp >= 0x09 && cp <= 0x0D) return true;
  switch (cp) {
    case 0x20:
    case 0x85:
    case 0xA0:
    case 0x1680:
    case 0x2028:
    case 0x2029:
    case 0x202F:
    case 0x205F:
    case 0x3000:
      return true;
    default:
      return cp >= 0x2000 && cp <= 0x200A;
  }
}

ByteLevelMap::ByteLevelMap() {
  char_to_byte_.fill(-1);
  // Printable Latin-1 bytes stand for themselves; the other 68 bytes are shifted to 256+n, in
  // byte order, so every byte becomes a visible character (GPT-2's bytes_to_unicode).
  int shifted = 0;
  for (int b = 0; b < 256; ++b) {
    const bool printable = (b >= 0x21 && b <= 0x7E) || (b >= 0xA1 && b <= 0xAC) || (b >= 0xAE);
    const char32_t cp =
        printable ? static_cast<char32_t>(b) : static_cast<char32_t>(256 + shifted++);
    utf8_append(byte_to_utf8_[b], cp);
    char_to_byte_[cp] = static_cast<int16_t>(b);
  }
}

}  // namespace mlxla::tokenizer
