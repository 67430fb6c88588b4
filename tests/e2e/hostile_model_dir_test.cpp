// ctest-labels: e2e
// Untrusted model directories end to end: a copy of models/demo-q4 mutated one way per case
// (lying config, bracket floods, FIFOs, devices, link loops, NaN/Inf scales and norms, hostile
// chat templates) makes `mlxla inspect/generate/tokenize/template` exit 1 with a message naming
// the file, field or tensor, within 10 s of CPU and 2 GiB of address space (bounded_command).
#include <sys/stat.h>

#include <cstdint>
#include <cstring>
#include <fstream>
#include <limits>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "engine/batch_engine.h"
#include "runtime/backend_registry.h"
#include "support/bounded_run.h"
#include "support/test_support.h"

namespace mlxla {
namespace {

using nlohmann::json;

const std::filesystem::path kDemo = std::filesystem::path(MLXLA_SOURCE_DIR) / "models" / "demo-q4";

// A private copy of the demo checkpoint.
class ModelCopy {
 public:
  ModelCopy() : dir_("hostile_model") {
    for (const auto& entry : std::filesystem::directory_iterator(kDemo)) {
      std::filesystem::copy_file(entry.path(), dir_ / entry.path().filename().string());
    }
  }
  std::filesystem::path path() const { return dir_.path(); }
  std::filesystem::path operator/(const std::string& name) const { return dir_ / name; }

  json read_json(const std::string& name) const {
    return json::parse(testing::read_file(dir_ / name));
  }
  void write_json(const std::string& name, const json& j) const {
    testing::write_file(dir_ / name, j.dump());
  }
  void replace_with(const std::string& name, const std::string& bytes) const {
    std::filesystem::remove(dir_ / name);
    testing::write_file(dir_ / name, bytes);
  }
  void replace_with_fifo(const std::string& name) const {
    std::filesystem::remove(dir_ / name);
    ASSERT_EQ(mkfifo((dir_ / name).c_str(), 0600), 0);
  }
  void replace_with_link(const std::string& name, const std::filesystem::path& target) const {
    std::filesystem::remove(dir_ / name);
    std::filesystem::create_symlink(target, dir_ / name);
  }

  // Overwrites element `index` of tensor `tensor` (F32 in the demo checkpoint) with `value`.
  void poke_f32(const std::string& tensor, size_t index, float value) const {
    const auto path = dir_ / "model.safetensors";
    std::string bytes = testing::read_file(path);
    uint64_t header_len = 0;
    std::memcpy(&header_len, bytes.data(), 8);
    const json header = json::parse(bytes.substr(8, header_len));
    ASSERT_TRUE(header.contains(tensor)) << tensor;
    ASSERT_EQ(header[tensor]["dtype"], "F32");
    const uint64_t begin = header[tensor]["data_offsets"][0].get<uint64_t>();
    std::memcpy(bytes.data() + 8 + header_len + begin + 4 * index, &value, 4);
    testing::write_file(path, bytes);
  }

