// config.json parsing: defaults per family, overrides, generation_config, and a corpus of bad
// configs each rejected with an error naming the file and field.
// ctest-labels: unit
#include "checkpoint/config.h"

#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "support/test_support.h"

namespace mlxla::checkpoint {
namespace {

using nlohmann::json;

json base_config() {
  return json{
      {"model_type", "llama"},  {"hidden_size", 64},        {"intermediate_size", 172},
      {"num_hidden_layers", 5}, {"num_attention_heads", 8}, {"num_key_value_heads", 4},
      {"vocab_size", 512},      {"rms_norm_eps", 1e-5},     {"max_position_embeddings", 512},
      {"bos_token_id", 1},      {"eos_token_id", 2}};
}

// gpt_oss: gpt_oss.ModelArgs defaults (head_dim 64, 128 experts top-4, window 128, theta
// 150000, eps 1e-5), layer_types alternating from sliding by default, q/k/v/o biases and sinks
// whatever attention_bias says, the biased router and experts.
TEST(Config, GptOssDefaultsAndRouting) {
  json g = base_config();
  g["model_type"] = "gpt_oss";
  g["num_hidden_layers"] = 4;
  g.erase("rms_norm_eps");
  auto c = parse_model_config(g.dump());
  ASSERT_TRUE(c.ok()) << c.error().message();
  EXPECT_EQ(c->family, ModelFamily::kGptOss);
  EXPECT_EQ(c->head_dim, 64);
  EXPECT_EQ(c->rope_theta, 150000.0);
  EXPECT_EQ(c->rms_norm_eps, 1e-5);
  EXPECT_EQ(c->sliding_window, 128);
  EXPECT_EQ(c->layer_sliding, (std::vector<bool>{true, false, true, false}));
  EXPECT_TRUE(c->has_qkv_bias);
  EXPECT_TRUE(c->has_o_bias);
  EXPECT_TRUE(c->attention_sinks);
  ASSERT_TRUE(c->moe.has_value());
  EXPECT_EQ(c->moe->experts, 128);
  EXPECT_EQ(c->moe->top_k, 4);
  EXPECT_EQ(c->moe->expert_intermediate, 172);
  EXPECT_EQ(c->moe->routing, MoeRouting::kTopKThenSoftmax);
  EXPECT_EQ(c->moe->router, "router");
  EXPECT_EQ(c->moe->experts_name, "experts");
  EXPECT_TRUE(c->moe->biases);
  EXPECT_TRUE(c->moe->clamped_swiglu);
  EXPECT_EQ(c->moe->layer_sparse, std::vector<bool>(4, true));
  g["layer_types"] = {"full_attention", "full_attention", "sliding_attention", "full_attention"};
  g["sliding_window"] = 8;
  g["num_local_experts"] = 4;
  g["num_experts_per_tok"] = 2;
  auto d = parse_model_config(g.dump());
  ASSERT_TRUE(d.ok()) << d.error().message();
  EXPECT_EQ(d->layer_sliding, (std::vector<bool>{false, false, true, false}));
  EXPECT_EQ(d->sliding_window, 8);
  EXPECT_EQ(d->moe->experts, 4);
  EXPECT_EQ(d->moe->top_k, 2);
  json odd = base_config();
  odd["model_type"] = "gpt_oss";  // 5 layers, no layer_types: cannot alternate
  auto e = parse_model_config(odd.dump());
  ASSERT_FALSE(e.ok());
  EXPECT_NE(e.error().message().find("layer_types"), std::string::npos) << e.error().message();
}

// gpt_oss configs as mlx-lm's gpt_oss.py reads them: `layer_types: []` takes the default (it is
// `args.layer_types or [...]`); a list without sliding_attention or without full_attention fails
// there (layer_types.index), and dynamic / longrope RoPE cannot run (initialize_rope gets no
// max_position_embeddings): all three refused by name.
TEST(Config, GptOssLayerTypesAndRopeFollowMlxLm) {
  json g = base_config();
  g["model_type"] = "gpt_oss";
  g["num_hidden_layers"] = 2;
  g["layer_types"] = json::array();
  auto c = parse_model_config(g.dump());
  ASSERT_TRUE(c.ok()) << c.error().message();
  EXPECT_EQ(c->layer_sliding, (std::vector<bool>{true, false}));
  for (const char* only : {"full_attention", "sliding_attention"}) {
    g["layer_types"] = {only, only};
    auto d = parse_model_config(g.dump());
    ASSERT_FALSE(d.ok()) << only;
    EXPECT_NE(d.error().message().find("layer_types"), std::string::npos) << d.error().message();
    EXPECT_NE(d.error().message().find("needs both"), std::string::npos) << d.error().message();
  }
  g.erase("layer_types");
  const json scalings[] = {{{"rope_type", "dynamic"}, {"factor", 2.0}},
                           {{"rope_type", "longrope"},
                            {"long_factor", std::vector<double>(32, 1.0)},
                            {"short_factor", std::vector<double>(32, 1.0)},
                            {"original_max_position_embeddings", 256}}};
  for (const json& scaling : scalings) {
    g["rope_scaling"] = scaling;
    auto d = parse_model_config(g.dump());
    ASSERT_FALSE(d.ok()) << scaling.dump();
    EXPECT_NE(d.error().message().find("not supported for gpt_oss"), std::string::npos)
        << d.error().message();
  }
  g["rope_scaling"] = {{"rope_type", "linear"}, {"factor", 2.0}};
  EXPECT_TRUE(parse_model_config(g.dump()).ok());
}

// Without tie_word_embeddings, mlx-lm's ModelArgs defaults decide (llama.py serves mistral too);
// with it, the field decides (gemma2 and gpt_oss aside). convert_plan's ties_word_embeddings
// follows the same table, so a checkpoint `mlxla synth` or mlx_lm.convert writes without an
// lm_head loads.
TEST(Config, TieWordEmbeddingsDefaultsFollowMlxLm) {
  const std::vector<std::pair<std::string, bool>> defaults = {
      {"llama", true}, {"mistral", true}, {"qwen2", true}, {"phi3", false}, {"qwen3", false}};
  for (const auto& [type, tied] : defaults) {
    json j = base_config();
    j["model_type"] = type;
    j["head_dim"] = 8;  // qwen3 requires it (64 / 8 heads)
    j.erase("tie_word_embeddings");
    auto c = parse_model_config(j.dump());
    ASSERT_TRUE(c.ok()) << type << ": " << c.error().message();
    EXPECT_EQ(c->tie_word_embeddings, tied) << type;
    j["tie_word_embeddings"] = !tied;
    c = parse_model_config(j.dump());
    ASSERT_TRUE(c.ok()) << type << ": " << c.error().message();
    EXPECT_EQ(c->tie_word_embeddings, !tied) << type << " with the field set";
  }
}

TEST(Config, ParsesDimensionsAndDefaults) {
  auto c = parse_model_config(base_config().dump());
  ASSERT_TRUE(c.ok()) << c.error().message();
  EXPECT_EQ(c->family, ModelFamily::kLlama);
  EXPECT_EQ(c->hidden_size, 64);
  EXPECT_EQ(c->intermediate_size, 172);
  EXPECT_EQ(c->num_hidden_layers, 5);
  EXPECT_EQ(c->num_attention_heads, 8);
  EXPECT_EQ(c->num_key_value_heads, 4);
  EXPECT_EQ(c->head_dim, 8);
  EXPECT_EQ(c->vocab_size, 512);
  EXPECT_EQ(c->rms_norm_eps, 1e-5);
  EXPECT_EQ(c->rope_theta, 10000.0);
  EXPECT_EQ(c->rope_scaling.type, RopeScalingType::kNone);
  EXPECT_TRUE(c->tie_word_embeddings);  // llama.py's default when the field is absent
  EXPECT_FALSE(c->has_qkv_bias);
  EXPECT_FALSE(c->fused_qkv);
  EXPECT_EQ(c->bos_token_id, 1);
  EXPECT_EQ(c->eos_token_ids, std::vector<int64_t>{2});
  EXPECT_FALSE(c->quantization.has_value());
  EXPECT_FALSE(c->quantization_for("model.layers.0.mlp.up_proj").has_value());
}

TEST(Config, KvHeadsDefaultToHeadsAndHeadDimMayDifferFromHidden) {
  json j = base_config();
  j.erase("num_key_value_heads");
  j["head_dim"] = 32;  // hidden != heads * head_dim is allowed when head_dim is explicit
  auto c = parse_model_config(j.dump());
  ASSERT_TRUE(c.ok()) << c.error().message();
  EXPECT_EQ(c->num_key_value_heads, 8);
  EXPECT_EQ(c->head_dim, 32);
}

TEST(Config, FamiliesSetBiasAndFusionFlags) {
  json q = base_config();
  q["model_type"] = "qwen2";
  q["sliding_window"] = 4096;
  q["use_sliding_window"] = false;
  auto qwen = parse_model_config(q.dump());
  ASSERT_TRUE(qwen.ok()) << qwen.error().message();
  EXPECT_EQ(qwen->family, ModelFamily::kQwen2);
  EXPECT_TRUE(qwen->has_qkv_bias);
  EXPECT_FALSE(qwen->has_o_bias);
  EXPECT_FALSE(qwen->sliding_window.has_value());

  json p = base_config();
  p["model_type"] = "phi3";
  p.erase("rms_norm_eps");
  auto phi = parse_model_config(p.dump());
  ASSERT_TRUE(phi.ok()) << phi.error().message();
  EXPECT_TRUE(phi->fused_qkv);
  EXPECT_TRUE(phi->fused_gate_up);
  EXPECT_EQ(phi->rms_norm_eps, 1e-5);

  json m = base_config();
  m.erase("model_type");
  m["architectures"] = {"MistralForCausalLM"};
  m["sliding_window"] = 4096;
  m["attention_bias"] = true;
  auto mistral = parse_model_config(m.dump());
  ASSERT_TRUE(mistral.ok()) << mistral.error().message();
  EXPECT_EQ(mistral->family, ModelFamily::kMistral);
  EXPECT_EQ(mistral->sliding_window, 4096);
  EXPECT_TRUE(mistral->has_qkv_bias);
  EXPECT_TRUE(mistral->has_o_bias);
}

TEST(Config, NewFamiliesFollowMlxLm) {
  json q = base_config();
  q["model_type"] = "qwen3";
  q["head_dim"] = 32;
  auto qwen3 = parse_model_config(q.dump());
  ASSERT_TRUE(qwen3.ok()) << qwen3.error().message();
  EXPECT_EQ(qwen3->family, ModelFamily::kQwen3);
  EXPECT_EQ(qwen3->head_dim, 32);

  json g = base_config();
  g["model_type"] = "gemma3_text";
  g["sliding_window"] = 16;
  g["sliding_window_pattern"] = 3;
  g["hidden_activation"] = "gelu_pytorch_tanh";
  auto gemma3 = parse_model_config(g.dump());
  ASSERT_TRUE(gemma3.ok()) << gemma3.error().message();
  EXPECT_EQ(gemma3->activation, Activation::kGeluTanh);
  EXPECT_TRUE(gemma3->tie_word_embeddings);
  ASSERT_EQ(gemma3->layer_sliding.size(), static_cast<size_t>(gemma3->num_hidden_layers));
  EXPECT_TRUE(gemma3->layer_sliding[0]);
  EXPECT_FALSE(gemma3->layer_sliding[2]);  // (i + 1) % pattern == 0: global
  EXPECT_EQ(gemma3->query_pre_attn_scalar, 256.0);

  json wrapper = {{"model_type", "gemma3"}, {"text_config", g}, {"vocab_size", 300}};
  wrapper["text_config"].erase("vocab_size");
  auto wrapped = parse_model_config(wrapper.dump());
  ASSERT_TRUE(wrapped.ok()) << wrapped.error().message();
  EXPECT_EQ(wrapped->tensor_prefix, "language_model.");
  EXPECT_EQ(wrapped->vocab_size, 300);

  json g2 = base_config();
  g2["model_type"] = "gemma2";
  g2["sliding_window"] = 4096;
  g2["tie_word_embeddings"] = false;
  auto gemma2 = parse_model_config(g2.dump());
  ASSERT_TRUE(gemma2.ok()) << gemma2.error().message();
  EXPECT_EQ(gemma2->attn_logit_softcapping, 50.0);  // mlx-lm defaults
  EXPECT_EQ(gemma2->final_logit_softcapping, 30.0);
  EXPECT_TRUE(gemma2->layer_sliding.empty());  // mlx-lm gemma2 attends globally
  EXPECT_TRUE(gemma2->tie_word_embeddings);    // always, whatever the config says

  json p = base_config();
  p["model_type"] = "phi3";
  p["partial_rotary_factor"] = 0.75;
  p["head_dim"] = 999;  // phi3.py derives head_dim and ignores this
  auto phi = parse_model_config(p.dump());
  ASSERT_TRUE(phi.ok()) << phi.error().message();
  EXPECT_EQ(phi->rotary_dim, phi->head_dim * 3 / 4);
}

TEST(Config, MixtureOfExpertsFamiliesFollowMlxLm) {
  json q = base_config();
  q["model_type"] = "qwen3_moe";
  q["head_dim"] = 16;
  q["num_experts"] = 8;
  q["num_experts_per_tok"] = 2;
  q["moe_intermediate_size"] = 32;
  q["decoder_sparse_step"] = 2;
  q["mlp_only_layers"] = {3};
  q["norm_topk_prob"] = true;
  auto c = parse_model_config(q.dump());
  ASSERT_TRUE(c.ok()) << c.error().message();
  EXPECT_EQ(c->family, ModelFamily::kQwen3Moe);
  ASSERT_TRUE(c->moe.has_value());
  EXPECT_EQ(c->moe->experts, 8);
  EXPECT_EQ(c->moe->top_k, 2);
  EXPECT_EQ(c->moe->expert_intermediate, 32);
  EXPECT_TRUE(c->moe->norm_topk_prob);
  EXPECT_EQ(c->moe->routing, MoeRouting::kSoftmaxThenTopK);
  EXPECT_EQ(c->moe->block, "mlp");
  // (i + 1) % 2 == 0 and not in mlp_only_layers: layer 1 only of 0..4.
  EXPECT_EQ(c->moe->layer_sparse, (std::vector<bool>{false, true, false, false, false}));

  json m = base_config();
  m["model_type"] = "mixtral";
  m["head_dim"] = 99;  // mixtral.py derives it
  auto x = parse_model_config(m.dump());
  ASSERT_TRUE(x.ok()) << x.error().message();
  EXPECT_EQ(x->family, ModelFamily::kMixtral);
  EXPECT_EQ(x->head_dim, 8);
  EXPECT_EQ(x->rope_theta, 1e6);
  ASSERT_TRUE(x->moe.has_value());
  EXPECT_EQ(x->moe->experts, 8);
  EXPECT_EQ(x->moe->top_k, 2);
  EXPECT_EQ(x->moe->expert_intermediate, 172);
  EXPECT_EQ(x->moe->routing, MoeRouting::kTopKThenSoftmax);
  EXPECT_EQ(x->moe->block, "block_sparse_moe");
  EXPECT_EQ(x->moe->layer_sparse, std::vector<bool>(5, true));
  EXPECT_FALSE(parse_model_config(base_config().dump())->moe.has_value());

  auto fails = [](json j, const std::string& needle) {
    auto r = parse_model_config(j.dump());
    ASSERT_FALSE(r.ok()) << needle;
    EXPECT_NE(r.error().message().find(needle), std::string::npos) << r.error().message();
  };
  json bad = q;
  bad["num_experts_per_tok"] = 9;
  fails(bad, "num_experts_per_tok");
  bad = q;
  bad.erase("moe_intermediate_size");
  fails(bad, "moe_intermediate_size");
  bad = q;
  bad["mlp_only_layers"] = {7};
  fails(bad, "mlp_only_layers");
  bad = q;
  bad.erase("head_dim");
  fails(bad, "head_dim");
  bad = m;
  bad["num_local_experts"] = 1;
  fails(bad, "num_experts_per_tok");
}

TEST(Config, RopeScalingLlama3AndTypeAlias) {
  json j = base_config();
  j["rope_scaling"] = {{"type", "llama3"},
                       {"factor", 32.0},
                       {"low_freq_factor", 1.0},
                       {"high_freq_factor", 4.0},
                       {"original_max_position_embeddings", 8192}};
  auto c = parse_model_config(j.dump());
  ASSERT_TRUE(c.ok()) << c.error().message();
  EXPECT_EQ(c->rope_scaling.type, RopeScalingType::kLlama3);
  EXPECT_EQ(c->rope_scaling.factor, 32.0);
  EXPECT_EQ(c->rope_scaling.original_max_position_embeddings, 8192);
  j["rope_scaling"] = {{"rope_type", "default"}};
  auto d = parse_model_config(j.dump());
  ASSERT_TRUE(d.ok());
  EXPECT_EQ(d->rope_scaling.type, RopeScalingType::kNone);
}

TEST(Config, QuantizationBlockWithOverrides) {
  json j = base_config();
  j["quantization"] = {{"group_size", 64},
                       {"bits", 4},
                       {"model.layers.0.mlp.down_proj", {{"group_size", 32}, {"bits", 8}}},
                       {"lm_head", false},
                       {"model.layers.1.mlp.down_proj", {{"bits", 6}}}};
  auto c = parse_model_config(j.dump());
  ASSERT_TRUE(c.ok()) << c.error().message();
  EXPECT_EQ(c->quantization_for("model.layers.0.self_attn.q_proj"), (QuantSpec{4, 64}));
  EXPECT_EQ(c->quantization_for("model.layers.0.mlp.down_proj"), (QuantSpec{8, 32}));
  EXPECT_EQ(c->quantization_for("model.layers.1.mlp.down_proj"), (QuantSpec{6, 64}));
  EXPECT_FALSE(c->quantization_for("lm_head").has_value());
}

TEST(Config, FpQuantizationModes) {
  // mlx_lm writes {group_size, bits, mode}; an fp mode fixes both, and overrides may mix modes.
  json j = base_config();
  j["quantization"] = {
      {"group_size", 32},
      {"bits", 4},
      {"mode", "mxfp4"},
      {"model.layers.0.mlp.down_proj", {{"mode", "mxfp8"}}},
      {"model.layers.1.mlp.down_proj", {{"mode", "affine"}, {"bits", 8}, {"group_size", 64}}},
      {"lm_head", {{"group_size", 16}, {"bits", 4}, {"mode", "nvfp4"}}}};
  auto c = parse_model_config(j.dump());
  ASSERT_TRUE(c.ok()) << c.error().message();
  EXPECT_EQ(c->quantization_for("model.layers.0.self_attn.q_proj"),
            (QuantSpec{4, 32, QuantMode::kMxfp4}));
  EXPECT_EQ(c->quantization_for("model.layers.0.mlp.down_proj"),
            (QuantSpec{8, 32, QuantMode::kMxfp8}));
  EXPECT_EQ(c->quantization_for("model.layers.1.mlp.down_proj"),
            (QuantSpec{8, 64, QuantMode::kAffine}));
  EXPECT_EQ(c->quantization_for("lm_head"), (QuantSpec{4, 16, QuantMode::kNvfp4}));
  // mlx_lm.convert --q-mode mxfp4 on qwen3_moe records the router's predicate dict without a
  // mode: to_quantized's default, affine.
  j["quantization"] = {{"group_size", 32},
                       {"bits", 4},
                       {"mode", "mxfp4"},
                       {"model.layers.0.mlp.gate", {{"group_size", 64}, {"bits", 8}}}};
  auto r = parse_model_config(j.dump());
  ASSERT_TRUE(r.ok()) << r.error().message();
  EXPECT_EQ(r->quantization_for("model.layers.0.mlp.gate"), (QuantSpec{8, 64, QuantMode::kAffine}));
  j["quantization"] = {{"mode", "nvfp4"}};  // bits and group size follow from the mode
  auto d = parse_model_config(j.dump());
  ASSERT_TRUE(d.ok()) << d.error().message();
  EXPECT_EQ(d->quantization_for("model.embed_tokens"), (QuantSpec{4, 16, QuantMode::kNvfp4}));
}

TEST(Config, QuantizationConfigIsTheFallback) {
  json j = base_config();
  j["quantization_config"] = {{"group_size", 32}, {"bits", 3}, {"mode", "affine"}};
  auto c = parse_model_config(j.dump());
  ASSERT_TRUE(c.ok()) << c.error().message();
  EXPECT_EQ(c->quantization_for("model.embed_tokens"), (QuantSpec{3, 32}));
}

TEST(Config, GenerationConfigOverridesTokens) {
  auto c = parse_model_config(base_config().dump());
  ASSERT_TRUE(c.ok());
  ASSERT_TRUE(apply_generation_config(*c, R"({"bos_token_id": 7, "eos_token_id": [8, 9]})").ok());
  EXPECT_EQ(c->bos_token_id, 7);
  EXPECT_EQ(c->eos_token_ids, (std::vector<int64_t>{8, 9}));
  ASSERT_TRUE(apply_generation_config(*c, R"({"do_sample": true})").ok());
  EXPECT_EQ(c->bos_token_id, 7);  // absent keys leave the config's values
  Status bad = apply_generation_config(*c, R"({"eos_token_id": "x"})", "gen.json");
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.error().message().find("gen.json: field 'eos_token_id'"), std::string::npos);
}

struct BadConfig {
  const char* label;
  std::function<void(json&)> mutate;
  const char* expected;
};

TEST(Config, MalformedCorpusIsRejectedWithNamedErrors) {
  std::vector<BadConfig> corpus = {
      {"missing hidden_size", [](json& j) { j.erase("hidden_size"); },
       "field 'hidden_size' is missing"},
      {"zero layers", [](json& j) { j["num_hidden_layers"] = 0; },
       "field 'num_hidden_layers' must be positive"},
      {"negative vocab", [](json& j) { j["vocab_size"] = -3; },
       "field 'vocab_size' must be positive"},
      {"string dim", [](json& j) { j["intermediate_size"] = "172"; },
       "field 'intermediate_size' is not an integer"},
      {"fractional dim", [](json& j) { j["hidden_size"] = 64.5; },
       "field 'hidden_size' is not an integer"},
      {"heads not divisible", [](json& j) { j["num_key_value_heads"] = 3; },
       "'num_key_value_heads' 3 does not divide"},
      {"hidden not multiple of heads",
       [](json& j) {
         j["hidden_size"] = 60;
         j["num_attention_heads"] = 8;
       },
       "'hidden_size' 60 is not a multiple"},
      {"odd head_dim", [](json& j) { j["head_dim"] = 7; }, "'head_dim' 7 is odd"},
      {"huge dim",
       [](json& j) {
         j["hidden_size"] = int64_t{1} << 40;
         j["head_dim"] = 8;
       },
       "implausibly large"},
      {"unknown model_type", [](json& j) { j["model_type"] = "gpt2"; },
       "'model_type': 'gpt2' is not supported"},
      {"no family", [](json& j) { j.erase("model_type"); }, "field 'model_type' is missing"},
      {"bad eps", [](json& j) { j["rms_norm_eps"] = -1.0; }, "'rms_norm_eps' must be a positive"},
      {"rope_theta string", [](json& j) { j["rope_theta"] = "big"; },
       "'rope_theta' is not a number"},
      {"unknown rope type",
       [](json& j) {
         j["rope_scaling"] = {{"rope_type", "mrope"}, {"factor", 4.0}};
       },
       "'rope_scaling.rope_type': 'mrope' is not supported"},
      {"yarn without factor",
       [](json& j) {
         j["rope_scaling"] = {{"rope_type", "yarn"}};
       },
       "'rope_scaling.factor' is missing"},
      {"longrope without factors",
       [](json& j) {
         j["rope_scaling"] = {{"type", "longrope"}};
       },
       "'rope_scaling.long_factor' must be a non-empty list"},
      {"longrope factor count",
       [](json& j) {
         j["rope_scaling"] = {{"type", "longrope"},
                              {"long_factor", {1.0, 2.0}},
                              {"original_max_position_embeddings", 16}};
       },
       "'rope_scaling.long_factor' has 2 factors"},
      {"partial rotary outside phi3", [](json& j) { j["partial_rotary_factor"] = 0.5; },
       "'partial_rotary_factor': is only supported for phi3"},
      {"layer_types count",
       [](json& j) {
         j["layer_types"] = {"sliding_attention"};
         j["sliding_window"] = 8;
       },
       "'layer_types' must list one type per layer"},
      {"layer_types kind",
       [](json& j) {
         j["layer_types"] = json::array();
         for (int i = 0; i < j["num_hidden_layers"].get<int>(); ++i)
           j["layer_types"].push_back("chunked_attention");
       },
       "'layer_types': has an entry other than"},
      {"qwen3 without head_dim",
       [](json& j) {
         j["model_type"] = "qwen3";
         j.erase("head_dim");
       },
       "'head_dim' is missing (qwen3 requires it)"},
      {"gemma activation",
       [](json& j) {
         j["model_type"] = "gemma2";
         j["hidden_activation"] = "relu";
       },
       "'hidden_activation': 'relu' is not supported for gemma2"},
      {"gemma3 wrapper without text_config", [](json& j) { j["model_type"] = "gemma3"; },
       "'text_config' is missing"},
      {"llama3 rope missing factor",
       [](json& j) {
         j["rope_scaling"] = {{"rope_type", "llama3"}, {"low_freq_factor", 1.0}};
       },
       "'rope_scaling.factor' is missing"},
      {"llama3 rope low >= high",
       [](json& j) {
         j["rope_scaling"] = {{"rope_type", "llama3"},
                              {"factor", 8.0},
                              {"low_freq_factor", 4.0},
                              {"high_freq_factor", 4.0},
                              {"original_max_position_embeddings", 8192}};
       },
       "'rope_scaling.high_freq_factor' must be greater"},
      {"rope_scaling not object", [](json& j) { j["rope_scaling"] = 3; },
       "'rope_scaling' is not an object"},
      {"tie not bool", [](json& j) { j["tie_word_embeddings"] = 1; },
       "'tie_word_embeddings' is not a boolean"},
      {"eos negative",
       [](json& j) {
         j["eos_token_id"] = {2, -1};
       },
       "'eos_token_id' has an element"},
      {"gelu", [](json& j) { j["hidden_act"] = "gelu"; }, "'hidden_act': 'gelu' is not supported"},
      {"unknown quant mode",
       [](json& j) {
         j["quantization"] = {{"bits", 4}, {"group_size", 32}, {"mode", "int4"}};
       },
       "'quantization.mode': 'int4' is not supported"},
      {"mxfp4 with group 64",
       [](json& j) {
         j["quantization"] = {{"bits", 4}, {"group_size", 64}, {"mode", "mxfp4"}};
       },
       "'quantization.group_size': 64 is not allowed with mode mxfp4 (MLX requires 32)"},
      {"mxfp8 with 4 bits",
       [](json& j) {
         j["quantization"] = {{"bits", 4}, {"group_size", 32}, {"mode", "mxfp8"}};
       },
       "'quantization.bits': 4 is not allowed with mode mxfp8 (MLX requires 8)"},
      {"affine override of an fp block without bits",
       [](json& j) {
         j["quantization"] = {{"mode", "mxfp4"},
                              {"model.layers.0.mlp.up_proj", {{"mode", "affine"}}}};
       },
       "'quantization.model.layers.0.mlp.up_proj.bits' is missing"},
      {"bad bits",
       [](json& j) {
         j["quantization"] = {{"bits", 7}, {"group_size", 32}};
       },
       "'quantization.bits': 7 is not supported"},
      {"bad group",
       [](json& j) {
         j["quantization"] = {{"bits", 4}, {"group_size", 48}};
       },
       "'quantization.group_size': 48 is not supported"},
      {"quant missing bits",
       [](json& j) {
         j["quantization"] = {{"group_size", 64}};
       },
       "'quantization.bits' is missing"},
      {"bad override",
       [](json& j) {
         j["quantization"] = {
             {"bits", 4}, {"group_size", 64}, {"model.layers.0.mlp.up_proj", {{"bits", 1}}}};
       },
       "'quantization.model.layers.0.mlp.up_proj.bits': 1 is not supported"},
      {"gptq",
       [](json& j) {
         j["quantization_config"] = {{"quant_method", "gptq"}, {"bits", 4}, {"group_size", 128}};
       },
       "'quantization_config.quant_method': 'gptq' is not MLX"},
      {"quant not object", [](json& j) { j["quantization"] = 4; },
       "'quantization' is not an object"},
  };
  EXPECT_GE(corpus.size(), 20u);
  for (const auto& bad : corpus) {
    json j = base_config();
    bad.mutate(j);
    auto c = parse_model_config(j.dump(), "cfg/config.json");
    ASSERT_FALSE(c.ok()) << bad.label;
    const std::string& msg = c.error().message();
    EXPECT_NE(msg.find(bad.expected), std::string::npos) << bad.label << ": " << msg;
    EXPECT_EQ(msg.rfind("cfg/config.json: ", 0), 0u) << bad.label << ": " << msg;
  }
}

TEST(Config, HostileMoeLayerCountIsRefusedBeforeTheLayerPass) {
  // The MoE fields are read before the generic limits; 2^30 layers times a long mlp_only_layers
  // list must end in the layer-count error, not a pass over every (layer, entry) pair.
  json q = base_config();
  q["model_type"] = "qwen3_moe";
  q["head_dim"] = 16;
  q["num_experts"] = 8;
  q["num_experts_per_tok"] = 2;
  q["moe_intermediate_size"] = 32;
  q["num_hidden_layers"] = int64_t{1} << 30;
  json only = json::array();
  for (int i = 0; i < 100000; ++i) only.push_back(i);
  q["mlp_only_layers"] = only;
  auto c = parse_model_config(q.dump());
  ASSERT_FALSE(c.ok());
  EXPECT_NE(c.error().message().find("num_hidden_layers' 1073741824 is implausibly large"),
            std::string::npos)
      << c.error().message();
}

TEST(Config, NotJsonOrNotObject) {
  for (const char* text : {"", "{", "{\"hidden_size\": }", "[1, 2]", "42", "\"llama\""}) {
    auto c = parse_model_config(text, "x.json");
    ASSERT_FALSE(c.ok()) << text;
    EXPECT_EQ(c.error().category(), ErrorCategory::kFormat);
    EXPECT_EQ(c.error().message().rfind("x.json: ", 0), 0u);
  }
}

TEST(Config, LoadFromDirectoryAppliesGenerationConfig) {
  testing::ScratchDir dir("config-load");
  testing::write_file(dir / "config.json", base_config().dump());
  testing::write_file(dir / "generation_config.json", R"({"bos_token_id": 5, "eos_token_id": 6})");
  auto c = load_model_config(dir.path());
  ASSERT_TRUE(c.ok()) << c.error().message();
  EXPECT_EQ(c->bos_token_id, 5);
  EXPECT_EQ(c->eos_token_ids, std::vector<int64_t>{6});
  testing::write_file(dir / "generation_config.json", "{oops");
  auto bad = load_model_config(dir.path());
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.error().message().find("generation_config.json: not valid JSON"),
            std::string::npos);
  auto missing = load_model_config(dir / "nowhere");
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.error().category(), ErrorCategory::kNotFound);
}

