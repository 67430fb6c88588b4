// Public API of the chat-template engine: parse a Hugging Face `chat_template` once, render
// it many times, exactly as @huggingface/jinja 0.5.11 renders it (see docs/CHAT_TEMPLATES.md).
#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>

#include <nlohmann/json_fwd.hpp>

#include "chat/ast.h"
#include "chat/value.h"
#include "mlxla/result.h"

namespace mlxla::chat {

/// Limits and injectable services for one render.
struct RenderOptions {
  /// What `strftime_now` formats (as UTC). Tests freeze it; default: the system clock.
  std::function<std::chrono::system_clock::time_point()> clock;
  std::size_t max_output_bytes = 16u << 20;  ///< any string the render builds, output included
  /// Evaluation steps before the render is stopped. Every node evaluated, loop iteration and
  /// range() element costs a step; builtins pay one per 128 bytes they read, one per KiB they
  /// build and one per match, line or part they loop over; the default stops the worst
  /// template in well under a second (docs/CHAT_TEMPLATES.md).
  std::uint64_t max_steps = 2'000'000;
  int max_call_depth = 64;           ///< nested macro calls
  std::size_t max_items = 1u << 20;  ///< elements of any array the render builds
  /// Bytes of strings, array slots and output the render builds, summed over the whole render
  /// (a bound on its memory: values accumulated across a loop count too).
  std::size_t max_total_bytes = 256u << 20;
};

/// A parsed template. Cheap to copy (the syntax tree is shared and immutable).
class Template {
 public:
  /// Parses `source`; errors name the line and the construct ("chat template line 3: ...").
  static Result<Template> parse(std::string_view source);

  /// Renders with `context` (an object: messages, add_generation_prompt, bos_token, ...).
  /// `raise_exception(msg)` in the template becomes an error carrying `msg`.
  Result<std::string> render(const Value& context, const RenderOptions& options = {}) const;

 private:
  explicit Template(std::shared_ptr<const NodeList> program) : program_(std::move(program)) {}
  std::shared_ptr<const NodeList> program_;
};

/// One-shot convenience: parses `tmpl` and renders it with `messages`,
/// `add_generation_prompt` and every key of `extra_context` (bos_token, tools, ...).
Result<std::string> apply_chat_template(std::string_view tmpl, const nlohmann::json& messages,
                                        bool add_generation_prompt,
                                        const nlohmann::json& extra_context,
                                        const RenderOptions& options = {});

}  // namespace mlxla::chat
