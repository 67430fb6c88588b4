// mlx_lm.convert's rules as data (convert_plan.h) and the Llama-family tensor list from a config
// (synth_plan.h): names, shapes, dtypes, byte totals, sharding, index and config text.
// ctest-labels: unit
#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "quant/convert_plan.h"
#include "quant/expert_stacking.h"
#include "quant/synth_plan.h"
#include "support/test_support.h"

namespace mlxla::quant {
namespace {

OrderedJson llama_config(const char* extra = "") {
  return OrderedJson::parse(
      std::string(R"({"model_type": "llama", "hidden_size": 64, "intermediate_size": 160,
      "num_hidden_layers": 2, "num_attention_heads": 4, "num_key_value_heads": 2, "vocab_size": 96,
      "torch_dtype": "bfloat16")") +
      extra + "}");
}

const PlannedTensor* find(const ConvertPlan& plan, const std::string& name) {
  for (const auto& t : plan.tensors)
    if (t.name == name) return &t;
  return nullptr;
}

TEST(SynthPlan, LlamaTiedQuantized) {
  auto sources = model_source_tensors(llama_config());
  ASSERT_TRUE(sources.ok()) << sources.error().message();
  EXPECT_EQ(sources->size(), 1u + 2 * 9 + 1);  // tied by llama's default: no lm_head
  auto plan = plan_conversion(*sources, llama_config(), {4, 32, DType::kBF16, std::nullopt});
  ASSERT_TRUE(plan.ok()) << plan.error().message();
  // 7 projections + embedding quantized (3 tensors each), 2 norms per layer, final norm.
  EXPECT_EQ(plan->tensors.size(), 3u + 2 * (7 * 3 + 2) + 1);
  const auto* q = find(*plan, "model.layers.1.self_attn.k_proj.weight");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->dtype, DType::kU32);
  EXPECT_EQ(q->shape, (std::vector<int64_t>{2 * 16, 64 * 4 / 32}));  // kv_heads * head_dim rows
  const auto* down = find(*plan, "model.layers.0.mlp.down_proj.scales");
  ASSERT_NE(down, nullptr);
  EXPECT_EQ(down->dtype, DType::kBF16);
  EXPECT_EQ(down->shape, (std::vector<int64_t>{64, 160 / 32}));
  const auto* norm = find(*plan, "model.norm.weight");
  ASSERT_NE(norm, nullptr);
  EXPECT_EQ(norm->kind, OutputKind::kCast);
  EXPECT_EQ(norm->dtype, DType::kBF16);
  uint64_t total = 0;
  for (const auto& t : plan->tensors) total += t.nbytes();
  EXPECT_EQ(plan->total_bytes, total);
  EXPECT_TRUE(std::is_sorted(plan->tensors.begin(), plan->tensors.end(),
                             [](const auto& a, const auto& b) { return a.name < b.name; }));
}

TEST(SynthPlan, Qwen2BiasesAndUntiedHead) {
  OrderedJson config = llama_config(R"(, "tie_word_embeddings": false)");
  config["model_type"] = "qwen2";
  auto sources = model_source_tensors(config);
  ASSERT_TRUE(sources.ok());
  auto plan = plan_conversion(*sources, config, {8, 64, DType::kF16, std::nullopt});
  ASSERT_TRUE(plan.ok()) << plan.error().message();
  const auto* bias = find(*plan, "model.layers.0.self_attn.v_proj.bias");
  ASSERT_NE(bias, nullptr);
  EXPECT_EQ(bias->kind, OutputKind::kCast);
  EXPECT_EQ(bias->shape, (std::vector<int64_t>{32}));
  EXPECT_EQ(find(*plan, "model.layers.0.self_attn.o_proj.bias"), nullptr);
  EXPECT_NE(find(*plan, "lm_head.scales"), nullptr);
  // 160 is not a multiple of 64: down_proj stays a float weight, like mlx_lm.
  const auto* down = find(*plan, "model.layers.0.mlp.down_proj.weight");
  ASSERT_NE(down, nullptr);
  EXPECT_EQ(down->dtype, DType::kF16);
  EXPECT_EQ(find(*plan, "model.layers.0.mlp.down_proj.scales"), nullptr);
}

TEST(SynthPlan, Phi3FusedProjections) {
  OrderedJson config = llama_config();
  config["model_type"] = "phi3";
  auto sources = model_source_tensors(config);
  ASSERT_TRUE(sources.ok());
  auto plan = plan_conversion(*sources, config, {4, 32, DType::kBF16, std::nullopt});
  ASSERT_TRUE(plan.ok());
  const auto* qkv = find(*plan, "model.layers.0.self_attn.qkv_proj.weight");
  ASSERT_NE(qkv, nullptr);
  EXPECT_EQ(qkv->shape, (std::vector<int64_t>{(4 + 2 * 2) * 16, 8}));
  const auto* gate_up = find(*plan, "model.layers.0.mlp.gate_up_proj.biases");
  ASSERT_NE(gate_up, nullptr);
  EXPECT_EQ(gate_up->shape, (std::vector<int64_t>{320, 2}));
  EXPECT_EQ(find(*plan, "model.layers.0.self_attn.q_proj.weight"), nullptr);
  EXPECT_NE(find(*plan, "lm_head.weight"), nullptr);  // phi3 does not tie by default
}

TEST(SynthPlan, ConfigErrorsNameTheField) {
  OrderedJson config = llama_config();
  config.erase("vocab_size");
  auto missing = model_source_tensors(config);
  ASSERT_FALSE(missing.ok());
  EXPECT_NE(missing.error().message().find("vocab_size"), std::string::npos);
  config = llama_config();
  config["model_type"] = "gpt2";
  EXPECT_FALSE(model_source_tensors(config).ok());
  EXPECT_FALSE(plan_conversion(*model_source_tensors(llama_config()), llama_config(),
                               {7, 32, DType::kF16, std::nullopt})
                   .ok());
  EXPECT_FALSE(plan_conversion(*model_source_tensors(llama_config()), llama_config(),
                               {4, 48, DType::kF16, std::nullopt})
                   .ok());
  OrderedJson quantized = llama_config(R"(, "quantization": {"bits": 4, "group_size": 64})");
  EXPECT_FALSE(plan_conversion(*model_source_tensors(llama_config()), quantized,
                               {4, 64, DType::kF16, std::nullopt})
                   .ok());
}

// The shared Llama-3.2-1B-Instruct-4bit config plans exactly the mlx-community checkpoint's
// 695,242,752 tensor bytes (embedding quantized and tied, bf16 scales/biases/norms).
TEST(SynthPlan, Llama32OneBillionFourBitByteCount) {
  MLXLA_REQUIRE_SHARED("configs/llama-3.2-1b-instruct-4bit/config.json");
  std::ifstream in(testing::shared_dir() / "configs/llama-3.2-1b-instruct-4bit/config.json");
  std::stringstream text;
  text << in.rdbuf();
  OrderedJson config = OrderedJson::parse(text.str());
  const SynthDefaults defaults = synth_defaults(config);
  EXPECT_EQ(defaults.bits, 4);
  EXPECT_EQ(defaults.group_size, 64);
  EXPECT_EQ(defaults.dtype, DType::kBF16);
  auto sources = model_source_tensors(config);
  ASSERT_TRUE(sources.ok());
  config.erase("quantization");
  config.erase("quantization_config");
  auto plan = plan_conversion(*sources, config,
                              {defaults.bits, defaults.group_size, defaults.dtype, std::nullopt});
  ASSERT_TRUE(plan.ok()) << plan.error().message();
  EXPECT_EQ(plan->total_bytes, 695242752u);
  EXPECT_EQ(plan->tensors.size(), 3u + 16 * (7 * 3 + 2) + 1);
  EXPECT_EQ(plan->shard_count, 1);
  EXPECT_EQ(find(*plan, "lm_head.weight"), nullptr);
  const auto* embed = find(*plan, "model.embed_tokens.weight");
  ASSERT_NE(embed, nullptr);
  EXPECT_EQ(embed->shape, (std::vector<int64_t>{128256, 256}));
  const auto* gate_scales = find(*plan, "model.layers.15.mlp.gate_proj.scales");
  ASSERT_NE(gate_scales, nullptr);
  EXPECT_EQ(gate_scales->shape, (std::vector<int64_t>{8192, 32}));
  EXPECT_EQ(gate_scales->dtype, DType::kBF16);
}

TEST(ConvertPlan, ShardsAndIndex) {
  auto sources = model_source_tensors(llama_config());
  ASSERT_TRUE(sources.ok());
  auto one = plan_conversion(*sources, llama_config(), {4, 32, DType::kBF16, std::nullopt});
  ASSERT_TRUE(one.ok());
  // A limit of a quarter of the total forces several shards; none exceeds it unless a single
  // tensor alone does.
  const uint64_t limit = one->total_bytes / 4;
  auto many = plan_conversion(*sources, llama_config(), {4, 32, DType::kBF16, std::nullopt}, limit);
  ASSERT_TRUE(many.ok());
  EXPECT_GE(many->shard_count, 4);
  std::vector<uint64_t> per_shard(static_cast<size_t>(many->shard_count), 0);
  std::vector<size_t> count(per_shard.size(), 0);
  for (const auto& t : many->tensors) {
    per_shard[static_cast<size_t>(t.shard)] += t.nbytes();
    ++count[static_cast<size_t>(t.shard)];
  }
  for (size_t s = 0; s < per_shard.size(); ++s) EXPECT_TRUE(per_shard[s] <= limit || count[s] == 1);
  EXPECT_EQ(shard_file_name(0, 1), "model.safetensors");
  EXPECT_EQ(shard_file_name(1, 12), "model-00002-of-00012.safetensors");
  const auto index = OrderedJson::parse(make_index_json(*many));
  EXPECT_EQ(index["metadata"]["total_size"].get<uint64_t>(), many->total_bytes);
  EXPECT_EQ(index["weight_map"]["model.norm.weight"],
            shard_file_name(many->tensors.back().shard, many->shard_count));
  EXPECT_EQ(make_index_json(*one).substr(0, 40), "{\n    \"metadata\": {\n        \"total_size\"");
}

TEST(ConvertPlan, ConfigLikeMlxLm) {
  OrderedJson config = OrderedJson::parse(
      R"({"zeta": 1, "_name_or_path": "a", "eos_token_id": 2, "alpha": {"b": 1, "a": 2}, "eps": 1e-05})");
  OrderedJson generation = OrderedJson::parse(R"({"eos_token_id": [5, 6]})");
  const auto out = make_converted_config(config, &generation, {3, 64, DType::kF16, std::nullopt});
  // Top level sorted, nested order kept, eos from the generation config, quantization block
  // in mlx_lm's key order.
  EXPECT_EQ(
      dump_json_like_python(out),
      "{\n    \"alpha\": {\n        \"b\": 1,\n        \"a\": 2\n    },\n"
      "    \"eos_token_id\": [\n        5,\n        6\n    ],\n    \"eps\": 1e-05,\n"
      "    \"quantization\": {\n        \"group_size\": 64,\n        \"bits\": 3,\n"
      "        \"mode\": \"affine\"\n    },\n    \"quantization_config\": {\n"
      "        \"group_size\": 64,\n        \"bits\": 3,\n        \"mode\": \"affine\"\n    },\n"
      "    \"zeta\": 1\n}");
  const auto unquantized =
      make_converted_config(config, nullptr, {0, 64, DType::kF16, std::nullopt});
  EXPECT_FALSE(unquantized.contains("quantization"));
  EXPECT_EQ(unquantized["eos_token_id"], 2);
}

TEST(ConvertPlan, StackedExpertsTestTheLastDimension) {
  // [E, N, K]: the input width K is the last dimension. moe_intermediate_size 32 with group 64:
  // down_proj [E, hidden 64, 32] stays float while gate/up [E, 32, 64] quantize.
  EXPECT_FALSE(should_quantize("mlp.switch_mlp.down_proj.weight", {8, 64, 32}, 64));
  EXPECT_TRUE(should_quantize("mlp.switch_mlp.gate_proj.weight", {8, 32, 64}, 64));
  EXPECT_TRUE(should_quantize("mlp.switch_mlp.down_proj.weight", {8, 32, 64}, 32));
  EXPECT_FALSE(should_quantize("mlp.switch_mlp.gate_proj.weight", {8, 64, 0}, 64));
  const std::vector<SourceTensor> sources = {
      {"model.layers.0.mlp.switch_mlp.down_proj.weight", DType::kBF16, {8, 64, 32}},
      {"model.layers.0.mlp.switch_mlp.up_proj.weight", DType::kBF16, {8, 32, 64}}};
  ConvertSettings settings;
  settings.bits = 4;
  settings.group_size = 64;
  auto plan = plan_conversion(sources, llama_config(), settings, 1ull << 30);
  ASSERT_TRUE(plan.ok()) << plan.error().message();
  const PlannedTensor* down = find(*plan, "model.layers.0.mlp.switch_mlp.down_proj.weight");
  ASSERT_NE(down, nullptr);
  EXPECT_EQ(down->kind, OutputKind::kCast);
  const PlannedTensor* up = find(*plan, "model.layers.0.mlp.switch_mlp.up_proj.weight");
  ASSERT_NE(up, nullptr);
  EXPECT_EQ(up->kind, OutputKind::kPacked);
  EXPECT_EQ(up->shape, (std::vector<int64_t>{8, 32, 8}));
}

OrderedJson qwen3_moe_config() {
  return OrderedJson::parse(R"({"model_type": "qwen3_moe", "hidden_size": 64,
      "num_experts": 8, "torch_dtype": "bfloat16"})");
}

