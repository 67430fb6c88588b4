// JSON Schema -> Grammar. Supports the subset structured output needs (docs/GRAMMAR.md); every
// other keyword that constrains a value is an error naming it and where it is, never ignored.
#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <string_view>

#include "grammar/grammar.h"

namespace mlxla::grammar {

using nlohmann::json;

namespace {
Error at(const std::string& where, const std::string& message);
Node node_of(NodeKind kind) {
  Node node;
  node.kind = kind;
  return node;
}
}  // namespace

/// Compiles one schema document into a Grammar's nodes. Holds the document for $ref lookups.
class SchemaCompiler {
 public:
  explicit SchemaCompiler(const json& document) : document_(document) {}

  Result<std::shared_ptr<const Grammar>> compile() {
    auto grammar = std::make_shared<Grammar>();
    grammar_ = grammar.get();
    MLXLA_ASSIGN_OR_RETURN(uint32_t root, compile_schema(document_, "#"));
    grammar_->root_ = root;
    MLXLA_RETURN_IF_ERROR(prune());
    return std::shared_ptr<const Grammar>(std::move(grammar));
  }

  /// Removes what no finite document can contain (an anyOf branch, an optional property or an
  /// array item whose schema has no finite instance), so that the recognizer never enters a
  /// construct it cannot leave. A root with no finite instance is an error.
  Status prune() {
    std::vector<Node>& nodes = grammar_->nodes_;
    std::vector<char> productive(nodes.size(), 0);
    for (bool changed = true; changed;) {
      changed = false;
      for (size_t i = 0; i < nodes.size(); ++i) {
        if (productive[i]) continue;
        const Node& n = nodes[i];
        bool now = false;
        switch (n.kind) {
          case NodeKind::kAnyOf:
            now = std::any_of(n.children.begin(), n.children.end(),
                              [&](uint32_t c) { return productive[c] != 0; });
            break;
          case NodeKind::kObject:
            now = true;
            for (size_t p = 0; p < n.properties.size(); ++p)
              if ((n.required_mask >> p & 1) && !productive[n.properties[p].value]) now = false;
            break;
          case NodeKind::kArray:
            now = n.min_items == 0 || productive[n.items];
            break;
          case NodeKind::kString:
          case NodeKind::kNumber:
            now = true;
            break;
          case NodeKind::kLiteral:
            now = !n.literals.empty();
            break;
        }
        if (now) {
          productive[i] = 1;
          changed = true;
        }
      }
    }
    if (!productive[grammar_->root_])
      return at("#", "the schema has no finite instance (a required part refers to itself)");
    for (Node& n : nodes) {
      std::erase_if(n.children, [&](uint32_t c) { return !productive[c]; });
      if (n.kind == NodeKind::kArray && !productive[n.items]) n.max_items = 0;
      if (n.additional >= 0 && !productive[static_cast<size_t>(n.additional)]) n.additional = -1;
      std::vector<Property> kept;
      uint64_t required = 0;
      for (size_t p = 0; p < n.properties.size(); ++p) {
        if (!productive[n.properties[p].value]) continue;
        if (n.required_mask >> p & 1) required |= uint64_t{1} << kept.size();
        kept.push_back(std::move(n.properties[p]));
      }
      n.properties = std::move(kept);
      n.required_mask = required;
    }
    return Status::Ok();
  }

  /// The "any JSON value" node graph (built once per grammar).
  uint32_t any_value() {
    if (any_ >= 0) return static_cast<uint32_t>(any_);
    any_ = static_cast<int64_t>(add(node_of(NodeKind::kAnyOf)));
    Node object = node_of(NodeKind::kObject);
    object.additional = any_;
    Node array = node_of(NodeKind::kArray);
    array.items = static_cast<uint32_t>(any_);
    Node number = node_of(NodeKind::kNumber);
    Node literal = node_of(NodeKind::kLiteral);
    literal.literals = {"false", "null", "true"};
    const std::vector<uint32_t> children{add(std::move(object)), add(std::move(array)),
                                         add(node_of(NodeKind::kString)), add(std::move(number)),
                                         add(std::move(literal))};
    grammar_->nodes_[static_cast<size_t>(any_)].children = children;
    return static_cast<uint32_t>(any_);
  }

