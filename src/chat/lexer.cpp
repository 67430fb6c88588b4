// Tokenizer (see lexer.h). The preprocessing passes are textual, like the reference's
// regular expressions, so they also apply inside string literals; each output byte keeps
// the offset of the source byte it came from, for line numbers.
#include "chat/lexer.h"

#include <algorithm>
#include <cstdint>

#include "chat/text.h"

namespace mlxla::chat {

namespace {

struct Mapped {
  std::string text;
  std::vector<std::uint32_t> origin;  // source offset of each byte of text

  void push(const Mapped& from, std::size_t begin, std::size_t end) {
    text.append(from.text, begin, end - begin);
    origin.insert(origin.end(), from.origin.begin() + static_cast<std::ptrdiff_t>(begin),
                  from.origin.begin() + static_cast<std::ptrdiff_t>(end));
  }
};

bool is_line_start(const std::string& s, std::size_t pos) {
  if (pos == 0) return true;
  if (s[pos - 1] == '\n' || s[pos - 1] == '\r') return true;
  // U+2028 / U+2029 are E2 80 A8 / E2 80 A9.
  return pos >= 3 && static_cast<unsigned char>(s[pos - 3]) == 0xE2 &&
         static_cast<unsigned char>(s[pos - 2]) == 0x80 &&
         (static_cast<unsigned char>(s[pos - 1]) == 0xA8 ||
          static_cast<unsigned char>(s[pos - 1]) == 0xA9);
}

// /^[ \t]*({[#%-])/gm -> "$1"
Mapped lstrip_blocks(const Mapped& in) {
  Mapped out;
  const std::string& s = in.text;
  std::size_t i = 0;
  while (i < s.size()) {
    if (is_line_start(s, i)) {
      std::size_t j = i;
      while (j < s.size() && (s[j] == ' ' || s[j] == '\t')) ++j;
      if (j + 1 < s.size() && s[j] == '{' &&
          (s[j + 1] == '#' || s[j + 1] == '%' || s[j + 1] == '-')) {
        out.push(in, j, j + 2);
        i = j + 2;
        continue;
      }
    }
    out.push(in, i, i + 1);
    ++i;
  }
  return out;
}

// /([#%-]})\n/g -> "$1"
Mapped trim_blocks(const Mapped& in) {
  Mapped out;
  const std::string& s = in.text;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\n' && i >= 2 && s[i - 1] == '}' &&
        (s[i - 2] == '#' || s[i - 2] == '%' || s[i - 2] == '-')) {
      continue;
    }
    out.push(in, i, i + 1);
  }
  return out;
}

// Matches `{%-? \s* (end)?generation \s* -?%}` at pos; sets the flags and the end.
bool match_generation(const std::string& s, std::size_t pos, bool& lstrip, bool& rstrip,
                      std::size_t& end) {
  if (s.compare(pos, 2, "{%") != 0) return false;
  std::size_t i = pos + 2;
  lstrip = i < s.size() && s[i] == '-';
  if (lstrip) ++i;
  while (std::size_t n = js_space_at(s, i)) i += n;
  if (s.compare(i, 3, "end") == 0 && s.compare(i + 3, 10, "generation") == 0) i += 3;
  if (s.compare(i, 10, "generation") != 0) return false;
  i += 10;
  while (std::size_t n = js_space_at(s, i)) i += n;
  rstrip = i < s.size() && s[i] == '-';
  if (rstrip) ++i;
  if (s.compare(i, 2, "%}") != 0) return false;
  end = i + 2;
  return true;
}

// /(\s*){%(-?)\s*(?:end)?generation\s*(-?)%}(\s*)/gs -> (lstrip ? "" : $1) + (rstrip ? "" : $4):
// the transformers-specific tags vanish, honouring their whitespace-control dashes.
Mapped strip_generation_tags(const Mapped& in) {
  Mapped out;
  const std::string& s = in.text;
  std::size_t done = 0;  // end of the previous match: its whitespace cannot be reused
  std::size_t i = 0;
  while (i < s.size()) {
    bool lstrip = false;
    bool rstrip = false;
    std::size_t tag_end = 0;
    if (!match_generation(s, i, lstrip, rstrip, tag_end)) {
      ++i;
      continue;
    }
    std::size_t before = i;
    std::size_t n = 0;
    while (before > done && js_space_before(s, before, n) && before - n >= done) before -= n;
    std::size_t after = tag_end;
    while (std::size_t m = js_space_at(s, after)) after += m;
    out.push(in, done, before);
    if (!lstrip) out.push(in, before, i);
    if (!rstrip) out.push(in, tag_end, after);
    done = after;
    i = after;
  }
  out.push(in, done, s.size());
  return out;
}

bool is_digit(char c) {
  return c >= '0' && c <= '9';
}
bool is_word(char c) {
  return is_digit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}

struct Fixed {
  const char* text;
  TokenType type;
};

