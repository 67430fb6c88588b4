// Models by name and chat-template variables end to end: `-m ORG/NAME` resolved in a fake
// Hugging Face cache (HF_HUB_CACHE) holding models/demo-q4 behind blob symlinks, for generate,
// inspect, bench-free commands; `--template-kwargs` reaching the template (Qwen3's
// enable_thinking rendered byte for byte against Hugging Face's output when ../shared exists).
// ctest-labels: e2e
#include <cstdlib>
#include <string>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "support/test_support.h"

namespace mlxla {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

fs::path demo_model() {
  return fs::path(MLXLA_SOURCE_DIR) / "models/demo-q4";
}

/// Sets an environment variable for the life of the object (the CLI child inherits it).
class ScopedEnv {
 public:
  ScopedEnv(const char* name, const std::string& value) : name_(name) {
    if (const char* old = std::getenv(name)) old_ = old, had_ = true;
    ::setenv(name, value.c_str(), 1);
  }
  ~ScopedEnv() {
    if (had_) {
      ::setenv(name_, old_.c_str(), 1);
    } else {
      ::unsetenv(name_);
    }
  }

 private:
  const char* name_;
  std::string old_;
  bool had_ = false;
};

/// <root>/models--org--demo: every file of models/demo-q4 copied into blobs/ and linked from
/// snapshots/<rev>/ by a relative symlink, refs/main naming <rev> (huggingface_hub's layout).
fs::path make_cache(const fs::path& root) {
  const std::string rev = "4f1c2b7d9e0a";
  const fs::path repo = root / "models--org--demo";
  fs::create_directories(repo / "blobs");
  fs::create_directories(repo / "refs");
  fs::create_directories(repo / "snapshots" / rev);
  int blob = 0;
  for (const auto& entry : fs::directory_iterator(demo_model())) {
    const std::string blob_name = "blob" + std::to_string(blob++);
    fs::copy_file(entry.path(), repo / "blobs" / blob_name);
    fs::create_symlink(fs::path("../../blobs") / blob_name,
                       repo / "snapshots" / rev / entry.path().filename());
  }
  testing::write_file(repo / "refs" / "main", rev);
  return repo / "snapshots" / rev;
}

TEST(ModelByName, GenerateAndInspectFindTheCachedSnapshot) {
  testing::ScratchDir scratch("model_by_name");
  const fs::path snapshot = make_cache(scratch.path());
  ScopedEnv cache("HF_HUB_CACHE", scratch.path().string());

  const auto direct = testing::run_cli(
      {"generate", "-m", demo_model().string(), "-p", "Q: 482+319= A:", "--temp", "0"});
  ASSERT_EQ(direct.exit_code, 0) << direct.err;
  const auto by_name =
      testing::run_cli({"generate", "-m", "org/demo", "-p", "Q: 482+319= A:", "--temp", "0"});
  ASSERT_EQ(by_name.exit_code, 0) << by_name.err;
  EXPECT_EQ(by_name.out, direct.out);
  EXPECT_FALSE(by_name.out.empty());

  const auto inspect = testing::run_cli({"inspect", "-m", "org/demo", "--json"});
  ASSERT_EQ(inspect.exit_code, 0) << inspect.err;
  const json doc = json::parse(inspect.out);
  EXPECT_EQ(fs::path(doc.at("model_dir").get<std::string>()), snapshot);

  const auto tokens = testing::run_cli({"tokenize", "-m", "org/demo", "Q: 1+2= A:"});
  EXPECT_EQ(tokens.exit_code, 0) << tokens.err;
}

TEST(ModelByName, AMissingNameSaysWhereItLookedAndHowToDownload) {
  testing::ScratchDir scratch("model_by_name");
  ScopedEnv cache("HF_HUB_CACHE", scratch.path().string());
  for (const char* command : {"generate", "inspect", "bench", "export", "serve"}) {
    std::vector<std::string> args = {command, "-m", "mlx-community/Qwen3-0.6B-4bit"};
    if (std::string(command) == "generate") args.insert(args.end(), {"-p", "hi"});
    if (std::string(command) == "export")
      args.insert(args.end(), {"--out", (scratch / "x").string()});
    const auto r = testing::run_cli(args);
    EXPECT_NE(r.exit_code, 0) << command;
    EXPECT_NE(r.err.find("models--mlx-community--Qwen3-0.6B-4bit"), std::string::npos)
        << command << ": " << r.err;
    EXPECT_NE(r.err.find("huggingface-cli download mlx-community/Qwen3-0.6B-4bit"),
              std::string::npos)
        << command << ": " << r.err;
  }
}

TEST(TemplateKwargs, ReachTheTemplateAsVariables) {
  testing::ScratchDir scratch("template_kwargs");
  testing::write_file(scratch / "messages.json", R"([{"role": "user", "content": "hi"}])");
  testing::write_file(scratch / "t.jinja",
                      "{% for m in messages %}{{ m.content }}{% endfor %}|"
                      "{% if enable_thinking is defined and not enable_thinking %}no-think"
                      "{% else %}think{% endif %}|{{ style | default('plain') }}");
  const std::vector<std::string> base = {"template",
                                         "-m",
                                         demo_model().string(),
                                         "--messages",
                                         (scratch / "messages.json").string(),
                                         "--chat-template",
                                         (scratch / "t.jinja").string()};
  const auto plain = testing::run_cli(base);
  ASSERT_EQ(plain.exit_code, 0) << plain.err;
  EXPECT_EQ(plain.out, "hi|think|plain");

  auto args = base;
  args.insert(args.end(), {"--template-kwargs", R"({"enable_thinking": false, "style": "terse"})"});
  const auto with = testing::run_cli(args);
  ASSERT_EQ(with.exit_code, 0) << with.err;
  EXPECT_EQ(with.out, "hi|no-think|terse");
}

TEST(TemplateKwargs, MalformedKwargsAreRefusedByName) {
  const std::string model = demo_model().string();
  for (const char* bad : {"[1, 2]", "{not json", R"({"messages": []})"}) {
    for (const char* command : {"chat", "generate"}) {
      std::vector<std::string> args = {command, "-m", model, "--template-kwargs", bad};
      if (std::string(command) == "generate") args.insert(args.end(), {"--chat", "-p", "hi"});
      const auto r = testing::run_cli(args, "hello\n");
      EXPECT_EQ(r.exit_code, 2) << command << " " << bad << ": " << r.err;
      EXPECT_NE(r.err.find("--template-kwargs"), std::string::npos) << r.err;
    }
  }
  const auto needs_chat =
      testing::run_cli({"generate", "-m", model, "-p", "hi", "--template-kwargs", "{}"});
  EXPECT_EQ(needs_chat.exit_code, 2);
  EXPECT_NE(needs_chat.err.find("need --chat"), std::string::npos) << needs_chat.err;
}

TEST(TemplateKwargs, ChatAndGenerateAcceptThem) {
  const std::string model = demo_model().string();
  const auto chat = testing::run_cli({"chat", "-m", model, "-q", "--temp", "0", "-n", "4",
                                      "--template-kwargs", R"({"enable_thinking": false})"},
                                     "Q: 1+2= A:\n");
  EXPECT_EQ(chat.exit_code, 0) << chat.err;
  const auto gen = testing::run_cli({"generate", "-m", model, "--chat", "-p", "Q: 1+2= A:", "-n",
                                     "4", "--temp", "0", "--template-kwargs", "{\"x\": 1}"});
  EXPECT_EQ(gen.exit_code, 0) << gen.err;
}

/// Qwen3's own template with enable_thinking, as Hugging Face renders it.
TEST(TemplateKwargs, Qwen3EnableThinkingRendersByteForByte) {
  MLXLA_REQUIRE_SHARED("fixtures/tokenizers/chat_templates/qwen3.expected.jsonl");
  const fs::path dir = testing::shared_dir() / "fixtures/tokenizers/chat_templates";
  const std::string text = testing::read_file(dir / "qwen3.expected.jsonl");
  testing::ScratchDir scratch("template_kwargs");
  int checked = 0;
  size_t begin = 0;
  while (begin < text.size()) {
    size_t end = text.find('\n', begin);
    if (end == std::string::npos) end = text.size();
    const json record = json::parse(text.substr(begin, end - begin));
    begin = end + 1;
    const json& context = record.at("context");
    if (!context.contains("enable_thinking")) continue;
    testing::write_file(scratch / "messages.json", context.at("messages").dump());
    const json kwargs{{"enable_thinking", context.at("enable_thinking")},
                      {"eos_token", context.at("eos_token")}};
    const auto r =
        testing::run_cli({"template", "-m", demo_model().string(), "--messages",
                          (scratch / "messages.json").string(), "--chat-template",
                          (dir / "qwen3.template.jinja").string(), "--add-generation-prompt",
                          "--template-kwargs", kwargs.dump()});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(r.out, record.at("rendered").get<std::string>()) << record.at("case");
    ++checked;
  }
  EXPECT_EQ(checked, 2);
}

}  // namespace
}  // namespace mlxla
