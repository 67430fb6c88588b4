// A compiled JSON grammar: the node graph a JSON Schema (or "any JSON object") becomes, and the
// limits that keep every generated document finite. Immutable once built; shared by requests.
#pragma once

#include <cstdint>
#include <limits>
#include <memory>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "mlxla/result.h"

namespace mlxla::grammar {

/// Consecutive structural whitespace bytes allowed where JSON allows whitespace: a line break
/// ("\r\n" at most) plus an indentation of up to 4 per open object or array, i.e.
/// kWhitespaceBase + kWhitespacePerLevel * depth. Enough for pretty-printing; small enough
/// that a small model that prefers whitespace to what the grammar allows soon has to write
/// JSON (measured: models/demo-q4 spent its whole budget on 20-byte runs). Inside strings,
/// whitespace is content and not counted.
inline constexpr int kWhitespaceBase = 2;
inline constexpr int kWhitespacePerLevel = 4;
/// Open containers (objects, arrays, strings, numbers) at once, the document frame included.
inline constexpr int kMaxDepth = 48;
/// Digits of an unbounded number's integer part, fraction and exponent. 15 integer digits keep
/// every integer exact in a double (JavaScript clients); two exponent digits keep every number
/// finite in a double (at most ~1e114), which parsers refuse to exceed.
inline constexpr int kMaxIntegerDigits = 15;
inline constexpr int kMaxFractionDigits = 15;
inline constexpr int kMaxExponentDigits = 2;
/// Bytes of one enum/const value (serialized) or one property name: positions are 16-bit.
inline constexpr size_t kMaxLiteralBytes = 4096;
/// Declared properties of one object: the set seen so far is one 64-bit mask.
inline constexpr size_t kMaxProperties = 64;

enum class NodeKind : uint8_t {
  kAnyOf,    ///< one of `children`
  kObject,   ///< properties (sorted by encoded name), required mask, additional-properties node
  kArray,    ///< `items` repeated min_items..max_items times
  kString,   ///< any string of min_length..max_length code points
  kNumber,   ///< a JSON number; integer-only and bounded when `integer`
  kLiteral,  ///< exactly one of `literals` (JSON texts: enum, const, true/false/null)
};

/// A declared property: its name as it appears between the quotes (JSON-escaped) and its value.
struct Property {
  std::string name;          ///< the property name
  std::string encoded_name;  ///< the bytes between the quotes (nlohmann's escaping)
  uint32_t value = 0;        ///< node of the value
};

struct Node {
  NodeKind kind = NodeKind::kAnyOf;
  std::vector<uint32_t> children;  ///< kAnyOf alternatives
  // kObject
  std::vector<Property> properties;  ///< sorted by encoded_name
  uint64_t required_mask = 0;        ///< bit i: properties[i] is required
  int64_t additional = -1;           ///< node of undeclared properties' values; -1: none allowed
  // kArray
  uint32_t items = 0;
  uint32_t min_items = 0;
  uint32_t max_items = std::numeric_limits<uint32_t>::max();
  // kString
  uint32_t min_length = 0;
  uint32_t max_length = std::numeric_limits<uint32_t>::max();
  // kNumber
  bool integer = false;
  int64_t minimum = std::numeric_limits<int64_t>::min();  ///< integer bounds (inclusive)
  int64_t maximum = std::numeric_limits<int64_t>::max();
  // kLiteral: serialized JSON values, sorted, distinct
  std::vector<std::string> literals;
};

/// The node graph; node `root()` is the document. Nodes may refer to each other recursively
/// (recursive $ref, or "any value" containing objects of any values).
class Grammar {
 public:
  /// Compiles a JSON Schema (draft 2020-12 subset; see docs/GRAMMAR.md). An unsupported keyword
  /// or an unsatisfiable schema is an error naming it and its location (e.g. "/properties/a").
  static Result<std::shared_ptr<const Grammar>> from_json_schema(const nlohmann::json& schema);
  /// Any JSON object (OpenAI's {"type": "json_object"}).
  static std::shared_ptr<const Grammar> any_json_object();

  const std::vector<Node>& nodes() const { return nodes_; }
  const Node& node(uint32_t index) const { return nodes_[index]; }
  uint32_t root() const { return root_; }

 private:
  friend class SchemaCompiler;
  std::vector<Node> nodes_;
  uint32_t root_ = 0;
};

}  // namespace mlxla::grammar
