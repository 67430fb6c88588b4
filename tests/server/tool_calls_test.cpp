// Tool-call parsing per format on replies written as the families' templates and model cards
// show them (Qwen/Hermes tags, Llama 3.x JSON, Mistral [TOOL_CALLS], Phi-4-mini), malformed
// calls returned as content, streaming split at every byte equal to the whole parse, format
// detection on the real templates in ../shared, and the forced-call schema compiling.
// ctest-labels: unit
#include "server/tool_calls.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "grammar/grammar.h"
#include "support/test_support.h"

namespace mlxla::server {
namespace {

using nlohmann::json;

const std::vector<std::string> kNames = {"get_weather", "get_time"};

struct Case {
  ToolCallFormat format;
  std::string text;
  std::string content;                                     // expected content
  std::vector<std::pair<std::string, std::string>> calls;  // name, arguments
};

std::vector<Case> cases() {
  using F = ToolCallFormat;
  return {
      // Qwen 2.5 / Qwen3 / Hermes
      {F::kHermes,
       "<tool_call>\n{\"name\": \"get_weather\", \"arguments\": {\"city\": \"Paris\", \"days\": "
       "2}}\n</tool_call>",
       "",
       {{"get_weather", R"({"city":"Paris","days":2})"}}},
      {F::kHermes,
       "Let me check.\n<tool_call>\n{\"name\": \"get_weather\", \"arguments\": {\"city\": "
       "\"Oslo\"}}\n</tool_call>\n"
       "<tool_call>\n{\"name\": \"get_time\", \"arguments\": {\"tz\": \"CET\"}}\n</tool_call>",
       "Let me check.",
       {{"get_weather", R"({"city":"Oslo"})"}, {"get_time", R"({"tz":"CET"})"}}},
      // EOS right after the JSON (a forced call): no closing tag.
      {F::kHermes,
       "<tool_call>\n{\"name\": \"get_time\", \"arguments\": {}}",
       "",
       {{"get_time", "{}"}}},
      // Arguments as a string holding an object (seen from small models).
      {F::kHermes,
       "<tool_call>{\"name\": \"get_time\", \"arguments\": \"{\\\"tz\\\": "
       "\\\"UTC\\\"}\"}</tool_call>",
       "",
       {{"get_time", R"({"tz":"UTC"})"}}},
      {F::kHermes, "No tools needed: 4.", "No tools needed: 4.", {}},
      // Malformed: broken JSON, unknown function, no arguments, trailing junk after an unclosed
      // call.
      {F::kHermes,
       "<tool_call>\n{\"name\": \"get_weather\", \"arguments\": {\"city\": \"Par",
       "<tool_call>\n{\"name\": \"get_weather\", \"arguments\": {\"city\": \"Par",
       {}},
      {F::kHermes,
       "<tool_call>{\"name\": \"rm_rf\", \"arguments\": {}}</tool_call>",
       "<tool_call>{\"name\": \"rm_rf\", \"arguments\": {}}</tool_call>",
       {}},
      {F::kHermes,
       "<tool_call>{\"name\": \"get_time\"}</tool_call>",
       "<tool_call>{\"name\": \"get_time\"}</tool_call>",
       {}},
      {F::kHermes,
       "<tool_call>{\"name\": \"get_time\", \"arguments\": {}} and more",
       "<tool_call>{\"name\": \"get_time\", \"arguments\": {}} and more",
       {}},
      // Llama 3.x
      {F::kLlama3Json,
       "{\"name\": \"get_weather\", \"parameters\": {\"city\": \"Rome\"}}",
       "",
       {{"get_weather", R"({"city":"Rome"})"}}},
      {F::kLlama3Json,
       "<|python_tag|>{\"name\": \"get_time\", \"parameters\": {\"tz\": \"UTC\"}}",
       "",
       {{"get_time", R"({"tz":"UTC"})"}}},
      {F::kLlama3Json,
       "{\"name\": \"get_time\", \"parameters\": {}}; {\"name\": \"get_weather\", \"parameters\": "
       "{\"city\": \"Nice\"}}",
       "",
       {{"get_time", "{}"}, {"get_weather", R"({"city":"Nice"})"}}},
      {F::kLlama3Json, "The weather is {\"sunny\"}.", "The weather is {\"sunny\"}.", {}},
      {F::kLlama3Json,
       "{\"name\": \"get_time\", \"parameters\": {}} is what I would call",
       "{\"name\": \"get_time\", \"parameters\": {}} is what I would call",
       {}},
      {F::kLlama3Json, "{\"answer\": 4}", "{\"answer\": 4}", {}},
      // Mistral
      {F::kMistral,
       "[TOOL_CALLS][{\"name\": \"get_weather\", \"arguments\": {\"city\": \"Lyon\"}, \"id\": "
       "\"abcDEF123\"}]",
       "",
       {{"get_weather", R"({"city":"Lyon"})"}}},
      {F::kMistral,
       "[TOOL_CALLS] [{\"name\": \"get_time\", \"arguments\": {}}, {\"name\": \"get_weather\", "
       "\"arguments\": {\"city\": \"a]b\"}}]",
       "",
       {{"get_time", "{}"}, {"get_weather", R"({"city":"a]b"})"}}},
      {F::kMistral,
       "[TOOL_CALLS][{\"name\": \"get_time\", \"arguments\": {}",
       "[TOOL_CALLS][{\"name\": \"get_time\", \"arguments\": {}",
       {}},
      {F::kMistral, "[TOOL_CALLS][]", "[TOOL_CALLS][]", {}},
      // Phi-4-mini
      {F::kPhi4Mini,
       "<|tool_call|>[{\"name\": \"get_weather\", \"arguments\": {\"city\": "
       "\"Bern\"}}]<|/tool_call|>",
       "",
       {{"get_weather", R"({"city":"Bern"})"}}},
      {F::kPhi4Mini,
       "<|tool_call|>{\"name\": \"get_time\", \"parameters\": {\"tz\": \"PST\"}}",
       "",
       {{"get_time", R"({"tz":"PST"})"}}},
      {F::kPhi4Mini,
       "functools[{\"name\": \"get_time\", \"arguments\": {}}]",
       "",
       {{"get_time", "{}"}}},
      {F::kPhi4Mini,
       "<|tool_call|>[{\"name\": \"get_time\" \"arguments\": {}}]<|/tool_call|>",
       "<|tool_call|>[{\"name\": \"get_time\" \"arguments\": {}}]<|/tool_call|>",
       {}},
  };
}

void expect_reply(const Case& c, const ParsedReply& got, const std::string& how) {
  EXPECT_EQ(got.content, c.content) << how << " " << c.text;
  ASSERT_EQ(got.calls.size(), c.calls.size()) << how << " " << c.text;
  for (size_t i = 0; i < c.calls.size(); ++i) {
    EXPECT_EQ(got.calls[i].name, c.calls[i].first) << how << " " << c.text;
    EXPECT_EQ(got.calls[i].arguments, c.calls[i].second) << how << " " << c.text;
  }
}

TEST(ToolCalls, ParsesRecordedRepliesOfEachFormat) {
  for (const Case& c : cases())
    expect_reply(c, parse_tool_calls(c.format, c.text, kNames), "whole");
}

TEST(ToolCalls, StreamingInAnySplitEqualsTheWholeParse) {
  for (const Case& c : cases()) {
    for (size_t step : {1, 2, 3, 7}) {
      ToolCallStream stream(c.format, kNames);
      std::string content;
      for (size_t i = 0; i < c.text.size(); i += step)
        content += stream.push(std::string_view(c.text).substr(i, step));
      ParsedReply rest = stream.finish();
      rest.content.insert(0, content);
      expect_reply(c, rest, "step " + std::to_string(step));
    }
  }
}

TEST(ToolCalls, ContentBeforeACallStreamsBeforeTheCallEnds) {
  ToolCallStream stream(ToolCallFormat::kHermes, kNames);
  EXPECT_EQ(stream.push("Checking the weather "), "Checking the weather");
  EXPECT_EQ(stream.push("now.\n<tool"), " now.");
  EXPECT_EQ(stream.push("_call>{\"name\": \"get_time\", \"arguments\": {}}</tool_call>"), "");
  const ParsedReply rest = stream.finish();
  EXPECT_EQ(rest.content, "");
  ASSERT_EQ(rest.calls.size(), 1u);
  // A '<' that turns out not to open a call is released.
  ToolCallStream plain(ToolCallFormat::kHermes, kNames);
  EXPECT_EQ(plain.push("a <"), "a");
  EXPECT_EQ(plain.push("b> c"), " <b> c");
  EXPECT_EQ(plain.finish().content, "");
}

TEST(ToolCalls, RenderedHistoryParsesBack) {
  const json calls = json::parse(
      R"([{"id":"call_1","type":"function","function":{"name":"get_weather","arguments":{"city":"Paris"}}}])");
  for (ToolCallFormat f : {ToolCallFormat::kHermes, ToolCallFormat::kLlama3Json,
                           ToolCallFormat::kMistral, ToolCallFormat::kPhi4Mini}) {
    const ParsedReply back = parse_tool_calls(f, render_tool_calls(f, calls), kNames);
    ASSERT_EQ(back.calls.size(), 1u) << tool_call_format_name(f);
    EXPECT_EQ(back.calls[0].arguments, R"({"city":"Paris"})");
  }
}

TEST(ToolCalls, CallIdsHaveTheFormatsShape) {
  const std::string mistral = make_tool_call_id(ToolCallFormat::kMistral, 12345, 678);
  EXPECT_EQ(mistral.size(), 9u);
  for (char c : mistral) EXPECT_TRUE(std::isalnum(static_cast<unsigned char>(c)));
  const std::string other = make_tool_call_id(ToolCallFormat::kHermes, ~0ull, 1);
  EXPECT_EQ(other.rfind("call_", 0), 0u);
  EXPECT_EQ(other.size(), 29u);
  EXPECT_NE(make_tool_call_id(ToolCallFormat::kHermes, 1, 2),
            make_tool_call_id(ToolCallFormat::kHermes, 2, 1));
}

TEST(ToolCalls, ForcedCallSchemaCompilesAndPrefixParses) {
  const std::vector<json> functions = {
      json::parse(
          R"({"name":"get_weather","parameters":{"type":"object","properties":{"city":{"type":"string"}},
                     "required":["city"],"additionalProperties":false}})"),
      json::parse(R"({"name":"get_time"})")};
  for (ToolCallFormat f : {ToolCallFormat::kHermes, ToolCallFormat::kLlama3Json,
                           ToolCallFormat::kMistral, ToolCallFormat::kPhi4Mini}) {
    const json one = call_grammar_schema(f, {functions[0]});
    EXPECT_TRUE(grammar::Grammar::from_json_schema(one).ok()) << one.dump();
    const json both = call_grammar_schema(f, functions);
    EXPECT_TRUE(grammar::Grammar::from_json_schema(both).ok()) << both.dump();
    // What the grammar admits, after the forced prefix, parses as a call.
    const char* key = f == ToolCallFormat::kLlama3Json ? "parameters" : "arguments";
    std::string doc = json{{"name", "get_weather"}, {key, {{"city", "Oslo"}}}}.dump();
    if (f == ToolCallFormat::kMistral || f == ToolCallFormat::kPhi4Mini) doc = "[" + doc + "]";
    const ParsedReply got =
        parse_tool_calls(f, forced_call_prefix(f) + doc, {"get_weather", "get_time"});
    ASSERT_EQ(got.calls.size(), 1u) << tool_call_format_name(f);
    EXPECT_EQ(got.calls[0].arguments, R"({"city":"Oslo"})");
  }
}

