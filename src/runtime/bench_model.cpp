// run_bench (see bench_model.h): each phase on a ModelRunner over a CpuBackend, medians of
// repeated runs, memory from the plan and /proc, and the roofline from a read test on the spot.
#include "runtime/bench_model.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdarg>
#include <cstdio>
#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "graph/composite_attrs.h"
#include "model/emit.h"
#include "runtime/cpu/bandwidth.h"

namespace mlxla::runtime {
namespace {

using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point t0) {
  return std::chrono::duration<double>(Clock::now() - t0).count();
}

double median(std::vector<double> v) {
  if (v.empty()) return 0.0;
  std::sort(v.begin(), v.end());
  const size_t n = v.size();
  return n % 2 ? v[n / 2] : 0.5 * (v[n / 2 - 1] + v[n / 2]);
}

/// A deterministic prompt of in-vocabulary ids (the values do not change the work done).
std::vector<int32_t> prompt_of(int64_t length, int64_t vocab) {
  std::vector<int32_t> ids(static_cast<size_t>(length));
  uint32_t state = 12345;
  for (auto& id : ids) {
    state = state * 1664525u + 1013904223u;
    id = static_cast<int32_t>((state >> 8) % static_cast<uint32_t>(vocab));
  }
  return ids;
}

double load_average() {
  std::ifstream in("/proc/loadavg");
  double v = -1;
  if (!(in >> v)) return -1;
  return v;
}

struct Opened {
  std::unique_ptr<ModelRunner> runner;
  cpu::CpuBackend* backend = nullptr;  ///< owned by the runner; null on another backend
};

/// The runner on the registry's backend with the bench's options (the CPU-specific report
/// fields: threads, ISA, layout, arenas, come from a CpuBackend; other backends leave them 0).
Result<Opened> open_runner(const BenchOptions& o, const RunnerOptions& runner_options) {
  MLXLA_ASSIGN_OR_RETURN(std::unique_ptr<Backend> backend, make_backend(o.backend_name, o.backend));
  Opened opened;
  opened.backend = dynamic_cast<cpu::CpuBackend*>(backend.get());
  if (opened.backend == nullptr && o.backend_name == "cpu")
    return internal_error("bench: the cpu backend is not a CpuBackend");
  MLXLA_ASSIGN_OR_RETURN(opened.runner,
                         ModelRunner::open(o.model_dir, std::move(backend), runner_options));
  return opened;
}

[[gnu::format(printf, 2, 3)]] void appendf(std::string& out, const char* fmt, ...) {
  char line[512];
  va_list args;
  va_start(args, fmt);
  std::vsnprintf(line, sizeof(line), fmt, args);
  va_end(args);
  out += line;
}

}  // namespace

int64_t weight_bytes_read(const graph::Module& module) {
  const graph::Function& main = module.main();
  int64_t total = 0;
  for (const graph::Parameter& p : main.parameters) {
    if (p.role != graph::ParamRole::kWeight) continue;
    const graph::TensorType& type = main.type(p.value);
    bool only_gathered = true, used = false;
    int64_t gathered = 0;
    int64_t routed = 0;  // stacked experts of mlxla.moe: only top_k of E are read per token
    for (const graph::Op& op : main.ops) {
      for (size_t i = 0; i < op.operands.size(); ++i) {
        if (op.operands[i] != p.value) continue;
        used = true;
        if (op.kind == graph::OpKind::kComposite && i >= 2) {
          const auto& composite = std::get<graph::CompositeAttrs>(op.attrs);
          if (composite.name == graph::kMoeName) {
            const auto moe = graph::decode_moe(composite);
            const int64_t tokens = main.type(op.operands[0]).shape[0];
            if (moe.ok()) {
              const int64_t picked = std::min(moe->experts, moe->top_k * tokens);
              routed += static_cast<int64_t>(type.nbytes()) / moe->experts * picked;
              continue;
            }
          }
        }
        if (op.kind != graph::OpKind::kGather || i != 0) {
          only_gathered = false;
          continue;
        }
        const auto& attrs = std::get<graph::GatherAttrs>(op.attrs);
        const graph::TensorType& indices = main.type(op.operands[1]);
        int64_t count = indices.numel();
        if (attrs.index_vector_dim < indices.rank()) {
          const int64_t width = indices.shape[static_cast<size_t>(attrs.index_vector_dim)];
          count = width > 0 ? count / width : 0;
        }
        int64_t slice = 1;
        for (int64_t s : attrs.slice_sizes) slice *= s;
        gathered += count * slice * static_cast<int64_t>(graph::element_size(type.element));
      }
    }
    if (!used) continue;
    const auto full = static_cast<int64_t>(type.nbytes());
    if (routed > 0 && only_gathered) {
      total += std::min(routed + gathered, full);
      continue;
    }
    total += only_gathered ? std::min(gathered, full) : full;
  }
  return total;
}

