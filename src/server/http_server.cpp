// HttpServer (see http_server.h). Each connection thread reads a request head (up to the blank
// line), the body by Content-Length, dispatches, writes the response and loops while the client
// keeps the connection alive. MSG_NOSIGNAL keeps a vanished client from raising SIGPIPE.
#include "server/http_server.h"

#include <arpa/inet.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <condition_variable>
#include <cstring>
#include <mutex>
#include <set>
#include <thread>

namespace mlxla::server {
namespace {

const char* reason_phrase(int status) {
  switch (status) {
    case 200: return "OK";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 411: return "Length Required";
    case 413: return "Payload Too Large";
    case 431: return "Request Header Fields Too Large";
    case 500: return "Internal Server Error";
    case 503: return "Service Unavailable";
    default: return "Status";
  }
}

bool write_all(int fd, std::string_view data) {
  while (!data.empty()) {
    const ssize_t n = ::send(fd, data.data(), data.size(), MSG_NOSIGNAL);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    data.remove_prefix(static_cast<size_t>(n));
  }
  return true;
}

std::string lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return s;
}

std::string trim(const std::string& s) {
  const size_t a = s.find_first_not_of(" \t");
  if (a == std::string::npos) return {};
  return s.substr(a, s.find_last_not_of(" \t") - a + 1);
}

class ChunkedSink final : public StreamSink {
 public:
  explicit ChunkedSink(int fd) : fd_(fd) {}
  bool write(std::string_view data) override {
    if (!ok_) return false;
    if (data.empty()) return true;
    char size[32];
    std::snprintf(size, sizeof(size), "%zx\r\n", data.size());
    ok_ = write_all(fd_, size) && write_all(fd_, data) && write_all(fd_, "\r\n");
    return ok_;
  }
  bool ok() const { return ok_; }

 private:
  int fd_;
  bool ok_ = true;
};

}  // namespace

std::string HttpRequest::header(const std::string& name) const {
  auto it = headers.find(name);
  return it == headers.end() ? std::string() : it->second;
}

struct HttpServer::Impl {
  HttpServerOptions options;
  std::map<std::string, std::map<std::string, Handler>> routes;  // path -> method -> handler
  std::function<bool(const HttpRequest&, HttpResponse&)> guard;
  ErrorBody error_body;
  Logger logger;
  int listen_fd = -1;
  std::atomic<bool> stopping{false};
  std::mutex mutex;  // guards connections, active
  std::condition_variable ended;
  std::set<int> connections;
  int active = 0;

  void error(int status, const std::string& message, HttpResponse& res) const {
    res = HttpResponse{};
    res.status = status;
    if (error_body) error_body(status, message, res);
    else res.body = message;
  }
  void connection(int fd, std::string remote);
  /// Reads one request; false when the connection should close without an answer. On a
  /// protocol error `res` is filled and `fatal` set.
  bool read_request(int fd, std::string& buffer, HttpRequest& req, HttpResponse& res, bool& fatal,
                    bool& keep_alive) const;
  void dispatch(const HttpRequest& req, HttpResponse& res) const;
  bool respond(int fd, const HttpRequest& req, HttpResponse& res, bool keep_alive) const;
};

