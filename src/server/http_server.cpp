// HttpServer (see http_server.h) on cpp-httplib. Connections and request framing are ours
// (http_connections.h, http_framing.h): httplib 0.11 reads a request on the thread that serves
// it, with no bound on a chunked or EOF-delimited body, none on header count, and no deadline
// for the whole request, so a slow client held a thread and a large body held memory. Here a
// subclass of httplib::Server takes each accepted socket from httplib's accept loop, our reader
// frames the request within limits and deadlines, and a worker hands httplib the complete,
// re-serialised request to parse, route and answer. httplib still owns routing, response
// writing (fixed or chunked) and keep-alive headers; this file adds 405 for known paths, an
// OpenAI error body for every error status, and the access log.
#include "server/http_server.h"

#include <arpa/inet.h>
#include <httplib.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstring>
#include <regex>
#include <thread>

namespace mlxla::server {
namespace {

std::string lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
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
  if (in.progress) {
    out.connection_open = [probe = in.progress] { return probe(0, 0); };
  }
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
        // Checked before every poll of the provider, so a stream whose client left is cancelled
        // within one poll interval, also while its request is still queued or prefilling.
        if (!sink.is_writable()) return false;
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

/// httplib's accept loop calls the task queue on its own thread; handing the socket to the
/// reader takes no time, so it runs right there.
class InlineTaskQueue final : public httplib::TaskQueue {
 public:
  void enqueue(std::function<void()> fn) override { fn(); }
  void shutdown() override {}
};

/// What httplib parses and answers through: the framed request from memory, the response to the
/// connection's socket (with a write deadline).
class RequestStream final : public httplib::Stream {
 public:
  RequestStream(const Connection& conn, std::chrono::milliseconds write_timeout)
      : conn_(conn), request_(conn.framer.normalized()), write_timeout_(write_timeout) {}

  bool is_readable() const override { return offset_ < request_.size(); }
  /// Writable within the write timeout, and the client has not gone away.
  bool is_writable() const override {
    if (failed_) return false;
    pollfd p{conn_.fd, POLLOUT, 0};
    const int ready = ::poll(&p, 1, static_cast<int>(write_timeout_.count()));
    if (ready <= 0 || (p.revents & (POLLERR | POLLHUP | POLLNVAL)) != 0) return false;
    return ConnectionManager::peer_open(conn_.fd);
  }
  ssize_t read(char* ptr, size_t size) override {
    const size_t n = std::min(size, request_.size() - offset_);
    std::memcpy(ptr, request_.data() + offset_, n);
    offset_ += n;
    return static_cast<ssize_t>(n);
  }
  ssize_t write(const char* ptr, size_t size) override {
    size_t done = 0;
    while (!failed_ && done < size) {
      const ssize_t n = ::send(conn_.fd, ptr + done, size - done, MSG_NOSIGNAL | MSG_DONTWAIT);
      if (n > 0) {
        done += static_cast<size_t>(n);
        continue;
      }
      if (n < 0 && errno == EINTR) continue;
      if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
        pollfd p{conn_.fd, POLLOUT, 0};
        if (::poll(&p, 1, static_cast<int>(write_timeout_.count())) > 0) continue;
      }
      failed_ = true;  // the client left or stopped reading for the whole write timeout
    }
    return failed_ ? -1 : static_cast<ssize_t>(size);
  }
  void get_remote_ip_and_port(std::string& ip, int& port) const override {
    ip = conn_.remote;
    port = conn_.remote_port;
  }
  void get_local_ip_and_port(std::string& ip, int& port) const override {
    sockaddr_storage addr{};
    socklen_t len = sizeof(addr);
    ip.clear();
    port = 0;
    if (::getsockname(conn_.fd, reinterpret_cast<sockaddr*>(&addr), &len) != 0) return;
    char text[64] = {};
    if (addr.ss_family == AF_INET) {
      const auto* in = reinterpret_cast<const sockaddr_in*>(&addr);
      ::inet_ntop(AF_INET, &in->sin_addr, text, sizeof(text));
      port = ntohs(in->sin_port);
    } else if (addr.ss_family == AF_INET6) {
      const auto* in6 = reinterpret_cast<const sockaddr_in6*>(&addr);
      ::inet_ntop(AF_INET6, &in6->sin6_addr, text, sizeof(text));
      port = ntohs(in6->sin6_port);
    }
    ip = text;
  }
  socket_t socket() const override { return conn_.fd; }
  bool failed() const { return failed_; }

