// The weight loader against a checkpoint written here (Phi-3 with fused, biased, 3-bit packed
// and float layers, every tensor at an unaligned offset) and checked with scalar code here.
// ctest-labels: unit
#include "model/weight_loader.h"

#include <cstring>
#include <map>
#include <string>

#include <gtest/gtest.h>

#include "checkpoint/safetensors.h"
#include "model/emit.h"
#include "quant/affine.h"
#include "quant/half.h"
#include "support/test_support.h"

namespace mlxla::model {
namespace {

// q(j) of a row's LSB-first bit stream, read bit by bit (independent of the codec).
uint32_t code_at(const std::byte* row, int bits, int64_t j) {
  uint32_t q = 0;
  for (int bit = 0; bit < bits; ++bit) {
    const int64_t i = j * bits + bit;
    q |= ((static_cast<uint32_t>(row[i / 8]) >> (i % 8)) & 1u) << bit;
  }
  return q;
}

float half_at(const std::byte* data, DType dtype, size_t i) {
  uint16_t h;
  std::memcpy(&h, data + 2 * i, 2);
  if (dtype == DType::kBF16) {
    const uint32_t bits = static_cast<uint32_t>(h) << 16;
    float f;
    std::memcpy(&f, &bits, 4);
    return f;
  }
  return quant::f16_to_f32(h);
}

float value_at(const std::byte* data, DType dtype, size_t i) {
  if (dtype == DType::kF32) {
    float f;
    std::memcpy(&f, data + 4 * i, 4);
    return f;
  }
  return half_at(data, dtype, i);
}

float f32_at(std::span<const std::byte> bytes, size_t i) {
  return value_at(bytes.data(), DType::kF32, i);
}
uint32_t bits_of(float f) {
  uint32_t u;
  std::memcpy(&u, &f, 4);
  return u;
}

// Checks one loaded argument against the source tensors, element by element.
void expect_loaded(const WeightArg& arg, const WeightBuffer& buffer,
                   const checkpoint::Checkpoint& ckpt) {
  const checkpoint::TensorRef source = *ckpt.get(arg.source_tensor);
  const int64_t cols = arg.type.rank() == 2 ? arg.type.shape[1] : 1;
  const int64_t begin = arg.row_begin;
  ASSERT_EQ(buffer.bytes().size(), arg.type.nbytes()) << arg.name;
  switch (arg.transform) {
    case WeightTransform::kAsStored: {
      const size_t row = source.view.nbytes() / static_cast<size_t>(source.view.shape()[0]);
      EXPECT_TRUE(buffer.zero_copy()) << arg.name;
      EXPECT_EQ(buffer.bytes().data(), source.view.data + static_cast<size_t>(begin) * row)
          << arg.name;
      break;
    }
    case WeightTransform::kToF32:
    case WeightTransform::kToF16:
      for (int64_t i = 0; i < arg.type.numel(); ++i) {
        const float expected =
            value_at(source.view.data, source.view.dtype(), static_cast<size_t>(begin * cols + i));
        const float got = arg.transform == WeightTransform::kToF32
                              ? f32_at(buffer.bytes(), static_cast<size_t>(i))
                              : half_at(buffer.bytes().data(), DType::kF16, static_cast<size_t>(i));
        const float want = arg.transform == WeightTransform::kToF32
                               ? expected
                               : quant::f16_to_f32(quant::f32_to_f16(expected));
        ASSERT_EQ(bits_of(got), bits_of(want)) << arg.name << " element " << i;
      }
      break;
    case WeightTransform::kDequantizeF32:
    case WeightTransform::kDequantizeF16: {
      const std::string module = arg.source_tensor.substr(0, arg.source_tensor.size() - 7);
      const checkpoint::TensorRef scales = *ckpt.get(module + ".scales");
      const checkpoint::TensorRef biases = *ckpt.get(module + ".biases");
      const int64_t groups = cols / arg.group_size;
      const size_t packed_row = static_cast<size_t>(cols * arg.bits / 8);
      for (int64_t r = 0; r < arg.type.shape[0]; ++r) {
        const int64_t src_row = begin + r;
        for (int64_t c = 0; c < cols; ++c) {
          const uint32_t q =
              code_at(source.view.data + static_cast<size_t>(src_row) * packed_row, arg.bits, c);
          const size_t g = static_cast<size_t>(src_row * groups + c / arg.group_size);
          const float s = value_at(scales.view.data, scales.view.dtype(), g);
          const float b = value_at(biases.view.data, biases.view.dtype(), g);
          const float scaled = static_cast<float>(q) * s;
          const float w = scaled + b;
          const size_t i = static_cast<size_t>(r * cols + c);
          const float got = arg.transform == WeightTransform::kDequantizeF32
                                ? f32_at(buffer.bytes(), i)
                                : half_at(buffer.bytes().data(), DType::kF16, i);
          const float want = arg.transform == WeightTransform::kDequantizeF32
                                 ? w
                                 : quant::f16_to_f32(quant::f32_to_f16(w));
          ASSERT_EQ(bits_of(got), bits_of(want)) << arg.name << " [" << r << ", " << c << "]";
        }
      }
      break;
    }
    case WeightTransform::kNormPlusOneF32:
    case WeightTransform::kFpScalesToF32:
      // Gemma norms and fp-mode scales: not in this test's checkpoints (families_reference_test
      // and fp_mode_model_test cover them).
      ADD_FAILURE() << arg.name << ": unexpected transform";
      break;
  }
}

class SyntheticCheckpoint : public ::testing::Test {
 protected:
  void SetUp() override {
    const std::string json = R"({"model_type": "phi3", "hidden_size": 64, "intermediate_size": 96,
      "num_hidden_layers": 1, "num_attention_heads": 4, "num_key_value_heads": 2, "vocab_size": 40,
      "tie_word_embeddings": false, "attention_bias": true, "torch_dtype": "bfloat16",
      "quantization": {"group_size": 32, "bits": 3, "model.layers.0.mlp.down_proj": false}})";
    testing::write_file(dir_ / "config.json", json);
    auto config = checkpoint::load_model_config(dir_.path());
    ASSERT_TRUE(config.ok()) << config.error().message();
    config_ = *config;
    std::vector<checkpoint::TensorToWrite> tensors;
    // A 3-byte tensor first: every later tensor starts at an odd offset.
    storage_.push_back(std::vector<std::byte>(3, std::byte{7}));
    tensors.push_back({"aaa.pad", DType::kU8, {3}, storage_.back()});
    uint64_t state = 12345;
    auto next = [&] {
      state = state * 6364136223846793005ull + 1442695040888963407ull;
      return static_cast<float>(static_cast<int64_t>(state >> 40) - (1 << 23)) / float(1 << 26);
    };
    auto add = [&](std::string name, DType dtype, std::vector<int64_t> shape,
                   std::vector<std::byte> bytes) {
      storage_.push_back(std::move(bytes));
      tensors.push_back({std::move(name), dtype, std::move(shape), storage_.back()});
    };
    auto bf16_tensor = [&](int64_t n) {
      std::vector<std::byte> out(static_cast<size_t>(n) * 2);
      for (int64_t i = 0; i < n; ++i)
        quant::store_from_f32(next(), DType::kBF16, out.data(), static_cast<size_t>(i));
      return out;
    };
    storage_.reserve(64);
    for (const ModulePath& m : linear_modules(config_)) {
      const std::optional<checkpoint::QuantSpec> spec = config_.quantization_for(m.path);
      std::vector<std::byte> w = bf16_tensor(m.out_features * m.in_features);
      if (spec) {
        const quant::AffineLayout layout{m.out_features, m.in_features, spec->bits,
                                         spec->group_size};
        auto q = quant::quantize(w, DType::kBF16, layout, DType::kBF16);
        ASSERT_TRUE(q.ok()) << q.error().message();
        const int64_t groups = m.in_features / spec->group_size;
        add(m.path + ".weight", DType::kU32, {m.out_features, m.in_features * spec->bits / 32},
            q->packed);
        add(m.path + ".scales", DType::kBF16, {m.out_features, groups}, q->scales);
        add(m.path + ".biases", DType::kBF16, {m.out_features, groups}, q->biases);
      } else {
        add(m.path + ".weight", DType::kBF16, {m.out_features, m.in_features}, std::move(w));
      }
      if (m.path.find("self_attn") != std::string::npos) {
        add(m.path + ".bias", DType::kBF16, {m.out_features}, bf16_tensor(m.out_features));
      }
    }
    for (const std::string norm : {"model.layers.0.input_layernorm",
                                   "model.layers.0.post_attention_layernorm", "model.norm"}) {
      add(norm + ".weight", DType::kBF16, {64}, bf16_tensor(64));
    }
    ASSERT_TRUE(
        checkpoint::write_safetensors(dir_ / "model.safetensors", tensors, {{"format", "mlx"}})
            .ok());
    auto opened = checkpoint::Checkpoint::open(dir_.path());
    ASSERT_TRUE(opened.ok()) << opened.error().message();
    checkpoint_ = std::make_unique<checkpoint::Checkpoint>(std::move(*opened));
    auto formats = layer_formats_from_checkpoint(*checkpoint_, config_);
    ASSERT_TRUE(formats.ok()) << formats.error().message();
    formats_ = *formats;
  }

