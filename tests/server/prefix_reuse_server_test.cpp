// `mlxla serve` prefix reuse end to end on models/demo-q4 (committed; a chat template that
// renders the whole conversation is written here): a prompt extending a finished request and a
// chat's second turn report usage.prompt_tokens_details.cached_tokens and reply exactly as a
// server without the cache (--cache-mb 0, which reports 0) does at temperature 0, streamed and
// not; /metrics counts reused tokens, hits, entries and bytes; concurrent requests with
// overlapping prefixes stay exact; a bad --cache-mb is refused.
// ctest-labels: e2e
#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <thread>
#include <vector>

#include "server/serve_process.h"

namespace mlxla::testing {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

/// models/demo-q4 with a chat template that writes every message (so a second turn's prompt
/// starts with the first turn's).
fs::path model_with_chat_template(const ScratchDir& scratch) {
  const fs::path source = fs::path(MLXLA_SOURCE_DIR) / "models/demo-q4";
  const fs::path dir = scratch / "model";
  fs::create_directories(dir);
  for (const auto& entry : fs::directory_iterator(source))
    fs::copy_file(entry.path(), dir / entry.path().filename());
  json config = json::parse(read_file(source / "tokenizer_config.json"));
  config["chat_template"] =
      "{{ bos_token }}{% for m in messages %}{{ m['role'] }}: {{ m['content'] }}\n{% endfor %}"
      "{% if add_generation_prompt %}assistant:{% endif %}";
  write_file(dir / "tokenizer_config.json", config.dump());
  return dir;
}

class PrefixReuseServer : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    scratch_ = new ScratchDir("prefix_reuse_server");
    const std::string model = model_with_chat_template(*scratch_).string();
    const std::vector<std::string> common = {
        "-m",        model, "--parallel",    "3",   "--ctx-size", "512",
        "--threads", "1",   "--model-alias", "demo"};
    cached_ = new ServeProcess(common);  // the default --cache-mb
    std::vector<std::string> off = common;
    off.insert(off.end(), {"--cache-mb", "0"});
    fresh_ = new ServeProcess(off);
  }
  static void TearDownTestSuite() {
    for (ServeProcess* server : {cached_, fresh_}) {
      if (server != nullptr) {
        EXPECT_EQ(server->stop(), 0) << server->log();
      }
      delete server;
    }
    cached_ = fresh_ = nullptr;
    delete scratch_;
    scratch_ = nullptr;
  }
  void SetUp() override {
    ASSERT_GT(cached_->port(), 0) << cached_->log();
    ASSERT_GT(fresh_->port(), 0) << fresh_->log();
  }
  static ScratchDir* scratch_;
  static ServeProcess* cached_;
  static ServeProcess* fresh_;
};
ScratchDir* PrefixReuseServer::scratch_ = nullptr;
ServeProcess* PrefixReuseServer::cached_ = nullptr;
ServeProcess* PrefixReuseServer::fresh_ = nullptr;

/// The parsed 200 reply of a non-streamed request (a failed expectation otherwise).
json post(const ServeProcess& server, const std::string& path, const json& body) {
  const HttpReply reply = post_json(server.port(), path, body);
  EXPECT_EQ(reply.status, 200) << reply.body;
  json doc = json::parse(reply.body, nullptr, false);
  EXPECT_TRUE(doc.is_object() && doc.contains("usage")) << reply.body;
  return doc.is_object() && doc.contains("usage") ? doc : json{{"usage", json::object()}};
}

int64_t cached_tokens(const json& reply) {
  const json& usage = reply["usage"];
  if (!usage.contains("prompt_tokens_details")) return -1;
  return usage["prompt_tokens_details"].value("cached_tokens", int64_t{-1});
}

std::vector<int32_t> ids(size_t length, int32_t salt) {
  std::vector<int32_t> out = {1};
  for (size_t i = 1; i < length; ++i)
    out.push_back(static_cast<int32_t>(3 + (salt * 29 + i * 13) % 440));
  return out;
}

double metric_value(const ServeProcess& server, const std::string& name) {
  return metric(http_request(server.port(), "GET", "/metrics", "").body, name).value_or(-1);
}

