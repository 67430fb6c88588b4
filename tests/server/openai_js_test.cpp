// The official `openai` npm client (tests/server/js/*.mjs) against `mlxla serve`.
// npm installs the client into the build tree at run time; without node/npm, or when the install
// fails (no registry access), the test skips with a message saying so.
// ctest-labels: e2e
#include <gtest/gtest.h>

#include <filesystem>

#include "server/serve_process.h"

namespace mlxla::testing {
namespace {

constexpr const char* kModel = "models/stories260K-mlx-q4-g32-f16";

/// The directory holding the installed `openai` package and the scripts, or a skip reason.
std::string prepare_client(std::filesystem::path& dir) {
  if (run_program({"node", "--version"}).exit_code != 0 ||
      run_program({"npm", "--version"}).exit_code != 0) {
    return "node and npm are needed for the openai-client test (apt-get install nodejs npm)";
  }
  dir = std::filesystem::path(MLXLA_BINARY_DIR) / "server-js";
  std::filesystem::create_directories(dir);
  if (!std::filesystem::exists(dir / "node_modules" / "openai" / "package.json")) {
    const CommandResult install = run_program({"timeout", "300", "npm", "install", "--prefix",
                                               dir.string(), "--no-audit", "--no-fund", "openai"});
    if (install.exit_code != 0)
      return "npm install openai failed (no registry access?): " + install.err.substr(0, 500);
  }
  for (const char* script : {"openai_client_test.mjs", "agent_client_test.mjs"}) {
    std::filesystem::copy_file(std::filesystem::path(MLXLA_SOURCE_DIR) / "tests/server/js" / script,
                               dir / script, std::filesystem::copy_options::overwrite_existing);
  }
  return {};
}

/// Runs `script` against `mlxla serve -m model_dir` and expects "all checks passed".
void run_script(const std::filesystem::path& dir, const char* script,
                const std::filesystem::path& model_dir, const std::string& ctx_size,
                const std::string& mode = "") {
  ServeProcess server({"-m", model_dir.string(), "--parallel", "2", "--ctx-size", ctx_size,
                       "--model-alias", "tiny", "--threads", "2"});
  ASSERT_GT(server.port(), 0) << server.log();
  const CommandResult run =
      run_program({"timeout", "300", "node", (dir / script).string(),
                   "http://127.0.0.1:" + std::to_string(server.port()) + "/v1", "tiny", mode,
                   model_dir.string()});
  EXPECT_EQ(run.exit_code, 0) << run.out << run.err << "\n--- server log ---\n" << server.log();
  EXPECT_NE(run.out.find("all checks passed"), std::string::npos) << run.out;
  EXPECT_EQ(server.stop(), 0) << server.log();
}

// On stories260K, or without ../shared on the committed demo model.
TEST(OpenAiJsClient, ChatAndCompletionsStreamedAndNot) {
  std::filesystem::path dir;
  if (const std::string skip = prepare_client(dir); !skip.empty()) GTEST_SKIP() << skip;
  const bool shared = !shared_dir().empty() && std::filesystem::exists(shared_dir() / kModel);
  run_script(dir, "openai_client_test.mjs",
             shared ? shared_dir() / kModel
                    : std::filesystem::path(MLXLA_SOURCE_DIR) / "models" / "demo-q4",
             "512");
}

// Tool calls and logprobs through the client: on the committed demo model (needs no ../shared)
// and on stories260K (a model without a chat template: the tools go into a system message).
TEST(OpenAiJsClient, ToolCallsAndLogprobsOnTheDemoModel) {
  std::filesystem::path dir;
  if (const std::string skip = prepare_client(dir); !skip.empty()) GTEST_SKIP() << skip;
  run_script(dir, "agent_client_test.mjs",
             std::filesystem::path(MLXLA_SOURCE_DIR) / "models" / "demo-q4", "256");
}

TEST(OpenAiJsClient, ToolCallsAndLogprobsOnStories260K) {
  MLXLA_REQUIRE_SHARED(kModel);
  std::filesystem::path dir;
  if (const std::string skip = prepare_client(dir); !skip.empty()) GTEST_SKIP() << skip;
  run_script(dir, "agent_client_test.mjs", shared_dir() / kModel, "512", "one-tool");
}

}  // namespace
}  // namespace mlxla::testing
