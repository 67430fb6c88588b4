// Emitted graphs verify for every family x kind x residency x precision on tiny configs written
// here; the WeightAbi is exactly the weight parameters, in order; interfaces per kind.
// ctest-labels: unit
#include "model/emit.h"

#include <algorithm>
#include <map>
#include <set>
#include <string>

#include <gtest/gtest.h>

#include "graph/composites.h"
#include "graph/verifier.h"

namespace mlxla::model {
namespace {

using graph::ElementType;
using graph::OpKind;
using graph::ParamRole;

// hidden 64, 4 heads of 16, 2 kv heads, intermediate 96 (divisible by 32, not by 64).
std::string tiny_config(const std::string& model_type, bool tied, const std::string& extra) {
  return R"({"model_type": ")" + model_type + R"(", "hidden_size": 64, "intermediate_size": 96,
    "num_hidden_layers": 2, "num_attention_heads": 4, "num_key_value_heads": 2,
    "vocab_size": 80, "rms_norm_eps": 1e-5, "rope_theta": 10000.0,
    "tie_word_embeddings": )" +
         (tied ? "true" : "false") + extra + "}";
}

struct Family {
  std::string label;
  std::string json;
};

std::vector<Family> families() {
  const std::string quant4 = R"(, "quantization": {"group_size": 32, "bits": 4})";
  // group 64 leaves down_proj (in 96) float: a mixed packed/float checkpoint.
  const std::string mixed = R"(, "quantization": {"group_size": 64, "bits": 3,
      "model.layers.1.self_attn.o_proj": {"group_size": 32, "bits": 6}, "lm_head": false})";
  const std::string llama3 = R"(, "rope_scaling": {"rope_type": "llama3", "factor": 8.0,
      "low_freq_factor": 1.0, "high_freq_factor": 4.0, "original_max_position_embeddings": 64})";
  return {
      {"llama_tied_float", tiny_config("llama", true, "")},
      {"llama_tied_q4", tiny_config("llama", true, quant4)},
      {"llama3_untied_mixed", tiny_config("llama", false, mixed + llama3)},
      {"mistral_q4", tiny_config("mistral", false, quant4)},
      {"qwen2_bias_q4", tiny_config("qwen2", true, quant4 + R"(, "torch_dtype": "bfloat16")")},
      {"phi3_fused_q4", tiny_config("phi3", false, quant4 + R"(, "torch_dtype": "float16")")},
      {"phi3_fused_float", tiny_config("phi3", false, "")},
  };
}

checkpoint::ModelConfig parse(const std::string& json) {
  auto config = checkpoint::parse_model_config(json, "test config");
  EXPECT_TRUE(config.ok()) << (config.ok() ? "" : config.error().message());
  return config.ok() ? *config : checkpoint::ModelConfig{};
}

// Every weight parameter of main appears in the ABI exactly once, in order, with its type;
// every other parameter is an input or a cache.
void expect_abi_matches_parameters(const EmittedGraph& g) {
  const graph::Function& main = g.module.main();
  size_t next = 0;
  std::set<std::string> names;
  for (const graph::Parameter& p : main.parameters) {
    EXPECT_TRUE(names.insert(p.name).second) << "duplicate parameter " << p.name;
    if (p.role != ParamRole::kWeight) continue;
    ASSERT_LT(next, g.abi.args.size()) << p.name << " missing from the ABI";
    const WeightArg& arg = g.abi.args[next++];
    EXPECT_EQ(arg.value, p.value);
    EXPECT_EQ(arg.name, p.name);
    EXPECT_EQ(arg.type, main.type(p.value)) << p.name;
  }
  EXPECT_EQ(next, g.abi.args.size()) << "ABI entries without a parameter";
}

size_t count_composites(const graph::Module& module, std::string_view name) {
  size_t n = 0;
  for (const graph::Op& op : module.main().ops) {
    if (op.kind == OpKind::kComposite && std::get<graph::CompositeAttrs>(op.attrs).name == name)
      ++n;
  }
  return n;
}