TEST_F(PrefixReuseServer, APromptExtendingAFinishedRequestReusesItExactly) {
  const std::vector<int32_t> first = ids(40, 1);
  json body{{"model", "demo"},
            {"prompt", first},
            {"max_tokens", 12},
            {"temperature", 0},
            {"ignore_eos", true}};
  const json a = post(*cached_, "/v1/completions", body);
  const json a_fresh = post(*fresh_, "/v1/completions", body);
  EXPECT_EQ(a["choices"][0]["text"], a_fresh["choices"][0]["text"]);
  EXPECT_EQ(cached_tokens(a_fresh), 0);

  std::vector<int32_t> second = first;
  const std::vector<int32_t> more = ids(10, 2);
  second.insert(second.end(), more.begin() + 1, more.end());  // without its leading BOS
  body["prompt"] = second;
  const json b = post(*cached_, "/v1/completions", body);
  const json b_fresh = post(*fresh_, "/v1/completions", body);
  EXPECT_EQ(cached_tokens(b), 40);  // the first prompt; its generated tokens differ from ours
  EXPECT_EQ(b["usage"]["prompt_tokens"], 49);
  EXPECT_EQ(cached_tokens(b_fresh), 0);
  EXPECT_EQ(b["choices"][0]["text"], b_fresh["choices"][0]["text"]);
  EXPECT_EQ(b["usage"]["completion_tokens"], b_fresh["usage"]["completion_tokens"]);

  // The same request again, streamed with include_usage: all but the last prompt token come
  // from the cache, and the final usage chunk says so.
  body["stream"] = true;
  body["stream_options"] = {{"include_usage", true}};
  const HttpReply streamed = post_json(cached_->port(), "/v1/completions", body);
  ASSERT_EQ(streamed.status, 200) << streamed.body;
  const SseBody sse = parse_sse(streamed.body);
  ASSERT_TRUE(sse.done && !sse.malformed) << streamed.body;
  std::string text;
  json usage;
  for (const json& event : sse.events) {
    if (event.contains("usage") && event["usage"].is_object()) usage = event["usage"];
    if (!event["choices"].empty()) text += event["choices"][0]["text"].get<std::string>();
  }
  EXPECT_EQ(text, b_fresh["choices"][0]["text"]);
  ASSERT_TRUE(usage.is_object()) << streamed.body;
  EXPECT_EQ(usage["prompt_tokens_details"]["cached_tokens"], 48);
  EXPECT_EQ(usage["prompt_tokens"], 49);
}

TEST_F(PrefixReuseServer, AChatsSecondTurnReusesTheFirst) {
  // demo-q4 replies here with one word, which the template's re-tokenization gives back: the
  // second turn reuses the reply's row too (24 of 46 tokens where the first prompt has 23).
  json messages = json::array({{{"role", "user"}, {"content", "Q: 3+4="}}});
  json body{{"model", "demo"}, {"messages", messages}, {"max_tokens", 20}, {"temperature", 0}};
  const json first = post(*cached_, "/v1/chat/completions", body);
  const json first_fresh = post(*fresh_, "/v1/chat/completions", body);
  const std::string reply = first["choices"][0]["message"]["content"];
  EXPECT_EQ(reply, first_fresh["choices"][0]["message"]["content"]);

  messages.push_back({{"role", "assistant"}, {"content", reply}});
  messages.push_back({{"role", "user"}, {"content", "Q: 5+1="}});
  body["messages"] = messages;
  const json second = post(*cached_, "/v1/chat/completions", body);
  const json second_fresh = post(*fresh_, "/v1/chat/completions", body);
  // The first turn's prompt ("...assistant:") is a prefix of the second's; the reply's tokens
  // count too as far as re-tokenizing the reply gives the generated ids back.
  const int64_t first_prompt = first["usage"]["prompt_tokens"];
  EXPECT_GE(cached_tokens(second), first_prompt - 1) << second.dump();
  EXPECT_LT(cached_tokens(second), second["usage"]["prompt_tokens"].get<int64_t>());
  EXPECT_EQ(cached_tokens(second_fresh), 0);
  EXPECT_EQ(second["choices"][0]["message"]["content"],
            second_fresh["choices"][0]["message"]["content"]);
  EXPECT_EQ(second["choices"][0]["finish_reason"], second_fresh["choices"][0]["finish_reason"]);
}

