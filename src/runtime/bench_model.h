// End-to-end benchmark of a model directory on the CPU runtime (what `mlxla bench` prints):
// load and first-token times, prefill and decode throughput, memory, and the decode roofline.
#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "graph/ir.h"
#include "mlxla/result.h"
#include "runtime/cpu/cpu_backend.h"
#include "runtime/model_runner.h"

namespace mlxla::runtime {

struct BenchOptions {
  std::filesystem::path model_dir;
  /// Residency, precision and prefill chunk; capacity 0 picks the longest prompt + one chunk
  /// (and at least 1 + decode_tokens).
  RunnerOptions runner{model::Residency::kPacked, model::Precision::kF32, 0, 16};
  /// The registry's backend to run on ("cpu" by default; "vulkan": its device index in
  /// backend.device) and its options (threads, policy, ISA, weight layout).
  std::string backend_name = "cpu";
  BackendOptions backend;
  std::vector<int64_t> prefill_lengths = {64, 512};
  int64_t decode_tokens = 128;
  int runs = 3;                    ///< repetitions of each timed phase; the median is reported
  int64_t first_token_prompt = 8;  ///< prompt length of the open-to-first-token measurement
  /// Decode is timed from each of these positions (the context before it filled untimed, see
  /// synthetic_context): how decode speed depends on the context, e.g. on sliding-window
  /// layers. Every run visits the positions in turn (A, B, A, B, ...), so a machine whose load
  /// drifts slows them alike.
  std::vector<int64_t> decode_positions = {0};
  /// How the context before a decode position is filled: false, by prefilling a prompt of that
  /// many tokens; true, by ModelRunner::fill_synthetic (no model run: long contexts in seconds).
  bool synthetic_context = false;
  size_t bandwidth_bytes = size_t{1} << 30;  ///< buffer of the read-bandwidth test (0: skip)
};

/// How far Policy::kFast is from kExact on one model: both runners decode the same tokens (the
/// exact run's greedy choices, teacher-forced into the fast one) and compare logits per step.
struct PolicyAgreement {
  int64_t steps = 0;
  double max_abs_logit_error = 0;  ///< over every step and vocabulary entry
  double max_abs_logit = 0;        ///< the largest exact logit magnitude, for scale
  double greedy_agreement = 0;     ///< fraction of steps whose argmax is the same
  int64_t free_running_match = 0;  ///< tokens two free-running greedy decodes share from the start
  /// Decode speed of each policy over the same steps, interleaved step by step (exact, fast,
  /// exact, ...) so that a machine whose load drifts slows both alike: the ratio is meaningful
  /// even where the absolute figures are not.
  double exact_decode_tok_s = 0;
  double fast_decode_tok_s = 0;
};

struct BenchReport {
  std::string model_dir;
  std::string backend = "cpu";  ///< the registry's name of the backend measured
  std::string residency, precision, kv_dtype, policy, isa;
  std::string weight_layout;           ///< "inplace" or "interleaved" (what the backend applied)
  int interleave_rows = 0;             ///< rows per block when interleaved
  int64_t interleaved_bytes = 0;       ///< anonymous memory of the interleaved copies
  int64_t released_mapping_bytes = 0;  ///< checkpoint mapping released after copying
  int threads = 0;
  int64_t capacity = 0, chunk = 0;
  double load_s = 0;                 ///< ModelRunner::open: config, mmap, emit, bind, compile
  double open_to_first_token_s = 0;  ///< open + prefill(first_token_prompt) in a fresh runner
  std::map<int64_t, double> prefill_tok_s;  ///< median over runs, by prompt length
  double decode_tok_s = 0;                  ///< median over runs of decode_tokens steps
  std::vector<double> decode_runs_tok_s;    ///< at the first decode position
  /// Per decode position: the runs and their median (decode_tok_s is the first position's).
  std::map<int64_t, std::vector<double>> decode_runs_by_position;
  std::map<int64_t, double> decode_tok_s_by_position;
  std::string decode_fill;   ///< "prefill" or "synthetic"
  std::string window_cache;  ///< "rotating" or "full" (RunnerOptions::rotating_windows)
  int64_t decode_tokens = 0;
  int64_t weight_bytes = 0;            ///< weight arguments bound (mmap views or owned copies)
  int64_t kv_cache_bytes = 0;          ///< K and V caches of one sequence (at kv_dtype)
  int64_t arena_bytes = 0;             ///< the compiled graphs' arenas and constants
  int64_t resident_bytes = 0;          ///< weight_bytes + kv_cache_bytes + arena_bytes
  int64_t peak_rss_bytes = 0;          ///< VmHWM after the runs, before bench's own checks
  int64_t checkpoint_bytes = 0;        ///< sum of the tensors' sizes in the checkpoint
  int64_t weight_bytes_per_token = 0;  ///< weight bytes one decode step reads (MoE: active)
  double read_bandwidth_gbs = 0;       ///< measured on the spot, same thread count
  double roofline_tok_s = 0;           ///< read_bandwidth / weight_bytes_per_token
  double roofline_fraction = 0;        ///< decode_tok_s / roofline_tok_s
  double load_average = -1;            ///< 1-minute load average at the end (-1 if unknown)
  /// With policy fast: the comparison against exact over the decode tokens (steps == 0 if not run).
  PolicyAgreement fast_vs_exact;

  /// peak_rss_bytes / (checkpoint_bytes + kv_cache_bytes), the issue-13 target's ratio (JSON
  /// "peak_rss_ratio"; 0 when peak_rss_bytes is unknown).
  double peak_rss_ratio() const;

  /// One JSON object (keys as the field names; prefill_tok_s keyed by prompt length).
  std::string to_json() const;
  /// A human-readable table.
  std::string to_text() const;
};

/// Compares the policies on `steps` decode steps from a one-token prompt (token 1 % vocab), both
/// on the registry's backend `backend_name` ("cpu", "vulkan").
Result<PolicyAgreement> compare_policies(const std::filesystem::path& model_dir,
                                         const RunnerOptions& runner, const BackendOptions& backend,
                                         int64_t steps, std::string_view backend_name = "cpu");

/// Runs the benchmark. Errors name the phase that failed.
Result<BenchReport> run_bench(const BenchOptions& options);

/// Bytes of weight arguments one execution of `module`'s main reads: every kWeight parameter
/// in full, except one read only through gathers (an untied embedding table), which counts
/// the rows gathered (one row per token for a decode graph), and stacked experts of mlxla.moe,
/// which count the experts routed: min(E, top_k * tokens) of E (the active-bytes roofline).
int64_t weight_bytes_read(const graph::Module& module);

/// VmHWM (peak resident set) of this process in bytes, 0 when /proc is unavailable.
int64_t peak_rss_bytes();

}  // namespace mlxla::runtime
