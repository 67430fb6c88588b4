// `mlxla quantize` of mixture-of-experts checkpoints in Hugging Face's per-expert layout
// (qwen3_moe `mlp.experts.{e}.{gate,up,down}_proj`, mixtral `block_sparse_moe.experts.{e}.w1`..w3)
// equals the quantization of the same weights already stacked (mlx-lm's sanitize layout, written
// by `mlxla synth --bits 0`) byte for byte, loads and generates, qwen3_moe routers come out 8-bit;
// an incomplete expert set is refused naming what is missing. gpt_oss in Hugging Face's layout
// (openai/gpt-oss: MXFP4 `gate_up_proj_blocks` with gate/up rows interleaved, `_scales`, `_bias`,
// `quantization_config.quant_method` "mxfp4") converts to exactly what the same experts in the
// sanitized stacked layout convert to (gpt_oss.py's sanitize, mlx_lm's fine-grained config).
// `mlxla synth` writes fp-mode experts (mxfp4 from the config, nvfp4 by --expert-mode).
// ctest-labels: e2e
#include <algorithm>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "checkpoint/checkpoint.h"
#include "checkpoint/safetensors.h"
#include "quant/fp_modes.h"
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

// Rows [E * rows, width] of `bytes` interleaved with `other`'s: row 2i from `a`, 2i + 1 from `b`.
std::vector<std::byte> interleave(std::span<const std::byte> a, std::span<const std::byte> b,
                                  size_t row_bytes) {
  std::vector<std::byte> out;
  for (size_t r = 0; r * row_bytes < a.size(); ++r) {
    out.insert(out.end(), a.begin() + r * row_bytes, a.begin() + (r + 1) * row_bytes);
    out.insert(out.end(), b.begin() + r * row_bytes, b.begin() + (r + 1) * row_bytes);
  }
  return out;
}

