// `response_format` end to end on models/demo-q4 (committed): json_schema and json_object
// outputs parse and validate, greedy and sampled, streamed and not, 8 concurrent requests with
// 8 different schemas; malformed formats and unsupported schema features are 400s naming them.
// Also the other sampling options of issue 17: logit_bias forces and forbids tokens, requests
// without a seed differ (their seed is reported and replays them), seeded ones repeat.
// ctest-labels: e2e
#include <gtest/gtest.h>

#include <filesystem>
#include <future>
#include <vector>

#include "grammar/schema_validator.h"
#include "server/serve_process.h"
#include "tokenizer/tokenizer.h"

namespace mlxla::testing {
namespace {

using nlohmann::json;

constexpr const char* kName = "demo";

class ResponseFormatTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    const auto model = std::filesystem::path(MLXLA_SOURCE_DIR) / "models" / "demo-q4";
    server_ = new ServeProcess({"-m", model.string(), "--model-alias", kName, "--parallel", "4",
                                "--ctx-size", "256", "--threads", "2"});
  }
  static void TearDownTestSuite() {
    if (server_ != nullptr) {
      EXPECT_EQ(server_->stop(), 0) << server_->log();
    }
    delete server_;
    server_ = nullptr;
  }
  void SetUp() override { ASSERT_GT(server_->port(), 0) << server_->log(); }
  static int port() { return server_->port(); }
  static ServeProcess* server_;
};
ServeProcess* ResponseFormatTest::server_ = nullptr;

/// Schemas whose documents are short enough for the demo model's 256-token context.
std::vector<json> schemas() {
  return {
      json::parse(
          R"({"type":"object","properties":{"answer":{"type":"integer","minimum":0,"maximum":99},
                      "unit":{"enum":["cm","kg","s"]}},"required":["answer","unit"],"additionalProperties":false})"),
      json::parse(R"({"type":"object","properties":{"ok":{"type":"boolean"},"note":{"type":"null"}},
                      "required":["ok","note"],"additionalProperties":false})"),
      json::parse(
          R"({"type":"object","properties":{"xs":{"type":"array","items":{"type":"integer","minimum":-9,"maximum":9},
                      "minItems":1,"maxItems":3}},"required":["xs"],"additionalProperties":false})"),
      json::parse(R"({"type":"object","properties":{"name":{"type":"string","maxLength":6},
                      "pos":{"type":"object","properties":{"x":{"type":"integer","minimum":0,"maximum":9}},"required":["x"],
                      "additionalProperties":false}},"required":["name","pos"],"additionalProperties":false})"),
      json::parse(
          R"({"type":"object","properties":{"v":{"anyOf":[{"type":"integer","minimum":1,"maximum":5},{"const":"none"}]}},
                      "required":["v"],"additionalProperties":false})"),
      json::parse(
          R"({"type":"object","properties":{"c":{"const":"red"},"n":{"type":"integer","minimum":10,"maximum":12}},
                      "required":["c","n"],"additionalProperties":false})"),
      json::parse(
          R"({"type":"object","properties":{"t":{"type":"string","minLength":1,"maxLength":4}},"required":["t"],
                      "additionalProperties":false})"),
      json::parse(
          R"({"type":"object","properties":{"b":{"type":"array","items":{"type":"boolean"},"maxItems":2}},
                      "required":["b"],"additionalProperties":false})"),
  };
}

json chat_body(const json& schema, double temperature, int seed) {
  return json{
      {"model", kName},
      {"messages", json::array({{{"role", "user"}, {"content", "Q: give the answer as JSON"}}})},
      {"max_tokens", 220},
      {"temperature", temperature},
      {"seed", seed},
      {"response_format",
       {{"type", "json_schema"},
        {"json_schema", {{"name", "answer"}, {"schema", schema}, {"strict", true}}}}}};
}

