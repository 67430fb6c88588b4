// HttpServer in-process on 127.0.0.1 against hostile raw-socket clients: bodies over the limit in
// every framing, oversized headers, slow clients past their deadlines, hundreds of slow
// connections with only 4 workers, a rejected request's body never read as a request, log
// fields escaped, a disconnect seen by the handler; /health answers throughout.
// ctest-labels: unit
#include "server/http_server.h"

#include <gtest/gtest.h>

#include <sys/resource.h>

#include <fstream>
#include <mutex>
#include <thread>

#include "server/raw_http.h"

namespace mlxla::server {
namespace {

using mlxla::testing::body_of;
using mlxla::testing::HealthProbe;
using mlxla::testing::raw_exchange;
using mlxla::testing::RawClock;
using mlxla::testing::RawConnection;
using mlxla::testing::response_complete;
using mlxla::testing::response_count;
using mlxla::testing::SlowClients;
using mlxla::testing::status_of;
using std::chrono::milliseconds;
using std::chrono::seconds;

/// Peak resident memory of this process, in MiB.
double peak_rss_mib() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return static_cast<double>(usage.ru_maxrss) / 1024.0;
}

/// An HttpServer with /health, POST /echo (answers the body's size), GET /wait (waits until
/// its client hangs up) and a guard that refuses /v1/*, served on a thread.
class TestServer {
 public:
  explicit TestServer(HttpServerOptions options) : http_(options) {
    http_.route("GET", "/health",
                [](const HttpRequest&, HttpResponse& res) { res.body = R"({"status":"ok"})"; });
    http_.route("POST", "/echo", [this](const HttpRequest& req, HttpResponse& res) {
      echoed_.fetch_add(1);
      res.body = std::to_string(req.body.size());
    });
    http_.route("GET", "/pwned", [this](const HttpRequest&, HttpResponse& res) {
      pwned_.fetch_add(1);
      res.body = "pwned";
    });
    http_.route("POST", "/block", [this](const HttpRequest&, HttpResponse& res) {
      const auto end = RawClock::now() + seconds(10);
      while (!release_.load() && RawClock::now() < end)
        std::this_thread::sleep_for(milliseconds(20));
      res.body = "released";
    });
    http_.route("GET", "/wait", [this](const HttpRequest& req, HttpResponse& res) {
      const auto end = RawClock::now() + seconds(10);
      while (req.client_connected() && RawClock::now() < end)
        std::this_thread::sleep_for(milliseconds(20));
      saw_disconnect_.store(!req.client_connected());
      res.body = "done";
    });
    http_.set_guard([](const HttpRequest& req, HttpResponse& res) {
      if (req.path.rfind("/v1/", 0) != 0) return false;
      res.status = 401;
      res.body =
          R"({"error":{"message":"no key","type":"invalid_request_error","param":null,"code":null}})";
      return true;
    });
    http_.set_error_body([](int status, const std::string& message, HttpResponse& res) {
      res.body =
          R"({"error":{"message":")" + message + R"(","code":)" + std::to_string(status) + "}}";
    });
    http_.set_logger([this](const AccessLogEntry& entry) {
      std::lock_guard<std::mutex> lock(log_mutex_);
      log_ += entry.method + " " + entry.path + " " + std::to_string(entry.status) + "\n";
    });
    auto port = http_.bind("127.0.0.1", 0);
    port_ = port.ok() ? *port : 0;
    thread_ = std::thread([this] { (void)http_.serve(); });
  }
  ~TestServer() {
    release_.store(true);
    http_.stop();
    thread_.join();
  }
  int port() const { return port_; }
  int pwned() const { return pwned_.load(); }
  int echoed() const { return echoed_.load(); }
  bool saw_disconnect() const { return saw_disconnect_.load(); }
  std::string log() {
    std::lock_guard<std::mutex> lock(log_mutex_);
    return log_;
  }
  bool healthy() {
    return status_of(raw_exchange(port_,
                                  "GET /health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
                                  seconds(2))) == 200;
  }

