// `mlxla serve` (models/demo-q4, committed: no ../shared needed) against hostile raw-socket
// clients on 127.0.0.1: oversized chunked bodies with an API key set, oversized headers,
// slowloris with 66 and 256 connections, a forged access-log line, a refused request's body,
// empty prompts and deep JSON, and non-streaming and streaming clients that hang up. Each case
// asserts the 4xx with an OpenAI error object (or the dropped connection), a time bound, the
// server's peak memory where a body is involved, and that /health keeps answering.
// ctest-labels: e2e
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "server/raw_http.h"
#include "server/serve_process.h"

namespace mlxla::testing {
namespace {

using nlohmann::json;
using std::chrono::milliseconds;
using std::chrono::seconds;

constexpr const char* kName = "demo-q4";
constexpr const char* kKey = "k3y";

/// VmHWM (peak resident set) of a process, in MiB; -1 when unknown.
double peak_rss_mib(pid_t pid) {
  std::ifstream status("/proc/" + std::to_string(pid) + "/status");
  std::string line;
  while (std::getline(status, line)) {
    if (line.rfind("VmHWM:", 0) == 0) return std::stod(line.substr(6)) / 1024.0;
  }
  return -1;
}

std::string auth() {
  return std::string("Authorization: Bearer ") + kKey + "\r\n";
}

/// A POST with a JSON body and the API key.
std::string post(const std::string& path, const std::string& body, const std::string& extra = "") {
  return "POST " + path + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n" + auth() + extra +
         "Content-Type: application/json\r\nContent-Length: " + std::to_string(body.size()) +
         "\r\n\r\n" + body;
}

json error_of(const std::string& raw) {
  return json::parse(body_of(raw), nullptr, false);
}

class ServerHardeningTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    const std::filesystem::path model = std::filesystem::path(MLXLA_SOURCE_DIR) / "models" / kName;
    server_ = new ServeProcess({"-m", model.string(), "--parallel", "2", "--ctx-size", "256",
                                "--threads", "1", "--api-key", kKey});
  }
  static void TearDownTestSuite() {
    if (server_ != nullptr) {
      EXPECT_EQ(server_->stop(), 0) << server_->log();
    }
    delete server_;
    server_ = nullptr;
  }
  void SetUp() override { ASSERT_GT(server_->port(), 0) << server_->log(); }

 public:
  void TearDown() override { EXPECT_TRUE(healthy()) << server_->log(); }
  static int port() { return server_->port(); }
  static bool healthy() {
    return status_of(raw_exchange(port(),
                                  "GET /health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
                                  seconds(2))) == 200;
  }
  static std::string metrics() {
    return body_of(
        raw_exchange(port(), "GET /metrics HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"));
  }
  static double cancelled() {
    return metric(metrics(), "mlxla_completions_total{finish_reason=\"cancelled\"}").value_or(0);
  }

 protected:
  static ServeProcess* server_;
};
ServeProcess* ServerHardeningTest::server_ = nullptr;

TEST_F(ServerHardeningTest, HundredMiBChunkedBodiesAre413AndNeverBuffered) {
  const double rss_before = peak_rss_mib(server_->pid());
  ASSERT_GT(rss_before, 0);
  const std::string chunk = "10000\r\n" + std::string(0x10000, '[') + "\r\n";
  for (const std::string& head :
       {std::string("POST /v1/completions HTTP/1.1\r\nHost: x\r\n") + auth(),
        std::string("POST /v1/completions HTTP/1.1\r\nHost: x\r\n"),
        std::string("POST /health HTTP/1.1\r\nHost: x\r\n")}) {
    const auto start = RawClock::now();
    RawConnection conn(port());
    ASSERT_TRUE(conn.ok());
    conn.send(head + "Transfer-Encoding: chunked\r\n\r\n");
    for (int i = 0; i < 1600 && conn.send(chunk);
         ++i) {  // up to 100 MiB, until the server stops reading
    }
    const std::string raw = conn.read_until(response_complete, seconds(10));
    if (!raw.empty()) {  // a client still sending when the server closes may see a reset instead
      EXPECT_EQ(status_of(raw), 413) << raw;
      EXPECT_EQ(error_of(raw)["error"]["code"], "request_too_large") << raw;
    }
    EXPECT_LT(RawClock::now() - start, seconds(10));
    EXPECT_TRUE(healthy());
  }
  EXPECT_LT(peak_rss_mib(server_->pid()) - rss_before, 64.0)
      << "the server buffered an oversized body";
  // An oversized EOF-delimited attempt: without a length the body is empty, never read to EOF.
  RawConnection conn(port());
  conn.send(std::string("POST /v1/completions HTTP/1.1\r\nHost: x\r\n") + auth() + "\r\n");
  const std::string raw = conn.read_until(response_complete, seconds(5));
  EXPECT_EQ(status_of(raw), 400) << raw;
}