TEST(MoeQuantize, HuggingFaceGptOssLayoutEqualsTheStackedLayout) {
  testing::ScratchDir dir("moe_quantize_gpt_oss_hf");
  json config = tiny("gpt_oss");
  config["head_dim"] = 16;
  config["sliding_window"] = 8;
  config["torch_dtype"] = "bfloat16";
  testing::write_file(dir / "config.json", config.dump(2));
  auto synth = testing::run_cli({"synth", "--config", (dir / "config.json").string(), "--out",
                                 (dir / "float").string(), "--bits", "0"});
  ASSERT_EQ(synth.exit_code, 0) << synth.err;
  auto ckpt = checkpoint::Checkpoint::open(dir / "float");
  ASSERT_TRUE(ckpt.ok()) << ckpt.error().message();
  // The experts in MXFP4 (MLX's quantizer, bf16 weights), by stacked stem.
  struct Fp {
    std::vector<int64_t> shape;  // [E, out, in]
    std::vector<std::byte> packed, scales, bias;
    DType bias_dtype = DType::kBF16;
  };
  std::map<std::string, Fp> experts;
  std::vector<checkpoint::TensorToWrite> common;
  for (const std::string& name : ckpt->tensor_names()) {
    auto ref = ckpt->get(name);
    ASSERT_TRUE(ref.ok());
    const bool expert = name.find(".mlp.experts.") != std::string::npos;
    if (expert && name.ends_with("_proj.weight")) {
      Fp& f = experts[name.substr(0, name.size() - 7)];
      f.shape = ref->info().shape;
      const quant::FpLayout layout{f.shape[0] * f.shape[1], f.shape[2], quant::FpMode::kMxfp4};
      f.packed.resize(static_cast<size_t>(layout.packed_bytes()));
      f.scales.resize(static_cast<size_t>(layout.scale_count()));
      ASSERT_TRUE(quant::fp_quantize(ref->view.bytes(), ref->view.dtype(), layout, std::nullopt,
                                     f.packed, f.scales)
                      .ok());
    } else if (expert && name.ends_with("_proj.bias")) {
      Fp& f = experts[name.substr(0, name.size() - 5)];
      f.bias.assign(ref->view.bytes().begin(), ref->view.bytes().end());
      f.bias_dtype = ref->view.dtype();
    } else {
      common.push_back({name, ref->view.dtype(), ref->info().shape, ref->view.bytes()});
    }
  }
  ASSERT_EQ(experts.size(), 6u);  // 2 layers x gate, up, down
  config["quantization_config"] = {{"quant_method", "mxfp4"}};
  // The stacked (sanitized) layout.
  std::vector<checkpoint::TensorToWrite> stacked = common;
  for (const auto& [stem, f] : experts) {
    const int64_t e = f.shape[0], out = f.shape[1], in = f.shape[2];
    stacked.push_back({stem + ".weight", DType::kU32, {e, out, in / 8}, f.packed});
    stacked.push_back({stem + ".scales", DType::kU8, {e, out, in / 32}, f.scales});
    stacked.push_back({stem + ".bias", f.bias_dtype, {e, out}, f.bias});
  }
  // Hugging Face's layout: gate and up interleaved by rows into gate_up_proj, blocks of 16 bytes.
  std::vector<checkpoint::TensorToWrite> hf = common;
  std::vector<std::vector<std::byte>> keep;
  keep.reserve(16);
  for (const std::string layer : {"model.layers.0.mlp.experts.", "model.layers.1.mlp.experts."}) {
    const Fp& g = experts.at(layer + "gate_proj");
    const Fp& u = experts.at(layer + "up_proj");
    const Fp& d = experts.at(layer + "down_proj");
    const int64_t e = g.shape[0], inter = g.shape[1], hidden = g.shape[2];
    keep.push_back(interleave(g.packed, u.packed, static_cast<size_t>(hidden / 2)));
    hf.push_back(
        {layer + "gate_up_proj_blocks", DType::kU8, {e, 2 * inter, hidden / 32, 16}, keep.back()});
    keep.push_back(interleave(g.scales, u.scales, static_cast<size_t>(hidden / 32)));
    hf.push_back(
        {layer + "gate_up_proj_scales", DType::kU8, {e, 2 * inter, hidden / 32}, keep.back()});
    keep.push_back(interleave(g.bias, u.bias, dtype_size(g.bias_dtype)));
    hf.push_back({layer + "gate_up_proj_bias", g.bias_dtype, {e, 2 * inter}, keep.back()});
    hf.push_back({layer + "down_proj_blocks", DType::kU8, {e, hidden, inter / 32, 16}, d.packed});
    hf.push_back({layer + "down_proj_scales", DType::kU8, {e, hidden, inter / 32}, d.scales});
    hf.push_back({layer + "down_proj_bias", d.bias_dtype, {e, hidden}, d.bias});
  }
  for (const auto& [layout, tensors] : {std::pair{"stacked", &stacked}, std::pair{"hf", &hf}}) {
    fs::create_directories(dir / layout);
    ASSERT_TRUE(
        checkpoint::write_safetensors(dir / layout / "model.safetensors", *tensors, {}).ok());
    testing::write_file(dir / layout / "config.json", config.dump(2));
    auto q = testing::run_cli({"quantize", "--in", (dir / layout).string(), "--out",
                               (dir / (std::string(layout) + "-q8")).string(), "--bits", "8",
                               "--group-size", "64"});
    ASSERT_EQ(q.exit_code, 0) << layout << ": " << q.err;
  }
  // Both convert to the same files: tensors byte for byte, config.json and index text.
  for (const char* file : {"config.json", "model.safetensors", "model.safetensors.index.json"}) {
    EXPECT_EQ(testing::read_file(dir / "stacked-q8" / file),
              testing::read_file(dir / "hf-q8" / file))
        << file;
  }
  const json written = json::parse(testing::read_file(dir / "hf-q8" / "config.json"));
  const json& q = written["quantization"];
  EXPECT_EQ(q["mode"], "mxfp4");
  EXPECT_EQ(q["group_size"], 32);
  EXPECT_EQ(q["model.layers.0.self_attn.q_proj"],
            json({{"group_size", 64}, {"bits", 8}, {"mode", "affine"}}));
  EXPECT_EQ(q["model.layers.1.mlp.router"], json({{"group_size", 64}, {"bits", 8}}));
  EXPECT_FALSE(q.contains("model.layers.0.mlp.experts.gate_proj"));
  EXPECT_EQ(written["quantization_config"], q);
  auto out = checkpoint::Checkpoint::open(dir / "hf-q8");
  ASSERT_TRUE(out.ok()) << out.error().message();
  auto up = out->get("model.layers.1.mlp.experts.up_proj.weight");
  ASSERT_TRUE(up.ok());
  const auto& want = experts.at("model.layers.1.mlp.experts.up_proj").packed;
  EXPECT_TRUE(
      std::equal(up->view.bytes().begin(), up->view.bytes().end(), want.begin(), want.end()));
  auto gen = testing::run_cli({"generate", "-m", (dir / "hf-q8").string(), "--prompt-ids", "3,5,7",
                               "-n", "3", "--capacity", "16"});
  EXPECT_EQ(gen.exit_code, 0) << gen.err;
  EXPECT_EQ(std::count(gen.out.begin(), gen.out.end(), ','), 2) << gen.out;
}

