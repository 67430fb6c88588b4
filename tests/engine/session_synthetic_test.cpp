// Session on a model and tokenizer this test writes itself (no ../shared): greedy equals the
// argmax of the logits, append reuses the cache bit for bit, EOS from generation_config.json
// ends the run, streamed text is whole UTF-8 and equals decode(), context limits; Conversation
// turns reuse the cache and /reset-style resets start over.
// ctest-labels: unit
#include <algorithm>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "engine/conversation.h"
#include "engine/session.h"
#include "support/synthetic_model.h"
#include "support/test_support.h"

namespace mlxla::engine {
namespace {

using nlohmann::json;

// 3 specials, 256 byte-fallback tokens, 8 pieces: 267 tokens; the model's vocabulary is larger
// (as real checkpoints' often is), so ids 267..287 exist in the model but decode to nothing.
constexpr int64_t kVocab = 288;
constexpr const char* kConfig =
    R"({"model_type": "llama", "hidden_size": 32, "intermediate_size": 64,
  "num_hidden_layers": 2, "num_attention_heads": 4, "num_key_value_heads": 2, "vocab_size": 288,
  "max_position_embeddings": 64, "rms_norm_eps": 1e-5, "rope_theta": 10000.0, "tie_word_embeddings": true,
  "bos_token_id": 1, "eos_token_id": 2})";

class SyntheticSession : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new testing::ScratchDir("session_synthetic_model");
    // Float weights (bits 0): the tests compare logits with their argmax, not with a format.
    ASSERT_TRUE(testing::write_synthetic_model(
        dir_->path(),
        {.config_json = kConfig, .bits = 0, .dtype = "float32", .seed = 77, .tokenizer = true}));
  }
  static void TearDownTestSuite() {
    delete dir_;
    dir_ = nullptr;
  }
  static std::unique_ptr<Session> open(SessionOptions options = {}) {
    auto s = Session::open(dir_->path(), options);
    EXPECT_TRUE(s.ok()) << s.error().message();
    return s.ok() ? std::move(*s) : nullptr;
  }
  static int32_t argmax(const std::vector<float>& logits) {
    return static_cast<int32_t>(std::max_element(logits.begin(), logits.end()) - logits.begin());
  }
  static testing::ScratchDir* dir_;
};
testing::ScratchDir* SyntheticSession::dir_ = nullptr;

bool is_whole_utf8(const std::string& s) {
  size_t i = 0;
  while (i < s.size()) {
    const auto c = static_cast<unsigned char>(s[i]);
    const size_t len = c < 0x80         ? 1
                       : (c >> 5) == 6  ? 2
                       : (c >> 4) == 14 ? 3
                       : (c >> 3) == 30 ? 4
                                        : 0;
    if (len == 0 || i + len > s.size()) return false;
    for (size_t k = 1; k < len; ++k)
      if ((static_cast<unsigned char>(s[i + k]) >> 6) != 2) return false;
    i += len;
  }
  return true;
}

TEST_F(SyntheticSession, OpensWithTokenizerEosAndCapacity) {
  auto s = open();
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->capacity(), 64);
  EXPECT_EQ(s->vocab_size(), kVocab);
  EXPECT_EQ(s->eos_ids(), (std::vector<int32_t>{2}));
  ASSERT_NE(s->tokenizer(), nullptr);
  EXPECT_EQ(s->tokenizer()->encode("abc ab"), (std::vector<int32_t>{1, 266, 265}));
}

TEST_F(SyntheticSession, GreedyIsTheArgmaxOfEachStep) {
  auto s = open();
  auto manual = open();
  ASSERT_TRUE(s && manual);
  GenerationRequest request;
  request.prompt = s->tokenizer()->encode("abc ab");
  request.max_tokens = 24;
  request.stop_at_eos = false;
  auto g = s->generate(request, SamplingParams{});
  ASSERT_TRUE(g.ok()) << g.error().message();
  std::vector<float> logits = *manual->prefill(request.prompt);
  std::vector<int32_t> expected;
  for (int i = 0; i < 24; ++i) {
    expected.push_back(argmax(logits));
    if (i < 23) logits = *manual->decode(expected.back());
  }
  EXPECT_EQ(g->tokens, expected);
  EXPECT_EQ(g->text, s->tokenizer()->decode(g->tokens));
}

