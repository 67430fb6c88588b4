// Tokens -> syntax tree. Statements: if/elif/else, for/else, set (also block set and
// attribute set), macro, call, filter, break, continue; expressions as in @huggingface/jinja
// plus `**`. Unknown statements and constructs are errors naming the line.
#pragma once

#include <vector>

#include "chat/ast.h"
#include "chat/lexer.h"
#include "mlxla/result.h"

namespace mlxla::chat {

/// Nesting limits: deeper templates are rejected rather than risking the stack.
inline constexpr int kMaxStatementDepth = 64;
inline constexpr int kMaxExpressionDepth = 128;

/// Parses a token stream into the list of top-level statements.
Result<NodeList> parse(const std::vector<Token>& tokens);

}  // namespace mlxla::chat