// `mlxla synth` writes fp-mode experts: from a config whose quantization block is mlx_lm's
// fine-grained one (global mxfp4 = the experts', affine entries for the rest, as converting
// openai/gpt-oss makes it) the experts come out MXFP4 (U32 codes, U8 scales, no biases) and the
// rest 8-bit; --expert-mode nvfp4 gives E4M3 scales per 16. The experts are MLX's quantizer on
// the float synth's weights (same seed) byte for byte, and both checkpoints generate.
TEST(MoeSynth, WritesFpModeExperts) {
  testing::ScratchDir dir("moe_synth_fp_experts");
  json config = tiny("gpt_oss");
  config["head_dim"] = 16;
  config["sliding_window"] = 8;
  config["torch_dtype"] = "bfloat16";
  fs::create_directories(dir / "float");
  testing::write_file(dir / "float" / "config.json", config.dump(2));
  config["quantization"] = {
      {"group_size", 32},
      {"bits", 4},
      {"mode", "mxfp4"},
      {"model.layers.0.self_attn.q_proj", {{"group_size", 64}, {"bits", 8}, {"mode", "affine"}}},
      {"model.layers.0.mlp.router", {{"group_size", 64}, {"bits", 8}}}};
  fs::create_directories(dir / "cfg");
  testing::write_file(dir / "cfg" / "config.json", config.dump(2));
  auto f = testing::run_cli({"synth", "--config", (dir / "float").string(), "--out",
                             (dir / "float").string(), "--bits", "0"});
  ASSERT_EQ(f.exit_code, 0) << f.err;
  auto floats = checkpoint::Checkpoint::open(dir / "float");
  ASSERT_TRUE(floats.ok()) << floats.error().message();
  const std::string up = "model.layers.1.mlp.experts.up_proj";
  auto up_float = floats->get(up + ".weight");
  ASSERT_TRUE(up_float.ok());
  for (const auto& [name, mode] :
       {std::pair{"mxfp4", quant::FpMode::kMxfp4}, std::pair{"nvfp4", quant::FpMode::kNvfp4}}) {
    SCOPED_TRACE(name);
    std::vector<std::string> args = {"synth", "--config", (dir / "cfg").string(), "--out",
                                     (dir / name).string()};
    if (mode == quant::FpMode::kNvfp4) {
      args.insert(args.end(), {"--expert-mode", "nvfp4"});
    }
    auto s = testing::run_cli(args);
    ASSERT_EQ(s.exit_code, 0) << s.err;
    auto ckpt = checkpoint::Checkpoint::open(dir / name);
    ASSERT_TRUE(ckpt.ok()) << ckpt.error().message();
    const int group = quant::fp_mode_group_size(mode);
    auto w = ckpt->get(up + ".weight");
    auto sc = ckpt->get(up + ".scales");
    ASSERT_TRUE(w.ok() && sc.ok());
    EXPECT_EQ(w->info().shape, (std::vector<int64_t>{4, 64, 64 / 8}));
    EXPECT_EQ(sc->view.dtype(), DType::kU8);
    EXPECT_EQ(sc->info().shape, (std::vector<int64_t>{4, 64, 64 / group}));
    EXPECT_FALSE(ckpt->get(up + ".biases").ok());
    EXPECT_TRUE(ckpt->get(up + ".bias").ok());
    auto q = ckpt->get("model.layers.0.self_attn.q_proj.scales");
    ASSERT_TRUE(q.ok());
    EXPECT_EQ(q->view.dtype(), DType::kBF16);
    const json written = json::parse(testing::read_file(dir / name / "config.json"));
    EXPECT_EQ(written["quantization"]["bits"], 8);
    EXPECT_EQ(written["quantization"][up],
              json({{"group_size", group}, {"bits", 4}, {"mode", name}}));
    // MLX's quantizer on the float synth's weights.
    const quant::FpLayout layout{4 * 64, 64, mode};
    std::vector<std::byte> packed(static_cast<size_t>(layout.packed_bytes()));
    std::vector<std::byte> scales(static_cast<size_t>(layout.scale_count()));
    ASSERT_TRUE(quant::fp_quantize(up_float->view.bytes(), up_float->view.dtype(), layout,
                                   std::nullopt, packed, scales)
                    .ok());
    EXPECT_TRUE(
        std::equal(packed.begin(), packed.end(), w->view.bytes().begin(), w->view.bytes().end()));
    EXPECT_TRUE(
        std::equal(scales.begin(), scales.end(), sc->view.bytes().begin(), sc->view.bytes().end()));
    auto gen = testing::run_cli({"generate", "-m", (dir / name).string(), "--prompt-ids", "3,5,7",
                                 "-n", "3", "--capacity", "16"});
    EXPECT_EQ(gen.exit_code, 0) << gen.err;
    EXPECT_EQ(std::count(gen.out.begin(), gen.out.end(), ','), 2) << gen.out;
  }
}

}  // namespace
}  // namespace mlxla
