// The committed demo model, 4-bit packed, through `mlxla generate`: on a fixed held-out subset
// (tools/demo-model/quality_subset.jsonl) its task accuracy stays within one item of the f32
// checkpoint's committed per-item results. Needs nothing outside the repository.
// ctest-labels: e2e
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "support/quality_subset.h"
#include "support/test_support.h"

namespace mlxla {
namespace {

namespace fs = std::filesystem;

using Item = testing::QualityItem;

std::string join(const std::vector<int32_t>& ids) {
  std::string text;
  for (size_t i = 0; i < ids.size(); ++i) {
    if (i) text += ',';
    text += std::to_string(ids[i]);
  }
  return text;
}

/// "5,2,1,2" -> ids; an unparsable item becomes -1 (never a token, so the answer mismatches).
std::vector<int32_t> parse_ids(const std::string& text) {
  std::vector<int32_t> ids;
  std::istringstream items(text);
  std::string item;
  while (std::getline(items, item, ',')) {
    if (item.empty() || item.size() > 9 ||
        item.find_first_not_of("0123456789") != std::string::npos) {
      ids.push_back(-1);
    } else {
      ids.push_back(std::stoi(item));
    }
  }
  return ids;
}

/// The ids before the first EOS (the answer's last id) equal the answer. With a budget of
/// len(answer) tokens this holds whether the CLI prints EOS, stops at it, or goes past it.
bool answer_matches(std::vector<int32_t> generated, const std::vector<int32_t>& answer_with_eos) {
  const int32_t eos = answer_with_eos.back();
  const auto at = std::find(generated.begin(), generated.end(), eos);
  generated.erase(at, generated.end());
  return generated == std::vector<int32_t>(answer_with_eos.begin(), answer_with_eos.end() - 1);
}

std::string strip(std::string text) {
  while (!text.empty() && (text.back() == '\n' || text.back() == '\r' || text.back() == ' '))
    text.pop_back();
  return text;
}

TEST(DemoModelQuality, FourBitPackedMatchesTheF32AccuracyOnHeldOutPrompts) {
  const fs::path source = MLXLA_SOURCE_DIR;
  const fs::path model = source / "models/demo-q4";
  const fs::path subset = source / "tools/demo-model/quality_subset.jsonl";
  ASSERT_TRUE(fs::exists(model / "config.json")) << model << " is part of the repository";
  const std::vector<Item> items = testing::read_quality_subset(subset);
  ASSERT_GE(items.size(), 20u) << subset;

  int f32_correct = 0;
  int q4_correct = 0;
  for (const Item& item : items) {
    ASSERT_FALSE(item.prompt_ids.empty()) << item.prompt;
    ASSERT_FALSE(item.answer_ids.empty()) << item.prompt;
    // The CLI's default path: CPU runtime, packed weights, fast policy.
    const auto result =
        testing::run_cli({"generate", "-m", model.string(), "--prompt-ids", join(item.prompt_ids),
                          "-n", std::to_string(item.answer_ids.size())});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    const std::string got = strip(result.out);
    const bool correct = answer_matches(parse_ids(got), item.answer_ids);
    f32_correct += item.f32_correct;
    q4_correct += correct;
    if (correct != item.f32_correct) {
      // Not a failure by itself: 4-bit rounding may flip a borderline item either way.
      std::printf("[%s] f32 %s, q4 %s: %s -> %s (want %s)\n", item.task.c_str(),
                  item.f32_correct ? "right" : "wrong", correct ? "right" : "wrong",
                  item.prompt.c_str(), got.c_str(), join(item.answer_ids).c_str());
    }
  }
  std::printf("demo-q4 %d/%zu, f32 (committed) %d/%zu\n", q4_correct, items.size(), f32_correct,
              items.size());
  // The subset must say something: the trained model gets most of it right.
  EXPECT_GT(2 * f32_correct, static_cast<int>(items.size()));
  // "Within a couple of points": on this subset one item is the finest step there is.
  EXPECT_LE(std::abs(q4_correct - f32_correct), 1);
}

// The README's main command: no -m (the CLI finds models/demo-q4 beside its build tree), a
// text prompt through the model's own tokenizer, greedy. 482+319 is not in the training set.
TEST(DemoModelQuality, DefaultModelWorksTheReadmeSum) {
  const fs::path model = fs::path(MLXLA_SOURCE_DIR) / "models/demo-q4";
  ASSERT_TRUE(fs::exists(model / "config.json")) << model << " is part of the repository";
  const auto result = testing::run_cli({"generate", "-p", "Q: 482+319= A:", "--temp", "0"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(strip(result.out), "2+9+0=11 8+1+1=10 4+3+1=08 so 801") << result.err;
  EXPECT_NE(result.err.find("end: eos"), std::string::npos) << result.err;
}

}  // namespace
}  // namespace mlxla
