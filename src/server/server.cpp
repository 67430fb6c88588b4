// The OpenAI server (see server.h): HttpServer routes onto the BatchEngine. Streams are SSE over
// chunked transfer; a failed write (the client went away) cancels the request, which frees its
// slot at the engine's next step.
#include "server/server.h"

#include <atomic>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <map>
#include <mutex>
#include <random>

#include "chat/template.h"
#include "server/http_server.h"
#include "server/metrics.h"
#include "server/openai_protocol.h"

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
  res.body = to_json(error).dump();
}

/// 64 bits from the OS's entropy source.
uint64_t fresh_seed() {
  std::random_device device;
  return (static_cast<uint64_t>(device()) << 32) ^ device();
}

ApiError engine_failure(engine::FinishReason finish, const std::string& message) {
  if (finish == engine::FinishReason::kCancelled) {
    return ApiError{503, "the request was cancelled (the server is shutting down)", "server_error", {}, "cancelled"};
  }
  return ApiError{500, "generation failed: " + message, "server_error", {}, {}};
}

/// One streaming response in progress; owned by the chunked content provider.
struct StreamState {
  std::shared_ptr<engine::RequestHandle> handle;
  Endpoint endpoint = Endpoint::kChat;
  ResponseContext ctx;
  bool include_usage = false;
  bool started = false;
  bool finished = false;
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

  Impl(engine::BatchEngine& e, ServerOptions o)
      : engine(e),
        options(std::move(o)),
        http(HttpServerOptions{options.max_body_bytes, options.http_threads, 5, 30, {}}),
        grammars(e.tokenizer()) {}
  void routes();
  void handle_completion(Endpoint endpoint, const HttpRequest& req, HttpResponse& res);
  std::variant<std::vector<int32_t>, ApiError> prompt_ids(const ParsedRequest& request) const;
  void stream(std::shared_ptr<engine::RequestHandle> handle, const ParsedRequest& request, ResponseContext ctx,
              HttpResponse& res);
  bool provide(StreamState& state, StreamSink& sink);
};

std::variant<std::vector<int32_t>, ApiError> Server::Impl::prompt_ids(const ParsedRequest& request) const {
  const tokenizer::Tokenizer& tok = *engine.tokenizer();
  if (request.endpoint == Endpoint::kCompletion) {
    if (request.prompt_ids) return *request.prompt_ids;
    return tok.encode(request.prompt, /*add_special_tokens=*/true);
  }
  const std::string& tmpl = tok.chat_template().empty() ? options.fallback_chat_template : tok.chat_template();
  json extra{{"bos_token", tok.bos_token()}, {"eos_token", tok.eos_token()}};
  // As transformers' apply_chat_template(**kwargs): the variables win over the special tokens.
  for (const auto& [key, value] : options.template_kwargs.items()) extra[key] = value;
  for (const auto& [key, value] : request.template_kwargs.items()) extra[key] = value;
  auto text = chat::apply_chat_template(tmpl, request.messages, /*add_generation_prompt=*/true, extra);
  if (!text.ok()) return ApiError{400, "the chat template failed: " + text.error().message(), "invalid_request_error",
                                  "messages", {}};
  // The template writes the special tokens itself (as transformers' apply_chat_template).
  return tok.encode(*text, /*add_special_tokens=*/false);
}

