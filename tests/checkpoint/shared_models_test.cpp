// The shared stories260K checkpoints (HF f32 source and six MLX conversions): open, config,
// packed-layer resolution, and kept float tensors read through unaligned views equal the source.
// ctest-labels: unit
#include <cstring>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "checkpoint/checkpoint.h"
#include "checkpoint/config.h"
#include "checkpoint/quantized_layer.h"
#include "quant/half.h"
#include "support/test_support.h"

namespace mlxla::checkpoint {
namespace {

struct MlxDir {
  const char* name;
  int bits;
  int group_size;
  DType float_dtype;
};

const MlxDir kMlxDirs[] = {
    {"stories260K-mlx-q3-g32-f16", 3, 32, DType::kF16},
    {"stories260K-mlx-q4-g32-f16", 4, 32, DType::kF16},
    {"stories260K-mlx-q4-g32-f32", 4, 32, DType::kF32},
    {"stories260K-mlx-q4-g64-f16", 4, 64, DType::kF16},
    {"stories260K-mlx-q6-g32-f16", 6, 32, DType::kF16},
    {"stories260K-mlx-q8-g32-f16", 8, 32, DType::kF16},
};

std::filesystem::path model(const std::string& name) {
  return testing::shared_dir() / "models" / name;
}

void expect_stories_dims(const ModelConfig& c) {
  EXPECT_EQ(c.family, ModelFamily::kLlama);
  EXPECT_EQ(c.hidden_size, 64);
  EXPECT_EQ(c.intermediate_size, 172);
  EXPECT_EQ(c.num_hidden_layers, 5);
  EXPECT_EQ(c.num_attention_heads, 8);
  EXPECT_EQ(c.num_key_value_heads, 4);
  EXPECT_EQ(c.head_dim, 8);
  EXPECT_EQ(c.vocab_size, 512);
  EXPECT_EQ(c.rms_norm_eps, 1e-5);
  EXPECT_TRUE(c.tie_word_embeddings);
  EXPECT_EQ(c.bos_token_id, 1);
  EXPECT_EQ(c.eos_token_ids, std::vector<int64_t>{2});
}

TEST(SharedModels, SourceStories260K) {
  MLXLA_REQUIRE_SHARED("models/stories260K/model.safetensors");
  auto config = load_model_config(model("stories260K"));
  ASSERT_TRUE(config.ok()) << config.error().message();
  expect_stories_dims(*config);
  EXPECT_FALSE(config->quantization.has_value());
  auto ckpt = Checkpoint::open(model("stories260K"));
  ASSERT_TRUE(ckpt.ok()) << ckpt.error().message();
  EXPECT_FALSE(ckpt->indexed());
  auto q = resolve_linear(*ckpt, *config, "model.layers.0.self_attn.q_proj");
  ASSERT_TRUE(q.ok()) << q.error().message();
  EXPECT_FALSE(q->packed);
  EXPECT_EQ(q->out_features, 64);
  EXPECT_EQ(q->in_features, 64);
}

std::vector<std::string> packed_modules() {
  std::vector<std::string> out = {"model.embed_tokens"};
  for (int l = 0; l < 5; ++l) {
    for (const char* m : {"self_attn.q_proj", "self_attn.k_proj", "self_attn.v_proj",
                          "self_attn.o_proj", "mlp.gate_proj", "mlp.up_proj"}) {
      out.push_back("model.layers." + std::to_string(l) + "." + m);
    }
  }
  return out;
}

int64_t expected_out(const std::string& module) {
  if (module == "model.embed_tokens") return 512;
  if (module.find("k_proj") != std::string::npos || module.find("v_proj") != std::string::npos)
    return 32;
  if (module.find("gate_proj") != std::string::npos || module.find("up_proj") != std::string::npos)
    return 172;
  return 64;
}

TEST(SharedModels, MlxConversionsResolvePackedLayers) {
  for (const auto& d : kMlxDirs) {
    MLXLA_REQUIRE_SHARED(std::string("models/") + d.name);
    SCOPED_TRACE(d.name);
    auto config = load_model_config(model(d.name));
    ASSERT_TRUE(config.ok()) << config.error().message();
    expect_stories_dims(*config);
    ASSERT_TRUE(config->quantization.has_value());
    EXPECT_EQ(config->quantization->defaults, (QuantSpec{d.bits, d.group_size}));

    auto ckpt = Checkpoint::open(model(d.name));
    ASSERT_TRUE(ckpt.ok()) << ckpt.error().message();
    EXPECT_TRUE(ckpt->indexed());
    EXPECT_EQ(ckpt->tensor_count(), 109u);
    EXPECT_TRUE(ckpt->warnings().empty()) << ckpt->warnings().front();  // total_size matches too
    for (const auto& module : packed_modules()) {
      auto lw = resolve_linear(*ckpt, *config, module);
      ASSERT_TRUE(lw.ok()) << lw.error().message();
      EXPECT_TRUE(lw->packed) << module;
      EXPECT_EQ(lw->spec, (QuantSpec{d.bits, d.group_size})) << module;
      EXPECT_EQ(lw->out_features, expected_out(module)) << module;
      EXPECT_EQ(lw->in_features, 64) << module;
      EXPECT_EQ(lw->scales->view.dtype(), d.float_dtype) << module;
    }
    for (int l = 0; l < 5; ++l) {
      auto down =
          resolve_linear(*ckpt, *config, "model.layers." + std::to_string(l) + ".mlp.down_proj");
      ASSERT_TRUE(down.ok()) << down.error().message();
      EXPECT_FALSE(down->packed);  // 172 is not divisible by the group size: mlx_lm keeps it float
      EXPECT_EQ(down->out_features, 64);
      EXPECT_EQ(down->in_features, 172);
      EXPECT_EQ(down->weight.view.dtype(), d.float_dtype);
    }
  }
}

// Kept (not quantized) tensors equal the f32 source cast to the checkpoint's dtype, bit for bit,
// read element by element through load<T>, whatever the alignment of their file offset.
TEST(SharedModels, UnalignedFloatTensorsReadCorrectly) {
  MLXLA_REQUIRE_SHARED("models/stories260K/model.safetensors");
  auto source = Checkpoint::open(model("stories260K"));
  ASSERT_TRUE(source.ok()) << source.error().message();
  for (const auto& d : kMlxDirs) {
    MLXLA_REQUIRE_SHARED(std::string("models/") + d.name);
    SCOPED_TRACE(d.name);
    auto ckpt = Checkpoint::open(model(d.name));
    ASSERT_TRUE(ckpt.ok()) << ckpt.error().message();
    size_t compared = 0, unaligned = 0;
    for (const auto& name : ckpt->tensor_names()) {
      auto t = ckpt->find(name);
      if (!dtype_is_float(t->view.dtype()) || name.ends_with(".scales") ||
          name.ends_with(".biases"))
        continue;
      auto src = source->find(name);
      ASSERT_TRUE(src.has_value()) << name;
      ASSERT_EQ(src->view.numel(), t->view.numel()) << name;
      if (!t->view.aligned(dtype_size(t->view.dtype()))) ++unaligned;
      for (int64_t i = 0; i < t->view.numel(); ++i) {
        const float s = src->view.load<float>(static_cast<size_t>(i));
        if (d.float_dtype == DType::kF32) {
          const float got = t->view.load<float>(static_cast<size_t>(i));
          ASSERT_EQ(std::memcmp(&got, &s, 4), 0) << name << "[" << i << "]";
        } else {
          ASSERT_EQ(t->view.load<uint16_t>(static_cast<size_t>(i)), quant::f32_to_f16(s))
              << name << "[" << i << "]";
        }
      }
      ++compared;
    }
    EXPECT_EQ(compared, 5u * 3u + 1u);  // per layer: down_proj and two norms; plus model.norm
    if (d.bits == 6 || d.bits == 8) {
      EXPECT_GT(unaligned, 0u);  // MLX_FIXTURES.md section 4: q6/q8 f16 files are unaligned
    }
  }
}

}  // namespace
}  // namespace mlxla::checkpoint
