// Reference interpreter, data-movement ops on hand-computed cases: constant, iota, convert,
// broadcast_in_dim, reshape, transpose, slice, dynamic_slice, dynamic_update_slice,
// concatenate, gather (with clamping where StableHLO clamps).
// ctest-labels: unit
#include <bit>
#include <cmath>
#include <limits>

#include <gtest/gtest.h>

#include "runtime/reference_test_util.h"

namespace mlxla::runtime {
namespace {

using graph::Builder;
using graph::ElementType;
using graph::ValueId;
using testing::make_buffer;
using testing::run_graph;
using testing::values_of;

TEST(ReferenceLayout, ConstantSplatAndIota) {
  auto out = run_graph({}, [](Builder& b, std::vector<ValueId>) {
    ValueId full = b.constant_i32(std::vector<int32_t>{5, 6, 7, 8, 9, 10}, {2, 3});
    ValueId splat = b.splat_i32(100, {2, 3});
    ValueId iota = b.iota(ElementType::kI32, {2, 3}, 1);
    return b.add(b.add(full, splat), iota);
  });
  ASSERT_TRUE(out.ok()) << out.error().message();
  EXPECT_EQ(values_of<int32_t>(*out), (std::vector<int32_t>{105, 107, 109, 108, 110, 112}));

  auto f = run_graph({}, [](Builder& b, std::vector<ValueId>) {
    return b.iota(ElementType::kF32, {3, 2}, 0);
  });
  ASSERT_TRUE(f.ok()) << f.error().message();
  EXPECT_EQ(values_of<float>(*f), (std::vector<float>{0, 0, 1, 1, 2, 2}));
}

TEST(ReferenceLayout, ConvertFloatToIntTruncatesAndSaturates) {
  const float nan = std::numeric_limits<float>::quiet_NaN();
  Buffer x = make_buffer<float>(ElementType::kF32, {6}, {2.7f, -2.7f, 3e9f, -3e9f, nan, -0.5f});
  auto i32 = run_graph(
      {x}, [](Builder& b, std::vector<ValueId> p) { return b.convert(p[0], ElementType::kI32); });
  ASSERT_TRUE(i32.ok()) << i32.error().message();
  EXPECT_EQ(values_of<int32_t>(*i32),
            (std::vector<int32_t>{2, -2, 2147483647, -2147483647 - 1, 0, 0}));
  auto u8 = run_graph(
      {x}, [](Builder& b, std::vector<ValueId> p) { return b.convert(p[0], ElementType::kU8); });
  ASSERT_TRUE(u8.ok()) << u8.error().message();
  EXPECT_EQ(values_of<uint8_t>(*u8), (std::vector<uint8_t>{2, 0, 255, 0, 0, 0}));
}

TEST(ReferenceLayout, ConvertIntegersWrap) {
  Buffer x = make_buffer<int32_t>(ElementType::kI32, {3}, {257, -1, 42});
  auto u8 = run_graph(
      {x}, [](Builder& b, std::vector<ValueId> p) { return b.convert(p[0], ElementType::kU8); });
  ASSERT_TRUE(u8.ok()) << u8.error().message();
  EXPECT_EQ(values_of<uint8_t>(*u8), (std::vector<uint8_t>{1, 255, 42}));
  auto u32 = run_graph(
      {x}, [](Builder& b, std::vector<ValueId> p) { return b.convert(p[0], ElementType::kU32); });
  ASSERT_TRUE(u32.ok()) << u32.error().message();
  EXPECT_EQ(values_of<uint32_t>(*u32), (std::vector<uint32_t>{257, 0xFFFFFFFFu, 42}));
}

TEST(ReferenceLayout, ConvertToHalfRoundsToNearestEven) {
  // f16 ulp at 1 is 2^-10: 1 + 2^-11 is a tie (to 1), 1 + 3*2^-11 a tie (to 1 + 2^-9).
  Buffer x = make_buffer<float>(
      ElementType::kF32, {3},
      {1.0f + std::ldexp(1.0f, -11), 1.0f + 3 * std::ldexp(1.0f, -11), 70000.0f});
  auto h = run_graph(
      {x}, [](Builder& b, std::vector<ValueId> p) { return b.convert(p[0], ElementType::kF16); });
  ASSERT_TRUE(h.ok()) << h.error().message();
  EXPECT_EQ(values_of<uint16_t>(*h), (std::vector<uint16_t>{0x3C00, 0x3C02, 0x7C00}));
  // bf16 ulp at 1 is 2^-7: 1 + 2^-8 is a tie (to 1); 1 + 3*2^-8 a tie to 1 + 2^-6.
  Buffer y = make_buffer<float>(ElementType::kF32, {2},
                                {1.0f + std::ldexp(1.0f, -8), 1.0f + 3 * std::ldexp(1.0f, -8)});
  auto bf = run_graph(
      {y}, [](Builder& b, std::vector<ValueId> p) { return b.convert(p[0], ElementType::kBF16); });
  ASSERT_TRUE(bf.ok()) << bf.error().message();
  EXPECT_EQ(values_of<uint16_t>(*bf), (std::vector<uint16_t>{0x3F80, 0x3F82}));
}

TEST(ReferenceLayout, ConvertIntToBf16RoundsOnce) {
  // 2^24 + 2^16 + 1 to bf16 (8 significant bits): the part below 2^17 is 2^16 + 1, above half,
  // so it rounds up to 2^24 + 2^17. Going through f32 first would round twice and reach 2^24.
  Buffer x = make_buffer<int32_t>(ElementType::kI32, {1}, {16842753});
  auto bf = run_graph({x}, [](Builder& b, std::vector<ValueId> p) {
    return b.convert(b.convert(p[0], ElementType::kBF16), ElementType::kF32);
  });
  ASSERT_TRUE(bf.ok()) << bf.error().message();
  EXPECT_EQ(values_of<float>(*bf), (std::vector<float>{16908288.0f}));
}

TEST(ReferenceLayout, ConvertBooleans) {
  Buffer x = make_buffer<float>(ElementType::kF32, {4},
                                {0.0f, -0.0f, std::numeric_limits<float>::quiet_NaN(), 0.5f});
  auto out = run_graph({x}, [](Builder& b, std::vector<ValueId> p) {
    return b.convert(b.convert(p[0], ElementType::kI1), ElementType::kI32);
  });
  ASSERT_TRUE(out.ok()) << out.error().message();
  EXPECT_EQ(values_of<int32_t>(*out), (std::vector<int32_t>{0, 0, 1, 1}));
}

TEST(ReferenceLayout, BroadcastReshapeTranspose) {
  Buffer x = make_buffer<float>(ElementType::kF32, {2}, {1, 2});
  auto bcast = run_graph({x}, [](Builder& b, std::vector<ValueId> p) {
    return b.broadcast_in_dim(p[0], {2, 3}, {0});
  });
  ASSERT_TRUE(bcast.ok()) << bcast.error().message();
  EXPECT_EQ(values_of<float>(*bcast), (std::vector<float>{1, 1, 1, 2, 2, 2}));
  Buffer one = make_buffer<float>(ElementType::kF32, {1, 3}, {7, 8, 9});
  auto ones = run_graph({one}, [](Builder& b, std::vector<ValueId> p) {
    return b.broadcast_in_dim(p[0], {2, 3}, {0, 1});
  });
  ASSERT_TRUE(ones.ok()) << ones.error().message();
  EXPECT_EQ(values_of<float>(*ones), (std::vector<float>{7, 8, 9, 7, 8, 9}));
  Buffer m = make_buffer<int32_t>(ElementType::kI32, {2, 3}, {0, 1, 2, 3, 4, 5});
  auto t = run_graph({m}, [](Builder& b, std::vector<ValueId> p) {
    return b.transpose(p[0], {1, 0});
  });
  ASSERT_TRUE(t.ok()) << t.error().message();
  EXPECT_EQ(t->type.shape, (std::vector<int64_t>{3, 2}));
  EXPECT_EQ(values_of<int32_t>(*t), (std::vector<int32_t>{0, 3, 1, 4, 2, 5}));
  auto r = run_graph({m}, [](Builder& b, std::vector<ValueId> p) {
    return b.reshape(p[0], {3, 2});
  });
  ASSERT_TRUE(r.ok()) << r.error().message();
  EXPECT_EQ(values_of<int32_t>(*r), (std::vector<int32_t>{0, 1, 2, 3, 4, 5}));
}

TEST(ReferenceLayout, SliceWithStrides) {
  Buffer m =
      make_buffer<int32_t>(ElementType::kI32, {3, 4}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11});
  auto s = run_graph({m}, [](Builder& b, std::vector<ValueId> p) {
    return b.slice(p[0], {0, 1}, {3, 4}, {2, 2});
  });
  ASSERT_TRUE(s.ok()) << s.error().message();
  EXPECT_EQ(s->type.shape, (std::vector<int64_t>{2, 2}));
  EXPECT_EQ(values_of<int32_t>(*s), (std::vector<int32_t>{1, 3, 9, 11}));
}

TEST(ReferenceLayout, DynamicSliceClampsStarts) {
  Buffer x = make_buffer<int32_t>(ElementType::kI32, {5}, {10, 11, 12, 13, 14});
  for (auto [start, expected] : std::vector<std::pair<int32_t, std::vector<int32_t>>>{
           {1, {11, 12}}, {4, {13, 14}}, {-3, {10, 11}}, {1000, {13, 14}}}) {
    Buffer s = make_buffer<int32_t>(ElementType::kI32, {}, {start});
    auto out = run_graph({x, s}, [](Builder& b, std::vector<ValueId> p) {
      return b.dynamic_slice(p[0], {p[1]}, {2});
    });
    ASSERT_TRUE(out.ok()) << out.error().message();
    EXPECT_EQ(values_of<int32_t>(*out), expected) << "start " << start;
  }
}

TEST(ReferenceLayout, DynamicUpdateSliceClampsStarts) {
  Buffer x = make_buffer<float>(ElementType::kF32, {2, 3}, {0, 0, 0, 0, 0, 0});
  Buffer u = make_buffer<float>(ElementType::kF32, {1, 2}, {7, 8});
  Buffer row = make_buffer<int32_t>(ElementType::kI32, {}, {5});   // clamped to 1
  Buffer col = make_buffer<int32_t>(ElementType::kI32, {}, {-2});  // clamped to 0
  auto out = run_graph({x, u, row, col}, [](Builder& b, std::vector<ValueId> p) {
    return b.dynamic_update_slice(p[0], p[1], {p[2], p[3]});
  });
  ASSERT_TRUE(out.ok()) << out.error().message();
  EXPECT_EQ(values_of<float>(*out), (std::vector<float>{0, 0, 0, 7, 8, 0}));
}

TEST(ReferenceLayout, Concatenate) {
  Buffer a = make_buffer<int32_t>(ElementType::kI32, {2, 1}, {1, 2});
  Buffer c = make_buffer<int32_t>(ElementType::kI32, {2, 2}, {3, 4, 5, 6});
  auto out = run_graph({a, c}, [](Builder& b, std::vector<ValueId> p) {
    return b.concatenate({p[0], p[1]}, 1);
  });
  ASSERT_TRUE(out.ok()) << out.error().message();
  EXPECT_EQ(values_of<int32_t>(*out), (std::vector<int32_t>{1, 3, 4, 2, 5, 6}));
}

TEST(ReferenceLayout, GatherRowsClampsIndices) {
  // Embedding lookup: rows 2, 0 and 9 (clamped to the last row, 3) of a [4, 3] table.
  Buffer table =
      make_buffer<float>(ElementType::kF32, {4, 3}, {0, 1, 2, 10, 11, 12, 20, 21, 22, 30, 31, 32});
  Buffer ids = make_buffer<int32_t>(ElementType::kI32, {3}, {2, 0, 9});
  graph::GatherAttrs attrs;
  attrs.offset_dims = {1};
  attrs.collapsed_slice_dims = {0};
  attrs.start_index_map = {0};
  attrs.index_vector_dim = 1;
  attrs.slice_sizes = {1, 3};
  auto out = run_graph({table, ids}, [&](Builder& b, std::vector<ValueId> p) {
    return b.gather(p[0], p[1], attrs);
  });
  ASSERT_TRUE(out.ok()) << out.error().message();
  EXPECT_EQ(out->type.shape, (std::vector<int64_t>{3, 3}));
  EXPECT_EQ(values_of<float>(*out), (std::vector<float>{20, 21, 22, 0, 1, 2, 30, 31, 32}));
}

TEST(ReferenceLayout, GatherTwoDimensionalStarts) {
  // Windows of [1, 2] at (row, col) starts (1, 1) and (2, 2) (col clamped to 1) of a [3, 3].
  Buffer m = make_buffer<int32_t>(ElementType::kI32, {3, 3}, {0, 1, 2, 3, 4, 5, 6, 7, 8});
  Buffer starts = make_buffer<int32_t>(ElementType::kI32, {2, 2}, {1, 1, 2, 2});
  graph::GatherAttrs attrs;
  attrs.offset_dims = {1};
  attrs.collapsed_slice_dims = {0};
  attrs.start_index_map = {0, 1};
  attrs.index_vector_dim = 1;
  attrs.slice_sizes = {1, 2};
  auto out = run_graph(
      {m, starts}, [&](Builder& b, std::vector<ValueId> p) { return b.gather(p[0], p[1], attrs); });
  ASSERT_TRUE(out.ok()) << out.error().message();
  EXPECT_EQ(values_of<int32_t>(*out), (std::vector<int32_t>{4, 5, 7, 8}));
}

}  // namespace
}  // namespace mlxla::runtime
