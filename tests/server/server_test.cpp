// `mlxla serve` end to end over loopback on stories260K (or, without ../shared, the committed
// models/demo-q4): completions and chat, streamed and not; 32 concurrent streams equal the same
// requests run alone (greedy); 4xx OpenAI errors for malformed requests; a client leaving
// mid-stream frees its slot; API key; SIGTERM exits 0.
// ctest-labels: e2e
#include <gtest/gtest.h>

#include <cstdio>
#include <memory>
#include <thread>

#include "server/serve_process.h"

namespace mlxla::testing {
namespace {

using nlohmann::json;

/// The served model, and prompts it answers with text (demo-q4 was trained on sums only).
struct TestModel {
  std::filesystem::path dir;
  std::string name;  ///< the directory's name: what the server serves it as
  std::string prompt;
  std::string numbered(int i) const {
    return name == "demo-q4" ? "Q: " + std::to_string(i) + "+3= A:"
                             : "Once upon a time, " + std::to_string(i);
  }
};

const TestModel& model() {
  static const TestModel m = [] {
    const std::filesystem::path shared = shared_dir().empty()
                                             ? std::filesystem::path()
                                             : shared_dir() / "models/stories260K-mlx-q4-g32-f16";
    if (!shared.empty() && std::filesystem::exists(shared))
      return TestModel{shared, shared.filename().string(), "Once upon a time"};
    const auto demo = std::filesystem::path(MLXLA_SOURCE_DIR) / "models" / "demo-q4";
    return TestModel{demo, "demo-q4", "Q: 3+4= A:"};
  }();
  return m;
}
constexpr int64_t kContext = 4096;

class ServerTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    server_ = new ServeProcess({"-m", model().dir.string(), "--parallel", "4", "--ctx-size",
                                std::to_string(kContext), "--threads", "2"});
  }
  static void TearDownTestSuite() {
    if (server_ != nullptr) {
      EXPECT_EQ(server_->stop(), 0) << server_->log();
    }
    delete server_;
    server_ = nullptr;
  }
  void SetUp() override {
    ASSERT_NE(server_, nullptr);
    ASSERT_GT(server_->port(), 0) << server_->log();
  }
  static int port() { return server_->port(); }
  static ServeProcess* server_;
};
ServeProcess* ServerTest::server_ = nullptr;

json parse(const std::string& body) {
  return json::parse(body, nullptr, false);
}

/// Text and finish reason of a streamed response, checking the chunk format on the way.
struct Streamed {
  std::string text;
  std::string finish;
  json usage;
};

Streamed collect_stream(const HttpReply& reply, bool chat) {
  Streamed out;
  EXPECT_EQ(reply.status, 200) << reply.body;
  EXPECT_NE(reply.head.find("Content-Type: text/event-stream"), std::string::npos);
  const SseBody sse = parse_sse(reply.body);
  EXPECT_TRUE(sse.done && !sse.malformed) << reply.body;
  for (const json& e : sse.events) {
    EXPECT_EQ(e.value("object", ""), chat ? "chat.completion.chunk" : "text_completion")
        << e.dump();
    if (e.contains("usage") && e["usage"].is_object()) out.usage = e["usage"];
    if (e["choices"].empty()) continue;
    const json& choice = e["choices"][0];
    if (choice["finish_reason"].is_string()) out.finish = choice["finish_reason"];
    if (chat && choice["delta"].contains("content"))
      out.text += choice["delta"]["content"].get<std::string>();
    if (!chat) out.text += choice["text"].get<std::string>();
  }
  return out;
}

TEST_F(ServerTest, HealthModelsMetrics) {
  EXPECT_EQ(http_request(port(), "GET", "/health", "").status, 200);
  const HttpReply models = http_request(port(), "GET", "/v1/models", "");
  ASSERT_EQ(models.status, 200);
  const json m = parse(models.body);
  ASSERT_TRUE(m.is_object());
  EXPECT_EQ(m["object"], "list");
  EXPECT_EQ(m["data"][0]["id"], model().name);
  const HttpReply metrics = http_request(port(), "GET", "/metrics", "");
  ASSERT_EQ(metrics.status, 200);
  EXPECT_EQ(metric(metrics.body, "mlxla_slots"), 4.0);
  EXPECT_TRUE(metric(metrics.body, "mlxla_generated_tokens_total").has_value());
  EXPECT_TRUE(metric(metrics.body, "mlxla_queue_depth").has_value());
}

