// The OpenAI server (see server.h): HttpServer routes onto the BatchEngine. Streams are SSE over
// chunked transfer; a failed write (the client went away) cancels the request, which frees its
// slot at the engine's next step.
#include "server/server.h"

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <ctime>
#include <map>
#include <mutex>
#include <random>

#include "chat/template.h"
#include "grammar/grammar.h"
#include "server/http_server.h"
#include "server/metrics.h"
#include "server/openai_protocol.h"
#include "server/reply_assembler.h"

namespace mlxla::server {
namespace {

using nlohmann::json;
using Clock = std::chrono::steady_clock;

constexpr auto kPollInterval = std::chrono::milliseconds(100);
/// An SSE comment after this long without events: the only way to notice a client that left
/// while its request waits in the queue or prefills.
constexpr auto kKeepAliveInterval = std::chrono::seconds(3);

void send_error(HttpResponse& res, const ApiError& error) {
  res.status = error.status;
  res.content_type = "application/json";
  // The message may quote request bytes (a header, a field) that are not UTF-8: replaced, so
  // the error is still sent as the error, not turned into a 500 by the dump.
  res.body = to_json(error).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

/// 64 bits from the OS's entropy source.
uint64_t fresh_seed() {
  std::random_device device;
  return (static_cast<uint64_t>(device()) << 32) ^ device();
}

ApiError engine_failure(engine::FinishReason finish, const std::string& message) {
  if (finish == engine::FinishReason::kCancelled) {
    return ApiError{503,
                    "the request was cancelled (the server is shutting down)",
                    "server_error",
                    {},
                    "cancelled"};
  }
  return ApiError{500, "generation failed: " + message, "server_error", {}, {}};
}

/// One streaming response in progress; owned by the chunked content provider.
struct StreamState {
  std::shared_ptr<engine::RequestHandle> handle;
  Endpoint endpoint = Endpoint::kChat;
  ResponseContext ctx;
  std::unique_ptr<ReplyAssembler> reply;
  bool include_usage = false;
  bool started = false;
  bool finished = false;
  bool had_calls = false;
  Clock::time_point last_write = Clock::now();
};

}  // namespace

struct Server::Impl {
  engine::BatchEngine& engine;
  ServerOptions options;
  HttpServer http;
  Metrics metrics;
  GrammarCache grammars;
  std::atomic<uint64_t> next_id{1};
  int64_t started_at = static_cast<int64_t>(std::time(nullptr));
  std::mutex streams_mutex;
  std::condition_variable streams_ended;
  int64_t open_streams = 0;  ///< streamed responses not yet released by the HTTP layer

