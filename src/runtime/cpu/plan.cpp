// make_plan: flattening, lifetimes, views, in-place updates and arena offsets.
#include "runtime/cpu/plan.h"

#include <algorithm>
#include <climits>

namespace mlxla::runtime::cpu {
namespace {

constexpr int64_t kArenaAlignment = 64;
constexpr int kMaxInlineDepth = 16;

class Flattener {
 public:
  Flattener(const graph::Module& module, const FusedPredicate& fused, Plan& plan)
      : module_(module), fused_(fused), plan_(plan) {}

  Status flatten(const graph::Function& f, const std::vector<int32_t>& args,
                 std::vector<int32_t>* returned, int depth) {
    if (depth > kMaxInlineDepth) {
      return internal_error("composite decompositions nest deeper than " +
                            std::to_string(kMaxInlineDepth) + " at @" + f.name);
    }
    std::vector<int32_t> map(f.types.size(), -1);
    for (size_t i = 0; i < f.parameters.size(); ++i) {
      map[static_cast<size_t>(f.parameters[i].value)] = args[i];
    }
    auto lookup = [&](graph::ValueId v, size_t op_index) -> Result<int32_t> {
      if (v < 0 || static_cast<size_t>(v) >= map.size() || map[static_cast<size_t>(v)] < 0) {
        return format_error("@" + f.name + " op #" + std::to_string(op_index) + ": operand %" +
                            std::to_string(v) + " is not defined before use");
      }
      return map[static_cast<size_t>(v)];
    };
    for (size_t i = 0; i < f.ops.size(); ++i) {
      const graph::Op& op = f.ops[i];
      std::vector<int32_t> operands;
      for (graph::ValueId v : op.operands) {
        MLXLA_ASSIGN_OR_RETURN(int32_t id, lookup(v, i));
        operands.push_back(id);
      }
      if (op.kind == graph::OpKind::kReturn) {
        *returned = operands;
        return Status::Ok();
      }
      if (op.kind == graph::OpKind::kComposite) {
        const auto& attrs = std::get<graph::CompositeAttrs>(op.attrs);
        if (!fused_(attrs)) {
          const graph::Function* body = module_.find(attrs.decomposition);
          if (body == nullptr) {
            return format_error("@" + f.name + " op #" + std::to_string(i) + " composite " +
                                attrs.name + ": decomposition @" + attrs.decomposition +
                                " is not in the module");
          }
          std::vector<int32_t> inner_results;
          MLXLA_RETURN_IF_ERROR(flatten(*body, operands, &inner_results, depth + 1));
          if (inner_results.size() != op.results.size()) {
            return format_error("composite " + attrs.name + ": decomposition returns " +
                                std::to_string(inner_results.size()) + " values, op has " +
                                std::to_string(op.results.size()));
          }
          for (size_t r = 0; r < op.results.size(); ++r) {
            map[static_cast<size_t>(op.results[r])] = inner_results[r];
          }
          continue;
        }
      }
      FlatOp flat{&op, &f, std::move(operands), {}};
      for (graph::ValueId r : op.results) {
        const auto id = static_cast<int32_t>(plan_.values.size());
        FlatValue value;
        value.type = f.type(r);
        value.root = id;
        value.defined_at = static_cast<int32_t>(plan_.ops.size());
        plan_.values.push_back(value);
        map[static_cast<size_t>(r)] = id;
        flat.results.push_back(id);
      }
      plan_.ops.push_back(std::move(flat));
    }
    return format_error("@" + f.name + " has no return op");
  }