int64_t peak_rss_bytes() {
  std::ifstream in("/proc/self/status");
  std::string line;
  while (std::getline(in, line)) {
    if (line.rfind("VmHWM:", 0) == 0) {
      std::istringstream fields(line.substr(6));
      int64_t kb = 0;
      fields >> kb;
      return kb * 1024;
    }
  }
  return 0;
}

double BenchReport::peak_rss_ratio() const {
  const int64_t base = checkpoint_bytes + kv_cache_bytes;
  return peak_rss_bytes > 0 && base > 0
             ? static_cast<double>(peak_rss_bytes) / static_cast<double>(base)
             : 0.0;
}

Result<BenchReport> run_bench(const BenchOptions& o) {
  if (o.runs <= 0 || o.decode_tokens < 0 || o.first_token_prompt <= 0 ||
      o.decode_positions.empty()) {
    return invalid_argument(
        "bench: runs and the first-token prompt must be positive, decode tokens >= 0, "
        "at least one decode position");
  }
  int64_t last_position = 0;
  for (int64_t p : o.decode_positions) {
    if (p < 0) return invalid_argument("bench: decode positions must be >= 0");
    last_position = std::max(last_position, p);
  }
  for (int64_t len : o.prefill_lengths) {
    if (len <= 0) return invalid_argument("bench: prefill lengths must be positive");
  }
  RunnerOptions ro = o.runner;
  if (ro.capacity <= 0) {
    int64_t longest = std::max<int64_t>(o.first_token_prompt, last_position + 1 + o.decode_tokens);
    for (int64_t len : o.prefill_lengths) longest = std::max(longest, len);
    ro.capacity = longest + ro.prefill_chunk;
  }
  BenchReport report;
  report.model_dir = o.model_dir.string();
  report.residency = std::string(model::to_string(ro.residency));
  report.precision = std::string(model::to_string(ro.precision));
  report.kv_dtype = std::string(model::to_string(ro.kv_dtype));
  report.policy = o.backend.policy == kernels::Policy::kFast ? "fast" : "exact";
  report.capacity = ro.capacity;
  report.chunk = ro.prefill_chunk;
  report.decode_tokens = o.decode_tokens;
  report.decode_fill = o.synthetic_context ? "synthetic" : "prefill";
  report.window_cache = ro.rotating_windows ? "rotating" : "full";

  // Open to first token, in a runner of its own (the prefill graph is compiled on first use,
  // as it would be for a user).
  {
    const auto t0 = Clock::now();
    MLXLA_ASSIGN_OR_RETURN(Opened first, open_runner(o, ro));
    const auto prompt = prompt_of(o.first_token_prompt, first.runner->config().vocab_size);
    auto step = first.runner->prefill(prompt, StepLogits::kSkip);
    if (!step.ok()) return step.error().with_context("bench: first token");
    report.open_to_first_token_s = seconds_since(t0);
  }

  const auto t_open = Clock::now();
  auto opened_or = open_runner(o, ro);
  if (!opened_or.ok()) return opened_or.error().with_context("bench: open");
  report.load_s = seconds_since(t_open);
  ModelRunner& runner = *opened_or->runner;
  report.backend = o.backend_name;
  if (const cpu::CpuBackend* cpu = opened_or->backend; cpu != nullptr) {
    report.threads = cpu->threads();
    report.isa = kernels::isa_name(cpu->isa());
    report.weight_layout = cpu::weight_layout_name(cpu->weight_layout());
    report.interleave_rows = cpu->interleave_rows();
  } else {
    report.isa = "none";
    report.weight_layout = "device";
  }
  const int64_t vocab = runner.config().vocab_size;

  for (int64_t len : o.prefill_lengths) {
    const auto prompt = prompt_of(len, vocab);
    std::vector<double> rates;
    for (int r = -1; r < o.runs; ++r) {  // run -1 compiles the prefill graph and warms up
      runner.reset();
      const auto t0 = Clock::now();
      auto step = runner.prefill(prompt, StepLogits::kSkip);
      if (!step.ok()) return step.error().with_context("bench: prefill of " + std::to_string(len));
      if (r >= 0) rates.push_back(static_cast<double>(len) / seconds_since(t0));
    }
    report.prefill_tok_s[len] = median(rates);
  }

  if (o.decode_tokens > 0) {
    for (int r = -1; r < o.runs; ++r) {  // run -1 warms the caches and the page tables
      for (int64_t position : o.decode_positions) {
        runner.reset();
        int32_t token = prompt_of(1, vocab)[0];
        if (position > 0 && o.synthetic_context) {
          MLXLA_RETURN_IF_ERROR(runner.fill_synthetic(position));
        } else if (position > 0) {
          auto context = runner.prefill(prompt_of(position, vocab), StepLogits::kSkip);
          if (!context.ok()) return context.error().with_context("bench: prefill before decode");
          token = context->next_token;
        }
        const int64_t steps = r < 0 ? std::min<int64_t>(o.decode_tokens, 8) : o.decode_tokens;
        const auto t0 = Clock::now();
        for (int64_t i = 0; i < steps; ++i) {
          auto step = runner.decode(token, StepLogits::kSkip);  // greedy: argmax only
          if (!step.ok()) return step.error().with_context("bench: decode");
          token = step->next_token;
        }
        if (r >= 0) {
          report.decode_runs_by_position[position].push_back(static_cast<double>(steps) /
                                                             seconds_since(t0));
        }
      }
    }
    for (const auto& [position, runs] : report.decode_runs_by_position) {
      report.decode_tok_s_by_position[position] = median(runs);
    }
    report.decode_runs_tok_s = report.decode_runs_by_position[o.decode_positions.front()];
    report.decode_tok_s = median(report.decode_runs_tok_s);
  }

  // Memory: what the process peaked at, read first: the Checkpoint opened below to size the
  // weights runs its own finite checks over the mapped scales and biases, faulting in pages the
  // runs measured never touch again (~80 MB on a 1B 4-bit checkpoint); then what the runner
  // binds and plans.
  report.peak_rss_bytes = peak_rss_bytes();
  MLXLA_ASSIGN_OR_RETURN(checkpoint::Checkpoint ckpt, checkpoint::Checkpoint::open(o.model_dir));
  MLXLA_ASSIGN_OR_RETURN(model::LayerFormats formats,
                         model::layer_formats_from_checkpoint(ckpt, runner.config()));
  model::GraphSpec spec;
  spec.kind = model::GraphKind::kDecode;
  spec.residency = ro.residency;
  spec.precision = ro.precision;
  spec.kv_dtype = ro.kv_dtype;
  spec.capacity = ro.capacity;
  spec.output_logits = true;
  MLXLA_ASSIGN_OR_RETURN(model::EmittedGraph decode, model::emit(runner.config(), formats, spec));
  for (const model::WeightArg& arg : decode.abi.args)
    report.weight_bytes += static_cast<int64_t>(arg.type.nbytes());
  report.weight_bytes_per_token = weight_bytes_read(decode.module);
  report.kv_cache_bytes = runner.cache_bytes();
  const cpu::CpuBackend* cpu_backend = opened_or->backend;
  report.arena_bytes = cpu_backend != nullptr ? cpu_backend->planned_bytes() : 0;
  report.resident_bytes = report.weight_bytes + report.kv_cache_bytes + report.arena_bytes;
  report.checkpoint_bytes = static_cast<int64_t>(ckpt.total_bytes());
  if (cpu_backend != nullptr) {
    report.interleaved_bytes = cpu_backend->interleaved_bytes();
    report.released_mapping_bytes = cpu_backend->released_mapping_bytes();
    // The layout asked for applies per weight: under fast only 4/8-bit weights get the 16-row
    // layout. A model none of whose weights was copied ran in place: report that.
    if (cpu_backend->interleaved_tensors() == 0) {
      report.weight_layout = cpu::weight_layout_name(cpu::WeightLayout::kInPlace);
      report.interleave_rows = 0;
    }
  }

  // The host's read bandwidth is the CPU roofline; a device backend has none measured here.
  if (o.bandwidth_bytes > 0 && cpu_backend != nullptr) {
    cpu::ThreadPool pool(report.threads);
    report.read_bandwidth_gbs = cpu::measure_read_bandwidth_gbs(pool, o.bandwidth_bytes);
  }
  if (report.read_bandwidth_gbs > 0 && report.weight_bytes_per_token > 0) {
    report.roofline_tok_s =
        report.read_bandwidth_gbs * 1e9 / static_cast<double>(report.weight_bytes_per_token);
    report.roofline_fraction = report.decode_tok_s / report.roofline_tok_s;
  }
  if (o.backend.policy == kernels::Policy::kFast && o.decode_tokens > 0) {
    MLXLA_ASSIGN_OR_RETURN(
        report.fast_vs_exact,
        compare_policies(o.model_dir, ro, o.backend, std::min<int64_t>(o.decode_tokens, 64),
                         o.backend_name));
  }
  report.load_average = load_average();
  return report;
}

