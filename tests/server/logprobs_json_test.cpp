// LogprobsBuilder on the committed demo tokenizer: the legacy top_logprobs object is keyed by
// text, so ids sharing a text collapse into one key that must keep the most likely value.
// ctest-labels: unit
#include "server/logprobs_json.h"

#include <gtest/gtest.h>

#include <filesystem>

namespace mlxla::server {
namespace {

TEST(LogprobsBuilder, LegacyTopLogprobsKeepTheMostLikelyOfIdsSharingATextKey) {
  auto tokenizer =
      tokenizer::Tokenizer::load(std::filesystem::path(MLXLA_SOURCE_DIR) / "models" / "demo-q4");
  ASSERT_TRUE(tokenizer.ok()) << tokenizer.error().message();
  // The SentencePiece space "▁" and the fallback byte <0x20> both add one space.
  const auto space = tokenizer->token_to_id("\xE2\x96\x81");
  const auto byte = tokenizer->token_to_id("<0x20>");
  ASSERT_TRUE(space && byte);
  ASSERT_EQ(token_piece(*tokenizer, *space), " ");
  ASSERT_EQ(token_piece(*tokenizer, *byte), " ");
  for (const bool likely_first : {true, false}) {
    engine::TokenLogprobs entry;
    entry.chosen = {*space, -0.5f};
    entry.top = likely_first ? std::vector<engine::TokenLogprob>{{*space, -0.5f}, {*byte, -2.0f}}
                             : std::vector<engine::TokenLogprob>{{*byte, -2.0f}, {*space, -0.5f}};
    LogprobsBuilder builder(*tokenizer, /*chat=*/false);
    builder.add(entry);
    const nlohmann::json out = builder.take();
    ASSERT_EQ(out["top_logprobs"].size(), 1u) << out.dump();
    EXPECT_EQ(out["top_logprobs"][0].size(), 1u) << out.dump();
    EXPECT_EQ(out["top_logprobs"][0][" "].get<double>(), -0.5) << out.dump();
  }
}

}  // namespace
}  // namespace mlxla::server