 private:
  HttpServer http_;
  std::thread thread_;
  int port_ = 0;
  std::atomic<int> pwned_{0};
  std::atomic<int> echoed_{0};
  std::atomic<bool> saw_disconnect_{false};

 public:
  std::atomic<bool> release_{false};  ///< lets every POST /block return
  std::mutex log_mutex_;
  std::string log_;
};

HttpServerOptions fast_options() {
  HttpServerOptions options;
  options.threads = 4;
  options.connections.header_timeout = milliseconds(1000);
  options.connections.request_timeout = milliseconds(2000);
  return options;
}

TEST(HttpServerTest, ChunkedBodyOverTheLimitIs413WithoutBeingBuffered) {
  TestServer server(fast_options());
  ASSERT_GT(server.port(), 0);
  const double rss_before = peak_rss_mib();
  for (const char* path : {"/echo", "/health", "/v1/x"}) {
    const auto start = RawClock::now();
    RawConnection conn(server.port());
    ASSERT_TRUE(conn.ok());
    conn.send(std::string("POST ") + path +
              " HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n");
    // 100 MiB in 64 KiB chunks; the server answers 413 after the first MiB and stops reading
    // soon after, so sending ends early (a failed send) or the whole body is discarded.
    const std::string chunk = "10000\r\n" + std::string(0x10000, 'a') + "\r\n";
    for (int i = 0; i < 1600 && conn.send(chunk); ++i) {
    }
    bool closed = false;
    const std::string raw = conn.read_until(response_complete, seconds(10), &closed);
    if (!raw.empty()) {
      EXPECT_EQ(status_of(raw), 413) << path << ": " << raw.substr(0, 200);
      EXPECT_NE(body_of(raw).find("\"error\""), std::string::npos) << raw;
    }
    EXPECT_LT(RawClock::now() - start, seconds(10)) << path;
    EXPECT_TRUE(server.healthy()) << path;
  }
  EXPECT_EQ(server.echoed(), 0);
  EXPECT_LT(peak_rss_mib() - rss_before, 64.0) << "the server buffered the oversized bodies";
  // A few MiB: the client finishes sending inside the linger time, so it does read the 413.
  RawConnection conn(server.port());
  conn.send("POST /echo HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n");
  const std::string chunk = "10000\r\n" + std::string(0x10000, 'a') + "\r\n";
  for (int i = 0; i < 32 && conn.send(chunk); ++i) {
  }
  const std::string raw = conn.read_until(response_complete, seconds(5));
  EXPECT_EQ(status_of(raw), 413) << raw;
  EXPECT_NE(raw.find("Connection: close"), std::string::npos) << raw;
}

TEST(HttpServerTest, ContentLengthOverTheLimitIs413AndItsBodyIsNotARequest) {
  TestServer server(fast_options());
  RawConnection conn(server.port());
  std::string smuggled;
  for (int i = 0; i < 100; ++i) smuggled += "GET /pwned HTTP/1.1\r\nHost: x\r\n\r\n";
  conn.send("POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 2000000\r\n\r\n" + smuggled);
  bool closed = false;
  const std::string raw =
      conn.read_until([](const std::string&) { return false; }, seconds(5), &closed);
  EXPECT_EQ(status_of(raw), 413) << raw;
  EXPECT_EQ(response_count(raw), 1) << raw;
  EXPECT_TRUE(closed);
  EXPECT_EQ(server.pwned(), 0);
}

TEST(HttpServerTest, RefusedRequestsBodyIsReadAsItsBodyNotAsRequests) {
  TestServer server(fast_options());
  // The guard answers 401 before any handler reads the body; the body is still consumed as
  // this request's body, never parsed as the next request.
  const std::string body = "GET /pwned HTTP/1.1\r\nHost: x\r\n\r\n";
  RawConnection conn(server.port());
  conn.send("POST /v1/x HTTP/1.1\r\nHost: x\r\nContent-Length: " + std::to_string(body.size()) +
            "\r\n\r\n" + body + "GET /health HTTP/1.1\r\nHost: x\r\n\r\n");
  const std::string raw = conn.read_until(
      [](const std::string& got) {
        return response_count(got) >= 2 && got.find("ok") != std::string::npos;
      },
      seconds(5));
  EXPECT_EQ(status_of(raw), 401) << raw;
  EXPECT_EQ(response_count(raw), 2) << raw;
  EXPECT_NE(raw.find("HTTP/1.1 200"), std::string::npos) << raw;
  EXPECT_EQ(server.pwned(), 0);
}

TEST(HttpServerTest, RequestWithoutLengthIsNotReadToEof) {
  TestServer server(fast_options());
  RawConnection conn(server.port());
  const auto start = RawClock::now();
  // No Content-Length and no chunking: the body is empty (RFC 9112), the server answers at
  // once instead of reading to EOF, and the stray bytes are a malformed next request.
  conn.send("POST /echo HTTP/1.1\r\nHost: x\r\n\r\n" + std::string(100000, 'z'));
  bool closed = false;
  const std::string raw = conn.read_until(
      [](const std::string& got) { return response_count(got) >= 2; }, seconds(5), &closed);
  EXPECT_EQ(status_of(raw), 200) << raw;
  EXPECT_NE(raw.find("\r\n\r\n0HTTP/1.1 4"), std::string::npos) << raw;  // body "0", then a 4xx
  EXPECT_LT(RawClock::now() - start, seconds(5));
  EXPECT_TRUE(conn.wait_closed(seconds(5)));
}

TEST(HttpServerTest, OversizedHeadersAre431) {
  TestServer server(fast_options());
  std::string many = "GET /health HTTP/1.1\r\nHost: x\r\n";
  for (int i = 0; i < 200; ++i) many += "X-H" + std::to_string(i) + ": v\r\n";
  std::string raw = raw_exchange(server.port(), many + "\r\n");
  EXPECT_EQ(status_of(raw), 431) << raw;
  EXPECT_NE(body_of(raw).find("\"error\""), std::string::npos) << raw;

  // 20 MiB of one header: refused at the first 8 KiB, whatever the client keeps sending.
  const auto start = RawClock::now();
  RawConnection conn(server.port());
  conn.send("GET /health HTTP/1.1\r\nX-Big: ");
  const std::string filler(1 << 20, 'a');
  for (int i = 0; i < 20 && conn.send(filler); ++i) {
  }
  raw = conn.read_until(response_complete, seconds(5));
  if (!raw.empty()) {
    EXPECT_EQ(status_of(raw), 431) << raw;
  }
  EXPECT_TRUE(conn.wait_closed(seconds(5)));
  EXPECT_LT(RawClock::now() - start, seconds(10));

  // Many header lines that stay under 8 KiB each but add up past 64 KiB.
  std::string wide = "GET /health HTTP/1.1\r\n";
  for (int i = 0; i < 20; ++i)
    wide += "X-W" + std::to_string(i) + ": " + std::string(4000, 'w') + "\r\n";
  EXPECT_EQ(status_of(raw_exchange(server.port(), wide + "\r\n")), 431);
  EXPECT_TRUE(server.healthy());
}

TEST(HttpServerTest, SlowClientsAreDroppedAtTheirDeadline) {
  TestServer server(fast_options());  // headers within 1 s, the whole request within 2 s
  const auto start = RawClock::now();
  // Headers trickling in, a byte every 100 ms: 408 about 1 s after the first byte.
  RawConnection slow_head(server.port());
  std::string got;
  bool closed = false;
  const std::string head =
      "GET /health HTTP/1.1\r\nHost: x\r\nX-Slow: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
  for (size_t i = 0; i < head.size() && !closed; ++i) {
    if (!slow_head.send(head.substr(i, 1))) break;
    got +=
        slow_head.read_until([](const std::string&) { return false; }, milliseconds(100), &closed);
  }
  got += slow_head.read_until(response_complete, seconds(3), &closed);
  EXPECT_EQ(status_of(got), 408) << got;
  EXPECT_LT(RawClock::now() - start, seconds(4));

  // Headers on time, the body trickling: 408 at the 2 s request deadline.
  const auto body_start = RawClock::now();
  RawConnection slow_body(server.port());
  slow_body.send("POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 1000\r\n\r\n");
  got.clear();
  closed = false;
  for (int i = 0; i < 100 && !closed && status_of(got) == 0; ++i) {
    slow_body.send("b");
    got += slow_body.read_until(response_complete, milliseconds(100), &closed);
  }
  EXPECT_EQ(status_of(got), 408) << got;
  EXPECT_LT(RawClock::now() - body_start, seconds(4));
  EXPECT_EQ(server.echoed(), 0);

  // A connection that never sends anything is closed silently.
  RawConnection idle(server.port());
  EXPECT_TRUE(idle.wait_closed(seconds(4)));
  EXPECT_TRUE(server.healthy());
}

/// Slowloris: `count` connections sending a byte every 2 s, against 4 workers. /health answers
/// every probe (each within 2 s) while they run.
void expect_health_under_slowloris(int count) {
  HttpServerOptions options;
  options.threads = 4;
  TestServer server(options);
  ASSERT_GT(server.port(), 0);
  SlowClients slow(server.port(), count, milliseconds(2000), milliseconds(7000));
  EXPECT_EQ(slow.connected(), count);
  std::this_thread::sleep_for(milliseconds(300));  // every slow client has sent its first byte
  HealthProbe probe;
  probe.run(server.port(), milliseconds(200), milliseconds(5000));
  EXPECT_EQ(probe.missed, 0);
  EXPECT_GE(probe.answered, 10);
  EXPECT_EQ(slow.dropped(), 0) << "slow clients within their deadline are not dropped";
}

TEST(HttpServerTest, SixtySixSlowConnectionsDoNotStarveHealth) {
  expect_health_under_slowloris(66);
}
TEST(HttpServerTest, TwoHundredFiftySixSlowConnectionsDoNotStarveHealth) {
  expect_health_under_slowloris(256);
}

TEST(HttpServerTest, AtTheConnectionCapTheOldestWaitingConnectionMakesRoom) {
  HttpServerOptions options = fast_options();
  options.connections.max_connections = 16;
  options.connections.header_timeout = milliseconds(10000);
  options.connections.request_timeout = milliseconds(10000);
  TestServer server(options);
  std::vector<RawConnection> idle;
  for (int i = 0; i < 40; ++i) {
    idle.emplace_back(server.port());
    idle.back().send("GET /health HTTP/1.1\r\n");  // started, never finished
  }
  for (int i = 0; i < 5; ++i) EXPECT_TRUE(server.healthy());
  int closed = 0;
  for (RawConnection& c : idle) closed += c.wait_closed(milliseconds(50)) ? 1 : 0;
  EXPECT_GE(closed, 24);
}

TEST(HttpServerTest, HealthAnswersWhileEveryWorkerIsBusy) {
  TestServer server(fast_options());  // 4 workers, all held by long requests
  std::vector<RawConnection> blocked;
  for (int i = 0; i < 6; ++i) {
    blocked.emplace_back(server.port());
    blocked.back().send("POST /block HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n");
  }
  std::this_thread::sleep_for(milliseconds(200));
  for (int i = 0; i < 5; ++i) EXPECT_TRUE(server.healthy());
  server.release_.store(true);
  for (RawConnection& c : blocked)
    EXPECT_EQ(status_of(c.read_until(response_complete, seconds(5))), 200);
}

TEST(HttpServerTest, BytesHeldForUnfinishedRequestsAreBounded) {
  HttpServerOptions options = fast_options();
  options.connections.max_buffered_bytes = 1u << 20;
  options.connections.request_timeout = milliseconds(5000);
  TestServer server(options);
  const std::string head = "POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 1000000\r\n\r\n";
  RawConnection first(server.port());
  first.send(head + std::string(600000, 'a'));
  std::this_thread::sleep_for(milliseconds(200));
  RawConnection second(server.port());
  second.send(head + std::string(600000, 'b'));  // 1.2 MB held in all: over the budget
  const std::string refused = second.read_until(response_complete, seconds(5));
  EXPECT_EQ(status_of(refused), 503) << refused;
  first.send(std::string(400000, 'a'));  // the first one still completes
  const std::string done = first.read_until(response_complete, seconds(5));
  EXPECT_EQ(status_of(done), 200) << done;
  EXPECT_EQ(body_of(done), "1000000");
}

TEST(HttpServerTest, AccessLogFieldsAreEscaped) {
  TestServer server(fast_options());
  const std::string raw =
      raw_exchange(server.port(), "GET /v1/models%0AFORGED%22%5C HTTP/1.1\r\nHost: x\r\n\r\n");
  EXPECT_EQ(status_of(raw), 401);
  // httplib logs after writing the response.
  const auto start = RawClock::now();
  while (server.log().find(" 401") == std::string::npos && RawClock::now() - start < seconds(5)) {
    std::this_thread::sleep_for(milliseconds(10));
  }
  const std::string log = server.log();
  EXPECT_EQ(log.find("\nFORGED"), std::string::npos) << log;
  EXPECT_NE(log.find("/v1/models\\x0aFORGED\\x22\\x5c 401"), std::string::npos) << log;
  EXPECT_EQ(escape_log_field("a\r\n\x1b[31m\xff b"), "a\\x0d\\x0a\\x1b[31m\\xff b");
}

TEST(HttpServerTest, HandlerSeesItsClientLeave) {
  TestServer server(fast_options());
  {
    RawConnection conn(server.port());
    conn.send("GET /wait HTTP/1.1\r\nHost: x\r\n\r\n");
    std::this_thread::sleep_for(milliseconds(300));
  }  // hangs up while the handler waits
  const auto start = RawClock::now();
  while (!server.saw_disconnect() && RawClock::now() - start < seconds(5))
    std::this_thread::sleep_for(milliseconds(20));
  EXPECT_TRUE(server.saw_disconnect());
  EXPECT_TRUE(server.healthy());
}

TEST(HttpServerTest, KeepAlivePipeliningAndContinue) {
  TestServer server(fast_options());
  RawConnection conn(server.port());
  conn.send(
      "POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\n\r\nabcGET /health HTTP/1.1\r\nHost: "
      "x\r\n\r\n");
  std::string raw = conn.read_until(
      [](const std::string& got) { return got.find("\"ok\"") != std::string::npos; }, seconds(5));
  EXPECT_EQ(response_count(raw), 2) << raw;
  EXPECT_EQ(status_of(raw), 200) << raw;
  // Expect: 100-continue gets its interim response before the body is sent.
  conn.send("POST /echo HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: 4\r\n\r\n");
  raw = conn.read_until(
      [](const std::string& got) { return got.find("\r\n\r\n") != std::string::npos; }, seconds(5));
  EXPECT_EQ(raw.rfind("HTTP/1.1 100 Continue\r\n\r\n", 0), 0u) << raw;
  conn.send("abcd");
  raw = conn.read_until(response_complete, seconds(5));
  EXPECT_EQ(body_of(raw), "4") << raw;
}

TEST(HttpServerTest, ConstantTimeEqual) {
  EXPECT_TRUE(constant_time_equal("Bearer abc", "Bearer abc"));
  EXPECT_FALSE(constant_time_equal("Bearer abd", "Bearer abc"));
  EXPECT_FALSE(constant_time_equal("Bearer ab", "Bearer abc"));
  EXPECT_FALSE(constant_time_equal("Bearer abcd", "Bearer abc"));
  EXPECT_FALSE(constant_time_equal("", "Bearer abc"));
  EXPECT_TRUE(constant_time_equal("", ""));
}

}  // namespace
}  // namespace mlxla::server
