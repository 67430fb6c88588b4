// OpenAI request parsing and response building (see openai_protocol.h). nlohmann::json is used
// without exceptions: parse() with allow_exceptions=false and every access type-checked first.
#include "server/openai_protocol.h"

#include <algorithm>
#include <cmath>

#include "common/json_parse.h"

namespace mlxla::server {
namespace {

using nlohmann::json;

ApiError bad(std::string message, std::string param = {}) {
  return ApiError{400, std::move(message), "invalid_request_error", std::move(param), {}};
}

/// The field, or nullptr when absent or null (OpenAI treats an explicit null as "not given").
const json* field(const json& body, const char* name) {
  auto it = body.find(name);
  if (it == body.end() || it->is_null()) return nullptr;
  return &*it;
}

std::optional<ApiError> read_number(const json& body, const char* name, double lo, double hi,
                                    float& out) {
  const json* v = field(body, name);
  if (v == nullptr) return std::nullopt;
  if (!v->is_number()) return bad(std::string("'") + name + "' must be a number", name);
  const double x = v->get<double>();
  if (!std::isfinite(x) || x < lo || x > hi) {
    return bad(std::string("'") + name + "' must be in [" + json(lo).dump() + ", " +
                   json(hi).dump() + "], got " + v->dump(),
               name);
  }
  out = static_cast<float>(x);
  return std::nullopt;
}

std::optional<ApiError> read_bool(const json& body, const char* name, bool& out) {
  const json* v = field(body, name);
  if (v == nullptr) return std::nullopt;
  if (!v->is_boolean()) return bad(std::string("'") + name + "' must be a boolean", name);
  out = v->get<bool>();
  return std::nullopt;
}

/// Chat messages: a non-empty array of {role, content}; content a string or an array of text
/// parts (flattened, as templates expect strings).
std::variant<json, ApiError> read_messages(const json& body) {
  const json* v = field(body, "messages");
  if (v == nullptr) return bad("'messages' is required", "messages");
  if (!v->is_array() || v->empty()) return bad("'messages' must be a non-empty array", "messages");
  json messages = json::array();
  for (size_t i = 0; i < v->size(); ++i) {
    const json& m = (*v)[i];
    const std::string at = "messages[" + std::to_string(i) + "]";
    if (!m.is_object()) return bad("'" + at + "' must be an object", at);
    const json* role = field(m, "role");
    if (role == nullptr || !role->is_string())
      return bad("'" + at + ".role' must be a string", at + ".role");
    const std::string r = role->get<std::string>();
    if (r != "system" && r != "user" && r != "assistant" && r != "developer" && r != "tool") {
      return bad("'" + at +
                     ".role' must be one of system, developer, user, assistant, tool; got '" + r +
                     "'",
                 at + ".role");
    }
    const json* content = field(m, "content");
    std::string text;
    if (content == nullptr) {
      if (r != "assistant") return bad("'" + at + ".content' is required", at + ".content");
    } else if (content->is_string()) {
      text = content->get<std::string>();
    } else if (content->is_array()) {
      for (const json& part : *content) {
        const json* type = part.is_object() ? field(part, "type") : nullptr;
        const json* part_text = part.is_object() ? field(part, "text") : nullptr;
        if (type == nullptr || !type->is_string() || type->get<std::string>() != "text" ||
            part_text == nullptr || !part_text->is_string()) {
          return bad("'" + at + ".content' parts must be {\"type\": \"text\", \"text\": string}",
                     at + ".content");
        }
        text += part_text->get<std::string>();
      }
    } else {
      return bad("'" + at + ".content' must be a string or an array of text parts",
                 at + ".content");
    }
    json message{{"role", r}, {"content", text}};
    if (const json* calls = field(m, "tool_calls"); calls != nullptr) {
      if (r != "assistant")
        return bad("'" + at + ".tool_calls' is only allowed on assistant messages",
                   at + ".tool_calls");
      json converted;
      if (auto e = read_history_tool_calls(*calls, at, converted)) return *e;
      if (!converted.empty()) message["tool_calls"] = std::move(converted);
    }
    for (const char* name : {"tool_call_id", "name"}) {
      if (const json* extra = field(m, name)) {
        if (!extra->is_string())
          return bad("'" + at + "." + name + "' must be a string", at + "." + name);
        message[name] = *extra;
      }
    }
    messages.push_back(std::move(message));
  }
  return messages;
}

/// A completion prompt: a string, a one-element array of strings, or an array of token ids.
std::optional<ApiError> read_prompt(const json& body, ParsedRequest& out) {
  const json* v = field(body, "prompt");
  if (v == nullptr) return bad("'prompt' is required", "prompt");
  // An empty prompt would still generate (from BOS alone); OpenAI refuses it, and so do we.
  if (v->is_string() || (v->is_array() && v->size() == 1 && (*v)[0].is_string())) {
    out.prompt = v->is_string() ? v->get<std::string>() : (*v)[0].get<std::string>();
    if (out.prompt.empty()) return bad("'prompt' must not be empty", "prompt");
    return std::nullopt;
  }
  if (v->is_array() && v->empty()) return bad("'prompt' must not be empty", "prompt");
  if (v->is_array() && !v->empty() && (*v)[0].is_number_integer()) {
    std::vector<int32_t> ids;
    for (const json& id : *v) {
      if (!id.is_number_integer() || id.get<int64_t>() < 0 || id.get<int64_t>() > INT32_MAX) {
        return bad("'prompt' token ids must be non-negative integers", "prompt");
      }
      ids.push_back(static_cast<int32_t>(id.get<int64_t>()));
    }
    out.prompt_ids = std::move(ids);
    return std::nullopt;
  }
  if (v->is_array() && v->size() > 1)
    return bad("'prompt' arrays of several prompts are not supported", "prompt");
  return bad("'prompt' must be a string, a one-element array of strings or an array of token ids",
             "prompt");
}

std::optional<ApiError> read_stop(const json& body, std::vector<std::string>& out) {
  const json* v = field(body, "stop");
  if (v == nullptr) return std::nullopt;
  if (v->is_string()) {
    if (!v->get<std::string>().empty()) out.push_back(v->get<std::string>());
    return std::nullopt;
  }
  if (!v->is_array()) return bad("'stop' must be a string or an array of strings", "stop");
  if (v->size() > 16) return bad("'stop' holds at most 16 strings", "stop");
  for (const json& s : *v) {
    if (!s.is_string()) return bad("'stop' must be a string or an array of strings", "stop");
    if (!s.get<std::string>().empty()) out.push_back(s.get<std::string>());
  }
  return std::nullopt;
}

/// logit_bias: {"<token id>": bias in [-100, 100]} (ids beyond the vocabulary: server.cpp).
std::optional<ApiError> read_logit_bias(const json& body,
                                        std::vector<std::pair<int32_t, float>>& out) {
  const json* v = field(body, "logit_bias");
  if (v == nullptr) return std::nullopt;
  if (!v->is_object())
    return bad("'logit_bias' must be an object mapping token ids to biases", "logit_bias");
  if (v->size() > 1024) return bad("'logit_bias' holds at most 1024 tokens", "logit_bias");
  for (const auto& [key, value] : v->items()) {
    int64_t id = -1;
    const bool digits =
        !key.empty() && key.size() <= 10 &&
        std::all_of(key.begin(), key.end(), [](char c) { return c >= '0' && c <= '9'; });
    if (digits) id = std::stoll(key);
    if (!digits || id > INT32_MAX)
      return bad("'logit_bias' keys must be token ids (non-negative integers), got '" + key + "'",
                 "logit_bias");
    if (!value.is_number() || !std::isfinite(value.get<double>()) || value.get<double>() < -100.0 ||
        value.get<double>() > 100.0)
      return bad("'logit_bias' values must be numbers in [-100, 100]; token " + key + " has " +
                     value.dump(),
                 "logit_bias");
    out.emplace_back(static_cast<int32_t>(id), value.get<float>());
  }
  return std::nullopt;
}

/// Chat: `logprobs` (boolean) and `top_logprobs` (0-20, only with logprobs true). Completions:
/// the legacy integer `logprobs` (0-20 alternatives per token).
std::optional<ApiError> read_logprobs(const json& body, ParsedRequest& out) {
  const json* lp = field(body, "logprobs");
  const json* top = field(body, "top_logprobs");
  if (out.endpoint == Endpoint::kCompletion) {
    if (top != nullptr)
      return bad("'top_logprobs' is a chat parameter; completions take an integer 'logprobs'",
                 "top_logprobs");
    if (lp == nullptr) return std::nullopt;
    if (!lp->is_number_integer() || lp->get<int64_t>() < 0 || lp->get<int64_t>() > 20)
      return bad("'logprobs' must be an integer from 0 to 20", "logprobs");
    out.logprobs = static_cast<int32_t>(lp->get<int64_t>());
    return std::nullopt;
  }
  if (lp != nullptr && !lp->is_boolean()) return bad("'logprobs' must be a boolean", "logprobs");
  const bool on = lp != nullptr && lp->get<bool>();
  if (top != nullptr) {
    if (!top->is_number_integer() || top->get<int64_t>() < 0 || top->get<int64_t>() > 20)
      return bad("'top_logprobs' must be an integer from 0 to 20", "top_logprobs");
    if (!on) return bad("'top_logprobs' needs 'logprobs' set to true", "top_logprobs");
  }
  if (on) out.logprobs = top != nullptr ? static_cast<int32_t>(top->get<int64_t>()) : 0;
  return std::nullopt;
}

std::optional<ApiError> read_common(const json& body, ParsedRequest& out) {
  const json* model = field(body, "model");
  if (model == nullptr) return bad("'model' is required", "model");
  if (!model->is_string()) return bad("'model' must be a string", "model");
  out.model = model->get<std::string>();
  if (auto e = read_bool(body, "stream", out.stream)) return e;
  if (const json* options = field(body, "stream_options")) {
    if (!options->is_object()) return bad("'stream_options' must be an object", "stream_options");
    if (auto e = read_bool(*options, "include_usage", out.include_usage)) {
      e->param = "stream_options.include_usage";
      return e;
    }
  }
  for (const char* name : {"max_tokens", "max_completion_tokens"}) {
    const json* v = field(body, name);
    if (v == nullptr) continue;
    if (!v->is_number_integer()) return bad(std::string("'") + name + "' must be an integer", name);
    if (v->get<int64_t>() < 1) return bad(std::string("'") + name + "' must be at least 1", name);
    out.max_tokens = v->get<int64_t>();
  }
  if (const json* n = field(body, "n")) {
    if (!n->is_number_integer()) return bad("'n' must be an integer", "n");
    if (n->get<int64_t>() != 1) return bad("only n = 1 is supported", "n");
  }
  engine::SamplingParams& s = out.sampling;
  s.temperature = 1.0f;  // OpenAI's default
  if (auto e = read_number(body, "temperature", 0.0, 2.0, s.temperature)) return e;
  if (auto e = read_number(body, "top_p", 0.0, 1.0, s.top_p)) return e;
  if (s.top_p <= 0.0f) return bad("'top_p' must be greater than 0", "top_p");
  if (auto e = read_number(body, "min_p", 0.0, 1.0, s.min_p)) return e;
  if (auto e = read_number(body, "presence_penalty", -2.0, 2.0, s.presence_penalty)) return e;
  if (auto e = read_number(body, "frequency_penalty", -2.0, 2.0, s.frequency_penalty)) return e;
  if (auto e = read_number(body, "repetition_penalty", 1e-3, 100.0, s.repetition_penalty)) return e;
  if (const json* k = field(body, "top_k")) {
    if (!k->is_number_integer() || k->get<int64_t>() < 0 || k->get<int64_t>() > INT32_MAX) {
      return bad("'top_k' must be a non-negative integer", "top_k");
    }
    s.top_k = static_cast<int32_t>(k->get<int64_t>());
  }
  if (const json* seed = field(body, "seed")) {
    if (!seed->is_number_integer()) return bad("'seed' must be an integer", "seed");
    s.seed = seed->is_number_unsigned() ? seed->get<uint64_t>()
                                        : static_cast<uint64_t>(seed->get<int64_t>());
    out.seed_given = true;
  }
  if (auto e = read_logit_bias(body, s.logit_bias)) return e;
  if (auto e = read_stop(body, out.stop)) return e;
  if (auto e = read_bool(body, "ignore_eos", out.ignore_eos)) return e;
  if (auto e = read_response_format(body, out.response_format)) return e;
  if (out.response_format.grammar && out.ignore_eos)
    return bad(
        "'ignore_eos' cannot be combined with a JSON 'response_format' (the document ends at EOS)",
        "ignore_eos");
  if (auto e = read_logprobs(body, out)) return e;
  bool echo = false;
  if (auto e = read_bool(body, "echo", echo)) return e;
  if (echo) return bad("'echo' is not supported", "echo");
  return std::nullopt;
}

json base_object(Endpoint endpoint, const ResponseContext& ctx, bool chunk) {
  const char* object = endpoint == Endpoint::kChat
                           ? (chunk ? "chat.completion.chunk" : "chat.completion")
                           : "text_completion";
  return json{{"id", ctx.id},
              {"object", object},
              {"created", ctx.created},
              {"model", ctx.model},
              {"system_fingerprint", "mlxla"}};
}

/// No request needs deeper JSON; a body of a million '[' would cost ~80 MB to parse.
constexpr common::JsonLimits kRequestJsonLimits{.max_depth = 64};

}  // namespace

json to_json(const ApiError& error) {
  return json{{"error",
               {{"message", error.message},
                {"type", error.type},
                {"param", error.param.empty() ? json(nullptr) : json(error.param)},
                {"code", error.code.empty() ? json(nullptr) : json(error.code)}}}};
}

std::variant<ParsedRequest, ApiError> parse_request(Endpoint endpoint, const std::string& body) {
  // Checked before parsing, so the parser never allocates for deep nesting.
  if (const Status nesting =
          common::check_json_nesting(body, "the request body", kRequestJsonLimits);
      !nesting.ok()) {
    return bad(nesting.error().message());
  }
  const json parsed = json::parse(body, nullptr, /*allow_exceptions=*/false);
  if (parsed.is_discarded()) return bad("the request body is not valid JSON");
  if (!parsed.is_object()) return bad("the request body must be a JSON object");
  ParsedRequest out;
  out.endpoint = endpoint;
  if (auto e = read_common(parsed, out)) return *e;
  if (endpoint == Endpoint::kChat) {
    auto messages = read_messages(parsed);
    if (auto* e = std::get_if<ApiError>(&messages)) return *e;
    out.messages = std::move(std::get<json>(messages));
    if (const json* kwargs = field(parsed, "chat_template_kwargs");
        kwargs != nullptr && !kwargs->is_null()) {
      if (!kwargs->is_object())
        return bad("'chat_template_kwargs' must be an object", "chat_template_kwargs");
      for (const char* reserved : {"messages", "add_generation_prompt"}) {
        if (kwargs->contains(reserved)) {
          return bad(std::string("'chat_template_kwargs' may not set '") + reserved + "'",
                     "chat_template_kwargs");
        }
      }
      out.template_kwargs = *kwargs;
    }
    if (auto e = read_tools(parsed, out.tools)) return *e;
    if (out.tools.forced() && out.response_format.grammar)
      return bad("a required tool call cannot be combined with a JSON 'response_format'",
                 "tool_choice");
    if (out.tools.forced() && out.ignore_eos)
      return bad("'ignore_eos' cannot be combined with a required tool call (the call ends at EOS)",
                 "ignore_eos");
  } else if (auto e = read_prompt(parsed, out)) {
    return *e;
  }
  return out;
}

std::string finish_reason_string(engine::FinishReason reason) {
  return std::string(engine::finish_reason_name(reason));
}

json usage_json(const engine::Usage& usage) {
  return json{{"prompt_tokens", usage.prompt_tokens},
              {"completion_tokens", usage.completion_tokens},
              {"total_tokens", usage.prompt_tokens + usage.completion_tokens},
              {"prompt_tokens_details", {{"cached_tokens", usage.cached_tokens}}}};
}

std::string reply_finish_reason(const ReplyParts& reply, engine::FinishReason finish) {
  return reply.calls.empty() ? finish_reason_string(finish) : "tool_calls";
}

namespace {

json tool_calls_json(const ReplyParts& reply) {
  json calls = json::array();
  for (size_t i = 0; i < reply.calls.size(); ++i) {
    const ToolCall& call = reply.calls[i];
    calls.push_back(json{{"index", reply.first_call_index + i},
                         {"id", call.id},
                         {"type", "function"},
                         {"function", {{"name", call.name}, {"arguments", call.arguments}}}});
  }
  return calls;
}

}  // namespace

json completion_json(Endpoint endpoint, const ResponseContext& ctx, const ReplyParts& reply,
                     const std::string& finish_reason, const engine::Usage& usage) {
  json out = base_object(endpoint, ctx, false);
  json choice{{"index", 0}, {"logprobs", reply.logprobs}, {"finish_reason", finish_reason}};
  if (endpoint == Endpoint::kChat) {
    json message{{"role", "assistant"}, {"content", reply.content}};
    if (!reply.calls.empty()) {
      if (reply.content.empty()) message["content"] = nullptr;
      json calls = tool_calls_json(reply);
      for (json& call : calls) call.erase("index");  // only stream deltas carry an index
      message["tool_calls"] = std::move(calls);
    }
    if (!reply.reasoning.empty()) message["reasoning_content"] = reply.reasoning;
    choice["message"] = std::move(message);
  } else {
    choice["text"] = reply.content;
  }
  out["choices"] = json::array({choice});
  out["usage"] = usage_json(usage);
  return out;
}

json chunk_json(Endpoint endpoint, const ResponseContext& ctx, const ReplyParts& piece,
                const std::optional<std::string>& finish_reason, bool role_only,
                bool with_usage_null) {
  json out = base_object(endpoint, ctx, true);
  json choice{{"index", 0},
              {"logprobs", piece.logprobs},
              {"finish_reason", finish_reason ? json(*finish_reason) : json(nullptr)}};
  if (endpoint == Endpoint::kChat) {
    json delta = json::object();
    if (role_only) {
      delta = json{{"role", "assistant"}, {"content", ""}};
    } else if (!finish_reason) {
      if (!piece.reasoning.empty()) delta["reasoning_content"] = piece.reasoning;
      if (!piece.content.empty() || (piece.reasoning.empty() && piece.calls.empty()))
        delta["content"] = piece.content;
      if (!piece.calls.empty()) delta["tool_calls"] = tool_calls_json(piece);
    }
    choice["delta"] = delta;
  } else {
    choice["text"] = piece.content;
  }
  out["choices"] = json::array({choice});
  if (with_usage_null) out["usage"] = nullptr;
  return out;
}

json usage_chunk_json(Endpoint endpoint, const ResponseContext& ctx, const engine::Usage& usage) {
  json out = base_object(endpoint, ctx, true);
  out["choices"] = json::array();
  out["usage"] = usage_json(usage);
  return out;
}

std::string sse_event(const json& payload) {
  return "data: " + payload.dump(-1, ' ', false, json::error_handler_t::replace) + "\n\n";
}

}  // namespace mlxla::server