TEST(ConvertPlan, Qwen3MoeRouterStaysAffineUnderAnFpMode) {
  // mlx_lm.convert --q-mode mxfp4: the router predicate's {group_size 64, bits 8} goes to
  // to_quantized, whose mode defaults to affine: 8-bit g64 with scales and biases.
  const std::vector<SourceTensor> sources = {
      {"model.layers.0.mlp.gate.weight", DType::kBF16, {8, 64}},
      {"model.layers.0.mlp.switch_mlp.up_proj.weight", DType::kBF16, {8, 32, 64}}};
  ConvertSettings settings{4, 32, DType::kBF16, FpMode::kMxfp4};
  settings.overrides = model_quant_overrides(sources, qwen3_moe_config(), settings);
  ASSERT_EQ(settings.overrides.size(), 1u);
  auto plan = plan_conversion(sources, qwen3_moe_config(), settings, 1ull << 30);
  ASSERT_TRUE(plan.ok()) << plan.error().message();
  const PlannedTensor* router = find(*plan, "model.layers.0.mlp.gate.weight");
  ASSERT_NE(router, nullptr);
  EXPECT_EQ(router->fp_mode, std::nullopt);
  EXPECT_EQ(router->bits, 8);
  EXPECT_EQ(router->shape, (std::vector<int64_t>{8, 16}));
  const PlannedTensor* scales = find(*plan, "model.layers.0.mlp.gate.scales");
  ASSERT_NE(scales, nullptr);
  EXPECT_EQ(scales->dtype, DType::kBF16);
  EXPECT_EQ(scales->shape, (std::vector<int64_t>{8, 1}));
  EXPECT_NE(find(*plan, "model.layers.0.mlp.gate.biases"), nullptr);
  const PlannedTensor* up = find(*plan, "model.layers.0.mlp.switch_mlp.up_proj.scales");
  ASSERT_NE(up, nullptr);
  EXPECT_EQ(up->fp_mode, FpMode::kMxfp4);
  EXPECT_EQ(up->dtype, DType::kU8);
  EXPECT_EQ(find(*plan, "model.layers.0.mlp.switch_mlp.up_proj.biases"), nullptr);
  // The config records the predicate's dict as mlx_lm does (no mode: affine when loaded).
  const auto config = make_converted_config(qwen3_moe_config(), nullptr, settings);
  EXPECT_EQ(config["quantization"]["mode"], "mxfp4");
  EXPECT_EQ(config["quantization"]["model.layers.0.mlp.gate"].dump(),
            R"({"group_size":64,"bits":8})");
}

