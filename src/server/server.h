// The OpenAI-compatible HTTP server: routes, API key, body limit, SSE streaming and metrics on
// HttpServer (http_server.h), in front of one engine::BatchEngine.
#pragma once

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "engine/batch_engine.h"
#include "mlxla/result.h"

namespace mlxla::server {

struct ServerOptions {
  std::string host = "127.0.0.1";
  int port = 8080;      ///< 0: any free port (see Server::bind)
  std::string api_key;  ///< empty: no authentication
  /// Origins browsers may call from (CORS; "*": any); empty: no CORS headers, OPTIONS is 405.
  std::vector<std::string> cors_origins;
  std::string model_name;            ///< the id /v1/models lists and requests must name
  size_t max_body_bytes = 1u << 20;  ///< larger request bodies get 413
  int http_threads = 64;             ///< connections served at once (one thread each)
  /// Chat-template variables every chat request gets (`--chat-template-kwargs`); a request's
  /// own `chat_template_kwargs` override them key by key.
  nlohmann::json template_kwargs = nlohmann::json::object();
  /// The chat template when the tokenizer has none ("role: content" lines).
  std::string fallback_chat_template =
      "{{ bos_token }}{% for m in messages %}{{ m['role'] }}: {{ m['content'] }}\n{% endfor %}"
      "{% if add_generation_prompt %}assistant:{% endif %}";
};

class Server {
 public:
  Server(engine::BatchEngine& engine, ServerOptions options);
  ~Server();
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  /// Binds the listening socket; returns the bound port (useful with port 0).
  Result<int> bind();
  /// Serves until stop() (blocking). Call bind() first.
  Status listen();
  /// Stops accepting and ends listen(); in-flight streams end when their requests do
  /// (cancel them through the engine first for a prompt exit). Safe from any thread.
  void stop();
  /// Waits until every streamed response has ended (its last event and `data: [DONE]` written,
  /// or its client gone), at most `timeout`; true when none is left. For shutdown: cancel the
  /// requests through the engine, drain(), then stop(), so no stream is cut before its end.
  bool drain(std::chrono::milliseconds timeout);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace mlxla::server
