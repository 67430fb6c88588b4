// Checkpoint directories (single file, sharded with an index, glob) and packed-layer resolution,
// on checkpoints written here and on the shared stories260K models when present.
// ctest-labels: unit
#include "checkpoint/checkpoint.h"

#include <cstring>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "checkpoint/config.h"
#include "checkpoint/quantized_layer.h"
#include "quant/half.h"
#include "support/test_support.h"

namespace mlxla::checkpoint {
namespace {

using nlohmann::json;

// Owns the bytes of tensors to write.
struct TensorSpec {
  std::string name;
  DType dtype;
  std::vector<int64_t> shape;
  std::vector<std::byte> bytes;
};

TensorSpec filled(const std::string& name, DType dtype, std::vector<int64_t> shape, uint8_t seed) {
  int64_t n = 1;
  for (int64_t d : shape) n *= d;
  std::vector<std::byte> bytes(static_cast<size_t>(n) * dtype_size(dtype));
  for (size_t i = 0; i < bytes.size(); ++i)
    bytes[i] = static_cast<std::byte>((i * 31 + seed) & 0xff);
  return {name, dtype, std::move(shape), std::move(bytes)};
}

// `spec` with every f16 element made finite (exponent bit 0x4000 cleared): scales, biases and
// layer biases with NaN or Inf are refused at load.
TensorSpec finite_f16(TensorSpec spec) {
  for (size_t i = 1; i < spec.bytes.size(); i += 2) spec.bytes[i] &= std::byte{0xBF};
  return spec;
}

void write(const std::filesystem::path& path, const std::vector<TensorSpec>& specs) {
  std::vector<TensorToWrite> tensors;
  for (const auto& s : specs) tensors.push_back({s.name, s.dtype, s.shape, s.bytes});
  ASSERT_TRUE(write_safetensors(path, tensors, {{"format", "mlx"}}).ok());
}

void write_index(const std::filesystem::path& dir, const json& weight_map) {
  testing::write_file(dir / "model.safetensors.index.json",
                      json{{"metadata", json::object()}, {"weight_map", weight_map}}.dump());
}

TEST(Checkpoint, SingleFile) {
  testing::ScratchDir dir("ckpt-single");
  write(dir / "model.safetensors",
        {filled("a", DType::kF32, {2, 3}, 1), filled("b", DType::kU8, {5}, 2)});
  write(dir / "ignored.safetensors", {filled("a", DType::kF32, {1}, 3)});  // model.safetensors wins
  auto ckpt = Checkpoint::open(dir.path());
  ASSERT_TRUE(ckpt.ok()) << ckpt.error().message();
  EXPECT_FALSE(ckpt->indexed());
  EXPECT_EQ(ckpt->tensor_count(), 2u);
  EXPECT_EQ(ckpt->total_bytes(), 24u + 5u);
  EXPECT_EQ(ckpt->tensor_names(), (std::vector<std::string>{"a", "b"}));
  auto a = ckpt->get("a");
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->view.numel(), 6);
  EXPECT_EQ(a->file->display_name(), (dir / "model.safetensors").string());
  EXPECT_EQ(std::to_integer<int>(a->view.data[1]), 32);  // (1*31 + 1) & 0xff
  auto missing = ckpt->get("zzz");
  ASSERT_FALSE(missing.ok());
  EXPECT_NE(missing.error().message().find("'zzz'"), std::string::npos);
}

TEST(Checkpoint, GlobWithoutIndexAndDuplicates) {
  testing::ScratchDir dir("ckpt-glob");
  write(dir / "part-a.safetensors", {filled("x", DType::kF16, {4}, 1)});
  write(dir / "part-b.safetensors", {filled("y", DType::kF16, {4}, 2)});
  auto ckpt = Checkpoint::open(dir.path());
  ASSERT_TRUE(ckpt.ok()) << ckpt.error().message();
  EXPECT_EQ(ckpt->files().size(), 2u);
  EXPECT_EQ(ckpt->find("y")->file->display_name(), (dir / "part-b.safetensors").string());
  write(dir / "part-c.safetensors", {filled("x", DType::kF16, {4}, 3)});
  auto dup = Checkpoint::open(dir.path());
  ASSERT_FALSE(dup.ok());
  EXPECT_NE(dup.error().message().find("tensor 'x' is in two files"), std::string::npos);
}

TEST(Checkpoint, ShardedWithIndex) {
  testing::ScratchDir dir("ckpt-sharded");
  write(dir / "model-00001-of-00002.safetensors",
        {filled("a", DType::kF32, {2}, 1), filled("b", DType::kF32, {3}, 2)});
  write(dir / "model-00002-of-00002.safetensors", {filled("c", DType::kBF16, {7}, 3)});
  write_index(dir.path(), {{"a", "model-00001-of-00002.safetensors"},
                           {"b", "model-00001-of-00002.safetensors"},
                           {"c", "model-00002-of-00002.safetensors"}});
  auto ckpt = Checkpoint::open(dir.path());
  ASSERT_TRUE(ckpt.ok()) << ckpt.error().message();
  EXPECT_TRUE(ckpt->indexed());
  EXPECT_EQ(ckpt->tensor_count(), 3u);
  EXPECT_EQ(ckpt->total_bytes(), 8u + 12u + 14u);
  EXPECT_EQ(ckpt->find("c")->file->display_name(),
            (dir / "model-00002-of-00002.safetensors").string());
  EXPECT_TRUE(ckpt->warnings().empty());
}

struct BadIndex {
  const char* label;
  json weight_map;
  const char* expected;
};

TEST(Checkpoint, BadIndexesAreRejected) {
  testing::ScratchDir dir("ckpt-bad-index");
  write(dir / "s1.safetensors", {filled("a", DType::kF32, {2}, 1)});
  write(dir / "s2.safetensors",
        {filled("b", DType::kF32, {2}, 2), filled("a", DType::kF32, {1}, 9)});
  std::vector<BadIndex> cases = {
      {"missing shard",
       {{"a", "s1.safetensors"}, {"z", "gone.safetensors"}},
       "shard 'gone.safetensors'"},
      {"tensor absent from its shard",
       {{"a", "s1.safetensors"}, {"q", "s1.safetensors"}},
       "tensor 'q' in shard 's1.safetensors', which does not contain it"},
      {"escape with ..", {{"a", "../s1.safetensors"}}, "not a file inside the model directory"},
      {"absolute shard", {{"a", "/etc/passwd"}}, "not a file inside the model directory"},
      {"shard not string", {{"a", 3}}, "is not a string"},
      {"tensor in two shards",
       {{"a", "s1.safetensors"}, {"b", "s2.safetensors"}},
       "tensor 'a' is in two files"},
  };
  for (const auto& c : cases) {
    write_index(dir.path(), c.weight_map);
    auto ckpt = Checkpoint::open(dir.path());
    ASSERT_FALSE(ckpt.ok()) << c.label;
    EXPECT_NE(ckpt.error().message().find(c.expected), std::string::npos)
        << c.label << ": " << ckpt.error().message();
  }
  testing::write_file(dir / "model.safetensors.index.json", "{\"weight_map\": [");
  auto not_json = Checkpoint::open(dir.path());
  ASSERT_FALSE(not_json.ok());
  EXPECT_NE(not_json.error().message().find("index.json: not valid JSON"), std::string::npos);
  testing::write_file(dir / "model.safetensors.index.json", "{\"metadata\": {}}");
  auto no_map = Checkpoint::open(dir.path());
  ASSERT_FALSE(no_map.ok());
  EXPECT_NE(no_map.error().message().find("missing field 'weight_map'"), std::string::npos);
}

TEST(Checkpoint, BadShardContentNamesTheFile) {
  testing::ScratchDir dir("ckpt-bad-shard");
  testing::write_file(dir / "model.safetensors",
                      std::string("\x02\x00\x00\x00\x00\x00\x00\x00[]", 10));
  auto ckpt = Checkpoint::open(dir.path());
  ASSERT_FALSE(ckpt.ok());
  EXPECT_NE(ckpt.error().message().find((dir / "model.safetensors").string() +
                                        ": header JSON is not an object"),
            std::string::npos);
  testing::ScratchDir empty("ckpt-empty");
  auto none = Checkpoint::open(empty.path());
  ASSERT_FALSE(none.ok());
  EXPECT_EQ(none.error().category(), ErrorCategory::kNotFound);
}

// A one-layer checkpoint with up_proj packed at 4 bits, group 32 (in = 64, out = 4).
ModelConfig quantized_config(const json& quantization) {
  json j = {{"model_type", "llama"},       {"hidden_size", 64},        {"intermediate_size", 4},
            {"num_hidden_layers", 1},      {"num_attention_heads", 8}, {"vocab_size", 16},
            {"quantization", quantization}};
  auto c = parse_model_config(j.dump());
  EXPECT_TRUE(c.ok()) << c.error().message();
  return *c;
}

TEST(QuantizedLayer, PackedAndFloatModules) {
  testing::ScratchDir dir("ckpt-quant");
  write(dir / "model.safetensors", {filled("up.weight", DType::kU32, {4, 8}, 1),
                                    finite_f16(filled("up.scales", DType::kF16, {4, 2}, 2)),
                                    finite_f16(filled("up.biases", DType::kF16, {4, 2}, 3)),
                                    filled("down.weight", DType::kF16, {64, 4}, 4),
                                    finite_f16(filled("down.bias", DType::kF16, {64}, 5))});
  auto ckpt = Checkpoint::open(dir.path());
  ASSERT_TRUE(ckpt.ok()) << ckpt.error().message();
  ModelConfig config = quantized_config({{"bits", 4}, {"group_size", 32}});
  auto up = resolve_linear(*ckpt, config, "up");
  ASSERT_TRUE(up.ok()) << up.error().message();
  EXPECT_TRUE(up->packed);
  EXPECT_EQ(up->spec, (QuantSpec{4, 32}));
  EXPECT_EQ(up->out_features, 4);
  EXPECT_EQ(up->in_features, 64);
  auto down = resolve_linear(*ckpt, config, "down");
  ASSERT_TRUE(down.ok()) << down.error().message();
  EXPECT_FALSE(down->packed);
  EXPECT_EQ(down->in_features, 4);
  ASSERT_TRUE(down->bias.has_value());

  // The same packed tensors read with a different spec no longer fit.
  for (const auto& [q, expected] : std::vector<std::pair<json, const char*>>{
           {json{{"bits", 8}, {"group_size", 32}}, "scales must be [4, 1], got [4, 2]"},
           {json{{"bits", 4}, {"group_size", 64}}, "scales must be [4, 1], got [4, 2]"},
           {json{{"bits", 3}, {"group_size", 32}}, "does not unpack to a whole number of groups"},
           {json{{"bits", 4}, {"group_size", 32}, {"up", false}}, "excludes it"},
       }) {
    auto r = resolve_linear(*ckpt, quantized_config(q), "up");
    ASSERT_FALSE(r.ok()) << q.dump();
    EXPECT_NE(r.error().message().find(expected), std::string::npos) << r.error().message();
    EXPECT_NE(r.error().message().find("module 'up'"), std::string::npos);
  }
  auto missing = resolve_linear(*ckpt, config, "gate");
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.error().category(), ErrorCategory::kNotFound);
}

