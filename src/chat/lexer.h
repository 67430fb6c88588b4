// Template text -> tokens, with @huggingface/jinja's preprocessing (trailing newline,
// lstrip_blocks, trim_blocks, `generation` tags) and `-` whitespace control. Every token
// carries the line of the original source it came from.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "mlxla/result.h"

namespace mlxla::chat {

enum class TokenType {
  kText,             ///< literal text between tags
  kComment,          ///< {# ... #}
  kOpenStatement,    ///< {%
  kCloseStatement,   ///< %}
  kOpenExpression,   ///< {{
  kCloseExpression,  ///< }}
  kNumber,           ///< 12, 1.5, -3 (a sign is part of the literal where it cannot be binary)
  kString,           ///< quoted literal, escapes resolved
  kIdentifier,       ///< names and keywords alike
  kOpenParen,
  kCloseParen,
  kOpenBracket,
  kCloseBracket,
  kOpenBrace,
  kCloseBrace,
  kComma,
  kDot,
  kColon,
  kPipe,
  kEquals,
  kAdditive,        ///< + - ~
  kMultiplicative,  ///< * / // % **
  kComparison,      ///< == != < > <= >=
  kUnary,           ///< a - or + that cannot be binary and is not followed by digits
};

struct Token {
  TokenType type;
  std::string text;
  int line;  ///< 1-based line in the original template
};

/// Tokenizes a template exactly as @huggingface/jinja's Template constructor does
/// (lstrip_blocks and trim_blocks on). Errors name the line.
Result<std::vector<Token>> tokenize(std::string_view source);

}  // namespace mlxla::chat
