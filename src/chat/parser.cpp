// Recursive-descent parser (see parser.h). Precedence, lowest first, as in the reference:
// ternary, or, and, not, comparison/in, + - ~, * / // %, **, unary -, is-test, |filter,
// member/call, primary.
#include "chat/parser.h"

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <initializer_list>
#include <string_view>

namespace mlxla::chat {

namespace {

class Parser {
 public:
  explicit Parser(const std::vector<Token>& tokens) : tokens_(tokens) {}

  Result<NodeList> parse_program() {
    MLXLA_ASSIGN_OR_RETURN(NodeList body, parse_block({}, 0));
    return body;
  }

 private:
  // ---- token access -------------------------------------------------------------------
  const Token* peek(std::size_t k = 0) const {
    return pos_ + k < tokens_.size() ? &tokens_[pos_ + k] : nullptr;
  }
  bool is(TokenType type, std::size_t k = 0) const {
    const Token* t = peek(k);
    return t != nullptr && t->type == type;
  }
  bool is_word(std::string_view word, std::size_t k = 0) const {
    const Token* t = peek(k);
    return t != nullptr && t->type == TokenType::kIdentifier && t->text == word;
  }
  bool is_op(TokenType type, std::string_view text) const {
    const Token* t = peek();
    return t != nullptr && t->type == type && t->text == text;
  }
  int line() const {
    if (const Token* t = peek()) return t->line;
    return tokens_.empty() ? 1 : tokens_.back().line;
  }
  Error error(const std::string& what) const { return error_at(line(), what); }
  static Error error_at(int line, const std::string& what) {
    return format_error("chat template line " + std::to_string(line) + ": " + what);
  }
  std::string describe_next() const {
    const Token* t = peek();
    if (t == nullptr) return "end of template";
    if (t->type == TokenType::kText) return "text";
    return "'" + t->text + "'";
  }
  Status expect(TokenType type, const char* what) {
    if (!is(type)) return error(std::string("expected ") + what + ", found " + describe_next());
    ++pos_;
    return Status::Ok();
  }
  Result<std::string> expect_identifier(const char* what) {
    if (!is(TokenType::kIdentifier))
      return error(std::string("expected ") + what + ", found " + describe_next());
    return tokens_[pos_++].text;
  }

  NodePtr make(NodeKind kind, int at_line) {
    auto node = std::make_unique<Node>();
    node->kind = kind;
    node->line = at_line;
    return node;
  }
  // Sets the node's expression depth from its children; rejects overly deep expressions
  // (evaluation and destruction recurse once per level).
  Result<NodePtr> seal(NodePtr node) {
    int depth = 0;
    for (const NodePtr* child : {&node->a, &node->b, &node->c, &node->d}) {
      if (*child) depth = std::max(depth, (*child)->depth);
    }
    for (const NodePtr& item : node->items) depth = std::max(depth, item->depth);
    node->depth = depth + 1;
    if (node->depth > kMaxExpressionDepth) {
      return error_at(node->line, "expression nested deeper than " +
                                      std::to_string(kMaxExpressionDepth) + " levels");
    }
    return node;
  }

  // ---- statements ---------------------------------------------------------------------
  bool at_end_tag(std::initializer_list<std::string_view> words) const {
    if (!is(TokenType::kOpenStatement)) return false;
    for (std::string_view w : words) {
      if (is_word(w, 1)) return true;
    }
    return false;
  }