// The reference's ORDERED_MAPPING_TABLE (longest match first where it matters), plus `**`.
constexpr Fixed kFixedTokens[] = {
    {"{%", TokenType::kOpenStatement},  {"%}", TokenType::kCloseStatement},
    {"{{", TokenType::kOpenExpression}, {"}}", TokenType::kCloseExpression},
    {"(", TokenType::kOpenParen},       {")", TokenType::kCloseParen},
    {"{", TokenType::kOpenBrace},       {"}", TokenType::kCloseBrace},
    {"[", TokenType::kOpenBracket},     {"]", TokenType::kCloseBracket},
    {",", TokenType::kComma},           {".", TokenType::kDot},
    {":", TokenType::kColon},           {"|", TokenType::kPipe},
    {"<=", TokenType::kComparison},     {">=", TokenType::kComparison},
    {"==", TokenType::kComparison},     {"!=", TokenType::kComparison},
    {"<", TokenType::kComparison},      {">", TokenType::kComparison},
    {"+", TokenType::kAdditive},        {"-", TokenType::kAdditive},
    {"~", TokenType::kAdditive},        {"**", TokenType::kMultiplicative},
    {"*", TokenType::kMultiplicative},  {"//", TokenType::kMultiplicative},
    {"/", TokenType::kMultiplicative},  {"%", TokenType::kMultiplicative},
    {"=", TokenType::kEquals},
};

class Lexer {
 public:
  Lexer(Mapped src, std::vector<std::size_t> line_starts)
      : src_(std::move(src)), s_(src_.text), line_starts_(std::move(line_starts)) {}

  Result<std::vector<Token>> run();

 private:
  int line_at(std::size_t pos) const {
    std::size_t offset = pos < src_.origin.size() ? src_.origin[pos]
                                                  : (src_.origin.empty() ? 0 : src_.origin.back());
    auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
    return static_cast<int>(it - line_starts_.begin());
  }
  Error error(std::size_t pos, const std::string& what) const {
    return format_error("chat template line " + std::to_string(line_at(pos)) + ": " + what);
  }
  void push(TokenType type, std::string text, std::size_t pos) {
    tokens_.push_back(Token{type, std::move(text), line_at(pos)});
  }
  TokenType last_type() const { return tokens_.empty() ? TokenType::kText : tokens_.back().type; }
  void strip_trailing_whitespace() {
    if (!tokens_.empty() && tokens_.back().type == TokenType::kText) {
      tokens_.back().text = js_trim_end(tokens_.back().text);
      if (tokens_.back().text.empty()) tokens_.pop_back();
    }
  }
  void skip_whitespace() {
    while (std::size_t n = js_space_at(s_, pos_)) pos_ += n;
  }
  Result<std::string> lex_string(char quote);

  Mapped src_;
  const std::string& s_;
  std::vector<std::size_t> line_starts_;
  std::vector<Token> tokens_;
  std::size_t pos_ = 0;
  int curly_depth_ = 0;
};

Result<std::string> Lexer::lex_string(char quote) {
  std::size_t start = pos_;
  ++pos_;  // opening quote
  std::string out;
  while (true) {
    if (pos_ >= s_.size()) return error(start, "unterminated string literal");
    char c = s_[pos_];
    if (c == quote) break;
    if (c == '\\') {
      if (pos_ + 1 >= s_.size()) return error(start, "unterminated string literal");
      char e = s_[pos_ + 1];
      switch (e) {
        case 'n':
          out += '\n';
          break;
        case 't':
          out += '\t';
          break;
        case 'r':
          out += '\r';
          break;
        case 'b':
          out += '\b';
          break;
        case 'f':
          out += '\f';
          break;
        case 'v':
          out += '\v';
          break;
        case '\'':
          out += '\'';
          break;
        case '"':
          out += '"';
          break;
        case '\\':
          out += '\\';
          break;
        default:
          return error(pos_, std::string("unknown escape \\") + e + " in string literal");
      }
      pos_ += 2;
      continue;
    }
    out += c;
    ++pos_;
  }
  ++pos_;  // closing quote
  return out;
}

