// A small HTTP/1.1 server on POSIX sockets: one thread per connection (bounded), keep-alive,
// Content-Length request bodies with a size limit, fixed or chunked (streamed) responses.
// Written here rather than linking cpp-httplib: Debian's build of it is a shared library plus
// TLS/zlib/brotli macros every includer must repeat, and the server needs none of that.
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

namespace mlxla::server {

struct HttpRequest {
  std::string method;
  std::string path;  ///< without the query string
  std::map<std::string, std::string> headers;  ///< names lower-cased
  std::string body;
  std::string remote;  ///< peer address

  /// The header's value or "" (name in lower case).
  std::string header(const std::string& name) const;
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
  size_t max_body_bytes = 1u << 20;   ///< larger bodies: 413
  size_t max_header_bytes = 64u << 10;  ///< larger request heads: 431
  int max_connections = 64;           ///< beyond: 503 and close
  int idle_timeout_seconds = 5;       ///< keep-alive connections idle this long are closed
};

class HttpServer {
 public:
  using Handler = std::function<void(const HttpRequest&, HttpResponse&)>;
  /// Builds an error response for a status the server produces itself (404, 405, 413, ...).
  using ErrorBody = std::function<void(int status, const std::string& message, HttpResponse&)>;
  /// Called after every response (for the access log and metrics).
  using Logger = std::function<void(const HttpRequest&, const HttpResponse&)>;

  explicit HttpServer(HttpServerOptions options);
  ~HttpServer();
  HttpServer(const HttpServer&) = delete;
  HttpServer& operator=(const HttpServer&) = delete;

  void route(const std::string& method, const std::string& path, Handler handler);
  /// Runs before routing; returning true means it answered (e.g. 401).
  void set_guard(std::function<bool(const HttpRequest&, HttpResponse&)> guard);
  void set_error_body(ErrorBody error_body);
  void set_logger(Logger logger);

  /// Binds and listens on host:port (port 0: any free port); returns the bound port.
  Result<int> bind(const std::string& host, int port);
  /// Accepts connections until stop(); returns after every connection thread has ended.
  Status serve();
  /// Stops accepting, wakes idle connections; safe from any thread.
  void stop();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace mlxla::server