  // Parses statements until one of the `stop` tags (left unconsumed); `open_line` is where
  // the enclosing statement began, for the error when the block is never closed.
  Result<NodeList> parse_block(std::initializer_list<std::string_view> stop, int depth,
                               int open_line = 0) {
    NodeList body;
    while (pos_ < tokens_.size()) {
      if (stop.size() > 0 && at_end_tag(stop)) return body;
      const Token& t = tokens_[pos_];
      switch (t.type) {
        case TokenType::kText: {
          auto node = make(NodeKind::kText, t.line);
          node->text = t.text;
          body.push_back(std::move(node));
          ++pos_;
          break;
        }
        case TokenType::kComment:
          ++pos_;
          break;
        case TokenType::kOpenExpression: {
          ++pos_;
          auto node = make(NodeKind::kOutput, t.line);
          MLXLA_ASSIGN_OR_RETURN(node->a, parse_expression());
          MLXLA_RETURN_IF_ERROR(expect(TokenType::kCloseExpression, "'}}'"));
          body.push_back(std::move(node));
          break;
        }
        case TokenType::kOpenStatement: {
          MLXLA_ASSIGN_OR_RETURN(NodePtr node, parse_statement(depth + 1));
          if (node) body.push_back(std::move(node));
          break;
        }
        default:
          return error("unexpected " + describe_next() + " outside of a tag");
      }
    }
    if (stop.size() > 0) {
      std::string closer;
      for (std::string_view w : stop) {
        if (w.substr(0, 3) == "end") closer = std::string(w);
      }
      return error_at(open_line, "block starting here is never closed with {% " + closer + " %}");
    }
    return body;
  }

  Status expect_end_tag(std::string_view word) {
    MLXLA_RETURN_IF_ERROR(expect(TokenType::kOpenStatement, "'{%'"));
    if (!is_word(word))
      return error("expected " + std::string(word) + ", found " + describe_next());
    ++pos_;
    return expect(TokenType::kCloseStatement, "'%}'");
  }

  Result<NodePtr> parse_statement(int depth) {
    if (depth > kMaxStatementDepth) {
      return error("statements nested deeper than " + std::to_string(kMaxStatementDepth) +
                   " levels");
    }
    ++pos_;  // {%
    int at = line();
    MLXLA_ASSIGN_OR_RETURN(std::string keyword, expect_identifier("a statement keyword"));
    if (keyword == "if") {
      MLXLA_ASSIGN_OR_RETURN(NodePtr node, parse_if_rest(at, depth));
      MLXLA_RETURN_IF_ERROR(expect_end_tag("endif"));
      return node;
    }
    if (keyword == "for") return parse_for(at, depth);
    if (keyword == "set") return parse_set(at, depth);
    if (keyword == "macro") return parse_macro(at, depth);
    if (keyword == "call") return parse_call_block(at, depth);
    if (keyword == "filter") return parse_filter_block(at, depth);
    if (keyword == "break" || keyword == "continue") {
      MLXLA_RETURN_IF_ERROR(expect(TokenType::kCloseStatement, "'%}'"));
      return make(keyword == "break" ? NodeKind::kBreak : NodeKind::kContinue, at);
    }
    return error_at(at, "unsupported statement {% " + keyword + " %}");
  }

  Result<NodePtr> parse_if_rest(int at, int depth) {
    auto node = make(NodeKind::kIf, at);
    MLXLA_ASSIGN_OR_RETURN(node->a, parse_expression());
    MLXLA_RETURN_IF_ERROR(expect(TokenType::kCloseStatement, "'%}'"));
    MLXLA_ASSIGN_OR_RETURN(node->body, parse_block({"elif", "else", "endif"}, depth, at));
    if (is_word("elif", 1)) {
      pos_ += 2;
      MLXLA_ASSIGN_OR_RETURN(NodePtr elif, parse_if_rest(line(), depth + 1));
      node->orelse.push_back(std::move(elif));
    } else if (is_word("else", 1)) {
      pos_ += 2;
      MLXLA_RETURN_IF_ERROR(expect(TokenType::kCloseStatement, "'%}'"));
      MLXLA_ASSIGN_OR_RETURN(node->orelse, parse_block({"endif"}, depth, at));
    }
    return node;
  }

