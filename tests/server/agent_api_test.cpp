// The agent-facing fields of issue 17 end to end on models/demo-q4 (committed): tool_choice
// required and named, streamed and not, return calls whose arguments satisfy the schema; logprobs
// at temperature 0 equal the log-softmax of the reference backend's logits; a prompt that opens a
// <think> block gives reasoning_content; the tool, logprobs and CORS errors name their parameter;
// CORS preflights are answered for listed origins only.
// Every generation is greedy or seeded, so each result is fixed (per backend and thread count).
// ctest-labels: e2e
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <functional>
#include <map>

#include "grammar/schema_validator.h"
#include "mlxla/session.h"
#include "server/serve_process.h"
#include "tokenizer/tokenizer.h"

namespace mlxla::testing {
namespace {

using nlohmann::json;

constexpr const char* kName = "demo";

std::filesystem::path demo_model() {
  return std::filesystem::path(MLXLA_SOURCE_DIR) / "models" / "demo-q4";
}

class AgentApiTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    // --policy exact: the logprobs are compared with the reference backend's within 1e-4.
    server_ = new ServeProcess({"-m", demo_model().string(), "--model-alias", kName, "--parallel",
                                "4", "--ctx-size", "256", "--threads", "2", "--cors-origin",
                                "http://app.example", "--policy", "exact"});
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
ServeProcess* AgentApiTest::server_ = nullptr;

json tools() {
  return json::parse(R"([
    {"type": "function", "function": {"name": "get_weather", "description": "Weather of a city",
      "parameters": {"type": "object", "properties": {"city": {"type": "string", "maxLength": 8},
        "days": {"type": "integer", "minimum": 1, "maximum": 7}}, "required": ["city", "days"],
        "additionalProperties": false}}},
    {"type": "function", "function": {"name": "set_light",
      "parameters": {"type": "object", "properties": {"on": {"type": "boolean"},
        "color": {"enum": ["red", "green"]}}, "required": ["on", "color"], "additionalProperties": false}}}])");
}

json tool_request(const json& choice, double temperature, int seed, bool stream) {
  return json{{"model", kName},
              {"messages",
               json::array({{{"role", "user"}, {"content", "Q: what is the weather in Paris?"}}})},
              {"max_tokens", 220},
              {"temperature", temperature},
              {"seed", seed},
              {"tools", tools()},
              {"tool_choice", choice},
              {"stream", stream}};
}

/// The calls of a chat reply, streamed (deltas merged by index) or not; the finish reason.
struct Calls {
  std::vector<json> calls;  // {id, type, function: {name, arguments}}
  std::string finish;
  json content;
};

Calls read_calls(const HttpReply& reply, bool stream) {
  Calls out;
  if (!stream) {
    const json body = json::parse(reply.body);
    const json& choice = body["choices"][0];
    out.finish = choice["finish_reason"].get<std::string>();
    out.content = choice["message"]["content"];
    if (choice["message"].contains("tool_calls"))
      for (const json& c : choice["message"]["tool_calls"]) out.calls.push_back(c);
    return out;
  }
  const SseBody sse = parse_sse(reply.body);
  EXPECT_TRUE(sse.done && !sse.malformed) << reply.body;
  std::string content;
  for (const json& event : sse.events) {
    const json& choice = event["choices"][0];
    const json& delta = choice["delta"];
    if (delta.contains("content")) content += delta["content"].get<std::string>();
    if (delta.contains("tool_calls")) {
      for (const json& c : delta["tool_calls"]) {
        const size_t index = c["index"].get<size_t>();
        if (out.calls.size() <= index) out.calls.resize(index + 1, json::object());
        json& call = out.calls[index];
        for (const char* key : {"id", "type"})
          if (c.contains(key)) call[key] = c[key];
        if (c.contains("function")) {
          if (c["function"].contains("name")) call["function"]["name"] = c["function"]["name"];
          const std::string more = c["function"].value("arguments", "");
          call["function"]["arguments"] = call["function"].value("arguments", "") + more;
        }
      }
    }
    if (!choice["finish_reason"].is_null()) out.finish = choice["finish_reason"].get<std::string>();
  }
  out.content = content;
  return out;
}

/// The call names a tool and its arguments parse and satisfy the tool's schema.
void expect_valid_call(const json& call, const std::vector<std::string>& allowed) {
  ASSERT_TRUE(call.contains("function")) << call.dump();
  EXPECT_EQ(call["type"], "function");
  EXPECT_TRUE(call["id"].is_string() && call["id"].get<std::string>().rfind("call_", 0) == 0)
      << call.dump();
  const std::string name = call["function"]["name"].get<std::string>();
  EXPECT_NE(std::find(allowed.begin(), allowed.end(), name), allowed.end()) << name;
  const json args = json::parse(call["function"]["arguments"].get<std::string>(), nullptr, false);
  ASSERT_FALSE(args.is_discarded()) << call.dump();
  for (const json& tool : tools()) {
    if (tool["function"]["name"] != name) continue;
    const json& schema = tool["function"]["parameters"];
    EXPECT_EQ(grammar::testing::why_invalid(args, schema, schema), "") << call.dump();
  }
}

TEST_F(AgentApiTest, NamedAndRequiredToolChoiceReturnValidCalls) {
  const json named{{"type", "function"}, {"function", {{"name", "get_weather"}}}};
  for (const auto& [choice, allowed] : std::vector<std::pair<json, std::vector<std::string>>>{
           {named, {"get_weather"}}, {"required", {"get_weather", "set_light"}}}) {
    for (const auto& [temperature, seed] :
         std::vector<std::pair<double, int>>{{0.0, 0}, {0.9, 7}}) {
      Calls first;
      for (bool stream : {false, true}) {
        const HttpReply reply = post_json(port(), "/v1/chat/completions",
                                          tool_request(choice, temperature, seed, stream));
        ASSERT_EQ(reply.status, 200) << reply.body;
        const Calls got = read_calls(reply, stream);
        EXPECT_EQ(got.finish, "tool_calls") << reply.body;
        ASSERT_EQ(got.calls.size(), 1u) << reply.body;
        expect_valid_call(got.calls[0], allowed);
        if (!stream) {
          EXPECT_TRUE(got.content.is_null()) << reply.body;
          first = got;
        } else {
          // The same request streamed makes the same call (ids are fresh per response).
          EXPECT_EQ(got.calls[0]["function"], first.calls[0]["function"]);
          EXPECT_EQ(got.content, "");
        }
      }
    }
  }
}

TEST_F(AgentApiTest, HistoryWithToolCallsAndToolMessagesIsAccepted) {
  json request = tool_request("auto", 0.0, 0, false);
  request["max_tokens"] = 4;
  request["messages"] = json::parse(R"([
    {"role": "user", "content": "Q: weather?"},
    {"role": "assistant", "content": null, "tool_calls": [{"id": "call_1", "type": "function",
      "function": {"name": "get_weather", "arguments": "{\"city\": \"Paris\", \"days\": 1}"}}]},
    {"role": "tool", "tool_call_id": "call_1", "content": "sunny"},
    {"role": "user", "content": "Q: and so?"}])");
  const HttpReply reply = post_json(port(), "/v1/chat/completions", request);
  EXPECT_EQ(reply.status, 200) << reply.body;
  request["tool_choice"] = "none";
  EXPECT_EQ(post_json(port(), "/v1/chat/completions", request).status, 200);
}