std::string read_text(const std::filesystem::path& path) {
  std::ifstream in(path);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

TEST(ToolCalls, FormatDetectedFromThePublishedTemplates) {
  // Templates as written here, so the test runs without ../shared.
  EXPECT_EQ(detect_tool_support("{{ '[TOOL_CALLS] [' }}{% for t in tools %}{% endfor %}").format,
            ToolCallFormat::kMistral);
  EXPECT_EQ(detect_tool_support("{{ 'Q: ' }}").placement, ToolsPlacement::kSystemMessageText);
  const std::filesystem::path dir = testing::shared_dir() / "fixtures/tokenizers/chat_templates";
  if (!std::filesystem::exists(dir))
    GTEST_SKIP() << "../shared/fixtures/tokenizers/chat_templates is absent";
  const TemplateToolSupport llama =
      detect_tool_support(read_text(dir / "llama-3.2.template.jinja"));
  EXPECT_EQ(llama.format, ToolCallFormat::kLlama3Json);
  EXPECT_EQ(llama.placement, ToolsPlacement::kTemplateVariable);
  EXPECT_TRUE(llama.renders_tool_calls);
  for (const char* qwen : {"qwen2.5.template.jinja", "qwen3.template.jinja"}) {
    const TemplateToolSupport q = detect_tool_support(read_text(dir / qwen));
    EXPECT_EQ(q.format, ToolCallFormat::kHermes) << qwen;
    EXPECT_EQ(q.placement, ToolsPlacement::kTemplateVariable) << qwen;
    EXPECT_TRUE(q.renders_tool_calls) << qwen;
  }
  const TemplateToolSupport phi = detect_tool_support(read_text(dir / "phi-4-mini.template.jinja"));
  EXPECT_EQ(phi.format, ToolCallFormat::kPhi4Mini);
  EXPECT_EQ(phi.placement, ToolsPlacement::kSystemMessageField);
  EXPECT_FALSE(phi.renders_tool_calls);
}

}  // namespace
}  // namespace mlxla::server