TEST(ConvertPlan, Qwen3MoeRouterDivisibilityAgainstTheGlobalGroup) {
  // Global group 128 does not divide the router's 64 columns: mlx_lm's wrapped_predicate keeps
  // it float and records nothing.
  std::vector<SourceTensor> sources = {{"model.layers.0.mlp.gate.weight", DType::kBF16, {8, 64}}};
  ConvertSettings settings{4, 128, DType::kBF16, std::nullopt};
  settings.overrides = model_quant_overrides(sources, qwen3_moe_config(), settings);
  EXPECT_TRUE(settings.overrides.empty());
  auto plan = plan_conversion(sources, qwen3_moe_config(), settings, 1ull << 30);
  ASSERT_TRUE(plan.ok()) << plan.error().message();
  EXPECT_EQ(find(*plan, "model.layers.0.mlp.gate.weight")->kind, OutputKind::kCast);
  // 96 columns: divisible by mxfp4's 32, so the 64-group override is asked for and cannot be.
  sources[0].shape = {8, 96};
  settings = ConvertSettings{4, 32, DType::kBF16, FpMode::kMxfp4};
  settings.overrides = model_quant_overrides(sources, qwen3_moe_config(), settings);
  auto refused = plan_conversion(sources, qwen3_moe_config(), settings, 1ull << 30);
  ASSERT_FALSE(refused.ok());
  EXPECT_NE(refused.error().message().find("model.layers.0.mlp.gate.weight"), std::string::npos)
      << refused.error().message();
}

