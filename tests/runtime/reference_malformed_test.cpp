// The reference interpreter on malformed graphs: 20000 deterministic mutations of a valid
// module (operand ids, types, attributes) bypassing the verifier. Each run must return a value
// or an error, never crash or read out of bounds (run under MLXLA_SANITIZE to check the latter).
// ctest-labels: unit
#include <cstdint>
#include <variant>

#include <gtest/gtest.h>

#include "graph/verifier.h"
#include "runtime/reference_test_util.h"

namespace mlxla::runtime {
namespace {

using graph::Builder;
using graph::ElementType;
using graph::TensorType;
using graph::ValueId;

/// One function using most op kinds on small shapes.
graph::Module make_module() {
  graph::Module module;
  {
    Builder d(module, "double_it");
    ValueId x = d.parameter(TensorType{ElementType::kF32, {2, 3}}, "x");
    d.return_values({d.add(x, x)});
  }
  Builder b(module, "main");
  ValueId table = b.parameter(TensorType{ElementType::kF32, {4, 3}}, "table");
  ValueId ids = b.parameter(TensorType{ElementType::kI32, {2}}, "ids");
  ValueId start = b.parameter(TensorType{ElementType::kI32, {}}, "start");
  ValueId packed = b.parameter(TensorType{ElementType::kU32, {2, 3}}, "packed");
  graph::GatherAttrs g;
  g.offset_dims = {1};
  g.collapsed_slice_dims = {0};
  g.start_index_map = {0};
  g.index_vector_dim = 1;
  g.slice_sizes = {1, 3};
  ValueId rows = b.gather(table, ids, g);  // [2, 3]
  ValueId codes = b.convert(
      b.bitwise_and(b.shift_right_logical(packed, b.splat_u32(4, {2, 3})), b.splat_u32(15, {2, 3})),
      ElementType::kF32);
  ValueId mixed = b.add(b.multiply(rows, codes), b.iota(ElementType::kF32, {2, 3}, 1));
  ValueId t = b.transpose(mixed, {1, 0});                                    // [3, 2]
  ValueId s = b.slice(t, {0, 0}, {3, 2}, {2, 1});                            // [2, 2]
  ValueId ds = b.dynamic_slice(table, {start, b.splat_i32(0, {})}, {2, 3});  // [2, 3]
  ValueId dus = b.dynamic_update_slice(table, ds, {start, b.splat_i32(0, {})});
  ValueId cat = b.concatenate({rows, ds}, 0);  // [4, 3]
  graph::DotGeneralAttrs dims;
  dims.lhs_contracting_dims = {1};
  dims.rhs_contracting_dims = {1};
  ValueId dot = b.dot_general(cat, dus, dims);                                         // [4, 4]
  ValueId m = b.reduce(dot, b.splat_f32(0.0f, {}), {1}, graph::ReduceBody::kMaximum);  // [4]
  ValueId pred = b.compare(m, b.broadcast_in_dim(b.splat_f32(1.0f, {}), {4}, {}),
                           graph::CompareDirection::kGt);
  ValueId chosen = b.select(pred, b.exponential(m), b.negate(m));
  ValueId doubled = b.composite("mlxla.test", {mixed}, {}, "double_it")[0];
  b.return_values({chosen, b.reshape(s, {4}), doubled});
  return module;
}

struct Rng {
  uint64_t state;
  uint64_t next() {
    state = state * 6364136223846793005ull + 1442695040888963407ull;
    return state >> 33;
  }
  int64_t in(int64_t lo, int64_t hi) {
    return lo + static_cast<int64_t>(next() % static_cast<uint64_t>(hi - lo + 1));
  }
};

void mutate_vector(std::vector<int64_t>& v, Rng& rng) {
  switch (rng.in(0, 2)) {
    case 0:
      if (!v.empty())
        v[static_cast<size_t>(rng.in(0, static_cast<int64_t>(v.size()) - 1))] = rng.in(-2, 5);
      break;
    case 1:
      v.push_back(rng.in(-1, 4));
      break;
    default:
      if (!v.empty()) v.pop_back();
      break;
  }
}

void mutate(graph::Module& module, Rng& rng) {
  graph::Function& f = module.functions[static_cast<size_t>(
      rng.in(0, static_cast<int64_t>(module.functions.size()) - 1))];
  graph::Op& op = f.ops[static_cast<size_t>(rng.in(0, static_cast<int64_t>(f.ops.size()) - 1))];
  switch (rng.in(0, 4)) {
    case 0:  // an operand id, possibly out of range or not yet defined
      if (!op.operands.empty())
        op.operands[static_cast<size_t>(rng.in(0, static_cast<int64_t>(op.operands.size()) - 1))] =
            static_cast<ValueId>(rng.in(-2, static_cast<int64_t>(f.types.size()) + 2));
      else
        op.operands.push_back(static_cast<ValueId>(rng.in(0, 3)));
      break;
    case 1: {  // a value's type
      TensorType& type =
          f.types[static_cast<size_t>(rng.in(0, static_cast<int64_t>(f.types.size()) - 1))];
      if (rng.in(0, 1) == 0)
        type.element = static_cast<ElementType>(rng.in(0, 7));
      else
        mutate_vector(type.shape, rng);
      break;
    }
    case 2:  // an operand dropped or duplicated
      if (!op.operands.empty() && rng.in(0, 1) == 0)
        op.operands.pop_back();
      else if (!op.operands.empty())
        op.operands.push_back(op.operands.front());
      break;
    case 3:  // the op kind itself
      op.kind = static_cast<graph::OpKind>(rng.in(0, static_cast<int64_t>(graph::OpKind::kReturn)));
      break;
    default:  // an attribute
      std::visit(
          [&](auto& a) {
            using A = std::decay_t<decltype(a)>;
            if constexpr (std::is_same_v<A, graph::GatherAttrs>) {
              switch (rng.in(0, 4)) {
                case 0:
                  mutate_vector(a.offset_dims, rng);
                  break;
                case 1:
                  mutate_vector(a.collapsed_slice_dims, rng);
                  break;
                case 2:
                  mutate_vector(a.start_index_map, rng);
                  break;
                case 3:
                  mutate_vector(a.slice_sizes, rng);
                  break;
                default:
                  a.index_vector_dim = rng.in(-1, 3);
                  break;
              }
            } else if constexpr (std::is_same_v<A, graph::SliceAttrs>) {
              mutate_vector(rng.in(0, 2) == 0 ? a.start : rng.in(0, 1) ? a.limit : a.strides, rng);
            } else if constexpr (std::is_same_v<A, graph::DotGeneralAttrs>) {
              mutate_vector(rng.in(0, 1) ? a.lhs_contracting_dims : a.rhs_batching_dims, rng);
            } else if constexpr (std::is_same_v<A, graph::TransposeAttrs>) {
              mutate_vector(a.permutation, rng);
            } else if constexpr (std::is_same_v<A, graph::BroadcastInDimAttrs>) {
              mutate_vector(a.dimensions, rng);
            } else if constexpr (std::is_same_v<A, graph::DynamicSliceAttrs>) {
              mutate_vector(a.sizes, rng);
            } else if constexpr (std::is_same_v<A, graph::ReduceAttrs>) {
              mutate_vector(a.dimensions, rng);
            } else if constexpr (std::is_same_v<A, graph::IotaAttrs> ||
                                 std::is_same_v<A, graph::ConcatenateAttrs>) {
              a.dimension = rng.in(-1, 3);
            } else if constexpr (std::is_same_v<A, graph::ConstantAttrs>) {
              if (!a.data.empty()) a.data.pop_back();
            } else if constexpr (std::is_same_v<A, graph::CompositeAttrs>) {
              a.decomposition = rng.in(0, 1) ? "main" : "missing";
            }
          },
          op.attrs);
      break;
  }
}

TEST(ReferenceMalformed, TheUnmutatedModuleRuns) {
  const graph::Module module = make_module();
  ASSERT_TRUE(graph::verify(module).ok());
}

TEST(ReferenceMalformed, MutatedModulesNeverCrash) {
  const graph::Module original = make_module();
  Buffer table = testing::make_buffer<float>(ElementType::kF32, {4, 3},
                                             {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11});
  Buffer ids = testing::make_buffer<int32_t>(ElementType::kI32, {2}, {3, -7});
  Buffer start = testing::make_buffer<int32_t>(ElementType::kI32, {}, {9});
  Buffer packed = testing::make_buffer<uint32_t>(ElementType::kU32, {2, 3},
                                                 {0x12345678u, 0xFFFFFFFFu, 0, 1, 2, 3});
  const std::vector<BufferView> args{table.view(), ids.view(), start.view(), packed.view()};
  auto baseline = reference::interpret(original, "main", args);
  ASSERT_TRUE(baseline.ok()) << baseline.error().message();
  Rng rng{7};
  int rejected = 0;
  for (int trial = 0; trial < 20000; ++trial) {
    graph::Module module = original;
    const int64_t mutations = rng.in(1, 3);
    for (int64_t i = 0; i < mutations; ++i) mutate(module, rng);
    auto unverified = reference::interpret_verified(module, "main", args);
    auto verified = reference::interpret(module, "main", args);
    if (!unverified.ok()) {
      ++rejected;
      EXPECT_FALSE(unverified.error().message().empty());
    }
    // What the verifier accepts, the interpreter runs; never the other way round silently.
    if (verified.ok()) {
      EXPECT_TRUE(unverified.ok()) << "trial " << trial << ": " << unverified.error().message();
    }
  }
  EXPECT_GT(rejected, 7000);  // the mutations do break the module most of the time
}

}  // namespace
}  // namespace mlxla::runtime
