// The HTTP layer the OpenAI server needs, on cpp-httplib (Debian's libcpp-httplib, the library
// llama.cpp's server uses): routes with 404/405, a guard before routing, limits on every part of
// a request (http_framing.h) and deadlines for sending it (http_connections.h), keep-alive, fixed
// or chunked (streamed) responses, and an access log. The types here keep httplib out of every
// other header: only http_server.cpp includes it.
#pragma once

#include <cstddef>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "mlxla/result.h"
#include "server/http_connections.h"

namespace mlxla::server {

struct HttpRequest {
  std::string method;
  std::string path;                            ///< without the query string
  std::map<std::string, std::string> headers;  ///< names lower-cased
  std::string body;
  std::string remote;  ///< peer address
  /// Whether the client is still connected (does not block); set by HttpServer.
  std::function<bool()> connection_open;

  /// The header's value or "" (name in lower case).
  std::string header(const std::string& name) const;
  /// False once the client has closed its connection (true when unknown).
  bool client_connected() const { return !connection_open || connection_open(); }
};

/// Where a streamed response writes. write() returns false once the client is gone.
class StreamSink {
 public:
  virtual ~StreamSink() = default;
  virtual bool write(std::string_view data) = 0;
};

struct HttpResponse {
  int status = 200;
  std::string content_type = "application/json";
  std::string body;
  std::vector<std::pair<std::string, std::string>> headers;
  /// When set, the body is streamed (chunked): called repeatedly until it returns false. It
  /// writes through the sink; a failed write means the client went away. `on_close(completed)`
  /// runs once afterwards (completed: the provider ended by itself, every write succeeded).
  std::function<bool(StreamSink&)> provider;
  std::function<void(bool completed)> on_close;
};

struct HttpServerOptions {
  size_t max_body_bytes = 1u << 20;  ///< larger bodies, whatever their framing: 413
  int threads = 64;                  ///< requests served at once (complete requests only)
  int idle_timeout_seconds = 5;      ///< keep-alive connections idle this long are closed
  int write_timeout_seconds = 30;    ///< a client that stops reading this long is dropped
  /// Header, connection and deadline limits (see ConnectionOptions; its max_body_bytes,
  /// workers and idle_timeout are taken from the fields above).
  ConnectionOptions connections;
};

/// `text` made safe for a one-line log: bytes outside printable ASCII, quotes and backslashes
/// become \xNN, so a client cannot start a log line of its own.
std::string escape_log_field(std::string_view text);

/// Compares a secret in time that does not depend on where the first difference is.
bool constant_time_equal(std::string_view a, std::string_view b);

/// What the access log sees of one finished exchange.
struct AccessLogEntry {
  std::string method;
  std::string path;
  std::string remote;
  int status = 0;
  size_t request_bytes = 0;
  bool streamed = false;
};

class HttpServer {
 public:
  using Handler = std::function<void(const HttpRequest&, HttpResponse&)>;
  /// Builds an error response for a status the server produces itself (404, 405, 413, ...).
  using ErrorBody = std::function<void(int status, const std::string& message, HttpResponse&)>;
  /// Called after every response (for the access log and metrics).
  using Logger = std::function<void(const AccessLogEntry&)>;

  explicit HttpServer(HttpServerOptions options);
  ~HttpServer();
  HttpServer(const HttpServer&) = delete;
  HttpServer& operator=(const HttpServer&) = delete;

  void route(const std::string& method, const std::string& path, Handler handler);
  /// Runs before routing; returning true means it answered (e.g. 401).
  void set_guard(std::function<bool(const HttpRequest&, HttpResponse&)> guard);
  void set_error_body(ErrorBody error_body);
  /// Runs on every response to a parsed request (routed, refused by the guard, or an error
  /// such as 404/405) just before it is sent; may add headers (e.g. CORS).
  void set_decorator(std::function<void(const HttpRequest&, HttpResponse&)> decorator);
  void set_logger(Logger logger);

  /// Binds and listens on host:port (port 0: any free port); returns the bound port.
  Result<int> bind(const std::string& host, int port);
  /// Accepts connections until stop(); returns after every connection thread has ended.
  Status serve();
  /// Stops accepting and ends serve(); open streams end at their next chunk. Safe from any
  /// thread, before or during serve().
  void stop();

 private:
  struct Impl;
  class Listener;
  std::unique_ptr<Impl> impl_;
};

}  // namespace mlxla::server