TEST_F(SyntheticSession, AppendIsBitwiseAFreshPrefill) {
  auto a = open();
  auto b = open();
  ASSERT_TRUE(a && b);
  std::vector<int32_t> prompt = {1};
  for (int i = 0; i < 40; ++i) prompt.push_back(static_cast<int32_t>((i * 37 + 11) % kVocab));
  int64_t reused = -1;
  ASSERT_TRUE(a->append(std::span(prompt).first(17), &reused).ok());
  EXPECT_EQ(reused, 0);
  auto cached = a->append(prompt, &reused);
  ASSERT_TRUE(cached.ok());
  EXPECT_EQ(reused, 17);
  EXPECT_EQ(*cached, *b->prefill(prompt));
}

TEST_F(SyntheticSession, EosFromGenerationConfigEndsTheRun) {
  // Find the greedy continuation, then declare its 6th token an EOS in generation_config.json.
  std::vector<int32_t> greedy;
  {
    auto s = open();
    ASSERT_NE(s, nullptr);
    GenerationRequest request;
    request.prompt = {1};
    request.max_tokens = 12;
    request.stop_at_eos = false;
    greedy = s->generate(request, SamplingParams{})->tokens;
  }
  ASSERT_EQ(greedy.size(), 12u);
  const int32_t eos = greedy[5];
  const size_t first =
      static_cast<size_t>(std::find(greedy.begin(), greedy.end(), eos) - greedy.begin());
  testing::write_file(*dir_ / "generation_config.json",
                      json{{"eos_token_id", json::array({eos, 2})}}.dump());
  auto s = open();
  std::filesystem::remove(*dir_ / "generation_config.json");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->eos_ids(), (std::vector<int32_t>{eos, 2}));
  GenerationRequest request;
  request.prompt = {1};
  auto g = s->generate(request, SamplingParams{});
  ASSERT_TRUE(g.ok());
  EXPECT_EQ(g->finish, FinishReason::kEos);
  EXPECT_EQ(g->tokens,
            std::vector<int32_t>(greedy.begin(), greedy.begin() + static_cast<ptrdiff_t>(first)));
}

TEST_F(SyntheticSession, StreamedTextIsWholeUtf8AndEqualsDecode) {
  auto s = open();
  ASSERT_NE(s, nullptr);
  SamplingParams sampling;
  sampling.temperature = 1.5f;
  int byte_tokens = 0;
  for (uint64_t seed = 1; seed <= 6; ++seed) {
    sampling.seed = seed;
    GenerationRequest request;
    request.prompt = {1};
    request.max_tokens = 50;
    request.stop_at_eos = false;
    request.reuse_cache = false;
    std::string streamed;
    auto g = s->generate(request, sampling, [&](std::string_view piece) {
      EXPECT_TRUE(is_whole_utf8(std::string(piece))) << seed;
      streamed += piece;
      return true;
    });
    ASSERT_TRUE(g.ok());
    EXPECT_EQ(streamed, s->tokenizer()->decode(g->tokens)) << seed;
    EXPECT_EQ(g->text, streamed);
    for (const int32_t t : g->tokens) byte_tokens += t >= 3 && t < 259;
  }
  EXPECT_GT(byte_tokens, 0);  // the byte-fallback path was exercised
}

TEST_F(SyntheticSession, RunsUntilTheContextIsFull) {
  SessionOptions options;
  options.capacity = 10;
  options.backend = "reference";
  auto s = open(options);
  ASSERT_NE(s, nullptr);
  GenerationRequest request;
  request.prompt = {1, 260, 261};
  request.stop_at_eos = false;
  auto g = s->generate(request, SamplingParams{});
  ASSERT_TRUE(g.ok());
  EXPECT_EQ(g->finish, FinishReason::kContext);
  EXPECT_EQ(g->tokens.size(), 8u);  // 7 fed back fill positions 3..9, the 8th needs none
  EXPECT_EQ(s->position(), 10);
  request.prompt.assign(11, 1);
  auto too_long = s->generate(request, SamplingParams{});
  ASSERT_FALSE(too_long.ok());
  EXPECT_NE(too_long.error().message().find("context of 10"), std::string::npos);
}

