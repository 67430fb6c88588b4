// Self-contained tokenizer tests: tiny byte-level and sentencepiece-style tokenizer.json files
// built here, with ids worked out by hand from the merge ranks; streaming; bad input; errors.
// ctest-labels: unit
#include <random>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "support/synthetic_model.h"
#include "tokenizer/tokenizer.h"

namespace mlxla::tokenizer {
namespace {

using nlohmann::json;
using Ids = std::vector<int32_t>;

// GPT-2's byte -> character rule, written out independently of the library.
std::string byte_char(int b) {
  int cp = b;
  if (!((b >= 0x21 && b <= 0x7E) || (b >= 0xA1 && b <= 0xAC) || b >= 0xAE)) {
    int shifted = 0;
    for (int x = 0; x < b; ++x)
      if (!((x >= 0x21 && x <= 0x7E) || (x >= 0xA1 && x <= 0xAC) || x >= 0xAE)) ++shifted;
    cp = 256 + shifted;
  }
  std::string out;
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
  return out;
}

json added(int id, const std::string& content, bool special, bool lstrip = false,
           bool rstrip = false, bool single_word = false) {
  return {{"id", id},          {"content", content}, {"single_word", single_word},
          {"lstrip", lstrip},  {"rstrip", rstrip},   {"normalized", false},
          {"special", special}};
}

// Byte-level BPE: ids 0..255 are the byte characters (id == byte), then merges 256..262.
json byte_level_json() {
  json vocab = json::object();
  for (int b = 0; b < 256; ++b) vocab[byte_char(b)] = b;
  const std::string g = byte_char(' ');  // "Ġ"
  vocab["he"] = 256;
  vocab[g + "h"] = 257;
  vocab["ll"] = 258;
  vocab["the"] = 259;
  vocab[g + "he"] = 260;
  vocab[g + "hell"] = 261;
  vocab["llo"] = 262;
  json merges = {"h e", g + " h", "l l", "t he", g + "h e", g + "he ll", "ll o"};
  return {{"version", "1.0"},
          {"truncation", nullptr},
          {"padding", nullptr},
          {"added_tokens",
           {added(263, "<|end|>", true), added(264, "<|bos|>", true),
            added(265, "<x>", false, true, true), added(266, "hi", false, false, false, true)}},
          {"normalizer", nullptr},
          {"pre_tokenizer",
           {{"type", "ByteLevel"},
            {"add_prefix_space", false},
            {"trim_offsets", true},
            {"use_regex", true}}},
          {"post_processor",
           {{"type", "TemplateProcessing"},
            {"single",
             {{{"SpecialToken", {{"id", "<|bos|>"}, {"type_id", 0}}}},
              {{"Sequence", {{"id", "A"}, {"type_id", 0}}}}}},
            {"pair", json::array()},
            {"special_tokens",
             {{"<|bos|>", {{"id", "<|bos|>"}, {"ids", {264}}, {"tokens", {"<|bos|>"}}}}}}}},
          {"decoder",
           {{"type", "ByteLevel"},
            {"add_prefix_space", true},
            {"trim_offsets", true},
            {"use_regex", true}}},
          {"model",
           {{"type", "BPE"},
            {"dropout", nullptr},
            {"unk_token", nullptr},
            {"fuse_unk", false},
            {"byte_fallback", false},
            {"ignore_merges", false},
            {"vocab", vocab},
            {"merges", merges}}}};
}

// Sentencepiece-style BPE: <unk> <s> </s>, 256 byte tokens (3..258), then pieces 259..268;
// merges given as [a, b] pairs (testing::sentencepiece_bpe_json).
json sentencepiece_json() {
  return testing::sentencepiece_bpe_json(
      {"\u2581", "h", "e", "l", "o", "\u2581h", "ll", "\u2581he", "llo", "\u2581hello"},
      {{"\u2581", "h"}, {"l", "l"}, {"\u2581h", "e"}, {"ll", "o"}, {"\u2581he", "llo"}});
}

Tokenizer make(const json& tokenizer_json, const std::string& config = "") {
  auto tokenizer = Tokenizer::from_json(tokenizer_json.dump(), config);
  EXPECT_TRUE(tokenizer.ok()) << tokenizer.error().message();
  if (!tokenizer.ok()) std::abort();
  return std::move(tokenizer).value();
}

std::string stream_all(const Tokenizer& tokenizer, const Ids& ids, bool skip,
                       std::vector<std::string>* pieces = nullptr) {
  StreamDecoder stream(tokenizer, skip);
  std::string text;
  for (int32_t id : ids) {
    std::string piece = stream.step(id);
    if (pieces) pieces->push_back(piece);
    text += piece;
  }
  std::string tail = stream.finish();
  if (pieces) pieces->push_back(tail);
  return text + tail;
}

TEST(ByteLevel, MergesFollowRankNotPosition) {
  const Tokenizer t = make(byte_level_json());
  // "the": h+e (rank 0) then t+he (rank 3). " hello" -> Ġ h e l l o: h+e (0) beats Ġ+h (1),
  // so "Ġhe" is never formed; then l+l (2), ll+o (6): [Ġ, he, llo].
  EXPECT_EQ(t.encode("the hello", false), (Ids{259, 32, 256, 262}));
  EXPECT_EQ(t.encode("the hello", true), (Ids{264, 259, 32, 256, 262}));
  EXPECT_EQ(t.decode(Ids{264, 259, 32, 256, 262, 263}, true), "the hello");
  EXPECT_EQ(t.decode(Ids{264, 259, 32, 256, 262, 263}, false), "<|bos|>the hello<|end|>");
}

TEST(ByteLevel, RegexSplitsContractionsDigitsAndUnicode) {
  const Tokenizer t = make(byte_level_json());
  // GPT-2 pattern: "I" | "'m" | " 12345" ; each a separate word, no merges apply.
  EXPECT_EQ(t.encode("I'm 12345", false), (Ids{73, 39, 109, 32, 49, 50, 51, 52, 53}));
  // é is C3 A9: two byte characters, ids 0xC3 and 0xA9.
  EXPECT_EQ(t.encode("\xC3\xA9", false), (Ids{0xC3, 0xA9}));
  EXPECT_EQ(t.decode(Ids{0xC3, 0xA9}, true), "\xC3\xA9");
}

TEST(ByteLevel, AddedTokensStripAndSingleWord) {
  const Tokenizer t = make(byte_level_json());
  EXPECT_EQ(t.encode("hello<|end|>", false), (Ids{256, 262, 263}));
  // <x> has lstrip and rstrip: the spaces on both sides belong to it.
  EXPECT_EQ(t.encode("a <x> b", false), (Ids{97, 265, 98}));
  // "hi" is single_word: matched alone, not inside "hit" (" hit" -> Ġh (rank 1), i, t).
  EXPECT_EQ(t.encode("hi hit", false), (Ids{266, 257, 105, 116}));
  // Longest match first: "<|end|>" wins over nothing shorter; a near miss is plain text.
  EXPECT_EQ(t.encode("<|end|", false), (Ids{60, 124, 101, 110, 100, 124}));
}

TEST(ByteLevel, IgnoreMergesTakesWholeWordFromVocab) {
  json j = byte_level_json();
  j["model"]["vocab"][byte_char(' ') + "hello"] = 267;
  EXPECT_EQ(make(j).encode(" hello", false), (Ids{32, 256, 262}));
  j["model"]["ignore_merges"] = true;
  EXPECT_EQ(make(j).encode(" hello", false), (Ids{267}));
}

TEST(SentencePiece, PrependReplaceAndMerges) {
  const Tokenizer t = make(sentencepiece_json());
  // ▁hello: ▁+h (0), l+l (1), ▁h+e (2), ll+o (3), ▁he+llo (4).
  EXPECT_EQ(t.encode("hello", true), (Ids{1, 268}));
  EXPECT_EQ(t.encode("hello hello", false), (Ids{268, 268}));
  EXPECT_EQ(t.decode(Ids{1, 268, 268}, true), "hello hello");
  EXPECT_EQ(t.decode(Ids{1, 268, 268}, false), "<s> hello hello");
  EXPECT_EQ(t.encode("", true), (Ids{1}));
  EXPECT_EQ(t.encode("", false), (Ids{}));
}

TEST(SentencePiece, ByteFallbackAndUnknownFusion) {
  json j = sentencepiece_json();
  // é is not a piece: its bytes C3 A9 become <0xC3> <0xA9> (ids 3 + byte).
  EXPECT_EQ(make(j).encode("h\xC3\xA9", false), (Ids{264, 3 + 0xC3, 3 + 0xA9}));
  EXPECT_EQ(make(j).decode(Ids{264, 3 + 0xC3, 3 + 0xA9}, true), "h\xC3\xA9");
  // A lone continuation byte decodes to U+FFFD.
  EXPECT_EQ(make(j).decode(Ids{264, 3 + 0xA9}, true), "h\xEF\xBF\xBD");
  j["model"]["byte_fallback"] = false;
  EXPECT_EQ(make(j).encode("\xC3\xA9\xC3\xA9", false), (Ids{259, 0}));  // fused into one <unk>
  j["model"]["fuse_unk"] = false;
  EXPECT_EQ(make(j).encode("\xC3\xA9\xC3\xA9", false), (Ids{259, 0, 0}));
}

TEST(SentencePiece, MetaspacePreTokenizerPrependFirst) {
  json j = sentencepiece_json();
  j["normalizer"] = nullptr;
  j["pre_tokenizer"] = {{"type", "Metaspace"},
                        {"replacement", "\u2581"},
                        {"prepend_scheme", "first"},
                        {"split", true}};
  j["decoder"] = {{"type", "Metaspace"},
                  {"replacement", "\u2581"},
                  {"prepend_scheme", "first"},
                  {"split", true}};
  const Tokenizer t = make(j);
  EXPECT_EQ(t.encode("hello hello", false), (Ids{268, 268}));
  // After an added token the piece does not start the input: no ▁ is prepended.
  EXPECT_EQ(t.encode("</s>hello", false), (Ids{2, 260, 261, 267}));
  EXPECT_EQ(t.decode(Ids{268, 268}, true), "hello hello");
  j["pre_tokenizer"]["prepend_scheme"] = "always";
  EXPECT_EQ(make(j).encode("</s>hello", false), (Ids{2, 268}));
}

TEST(Stream, MultiByteCharacterSplitAcrossTokens) {
  const Tokenizer sp = make(sentencepiece_json());
  std::vector<std::string> pieces;
  // h, then é as two byte tokens: nothing is emitted inside the byte run (ByteFallback decodes
  // a run all-or-nothing), é comes out with the token that ends the run.
  EXPECT_EQ(stream_all(sp, Ids{1, 264, 3 + 0xC3, 3 + 0xA9, 268}, true, &pieces), "h\xC3\xA9 hello");
  ASSERT_EQ(pieces.size(), 6u);
  EXPECT_EQ(pieces[0], "");
  EXPECT_EQ(pieces[1], "h");
  EXPECT_EQ(pieces[2], "");
  EXPECT_EQ(pieces[3], "");
  EXPECT_EQ(pieces[4], "\xC3\xA9 hello");
  pieces.clear();
  // A run ending the stream is released by finish().
  EXPECT_EQ(stream_all(sp, Ids{264, 3 + 0xC3, 3 + 0xA9}, true, &pieces), "h\xC3\xA9");
  EXPECT_EQ(pieces.back(), "\xC3\xA9");

  const Tokenizer bl = make(byte_level_json());
  pieces.clear();
  // 😀 is F0 9F 98 80: four byte tokens, one emission.
  EXPECT_EQ(stream_all(bl, Ids{0xF0, 0x9F, 0x98, 0x80, 259}, true, &pieces), "\xF0\x9F\x98\x80the");
  EXPECT_EQ(pieces[0], "");
  EXPECT_EQ(pieces[2], "");
  EXPECT_EQ(pieces[3], "\xF0\x9F\x98\x80");
}

TEST(Stream, ConcatenationEqualsDecodeOnRandomIds) {
  std::mt19937 rng(1234);
  for (const json& j : {byte_level_json(), sentencepiece_json()}) {
    for (const std::string config : {"", R"({"clean_up_tokenization_spaces": true})"}) {
      const Tokenizer t = make(j, config);
      std::uniform_int_distribution<int32_t> pick(0, static_cast<int32_t>(t.vocab_size()) - 1);
      for (int trial = 0; trial < 300; ++trial) {
        Ids ids(static_cast<size_t>(trial % 17));
        for (int32_t& id : ids) id = pick(rng);
        for (bool skip : {true, false}) {
          std::vector<std::string> pieces;
          EXPECT_EQ(stream_all(t, ids, skip, &pieces), t.decode(ids, skip))
              << ::testing::PrintToString(ids);
          for (const std::string& piece : pieces) {
            // Every emitted piece is whole UTF-8 (U+FFFD stands in for broken bytes).
            EXPECT_EQ(piece.find_first_of('\xFF'), std::string::npos);
          }
        }
      }
    }
  }
}

TEST(CleanUp, AppliedWhenConfigured) {
  EXPECT_EQ(clean_up_tokenization("Hi , you . I do n't , it 's"), "Hi, you. I don't, it's");
  const Tokenizer plain = make(byte_level_json());
  const Tokenizer clean = make(byte_level_json(), R"({"clean_up_tokenization_spaces": true})");
  const Ids ids = plain.encode("a . b", false);
  EXPECT_EQ(plain.decode(ids, true), "a . b");
  EXPECT_EQ(clean.decode(ids, true), "a. b");
  EXPECT_EQ(stream_all(clean, ids, true), "a. b");
}

TEST(Robustness, InvalidUtf8IsRepairedNotFatal) {
  for (const json& j : {byte_level_json(), sentencepiece_json()}) {
    const Tokenizer t = make(j);
    const std::string bad =
        "\xFF\xFE"
        "abc\xC3";
    const std::string repaired =
        "\xEF\xBF\xBD\xEF\xBF\xBD"
        "abc\xEF\xBF\xBD";
    EXPECT_EQ(t.encode(bad, true), t.encode(repaired, true));
    EXPECT_EQ(t.encode("\xED\xA0\x80", false),
              t.encode("\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD", false));
    EXPECT_EQ(t.decode(Ids{-5, 1 << 30, 97}, true), t.decode(Ids{97}, true));
    const std::string long_word(20000, 'l');
    EXPECT_FALSE(t.encode(long_word, false).empty());
  }
}

TEST(Lookups, IdsTokensAndConfig) {
  const std::string config =
      R"({"bos_token": "<s>", "eos_token": {"content": "</s>"}, "chat_template": "{{x}}"})";
  const Tokenizer t = make(sentencepiece_json(), config);
  EXPECT_EQ(t.bos_id(), 1);
  EXPECT_EQ(t.eos_ids(), (Ids{2}));
  EXPECT_EQ(t.chat_template(), "{{x}}");
  EXPECT_EQ(t.token_to_id("\u2581hello"), 268);
  EXPECT_EQ(t.id_to_token(268), "\u2581hello");
  EXPECT_EQ(t.id_to_token(1), "<s>");
  EXPECT_FALSE(t.token_to_id("nope").has_value());
  EXPECT_EQ(t.vocab_size(), 269u);
  EXPECT_TRUE(t.is_special(1));
  EXPECT_FALSE(t.is_special(268));
  LoadOptions no_bos;
  no_bos.add_bos_token = false;
  auto t2 = Tokenizer::from_json(sentencepiece_json().dump(), config, "", "", no_bos);
  ASSERT_TRUE(t2.ok());
  EXPECT_EQ(t2->encode("hello", true), (Ids{268}));
  auto t3 =
      Tokenizer::from_json(sentencepiece_json().dump(), config, "", R"({"eos_token_id": [2, 0]})");
  ASSERT_TRUE(t3.ok());
  EXPECT_EQ(t3->eos_ids(), (Ids{2, 0}));
}

void expect_error(const json& j, ErrorCategory category, const std::string& needle) {
  auto t = Tokenizer::from_json(j.dump());
  ASSERT_FALSE(t.ok()) << needle;
  EXPECT_EQ(t.error().category(), category) << t.error().message();
  EXPECT_NE(t.error().message().find(needle), std::string::npos) << t.error().message();
}

TEST(Errors, NameTheField) {
  auto bad = Tokenizer::from_json("{not json");
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().category(), ErrorCategory::kFormat);
  json j = byte_level_json();
  j["model"]["type"] = "Unigram";
  expect_error(j, ErrorCategory::kUnsupported, "model.type");
  j = byte_level_json();
  j["pre_tokenizer"] = {{"type", "Sequence"}, {"pretokenizers", {{{"type", "Frobnicate"}}}}};
  expect_error(j, ErrorCategory::kUnsupported, "pre_tokenizer.pretokenizers[0].type");
  j = byte_level_json();
  j["normalizer"] = {{"type", "Lowercase"}};
  expect_error(j, ErrorCategory::kUnsupported, "normalizer.type");
  j = byte_level_json();
  j["decoder"] = {{"type", "WordPiece"}};
  expect_error(j, ErrorCategory::kUnsupported, "decoder.type");
  j = byte_level_json();
  j["model"]["merges"] = {"q zz"};
  expect_error(j, ErrorCategory::kFormat, "model.merges[0]");
  j = byte_level_json();
  j["pre_tokenizer"] = {
      {"type", "Split"}, {"pattern", {{"Regex", "(unclosed"}}}, {"behavior", "Isolated"}};
  expect_error(j, ErrorCategory::kUnsupported, "pre_tokenizer.pattern.Regex");
  j = byte_level_json();
  j["model"]["vocab"] = json::array();
  expect_error(j, ErrorCategory::kFormat, "model.vocab");
  j = byte_level_json();
  j["added_tokens"][0]["content"] = 5;
  expect_error(j, ErrorCategory::kFormat, "added_tokens[0].content");
  EXPECT_EQ(Tokenizer::load("/nonexistent/dir").error().category(), ErrorCategory::kNotFound);
}

}  // namespace
}  // namespace mlxla::tokenizer
