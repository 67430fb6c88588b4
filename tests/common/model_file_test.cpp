// ctest-labels: unit
// The bounded model-file reader and the depth-limited JSON entry point against hostile files:
// FIFOs, devices, link loops, oversize files, deep nesting and flat floods of values fail with a
// clear error, within the time and memory bounds of run_bounded.
#include <sys/stat.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include "common/json_parse.h"
#include "common/model_file.h"
#include "support/bounded_run.h"
#include "support/test_support.h"

namespace mlxla::common {
namespace {

using testing::run_bounded;

// Runs `read` on `path` in a bounded child and returns "ok" or the error message.
testing::BoundedOutcome read_bounded(const std::filesystem::path& path,
                                     uint64_t max_bytes = 1 << 20) {
  return run_bounded([&] {
    auto text = read_model_file(path, max_bytes);
    return text.ok() ? std::string("ok") : text.error().message();
  });
}

TEST(ModelFile, ReadsARegularFile) {
  testing::ScratchDir dir("model_file");
  testing::write_file(dir / "config.json", "{}");
  auto text = read_model_file(dir / "config.json", 16);
  ASSERT_TRUE(text.ok()) << text.error().message();
  EXPECT_EQ(*text, "{}");
}

TEST(ModelFile, FifoFailsInsteadOfBlocking) {
  testing::ScratchDir dir("model_file");
  const auto fifo = dir / "tokenizer.json";
  ASSERT_EQ(mkfifo(fifo.c_str(), 0600), 0);
  const auto outcome = read_bounded(fifo);
  ASSERT_TRUE(outcome.finished) << outcome.describe();
  EXPECT_NE(outcome.text.find("tokenizer.json: is a FIFO, not a regular file"), std::string::npos)
      << outcome.text;
  const auto mapped = run_bounded([&] {
    auto opened = open_model_file(fifo, UINT64_MAX);
    return opened.ok() ? std::string("ok") : opened.error().message();
  });
  ASSERT_TRUE(mapped.finished) << mapped.describe();
  EXPECT_NE(mapped.text.find("FIFO"), std::string::npos) << mapped.text;
}

TEST(ModelFile, DeviceBehindASymlinkIsRefused) {
  testing::ScratchDir dir("model_file");
  const auto link = dir / "tokenizer.json";
  std::filesystem::create_symlink("/dev/zero", link);
  const auto outcome = read_bounded(link, UINT64_MAX);
  ASSERT_TRUE(outcome.finished) << outcome.describe();
  EXPECT_NE(outcome.text.find("tokenizer.json: is a character device, not a regular file"),
            std::string::npos)
      << outcome.text;
}

TEST(ModelFile, SizeIsCheckedBeforeReading) {
  testing::ScratchDir dir("model_file");
  testing::write_file(dir / "config.json", std::string(100, ' '));
  auto text = read_model_file(dir / "config.json", 99);
  ASSERT_FALSE(text.ok());
  EXPECT_EQ(text.error().category(), ErrorCategory::kFormat);
  EXPECT_NE(
      text.error().message().find("config.json: file is 100 bytes, more than the 99-byte limit"),
      std::string::npos)
      << text.error().message();
}

TEST(ModelFile, SymlinkLoopIsReportedAsALoop) {
  testing::ScratchDir dir("model_file");
  std::filesystem::create_symlink(dir / "b.json", dir / "config.json");
  std::filesystem::create_symlink(dir / "config.json", dir / "b.json");
  auto text = read_model_file(dir / "config.json", 1 << 20);
  ASSERT_FALSE(text.ok());
  EXPECT_NE(text.error().message().find("config.json: too many levels of symbolic links"),
            std::string::npos)
      << text.error().message();
  // An optional file that is a loop is an error too, not "absent".
  auto optional = read_optional_model_file(dir / "config.json", 1 << 20);
  ASSERT_FALSE(optional.ok());
  EXPECT_TRUE(entry_exists(dir / "config.json"));
}

TEST(ModelFile, AbsentAndDanglingFilesDiffer) {
  testing::ScratchDir dir("model_file");
  auto absent = read_optional_model_file(dir / "generation_config.json", 1 << 20);
  ASSERT_TRUE(absent.ok());
  EXPECT_FALSE(absent->has_value());
  auto missing = read_model_file(dir / "config.json", 1 << 20);
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.error().category(), ErrorCategory::kNotFound);

