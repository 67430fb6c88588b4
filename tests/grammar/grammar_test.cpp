// ctest-labels: unit
// The grammar's byte-level contract: which schemas compile (and the errors naming what does
// not), which documents a schema's recognizer accepts and refuses, whitespace and number limits.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "grammar/grammar.h"
#include "grammar/recognizer.h"
#include "grammar/schema_validator.h"

namespace mlxla::grammar {
namespace {

using nlohmann::json;

std::shared_ptr<const Grammar> compile(const std::string& schema) {
  auto grammar = Grammar::from_json_schema(json::parse(schema));
  EXPECT_TRUE(grammar.ok()) << schema << ": " << (grammar.ok() ? "" : grammar.error().message());
  return grammar.ok() ? *grammar : nullptr;
}

/// Whether the recognizer takes all of `text` and then accepts.
bool accepts(const Grammar& grammar, const std::string& text) {
  Recognizer recognizer(grammar);
  ParseState state = recognizer.initial();
  return recognizer.advance_bytes(state, text) && recognizer.accepting(state);
}

/// Whether the recognizer takes all of `text` (a prefix of some document).
bool takes(const Grammar& grammar, const std::string& text) {
  Recognizer recognizer(grammar);
  ParseState state = recognizer.initial();
  return recognizer.advance_bytes(state, text);
}

TEST(GrammarCompile, UnsupportedFeaturesAreErrorsNamingThem) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {R"({"type":"string","pattern":"^a+$"})", "'pattern'"},
      {R"({"type":"string","format":"date-time"})", "'format'"},
      {R"({"oneOf":[{"type":"string"},{"type":"integer"}]})", "'oneOf'"},
      {R"({"type":"number","minimum":0})", "'minimum' on type 'number'"},
      {R"({"not":{"type":"string"}})", "'not'"},
      {R"({"type":"array","prefixItems":[{"type":"string"}]})", "'prefixItems'"},
      {R"({"type":"array","items":[{"type":"string"}]})", "tuple form"},
      {R"({"type":"array","minItems":3,"maxItems":2})", "'minItems' is above 'maxItems'"},
      {R"({"type":"array","uniqueItems":true})", "'uniqueItems'"},
      {R"({"enum":[]})", "leaves no value"},
      {R"({"type":"string","enum":[1,2]})", "leaves no value"},
      {R"({"type":"object","properties":{"a":{}},"required":["b"]})", "'b' is not declared"},
      {R"({"$ref":"https://example.com/s.json"})", "only references into this document"},
      {R"({"$ref":"#/$defs/missing"})", "points at nothing"},
      {R"({"type":"object","properties":{"a":false}})", "'false' accepts nothing"},
      {R"({"type":"integer","minimum":5,"maximum":4})", "no integer lies between"},
      {R"({"type":"integer","exclusiveMinimum":4,"exclusiveMaximum":5})",
       "no integer lies between"},
      {R"({"type":"widget"})", "unknown type 'widget'"},
      {R"({"$defs":{"n":{"type":"object","properties":{"next":{"$ref":"#/$defs/n"}},"required":["next"]}},
           "$ref":"#/$defs/n"})",
       "no finite instance"},
      {R"({"type":"object","minProperties":1})", "'minProperties'"},
      {R"({"type":"object","patternProperties":{"^a":{}}})", "'patternProperties'"},
      {R"({"if":{"type":"string"},"then":{"minLength":1}})", "'if'"},
      {R"({"allOf":[{"type":"string"},{"minLength":2}]})", "single subschema"},
      {R"(7)", "must be an object or a boolean"},
      {R"({"type":"string","minLength":-1})", "'minLength' must be a non-negative integer"},
  };
  for (const auto& [schema, expected] : cases) {
    auto grammar = Grammar::from_json_schema(json::parse(schema));
    ASSERT_FALSE(grammar.ok()) << schema;
    EXPECT_NE(grammar.error().message().find(expected), std::string::npos)
        << schema << " -> " << grammar.error().message();
    EXPECT_EQ(grammar.error().category(), ErrorCategory::kInvalidArgument);
  }
  // Where the feature is, is named too.
  auto nested = Grammar::from_json_schema(
      json::parse(R"({"type":"object","properties":{"when":{"type":"string","format":"date"}}})"));
  ASSERT_FALSE(nested.ok());
  EXPECT_NE(nested.error().message().find("/properties/when"), std::string::npos)
      << nested.error().message();
}

