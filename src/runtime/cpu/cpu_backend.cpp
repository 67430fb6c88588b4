// CpuBackend and its Executable: step compilation, address binding and the run loop.
#include "runtime/cpu/cpu_backend.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <map>
#include <thread>
#include <utility>

#include "graph/composites.h"
#include "graph/verifier.h"
#include "kernels/cpu/interleave.h"
#include "runtime/cpu/barriers.h"
#include "runtime/cpu/element_access.h"
#include "runtime/cpu/fused_ops.h"
#include "runtime/cpu/plan.h"
#include "runtime/cpu/step.h"
#include "runtime/cpu/step_profile.h"

namespace mlxla::runtime::cpu {
namespace {

constexpr size_t kAlignment = 64;

struct AlignedFree {
  void operator()(std::byte* p) const { std::free(p); }
};
using AlignedBytes = std::unique_ptr<std::byte, AlignedFree>;

AlignedBytes aligned_bytes(size_t n) {
  const size_t rounded = (n + kAlignment - 1) / kAlignment * kAlignment;
  auto* p = static_cast<std::byte*>(std::aligned_alloc(kAlignment, rounded ? rounded : kAlignment));
  if (p) std::memset(p, 0, rounded ? rounded : kAlignment);
  return AlignedBytes(p);
}

class CpuExecutable final : public Executable {
 public:
  static Result<std::unique_ptr<CpuExecutable>> create(
      const CpuBackend* backend, const graph::Module& module,
      std::shared_ptr<const WeightSet> weight_set, std::shared_ptr<ThreadPool> pool,
      kernels::KernelContext kctx, int64_t parallel_min_bytes, kernels::Policy policy,
      std::shared_ptr<InterleavedWeights> layouts) {
    auto exe = std::unique_ptr<CpuExecutable>(new CpuExecutable(std::move(pool), kctx));
    exe->backend_ = backend;
    exe->weight_set_ = std::move(weight_set);
    exe->parallel_min_bytes_ = parallel_min_bytes;
    exe->policy_ = policy;
    exe->layouts_ = std::move(layouts);
    MLXLA_RETURN_IF_ERROR(exe->compile(module));
    return exe;
  }

  Status execute(std::span<DeviceBuffer* const> inputs, std::span<DeviceBuffer* const> state,
                 std::span<DeviceBuffer* const> outputs) override {
    MLXLA_RETURN_IF_ERROR(check_buffer_types("cpu runtime", "input", inputs, input_types_));
    MLXLA_RETURN_IF_ERROR(check_buffer_types("cpu runtime", "state", state, state_types_));
    MLXLA_RETURN_IF_ERROR(check_buffer_types("cpu runtime", "output", outputs, output_types_));
    std::vector<std::byte*> addr = base_addr_;
    for (size_t i = 0; i < inputs.size(); ++i) {
      MLXLA_ASSIGN_OR_RETURN(addr[static_cast<size_t>(param_values_[signature_.inputs[i]])],
                             backend_->host_data(*inputs[i], "input"));
    }
    std::vector<std::byte*> state_data(state.size());
    for (size_t i = 0; i < state.size(); ++i) {
      MLXLA_ASSIGN_OR_RETURN(state_data[i], backend_->host_data(*state[i], "state"));
      addr[static_cast<size_t>(param_values_[signature_.state[i]])] = state_data[i];
    }
    std::byte** table = addr.data();
    if (profile_) {
      // Every part of every step in order on this thread, each timed.
      using Clock = std::chrono::steady_clock;
      for (size_t i = 0; i < steps_.size(); ++i) {
        const int64_t parts = units_before_[i + 1] - units_before_[i];
        for (int64_t part = 0; part < parts; ++part) {
          const Clock::time_point t0 = Clock::now();
          steps_[i].run(table, static_cast<int>(part), static_cast<int>(parts));
          profile_->record(i, part, std::chrono::nanoseconds(Clock::now() - t0).count());
        }
      }
      profile_->end_run();
    } else if (pool_->size() == 1) {
      for (const Step& step : steps_) step.run(table, 0, 1);
    } else {
      // Every step is a number of parts (1 for a serial step) that any thread may claim; a
      // thread waits only where plan_barriers says, and only for the parts before it to be
      // done, so a descheduled thread delays the others only while it holds a claimed part.
      for (size_t i = 0; i < steps_.size(); ++i)
        claimed_[i].value.store(0, std::memory_order_relaxed);
      done_.value.store(0, std::memory_order_relaxed);
      pool_->run([&](int) {
        for (size_t i = 0; i < steps_.size(); ++i) {
          const Step& step = steps_[i];
          if (barrier_before_[i]) spin_until_at_least(done_.value, units_before_[i]);
          const int64_t parts = units_before_[i + 1] - units_before_[i];
          std::atomic<int64_t>& next = claimed_[i].value;
          for (int64_t part = next.fetch_add(1, std::memory_order_relaxed); part < parts;
               part = next.fetch_add(1, std::memory_order_relaxed)) {
            step.run(table, static_cast<int>(part), static_cast<int>(parts));
            done_.value.fetch_add(1, std::memory_order_acq_rel);
          }
        }
      });
    }
    for (size_t i = 0; i < state.size(); ++i) {
      const int32_t v = plan_.results[static_cast<size_t>(signature_.state_results[i])];
      if (addr[static_cast<size_t>(v)] != state_data[i]) {
        std::memmove(state_data[i], addr[static_cast<size_t>(v)], state[i]->nbytes());
      }
    }
    for (size_t i = 0; i < outputs.size(); ++i) {
      const int32_t v = plan_.results[static_cast<size_t>(signature_.output_results[i])];
      MLXLA_ASSIGN_OR_RETURN(std::byte * data, backend_->host_data(*outputs[i], "output"));
      if (outputs[i]->nbytes() > 0)
        std::memcpy(data, addr[static_cast<size_t>(v)], outputs[i]->nbytes());
    }
    return Status::Ok();
  }