  Result<NodePtr> parse_for(int at, int depth) {
    auto node = make(NodeKind::kFor, at);
    do {
      MLXLA_ASSIGN_OR_RETURN(std::string name, expect_identifier("a loop variable"));
      node->names.push_back(std::move(name));
    } while (is(TokenType::kComma) && (++pos_, true));
    if (!is_word("in"))
      return error("expected 'in' after the loop variables, found " + describe_next());
    ++pos_;
    MLXLA_ASSIGN_OR_RETURN(NodePtr iterable, parse_expression());
    if (iterable->kind == NodeKind::kTernary && !iterable->c) {
      // `for x in xs if cond`: the reference parses a select expression and filters items.
      node->a = std::move(iterable->b);
      node->b = std::move(iterable->a);
    } else {
      node->a = std::move(iterable);
    }
    if (is_word("recursive")) return error("unsupported construct: recursive for loops");
    MLXLA_RETURN_IF_ERROR(expect(TokenType::kCloseStatement, "'%}'"));
    MLXLA_ASSIGN_OR_RETURN(node->body, parse_block({"endfor", "else"}, depth, at));
    if (is_word("else", 1)) {
      pos_ += 2;
      MLXLA_RETURN_IF_ERROR(expect(TokenType::kCloseStatement, "'%}'"));
      MLXLA_ASSIGN_OR_RETURN(node->orelse, parse_block({"endfor"}, depth, at));
    }
    MLXLA_RETURN_IF_ERROR(expect_end_tag("endfor"));
    return node;
  }

  Result<NodePtr> parse_set(int at, int depth) {
    auto node = make(NodeKind::kSet, at);
    MLXLA_ASSIGN_OR_RETURN(NodePtr target, parse_postfix());
    if (is(TokenType::kComma)) {
      auto tuple = make(NodeKind::kTuple, at);
      tuple->items.push_back(std::move(target));
      while (is(TokenType::kComma)) {
        ++pos_;
        MLXLA_ASSIGN_OR_RETURN(NodePtr next, parse_postfix());
        tuple->items.push_back(std::move(next));
      }
      target = std::move(tuple);
    }
    bool valid = target->kind == NodeKind::kIdentifier || target->kind == NodeKind::kAttribute;
    if (target->kind == NodeKind::kTuple) {
      valid = std::all_of(target->items.begin(), target->items.end(),
                          [](const NodePtr& n) { return n->kind == NodeKind::kIdentifier; });
    }
    if (!valid) return error_at(at, "set: can only assign to a name, names, or name.attribute");
    node->a = std::move(target);
    if (is(TokenType::kEquals)) {
      ++pos_;
      MLXLA_ASSIGN_OR_RETURN(node->b, parse_expression_sequence());
      MLXLA_RETURN_IF_ERROR(expect(TokenType::kCloseStatement, "'%}'"));
      return node;
    }
    MLXLA_RETURN_IF_ERROR(expect(TokenType::kCloseStatement, "'=' or '%}'"));
    MLXLA_ASSIGN_OR_RETURN(node->body, parse_block({"endset"}, depth, at));
    MLXLA_RETURN_IF_ERROR(expect_end_tag("endset"));
    return node;
  }

  Result<NodeList> parse_params() {
    NodeList params;
    MLXLA_RETURN_IF_ERROR(expect(TokenType::kOpenParen, "'('"));
    while (!is(TokenType::kCloseParen)) {
      int at = line();
      MLXLA_ASSIGN_OR_RETURN(std::string name, expect_identifier("a parameter name"));
      if (is(TokenType::kEquals)) {
        ++pos_;
        auto kw = make(NodeKind::kKeyword, at);
        kw->text = std::move(name);
        MLXLA_ASSIGN_OR_RETURN(kw->a, parse_expression());
        params.push_back(std::move(kw));
      } else {
        auto id = make(NodeKind::kIdentifier, at);
        id->text = std::move(name);
        params.push_back(std::move(id));
      }
      if (is(TokenType::kComma)) {
        ++pos_;
      } else if (!is(TokenType::kCloseParen)) {
        return error("expected ',' or ')' in the parameter list, found " + describe_next());
      }
    }
    ++pos_;
    return params;
  }

  Result<NodePtr> parse_macro(int at, int depth) {
    auto node = make(NodeKind::kMacro, at);
    MLXLA_ASSIGN_OR_RETURN(node->text, expect_identifier("a macro name"));
    MLXLA_ASSIGN_OR_RETURN(node->params, parse_params());
    MLXLA_RETURN_IF_ERROR(expect(TokenType::kCloseStatement, "'%}'"));
    MLXLA_ASSIGN_OR_RETURN(node->body, parse_block({"endmacro"}, depth, at));
    MLXLA_RETURN_IF_ERROR(expect_end_tag("endmacro"));
    return node;
  }

