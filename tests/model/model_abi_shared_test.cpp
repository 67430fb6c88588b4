// The WeightAbi against the real stories260K checkpoints in ../shared: names, shapes and
// sources match the tensors, the packed ABI uses every tensor, and every residency loads.
// ctest-labels: unit
#include <algorithm>
#include <set>
#include <string>

#include <gtest/gtest.h>

#include "checkpoint/checkpoint.h"
#include "graph/verifier.h"
#include "model/emit.h"
#include "model/weight_loader.h"
#include "support/test_support.h"

namespace mlxla::model {
namespace {

const char* const kModels[] = {
    "models/stories260K",
    "models/stories260K-mlx-q3-g32-f16",
    "models/stories260K-mlx-q4-g32-f16",
    "models/stories260K-mlx-q4-g32-f32",
    "models/stories260K-mlx-q4-g64-f16",
    "models/stories260K-mlx-q6-g32-f16",
    "models/stories260K-mlx-q8-g32-f16",
};

TEST(SharedModels, AbiMatchesTheCheckpointTensors) {
  MLXLA_REQUIRE_SHARED("models/stories260K-mlx-q4-g32-f16");
  for (const char* relative : kModels) {
    SCOPED_TRACE(relative);
    const auto dir = testing::shared_dir() / relative;
    auto config = checkpoint::load_model_config(dir);
    ASSERT_TRUE(config.ok()) << config.error().message();
    auto ckpt = checkpoint::Checkpoint::open(dir);
    ASSERT_TRUE(ckpt.ok()) << ckpt.error().message();
    auto formats = layer_formats_from_checkpoint(*ckpt, *config);
    ASSERT_TRUE(formats.ok()) << formats.error().message();
    // mlx_lm's rule from config.json alone agrees with the tensors (the dtype can differ:
    // `--dtype float16` does not rewrite torch_dtype).
    auto from_config = layer_formats_from_config(*config);
    ASSERT_TRUE(from_config.ok());
    ASSERT_EQ(from_config->modules.size(), formats->modules.size());
    for (const auto& [path, format] : formats->modules) {
      const LayerFormat* other = from_config->find(path);
      ASSERT_NE(other, nullptr) << path;
      EXPECT_EQ(other->packed, format.packed) << path;
      EXPECT_EQ(other->bits, format.bits) << path;
      EXPECT_EQ(other->group_size, format.group_size) << path;
    }
    EXPECT_FALSE(formats->find("model.layers.0.mlp.down_proj")->packed);

    for (Residency residency : {Residency::kDense, Residency::kF16, Residency::kPacked}) {
      auto graph = emit(*config, *formats,
                        GraphSpec{GraphKind::kDecode, residency, Precision::kF32, Precision::kF16,
                                  32, 1, 1, true});
      ASSERT_TRUE(graph.ok()) << graph.error().message();
      ASSERT_TRUE(graph::verify(graph->module).ok());
      std::set<std::string> used;
      for (const WeightArg& arg : graph->abi.args) {
        auto source = ckpt->get(arg.source_tensor);
        ASSERT_TRUE(source.ok()) << arg.name << ": " << source.error().message();
        used.insert(arg.source_tensor);
        if (arg.transform == WeightTransform::kDequantizeF32 ||
            arg.transform == WeightTransform::kDequantizeF16) {
          EXPECT_EQ(source->view.shape()[1] * 32 / arg.bits, arg.type.shape[1]) << arg.name;
        } else {
          EXPECT_TRUE(std::equal(arg.type.shape.begin(), arg.type.shape.end(),
                                 source->view.shape().begin(), source->view.shape().end()))
              << arg.name;
        }
        EXPECT_EQ(arg.name.substr(0, arg.name.rfind('.')),
                  arg.source_tensor.substr(0, arg.source_tensor.rfind('.')))
            << "unfused models name parameters after their tensors";
      }
      if (residency == Residency::kPacked) {
        EXPECT_EQ(used.size(), ckpt->tensor_count()) << "the packed ABI reads every tensor";
      }
      auto buffers = load_weights(graph->abi, *ckpt);
      ASSERT_TRUE(buffers.ok()) << buffers.error().message();
      for (size_t i = 0; i < buffers->size(); ++i) {
        EXPECT_EQ((*buffers)[i].bytes().size(), graph->abi.args[i].type.nbytes())
            << graph->abi.args[i].name;
        if (graph->abi.args[i].transform == WeightTransform::kAsStored) {
          EXPECT_TRUE((*buffers)[i].zero_copy());
        }
      }
    }
  }
}

}  // namespace
}  // namespace mlxla::model
