// Test helper: `mlxla serve` as a child process on a free loopback port (--port 0; the bound
// port is read from its stderr), stopped with SIGTERM; plus small HTTP/SSE helpers.
#pragma once

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "support/test_support.h"

namespace mlxla::testing {

class ServeProcess {
 public:
  /// Starts `mlxla serve --port 0 <args...>`, waits (bounded) for "listening on". port() is 0
  /// when the server did not come up; log() then says why.
  explicit ServeProcess(const std::vector<std::string>& args) : scratch_("serve") {
    log_path_ = (scratch_ / "serve.log").string();
    std::vector<std::string> argv = {MLXLA_CLI_PATH, "serve", "--port", "0", "--host", "127.0.0.1"};
    argv.insert(argv.end(), args.begin(), args.end());
    pid_ = fork();
    if (pid_ == 0) {
      const int fd = open(log_path_.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
      dup2(fd, 2);
      dup2(fd, 1);
      std::vector<char*> raw;
      for (std::string& a : argv) raw.push_back(a.data());
      raw.push_back(nullptr);
      execv(raw[0], raw.data());
      _exit(127);
    }
    // No <regex> here: it costs every server test tens of seconds of compile time under ASan.
    const std::string listening = "listening on http://127.0.0.1:";
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(120);
    while (std::chrono::steady_clock::now() < deadline) {
      const std::string text = log();
      const size_t at = text.find(listening);
      if (at != std::string::npos) {
        size_t end = at + listening.size();
        int port = 0;
        while (end < text.size() && text[end] >= '0' && text[end] <= '9' && port < 65536)
          port = port * 10 + (text[end++] - '0');
        // The digits end at a character already written (the line may still be arriving).
        if (end > at + listening.size() && end < text.size() && port > 0 && port < 65536) {
          port_ = port;
          return;
        }
      }
      int status = 0;
      if (waitpid(pid_, &status, WNOHANG) == pid_) {
        pid_ = -1;
        return;
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
  }

  ~ServeProcess() {
    if (pid_ > 0) {
      kill(pid_, SIGKILL);
      waitpid(pid_, nullptr, 0);
    }
  }

  int port() const { return port_; }
  pid_t pid() const { return pid_; }
  std::string log() const {
    std::FILE* f = std::fopen(log_path_.c_str(), "rb");
    if (f == nullptr) return {};
    std::string text;
    char buf[4096];
    size_t n = 0;
    while ((n = std::fread(buf, 1, sizeof(buf), f)) > 0) text.append(buf, n);
    std::fclose(f);
    return text;
  }

  /// Sends `sig` and waits (bounded) for the exit; the exit code, or 128+signal, or -1 on timeout.
  int stop(int sig = SIGTERM) {
    if (pid_ <= 0) return -1;
    kill(pid_, sig);
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(30);
    while (std::chrono::steady_clock::now() < deadline) {
      int status = 0;
      if (waitpid(pid_, &status, WNOHANG) == pid_) {
        pid_ = -1;
        return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    return -1;
  }

 private:
  ScratchDir scratch_;
  std::string log_path_;
  pid_t pid_ = -1;
  int port_ = 0;
};

/// A connected loopback socket (read timeout 120 s), or -1.
inline int connect_loopback(int port) {
  const int fd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(static_cast<uint16_t>(port));
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof(addr)) != 0) {
    close(fd);
    return -1;
  }
  const timeval limit{120, 0};
  setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &limit, sizeof(limit));
  return fd;
}

inline bool send_all(int fd, const std::string& data) {
  size_t done = 0;
  while (done < data.size()) {
    const ssize_t n = send(fd, data.data() + done, data.size() - done, MSG_NOSIGNAL);
    if (n <= 0) return false;
    done += static_cast<size_t>(n);
  }
  return true;
}

struct HttpReply {
  int status = 0;  ///< 0: no answer
  std::string head;
  std::string body;  ///< de-chunked
};

/// One request on its own connection (Connection: close), read to the end.
inline HttpReply http_request(int port, const std::string& method, const std::string& path,
                              const std::string& body, const std::string& extra_headers = "",
                              bool with_length = true) {
  HttpReply reply;
  const int fd = connect_loopback(port);
  if (fd < 0) return reply;
  std::string request =
      method + " " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n" + extra_headers;
  if (with_length)
    request +=
        "Content-Type: application/json\r\nContent-Length: " + std::to_string(body.size()) + "\r\n";
  request += "\r\n" + body;
  send_all(fd, request);
  std::string raw;
  char buf[16384];
  ssize_t n = 0;
  while ((n = recv(fd, buf, sizeof(buf), 0)) > 0) raw.append(buf, static_cast<size_t>(n));
  close(fd);
  const size_t head_end = raw.find("\r\n\r\n");
  if (head_end == std::string::npos || raw.size() < 12) return reply;
  reply.status = std::atoi(raw.c_str() + 9);
  reply.head = raw.substr(0, head_end);
  std::string rest = raw.substr(head_end + 4);
  if (reply.head.find("Transfer-Encoding: chunked") == std::string::npos) {
    reply.body = rest;
    return reply;
  }
  size_t pos = 0;
  while (pos < rest.size()) {
    const size_t line = rest.find("\r\n", pos);
    if (line == std::string::npos) break;
    const size_t size = std::stoul(rest.substr(pos, line - pos), nullptr, 16);
    if (size == 0) break;
    reply.body += rest.substr(line + 2, size);
    pos = line + 2 + size + 2;
  }
  return reply;
}

inline HttpReply post_json(int port, const std::string& path, const nlohmann::json& body,
                           const std::string& extra_headers = "") {
  return http_request(port, "POST", path, body.dump(), extra_headers);
}

/// The JSON payloads of an SSE body ("data: {...}" lines), and whether it ended with [DONE].
struct SseBody {
  std::vector<nlohmann::json> events;
  bool done = false;
  bool malformed = false;
};

inline SseBody parse_sse(const std::string& body) {
  SseBody out;
  size_t pos = 0;
  while (pos < body.size()) {
    const size_t end = body.find("\n\n", pos);
    if (end == std::string::npos) {
      out.malformed = true;
      break;
    }
    const std::string event = body.substr(pos, end - pos);
    pos = end + 2;
    if (event.rfind(":", 0) == 0) continue;  // a comment (keep-alive)
    if (event.rfind("data: ", 0) != 0 || out.done) {
      out.malformed = true;
      continue;
    }
    const std::string data = event.substr(6);
    if (data == "[DONE]") {
      out.done = true;
      continue;
    }
    auto j = nlohmann::json::parse(data, nullptr, false);
    if (j.is_discarded())
      out.malformed = true;
    else
      out.events.push_back(std::move(j));
  }
  return out;
}

/// The Prometheus sample `name` (with its labels, exactly as printed) or nullopt.
inline std::optional<double> metric(const std::string& text, const std::string& name) {
  const std::string key = "\n" + name + " ";
  const size_t at = ("\n" + text).find(key);
  if (at == std::string::npos) return std::nullopt;
  return std::stod(text.substr(at + key.size() - 1));
}

}  // namespace mlxla::testing
