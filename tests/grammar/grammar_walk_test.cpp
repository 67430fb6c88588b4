// ctest-labels: unit
// Token-level constrained decoding on real vocabularies: random walks that only ever pick an
// allowed token always end in a document that parses and validates; every valid document can
// be produced token by token; the mask equals a per-token check; it is never empty before the
// end. Vocabularies: one built here (byte-level, multi-byte tokens), models/demo-q4's, and the
// 128k llama3 tokenizer from ../shared when present.
#include <gtest/gtest.h>

#include <filesystem>
#include <random>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "grammar/matcher.h"
#include "grammar/schema_validator.h"
#include "grammar/tokenizer_vocabulary.h"
#include "support/test_support.h"

namespace mlxla::grammar {
namespace {

using nlohmann::json;
namespace fs = std::filesystem;

/// All 256 bytes, JSON-shaped multi-byte pieces, UTF-8 fragments and words; EOS is the last id.
std::shared_ptr<const Vocabulary> built_vocabulary() {
  std::vector<std::optional<std::string>> bytes;
  for (int b = 0; b < 256; ++b) bytes.emplace_back(std::string(1, static_cast<char>(b)));
  for (const char* piece :
       {"{\"",     "\":",    "\": ", "\", \"", "\",\"", "\"}",      "},{",    "}]",       "[{",
        "\n  ",    "\n",     "  ",   " \"",    "true",  "false",    "null",   "nu",       "ll",
        "tr",      "ue",     "123",  "0.",     ".5",    "e+",       "-1",     "00",       "10",
        "\\n",     "\\u00",  "\\\"", "\\\\",   "name",  "\"name\"", "age",    "\"age\":", "red",
        "\"red\"", "green",  "é",    "\xC3",   "\xA9",  "\xE2\x82", "\xAC\"", "日本",     "🎉",
        "hello",   " world", "a",    "ab",     "abc",   "id",       "\"id\"", "items",    "tags",
        "\"\"",    "[]",     "{}",   "1,",     ",\"",   ", ",       "\"]",    "\"]}",     ":{",
        ":[",      "x\"",    "\"x",  "ok",     "yes",   "-",        "e",      "E",        "+"})
    bytes.emplace_back(piece);
  bytes.emplace_back(std::nullopt);   // a special token
  bytes.emplace_back(std::string());  // a token that decodes to nothing
  const auto eos = static_cast<int32_t>(bytes.size());
  bytes.emplace_back(std::nullopt);
  return Vocabulary::build(std::move(bytes), {eos});
}

const std::vector<std::string>& schemas() {
  static const std::vector<std::string> kSchemas = {
      R"({"type":"object","properties":{"name":{"type":"string","maxLength":12},"age":{"type":"integer","minimum":0,"maximum":120},
          "colour":{"enum":["red","green","blue"]},"tags":{"type":"array","items":{"type":"string","maxLength":8},"maxItems":3}},
          "required":["name","age","colour"],"additionalProperties":false})",
      R"({"type":"object","properties":{"point":{"type":"object","properties":{"x":{"type":"number"},"y":{"type":"number"}},
          "required":["x","y"],"additionalProperties":false},"ok":{"type":"boolean"},"none":{"type":"null"}},
          "required":["point","ok"],"additionalProperties":false})",
      R"({"type":"object","properties":{"items":{"type":"array","minItems":1,"maxItems":4,"items":{"type":"integer","minimum":-50,"maximum":50}}},
          "required":["items"],"additionalProperties":false})",
      R"({"type":"object","properties":{"v":{"anyOf":[{"type":"string","maxLength":6},{"type":"integer","minimum":1000,"maximum":1005},
          {"type":"object","properties":{"k":{"const":"x"}},"required":["k"],"additionalProperties":false}]}},"required":["v"],"additionalProperties":false})",
      R"({"$defs":{"node":{"type":"object","properties":{"id":{"type":"integer","minimum":0,"maximum":9},
          "children":{"type":"array","maxItems":2,"items":{"$ref":"#/$defs/node"}}},"required":["id"],"additionalProperties":false}},
          "$ref":"#/$defs/node"})",
      // (No required "id": a random walk would seldom spell it among the free keys.)
      R"({"type":"object","properties":{"id":{"type":"integer","minimum":0,"maximum":99}},"additionalProperties":{"type":"boolean"}})",
      R"({"type":"array","items":{"type":["string","null"],"maxLength":4},"minItems":2,"maxItems":3})",
      R"({"type":"object","properties":{"s":{"type":"string","minLength":2,"maxLength":5},"e":{"enum":[1,12,123,"1"]}},"required":["s","e"],"additionalProperties":false})",
  };
  return kSchemas;
}