  const std::vector<graph::TensorType>& input_types() const override { return input_types_; }
  const std::vector<graph::TensorType>& state_types() const override { return state_types_; }
  const std::vector<graph::TensorType>& output_types() const override { return output_types_; }
  int64_t planned_bytes() const { return plan_.arena_bytes + constant_bytes_; }
  ~CpuExecutable() override {
    if (profile_ && profile_->runs() > 0) std::fputs(profile_->report().c_str(), stderr);
  }

 private:
  CpuExecutable(std::shared_ptr<ThreadPool> pool, kernels::KernelContext kctx)
      : pool_(std::move(pool)), kernels_(kctx) {}

  Status compile(const graph::Module& module) {
    MLXLA_RETURN_IF_ERROR(graph::verify(module));
    module_ = std::make_unique<graph::Module>(module);  // plan ops point into this copy
    MLXLA_ASSIGN_OR_RETURN(signature_, main_signature(*module_));
    const graph::Function& main = module_->main();
    // The weight set's views, in kWeight parameter order: read in place (zero copy).
    MLXLA_ASSIGN_OR_RETURN(std::vector<BufferView> weights,
                           backend_->resolve_weights(*module_, signature_, *weight_set_));
    // Weight dots found while planning, so their narrowing converts get no memory.
    std::vector<std::optional<WeightDot>> dots;
    auto elide = [&](const Plan& plan) {
      std::vector<int32_t> uses(plan.values.size(), 0);
      for (const FlatOp& op : plan.ops) {
        for (int32_t v : op.operands) ++uses[static_cast<size_t>(v)];
      }
      for (int32_t v : plan.results) ++uses[static_cast<size_t>(v)];
      std::vector<bool> elided(plan.ops.size(), false);
      dots.assign(plan.ops.size(), std::nullopt);
      for (size_t i = 0; i < plan.ops.size(); ++i) {
        if (plan.ops[i].op->kind != graph::OpKind::kDotGeneral) continue;
        dots[i] = match_weight_dot(plan, static_cast<int32_t>(i), uses);
        if (!dots[i]) continue;
        if (dots[i]->lhs_convert_op >= 0)
          elided[static_cast<size_t>(dots[i]->lhs_convert_op)] = true;
        if (dots[i]->rhs_convert_op >= 0)
          elided[static_cast<size_t>(dots[i]->rhs_convert_op)] = true;
      }
      return elided;
    };
    MLXLA_ASSIGN_OR_RETURN(plan_, make_plan(*module_, has_fused_kernel, elide));

    for (size_t i = 0; i < main.parameters.size(); ++i) {
      param_values_.push_back(static_cast<int32_t>(i));  // parameters are the first flat values
    }
    for (size_t i : signature_.inputs) input_types_.push_back(main.type(main.parameters[i].value));
    for (size_t i : signature_.state) state_types_.push_back(main.type(main.parameters[i].value));
    for (int32_t r : signature_.output_results) {
      output_types_.push_back(
          plan_.values[static_cast<size_t>(plan_.results[static_cast<size_t>(r)])].type);
    }

    base_addr_.assign(plan_.values.size(), nullptr);
    for (size_t i = 0; i < weights.size(); ++i) {
      const auto& p = main.parameters[signature_.weights[i]];
      if (!(weights[i].type == main.type(p.value))) {
        return invalid_argument("cpu runtime: weight '" + p.name + "' is bound as " +
                                graph::to_string(weights[i].type) + ", the graph expects " +
                                graph::to_string(main.type(p.value)));
      }
      base_addr_[signature_.weights[i]] = const_cast<std::byte*>(weights[i].data);
    }
    arena_ = aligned_bytes(static_cast<size_t>(plan_.arena_bytes));
    if (!arena_)
      return internal_error("cpu runtime: cannot allocate a " + std::to_string(plan_.arena_bytes) +
                            "-byte arena");
    for (size_t v = 0; v < plan_.values.size(); ++v) {
      const FlatValue& value = plan_.values[v];
      if (value.storage == Storage::kArena && value.root == static_cast<int32_t>(v)) {
        base_addr_[v] = arena_.get() + value.arena_offset;
      }
    }
    // Interleaved copies first: a tied embedding's gather, earlier in the plan than the
    // lm_head matmul, then reads the copy instead of the checkpoint's pages.
    std::vector<std::optional<kernels::PackedWeight>> bound_weights(plan_.ops.size());
    for (size_t i = 0; i < plan_.ops.size(); ++i) {
      if (!is_quantized_dot(plan_.ops[i])) continue;
      auto interleaved = interleaved_weight(i);
      if (!interleaved.ok())
        return interleaved.error().with_context("@" + plan_.ops[i].function->name +
                                                " mlxla.quantized_dot");
      bound_weights[i] = *interleaved;
    }
    std::vector<StepAccess> accesses;
    FastActivations fast_activations;
    for (size_t i = 0; i < plan_.ops.size(); ++i) {
      const FlatOp& fop = plan_.ops[i];
      const graph::OpKind kind = fop.op->kind;
      if (kind == graph::OpKind::kConstant || kind == graph::OpKind::kIota) {
        const int32_t r = fop.results[0];
        AlignedBytes bytes = aligned_bytes(plan_.values[static_cast<size_t>(r)].type.nbytes());
        MLXLA_RETURN_IF_ERROR(materialize_constant(fop, plan_, bytes.get()));
        base_addr_[static_cast<size_t>(r)] = bytes.get();
        constants_.push_back(std::move(bytes));
        constant_bytes_ += static_cast<int64_t>(plan_.values[static_cast<size_t>(r)].type.nbytes());
        continue;
      }
      Result<Step> step = Step{};
      const bool quantized_dot = is_quantized_dot(fop);
      const std::optional<kernels::PackedWeight>& bound = bound_weights[i];
      const auto gathered = kind == graph::OpKind::kGather ? gather_tables_.find(fop.operands[0])
                                                           : gather_tables_.end();
      if (gathered != gather_tables_.end()) {
        step = interleaved_row_gather(fop, gathered->second.first, gathered->second.second);
      } else if (quantized_dot && policy_ == kernels::Policy::kExact) {
        step = compile_quantized_dot_exact(fop, plan_, kernels_, bound);
      } else if (policy_ == kernels::Policy::kFast && quantized_dot) {
        auto fast = compile_quantized_dot_fast(fop, plan_, kernels_, fast_activations, bound);
        if (!fast.ok())
          return fast.error().with_context("@" + fop.function->name + " mlxla.quantized_dot");
        for (Step& s : *fast) {
          if (s.parallel) s.parallel = worth_splitting(fop, s);
          accesses.push_back({&fop, s.parallel, {}});
          steps_.push_back(std::move(s));
        }
        continue;
      } else if (kind == graph::OpKind::kComposite &&
                 std::get<graph::CompositeAttrs>(fop.op->attrs).name == graph::kMoeName) {
        auto moe = compile_moe(fop, plan_, kernels_, policy_);
        if (!moe.ok()) return moe.error().with_context("@" + fop.function->name + " mlxla.moe");
        for (Step& s : *moe) {
          if (s.parallel) s.parallel = work_bytes(fop) >= parallel_min_bytes_;
          accesses.push_back({&fop, s.parallel, {}});
          steps_.push_back(std::move(s));
        }
        continue;
      } else if (kind == graph::OpKind::kComposite) {
        step = compile_composite(fop, plan_, kernels_);
      } else if (kind == graph::OpKind::kDotGeneral) {
        step = dots[i] ? compile_weight_dot(fop, plan_, *dots[i], kernels_)
                       : compile_general_dot(fop, plan_);
      } else if (kind == graph::OpKind::kConvert &&
                 plan_.values[static_cast<size_t>(fop.results[0])].storage == Storage::kView) {
        continue;  // folded into the matmul that reads it
      } else {
        step = compile_generic_op(fop, plan_, kernels_.isa());
      }
      if (!step.ok()) {
        return step.error().with_context("@" + fop.function->name + " stablehlo." +
                                         std::string(graph::op_name(kind)));
      }
      if (!step->run) continue;
      if (step->parallel) step->parallel = worth_splitting(fop, *step);
      accesses.push_back({&fop, step->parallel, {}});
      steps_.push_back(std::move(step.value()));
    }
    plan_waits(accesses);
    if (pool_->size() > 1) join_serial_steps(accesses);
    claimed_ = std::make_unique<Counter[]>(steps_.size());
    units_before_.assign(steps_.size() + 1, 0);
    for (size_t i = 0; i < steps_.size(); ++i) {
      const Step& step = steps_[i];
      const int64_t parts = !step.parallel ? 1 : step.chunks > 0 ? step.chunks : pool_->size();
      units_before_[i + 1] = units_before_[i] + parts;
    }
    if (const char* env = std::getenv("MLXLA_CPU_PROFILE"); env && *env && *env != '0')
      start_profile(accesses);
    return Status::Ok();
  }

