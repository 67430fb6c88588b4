// Chat-template variables in the server: `--template-kwargs` for every chat request and a
// request's `chat_template_kwargs` overriding them key by key (seen through the prompt's token
// count), and a 400 naming the field for malformed ones. Runs on models/demo-q4 with a chat
// template the test writes, so it needs no ../shared.
// ctest-labels: e2e
#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "server/serve_process.h"

namespace mlxla::testing {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

/// models/demo-q4 with a chat template that appends the variable `suffix` when it is set.
fs::path model_with_template(const ScratchDir& scratch) {
  const fs::path source = fs::path(MLXLA_SOURCE_DIR) / "models/demo-q4";
  const fs::path dir = scratch / "model";
  fs::create_directories(dir);
  for (const auto& entry : fs::directory_iterator(source)) {
    fs::copy_file(entry.path(), dir / entry.path().filename());
  }
  json config = json::parse(read_file(source / "tokenizer_config.json"));
  config["chat_template"] =
      "{{ bos_token }}{% for m in messages %}{{ m['content'] }}{% endfor %}"
      "{% if suffix is defined %} {{ suffix }}{% endif %} A:";
  write_file(dir / "tokenizer_config.json", config.dump());
  return dir;
}

int64_t prompt_tokens(int port, const json& extra) {
  json body{{"model", "model"},
            {"messages", json::array({json{{"role", "user"}, {"content", "Q: 1+2="}}})},
            {"max_tokens", 1},
            {"temperature", 0}};
  for (const auto& [key, value] : extra.items()) body[key] = value;
  const HttpReply reply = http_request(port, "POST", "/v1/chat/completions", body.dump());
  EXPECT_EQ(reply.status, 200) << reply.body;
  const json doc = json::parse(reply.body, nullptr, false);
  if (!doc.is_object() || !doc.contains("usage")) return -1;
  return doc["usage"]["prompt_tokens"].get<int64_t>();
}

TEST(ServerTemplateKwargs, ServerDefaultsAndRequestOverrides) {
  ScratchDir scratch("server_template_kwargs");
  const fs::path model = model_with_template(scratch);
  ServeProcess server({"-m", model.string(), "--parallel", "1", "--ctx-size", "256", "--threads",
                       "1", "--template-kwargs", R"({"suffix": "1 2 3 4 5 6"})"});
  ASSERT_GT(server.port(), 0) << server.log();
  const int64_t with_default = prompt_tokens(server.port(), json::object());
  const int64_t overridden =
      prompt_tokens(server.port(), {{"chat_template_kwargs", {{"suffix", "1"}}}});
  ASSERT_GT(with_default, 0);
  ASSERT_GT(overridden, 0);
  EXPECT_LT(overridden, with_default);

  for (const json& bad : {json(1), json("x"), json{{"messages", json::array()}}}) {
    json body{{"model", "model"},
              {"messages", json::array({json{{"role", "user"}, {"content", "hi"}}})},
              {"chat_template_kwargs", bad}};
    const HttpReply reply =
        http_request(server.port(), "POST", "/v1/chat/completions", body.dump());
    EXPECT_EQ(reply.status, 400) << reply.body;
    const json doc = json::parse(reply.body, nullptr, false);
    ASSERT_TRUE(doc.is_object()) << reply.body;
    EXPECT_EQ(doc["error"]["param"], "chat_template_kwargs") << reply.body;
  }
  EXPECT_EQ(server.stop(), 0) << server.log();
}

}  // namespace
}  // namespace mlxla::testing
