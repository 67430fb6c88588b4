// The mixture-of-experts families (qwen3_moe, mixtral, gpt_oss) against the numpy reference written
// from mlx-lm's definitions (tests/reference/mlx_reference.py), on small random checkpoints in the
// stacked mlx-community layout written by tests/reference/write_moe_checkpoint.py (4- and 8-bit
// experts, an 8-bit router override, decoder_sparse_step 2, mlp_only_layers; gpt_oss with mxfp4,
// nvfp4 and mxfp8 experts (qwen3_moe with nvfp4 too), sinks, biases, clamped SwiGLU, YaRN and
// windows shorter than the sequence): greedy ids equal, logits within the derived tolerance of
// families_reference_test; the reference interpreter's logits equal the CPU runtime's bit for bit
// (prefill chunks and decode steps); the export carries mlxla.moe and parses in mlir-opt-16;
// hostile checkpoints end in errors that name them.
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

std::string script(const char* name) {
  return std::string(MLXLA_SOURCE_DIR) + "/tests/reference/" + name;
}

json small_qwen3_moe() {
  return {{"model_type", "qwen3_moe"},
          {"hidden_size", 64},
          {"intermediate_size", 96},
          {"num_hidden_layers", 3},
          {"num_attention_heads", 4},
          {"num_key_value_heads", 2},
          {"head_dim", 32},
          {"vocab_size", 256},
          {"rms_norm_eps", 1e-6},
          {"rope_theta", 10000.0},
          {"max_position_embeddings", 64},
          {"tie_word_embeddings", false},
          {"num_experts", 8},
          {"num_experts_per_tok", 2},
          {"moe_intermediate_size", 32},
          {"decoder_sparse_step", 1},
          {"mlp_only_layers", {1}},
          {"norm_topk_prob", true},
          {"torch_dtype", "bfloat16"}};
}

json small_mixtral() {
  return {{"model_type", "mixtral"}, {"hidden_size", 64},        {"intermediate_size", 64},
          {"num_hidden_layers", 2},  {"num_attention_heads", 4}, {"num_key_value_heads", 2},
          {"vocab_size", 256},       {"rms_norm_eps", 1e-5},     {"max_position_embeddings", 64},
          {"num_local_experts", 4},  {"num_experts_per_tok", 2}, {"torch_dtype", "bfloat16"}};
}

// gpt_oss.py's shape, shrunk: 4 experts top-2, a sliding layer (window 4, shorter than the 14
// positions the test runs) then a full one, YaRN past the original context of 8.
json small_gpt_oss() {
  return {{"model_type", "gpt_oss"},
          {"hidden_size", 64},
          {"intermediate_size", 64},
          {"num_hidden_layers", 2},
          {"num_attention_heads", 4},
          {"num_key_value_heads", 2},
          {"head_dim", 16},
          {"vocab_size", 256},
          {"rms_norm_eps", 1e-5},
          {"max_position_embeddings", 64},
          {"num_local_experts", 4},
          {"num_experts_per_tok", 2},
          {"sliding_window", 4},
          {"layer_types", {"sliding_attention", "full_attention"}},
          {"rope_theta", 150000},
          {"rope_scaling",
           {{"rope_type", "yarn"},
            {"factor", 4.0},
            {"original_max_position_embeddings", 8},
            {"beta_fast", 32.0},
            {"beta_slow", 1.0},
            {"truncate", false}}},
          {"tie_word_embeddings", false},
          {"torch_dtype", "bfloat16"}};
}

struct Case {
  std::string name;
  json config;
  int bits = 4;
  int seed = 1;
  std::string expert_mode = "affine";  // gpt_oss: mxfp4 / mxfp8 experts
  double gate_spread = 1.0;            // > 1: larger expert pre-activations (the clamp bites)
};

