// The official `openai` npm client (tests/server/js/openai_client_test.mjs) against `mlxla serve`.
// npm installs the client into the build tree at run time; without node/npm, or when the install
// fails (no registry access), the test skips with a message saying so.
// ctest-labels: e2e
#include <gtest/gtest.h>

#include <filesystem>

#include "server/serve_process.h"

namespace mlxla::testing {
namespace {

constexpr const char* kModel = "models/stories260K-mlx-q4-g32-f16";

TEST(OpenAiJsClient, ChatAndCompletionsStreamedAndNot) {
  MLXLA_REQUIRE_SHARED(kModel);
  if (run_program({"node", "--version"}).exit_code != 0 || run_program({"npm", "--version"}).exit_code != 0) {
    GTEST_SKIP() << "node and npm are needed for the openai-client test (apt-get install nodejs npm)";
  }
  const std::filesystem::path dir = std::filesystem::path(MLXLA_BINARY_DIR) / "server-js";
  std::filesystem::create_directories(dir);
  if (!std::filesystem::exists(dir / "node_modules" / "openai" / "package.json")) {
    const CommandResult install = run_program(
        {"timeout", "300", "npm", "install", "--prefix", dir.string(), "--no-audit", "--no-fund", "openai"});
    if (install.exit_code != 0) {
      GTEST_SKIP() << "npm install openai failed (no registry access?): " << install.err.substr(0, 500);
    }
  }
  const std::filesystem::path script = dir / "openai_client_test.mjs";
  std::filesystem::copy_file(std::filesystem::path(MLXLA_SOURCE_DIR) / "tests/server/js/openai_client_test.mjs", script,
                             std::filesystem::copy_options::overwrite_existing);
  ServeProcess server({"-m", (shared_dir() / kModel).string(), "--parallel", "2", "--ctx-size", "512",
                       "--model-alias", "tiny", "--threads", "2"});
  ASSERT_GT(server.port(), 0) << server.log();
  const CommandResult run = run_program(
      {"timeout", "120", "node", script.string(), "http://127.0.0.1:" + std::to_string(server.port()) + "/v1", "tiny"});
  EXPECT_EQ(run.exit_code, 0) << run.out << run.err << "\n--- server log ---\n" << server.log();
  EXPECT_NE(run.out.find("all checks passed"), std::string::npos) << run.out;
  EXPECT_EQ(server.stop(), 0) << server.log();
}

}  // namespace
}  // namespace mlxla::testing
