// The compact grammar constraint of forced tool calls (whitespace-only tokens banned) on the
// committed demo tokenizer: a space inside a JSON string stays reachable when the bare "▁" token
// is the only way to write it, so the mask never empties.
// ctest-labels: unit
#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>

#include "grammar/grammar.h"
#include "server/response_format.h"

namespace mlxla::server {
namespace {

/// Walks the constraint on flat logits, taking the lowest allowed id each step, until only an
/// end-of-sequence token is left; returns the text written (or fails the test).
std::string walk(const tokenizer::Tokenizer& tok, engine::TokenConstraint& constraint) {
  std::string text;
  for (int step = 0; step < 64; ++step) {
    std::vector<float> logits(tok.vocab_size(), 0.0f);
    constraint.mask_logits(logits);
    size_t id = 0;
    while (id < logits.size() && !std::isfinite(logits[id])) ++id;
    EXPECT_LT(id, logits.size()) << "every token masked after '" << text << "'";
    if (id == logits.size()) return text;
    const auto token = static_cast<int32_t>(id);
    if (std::find(tok.eos_ids().begin(), tok.eos_ids().end(), token) != tok.eos_ids().end())
      return text;
    text += tok.token_bytes(token).value_or("");
    constraint.accept(token);
  }
  ADD_FAILURE() << "no end after 64 tokens: '" << text << "'";
  return text;
}

TEST(CompactConstraint, EnumValueWithASpaceIsWritten) {
  auto tok =
      tokenizer::Tokenizer::load(std::filesystem::path(MLXLA_SOURCE_DIR) / "models" / "demo-q4");
  ASSERT_TRUE(tok.ok()) << tok.error().message();
  // The premise: the vocabulary has no piece "▁Y...", so " York" must start with a bare space.
  for (size_t id = 0; id < tok->vocab_size(); ++id) {
    const auto piece = tok->id_to_token(static_cast<int32_t>(id)).value_or("");
    ASSERT_NE(piece.rfind("\xE2\x96\x81Y", 0), 0u) << piece;
  }
  auto grammar = grammar::Grammar::from_json_schema(
      nlohmann::json::parse(R"({"type": "object", "properties": {"city": {"enum": ["New York"]}},
                                "required": ["city"], "additionalProperties": false})"));
  ASSERT_TRUE(grammar.ok()) << grammar.error().message();
  GrammarCache cache(&*tok);
  for (const bool compact : {true, false}) {
    const ResponseFormat format{*grammar, "city", compact};
    auto factory = cache.constraint(format);
    ASSERT_NE(factory, nullptr);
    auto constraint = factory->create();
    const std::string text = walk(*tok, *constraint);
    EXPECT_NE(text.find("\"New York\""), std::string::npos)
        << "compact " << compact << ": " << text;
    // Compact: no whitespace outside the string.
    if (compact) {
      EXPECT_EQ(text, R"({"city":"New York"})");
    }
  }
}

}  // namespace
}  // namespace mlxla::server