TEST_F(PrefixReuseServer, MetricsCountReusedTokens) {
  // At least one request reuses rows here, whatever ran before.
  json body{{"model", "demo"}, {"prompt", ids(30, 7)}, {"max_tokens", 3}, {"temperature", 0}};
  post(*cached_, "/v1/completions", body);
  EXPECT_EQ(cached_tokens(post(*cached_, "/v1/completions", body)), 29);
  EXPECT_GE(metric_value(*cached_, "mlxla_prompt_tokens_cached_total"), 29);
  EXPECT_GE(metric_value(*cached_, "mlxla_prefix_cache_hits_total"), 1);
  EXPECT_GE(metric_value(*cached_, "mlxla_prefix_cache_misses_total"), 0);
  EXPECT_GE(metric_value(*cached_, "mlxla_prefix_cache_entries"), 1);
  EXPECT_GT(metric_value(*cached_, "mlxla_prefix_cache_bytes"), 0);
  EXPECT_EQ(metric_value(*cached_, "mlxla_prefix_cache_evictions_total"), 0);
  EXPECT_EQ(metric_value(*cached_, "mlxla_prefix_cache_budget_bytes"), 1024.0 * 1024 * 1024);

  post(*fresh_, "/v1/completions", body);
  EXPECT_EQ(cached_tokens(post(*fresh_, "/v1/completions", body)), 0);
  EXPECT_EQ(metric_value(*fresh_, "mlxla_prompt_tokens_cached_total"), 0);
  EXPECT_EQ(metric_value(*fresh_, "mlxla_prefix_cache_hits_total"), 0);
  EXPECT_EQ(metric_value(*fresh_, "mlxla_prefix_cache_entries"), 0);
  EXPECT_EQ(metric_value(*fresh_, "mlxla_prefix_cache_budget_bytes"), 0);
}

TEST_F(PrefixReuseServer, ConcurrentOverlappingPrefixesStayExact) {
  // A shared 32-token start, branches and repeats of it, more clients than slots.
  constexpr int kClients = 10;
  std::vector<json> bodies;
  std::vector<json> expected;
  for (int i = 0; i < kClients; ++i) {
    std::vector<int32_t> prompt = ids(32, 11);
    for (int32_t id : ids(static_cast<size_t>(2 + i % 4), 20 + i % 3)) prompt.push_back(id);
    json body{{"model", "demo"},
              {"prompt", prompt},
              {"max_tokens", 8 + i % 3},
              {"temperature", 0},
              {"ignore_eos", true}};
    expected.push_back(post(*fresh_, "/v1/completions", body)["choices"][0]["text"]);
    bodies.push_back(std::move(body));
  }
  std::vector<json> got(kClients);
  std::vector<std::thread> clients;
  for (int i = 0; i < kClients; ++i)
    clients.emplace_back([&, i] { got[i] = post(*cached_, "/v1/completions", bodies[i]); });
  for (std::thread& client : clients) client.join();
  int64_t reused = 0;
  for (int i = 0; i < kClients; ++i) {
    EXPECT_EQ(got[i]["choices"][0]["text"], expected[i]) << "client " << i;
    EXPECT_GE(cached_tokens(got[i]), 0) << "client " << i;
    reused += std::max<int64_t>(cached_tokens(got[i]), 0);
  }
  EXPECT_GT(reused, 0);  // 3 slots, 10 clients: later ones are admitted after others finished
}

TEST(PrefixReuseServerFlags, ABadCacheSizeIsRefused) {
  const std::string model = (fs::path(MLXLA_SOURCE_DIR) / "models/demo-q4").string();
  for (const char* bad : {"-1", "99999999999"}) {
    const CommandResult r = run_cli({"serve", "-m", model, "--port", "0", "--cache-mb", bad});
    EXPECT_NE(r.exit_code, 0) << bad;
    EXPECT_NE(r.err.find("--cache-mb"), std::string::npos) << r.err;
  }
}

}  // namespace
}  // namespace mlxla::testing
