// The text commands end to end: generate (the stories260K golden text, stop strings, seeds,
// --chat, the default policy), chat over piped stdin (turns, /reset, /exit, cache reuse), tokenize
// and template on the tokenizer fixtures, and malformed flags (non-zero exit, a message naming the
// flag).
// ctest-labels: e2e golden
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "support/test_support.h"

namespace mlxla {
namespace {

using nlohmann::json;

std::string stories() {
  return (testing::shared_dir() / "models/stories260K").string();
}
std::filesystem::path fixtures() {
  return testing::shared_dir() / "fixtures/tokenizers";
}

std::vector<json> read_jsonl(const std::filesystem::path& path) {
  std::vector<json> records;
  const std::string text = testing::read_file(path);
  size_t begin = 0;
  while (begin < text.size()) {
    size_t end = text.find('\n', begin);
    if (end == std::string::npos) end = text.size();
    if (end > begin) records.push_back(json::parse(text.substr(begin, end - begin)));
    begin = end + 1;
  }
  return records;
}

/// A plain chat template the tests own (stories260K's tokenizer has none).
const char* const kPlainTemplate =
    "{% for m in messages %}{{ m.role }}: {{ m.content }}\n{% endfor %}"
    "{% if add_generation_prompt %}assistant:{% endif %}";

TEST(GenerateText, EmptyPromptGreedyIsTheGoldenText) {
  MLXLA_REQUIRE_SHARED("models/stories260K/expected_greedy_200.txt");
  const auto r =
      testing::run_cli({"generate", "-m", stories(), "-p", "", "-n", "200", "--temp", "0"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, testing::read_file(testing::shared_dir() /
                                      "models/stories260K/expected_greedy_200.txt"));
  EXPECT_NE(r.err.find("tok/s"), std::string::npos) << r.err;
}

TEST(GenerateText, ReferenceBackendAndDenseResidencyAgree) {
  MLXLA_REQUIRE_SHARED("models/stories260K/expected_greedy_200.txt");
  const std::string golden =
      testing::read_file(testing::shared_dir() / "models/stories260K/expected_greedy_200.txt");
  const auto r =
      testing::run_cli({"generate", "-m", stories(), "-p", "", "-n", "40", "--temp", "0",
                        "--backend", "reference", "--residency", "dense", "--threads", "1"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  ASSERT_FALSE(r.out.empty());
  EXPECT_EQ(r.out, golden.substr(0, r.out.size()));
}

// The default --policy is fast on packed weights (the logits are the explicit fast policy's
// and not the exact one's), has no effect on dense residency, and runs exact on the reference
// backend, which refuses only an explicit --policy fast. models/demo-q4 is committed (4-bit).
TEST(GenerateText, DefaultPolicyIsFastWhereTheBackendHasIt) {
  testing::ScratchDir scratch("text_cli_policy");
  const std::string demo = std::string(MLXLA_SOURCE_DIR) + "/models/demo-q4";
  auto logits = [&](const std::string& name, const std::vector<std::string>& extra) {
    const std::string path = (scratch / (name + ".json")).string();
    std::vector<std::string> args = {"generate",   "-m",           demo, "--prompt-ids",
                                     "1,20,31,44", "-n",           "3",  "--threads",
                                     "1",          "--logits-out", path};
    args.insert(args.end(), extra.begin(), extra.end());
    const auto r = testing::run_cli(args);
    EXPECT_EQ(r.exit_code, 0) << name << ": " << r.err;
    return testing::read_file(path);
  };
  const std::string by_default = logits("default", {});
  ASSERT_FALSE(by_default.empty());
  EXPECT_EQ(by_default, logits("fast", {"--policy", "fast"}));
  EXPECT_EQ(by_default, logits("greedy", {"--temp", "0"}));  // greedy said explicitly
  const auto sampled =
      testing::run_cli({"generate", "-m", demo, "--prompt-ids", "1", "-n", "1", "--temp", "0.5",
                        "--logits-out", (scratch / "sampled.json").string()});
  EXPECT_NE(sampled.exit_code, 0);
  EXPECT_NE(sampled.err.find("greedy decoding"), std::string::npos) << sampled.err;
  EXPECT_NE(by_default, logits("exact", {"--policy", "exact"}));
  EXPECT_EQ(logits("dense", {"--residency", "dense"}),
            logits("dense_exact", {"--residency", "dense", "--policy", "exact"}));
  EXPECT_EQ(logits("reference", {"--backend", "reference"}),
            logits("reference_exact", {"--backend", "reference", "--policy", "exact"}));
  const auto refused = testing::run_cli({"generate", "-m", demo, "--prompt-ids", "1", "-n", "1",
                                         "--backend", "reference", "--policy", "fast"});
  EXPECT_NE(refused.exit_code, 0);
  EXPECT_NE(refused.err.find("policy 'fast'"), std::string::npos) << refused.err;
}

TEST(GenerateText, StopStringCutsTheOutput) {
  MLXLA_REQUIRE_SHARED("models/stories260K/expected_greedy_200.txt");
  const std::string golden =
      testing::read_file(testing::shared_dir() / "models/stories260K/expected_greedy_200.txt");
  const auto r = testing::run_cli({"generate", "-m", stories(), "-p", "", "-n", "200", "--temp",
                                   "0", "--stop", "park", "--stop", "Lily"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, golden.substr(0, golden.find("Lily")));
  EXPECT_NE(r.err.find("stop string"), std::string::npos) << r.err;
}

TEST(GenerateText, SeedMakesSamplingReproducible) {
  MLXLA_REQUIRE_SHARED("models/stories260K");
  const std::vector<std::string> base = {
      "generate", "-m", stories(), "-p", "Once upon a time", "-n", "60", "--temp", "1.0",
      "--top-k",  "0",  "--top-p", "1",  "--min-p",          "0"};
  auto with_seed = [&](const char* seed) {
    std::vector<std::string> args = base;
    args.insert(args.end(), {"--seed", seed});
    return testing::run_cli(args);
  };
  const auto a = with_seed("7"), b = with_seed("7"), c = with_seed("8");
  ASSERT_EQ(a.exit_code, 0) << a.err;
  EXPECT_EQ(a.out, b.out);
  EXPECT_NE(a.out, c.out);
}

TEST(GenerateText, ChatWrapsThePromptAndMatchesTheChatRepl) {
  MLXLA_REQUIRE_SHARED("models/stories260K");
  testing::ScratchDir scratch("text_cli_chat");
  const auto tmpl = scratch / "plain.jinja";
  testing::write_file(tmpl, kPlainTemplate);
  const std::vector<std::string> common = {
      "-m",     stories(), "--chat-template", tmpl.string(),      "-n", "20",
      "--temp", "0",       "--system",        "You tell stories."};
  std::vector<std::string> gen = {"generate", "--chat", "-p", "Tell me about a cat."};
  gen.insert(gen.end(), common.begin(), common.end());
  const auto first = testing::run_cli(gen);
  ASSERT_EQ(first.exit_code, 0) << first.err;
  ASSERT_FALSE(first.out.empty());

  std::vector<std::string> chat = {"chat"};
  chat.insert(chat.end(), common.begin(), common.end());
  const auto repl = testing::run_cli(
      chat, "Tell me about a cat.\nAnd then?\n/reset\nTell me about a cat.\n/exit\nnot read\n");
  ASSERT_EQ(repl.exit_code, 0) << repl.err;
  // Turn 1 and the turn after /reset see the same conversation, so they say the same thing.
  ASSERT_EQ(repl.out.compare(0, first.out.size() + 1, first.out + "\n"), 0) << repl.out;
  const std::string tail = first.out + "\n";
  ASSERT_GE(repl.out.size(), 2 * tail.size());
  EXPECT_EQ(repl.out.substr(repl.out.size() - tail.size()), tail) << repl.out;
  const std::string second = repl.out.substr(tail.size(), repl.out.size() - 2 * tail.size());
  EXPECT_FALSE(second.empty());
  EXPECT_NE(repl.err.find("history cleared"), std::string::npos) << repl.err;
  // Three turns ran (the line after /exit was not read); the second reused the first's cache.
  size_t turns = 0;
  for (size_t at = repl.err.find("prompt:"); at != std::string::npos;
       at = repl.err.find("prompt:", at + 1))
    ++turns;
  EXPECT_EQ(turns, 3u) << repl.err;
  EXPECT_NE(repl.err.find("(0 reused)"), std::string::npos);
  const size_t second_stats = repl.err.find("prompt:", repl.err.find("prompt:") + 1);
  const std::string second_line =
      repl.err.substr(second_stats, repl.err.find('\n', second_stats) - second_stats);
  EXPECT_EQ(second_line.find("(0 reused)"), std::string::npos) << second_line;
}

TEST(GenerateText, ChatNeedsATemplate) {
  MLXLA_REQUIRE_SHARED("models/stories260K");
  const auto g = testing::run_cli({"generate", "-m", stories(), "--chat", "-p", "hi", "-n", "3"});
  EXPECT_NE(g.exit_code, 0);
  EXPECT_NE(g.err.find("chat_template"), std::string::npos) << g.err;
  const auto c = testing::run_cli({"chat", "-m", stories()}, "hi\n");
  EXPECT_NE(c.exit_code, 0);
  EXPECT_NE(c.err.find("chat_template"), std::string::npos) << c.err;
}

TEST(Tokenize, MatchesTheFixtures) {
  MLXLA_REQUIRE_SHARED("fixtures/tokenizers/llama3/expected.jsonl");
  for (const char* name : {"llama3", "llama2", "phi-3-mini"}) {
    const std::string dir = (fixtures() / name).string();
    const auto records = read_jsonl(fixtures() / name / "expected.jsonl");
    int checked = 0;
    for (const json& rec : records) {
      // Each run loads a 128k vocabulary: one record per tokenizer under ASan.
      if (rec.contains("caveat") || checked == testing::unless_sanitized(3, 1)) continue;
      ++checked;
      const std::string text = rec["text"].get<std::string>();
      const auto r = testing::run_cli({"tokenize", "-m", dir, "--json", "--", text});
      ASSERT_EQ(r.exit_code, 0) << r.err;
      const json out = json::parse(r.out);
      EXPECT_EQ(out["ids"], rec["ids"]) << name << " " << rec["name"];
      EXPECT_EQ(out["tokens"], rec["tokens"]) << name << " " << rec["name"];
      const auto bare =
          testing::run_cli({"tokenize", "-m", dir, "--no-special", "--json", "--", text});
      ASSERT_EQ(bare.exit_code, 0) << bare.err;
      const json bare_out = json::parse(bare.out);
      EXPECT_EQ(bare_out["ids"], rec["ids_no_special"]) << name << " " << rec["name"];
      if (checked > 1) continue;  // loading a 128k vocabulary per run is slow: the plain form once
      // The plain form: one "id<TAB>token as a JSON string" line per token.
      const auto plain = testing::run_cli({"tokenize", "-m", dir, "--no-special", "--", text});
      ASSERT_EQ(plain.exit_code, 0) << plain.err;
      std::string expected;
      for (size_t i = 0; i < bare_out["ids"].size(); ++i)
        expected += std::to_string(bare_out["ids"][i].get<int>()) + "\t" +
                    bare_out["tokens"][i].dump() + "\n";
      EXPECT_EQ(plain.out, expected) << name << " " << rec["name"];
    }
    EXPECT_EQ(checked, testing::unless_sanitized(3, 1)) << name;
  }
}

TEST(Template, RendersTheFixtureContexts) {
  MLXLA_REQUIRE_SHARED("fixtures/tokenizers/chat_templates/phi-3-mini.expected.jsonl");
  testing::ScratchDir scratch("text_cli_template");
  const auto context_file = scratch / "context.json";
  for (const json& rec : read_jsonl(fixtures() / "chat_templates/phi-3-mini.expected.jsonl")) {
    testing::write_file(context_file, rec["context"].dump());
    const auto r = testing::run_cli({"template", "-m", (fixtures() / "phi-3-mini").string(),
                                     "--messages", context_file.string()});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(r.out, rec["rendered"].get<std::string>()) << rec["case"];
  }
  // A bare messages array plus --add-generation-prompt; BOS/EOS come from the tokenizer.
  for (const json& rec : read_jsonl(fixtures() / "chat_templates/llama-3.2.expected.jsonl")) {
    if (rec["case"] != "explicit_date_string") continue;
    testing::write_file(context_file, rec["context"].dump());
    const auto r = testing::run_cli(
        {"template", "-m", (fixtures() / "llama3").string(), "--messages", context_file.string()});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(r.out, rec["rendered"].get<std::string>());
  }
  const json single = read_jsonl(fixtures() / "chat_templates/phi-3-mini.expected.jsonl").front();
  ASSERT_EQ(single["case"], "single_user_gen");
  testing::write_file(context_file, single["context"]["messages"].dump());
  const auto r = testing::run_cli({"template", "-m", (fixtures() / "phi-3-mini").string(),
                                   "--messages", context_file.string(), "--add-generation-prompt"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, single["rendered"].get<std::string>());
}

TEST(TextCli, MalformedFlagsAreClearErrors) {
  // Flags are checked before the model is opened, so a missing directory is enough here.
  testing::ScratchDir scratch("text_cli_flags");
  const std::string none = (scratch / "no-model").string();
  testing::write_file(scratch / "bad.json", "{not json");
  struct Case {
    std::vector<std::string> args;
    std::string message;
  };
  const std::vector<Case> cases = {
      {{"generate", "-m", none}, "give a prompt"},
      {{"generate", "-m", none, "-p", "x", "--prompt-ids", "1"}, "not both"},
      {{"generate", "-m", none, "-p", "x", "--temp", "-1"}, "temperature"},
      {{"generate", "-m", none, "-p", "x", "--top-p", "0"}, "top_p"},
      {{"generate", "-m", none, "-p", "x", "--min-p", "1.5"}, "min_p"},
      {{"generate", "-m", none, "-p", "x", "--repeat-penalty", "0"}, "repetition_penalty"},
      {{"generate", "-m", none, "-p", "x", "-n", "-5"}, "-n"},
      {{"generate", "-m", none, "-p", "x", "--residency", "sparse"}, "--residency"},
      {{"generate", "-m", none, "-p", "x", "--precision", "f8"}, "--precision"},
      {{"generate", "-m", none, "-p", "x", "--system", "s"}, "need --chat"},
      {{"generate", "-m", none, "-p", "x", "--top-k", "many"}, "--top-k"},
      {{"generate", "-m", none, "-p", "x", "--bogus"}, "--bogus"},
      {{"generate", "-m", none, "-p", "x"}, "no-model: no such directory"},
      {{"chat", "-m", none, "--threads", "-2"}, "--threads"},
      {{"chat", "-m", none, "--temp", "-0.5"}, "temperature"},
      {{"tokenize", "-m", none}, "text"},
      {{"tokenize", "-m", none, "hello"}, "no-model: no such directory"},
      {{"template", "-m", none}, "--messages"},
      {{"template", "-m", none, "--messages", (scratch / "absent.json").string()}, "absent.json"},
      {{"template", "-m", none, "--messages", (scratch / "bad.json").string()}, "not valid JSON"},
  };
  for (const Case& c : cases) {
    const auto r = testing::run_cli(c.args);
    EXPECT_NE(r.exit_code, 0) << c.args[0] << " " << c.message;
    EXPECT_NE(r.err.find(c.message), std::string::npos) << c.message << " in: " << r.err;
    EXPECT_TRUE(r.out.empty()) << r.out;
  }
}

// The defaults users get (issue 13): the fast policy and 64-token prefill chunks, stated in the
// help of every command that runs a model.
TEST(TextCli, HelpStatesTheDefaultPolicyAndChunk) {
  for (const char* command : {"generate", "chat", "serve", "serve-bench", "bench"}) {
    const auto r = testing::run_cli({command, "--help"});
    EXPECT_EQ(r.exit_code, 0) << command << ": " << r.err;
    EXPECT_NE(r.out.find("--policy TEXT=fast"), std::string::npos) << command << "\n" << r.out;
    EXPECT_NE(r.out.find("--chunk INT=64"), std::string::npos) << command << "\n" << r.out;
  }
}

TEST(TextCli, MissingDefaultModelIsAClearError) {
  const auto r = testing::run_program({"env", "MLXLA_DEFAULT_MODEL=/nonexistent/mlxla-default",
                                       MLXLA_CLI_PATH, "generate", "-p", "hi"});
  EXPECT_NE(r.exit_code, 0);
  EXPECT_NE(r.err.find("MLXLA_DEFAULT_MODEL"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("-m DIR"), std::string::npos) << r.err;
}

}  // namespace
}  // namespace mlxla