 private:
  const Connection& conn_;
  const std::string& request_;
  std::chrono::milliseconds write_timeout_;
  size_t offset_ = 0;
  bool failed_ = false;
};

const char* reason_phrase(int status) {
  switch (status) {
    case 400:
      return "Bad Request";
    case 408:
      return "Request Timeout";
    case 413:
      return "Payload Too Large";
    case 414:
      return "URI Too Long";
    case 415:
      return "Unsupported Media Type";
    case 417:
      return "Expectation Failed";
    case 431:
      return "Request Header Fields Too Large";
    case 501:
      return "Not Implemented";
    case 503:
      return "Service Unavailable";
    case 505:
      return "HTTP Version Not Supported";
    default:
      return "Error";
  }
}

}  // namespace

std::string HttpRequest::header(const std::string& name) const {
  auto it = headers.find(name);
  return it == headers.end() ? std::string() : it->second;
}

std::string escape_log_field(std::string_view text) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out;
  out.reserve(text.size());
  for (const char ch : text) {
    const auto c = static_cast<unsigned char>(ch);
    if (c < 0x20 || c >= 0x7f || c == '"' || c == '\\') {
      out += "\\x";
      out += kHex[c >> 4];
      out += kHex[c & 15];
    } else {
      out += ch;
    }
  }
  return out;
}

bool constant_time_equal(std::string_view a, std::string_view b) {
  // The length is not secret (a key's length shows in many ways); the bytes are. Every byte of
  // `b` is read whatever `a` holds, and differences are OR-ed, never branched on.
  const size_t n = b.size();
  unsigned char diff = a.size() == n ? 0 : 1;
  for (size_t i = 0; i < n; ++i) {
    const unsigned char x = i < a.size() ? static_cast<unsigned char>(a[i]) : 0;
    diff |= static_cast<unsigned char>(x ^ static_cast<unsigned char>(b[i]));
  }
  return diff == 0;
}

/// httplib::Server with our connection handling in front: its accept loop hands every socket to
/// the ConnectionManager (process_and_close_socket is virtual for this), and workers call
/// process_request with the framed request.
class HttpServer::Listener final : public httplib::Server, public ConnectionHandler {
 public:
  Listener(HttpServer::Impl& impl, ConnectionOptions options,
           std::chrono::milliseconds write_timeout)
      : impl_(impl),
        light_write_timeout_(std::min(write_timeout, options.light_write_timeout)),
        connections_(std::move(options), *this),
        write_timeout_(write_timeout) {}

  /// Sockets of the accept loop; a deeper backlog than httplib's 5 for bursts of connections.
  bool widen_backlog() { return ::listen(svr_sock_, SOMAXCONN) == 0; }
  ConnectionManager& connections() { return connections_; }

  bool serve(Connection& conn, bool last) override {
    RequestStream stream(
        conn, is_light_method(conn.framer.method()) ? light_write_timeout_ : write_timeout_);
    bool closed = false;
    const int fd = conn.fd;
    const bool ok = process_request(stream, last, closed, [fd](httplib::Request& req) {
      // httplib 0.11's server Request has no slot of its own for this; `progress` is client-only.
      req.progress = [fd](uint64_t, uint64_t) { return ConnectionManager::peer_open(fd); };
    });
    return ok && !closed && !stream.failed();
  }
  std::string refuse(const Connection& conn, const FramingError& error) override;

 private:
  bool process_and_close_socket(socket_t sock) override {
    connections_.add(sock);
    return true;
  }

