// --template-kwargs: extra chat-template variables given on the command line (chat, generate
// --chat, template, serve).
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "mlxla/result.h"

namespace mlxla::cli {

/// A JSON object whose members reach the chat template as variables (as transformers'
/// apply_chat_template(**kwargs), e.g. {"enable_thinking": false}). Empty text: an empty
/// object. `messages` and `add_generation_prompt` are refused (the command sets them).
Result<nlohmann::json> parse_template_kwargs(const std::string& text);

}  // namespace mlxla::cli