 private:
  testing::ScratchDir dir_;
};

testing::CommandResult run_bounded_cli(const std::vector<std::string>& args) {
  std::vector<std::string> argv = {MLXLA_CLI_PATH};
  argv.insert(argv.end(), args.begin(), args.end());
  return testing::run_program(testing::bounded_command(argv));
}

// Runs every command in `commands` on `model` and expects exit 1 and `message` in its output.
void expect_clear_error(const ModelCopy& model,
                        const std::vector<std::vector<std::string>>& commands,
                        const std::string& message) {
  if (!testing::address_space_limit_supported()) {
    std::printf(
        "note: sanitizer build, RLIMIT_AS not applied to the CLI (the time bound still is)\n");
  }
  for (std::vector<std::string> args : commands) {
    args.insert(args.begin() + 1, {"-m", model.path().string()});
    const auto r = run_bounded_cli(args);
    ASSERT_TRUE(r.exit_code != 137 && r.exit_code != 152)
        << args[0] << ": exceeded " << testing::kBoundedSeconds << " s of CPU or "
        << testing::kBoundedWallSeconds << " s of wall-clock time";
    EXPECT_EQ(r.exit_code, 1) << args[0] << ": " << r.err;
    // inspect lists problems on stdout; the other commands report on stderr.
    const std::string text = r.err + r.out;
    EXPECT_NE(text.find(message), std::string::npos)
        << args[0] << ": output was: " << text.substr(0, 500);
  }
}

const std::vector<std::string> kInspect = {"inspect"};
const std::vector<std::string> kGenerate = {"generate", "-p", "hi", "-n", "2", "--temp", "0"};
const std::vector<std::string> kTokenize = {"tokenize", "hi"};

TEST(HostileModelDir, DemoCopyWorks) {
  ModelCopy model;
  for (const auto& args : {kInspect, kGenerate, kTokenize}) {
    std::vector<std::string> a = args;
    a.insert(a.begin() + 1, {"-m", model.path().string()});
    const auto r = run_bounded_cli(a);
    EXPECT_EQ(r.exit_code, 0) << a[0] << ": " << r.err;
  }
}

TEST(HostileModelDir, ImplausibleLayerCountIsRefusedBeforeAnythingIsSized) {
  ModelCopy model;
  json config = model.read_json("config.json");
  config["num_hidden_layers"] = 2147483648LL;
  model.write_json("config.json", config);
  expect_clear_error(
      model, {kInspect, kGenerate},
      "config.json: field 'num_hidden_layers' 2147483648 is implausibly large (the limit is 1024)");
}

TEST(HostileModelDir, BracketFloodsInEveryJsonFile) {
  for (const char* file :
       {"config.json", "generation_config.json", "model.safetensors.index.json"}) {
    ModelCopy model;
    model.replace_with(file, std::string(60u << 20, '['));
    expect_clear_error(model, {kInspect, kGenerate},
                       std::string(file) + ": JSON nests arrays/objects deeper than 128");
  }
  for (const char* file : {"tokenizer.json", "tokenizer_config.json"}) {
    ModelCopy model;
    model.replace_with(file, std::string(60u << 20, '['));
    expect_clear_error(model, {kTokenize, kGenerate},
                       std::string(file) + ": JSON nests arrays/objects deeper than 128");
  }
}

TEST(HostileModelDir, SafetensorsHeaderOfNinetyMegabytesOfBrackets) {
  ModelCopy model;
  const uint64_t header_len = 90u << 20;
  std::string bytes(8 + header_len, '[');
  std::memcpy(bytes.data(), &header_len, 8);
  model.replace_with("model.safetensors", bytes);
  expect_clear_error(model, {kInspect, kGenerate},
                     "model.safetensors: header: JSON nests arrays/objects deeper than 128");
}

TEST(HostileModelDir, SafetensorsHeaderOfNinetyMegabytesOfFlatEntries) {
  ModelCopy model;
  std::filesystem::remove(model / "model.safetensors.index.json");
  std::string header = "{";
  for (size_t i = 0; header.size() < (90u << 20) - 32; ++i) {
    header += '"';  // appended piecewise: GCC 12 warns falsely (-Wrestrict) on "\"" + string
    header += std::to_string(i);
    header += "\":0,";
  }
  header.back() = '}';
  const uint64_t header_len = header.size();
  std::string bytes(8, '\0');
  std::memcpy(bytes.data(), &header_len, 8);
  model.replace_with("model.safetensors", bytes + header);
  expect_clear_error(model, {kInspect, kGenerate},
                     "model.safetensors: header: JSON has more than 4194304 elements");
}

TEST(HostileModelDir, FifosFailInsteadOfBlocking) {
  for (const char* file : {"model.safetensors", "config.json", "generation_config.json"}) {
    ModelCopy model;
    model.replace_with_fifo(file);
    expect_clear_error(model, {kInspect, kGenerate},
                       std::string(file) + ": is a FIFO, not a regular file");
  }
  for (const char* file : {"tokenizer.json", "tokenizer_config.json"}) {
    ModelCopy model;
    model.replace_with_fifo(file);
    expect_clear_error(model, {kTokenize, kGenerate},
                       std::string(file) + ": is a FIFO, not a regular file");
  }
}

TEST(HostileModelDir, DevZeroAsTokenizerOrWeights) {
  for (const char* file : {"tokenizer.json", "model.safetensors"}) {
    ModelCopy model;
    model.replace_with_link(file, "/dev/zero");
    expect_clear_error(model, {kGenerate},
                       std::string(file) + ": is a character device, not a regular file");
  }
}

TEST(HostileModelDir, SymlinkLoopIsReportedAsALoop) {
  ModelCopy model;
  model.replace_with_link("config.json", model / "loop.json");
  std::filesystem::create_symlink(model / "config.json", model / "loop.json");
  expect_clear_error(model, {kInspect, kGenerate},
                     "config.json: too many levels of symbolic links");
}

// generate/chat used to run without a tokenizer (the loop read as "absent"), and serve's engine
// let a std::filesystem_error escape (the process ended).
TEST(HostileModelDir, TokenizerLinkLoopIsReportedAsALoop) {
  ModelCopy model;
  model.replace_with_link("tokenizer.json", model / "loop.json");
  std::filesystem::create_symlink(model / "tokenizer.json", model / "loop.json");
  expect_clear_error(model, {kTokenize, kGenerate},
                     "tokenizer.json: too many levels of symbolic links");
  const auto outcome = testing::run_bounded([&] {
    auto backend = runtime::make_backend("cpu");
    if (!backend.ok()) return "backend: " + backend.error().message();
    engine::BatchEngineOptions options;
    options.slots = 1;
    options.capacity = 64;
    auto engine = engine::BatchEngine::open(model.path(), std::move(*backend), options);
    return engine.ok() ? std::string("opened") : engine.error().message();
  });
  ASSERT_TRUE(outcome.finished) << "BatchEngine::open: " << outcome.describe();
  EXPECT_NE(outcome.text.find("tokenizer.json: too many levels of symbolic links"),
            std::string::npos)
      << "BatchEngine::open: " << outcome.text;
}

TEST(HostileModelDir, NestedTokenizerSequences) {
  ModelCopy model;
  json tok = model.read_json("tokenizer.json");
  tok["pre_tokenizer"] = "@@";
  std::string text = tok.dump();
  std::string nested;
  for (int i = 0; i < 100'000; ++i) nested += R"({"type": "Sequence", "pretokenizers": [)";
  nested += R"({"type": "Whitespace"})";
  for (int i = 0; i < 100'000; ++i) nested += "]}";
  text.replace(text.find("\"@@\""), 4, nested);
  model.replace_with("tokenizer.json", text);
  expect_clear_error(model, {kTokenize, kGenerate},
                     "tokenizer.json: JSON nests arrays/objects deeper than 128");
}

TEST(HostileModelDir, NonFiniteScalesBiasesAndNormsNameTheTensor) {
  const float nan = std::numeric_limits<float>::quiet_NaN();
  const float inf = std::numeric_limits<float>::infinity();
  const struct {
    const char* tensor;
    float value;
    const char* what;
  } cases[] = {
      {"model.layers.1.self_attn.q_proj.scales", nan, "NaN"},
      {"model.layers.0.mlp.down_proj.scales", inf, "Inf"},
      {"model.embed_tokens.biases", -inf, "Inf"},
      {"model.layers.2.input_layernorm.weight", nan, "NaN"},
      {"model.norm.weight", inf, "Inf"},
  };
  for (const auto& c : cases) {
    ModelCopy model;
    model.poke_f32(c.tensor, 3, c.value);
    expect_clear_error(model, {kInspect, kGenerate},
                       "tensor '" + std::string(c.tensor) + "' has a non-finite value (" + c.what +
                           ") at element 3");
  }
}

// Hostile chat templates through tokenizer_config.json: the render fails with its error (or
// renders), the process does not crash.
TEST(HostileModelDir, ChatTemplatesFromTokenizerConfig) {
  const struct {
    const char* source;
    int exit_code;
    const char* expect;  // in stdout (exit 0) or stderr (otherwise)
  } cases[] = {
      {"{{ [1,2,3][1::9223372036854775807] }}", 0, "[2]"},
      {"{{ 'abc'[1::9223372036854775807] }}", 0, "b"},
      // Render limits are kInvalidArgument: exit 2.
      {"{% for i in range(1000000) %}{% for j in range(1000000) %}{% endfor %}{% endfor %}", 2,
       "render stopped after 2000000 steps"},
      {"{% set s = messages[0].content %}{{ s.replace('a', s ~ s ~ s ~ s ~ s) }}", 2,
       "exceeds the limit"},
  };
  for (const auto& c : cases) {
    ModelCopy model;
    json config = model.read_json("tokenizer_config.json");
    config["chat_template"] = c.source;
    model.write_json("tokenizer_config.json", config);
    testing::write_file(model / "messages.json",
                        R"([{"role": "user", "content": ")" + std::string(4096, 'a') + R"("}])");
    const auto r = run_bounded_cli({"template", "-m", model.path().string(), "--messages",
                                    (model / "messages.json").string()});
    ASSERT_TRUE(r.exit_code != 137 && r.exit_code != 152)
        << c.source << ": exceeded " << testing::kBoundedSeconds << " s of CPU or "
        << testing::kBoundedWallSeconds << " s of wall-clock time";
    EXPECT_EQ(r.exit_code, c.exit_code) << c.source << ": " << r.err;
    const std::string& text = c.exit_code == 0 ? r.out : r.err;  // (stdout, or the error)
    EXPECT_NE(text.find(c.expect), std::string::npos) << c.source << ": " << text.substr(0, 300);
  }
}

}  // namespace
}  // namespace mlxla