  HttpServer::Impl& impl_;
  std::chrono::milliseconds light_write_timeout_;
  ConnectionManager connections_;
  std::chrono::milliseconds write_timeout_;
};

struct HttpServer::Impl {
  HttpServerOptions options;
  std::unique_ptr<Listener> listener;
  std::map<std::string, std::map<std::string, Handler>> routes;  // path -> method -> handler
  std::function<bool(const HttpRequest&, HttpResponse&)> guard;
  std::function<void(const HttpRequest&, HttpResponse&)> decorator;
  /// The decorator's headers added to a response httplib already holds.
  void decorate(const httplib::Request& req, httplib::Response& res) const {
    if (!decorator) return;
    HttpResponse extra;
    decorator(adapt(req), extra);
    for (auto& [name, value] : extra.headers) res.set_header(name, value);
  }
  ErrorBody error_body;
  Logger logger;
  bool bound = false;
  std::atomic<bool> stopping{false};
  std::atomic<bool> serving{false};
  std::atomic<bool> served{false};

  httplib::Server& http() { return *listener; }
  void log(AccessLogEntry entry) const {
    if (!logger) return;
    entry.method = escape_log_field(entry.method);
    entry.path = escape_log_field(entry.path);
    entry.remote = escape_log_field(entry.remote);
    logger(entry);
  }
  HttpResponse error_response(int status, const std::string& message) const {
    HttpResponse ours;
    ours.status = status;
    if (error_body)
      error_body(status, message, ours);
    else
      ours.body = message;
    return ours;
  }
  void error(int status, const std::string& message, httplib::Response& res) const {
    res.headers.clear();
    emit(error_response(status, message), res);
  }
  /// The message for a status httplib set without a body.
  static std::string describe(int status, const httplib::Request& req, size_t max_body) {
    switch (status) {
      case 404:
        return "unknown route: " + req.method + " " + req.path;
      case 413:
        return "the request body is larger than " + std::to_string(max_body) + " bytes";
      case 414:
        return "the request target is too long";
      default:
        return "malformed HTTP request (" + std::to_string(status) + ")";
    }
  }
};

std::string HttpServer::Listener::refuse(const Connection& conn, const FramingError& error) {
  const HttpResponse ours = impl_.error_response(error.status, error.message);
  std::string out =
      "HTTP/1.1 " + std::to_string(error.status) + " " + reason_phrase(error.status) + "\r\n";
  out += "Content-Type: " + ours.content_type + "\r\n";
  out += "Content-Length: " + std::to_string(ours.body.size()) + "\r\n";
  out += "Connection: close\r\n\r\n";
  out += ours.body;
  const std::string& method = conn.framer.method();
  const std::string& target = conn.framer.target();
  impl_.log(AccessLogEntry{method.empty() ? "-" : method, target.empty() ? "-" : target,
                           conn.remote, error.status, conn.framer.consumed_bytes(), false});
  return out;
}

HttpServer::HttpServer(HttpServerOptions options) : impl_(std::make_unique<Impl>()) {
  Impl* impl = impl_.get();
  impl->options = options;
  ConnectionOptions connections = options.connections;
  connections.limits.max_body_bytes = options.max_body_bytes;
  connections.workers = std::max(1, options.threads);
  connections.idle_timeout = std::chrono::seconds(std::max(1, options.idle_timeout_seconds));
  impl->listener = std::make_unique<Listener>(
      *impl, connections, std::chrono::seconds(std::max(1, options.write_timeout_seconds)));
  httplib::Server& http = impl->http();
  http.new_task_queue = [] { return new InlineTaskQueue(); };
  http.set_payload_max_length(options.max_body_bytes);
  http.set_keep_alive_timeout(options.idle_timeout_seconds);
  http.set_keep_alive_max_count(connections.max_requests_per_connection);
  http.set_tcp_nodelay(true);
  http.set_pre_routing_handler([impl](const httplib::Request& req, httplib::Response& res) {
    if (!impl->guard) return httplib::Server::HandlerResponse::Unhandled;
    HttpResponse ours;
    const HttpRequest request = adapt(req);
    if (!impl->guard(request, ours)) return httplib::Server::HandlerResponse::Unhandled;
    if (impl->decorator) impl->decorator(request, ours);
    emit(std::move(ours), res);
    return httplib::Server::HandlerResponse::Handled;
  });
  // Runs for every status >= 400; answers only those nobody has written a body for.
  http.set_error_handler(httplib::Server::HandlerWithResponse(
      [impl](const httplib::Request& req, httplib::Response& res) {
        if (!res.body.empty() || res.is_chunked_content_provider_)
          return httplib::Server::HandlerResponse::Unhandled;
        impl->error(res.status, Impl::describe(res.status, req, impl->options.max_body_bytes), res);
        impl->decorate(req, res);
        return httplib::Server::HandlerResponse::Handled;
      }));
  http.set_exception_handler(
      [impl](const httplib::Request&, httplib::Response& res, std::exception_ptr ep) {
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
    impl->log(AccessLogEntry{req.method, req.path, req.remote_addr, res.status, req.body.size(),
                             res.is_chunked_content_provider_});
  });
}

