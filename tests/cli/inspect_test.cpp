// `mlxla inspect`: on a checkpoint the test writes (mixed per-layer quantization, an unused
// tensor, a broken layer) and on a shared stories260K conversion when present.
// ctest-labels: e2e
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "checkpoint/checkpoint.h"
#include "checkpoint/safetensors.h"
#include "support/test_support.h"

namespace mlxla {
namespace {

using checkpoint::TensorToWrite;
using nlohmann::json;

struct Owned {
  std::string name;
  DType dtype;
  std::vector<int64_t> shape;
  std::vector<std::byte> bytes;
};

Owned tensor(std::string name, DType dtype, std::vector<int64_t> shape) {
  int64_t n = 1;
  for (int64_t d : shape) n *= d;
  std::vector<std::byte> bytes(static_cast<size_t>(n) * dtype_size(dtype));
  for (size_t i = 0; i < bytes.size(); ++i) bytes[i] = static_cast<std::byte>(i * 7 + 3);
  // Float elements get a cleared top exponent bit, so they are finite (NaN/Inf scales and norms
  // are refused by inspect).
  if (dtype_is_float(dtype)) {
    const size_t size = dtype_size(dtype);
    for (size_t i = size - 1; i < bytes.size(); i += size) bytes[i] &= std::byte{0xBF};
  }
  return {std::move(name), dtype, std::move(shape), std::move(bytes)};
}

void add_packed(std::vector<Owned>& out, const std::string& path, int64_t rows, int64_t cols,
                int bits, int group) {
  out.push_back(tensor(path + ".weight", DType::kU32, {rows, cols * bits / 32}));
  out.push_back(tensor(path + ".scales", DType::kF16, {rows, cols / group}));
  out.push_back(tensor(path + ".biases", DType::kF16, {rows, cols / group}));
}

// hidden 64, 2 heads of 32, 1 kv head, intermediate 64, vocab 32, three layers; all projections
// 4-bit g32 except layer 2's down_proj (8-bit override). `break_layer1` gives layer 1's
// q_proj scales the wrong shape.
void write_model(const std::filesystem::path& dir, bool break_layer1) {
  json config = {{"model_type", "llama"},
                 {"hidden_size", 64},
                 {"intermediate_size", 64},
                 {"num_hidden_layers", 3},
                 {"num_attention_heads", 2},
                 {"num_key_value_heads", 1},
                 {"vocab_size", 32},
                 {"tie_word_embeddings", true},
                 {"rms_norm_eps", 1e-5},
                 {"eos_token_id", 2},
                 {"quantization",
                  {{"bits", 4},
                   {"group_size", 32},
                   {"model.layers.2.mlp.down_proj", {{"bits", 8}, {"group_size", 32}}}}}};
  testing::write_file(dir / "config.json", config.dump());
  std::vector<Owned> ts;
  add_packed(ts, "model.embed_tokens", 32, 64, 4, 32);
  for (int l = 0; l < 3; ++l) {
    const std::string p = "model.layers." + std::to_string(l) + ".";
    add_packed(ts, p + "self_attn.q_proj", 64, 64, 4, 32);
    add_packed(ts, p + "self_attn.k_proj", 32, 64, 4, 32);
    add_packed(ts, p + "self_attn.v_proj", 32, 64, 4, 32);
    add_packed(ts, p + "self_attn.o_proj", 64, 64, 4, 32);
    add_packed(ts, p + "mlp.gate_proj", 64, 64, 4, 32);
    add_packed(ts, p + "mlp.up_proj", 64, 64, 4, 32);
    add_packed(ts, p + "mlp.down_proj", 64, 64, l == 2 ? 8 : 4, 32);
    ts.push_back(tensor(p + "input_layernorm.weight", DType::kF16, {64}));
    ts.push_back(tensor(p + "post_attention_layernorm.weight", DType::kF16, {64}));
  }
  ts.push_back(tensor("model.norm.weight", DType::kF16, {64}));
  ts.push_back(tensor("model.rotary_emb.inv_freq", DType::kF32, {16}));
  if (break_layer1) {
    for (auto& t : ts) {
      if (t.name == "model.layers.1.self_attn.q_proj.scales")
        t = tensor(t.name, DType::kF16, {64, 1});
    }
  }
  std::vector<TensorToWrite> writes;
  for (const auto& t : ts) writes.push_back({t.name, t.dtype, t.shape, t.bytes});
  ASSERT_TRUE(
      checkpoint::write_safetensors(dir / "model.safetensors", writes, {{"format", "mlx"}}).ok());
}

TEST(InspectCli, SummarisesRunsOfLayersAndWarns) {
  testing::ScratchDir dir("inspect");
  write_model(dir.path(), false);
  auto r = testing::run_cli({"inspect", "-m", dir.path().string(), "--json"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  json j = json::parse(r.out);
  EXPECT_EQ(j["architecture"]["hidden_size"], 64);
  EXPECT_EQ(j["architecture"]["head_dim"], 32);
  EXPECT_EQ(j["quantization"]["bits"], 4);
  EXPECT_EQ(j["quantization"]["overrides"]["model.layers.2.mlp.down_proj"]["bits"], 8);
  auto ckpt = checkpoint::Checkpoint::open(dir.path());
  ASSERT_TRUE(ckpt.ok());
  EXPECT_EQ(j["tensors"]["count"], ckpt->tensor_count());
  EXPECT_EQ(j["tensors"]["bytes"], ckpt->total_bytes());
  // Layers 0-1 are identical; layer 2 differs in down_proj.
  ASSERT_EQ(j["layer_runs"].size(), 2u);
  EXPECT_EQ(j["layer_runs"][0]["first_layer"], 0);
  EXPECT_EQ(j["layer_runs"][0]["last_layer"], 1);
  EXPECT_EQ(j["layer_runs"][1]["first_layer"], 2);
  EXPECT_EQ(j["layer_runs"][1]["modules"][6]["module"], "mlp.down_proj");
  EXPECT_EQ(j["layer_runs"][1]["modules"][6]["bits"], 8);
  EXPECT_EQ(j["layer_runs"][0]["modules"][6]["bits"], 4);
  // Packed residency keeps the packed modules' checkpoint bytes, drops the unused inv_freq and
  // holds the 7 norms (two per layer, one final; 64 wide, stored F16 here) as f32.
  const uint64_t norms_f16_bytes = 7 * 64 * 2;
  const uint64_t inv_freq_bytes = 16 * 4;
  EXPECT_EQ(j["resident_bytes"]["packed"],
            ckpt->total_bytes() - inv_freq_bytes - norms_f16_bytes + 7 * 64 * 4);
  const uint64_t weights = 32 * 64 + 3 * (64 * 64 * 5 + 32 * 64 * 2);
  EXPECT_EQ(j["resident_bytes"]["dense_f32"], 4 * weights + 7 * 64 * 4);
  EXPECT_EQ(j["resident_bytes"]["f16"], 2 * weights + 7 * 64 * 4);
  bool warned_unused = false;
  for (const auto& w : j["warnings"]) {
    if (w.get<std::string>().find("'model.rotary_emb.inv_freq' is not used") != std::string::npos)
      warned_unused = true;
  }
  EXPECT_TRUE(warned_unused) << j["warnings"].dump();
  EXPECT_TRUE(j["problems"].empty());

  auto text = testing::run_cli({"inspect", "-m", dir.path().string()});
  ASSERT_EQ(text.exit_code, 0) << text.err;
  EXPECT_NE(text.out.find("layers 0-1"), std::string::npos) << text.out;
  EXPECT_NE(text.out.find("layer 2\n"), std::string::npos) << text.out;
  EXPECT_NE(text.out.find("packed 8-bit g32, F16 scales"), std::string::npos) << text.out;
}

TEST(InspectCli, ReportsWrongQuantizedShapes) {
  testing::ScratchDir dir("inspect-broken");
  write_model(dir.path(), true);
  auto r = testing::run_cli({"inspect", "-m", dir.path().string(), "--json"});
  EXPECT_EQ(r.exit_code, 1);
  json j = json::parse(r.out);
  ASSERT_EQ(j["problems"].size(), 1u) << j["problems"].dump();
  const std::string problem = j["problems"][0];
  EXPECT_NE(problem.find("model.layers.1.self_attn.q_proj"), std::string::npos) << problem;
  EXPECT_NE(problem.find("wrong quantized shapes"), std::string::npos) << problem;
}

TEST(InspectCli, MissingDirectoryIsAnError) {
  testing::ScratchDir dir("inspect-missing");
  auto r = testing::run_cli({"inspect", "-m", (dir / "nope").string()});
  EXPECT_NE(r.exit_code, 0);
  EXPECT_NE(r.err.find("nope: no such directory"), std::string::npos) << r.err;
  auto no_flag = testing::run_cli({"inspect"});
  EXPECT_NE(no_flag.exit_code, 0);
}

TEST(InspectCli, SharedStories260KConversion) {
  MLXLA_REQUIRE_SHARED("models/stories260K-mlx-q4-g32-f16");
  MLXLA_REQUIRE_SHARED("models/stories260K");
  const auto dir = testing::shared_dir() / "models/stories260K-mlx-q4-g32-f16";
  auto r = testing::run_cli({"inspect", "-m", dir.string(), "--json"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  json j = json::parse(r.out);
  EXPECT_EQ(j["tensors"]["count"], 109);
  EXPECT_EQ(j["architecture"]["num_hidden_layers"], 5);
  ASSERT_EQ(j["layer_runs"].size(), 1u);
  EXPECT_EQ(j["layer_runs"][0]["last_layer"], 4);
  EXPECT_EQ(j["top_modules"][0]["module"], "model.embed_tokens");
  EXPECT_EQ(j["top_modules"][0]["packed"], true);
  EXPECT_EQ(j["layer_runs"][0]["modules"][6]["packed"], false);  // down_proj (172 % 32 != 0)
  // Dense f32 residency is the f32 source checkpoint's size: same tensors, all f32.
  auto source = checkpoint::Checkpoint::open(testing::shared_dir() / "models/stories260K");
  ASSERT_TRUE(source.ok());
  EXPECT_EQ(j["resident_bytes"]["dense_f32"], source->total_bytes());
  EXPECT_GT(j["tensors"]["unaligned"].get<int>(), 0);
  EXPECT_TRUE(j["problems"].empty());
}

}  // namespace
}  // namespace mlxla
