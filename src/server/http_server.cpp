// HttpServer (see http_server.h) on cpp-httplib. httplib owns sockets, parsing, keep-alive,
// chunked framing and its thread pool; this file adapts its Request/Response to the small types
// the OpenAI layer uses, adds 405 for known paths, and turns every error status (its own 400,
// 404 and 413 included) into the caller's error body.
#include "server/http_server.h"

#include <httplib.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstring>
#include <regex>
#include <thread>

namespace mlxla::server {
namespace {

std::string lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return s;
}

/// httplib matches routes as regular expressions; ours are literal paths.
std::string literal_pattern(const std::string& path) {
  static const std::regex special(R"([.^$|()\[\]{}*+?\\])");
  return std::regex_replace(path, special, R"(\$&)");
}

HttpRequest adapt(const httplib::Request& in) {
  HttpRequest out;
  out.method = in.method;
  out.path = in.path;
  for (const auto& [name, value] : in.headers) out.headers[lower(name)] = value;
  out.body = in.body;
  out.remote = in.remote_addr;
  return out;
}

/// A StreamSink over httplib's DataSink; remembers whether every write went through.
class SinkAdapter final : public StreamSink {
 public:
  explicit SinkAdapter(httplib::DataSink& sink) : sink_(sink) {}
  bool write(std::string_view data) override {
    if (!ok_) return false;
    if (data.empty()) return true;
    ok_ = sink_.is_writable() && sink_.write(data.data(), data.size());
    return ok_;
  }
  bool ok() const { return ok_; }

 private:
  httplib::DataSink& sink_;
  bool ok_ = true;
};

/// Moves our response into httplib's. A streamed body becomes a chunked content provider; its
/// releaser runs when httplib drops the response, reporting whether the stream completed.
void emit(HttpResponse&& in, httplib::Response& out) {
  out.status = in.status;
  for (auto& [name, value] : in.headers) out.set_header(name, value);
  if (!in.provider) {
    out.set_content(in.body, in.content_type);
    return;
  }
  struct Stream {
    std::function<bool(StreamSink&)> provider;
    std::function<void(bool)> on_close;
    bool completed = false;
  };
  auto stream = std::make_shared<Stream>();
  stream->provider = std::move(in.provider);
  stream->on_close = std::move(in.on_close);
  out.set_chunked_content_provider(
      in.content_type,
      [stream](size_t /*offset*/, httplib::DataSink& sink) {
        SinkAdapter adapter(sink);
        if (stream->provider(adapter)) return adapter.ok();
        if (!adapter.ok()) return false;  // the client went away
        stream->completed = true;
        sink.done();
        return true;
      },
      [stream](bool success) {
        if (stream->on_close) stream->on_close(success && stream->completed);
      });
}

}  // namespace

std::string HttpRequest::header(const std::string& name) const {
  auto it = headers.find(name);
  return it == headers.end() ? std::string() : it->second;
}

struct HttpServer::Impl {
  HttpServerOptions options;
  httplib::Server http;
  std::map<std::string, std::map<std::string, Handler>> routes;  // path -> method -> handler
  std::function<bool(const HttpRequest&, HttpResponse&)> guard;
  ErrorBody error_body;
  Logger logger;
  bool bound = false;
  std::atomic<bool> stopping{false};
  std::atomic<bool> serving{false};
  std::atomic<bool> served{false};

  void error(int status, const std::string& message, httplib::Response& res) const {
    HttpResponse ours;
    ours.status = status;
    if (error_body) error_body(status, message, ours);
    else ours.body = message;
    res.headers.clear();
    emit(std::move(ours), res);
  }
  /// The message for a status httplib set without a body.
  static std::string describe(int status, const httplib::Request& req, size_t max_body) {
    switch (status) {
      case 404: return "unknown route: " + req.method + " " + req.path;
      case 413: return "the request body is larger than " + std::to_string(max_body) + " bytes";
      case 414: return "the request target is too long";
      default: return "malformed HTTP request (" + std::to_string(status) + ")";
    }
  }
};

