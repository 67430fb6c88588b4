// Test helper: raw-socket HTTP clients on 127.0.0.1 for hostile-client tests, where every read
// has a deadline (a server that hangs fails the test instead of hanging it), plus slow clients
// that stop by themselves and a /health prober.
#pragma once

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <thread>
#include <vector>

namespace mlxla::testing {

using RawClock = std::chrono::steady_clock;

/// A loopback TCP connection, closed when the object dies.
class RawConnection {
 public:
  explicit RawConnection(int port) {
    fd_ = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(static_cast<uint16_t>(port));
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::connect(fd_, reinterpret_cast<sockaddr*>(&addr), sizeof(addr)) != 0) {
      ::close(fd_);
      fd_ = -1;
    }
  }
  ~RawConnection() { close(); }
  RawConnection(const RawConnection&) = delete;
  RawConnection& operator=(const RawConnection&) = delete;
  RawConnection(RawConnection&& other) noexcept : fd_(other.fd_) { other.fd_ = -1; }

  bool ok() const { return fd_ >= 0; }
  int fd() const { return fd_; }
  void close() {
    if (fd_ >= 0) ::close(fd_);
    fd_ = -1;
  }

  /// Sends everything, or stops at the first failure (the server closed or reset).
  bool send(const std::string& data) {
    size_t done = 0;
    while (done < data.size()) {
      const ssize_t n = ::send(fd_, data.data() + done, data.size() - done, MSG_NOSIGNAL);
      if (n <= 0) return false;
      done += static_cast<size_t>(n);
    }
    return true;
  }

  /// Reads what arrives until `done(bytes)` says enough, the peer closes, or `timeout` passes.
  /// `closed` tells whether the server closed (or reset) the connection.
  template <typename Done>
  std::string read_until(Done done, std::chrono::milliseconds timeout, bool* closed = nullptr) {
    std::string got;
    const auto deadline = RawClock::now() + timeout;
    if (closed != nullptr) *closed = false;
    while (!done(got)) {
      const auto left =
          std::chrono::duration_cast<std::chrono::milliseconds>(deadline - RawClock::now());
      if (left.count() <= 0) break;
      pollfd p{fd_, POLLIN, 0};
      if (::poll(&p, 1, static_cast<int>(left.count())) <= 0) continue;
      char buf[16384];
      const ssize_t n = ::recv(fd_, buf, sizeof(buf), 0);
      if (n <= 0) {
        if (closed != nullptr) *closed = true;
        break;
      }
      got.append(buf, static_cast<size_t>(n));
    }
    return got;
  }

  /// Reads until the peer closes (or `timeout`); true when it closed.
  bool wait_closed(std::chrono::milliseconds timeout) {
    bool closed = false;
    read_until([](const std::string&) { return false; }, timeout, &closed);
    return closed;
  }

 private:
  int fd_ = -1;
};

/// The status of the first response in `raw` (0 when there is none).
inline int status_of(const std::string& raw) {
  if (raw.size() < 12 || raw.compare(0, 5, "HTTP/") != 0) return 0;
  return std::atoi(raw.c_str() + 9);
}

/// Whether `raw` holds a whole response with a Content-Length body.
inline bool response_complete(const std::string& raw) {
  const size_t end = raw.find("\r\n\r\n");
  if (end == std::string::npos) return false;
  const size_t at = raw.find("Content-Length: ");
  if (at == std::string::npos || at > end) return true;
  return raw.size() >= end + 4 + std::strtoull(raw.c_str() + at + 16, nullptr, 10);
}

/// The body of the first response (Content-Length framing).
inline std::string body_of(const std::string& raw) {
  const size_t end = raw.find("\r\n\r\n");
  return end == std::string::npos ? std::string() : raw.substr(end + 4);
}

/// Counts the responses (status lines) in `raw`.
inline int response_count(const std::string& raw) {
  int count = 0;
  for (size_t at = raw.find("HTTP/1.1 "); at != std::string::npos;
       at = raw.find("HTTP/1.1 ", at + 1))
    ++count;
  return count;
}

/// One request on a fresh connection; the raw response (empty when none came in `timeout`).
inline std::string raw_exchange(int port, const std::string& request,
                                std::chrono::milliseconds timeout = std::chrono::seconds(10)) {
  RawConnection conn(port);
  if (!conn.ok() || !conn.send(request)) return {};
  return conn.read_until(response_complete, timeout);
}

/// Slowloris: connections that each send a request line, then a header one byte every
/// `interval`, never finishing it; they stop by themselves after `duration` (bounded loops,
/// loopback only). Against a server that reads requests on its worker threads (httplib 0.11),
/// 66 of them hold 64 workers and /health stops answering.
class SlowClients {
 public:
  SlowClients(int port, int count, std::chrono::milliseconds interval,
              std::chrono::milliseconds duration) {
    for (int i = 0; i < count; ++i) {
      conns_.emplace_back(port);
      if (conns_.back().ok() && conns_.back().send("POST /slow HTTP/1.1\r\nHost: x\r\n"))
        ++connected_;
    }
    thread_ = std::thread([this, interval, duration] {
      const std::string request = "X-Slow: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
      const auto end = RawClock::now() + duration;
      size_t sent = 0;
      while (RawClock::now() < end && !stop_.load()) {
        const char byte = request[std::min(sent, request.size() - 1)];
        for (RawConnection& c : conns_) {
          if (c.ok() && ::send(c.fd(), &byte, 1, MSG_NOSIGNAL | MSG_DONTWAIT) == 1) continue;
          if (c.ok()) dropped_.fetch_add(1);
          c.close();
        }
        ++sent;
        for (auto t = RawClock::now(); RawClock::now() - t < interval && !stop_.load();) {
          std::this_thread::sleep_for(std::chrono::milliseconds(20));
        }
      }
    });
  }
  ~SlowClients() {
    stop_.store(true);
    thread_.join();
  }
  int connected() const { return connected_; }
  int dropped() const { return dropped_.load(); }

 private:
  std::vector<RawConnection> conns_;
  int connected_ = 0;
  std::atomic<int> dropped_{0};
  std::atomic<bool> stop_{false};
  std::thread thread_;
};

/// GET /health on fresh connections every `every` for `duration`; counts answers (200 within
/// `each`) and misses.
struct HealthProbe {
  int answered = 0;
  int missed = 0;
  void run(int port, std::chrono::milliseconds every, std::chrono::milliseconds duration,
           std::chrono::milliseconds each = std::chrono::seconds(2)) {
    const auto end = RawClock::now() + duration;
    while (RawClock::now() < end) {
      const std::string raw =
          raw_exchange(port, "GET /health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", each);
      if (status_of(raw) == 200)
        ++answered;
      else
        ++missed;
      std::this_thread::sleep_for(every);
    }
  }
};

}  // namespace mlxla::testing
