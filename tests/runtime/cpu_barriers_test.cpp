// plan_barriers on hand-made plans: a step waits for what an earlier step since the last wait
// wrote (or writes what it read), and a step that joined several serial ops (StepAccess::merged,
// the executor's joined serial chains) conflicts through every one of them.
// ctest-labels: unit
#include <gtest/gtest.h>

#include <vector>

#include "runtime/cpu/barriers.h"

namespace mlxla::runtime::cpu {
namespace {

/// `count` arena values of 16 floats each in their own 64-byte slots, and ops over them.
struct Fixture {
  Plan plan;

  explicit Fixture(int count) {
    for (int v = 0; v < count; ++v) {
      FlatValue value;
      value.type = graph::TensorType{graph::ElementType::kF32, {16}};
      value.storage = Storage::kArena;
      value.root = v;
      value.arena_offset = 64 * v;
      plan.values.push_back(value);
    }
    plan.arena_bytes = 64 * count;
  }
  /// An op reading `reads` and writing `writes` (value ids); returns its index.
  size_t op(std::vector<int32_t> reads, std::vector<int32_t> writes) {
    FlatOp fop;
    fop.operands = std::move(reads);
    fop.results = std::move(writes);
    plan.ops.push_back(fop);
    return plan.ops.size() - 1;
  }
  StepAccess step(size_t op, bool parallel, std::vector<size_t> merged = {}) const {
    StepAccess s{&plan.ops[op], parallel, {}};
    for (size_t m : merged) s.merged.push_back(&plan.ops[m]);
    return s;
  }
};

TEST(CpuBarriers, WaitOnlyForWhatAnEarlierStepWrote) {
  Fixture f(4);
  const size_t a = f.op({0}, {1});  // v1 = f(v0)
  const size_t b = f.op({0}, {2});  // v2 = g(v0): independent of a
  const size_t c = f.op({1}, {3});  // v3 = h(v1): reads a's result
  const std::vector<bool> waits =
      plan_barriers(f.plan, {f.step(a, true), f.step(b, true), f.step(c, true)});
  EXPECT_EQ(waits, (std::vector<bool>{false, false, true}));
}

TEST(CpuBarriers, AJoinedStepConflictsThroughEveryOp) {
  Fixture f(5);
  const size_t a = f.op({0}, {1});  // v1 = f(v0)
  const size_t b = f.op({1}, {2});  // v2 = g(v1), joined into a's step
  const size_t c = f.op({2}, {3});  // reads b's result only
  const size_t d = f.op({0}, {4});  // independent
  // c must wait for the joined step: only its second op, b, wrote v2.
  EXPECT_EQ(plan_barriers(f.plan, {f.step(a, false, {b}), f.step(c, true)}),
            (std::vector<bool>{false, true}));
  // Without b in the step, nothing before c writes v2.
  EXPECT_EQ(plan_barriers(f.plan, {f.step(a, false), f.step(c, true)}),
            (std::vector<bool>{false, false}));
  // A later writer of what a joined op read waits too (b read v1; a rewrite of v1).
  const size_t e = f.op({0}, {1});
  EXPECT_EQ(plan_barriers(f.plan, {f.step(d, false, {b}), f.step(e, true)}),
            (std::vector<bool>{false, true}));
}

}  // namespace
}  // namespace mlxla::runtime::cpu
