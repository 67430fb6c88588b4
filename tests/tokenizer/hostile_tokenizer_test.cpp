// ctest-labels: unit
// tokenizer.json from strangers: deeply nested Sequence components (every component kind),
// device files and FIFOs in place of the tokenizer files end in clear errors, within the time
// and memory bounds of run_bounded. The base document is the committed models/demo-q4 tokenizer.
#include <sys/stat.h>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "support/bounded_run.h"
#include "support/test_support.h"
#include "tokenizer/json_fields.h"
#include "tokenizer/tokenizer.h"

namespace mlxla::tokenizer {
namespace {

using nlohmann::json;

const std::filesystem::path kDemo = std::filesystem::path(MLXLA_SOURCE_DIR) / "models" / "demo-q4";

json demo_tokenizer() {
  return json::parse(testing::read_file(kDemo / "tokenizer.json"));
}

// `levels` Sequences, each holding the next, around `leaf`, as text (built as text so that
// 100,000 levels do not need a deep nlohmann value in the test itself).
std::string nested_sequence_text(const std::string& list_key, int levels, const std::string& leaf) {
  std::string open, close;
  for (int i = 0; i < levels; ++i) {
    open += R"({"type": "Sequence", ")" + list_key + R"(": [)";
    close += "]}";
  }
  return open + leaf + close;
}

std::string with_component(const std::string& key, const std::string& component_text) {
  json doc = demo_tokenizer();
  doc[key] = "@@COMPONENT@@";
  std::string text = doc.dump();
  const std::string marker = "\"@@COMPONENT@@\"";
  text.replace(text.find(marker), marker.size(), component_text);
  return text;
}

struct Component {
  const char* key;
  const char* list_key;
  const char* leaf;
};
constexpr Component kComponents[] = {
    {"pre_tokenizer", "pretokenizers", R"({"type": "Whitespace"})"},
    {"normalizer", "normalizers", R"({"type": "Prepend", "prepend": "x"})"},
    {"decoder", "decoders", R"({"type": "Fuse"})"},
    {"post_processor", "processors", R"({"type": "ByteLevel"})"},
};

TEST(HostileTokenizer, DemoTokenizerLoads) {
  auto t = Tokenizer::from_json(demo_tokenizer().dump());
  ASSERT_TRUE(t.ok()) << t.error().message();
}

// The issue's case: 100,000 nested Sequences overflowed the stack (recursion per level) and
// 10,000 cost 1.7 GB of quadratic error-path strings.
TEST(HostileTokenizer, HundredThousandNestedSequencesFailFast) {
  for (const Component& c : kComponents) {
    for (int levels : {100'000, 10'000}) {
      const std::string text =
          with_component(c.key, nested_sequence_text(c.list_key, levels, c.leaf));
      const auto outcome = testing::run_bounded([&] {
        auto t = Tokenizer::from_json(text);
        return t.ok() ? std::string("loaded") : t.error().message();
      });
      ASSERT_TRUE(outcome.finished) << c.key << " x" << levels << ": " << outcome.describe();
      EXPECT_NE(
          outcome.text.find("tokenizer.json: JSON nests arrays/objects deeper than 128 levels"),
          std::string::npos)
          << c.key << ": " << outcome.text;
    }
  }
}

// Nesting within the JSON depth limit but past the component limit names the component path.
TEST(HostileTokenizer, SequenceNestingLimitNamesTheComponent) {
  for (const Component& c : kComponents) {
    const std::string text =
        with_component(c.key, nested_sequence_text(c.list_key, kMaxSequenceNesting + 1, c.leaf));
    auto t = Tokenizer::from_json(text);
    ASSERT_FALSE(t.ok()) << c.key;
    EXPECT_NE(t.error().message().find(std::string(c.key) + "."), std::string::npos)
        << t.error().message();
    EXPECT_NE(t.error().message().find("Sequence nested deeper than 16 levels"), std::string::npos)
        << t.error().message();
    // At the limit it loads.
    const std::string ok_text =
        with_component(c.key, nested_sequence_text(c.list_key, kMaxSequenceNesting, c.leaf));
    auto ok = Tokenizer::from_json(ok_text);
    EXPECT_TRUE(ok.ok()) << c.key << ": " << (ok.ok() ? "" : ok.error().message());
  }
}

TEST(HostileTokenizer, DeviceAndFifoInPlaceOfTokenizerFiles) {
  for (const char* file : {"tokenizer.json", "tokenizer_config.json"}) {
    testing::ScratchDir dir("hostile_tokenizer");
    std::filesystem::copy_file(kDemo / "tokenizer.json", dir / "tokenizer.json");
    std::filesystem::remove(dir / file);
    std::filesystem::create_symlink("/dev/zero", dir / file);
    auto zero = testing::run_bounded([&] {
      auto t = Tokenizer::load(dir.path());
      return t.ok() ? std::string("loaded") : t.error().message();
    });
    ASSERT_TRUE(zero.finished) << file << ": " << zero.describe();
    EXPECT_NE(zero.text.find(std::string(file) + ": is a character device, not a regular file"),
              std::string::npos)
        << zero.text;

    std::filesystem::remove(dir / file);
    ASSERT_EQ(mkfifo((dir / file).c_str(), 0600), 0);
    auto fifo = testing::run_bounded([&] {
      auto t = Tokenizer::load(dir.path());
      return t.ok() ? std::string("loaded") : t.error().message();
    });
    ASSERT_TRUE(fifo.finished) << file << ": " << fifo.describe();
    EXPECT_NE(fifo.text.find(std::string(file) + ": is a FIFO, not a regular file"),
              std::string::npos)
        << fifo.text;
  }
}

TEST(HostileTokenizer, MegabytesOfBracketsInTokenizerConfig) {
  testing::ScratchDir dir("hostile_tokenizer");
  std::filesystem::copy_file(kDemo / "tokenizer.json", dir / "tokenizer.json");
  testing::write_file(dir / "tokenizer_config.json", std::string(60u << 20, '['));
  auto outcome = testing::run_bounded([&] {
    auto t = Tokenizer::load(dir.path());
    return t.ok() ? std::string("loaded") : t.error().message();
  });
  ASSERT_TRUE(outcome.finished) << outcome.describe();
  EXPECT_NE(
      outcome.text.find("tokenizer_config.json: JSON nests arrays/objects deeper than 128 levels"),
      std::string::npos)
      << outcome.text;
}

}  // namespace
}  // namespace mlxla::tokenizer