std::vector<Case> cases() {
  std::vector<Case> out;
  json q = small_qwen3_moe();
  out.push_back({"qwen3_moe_q4_mlp_only_layers", q, 4, 1});
  q["decoder_sparse_step"] = 2;  // layer 1 only: experts where (i + 1) % 2 == 0
  q["mlp_only_layers"] = json::array();
  q["num_experts_per_tok"] = 3;
  q["norm_topk_prob"] = false;
  out.push_back({"qwen3_moe_q8_sparse_step2_top3_unnormalised", q, 8, 2});
  json m = small_mixtral();
  out.push_back({"mixtral_q4", m, 4, 3});
  m["num_experts_per_tok"] = 1;
  out.push_back({"mixtral_q8_top1", m, 8, 4});
  json g = small_gpt_oss();
  out.push_back({"gpt_oss_mxfp4_experts_sinks_window_yarn", g, 4, 1, "mxfp4", 4.0});
  json g4 = small_gpt_oss();
  g4["num_hidden_layers"] = 4;
  g4.erase("layer_types");  // gpt_oss.py's default: sliding, full, sliding, full
  g4["num_experts_per_tok"] = 3;
  out.push_back({"gpt_oss_mxfp8_experts_default_layer_types_top3", g4, 8, 2, "mxfp8", 4.0});
  json g1 = small_gpt_oss();
  g1["num_experts_per_tok"] = 1;
  out.push_back({"gpt_oss_affine_q4_experts_top1", g1, 4, 3, "affine", 1.0});
  // nvfp4 experts: E2M1 codes with E4M3 scales per 16 (mlxla.moe's scale_format e4m3).
  out.push_back({"gpt_oss_nvfp4_experts_sinks_window_yarn", small_gpt_oss(), 4, 4, "nvfp4", 4.0});
  out.push_back({"qwen3_moe_nvfp4_experts", small_qwen3_moe(), 4, 5, "nvfp4", 1.0});
  return out;
}

bool have_numpy() {
  return testing::run_program({kPython, "-c", "import numpy"}).exit_code == 0;
}

testing::CommandResult write_checkpoint(const testing::ScratchDir& dir, const json& config,
                                        int bits, int seed, const std::string& hostile = "",
                                        const std::string& expert_mode = "affine",
                                        double gate_spread = 1.0) {
  testing::write_file(dir / "config.json", config.dump(2));
  std::vector<std::string> argv = {kPython,
                                   script("write_moe_checkpoint.py"),
                                   (dir / "config.json").string(),
                                   (dir / "model").string(),
                                   "--bits",
                                   std::to_string(bits),
                                   "--group-size",
                                   "32",
                                   "--router-bits",
                                   "8",
                                   "--seed",
                                   std::to_string(seed)};
  if (!hostile.empty()) {
    argv.push_back("--hostile");
    argv.push_back(hostile);
  }
  argv.push_back("--expert-mode");
  argv.push_back(expert_mode);
  argv.push_back("--gate-spread");
  argv.push_back(std::to_string(gate_spread));
  return testing::run_program(argv);
}

std::string id_list(const std::vector<int>& ids) {
  std::string s;
  for (size_t i = 0; i < ids.size(); ++i) s += (i ? "," : "") + std::to_string(ids[i]);
  return s;
}

class MoeReference : public ::testing::TestWithParam<Case> {};