 private:
  const graph::Module& module_;
  const FusedPredicate& fused_;
  Plan& plan_;
};

bool can_view(const FlatOp& fop, const Plan& plan) {
  const graph::Op& op = *fop.op;
  switch (op.kind) {
    case graph::OpKind::kReshape:
      return true;
    case graph::OpKind::kSlice: {
      const auto& a = std::get<graph::SliceAttrs>(op.attrs);
      const auto& from = plan.values[static_cast<size_t>(fop.operands[0])].type.shape;
      std::vector<int64_t> sizes(from.size());
      for (size_t d = 0; d < from.size(); ++d) sizes[d] = a.limit[d] - a.start[d];
      return is_contiguous_slice(from, sizes, a.strides);
    }
    case graph::OpKind::kDynamicSlice: {
      const auto& a = std::get<graph::DynamicSliceAttrs>(op.attrs);
      return is_contiguous_slice(plan.values[static_cast<size_t>(fop.operands[0])].type.shape,
                                 a.sizes);
    }
    default:
      return false;
  }
}

}  // namespace

bool is_contiguous_slice(const std::vector<int64_t>& from, const std::vector<int64_t>& sizes,
                         const std::vector<int64_t>& strides) {
  for (int64_t s : strides) {
    if (s != 1) return false;
  }
  // Row-major contiguity: leading dims of size 1, then one partial dim, then full dims.
  size_t d = 0;
  while (d < sizes.size() && sizes[d] == 1) ++d;
  if (d == sizes.size()) return true;
  for (size_t e = d + 1; e < sizes.size(); ++e) {
    if (sizes[e] != from[e]) return false;
  }
  return true;
}

Result<Plan> make_plan(const graph::Module& module, const FusedPredicate& fused,
                       const ElidePredicate& elide) {
  const graph::Function* main = module.find("main");
  if (main == nullptr) return format_error("module has no @main");
  Plan plan;
  std::vector<int32_t> args;
  for (size_t i = 0; i < main->parameters.size(); ++i) {
    FlatValue value;
    value.type = main->type(main->parameters[i].value);
    value.storage = Storage::kInput;
    value.param = static_cast<int32_t>(i);
    value.root = static_cast<int32_t>(plan.values.size());
    args.push_back(value.root);
    plan.values.push_back(value);
  }
  Flattener flattener(module, fused, plan);
  MLXLA_RETURN_IF_ERROR(flattener.flatten(*main, args, &plan.results, 0));

  // Lifetimes.
  for (size_t i = 0; i < plan.ops.size(); ++i) {
    for (int32_t v : plan.ops[i].operands) {
      plan.values[static_cast<size_t>(v)].last_use = static_cast<int32_t>(i);
    }
  }
  for (int32_t v : plan.results) plan.values[static_cast<size_t>(v)].last_use = INT32_MAX;

  std::vector<bool> elided = elide ? elide(plan) : std::vector<bool>();
  elided.resize(plan.ops.size(), false);

  // Storage, in op order: constants, views, in-place updates; everything else in the arena.
  std::vector<std::vector<int32_t>> members(plan.values.size());
  for (size_t v = 0; v < plan.values.size(); ++v) {
    if (plan.values[v].storage == Storage::kInput) members[v].push_back(static_cast<int32_t>(v));
  }
  auto is_kv_param = [&](int32_t root) {
    const FlatValue& r = plan.values[static_cast<size_t>(root)];
    return r.storage == Storage::kInput &&
           main->parameters[static_cast<size_t>(r.param)].role == graph::ParamRole::kKvCache;
  };
  for (size_t i = 0; i < plan.ops.size(); ++i) {
    const FlatOp& fop = plan.ops[i];
    if (fop.results.size() != 1) {
      for (int32_t r : fop.results) members[static_cast<size_t>(r)].push_back(r);
      continue;
    }
    const int32_t r = fop.results[0];
    FlatValue& value = plan.values[static_cast<size_t>(r)];
    const graph::OpKind kind = fop.op->kind;
    if (elided[i]) {
      value.storage = Storage::kView;
      value.root = plan.values[static_cast<size_t>(fop.operands[0])].root;
    } else if (kind == graph::OpKind::kConstant || kind == graph::OpKind::kIota) {
      value.storage = Storage::kConstant;
    } else if (can_view(fop, plan)) {
      value.storage = Storage::kView;
      value.root = plan.values[static_cast<size_t>(fop.operands[0])].root;
    } else if (kind == graph::OpKind::kDynamicUpdateSlice) {
      const int32_t root = plan.values[static_cast<size_t>(fop.operands[0])].root;
      const FlatValue& rv = plan.values[static_cast<size_t>(root)];
      bool writable = rv.storage == Storage::kArena || is_kv_param(root);
      for (int32_t m : members[static_cast<size_t>(root)]) {
        if (plan.values[static_cast<size_t>(m)].last_use > static_cast<int32_t>(i))
          writable = false;
      }
      if (writable) {
        value.storage = Storage::kInPlace;
        value.root = root;
      }
    }
    members[static_cast<size_t>(value.root)].push_back(r);
  }

  // Arena: each arena root lives from its definition to the last use of any value sharing it.
  struct Interval {
    int32_t root;
    int32_t begin, end;
    int64_t bytes;
  };
  std::vector<Interval> intervals;
  for (size_t v = 0; v < plan.values.size(); ++v) {
    const FlatValue& value = plan.values[v];
    if (value.storage != Storage::kArena || value.root != static_cast<int32_t>(v)) continue;
    int32_t end = value.defined_at;
    for (int32_t m : members[v]) end = std::max(end, plan.values[static_cast<size_t>(m)].last_use);
    const int64_t bytes = (static_cast<int64_t>(value.type.nbytes()) + kArenaAlignment - 1) /
                          kArenaAlignment * kArenaAlignment;
    if (bytes > 0) intervals.push_back({static_cast<int32_t>(v), value.defined_at, end, bytes});
  }
  // First fit by definition order against the blocks still live.
  struct Placed {
    int64_t offset, bytes;
    int32_t end;
  };
  std::vector<Placed> live;
  for (const Interval& iv : intervals) {
    std::erase_if(live, [&](const Placed& p) { return p.end < iv.begin; });
    std::sort(live.begin(), live.end(),
              [](const Placed& a, const Placed& b) { return a.offset < b.offset; });
    int64_t offset = 0;
    for (const Placed& p : live) {
      if (offset + iv.bytes <= p.offset) break;
      offset = std::max(offset, p.offset + p.bytes);
    }
    plan.values[static_cast<size_t>(iv.root)].arena_offset = offset;
    plan.arena_bytes = std::max(plan.arena_bytes, offset + iv.bytes);
    live.push_back({offset, iv.bytes, iv.end});
  }
  return plan;
}

}  // namespace mlxla::runtime::cpu