  /// A free object whose values are any JSON value.
  uint32_t any_object() {
    Node object = node_of(NodeKind::kObject);
    object.additional = any_value();
    return add(std::move(object));
  }

  Grammar* grammar_ = nullptr;

 private:
  uint32_t add(Node node) {
    grammar_->nodes_.push_back(std::move(node));
    return static_cast<uint32_t>(grammar_->nodes_.size() - 1);
  }

  Result<uint32_t> compile_schema(const json& schema, const std::string& where);
  Result<uint32_t> compile_ref(const std::string& ref, const std::string& where);
  Result<uint32_t> compile_type(const json& schema, const std::string& type,
                                const std::string& where);
  Result<uint32_t> compile_object(const json& schema, const std::string& where);
  Result<uint32_t> compile_array(const json& schema, const std::string& where);
  Result<uint32_t> compile_integer_or_number(const json& schema, bool integer,
                                             const std::string& where);
  Result<uint32_t> compile_enum(const json& schema, const std::string& where);

  const json& document_;
  int64_t any_ = -1;
  std::map<std::string, uint32_t> refs_;  // compiled $ref targets (recursion ends here)
};

namespace {

/// Keywords that only annotate: they constrain nothing, so ignoring them is exact.
bool is_annotation(std::string_view key) {
  static constexpr std::string_view kAnnotations[] = {
      "title",    "description", "$schema",  "$id",       "$comment", "default",
      "examples", "deprecated",  "readOnly", "writeOnly", "$defs",    "definitions"};
  return std::find(std::begin(kAnnotations), std::end(kAnnotations), key) != std::end(kAnnotations);
}

bool is_known_keyword(std::string_view key) {
  static constexpr std::string_view kKnown[] = {"type",
                                                "enum",
                                                "const",
                                                "properties",
                                                "required",
                                                "additionalProperties",
                                                "items",
                                                "minItems",
                                                "maxItems",
                                                "minLength",
                                                "maxLength",
                                                "minimum",
                                                "maximum",
                                                "exclusiveMinimum",
                                                "exclusiveMaximum",
                                                "anyOf",
                                                "allOf",
                                                "$ref"};
  return std::find(std::begin(kKnown), std::end(kKnown), key) != std::end(kKnown);
}

Error at(const std::string& where, const std::string& message) {
  return invalid_argument("response schema " + where + ": " + message);
}

Result<uint32_t> non_negative_count(const json& schema, const char* key, const std::string& where) {
  const json& value = schema.at(key);
  if (!value.is_number_integer() || value.get<int64_t>() < 0 ||
      value.get<int64_t>() > std::numeric_limits<uint32_t>::max() - 1)
    return at(where, std::string("'") + key + "' must be a non-negative integer");
  return static_cast<uint32_t>(value.get<int64_t>());
}

bool value_has_type(const json& value, const std::string& type) {
  if (type == "null") return value.is_null();
  if (type == "boolean") return value.is_boolean();
  if (type == "string") return value.is_string();
  if (type == "object") return value.is_object();
  if (type == "array") return value.is_array();
  if (type == "number") return value.is_number();
  if (type == "integer")
    return value.is_number_integer() ||
           (value.is_number_float() && std::trunc(value.get<double>()) == value.get<double>());
  return false;
}

}  // namespace

Result<uint32_t> SchemaCompiler::compile_schema(const json& schema, const std::string& where) {
  if (schema.is_boolean()) {
    if (schema.get<bool>()) return any_value();
    return at(where, "the schema 'false' accepts nothing");
  }
  if (!schema.is_object()) return at(where, "a schema must be an object or a boolean");
  for (const auto& [key, value] : schema.items()) {
    if (is_annotation(key) || is_known_keyword(key)) continue;
    return at(where,
              "the keyword '" + key + "' is not supported (see docs/GRAMMAR.md for the subset)");
  }
  if (schema.contains("$ref")) {
    for (const auto& [key, value] : schema.items())
      if (key != "$ref" && !is_annotation(key))
        return at(where, "'$ref' beside '" + key + "' is not supported");
    if (!schema["$ref"].is_string()) return at(where, "'$ref' must be a string");
    return compile_ref(schema["$ref"].get<std::string>(), where);
  }
  if (schema.contains("allOf")) {
    const json& all = schema["allOf"];
    bool alone = all.is_array() && all.size() == 1;
    for (const auto& [key, value] : schema.items())
      if (key != "allOf" && !is_annotation(key)) alone = false;
    if (!alone)
      return at(where, "'allOf' is supported only with a single subschema and nothing beside it");
    return compile_schema(all[0], where + "/allOf/0");
  }
  if (schema.contains("anyOf")) {
    const json& any = schema["anyOf"];
    if (!any.is_array() || any.empty()) return at(where, "'anyOf' must be a non-empty array");
    for (const auto& [key, value] : schema.items())
      if (key != "anyOf" && !is_annotation(key))
        return at(where,
                  "'anyOf' beside '" + key + "' is not supported (move it into each branch)");
    Node node = node_of(NodeKind::kAnyOf);
    for (size_t i = 0; i < any.size(); ++i) {
      MLXLA_ASSIGN_OR_RETURN(uint32_t child,
                             compile_schema(any[i], where + "/anyOf/" + std::to_string(i)));
      node.children.push_back(child);
    }
    return add(std::move(node));
  }
  if (schema.contains("enum") || schema.contains("const")) return compile_enum(schema, where);

  std::vector<std::string> types;
  if (schema.contains("type")) {
    const json& type = schema["type"];
    if (type.is_string()) {
      types.push_back(type.get<std::string>());
    } else if (type.is_array() && !type.empty()) {
      for (const json& t : type) {
        if (!t.is_string()) return at(where, "'type' must be a string or an array of strings");
        types.push_back(t.get<std::string>());
      }
    } else {
      return at(where, "'type' must be a string or a non-empty array of strings");
    }
  } else {
    // No type: infer it from the keywords present (the document then has that type, which the
    // schema allows); none at all means any value.
    std::set<std::string> inferred;
    for (const auto& [key, value] : schema.items()) {
      if (key == "properties" || key == "required" || key == "additionalProperties")
        inferred.insert("object");
      if (key == "items" || key == "minItems" || key == "maxItems") inferred.insert("array");
      if (key == "minLength" || key == "maxLength") inferred.insert("string");
      if (key.find("imum") != std::string::npos) inferred.insert("number");
    }
    if (inferred.empty()) return any_value();
    if (inferred.size() > 1) return at(where, "keywords of several types without a 'type'");
    types.push_back(*inferred.begin());
  }
  if (types.size() == 1) return compile_type(schema, types.front(), where);
  Node node = node_of(NodeKind::kAnyOf);
  for (const std::string& type : types) {
    MLXLA_ASSIGN_OR_RETURN(uint32_t child, compile_type(schema, type, where));
    node.children.push_back(child);
  }
  return add(std::move(node));
}

Result<uint32_t> SchemaCompiler::compile_ref(const std::string& ref, const std::string& where) {
  if (auto found = refs_.find(ref); found != refs_.end()) return found->second;
  if (ref.empty() || ref[0] != '#')
    return at(where,
              "'$ref' " + ref + ": only references into this document ('#...') are supported");
  json::json_pointer pointer;
  try {
    pointer = json::json_pointer(ref.substr(1));
  } catch (const json::exception&) {
    return at(where, "'$ref' " + ref + " is not a valid JSON pointer");
  }
  if (!document_.contains(pointer)) return at(where, "'$ref' " + ref + " points at nothing");
  // Reserve the node first so a recursive reference finds it; fill it as an anyOf of one.
  const uint32_t slot = add(node_of(NodeKind::kAnyOf));
  refs_[ref] = slot;
  MLXLA_ASSIGN_OR_RETURN(uint32_t target, compile_schema(document_.at(pointer), ref));
  grammar_->nodes_[slot].children = {target};
  return slot;
}

Result<uint32_t> SchemaCompiler::compile_type(const json& schema, const std::string& type,
                                              const std::string& where) {
  if (type == "object") return compile_object(schema, where);
  if (type == "array") return compile_array(schema, where);
  if (type == "integer") return compile_integer_or_number(schema, true, where);
  if (type == "number") return compile_integer_or_number(schema, false, where);
  if (type == "string") {
    Node node = node_of(NodeKind::kString);
    if (schema.contains("minLength")) {
      MLXLA_ASSIGN_OR_RETURN(node.min_length, non_negative_count(schema, "minLength", where));
    }
    if (schema.contains("maxLength")) {
      MLXLA_ASSIGN_OR_RETURN(node.max_length, non_negative_count(schema, "maxLength", where));
    }
    if (node.min_length > node.max_length) return at(where, "'minLength' is above 'maxLength'");
    return add(std::move(node));
  }
  if (type == "boolean" || type == "null") {
    Node node = node_of(NodeKind::kLiteral);
    node.literals = type == "null" ? std::vector<std::string>{"null"}
                                   : std::vector<std::string>{"false", "true"};
    return add(std::move(node));
  }
  return at(where, "unknown type '" + type + "'");
}

Result<uint32_t> SchemaCompiler::compile_object(const json& schema, const std::string& where) {
  Node node = node_of(NodeKind::kObject);
  const bool has_properties = schema.contains("properties");
  if (has_properties) {
    const json& properties = schema["properties"];
    if (!properties.is_object()) return at(where, "'properties' must be an object");
    if (properties.size() > kMaxProperties)
      return at(where,
                "more than " + std::to_string(kMaxProperties) + " properties are not supported");
    for (const auto& [name, subschema] : properties.items()) {
      const std::string encoded = json(name).dump();
      if (encoded.size() > kMaxLiteralBytes)
        return at(where, "a property name longer than " + std::to_string(kMaxLiteralBytes) +
                             " bytes is not supported");
      MLXLA_ASSIGN_OR_RETURN(uint32_t value,
                             compile_schema(subschema, where + "/properties/" + name));
      node.properties.push_back(Property{name, encoded.substr(1, encoded.size() - 2), value});
    }
    std::sort(node.properties.begin(), node.properties.end(),
              [](const Property& a, const Property& b) { return a.encoded_name < b.encoded_name; });
  }
  if (schema.contains("required")) {
    const json& required = schema["required"];
    if (!required.is_array()) return at(where, "'required' must be an array of property names");
    for (const json& name : required) {
      if (!name.is_string()) return at(where, "'required' must be an array of property names");
      auto found =
          std::find_if(node.properties.begin(), node.properties.end(),
                       [&](const Property& p) { return p.name == name.get<std::string>(); });
      if (found == node.properties.end())
        return at(where, "required property '" + name.get<std::string>() +
                             "' is not declared in 'properties'");
      node.required_mask |= uint64_t{1} << (found - node.properties.begin());
    }
  }
  // additionalProperties: absent with declared properties generates only those (a document the
  // schema accepts); absent without properties, or true, allows any other key with any value.
  if (schema.contains("additionalProperties")) {
    const json& additional = schema["additionalProperties"];
    if (additional.is_boolean()) {
      node.additional = additional.get<bool>() ? static_cast<int64_t>(any_value()) : -1;
    } else {
      MLXLA_ASSIGN_OR_RETURN(uint32_t value,
                             compile_schema(additional, where + "/additionalProperties"));
      node.additional = value;
    }
  } else if (!has_properties) {
    node.additional = any_value();
  }
  if (node.additional >= 0) {
    for (const Property& p : node.properties)
      if (p.encoded_name != p.name)
        return at(where,
                  "property '" + p.name +
                      "' needs JSON escaping, which is not supported beside additionalProperties");
  }
  return add(std::move(node));
}

Result<uint32_t> SchemaCompiler::compile_array(const json& schema, const std::string& where) {
  Node node = node_of(NodeKind::kArray);
  if (schema.contains("items")) {
    if (schema["items"].is_array())
      return at(where, "'items' as an array (tuple form) is not supported");
    MLXLA_ASSIGN_OR_RETURN(node.items, compile_schema(schema["items"], where + "/items"));
  } else {
    node.items = any_value();
  }
  if (schema.contains("minItems")) {
    MLXLA_ASSIGN_OR_RETURN(node.min_items, non_negative_count(schema, "minItems", where));
  }
  if (schema.contains("maxItems")) {
    MLXLA_ASSIGN_OR_RETURN(node.max_items, non_negative_count(schema, "maxItems", where));
  }
  if (node.min_items > node.max_items) return at(where, "'minItems' is above 'maxItems'");
  return add(std::move(node));
}

Result<uint32_t> SchemaCompiler::compile_integer_or_number(const json& schema, bool integer,
                                                           const std::string& where) {
  Node node = node_of(NodeKind::kNumber);
  node.integer = integer;
  for (const char* key : {"minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"}) {
    if (!schema.contains(key)) continue;
    const json& value = schema[key];
    if (!value.is_number()) return at(where, std::string("'") + key + "' must be a number");
    if (!integer)
      return at(where,
                std::string("'") + key +
                    "' on type 'number' is not supported (bounds are enforced on 'integer' only)");
    const std::string_view name(key);
    const bool lower = name == "minimum" || name == "exclusiveMinimum";
    const bool exclusive = name.starts_with("exclusive");
    // The tightest integer the bound allows (exact for integer bounds, which doubles may not be).
    int64_t as_int = 0;
    if (value.is_number_integer()) {
      if (value.is_number_unsigned() && value.get<uint64_t>() > uint64_t{1} << 62)
        return at(where,
                  std::string("'") + key + "' is out of the supported range (|bound| < 2^62)");
      as_int = value.get<int64_t>();
      if (as_int < -(int64_t{1} << 62))
        return at(where,
                  std::string("'") + key + "' is out of the supported range (|bound| < 2^62)");
      if (exclusive) as_int += lower ? 1 : -1;
    } else {
      const double bound = value.get<double>();
      double limit = lower ? std::ceil(bound) : std::floor(bound);
      if (exclusive && limit == bound) limit += lower ? 1.0 : -1.0;
      if (!(std::fabs(limit) < 4.6e18))
        return at(where,
                  std::string("'") + key + "' is out of the supported range (|bound| < 2^62)");
      as_int = static_cast<int64_t>(limit);
    }
    if (lower) {
      node.minimum = std::max(node.minimum, as_int);
    } else {
      node.maximum = std::min(node.maximum, as_int);
    }
  }
  if (node.minimum > node.maximum)
    return at(where, "no integer lies between the minimum and the maximum");
  return add(std::move(node));
}

Result<uint32_t> SchemaCompiler::compile_enum(const json& schema, const std::string& where) {
  std::vector<std::string> types;
  for (const auto& [key, value] : schema.items()) {
    if (is_annotation(key) || key == "enum" || key == "const") continue;
    if (key != "type") return at(where, "'" + key + "' beside 'enum'/'const' is not supported");
    if (value.is_string()) {
      types.push_back(value.get<std::string>());
    } else if (value.is_array()) {
      for (const json& t : value)
        if (t.is_string()) types.push_back(t.get<std::string>());
    }
  }
  std::vector<json> values;
  if (schema.contains("const")) values.push_back(schema["const"]);
  if (schema.contains("enum")) {
    if (!schema["enum"].is_array()) return at(where, "'enum' must be an array");
    if (schema.contains("const")) return at(where, "'enum' beside 'const' is not supported");
    for (const json& v : schema["enum"]) values.push_back(v);
  }
  Node node = node_of(NodeKind::kLiteral);
  for (const json& v : values) {
    const bool typed =
        types.empty() || std::any_of(types.begin(), types.end(),
                                     [&](const std::string& t) { return value_has_type(v, t); });
    if (!typed) continue;
    node.literals.push_back(v.dump());
    if (node.literals.back().size() > kMaxLiteralBytes)
      return at(where, "an 'enum'/'const' value longer than " + std::to_string(kMaxLiteralBytes) +
                           " bytes is not supported");
  }
  std::sort(node.literals.begin(), node.literals.end());
  node.literals.erase(std::unique(node.literals.begin(), node.literals.end()), node.literals.end());
  if (node.literals.empty())
    return at(where, "'enum'/'const' leaves no value (of the given 'type')");
  return add(std::move(node));
}

Result<std::shared_ptr<const Grammar>> Grammar::from_json_schema(const json& schema) {
  SchemaCompiler compiler(schema);
  return compiler.compile();
}

std::shared_ptr<const Grammar> Grammar::any_json_object() {
  const json empty = json::object();
  SchemaCompiler compiler(empty);
  auto grammar = std::make_shared<Grammar>();
  compiler.grammar_ = grammar.get();
  grammar->root_ = compiler.any_object();
  return grammar;
}

}  // namespace mlxla::grammar
