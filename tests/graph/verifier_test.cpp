// Verifier: a well-formed module passes; each hand-broken module is rejected with a message
// naming the function, the op index and the op.
// ctest-labels: unit
#include "graph/verifier.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "graph/builder.h"

namespace mlxla::graph {
namespace {

using E = ElementType;
using ::testing::HasSubstr;

// main(x: 2x64, w: 64x32, cache: 4x32 aliased) -> (dot(x, w) reduced, updated cache), with a
// composite whose decomposition doubles its input.
Module make_valid() {
  Module m;
  {
    Builder d(m, "mlxla.double");
    const ValueId x = d.parameter({E::kF32, {2, 32}}, "x");
    d.return_values({d.add(x, x)});
  }
  Builder b(m, "main");
  const ValueId x = b.parameter({E::kF32, {2, 64}}, "x");                               // %0
  const ValueId w = b.parameter({E::kF32, {64, 32}}, "w", ParamRole::kWeight);          // %1
  const ValueId cache = b.parameter({E::kF32, {4, 32}}, "cache", ParamRole::kKvCache);  // %2
  DotGeneralAttrs dims;
  dims.lhs_contracting_dims = {1};
  dims.rhs_contracting_dims = {0};
  const ValueId y = b.dot_general(x, w, dims);                                          // op #0
  const ValueId doubled = b.composite("mlxla.double", {y}, {}, "mlxla.double")[0];      // op #1
  const ValueId zero = b.splat_i32(0, {});                                              // op #2
  const ValueId updated = b.dynamic_update_slice(cache, doubled, {zero, zero});         // op #3
  const ValueId sum = b.reduce(doubled, b.splat_f32(0.0f, {}), {1}, ReduceBody::kAdd);  // #4, #5
  b.return_values({sum, updated}, {"sum", "cache"});                                    // op #6
  b.alias(cache, 1);
  return m;
}

std::string failure(const Module& m) {
  const Status s = verify(m);
  EXPECT_FALSE(s.ok()) << "expected the verifier to reject the module";
  return s.ok() ? std::string() : s.error().message();
}

TEST(Verifier, AcceptsBuilderOutput) {
  const Module m = make_valid();
  const Status s = verify(m);
  EXPECT_TRUE(s.ok()) << s.error().message();
}

TEST(Verifier, ContractingDimMismatch) {
  Module m = make_valid();
  Function& f = m.main();
  f.types[1] = TensorType{E::kF32, {32, 32}};  // w no longer contracts with x
  EXPECT_EQ(
      failure(m),
      "main: op #0 stablehlo.dot_general: contracting dim 1 of lhs (64) != dim 0 of rhs (32)");
}

TEST(Verifier, RecordedResultTypeDisagreesWithRules) {
  Module m = make_valid();
  Function& f = m.main();
  f.types[static_cast<size_t>(f.ops[0].results[0])] = TensorType{E::kF16, {2, 32}};
  EXPECT_THAT(failure(m),
              HasSubstr("main: op #0 stablehlo.dot_general: result 0 is tensor<2x32xf16>"));
}

TEST(Verifier, UseBeforeDefinition) {
  Module m = make_valid();
  Function& f = m.main();
  std::swap(f.ops[0], f.ops[1]);  // the composite now reads the dot result before it exists
  EXPECT_THAT(failure(m), HasSubstr("main: op #0 stablehlo.composite: operand 0"));
  EXPECT_THAT(failure(m), HasSubstr("used before it is defined"));
}

TEST(Verifier, ValueDefinedTwice) {
  Module m = make_valid();
  Function& f = m.main();
  f.ops[2].results[0] = f.ops[0].results[0];
  EXPECT_THAT(failure(m), HasSubstr("main: op #2 stablehlo.constant: result %"));
  EXPECT_THAT(failure(m), HasSubstr("defined twice"));
}

TEST(Verifier, MissingReturn) {
  Module m = make_valid();
  m.main().ops.pop_back();
  EXPECT_EQ(failure(m), "main: does not end with stablehlo.return");
}

TEST(Verifier, ReturnInTheMiddle) {
  Module m = make_valid();
  Function& f = m.main();
  Op ret;
  ret.kind = OpKind::kReturn;
  f.ops.insert(f.ops.begin() + 1, ret);
  EXPECT_THAT(failure(m), HasSubstr("main: op #1 stablehlo.return: return is not the last op"));
}

TEST(Verifier, MissingDecomposition) {
  Module m = make_valid();
  std::get<CompositeAttrs>(m.main().ops[1].attrs).decomposition = "mlxla.nowhere";
  EXPECT_THAT(failure(m),
              HasSubstr("main: op #1 stablehlo.composite: decomposition @mlxla.nowhere"));
}

TEST(Verifier, DecompositionSignatureMismatch) {
  Module m = make_valid();
  Function* d = m.find("mlxla.double");
  ASSERT_NE(d, nullptr);
  d->types[0] = TensorType{E::kF32, {2, 16}};
  d->types[1] = TensorType{E::kF32, {2, 16}};
  // The decomposition is verified first (it comes first) and is self-consistent; main is not.
  EXPECT_THAT(
      failure(m),
      HasSubstr("main: op #1 stablehlo.composite: operand 0 tensor<2x32xf32> != parameter 0"));
}

TEST(Verifier, AliasedParameterTypeMismatch) {
  Module m = make_valid();
  Function& f = m.main();
  f.parameters[2].aliased_result = 0;  // the cache (4x32) cannot alias the sum (2)
  EXPECT_THAT(failure(m), HasSubstr("main: parameter cache tensor<4x32xf32> aliases result 0"));
}

TEST(Verifier, AliasOutOfRange) {
  Module m = make_valid();
  m.main().parameters[2].aliased_result = 5;
  EXPECT_THAT(failure(m), HasSubstr("aliases result 5 of 2"));
}

TEST(Verifier, BadAttributes) {
  {
    Module m = make_valid();
    std::get<ReduceAttrs>(m.main().ops[5].attrs).dimensions = {2};
    EXPECT_THAT(failure(m), HasSubstr("main: op #5 stablehlo.reduce: dimension 2 out of range"));
  }
  {
    Module m = make_valid();
    m.main().ops[0].attrs = std::monostate{};
    EXPECT_EQ(failure(m), "main: op #0 stablehlo.dot_general: missing dot_general attributes");
  }
  {
    Module m = make_valid();
    std::get<ConstantAttrs>(m.main().ops[2].attrs).data.resize(3);
    EXPECT_THAT(failure(m),
                HasSubstr("main: op #2 stablehlo.constant: tensor<i32> splat needs 4 bytes"));
  }
}

TEST(Verifier, ElementwiseAndShapeOps) {
  Module m;
  Builder b(m, "main");
  const ValueId x = b.parameter({E::kF32, {4, 8}}, "x");
  const ValueId i = b.parameter({E::kI32, {4, 8}}, "i");
  const ValueId y = b.transpose(x, {1, 0});
  const ValueId s = b.slice(y, {0, 0}, {8, 2});
  b.return_values({s, b.add(i, i)});
  ASSERT_TRUE(verify(m).ok());
  {
    Module bad = m;
    bad.main().ops[2].operands[1] = x;  // add(i32, f32)
    EXPECT_THAT(failure(bad), HasSubstr("main: op #2 stablehlo.add: operand types differ"));
  }
  {
    Module bad = m;
    std::get<TransposeAttrs>(bad.main().ops[0].attrs).permutation = {1, 1};
    EXPECT_THAT(failure(bad), HasSubstr("main: op #0 stablehlo.transpose: permutation [1, 1]"));
  }
  {
    Module bad = m;
    std::get<SliceAttrs>(bad.main().ops[1].attrs).limit = {9, 2};
    EXPECT_THAT(failure(bad), HasSubstr("main: op #1 stablehlo.slice: bad bounds in dim 0"));
  }
  {
    Module bad = m;
    bad.main().ops[2].kind = OpKind::kShiftRightLogical;  // fine on i32
    EXPECT_TRUE(verify(bad).ok());
    bad.main().ops[2].kind = OpKind::kExponential;  // unary op with two operands, on ints
    EXPECT_THAT(failure(bad), HasSubstr("main: op #2 stablehlo.exponential: expects 1 operands"));
  }
}

TEST(Verifier, CompositeCycle) {
  Module m;
  {
    Builder a(m, "mlxla.a");
    const ValueId x = a.parameter({E::kF32, {2}}, "x");
    a.return_values({x});
  }
  {
    Builder b(m, "mlxla.b");
    const ValueId x = b.parameter({E::kF32, {2}}, "x");
    b.return_values({b.composite("a", {x}, {}, "mlxla.a")[0]});
  }
  Builder main(m, "main");
  const ValueId x = main.parameter({E::kF32, {2}}, "x");
  main.return_values({main.composite("b", {x}, {}, "mlxla.b")[0]});
  ASSERT_TRUE(verify(m).ok());
  // Make @mlxla.a call @mlxla.b: a -> b -> a.
  Function* a = m.find("mlxla.a");
  Op call = m.find("mlxla.b")->ops[0];
  std::get<CompositeAttrs>(call.attrs).decomposition = "mlxla.b";
  call.operands = {a->parameters[0].value};
  a->types.push_back(TensorType{E::kF32, {2}});
  call.results = {static_cast<ValueId>(a->types.size() - 1)};
  a->ops.insert(a->ops.begin(), call);
  EXPECT_THAT(failure(m), HasSubstr("calls itself back"));
}

TEST(Verifier, ModuleLevelChecks) {
  Module m = make_valid();
  m.functions.push_back(m.functions.front());
  EXPECT_EQ(failure(m), "mlxla: function @mlxla.double is defined twice");
  Module no_main;
  Builder b(no_main, "helper");
  b.return_values({});
  EXPECT_EQ(failure(no_main), "mlxla: no function @main");
}

}  // namespace
}  // namespace mlxla::graph
