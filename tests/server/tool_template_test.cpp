// Tools and tool-call history through the published chat templates (../shared fixtures): the
// tool list reaches each template where it reads it (`tools`, Phi-4-mini's system-message field)
// and past calls and tool results render in the family's own syntax, as transformers would
// render the same request.
// ctest-labels: unit
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "chat/template.h"
#include "server/openai_protocol.h"
#include "server/tool_request.h"
#include "support/test_support.h"

namespace mlxla::server {
namespace {

using nlohmann::json;

std::string read_text(const std::filesystem::path& path) {
  std::ifstream in(path);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

/// A chat request with one tool, a past call and its result, parsed as the server parses it.
ParsedRequest request_with_history(const json& tool_choice = "auto") {
  const json body = json::parse(R"({
    "model": "m",
    "tools": [{"type": "function", "function": {"name": "get_weather", "description": "Weather of a city",
      "parameters": {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]}}}],
    "messages": [
      {"role": "user", "content": "Weather in Paris?"},
      {"role": "assistant", "content": null, "tool_calls": [{"id": "abcDEF123", "type": "function",
        "function": {"name": "get_weather", "arguments": "{\"city\": \"Paris\"}"}}]},
      {"role": "tool", "tool_call_id": "abcDEF123", "content": "sunny"},
      {"role": "user", "content": "And tomorrow?"}]})");
  json with_choice = body;
  with_choice["tool_choice"] = tool_choice;
  auto parsed = parse_request(Endpoint::kChat, with_choice.dump());
  EXPECT_TRUE(std::holds_alternative<ParsedRequest>(parsed)) << std::get<ApiError>(parsed).message;
  return std::get<ParsedRequest>(parsed);
}

std::string render(const std::string& tmpl, const ParsedRequest& request) {
  const TemplateToolSupport support = detect_tool_support(tmpl);
  json messages = request.messages;
  json extra{{"bos_token", "<s>"}, {"eos_token", "</s>"}};
  place_tools(support, request.tools, messages, extra);
  auto text = chat::apply_chat_template(tmpl, messages, true, extra);
  EXPECT_TRUE(text.ok()) << text.error().message();
  return text.ok() ? *text : std::string();
}

class ToolTemplateTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = testing::shared_dir() / "fixtures/tokenizers/chat_templates";
    if (!std::filesystem::exists(dir_))
      GTEST_SKIP() << "../shared/fixtures/tokenizers/chat_templates is absent";
  }
  std::string tmpl(const char* name) { return read_text(dir_ / name); }
  std::filesystem::path dir_;
};

TEST_F(ToolTemplateTest, QwenRendersToolsCallsAndResults) {
  for (const char* name : {"qwen2.5.template.jinja", "qwen3.template.jinja"}) {
    const std::string out = render(tmpl(name), request_with_history());
    EXPECT_NE(out.find("# Tools"), std::string::npos) << name << out;
    EXPECT_NE(out.find("\"name\": \"get_weather\""), std::string::npos) << name << out;
    EXPECT_NE(out.find("<tool_call>\n{\"name\": \"get_weather\", \"arguments\": {\"city\": "
                       "\"Paris\"}}\n</tool_call>"),
              std::string::npos)
        << name << out;
    EXPECT_NE(out.find("<tool_response>\nsunny\n</tool_response>"), std::string::npos)
        << name << out;
  }
}

TEST_F(ToolTemplateTest, Llama32RendersToolsCallsAndResults) {
  const std::string out = render(tmpl("llama-3.2.template.jinja"), request_with_history());
  EXPECT_NE(out.find("Environment: ipython"), std::string::npos) << out;
  EXPECT_NE(out.find("Given the following functions"), std::string::npos) << out;
  EXPECT_NE(out.find("{\"name\": \"get_weather\", \"parameters\": {\"city\": \"Paris\"}}"),
            std::string::npos)
      << out;
  // The template writes a string result through tojson (a string "is iterable" in Jinja), so
  // transformers renders it quoted too.
  EXPECT_NE(out.find("<|start_header_id|>ipython<|end_header_id|>\n\n\"sunny\"<|eot_id|>"),
            std::string::npos)
      << out;
}

TEST_F(ToolTemplateTest, Phi4MiniGetsToolsInTheSystemMessageAndCallsAsText) {
  const std::string out = render(tmpl("phi-4-mini.template.jinja"), request_with_history());
  EXPECT_EQ(out.rfind("<|system|>You are a helpful assistant with some tools.<|tool|>[{", 0), 0u)
      << out;
  EXPECT_NE(out.find("\"name\": \"get_weather\""), std::string::npos) << out;
  EXPECT_NE(out.find("<|/tool|><|end|>"), std::string::npos) << out;
  EXPECT_NE(out.find("<|assistant|><|tool_call|>[{\"name\": \"get_weather\", \"arguments\": "
                     "{\"city\": \"Paris\"}}]"
                     "<|/tool_call|><|end|>"),
            std::string::npos)
      << out;
}

TEST_F(ToolTemplateTest, ToolChoiceNoneHidesTheToolsButKeepsTheHistory) {
  const std::string out = render(tmpl("qwen2.5.template.jinja"), request_with_history("none"));
  EXPECT_EQ(out.find("# Tools"), std::string::npos) << out;
  EXPECT_NE(out.find("<tool_call>"), std::string::npos) << out;
}

TEST(ToolTemplate, TemplateWithoutToolsGetsThemDescribedInTheSystemMessage) {
  const std::string tmpl =
      "{% for m in messages %}{{ m['role'] }}: {{ m['content'] }}\n{% endfor %}";
  const std::string out = render(tmpl, request_with_history());
  EXPECT_EQ(out.rfind("system: You may call one or more functions", 0), 0u) << out;
  EXPECT_NE(out.find("<tool_call>\n{\"name\": \"NAME\", \"arguments\": {\"ARGUMENT\": "
                     "\"VALUE\"}}\n</tool_call>"),
            std::string::npos)
      << out;
  // The past call, which this template would drop, is in the assistant's content.
  EXPECT_NE(out.find("assistant: <tool_call>\n{\"name\": \"get_weather\", \"arguments\": "
                     "{\"city\": \"Paris\"}}"),
            std::string::npos)
      << out;
}

}  // namespace
}  // namespace mlxla::server
