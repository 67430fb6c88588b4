// Reasoning (<think> ... </think>) and tool calls split out of a reply: whole and streamed at
// every split give the same parts; the block is taken when the prompt opened it or the reply
// starts with it, never from the middle of an answer; an unclosed block is all reasoning;
// parallel_tool_calls: false keeps only the first call.
// ctest-labels: unit
#include "server/reply_stream.h"

#include <gtest/gtest.h>

#include "server/reply_assembler.h"

namespace mlxla::server {
namespace {

struct Parts {
  std::string reasoning, content;
  std::vector<ToolCall> calls;
};

Parts split(const std::string& text, bool enabled, bool open, size_t step, bool tools = false) {
  ReplyStream stream(ReasoningSplitter(enabled, open),
                     tools ? std::optional<ToolCallStream>(std::in_place, ToolCallFormat::kHermes,
                                                           std::vector<std::string>{"f"})
                           : std::nullopt);
  Parts out;
  for (size_t i = 0; i < text.size(); i += step) {
    ReplyDelta d = stream.push(std::string_view(text).substr(i, step));
    EXPECT_TRUE(d.calls.empty());
    out.reasoning += d.reasoning;
    out.content += d.content;
  }
  ReplyDelta d = stream.finish();
  out.reasoning += d.reasoning;
  out.content += d.content;
  out.calls = d.calls;
  return out;
}

void expect_split(const std::string& text, bool enabled, bool open, const std::string& reasoning,
                  const std::string& content) {
  for (size_t step : {1, 2, 5, 1000}) {
    const Parts got = split(text, enabled, open, step);
    EXPECT_EQ(got.reasoning, reasoning) << text << " step " << step;
    EXPECT_EQ(got.content, content) << text << " step " << step;
  }
}

TEST(ReplyStream, ThinkBlockOpenedByTheReply) {
  // Qwen3 with thinking on: the reply opens the block.
  expect_split("<think>\nLet me add.\n2+2=4\n</think>\n\nIt is 4.", true, false,
               "Let me add.\n2+2=4", "It is 4.");
  // An empty block (Qwen3 with enable_thinking false writes it in the prompt; a model may too).
  expect_split("<think>\n\n</think>\n\nHi", true, false, "", "Hi");
}

TEST(ReplyStream, ThinkBlockOpenedByThePrompt) {
  // DeepSeek-R1 distills: the prompt ends with "<think>\n".
  expect_split("Okay, so 2+2.\n</think>\n\n**4**", true, true, "Okay, so 2+2.", "**4**");
  EXPECT_TRUE(prompt_opens_thinking("<｜Assistant｜><think>\n"));
  EXPECT_FALSE(prompt_opens_thinking("<|im_start|>assistant\n<think>\n\n</think>\n\n"));
  EXPECT_FALSE(prompt_opens_thinking("<|im_start|>assistant\n"));
}

TEST(ReplyStream, NoBlockOrDisabledIsAllContent) {
  expect_split("The tag <think> here is text.", true, false, "", "The tag <think> here is text.");
  expect_split("<think>x</think>y", false, false, "", "<think>x</think>y");
  expect_split("  <thin", true, false, "", "  <thin");
}

TEST(ReplyStream, UnclosedBlockIsReasoning) {
  expect_split("<think>\nstill thinking when max_tokens hit", true, false,
               "still thinking when max_tokens hit", "");
}

TEST(ReplyStream, ReasoningThenToolCall) {
  const std::string text =
      "<think>\nneed f\n</think>\n\n<tool_call>\n{\"name\": \"f\", \"arguments\": {\"a\": "
      "1}}\n</tool_call>";
  for (size_t step : {1, 3, 1000}) {
    const Parts got = split(text, true, false, step, /*tools=*/true);
    EXPECT_EQ(got.reasoning, "need f");
    EXPECT_EQ(got.content, "");
    ASSERT_EQ(got.calls.size(), 1u);
    EXPECT_EQ(got.calls[0].arguments, R"({"a":1})");
  }
}

TEST(ReplyAssembler, ParallelToolCallsFalseKeepsOnlyTheFirstCall) {
  const std::string call = "<tool_call>\n{\"name\": \"f\", \"arguments\": {\"a\": ";
  const std::string text = call + "1}}\n</tool_call>\n" + call + "2}}\n</tool_call>";
  for (const bool parallel : {true, false}) {
    ParsedRequest request;
    request.tools.names = {"f"};
    request.tools.choice = ToolChoice::kAuto;
    request.tools.parallel = parallel;
    ReplyAssembler assembler(request, PreparedPrompt{}, nullptr);
    std::vector<ToolCall> calls;
    for (size_t i = 0; i < text.size(); i += 7) {
      engine::StreamEvent event;
      event.text = text.substr(i, 7);
      event.done = i + 7 >= text.size();
      event.finish = engine::FinishReason::kEos;
      for (ToolCall& c : assembler.add(event).calls) calls.push_back(std::move(c));
    }
    ASSERT_EQ(calls.size(), parallel ? 2u : 1u) << "parallel " << parallel;
    EXPECT_EQ(calls[0].arguments, R"({"a":1})");
  }
}

}  // namespace
}  // namespace mlxla::server