Result<std::vector<Token>> Lexer::run() {
  while (pos_ < s_.size()) {
    TokenType last = last_type();
    if (tokens_.empty() || last == TokenType::kCloseStatement ||
        last == TokenType::kCloseExpression || last == TokenType::kComment) {
      std::size_t begin = pos_;
      while (pos_ < s_.size() &&
             !(s_[pos_] == '{' && pos_ + 1 < s_.size() &&
               (s_[pos_ + 1] == '%' || s_[pos_ + 1] == '{' || s_[pos_ + 1] == '#'))) {
        ++pos_;
      }
      if (pos_ > begin) {
        push(TokenType::kText, s_.substr(begin, pos_ - begin), begin);
        continue;
      }
    }
    std::size_t start = pos_;
    if (s_.compare(pos_, 2, "{#") == 0) {
      pos_ += 2;
      bool strip_before = pos_ < s_.size() && s_[pos_] == '-';
      if (strip_before) ++pos_;
      std::size_t close = s_.find("#}", pos_);
      if (close == std::string::npos) return error(start, "comment {# is never closed with #}");
      std::string comment = s_.substr(pos_, close - pos_);
      bool strip_after = !comment.empty() && comment.back() == '-';
      if (strip_before) strip_trailing_whitespace();
      push(TokenType::kComment, std::move(comment), start);
      pos_ = close + 2;
      if (strip_after) skip_whitespace();
      continue;
    }
    if (s_.compare(pos_, 3, "{%-") == 0) {
      strip_trailing_whitespace();
      push(TokenType::kOpenStatement, "{%", start);
      pos_ += 3;
      continue;
    }
    if (s_.compare(pos_, 3, "{{-") == 0) {
      strip_trailing_whitespace();
      push(TokenType::kOpenExpression, "{{", start);
      curly_depth_ = 0;
      pos_ += 3;
      continue;
    }
    skip_whitespace();
    if (pos_ >= s_.size()) return error(start, "unexpected end of template inside a tag");
    start = pos_;
    if (s_.compare(pos_, 3, "-%}") == 0) {
      push(TokenType::kCloseStatement, "%}", start);
      pos_ += 3;
      skip_whitespace();
      continue;
    }
    if (s_.compare(pos_, 3, "-}}") == 0) {
      push(TokenType::kCloseExpression, "}}", start);
      pos_ += 3;
      skip_whitespace();
      continue;
    }
    char c = s_[pos_];
    if (c == '-' || c == '+') {
      switch (last_type()) {
        case TokenType::kIdentifier:
        case TokenType::kNumber:
        case TokenType::kString:
        case TokenType::kCloseParen:
        case TokenType::kCloseBracket:
          break;  // binary operator: the fixed-token table below takes it
        default: {
          ++pos_;
          std::size_t digits = pos_;
          while (pos_ < s_.size() && is_digit(s_[pos_])) ++pos_;
          std::string num = s_.substr(digits, pos_ - digits);
          if (!num.empty() && pos_ + 1 < s_.size() && s_[pos_] == '.' && is_digit(s_[pos_ + 1])) {
            std::size_t frac = ++pos_;
            while (pos_ < s_.size() && is_digit(s_[pos_])) ++pos_;
            num += "." + s_.substr(frac, pos_ - frac);
          }
          push(num.empty() ? TokenType::kUnary : TokenType::kNumber, std::string(1, c) + num,
               start);
          continue;
        }
      }
    }
    bool matched = false;
    for (const Fixed& fixed : kFixedTokens) {
      std::string_view seq(fixed.text);
      if (seq == "}}" && curly_depth_ > 0) continue;  // inside a dict literal
      if (s_.compare(pos_, seq.size(), seq) != 0) continue;
      push(fixed.type, std::string(seq), start);
      if (fixed.type == TokenType::kOpenExpression) curly_depth_ = 0;
      if (fixed.type == TokenType::kOpenBrace) ++curly_depth_;
      if (fixed.type == TokenType::kCloseBrace) --curly_depth_;
      pos_ += seq.size();
      matched = true;
      break;
    }
    if (matched) continue;
    if (c == '\'' || c == '"') {
      MLXLA_ASSIGN_OR_RETURN(std::string text, lex_string(c));
      push(TokenType::kString, std::move(text), start);
      continue;
    }
    if (is_digit(c)) {
      while (pos_ < s_.size() && is_digit(s_[pos_])) ++pos_;
      if (last_type() != TokenType::kDot && pos_ + 1 < s_.size() && s_[pos_] == '.' &&
          is_digit(s_[pos_ + 1])) {
        ++pos_;
        while (pos_ < s_.size() && is_digit(s_[pos_])) ++pos_;
      }
      push(TokenType::kNumber, s_.substr(start, pos_ - start), start);
      continue;
    }
    if (is_word(c)) {
      while (pos_ < s_.size() && is_word(s_[pos_])) ++pos_;
      push(TokenType::kIdentifier, s_.substr(start, pos_ - start), start);
      continue;
    }
    return error(start, std::string("unexpected character '") + c + "'");
  }
  return std::move(tokens_);
}

}  // namespace

Result<std::vector<Token>> tokenize(std::string_view source) {
  if (source.size() > UINT32_MAX - 1) return invalid_argument("chat template larger than 4 GiB");
  std::vector<std::size_t> line_starts{0};
  for (std::size_t i = 0; i < source.size(); ++i) {
    if (source[i] == '\n') line_starts.push_back(i + 1);
  }
  Mapped src;
  src.text.assign(source);
  src.origin.resize(source.size());
  for (std::size_t i = 0; i < source.size(); ++i) src.origin[i] = static_cast<std::uint32_t>(i);
  // A single trailing newline is dropped (Jinja's keep_trailing_newline=False).
  if (!src.text.empty() && src.text.back() == '\n') {
    src.text.pop_back();
    src.origin.pop_back();
  }
  src = strip_generation_tags(trim_blocks(lstrip_blocks(src)));
  Lexer lexer(std::move(src), std::move(line_starts));
  return lexer.run();
}

}  // namespace mlxla::chat
