// Each family against an independent numpy reference written from mlx-lm's definitions
// (tests/reference/mlx_reference.py): small random checkpoints in the mlx-community layout
// (written by `mlxla synth`: 4-bit and 8-bit, tied and untied), `mlxla generate --policy exact
// --kv-dtype f32 --logits-out` (an f32 cache: the tolerance below covers f32 rounding only) against
// the reference's logits at the same positions (teacher-forced on mlxla's ids, so a near tie cannot
// make the sides diverge), within a tolerance derived from the accumulation lengths; the greedy ids
// must be the reference's argmax wherever its top two are further apart than that tolerance.
// ctest-labels: e2e numerics
#include <algorithm>
#include <cmath>
#include <filesystem>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "support/test_support.h"

namespace mlxla {
namespace {

using nlohmann::json;

constexpr const char* kPython = "/usr/bin/python3";

json small_llama(const std::string& model_type) {
  return {{"model_type", model_type},
          {"hidden_size", 64},
          {"intermediate_size", 128},
          {"num_hidden_layers", 2},
          {"num_attention_heads", 4},
          {"num_key_value_heads", 2},
          {"vocab_size", 256},
          {"rms_norm_eps", 1e-5},
          {"rope_theta", 10000.0},
          {"max_position_embeddings", 64},
          {"tie_word_embeddings", false},
          {"torch_dtype", "bfloat16"}};
}

struct Case {
  std::string name;
  json config;
  int bits = 4;
  int group_size = 32;
  int prompt_length = 6;
  int tokens = 10;  ///< prompt + tokens reach past windows and original contexts
  int capacity = 32;
};

std::vector<Case> cases() {
  std::vector<Case> out;
  {
    json c = small_llama("qwen3");
    c["head_dim"] = 32;  // q width 128 != hidden 64
    c["tie_word_embeddings"] = true;
    out.push_back({"qwen3_q4_tied", c, 4});
    c["tie_word_embeddings"] = false;
    out.push_back({"qwen3_q8_untied", c, 8});
  }
  {
    json c = small_llama("gemma3_text");
    c["head_dim"] = 32;
    c["query_pre_attn_scalar"] = 24;
    c["sliding_window"] = 4;  // shorter than the 16-token sequence
    c["sliding_window_pattern"] = 2;
    c["rope_local_base_freq"] = 100.0;
    c["rope_theta"] = 50000.0;
    c["num_hidden_layers"] = 3;
    c["hidden_activation"] = "gelu_pytorch_tanh";
    c.erase("tie_word_embeddings");
    out.push_back({"gemma3_text_q4_window", c, 4});
    // Rotating caches: a generation ten windows long, prefilled in chunks (4) as long as the
    // window, so the ring wraps inside chunks and on every fourth decode step.
    out.push_back({"gemma3_text_q4_window_long", c, 4, 32, 6, 40, 64});
    json wrapper = {{"model_type", "gemma3"},
                    {"vocab_size", 256},
                    {"text_config", c},
                    {"vision_config", {{"hidden_size", 16}}},
                    {"torch_dtype", "bfloat16"}};
    wrapper["text_config"].erase("vocab_size");
    out.push_back({"gemma3_wrapper_q8", wrapper, 8});
  }
  {
    json c = small_llama("gemma2");
    c["head_dim"] = 16;
    c["query_pre_attn_scalar"] = 20;
    c["attn_logit_softcapping"] = 0.5;   // scores of a few units: clipped hard
    c["final_logit_softcapping"] = 1.5;  // logits of a few units: clipped
    c["hidden_act"] = "gelu_pytorch_tanh";
    out.push_back({"gemma2_q4_softcaps", c, 4});
  }
  {
    json c = small_llama("phi3");
    c["partial_rotary_factor"] = 0.5;  // 8 of 16 dims rotated
    c["original_max_position_embeddings"] = 8;
    std::vector<double> long_factor = {1.0, 1.7, 2.9, 4.3};
    std::vector<double> short_factor = {1.0, 1.1, 1.2, 1.3};
    c["rope_scaling"] = {
        {"type", "longrope"}, {"long_factor", long_factor}, {"short_factor", short_factor}};
    out.push_back({"phi3_partial_longrope_q8", c, 8});
  }
  {
    json c = small_llama("llama");
    c["rope_scaling"] = {
        {"rope_type", "yarn"}, {"factor", 4.0}, {"original_max_position_embeddings", 8}};
    out.push_back({"llama_yarn_q4", c, 4});
    c["rope_scaling"] = {{"rope_type", "linear"}, {"factor", 2.0}};
    c["rope_traditional"] = true;
    c["tie_word_embeddings"] = true;
    out.push_back({"llama_linear_traditional_q8_tied", c, 8});
    c["rope_traditional"] = false;
    c["max_position_embeddings"] = 8;
    c["rope_scaling"] = {{"rope_type", "dynamic"}, {"factor", 3.0}};
    out.push_back({"llama_dynamic_q4", c, 4});
  }
  {
    json c = small_llama("mistral");
    c["sliding_window"] = 3;
    c["layer_types"] = {"sliding_attention", "full_attention"};
    out.push_back({"mistral_layer_types_window_q4", c, 4});
    out.push_back({"mistral_layer_types_window_long_q8", c, 8, 32, 11, 30, 48});
  }
  return out;
}

std::string id_list(const std::vector<int>& ids) {
  std::string s;
  for (size_t i = 0; i < ids.size(); ++i) s += (i ? "," : "") + std::to_string(ids[i]);
  return s;
}

class FamiliesReference : public ::testing::TestWithParam<Case> {};

TEST_P(FamiliesReference, GreedyIdsAndLogitsMatchTheNumpyReference) {
  const Case& c = GetParam();
  if (testing::run_program({kPython, "-c", "import numpy"}).exit_code != 0) {
    GTEST_SKIP() << "needs python3-numpy (scripts/install-deps.sh installs it)";
  }
  testing::ScratchDir dir("families_" + c.name);
  testing::write_file(dir / "config.json", c.config.dump(2));
  const auto model = dir / "model";
  auto synth = testing::run_cli({"synth", "--config", (dir / "config.json").string(), "--out",
                                 model.string(), "--bits", std::to_string(c.bits), "--group-size",
                                 std::to_string(c.group_size), "--seed", "7"});
  ASSERT_EQ(synth.exit_code, 0) << synth.err;

  // The export carries the family's composites and its generic form parses in mlir-opt-16.
  const auto exported = dir / "export";
  const std::string capacity = std::to_string(c.capacity);
  auto exp = testing::run_cli({"export", "-m", model.string(), "--graph", "ragged", "--batch", "2",
                               "--capacity", capacity, "--generic", "--out", exported.string()});
  ASSERT_EQ(exp.exit_code, 0) << exp.err;
  const std::string mlir = testing::read_file(exported / "module.mlir");
  EXPECT_NE(mlir.find("mlxla.attention"), std::string::npos);
  EXPECT_NE(mlir.find("mlxla.rope"), std::string::npos);
  if (c.name.find("window") != std::string::npos) {
    // Windows narrower than the capacity rotate: their own composite and caches of W positions.
    EXPECT_NE(mlir.find("mlxla.window_attention"), std::string::npos);
    const json abi = json::parse(testing::read_file(exported / "abi.json"));
    bool ring = false;
    for (const json& p : abi["parameters"]) {
      if (p["name"] == "k_window_cache")
        ring = p["shape"][2] == c.config["sliding_window"] && p["aliased_output"].is_number();
    }
    EXPECT_TRUE(ring) << "abi.json has no k_window_cache of sliding_window positions";
  }
  if (std::filesystem::exists("/usr/bin/mlir-opt-16")) {
    auto parsed = testing::run_program({"/usr/bin/mlir-opt-16", "--allow-unregistered-dialect",
                                        (exported / "module.mlir").string()});
    EXPECT_EQ(parsed.exit_code, 0) << parsed.err;
  }

  std::vector<int> prompt;
  for (int i = 0; i < c.prompt_length; ++i) prompt.push_back((37 * i + 11) % 256);
  const auto logits_path = dir / "logits.json";
  auto ours = testing::run_cli({"generate", "-m", model.string(), "--prompt-ids", id_list(prompt),
                                "-n", std::to_string(c.tokens), "--policy", "exact", "--kv-dtype",
                                "f32", "--capacity", capacity, "--chunk", "4", "--logits-out",
                                logits_path.string()});
  ASSERT_EQ(ours.exit_code, 0) << ours.err;
  const json mine = json::parse(testing::read_file(logits_path));
  const std::vector<int> ids = mine["ids"].get<std::vector<int>>();
  ASSERT_EQ(ids.size(), static_cast<size_t>(c.tokens));

  // The ordinary generate path (Session::generate, not the step-by-step one) agrees.
  auto plain = testing::run_cli({"generate", "-m", model.string(), "--prompt-ids", id_list(prompt),
                                 "-n", std::to_string(c.tokens), "--policy", "exact", "--kv-dtype",
                                 "f32", "--capacity", capacity});
  ASSERT_EQ(plain.exit_code, 0) << plain.err;
  EXPECT_EQ(plain.out, id_list(ids) + "\n");

  auto reference = testing::run_program(
      {kPython, std::string(MLXLA_SOURCE_DIR) + "/tests/reference/mlx_reference.py", model.string(),
       "--prompt-ids", id_list(prompt), "-n", std::to_string(c.tokens), "--teacher", id_list(ids)});
  ASSERT_EQ(reference.exit_code, 0) << reference.err;
  const json ref = json::parse(reference.out);

  // f32 rounding along the longest accumulation chain: per layer the q/k/v and o projections,
  // the MLP's two contractions, the attention over at most `positions` keys; then the head.
  // Each contributes at most ~K * 2^-24 relative error; 8x covers the elementwise steps.
  const json& cfg = c.config.contains("text_config") ? c.config["text_config"] : c.config;
  const double hidden = cfg["hidden_size"].get<double>(),
               inter = cfg["intermediate_size"].get<double>();
  const double layers = cfg["num_hidden_layers"].get<double>();
  const double positions = c.prompt_length + c.tokens;
  const double chain = layers * (3 * hidden + 2 * inter + positions) + hidden;
  const double relative = 8.0 * chain * std::ldexp(1.0, -24);
  for (int step = 0; step < c.tokens; ++step) {
    const auto a = mine["logits"][step].get<std::vector<double>>();
    const auto b = ref["logits"][step].get<std::vector<double>>();
    ASSERT_EQ(a.size(), b.size());
    double scale = 1.0;
    for (double v : b) scale = std::max(scale, std::abs(v));
    const double tolerance = relative * scale;
    double worst = 0;
    for (size_t i = 0; i < a.size(); ++i) worst = std::max(worst, std::abs(a[i] - b[i]));
    EXPECT_LE(worst, tolerance) << c.name << " step " << step;
    // Greedy: our id is the reference's argmax unless its top two are within the tolerance.
    std::vector<double> sorted = b;
    std::sort(sorted.rbegin(), sorted.rend());
    const int chosen = ids[static_cast<size_t>(step)];
    if (sorted[0] - sorted[1] > 2 * tolerance) {
      EXPECT_EQ(chosen, ref["ids"][step].get<int>()) << c.name << " step " << step;
    } else {
      EXPECT_GE(b[static_cast<size_t>(chosen)], sorted[0] - 2 * tolerance)
          << c.name << " step " << step;
    }
  }
}

INSTANTIATE_TEST_SUITE_P(Families, FamiliesReference, ::testing::ValuesIn(cases()),
                         [](const ::testing::TestParamInfo<Case>& param_info) {
                           return param_info.param.name;
                         });

}  // namespace
}  // namespace mlxla