/// log-softmax in double.
std::vector<double> log_softmax(const std::vector<float>& logits) {
  double max = -INFINITY;
  for (float v : logits) max = std::max(max, static_cast<double>(v));
  double sum = 0;
  for (float v : logits) sum += std::exp(static_cast<double>(v) - max);
  std::vector<double> out(logits.size());
  for (size_t i = 0; i < logits.size(); ++i)
    out[i] = static_cast<double>(logits[i]) - max - std::log(sum);
  return out;
}

TEST_F(AgentApiTest, LogprobsAtTemperatureZeroMatchTheReferenceBackend) {
  // The demo model answers "Q: ... A:" in a word and then ends; ignore_eos keeps it going, so
  // end-of-sequence tokens (special, not in the text) are among the 12 listed.
  const std::string prompt = "Q: What is the capital of France? A:";
  constexpr size_t kTokens = 12;
  const json request{{"model", kName},   {"prompt", prompt}, {"max_tokens", kTokens},
                     {"temperature", 0}, {"logprobs", 5},    {"ignore_eos", true}};
  const HttpReply reply = post_json(port(), "/v1/completions", request);
  ASSERT_EQ(reply.status, 200) << reply.body;
  const json choice = json::parse(reply.body)["choices"][0];
  const json& lp = choice["logprobs"];
  ASSERT_EQ(lp["tokens"].size(), kTokens) << reply.body;

  // The reference backend, fed the SERVER's tokens: the values are its log-softmax, and the
  // chosen token is its argmax wherever the reference's top two are further apart than the
  // tolerance. The CPU kernels sum in another order than the reference (both keep the KV cache in
  // f16) and the server reports a float: differences seen are ~2e-8, so 1e-4 leaves room for
  // another machine's kernels while still catching a wrong definition (temperature, a filter or
  // a bias applied would move values by far more). A near-tie may go either way, so the server's
  // token, not the reference's, is fed back: one flipped tie must not derail every later step.
  engine::SessionOptions options;
  options.backend = "reference";
  auto session = engine::Session::open(demo_model(), options);
  ASSERT_TRUE(session.ok()) << session.error().message();
  const tokenizer::Tokenizer* tok = (*session)->tokenizer();
  ASSERT_NE(tok, nullptr);
  // Every id by the piece the server lists for it (several ids may share one, e.g. byte pieces).
  std::multimap<std::string, int32_t> ids_by_piece;
  for (size_t v = 0; v < tok->vocab_size(); ++v) {
    const auto id = static_cast<int32_t>(v);
    ids_by_piece.emplace(
        tok->is_special(id) ? tok->id_to_token(id).value_or("") : tok->token_bytes(id).value_or(""),
        id);
  }
  // The id listed as `piece` whose reference value is nearest `value`, and that distance.
  auto nearest = [&](const std::string& piece, double value, const std::vector<double>& reference) {
    std::pair<int32_t, double> best{-1, INFINITY};
    for (auto [it, last] = ids_by_piece.equal_range(piece); it != last; ++it) {
      const double d = std::abs(value - reference[static_cast<size_t>(it->second)]);
      if (d < best.second) best = {it->second, d};
    }
    return best;
  };
  auto logits = (*session)->prefill(tok->encode(prompt, /*add_special_tokens=*/true));
  ASSERT_TRUE(logits.ok());
  constexpr double kTolerance = 1e-4;
  std::string spelled;
  size_t offset = 0;
  double max_difference = 0;
  for (size_t i = 0; i < kTokens; ++i) {
    const std::vector<double> reference = log_softmax(*logits);
    const std::string piece = lp["tokens"][i].get<std::string>();
    const double chosen = lp["token_logprobs"][i].get<double>();
    const auto [id, difference] = nearest(piece, chosen, reference);
    ASSERT_GE(id, 0) << "token " << i << " '" << piece << "' is no piece of the vocabulary";
    EXPECT_LE(difference, kTolerance) << "token " << i << " '" << piece << "'";
    max_difference = std::max(max_difference, difference);
    std::vector<double> sorted = reference;
    std::partial_sort(sorted.begin(), sorted.begin() + 2, sorted.end(), std::greater<>());
    if (sorted[0] - sorted[1] > kTolerance) {
      EXPECT_EQ(reference[static_cast<size_t>(id)], sorted[0])
          << "token " << i << " '" << piece << "' is not the reference's clear argmax";
    }
    // The chosen token is the most likely of the server's own top 5 (fewer keys when pieces
    // coincide), each a reference value too.
    const json& top = lp["top_logprobs"][i];
    ASSERT_GE(top.size(), 1u);
    ASSERT_LE(top.size(), 5u);
    EXPECT_TRUE(top.contains(piece)) << top.dump();
    for (const auto& [alt, value] : top.items()) {
      EXPECT_LE(value.get<double>(), chosen) << alt;
      EXPECT_LE(nearest(alt, value.get<double>(), reference).second, kTolerance) << alt;
    }
    EXPECT_EQ(lp["text_offset"][i].get<size_t>(), offset);
    offset += piece.size();
    if (!tok->is_special(id)) spelled += piece;
    auto next = (*session)->decode(id);
    ASSERT_TRUE(next.ok());
    logits = std::move(next);
  }
  std::printf("largest |server - reference| logprob of a chosen token: %.3g\n", max_difference);
  // The tokens spell the text (the decoder strips the leading space of the first piece).
  const std::string text = choice["text"].get<std::string>();
  EXPECT_TRUE(spelled == text ||
              (!spelled.empty() && spelled[0] == ' ' && spelled.substr(1) == text))
      << spelled << " vs " << text;
}