TEST(GrammarCompile, AnnotationsAreIgnoredAndRefsResolve) {
  const auto grammar =
      compile(R"({"$schema":"https://json-schema.org/draft/2020-12/schema","title":"T",
    "description":"d","$defs":{"item":{"type":"object","properties":{"n":{"type":"integer"}},"required":["n"]}},
    "type":"object","properties":{"items":{"type":"array","items":{"$ref":"#/$defs/item"},"default":[]}},
    "required":["items"],"additionalProperties":false})");
  ASSERT_NE(grammar, nullptr);
  EXPECT_TRUE(accepts(*grammar, R"({"items":[{"n":1},{"n":-2}]})"));
  EXPECT_FALSE(accepts(*grammar, R"({"items":[{"m":1}]})"));
}

struct Case {
  std::string schema;
  std::vector<std::string> valid;
  std::vector<std::string> invalid;  // not complete documents of the schema (prefix or not)
};

TEST(GrammarRecognizer, AcceptsExactlyTheSchemasDocuments) {
  const std::vector<Case> cases = {
      {R"({"type":"object","properties":{"name":{"type":"string"},"age":{"type":"integer"}},
          "required":["name","age"],"additionalProperties":false})",
       {R"({"name":"Ann","age":31})", R"({"age":0,"name":""})",
        "{ \"name\" : \"A\\\"n\\u00e9\" ,\n \"age\": -7 }", R"({"name":"é日本🎉","age":1})"},
       {R"({"name":"Ann"})", R"({"name":"Ann","age":31,"x":1})", R"({"name":"Ann","age":3.5})",
        R"({"name":"Ann","name":"B","age":1})", R"({"name":"Ann","age":01})",
        R"({"name":1,"age":1})", R"({"name":"Ann","age":31,})",
        R"({"name":"A)"
        "\x01"
        R"(","age":1})",
        R"({"name":"\x","age":1})", R"({"name":"\ud800","age":1})",
        "{\"name\":\"\xC0\xAF\",\"age\":1}", "{\"name\":\"\xED\xA0\x80\",\"age\":1}",
        R"({"age":-0,"name":""})"}},
      {R"({"type":"integer","minimum":-15,"maximum":120})",
       {"-15", "-9", "0", "7", "99", "120", "  42 "},
       {"-16", "121", "200", "1000", "-0", "00", "1.0", "1e2", "-"}},
      {R"({"type":"integer","exclusiveMinimum":10,"maximum":10000})",
       {"11", "10000", "999"},
       {"10", "0", "10001", "9"}},
      {R"({"type":"number"})",
       {"0", "-0", "1.5", "-2.25e-3", "1E+10", "123456789012345",
        "999999999999999.999999999999999e99"},
       {"01", "1.", ".5", "+1", "1e", "1234567890123456", "1.1234567890123456", "1e123", "NaN"}},
      {R"({"enum":["red","green",1,null,{"a":[1]}]})",
       {R"("red")", R"("green")", "1", "null", R"({"a":[1]})"},
       {R"("blue")", R"("re")", "12", "nul", R"({"a": [1]})"}},
      {R"({"const":"x"})", {R"("x")"}, {R"("y")", R"("xx")"}},
      {R"({"type":"array","items":{"type":"boolean"},"minItems":1,"maxItems":3})",
       {"[true]", "[true,false,true]", "[ false , true ]"},
       {"[]", "[true,true,true,true]", "[1]", "[true,]"}},
      {R"({"type":"string","minLength":2,"maxLength":3})",
       {R"("ab")", R"("abc")", R"("\n\u0041")", R"("日本")"},
       {R"("a")", R"("abcd")", R"("")"}},
      {R"({"anyOf":[{"type":"object","properties":{"a":{"type":"integer"}},"required":["a"],"additionalProperties":false},
                    {"type":"object","properties":{"b":{"type":"string"}},"required":["b"],"additionalProperties":false},
                    {"type":"null"}]})",
       {R"({"a":1})", R"({"b":"x"})", "null"},
       {R"({"a":"x"})", R"({"b":1})", R"({"a":1,"b":"x"})", "{}"}},
      {R"({"type":["string","null"]})", {R"("s")", "null"}, {"1", "true"}},
      {R"({"type":"object","properties":{"id":{"type":"integer"}},"additionalProperties":{"type":"boolean"}})",
       {R"({"id":1,"x":true})", R"({"zz":false})", "{}", R"({"i":true,"idx":false,"id":2})"},
       {R"({"id":true})", R"({"x":1})", R"({"id":1,"id":2})", R"({"a\u0062":true})"}},
      {R"({"type":"object","properties":{"a":{"type":"string"},"ab":{"type":"string"},"b":{"type":"null"}},"additionalProperties":false})",
       {"{}", R"({"a":"","ab":"","b":null})", R"({"ab":"x","a":"y"})"},
       {R"({"abc":""})", R"({"a":"","a":""})"}},
  };
  for (const Case& c : cases) {
    const auto grammar = compile(c.schema);
    ASSERT_NE(grammar, nullptr);
    const json schema = json::parse(c.schema);
    for (const std::string& doc : c.valid) {
      EXPECT_TRUE(accepts(*grammar, doc)) << c.schema << " should accept " << doc;
      EXPECT_EQ(testing::why_invalid(json::parse(doc), schema, schema), "")
          << doc;  // the list itself is right
    }
    for (const std::string& doc : c.invalid)
      EXPECT_FALSE(accepts(*grammar, doc)) << c.schema << " should refuse " << doc;
  }
}

