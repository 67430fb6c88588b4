// Export: abi.json lists every main parameter and result in order with bindings, rejects
// unbound or stray weights, and export_module writes exactly the printer's text.
// ctest-labels: unit
#include "stablehlo/export.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "graph/builder.h"
#include "stablehlo/abi_manifest.h"
#include "support/test_support.h"

namespace mlxla::stablehlo {
namespace {

using graph::Builder;
using graph::ValueId;
using E = graph::ElementType;

// decode-like: tokens, cache (aliased with result 1), packed weight + scales.
graph::Module small_graph() {
  graph::Module m;
  Builder b(m, "main");
  const ValueId tokens = b.parameter({E::kI32, {1}}, "tokens");
  const ValueId cache = b.parameter({E::kF32, {2, 4}}, "k_cache", graph::ParamRole::kKvCache);
  const ValueId w =
      b.parameter({E::kU32, {4, 1}}, "layers.0.q_proj.weight", graph::ParamRole::kWeight);
  const ValueId s =
      b.parameter({E::kF16, {4, 1}}, "layers.0.q_proj.scales", graph::ParamRole::kWeight);
  (void)w;
  (void)s;
  b.return_values({tokens, b.add(cache, cache)}, {"next_tokens", "k_cache"});
  b.alias(cache, 1);
  return m;
}

model::WeightAbi small_abi() {
  model::WeightAbi abi;
  model::WeightArg w;
  w.name = "layers.0.q_proj.weight";
  w.role = model::WeightRole::kMatrix;
  w.transform = model::WeightTransform::kAsStored;
  w.source_tensor = "model.layers.0.self_attn.q_proj.weight";
  w.bits = 4;
  w.group_size = 8;
  abi.args.push_back(w);
  model::WeightArg s = w;
  s.name = "layers.0.q_proj.scales";
  s.role = model::WeightRole::kScales;
  s.source_tensor = "model.layers.0.self_attn.q_proj.scales";
  abi.args.push_back(s);
  return abi;
}

TEST(Export, AbiJsonListsParametersAndOutputsInOrder) {
  ExportManifest manifest = manifest_from_abi(small_abi());
  manifest.metadata = {{"graph", "decode"}, {"residency", "packed"}};
  const auto text = abi_json(small_graph(), manifest);
  ASSERT_TRUE(text.ok()) << text.error().message();
  const auto doc = nlohmann::json::parse(*text);
  EXPECT_EQ(doc["format"], "mlxla-abi");
  EXPECT_EQ(doc["metadata"]["graph"], "decode");
  ASSERT_EQ(doc["parameters"].size(), 4u);
  const auto& tokens = doc["parameters"][0];
  EXPECT_EQ(tokens["name"], "tokens");
  EXPECT_EQ(tokens["role"], "input");
  EXPECT_EQ(tokens["dtype"], "i32");
  EXPECT_EQ(tokens["shape"], nlohmann::json::array({1}));
  EXPECT_TRUE(tokens["aliased_output"].is_null());
  EXPECT_FALSE(tokens.contains("binding"));
  EXPECT_EQ(doc["parameters"][1]["role"], "kv_cache");
  EXPECT_EQ(doc["parameters"][1]["aliased_output"], 1);
  const auto& scales = doc["parameters"][3];
  EXPECT_EQ(scales["dtype"], "f16");
  EXPECT_EQ(scales["binding"]["kind"], "scales");
  EXPECT_EQ(scales["binding"]["transform"], "as_stored");
  EXPECT_EQ(scales["binding"]["source_tensor"], "model.layers.0.self_attn.q_proj.scales");
  EXPECT_EQ(scales["binding"]["bits"], 4);
  EXPECT_EQ(scales["binding"]["group_size"], 8);
  ASSERT_EQ(doc["outputs"].size(), 2u);
  EXPECT_EQ(doc["outputs"][0]["name"], "next_tokens");
  EXPECT_TRUE(doc["outputs"][0]["aliased_parameter"].is_null());
  EXPECT_EQ(doc["outputs"][1]["aliased_parameter"], 1);
  // Key order is fixed (not alphabetical): format first, outputs last.
  EXPECT_LT(text->find("\"format\""), text->find("\"parameters\""));
  EXPECT_LT(text->find("\"parameters\""), text->find("\"outputs\""));
  EXPECT_EQ(*text, *abi_json(small_graph(), manifest));
}

TEST(Export, RejectsUnboundAndStrayWeights) {
  ExportManifest missing = manifest_from_abi(small_abi());
  missing.weights.pop_back();
  const auto a = abi_json(small_graph(), missing);
  ASSERT_FALSE(a.ok());
  EXPECT_THAT(a.error().message(), ::testing::HasSubstr("layers.0.q_proj.scales has no binding"));
  ExportManifest stray = manifest_from_abi(small_abi());
  WeightBinding extra;
  extra.name = "lm_head.weight";
  stray.weights.push_back(extra);
  const auto b = abi_json(small_graph(), stray);
  ASSERT_FALSE(b.ok());
  EXPECT_THAT(b.error().message(),
              ::testing::HasSubstr("lm_head.weight names no weight parameter"));
}

TEST(Export, WritesModuleAndAbi) {
  testing::ScratchDir dir("export_test");
  const graph::Module m = small_graph();
  const ExportManifest manifest = manifest_from_abi(small_abi());
  const Status status = export_module(m, manifest, dir / "out", {PrintForm::kGeneric});
  ASSERT_TRUE(status.ok()) << status.error().message();
  EXPECT_EQ(testing::read_file(dir / "out" / "module.mlir"),
            print_module(m, {PrintForm::kGeneric}));
  EXPECT_EQ(testing::read_file(dir / "out" / "abi.json"), *abi_json(m, manifest));
}

TEST(Export, RefusesAnInvalidModule) {
  testing::ScratchDir dir("export_test_invalid");
  graph::Module m = small_graph();
  m.main().ops.pop_back();  // no return
  const Status status = export_module(m, manifest_from_abi(small_abi()), dir / "out");
  ASSERT_FALSE(status.ok());
  EXPECT_EQ(status.error().message(), "main: does not end with stablehlo.return");
  EXPECT_FALSE(std::filesystem::exists(dir / "out" / "module.mlir"));
}

}  // namespace
}  // namespace mlxla::stablehlo
