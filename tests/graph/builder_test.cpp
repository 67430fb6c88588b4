// Builder: StableHLO result-type inference per op, and aborts naming the op on misuse.
// ctest-labels: unit
#include "graph/builder.h"

#include <gtest/gtest.h>

#include "graph/literal.h"

namespace mlxla::graph {
namespace {

using E = ElementType;
using Shape = std::vector<int64_t>;

TEST(Builder, ElementFactsAndTypeText) {
  EXPECT_EQ(element_size(E::kBF16), 2u);
  EXPECT_EQ(element_size(E::kI1), 1u);
  EXPECT_EQ(element_name(E::kU32), "ui32");
  EXPECT_TRUE(is_integer(E::kU8));
  EXPECT_FALSE(is_integer(E::kI1));
  EXPECT_EQ(to_string(TensorType{E::kF32, {2, 64}}), "tensor<2x64xf32>");
  EXPECT_EQ(to_string(TensorType{E::kI32, {}}), "tensor<i32>");
  EXPECT_EQ(op_name(OpKind::kDotGeneral), "dot_general");
  EXPECT_TRUE(is_elementwise_binary(OpKind::kOr));
  EXPECT_FALSE(is_elementwise_binary(OpKind::kNegate));
  EXPECT_TRUE(is_elementwise_unary(OpKind::kCosine));
}

TEST(Builder, ShapeOps) {
  Module m;
  Builder b(m, "main");
  const ValueId x = b.parameter({E::kF32, {2, 3}}, "x");
  EXPECT_EQ(b.shape(b.broadcast_in_dim(x, {4, 2, 3}, {1, 2})), (Shape{4, 2, 3}));
  EXPECT_EQ(b.shape(b.broadcast_in_dim(b.reshape(x, {6, 1}), {6, 5}, {0, 1})), (Shape{6, 5}));
  EXPECT_EQ(b.shape(b.transpose(x, {1, 0})), (Shape{3, 2}));
  EXPECT_EQ(b.shape(b.slice(x, {0, 1}, {2, 3})), (Shape{2, 2}));
  EXPECT_EQ(b.shape(b.slice(x, {0, 0}, {2, 3}, {1, 2})), (Shape{2, 2}));
  const ValueId zero = b.splat_i32(0, {});
  EXPECT_EQ(b.shape(b.dynamic_slice(x, {zero, zero}, {1, 3})), (Shape{1, 3}));
  const ValueId update = b.splat_f32(1.0f, {1, 3});
  const ValueId updated = b.dynamic_update_slice(x, update, {zero, zero});
  EXPECT_EQ(b.type(updated), b.type(x));
  EXPECT_EQ(b.shape(b.concatenate({x, x, update}, 0)), (Shape{5, 3}));
  EXPECT_EQ(b.type(b.convert(x, E::kBF16)).element, E::kBF16);
  EXPECT_EQ(b.type(b.iota(E::kI32, {4, 8}, 1)), (TensorType{E::kI32, {4, 8}}));
}

TEST(Builder, GatherFollowsStableHloRules) {
  Module m;
  Builder b(m, "main");
  // Embedding lookup: table [V, D], ids [T, 1] -> [T, D].
  const ValueId table = b.parameter({E::kF32, {100, 16}}, "table");
  const ValueId ids = b.parameter({E::kI32, {5, 1}}, "ids");
  GatherAttrs g;
  g.offset_dims = {1};
  g.collapsed_slice_dims = {0};
  g.start_index_map = {0};
  g.index_vector_dim = 1;
  g.slice_sizes = {1, 16};
  EXPECT_EQ(b.shape(b.gather(table, ids, g)), (Shape{5, 16}));
  // Implicit index vector (index_vector_dim == rank) and an uncollapsed slice dim in front.
  const ValueId ids2 = b.parameter({E::kI32, {3, 4}}, "ids2");
  GatherAttrs h;
  h.offset_dims = {0, 3};
  h.collapsed_slice_dims = {};
  h.start_index_map = {0};
  h.index_vector_dim = 2;
  h.slice_sizes = {2, 16};
  EXPECT_EQ(b.shape(b.gather(table, ids2, h)), (Shape{2, 3, 4, 16}));
}

TEST(Builder, ElementwiseReduceDot) {
  Module m;
  Builder b(m, "main");
  const ValueId a = b.parameter({E::kF32, {2, 8, 4}}, "a");
  const ValueId c = b.parameter({E::kF32, {2, 4, 5}}, "c");
  EXPECT_EQ(b.type(b.compare(a, a, CompareDirection::kLt)).element, E::kI1);
  const ValueId pred = b.compare(a, a, CompareDirection::kGe);
  // type() returns a reference into the function's value table: copy before adding ops.
  const TensorType a_type = b.type(a);
  const ValueId selected = b.select(pred, a, a);
  EXPECT_EQ(b.type(selected), a_type);
  EXPECT_EQ(b.shape(b.reduce(a, b.splat_f32(0.0f, {}), {2}, ReduceBody::kAdd)), (Shape{2, 8}));
  DotGeneralAttrs dims;
  dims.lhs_batching_dims = {0};
  dims.rhs_batching_dims = {0};
  dims.lhs_contracting_dims = {2};
  dims.rhs_contracting_dims = {1};
  EXPECT_EQ(b.type(b.dot_general(a, c, dims)), (TensorType{E::kF32, {2, 8, 5}}));
  // f16 inputs accumulate into f32; integer inputs keep their type.
  const ValueId h = b.convert(a, E::kF16);
  const ValueId hc = b.convert(c, E::kF16);
  EXPECT_EQ(b.type(b.dot_general(h, hc, dims)).element, E::kF32);
  const ValueId ia = b.convert(a, E::kI32);
  const ValueId ic = b.convert(c, E::kI32);
  EXPECT_EQ(b.type(b.dot_general(ia, ic, dims)).element, E::kI32);
  const ValueId u = b.parameter({E::kU32, {4}}, "u");
  EXPECT_EQ(b.type(b.shift_right_logical(u, b.splat_u32(4, {4}))).element, E::kU32);
}

TEST(Builder, CompositeTakesDecompositionSignature) {
  Module m;
  {
    Builder d(m, "mlxla.double");
    const ValueId x = d.parameter({E::kF32, {4}}, "x");
    d.return_values({d.add(x, x)});
  }
  Builder b(m, "main");
  const ValueId x = b.parameter({E::kF32, {4}}, "x");
  const auto results = b.composite("mlxla.double", {x}, {{"k", int64_t{2}}}, "mlxla.double");
  ASSERT_EQ(results.size(), 1u);
  EXPECT_EQ(b.type(results[0]), (TensorType{E::kF32, {4}}));
  b.return_values({results[0]}, {"y"});
  EXPECT_EQ(m.main().result_types(), std::vector<TensorType>{(TensorType{E::kF32, {4}})});
  EXPECT_EQ(m.find("missing"), nullptr);
}

TEST(Builder, AliasMarksParameter) {
  Module m;
  Builder b(m, "main");
  const ValueId cache = b.parameter({E::kF32, {8}}, "cache", ParamRole::kKvCache);
  const ValueId one = b.splat_f32(1.0f, {8});
  b.return_values({b.add(cache, one)});
  b.alias(cache, 0);
  EXPECT_EQ(m.main().parameters[0].aliased_result, 0);
}

TEST(Builder, SplatsEncodeEachElementType) {
  EXPECT_EQ(float_to_f16_bits(1.0f), 0x3C00);
  EXPECT_EQ(float_to_f16_bits(65520.0f), 0x7C00);
  EXPECT_EQ(float_to_f16_bits(65519.0f), 0x7BFF);
  EXPECT_EQ(float_to_f16_bits(-0.0f), 0x8000);
  EXPECT_EQ(f16_bits_to_float(0x0001), 5.9604644775390625e-08f);
  EXPECT_EQ(float_to_bf16_bits(1.0f), 0x3F80);
  EXPECT_EQ(bf16_bits_to_float(0x3F80), 1.0f);
  const auto bytes = encode_scalar(E::kF16, 0.5);
  ASSERT_EQ(bytes.size(), 2u);
  EXPECT_EQ(decode_element(E::kF16, bytes.data(), 0), 0.5);
  EXPECT_EQ(decode_element(E::kI32, encode_scalar(E::kI32, -7).data(), 0), -7.0);
  // Every f16 survives f16 -> f32 -> f16 (NaNs excepted).
  for (uint32_t h = 0; h < 0x10000; ++h) {
    if ((h & 0x7C00) == 0x7C00 && (h & 0x3FF) != 0) continue;
    ASSERT_EQ(float_to_f16_bits(f16_bits_to_float(static_cast<uint16_t>(h))), h) << h;
  }
}

using BuilderDeathTest = ::testing::Test;

TEST_F(BuilderDeathTest, MisuseAbortsNamingTheOp) {
  GTEST_FLAG_SET(death_test_style, "threadsafe");
  Module m;
  Builder b(m, "main");
  const ValueId a = b.parameter({E::kF32, {2, 64}}, "a");
  const ValueId c = b.parameter({E::kF32, {32, 4}}, "c");
  DotGeneralAttrs dims;
  dims.lhs_contracting_dims = {1};
  dims.rhs_contracting_dims = {0};
  EXPECT_DEATH(b.dot_general(a, c, dims),
               "stablehlo.dot_general: contracting dim 1 of lhs \\(64\\) != dim 0 of rhs \\(32\\)");
  EXPECT_DEATH(b.add(a, c), "stablehlo.add: operand types differ");
  EXPECT_DEATH(b.reshape(a, {3, 5}), "stablehlo.reshape: .*counts differ");
  EXPECT_DEATH(b.broadcast_in_dim(a, {4, 64}, {0, 1}), "stablehlo.broadcast_in_dim: operand dim 0");
  EXPECT_DEATH(b.slice(a, {0, 0}, {3, 64}), "stablehlo.slice: bad bounds in dim 0");
  EXPECT_DEATH(b.transpose(a, {0, 0}), "stablehlo.transpose: .*not a permutation");
  EXPECT_DEATH(b.exponential(b.convert(a, E::kI32)), "stablehlo.exponential: needs float");
  EXPECT_DEATH(b.reduce(a, b.splat_f32(0, {1}), {1}, ReduceBody::kAdd), "stablehlo.reduce: init");
  EXPECT_DEATH(b.composite("x", {a}, {}, "nowhere"), "stablehlo.composite: decomposition @nowhere");
}

}  // namespace
}  // namespace mlxla::graph