bool HttpServer::Impl::read_request(int fd, std::string& buffer, HttpRequest& req, HttpResponse& res, bool& fatal,
                                    bool& keep_alive) const {
  char chunk[16384];
  size_t head_end = std::string::npos;
  while ((head_end = buffer.find("\r\n\r\n")) == std::string::npos) {
    if (buffer.size() > options.max_header_bytes) {
      fatal = true;
      error(431, "the request head is larger than " + std::to_string(options.max_header_bytes) + " bytes", res);
      return true;
    }
    const ssize_t n = ::recv(fd, chunk, sizeof(chunk), 0);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;  // closed, idle timeout, or stop()
    buffer.append(chunk, static_cast<size_t>(n));
  }
  const std::string head = buffer.substr(0, head_end);
  buffer.erase(0, head_end + 4);
  size_t line_end = head.find("\r\n");
  const std::string request_line = head.substr(0, line_end);
  const size_t sp1 = request_line.find(' ');
  const size_t sp2 = request_line.rfind(' ');
  if (sp1 == std::string::npos || sp2 == sp1 || request_line.compare(sp2 + 1, 7, "HTTP/1.") != 0) {
    fatal = true;
    error(400, "malformed request line", res);
    return true;
  }
  req.method = request_line.substr(0, sp1);
  const std::string target = request_line.substr(sp1 + 1, sp2 - sp1 - 1);
  req.path = target.substr(0, target.find('?'));
  const bool http10 = request_line.compare(sp2 + 1, 8, "HTTP/1.0") == 0;
  while (line_end != std::string::npos) {
    const size_t next = head.find("\r\n", line_end + 2);
    const std::string line = head.substr(line_end + 2, next == std::string::npos ? std::string::npos : next - line_end - 2);
    line_end = next;
    const size_t colon = line.find(':');
    if (colon == std::string::npos) {
      fatal = true;
      error(400, "malformed header line", res);
      return true;
    }
    req.headers[lower(trim(line.substr(0, colon)))] = trim(line.substr(colon + 1));
  }
  const std::string connection = lower(req.header("connection"));
  keep_alive = http10 ? connection == "keep-alive" : connection != "close";
  if (!req.header("transfer-encoding").empty()) {
    fatal = true;
    error(411, "chunked request bodies are not supported; send Content-Length", res);
    return true;
  }
  size_t length = 0;
  const std::string cl = req.header("content-length");
  if (!cl.empty()) {
    if (cl.size() > 18 || cl.find_first_not_of("0123456789") != std::string::npos) {
      fatal = true;
      error(400, "invalid Content-Length", res);
      return true;
    }
    length = std::stoull(cl);
  }
  if (length > options.max_body_bytes) {
    fatal = true;  // the body is not read, so the connection cannot be reused
    error(413, "the request body is larger than " + std::to_string(options.max_body_bytes) + " bytes", res);
    return true;
  }
  while (buffer.size() < length) {
    const ssize_t n = ::recv(fd, chunk, sizeof(chunk), 0);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    buffer.append(chunk, static_cast<size_t>(n));
  }
  req.body = buffer.substr(0, length);
  buffer.erase(0, length);
  return true;
}

void HttpServer::Impl::dispatch(const HttpRequest& req, HttpResponse& res) const {
  if (guard && guard(req, res)) return;
  auto path = routes.find(req.path);
  if (path == routes.end()) return error(404, "unknown route: " + req.method + " " + req.path, res);
  auto handler = path->second.find(req.method);
  if (handler == path->second.end()) {
    std::string allow;
    for (const auto& [method, unused] : path->second) allow += (allow.empty() ? "" : ", ") + method;
    error(405, "method " + req.method + " is not allowed on " + req.path + " (allowed: " + allow + ")", res);
    res.headers.emplace_back("Allow", allow);
    return;
  }
  handler->second(req, res);
}

bool HttpServer::Impl::respond(int fd, const HttpRequest& req, HttpResponse& res, bool keep_alive) const {
  std::string head = "HTTP/1.1 " + std::to_string(res.status) + " " + reason_phrase(res.status) + "\r\n";
  head += "Content-Type: " + res.content_type + "\r\n";
  for (const auto& [name, value] : res.headers) head += name + ": " + value + "\r\n";
  head += keep_alive ? "Connection: keep-alive\r\n" : "Connection: close\r\n";
  bool ok = true;
  if (res.provider) {
    head += "Transfer-Encoding: chunked\r\n\r\n";
    ChunkedSink sink(fd);
    bool completed = write_all(fd, head);
    if (completed) {
      while (res.provider(sink)) {
      }
      completed = sink.ok() && write_all(fd, "0\r\n\r\n");
    }
    if (res.on_close) res.on_close(completed);
    ok = completed;
  } else {
    head += "Content-Length: " + std::to_string(res.body.size()) + "\r\n\r\n";
    ok = write_all(fd, head) && write_all(fd, res.body);
  }
  if (logger) logger(req, res);
  return ok;
}

void HttpServer::Impl::connection(int fd, std::string remote) {
  const timeval idle{options.idle_timeout_seconds, 0};
  setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &idle, sizeof(idle));
  const timeval send_limit{30, 0};  // a client that stops reading is dropped
  setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &send_limit, sizeof(send_limit));
  const int one = 1;
  setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof(one));
  std::string buffer;
  while (!stopping.load()) {
    HttpRequest req;
    req.remote = remote;
    HttpResponse res;
    bool fatal = false;
    bool keep_alive = false;
    if (!read_request(fd, buffer, req, res, fatal, keep_alive)) break;
    if (!fatal) dispatch(req, res);
    if (!respond(fd, req, res, keep_alive && !fatal) || fatal || !keep_alive) break;
  }
  ::close(fd);
  std::lock_guard lock(mutex);
  connections.erase(fd);
  --active;
  ended.notify_all();
}

HttpServer::HttpServer(HttpServerOptions options) : impl_(std::make_unique<Impl>()) { impl_->options = options; }