  Result<NodePtr> parse_call_block(int at, int depth) {
    auto node = make(NodeKind::kCallBlock, at);
    if (is(TokenType::kOpenParen)) {
      MLXLA_ASSIGN_OR_RETURN(node->params, parse_params());
    }
    MLXLA_ASSIGN_OR_RETURN(node->a, parse_postfix());
    if (node->a->kind != NodeKind::kCall) return error_at(at, "{% call %} needs a macro call");
    MLXLA_RETURN_IF_ERROR(expect(TokenType::kCloseStatement, "'%}'"));
    MLXLA_ASSIGN_OR_RETURN(node->body, parse_block({"endcall"}, depth, at));
    MLXLA_RETURN_IF_ERROR(expect_end_tag("endcall"));
    return node;
  }

  Result<NodePtr> parse_filter_block(int at, int depth) {
    auto node = make(NodeKind::kFilterBlock, at);
    auto filter = make(NodeKind::kFilter, at);
    MLXLA_ASSIGN_OR_RETURN(filter->text, expect_identifier("a filter name"));
    if (is(TokenType::kOpenParen)) {
      MLXLA_ASSIGN_OR_RETURN(filter->items, parse_arguments());
    }
    node->a = std::move(filter);
    MLXLA_RETURN_IF_ERROR(expect(TokenType::kCloseStatement, "'%}'"));
    MLXLA_ASSIGN_OR_RETURN(node->body, parse_block({"endfilter"}, depth, at));
    MLXLA_RETURN_IF_ERROR(expect_end_tag("endfilter"));
    return node;
  }

  // ---- expressions --------------------------------------------------------------------
  Result<NodePtr> parse_expression_sequence() {
    int at = line();
    MLXLA_ASSIGN_OR_RETURN(NodePtr first, parse_expression());
    if (!is(TokenType::kComma)) return first;
    auto tuple = make(NodeKind::kTuple, at);
    tuple->items.push_back(std::move(first));
    while (is(TokenType::kComma)) {
      ++pos_;
      MLXLA_ASSIGN_OR_RETURN(NodePtr next, parse_expression());
      tuple->items.push_back(std::move(next));
    }
    return seal(std::move(tuple));
  }

  Result<NodePtr> parse_expression() {
    if (++nesting_ > kMaxExpressionDepth) return error("expression nested too deeply");
    auto result = parse_ternary();
    --nesting_;
    return result;
  }

  Result<NodePtr> parse_ternary() {
    int at = line();
    MLXLA_ASSIGN_OR_RETURN(NodePtr value, parse_or());
    if (!is_word("if")) return value;
    ++pos_;
    auto node = make(NodeKind::kTernary, at);
    node->b = std::move(value);
    MLXLA_ASSIGN_OR_RETURN(node->a, parse_or());
    if (is_word("else")) {
      ++pos_;
      MLXLA_ASSIGN_OR_RETURN(node->c, parse_expression());
    }
    return seal(std::move(node));
  }

  Result<NodePtr> binary(NodeKind kind, std::string op, NodePtr left, NodePtr right, int at) {
    auto node = make(kind, at);
    node->text = std::move(op);
    node->a = std::move(left);
    node->b = std::move(right);
    return seal(std::move(node));
  }

  Result<NodePtr> parse_or() {
    MLXLA_ASSIGN_OR_RETURN(NodePtr left, parse_and());
    while (is_word("or")) {
      int at = line();
      ++pos_;
      MLXLA_ASSIGN_OR_RETURN(NodePtr right, parse_and());
      MLXLA_ASSIGN_OR_RETURN(left,
                             binary(NodeKind::kOr, "or", std::move(left), std::move(right), at));
    }
    return left;
  }

  Result<NodePtr> parse_and() {
    MLXLA_ASSIGN_OR_RETURN(NodePtr left, parse_not());
    while (is_word("and")) {
      int at = line();
      ++pos_;
      MLXLA_ASSIGN_OR_RETURN(NodePtr right, parse_not());
      MLXLA_ASSIGN_OR_RETURN(left,
                             binary(NodeKind::kAnd, "and", std::move(left), std::move(right), at));
    }
    return left;
  }