  /// barrier_before_ for steps_ (accesses[i]: what step i touches).
  void plan_waits(const std::vector<StepAccess>& accesses) {
    std::vector<bool> forced(steps_.size());
    for (size_t i = 0; i < steps_.size(); ++i) forced[i] = steps_[i].needs_barrier;
    barrier_before_ = plan_barriers(plan_, accesses, forced);
  }

  /// Serial steps that wait for the serial step before them join it where that wait is all
  /// that changes (serial_joins): one part then runs both in order on one thread, and no other
  /// step waits longer than before. Waits are then planned again over the joined steps, each
  /// touching what its ops touch. One thread runs the steps in order and joins nothing.
  /// Qwen3-0.6B shape, 2 threads, fast: decode 1067 steps / 800 waits -> 692 / 542.
  void join_serial_steps(std::vector<StepAccess>& accesses) {
    const std::vector<bool> join = serial_joins(plan_, accesses, barrier_before_);
    if (std::find(join.begin(), join.end(), true) == join.end()) return;
    std::vector<Step> steps;
    std::vector<StepAccess> joined;
    for (size_t i = 0; i < steps_.size(); ++i) {
      Step& step = steps_[i];
      if (join[i]) {
        steps.back().run = [first = std::move(steps.back().run), second = std::move(step.run)](
                               AddressTable addr, int, int) {
          first(addr, 0, 1);
          second(addr, 0, 1);
        };
        joined.back().merged.push_back(accesses[i].op);
        for (const FlatOp* op : accesses[i].merged) joined.back().merged.push_back(op);
        continue;
      }
      steps.push_back(std::move(step));
      joined.push_back(accesses[i]);
    }
    steps_ = std::move(steps);
    accesses = std::move(joined);
    plan_waits(accesses);
  }