HttpServer::HttpServer(HttpServerOptions options) : impl_(std::make_unique<Impl>()) {
  impl_->options = options;
  httplib::Server& http = impl_->http;
  const int threads = std::max(1, options.threads);
  http.new_task_queue = [threads] { return new httplib::ThreadPool(static_cast<size_t>(threads)); };
  http.set_payload_max_length(options.max_body_bytes);
  http.set_keep_alive_timeout(options.idle_timeout_seconds);
  http.set_keep_alive_max_count(1000);
  http.set_read_timeout(options.idle_timeout_seconds, 0);
  http.set_write_timeout(options.write_timeout_seconds, 0);
  http.set_tcp_nodelay(true);
  Impl* impl = impl_.get();
  http.set_pre_routing_handler([impl](const httplib::Request& req, httplib::Response& res) {
    if (!impl->guard) return httplib::Server::HandlerResponse::Unhandled;
    HttpResponse ours;
    if (!impl->guard(adapt(req), ours)) return httplib::Server::HandlerResponse::Unhandled;
    emit(std::move(ours), res);
    return httplib::Server::HandlerResponse::Handled;
  });
  // Runs for every status >= 400; answers only those nobody has written a body for.
  http.set_error_handler(httplib::Server::HandlerWithResponse(
      [impl](const httplib::Request& req, httplib::Response& res) {
        if (!res.body.empty() || res.is_chunked_content_provider_) return httplib::Server::HandlerResponse::Unhandled;
        impl->error(res.status, Impl::describe(res.status, req, impl->options.max_body_bytes), res);
        return httplib::Server::HandlerResponse::Handled;
      }));
  http.set_exception_handler([impl](const httplib::Request&, httplib::Response& res, std::exception_ptr ep) {
    std::string what = "unknown exception";
    try {
      std::rethrow_exception(ep);
    } catch (const std::exception& e) {
      what = e.what();
    } catch (...) {
    }
    impl->error(500, "internal error: " + what, res);
  });
  http.set_logger([impl](const httplib::Request& req, const httplib::Response& res) {
    if (!impl->logger) return;
    impl->logger(AccessLogEntry{req.method, req.path, req.remote_addr, res.status, req.body.size(),
                                res.is_chunked_content_provider_});
  });
}

HttpServer::~HttpServer() { stop(); }

void HttpServer::route(const std::string& method, const std::string& path, Handler handler) {
  Impl* impl = impl_.get();
  std::map<std::string, Handler>& handlers = impl->routes[path];
  const bool first = handlers.empty();
  handlers[method] = std::move(handler);
  if (!first) return;
  // One dispatcher per path for every method: the path's handler for the method, else 405.
  auto dispatch = [impl, path](const httplib::Request& req, httplib::Response& res) {
    const std::map<std::string, Handler>& routed = impl->routes.at(path);
    const std::string wanted = req.method == "HEAD" ? "GET" : req.method;
    if (auto it = routed.find(wanted); it != routed.end()) {
      HttpResponse ours;
      it->second(adapt(req), ours);
      emit(std::move(ours), res);
      return;
    }
    std::string allow;
    for (const auto& [m, unused] : routed) allow += (allow.empty() ? "" : ", ") + m;
    impl->error(405, "method " + req.method + " is not allowed on " + path + " (allowed: " + allow + ")", res);
    res.set_header("Allow", allow);
  };
  const std::string pattern = literal_pattern(path);
  impl->http.Get(pattern, dispatch);
  impl->http.Post(pattern, dispatch);
  impl->http.Put(pattern, dispatch);
  impl->http.Patch(pattern, dispatch);
  impl->http.Delete(pattern, dispatch);
  impl->http.Options(pattern, dispatch);
}

void HttpServer::set_guard(std::function<bool(const HttpRequest&, HttpResponse&)> guard) {
  impl_->guard = std::move(guard);
}
void HttpServer::set_error_body(ErrorBody error_body) { impl_->error_body = std::move(error_body); }
void HttpServer::set_logger(Logger logger) { impl_->logger = std::move(logger); }

Result<int> HttpServer::bind(const std::string& host, int port) {
  if (port < 0 || port > 65535) return invalid_argument("--port: " + std::to_string(port) + " is not a TCP port");
  errno = 0;
  const int bound = port == 0 ? impl_->http.bind_to_any_port(host)
                              : (impl_->http.bind_to_port(host, port) ? port : -1);
  if (bound <= 0) {
    const int err = errno;
    return io_error("cannot listen on " + host + ":" + std::to_string(port) +
                    (err != 0 ? std::string(": ") + std::strerror(err) : std::string(": address not usable")));
  }
  impl_->bound = true;
  return bound;
}

Status HttpServer::serve() {
  if (!impl_->bound) return invalid_argument("HttpServer::serve: bind() first");
  impl_->serving.store(true);
  if (!impl_->stopping.load()) impl_->http.listen_after_bind();
  impl_->served.store(true);
  return Status::Ok();
}

void HttpServer::stop() {
  impl_->stopping.store(true);
  // httplib's stop() only acts on a running server: wait for serve() to get there (or end).
  if (impl_->serving.load()) {
    while (!impl_->http.is_running() && !impl_->served.load()) std::this_thread::yield();
  }
  impl_->http.stop();
}

}  // namespace mlxla::server