std::string concat_bytes(const Vocabulary& vocab, const std::vector<int32_t>& ids) {
  std::string text;
  for (const int32_t id : ids) text += *vocab.bytes(id);
  return text;
}

/// Walks `walks` random paths; each token is drawn from the allowed set (one time in three from
/// those holding a ']' or '}', one in three from those holding a quote, so that containers and
/// strings end), EOS
/// taken with probability 1/2 when allowed. Checks what the file header promises. Returns the
/// texts produced.
std::vector<std::string> random_walks(const std::shared_ptr<const TokenGrammar>& grammar,
                                      const json& schema, int walks, uint32_t seed,
                                      const tokenizer::Tokenizer* tokenizer = nullptr) {
  const Vocabulary& vocab = grammar->vocabulary();
  std::mt19937 rng(seed);
  std::vector<std::string> texts;
  int completed = 0;
  for (int walk = 0; walk < walks; ++walk) {
    Matcher matcher(grammar);
    std::vector<int32_t> ids;
    bool done = false;
    for (int step = 0; step < 600 && !done; ++step) {
      const TokenMask& mask = matcher.allowed();
      std::vector<int32_t> allowed, eos, closers, quotes;
      for (size_t id = 0; id < vocab.size(); ++id) {
        const auto token = static_cast<int32_t>(id);
        if (!mask_test(mask, token)) continue;
        (vocab.is_eos(token) ? eos : allowed).push_back(token);
        if (vocab.is_eos(token)) continue;
        if (vocab.bytes(token)->find_first_of("]}") != std::string::npos) closers.push_back(token);
        if (vocab.bytes(token)->find('"') != std::string::npos) quotes.push_back(token);
      }
      EXPECT_EQ(!eos.empty(), matcher.accepting())
          << "EOS allowed exactly when the document is complete";
      if (!matcher.accepting()) {
        EXPECT_FALSE(allowed.empty()) << "empty mask before the end: " << concat_bytes(vocab, ids);
        if (allowed.empty()) return texts;
      }
      int32_t token;
      if (!eos.empty() && (allowed.empty() || rng() % 2 == 0)) {
        token = eos.front();
        done = true;
      } else {
        const uint32_t roll = rng() % 3;
        const std::vector<int32_t>& pool = roll == 0 && !closers.empty()  ? closers
                                           : roll == 1 && !quotes.empty() ? quotes
                                                                          : allowed;
        token = pool[rng() % pool.size()];
        ids.push_back(token);
      }
      const Status status = matcher.accept(token);
      EXPECT_TRUE(status.ok()) << status.error().message();
    }
    if (!done) continue;  // a long walk (deep nesting): not a failure, but most must end
    ++completed;
    const std::string text = concat_bytes(vocab, ids);
    const json doc = json::parse(text, nullptr, false);
    EXPECT_FALSE(doc.is_discarded()) << "not JSON: " << text;
    if (!doc.is_discarded()) {
      EXPECT_EQ(testing::why_invalid(doc, schema, schema), "") << text;
    }
    if (tokenizer != nullptr) {
      const json decoded = json::parse(tokenizer->decode(ids), nullptr, false);
      EXPECT_EQ(decoded, doc) << "decode() differs from the bytes: " << tokenizer->decode(ids);
    }
    texts.push_back(text);
  }
  EXPECT_GE(completed * 2, walks) << "most random walks should finish within 600 tokens: "
                                  << schema.dump();
  return texts;
}