TEST_F(ServerTest, CompletionStreamedEqualsNonStreamed) {
  json body{
      {"model", model().name}, {"prompt", model().prompt}, {"max_tokens", 30}, {"temperature", 0}};
  const HttpReply whole = post_json(port(), "/v1/completions", body);
  ASSERT_EQ(whole.status, 200) << whole.body;
  const json r = parse(whole.body);
  EXPECT_EQ(r["object"], "text_completion");
  const std::string text = r["choices"][0]["text"];
  EXPECT_FALSE(text.empty());
  const std::string finish = r["choices"][0]["finish_reason"];
  EXPECT_TRUE(finish == "stop" || finish == "length");
  const json usage = r["usage"];
  EXPECT_EQ(usage["total_tokens"],
            usage["prompt_tokens"].get<int>() + usage["completion_tokens"].get<int>());
  if (finish == "length") {
    EXPECT_EQ(usage["completion_tokens"], 30);
  }

  body["stream"] = true;
  body["stream_options"] = {{"include_usage", true}};
  const Streamed streamed = collect_stream(post_json(port(), "/v1/completions", body), false);
  EXPECT_EQ(streamed.text, text);
  EXPECT_EQ(streamed.finish, finish);
  // The same prompt again: all but its last token come from the prefix cache.
  ASSERT_TRUE(streamed.usage.is_object());
  for (const char* key : {"prompt_tokens", "completion_tokens", "total_tokens"})
    EXPECT_EQ(streamed.usage[key], usage[key]) << key;
  EXPECT_EQ(streamed.usage["prompt_tokens_details"]["cached_tokens"],
            usage["prompt_tokens"].get<int>() - 1);
}

TEST_F(ServerTest, ChatStreamedEqualsNonStreamed) {
  json body{{"model", model().name},
            {"messages",
             {{{"role", "system"}, {"content", "Tell a story."}},
              {{"role", "user"}, {"content", "A cat"}}}},
            {"max_tokens", 25},
            {"temperature", 0}};
  const HttpReply whole = post_json(port(), "/v1/chat/completions", body);
  ASSERT_EQ(whole.status, 200) << whole.body;
  const json r = parse(whole.body);
  EXPECT_EQ(r["object"], "chat.completion");
  EXPECT_EQ(r["choices"][0]["message"]["role"], "assistant");
  const std::string text = r["choices"][0]["message"]["content"];
  body["stream"] = true;
  const HttpReply reply = post_json(port(), "/v1/chat/completions", body);
  const Streamed streamed = collect_stream(reply, true);
  EXPECT_EQ(streamed.text, text);
  EXPECT_EQ(streamed.finish, r["choices"][0]["finish_reason"]);
  EXPECT_TRUE(streamed.usage.is_null());  // no include_usage
  const SseBody sse = parse_sse(reply.body);
  ASSERT_FALSE(sse.events.empty());
  EXPECT_EQ(sse.events.front()["choices"][0]["delta"]["role"], "assistant");
}

TEST_F(ServerTest, ConcurrentStreamsEqualRequestsRunAlone) {
  constexpr int kClients = 32;
  std::vector<json> bodies;
  std::vector<std::string> alone;
  for (int i = 0; i < kClients; ++i) {
    json body{{"model", model().name}, {"max_tokens", 12 + i % 5}, {"temperature", 0}};
    if (i % 2 == 0)
      body["prompt"] = model().numbered(i);
    else
      body["messages"] = {{{"role", "user"}, {"content", "story number " + std::to_string(i)}}};
    const HttpReply r =
        post_json(port(), i % 2 == 0 ? "/v1/completions" : "/v1/chat/completions", body);
    ASSERT_EQ(r.status, 200) << r.body;
    const json j = parse(r.body);
    alone.push_back(i % 2 == 0 ? j["choices"][0]["text"] : j["choices"][0]["message"]["content"]);
    body["stream"] = true;
    bodies.push_back(body);
  }
  std::vector<Streamed> results(kClients);
  std::vector<std::thread> clients;
  for (int i = 0; i < kClients; ++i) {
    clients.emplace_back([&, i] {
      results[static_cast<size_t>(i)] = collect_stream(
          post_json(port(), i % 2 == 0 ? "/v1/completions" : "/v1/chat/completions", bodies[i]),
          i % 2 == 1);
    });
  }
  for (auto& c : clients) c.join();
  for (int i = 0; i < kClients; ++i) {
    EXPECT_EQ(results[static_cast<size_t>(i)].text, alone[static_cast<size_t>(i)])
        << "client " << i;
    EXPECT_FALSE(results[static_cast<size_t>(i)].finish.empty()) << "client " << i;
  }
}