  /// MLXLA_CPU_PROFILE: labels the steps ("S " serial / "P " parallel, the op; quantized dots
  /// with their output rows, the fast policy's activation step as quantize_activations, joined
  /// steps as "joined: " and their first op) and times every run (StepProfile).
  void start_profile(const std::vector<StepAccess>& accesses) {
    std::vector<std::string> labels;
    std::vector<bool> parallel;
    for (size_t i = 0; i < steps_.size(); ++i) {
      const FlatOp& op = *accesses[i].op;
      std::string name(graph::op_name(op.op->kind));
      if (op.op->kind == graph::OpKind::kComposite)
        name = std::get<graph::CompositeAttrs>(op.op->attrs).name;
      if (is_quantized_dot(op)) {
        const bool activations = policy_ == kernels::Policy::kFast && i + 1 < steps_.size() &&
                                 steps_[i + 1].needs_barrier &&
                                 accesses[i + 1].op == accesses[i].op;
        name += activations
                    ? " quantize_activations"
                    : " n=" + std::to_string(
                                  plan_.values[static_cast<size_t>(op.operands[1])].type.shape[0]);
      }
      if (!accesses[i].merged.empty()) name = "joined: " + name;
      labels.push_back((steps_[i].parallel ? "P " : "S ") + name);
      parallel.push_back(steps_[i].parallel);
    }
    int64_t rows = 0;  // the first input's leading dimension (tokens)
    if (!signature_.inputs.empty()) {
      const graph::TensorType t =
          module_->main().type(module_->main().parameters[signature_.inputs[0]].value);
      if (!t.shape.empty()) rows = t.shape[0];
    }
    const std::string title = std::string(policy_ == kernels::Policy::kFast ? "fast" : "exact") +
                              ", " + std::to_string(rows) + " rows";
    profile_ = std::make_unique<StepProfile>(title, std::move(labels), std::move(parallel),
                                             units_before_, barrier_before_, pool_->size());
  }