TEST(Emit, EveryFamilyKindResidencyPrecisionVerifies) {
  for (const Family& family : families()) {
    const checkpoint::ModelConfig config = parse(family.json);
    auto formats = layer_formats_from_config(config);
    ASSERT_TRUE(formats.ok()) << family.label << ": " << formats.error().message();
    for (GraphKind kind :
         {GraphKind::kPrefill, GraphKind::kDecode, GraphKind::kRagged, GraphKind::kBatched}) {
      for (Residency residency : {Residency::kDense, Residency::kF16, Residency::kPacked}) {
        for (Precision precision : {Precision::kF32, Precision::kF16, Precision::kBF16}) {
          GraphSpec spec{kind,
                         residency,
                         precision,
                         /*kv_dtype=*/precision,
                         /*capacity=*/16,
                         /*batch=*/3,
                         /*chunk=*/4,
                         /*output_logits=*/precision != Precision::kF16};
          const std::string label = family.label + "/" + std::string(to_string(kind)) + "/" +
                                    std::string(to_string(residency)) + "/" +
                                    std::string(to_string(precision));
          auto emitted = emit(config, *formats, spec);
          ASSERT_TRUE(emitted.ok()) << label << ": " << emitted.error().message();
          const Status verified = graph::verify(emitted->module);
          ASSERT_TRUE(verified.ok()) << label << ": " << verified.error().message();
          expect_abi_matches_parameters(*emitted);
          const bool any_packed = std::any_of(formats->modules.begin(), formats->modules.end(),
                                              [](const auto& m) { return m.second.packed; });
          const size_t quantized = count_composites(emitted->module, graph::kQuantizedDotName);
          EXPECT_EQ(quantized > 0, residency == Residency::kPacked && any_packed) << label;
          EXPECT_EQ(count_composites(emitted->module, graph::kArgmaxName), 1u) << label;
          EXPECT_EQ(count_composites(emitted->module, graph::kRmsNormName),
                    static_cast<size_t>(2 * config.num_hidden_layers + 1))
              << label;
        }
      }
    }
  }
}

TEST(Emit, InterfacesPerKind) {
  const checkpoint::ModelConfig config = parse(families()[1].json);
  auto formats = layer_formats_from_config(config);
  ASSERT_TRUE(formats.ok());
  struct Expected {
    GraphKind kind;
    std::vector<std::string> inputs;
    std::vector<std::vector<int64_t>> input_shapes;
    int64_t slots, rows;
  };
  const std::vector<Expected> cases = {
      {GraphKind::kPrefill, {"tokens", "start", "n_valid"}, {{5}, {}, {}}, 1, 1},
      {GraphKind::kDecode, {"tokens", "position"}, {{1}, {}}, 1, 1},
      {GraphKind::kRagged, {"tokens", "positions"}, {{3}, {3}}, 3, 3},
      {GraphKind::kBatched, {"tokens", "position"}, {{3}, {}}, 3, 3},
  };
  for (const Expected& e : cases) {
    for (bool logits : {false, true}) {
      GraphSpec spec{e.kind, Residency::kPacked, Precision::kF32, Precision::kF16, 16, 3, 5,
                     logits};
      auto emitted = emit(config, *formats, spec);
      ASSERT_TRUE(emitted.ok()) << emitted.error().message();
      const graph::Function& main = emitted->module.main();
      for (size_t i = 0; i < e.inputs.size(); ++i) {
        EXPECT_EQ(main.parameters[i].name, e.inputs[i]);
        EXPECT_EQ(main.parameters[i].role, ParamRole::kInput);
        EXPECT_EQ(main.type(main.parameters[i].value),
                  (graph::TensorType{ElementType::kI32, e.input_shapes[i]}));
      }
      const graph::TensorType cache{ElementType::kF16,
                                    {2, e.slots, 16, 2, 16}};  // the default f16 KV
      const size_t k = e.inputs.size();
      const std::vector<graph::TensorType> results = main.result_types();
      const int32_t first_cache = logits ? 2 : 1;
      ASSERT_EQ(results.size(), static_cast<size_t>(first_cache + 2));
      EXPECT_EQ(results[0], (graph::TensorType{ElementType::kI32, {e.rows}}));
      if (logits) {
        EXPECT_EQ(results[1], (graph::TensorType{ElementType::kF32, {e.rows, 80}}));
      }
      for (int32_t c = 0; c < 2; ++c) {
        const graph::Parameter& p = main.parameters[k + static_cast<size_t>(c)];
        EXPECT_EQ(p.name, c == 0 ? "k_cache" : "v_cache");
        EXPECT_EQ(p.role, ParamRole::kKvCache);
        EXPECT_EQ(main.type(p.value), cache);
        EXPECT_EQ(p.aliased_result, first_cache + c);
        EXPECT_EQ(results[static_cast<size_t>(first_cache + c)], cache);
      }
      EXPECT_EQ(main.result_names.front(), "next_tokens");
    }
  }
}