void expect_valid(const std::string& content, const json& schema, const std::string& finish) {
  EXPECT_EQ(finish, "stop") << content;
  const json doc = json::parse(content, nullptr, false);
  ASSERT_FALSE(doc.is_discarded()) << "not JSON: " << content;
  EXPECT_EQ(grammar::testing::why_invalid(doc, schema, schema), "") << content;
}

TEST_F(ResponseFormatTest, JsonSchemaOutputsValidateGreedyAndSampled) {
  for (const json& schema : schemas()) {
    for (const auto& [temperature, seed] :
         std::vector<std::pair<double, int>>{{0.0, 0}, {1.0, 1}, {1.0, 2}}) {
      const HttpReply reply =
          post_json(port(), "/v1/chat/completions", chat_body(schema, temperature, seed));
      ASSERT_EQ(reply.status, 200) << reply.body;
      const json body = json::parse(reply.body);
      expect_valid(body["choices"][0]["message"]["content"].get<std::string>(), schema,
                   body["choices"][0]["finish_reason"].get<std::string>());
    }
  }
}

TEST_F(ResponseFormatTest, StreamedJsonSchemaValidates) {
  const json schema = schemas()[3];
  json request = chat_body(schema, 1.0, 5);
  request["stream"] = true;
  const HttpReply reply = post_json(port(), "/v1/chat/completions", request);
  ASSERT_EQ(reply.status, 200) << reply.body;
  const SseBody sse = parse_sse(reply.body);
  ASSERT_TRUE(sse.done && !sse.malformed) << reply.body;
  std::string content, finish;
  for (const json& event : sse.events) {
    const json& choice = event["choices"][0];
    if (choice["delta"].contains("content"))
      content += choice["delta"]["content"].get<std::string>();
    if (!choice["finish_reason"].is_null()) finish = choice["finish_reason"].get<std::string>();
  }
  expect_valid(content, schema, finish);
}

TEST_F(ResponseFormatTest, EightConcurrentRequestsEachWithItsOwnSchema) {
  const std::vector<json> all = schemas();
  std::vector<std::future<HttpReply>> replies;
  for (size_t i = 0; i < all.size(); ++i)
    replies.push_back(std::async(std::launch::async, [&, i] {
      return post_json(port(), "/v1/chat/completions",
                       chat_body(all[i], 1.0, static_cast<int>(100 + i)));
    }));
  for (size_t i = 0; i < all.size(); ++i) {
    const HttpReply reply = replies[i].get();
    ASSERT_EQ(reply.status, 200) << reply.body;
    const json body = json::parse(reply.body);
    expect_valid(body["choices"][0]["message"]["content"].get<std::string>(), all[i],
                 body["choices"][0]["finish_reason"].get<std::string>());
  }
}

TEST_F(ResponseFormatTest, JsonObjectIsAnObjectWhenItStops) {
  // Any object: nothing bounds a string, so a 220-token budget may end mid-document
  // ("length"); a document that stopped must be a JSON object.
  int stopped = 0;
  for (int seed = 0; seed < 4; ++seed) {
    json request = chat_body(json::object(), seed == 0 ? 0.0 : 1.0, seed);
    request["response_format"] = {{"type", "json_object"}};
    const HttpReply reply = post_json(port(), "/v1/chat/completions", request);
    ASSERT_EQ(reply.status, 200) << reply.body;
    const json body = json::parse(reply.body);
    const std::string content = body["choices"][0]["message"]["content"].get<std::string>();
    if (body["choices"][0]["finish_reason"] != "stop") continue;
    ++stopped;
    const json doc = json::parse(content, nullptr, false);
    EXPECT_TRUE(doc.is_object()) << content;
  }
  std::printf("json_object: %d of 4 stopped within 220 tokens\n", stopped);
}