  static bool is_quantized_dot(const FlatOp& fop) {
    return fop.op->kind == graph::OpKind::kComposite &&
           std::get<graph::CompositeAttrs>(fop.op->attrs).name == graph::kQuantizedDotName;
  }

  /// Whether `fop` gathers whole rows of its 2-D operand 0 by a column of indices (an
  /// embedding: indices [count, 1], one collapsed row dimension, the full row as the slice).
  bool is_row_gather(const FlatOp& fop) const {
    if (fop.op->kind != graph::OpKind::kGather || fop.operands.size() != 2 ||
        fop.results.size() != 1) {
      return false;
    }
    const auto& g = std::get<graph::GatherAttrs>(fop.op->attrs);
    const graph::TensorType& table = plan_.values[static_cast<size_t>(fop.operands[0])].type;
    const graph::TensorType& ids = plan_.values[static_cast<size_t>(fop.operands[1])].type;
    const graph::TensorType& out = plan_.values[static_cast<size_t>(fop.results[0])].type;
    return table.shape.size() == 2 && ids.shape.size() == 2 && ids.shape[1] == 1 &&
           graph::is_integer(ids.element) && g.index_vector_dim == 1 &&
           g.offset_dims == std::vector<int64_t>{1} &&
           g.collapsed_slice_dims == std::vector<int64_t>{0} &&
           g.start_index_map == std::vector<int64_t>{0} &&
           g.slice_sizes == std::vector<int64_t>{1, table.shape[1]} &&
           out.element == table.element &&
           out.shape == std::vector<int64_t>{ids.shape[0], table.shape[1]};
  }

