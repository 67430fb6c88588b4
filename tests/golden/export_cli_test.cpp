// `mlxla export`: every graph kind x residency x precision exports (the generic form parses with
// mlir-opt-16 when installed); byte-exact .mlir goldens for the stories260K checkpoint and the
// Llama-3.2-1B-Instruct-4bit config; clear errors. Re-freeze goldens with MLXLA_UPDATE_GOLDENS=1
// (docs/GRAPHS.md). It lives here rather than in tests/cli/ because tests/CMakeLists.txt links
// tests/cli/* against the `mlxla_cli` executable target, which CMake refuses.
// ctest-labels: golden e2e
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "support/test_support.h"

namespace mlxla {
namespace {

namespace fs = std::filesystem;
using ::testing::HasSubstr;

constexpr const char* kStories = "models/stories260K-mlx-q4-g32-f16";
constexpr const char* kLlama1B = "configs/llama-3.2-1b-instruct-4bit";
const std::vector<std::string> kKinds{"prefill", "decode", "ragged", "batched"};
const std::vector<std::string> kResidencies{"dense", "f16", "packed"};
const std::vector<std::string> kPrecisions{"f32", "f16", "bf16"};
// Small fixed sizes keep the goldens readable; the structure does not depend on them.
const std::vector<std::string> kSizes{"--capacity", "64", "--batch", "2", "--chunk", "8"};

std::string find_mlir_opt() {
  for (const char* path : {"/usr/bin/mlir-opt-16", "/usr/lib/llvm-16/bin/mlir-opt"}) {
    if (fs::exists(path)) return path;
  }
  return "";
}

testing::CommandResult export_graph(const fs::path& model, const std::string& kind,
                                    const std::string& residency, const std::string& precision,
                                    const fs::path& out, bool generic,
                                    const std::vector<std::string>& sizes = kSizes) {
  std::vector<std::string> args{"export",  "-m",          model.string(), "--graph",
                                kind,      "--residency", residency,      "--precision",
                                precision, "--out",       out.string()};
  args.insert(args.end(), sizes.begin(), sizes.end());
  if (generic) args.push_back("--generic");
  return testing::run_cli(args);
}

TEST(ExportCli, EveryKindResidencyPrecisionExportsAndParses) {
  MLXLA_REQUIRE_SHARED(kStories);
  const fs::path model = testing::shared_dir() / kStories;
  const std::string mlir_opt = find_mlir_opt();
  testing::ScratchDir dir("export_cli_all");
  for (const auto& kind : kKinds) {
    for (const auto& residency : kResidencies) {
      for (const auto& precision : kPrecisions) {
        SCOPED_TRACE(kind + " " + residency + " " + precision);
        const fs::path out = dir / (kind + "-" + residency + "-" + precision);
        const auto result = export_graph(model, kind, residency, precision, out, /*generic=*/true);
        ASSERT_EQ(result.exit_code, 0) << result.err;
        const auto abi = nlohmann::json::parse(testing::read_file(out / "abi.json"));
        EXPECT_EQ(abi["metadata"]["graph"], kind);
        EXPECT_EQ(abi["metadata"]["residency"], residency);
        EXPECT_EQ(abi["metadata"]["precision"], precision);
        // Inputs first, then the two aliased caches, then weights (each with a binding).
        const auto& params = abi["parameters"];
        ASSERT_GT(params.size(), 4u);
        size_t caches = 0, weights = 0;
        for (const auto& p : params) {
          if (p["role"] == "kv_cache") {
            ++caches;
            EXPECT_FALSE(p["aliased_output"].is_null());
          }
          if (p["role"] == "weight") {
            ++weights;
            EXPECT_TRUE(p.contains("binding"));
          }
        }
        EXPECT_EQ(caches, 2u);
        EXPECT_GT(weights, 0u);
        const std::string text = testing::read_file(out / "module.mlir");
        EXPECT_THAT(text, HasSubstr("tf.aliasing_output"));
        if (!mlir_opt.empty()) {
          const auto parsed =
              testing::run_program({mlir_opt, "--allow-unregistered-dialect",
                                    (out / "module.mlir").string(), "-o", "/dev/null"});
          EXPECT_EQ(parsed.exit_code, 0) << parsed.err.substr(0, 2000);
        }
      }
    }
  }
  if (mlir_opt.empty())
    GTEST_SKIP() << "exports checked; mlir-opt-16 not installed, generic parse skipped";
}

struct Golden {
  std::string model_relative;  // under ../shared
  std::string name;            // tests/golden/export/<name>/
  std::string kind, residency, precision;
  std::vector<std::string> sizes = kSizes;
  /// A published float config: the test adds mlx-community's 4-bit g64 quantization block
  /// (qwen3_moe: routers 8-bit) and exports from config.json alone.
  bool quantize_config = false;
};

// The config of `relative` (under ../shared) with an mlx-community quantization block, written to
// `dir`: 4 bits, group 64, and for qwen3_moe every router `mlp.gate` at 8 bits (its
// quant_predicate).
fs::path quantized_config(const std::string& relative, const fs::path& dir) {
  nlohmann::ordered_json config = nlohmann::ordered_json::parse(
      testing::read_file(testing::shared_dir() / relative / "config.json"));
  nlohmann::ordered_json q = {{"group_size", 64}, {"bits", 4}, {"mode", "affine"}};
  if (config["model_type"] == "qwen3_moe") {
    for (int64_t i = 0; i < config["num_hidden_layers"].get<int64_t>(); ++i)
      q["model.layers." + std::to_string(i) + ".mlp.gate"] = {{"group_size", 64}, {"bits", 8}};
  }
  // gpt_oss as mlx-community ships it: MXFP4 experts (per-module overrides), the router 8-bit
  // (gpt_oss.py's quant_predicate), the rest at the default.
  if (config["model_type"] == "gpt_oss") {
    for (int64_t i = 0; i < config["num_hidden_layers"].get<int64_t>(); ++i) {
      const std::string p = "model.layers." + std::to_string(i) + ".mlp.";
      q[p + "router"] = {{"group_size", 64}, {"bits", 8}};
      for (const char* proj : {"gate_proj", "up_proj", "down_proj"})
        q[p + "experts." + proj] = {{"group_size", 32}, {"bits", 4}, {"mode", "mxfp4"}};
    }
  }
  config["quantization"] = q;
  config["quantization_config"] = q;
  fs::create_directories(dir);
  testing::write_file(dir / "config.json", config.dump(4));
  return dir;
}

// Gemma 3's local layers rotate only when the capacity exceeds their 512-position window.
constexpr const char* kGemma3 = "configs/gemma-3-1b-it";
const std::vector<std::string> kGemmaSizes{"--capacity", "640", "--batch", "2", "--chunk", "8"};

constexpr const char* kQwen3Moe = "configs/Qwen3-30B-A3B";
constexpr const char* kMixtral = "configs/Mixtral-8x7B-v0.1";
// gpt-oss-20b: capacity above its 128-position window, so the sliding layers rotate.
constexpr const char* kGptOss = "configs/gpt-oss-20b";
const std::vector<std::string> kGptOssSizes{"--capacity", "256", "--batch", "2", "--chunk", "8"};

std::vector<Golden> goldens() {
  std::vector<Golden> list;
  for (const auto& [relative, name] :
       {std::pair<std::string, std::string>{kStories, "stories260K-q4-g32-f16"},
        std::pair<std::string, std::string>{kLlama1B, "llama-3.2-1b-instruct-4bit"}}) {
    for (const auto& kind : kKinds) list.push_back({relative, name, kind, "packed", "f32"});
    for (const std::string kind : {"decode", "prefill"}) {
      for (const auto& residency : kResidencies) {
        for (const auto& precision : kPrecisions) {
          if (residency == "packed" && precision == "f32") continue;  // already listed
          list.push_back({relative, name, kind, residency, precision});
        }
      }
    }
  }
  // The rotating window caches (k_window_cache, mlxla.window_attention) of every kind.
  for (const auto& kind : kKinds)
    list.push_back({kGemma3, "gemma-3-1b-it", kind, "packed", "f32", kGemmaSizes});
  // Routed experts (mlxla.moe, the router's quantized_dot, stacked expert arguments).
  for (const std::string kind : {"decode", "prefill"}) {
    list.push_back({kQwen3Moe, "Qwen3-30B-A3B", kind, "packed", "f32", kSizes, true});
    list.push_back({kMixtral, "Mixtral-8x7B-v0.1", kind, "packed", "f32", kSizes, true});
    // Sinks, biases, MXFP4 experts with the clamped SwiGLU, YaRN, alternating windows.
    list.push_back({kGptOss, "gpt-oss-20b", kind, "packed", "f32", kGptOssSizes, true});
  }
  return list;
}

TEST(ExportCli, GoldenModules) {
  MLXLA_REQUIRE_SHARED(kStories);
  MLXLA_REQUIRE_SHARED(kLlama1B);
  MLXLA_REQUIRE_SHARED(kGemma3);
  MLXLA_REQUIRE_SHARED(kQwen3Moe);
  MLXLA_REQUIRE_SHARED(kMixtral);
  MLXLA_REQUIRE_SHARED(kGptOss);
  const char* update_env = std::getenv("MLXLA_UPDATE_GOLDENS");
  const bool update = update_env != nullptr && std::string(update_env) == "1";
  const fs::path golden_root = fs::path(MLXLA_SOURCE_DIR) / "tests" / "golden" / "export";
  testing::ScratchDir dir("export_cli_golden");
  for (const Golden& g : goldens()) {
    const std::string file = g.kind + "-" + g.residency + "-" + g.precision + ".mlir";
    SCOPED_TRACE(g.name + "/" + file);
    const fs::path out = dir / (g.name + "-" + file);
    const fs::path model = g.quantize_config
                               ? quantized_config(g.model_relative, dir / ("config-" + g.name))
                               : testing::shared_dir() / g.model_relative;
    const auto result =
        export_graph(model, g.kind, g.residency, g.precision, out, /*generic=*/false, g.sizes);
    ASSERT_EQ(result.exit_code, 0) << result.err;
    const std::string text = testing::read_file(out / "module.mlir");
    const fs::path golden = golden_root / g.name / file;
    if (update) {
      fs::create_directories(golden.parent_path());
      testing::write_file(golden, text);
      continue;
    }
    ASSERT_TRUE(fs::exists(golden)) << golden << " is missing; run with MLXLA_UPDATE_GOLDENS=1";
    // EXPECT_TRUE, not EXPECT_EQ: a 150 KB diff in the log helps nobody; `diff` does.
    EXPECT_TRUE(text == testing::read_file(golden))
        << "export differs from " << golden << "; compare with: diff " << golden << " "
        << (out / "module.mlir") << " (re-freeze with MLXLA_UPDATE_GOLDENS=1 if intended)";
  }
}

TEST(ExportCli, ConfigAloneGivesTheCheckpointsGraph) {
  // Exporting from config.json alone infers layer formats from the quantization block and
  // torch_dtype. For the q4-g32-f32 stories checkpoint that matches the tensors, so both exports
  // are the same module. (The -f16 variants store f16 scales under torch_dtype float32: config
  // alone cannot know that, and their config-only graph takes f32 scales.)
  constexpr const char* kF32Scales = "models/stories260K-mlx-q4-g32-f32";
  MLXLA_REQUIRE_SHARED(kF32Scales);
  testing::ScratchDir dir("export_cli_config_only");
  fs::create_directories(dir / "config_only");
  fs::copy_file(testing::shared_dir() / kF32Scales / "config.json",
                dir / "config_only" / "config.json");
  const auto a =
      export_graph(testing::shared_dir() / kF32Scales, "decode", "packed", "f32", dir / "a", false);
  const auto b = export_graph(dir / "config_only", "decode", "packed", "f32", dir / "b", false);
  ASSERT_EQ(a.exit_code, 0) << a.err;
  ASSERT_EQ(b.exit_code, 0) << b.err;
  EXPECT_TRUE(testing::read_file(dir / "a" / "module.mlir") ==
              testing::read_file(dir / "b" / "module.mlir"));
}

TEST(ExportCli, ClearErrors) {
  testing::ScratchDir dir("export_cli_errors");
  testing::write_file(dir / "config.json", "{}");
  auto r =
      testing::run_cli({"export", "-m", (dir / "missing").string(), "--out", (dir / "o").string()});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_THAT(r.err, HasSubstr("missing: no such directory"));
  r = testing::run_cli(
      {"export", "-m", dir.path().string(), "--graph", "sideways", "--out", (dir / "o").string()});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_THAT(r.err,
              HasSubstr("--graph: expected prefill, decode, ragged or batched, got 'sideways'"));
  r = testing::run_cli(
      {"export", "-m", dir.path().string(), "--residency", "int3", "--out", (dir / "o").string()});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_THAT(r.err, HasSubstr("--residency"));
  r = testing::run_cli(
      {"export", "-m", dir.path().string(), "--precision", "f8", "--out", (dir / "o").string()});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_THAT(r.err, HasSubstr("--precision"));
  r = testing::run_cli({"export", "-m", dir.path().string(), "--out", (dir / "o").string()});
  EXPECT_NE(r.exit_code, 0);  // "{}" is not a usable config: the config parser names the field
  EXPECT_THAT(r.err, HasSubstr("config.json"));
  EXPECT_FALSE(fs::exists(dir / "o" / "module.mlir"));
}

}  // namespace
}  // namespace mlxla
