// `mlxla synth` end to end on a small config the test writes: exact tensor list, plausible
// weight statistics, seed determinism, float mode and errors.
// ctest-labels: e2e
#include <gtest/gtest.h>

#include <cmath>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "checkpoint/safetensors.h"
#include "quant/affine.h"
#include "quant/convert_plan.h"
#include "quant/synth_plan.h"
#include "support/test_support.h"

namespace mlxla {
namespace {

namespace fs = std::filesystem;

const char* kConfig = R"({"model_type": "llama", "hidden_size": 64, "intermediate_size": 128,
  "num_hidden_layers": 2, "num_attention_heads": 4, "num_key_value_heads": 2, "vocab_size": 256,
  "tie_word_embeddings": false, "torch_dtype": "bfloat16",
  "quantization": {"group_size": 32, "bits": 4}})";

TEST(SynthCli, WritesThePlannedCheckpoint) {
  testing::ScratchDir dir("synth");
  fs::create_directories(dir / "cfg");
  testing::write_file(dir / "cfg" / "config.json", kConfig);
  testing::write_file(dir / "cfg" / "tokenizer.json", "{}");
  const auto run = testing::run_cli(
      {"synth", "--config", (dir / "cfg").string(), "--out", (dir / "a").string(), "--seed", "1"});
  ASSERT_EQ(run.exit_code, 0) << run.err;

  const auto config = quant::OrderedJson::parse(kConfig);
  auto sources = quant::model_source_tensors(config);
  ASSERT_TRUE(sources.ok());
  auto unquantized = config;
  unquantized.erase("quantization");
  auto plan = quant::plan_conversion(*sources, unquantized, {4, 32, DType::kBF16, std::nullopt});
  ASSERT_TRUE(plan.ok());
  auto file = checkpoint::SafetensorsFile::open(dir / "a" / "model.safetensors");
  ASSERT_TRUE(file.ok()) << file.error().message();
  ASSERT_EQ(file->tensors().size(), plan->tensors.size());
  for (size_t i = 0; i < plan->tensors.size(); ++i) {
    EXPECT_EQ(file->tensors()[i].name, plan->tensors[i].name);
    EXPECT_EQ(file->tensors()[i].dtype, plan->tensors[i].dtype);
    EXPECT_EQ(file->tensors()[i].shape, plan->tensors[i].shape);
  }
  EXPECT_NE(file->find("lm_head.scales"), nullptr);
  EXPECT_TRUE(fs::exists(dir / "a" / "tokenizer.json"));
  EXPECT_TRUE(fs::exists(dir / "a" / "model.safetensors.index.json"));
  const auto written = nlohmann::json::parse(testing::read_file(dir / "a" / "config.json"));
  EXPECT_EQ(written["quantization"],
            nlohmann::json::parse(R"({"group_size": 32, "bits": 4, "mode": "affine"})"));

  // Weights ~ 1/sqrt(fan_in): the dequantized q_proj's standard deviation is within 10% of
  // 1/8 (4096 samples: sampling error ~1%, 4-bit quantization noise adds < 1%).
  const auto view = [&](const std::string& name) { return *file->get(name); };
  const auto q = view("model.layers.0.self_attn.q_proj.weight");
  const auto s = view("model.layers.0.self_attn.q_proj.scales");
  const auto b = view("model.layers.0.self_attn.q_proj.biases");
  std::vector<float> deq(64 * 64);
  ASSERT_TRUE(
      quant::dequantize_f32({{64, 64, 4, 32}, DType::kBF16, q.bytes(), s.bytes(), b.bytes()}, deq)
          .ok());
  double sum = 0, sum2 = 0;
  for (float v : deq) {
    sum += static_cast<double>(v);
    sum2 += static_cast<double>(v) * static_cast<double>(v);
  }
  const double mean = sum / 4096, stddev = std::sqrt(sum2 / 4096 - mean * mean);
  EXPECT_NEAR(stddev, 0.125, 0.0125);
  EXPECT_NEAR(mean, 0.0, 0.01);
  const auto norm = view("model.norm.weight");
  for (size_t i = 0; i < 64; ++i) {
    const float v = quant::load_as_f32(norm.data, DType::kBF16, i);
    EXPECT_GT(v, 0.9f);
    EXPECT_LT(v, 1.1f);
  }

  // Same seed, same bytes; another seed, other bytes.
  ASSERT_EQ(testing::run_cli({"synth", "--config", (dir / "cfg" / "config.json").string(), "--out",
                              (dir / "b").string(), "--seed", "1"})
                .exit_code,
            0);
  ASSERT_EQ(testing::run_cli({"synth", "--config", (dir / "cfg").string(), "--out",
                              (dir / "c").string(), "--seed", "2"})
                .exit_code,
            0);
  const std::string a_bytes = testing::read_file(dir / "a" / "model.safetensors");
  EXPECT_EQ(a_bytes, testing::read_file(dir / "b" / "model.safetensors"));
  EXPECT_NE(a_bytes, testing::read_file(dir / "c" / "model.safetensors"));
}