Result<PolicyAgreement> compare_policies(const std::filesystem::path& model_dir,
                                         const RunnerOptions& runner, const BackendOptions& backend,
                                         int64_t steps, std::string_view backend_name) {
  RunnerOptions ro = runner;
  ro.capacity = std::max<int64_t>(ro.capacity, steps + 1);
  std::unique_ptr<ModelRunner> runners[2];
  for (int p = 0; p < 2; ++p) {
    BackendOptions options = backend;
    options.policy = p == 0 ? kernels::Policy::kExact : kernels::Policy::kFast;
    MLXLA_ASSIGN_OR_RETURN(auto opened, make_backend(backend_name, options));
    MLXLA_ASSIGN_OR_RETURN(runners[p], ModelRunner::open(model_dir, std::move(opened), ro));
  }
  PolicyAgreement a;
  a.steps = steps;
  const int32_t first = static_cast<int32_t>(1 % runners[0]->config().vocab_size);
  int32_t token = first;
  int64_t same = 0;
  double seconds[2] = {0, 0};
  for (int64_t i = 0; i < steps; ++i) {
    auto t0 = Clock::now();
    MLXLA_ASSIGN_OR_RETURN(StepOutput exact, runners[0]->decode(token));
    seconds[0] += seconds_since(t0);
    t0 = Clock::now();
    MLXLA_ASSIGN_OR_RETURN(StepOutput fast, runners[1]->decode(token));
    seconds[1] += seconds_since(t0);
    for (size_t j = 0; j < exact.logits.size(); ++j) {
      a.max_abs_logit = std::max(a.max_abs_logit, static_cast<double>(std::fabs(exact.logits[j])));
      a.max_abs_logit_error = std::max(
          a.max_abs_logit_error, static_cast<double>(std::fabs(fast.logits[j] - exact.logits[j])));
    }
    same += exact.next_token == fast.next_token ? 1 : 0;
    token = exact.next_token;
  }
  a.greedy_agreement = steps > 0 ? static_cast<double>(same) / static_cast<double>(steps) : 1.0;
  if (seconds[0] > 0 && seconds[1] > 0) {
    a.exact_decode_tok_s = static_cast<double>(steps) / seconds[0];
    a.fast_decode_tok_s = static_cast<double>(steps) / seconds[1];
  }
  // Free-running: each policy feeds back its own choices.
  int32_t tokens[2] = {first, first};
  for (auto& r : runners) r->reset();
  for (int64_t i = 0; i < steps; ++i) {
    for (int p = 0; p < 2; ++p) {
      MLXLA_ASSIGN_OR_RETURN(StepOutput out, runners[p]->decode(tokens[p], StepLogits::kSkip));
      tokens[p] = out.next_token;
    }
    if (tokens[0] != tokens[1]) break;
    ++a.free_running_match;
  }
  return a;
}