TEST_F(AgentApiTest, ChatLogprobsStreamedEqualNonStreamedAndSpellTheContent) {
  json request{
      {"model", kName},
      {"messages", json::array({{{"role", "user"}, {"content", "Q: Name three animals"}}})},
      {"max_tokens", 10},
      {"temperature", 0},
      {"ignore_eos", true},  // a fixed count whatever the model says: EOS tokens are listed
      {"logprobs", true},
      {"top_logprobs", 3}};
  const HttpReply whole = post_json(port(), "/v1/chat/completions", request);
  ASSERT_EQ(whole.status, 200) << whole.body;
  const json choice = json::parse(whole.body)["choices"][0];
  const json& entries = choice["logprobs"]["content"];
  ASSERT_EQ(entries.size(), 10u) << whole.body;
  // Special tokens (EOS, and with ignore_eos possibly <s> or <unk>) are listed but not in the
  // text: the tokenizer says which listed tokens are special.
  auto tok = tokenizer::Tokenizer::load(demo_model());
  ASSERT_TRUE(tok.ok()) << tok.error().message();
  auto is_special = [&](const std::string& token) {
    const auto id = tok->token_to_id(token);
    return id.has_value() && tok->is_special(*id);
  };
  std::string spelled;
  for (const json& e : entries) {
    std::string bytes;
    for (const json& b : e["bytes"]) bytes += static_cast<char>(b.get<int>());
    if (!is_special(e["token"].get<std::string>())) spelled += bytes;
    ASSERT_EQ(e["top_logprobs"].size(), 3u);
    EXPECT_EQ(e["top_logprobs"][0]["logprob"],
              e["logprob"]);  // greedy: the chosen is the most likely
    EXPECT_EQ(e["top_logprobs"][0]["bytes"], e["bytes"]);
  }
  const std::string content = choice["message"]["content"].get<std::string>();
  EXPECT_TRUE(spelled == content ||
              (!spelled.empty() && spelled[0] == ' ' && spelled.substr(1) == content))
      << spelled << " vs " << content;

  request["stream"] = true;
  const HttpReply streamed = post_json(port(), "/v1/chat/completions", request);
  const SseBody sse = parse_sse(streamed.body);
  ASSERT_TRUE(sse.done) << streamed.body;
  json merged = json::array();
  for (const json& event : sse.events) {
    const json& lp = event["choices"][0]["logprobs"];
    if (lp.is_null()) continue;
    for (const json& e : lp["content"]) merged.push_back(e);
  }
  EXPECT_EQ(merged, entries);
}