TEST(SynthCli, FloatModeAndErrors) {
  testing::ScratchDir dir("synth-float");
  fs::create_directories(dir / "cfg");
  testing::write_file(dir / "cfg" / "config.json", kConfig);
  const auto run = testing::run_cli({"synth", "--config", (dir / "cfg").string(), "--out",
                                     (dir / "f").string(), "--bits", "0", "--dtype", "float16"});
  ASSERT_EQ(run.exit_code, 0) << run.err;
  auto file = checkpoint::SafetensorsFile::open(dir / "f" / "model.safetensors");
  ASSERT_TRUE(file.ok());
  for (const auto& t : file->tensors()) EXPECT_EQ(t.dtype, DType::kF16) << t.name;
  const auto embed = file->find("model.embed_tokens.weight");
  ASSERT_NE(embed, nullptr);
  EXPECT_EQ(embed->shape, (std::vector<int64_t>{256, 64}));
  const auto written = nlohmann::json::parse(testing::read_file(dir / "f" / "config.json"));
  EXPECT_FALSE(written.contains("quantization"));

  auto missing = testing::run_cli(
      {"synth", "--config", (dir / "nope").string(), "--out", (dir / "x").string()});
  EXPECT_NE(missing.exit_code, 0);
  EXPECT_NE(missing.err.find("nope"), std::string::npos) << missing.err;
  auto bad_bits = testing::run_cli(
      {"synth", "--config", (dir / "cfg").string(), "--out", (dir / "x").string(), "--bits", "7"});
  EXPECT_NE(bad_bits.exit_code, 0);
  testing::write_file(dir / "cfg" / "config.json", R"({"model_type": "llama"})");
  auto incomplete = testing::run_cli(
      {"synth", "--config", (dir / "cfg").string(), "--out", (dir / "x").string()});
  EXPECT_NE(incomplete.exit_code, 0);
  EXPECT_NE(incomplete.err.find("hidden_size"), std::string::npos) << incomplete.err;
}

// The fp modes fix bits and group size (mxfp4: 4/32, nvfp4: 4/16, mxfp8: 8/32): an explicit
// --bits or --group-size that contradicts the mode, given by --mode or by the config, is refused
// with both named; agreeing values and affine's free choice are accepted.
TEST(SynthCli, BitsAndGroupSizeThatContradictAnFpModeAreRefused) {
  testing::ScratchDir dir("synth-fp-flags");
  fs::create_directories(dir / "cfg");
  testing::write_file(dir / "cfg" / "config.json", kConfig);
  const auto synth = [&](const std::vector<std::string>& extra) {
    std::vector<std::string> args = {"synth", "--config", (dir / "cfg").string(), "--out",
                                     (dir / "out").string()};
    args.insert(args.end(), extra.begin(), extra.end());
    return testing::run_cli(args);
  };
  struct Refused {
    std::vector<std::string> args;
    std::string mode, flag;
  };
  for (const Refused& c : std::vector<Refused>{
           {{"--mode", "mxfp4", "--bits", "8"}, "--mode mxfp4", "--bits 8"},
           {{"--mode", "mxfp4", "--group-size", "64"}, "--mode mxfp4", "--group-size 64"},
           {{"--mode", "nvfp4", "--group-size", "32"}, "--mode nvfp4", "--group-size 32"},
           {{"--mode", "mxfp8", "--bits", "4", "--group-size", "32"}, "--mode mxfp8", "--bits 4"},
           {{"--mode", "mxfp8", "--bits", "0"}, "--mode mxfp8", "--bits 0"}}) {
    const auto run = synth(c.args);
    EXPECT_NE(run.exit_code, 0) << c.args[1] << " " << c.args[2];
    EXPECT_NE(run.err.find(c.mode), std::string::npos) << run.err;
    EXPECT_NE(run.err.find(c.flag), std::string::npos) << run.err;
    EXPECT_FALSE(fs::exists(dir / "out" / "model.safetensors")) << run.err;
  }
  for (const std::vector<std::string>& ok :
       {std::vector<std::string>{"--mode", "mxfp4", "--bits", "4", "--group-size", "32"},
        {"--mode", "mxfp8", "--bits", "8"},
        {"--mode", "affine", "--bits", "8", "--group-size", "64"}}) {
    const auto run = synth(ok);
    EXPECT_EQ(run.exit_code, 0) << ok[1] << ": " << run.err;
    fs::remove_all(dir / "out");
  }
  // The mode from the config: --group-size alone keeps it, so a different one is refused; --bits
  // alone means affine (documented), so it is not.
  testing::write_file(dir / "cfg" / "config.json",
                      R"({"model_type": "llama", "hidden_size": 64, "intermediate_size": 128,
  "num_hidden_layers": 2, "num_attention_heads": 4, "num_key_value_heads": 2, "vocab_size": 256,
  "torch_dtype": "bfloat16", "quantization": {"group_size": 32, "bits": 4, "mode": "mxfp4"}})");
  const auto from_config = synth({"--group-size", "64"});
  EXPECT_NE(from_config.exit_code, 0);
  EXPECT_NE(from_config.err.find("mode mxfp4"), std::string::npos) << from_config.err;
  EXPECT_NE(from_config.err.find("--group-size 64"), std::string::npos) << from_config.err;
  EXPECT_NE(from_config.err.find("--mode affine"), std::string::npos) << from_config.err;
  const auto affine = synth({"--bits", "8", "--group-size", "64"});
  EXPECT_EQ(affine.exit_code, 0) << affine.err;
}

}  // namespace
}  // namespace mlxla