  EmittedGraph emit_for(Residency residency) {
    auto emitted = emit(
        config_, formats_,
        GraphSpec{GraphKind::kDecode, residency, Precision::kF32, Precision::kF16, 8, 1, 1, false});
    EXPECT_TRUE(emitted.ok()) << emitted.error().message();
    return std::move(*emitted);
  }

  testing::ScratchDir dir_{"weight_loader_test"};
  checkpoint::ModelConfig config_;
  std::vector<std::vector<std::byte>> storage_;
  std::unique_ptr<checkpoint::Checkpoint> checkpoint_;
  LayerFormats formats_;
};

TEST_F(SyntheticCheckpoint, FormatsFromTensorsMatchTheConfigRule) {
  auto from_config = layer_formats_from_config(config_);
  ASSERT_TRUE(from_config.ok());
  EXPECT_EQ(from_config->modules, formats_.modules);
  EXPECT_FALSE(formats_.find("model.layers.0.mlp.down_proj")->packed);
  EXPECT_TRUE(formats_.find("model.layers.0.self_attn.qkv_proj")->has_bias);
}

TEST_F(SyntheticCheckpoint, EveryResidencyLoadsExactly) {
  for (Residency residency : {Residency::kDense, Residency::kF16, Residency::kPacked}) {
    const EmittedGraph graph = emit_for(residency);
    auto buffers = load_weights(graph.abi, *checkpoint_);
    ASSERT_TRUE(buffers.ok()) << buffers.error().message();
    ASSERT_EQ(buffers->size(), graph.abi.args.size());
    for (size_t i = 0; i < buffers->size(); ++i)
      expect_loaded(graph.abi.args[i], (*buffers)[i], *checkpoint_);
  }
}