TEST_F(ServerTest, MalformedRequestsGetOpenAiErrors) {
  struct Case {
    const char* path;
    std::string body;
    int status;
  };
  const std::string chat = "/v1/chat/completions", cmpl = "/v1/completions";
  const json ok_messages = json::array({{{"role", "user"}, {"content", "hi"}}});
  auto chat_with = [&](const char* key, const json& value) {
    json b{{"model", model().name}, {"messages", ok_messages}};
    b[key] = value;
    return b.dump();
  };
  std::vector<int32_t> too_long(kContext, 5);
  std::vector<Case> cases = {
      {"/v1/chat/completions", "{bad", 400},
      {"/v1/chat/completions", "[]", 400},
      {"/v1/chat/completions", "\"text\"", 400},
      {"/v1/chat/completions", "", 400},
      {"/v1/chat/completions", json{{"messages", ok_messages}}.dump(), 400},
      {"/v1/chat/completions", json{{"model", 5}, {"messages", ok_messages}}.dump(), 400},
      {"/v1/chat/completions", json{{"model", "gpt-9"}, {"messages", ok_messages}}.dump(), 404},
      {"/v1/chat/completions", json{{"model", model().name}}.dump(), 400},
      {"/v1/chat/completions", chat_with("messages", "hi"), 400},
      {"/v1/chat/completions", chat_with("messages", json::array()), 400},
      {"/v1/chat/completions",
       chat_with("messages", json::array({{{"role", "wizard"}, {"content", "x"}}})), 400},
      {"/v1/chat/completions",
       chat_with("messages", json::array({{{"role", "user"}, {"content", 5}}})), 400},
      {"/v1/chat/completions", chat_with("messages", json::array({{{"role", "user"}}})), 400},
      {"/v1/chat/completions", chat_with("max_tokens", "10"), 400},
      {"/v1/chat/completions", chat_with("max_tokens", 0), 400},
      {"/v1/chat/completions", chat_with("max_tokens", 1.5), 400},
      {"/v1/chat/completions", chat_with("temperature", "hot"), 400},
      {"/v1/chat/completions", chat_with("temperature", 5), 400},
      {"/v1/chat/completions", chat_with("top_p", 0), 400},
      {"/v1/chat/completions", chat_with("top_k", -1), 400},
      {"/v1/chat/completions", chat_with("min_p", 2), 400},
      {"/v1/chat/completions", chat_with("n", 2), 400},
      {"/v1/chat/completions", chat_with("stop", 5), 400},
      {"/v1/chat/completions", chat_with("stop", json::array({1})), 400},
      {"/v1/chat/completions", chat_with("stream", "yes"), 400},
      {"/v1/chat/completions", chat_with("stream_options", 1), 400},
      {"/v1/chat/completions", chat_with("seed", "x"), 400},
      {"/v1/chat/completions", chat_with("presence_penalty", 3), 400},
      {"/v1/chat/completions", chat_with("logprobs", "yes"), 400},
      {"/v1/completions", json{{"model", model().name}}.dump(), 400},
      {"/v1/completions", json{{"model", model().name}, {"prompt", 5}}.dump(), 400},
      {"/v1/completions", json{{"model", model().name}, {"prompt", {"a", "b"}}}.dump(), 400},
      {"/v1/completions", json{{"model", model().name}, {"prompt", {1, -2}}}.dump(), 400},
      {"/v1/completions", json{{"model", model().name}, {"prompt", {1, 99999}}}.dump(), 400},
      {"/v1/completions", json{{"model", model().name}, {"prompt", too_long}}.dump(), 400},
  };
  for (const Case& c : cases) {
    const HttpReply r = http_request(port(), "POST", c.path, c.body);
    EXPECT_EQ(r.status, c.status) << c.path << " " << c.body.substr(0, 200) << " -> " << r.body;
    const json e = parse(r.body);
    ASSERT_TRUE(e.is_object() && e.contains("error")) << r.body;
    EXPECT_TRUE(e["error"]["message"].is_string() &&
                !e["error"]["message"].get<std::string>().empty());
    EXPECT_TRUE(e["error"]["type"].is_string());
    EXPECT_TRUE(e["error"].contains("param") && e["error"].contains("code"));
  }
  const json overflow =
      parse(post_json(port(), cmpl, json{{"model", model().name}, {"prompt", too_long}}).body);
  EXPECT_EQ(overflow["error"]["code"], "context_length_exceeded");
  // Routing, method, size and framing errors.
  EXPECT_EQ(http_request(port(), "GET", "/v1/nothing", "").status, 404);
  EXPECT_EQ(http_request(port(), "DELETE", chat, "").status, 405);
  EXPECT_EQ(http_request(port(), "POST", "/health", "{}").status, 405);
  const HttpReply big = http_request(port(), "POST", cmpl, std::string((1u << 20) + 10, 'a'));
  EXPECT_EQ(big.status, 413);
  EXPECT_EQ(parse(big.body)["error"]["code"], "request_too_large");
  // Chunked request bodies are read (HTTP/1.1 requires it); broken chunk framing is a 400.
  const std::string small =
      json{{"model", model().name}, {"prompt", "Hi"}, {"max_tokens", 1}}.dump();
  char size_line[32];
  std::snprintf(size_line, sizeof(size_line), "%zx\r\n", small.size());
  EXPECT_EQ(http_request(port(), "POST", cmpl, size_line + small + "\r\n0\r\n\r\n",
                         "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n", false)
                .status,
            200);
  const HttpReply broken =
      http_request(port(), "POST", cmpl, "zz\r\n{}\r\n0\r\n\r\n",
                   "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n", false);
  EXPECT_EQ(broken.status, 400);
  EXPECT_TRUE(parse(broken.body).contains("error")) << broken.body;
  // Still serving.
  EXPECT_EQ(http_request(port(), "GET", "/health", "").status, 200);
  EXPECT_EQ(
      post_json(port(), cmpl, json{{"model", model().name}, {"prompt", "Hi"}, {"max_tokens", 2}})
          .status,
      200);
}