  /// The interleaved copy of quantized_dot op `op_index`'s weight, or nullopt to read operands
  /// 1-3 in place: when the backend has no layout store, or an operand is not a weight bound
  /// at compile time (an input, or computed), or another op reads one of them. The store keeps
  /// one copy per tensor for every executable of the backend. Readers allowed besides the
  /// matmul: other quantized_dots of the same weight, and row gathers (a tied embedding): they
  /// are compiled to read the copy (interleaved_row_gather), so the checkpoint pages the copy
  /// released are never faulted back (a gather of the mapping would fault them in again,
  /// fault-around included: measured +110 MB peak RSS on the 1B when it read in place).
  Result<std::optional<kernels::PackedWeight>> interleaved_weight(size_t op_index) {
    const FlatOp& fop = plan_.ops[op_index];
    if (!layouts_) return std::optional<kernels::PackedWeight>();
    if (root_readers_.empty()) {
      // Ops reading each root value (directly or through views), each op once.
      root_readers_.assign(plan_.values.size(), {});
      for (size_t o = 0; o < plan_.ops.size(); ++o) {
        std::vector<int32_t> roots;
        for (int32_t v : plan_.ops[o].operands)
          roots.push_back(plan_.values[static_cast<size_t>(v)].root);
        std::sort(roots.begin(), roots.end());
        roots.erase(std::unique(roots.begin(), roots.end()), roots.end());
        for (int32_t r : roots)
          root_readers_[static_cast<size_t>(r)].push_back(static_cast<int32_t>(o));
      }
    }
    const auto same_weight = [&](const FlatOp& other) {
      return std::equal(fop.operands.begin() + 1, fop.operands.begin() + 4,
                        other.operands.begin() + 1);
    };
    for (int i = 1; i <= 3; ++i) {
      const auto v = static_cast<size_t>(fop.operands[static_cast<size_t>(i)]);
      const FlatValue& value = plan_.values[v];
      if (value.storage != Storage::kInput || value.root != static_cast<int32_t>(v) ||
          base_addr_[v] == nullptr) {
        return std::optional<kernels::PackedWeight>();
      }
      for (int32_t o : root_readers_[v]) {
        const FlatOp& reader = plan_.ops[static_cast<size_t>(o)];
        if (is_quantized_dot(reader) && reader.operands.size() >= 4 && same_weight(reader))
          continue;
        if (is_row_gather(reader) && reader.operands[0] == static_cast<int32_t>(v) &&
            plan_.values[static_cast<size_t>(reader.operands[1])].root != static_cast<int32_t>(v)) {
          continue;
        }
        return std::optional<kernels::PackedWeight>();
      }
    }
    MLXLA_ASSIGN_OR_RETURN(kernels::PackedWeight w, quantized_dot_weight(fop, plan_));
    w.packed = base_addr_[static_cast<size_t>(fop.operands[1])];
    w.scales = base_addr_[static_cast<size_t>(fop.operands[2])];
    w.biases = base_addr_[static_cast<size_t>(fop.operands[3])];
    // The fast layout's native kernels take 4 and 8 bits: other widths stay in place, where the
    // row-major kernels beat de-interleaving tiles of the copy.
    if (layouts_->rows() == kernels::kFastInterleave && !kernels::fast_layout_bits(w.bits)) {
      return std::optional<kernels::PackedWeight>();
    }
    MLXLA_ASSIGN_OR_RETURN(kernels::PackedWeight copy, layouts_->get(w));
    const kernels::WeightPart parts[] = {kernels::WeightPart::kCodes, kernels::WeightPart::kScales,
                                         kernels::WeightPart::kBiases};
    for (int i = 1; i <= 3; ++i) {
      gather_tables_.emplace(fop.operands[static_cast<size_t>(i)],
                             std::make_pair(copy, parts[i - 1]));
    }
    return std::optional<kernels::PackedWeight>(copy);
  }

