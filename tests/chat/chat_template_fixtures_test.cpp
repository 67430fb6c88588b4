// Renders the eight real Hugging Face chat templates against every fixture case produced by
// @huggingface/jinja 0.5.11 and requires byte-identical output (needs ../shared).
// ctest-labels: golden
#include <gtest/gtest.h>

#include <ctime>
#include <sstream>
#include <string>

#include <nlohmann/json.hpp>

#include "chat/template.h"
#include "support/test_support.h"

namespace mlxla::chat {
namespace {

std::chrono::system_clock::time_point parse_utc(const std::string& iso) {
  std::tm tm{};
  int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
  EXPECT_EQ(
      std::sscanf(iso.c_str(), "%d-%d-%dT%d:%d:%d", &year, &month, &day, &hour, &minute, &second),
      6)
      << iso;
  tm.tm_year = year - 1900;
  tm.tm_mon = month - 1;
  tm.tm_mday = day;
  tm.tm_hour = hour;
  tm.tm_min = minute;
  tm.tm_sec = second;
  return std::chrono::system_clock::from_time_t(timegm(&tm));
}

class ChatTemplateFixtures : public ::testing::TestWithParam<const char*> {};

TEST_P(ChatTemplateFixtures, RendersEveryCaseByteForByte) {
  const std::string name = GetParam();
  const std::string dir = "fixtures/tokenizers/chat_templates/";
  MLXLA_REQUIRE_SHARED(dir + name + ".template.jinja");
  const auto root = testing::shared_dir() / dir;
  const std::string source = testing::read_file(root / (name + ".template.jinja"));
  auto tmpl = Template::parse(source);
  ASSERT_TRUE(tmpl.ok()) << tmpl.error().message();

  std::istringstream lines(testing::read_file(root / (name + ".expected.jsonl")));
  std::string line;
  int cases = 0;
  while (std::getline(lines, line)) {
    if (line.empty()) continue;
    const auto record = nlohmann::json::parse(line);
    const std::string case_name = record.at("case").get<std::string>();
    RenderOptions options;
    if (record.contains("frozen_clock")) {
      const auto frozen = parse_utc(record.at("frozen_clock").get<std::string>());
      options.clock = [frozen] { return frozen; };
    } else {
      // A template that reads the clock without a frozen_clock in its record would be flaky.
      options.clock = [] { return std::chrono::system_clock::time_point{}; };
    }
    auto rendered = tmpl->render(Value::from_json(record.at("context")), options);
    ASSERT_TRUE(rendered.ok()) << name << "/" << case_name << ": " << rendered.error().message();
    EXPECT_EQ(*rendered, record.at("rendered").get<std::string>()) << name << "/" << case_name;
    ++cases;
  }
  EXPECT_GT(cases, 0) << "no cases in " << name << ".expected.jsonl";
}

INSTANTIATE_TEST_SUITE_P(AllTemplates, ChatTemplateFixtures,
                         ::testing::Values("llama-3.2", "qwen2.5", "qwen3", "phi-3-mini",
                                           "phi-4-mini", "gemma-3", "mistral", "gpt-oss"),
                         [](const ::testing::TestParamInfo<const char*>& param_info) {
                           std::string n = param_info.param;
                           for (char& c : n) {
                             if (c == '-' || c == '.') c = '_';
                           }
                           return n;
                         });

}  // namespace
}  // namespace mlxla::chat