  Result<NodePtr> parse_not() {
    if (!is_word("not")) return parse_comparison();
    int at = line();
    ++pos_;
    if (++nesting_ > kMaxExpressionDepth) return error("expression nested too deeply");
    auto operand = parse_not();
    --nesting_;
    if (!operand.ok()) return operand.error();
    auto node = make(NodeKind::kUnary, at);
    node->text = "not";
    node->a = std::move(operand).value();
    return seal(std::move(node));
  }

  Result<NodePtr> parse_comparison() {
    MLXLA_ASSIGN_OR_RETURN(NodePtr left, parse_additive());
    while (true) {
      int at = line();
      std::string op;
      if (is(TokenType::kComparison)) {
        op = peek()->text;
        ++pos_;
      } else if (is_word("in")) {
        op = "in";
        ++pos_;
      } else if (is_word("not") && is_word("in", 1)) {
        op = "not in";
        pos_ += 2;
      } else {
        return left;
      }
      MLXLA_ASSIGN_OR_RETURN(NodePtr right, parse_additive());
      MLXLA_ASSIGN_OR_RETURN(left,
                             binary(NodeKind::kBinary, op, std::move(left), std::move(right), at));
    }
  }

  Result<NodePtr> parse_additive() {
    MLXLA_ASSIGN_OR_RETURN(NodePtr left, parse_multiplicative());
    while (is(TokenType::kAdditive)) {
      int at = line();
      std::string op = tokens_[pos_++].text;
      MLXLA_ASSIGN_OR_RETURN(NodePtr right, parse_multiplicative());
      MLXLA_ASSIGN_OR_RETURN(left,
                             binary(NodeKind::kBinary, op, std::move(left), std::move(right), at));
    }
    return left;
  }

  Result<NodePtr> parse_multiplicative() {
    MLXLA_ASSIGN_OR_RETURN(NodePtr left, parse_power());
    while (is(TokenType::kMultiplicative) && peek()->text != "**") {
      int at = line();
      std::string op = tokens_[pos_++].text;
      MLXLA_ASSIGN_OR_RETURN(NodePtr right, parse_power());
      MLXLA_ASSIGN_OR_RETURN(left,
                             binary(NodeKind::kBinary, op, std::move(left), std::move(right), at));
    }
    return left;
  }

  Result<NodePtr> parse_power() {
    MLXLA_ASSIGN_OR_RETURN(NodePtr left, parse_unary());
    while (is_op(TokenType::kMultiplicative, "**")) {
      int at = line();
      ++pos_;
      MLXLA_ASSIGN_OR_RETURN(NodePtr right, parse_unary());
      MLXLA_ASSIGN_OR_RETURN(
          left, binary(NodeKind::kBinary, "**", std::move(left), std::move(right), at));
    }
    return left;
  }

  Result<NodePtr> parse_unary() {
    if (!is(TokenType::kUnary)) return parse_test();
    int at = line();
    std::string op = tokens_[pos_++].text;
    if (++nesting_ > kMaxExpressionDepth) return error("expression nested too deeply");
    auto operand = parse_unary();
    --nesting_;
    if (!operand.ok()) return operand.error();
    auto node = make(NodeKind::kUnary, at);
    node->text = std::move(op);
    node->a = std::move(operand).value();
    return seal(std::move(node));
  }

  static bool test_takes_bare_argument(const std::string& name) {
    for (const char* t : {"eq", "equalto", "ne", "sameas", "divisibleby", "in", "lt", "le", "gt",
                          "ge", "lessthan", "greaterthan"}) {
      if (name == t) return true;
    }
    return false;
  }