/// The allowed set equals "the grammar takes all of the token's bytes", token by token.
void expect_mask_exact(const TokenGrammar& grammar, const ParseState& state) {
  const TokenMask mask = grammar.compute(state);
  const Vocabulary& vocab = grammar.vocabulary();
  for (size_t id = 0; id < vocab.size(); ++id) {
    const auto token = static_cast<int32_t>(id);
    bool expected = false;
    if (vocab.is_eos(token)) {
      expected = grammar.recognizer().accepting(state);
    } else if (vocab.bytes(token) && !vocab.bytes(token)->empty()) {
      ParseState copy = state;
      expected = grammar.recognizer().advance_bytes(copy, *vocab.bytes(token));
    }
    ASSERT_EQ(mask_test(mask, token), expected) << "token " << id;
  }
}

TEST(GrammarWalk, BuiltVocabularyRandomWalksValidate) {
  const auto vocab = built_vocabulary();
  uint32_t seed = 1;
  for (const std::string& text : schemas()) {
    const json schema = json::parse(text);
    auto grammar = Grammar::from_json_schema(schema);
    ASSERT_TRUE(grammar.ok()) << grammar.error().message();
    const auto token_grammar = std::make_shared<const TokenGrammar>(*grammar, vocab);
    const auto produced = random_walks(token_grammar, schema, 60, seed++);
    // The mask is exact at the start and after each prefix of a produced document.
    if (!produced.empty()) {
      const Recognizer& r = token_grammar->recognizer();
      ParseState state = r.initial();
      expect_mask_exact(*token_grammar, state);
      for (size_t i = 0; i < produced.front().size(); i += 3) {
        state = r.initial();
        ASSERT_TRUE(r.advance_bytes(state, produced.front().substr(0, i)));
        expect_mask_exact(*token_grammar, state);
      }
    }
  }
  const auto any = std::make_shared<const TokenGrammar>(Grammar::any_json_object(), vocab);
  random_walks(any, json::parse(R"({"type":"object"})"), 60, 99);
}

/// Greedy longest-match tokenization over the built vocabulary (the walk checks tokens, so any
/// segmentation will do).
std::vector<int32_t> longest_match(const Vocabulary& vocab, const std::string& text) {
  std::vector<int32_t> ids;
  for (size_t pos = 0; pos < text.size();) {
    int32_t best = -1;
    size_t best_length = 0;
    for (size_t id = 0; id < vocab.size(); ++id) {
      const auto& b = vocab.bytes(static_cast<int32_t>(id));
      if (b && b->size() > best_length && text.compare(pos, b->size(), *b) == 0) {
        best = static_cast<int32_t>(id);
        best_length = b->size();
      }
    }
    ids.push_back(best);
    pos += best_length;
  }
  return ids;
}

void expect_producible(const std::shared_ptr<const TokenGrammar>& grammar,
                       const std::vector<int32_t>& ids, const std::string& doc) {
  Matcher matcher(grammar);
  for (const int32_t id : ids) {
    ASSERT_TRUE(matcher.is_allowed(id)) << doc << ": token " << id << " refused";
    ASSERT_TRUE(matcher.accept(id).ok());
  }
  EXPECT_TRUE(matcher.accepting()) << doc;
  ASSERT_FALSE(grammar->vocabulary().eos_ids().empty());
  EXPECT_TRUE(matcher.is_allowed(grammar->vocabulary().eos_ids().front())) << doc;
}