TEST(Emit, WeightArgumentsFollowResidency) {
  const checkpoint::ModelConfig config = parse(families()[2].json);  // llama3, untied, mixed
  auto formats = layer_formats_from_config(config);
  ASSERT_TRUE(formats.ok());
  ASSERT_FALSE(formats->find("model.layers.0.mlp.down_proj")->packed);  // 96 % 64 != 0
  ASSERT_FALSE(formats->find("lm_head")->packed);                       // override false
  EXPECT_EQ(formats->find("model.layers.1.self_attn.o_proj")->bits, 6);
  std::map<std::string, int64_t> in_features;
  for (const ModulePath& m : linear_modules(config)) in_features[m.path] = m.in_features;
  for (Residency residency : {Residency::kDense, Residency::kF16, Residency::kPacked}) {
    GraphSpec spec{GraphKind::kDecode, residency, Precision::kF32, Precision::kF16, 8, 1, 1, true};
    auto emitted = emit(config, *formats, spec);
    ASSERT_TRUE(emitted.ok()) << emitted.error().message();
    for (const WeightArg& arg : emitted->abi.args) {
      const std::string module = arg.source_tensor.substr(0, arg.source_tensor.rfind('.'));
      if (arg.role == WeightRole::kNorm || arg.role == WeightRole::kBias) {
        EXPECT_EQ(arg.type.element, ElementType::kF32) << arg.name;
        EXPECT_EQ(arg.transform, WeightTransform::kToF32) << arg.name;
        continue;
      }
      const LayerFormat* format = formats->find(module);
      ASSERT_NE(format, nullptr) << arg.source_tensor;
      switch (residency) {
        case Residency::kDense:
          EXPECT_EQ(arg.type.element, ElementType::kF32) << arg.name;
          EXPECT_EQ(arg.transform,
                    format->packed ? WeightTransform::kDequantizeF32 : WeightTransform::kToF32);
          break;
        case Residency::kF16:
          EXPECT_EQ(arg.type.element, ElementType::kF16) << arg.name;
          EXPECT_EQ(arg.transform,
                    format->packed ? WeightTransform::kDequantizeF16 : WeightTransform::kToF16);
          break;
        case Residency::kPacked:
          EXPECT_EQ(arg.transform, WeightTransform::kAsStored) << arg.name;
          if (format->packed && arg.role != WeightRole::kScales &&
              arg.role != WeightRole::kBiases) {
            EXPECT_EQ(arg.type.element, ElementType::kU32) << arg.name;
            EXPECT_EQ(arg.type.shape[1] * 32, in_features.at(module) * format->bits) << arg.name;
          }
          break;
      }
      EXPECT_EQ(arg.bits, format->packed ? format->bits : 0) << arg.name;
    }
  }
}

TEST(Emit, Phi3SplitsFusedProjectionsByRows) {
  const checkpoint::ModelConfig config = parse(families()[5].json);
  auto formats = layer_formats_from_config(config);
  ASSERT_TRUE(formats.ok());
  GraphSpec spec{
      GraphKind::kDecode, Residency::kPacked, Precision::kF32, Precision::kF16, 8, 1, 1, false};
  auto emitted = emit(config, *formats, spec);
  ASSERT_TRUE(emitted.ok()) << emitted.error().message();
  std::map<std::string, const WeightArg*> by_name;
  for (const WeightArg& arg : emitted->abi.args) by_name[arg.name] = &arg;
  const std::string attn = "model.layers.0.self_attn.";
  const std::string mlp = "model.layers.0.mlp.";
  struct Split {
    std::string name, source;
    int64_t begin, end;
  };
  for (const Split& s : std::vector<Split>{{attn + "q_proj", attn + "qkv_proj", 0, 64},
                                           {attn + "k_proj", attn + "qkv_proj", 64, 96},
                                           {attn + "v_proj", attn + "qkv_proj", 96, 128},
                                           {mlp + "gate_proj", mlp + "gate_up_proj", 0, 96},
                                           {mlp + "up_proj", mlp + "gate_up_proj", 96, 192}}) {
    for (const std::string suffix : {"weight", "scales", "biases"}) {
      const WeightArg* arg = by_name[s.name + "." + suffix];
      ASSERT_NE(arg, nullptr) << s.name;
      EXPECT_EQ(arg->source_tensor, s.source + "." + suffix);
      EXPECT_EQ(arg->row_begin, s.begin);
      EXPECT_EQ(arg->row_end, s.end);
      EXPECT_EQ(arg->type.shape[0], s.end - s.begin);
      EXPECT_EQ(arg->type.element,
                suffix == std::string("weight") ? ElementType::kU32 : ElementType::kF16);
    }
  }
}