  Result<NodePtr> parse_test() {
    MLXLA_ASSIGN_OR_RETURN(NodePtr operand, parse_filter());
    while (is_word("is")) {
      int at = line();
      ++pos_;
      auto node = make(NodeKind::kTest, at);
      if (is_word("not")) {
        node->negate = true;
        ++pos_;
      }
      MLXLA_ASSIGN_OR_RETURN(node->text, expect_identifier("a test name after 'is'"));
      if (node->text == "True" || node->text == "False" || node->text == "None") {
        node->text = ascii_lower_name(node->text);
      }
      if (is(TokenType::kOpenParen)) {
        MLXLA_ASSIGN_OR_RETURN(node->items, parse_arguments());
      } else if (test_takes_bare_argument(node->text)) {
        MLXLA_ASSIGN_OR_RETURN(NodePtr arg, parse_postfix());
        node->items.push_back(std::move(arg));
      }
      node->a = std::move(operand);
      MLXLA_ASSIGN_OR_RETURN(operand, seal(std::move(node)));
    }
    return operand;
  }

  static std::string ascii_lower_name(std::string s) {
    for (char& c : s) {
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    return s;
  }

  Result<NodePtr> parse_filter() {
    MLXLA_ASSIGN_OR_RETURN(NodePtr operand, parse_postfix());
    while (is(TokenType::kPipe)) {
      int at = line();
      ++pos_;
      auto node = make(NodeKind::kFilter, at);
      MLXLA_ASSIGN_OR_RETURN(node->text, expect_identifier("a filter name after '|'"));
      if (is(TokenType::kOpenParen)) {
        MLXLA_ASSIGN_OR_RETURN(node->items, parse_arguments());
      }
      node->a = std::move(operand);
      MLXLA_ASSIGN_OR_RETURN(operand, seal(std::move(node)));
    }
    return operand;
  }

  Result<NodeList> parse_arguments() {
    NodeList args;
    ++pos_;  // (
    bool seen_keyword = false;
    while (!is(TokenType::kCloseParen)) {
      if (pos_ >= tokens_.size()) return error("unterminated argument list");
      int at = line();
      MLXLA_ASSIGN_OR_RETURN(NodePtr arg, parse_expression());
      if (is(TokenType::kEquals)) {
        if (arg->kind != NodeKind::kIdentifier)
          return error("a keyword argument needs a name before '='");
        ++pos_;
        auto kw = make(NodeKind::kKeyword, at);
        kw->text = arg->text;
        MLXLA_ASSIGN_OR_RETURN(kw->a, parse_expression());
        MLXLA_ASSIGN_OR_RETURN(arg, seal(std::move(kw)));
        seen_keyword = true;
      } else if (seen_keyword) {
        return error("positional argument after a keyword argument");
      }
      args.push_back(std::move(arg));
      if (is(TokenType::kComma)) {
        ++pos_;
      } else if (!is(TokenType::kCloseParen)) {
        return error("expected ',' or ')' in the argument list, found " + describe_next());
      }
    }
    ++pos_;  // )
    return args;
  }

  Result<NodePtr> parse_subscript(NodePtr object, int at) {
    ++pos_;  // [
    NodePtr parts[3];
    int count = 0;
    bool is_slice = false;
    while (!is(TokenType::kCloseBracket)) {
      if (pos_ >= tokens_.size()) return error("unterminated subscript");
      if (count >= 3) return error("a slice takes at most three parts");
      if (is(TokenType::kColon)) {
        ++pos_;
        ++count;
        is_slice = true;
        continue;
      }
      MLXLA_ASSIGN_OR_RETURN(parts[count], parse_expression());
      if (is(TokenType::kColon)) {
        ++pos_;
        is_slice = true;
      }
      ++count;
    }
    ++pos_;  // ]
    if (count == 0) return error_at(at, "empty subscript []");
    auto node = make(is_slice ? NodeKind::kSlice : NodeKind::kIndex, at);
    node->a = std::move(object);
    node->b = std::move(parts[0]);
    node->c = std::move(parts[1]);
    node->d = std::move(parts[2]);
    return seal(std::move(node));
  }

  Result<NodePtr> parse_postfix() {
    MLXLA_ASSIGN_OR_RETURN(NodePtr node, parse_primary());
    while (true) {
      int at = line();
      if (is(TokenType::kDot)) {
        ++pos_;
        auto attr = make(NodeKind::kAttribute, at);
        MLXLA_ASSIGN_OR_RETURN(attr->text, expect_identifier("an attribute name after '.'"));
        attr->a = std::move(node);
        MLXLA_ASSIGN_OR_RETURN(node, seal(std::move(attr)));
      } else if (is(TokenType::kOpenBracket)) {
        MLXLA_ASSIGN_OR_RETURN(node, parse_subscript(std::move(node), at));
      } else if (is(TokenType::kOpenParen)) {
        auto call = make(NodeKind::kCall, at);
        MLXLA_ASSIGN_OR_RETURN(call->items, parse_arguments());
        call->a = std::move(node);
        MLXLA_ASSIGN_OR_RETURN(node, seal(std::move(call)));
      } else {
        return node;
      }
    }
  }

  Result<NodePtr> parse_primary() {
    const Token* t = peek();
    if (t == nullptr) return error("unexpected end of template in an expression");
    int at = t->line;
    switch (t->type) {
      case TokenType::kNumber: {
        ++pos_;
        auto node = make(NodeKind::kLiteral, at);
        const std::string& text = t->text;
        if (text.find('.') == std::string::npos) {
          errno = 0;
          long long v = std::strtoll(text.c_str(), nullptr, 10);
          node->literal = errno == ERANGE ? Value::number(std::strtod(text.c_str(), nullptr))
                                          : Value::integer(v);
        } else {
          node->literal = Value::number(std::strtod(text.c_str(), nullptr));
        }
        return node;
      }
      case TokenType::kString: {
        std::string text;
        while (is(TokenType::kString)) text += tokens_[pos_++].text;  // "a" "b" concatenates
        auto node = make(NodeKind::kLiteral, at);
        node->literal = Value::string(std::move(text));
        return node;
      }
      case TokenType::kIdentifier: {
        ++pos_;
        auto node = make(NodeKind::kLiteral, at);
        if (t->text == "true" || t->text == "True") {
          node->literal = Value::boolean(true);
        } else if (t->text == "false" || t->text == "False") {
          node->literal = Value::boolean(false);
        } else if (t->text == "none" || t->text == "None") {
          node->literal = Value::none();
        } else {
          node->kind = NodeKind::kIdentifier;
          node->text = t->text;
        }
        return node;
      }
      case TokenType::kOpenParen: {
        ++pos_;
        if (is(TokenType::kCloseParen)) {
          ++pos_;
          return make(NodeKind::kTuple, at);
        }
        MLXLA_ASSIGN_OR_RETURN(NodePtr inner, parse_expression_sequence());
        MLXLA_RETURN_IF_ERROR(expect(TokenType::kCloseParen, "')'"));
        return inner;
      }
      case TokenType::kOpenBracket: {
        ++pos_;
        auto node = make(NodeKind::kList, at);
        while (!is(TokenType::kCloseBracket)) {
          MLXLA_ASSIGN_OR_RETURN(NodePtr item, parse_expression());
          node->items.push_back(std::move(item));
          if (is(TokenType::kComma)) {
            ++pos_;
          } else if (!is(TokenType::kCloseBracket)) {
            return error("expected ',' or ']' in a list, found " + describe_next());
          }
        }
        ++pos_;
        return seal(std::move(node));
      }
      case TokenType::kOpenBrace: {
        ++pos_;
        auto node = make(NodeKind::kDict, at);
        while (!is(TokenType::kCloseBrace)) {
          MLXLA_ASSIGN_OR_RETURN(NodePtr key, parse_expression());
          MLXLA_RETURN_IF_ERROR(expect(TokenType::kColon, "':' in a dict literal"));
          MLXLA_ASSIGN_OR_RETURN(NodePtr value, parse_expression());
          node->items.push_back(std::move(key));
          node->items.push_back(std::move(value));
          if (is(TokenType::kComma)) {
            ++pos_;
          } else if (!is(TokenType::kCloseBrace)) {
            return error("expected ',' or '}' in a dict, found " + describe_next());
          }
        }
        ++pos_;
        return seal(std::move(node));
      }
      default:
        return error("unexpected " + describe_next() + " in an expression");
    }
  }

  const std::vector<Token>& tokens_;
  std::size_t pos_ = 0;
  int nesting_ = 0;
};

}  // namespace

Result<NodeList> parse(const std::vector<Token>& tokens) {
  Parser parser(tokens);
  return parser.parse_program();
}

}  // namespace mlxla::chat