TEST_F(ResponseFormatTest, MalformedFormatsAndUnsupportedFeaturesAre400s) {
  const json messages = json::array({{{"role", "user"}, {"content", "hi"}}});
  struct Case {
    std::string format;
    std::string param;
    std::string says;
  };
  const std::vector<Case> cases = {
      {R"("json")", "response_format", "must be an object"},
      {R"({"type":"xml"})", "response_format.type", "'xml'"},
      {R"({"type":"json_schema"})", "response_format.json_schema", "must be an object"},
      {R"({"type":"json_schema","json_schema":{"schema":{"type":"object"}}})",
       "response_format.json_schema.name", "name"},
      {R"({"type":"json_schema","json_schema":{"name":"bad name!","schema":{"type":"object"}}})",
       "response_format.json_schema.name", "name"},
      {R"({"type":"json_schema","json_schema":{"name":"x"}})", "response_format.json_schema.schema",
       "schema"},
      {R"({"type":"json_schema","json_schema":{"name":"x","schema":{"type":"string","pattern":"^a$"}}})",
       "response_format.json_schema.schema", "'pattern'"},
      {R"({"type":"json_schema","json_schema":{"name":"x","schema":{"type":"object",
          "properties":{"d":{"type":"string","format":"date"}}}}})",
       "response_format.json_schema.schema", "'format'"},
      {R"({"type":"json_schema","json_schema":{"name":"x","strict":"yes","schema":{"type":"object"}}})",
       "response_format.json_schema.strict", "boolean"},
  };
  for (const Case& c : cases) {
    const json request{
        {"model", kName}, {"messages", messages}, {"response_format", json::parse(c.format)}};
    const HttpReply reply = post_json(port(), "/v1/chat/completions", request);
    EXPECT_EQ(reply.status, 400) << c.format << " -> " << reply.body;
    const json body = json::parse(reply.body, nullptr, false);
    ASSERT_TRUE(body.contains("error")) << reply.body;
    EXPECT_EQ(body["error"]["param"], c.param) << reply.body;
    EXPECT_NE(body["error"]["message"].get<std::string>().find(c.says), std::string::npos)
        << reply.body;
  }
  const json with_ignore_eos{{"model", kName},
                             {"messages", messages},
                             {"ignore_eos", true},
                             {"response_format", {{"type", "json_object"}}}};
  EXPECT_EQ(post_json(port(), "/v1/chat/completions", with_ignore_eos).status, 400);
  // "text" is the default and changes nothing.
  const json text{{"model", kName},
                  {"messages", messages},
                  {"max_tokens", 4},
                  {"response_format", {{"type", "text"}}}};
  EXPECT_EQ(post_json(port(), "/v1/chat/completions", text).status, 200);
}

json completion_body(int max_tokens, double temperature) {
  return json{{"model", kName},
              {"prompt", "Once upon a time"},
              {"max_tokens", max_tokens},
              {"temperature", temperature}};
}

std::string header(const HttpReply& reply, const std::string& name) {
  const size_t at = reply.head.find(name + ": ");
  if (at == std::string::npos) return {};
  const size_t start = at + name.size() + 2;
  return reply.head.substr(start, reply.head.find("\r\n", start) - start);
}

std::string text_of(const HttpReply& reply) {
  EXPECT_EQ(reply.status, 200) << reply.body;
  return json::parse(reply.body)["choices"][0]["text"].get<std::string>();
}