HttpServer::~HttpServer() {
  stop();
}

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
      const HttpRequest request = adapt(req);
      it->second(request, ours);
      if (impl->decorator) impl->decorator(request, ours);
      emit(std::move(ours), res);
      return;
    }
    std::string allow;
    for (const auto& [m, unused] : routed) allow += (allow.empty() ? "" : ", ") + m;
    impl->error(405,
                "method " + req.method + " is not allowed on " + path + " (allowed: " + allow + ")",
                res);
    res.set_header("Allow", allow);
    impl->decorate(req, res);
  };
  const std::string pattern = literal_pattern(path);
  impl->http().Get(pattern, dispatch);
  impl->http().Post(pattern, dispatch);
  impl->http().Put(pattern, dispatch);
  impl->http().Patch(pattern, dispatch);
  impl->http().Delete(pattern, dispatch);
  impl->http().Options(pattern, dispatch);
}

void HttpServer::set_decorator(std::function<void(const HttpRequest&, HttpResponse&)> decorator) {
  impl_->decorator = std::move(decorator);
}

void HttpServer::set_guard(std::function<bool(const HttpRequest&, HttpResponse&)> guard) {
  impl_->guard = std::move(guard);
}
void HttpServer::set_error_body(ErrorBody error_body) {
  impl_->error_body = std::move(error_body);
}
void HttpServer::set_logger(Logger logger) {
  impl_->logger = std::move(logger);
}

Result<int> HttpServer::bind(const std::string& host, int port) {
  if (port < 0 || port > 65535)
    return invalid_argument("--port: " + std::to_string(port) + " is not a TCP port");
  errno = 0;
  httplib::Server& http = impl_->http();
  const int bound =
      port == 0 ? http.bind_to_any_port(host) : (http.bind_to_port(host, port) ? port : -1);
  if (bound <= 0) {
    const int err = errno;
    return io_error(
        "cannot listen on " + host + ":" + std::to_string(port) +
        (err != 0 ? std::string(": ") + std::strerror(err) : std::string(": address not usable")));
  }
  impl_->listener->widen_backlog();
  impl_->bound = true;
  return bound;
}

Status HttpServer::serve() {
  if (!impl_->bound) return invalid_argument("HttpServer::serve: bind() first");
  if (Status started = impl_->listener->connections().start(); !started.ok()) return started;
  impl_->serving.store(true);
  if (!impl_->stopping.load()) impl_->http().listen_after_bind();
  // The accept loop has ended: close idle connections, let the workers finish their responses.
  impl_->listener->connections().stop();
  impl_->served.store(true);
  return Status::Ok();
}

void HttpServer::stop() {
  impl_->stopping.store(true);
  // httplib's stop() only acts on a running server: wait for serve() to get there (or end).
  if (impl_->serving.load()) {
    while (!impl_->http().is_running() && !impl_->served.load()) std::this_thread::yield();
  }
  impl_->http().stop();
}

}  // namespace mlxla::server