void Server::Impl::handle_completion(Endpoint endpoint, const HttpRequest& req, HttpResponse& res) {
  auto parsed = parse_request(endpoint, req.body);
  if (auto* error = std::get_if<ApiError>(&parsed)) return send_error(res, *error);
  ParsedRequest& request = std::get<ParsedRequest>(parsed);
  if (request.model != options.model_name) {
    return send_error(res, ApiError{404, "The model '" + request.model + "' does not exist (this server serves '" +
                                             options.model_name + "')",
                                    "invalid_request_error", "model", "model_not_found"});
  }
  auto ids = prompt_ids(request);
  if (auto* error = std::get_if<ApiError>(&ids)) return send_error(res, *error);
  engine::BatchRequest generation;
  generation.prompt = std::move(std::get<std::vector<int32_t>>(ids));
  const int64_t capacity = engine.options().capacity;
  const auto prompt_size = static_cast<int64_t>(generation.prompt.size());
  if (prompt_size == 0) return send_error(res, ApiError{400, "the prompt is empty", "invalid_request_error", "prompt", {}});
  if (prompt_size >= capacity) {
    return send_error(res, ApiError{400,
                                    "This model's maximum context length is " + std::to_string(capacity) +
                                        " tokens. However, your prompt has " + std::to_string(prompt_size) +
                                        " tokens (at least one must remain for the completion).",
                                    "invalid_request_error", endpoint == Endpoint::kChat ? "messages" : "prompt",
                                    "context_length_exceeded"});
  }
  // OpenAI's defaults: 16 tokens for legacy completions, the rest of the context for chat.
  generation.max_tokens = request.max_tokens.value_or(endpoint == Endpoint::kCompletion ? 16 : capacity);
  generation.sampling = request.sampling;
  const size_t vocab = engine.tokenizer() != nullptr ? engine.tokenizer()->vocab_size() : 0;
  for (const auto& [token, bias] : generation.sampling.logit_bias) {
    if (vocab != 0 && static_cast<size_t>(token) >= vocab) {
      return send_error(res, ApiError{400,
                                      "'logit_bias': token id " + std::to_string(token) +
                                          " is outside the vocabulary (" + std::to_string(vocab) + " ids)",
                                      "invalid_request_error", "logit_bias", {}});
    }
  }
  // No seed: a fresh one per request (so "regenerate" differs), reported so it can be replayed.
  if (!request.seed_given) generation.sampling.seed = fresh_seed();
  res.headers.emplace_back("X-Mlxla-Seed", std::to_string(generation.sampling.seed));
  if (request.response_format.grammar) {
    generation.sampling.constraint = grammars.constraint(request.response_format);
    if (!generation.sampling.constraint)
      return send_error(res, ApiError{400, "'response_format' needs the model's tokenizer, which this server lacks",
                                      "invalid_request_error", "response_format", {}});
  }
  generation.stop = request.stop;
  generation.ignore_eos = request.ignore_eos;
  auto handle = engine.submit(std::move(generation));
  if (!handle.ok()) {
    return send_error(res, ApiError{400, handle.error().message(), "invalid_request_error", {}, {}});
  }
  ResponseContext ctx;
  char id[40];
  std::snprintf(id, sizeof(id), "%s-%08llx%06llx", endpoint == Endpoint::kChat ? "chatcmpl" : "cmpl",
                static_cast<unsigned long long>(started_at), static_cast<unsigned long long>(next_id.fetch_add(1)));
  ctx.id = id;
  ctx.model = options.model_name;
  ctx.created = static_cast<int64_t>(std::time(nullptr));
  if (request.stream) return stream(std::move(*handle), request, std::move(ctx), res);

  std::string text;
  while (true) {
    // A client that hangs up stops its generation (and frees its slot) within a poll interval.
    if (!req.client_connected()) {
      (*handle)->cancel();
      metrics.count_finish(engine::FinishReason::kCancelled);
      return send_error(res, ApiError{499, "the client closed the connection", "invalid_request_error", {}, "cancelled"});
    }
    for (engine::StreamEvent& event : (*handle)->wait(kPollInterval)) {
      text += event.text;
      if (!event.done) continue;
      metrics.count_finish(event.finish);
      if (event.finish == engine::FinishReason::kStop || event.finish == engine::FinishReason::kLength) {
        res.body = completion_json(endpoint, ctx, text, event.finish, event.usage)
                       .dump(-1, ' ', false, json::error_handler_t::replace);
      } else {
        send_error(res, engine_failure(event.finish, event.error));
      }
      return;
    }
  }
}