std::string BenchReport::to_json() const {
  nlohmann::ordered_json j;
  j["model"] = model_dir;
  j["backend"] = backend;
  j["residency"] = residency;
  j["precision"] = precision;
  j["kv_dtype"] = kv_dtype;
  j["policy"] = policy;
  j["isa"] = isa;
  j["weight_layout"] = weight_layout;
  j["interleave_rows"] = interleave_rows;
  j["threads"] = threads;
  j["capacity"] = capacity;
  j["prefill_chunk"] = chunk;
  j["load_s"] = load_s;
  j["open_to_first_token_s"] = open_to_first_token_s;
  nlohmann::ordered_json prefill = nlohmann::ordered_json::object();
  for (const auto& [len, rate] : prefill_tok_s) prefill[std::to_string(len)] = rate;
  j["prefill_tok_s"] = prefill;
  j["decode_tok_s"] = decode_tok_s;
  j["decode_runs_tok_s"] = decode_runs_tok_s;
  j["decode_tokens"] = decode_tokens;
  if (decode_tok_s_by_position.size() > 1 ||
      (!decode_tok_s_by_position.empty() && !decode_tok_s_by_position.contains(0))) {
    nlohmann::ordered_json by_position = nlohmann::ordered_json::object();
    for (const auto& [position, rate] : decode_tok_s_by_position) {
      by_position[std::to_string(position)] = {
          {"decode_tok_s", rate}, {"runs_tok_s", decode_runs_by_position.at(position)}};
    }
    j["decode_by_position"] = by_position;
    j["decode_fill"] = decode_fill;
  }
  j["window_cache"] = window_cache;
  j["weight_bytes"] = weight_bytes;
  j["kv_cache_bytes"] = kv_cache_bytes;
  j["arena_bytes"] = arena_bytes;
  j["resident_bytes"] = resident_bytes;
  j["peak_rss_bytes"] = peak_rss_bytes;
  j["checkpoint_bytes"] = checkpoint_bytes;
  j["peak_rss_ratio"] = peak_rss_ratio();
  j["interleaved_bytes"] = interleaved_bytes;
  j["released_mapping_bytes"] = released_mapping_bytes;
  j["weight_bytes_per_token"] = weight_bytes_per_token;
  j["read_bandwidth_gbs"] = read_bandwidth_gbs;
  j["roofline_tok_s"] = roofline_tok_s;
  j["roofline_fraction"] = roofline_fraction;
  j["load_average"] = load_average;
  if (fast_vs_exact.steps > 0) {
    j["fast_vs_exact"] = {{"steps", fast_vs_exact.steps},
                          {"max_abs_logit_error", fast_vs_exact.max_abs_logit_error},
                          {"max_abs_logit", fast_vs_exact.max_abs_logit},
                          {"greedy_agreement", fast_vs_exact.greedy_agreement},
                          {"free_running_match", fast_vs_exact.free_running_match},
                          {"exact_decode_tok_s", fast_vs_exact.exact_decode_tok_s},
                          {"fast_decode_tok_s", fast_vs_exact.fast_decode_tok_s}};
  }
  return j.dump();
}