  std::filesystem::create_symlink(dir / "nowhere.json", dir / "generation_config.json");
  auto dangling = read_optional_model_file(dir / "generation_config.json", 1 << 20);
  ASSERT_FALSE(dangling.ok());
  EXPECT_NE(dangling.error().message().find("symbolic link to a file that does not exist"),
            std::string::npos);
}

TEST(JsonParse, NestingAtTheLimitParsesOneDeeperFails) {
  const std::string at_limit = std::string(kMaxJsonDepth, '[') + std::string(kMaxJsonDepth, ']');
  auto ok = parse_json_document(at_limit, "x.json");
  ASSERT_TRUE(ok.ok()) << ok.error().message();
  const std::string deeper = "[" + at_limit + "]";
  auto deep = parse_json_document(deeper, "x.json");
  ASSERT_FALSE(deep.ok());
  EXPECT_NE(deep.error().message().find(
                "x.json: JSON nests arrays/objects deeper than 128 levels (at byte 128)"),
            std::string::npos)
      << deep.error().message();
}

TEST(JsonParse, BracketsInsideStringsDoNotCount) {
  const std::string text = R"({"a": "[[[[{{{{\"[[[[", "b": ["]]]]"]})";
  auto parsed = parse_json_document(text, "x.json", nullptr, JsonLimits{2});
  ASSERT_TRUE(parsed.ok()) << parsed.error().message();
  EXPECT_EQ((*parsed)["b"][0], "]]]]");
}

TEST(JsonParse, ElementCountIsBoundedBeforeParsing) {
  // [1,2,3,4]: one container and three commas past the first element: 5 elements.
  EXPECT_TRUE(
      parse_json_document("[1,2,3,4]", "x.json", nullptr, JsonLimits{kMaxJsonDepth, 5}).ok());
  auto over = parse_json_document("[1,2,3,4]", "x.json", nullptr, JsonLimits{kMaxJsonDepth, 4});
  ASSERT_FALSE(over.ok());
  EXPECT_NE(over.error().message().find("x.json: JSON has more than 4 elements"), std::string::npos)
      << over.error().message();
  // Commas inside strings are text.
  EXPECT_TRUE(
      parse_json_document(R"(["a,b,c,d,e,f"])", "x.json", nullptr, JsonLimits{kMaxJsonDepth, 2})
          .ok());
}

TEST(JsonParse, SyntaxErrorsNameTheDocument) {
  auto bad = parse_json_document("{\"a\": }", "config.json");
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.error().message().find("config.json: not valid JSON (parse error"),
            std::string::npos)
      << bad.error().message();
}

// The issue's cases: 90 MiB of '[' (a safetensors header) and 60 MiB of '{"a":' nesting
// exhausted memory in the parser (about 80 bytes per level).
TEST(JsonParse, MegabytesOfOpenBracketsFailFastInBoundedMemory) {
  if (!testing::address_space_limit_supported()) {
    std::printf("note: sanitizer build, RLIMIT_AS not applied (the time bound still is)\n");
  }
  for (const std::string unit : {"[", "{\"a\":"}) {
    const auto outcome = run_bounded([&] {
      std::string text;
      const size_t bytes = unit == "[" ? 90u << 20 : 60u << 20;
      text.reserve(bytes);
      while (text.size() + unit.size() <= bytes) text += unit;
      auto parsed = parse_json_document(text, "header");
      return parsed.ok() ? std::string("parsed") : parsed.error().message();
    });
    ASSERT_TRUE(outcome.finished) << unit << ": " << outcome.describe();
    EXPECT_NE(outcome.text.find("header: JSON nests arrays/objects deeper than 128 levels"),
              std::string::npos)
        << outcome.text;
  }
}

// A flat 90 MiB array of `0,` (47M values) under the safetensors header cap: refused by the
// element count before the parser builds a DOM of over a gigabyte.
TEST(JsonParse, NinetyMegabytesOfFlatValuesFailFast) {
  const auto outcome = run_bounded([] {
    std::string text = "[";
    text.reserve(90u << 20);
    while (text.size() + 2 < (90u << 20)) text += "0,";
    text += "0]";
    auto parsed = parse_json_document(text, "header");
    return parsed.ok() ? std::string("parsed") : parsed.error().message();
  });
  ASSERT_TRUE(outcome.finished) << outcome.describe();
  EXPECT_NE(outcome.text.find("header: JSON has more than 4194304 elements"), std::string::npos)
      << outcome.text;
}

// Flat containers and strings within the size caps (100 MiB safetensors header, 128 MiB
// tokenizer.json): `[[],[],...]` is ~35M containers, ~3 GB of DOM, unless counted first.
TEST(JsonParse, FlatContainersAndStringsWithinTheSizeCapFailFastInBoundedMemory) {
  struct Flat {
    std::string unit;
    const char* expect;
  };
  const char* expect = "header: JSON has more than 4194304 elements";
  const Flat cases[] = {
      {"[],", expect}, {"{},", expect}, {"\"\",", expect}, {"{\"\":[]},", expect}};
  for (const Flat& c : cases) {
    const auto outcome = run_bounded([&] {
      std::string chunk;
      while (chunk.size() + c.unit.size() <= (1u << 20)) chunk += c.unit;
      std::string text = "[";
      text.reserve(100u << 20);
      while (text.size() + chunk.size() + 2 <= (100u << 20)) text += chunk;
      text += "0]";
      auto parsed = parse_json_document(text, "header");
      return parsed.ok() ? std::string("parsed") : parsed.error().message();
    });
    ASSERT_TRUE(outcome.finished) << c.unit << ": " << outcome.describe();
    EXPECT_NE(outcome.text.find(c.expect), std::string::npos) << c.unit << ": " << outcome.text;
  }
}

// The limits leave a wide margin over the largest real tokenizer at hand (Llama 3, 128k vocab).
TEST(JsonParse, RealLargeTokenizerFitsAnEighthOfTheLimits) {
  MLXLA_REQUIRE_SHARED("fixtures/tokenizers/llama3/tokenizer.json");
  const auto path = testing::shared_dir() / "fixtures/tokenizers/llama3/tokenizer.json";
  auto text = read_model_file(path, 256u << 20);
  ASSERT_TRUE(text.ok()) << text.error().message();
  // 410k elements.
  const JsonLimits eighth{kMaxJsonDepth, kMaxJsonElements / 8};
  auto status = check_json_nesting(*text, "llama3 tokenizer.json", eighth);
  EXPECT_TRUE(status.ok()) << status.error().message();
}

}  // namespace
}  // namespace mlxla::common