  /// A row gather (is_row_gather) of one part of an interleaved weight: each index clamped to
  /// [0, n) as StableHLO's gather clamps its start, the row de-interleaved into the result.
  Result<Step> interleaved_row_gather(const FlatOp& fop, const kernels::PackedWeight& w,
                                      kernels::WeightPart part) const {
    const int32_t ix = fop.operands[1], r = fop.results[0];
    const graph::TensorType& table = plan_.values[static_cast<size_t>(fop.operands[0])].type;
    const graph::ElementType it = plan_.values[static_cast<size_t>(ix)].type.element;
    const int64_t count = plan_.values[static_cast<size_t>(ix)].type.shape[0];
    const int64_t row_bytes = kernels::part_row_bytes(kernels::InterleavedGeometry(w), part);
    if (!is_row_gather(fop) || table.shape[0] != w.n ||
        table.shape[1] * static_cast<int64_t>(graph::element_size(table.element)) != row_bytes) {
      return internal_error("cpu runtime: gather of an interleaved weight with another shape");
    }
    Step step;
    step.run = [=](AddressTable addr, int, int) {
      for (int64_t t = 0; t < count; ++t) {
        const int64_t row = std::clamp<int64_t>(load_int(addr[ix], it, t), 0, w.n - 1);
        kernels::deinterleave_row_part(w, row, part, addr[r] + t * row_bytes);
      }
    };
    return step;
  }

  /// Whether a parallel step is split across threads (else it runs as one serial part): when
  /// it touches parallel_min_bytes_ of work, or it is a matmul of 4 parts or more (at least 256
  /// output rows of 64; gemma-3-1b-it's k/v projections, 256 x 1152 at 4 bits, were serial
  /// steps of ~15 us each per layer).
  bool worth_splitting(const FlatOp& fop, const Step& step) const {
    return work_bytes(fop) >= parallel_min_bytes_ || step.chunks >= 4;
  }

  /// The bytes an op touches, weighted by its work per byte for the serial/parallel choice: a
  /// transcendental function of the C library (tanh, exp, log, sin, cos, logistic: 20-40 cycles
  /// per element against ~1 for an add) counts 16 times. Gemma's GELU-tanh over 6912 values was
  /// 4% of a decode step on one thread, serial.
  int64_t work_bytes(const FlatOp& fop) const {
    switch (fop.op->kind) {
      case graph::OpKind::kTanh:
      case graph::OpKind::kExponential:
      case graph::OpKind::kLog:
      case graph::OpKind::kLogistic:
      case graph::OpKind::kSine:
      case graph::OpKind::kCosine:
        return 16 * touched_bytes(fop);
      default:
        return touched_bytes(fop);
    }
  }

  int64_t touched_bytes(const FlatOp& fop) const {
    int64_t touched = 0;
    for (int32_t v : fop.operands)
      touched += static_cast<int64_t>(plan_.values[static_cast<size_t>(v)].type.nbytes());
    for (int32_t v : fop.results)
      touched += static_cast<int64_t>(plan_.values[static_cast<size_t>(v)].type.nbytes());
    return touched;
  }