TEST(QuantizedLayer, WrongQuantizedShapesAndDtypes) {
  testing::ScratchDir dir("ckpt-quant-bad");
  write(dir / "model.safetensors",
        {filled("a.weight", DType::kU32, {4, 8}, 1), filled("a.scales", DType::kF16, {4, 2}, 2),
         filled("a.biases", DType::kF32, {4, 2}, 3),  // dtype mismatch
         filled("b.weight", DType::kF16, {4, 16}, 1), filled("b.scales", DType::kF16, {4, 2}, 2),
         filled("b.biases", DType::kF16, {4, 2}, 3),  // weight not U32
         filled("c.weight", DType::kU32, {4, 8}, 1), filled("c.scales", DType::kF16, {3, 2}, 2),
         filled("c.biases", DType::kF16, {3, 2}, 3),  // rows differ
         filled("d.weight", DType::kU32, {4, 8}, 1),
         filled("d.scales", DType::kF16, {4, 2}, 2),  // no biases
         filled("e.weight", DType::kU32, {4, 8}, 1), filled("e.scales", DType::kI32, {4, 2}, 2),
         filled("e.biases", DType::kI32, {4, 2}, 3),  // int scales
         filled("f.weight", DType::kU32, {32}, 1)});  // 1-D weight
  auto ckpt = Checkpoint::open(dir.path());
  ASSERT_TRUE(ckpt.ok()) << ckpt.error().message();
  ModelConfig config = quantized_config({{"bits", 4}, {"group_size", 32}});
  for (const auto& [module, expected] : std::vector<std::pair<std::string, const char*>>{
           {"a", "biases dtype F32 differs from scales dtype F16"},
           {"b", "weight dtype is F16, expected U32"},
           {"c", "scales must be [4, 2], got [3, 2]"},
           {"d", "has no '.biases' tensor"},
           {"e", "scales dtype is I32"},
           {"f", "expected 2 dimensions"},
       }) {
    auto r = resolve_linear(*ckpt, config, module);
    ASSERT_FALSE(r.ok()) << module;
    EXPECT_NE(r.error().message().find(expected), std::string::npos)
        << module << ": " << r.error().message();
  }
  auto r = resolve_linear(*ckpt, config, "c");
  EXPECT_NE(r.error().message().find("wrong quantized shapes"), std::string::npos);
  ModelConfig unquantized = *parse_model_config(
      R"({"model_type":"llama","hidden_size":64,"intermediate_size":4,"num_hidden_layers":1,"num_attention_heads":8,"vocab_size":16})");
  auto u = resolve_linear(*ckpt, unquantized, "a");
  ASSERT_FALSE(u.ok());
  EXPECT_NE(u.error().message().find("quantization block is absent"), std::string::npos);
}

}  // namespace
}  // namespace mlxla::checkpoint
