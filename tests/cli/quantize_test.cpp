// `mlxla quantize` end to end: against the shared mlx_lm-made stories260K checkpoints (tensor for
// tensor, bitwise), on a tiny checkpoint the test writes itself, and its error paths.
// ctest-labels: e2e golden
#include <gtest/gtest.h>

#include <cstring>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "checkpoint/safetensors.h"
#include "quant/affine.h"
#include "quant/fp_modes.h"
#include "quant/half.h"
#include "support/test_support.h"

namespace mlxla {
namespace {

using checkpoint::SafetensorsFile;
namespace fs = std::filesystem;

struct Setting {
  int bits;
  int group;
  const char* dtype;  // file-name suffix: f16 or f32
};

class QuantizeStories : public ::testing::TestWithParam<Setting> {};

TEST_P(QuantizeStories, EqualsMlxLmConvertBitwise) {
  const Setting s = GetParam();
  const std::string ref_name = "models/stories260K-mlx-q" + std::to_string(s.bits) + "-g" +
                               std::to_string(s.group) + "-" + s.dtype;
  MLXLA_REQUIRE_SHARED("models/stories260K");
  MLXLA_REQUIRE_SHARED(ref_name);
  const fs::path ref = testing::shared_dir() / ref_name;
  testing::ScratchDir dir("quantize");
  std::vector<std::string> args = {"quantize",
                                   "--in",
                                   (testing::shared_dir() / "models/stories260K").string(),
                                   "--out",
                                   (dir / "out").string(),
                                   "--bits",
                                   std::to_string(s.bits),
                                   "--group-size",
                                   std::to_string(s.group)};
  if (std::string(s.dtype) == "f16") {
    args.push_back("--dtype");
    args.push_back("float16");
  }
  const auto run = testing::run_cli(args);
  ASSERT_EQ(run.exit_code, 0) << run.err;

  auto got = SafetensorsFile::open(dir / "out" / "model.safetensors");
  auto want = SafetensorsFile::open(ref / "model.safetensors");
  ASSERT_TRUE(got.ok()) << got.error().message();
  ASSERT_TRUE(want.ok()) << want.error().message();
  ASSERT_EQ(got->tensors().size(), want->tensors().size());
  for (const auto& w : want->tensors()) {
    const auto* g = got->find(w.name);
    ASSERT_NE(g, nullptr) << "missing " << w.name;
    EXPECT_EQ(g->dtype, w.dtype) << w.name;
    EXPECT_EQ(g->shape, w.shape) << w.name;
    ASSERT_EQ(g->nbytes, w.nbytes) << w.name;
    EXPECT_EQ(std::memcmp(got->view(*g).data, want->view(w).data, w.nbytes), 0)
        << w.name << " bytes differ";
  }
  EXPECT_EQ(got->metadata(), want->metadata());

  const auto config = nlohmann::json::parse(testing::read_file(dir / "out" / "config.json"));
  const auto ref_config = nlohmann::json::parse(testing::read_file(ref / "config.json"));
  EXPECT_EQ(config["quantization"], ref_config["quantization"]);
  EXPECT_EQ(config["quantization_config"], ref_config["quantization_config"]);
  // mlx_lm's json.dump(indent=4) layout is reproduced byte for byte.
  EXPECT_EQ(testing::read_file(dir / "out" / "config.json"),
            testing::read_file(ref / "config.json"));
  EXPECT_EQ(testing::read_file(dir / "out" / "model.safetensors.index.json"),
            testing::read_file(ref / "model.safetensors.index.json"));
  for (const char* copied : {"tokenizer.json", "tokenizer_config.json", "generation_config.json"})
    EXPECT_EQ(testing::read_file(dir / "out" / copied), testing::read_file(ref / copied)) << copied;
}

INSTANTIATE_TEST_SUITE_P(Settings, QuantizeStories,
                         ::testing::Values(Setting{3, 32, "f16"}, Setting{4, 32, "f16"},
                                           Setting{4, 32, "f32"}, Setting{4, 64, "f16"},
                                           Setting{6, 32, "f16"}, Setting{8, 32, "f16"}),
                         [](const ::testing::TestParamInfo<Setting>& param_info) {
                           std::string name("q");
                           name += std::to_string(param_info.param.bits);
                           name += "_g";
                           name += std::to_string(param_info.param.group);
                           name += "_";
                           name += param_info.param.dtype;
                           return name;
                         });

// A tiny Llama written by the test: no ../shared needed.
void write_tiny_model(const fs::path& dir, bool tied) {
  fs::create_directories(dir);
  uint64_t state = 42;
  auto next = [&] {
    uint64_t z = (state += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  };
  std::vector<std::vector<float>> storage;
  std::vector<checkpoint::TensorToWrite> tensors;
  auto add = [&](const std::string& name, std::vector<int64_t> shape) {
    int64_t n = 1;
    for (auto d : shape) n *= d;
    std::vector<float> v(static_cast<size_t>(n));
    for (auto& x : v) x = static_cast<float>(static_cast<double>(next() >> 11) * 0x1p-53 - 0.5);
    storage.push_back(std::move(v));
    tensors.push_back({name, DType::kF32, std::move(shape), {}});
  };
  add("model.embed_tokens.weight", {16, 64});
  add("model.layers.0.input_layernorm.weight", {64});
  add("model.layers.0.self_attn.q_proj.weight", {64, 64});
  add("model.layers.0.mlp.down_proj.weight", {64, 48});  // 48: not divisible by 32 -> kept
  add("model.layers.0.self_attn.rotary_emb.inv_freq", {4});
  add("model.norm.weight", {64});
  add("lm_head.weight", {16, 64});
  for (size_t i = 0; i < tensors.size(); ++i)
    tensors[i].bytes = std::as_bytes(std::span(storage[i]));
  ASSERT_TRUE(checkpoint::write_safetensors(dir / "model.safetensors", tensors, {}).ok());
  testing::write_file(
      dir / "config.json",
      std::string(R"({"model_type": "llama", "hidden_size": 64, "torch_dtype": "bfloat16",)") +
          R"( "_name_or_path": "x", "tie_word_embeddings": )" + (tied ? "true" : "false") + "}");
  testing::write_file(dir / "generation_config.json", R"({"eos_token_id": [7, 8]})");
}

TEST(QuantizeCli, TinyModelFollowsTheConvertRules) {
  for (bool tied : {false, true}) {
    testing::ScratchDir dir("quantize-tiny");
    write_tiny_model(dir / "in", tied);
    const auto run =
        testing::run_cli({"quantize", "--in", (dir / "in").string(), "--out",
                          (dir / "out").string(), "--bits", "5", "--group-size", "32"});
    ASSERT_EQ(run.exit_code, 0) << run.err;
    auto out = SafetensorsFile::open(dir / "out" / "model.safetensors");
    auto src = SafetensorsFile::open(dir / "in" / "model.safetensors");
    ASSERT_TRUE(out.ok() && src.ok());
    std::vector<std::string> names;
    for (const auto& t : out->tensors()) names.push_back(t.name);
    std::vector<std::string> want = {"model.embed_tokens.biases",
                                     "model.embed_tokens.scales",
                                     "model.embed_tokens.weight",
                                     "model.layers.0.input_layernorm.weight",
                                     "model.layers.0.mlp.down_proj.weight",
                                     "model.layers.0.self_attn.q_proj.biases",
                                     "model.layers.0.self_attn.q_proj.scales",
                                     "model.layers.0.self_attn.q_proj.weight",
                                     "model.norm.weight"};
    if (!tied) want.insert(want.begin(), {"lm_head.biases", "lm_head.scales", "lm_head.weight"});
    EXPECT_EQ(names, want);
    // torch_dtype bfloat16 is the default target: floats become BF16 (RNE), q_proj is packed
    // from the bf16-cast weights with bf16 scales.
    const auto* norm = out->find("model.norm.weight");
    ASSERT_NE(norm, nullptr);
    EXPECT_EQ(norm->dtype, DType::kBF16);
    const auto src_norm = *src->get("model.norm.weight");
    for (size_t i = 0; i < 64; ++i)
      ASSERT_EQ(out->view(*norm).load<uint16_t>(i), quant::f32_to_bf16(src_norm.load<float>(i)));
    const auto q_src = *src->get("model.layers.0.self_attn.q_proj.weight");
    std::vector<std::byte> bf(64 * 64 * 2);
    for (size_t i = 0; i < 64 * 64; ++i)
      quant::store_from_f32(q_src.load<float>(i), DType::kBF16, bf.data(), i);
    auto q = quant::quantize(bf, DType::kBF16, {64, 64, 5, 32}, DType::kBF16);
    ASSERT_TRUE(q.ok());
    const auto packed = *out->get("model.layers.0.self_attn.q_proj.weight");
    EXPECT_EQ(packed.dtype(), DType::kU32);
    EXPECT_EQ(std::vector<int64_t>(packed.shape().begin(), packed.shape().end()),
              (std::vector<int64_t>{64, 10}));
    ASSERT_EQ(packed.nbytes(), q->packed.size());
    EXPECT_EQ(std::memcmp(packed.data, q->packed.data(), q->packed.size()), 0);
    const auto scales = *out->get("model.layers.0.self_attn.q_proj.scales");
    ASSERT_EQ(scales.nbytes(), q->scales.size());
    EXPECT_EQ(std::memcmp(scales.data, q->scales.data(), q->scales.size()), 0);

    const auto config = nlohmann::json::parse(testing::read_file(dir / "out" / "config.json"));
    EXPECT_EQ(config["eos_token_id"], nlohmann::json::parse("[7, 8]"));
    EXPECT_FALSE(config.contains("_name_or_path"));
    EXPECT_EQ(config["quantization"],
              nlohmann::json::parse(R"({"group_size": 32, "bits": 5, "mode": "affine"})"));
    const auto index =
        nlohmann::json::parse(testing::read_file(dir / "out" / "model.safetensors.index.json"));
    EXPECT_EQ(index["weight_map"].size(), want.size());
    uint64_t total = 0;
    for (const auto& t : out->tensors()) total += t.nbytes;
    EXPECT_EQ(index["metadata"]["total_size"].get<uint64_t>(), total);
    // 16*64 embed + 64 norm + 64*64 q + 64*48 down + 64 norm (+ 16*64 lm_head when untied).
    EXPECT_EQ(index["metadata"]["total_parameters"].get<uint64_t>(), tied ? 8320u : 9344u);
  }
}

TEST(QuantizeCli, FpModesWriteMlxsLayout) {
  // mlx_lm.convert --q-mode: U32 codes, one U8 scale per group, no biases, the mode's own bits
  // and group size, and {group_size, bits, mode} in the config.
  struct Mode {
    const char* name;
    quant::FpMode mode;
  };
  for (const Mode& m : {Mode{"mxfp4", quant::FpMode::kMxfp4}, Mode{"nvfp4", quant::FpMode::kNvfp4},
                        Mode{"mxfp8", quant::FpMode::kMxfp8}}) {
    testing::ScratchDir dir("quantize-fp");
    write_tiny_model(dir / "in", true);
    const auto run = testing::run_cli({"quantize", "--in", (dir / "in").string(), "--out",
                                       (dir / "out").string(), "--mode", m.name});
    ASSERT_EQ(run.exit_code, 0) << m.name << ": " << run.err;
    auto out = SafetensorsFile::open(dir / "out" / "model.safetensors");
    auto src = SafetensorsFile::open(dir / "in" / "model.safetensors");
    ASSERT_TRUE(out.ok() && src.ok());
    EXPECT_EQ(out->find("model.layers.0.self_attn.q_proj.biases"), nullptr) << m.name;
    const int bits = quant::fp_mode_bits(m.mode), group = quant::fp_mode_group_size(m.mode);
    // 48 input features are not a multiple of 32 (mx) but are of 16 (nvfp4): packed there.
    EXPECT_EQ(out->find("model.layers.0.mlp.down_proj.scales") != nullptr, group == 16) << m.name;
    const auto q_src = *src->get("model.layers.0.self_attn.q_proj.weight");
    std::vector<std::byte> bf(64 * 64 * 2);
    for (size_t i = 0; i < 64 * 64; ++i)
      quant::store_from_f32(q_src.load<float>(i), DType::kBF16, bf.data(), i);
    const quant::FpLayout layout{64, 64, m.mode};
    std::vector<std::byte> packed(static_cast<size_t>(layout.packed_bytes()));
    std::vector<std::byte> scales(static_cast<size_t>(layout.scale_count()));
    ASSERT_TRUE(quant::fp_quantize(bf, DType::kBF16, layout, std::nullopt, packed, scales).ok());
    const auto w = *out->get("model.layers.0.self_attn.q_proj.weight");
    const auto s = *out->get("model.layers.0.self_attn.q_proj.scales");
    EXPECT_EQ(w.dtype(), DType::kU32);
    EXPECT_EQ(std::vector<int64_t>(w.shape().begin(), w.shape().end()),
              (std::vector<int64_t>{64, 64 * bits / 32}));
    EXPECT_EQ(s.dtype(), DType::kU8);
    EXPECT_EQ(std::vector<int64_t>(s.shape().begin(), s.shape().end()),
              (std::vector<int64_t>{64, 64 / group}));
    ASSERT_EQ(w.nbytes(), packed.size());
    EXPECT_EQ(std::memcmp(w.data, packed.data(), packed.size()), 0) << m.name;
    ASSERT_EQ(s.nbytes(), scales.size());
    EXPECT_EQ(std::memcmp(s.data, scales.data(), scales.size()), 0) << m.name;
    const auto config = nlohmann::json::parse(testing::read_file(dir / "out" / "config.json"));
    const nlohmann::json want = {{"group_size", group}, {"bits", bits}, {"mode", m.name}};
    EXPECT_EQ(config["quantization"], want);
    EXPECT_EQ(config["quantization_config"], want);
  }
  testing::ScratchDir dir("quantize-fp-errors");
  write_tiny_model(dir / "in", true);
  auto wrong_group =
      testing::run_cli({"quantize", "--in", (dir / "in").string(), "--out", (dir / "o").string(),
                        "--mode", "nvfp4", "--group-size", "32"});
  EXPECT_NE(wrong_group.exit_code, 0);
  EXPECT_NE(wrong_group.err.find("--group-size 16"), std::string::npos) << wrong_group.err;
  auto bad_mode = testing::run_cli(
      {"quantize", "--in", (dir / "in").string(), "--out", (dir / "o").string(), "--mode", "int4"});
  EXPECT_NE(bad_mode.exit_code, 0);
  EXPECT_NE(bad_mode.err.find("--mode int4"), std::string::npos) << bad_mode.err;
}

TEST(QuantizeCli, FpModeCheckpointInspectsAndRuns) {
  // A whole float model (synth --bits 0) converted to mxfp4: inspect names the mode and bench
  // runs it (fp_mode_model_test checks its logits bit for bit).
  testing::ScratchDir dir("quantize-fp-model");
  fs::create_directories(dir / "cfg");
  testing::write_file(dir / "cfg" / "config.json", R"({"model_type": "llama", "hidden_size": 64,
    "intermediate_size": 128, "num_hidden_layers": 2, "num_attention_heads": 4,
    "num_key_value_heads": 2, "vocab_size": 96, "rms_norm_eps": 1e-5, "rope_theta": 10000.0,
    "tie_word_embeddings": true, "torch_dtype": "float32"})");
  auto synth = testing::run_cli({"synth", "--config", (dir / "cfg").string(), "--out",
                                 (dir / "float").string(), "--bits", "0"});
  ASSERT_EQ(synth.exit_code, 0) << synth.err;
  auto quantize = testing::run_cli({"quantize", "--in", (dir / "float").string(), "--out",
                                    (dir / "fp").string(), "--mode", "mxfp4"});
  ASSERT_EQ(quantize.exit_code, 0) << quantize.err;
  auto inspect = testing::run_cli({"inspect", "-m", (dir / "fp").string()});
  EXPECT_EQ(inspect.exit_code, 0) << inspect.err;
  EXPECT_NE(inspect.out.find("quantization  mxfp4, 4 bits, group 32"), std::string::npos)
      << inspect.out;
  EXPECT_NE(inspect.out.find("packed mxfp4 (4-bit g32, U8 scales)"), std::string::npos)
      << inspect.out;
  auto bench = testing::run_cli({"bench", "-m", (dir / "fp").string(), "--threads", "1", "--json",
                                 "--prefill-lengths", "8", "--decode-tokens", "4", "--runs", "1"});
  EXPECT_EQ(bench.exit_code, 0) << bench.err;
  EXPECT_NE(bench.out.find("\"decode_tok_s\""), std::string::npos) << bench.out;
}

TEST(QuantizeCli, ErrorsAreClearAndNonZero) {
  testing::ScratchDir dir("quantize-errors");
  auto missing = testing::run_cli(
      {"quantize", "--in", (dir / "nope").string(), "--out", (dir / "o").string()});
  EXPECT_NE(missing.exit_code, 0);
  EXPECT_NE(missing.err.find("nope"), std::string::npos) << missing.err;

  write_tiny_model(dir / "in", true);
  auto bad_bits = testing::run_cli(
      {"quantize", "--in", (dir / "in").string(), "--out", (dir / "o").string(), "--bits", "7"});
  EXPECT_NE(bad_bits.exit_code, 0);
  EXPECT_NE(bad_bits.err.find("--bits"), std::string::npos) << bad_bits.err;
  auto bad_group = testing::run_cli({"quantize", "--in", (dir / "in").string(), "--out",
                                     (dir / "o").string(), "--group-size", "48"});
  EXPECT_NE(bad_group.exit_code, 0);
  EXPECT_NE(bad_group.err.find("--group-size"), std::string::npos) << bad_group.err;
  auto bad_dtype = testing::run_cli({"quantize", "--in", (dir / "in").string(), "--out",
                                     (dir / "o").string(), "--dtype", "int8"});
  EXPECT_NE(bad_dtype.exit_code, 0);

  // A truncated tensor file: the reader's message names the file.
  std::string bytes = testing::read_file(dir / "in" / "model.safetensors");
  testing::write_file(dir / "in" / "model.safetensors", bytes.substr(0, bytes.size() - 100));
  auto truncated =
      testing::run_cli({"quantize", "--in", (dir / "in").string(), "--out", (dir / "o").string()});
  EXPECT_NE(truncated.exit_code, 0);
  EXPECT_NE(truncated.err.find("model.safetensors"), std::string::npos) << truncated.err;

  fs::remove(dir / "in" / "model.safetensors");
  auto no_weights =
      testing::run_cli({"quantize", "--in", (dir / "in").string(), "--out", (dir / "o").string()});
  EXPECT_NE(no_weights.exit_code, 0);
}

}  // namespace
}  // namespace mlxla
