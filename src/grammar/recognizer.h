// The byte-level pushdown recognizer of a Grammar: a parse state is a small set of stacks
// (several only while an anyOf is undecided), advanced one byte at a time. Every state it
// reaches can still be completed to a document, so a live state always has a next byte.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "grammar/grammar.h"

namespace mlxla::grammar {

/// One open construct. Field meanings depend on `phase` (see recognizer.cpp).
struct Frame {
  uint64_t value = 0;  ///< object: mask of properties seen; number: magnitude of the integer part
  uint32_t node = 0;   ///< grammar node (kDocument for the document frame)
  uint32_t index = 0;  ///< literal/key: candidate; object: property being valued; array: items;
                       ///< string: characters
  uint16_t pos = 0;  ///< literal/key: bytes matched; number: digits of the current part; document:
                     ///< whitespace run
  uint8_t phase = 0;
  uint8_t sub = 0;  ///< string body: escape / \u / UTF-8 continuation state
  uint32_t spare = 0;
  bool operator==(const Frame&) const = default;
};

using Stack = std::vector<Frame>;

/// One byte of a JSON string body. `sub` is 0 at a character boundary, 1 after '\', 2..6
/// inside \uXXXX, 0x20 | remaining << 3 | range inside a UTF-8 sequence. A closing quote is
/// the caller's to see (at sub 0); here it is rejected like any byte that cannot be content.
enum class StringStep : uint8_t { kReject, kPartial, kCharacter };
StringStep string_byte(uint8_t& sub, uint8_t b);

/// A parse state that is one stack inside a string body at a character boundary.
struct StringBody {
  uint32_t room;   ///< characters it may still take (UINT32_MAX: unbounded)
  bool can_close;  ///< a closing quote is allowed now (minLength reached)
};

/// A set of alternative stacks, kept in a pool whose slots (and their capacity) are reused.
struct ParseState {
  std::vector<Stack> stacks;
  size_t size = 0;

  bool empty() const { return size == 0; }
  void clear() { size = 0; }
  bool operator==(const ParseState& other) const;
  /// Appends the frames of every stack to `key` (a cache key: equal keys, equal futures).
  void append_key(std::string& key) const;
};

/// Advances parse states of one grammar. Stateless apart from the grammar; thread-safe.
class Recognizer {
 public:
  explicit Recognizer(const Grammar& grammar) : grammar_(&grammar) {}

  /// The state before the first byte.
  ParseState initial() const;
  /// `out` = the states reachable from `in` by `byte` (empty: the byte is not allowed).
  void advance(const ParseState& in, uint8_t byte, ParseState& out) const;
  /// Advances through `bytes`; false (state then unspecified) when one is not allowed.
  bool advance_bytes(ParseState& state, std::string_view bytes) const;
  /// True when the bytes so far form a complete document.
  bool accepting(const ParseState& state) const;
  /// Set when `state` is one stack inside a string value or a free object key (no declared
  /// properties) at a character boundary: the case the mask computes without a trie walk.
  std::optional<StringBody> string_body(const ParseState& state) const;
  /// Counts `chars` more characters in the string body of `state` (as string_body() found it).
  void count_characters(ParseState& state, uint32_t chars) const;

 private:
  struct Out;
  void feed(Stack& s, uint8_t b, Out& out) const;
  void start_value(Stack& s, uint32_t node, uint8_t b, Out& out) const;
  bool can_start(uint32_t node, uint8_t b, int depth) const;
  void feed_object(Stack& s, uint8_t b, Out& out) const;
  void feed_key(Stack& s, uint8_t b, Out& out) const;
  void feed_array(Stack& s, uint8_t b, Out& out) const;
  void feed_string(Stack& s, uint8_t b, Out& out) const;
  void feed_number(Stack& s, uint8_t b, Out& out) const;
  void feed_literal(Stack& s, uint8_t b, Out& out) const;
  void whitespace(Stack& s, Out& out) const;
  bool number_feasible(const Node& node, bool negative, uint64_t magnitude, int digits) const;
  bool completable(const Frame& frame) const;

  const Grammar* grammar_;
};

}  // namespace mlxla::grammar
