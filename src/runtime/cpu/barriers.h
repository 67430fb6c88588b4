// Where the CPU runtime's threads must wait: before a step that touches memory (or an
// address-table entry) that a step since the previous wait wrote, or writes what such a step
// read. Any thread may run any part of any step, serial ones included, so every conflict counts.
#pragma once

#include <vector>

#include "runtime/cpu/plan.h"

namespace mlxla::runtime::cpu {

/// What one compiled step touches: its op (and the ops of serial steps merged into it, run
/// after it in order) and whether it runs on every thread.
struct StepAccess {
  const FlatOp* op = nullptr;
  bool parallel = false;
  std::vector<const FlatOp*> merged;
};

/// barrier_before[i] for every step i (false for step 0): wait there until every part of
/// every earlier step is complete. Values are tracked by the memory they occupy: arena byte
/// ranges (slots reused by later values alias), whole buffers otherwise, plus the address-table
/// entry of every value whose address is set while running (views, in-place updates).
/// `forced[i]` (when given) puts a wait before step i whatever it touches (state outside the
/// plan's values); every wait, forced or not, ends the stretch later steps are checked against.
std::vector<bool> plan_barriers(const Plan& plan, const std::vector<StepAccess>& steps,
                                const std::vector<bool>& forced = {});

/// Which serial steps may join the serial step before them (one part running both in order):
/// join[i] for a serial step i with a wait before it (`barrier`, from plan_barriers) whose
/// predecessor (after earlier joins) is serial too, and only where the wait is all the join
/// removes. The steps between i and the next wait would then no longer wait for the stretch
/// before i's predecessor (everything since its last wait) to finish, so none of them may
/// conflict with it; otherwise joining would move a wait in front of them and leave a thread
/// idle while the joined step runs (measured: 64-token prefill, where a joined rope + convert
/// chain held up the next layer's matmul). Planning the waits again over the joined steps gives
/// `barrier` without the joined steps' waits.
std::vector<bool> serial_joins(const Plan& plan, const std::vector<StepAccess>& steps,
                               const std::vector<bool>& barrier);

}  // namespace mlxla::runtime::cpu