TEST(GrammarRecognizer, AnyJsonObject) {
  const auto grammar = Grammar::any_json_object();
  for (const char* doc :
       {"{}", R"({"a":[1,2,{"b":null}],"c":"\u00e9","d":-1.5e3,"e":true})", "{\"k\\n\":{}}"})
    EXPECT_TRUE(accepts(*grammar, doc)) << doc;
  for (const char* doc : {"[]", "1", R"("s")", "{", R"({"a"})", R"({"a":})", "{} {}"})
    EXPECT_FALSE(accepts(*grammar, doc)) << doc;
}

TEST(GrammarRecognizer, WhitespaceAndDepthAreBounded) {
  const auto grammar = Grammar::any_json_object();
  // Outside the document: kWhitespaceBase.
  EXPECT_TRUE(takes(*grammar, std::string(kWhitespaceBase, ' ') + "{"));
  EXPECT_FALSE(takes(*grammar, std::string(kWhitespaceBase + 1, ' ')));
  EXPECT_TRUE(accepts(*grammar, "{}" + std::string(kWhitespaceBase, '\n')));
  EXPECT_FALSE(takes(*grammar, "{}" + std::string(kWhitespaceBase + 1, '\n')));
  // One more indentation level per open container, at every place whitespace may go.
  const std::string level1(kWhitespaceBase + kWhitespacePerLevel, ' ');
  const std::string level2(kWhitespaceBase + 2 * kWhitespacePerLevel, ' ');
  EXPECT_TRUE(accepts(*grammar, "{" + level1 + "\"a\"" + level1 + ":" + level1 + "[" + level2 +
                                    "1" + level2 + "," + level2 + "2" + level2 + "]" + level1 +
                                    "}"));
  EXPECT_FALSE(takes(*grammar, "{" + level1 + " "));
  EXPECT_FALSE(takes(*grammar, "{\"a\":[" + level2 + " "));
  EXPECT_FALSE(takes(*grammar, "{\"a\":1" + level1 + " "));
  // Whitespace inside strings is content, not counted.
  EXPECT_TRUE(accepts(*grammar, "{\"a\":\"" + std::string(100, ' ') + "\"}"));
  // Nesting stops at kMaxDepth open constructs (the document frame is one of them).
  std::string deep = "{\"a\":";
  for (int i = 0; i < kMaxDepth - 2; ++i) deep += "[";
  EXPECT_TRUE(takes(*grammar, deep));
  EXPECT_FALSE(takes(*grammar, deep + "["));
}

TEST(GrammarRecognizer, IntegerBoundsAreEnforcedPrefixByPrefix) {
  // Every prefix the recognizer takes can still be completed inside the bounds: exhaustive over
  // short strings of digits and '-', for a few ranges.
  const std::vector<std::pair<int64_t, int64_t>> ranges = {
      {-15, 120}, {3, 7}, {100, 105}, {-250, -190}, {0, 0}};
  for (const auto& [lo, hi] : ranges) {
    const json schema{{"type", "integer"}, {"minimum", lo}, {"maximum", hi}};
    const auto grammar = compile(schema.dump());
    ASSERT_NE(grammar, nullptr);
    for (int64_t v = lo - 300; v <= hi + 300; ++v)
      EXPECT_EQ(accepts(*grammar, std::to_string(v)), v >= lo && v <= hi)
          << schema.dump() << " " << v;
    const std::string alphabet = "-0123456789";
    std::vector<std::string> frontier{""};
    for (int length = 1; length <= 4; ++length) {
      std::vector<std::string> next;
      for (const std::string& prefix : frontier)
        for (const char c : alphabet) {
          const std::string text = prefix + c;
          if (!takes(*grammar, text)) continue;
          next.push_back(text);
          // Some completion exists: try every integer in range.
          bool completable = false;
          for (int64_t v = lo; v <= hi && !completable; ++v)
            completable = std::to_string(v).rfind(text, 0) == 0;
          EXPECT_TRUE(completable) << schema.dump() << " took the dead prefix " << text;
        }
      frontier = std::move(next);
    }
  }
}

}  // namespace
}  // namespace mlxla::grammar
