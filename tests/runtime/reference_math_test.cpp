// Reference interpreter, arithmetic on hand-computed cases: elementwise ops on every type
// family, compare, select, reduce order, dot_general's canonical order, composites, the
// reference backend's in-place state, and malformed graphs returning errors.
// ctest-labels: unit
#include <cmath>
#include <limits>

#include <gtest/gtest.h>

#include "runtime/reference/reference_backend.h"
#include "runtime/reference_test_util.h"

namespace mlxla::runtime {
namespace {

using graph::Builder;
using graph::CompareDirection;
using graph::ElementType;
using graph::ValueId;
using testing::make_buffer;
using testing::run_graph;
using testing::values_of;

constexpr float kNaN = std::numeric_limits<float>::quiet_NaN();

TEST(ReferenceMath, FloatBinary) {
  Buffer a = make_buffer<float>(ElementType::kF32, {3}, {1.5f, -2.0f, 0.0f});
  Buffer c = make_buffer<float>(ElementType::kF32, {3}, {0.5f, 4.0f, -0.0f});
  auto sum =
      run_graph({a, c}, [](Builder& b, std::vector<ValueId> p) { return b.add(p[0], p[1]); });
  auto quotient =
      run_graph({a, c}, [](Builder& b, std::vector<ValueId> p) { return b.divide(p[0], p[1]); });
  ASSERT_TRUE(sum.ok() && quotient.ok());
  EXPECT_EQ(values_of<float>(*sum), (std::vector<float>{2.0f, 2.0f, 0.0f}));
  const auto q = values_of<float>(*quotient);
  EXPECT_EQ(q[0], 3.0f);
  EXPECT_EQ(q[1], -0.5f);
  EXPECT_TRUE(std::isnan(q[2]));  // 0 / -0
}

TEST(ReferenceMath, MaximumMinimumPropagateNaNAndOrderZeros) {
  Buffer a = make_buffer<float>(ElementType::kF32, {3}, {kNaN, -0.0f, 1.0f});
  Buffer c = make_buffer<float>(ElementType::kF32, {3}, {1.0f, 0.0f, kNaN});
  auto mx =
      run_graph({a, c}, [](Builder& b, std::vector<ValueId> p) { return b.maximum(p[0], p[1]); });
  auto mn =
      run_graph({a, c}, [](Builder& b, std::vector<ValueId> p) { return b.minimum(p[0], p[1]); });
  ASSERT_TRUE(mx.ok() && mn.ok());
  const auto x = values_of<float>(*mx);
  const auto n = values_of<float>(*mn);
  EXPECT_TRUE(std::isnan(x[0]) && std::isnan(x[2]) && std::isnan(n[0]) && std::isnan(n[2]));
  EXPECT_FALSE(std::signbit(x[1]));
  EXPECT_TRUE(std::signbit(n[1]));
}

TEST(ReferenceMath, HalfArithmeticRoundsToItsType) {
  // 1 + 2^-11 in f16 is a tie between 1 and 1 + 2^-10: round to even gives 1.
  Buffer one = make_buffer<uint16_t>(ElementType::kF16, {1}, {0x3C00});
  Buffer tiny = make_buffer<uint16_t>(ElementType::kF16, {1}, {0x1000});  // 2^-11
  auto out =
      run_graph({one, tiny}, [](Builder& b, std::vector<ValueId> p) { return b.add(p[0], p[1]); });
  ASSERT_TRUE(out.ok()) << out.error().message();
  EXPECT_EQ(values_of<uint16_t>(*out), (std::vector<uint16_t>{0x3C00}));
}

TEST(ReferenceMath, IntegerArithmeticWrapsAndDivides) {
  const int32_t min = std::numeric_limits<int32_t>::min();
  Buffer a = make_buffer<int32_t>(ElementType::kI32, {4}, {2147483647, 7, -7, min});
  Buffer c = make_buffer<int32_t>(ElementType::kI32, {4}, {1, 0, 2, -1});
  auto sum =
      run_graph({a, c}, [](Builder& b, std::vector<ValueId> p) { return b.add(p[0], p[1]); });
  auto div =
      run_graph({a, c}, [](Builder& b, std::vector<ValueId> p) { return b.divide(p[0], p[1]); });
  auto neg = run_graph({a}, [](Builder& b, std::vector<ValueId> p) { return b.negate(p[0]); });
  ASSERT_TRUE(sum.ok() && div.ok() && neg.ok());
  EXPECT_EQ(values_of<int32_t>(*sum), (std::vector<int32_t>{min, 7, -5, 2147483647}));
  EXPECT_EQ(values_of<int32_t>(*div), (std::vector<int32_t>{2147483647, -1, -3, min}));
  EXPECT_EQ(values_of<int32_t>(*neg), (std::vector<int32_t>{-2147483647, -7, 7, min}));
}

TEST(ReferenceMath, ShiftRightLogicalAndBitwise) {
  Buffer a = make_buffer<uint32_t>(ElementType::kU32, {4},
                                   {0xF0F0F0F0u, 0xF0F0F0F0u, 0xF0F0F0F0u, 0xFFFFFFFFu});
  Buffer s = make_buffer<uint32_t>(ElementType::kU32, {4}, {4, 31, 32, 100});
  auto out = run_graph(
      {a, s}, [](Builder& b, std::vector<ValueId> p) { return b.shift_right_logical(p[0], p[1]); });
  ASSERT_TRUE(out.ok()) << out.error().message();
  EXPECT_EQ(values_of<uint32_t>(*out), (std::vector<uint32_t>{0x0F0F0F0Fu, 1u, 0u, 0u}));
  // On i32 the shift is logical too: -16 >> 28 keeps no sign bits.
  Buffer i = make_buffer<int32_t>(ElementType::kI32, {1}, {-16});
  Buffer k = make_buffer<int32_t>(ElementType::kI32, {1}, {28});
  auto logical = run_graph(
      {i, k}, [](Builder& b, std::vector<ValueId> p) { return b.shift_right_logical(p[0], p[1]); });
  ASSERT_TRUE(logical.ok());
  EXPECT_EQ(values_of<int32_t>(*logical), (std::vector<int32_t>{15}));
  auto masked = run_graph(
      {a, s}, [](Builder& b, std::vector<ValueId> p) { return b.bitwise_and(p[0], p[1]); });
  ASSERT_TRUE(masked.ok());
  EXPECT_EQ(values_of<uint32_t>(*masked), (std::vector<uint32_t>{0u, 16u, 32u, 100u}));
  Buffer t = make_buffer<uint8_t>(ElementType::kI1, {4}, {0, 0, 1, 1});
  Buffer u = make_buffer<uint8_t>(ElementType::kI1, {4}, {0, 1, 0, 1});
  auto both = run_graph(
      {t, u}, [](Builder& b, std::vector<ValueId> p) { return b.bitwise_and(p[0], p[1]); });
  auto either = run_graph(
      {t, u}, [](Builder& b, std::vector<ValueId> p) { return b.bitwise_or(p[0], p[1]); });
  ASSERT_TRUE(both.ok() && either.ok());
  EXPECT_EQ(values_of<uint8_t>(*both), (std::vector<uint8_t>{0, 0, 0, 1}));
  EXPECT_EQ(values_of<uint8_t>(*either), (std::vector<uint8_t>{0, 1, 1, 1}));
}

TEST(ReferenceMath, UnaryFloat) {
  Buffer x = make_buffer<float>(ElementType::kF32, {3}, {4.0f, 0.0f, 1.0f});
  auto rsqrt = run_graph({x}, [](Builder& b, std::vector<ValueId> p) { return b.rsqrt(p[0]); });
  auto logistic =
      run_graph({x}, [](Builder& b, std::vector<ValueId> p) { return b.logistic(p[0]); });
  auto expo =
      run_graph({x}, [](Builder& b, std::vector<ValueId> p) { return b.exponential(p[0]); });
  ASSERT_TRUE(rsqrt.ok() && logistic.ok() && expo.ok());
  const auto r = values_of<float>(*rsqrt);
  EXPECT_EQ(r[0], 0.5f);
  EXPECT_TRUE(std::isinf(r[1]));
  EXPECT_EQ(r[2], 1.0f);
  const auto l = values_of<float>(*logistic);
  EXPECT_EQ(l[1], 0.5f);
  EXPECT_EQ(l[2], 1.0f / (1.0f + std::exp(-1.0f)));
  EXPECT_EQ(values_of<float>(*expo)[1], 1.0f);
}

TEST(ReferenceMath, CompareIsNaNAwareAndUnsignedForUi32) {
  Buffer a = make_buffer<float>(ElementType::kF32, {2}, {kNaN, 1.0f});
  Buffer c = make_buffer<float>(ElementType::kF32, {2}, {kNaN, 2.0f});
  auto compare = [&](CompareDirection d) {
    auto out = run_graph(
        {a, c}, [d](Builder& b, std::vector<ValueId> p) { return b.compare(p[0], p[1], d); });
    EXPECT_TRUE(out.ok());
    return out.ok() ? values_of<uint8_t>(*out) : std::vector<uint8_t>{};
  };
  EXPECT_EQ(compare(CompareDirection::kEq), (std::vector<uint8_t>{0, 0}));
  EXPECT_EQ(compare(CompareDirection::kNe), (std::vector<uint8_t>{1, 1}));
  EXPECT_EQ(compare(CompareDirection::kLt), (std::vector<uint8_t>{0, 1}));
  EXPECT_EQ(compare(CompareDirection::kGe), (std::vector<uint8_t>{0, 0}));
  Buffer big = make_buffer<uint32_t>(ElementType::kU32, {1}, {0x80000000u});
  Buffer small = make_buffer<uint32_t>(ElementType::kU32, {1}, {1u});
  auto gt = run_graph({big, small}, [](Builder& b, std::vector<ValueId> p) {
    return b.compare(p[0], p[1], CompareDirection::kGt);
  });
  ASSERT_TRUE(gt.ok());
  EXPECT_EQ(values_of<uint8_t>(*gt), (std::vector<uint8_t>{1}));
}

TEST(ReferenceMath, Select) {
  Buffer pred = make_buffer<uint8_t>(ElementType::kI1, {3}, {1, 0, 1});
  Buffer t = make_buffer<int32_t>(ElementType::kI32, {3}, {1, 2, 3});
  Buffer f = make_buffer<int32_t>(ElementType::kI32, {3}, {-1, -2, -3});
  auto out = run_graph(
      {pred, t, f}, [](Builder& b, std::vector<ValueId> p) { return b.select(p[0], p[1], p[2]); });
  ASSERT_TRUE(out.ok()) << out.error().message();
  EXPECT_EQ(values_of<int32_t>(*out), (std::vector<int32_t>{1, -2, 3}));
}

TEST(ReferenceMath, ReduceIsSequentialFromInit) {
  // Row 0 in order: ((0 + 1e8) + 1) = 1e8 (1 is below half an ulp), - 1e8 = 0, + 1 = 1.
  Buffer x = make_buffer<float>(ElementType::kF32, {2, 4}, {1e8f, 1.0f, -1e8f, 1.0f, 1, 2, 3, 4});
  auto sum = run_graph({x}, [](Builder& b, std::vector<ValueId> p) {
    return b.reduce(p[0], b.splat_f32(0.0f, {}), {1}, graph::ReduceBody::kAdd);
  });
  ASSERT_TRUE(sum.ok()) << sum.error().message();
  EXPECT_EQ(values_of<float>(*sum), (std::vector<float>{1.0f, 10.0f}));
  auto mx = run_graph({x}, [](Builder& b, std::vector<ValueId> p) {
    return b.reduce(p[0], b.splat_f32(-std::numeric_limits<float>::infinity(), {}), {0},
                    graph::ReduceBody::kMaximum);
  });
  ASSERT_TRUE(mx.ok()) << mx.error().message();
  EXPECT_EQ(values_of<float>(*mx), (std::vector<float>{1e8f, 2.0f, 3.0f, 4.0f}));
}

TEST(ReferenceMath, DotGeneralMatmulAndBatching) {
  Buffer a = make_buffer<float>(ElementType::kF32, {2, 3}, {1, 2, 3, 4, 5, 6});
  Buffer w = make_buffer<float>(ElementType::kF32, {2, 3}, {1, 0, -1, 2, 1, 0});  // [N, K]
  graph::DotGeneralAttrs dims;
  dims.lhs_contracting_dims = {1};
  dims.rhs_contracting_dims = {1};
  auto out = run_graph(
      {a, w}, [&](Builder& b, std::vector<ValueId> p) { return b.dot_general(p[0], p[1], dims); });
  ASSERT_TRUE(out.ok()) << out.error().message();
  EXPECT_EQ(values_of<float>(*out), (std::vector<float>{-2, 4, -2, 13}));
  // Batched over dim 0: out[b, i] = sum_k x[b, i, k] * y[b, k].
  Buffer x = make_buffer<float>(ElementType::kF32, {2, 1, 2}, {1, 2, 3, 4});
  Buffer y = make_buffer<float>(ElementType::kF32, {2, 2}, {10, 1, 100, 1});
  graph::DotGeneralAttrs batched;
  batched.lhs_batching_dims = {0};
  batched.rhs_batching_dims = {0};
  batched.lhs_contracting_dims = {2};
  batched.rhs_contracting_dims = {1};
  auto bo = run_graph({x, y}, [&](Builder& b, std::vector<ValueId> p) {
    return b.dot_general(p[0], p[1], batched);
  });
  ASSERT_TRUE(bo.ok()) << bo.error().message();
  EXPECT_EQ(bo->type.shape, (std::vector<int64_t>{2, 1}));
  EXPECT_EQ(values_of<float>(*bo), (std::vector<float>{12, 304}));
}

TEST(ReferenceMath, DotGeneralUsesTheCanonicalLaneOrder) {
  // k=0 (lane 0) holds 1e8, k=16 (lane 0 again) adds 1, lost against 1e8; k=1 (lane 1) holds
  // -1e8. The final pairwise step adds lane 1 to lane 0: the result is 0, where a sequential
  // sum would give 1.
  std::vector<float> a(17, 0.0f);
  std::vector<float> ones(17, 1.0f);
  a[0] = 1e8f;
  a[1] = -1e8f;
  a[16] = 1.0f;
  Buffer x = make_buffer<float>(ElementType::kF32, {1, 17}, a);
  Buffer y = make_buffer<float>(ElementType::kF32, {1, 17}, ones);
  graph::DotGeneralAttrs dims;
  dims.lhs_contracting_dims = {1};
  dims.rhs_contracting_dims = {1};
  auto out = run_graph(
      {x, y}, [&](Builder& b, std::vector<ValueId> p) { return b.dot_general(p[0], p[1], dims); });
  ASSERT_TRUE(out.ok()) << out.error().message();
  EXPECT_EQ(values_of<float>(*out), (std::vector<float>{0.0f}));
}

TEST(ReferenceMath, DotGeneralFusesMultiplyAdd) {
  // Lane 0: -1 * 1, then (1 + 2^-12)^2 = 1 + 2^-11 + 2^-24 added with one rounding:
  // 2^-11 + 2^-24 exactly. Rounding the product first would lose the 2^-24.
  const float e = 1.0f + std::ldexp(1.0f, -12);
  std::vector<float> a(17, 0.0f);
  std::vector<float> c(17, 0.0f);
  a[0] = -1.0f;
  c[0] = 1.0f;
  a[16] = e;
  c[16] = e;
  Buffer x = make_buffer<float>(ElementType::kF32, {17}, a);
  Buffer y = make_buffer<float>(ElementType::kF32, {17}, c);
  graph::DotGeneralAttrs dims;
  dims.lhs_contracting_dims = {0};
  dims.rhs_contracting_dims = {0};
  auto out = run_graph(
      {x, y}, [&](Builder& b, std::vector<ValueId> p) { return b.dot_general(p[0], p[1], dims); });
  ASSERT_TRUE(out.ok()) << out.error().message();
  EXPECT_EQ(values_of<float>(*out),
            (std::vector<float>{std::ldexp(1.0f, -11) + std::ldexp(1.0f, -24)}));
}

TEST(ReferenceMath, DotGeneralOnHalfInputsAccumulatesInF32) {
  // 1 + 2^-10 squared needs more bits than f16 has; the f32 result keeps them.
  Buffer x = make_buffer<uint16_t>(ElementType::kF16, {1}, {0x3C01});
  graph::DotGeneralAttrs dims;
  dims.lhs_contracting_dims = {0};
  dims.rhs_contracting_dims = {0};
  auto out = run_graph(
      {x, x}, [&](Builder& b, std::vector<ValueId> p) { return b.dot_general(p[0], p[1], dims); });
  ASSERT_TRUE(out.ok()) << out.error().message();
  EXPECT_EQ(out->type.element, ElementType::kF32);
  EXPECT_EQ(values_of<float>(*out),
            (std::vector<float>{1.0f + std::ldexp(1.0f, -9) + std::ldexp(1.0f, -20)}));
}

TEST(ReferenceMath, CompositeRunsItsDecomposition) {
  graph::Module module;
  const graph::TensorType type{ElementType::kF32, {2}};
  {
    Builder d(module, "twice_plus_one");
    ValueId x = d.parameter(type, "x");
    d.return_values({d.add(d.add(x, x), d.splat_f32(1.0f, {2}))});
  }
  Builder b(module, "main");
  ValueId x = b.parameter(type, "x");
  b.return_values({b.composite("mlxla.test", {x}, {}, "twice_plus_one")[0]});
  Buffer in = make_buffer<float>(ElementType::kF32, {2}, {1.0f, -3.0f});
  std::vector<BufferView> args{in.view()};
  auto out = reference::interpret(module, "main", args);
  ASSERT_TRUE(out.ok()) << out.error().message();
  EXPECT_EQ(values_of<float>((*out)[0]), (std::vector<float>{3.0f, -5.0f}));
}

TEST(ReferenceMath, MalformedGraphsAndArgumentsAreErrors) {
  graph::Module module;
  Builder b(module, "main");
  ValueId x = b.parameter(graph::TensorType{ElementType::kF32, {2}}, "x");
  b.return_values({b.negate(x)});
  Buffer wrong = make_buffer<float>(ElementType::kF32, {3}, {1, 2, 3});
  std::vector<BufferView> args{wrong.view()};
  EXPECT_FALSE(reference::interpret(module, "main", args).ok());
  EXPECT_FALSE(reference::interpret(module, "nope", args).ok());
  // An op reading a value that does not exist.
  graph::Module broken = module;
  broken.main().ops[0].operands[0] = 42;
  Buffer right = make_buffer<float>(ElementType::kF32, {2}, {1, 2});
  std::vector<BufferView> ok_args{right.view()};
  auto result = reference::interpret(broken, "main", ok_args);
  ASSERT_FALSE(result.ok());
  EXPECT_FALSE(result.error().message().empty());
  // The same, bypassing the verifier: the interpreter's own checks still hold.
  EXPECT_FALSE(reference::interpret_verified(broken, "main", ok_args).ok());
  // A slice whose bounds exceed its operand, bypassing the verifier.
  graph::Module bad_slice;
  Builder s(bad_slice, "main");
  ValueId y = s.parameter(graph::TensorType{ElementType::kF32, {2}}, "y");
  s.return_values({s.slice(y, {0}, {2})});
  std::get<graph::SliceAttrs>(bad_slice.main().ops[0].attrs).limit = {5};
  bad_slice.main().types.back().shape = {5};
  EXPECT_FALSE(reference::interpret_verified(bad_slice, "main", ok_args).ok());
}

TEST(ReferenceBackend, StateIsUpdatedInPlaceAcrossCalls) {
  // main(x: input, w: weight, cache: state) -> (cache + x * w aliased with cache, cache * 2)
  graph::Module module;
  const graph::TensorType type{ElementType::kF32, {2}};
  Builder b(module, "main");
  ValueId x = b.parameter(type, "x", graph::ParamRole::kInput);
  ValueId w = b.parameter(type, "w", graph::ParamRole::kWeight);
  ValueId cache = b.parameter(type, "cache", graph::ParamRole::kKvCache);
  ValueId updated = b.add(cache, b.multiply(x, w));
  b.return_values({b.add(cache, cache), updated});
  b.alias(cache, 1);
  reference::ReferenceBackend backend;
  Buffer weight = make_buffer<float>(ElementType::kF32, {2}, {2.0f, 3.0f});
  auto exe = compile_with_views(backend, module, {weight.view()});
  ASSERT_TRUE(exe.ok()) << exe.error().message();
  Buffer state = make_buffer<float>(ElementType::kF32, {2}, {0.0f, 1.0f});
  Buffer input = make_buffer<float>(ElementType::kF32, {2}, {1.0f, 1.0f});
  std::vector<BufferView> inputs{input.view()};
  std::vector<MutableBufferView> states{state.mutable_view()};
  for (int call = 0; call < 2; ++call) {
    auto out = execute_on_host(backend, **exe, inputs, states);
    ASSERT_TRUE(out.ok()) << out.error().message();
    ASSERT_EQ(out->size(), 1u);
    EXPECT_EQ(values_of<float>((*out)[0]),
              call == 0 ? (std::vector<float>{0, 2}) : (std::vector<float>{4, 8}));
  }
  EXPECT_EQ(values_of<float>(state), (std::vector<float>{4.0f, 7.0f}));
  EXPECT_FALSE(compile_with_views(backend, module, {}).ok());  // missing weight
  EXPECT_FALSE(backend.compile(module, nullptr).ok());         // no weight set
  auto empty = backend.bind_weights({}, nullptr);
  ASSERT_TRUE(empty.ok());
  EXPECT_FALSE(backend.compile(module, *empty).ok());  // 'w' is not in the set
}

}  // namespace
}  // namespace mlxla::runtime