TEST(Emit, BadInputsAreErrors) {
  checkpoint::ModelConfig config = parse(families()[0].json);
  auto formats = layer_formats_from_config(config);
  ASSERT_TRUE(formats.ok());
  GraphSpec spec{
      GraphKind::kPrefill, Residency::kDense, Precision::kF32, Precision::kF16, 8, 1, 16, false};
  auto too_long = emit(config, *formats, spec);
  ASSERT_FALSE(too_long.ok());
  EXPECT_NE(too_long.error().message().find("chunk"), std::string::npos);
  spec.chunk = 4;
  spec.capacity = 0;
  EXPECT_FALSE(emit(config, *formats, spec).ok());
  spec.capacity = 8;
  LayerFormats missing = *formats;
  missing.modules.erase("model.layers.1.mlp.up_proj");
  auto no_module = emit(config, missing, spec);
  ASSERT_FALSE(no_module.ok());
  EXPECT_NE(no_module.error().message().find("model.layers.1.mlp.up_proj"), std::string::npos);
  // Sliding layers narrower than the capacity rotate: every attention is a window_attention
  // over a ring of W positions, and the only caches are the window caches [L, S, W, KV, D].
  // With rotating_windows off they are masks over full-length caches.
  config.sliding_window = 4;
  config.layer_sliding.assign(static_cast<size_t>(config.num_hidden_layers), true);
  for (const bool rotating : {true, false}) {
    spec.rotating_windows = rotating;
    auto windowed = emit(config, *formats, spec);
    ASSERT_TRUE(windowed.ok()) << windowed.error().message();
    const std::string_view wanted = rotating ? graph::kWindowAttentionName : graph::kAttentionName;
    int windows = 0;
    for (const graph::Op& op : windowed->module.main().ops) {
      const auto* c = std::get_if<graph::CompositeAttrs>(&op.attrs);
      if (c == nullptr ||
          (c->name != graph::kAttentionName && c->name != graph::kWindowAttentionName))
        continue;
      EXPECT_EQ(c->name, wanted);
      auto attrs = rotating ? graph::decode_window_attention(*c) : graph::decode_attention(*c);
      ASSERT_TRUE(attrs.ok());
      EXPECT_EQ(attrs->window, 4);
      ++windows;
    }
    EXPECT_EQ(windows, config.num_hidden_layers);
    std::vector<std::string> caches;
    for (const auto& p : windowed->module.main().parameters) {
      if (p.role != graph::ParamRole::kKvCache) continue;
      caches.push_back(p.name);
      EXPECT_EQ(windowed->module.main().type(p.value).shape[2], rotating ? 4 : spec.capacity)
          << p.name;
    }
    const std::vector<std::string> expected =
        rotating ? std::vector<std::string>{"k_window_cache", "v_window_cache"}
                 : std::vector<std::string>{"k_cache", "v_cache"};
    EXPECT_EQ(caches, expected);
  }
  // A window at least as wide as the capacity hides nothing the cache holds: no ring.
  spec.rotating_windows = true;
  config.sliding_window = spec.capacity;
  auto wide = emit(config, *formats, spec);
  ASSERT_TRUE(wide.ok());
  for (const auto& p : wide->module.main().parameters)
    EXPECT_EQ(p.name.find("window"), std::string::npos);
  config.layer_sliding.assign(1, true);  // not one entry per layer
  EXPECT_EQ(emit(config, *formats, spec).error().category(), ErrorCategory::kInvalidArgument);
}

}  // namespace
}  // namespace mlxla::model