TEST_P(MoeReference, GreedyIdsAndLogitsMatchTheNumpyReference) {
  const Case& c = GetParam();
  if (!have_numpy()) GTEST_SKIP() << "needs python3-numpy (scripts/install-deps.sh installs it)";
  testing::ScratchDir dir("moe_" + c.name);
  auto written = write_checkpoint(dir, c.config, c.bits, c.seed, "", c.expert_mode, c.gate_spread);
  ASSERT_EQ(written.exit_code, 0) << written.err;
  const auto model = dir / "model";

  const auto exported = dir / "export";
  auto exp = testing::run_cli({"export", "-m", model.string(), "--graph", "prefill", "--chunk", "4",
                               "--capacity", "32", "--generic", "--out", exported.string()});
  ASSERT_EQ(exp.exit_code, 0) << exp.err;
  const std::string mlir = testing::read_file(exported / "module.mlir");
  EXPECT_NE(mlir.find("mlxla.moe"), std::string::npos);
  if (c.config["model_type"] == "gpt_oss") {
    EXPECT_NE(mlir.find("sinks = true"), std::string::npos);
    EXPECT_NE(mlir.find("expert_bias = true"), std::string::npos);
    EXPECT_NE(mlir.find("swiglu_clamped"), std::string::npos);
    EXPECT_EQ(mlir.find("format = \"fp\"") != std::string::npos, c.expert_mode != "affine");
  }
  EXPECT_EQ(mlir.find("scale_format = \"e4m3\"") != std::string::npos, c.expert_mode == "nvfp4");
  if (std::filesystem::exists("/usr/bin/mlir-opt-16")) {
    auto parsed = testing::run_program({"/usr/bin/mlir-opt-16", "--allow-unregistered-dialect",
                                        (exported / "module.mlir").string()});
    EXPECT_EQ(parsed.exit_code, 0) << parsed.err;
  }

  const std::vector<int> prompt = {11, 48, 85, 122, 159, 196};
  constexpr int kTokens = 8;
  auto run = [&](const std::string& backend, int tokens, const std::string& out) {
    return testing::run_cli({"generate", "-m", model.string(), "--prompt-ids", id_list(prompt),
                             "-n", std::to_string(tokens), "--backend", backend, "--policy",
                             "exact", "--kv-dtype", "f32", "--capacity", "32", "--chunk", "4",
                             "--logits-out", out});
  };
  const auto logits_path = dir / "logits.json";
  auto ours = run("cpu", kTokens, logits_path.string());
  ASSERT_EQ(ours.exit_code, 0) << ours.err;
  const json mine = json::parse(testing::read_file(logits_path));
  const std::vector<int> ids = mine["ids"].get<std::vector<int>>();
  ASSERT_EQ(ids.size(), static_cast<size_t>(kTokens));

  // The reference interpreter runs mlxla.moe's decomposition: bit for bit the fused CPU steps.
  const auto interpreted_path = dir / "interpreted.json";
  auto interpreted = run("reference", 3, interpreted_path.string());
  ASSERT_EQ(interpreted.exit_code, 0) << interpreted.err;
  const json theirs = json::parse(testing::read_file(interpreted_path));
  for (int step = 0; step < 3; ++step) {
    EXPECT_EQ(theirs["logits"][step], mine["logits"][step]) << c.name << " step " << step;
  }

  auto reference = testing::run_program({kPython, script("mlx_reference.py"), model.string(),
                                         "--prompt-ids", id_list(prompt), "-n",
                                         std::to_string(kTokens), "--teacher", id_list(ids)});
  ASSERT_EQ(reference.exit_code, 0) << reference.err;
  const json ref = json::parse(reference.out);

  // f32 rounding (u = 2^-24) along the longest chain: a K-term contraction is within K * u of
  // the exact sum relative to its terms' magnitudes (the attention projections, the MLP's or an
  // expert's two contractions, the attention over the positions, the head). The elementwise
  // roundings on the same path add at most u each: per layer the two norms (rsqrt and two
  // multiplies each: 6), RoPE (3), the attention's scale, exp, sum, sink and division (5), two
  // residual adds, the router's softmax (3), the three expert bias adds, the activation (the
  // clamps are exact; logistic, two multiplies, an add: 4), the routing weight's multiply and
  // the k-term weighted sum (1 + k): 27 + k per layer. (The bound assumes every rounding
  // aligns; the worst step seen here is about 0.05 of it.)
  const json& cfg = c.config;
  const double hidden = cfg["hidden_size"].get<double>();
  const double inter =
      std::max(cfg["intermediate_size"].get<double>(), cfg.value("moe_intermediate_size", 0.0));
  const double layers = cfg["num_hidden_layers"].get<double>();
  const double chain = layers * (3 * hidden + 2 * inter + prompt.size() + kTokens) + hidden;
  const double top_k = cfg["num_experts_per_tok"].get<double>();
  const double relative = (chain + layers * (27 + top_k)) * std::ldexp(1.0, -24);
  for (int step = 0; step < kTokens; ++step) {
    // Routing is discontinuous: a k-th/(k+1)-th score gap within f32 rounding of the router
    // (a contraction over hidden) could route differently. The seeds are chosen so none is.
    const double gap = ref["router_gaps"][step].get<double>();
    ASSERT_GT(gap, 16.0 * hidden * std::ldexp(1.0, -24))
        << c.name << " step " << step << ": a near tie in the router (pick another seed)";
    const auto a = mine["logits"][step].get<std::vector<double>>();
    const auto b = ref["logits"][step].get<std::vector<double>>();
    ASSERT_EQ(a.size(), b.size());
    double scale = 1.0;
    for (double v : b) scale = std::max(scale, std::abs(v));
    const double tolerance = relative * scale;
    double worst = 0;
    for (size_t i = 0; i < a.size(); ++i) worst = std::max(worst, std::abs(a[i] - b[i]));
    EXPECT_LE(worst, tolerance) << c.name << " step " << step;
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

INSTANTIATE_TEST_SUITE_P(Moe, MoeReference, ::testing::ValuesIn(cases()),
                         [](const ::testing::TestParamInfo<Case>& param_info) {
                           return param_info.param.name;
                         });

// mlx-lm's qwen3_moe and mixtral build a plain nn.RoPE: rope_scaling is ignored (and
// rope_traditional too for qwen3_moe), so adding them to config.json leaves the logits unchanged;
// mixtral's rope_traditional still counts.
TEST(MoeRope, ScalingIgnoredAsMlxLm) {
  if (!have_numpy()) GTEST_SKIP() << "needs python3-numpy (scripts/install-deps.sh installs it)";
  struct Variant {
    json config;
    json extra;
    bool same;
  };
  const json yarn = {{"type", "yarn"},
                     {"factor", 4.0},
                     {"original_max_position_embeddings", 16},
                     {"beta_fast", 32.0},
                     {"beta_slow", 1.0}};
  const json linear = {{"type", "linear"}, {"factor", 4.0}};
  const std::vector<Variant> variants = {
      {small_qwen3_moe(), {{"rope_scaling", yarn}, {"rope_traditional", true}}, true},
      {small_mixtral(), {{"rope_scaling", linear}}, true},
      {small_mixtral(), {{"rope_traditional", true}}, false}};
  int n = 0;
  for (const Variant& v : variants) {
    testing::ScratchDir dir("moe_rope_" + std::to_string(n++));
    auto written = write_checkpoint(dir, v.config, 4, 5);
    ASSERT_EQ(written.exit_code, 0) << written.err;
    const auto model = dir / "model";
    auto logits = [&](const std::string& name) {
      const auto path = dir / name;
      auto r = testing::run_cli({"generate", "-m", model.string(), "--prompt-ids",
                                 "11,48,85,122,159,196", "-n", "3", "--backend", "cpu", "--policy",
                                 "exact", "--kv-dtype", "f32", "--capacity", "32", "--logits-out",
                                 path.string()});
      EXPECT_EQ(r.exit_code, 0) << r.err;
      return r.exit_code == 0 ? json::parse(testing::read_file(path))["logits"] : json();
    };
    const json plain = logits("plain.json");
    json config = json::parse(testing::read_file(model / "config.json"));
    config.update(v.extra);
    testing::write_file(model / "config.json", config.dump(2));
    const json changed = logits("changed.json");
    ASSERT_FALSE(plain.is_null());
    if (v.same) {
      EXPECT_EQ(plain, changed) << v.extra.dump();
    } else {
      EXPECT_NE(plain, changed) << v.extra.dump();
    }
  }
}

// Checkpoints that lie: each fails to load with a message naming what is wrong.
TEST(MoeHostile, BrokenExpertsAndRoutersAreRefusedWithClearErrors) {
  if (!have_numpy()) GTEST_SKIP() << "needs python3-numpy (scripts/install-deps.sh installs it)";
  struct Hostile {
    std::string name, mode;
    json config;
    std::string expected;
  };
  json too_many = small_mixtral();
  too_many["num_experts_per_tok"] = 5;
  const std::vector<Hostile> hostile = {
      {"missing", "missing", small_qwen3_moe(),
       "tensor 'model.layers.0.mlp.switch_mlp.up_proj.weight' is missing"},
      {"leading", "leading", small_mixtral(), "expected a leading dimension of 4 experts"},
      {"top_k", "", too_many, "num_experts_per_tok"},
  };
  for (const Hostile& h : hostile) {
    testing::ScratchDir dir("moe_hostile_" + h.name);
    json config = h.config;
    json writable = config;
    writable["num_experts_per_tok"] = 1;  // the writer needs a valid top-k; the config lies after
    auto written = write_checkpoint(dir, writable, 4, 1, h.mode);
    ASSERT_EQ(written.exit_code, 0) << written.err;
    if (h.name == "top_k") {
      json on_disk = json::parse(testing::read_file(dir / "model" / "config.json"));
      on_disk["num_experts_per_tok"] = 5;
      testing::write_file(dir / "model" / "config.json", on_disk.dump(2));
    }
    auto run = testing::run_cli({"generate", "-m", (dir / "model").string(), "--prompt-ids", "1,2",
                                 "-n", "2", "--capacity", "16"});
    EXPECT_NE(run.exit_code, 0) << h.name;
    EXPECT_NE(run.err.find(h.expected), std::string::npos) << h.name << ": " << run.err;
  }
}

// gpt_oss checkpoints that lie: missing biases, missing or misshapen sinks, fp-mode expert
// scales of the wrong dtype or shape; each fails to load with a message naming the tensor.
TEST(MoeHostile, BrokenGptOssSinksAndFpScalesAreRefusedWithClearErrors) {
  if (!have_numpy()) GTEST_SKIP() << "needs python3-numpy (scripts/install-deps.sh installs it)";
  struct Hostile {
    std::string mode, expected, expert_mode = "mxfp4";
  };
  const std::vector<Hostile> hostile = {
      // nvfp4 experts: E4M3 scales must be U8 [E, out, in/16], the group size 16.
      {"fp_scale_dtype",
       "tensor 'model.layers.0.mlp.experts.up_proj.scales' has dtype BF16, nvfp4 scales must be U8",
       "nvfp4"},
      {"fp_scale_shape", "model.layers.0.mlp.experts.up_proj.scales' has shape", "nvfp4"},
      {"fp_group_size", "32 is not allowed with mode nvfp4 (MLX requires 16)", "nvfp4"},
      {"fp_group_size", "16 is not allowed with mode mxfp4 (MLX requires 32)"},
      {"no_sinks", "tensor 'model.layers.0.self_attn.sinks' is missing"},
      {"sinks_shape",
       "'model.layers.0.self_attn.sinks' has shape [5] BF16, expected a float "
       "vector of num_attention_heads (4) attention sinks"},
      {"fp_scale_dtype", "mxfp4 scales must be U8"},
      {"fp_scale_shape", "model.layers.0.mlp.experts.up_proj.scales' has shape"},
      // gpt_oss.py builds these with bias=True: running without them would be silently wrong.
      {"no_k_bias", "gpt_oss module 'model.layers.0.self_attn.k_proj' has no '.bias' tensor"},
      {"no_router_bias", "gpt_oss module 'model.layers.0.mlp.router' has no '.bias' tensor"},
  };
  for (const Hostile& h : hostile) {
    testing::ScratchDir dir("gpt_oss_hostile_" + h.mode + "_" + h.expert_mode);
    auto written = write_checkpoint(dir, small_gpt_oss(), 4, 1, h.mode, h.expert_mode);
    ASSERT_EQ(written.exit_code, 0) << written.err;
    auto run = testing::run_cli({"generate", "-m", (dir / "model").string(), "--prompt-ids", "1,2",
                                 "-n", "2", "--capacity", "16"});
    EXPECT_NE(run.exit_code, 0) << h.mode;
    EXPECT_NE(run.err.find(h.expected), std::string::npos) << h.mode << ": " << run.err;
  }
}

}  // namespace
}  // namespace mlxla