TEST_F(AgentApiTest, InvalidToolAndLogprobsFieldsNameTheirParameter) {
  const json messages = json::array({{{"role", "user"}, {"content", "hi"}}});
  auto chat = [&](const json& fields) {
    json b{{"model", kName}, {"messages", messages}};
    for (const auto& [k, v] : fields.items()) b[k] = v;
    return b;
  };
  const json named_nope{{"type", "function"}, {"function", {{"name", "nope"}}}};
  json bad_schema = tools();
  bad_schema[1]["function"]["parameters"]["properties"]["color"] =
      json{{"type", "string"}, {"pattern", "^r"}};
  const std::vector<std::pair<json, std::string>> cases = {
      {chat({{"tools", "all"}}), "tools"},
      {chat({{"tools", {{{"type", "retrieval"}}}}}), "tools[0].type"},
      {chat({{"tools", {{{"type", "function"}, {"function", {{"name", "bad name"}}}}}}}),
       "tools[0].function.name"},
      {chat({{"tools", tools()}, {"tool_choice", named_nope}}), "tool_choice"},
      {chat({{"tools", tools()}, {"tool_choice", "sometimes"}}), "tool_choice"},
      {chat({{"tools", tools()}, {"tool_choice", 3}}), "tool_choice"},
      {chat({{"tool_choice", "required"}}), "tool_choice"},
      {chat({{"tools", bad_schema}, {"tool_choice", "required"}}), "tools[1].function.parameters"},
      {chat({{"tools", tools()}, {"parallel_tool_calls", "yes"}}), "parallel_tool_calls"},
      {chat({{"tools", tools()}, {"tool_choice", "required"}, {"ignore_eos", true}}), "ignore_eos"},
      {chat({{"tools", tools()},
             {"tool_choice", "required"},
             {"response_format", {{"type", "json_object"}}}}),
       "tool_choice"},
      {chat({{"logprobs", "yes"}}), "logprobs"},
      {chat({{"logprobs", true}, {"top_logprobs", 21}}), "top_logprobs"},
      {chat({{"top_logprobs", 2}}), "top_logprobs"},
      {chat({{"messages",
              json::parse(
                  R"([{"role":"assistant","content":null,"tool_calls":[{"function":5}]}])")}}),
       "messages[0].tool_calls[0].function"},
      {json{{"model", kName}, {"prompt", "x"}, {"logprobs", true}}, "logprobs"},
      {json{{"model", kName}, {"prompt", "x"}, {"logprobs", 21}}, "logprobs"},
  };
  for (const auto& [body, param] : cases) {
    const std::string path = body.contains("prompt") ? "/v1/completions" : "/v1/chat/completions";
    const HttpReply reply = post_json(port(), path, body);
    EXPECT_EQ(reply.status, 400) << body.dump() << " -> " << reply.body;
    const json error = json::parse(reply.body, nullptr, false);
    ASSERT_TRUE(error.contains("error")) << reply.body;
    EXPECT_EQ(error["error"]["param"], param) << body.dump() << " -> " << reply.body;
  }
  // An auto tool_choice does not compile the schemas: a feature the grammar lacks is no error.
  EXPECT_EQ(
      post_json(port(), "/v1/chat/completions", chat({{"tools", bad_schema}, {"max_tokens", 2}}))
          .status,
      200);
}