constexpr const char* kTemplate =
    "{{ bos_token }}{% for m in messages %}{{ m.role }} {{ m.content }}</s>{% endfor %}"
    "{% if add_generation_prompt %}assistant {% endif %}";

TEST_F(SyntheticSession, ConversationTurnsReuseTheCache) {
  auto s = open();
  auto fresh = open();
  ASSERT_TRUE(s && fresh);
  auto conversation = Conversation::create(*s, kTemplate, "be brief");
  ASSERT_TRUE(conversation.ok()) << conversation.error().message();
  TurnOptions options;
  options.max_tokens = 10;
  auto g1 = conversation->turn("abc", SamplingParams{}, options);
  ASSERT_TRUE(g1.ok()) << g1.error().message();
  EXPECT_EQ(conversation->last_reuse(), PromptReuse::kNone);
  auto g2 = conversation->turn("ab ab", SamplingParams{}, options);
  ASSERT_TRUE(g2.ok()) << g2.error().message();
  // The random model's reply holds ids that re-tokenize differently (byte-fallback pieces of
  // characters the vocabulary also has), so only the text after the reply was tokenized.
  EXPECT_EQ(conversation->last_reuse(), PromptReuse::kText);
  // Everything the first turn left in the cache was kept.
  EXPECT_EQ(g2->stats.reused_tokens, g1->stats.prompt_tokens + 9);
  ASSERT_EQ(conversation->messages().size(), 5u);
  EXPECT_EQ(conversation->messages()[4]["content"], g2->text);

  // The cache holds exactly what a fresh prefill of the same prompt holds.
  const std::vector<int32_t>& now = s->tokens();
  const std::vector<int32_t> prompt2(now.begin(),
                                     now.end() - static_cast<ptrdiff_t>(g2->tokens.size() - 1));
  EXPECT_EQ(static_cast<int64_t>(prompt2.size()), g2->stats.prompt_tokens);
  GenerationRequest request;
  request.prompt = prompt2;
  request.max_tokens = 10;
  auto again = fresh->generate(request, SamplingParams{});
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(again->tokens, g2->tokens);

  // After a reset the first question gets the first answer again.
  conversation->reset();
  EXPECT_EQ(s->position(), 0);
  ASSERT_EQ(conversation->messages().size(), 1u);
  auto g3 = conversation->turn("abc", SamplingParams{}, options);
  ASSERT_TRUE(g3.ok());
  EXPECT_EQ(g3->tokens, g1->tokens);
  EXPECT_EQ(conversation->last_reuse(), PromptReuse::kNone);
}

TEST_F(SyntheticSession, ConversationDropsATurnThatDoesNotFit) {
  SessionOptions small;
  small.capacity = 24;
  auto s = open(small);
  ASSERT_NE(s, nullptr);
  auto conversation = Conversation::create(*s, kTemplate, "");
  ASSERT_TRUE(conversation.ok());
  TurnOptions options;
  options.max_tokens = 4;
  ASSERT_TRUE(conversation->turn("abc", SamplingParams{}, options).ok());
  const size_t before = conversation->messages().size();
  auto too_long = conversation->turn(std::string(60, 'c'), SamplingParams{}, options);
  ASSERT_FALSE(too_long.ok());
  EXPECT_NE(too_long.error().message().find("context"), std::string::npos)
      << too_long.error().message();
  EXPECT_EQ(conversation->messages().size(), before);
  EXPECT_EQ(s->position(), 0);  // the cache was reset with the failed turn
  conversation->reset();
  EXPECT_TRUE(conversation->turn("abc", SamplingParams{}, options).ok());
}

TEST_F(SyntheticSession, ConversationNeedsATemplate) {
  auto s = open();
  ASSERT_NE(s, nullptr);
  auto none = Conversation::create(*s, "", "");
  ASSERT_FALSE(none.ok());
  EXPECT_NE(none.error().message().find("chat_template"), std::string::npos);
  auto broken = Conversation::create(*s, "{% for %}", "");
  EXPECT_FALSE(broken.ok());
}

}  // namespace
}  // namespace mlxla::engine