void Server::Impl::stream(std::shared_ptr<engine::RequestHandle> handle, const ParsedRequest& request,
                          ResponseContext ctx, HttpResponse& res) {
  auto state = std::make_shared<StreamState>();
  state->handle = std::move(handle);
  state->endpoint = request.endpoint;
  state->ctx = std::move(ctx);
  state->include_usage = request.include_usage;
  res.content_type = "text/event-stream";
  res.headers.emplace_back("Cache-Control", "no-cache");
  res.provider = [this, state](StreamSink& sink) { return provide(*state, sink); };
  res.on_close = [this, state](bool) {
        // Ended without its final event: the client went away or the server is stopping.
        if (!state->finished) {
          state->handle->cancel();
          metrics.count_finish(engine::FinishReason::kCancelled);
        }
      };
}

/// Called repeatedly while the response is open: writes whatever the engine produced in the last
/// poll interval. Returns false when the stream is over (finished, or a write failed).
bool Server::Impl::provide(StreamState& state, StreamSink& sink) {
  std::string out;
  if (!state.started && state.endpoint == Endpoint::kChat) {
    out += sse_event(chunk_json(Endpoint::kChat, state.ctx, "", std::nullopt, true, state.include_usage));
  }
  state.started = true;
  for (engine::StreamEvent& event : state.handle->wait(kPollInterval)) {
    if (!event.text.empty()) {
      out += sse_event(chunk_json(state.endpoint, state.ctx, event.text, std::nullopt, false, state.include_usage));
    }
    if (!event.done) continue;
    state.finished = true;
    metrics.count_finish(event.finish);
    if (event.finish == engine::FinishReason::kStop || event.finish == engine::FinishReason::kLength) {
      out += sse_event(chunk_json(state.endpoint, state.ctx, "", event.finish, false, state.include_usage));
      if (state.include_usage) out += sse_event(usage_chunk_json(state.endpoint, state.ctx, event.usage));
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

void Server::Impl::routes() {
  http.set_guard([this](const HttpRequest& req, HttpResponse& res) {
    if (options.api_key.empty() || req.path.rfind("/v1/", 0) != 0) return false;
    if (constant_time_equal(req.header("authorization"), "Bearer " + options.api_key)) return false;
    send_error(res, ApiError{401, "Incorrect API key provided", "invalid_request_error", {}, "invalid_api_key"});
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
    std::fprintf(stderr, "mlxla serve: %s %s %d %zu-byte body from %s%s\n", entry.method.c_str(), entry.path.c_str(),
                 entry.status, entry.request_bytes, entry.remote.c_str(), entry.streamed ? " (stream)" : "");
  });

  http.route("POST", "/v1/chat/completions", [this](const HttpRequest& req, HttpResponse& res) {
    handle_completion(Endpoint::kChat, req, res);
  });
  http.route("POST", "/v1/completions", [this](const HttpRequest& req, HttpResponse& res) {
    handle_completion(Endpoint::kCompletion, req, res);
  });
  http.route("GET", "/v1/models", [this](const HttpRequest&, HttpResponse& res) {
    const json model{{"id", options.model_name}, {"object", "model"}, {"created", started_at}, {"owned_by", "mlxla"}};
    res.body = json{{"object", "list"}, {"data", json::array({model})}}.dump();
  });
  http.route("GET", "/health", [](const HttpRequest&, HttpResponse& res) { res.body = R"({"status":"ok"})"; });
  http.route("GET", "/metrics", [this](const HttpRequest&, HttpResponse& res) {
    res.content_type = "text/plain; version=0.0.4";
    res.body = metrics.prometheus_text(engine.stats());
  });
}

Server::Server(engine::BatchEngine& engine, ServerOptions options)
    : impl_(std::make_unique<Impl>(engine, std::move(options))) {
  impl_->routes();
}

Server::~Server() { stop(); }

Result<int> Server::bind() { return impl_->http.bind(impl_->options.host, impl_->options.port); }

Status Server::listen() { return impl_->http.serve(); }

void Server::stop() { impl_->http.stop(); }

}  // namespace mlxla::server