TEST_F(AgentApiTest, CorsPreflightForListedOriginsOnly) {
  const std::string preflight =
      "Origin: http://app.example\r\nAccess-Control-Request-Method: POST\r\n"
      "Access-Control-Request-Headers: authorization, content-type\r\n";
  const HttpReply allowed =
      http_request(port(), "OPTIONS", "/v1/chat/completions", "", preflight, false);
  EXPECT_EQ(allowed.status, 204) << allowed.head;
  EXPECT_NE(allowed.head.find("Access-Control-Allow-Origin: http://app.example"), std::string::npos)
      << allowed.head;
  EXPECT_NE(allowed.head.find("Access-Control-Allow-Methods: GET, POST, OPTIONS"),
            std::string::npos)
      << allowed.head;
  EXPECT_NE(allowed.head.find("Access-Control-Allow-Headers: authorization, content-type"),
            std::string::npos);
  const HttpReply denied = http_request(port(), "OPTIONS", "/v1/chat/completions", "",
                                        "Origin: http://evil.example\r\n", false);
  EXPECT_EQ(denied.status, 403) << denied.head;
  EXPECT_EQ(denied.head.find("Access-Control-Allow-Origin"), std::string::npos) << denied.head;
  EXPECT_NE(denied.body.find("'http://evil.example' is not allowed"), std::string::npos)
      << denied.body;
  // An Origin that is not UTF-8 is still a 403 with a JSON body (bytes replaced), not a 500;
  // a preflight without an Origin says so.
  const HttpReply binary = http_request(port(), "OPTIONS", "/v1/chat/completions", "",
                                        "Origin: http://\xff\xfe.example\r\n", false);
  EXPECT_EQ(binary.status, 403) << binary.head << binary.body;
  EXPECT_TRUE(json::accept(binary.body)) << binary.body;
  const HttpReply no_origin =
      http_request(port(), "OPTIONS", "/v1/chat/completions", "", "", false);
  EXPECT_EQ(no_origin.status, 403) << no_origin.head;
  EXPECT_NE(no_origin.body.find("needs an Origin header"), std::string::npos) << no_origin.body;
  // Actual requests: the header for the listed origin, none for another.
  EXPECT_NE(http_request(port(), "GET", "/health", "", "Origin: http://app.example\r\n")
                .head.find("Access-Control-Allow-Origin: http://app.example"),
            std::string::npos);
  EXPECT_EQ(http_request(port(), "GET", "/health", "", "Origin: http://evil.example\r\n")
                .head.find("Access-Control-Allow-Origin"),
            std::string::npos);
}

