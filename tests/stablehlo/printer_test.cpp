// The StableHLO printer: exact text of tiny modules in both forms, exact float literals, and
// (when mlir-opt-16 is installed) the generic form of a module using every op kind parses.
// ctest-labels: unit
#include "stablehlo/printer.h"

#include <bit>
#include <cstdlib>
#include <filesystem>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "graph/builder.h"
#include "graph/literal.h"
#include "graph/verifier.h"
#include "stablehlo/mlir_text.h"
#include "support/test_support.h"

namespace mlxla::stablehlo {
namespace {

using graph::Builder;
using graph::ElementType;
using graph::ValueId;
using E = ElementType;
using ::testing::HasSubstr;

// main(x: 2x4, w: 4x3 weight, cache: 2x3 aliased with result 1) -> (y, cache'), where
// y = composite "mlxla.scale"(dot(x, w)) and cache' = cache + y.
graph::Module tiny_module() {
  graph::Module m;
  {
    Builder d(m, "mlxla.scale.impl");
    const ValueId a = d.parameter({E::kF32, {2, 3}}, "a");
    const ValueId two = d.splat_f32(2.0f, {2, 3});
    d.return_values({d.multiply(a, two)});
  }
  Builder b(m, "main");
  const ValueId x = b.parameter({E::kF32, {2, 4}}, "x");
  const ValueId w = b.parameter({E::kF32, {4, 3}}, "w", graph::ParamRole::kWeight);
  const ValueId cache = b.parameter({E::kF32, {2, 3}}, "cache", graph::ParamRole::kKvCache);
  graph::DotGeneralAttrs dims;
  dims.lhs_contracting_dims = {1};
  dims.rhs_contracting_dims = {0};
  const ValueId y = b.dot_general(x, w, dims);
  const ValueId scaled = b.composite("mlxla.scale", {y}, {{"factor", int64_t{2}}, {"eps", 1e-5}},
                                     "mlxla.scale.impl")[0];
  b.return_values({scaled, b.add(cache, scaled)}, {"y", "cache"});
  b.alias(cache, 1);
  return m;
}

TEST(Printer, PrettyFormOfTinyModule) {
  const graph::Module m = tiny_module();
  ASSERT_TRUE(graph::verify(m).ok());
  const std::string expected =
      "module @mlxla {\n"
      "  func.func private @mlxla.scale.impl(%arg0: tensor<2x3xf32> {mlxla.name = \"a\"}) -> "
      "(tensor<2x3xf32>) {\n"
      "    %0 = stablehlo.constant dense<2.0> : tensor<2x3xf32>\n"
      "    %1 = stablehlo.multiply %arg0, %0 : tensor<2x3xf32>\n"
      "    return %1 : tensor<2x3xf32>\n"
      "  }\n"
      "  func.func @main(%arg0: tensor<2x4xf32> {mlxla.name = \"x\"}, %arg1: tensor<4x3xf32> "
      "{mlxla.name = \"w\"}, "
      "%arg2: tensor<2x3xf32> {mlxla.name = \"cache\", tf.aliasing_output = 1 : i32}) -> "
      "(tensor<2x3xf32> {mlxla.name = \"y\"}, tensor<2x3xf32> {mlxla.name = \"cache\"}) {\n"
      "    %0 = stablehlo.dot_general %arg0, %arg1, contracting_dims = [1] x [0] : "
      "(tensor<2x4xf32>, tensor<4x3xf32>) -> tensor<2x3xf32>\n"
      "    %1 = stablehlo.composite \"mlxla.scale\" %0 {composite_attributes = {eps = 1.0e-05 : "
      "f64, "
      "factor = 2 : i64}, decomposition = @mlxla.scale.impl} : (tensor<2x3xf32>) -> "
      "tensor<2x3xf32>\n"
      "    %2 = stablehlo.add %arg2, %1 : tensor<2x3xf32>\n"
      "    return %1, %2 : tensor<2x3xf32>, tensor<2x3xf32>\n"
      "  }\n"
      "}\n";
  EXPECT_EQ(print_module(m), expected);
}

TEST(Printer, GenericFormOfTinyModule) {
  const graph::Module m = tiny_module();
  const std::string text = print_module(m, {PrintForm::kGeneric});
  EXPECT_THAT(text,
              HasSubstr("    %0 = \"stablehlo.dot_general\"(%arg0, %arg1) {dot_dimension_numbers = "
                        "#stablehlo.dot<"
                        "lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : "
                        "(tensor<2x4xf32>, tensor<4x3xf32>) -> tensor<2x3xf32>\n"));
  EXPECT_THAT(text, HasSubstr("    %1 = \"stablehlo.composite\"(%0) {composite_attributes = {eps = "
                              "1.0e-05 : f64, factor = 2 : i64}, "
                              "decomposition = @mlxla.scale.impl, name = \"mlxla.scale\"} : "
                              "(tensor<2x3xf32>) -> tensor<2x3xf32>\n"));
  EXPECT_THAT(text, HasSubstr("    %0 = \"stablehlo.constant\"() {value = dense<2.0> : "
                              "tensor<2x3xf32>} : () -> tensor<2x3xf32>\n"));
  EXPECT_THAT(
      text, HasSubstr("    \"func.return\"(%1, %2) : (tensor<2x3xf32>, tensor<2x3xf32>) -> ()\n"));
  // Same module, same bytes.
  EXPECT_EQ(text, print_module(tiny_module(), {PrintForm::kGeneric}));
}

TEST(Printer, FloatLiteralsAreExact) {
  EXPECT_EQ(format_float(E::kF32, std::bit_cast<uint32_t>(1.0f)), "1.0");
  EXPECT_EQ(format_float(E::kF32, std::bit_cast<uint32_t>(-0.0f)), "-0.0");
  EXPECT_EQ(format_float(E::kF32, std::bit_cast<uint32_t>(1e-5f)), "1.0e-05");
  EXPECT_EQ(format_float(E::kF32, std::bit_cast<uint32_t>(0.1f)), "0.1");
  EXPECT_EQ(format_float(E::kF32, 0xFF800000u), "0xFF800000");  // -inf
  EXPECT_EQ(format_float(E::kF32, 0x7FC00000u), "0x7FC00000");  // NaN
  EXPECT_EQ(format_float(E::kF16, 0x3C00u), "1.0");
  EXPECT_EQ(format_float(E::kF16, 0x7C00u), "0x7C00");
  EXPECT_EQ(format_float(E::kBF16, 0x3F80u), "1.0");
  // Every printed f32 reads back (as MLIR does: strtod, then round) to the same bits, over a
  // spread of patterns including subnormals and the largest finite values.
  for (uint64_t i = 0; i < 200000; ++i) {
    const auto bits = static_cast<uint32_t>(i * 21473ull + (i << 21));
    const float value = std::bit_cast<float>(bits);
    const std::string text = format_float(E::kF32, bits);
    if (!std::isfinite(value)) continue;
    ASSERT_NE(text.find('.'), std::string::npos) << text;
    ASSERT_EQ(std::bit_cast<uint32_t>(static_cast<float>(std::strtod(text.c_str(), nullptr))), bits)
        << text;
  }
  for (uint32_t h = 0; h < 0x10000; ++h) {
    const std::string text = format_float(E::kF16, h);
    if (text.rfind("0x", 0) == 0) continue;
    ASSERT_EQ(graph::float_to_f16_bits(static_cast<float>(std::strtod(text.c_str(), nullptr))), h)
        << text;
  }
}

TEST(Printer, DenseLiterals) {
  graph::Module m;
  Builder b(m, "main");
  const std::vector<int32_t> ints{1, -2, 3, 4, 5, 6};
  const ValueId c = b.constant_i32(ints, {2, 3});
  const std::vector<float> floats{0.5f, -1.0f};
  const ValueId f = b.constant_f32(floats, {2});
  const ValueId big = b.constant_f32(std::vector<float>(300, 1.0f), {300});
  b.return_values({c, f, big});
  const std::string text = print_module(m);
  EXPECT_THAT(text,
              HasSubstr("stablehlo.constant dense<[[1, -2, 3], [4, 5, 6]]> : tensor<2x3xi32>"));
  EXPECT_THAT(text, HasSubstr("stablehlo.constant dense<[0.5, -1.0]> : tensor<2xf32>"));
  EXPECT_THAT(text, HasSubstr("stablehlo.constant dense<\"0x0000803F0000803F"));
  EXPECT_EQ(symbol_ref("a-b"), "@\"a-b\"");
  EXPECT_EQ(quote("a\"b\n"), "\"a\\22b\\0A\"");
}

// Every op kind the IR has, for the parse test.
graph::Module every_op_module() {
  graph::Module m;
  {
    Builder d(m, "mlxla.id");
    const ValueId a = d.parameter({E::kF32, {4, 8}}, "a");
    d.return_values({a});
  }
  Builder b(m, "main");
  const ValueId x = b.parameter({E::kF32, {4, 8}}, "x");
  const ValueId ids = b.parameter({E::kI32, {3, 1}}, "ids");
  const ValueId packed = b.parameter({E::kU32, {4, 2}}, "packed", graph::ParamRole::kWeight);
  const ValueId cache = b.parameter({E::kF32, {8, 8}}, "cache", graph::ParamRole::kKvCache);
  const ValueId pos = b.parameter({E::kI32, {}}, "pos");
  const ValueId iota = b.iota(E::kI32, {4, 8}, 1);
  const ValueId h = b.convert(x, E::kBF16);
  const ValueId bc =
      b.broadcast_in_dim(b.splat_f32(-std::numeric_limits<float>::infinity(), {}), {4, 8}, {});
  const ValueId rs = b.reshape(x, {8, 4});
  const ValueId tr = b.transpose(rs, {1, 0});
  const ValueId sl = b.slice(tr, {0, 0}, {4, 8}, {1, 2});
  (void)sl;
  const ValueId zero = b.splat_i32(0, {});
  const ValueId ds = b.dynamic_slice(cache, {pos, zero}, {4, 8});
  const ValueId dus = b.dynamic_update_slice(cache, x, {pos, zero});
  const ValueId cat = b.concatenate({x, ds}, 0);
  graph::GatherAttrs g;
  g.offset_dims = {1};
  g.collapsed_slice_dims = {0};
  g.start_index_map = {0};
  g.index_vector_dim = 1;
  g.slice_sizes = {1, 8};
  const ValueId gathered = b.gather(x, ids, g);
  const ValueId shifted = b.shift_right_logical(packed, b.splat_u32(4, {4, 2}));
  const ValueId masked = b.bitwise_or(b.bitwise_and(shifted, b.splat_u32(15, {4, 2})), packed);
  ValueId v = b.add(x, bc);
  v = b.subtract(v, b.multiply(v, b.divide(v, b.maximum(v, b.minimum(v, x)))));
  v = b.negate(b.exponential(b.log(b.rsqrt(b.sqrt(b.logistic(b.tanh(b.sine(b.cosine(v)))))))));
  const ValueId lt =
      b.compare(iota, b.broadcast_in_dim(pos, {4, 8}, {}), graph::CompareDirection::kLt);
  const ValueId sel = b.select(lt, v, x);
  const ValueId mx = b.reduce(sel, b.splat_f32(0.0f, {}), {1}, graph::ReduceBody::kMaximum);
  const ValueId any = b.reduce(lt, b.splat(E::kI1, 0, {}), {0, 1}, graph::ReduceBody::kOr);
  graph::DotGeneralAttrs dims;
  dims.lhs_contracting_dims = {1};
  dims.rhs_contracting_dims = {1};
  const ValueId dot = b.dot_general(h, b.convert(tr, E::kBF16), dims);
  graph::DotGeneralAttrs outer;  // no contracting dims: printed generically even in pretty form
  const ValueId outer_product = b.dot_general(mx, mx, outer);
  const ValueId comp = b.composite(
      "mlxla.id", {x},
      {{"axes", std::vector<int64_t>{0, 1}}, {"name", std::string("q\"")}, {"flag", true}},
      "mlxla.id", 1)[0];
  const std::vector<float> table{1.0f, 0.1f, 3.0f, -0.0f};
  const ValueId lit = b.constant_f32(table, {2, 2});
  const ValueId h16 = b.splat(E::kF16, 0.1, {2});
  b.return_values({cat, gathered, masked, any, dot, outer_product, comp, lit, h16, dus});
  b.alias(cache, 9);
  return m;
}

TEST(Printer, EveryOpKindPrintsInBothForms) {
  const graph::Module m = every_op_module();
  const Status status = graph::verify(m);
  ASSERT_TRUE(status.ok()) << status.error().message();
  const std::string pretty = print_module(m);
  EXPECT_THAT(pretty,
              HasSubstr("stablehlo.slice %5 [0:4, 0:8:2] : (tensor<4x8xf32>) -> tensor<4x4xf32>"));
  EXPECT_THAT(pretty, HasSubstr("stablehlo.compare LT, %0, "));
  EXPECT_THAT(pretty, HasSubstr("stablehlo.reduce(%"));
  EXPECT_THAT(pretty, HasSubstr(" applies stablehlo.maximum across dimensions = [1] : "
                                "(tensor<4x8xf32>, tensor<f32>) -> tensor<4xf32>"));
  EXPECT_THAT(pretty, HasSubstr("stablehlo.constant dense<0xFF800000> : tensor<f32>"));
  EXPECT_THAT(pretty, HasSubstr("version = 1 : i32"));
  EXPECT_THAT(pretty,
              HasSubstr("\"stablehlo.gather\"(%arg0, %arg1) {dimension_numbers = "
                        "#stablehlo.gather<offset_dims = [1], "
                        "collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, "
                        "indices_are_sorted = false, slice_sizes = array<i64: 1, 8>}"));
  const std::string generic = print_module(m, {PrintForm::kGeneric});
  EXPECT_THAT(generic, HasSubstr("{comparison_direction = #stablehlo<comparison_direction LT>}"));
  EXPECT_THAT(generic, HasSubstr("\"stablehlo.return\"(%acc"));
  EXPECT_EQ(generic.find("stablehlo.add %"), std::string::npos);
}

std::string find_mlir_opt() {
  for (const char* path : {"/usr/bin/mlir-opt-16", "/usr/lib/llvm-16/bin/mlir-opt"}) {
    if (std::filesystem::exists(path)) return path;
  }
  return "";
}

TEST(Printer, GenericFormParsesWithMlirOpt) {
  const std::string mlir_opt = find_mlir_opt();
  if (mlir_opt.empty())
    GTEST_SKIP() << "mlir-opt-16 is not installed (Debian package mlir-16-tools)";
  testing::ScratchDir dir("printer_test");
  for (const graph::Module& m : {tiny_module(), every_op_module()}) {
    const std::string text = print_module(m, {PrintForm::kGeneric});
    testing::write_file(dir / "module.mlir", text);
    const auto result = testing::run_program(
        {mlir_opt, "--allow-unregistered-dialect", (dir / "module.mlir").string()});
    EXPECT_EQ(result.exit_code, 0) << result.err << "\n" << text;
    // A second round trip through mlir-opt's generic printer is stable: the parse kept everything.
    EXPECT_THAT(result.out, HasSubstr("tf.aliasing_output"));
  }
}

}  // namespace
}  // namespace mlxla::stablehlo