  Impl(engine::BatchEngine& e, ServerOptions o)
      : engine(e),
        options(std::move(o)),
        http(HttpServerOptions{options.max_body_bytes, options.http_threads, 5, 30, {}}),
        grammars(e.tokenizer()) {}
  void routes();
  std::string allowed_origin(const std::string& origin) const;
  void handle_completion(Endpoint endpoint, const HttpRequest& req, HttpResponse& res);
  std::variant<PreparedPrompt, ApiError> prepare_prompt(const ParsedRequest& request) const;
  std::optional<ApiError> constrain_tool_call(const ParsedRequest& request, ToolCallFormat format,
                                              engine::SamplingParams& sampling);
  void stream(std::shared_ptr<engine::RequestHandle> handle, const ParsedRequest& request,
              std::unique_ptr<ReplyAssembler> reply, ResponseContext ctx, HttpResponse& res);
  bool provide(StreamState& state, StreamSink& sink);
};

std::variant<PreparedPrompt, ApiError> Server::Impl::prepare_prompt(
    const ParsedRequest& request) const {
  PreparedPrompt out;
  if (request.endpoint == Endpoint::kCompletion && request.prompt_ids) {
    out.ids = *request.prompt_ids;
    return out;
  }
  const tokenizer::Tokenizer& tok = *engine.tokenizer();  // checked by the caller
  if (request.endpoint == Endpoint::kCompletion) {
    out.ids = tok.encode(request.prompt, /*add_special_tokens=*/true);
    return out;
  }
  const std::string& tmpl =
      tok.chat_template().empty() ? options.fallback_chat_template : tok.chat_template();
  out.tools = detect_tool_support(tmpl);
  json messages = request.messages;
  json extra{{"bos_token", tok.bos_token()}, {"eos_token", tok.eos_token()}};
  place_tools(out.tools, request.tools, messages, extra);
  // As transformers' apply_chat_template(**kwargs): the variables win over the special tokens.
  for (const auto& [key, value] : options.template_kwargs.items()) extra[key] = value;
  for (const auto& [key, value] : request.template_kwargs.items()) extra[key] = value;
  auto text = chat::apply_chat_template(tmpl, messages, /*add_generation_prompt=*/true, extra);
  if (!text.ok())
    return ApiError{400,
                    "the chat template failed: " + text.error().message(),
                    "invalid_request_error",
                    "messages",
                    {}};
  // A forced call starts right away, so no thinking block is parsed then.
  out.reasoning = !request.tools.forced() && (tmpl.find("<think>") != std::string::npos ||
                                              tmpl.find("</think>") != std::string::npos);
  out.thinking_open = out.reasoning && prompt_opens_thinking(*text);
  if (request.tools.forced()) *text += forced_call_prefix(out.tools.format);
  // The template writes the special tokens itself (as transformers' apply_chat_template).
  out.ids = tok.encode(*text, /*add_special_tokens=*/false);
  return out;
}

/// tool_choice required / named: the reply is generated under the grammar of one call of the
/// allowed functions. A parameters schema the grammar cannot compile is a 400 naming the tool.
std::optional<ApiError> Server::Impl::constrain_tool_call(const ParsedRequest& request,
                                                          ToolCallFormat format,
                                                          engine::SamplingParams& sampling) {
  const std::vector<json> functions = request.tools.forced_functions();
  for (const json& function : functions) {
    if (auto one = grammar::Grammar::from_json_schema(call_grammar_schema(format, {function}));
        !one.ok()) {
      const auto at =
          std::find(request.tools.names.begin(), request.tools.names.end(), function["name"]) -
          request.tools.names.begin();
      const std::string param = "tools[" + std::to_string(at) + "].function.parameters";
      return ApiError{
          400,
          "'" + param + "' cannot be used for a required call: " + one.error().message(),
          "invalid_request_error",
          param,
          {}};
    }
  }
  const json schema = call_grammar_schema(format, functions);
  auto compiled = grammar::Grammar::from_json_schema(schema);
  if (!compiled.ok())
    return ApiError{400, compiled.error().message(), "invalid_request_error", "tools", {}};
  ResponseFormat call_format{*compiled, "tool_call:" + schema.dump(), /*compact=*/true};
  sampling.constraint = grammars.constraint(call_format);
  if (!sampling.constraint)
    return ApiError{400,
                    "'tool_choice' needs the model's tokenizer, which this server lacks",
                    "invalid_request_error",
                    "tool_choice",
                    {}};
  return std::nullopt;
}

void Server::Impl::handle_completion(Endpoint endpoint, const HttpRequest& req, HttpResponse& res) {
  auto parsed = parse_request(endpoint, req.body);
  if (auto* error = std::get_if<ApiError>(&parsed)) return send_error(res, *error);
  ParsedRequest& request = std::get<ParsedRequest>(parsed);
  if (request.model != options.model_name) {
    return send_error(
        res, ApiError{404,
                      "The model '" + request.model + "' does not exist (this server serves '" +
                          options.model_name + "')",
                      "invalid_request_error", "model", "model_not_found"});
  }
  if (engine.tokenizer() == nullptr && !(endpoint == Endpoint::kCompletion && request.prompt_ids)) {
    return send_error(
        res,
        ApiError{400,
                 "this model has no tokenizer: send the prompt as token ids to /v1/completions",
                 "invalid_request_error",
                 endpoint == Endpoint::kChat ? "messages" : "prompt",
                 {}});
  }
  auto prepared = prepare_prompt(request);
  if (auto* error = std::get_if<ApiError>(&prepared)) return send_error(res, *error);
  PreparedPrompt& prompt = std::get<PreparedPrompt>(prepared);
  engine::GenerationRequest generation;
  generation.prompt = std::move(prompt.ids);
  const int64_t capacity = engine.options().capacity;
  const auto prompt_size = static_cast<int64_t>(generation.prompt.size());
  if (prompt_size == 0)
    return send_error(res,
                      ApiError{400, "the prompt is empty", "invalid_request_error", "prompt", {}});
  if (prompt_size >= capacity) {
    return send_error(
        res, ApiError{400,
                      "This model's maximum context length is " + std::to_string(capacity) +
                          " tokens. However, your prompt has " + std::to_string(prompt_size) +
                          " tokens (at least one must remain for the completion).",
                      "invalid_request_error", endpoint == Endpoint::kChat ? "messages" : "prompt",
                      "context_length_exceeded"});
  }
  // OpenAI's defaults: 16 tokens for legacy completions, the rest of the context for chat.
  generation.max_tokens =
      request.max_tokens.value_or(endpoint == Endpoint::kCompletion ? 16 : capacity);
  engine::SamplingParams sampling = request.sampling;
  const size_t vocab = engine.tokenizer() != nullptr ? engine.tokenizer()->vocab_size() : 0;
  for (const auto& [token, bias] : sampling.logit_bias) {
    if (vocab != 0 && static_cast<size_t>(token) >= vocab) {
      return send_error(
          res, ApiError{400,
                        "'logit_bias': token id " + std::to_string(token) +
                            " is outside the vocabulary (" + std::to_string(vocab) + " ids)",
                        "invalid_request_error",
                        "logit_bias",
                        {}});
    }
  }
  // No seed: a fresh one per request (so "regenerate" differs), reported so it can be replayed.
  if (!request.seed_given) sampling.seed = fresh_seed();
  res.headers.emplace_back("X-Mlxla-Seed", std::to_string(sampling.seed));
  if (request.response_format.grammar) {
    sampling.constraint = grammars.constraint(request.response_format);
    if (!sampling.constraint)
      return send_error(
          res, ApiError{400,
                        "'response_format' needs the model's tokenizer, which this server lacks",
                        "invalid_request_error",
                        "response_format",
                        {}});
  }
  if (request.tools.forced()) {
    if (auto error = constrain_tool_call(request, prompt.tools.format, sampling))
      return send_error(res, *error);
  }
  sampling.logprobs = request.logprobs;
  generation.stop = request.stop;
  generation.stop_at_eos = !request.ignore_eos;
  // A call marker that is a special token ([TOOL_CALLS], <|tool_call|>) must reach the parser.
  if (request.tools.active() && engine.tokenizer() != nullptr) {
    const std::string_view marker = call_marker(prompt.tools.format);
    const auto id = marker.empty() ? std::nullopt : engine.tokenizer()->token_to_id(marker);
    if (id && engine.tokenizer()->is_special(*id)) generation.skip_special_tokens = false;
  }
  auto handle = engine.submit(std::move(generation), std::move(sampling));
  if (!handle.ok()) {
    return send_error(res,
                      ApiError{400, handle.error().message(), "invalid_request_error", {}, {}});
  }
  ResponseContext ctx;
  char id[40];
  std::snprintf(id, sizeof(id), "%s-%08llx%06llx",
                endpoint == Endpoint::kChat ? "chatcmpl" : "cmpl",
                static_cast<unsigned long long>(started_at),
                static_cast<unsigned long long>(next_id.fetch_add(1)));
  ctx.id = id;
  ctx.model = options.model_name;
  ctx.created = static_cast<int64_t>(std::time(nullptr));
  auto reply = std::make_unique<ReplyAssembler>(request, prompt, engine.tokenizer());
  if (request.stream)
    return stream(std::move(*handle), request, std::move(reply), std::move(ctx), res);

  ReplyParts whole;
  std::vector<json> logprobs;
  while (true) {
    // A client that hangs up stops its generation (and frees its slot) within a poll interval.
    if (!req.client_connected()) {
      (*handle)->cancel();
      metrics.count_finish(engine::FinishReason::kCancelled);
      return send_error(
          res,
          ApiError{
              499, "the client closed the connection", "invalid_request_error", {}, "cancelled"});
    }
    for (engine::StreamEvent& event : (*handle)->wait(kPollInterval)) {
      ReplyParts part = reply->add(event);
      whole.content += part.content;
      whole.reasoning += part.reasoning;
      for (ToolCall& call : part.calls) whole.calls.push_back(std::move(call));
      if (!part.logprobs.is_null()) logprobs.push_back(std::move(part.logprobs));
      if (!event.done) continue;
      metrics.count_finish(event.finish);
      if (engine::finished_normally(event.finish)) {
        whole.logprobs = merge_logprobs(logprobs, endpoint, request.logprobs >= 0);
        res.body = completion_json(endpoint, ctx, whole, reply_finish_reason(whole, event.finish),
                                   event.usage)
                       .dump(-1, ' ', false, json::error_handler_t::replace);
      } else {
        send_error(res, engine_failure(event.finish, event.error));
      }
      return;
    }
  }
}

void Server::Impl::stream(std::shared_ptr<engine::RequestHandle> handle,
                          const ParsedRequest& request, std::unique_ptr<ReplyAssembler> reply,
                          ResponseContext ctx, HttpResponse& res) {
  auto state = std::make_shared<StreamState>();
  state->handle = std::move(handle);
  state->reply = std::move(reply);
  state->endpoint = request.endpoint;
  state->ctx = std::move(ctx);
  state->include_usage = request.include_usage;
  res.content_type = "text/event-stream";
  res.headers.emplace_back("Cache-Control", "no-cache");
  res.provider = [this, state](StreamSink& sink) { return provide(*state, sink); };
  {
    std::lock_guard lock(streams_mutex);
    ++open_streams;
  }
  res.on_close = [this, state](bool) {
    // Ended without its final event: the client went away or the server is stopping.
    if (!state->finished) {
      state->handle->cancel();
      metrics.count_finish(engine::FinishReason::kCancelled);
    }
    std::lock_guard lock(streams_mutex);
    --open_streams;
    streams_ended.notify_all();
  };
}

/// Called repeatedly while the response is open: writes whatever the engine produced in the last
/// poll interval. Returns false when the stream is over (finished, or a write failed).
bool Server::Impl::provide(StreamState& state, StreamSink& sink) {
  std::string out;
  if (!state.started && state.endpoint == Endpoint::kChat) {
    out += sse_event(chunk_json(Endpoint::kChat, state.ctx, ReplyParts{}, std::nullopt, true,
                                state.include_usage));
  }
  state.started = true;
  for (engine::StreamEvent& event : state.handle->wait(kPollInterval)) {
    ReplyParts part = state.reply->add(event);
    std::vector<ToolCall> calls = std::move(part.calls);
    if (!part.content.empty() || !part.reasoning.empty() || !part.logprobs.is_null()) {
      out += sse_event(
          chunk_json(state.endpoint, state.ctx, part, std::nullopt, false, state.include_usage));
    }
    // One chunk per call, each complete (id, name and the whole arguments string).
    for (size_t i = 0; i < calls.size(); ++i) {
      ReplyParts call_part;
      call_part.first_call_index = part.first_call_index + i;
      call_part.calls.push_back(std::move(calls[i]));
      out += sse_event(chunk_json(state.endpoint, state.ctx, call_part, std::nullopt, false,
                                  state.include_usage));
      state.had_calls = true;
    }
    if (!event.done) continue;
    state.finished = true;
    metrics.count_finish(event.finish);
    if (engine::finished_normally(event.finish)) {
      const std::string finish_reason =
          state.had_calls ? "tool_calls" : finish_reason_string(event.finish);
      out += sse_event(chunk_json(state.endpoint, state.ctx, ReplyParts{}, finish_reason, false,
                                  state.include_usage));
      if (state.include_usage)
        out += sse_event(usage_chunk_json(state.endpoint, state.ctx, event.usage));
    } else {
      out += sse_event(to_json(engine_failure(event.finish, event.error)));
    }
    out += "data: [DONE]\n\n";
    break;
  }
  if (out.empty()) {
    if (Clock::now() - state.last_write < kKeepAliveInterval) return true;
    out = ": keep-alive\n\n";
  }
  if (!sink.write(out)) {
    state.handle->cancel();
    return false;
  }
  state.last_write = Clock::now();
  return !state.finished;
}

/// The origin a CORS response names for `origin`: itself when listed, "*" when any is allowed,
/// empty when it is not allowed (or the request has none).
std::string Server::Impl::allowed_origin(const std::string& origin) const {
  if (origin.empty()) return {};
  for (const std::string& o : options.cors_origins) {
    if (o == "*") return "*";
    if (o == origin) return origin;
  }
  return {};
}

void Server::Impl::routes() {
  if (!options.cors_origins.empty()) {
    http.set_decorator([this](const HttpRequest& req, HttpResponse& res) {
      res.headers.emplace_back("Vary", "Origin");
      const std::string allowed = allowed_origin(req.header("origin"));
      if (allowed.empty()) return;
      res.headers.emplace_back("Access-Control-Allow-Origin", allowed);
      res.headers.emplace_back("Access-Control-Expose-Headers", "X-Mlxla-Seed");
    });
  }
  http.set_guard([this](const HttpRequest& req, HttpResponse& res) {
    // A CORS preflight carries no credentials: it is answered before the API key is checked.
    if (req.method == "OPTIONS" && !options.cors_origins.empty()) {
      const std::string origin = req.header("origin");
      if (allowed_origin(origin).empty()) {
        // Quoted only when short; an absent header is named as such.
        const std::string message =
            origin.empty() ? "CORS: a preflight (OPTIONS) request needs an Origin header"
            : origin.size() > 200
                ? "CORS: the origin is not allowed (" + std::to_string(origin.size()) + " bytes)"
                : "CORS: the origin '" + origin + "' is not allowed";
        send_error(res, ApiError{403, message, "invalid_request_error", {}, "origin_not_allowed"});
        return true;
      }
      res.status = 204;
      res.headers.emplace_back("Access-Control-Allow-Methods", "GET, POST, OPTIONS");
      const std::string asked = req.header("access-control-request-headers");
      res.headers.emplace_back("Access-Control-Allow-Headers",
                               asked.empty() ? "Authorization, Content-Type" : asked);
      res.headers.emplace_back("Access-Control-Max-Age", "600");
      return true;
    }
    if (options.api_key.empty() || req.path.rfind("/v1/", 0) != 0) return false;
    if (constant_time_equal(req.header("authorization"), "Bearer " + options.api_key)) return false;
    send_error(
        res,
        ApiError{
            401, "Incorrect API key provided", "invalid_request_error", {}, "invalid_api_key"});
    return true;
  });
  // Statuses the HTTP layer produces itself (unknown route, wrong method, body too large,
  // malformed request) get an OpenAI error body too.
  http.set_error_body([](int status, const std::string& message, HttpResponse& res) {
    ApiError error{status, message, "invalid_request_error", {}, {}};
    if (status == 404) error.code = "not_found";
    if (status == 405) error.code = "method_not_allowed";
    if (status == 413) error.code = "request_too_large";
    if (status >= 500) error.type = "server_error";
    send_error(res, error);
  });
  http.set_logger([this](const AccessLogEntry& entry) {
    metrics.count_status(entry.status);
    std::fprintf(stderr, "mlxla serve: %s %s %d %zu-byte body from %s%s\n", entry.method.c_str(),
                 entry.path.c_str(), entry.status, entry.request_bytes, entry.remote.c_str(),
                 entry.streamed ? " (stream)" : "");
  });

  http.route("POST", "/v1/chat/completions", [this](const HttpRequest& req, HttpResponse& res) {
    handle_completion(Endpoint::kChat, req, res);
  });
  http.route("POST", "/v1/completions", [this](const HttpRequest& req, HttpResponse& res) {
    handle_completion(Endpoint::kCompletion, req, res);
  });
  http.route("GET", "/v1/models", [this](const HttpRequest&, HttpResponse& res) {
    const json model{{"id", options.model_name},
                     {"object", "model"},
                     {"created", started_at},
                     {"owned_by", "mlxla"}};
    res.body = json{{"object", "list"}, {"data", json::array({model})}}.dump();
  });
  http.route("GET", "/health",
             [](const HttpRequest&, HttpResponse& res) { res.body = R"({"status":"ok"})"; });
  http.route("GET", "/metrics", [this](const HttpRequest&, HttpResponse& res) {
    res.content_type = "text/plain; version=0.0.4";
    res.body = metrics.prometheus_text(engine.stats());
  });
}

Server::Server(engine::BatchEngine& engine, ServerOptions options)
    : impl_(std::make_unique<Impl>(engine, std::move(options))) {
  impl_->routes();
}

Server::~Server() {
  stop();
}

Result<int> Server::bind() {
  return impl_->http.bind(impl_->options.host, impl_->options.port);
}

Status Server::listen() {
  return impl_->http.serve();
}

bool Server::drain(std::chrono::milliseconds timeout) {
  std::unique_lock lock(impl_->streams_mutex);
  return impl_->streams_ended.wait_for(lock, timeout, [&] { return impl_->open_streams == 0; });
}

void Server::stop() {
  impl_->http.stop();
}

}  // namespace mlxla::server