TEST_F(ResponseFormatTest, LogitBiasForcesAndForbidsTokens) {
  auto tokenizer =
      tokenizer::Tokenizer::load(std::filesystem::path(MLXLA_SOURCE_DIR) / "models" / "demo-q4");
  ASSERT_TRUE(tokenizer.ok()) << tokenizer.error().message();
  const int32_t a = tokenizer->encode("cat", false).front();
  const int32_t b = tokenizer->encode(" dog", false).front();
  // +100 on one token: at temperature 1 it is every token sampled.
  json forced = completion_body(6, 1.0);
  forced["logit_bias"] = {{std::to_string(a), 100}};
  const std::vector<int32_t> six(6, a);
  EXPECT_EQ(text_of(post_json(port(), "/v1/completions", forced)), tokenizer->decode(six));
  // -100 on every token but two: only those two appear.
  json only_two = completion_body(8, 1.0);
  only_two["logit_bias"] = json::object();
  for (size_t id = 0; id < tokenizer->vocab_size(); ++id)
    if (static_cast<int32_t>(id) != a && static_cast<int32_t>(id) != b)
      only_two["logit_bias"][std::to_string(id)] = -100;
  const std::string piece_a = tokenizer->decode(std::vector<int32_t>{b, a})
                                  .substr(tokenizer->decode(std::vector<int32_t>{b}).size());
  const std::string piece_b = tokenizer->decode(std::vector<int32_t>{a, b})
                                  .substr(tokenizer->decode(std::vector<int32_t>{a}).size());
  ASSERT_FALSE(piece_a.empty());
  ASSERT_FALSE(piece_b.empty());
  // 32 seeds: among them are replies that start with each of the two tokens (a stripped
  // leading space is what made a single unseeded reply flaky here).
  for (uint64_t seed = 1; seed <= 32; ++seed) {
    only_two["seed"] = seed;
    const std::string reply = text_of(post_json(port(), "/v1/completions", only_two));
    std::string text = reply;
    // Consume the reply piece by piece. The decoder strips the first token's leading space, so
    // at the start a piece may also appear without it. Only non-empty candidates are tried:
    // every step removes at least one byte, so the loop ends.
    bool at_start = true;
    while (!text.empty()) {
      std::vector<std::string> candidates{piece_a, piece_b};
      if (at_start)
        for (const std::string& piece : {piece_a, piece_b})
          if (piece.size() > 1 && piece.front() == ' ') candidates.push_back(piece.substr(1));
      at_start = false;
      bool matched = false;
      for (const std::string& candidate : candidates) {
        if (text.rfind(candidate, 0) == 0) {
          text.erase(0, candidate.size());
          matched = true;
          break;
        }
      }
      if (!matched) break;
    }
    EXPECT_EQ(text, "") << "seed " << seed << ": a token other than the two allowed appeared in '"
                        << reply << "'";
  }
  // Bad ids and values are 400s naming logit_bias.
  for (const json& bias :
       {json{{"100000", 1}}, json{{"5", 101}}, json{{"abc", 1}}, json{{"-3", 1}}, json("x")}) {
    json bad = completion_body(2, 1.0);
    bad["logit_bias"] = bias;
    const HttpReply reply = post_json(port(), "/v1/completions", bad);
    EXPECT_EQ(reply.status, 400) << bias.dump() << " -> " << reply.body;
    EXPECT_EQ(json::parse(reply.body)["error"]["param"], "logit_bias") << reply.body;
  }
}

TEST_F(ResponseFormatTest, UnseededRequestsDifferSeededOnesRepeat) {
  // ignore_eos: every reply is 24 sampled tokens, so two unseeded ones cannot both be an early
  // end-of-sequence (the demo model often ends right away) and look alike by chance.
  json body = completion_body(24, 2.0);
  body["ignore_eos"] = true;
  const HttpReply first = post_json(port(), "/v1/completions", body);
  const HttpReply second = post_json(port(), "/v1/completions", body);
  const std::string seed_1 = header(first, "X-Mlxla-Seed"), seed_2 = header(second, "X-Mlxla-Seed");
  ASSERT_FALSE(seed_1.empty()) << first.head;
  EXPECT_NE(seed_1, seed_2);
  EXPECT_NE(text_of(first), text_of(second));
  // The reported seed replays the request.
  json replay = body;
  replay["seed"] = std::stoull(seed_1);
  const HttpReply again = post_json(port(), "/v1/completions", replay);
  EXPECT_EQ(text_of(again), text_of(first));
  EXPECT_EQ(header(again, "X-Mlxla-Seed"), seed_1);
  json seeded = completion_body(24, 2.0);
  seeded["seed"] = 1234;
  EXPECT_EQ(text_of(post_json(port(), "/v1/completions", seeded)),
            text_of(post_json(port(), "/v1/completions", seeded)));
}

}  // namespace
}  // namespace mlxla::testing
