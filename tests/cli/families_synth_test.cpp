// `mlxla synth` of every published config in ../shared/configs/ loads, inspects (naming the
// family's features) and generates. The configs are shrunk by the test (fewer layers, a
// 512-token vocabulary, a 256-wide MLP; Qwen3-MoE: 16 experts of 64; every other field as
// published, top-k and the routing options included) to keep disk and time
// low; docs/ARCHITECTURES.md gives the full-size manual command.
// ctest-labels: e2e
#include <algorithm>
#include <cctype>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "support/test_support.h"

namespace mlxla {
namespace {

using nlohmann::json;

struct Published {
  std::string dir;      ///< under ../shared/configs
  std::string feature;  ///< a line `mlxla inspect` must print
};

class FamiliesSynth : public ::testing::TestWithParam<Published> {};

TEST_P(FamiliesSynth, ShrunkSynthLoadsInspectsAndGenerates) {
  const Published& p = GetParam();
  MLXLA_REQUIRE_SHARED("configs/" + p.dir + "/config.json");
  json config =
      json::parse(testing::read_file(testing::shared_dir() / "configs" / p.dir / "config.json"));
  const int64_t hidden = config["hidden_size"].get<int64_t>();
  config["num_hidden_layers"] = hidden >= 3000 ? 1 : 2;
  config["vocab_size"] = 512;
  config["intermediate_size"] = 256;
  if (config.contains("moe_intermediate_size")) {
    config["num_experts"] = 16;
    config["moe_intermediate_size"] = 64;
  }
  if (config["model_type"] == "gpt_oss") config["num_local_experts"] = 8;
  if (config.contains("layer_types")) {  // one entry per remaining layer
    json types = json::array();
    for (int64_t i = 0; i < config["num_hidden_layers"].get<int64_t>(); ++i)
      types.push_back(config["layer_types"][static_cast<size_t>(i)]);
    config["layer_types"] = types;
  }
  testing::ScratchDir dir("families_synth_" + p.dir);
  testing::write_file(dir / "config.json", config.dump(2));
  const auto model = dir / "model";
  auto synth = testing::run_cli({"synth", "--config", (dir / "config.json").string(), "--out",
                                 model.string(), "--bits", "4", "--group-size", "64"});
  ASSERT_EQ(synth.exit_code, 0) << synth.err;

  auto inspect = testing::run_cli({"inspect", "-m", model.string()});
  ASSERT_EQ(inspect.exit_code, 0) << inspect.err;
  EXPECT_NE(inspect.out.find(p.feature), std::string::npos) << inspect.out;
  EXPECT_EQ(inspect.out.find("problem"), std::string::npos) << inspect.out;
  if (p.dir == "gemma-3-1b-it") {
    // Both layers of the shrunk model are local (pattern 6): rotating caches of the window at
    // the default context (4096 positions), 2 layers x 512 x (k, v) x 256 x f16.
    EXPECT_NE(
        inspect.out.find(
            "kv cache      1.00 MiB per sequence at 4096 positions (f16): 0 full-length layer(s), "
            "2 rotating layer(s) of 512 positions"),
        std::string::npos)
        << inspect.out;
  }

  auto generate = testing::run_cli({"generate", "-m", model.string(), "--prompt-ids", "5,17,300",
                                    "-n", "2", "--capacity", "16"});
  ASSERT_EQ(generate.exit_code, 0) << generate.err;
  EXPECT_EQ(std::count(generate.out.begin(), generate.out.end(), ','), 1) << generate.out;
}

INSTANTIATE_TEST_SUITE_P(Published, FamiliesSynth,
                         ::testing::Values(Published{"Qwen3-0.6B", "q/k norm"},
                                           Published{"gemma-3-1b-it", "sliding window 512"},
                                           Published{"gemma-2-2b-it",
                                                     "attention logit soft cap 50"},
                                           Published{"Phi-4-mini-instruct", "partial rotary 0.75"},
                                           Published{"Phi-3.5-mini-instruct", "rope longrope"},
                                           Published{"Mistral-7B-Instruct-v0.3", "MLP SiLU gated"},
                                           Published{"Qwen3-30B-A3B",
                                                     "16 experts of intermediate 64, top 8 per "
                                                     "token, softmax then top-k, renormalised"},
                                           Published{"Mixtral-8x7B-v0.1",
                                                     "8 experts of intermediate 256, top 2 per "
                                                     "token, top-k logits then softmax"},
                                           Published{"gpt-oss-20b",
                                                     "attention sinks: one learned logit per "
                                                     "head"}),
                         [](const ::testing::TestParamInfo<Published>& info) {
                           std::string name;
                           for (char c : info.param.dir)
                             name += std::isalnum(static_cast<unsigned char>(c)) ? c : '_';
                           return name;
                         });

}  // namespace
}  // namespace mlxla