TEST(SharedConfigs, Llama32Instruct4bit) {
  MLXLA_REQUIRE_SHARED("configs/llama-3.2-1b-instruct-4bit/config.json");
  auto c = load_model_config(testing::shared_dir() / "configs/llama-3.2-1b-instruct-4bit");
  ASSERT_TRUE(c.ok()) << c.error().message();
  EXPECT_EQ(c->family, ModelFamily::kLlama);
  EXPECT_EQ(c->hidden_size, 2048);
  EXPECT_EQ(c->intermediate_size, 8192);
  EXPECT_EQ(c->num_hidden_layers, 16);
  EXPECT_EQ(c->num_attention_heads, 32);
  EXPECT_EQ(c->num_key_value_heads, 8);
  EXPECT_EQ(c->head_dim, 64);
  EXPECT_EQ(c->vocab_size, 128256);
  EXPECT_EQ(c->rope_theta, 500000.0);
  EXPECT_EQ(c->rope_scaling.type, RopeScalingType::kLlama3);
  EXPECT_EQ(c->rope_scaling.factor, 32.0);
  EXPECT_EQ(c->rope_scaling.low_freq_factor, 1.0);
  EXPECT_EQ(c->rope_scaling.high_freq_factor, 4.0);
  EXPECT_EQ(c->rope_scaling.original_max_position_embeddings, 8192);
  EXPECT_TRUE(c->tie_word_embeddings);
  EXPECT_EQ(c->bos_token_id, 128000);
  EXPECT_EQ(c->eos_token_ids, (std::vector<int64_t>{128001, 128008, 128009}));
  EXPECT_EQ(c->quantization_for("model.layers.3.mlp.down_proj"), (QuantSpec{4, 64}));
}

}  // namespace
}  // namespace mlxla::checkpoint