TEST(ExpertCount, HostileCountsAreErrorsNotAllocations) {
  // 1e12 experts would size a slot vector (stacking) or a synth checkpoint by it: refused,
  // naming the field, before anything is allocated.
  const std::vector<SourceTensor> sources = {
      {"model.layers.0.mlp.experts.0.up_proj.weight", DType::kBF16, {32, 64}}};
  for (const char* bad : {"1000000000000", "0", "-3"}) {
    OrderedJson config = qwen3_moe_config();
    config["num_experts"] = std::stoll(bad);
    auto stacked = stack_experts(sources, config);
    ASSERT_FALSE(stacked.ok()) << bad;
    EXPECT_NE(stacked.error().message().find("num_experts"), std::string::npos)
        << stacked.error().message();
  }
  OrderedJson mixtral = llama_config(R"(, "num_local_experts": 1000000000000)");
  mixtral["model_type"] = "mixtral";
  auto stacked = stack_experts(
      {{"model.layers.0.block_sparse_moe.experts.0.w1.weight", DType::kBF16, {64, 64}}}, mixtral);
  ASSERT_FALSE(stacked.ok());
  EXPECT_NE(stacked.error().message().find("num_local_experts"), std::string::npos);
  auto synth = model_source_tensors(mixtral);
  ASSERT_FALSE(synth.ok());
  EXPECT_NE(synth.error().message().find("num_local_experts"), std::string::npos)
      << synth.error().message();
  OrderedJson qwen = llama_config(
      R"(, "head_dim": 16, "num_experts": 1000000000000, "moe_intermediate_size": 32)");
  qwen["model_type"] = "qwen3_moe";
  auto synth_qwen = model_source_tensors(qwen);
  ASSERT_FALSE(synth_qwen.ok());
  EXPECT_NE(synth_qwen.error().message().find("num_experts"), std::string::npos)
      << synth_qwen.error().message();
}

