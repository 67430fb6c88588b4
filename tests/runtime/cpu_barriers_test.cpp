// plan_barriers on hand-made plans: a step waits for what an earlier step since the last wait
// wrote (or writes what it read), and a step that joined several serial ops (StepAccess::merged,
// the executor's joined serial chains) conflicts through every one of them; forced waits end the
// stretch later steps are checked against; serial_joins joins a serial step into the serial step
// before it only where the wait between them is all that goes away.
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

TEST(CpuBarriers, AForcedWaitEndsTheStretch) {
  Fixture f(4);
  const size_t a = f.op({0}, {1});  // v1 = f(v0)
  const size_t b = f.op({2}, {3});  // independent, but forced to wait (state outside the plan)
  const size_t c = f.op({1}, {2});  // reads a's result and rewrites what b read
  const std::vector<StepAccess> steps = {f.step(a, false), f.step(b, true), f.step(c, true)};
  // The wait before b already waited for a and c may not overtake b: one wait more for c.
  EXPECT_EQ(plan_barriers(f.plan, steps), (std::vector<bool>{false, false, true}));
  EXPECT_EQ(plan_barriers(f.plan, steps, {false, true, false}),
            (std::vector<bool>{false, true, true}));
  // Without the conflict with b, the forced wait covers c's read of v1.
  const size_t d = f.op({1}, {0});
  EXPECT_EQ(plan_barriers(f.plan, {f.step(a, false), f.step(b, true), f.step(d, true)},
                          {false, true, false}),
            (std::vector<bool>{false, true, false}));
}

TEST(CpuBarriers, SerialJoinsOnlyRemoveTheirOwnWait) {
  Fixture f(8);
  const size_t a = f.op({0}, {1});  // serial
  const size_t b = f.op({1}, {2});  // serial, waits for a
  const size_t p = f.op({0}, {3});  // parallel, independent of a and b
  const size_t q = f.op({3}, {4});  // parallel, reads p
  // b joins a: p never waited for a (it is independent), so only b's wait goes.
  std::vector<StepAccess> steps = {f.step(a, false), f.step(b, false), f.step(p, true),
                                   f.step(q, true)};
  std::vector<bool> waits = plan_barriers(f.plan, steps);
  EXPECT_EQ(waits, (std::vector<bool>{false, true, false, true}));
  EXPECT_EQ(serial_joins(f.plan, steps, waits), (std::vector<bool>{false, true, false, false}));
  EXPECT_EQ(plan_barriers(f.plan, {f.step(a, false, {b}), f.step(p, true), f.step(q, true)}),
            (std::vector<bool>{false, false, true}));

  // A parallel step after b that rewrites what a read (v0) ran beside b behind b's wait; joined,
  // it would wait for a and b together: b stays apart.
  const size_t r = f.op({5}, {0});
  steps = {f.step(a, false), f.step(b, false), f.step(r, true), f.step(q, true)};
  waits = plan_barriers(f.plan, steps);
  EXPECT_EQ(waits, (std::vector<bool>{false, true, false, false}));
  EXPECT_EQ(serial_joins(f.plan, steps, waits), (std::vector<bool>{false, false, false, false}));

  // When a wait follows b anyway, a chain of serial steps joins into one.
  const size_t c = f.op({2}, {6});  // serial, waits for b
  const size_t s = f.op({6}, {7});  // parallel, reads c
  steps = {f.step(a, false), f.step(b, false), f.step(c, false), f.step(s, true)};
  waits = plan_barriers(f.plan, steps);
  EXPECT_EQ(waits, (std::vector<bool>{false, true, true, true}));
  EXPECT_EQ(serial_joins(f.plan, steps, waits), (std::vector<bool>{false, true, true, false}));
  EXPECT_EQ(plan_barriers(f.plan, {f.step(a, false, {b, c}), f.step(s, true)}),
            (std::vector<bool>{false, true}));

  // A parallel predecessor is never joined into.
  steps = {f.step(a, true), f.step(b, false)};
  waits = plan_barriers(f.plan, steps);
  EXPECT_EQ(serial_joins(f.plan, steps, waits), (std::vector<bool>{false, false}));
}

}  // namespace
}  // namespace mlxla::runtime::cpu