std::string BenchReport::to_text() const {
  auto mb = [](int64_t b) { return static_cast<double>(b) / 1e6; };
  std::string out;
  appendf(out, "model            %s\n", model_dir.c_str());
  appendf(out, "backend          %s\n", backend.c_str());
  appendf(out,
          "config           residency %s, precision %s, kv %s, policy %s, %d threads (%s), "
          "capacity %lld, chunk %lld\n",
          residency.c_str(), precision.c_str(), kv_dtype.c_str(), policy.c_str(), threads,
          isa.c_str(), static_cast<long long>(capacity), static_cast<long long>(chunk));
  appendf(out, "weights          layout %s", weight_layout.c_str());
  if (interleave_rows > 0) {
    appendf(out, " (%d rows per block, %.1f MB copied, %.1f MB of mapping released)",
            interleave_rows, mb(interleaved_bytes), mb(released_mapping_bytes));
  }
  appendf(out, "\n");
  appendf(out, "load             %.3f s (open to ready)\n", load_s);
  appendf(out, "first token      %.3f s (open to first token)\n", open_to_first_token_s);
  for (const auto& [len, rate] : prefill_tok_s)
    appendf(out, "prefill %-8lld %.1f tok/s\n", static_cast<long long>(len), rate);
  appendf(out, "decode           %.2f tok/s (median of %zu runs of %lld tokens)\n", decode_tok_s,
          decode_runs_tok_s.size(), static_cast<long long>(decode_tokens));
  if (decode_tok_s_by_position.size() > 1 ||
      (!decode_tok_s_by_position.empty() && !decode_tok_s_by_position.contains(0))) {
    for (const auto& [position, rate] : decode_tok_s_by_position) {
      std::string runs;
      for (double v : decode_runs_by_position.at(position))
        appendf(runs, "%s%.2f", runs.empty() ? "" : ", ", v);
      appendf(out, "decode at %-6lld %.2f tok/s (runs %s; context by %s, %s window caches)\n",
              static_cast<long long>(position), rate, runs.c_str(), decode_fill.c_str(),
              window_cache.c_str());
    }
  }
  appendf(out,
          "resident         %.1f MB (weights %.1f + KV cache %.1f + arenas %.1f); peak RSS %.1f "
          "MB (%.2fx checkpoint + KV cache); checkpoint %.1f MB\n",
          mb(resident_bytes), mb(weight_bytes), mb(kv_cache_bytes), mb(arena_bytes),
          mb(peak_rss_bytes), peak_rss_ratio(), mb(checkpoint_bytes));
  appendf(out, "bytes/token      %.1f MB of weights read per decode token\n",
          mb(weight_bytes_per_token));
  appendf(out, "bandwidth        %.1f GB/s read (measured now)\n", read_bandwidth_gbs);
  appendf(out, "roofline         %.1f tok/s; decode reaches %.0f%%\n", roofline_tok_s,
          100.0 * roofline_fraction);
  appendf(out, "load average     %.2f\n", load_average);
  if (fast_vs_exact.steps > 0) {
    appendf(out,
            "fast vs exact    max |logit error| %.4g (max |logit| %.3g), greedy agreement %.1f%% "
            "over %lld steps, free-running match %lld\n",
            fast_vs_exact.max_abs_logit_error, fast_vs_exact.max_abs_logit,
            100.0 * fast_vs_exact.greedy_agreement, static_cast<long long>(fast_vs_exact.steps),
            static_cast<long long>(fast_vs_exact.free_running_match));
    appendf(out, "interleaved      exact %.2f tok/s, fast %.2f tok/s (fast/exact %.2f)\n",
            fast_vs_exact.exact_decode_tok_s, fast_vs_exact.fast_decode_tok_s,
            fast_vs_exact.exact_decode_tok_s > 0
                ? fast_vs_exact.fast_decode_tok_s / fast_vs_exact.exact_decode_tok_s
                : 0.0);
  }
  return out;
}

}  // namespace mlxla::runtime