// gpt_oss.py's sanitize on Hugging Face's MXFP4 experts: blocks viewed as U32 and split into
// gate (even rows) and up (odd rows); malformed blocks and float HF experts are refused naming
// the tensor; a sanitized checkpoint passes through.
TEST(ExpertStacking, GptOssHuggingFaceLayoutIsSanitizedAsMlxLm) {
  OrderedJson config = llama_config("");
  config["model_type"] = "gpt_oss";
  const std::string p = "model.layers.0.mlp.experts.";
  auto stacked = stack_experts({{p + "gate_up_proj_blocks", DType::kU8, {4, 64, 2, 16}},
                                {p + "gate_up_proj_scales", DType::kU8, {4, 64, 2}},
                                {p + "gate_up_proj_bias", DType::kBF16, {4, 64}},
                                {p + "down_proj_blocks", DType::kU8, {4, 64, 1, 16}},
                                {p + "down_proj_scales", DType::kU8, {4, 64, 1}},
                                {p + "down_proj_bias", DType::kBF16, {4, 64}},
                                {"model.norm.weight", DType::kBF16, {64}}},
                               config);
  ASSERT_TRUE(stacked.ok()) << stacked.error().message();
  std::map<std::string, std::pair<SourceTensor, int>> by_name;
  for (size_t i = 0; i < stacked->tensors.size(); ++i)
    by_name[stacked->tensors[i].name] = {stacked->tensors[i], stacked->parity[i]};
  ASSERT_EQ(by_name.size(), 10u);
  EXPECT_EQ(by_name[p + "gate_proj.weight"].first.dtype, DType::kU32);
  EXPECT_EQ(by_name[p + "gate_proj.weight"].first.shape, (std::vector<int64_t>{4, 32, 8}));
  EXPECT_EQ(by_name[p + "gate_proj.weight"].second, 0);
  EXPECT_EQ(by_name[p + "up_proj.scales"].first.shape, (std::vector<int64_t>{4, 32, 2}));
  EXPECT_EQ(by_name[p + "up_proj.scales"].second, 1);
  EXPECT_EQ(by_name[p + "up_proj.bias"].first.shape, (std::vector<int64_t>{4, 32}));
  EXPECT_EQ(by_name[p + "down_proj.weight"].first.shape, (std::vector<int64_t>{4, 64, 4}));
  EXPECT_EQ(by_name[p + "down_proj.weight"].second, -1);
  EXPECT_EQ(by_name["model.norm.weight"].second, -1);
  struct Bad {
    SourceTensor tensor;
    const char* want;
  };
  for (const Bad& bad : {Bad{{p + "gate_up_proj", DType::kBF16, {4, 64, 64}}, "float Hugging Face"},
                         Bad{{p + "gate_up_proj_blocks", DType::kU8, {4, 64, 32}}, "U8 [E, rows"},
                         Bad{{p + "gate_up_proj_scales", DType::kU8, {4, 63, 2}}, "odd number"}}) {
    auto refused = stack_experts({bad.tensor}, config);
    ASSERT_FALSE(refused.ok()) << bad.tensor.name;
    EXPECT_NE(refused.error().message().find(bad.tensor.name), std::string::npos);
    EXPECT_NE(refused.error().message().find(bad.want), std::string::npos)
        << refused.error().message();
  }
  auto sanitized = stack_experts({{p + "gate_proj.weight", DType::kU32, {4, 32, 8}},
                                  {p + "gate_up_proj_bias", DType::kBF16, {4, 64}}},
                                 config);
  ASSERT_TRUE(sanitized.ok());
  EXPECT_EQ(sanitized->tensors[1].name, p + "gate_up_proj_bias");  // untouched, as mlx-lm
}

}  // namespace
}  // namespace mlxla::quant