// A DeepSeek-R1-style template opens a thinking block at the end of the prompt: the demo model's
// whole reply (it never writes </think>) is reasoning, streamed as delta.reasoning_content, and
// the same in both forms. The model directory is the demo's weights with that template.
TEST(AgentApiReasoning, PromptThatOpensAThinkingBlockGivesReasoningContent) {
  ScratchDir dir("reasoning-model");
  for (const char* file : {"config.json", "generation_config.json", "model.safetensors",
                           "model.safetensors.index.json", "tokenizer.json"}) {
    if (std::filesystem::exists(demo_model() / file))
      std::filesystem::create_symlink(demo_model() / file, dir / file);
  }
  std::ifstream in(demo_model() / "tokenizer_config.json");
  json config = json::parse(in);
  config["chat_template"] =
      "{{ bos_token }}{% for m in messages %}{% if m['role'] == 'user' %}{{ m['content'] }}{% "
      "endif %}"
      "{% if m['role'] == 'assistant' %}{{ m['content'].split('</think>')[-1] }}{% endif %}{% "
      "endfor %}"
      "{% if add_generation_prompt %} A:<think>\n{% endif %}";
  std::ofstream(dir / "tokenizer_config.json") << config.dump();
  ServeProcess server({"-m", dir.path().string(), "--model-alias", kName, "--ctx-size", "128",
                       "--threads", "2", "--parallel", "1"});
  ASSERT_GT(server.port(), 0) << server.log();
  json request{
      {"model", kName},
      {"messages", json::array({{{"role", "user"}, {"content", "Q: Name three animals"}}})},
      {"max_tokens", 6},
      {"temperature", 0},
      {"ignore_eos", true}};
  const HttpReply whole = post_json(server.port(), "/v1/chat/completions", request);
  ASSERT_EQ(whole.status, 200) << whole.body;
  const json message = json::parse(whole.body)["choices"][0]["message"];
  ASSERT_TRUE(message.contains("reasoning_content")) << whole.body;
  EXPECT_FALSE(message["reasoning_content"].get<std::string>().empty()) << whole.body;
  EXPECT_EQ(message["content"], "") << whole.body;
  request["stream"] = true;
  const SseBody sse = parse_sse(post_json(server.port(), "/v1/chat/completions", request).body);
  ASSERT_TRUE(sse.done);
  std::string reasoning, content;
  for (const json& event : sse.events) {
    const json& delta = event["choices"][0]["delta"];
    reasoning += delta.value("reasoning_content", "");
    content += delta.value("content", "");
  }
  EXPECT_EQ(reasoning, message["reasoning_content"]);
  EXPECT_EQ(content, "");
  EXPECT_EQ(server.stop(), 0) << server.log();
}

TEST(AgentApiNoCors, WithoutCorsOriginsThereAreNoCorsHeaders) {
  ServeProcess server({"-m", demo_model().string(), "--model-alias", kName, "--ctx-size", "64",
                       "--threads", "1", "--parallel", "1"});
  ASSERT_GT(server.port(), 0) << server.log();
  const HttpReply preflight =
      http_request(server.port(), "OPTIONS", "/v1/chat/completions", "",
                   "Origin: http://app.example\r\nAccess-Control-Request-Method: POST\r\n", false);
  EXPECT_EQ(preflight.status, 405);
  EXPECT_EQ(preflight.head.find("Access-Control-Allow"), std::string::npos) << preflight.head;
  const HttpReply health =
      http_request(server.port(), "GET", "/health", "", "Origin: http://app.example\r\n");
  EXPECT_EQ(health.head.find("Access-Control-Allow"), std::string::npos) << health.head;
  EXPECT_EQ(server.stop(), 0) << server.log();
}

}  // namespace
}  // namespace mlxla::testing
