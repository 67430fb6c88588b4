// libFuzzer target: parses and renders arbitrary template text against a small chat context
// with tight limits. Any crash, sanitizer report or hang is a bug; errors are fine.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include <nlohmann/json.hpp>

#include "chat/template.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  // Never destroyed: a fuzzer exits without running static destructors reliably.
  static const auto* context =
      new mlxla::chat::Value(mlxla::chat::Value::from_json(nlohmann::json::parse(R"({
    "messages": [
      {"role": "system", "content": "Be brief."},
      {"role": "user", "content": "Hi <think>x</think> \u00e9\u2028"},
      {"role": "assistant", "content": "", "tool_calls": [{"function": {"name": "f", "arguments": {"a": [1, 2.5, null]}}}]}
    ],
    "tools": [{"type": "function", "function": {"name": "f", "parameters": {"type": "object",
               "properties": {"a": {"type": "array", "items": {"type": "number"}}}, "required": ["a"]}}}],
    "add_generation_prompt": true, "bos_token": "<s>", "eos_token": "</s>"
  })")));
  mlxla::chat::RenderOptions options;
  options.clock = [] { return std::chrono::system_clock::time_point{}; };
  options.max_steps = 20000;
  options.max_output_bytes = 1 << 16;
  options.max_items = 1 << 12;
  options.max_call_depth = 16;
  auto tmpl =
      mlxla::chat::Template::parse(std::string_view(reinterpret_cast<const char*>(data), size));
  if (tmpl.ok()) (void)tmpl->render(*context, options);
  return 0;
}