TEST_F(ServerTest, ClientLeavingMidStreamFreesItsSlot) {
  const double cancelled_before = metric(http_request(port(), "GET", "/metrics", "").body,
                                         "mlxla_completions_total{finish_reason=\"cancelled\"}")
                                      .value_or(-1);
  const std::string body = json{
      {"model", model().name},
      {"prompt", "Once"},
      {"max_tokens", kContext - 16},
      {"ignore_eos", true},
      {"stream", true}}.dump();
  const int fd = connect_loopback(port());
  ASSERT_GE(fd, 0);
  ASSERT_TRUE(
      send_all(fd,
               "POST /v1/completions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
               "Content-Length: " +
                   std::to_string(body.size()) + "\r\n\r\n" + body));
  std::string got;
  char buf[4096];
  while (got.find("data: ") == std::string::npos) {
    const ssize_t n = recv(fd, buf, sizeof(buf), 0);
    ASSERT_GT(n, 0);
    got.append(buf, static_cast<size_t>(n));
  }
  close(fd);  // leaves after the first chunk of ~4000 tokens
  bool freed = false;
  for (int i = 0; i < 300 && !freed; ++i) {
    const std::string m = http_request(port(), "GET", "/metrics", "").body;
    freed =
        metric(m, "mlxla_active_slots") == 0.0 &&
        metric(m, "mlxla_completions_total{finish_reason=\"cancelled\"}") == cancelled_before + 1;
    if (!freed) std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
  EXPECT_TRUE(freed) << http_request(port(), "GET", "/metrics", "").body;
}

TEST(ServerProcessTest, ApiKeyAndShutdownWhileStreaming) {
  ServeProcess server({"-m", model().dir.string(), "--parallel", "2", "--ctx-size", "4096",
                       "--api-key", "s3cret", "--model-alias", "tiny", "--threads", "1"});
  ASSERT_GT(server.port(), 0) << server.log();
  const int port = server.port();
  const json body{{"model", "tiny"}, {"prompt", "Hi"}, {"max_tokens", 3}};
  const HttpReply missing = post_json(port, "/v1/completions", body);
  EXPECT_EQ(missing.status, 401);
  EXPECT_EQ(parse(missing.body)["error"]["code"], "invalid_api_key");
  EXPECT_EQ(post_json(port, "/v1/completions", body, "Authorization: Bearer wrong\r\n").status,
            401);
  EXPECT_EQ(post_json(port, "/v1/completions", body, "Authorization: Bearer s3cret\r\n").status,
            200);
  EXPECT_EQ(http_request(port, "GET", "/health", "").status, 200);  // open without a key

  // SIGTERM while a long stream runs: the stream ends, the process exits 0.
  HttpReply streamed;
  std::thread client([&] {
    streamed = post_json(port, "/v1/completions",
                         json{{"model", "tiny"},
                              {"prompt", "Once"},
                              {"max_tokens", 4000},
                              {"ignore_eos", true},
                              {"stream", true}},
                         "Authorization: Bearer s3cret\r\n");
  });
  bool running = false;
  for (int i = 0; i < 300 && !running; ++i) {
    running = metric(http_request(port, "GET", "/metrics", "").body, "mlxla_active_slots") == 1.0;
    if (!running) std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  EXPECT_EQ(server.stop(SIGTERM), 0) << server.log();
  client.join();
  if (running) {
    const SseBody sse = parse_sse(streamed.body);
    EXPECT_TRUE(sse.done) << streamed.body.substr(0, 300);
  }
  EXPECT_NE(server.log().find("SIGTERM, shutting down"), std::string::npos) << server.log();
}

}  // namespace
}  // namespace mlxla::testing