TEST_F(SyntheticCheckpoint, UnalignedViewsAreCopiedOnRequest) {
  const EmittedGraph graph = emit_for(Residency::kPacked);
  auto buffers = load_weights(graph.abi, *checkpoint_, LoadOptions{.copy_unaligned = true});
  ASSERT_TRUE(buffers.ok()) << buffers.error().message();
  size_t copied = 0;
  for (size_t i = 0; i < buffers->size(); ++i) {
    const WeightBuffer& buffer = (*buffers)[i];
    const size_t element = graph::element_size(graph.abi.args[i].type.element);
    EXPECT_EQ(reinterpret_cast<uintptr_t>(buffer.bytes().data()) % element, 0u)
        << graph.abi.args[i].name;
    copied += buffer.zero_copy() ? 0 : 1;
    const auto plain = load_weight(graph.abi.args[i], *checkpoint_);
    ASSERT_TRUE(plain.ok());
    EXPECT_TRUE(std::equal(buffer.bytes().begin(), buffer.bytes().end(), plain->bytes().begin(),
                           plain->bytes().end()));
  }
  EXPECT_GT(copied, 0u) << "the padding tensor should have misaligned something";
}

TEST_F(SyntheticCheckpoint, MismatchesAreErrorsNamingTheWeight) {
  const EmittedGraph graph = emit_for(Residency::kPacked);
  WeightArg arg = graph.abi.args.front();
  arg.row_end = 1000;
  auto out_of_range = load_weight(arg, *checkpoint_);
  ASSERT_FALSE(out_of_range.ok());
  EXPECT_NE(out_of_range.error().message().find(arg.name), std::string::npos);
  arg = graph.abi.args.front();
  arg.type.element = graph::ElementType::kF32;
  EXPECT_EQ(load_weight(arg, *checkpoint_).error().category(), ErrorCategory::kFormat);
  arg = graph.abi.args.front();
  arg.source_tensor = "no.such.weight";
  EXPECT_EQ(load_weight(arg, *checkpoint_).error().category(), ErrorCategory::kNotFound);
  arg = graph.abi.args.front();
  arg.type.shape[1] += 1;
  EXPECT_FALSE(load_weight(arg, *checkpoint_).ok());
}

}  // namespace
}  // namespace mlxla::model
