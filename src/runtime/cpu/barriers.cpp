// plan_barriers: a read/write-set scan over the step list (compile time only).
#include "runtime/cpu/barriers.h"

#include <cstdint>

namespace mlxla::runtime::cpu {
namespace {

enum class Space : uint8_t { kArena, kBuffer, kAddress };

/// A piece of state a step reads or writes: bytes [lo, hi) of the arena, a whole buffer (value
/// id), or a value's address-table entry.
struct Key {
  Space space;
  int32_t id;
  int64_t lo, hi;
};

bool overlap(const Key& a, const Key& b) {
  if (a.space != b.space) return false;
  if (a.space == Space::kArena) return a.lo < b.hi && b.lo < a.hi;
  return a.id == b.id;
}

bool any_overlap(const std::vector<Key>& a, const std::vector<Key>& b) {
  for (const Key& x : a) {
    for (const Key& y : b) {
      if (overlap(x, y)) return true;
    }
  }
  return false;
}

struct Access {
  std::vector<Key> reads, writes;
  bool parallel = false;
};

class AccessBuilder {
 public:
  explicit AccessBuilder(const Plan& plan) : plan_(plan) {}

  /// The memory holding value v.
  Key memory(int32_t v) const {
    const int32_t root = plan_.values[static_cast<size_t>(v)].root;
    const FlatValue& r = plan_.values[static_cast<size_t>(root)];
    if (r.storage == Storage::kArena) {
      return {Space::kArena, 0, r.arena_offset,
              r.arena_offset + static_cast<int64_t>(r.type.nbytes())};
    }
    return {Space::kBuffer, root, 0, 0};
  }
  /// Whether v's address is written while running (by the step defining it).
  bool runtime_address(int32_t v) const {
    const FlatValue& value = plan_.values[static_cast<size_t>(v)];
    return value.defined_at >= 0 &&
           (value.storage == Storage::kView || value.storage == Storage::kInPlace);
  }
  void read_value(int32_t v, Access& a) const {
    a.reads.push_back(memory(v));
    if (runtime_address(v)) a.reads.push_back({Space::kAddress, v, 0, 0});
  }

  Access of(const StepAccess& step) const {
    Access a;
    a.parallel = step.parallel;
    add(*step.op, a);
    for (const FlatOp* op : step.merged) add(*op, a);
    return a;
  }

 private:
  /// Adds what op reads and writes to a.
  void add(const FlatOp& op, Access& a) const {
    const bool view = op.results.size() == 1 &&
                      plan_.values[static_cast<size_t>(op.results[0])].storage == Storage::kView;
    for (size_t i = 0; i < op.operands.size(); ++i) {
      const int32_t v = op.operands[i];
      if (view && i == 0) {
        // A view step only computes an address from its operand's address.
        if (runtime_address(v)) a.reads.push_back({Space::kAddress, v, 0, 0});
        continue;
      }
      read_value(v, a);
    }
    for (int32_t r : op.results) {
      if (!view) a.writes.push_back(memory(r));
      if (runtime_address(r)) a.writes.push_back({Space::kAddress, r, 0, 0});
    }
  }

  const Plan& plan_;
};

/// Whether `a` must wait for `b` (b earlier): a writes what b touched or reads what b wrote.
bool conflicts(const Access& a, const Access& b) {
  return any_overlap(a.writes, b.reads) || any_overlap(a.writes, b.writes) ||
         any_overlap(a.reads, b.writes);
}

/// `into` touches what `from` touches too (a step joined into another).
void merge(Access& into, Access from) {
  into.reads.insert(into.reads.end(), from.reads.begin(), from.reads.end());
  into.writes.insert(into.writes.end(), from.writes.begin(), from.writes.end());
}

}  // namespace

std::vector<bool> plan_barriers(const Plan& plan, const std::vector<StepAccess>& steps,
                                const std::vector<bool>& forced) {
  const AccessBuilder builder(plan);
  std::vector<bool> barrier(steps.size(), false);
  std::vector<Access> pending;  // steps since the last barrier
  for (size_t i = 0; i < steps.size(); ++i) {
    Access a = builder.of(steps[i]);
    bool conflict = i < forced.size() && forced[i] && i > 0;
    for (size_t p = 0; p < pending.size() && !conflict; ++p) conflict = conflicts(a, pending[p]);
    if (conflict) {
      barrier[i] = true;
      pending.clear();
    }
    pending.push_back(std::move(a));
  }
  return barrier;
}

std::vector<bool> serial_joins(const Plan& plan, const std::vector<StepAccess>& steps,
                               const std::vector<bool>& barrier) {
  const AccessBuilder builder(plan);
  std::vector<Access> access;
  access.reserve(steps.size());
  for (const StepAccess& s : steps) access.push_back(builder.of(s));
  std::vector<bool> join(steps.size(), false);
  // The kept step that step i would join (the last one not joined), and the first step of the
  // wait-free stretch that kept step belongs to (its last wait, or 0).
  size_t kept = 0, stretch = 0;
  for (size_t i = 1; i < steps.size(); ++i) {
    if (barrier[i] && !steps[i].parallel && !steps[kept].parallel) {
      // Steps up to the next wait run after i's wait today; once joined, they may start while
      // the stretch [stretch, kept] runs, so none of them may conflict with it.
      size_t next = i + 1;
      while (next < steps.size() && !barrier[next]) ++next;
      bool free = true;
      for (size_t k = i + 1; k < next && free; ++k) {
        // A joined step's accesses were folded into the step it joined.
        for (size_t p = stretch; p <= kept && free; ++p) {
          if (!join[p]) free = !conflicts(access[k], access[p]);
        }
      }
      if (free) {
        join[i] = true;
        merge(access[kept], std::move(access[i]));
        continue;
      }
    }
    kept = i;
    if (barrier[i]) stretch = i;
  }
  return join;
}

}  // namespace mlxla::runtime::cpu