HttpServer::~HttpServer() {
  stop();
  if (impl_->listen_fd >= 0) ::close(impl_->listen_fd);
}

void HttpServer::route(const std::string& method, const std::string& path, Handler handler) {
  impl_->routes[path][method] = std::move(handler);
}
void HttpServer::set_guard(std::function<bool(const HttpRequest&, HttpResponse&)> guard) {
  impl_->guard = std::move(guard);
}
void HttpServer::set_error_body(ErrorBody error_body) { impl_->error_body = std::move(error_body); }
void HttpServer::set_logger(Logger logger) { impl_->logger = std::move(logger); }

Result<int> HttpServer::bind(const std::string& host, int port) {
  addrinfo hints{};
  hints.ai_family = AF_UNSPEC;
  hints.ai_socktype = SOCK_STREAM;
  hints.ai_flags = AI_PASSIVE | AI_NUMERICSERV;
  addrinfo* found = nullptr;
  if (getaddrinfo(host.c_str(), std::to_string(port).c_str(), &hints, &found) != 0 || found == nullptr) {
    return invalid_argument("--host: cannot resolve '" + host + "'");
  }
  std::string last_error = "no address";
  for (addrinfo* a = found; a != nullptr; a = a->ai_next) {
    const int fd = ::socket(a->ai_family, a->ai_socktype | SOCK_CLOEXEC, a->ai_protocol);
    if (fd < 0) continue;
    const int one = 1;
    setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one));
    if (::bind(fd, a->ai_addr, a->ai_addrlen) == 0 && ::listen(fd, 128) == 0) {
      sockaddr_storage bound{};
      socklen_t len = sizeof(bound);
      getsockname(fd, reinterpret_cast<sockaddr*>(&bound), &len);
      const int bound_port = bound.ss_family == AF_INET6 ? ntohs(reinterpret_cast<sockaddr_in6*>(&bound)->sin6_port)
                                                         : ntohs(reinterpret_cast<sockaddr_in*>(&bound)->sin_port);
      freeaddrinfo(found);
      impl_->listen_fd = fd;
      return bound_port;
    }
    last_error = std::strerror(errno);
    ::close(fd);
  }
  freeaddrinfo(found);
  return io_error("cannot listen on " + host + ":" + std::to_string(port) + ": " + last_error);
}

Status HttpServer::serve() {
  if (impl_->listen_fd < 0) return invalid_argument("HttpServer::serve: bind() first");
  while (!impl_->stopping.load()) {
    sockaddr_storage peer{};
    socklen_t len = sizeof(peer);
    const int fd = ::accept4(impl_->listen_fd, reinterpret_cast<sockaddr*>(&peer), &len, SOCK_CLOEXEC);
    if (fd < 0) {
      if (errno == EINTR || errno == ECONNABORTED) continue;
      break;  // stop() shut the socket down
    }
    char address[INET6_ADDRSTRLEN] = "?";
    if (peer.ss_family == AF_INET) {
      inet_ntop(AF_INET, &reinterpret_cast<sockaddr_in*>(&peer)->sin_addr, address, sizeof(address));
    } else if (peer.ss_family == AF_INET6) {
      inet_ntop(AF_INET6, &reinterpret_cast<sockaddr_in6*>(&peer)->sin6_addr, address, sizeof(address));
    }
    std::unique_lock lock(impl_->mutex);
    if (impl_->active >= impl_->options.max_connections || impl_->stopping.load()) {
      lock.unlock();
      HttpResponse res;
      impl_->error(503, "too many connections", res);
      write_all(fd, "HTTP/1.1 503 Service Unavailable\r\nContent-Type: application/json\r\nConnection: close\r\n"
                    "Content-Length: " + std::to_string(res.body.size()) + "\r\n\r\n" + res.body);
      ::close(fd);
      continue;
    }
    ++impl_->active;
    impl_->connections.insert(fd);
    lock.unlock();
    std::thread([impl = impl_.get(), fd, remote = std::string(address)] { impl->connection(fd, remote); }).detach();
  }
  std::unique_lock lock(impl_->mutex);
  impl_->ended.wait(lock, [&] { return impl_->active == 0; });
  return Status::Ok();
}

void HttpServer::stop() {
  impl_->stopping.store(true);
  if (impl_->listen_fd >= 0) ::shutdown(impl_->listen_fd, SHUT_RDWR);
  std::lock_guard lock(impl_->mutex);
  for (int fd : impl_->connections) ::shutdown(fd, SHUT_RD);  // wakes connections waiting for a request
}

}  // namespace mlxla::server
