// `mlxla bench -m DIR [--residency R] [--precision P] [--threads N] [--policy fast|exact]
// [--backend cpu|vulkan [--device N]] [--isa auto|amx|avx512|avx2|scalar] [--weight-layout
// interleaved|inplace] [--capacity N]
// [--chunk N] [--decode-position P,...] [--decode-fill prefill|synthetic]
// [--window-cache rotating|full] [--prefill-lengths L,...] [--decode-tokens N] [--runs N]
// [--first-token-prompt N] [--bandwidth-mb N] [--json]`: end-to-end figures of the CPU runtime
// (runtime/bench_model.h). The sizing flags (--prefill-lengths ... --bandwidth-mb) also shrink
// the work for tests and quick looks.
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include "checkpoint/model_location.h"
#include "commands.h"
#include "model/graph_spec.h"
#include "runtime/backend_registry.h"
#include "runtime/bench_model.h"

namespace mlxla::cli {
namespace {

struct BenchCliOptions {
  std::string model_dir;
  std::string residency = "packed";
  std::string precision = "f32";
  std::string kv_dtype = "f16";
  std::string policy = kDefaultPolicy;
  bool policy_given = false;  ///< --policy on the command line (else the default, see below)
  std::string backend = "cpu";
  int device = 0;
  int threads = 2;
  int64_t capacity = 0;
  int64_t chunk = kDefaultChunk;
  std::string isa = "auto";
  std::string weight_layout = "interleaved";
  int interleave_rows = 0;  ///< 0: the exact policy's default (4); fast uses its own 16 rows
  bool json = false;
  std::vector<int64_t> prefill_lengths = {64, 512};
  int64_t decode_tokens = 128;
  int runs = 3;
  int64_t first_token_prompt = 8;
  std::vector<int64_t> decode_positions = {0};
  std::string decode_fill = "prefill";
  std::string window_cache = "rotating";
  int64_t bandwidth_mb = 1024;
};

Result<runtime::BenchOptions> bench_options(const BenchCliOptions& c) {
  runtime::BenchOptions o;
  MLXLA_ASSIGN_OR_RETURN(o.model_dir, checkpoint::locate_model(c.model_dir));
  const auto residency = model::parse_residency(c.residency);
  if (!residency)
    return invalid_argument("--residency: expected dense, f16 or packed, got '" + c.residency +
                            "'");
  const auto precision = model::parse_precision(c.precision);
  if (!precision)
    return invalid_argument("--precision: expected f32, f16 or bf16, got '" + c.precision + "'");
  const auto kv_dtype = model::parse_precision(c.kv_dtype);
  if (!kv_dtype)
    return invalid_argument("--kv-dtype: expected f16, bf16 or f32, got '" + c.kv_dtype + "'");
  MLXLA_ASSIGN_OR_RETURN(
      o.backend.policy,
      runtime::parse_policy(effective_policy(c.policy, c.policy_given, c.backend), "--policy"));
  MLXLA_ASSIGN_OR_RETURN(o.backend.isa, parse_isa_flag(c.isa));
  MLXLA_ASSIGN_OR_RETURN(o.backend.weight_layout,
                         runtime::cpu::parse_weight_layout(c.weight_layout));
  if (c.interleave_rows != 0) {
    if (c.interleave_rows != 4 && c.interleave_rows != 8) {
      return invalid_argument("--interleave-rows: expected 4 or 8, got " +
                              std::to_string(c.interleave_rows));
    }
    if (o.backend.policy == kernels::Policy::kFast) {
      return invalid_argument(
          "--interleave-rows: sets the exact policy's layout (4 or 8 rows); policy fast uses its "
          "own 16-row layout (add --policy exact)");
    }
  }
  o.backend.interleave_rows = c.interleave_rows == 0 ? 4 : c.interleave_rows;
  o.backend_name = c.backend;
  if (c.device < 0) return invalid_argument("--device: must be >= 0 (mlxla inspect --devices)");
  o.backend.device = c.device;
  if (c.threads < 0 || c.capacity < 0 || c.chunk <= 0 || c.decode_tokens < 0 || c.runs <= 0 ||
      c.first_token_prompt <= 0 || c.bandwidth_mb < 0) {
    return invalid_argument(
        "--threads, --capacity, --decode-tokens, --bandwidth-mb must be >= 0; --chunk, --runs, "
        "--first-token-prompt > 0");
  }
  if (c.prefill_lengths.empty())
    return invalid_argument("--prefill-lengths: give at least one length");
  for (int64_t len : c.prefill_lengths) {
    if (len <= 0) return invalid_argument("--prefill-lengths: lengths must be positive");
  }
  o.runner.residency = *residency;
  o.runner.precision = *precision;
  o.runner.kv_dtype = *kv_dtype;
  o.runner.capacity = c.capacity;
  o.runner.prefill_chunk = c.chunk;
  o.backend.threads = c.threads;
  o.prefill_lengths = c.prefill_lengths;
  o.decode_tokens = c.decode_tokens;
  o.runs = c.runs;
  o.first_token_prompt = c.first_token_prompt;
  if (c.decode_positions.empty())
    return invalid_argument("--decode-position: give at least one position");
  for (int64_t p : c.decode_positions) {
    if (p < 0)
      return invalid_argument("--decode-position: positions must be >= 0, got " +
                              std::to_string(p));
  }
  o.decode_positions = c.decode_positions;
  if (c.decode_fill != "prefill" && c.decode_fill != "synthetic") {
    return invalid_argument("--decode-fill: expected prefill or synthetic, got '" + c.decode_fill +
                            "'");
  }
  o.synthetic_context = c.decode_fill == "synthetic";
  if (c.window_cache != "rotating" && c.window_cache != "full") {
    return invalid_argument("--window-cache: expected rotating or full, got '" + c.window_cache +
                            "'");
  }
  o.runner.rotating_windows = c.window_cache == "rotating";
  o.bandwidth_bytes = static_cast<size_t>(c.bandwidth_mb) << 20;
  return o;
}

int run_bench_command(const BenchCliOptions& c) {
  auto options = bench_options(c);
  if (!options.ok()) return report(options.error());
  auto result = runtime::run_bench(*options);
  if (!result.ok()) return report(result.error().with_context(c.model_dir));
  const std::string text = c.json ? result->to_json() + "\n" : result->to_text();
  std::fputs(text.c_str(), stdout);
  return 0;
}

}  // namespace

Result<std::optional<kernels::Isa>> parse_isa_flag(const std::string& text) {
  if (text == "auto") return std::optional<kernels::Isa>();
  for (kernels::Isa isa :
       {kernels::Isa::kScalar, kernels::Isa::kAvx2, kernels::Isa::kAvx512, kernels::Isa::kAmx}) {
    if (text == kernels::isa_name(isa)) return std::optional<kernels::Isa>(isa);
  }
  return invalid_argument("--isa: expected auto, amx, avx512, avx2 or scalar, got '" + text + "'");
}

std::string backend_flag_help() {
  std::string names;
  for (std::string_view name : runtime::backend_names()) {
    if (!names.empty()) names += " | ";
    names += name;
  }
  return "Runtime backend: " + names;
}

std::string policy_flag_help() {
  return "Kernel policy of packed weights: fast (int8 activations per weight group; cpu, vulkan) "
         "| exact (packed == dense bit for bit). Default fast; the reference backend runs exact "
         "unless --policy is given. No effect on dense or f16 residency";
}

std::string effective_policy(const std::string& policy, bool given, std::string_view backend) {
  if (given || policy != "fast" || runtime::backend_has_policy(backend, kernels::Policy::kFast))
    return policy;
  return "exact";
}

void register_bench(CLI::App& app, CliContext& ctx) {
  auto o = std::make_shared<BenchCliOptions>();
  CLI::App* cmd = app.add_subcommand(
      "bench", "Load, prefill and decode speed, memory and roofline on the CPU runtime");
  cmd->add_option("-m,--model", o->model_dir,
                  "Model directory, or ORG/NAME in the local Hugging Face cache")
      ->required();
  cmd->add_option("--backend", o->backend, backend_flag_help())->capture_default_str();
  cmd->add_option("--device", o->device, "GPU backends: device index (mlxla inspect --devices)")
      ->capture_default_str();
  cmd->add_option("--residency", o->residency, "dense | f16 | packed")->capture_default_str();
  cmd->add_option("--precision", o->precision, "Contraction precision: f32 | f16 | bf16")
      ->capture_default_str();
  cmd->add_option("--kv-dtype", o->kv_dtype,
                  "KV cache element type: f16 | bf16 | f32 (attention accumulates in f32)")
      ->capture_default_str();
  cmd->add_option("--threads", o->threads, "Worker threads (0: one per CPU)")
      ->capture_default_str();
  cmd->add_option("--policy", o->policy, policy_flag_help())
      ->each([o](const std::string&) { o->policy_given = true; })
      ->capture_default_str();
  cmd->add_option("--capacity", o->capacity, "KV cache positions (0: longest prompt + one chunk)")
      ->capture_default_str();
  cmd->add_option("--chunk", o->chunk, "Tokens per prefill graph call")->capture_default_str();
  cmd->add_option(
         "--isa", o->isa,
         "Kernel instruction set: auto | amx | avx512 | avx2 | scalar (avx512: without AMX)")
      ->capture_default_str();
  cmd->add_option("--weight-layout", o->weight_layout,
                  "Packed weights: interleaved (copied at load into row blocks; AVX-512 and "
                  "AVX2, scalar reads in place) | inplace (read from the file mapping)")
      ->capture_default_str();
  cmd->add_option("--interleave-rows", o->interleave_rows, "")->group("");
  cmd->add_option(
         "--decode-position", o->decode_positions,
         "Context positions decode is timed from, e.g. 600,4000 (runs alternate between them)")
      ->delimiter(',')
      ->capture_default_str();
  cmd->add_option("--decode-fill", o->decode_fill,
                  "How the context before a decode position is filled: prefill | synthetic (cache "
                  "filled with "
                  "pseudo-random keys and values, no model run)")
      ->capture_default_str();
  cmd->add_option("--window-cache", o->window_cache,
                  "Sliding-window layers: rotating (W positions) | full (full-length cache, window "
                  "as a mask)")
      ->capture_default_str();
  cmd->add_flag("--json", o->json, "Print one JSON object");
  // Sizing: how much work each phase does (small counts for tests and quick looks).
  cmd->add_option("--prefill-lengths", o->prefill_lengths,
                  "Prompt lengths whose prefill speed is measured, e.g. 64,512")
      ->delimiter(',')
      ->capture_default_str();
  cmd->add_option("--decode-tokens", o->decode_tokens,
                  "Decode steps per timed run (0: no decode figures)")
      ->capture_default_str();
  cmd->add_option("--runs", o->runs,
                  "Timed runs of each phase, after one warm-up; the median is reported")
      ->capture_default_str();
  cmd->add_option("--first-token-prompt", o->first_token_prompt,
                  "Prompt length of the open-to-first-token measurement")
      ->capture_default_str();
  cmd->add_option("--bandwidth-mb", o->bandwidth_mb,
                  "Buffer of the read-bandwidth test in MiB (0: no bandwidth or roofline)")
      ->capture_default_str();
  cmd->callback([o, &ctx] { ctx.run = [o] { return run_bench_command(*o); }; });
}

}  // namespace mlxla::cli