  const CpuBackend* backend_ = nullptr;          ///< whose buffers execute() takes
  std::shared_ptr<const WeightSet> weight_set_;  ///< keeps the bound weights' bytes alive
  std::shared_ptr<ThreadPool> pool_;
  kernels::KernelContext kernels_;
  int64_t parallel_min_bytes_ = 0;
  kernels::Policy policy_ = kernels::Policy::kExact;
  std::shared_ptr<InterleavedWeights> layouts_;     ///< its weight set's copies; null: in place
  std::vector<std::vector<int32_t>> root_readers_;  ///< per root value: ops reading it (lazy)
  /// Weight values (codes, scales, biases) of interleaved copies, by flat value: their row
  /// gathers read the copy.
  std::map<int32_t, std::pair<kernels::PackedWeight, kernels::WeightPart>> gather_tables_;
  std::unique_ptr<graph::Module> module_;
  MainSignature signature_;
  Plan plan_;
  std::vector<Step> steps_;
  std::vector<bool> barrier_before_;      ///< per step (plan_barriers)
  std::unique_ptr<StepProfile> profile_;  ///< MLXLA_CPU_PROFILE only
  /// Per step: the next part of a chunked step to claim (reset at every execution).
  struct alignas(64) Counter {
    std::atomic<int64_t> value{0};
  };
  std::unique_ptr<Counter[]> claimed_;
  /// units_before_[i]: parts of steps [0, i) (a serial step is one part); done_ counts the parts
  /// completed in the current run.
  std::vector<int64_t> units_before_;
  Counter done_;
  std::vector<int32_t> param_values_;
  std::vector<std::byte*> base_addr_;
  AlignedBytes arena_;
  std::vector<AlignedBytes> constants_;
  int64_t constant_bytes_ = 0;
  std::vector<graph::TensorType> input_types_, state_types_, output_types_;
};

}  // namespace

Result<std::unique_ptr<CpuBackend>> CpuBackend::create(const CpuOptions& options) {
  int threads = options.threads;
  if (threads <= 0) threads = static_cast<int>(std::thread::hardware_concurrency());
  if (threads <= 0) threads = 1;
  if (threads > 256)
    return invalid_argument("cpu runtime: " + std::to_string(threads) + " threads is too many");
  kernels::KernelContext kctx = kernels::KernelContext::best();
  if (options.isa) {
    MLXLA_ASSIGN_OR_RETURN(kctx, kernels::KernelContext::with_isa(*options.isa));
  }
  int interleave_rows = 0;
  if (options.weight_layout == WeightLayout::kInterleaved) {
    if (options.policy == kernels::Policy::kFast) {
      // The fast layout wherever its native kernels exist (one sequential stream per thread,
      // every m); elsewhere in place (de-interleaved tiles would be slower).
      if (kctx.has_fast_interleaved()) interleave_rows = kernels::kFastInterleave;
    } else if (kctx.has_interleaved_matvec()) {
      if (options.interleave_rows != 4 && options.interleave_rows != 8) {
        return invalid_argument("cpu runtime: interleave_rows must be 4 or 8, got " +
                                std::to_string(options.interleave_rows));
      }
      interleave_rows = options.interleave_rows;
    }
  }
  return std::unique_ptr<CpuBackend>(new CpuBackend(std::make_shared<ThreadPool>(threads), kctx,
                                                    options.parallel_min_bytes, options.policy,
                                                    interleave_rows));
}

std::shared_ptr<InterleavedWeights> CpuBackend::layouts_for(
    const std::shared_ptr<const WeightSet>& weights) {
  if (interleave_rows_ == 0) return nullptr;
  // Sets that died take their copies with them (their executables, which hold the set, are gone).
  std::erase_if(layouts_, [](const auto& entry) { return entry.second.set.expired(); });
  SetLayouts& entry = layouts_[weights.get()];
  if (entry.layouts == nullptr) {
    entry.set = weights;
    entry.layouts = std::make_shared<InterleavedWeights>(interleave_rows_, pool_->size());
  }
  return entry.layouts;
}

template <typename F>
int64_t CpuBackend::sum_layouts(F&& f) const {
  int64_t total = 0;
  for (const auto& [key, entry] : layouts_)
    if (!entry.set.expired()) total += f(*entry.layouts);
  return total;
}

int64_t CpuBackend::interleaved_bytes() const {
  return sum_layouts([](const InterleavedWeights& l) { return l.bytes(); });
}

int64_t CpuBackend::released_mapping_bytes() const {
  return sum_layouts([](const InterleavedWeights& l) { return l.released_bytes(); });
}

int64_t CpuBackend::interleaved_tensors() const {
  return sum_layouts([](const InterleavedWeights& l) { return l.tensors(); });
}

Result<std::unique_ptr<Executable>> CpuBackend::compile(const graph::Module& module,
                                                        std::shared_ptr<const WeightSet> weights) {
  if (weights == nullptr) return invalid_argument("cpu runtime: compile: no weight set");
  std::shared_ptr<InterleavedWeights> layouts = layouts_for(weights);
  MLXLA_ASSIGN_OR_RETURN(auto exe,
                         CpuExecutable::create(this, module, std::move(weights), pool_, kernels_,
                                               parallel_min_bytes_, policy_, std::move(layouts)));
  planned_bytes_ += exe->planned_bytes();
  return std::unique_ptr<Executable>(std::move(exe));
}

}  // namespace mlxla::runtime::cpu