const std::vector<std::pair<int, std::string>>& valid_documents() {
  static const std::vector<std::pair<int, std::string>> kDocs = {
      {0, R"({"name":"Ann","age":31,"colour":"red"})"},
      {0,
       "{\n  \"colour\": \"blue\",\n  \"age\": 120,\n  \"name\": \"日本 é🎉\",\n  \"tags\": [\"a\", "
       "\"\\\"q\\\"\"]\n}"},
      {1, R"({"point":{"x":-1.5e-3,"y":0},"ok":false,"none":null})"},
      {2, R"({"items":[-50,0,7,50]})"},
      {3, R"({"v":"hello"})"},
      {3, R"({"v":1003})"},
      {3, R"({"v":{"k":"x"}})"},
      {4, R"({"id":1,"children":[{"id":2},{"id":3,"children":[]}]})"},
      {5, R"({"id":7,"extra":true,"idx":false})"},
      {6, R"(["ab",null,"\u00e9"])"},
      {7, R"({"s":"abcde","e":12})"},
      {7, R"({"e":"1","s":"xy"})"},
  };
  return kDocs;
}

TEST(GrammarWalk, BuiltVocabularyProducesEveryValidDocument) {
  const auto vocab = built_vocabulary();
  for (const auto& [index, doc] : valid_documents()) {
    const json schema = json::parse(schemas()[static_cast<size_t>(index)]);
    ASSERT_EQ(testing::why_invalid(json::parse(doc), schema, schema), "") << doc;
    const auto token_grammar =
        std::make_shared<const TokenGrammar>(*Grammar::from_json_schema(schema), vocab);
    expect_producible(token_grammar, longest_match(*vocab, doc), doc);
  }
}

void tokenizer_suite(const fs::path& dir, int walks) {
  auto tokenizer = tokenizer::Tokenizer::load(dir);
  ASSERT_TRUE(tokenizer.ok()) << tokenizer.error().message();
  const auto vocab = vocabulary_from_tokenizer(*tokenizer);
  ASSERT_FALSE(vocab->eos_ids().empty());
  uint32_t seed = 7;
  for (const std::string& text : schemas()) {
    const json schema = json::parse(text);
    const auto token_grammar =
        std::make_shared<const TokenGrammar>(*Grammar::from_json_schema(schema), vocab);
    random_walks(token_grammar, schema, walks, seed++, &*tokenizer);
  }
  for (const auto& [index, doc] : valid_documents()) {
    const json schema = json::parse(schemas()[static_cast<size_t>(index)]);
    const auto token_grammar =
        std::make_shared<const TokenGrammar>(*Grammar::from_json_schema(schema), vocab);
    const std::vector<int32_t> ids = tokenizer->encode(doc, /*add_special_tokens=*/false);
    expect_producible(token_grammar, ids, doc);
  }
}

TEST(GrammarWalk, DemoModelTokenizer) {
  tokenizer_suite(fs::path(MLXLA_SOURCE_DIR) / "models" / "demo-q4", 20);
}

TEST(GrammarWalk, SharedTokenizers) {
  const fs::path root = fs::path(MLXLA_SHARED_DIR) / "fixtures" / "tokenizers";
  if (!fs::exists(root / "llama3" / "tokenizer.json"))
    GTEST_SKIP() << "needs ../shared/fixtures/tokenizers";
  for (const char* name : {"llama3", "llama2"}) {
    SCOPED_TRACE(name);
    tokenizer_suite(root / name, 4);
  }
}

TEST(GrammarWalk, ForkedMatchersAreIndependent) {
  const auto vocab = built_vocabulary();
  const auto grammar = std::make_shared<const TokenGrammar>(Grammar::any_json_object(), vocab);
  Matcher a(grammar);
  const auto id_of = [&](const std::string& piece) { return longest_match(*vocab, piece).front(); };
  ASSERT_TRUE(a.accept(id_of("{\"")).ok());
  Matcher b = a;
  ASSERT_TRUE(a.accept(id_of("x\"")).ok());
  EXPECT_TRUE(b.is_allowed(id_of("x\"")));  // b is still inside the key
  EXPECT_FALSE(a.is_allowed(id_of("x\"")));
  EXPECT_TRUE(a.is_allowed(id_of(":{")));
  EXPECT_FALSE(a.accept(id_of("}]")).ok());  // not allowed: an error, the state unchanged
  EXPECT_TRUE(a.is_allowed(id_of(":{")));
}

}  // namespace
}  // namespace mlxla::grammar
