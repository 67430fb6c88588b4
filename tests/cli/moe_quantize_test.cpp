// `mlxla quantize` of mixture-of-experts checkpoints in Hugging Face's per-expert layout
// (qwen3_moe `mlp.experts.{e}.{gate,up,down}_proj`, mixtral `block_sparse_moe.experts.{e}.w1`..w3)
// equals the quantization of the same weights already stacked (mlx-lm's sanitize layout, written
// by `mlxla synth --bits 0`) byte for byte, loads and generates, qwen3_moe routers come out 8-bit;
// an incomplete expert set is refused naming what is missing.
// ctest-labels: e2e
#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "checkpoint/checkpoint.h"
#include "checkpoint/safetensors.h"
#include "support/test_support.h"

namespace mlxla {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

json tiny(const std::string& type) {
  json c = {{"model_type", type},       {"hidden_size", 64},        {"intermediate_size", 64},
            {"num_hidden_layers", 2},   {"num_attention_heads", 4}, {"num_key_value_heads", 2},
            {"vocab_size", 128},        {"rms_norm_eps", 1e-6},     {"max_position_embeddings", 64},
            {"num_experts_per_tok", 2}, {"torch_dtype", "float32"}, {"tie_word_embeddings", false}};
  if (type == "qwen3_moe") {
    c["head_dim"] = 16;
    c["num_experts"] = 4;
    c["moe_intermediate_size"] = 32;
    c["norm_topk_prob"] = true;
  } else {
    c["num_local_experts"] = 4;
  }
  return c;
}

// Rewrites the stacked float checkpoint in `from` with every switch_mlp tensor split into its
// experts under Hugging Face's names; `drop` leaves one expert's tensor out.
void unstack(const fs::path& from, const fs::path& to, bool mixtral, bool drop = false) {
  auto ckpt = checkpoint::Checkpoint::open(from);
  ASSERT_TRUE(ckpt.ok()) << ckpt.error().message();
  std::vector<checkpoint::TensorToWrite> tensors;
  for (const std::string& name : ckpt->tensor_names()) {
    auto ref = ckpt->get(name);
    ASSERT_TRUE(ref.ok());
    const auto bytes = ref->view.bytes();
    const auto shape = ref->info().shape;
    const size_t at = name.find(".switch_mlp.");
    if (at == std::string::npos) {
      tensors.push_back({name, ref->view.dtype(), shape, bytes});
      continue;
    }
    std::string proj = name.substr(at + 12, name.size() - at - 12 - 7);  // gate_proj ...
    if (mixtral) proj = proj == "gate_proj" ? "w1" : proj == "down_proj" ? "w2" : "w3";
    const std::string block = name.substr(0, at) + ".experts.";
    const size_t per = bytes.size() / static_cast<size_t>(shape[0]);
    for (int64_t e = 0; e < shape[0]; ++e) {
      if (drop && e == 2 && proj == (mixtral ? "w3" : "up_proj")) continue;
      tensors.push_back({block + std::to_string(e) + "." + proj + ".weight",
                         ref->view.dtype(),
                         {shape[1], shape[2]},
                         bytes.subspan(static_cast<size_t>(e) * per, per)});
    }
  }
  fs::create_directories(to);
  ASSERT_TRUE(checkpoint::write_safetensors(to / "model.safetensors", tensors, {}).ok());
  fs::copy_file(from / "config.json", to / "config.json");
}

TEST(MoeQuantize, PerExpertLayoutsStackLikeMlxLm) {
  for (const std::string type : {"qwen3_moe", "mixtral"}) {
    SCOPED_TRACE(type);
    testing::ScratchDir dir("moe_quantize_" + type);
    testing::write_file(dir / "config.json", tiny(type).dump(2));
    auto synth =
        testing::run_cli({"synth", "--config", (dir / "config.json").string(), "--out",
                          (dir / "stacked").string(), "--bits", "0", "--dtype", "float32"});
    ASSERT_EQ(synth.exit_code, 0) << synth.err;
    unstack(dir / "stacked", dir / "hf", type == "mixtral");
    for (const char* from : {"stacked", "hf"}) {
      auto q = testing::run_cli({"quantize", "--in", (dir / from).string(), "--out",
                                 (dir / (std::string(from) + "-q4")).string(), "--bits", "4",
                                 "--group-size", "32", "--dtype", "bfloat16"});
      ASSERT_EQ(q.exit_code, 0) << from << ": " << q.err;
    }
    EXPECT_EQ(testing::read_file(dir / "stacked-q4" / "model.safetensors"),
              testing::read_file(dir / "hf-q4" / "model.safetensors"));
    EXPECT_EQ(testing::read_file(dir / "stacked-q4" / "config.json"),
              testing::read_file(dir / "hf-q4" / "config.json"));
    const json config = json::parse(testing::read_file(dir / "hf-q4" / "config.json"));
    if (type == "qwen3_moe") {
      EXPECT_EQ(config["quantization"]["model.layers.1.mlp.gate"],
                json({{"group_size", 64}, {"bits", 8}}));
    }
    auto gen = testing::run_cli({"generate", "-m", (dir / "hf-q4").string(), "--prompt-ids",
                                 "3,5,7", "-n", "3", "--capacity", "16"});
    EXPECT_EQ(gen.exit_code, 0) << gen.err;

    unstack(dir / "stacked", dir / "hf-missing", type == "mixtral", /*drop=*/true);
    auto bad = testing::run_cli({"quantize", "--in", (dir / "hf-missing").string(), "--out",
                                 (dir / "bad").string(), "--bits", "4"});
    EXPECT_NE(bad.exit_code, 0);
    EXPECT_NE(bad.err.find("expert 2 of 4 is missing"), std::string::npos) << bad.err;
  }
}

// mlx_lm.convert --q-mode mxfp4 (nvfp4, mxfp8) on qwen3_moe: experts in the fp mode (U8 scales,
// no biases), routers affine 8-bit g64 (the predicate's dict, to_quantized's default mode); the
// result generates (nvfp4 experts: E4M3 scales per 16 in mlxla.moe).
TEST(MoeQuantize, FpModeKeepsAffineRouters) {
  testing::ScratchDir dir("moe_quantize_fp");
  testing::write_file(dir / "config.json", tiny("qwen3_moe").dump(2));
  auto synth = testing::run_cli({"synth", "--config", (dir / "config.json").string(), "--out",
                                 (dir / "float").string(), "--bits", "0", "--dtype", "float32"});
  ASSERT_EQ(synth.exit_code, 0) << synth.err;
  for (const std::string mode : {"mxfp4", "nvfp4", "mxfp8"}) {
    SCOPED_TRACE(mode);
    auto q = testing::run_cli({"quantize", "--in", (dir / "float").string(), "--out",
                               (dir / mode).string(), "--mode", mode, "--dtype", "bfloat16"});
    ASSERT_EQ(q.exit_code, 0) << q.err;
    const json config = json::parse(testing::read_file(dir / mode / "config.json"));
    EXPECT_EQ(config["quantization"]["mode"], mode);
    EXPECT_EQ(config["quantization"]["model.layers.0.mlp.gate"],
              json({{"group_size", 64}, {"bits", 8}}));
    auto ckpt = checkpoint::Checkpoint::open(dir / mode);
    ASSERT_TRUE(ckpt.ok()) << ckpt.error().message();
    auto router = ckpt->get("model.layers.0.mlp.gate.weight");
    ASSERT_TRUE(router.ok());
    EXPECT_EQ(router->info().shape, (std::vector<int64_t>{4, 64 * 8 / 32}));
    auto scales = ckpt->get("model.layers.0.mlp.gate.scales");
    ASSERT_TRUE(scales.ok());
    EXPECT_EQ(scales->view.dtype(), DType::kBF16);
    EXPECT_TRUE(ckpt->get("model.layers.0.mlp.gate.biases").ok());
    auto expert_scales = ckpt->get("model.layers.0.mlp.switch_mlp.up_proj.scales");
    ASSERT_TRUE(expert_scales.ok());
    EXPECT_EQ(expert_scales->view.dtype(), DType::kU8);
    EXPECT_FALSE(ckpt->get("model.layers.0.mlp.switch_mlp.up_proj.biases").ok());
    auto gen = testing::run_cli({"generate", "-m", (dir / mode).string(), "--prompt-ids", "3,5,7",
                                 "-n", "3", "--capacity", "16"});
    // The config (mode-less router entry in an fp block) parses, the router loads affine and
    // the fp experts run through mlxla.moe's fp format (docs/ARCHITECTURES.md).
    EXPECT_EQ(gen.exit_code, 0) << gen.err;
    EXPECT_EQ(std::count(gen.out.begin(), gen.out.end(), ','), 2) << gen.out;
  }
}

}  // namespace
}  // namespace mlxla
