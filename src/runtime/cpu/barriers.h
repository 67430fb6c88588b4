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
std::vector<bool> plan_barriers(const Plan& plan, const std::vector<StepAccess>& steps);

}  // namespace mlxla::runtime::cpu
