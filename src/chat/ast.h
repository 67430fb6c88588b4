// The syntax tree of a parsed template: statements and expressions share one node type whose
// fields are read according to `kind` (documented per kind below).
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "chat/value.h"

namespace mlxla::chat {

struct Node;
using NodePtr = std::unique_ptr<Node>;
using NodeList = std::vector<NodePtr>;

enum class NodeKind {
  // Statements
  kText,       ///< text: the literal text
  kOutput,     ///< {{ a }}
  kIf,         ///< a: condition; body; orelse (an elif is a nested kIf in orelse)
  kFor,        ///< names: loop variables; a: iterable; b: inline `if` filter or null; body; orelse
  kSet,        ///< a: target (identifier, tuple of identifiers, member); b: value or null -> body
  kMacro,      ///< text: name; params (kIdentifier or kKeyword with default); body
  kCallBlock,  ///< a: the call expression; params: caller parameters; body
  kFilterBlock,  ///< a: filter (kIdentifier or kCall of one); body
  kBreak,
  kContinue,
  // Expressions
  kLiteral,     ///< literal
  kIdentifier,  ///< text: name
  kList,        ///< items
  kTuple,       ///< items
  kDict,        ///< items: alternating key, value
  kAttribute,   ///< a.text
  kIndex,       ///< a[b]
  kSlice,       ///< a[b:c:d] (b, c, d may be null)
  kCall,        ///< a(items) where items may be kKeyword
  kKeyword,     ///< text=a (keyword argument, or macro parameter with default)
  kFilter,      ///< a | text(items)
  kTest,        ///< a is [not] text(items); negate
  kUnary,       ///< text: "-" "+" "not"; a
  kBinary,      ///< a text b (arithmetic, comparison, in, not in)
  kAnd,         ///< a and b
  kOr,          ///< a or b
  kTernary,     ///< b if a else c (c null: undefined when false)
};

struct Node {
  NodeKind kind;
  int line = 0;
  std::string text;
  Value literal;
  NodePtr a, b, c, d;
  NodeList items;
  NodeList params;
  std::vector<std::string> names;
  NodeList body;
  NodeList orelse;
  bool negate = false;
  int depth = 1;  ///< expression nesting below and including this node (bounded by the parser)
};

}  // namespace mlxla::chat