TEST_F(ServerHardeningTest, OversizedHeadersAre431) {
  std::string many = "GET /health HTTP/1.1\r\nHost: x\r\n";
  for (int i = 0; i < 500; ++i) many += "X-H" + std::to_string(i) + ": v\r\n";
  std::string raw = raw_exchange(port(), many + "\r\n");
  EXPECT_EQ(status_of(raw), 431) << raw;
  EXPECT_TRUE(error_of(raw).contains("error")) << raw;

  const auto start = RawClock::now();
  RawConnection conn(port());
  conn.send("GET /health HTTP/1.1\r\nX-Big: ");
  const std::string filler(1 << 20, 'a');
  for (int i = 0; i < 20 && conn.send(filler); ++i) {  // 20 MiB of one header
  }
  raw = conn.read_until(response_complete, seconds(5));
  if (!raw.empty()) {
    EXPECT_EQ(status_of(raw), 431) << raw;
  }
  EXPECT_TRUE(conn.wait_closed(seconds(5)));
  EXPECT_LT(RawClock::now() - start, seconds(10));
}

void expect_health_under_slowloris(int port, int count) {
  SlowClients slow(port, count, milliseconds(2000), milliseconds(7000));
  ASSERT_EQ(slow.connected(), count);
  std::this_thread::sleep_for(milliseconds(300));
  HealthProbe probe;
  probe.run(port, milliseconds(200), milliseconds(4000));
  EXPECT_EQ(probe.missed, 0);
  EXPECT_GE(probe.answered, 8);
  // A real completion goes through too.
  const std::string raw = raw_exchange(
      port, post("/v1/completions",
                 json{{"model", kName}, {"prompt", "Once"}, {"max_tokens", 4}}.dump()));
  EXPECT_EQ(status_of(raw), 200) << raw;
}

TEST_F(ServerHardeningTest, SlowlorisWith66Connections) {
  expect_health_under_slowloris(port(), 66);
}
TEST_F(ServerHardeningTest, SlowlorisWith256Connections) {
  expect_health_under_slowloris(port(), 256);
}

TEST_F(ServerHardeningTest, PercentEncodedNewlineCannotForgeALogLine) {
  const std::string raw =
      raw_exchange(port(), "GET /v1/models%0AFORGED HTTP/1.1\r\nHost: x\r\n" + auth() + "\r\n");
  EXPECT_EQ(status_of(raw), 404) << raw;
  EXPECT_TRUE(error_of(raw).contains("error")) << raw;
  // The access log is written after the response.
  const auto start = RawClock::now();
  while (server_->log().find("FORGED 404") == std::string::npos &&
         RawClock::now() - start < seconds(5)) {
    std::this_thread::sleep_for(milliseconds(10));
  }
  const std::string log = server_->log();
  EXPECT_EQ(log.find("\nFORGED"), std::string::npos) << log;
  EXPECT_NE(log.find("/v1/models\\x0aFORGED 404"), std::string::npos) << log;
}

