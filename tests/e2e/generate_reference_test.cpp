// `mlxla generate` end to end on the reference backend (and the CPU one): the stories260K golden
// ids, and clear errors (non-zero exit) for bad ids, out-of-vocabulary ids, negative counts,
// unknown backends.
// ctest-labels: e2e golden
#include <algorithm>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "support/test_support.h"

namespace mlxla {
namespace {

std::string strip(std::string text) {
  while (!text.empty() && (text.back() == '\n' || text.back() == '\r' || text.back() == ' '))
    text.pop_back();
  return text;
}

TEST(GenerateReference, GreedyFromBosPrintsTheGoldenIds) {
  MLXLA_REQUIRE_SHARED("models/stories260K/expected_greedy_200.ids");
  const auto dir = testing::shared_dir() / "models/stories260K";
  const auto result = testing::run_cli(
      {"generate", "-m", dir.string(), "--backend", "reference", "--prompt-ids", "1", "-n", "200"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(strip(result.out), strip(testing::read_file(dir / "expected_greedy_200.ids")));
}

TEST(GenerateReference, CpuBackendPrintsTheSameGoldenIds) {
  MLXLA_REQUIRE_SHARED("models/stories260K/expected_greedy_200.ids");
  const auto dir = testing::shared_dir() / "models/stories260K";
  const auto result = testing::run_cli(
      {"generate", "-m", dir.string(), "--backend", "cpu", "--prompt-ids", "1", "-n", "200"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(strip(result.out), strip(testing::read_file(dir / "expected_greedy_200.ids")));
}

TEST(GenerateReference, PromptIdsContinueTheSequence) {
  MLXLA_REQUIRE_SHARED("models/stories260K/expected_greedy_200.ids");
  const auto dir = testing::shared_dir() / "models/stories260K";
  // The golden continuation of BOS starts 403,407: feeding those as the prompt must continue it.
  const std::string golden = strip(testing::read_file(dir / "expected_greedy_200.ids"));
  const auto result = testing::run_cli({"generate", "-m", dir.string(), "--prompt-ids", "1,403,407",
                                        "-n", "5", "--residency", "dense", "--capacity", "64"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  std::string expected;
  size_t begin = golden.find(',', golden.find(',') + 1) + 1;  // after the first two ids
  for (int i = 0; i < 5; ++i) {
    const size_t end = golden.find(',', begin);
    if (i > 0) expected += ',';
    expected += golden.substr(begin, end - begin);
    begin = end + 1;
  }
  EXPECT_EQ(strip(result.out), expected);
}

TEST(GenerateReference, ZeroTokensPrintAnEmptyLine) {
  MLXLA_REQUIRE_SHARED("models/stories260K");
  const auto dir = testing::shared_dir() / "models/stories260K";
  const auto result =
      testing::run_cli({"generate", "-m", dir.string(), "--prompt-ids", "1", "-n", "0"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(result.out, "\n");
}

TEST(GenerateReference, BadArgumentsAreClearErrors) {
  MLXLA_REQUIRE_SHARED("models/stories260K");
  const std::string dir = (testing::shared_dir() / "models/stories260K").string();
  struct Case {
    std::vector<std::string> args;
    std::string message;
  };
  const std::vector<Case> cases = {
      {{"--prompt-ids", "1,x"}, "'x'"},
      {{"--prompt-ids", "1,,2"}, "item 2"},
      {{"--prompt-ids", "-3"}, "'-3'"},
      {{"--prompt-ids", "1,512"}, "512 is outside the vocabulary"},
      {{"--prompt-ids", "1", "-n", "-1"}, ">= 0"},
      {{"--prompt-ids", "1", "--backend", "gpu"}, "unknown backend 'gpu'"},
      {{"--prompt-ids", "1", "--residency", "sparse"}, "--residency"},
      {{"--prompt-ids", "1", "-n", "10", "--capacity", "4"}, "--capacity is 4"},
  };
  for (const Case& c : cases) {
    std::vector<std::string> args{"generate", "-m", dir};
    args.insert(args.end(), c.args.begin(), c.args.end());
    if (std::find(c.args.begin(), c.args.end(), "-n") == c.args.end()) {
      args.push_back("-n");
      args.push_back("3");
    }
    const auto result = testing::run_cli(args);
    EXPECT_NE(result.exit_code, 0) << c.message;
    EXPECT_NE(result.err.find(c.message), std::string::npos) << result.err;
    EXPECT_TRUE(result.out.empty()) << result.out;
  }
}

TEST(GenerateReference, MissingModelIsAnError) {
  testing::ScratchDir scratch("generate_missing_model");
  const auto result =
      testing::run_cli({"generate", "-m", (scratch.path() / "nope").string(), "--prompt-ids", "1"});
  EXPECT_NE(result.exit_code, 0);
  EXPECT_FALSE(result.err.empty());
}

}  // namespace
}  // namespace mlxla