TEST_F(ServerHardeningTest, RefusedRequestsBodyIsNotParsedAsARequest) {
  // 401 (no key) comes before any handler reads the body: the body is still this request's.
  const std::string body = "GET /health HTTP/1.1\r\nHost: x\r\n\r\n";
  RawConnection conn(port());
  conn.send("POST /v1/completions HTTP/1.1\r\nHost: x\r\nContent-Length: " +
            std::to_string(body.size()) + "\r\n\r\n" + body);
  const std::string raw =
      conn.read_until([](const std::string&) { return false; }, milliseconds(1500));
  EXPECT_EQ(status_of(raw), 401) << raw;
  EXPECT_EQ(error_of(raw)["error"]["code"], "invalid_api_key") << raw;
  EXPECT_EQ(response_count(raw), 1) << raw;
  // Over the size limit: answered and closed, the body unread.
  RawConnection big(port());
  big.send("POST /v1/completions HTTP/1.1\r\nHost: x\r\n" + auth() +
           "Content-Length: 5000000\r\n\r\n" + body);
  bool closed = false;
  const std::string raw_big =
      big.read_until([](const std::string&) { return false; }, seconds(5), &closed);
  EXPECT_EQ(status_of(raw_big), 413) << raw_big;
  EXPECT_EQ(response_count(raw_big), 1) << raw_big;
  EXPECT_TRUE(closed);
}

TEST_F(ServerHardeningTest, EmptyPromptAndDeepJsonAre400) {
  for (const json& prompt : {json(""), json::array({""}), json::array()}) {
    const std::string raw = raw_exchange(
        port(), post("/v1/completions", json{{"model", kName}, {"prompt", prompt}}.dump()));
    EXPECT_EQ(status_of(raw), 400) << prompt.dump() << " -> " << raw;
    EXPECT_EQ(error_of(raw)["error"]["param"], "prompt") << raw;
  }
  const std::string deep = std::string(500000, '[') + std::string(500000, ']');
  const std::string raw = raw_exchange(port(), post("/v1/completions", deep));
  EXPECT_EQ(status_of(raw), 400) << raw.substr(0, 300);
  EXPECT_TRUE(error_of(raw).contains("error"));
}

TEST_F(ServerHardeningTest, ApiKeyIsCheckedExactly) {
  const std::string body = json{{"model", kName}, {"prompt", "Hi"}, {"max_tokens", 1}}.dump();
  for (const char* header : {"Authorization: Bearer k3\r\n", "Authorization: Bearer k3y4\r\n",
                             "Authorization: Bearer k3Y\r\n", "Authorization: bearer k3y\r\n"}) {
    const std::string raw = raw_exchange(
        port(), "POST /v1/completions HTTP/1.1\r\nHost: x\r\n" + std::string(header) +
                    "Content-Length: " + std::to_string(body.size()) + "\r\n\r\n" + body);
    EXPECT_EQ(status_of(raw), 401) << header;
  }
  EXPECT_EQ(status_of(raw_exchange(port(), post("/v1/completions", body))), 200);
}

/// Sends `request` and hangs up at once; true when the server counted one more cancelled
/// completion and freed every slot (within 10 s).
bool hanging_up_cancels(const std::string& request) {
  const double before = ServerHardeningTest::cancelled();
  {
    RawConnection conn(ServerHardeningTest::port());
    conn.send(request);
  }  // hangs up before the first token could be ready
  const auto start = RawClock::now();
  while (RawClock::now() - start < seconds(10)) {
    const std::string m = ServerHardeningTest::metrics();
    if (metric(m, "mlxla_completions_total{finish_reason=\"cancelled\"}").value_or(0) ==
            before + 1 &&
        metric(m, "mlxla_active_slots") == 0.0) {
      return true;
    }
    std::this_thread::sleep_for(milliseconds(50));
  }
  return false;
}

TEST_F(ServerHardeningTest, ClientHangingUpCancelsItsRequest) {
  // Long generations (ignore_eos, the rest of the context): without cancellation they would
  // end with finish_reason "length", not "cancelled".
  const json completion{
      {"model", kName}, {"prompt", "Once"}, {"max_tokens", 240}, {"ignore_eos", true}};
  EXPECT_TRUE(hanging_up_cancels(post("/v1/completions", completion.dump()))) << metrics();
  const json chat{{"model", kName},
                  {"messages", json::array({{{"role", "user"}, {"content", "Hi"}}})},
                  {"ignore_eos", true}};
  EXPECT_TRUE(hanging_up_cancels(post("/v1/chat/completions", chat.dump()))) << metrics();
  json streamed = completion;
  streamed["stream"] = true;
  EXPECT_TRUE(hanging_up_cancels(post("/v1/completions", streamed.dump()))) << metrics();
  EXPECT_NE(server_->log().find(" 499 "), std::string::npos) << server_->log();
}

}  // namespace
}  // namespace mlxla::testing
