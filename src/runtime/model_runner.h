// ModelRunner: a model directory run over a Backend. Opens the checkpoint and config, emits the
// decode / prefill (and, on demand, ragged / batched) graphs for one residency, precision and
// capacity, binds the weights once into the backend's weight set, holds the KV caches as backend
// buffers, steps (prefill(ids), decode(id), ragged, batched) and moves cache rows between the
// single-sequence cache, the B slots and prefix snapshots with backend cache operations.
#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <span>
#include <string>
#include <tuple>
#include <vector>

#include "checkpoint/checkpoint.h"
#include "checkpoint/config.h"
#include "mlxla/result.h"
#include "model/graph_spec.h"
#include "model/layer_formats.h"
#include "model/weight_abi.h"
#include "model/weight_loader.h"
#include "runtime/backend.h"
#include "runtime/backend_registry.h"

namespace mlxla::runtime {

struct RunnerOptions {
  model::Residency residency = model::Residency::kPacked;
  model::Precision precision = model::Precision::kF32;
  int64_t capacity = 512;                              ///< KV cache positions per sequence (slot)
  int64_t prefill_chunk = 16;                          ///< tokens per prefill graph call (C)
  model::Precision kv_dtype = model::Precision::kF16;  ///< KV cache element type
  /// Sliding-window layers keep rotating caches of their window (GraphSpec::rotating_windows);
  /// off only to compare against full-length caches.
  bool rotating_windows = true;
};

/// The smallest prefill graph a prompt's tail runs through (tokens, a power of two).
inline constexpr int64_t kSmallestPrefillGraph = 8;

/// The prefill graph's chunk for the next `remaining` tokens of a prompt: the configured `chunk`
/// while at least that many remain, else the smallest power of two >= remaining (at least
/// kSmallestPrefillGraph, at most `chunk`), so a short prompt or tail does not pay for a whole
/// padded chunk. Rows do not depend on the chunk under `exact`; under `fast` every m > 1 takes
/// the same (chain) order, and a graph of 8 or more rows never takes the m == 1 one.
int64_t prefill_graph_chunk(int64_t remaining, int64_t chunk);

/// Whether a step brings its logits back to the host. Every graph computes the argmax in-graph
/// (mlxla.argmax), so a greedy step downloads 4 bytes per row; the logits (4 * vocab bytes per
/// row) only when the sampler needs them (temperature, penalties, logit_bias, a constraint,
/// logprobs) or a caller inspects them.
enum class StepLogits : uint8_t {
  kSkip,      ///< next_token only (ModelRunner::step_logits can still fetch them afterwards)
  kDownload,  ///< next_token and logits
  /// Neither (next_token is -1): the caller chooses with ModelRunner::sample (or reads
  /// step_logits). A backend that queues work (Vulkan) then runs the step and the choice in one
  /// submission; a prefill's earlier chunks never download anything.
  kNone,
};

/// What one step predicts for one sequence.
struct StepOutput {
  /// Argmax of the logits (first maximum), computed in the graph; `vocab` when a logit is NaN
  /// (then a caller that needs a token asks for the logits).
  int32_t next_token = 0;
  std::vector<float> logits;  ///< [vocab] with StepLogits::kDownload; empty with kSkip
};

/// Positions [0, rows) of one B-slot cache slot, copied into backend buffers of exactly that
/// length (full-length caches) plus the whole rings (rotating caches).
struct CacheSnapshot {
  int64_t rows = 0;
  int64_t bytes = 0;  ///< backend memory the buffers hold
  /// One per cache in the runner's order (caches()): [L, 1, rows, KV, D] for a full-length
  /// cache, [L, 1, W, KV, D] for a ring.
  std::vector<std::unique_ptr<DeviceBuffer>> buffers;
};

class ModelRunner {
 public:
  /// Opens `dir` (config.json, *.safetensors), binds the weights once into `backend`'s weight
  /// set and compiles the decode graph. Other graphs are compiled on first use against the same
  /// weight set.
  static Result<std::unique_ptr<ModelRunner>> open(const std::filesystem::path& dir,
                                                   std::unique_ptr<Backend> backend,
                                                   const RunnerOptions& options);
  ~ModelRunner();

  const checkpoint::ModelConfig& config() const { return config_; }
  const RunnerOptions& options() const { return options_; }
  std::string_view backend_name() const { return backend_->name(); }
  Backend& backend() { return *backend_; }

  // One sequence, in the runner's own cache.

  /// Tokens in the cache (the position the next token takes).
  int64_t position() const { return position_; }
  /// Forgets the sequence (the cache is not cleared: entries >= position are never read).
  void reset() { position_ = 0; }
  /// Keeps the first `rows` tokens of the sequence (rows <= position()). Entries at >= rows are
  /// never read, so no data moves; with rotating caches only while nothing was overwritten
  /// (position() <= the smallest window), else an error.
  Status truncate(int64_t rows);
  /// Starts a sequence as if `position` tokens had been prefilled, without running the model:
  /// every cache entry gets a deterministic pseudo-random key and value in [-1, 1] (rounded to
  /// the cache type), and the next token takes `position`. For benchmarks of decode at a long
  /// context (`mlxla bench --decode-fill synthetic`), whose cost does not depend on the values.
  Status fill_synthetic(int64_t position);
  /// Appends `tokens` (at least one) through the prefill graph, chunk by chunk (the last chunk
  /// through the smallest graph that holds it, prefill_graph_chunk, padded), and returns the
  /// prediction after the last token.
  Result<StepOutput> prefill(std::span<const int32_t> tokens,
                             StepLogits logits = StepLogits::kDownload);
  /// Appends one token through the decode graph and returns the prediction after it.
  Result<StepOutput> decode(int32_t token, StepLogits logits = StepLogits::kDownload);
  /// The logits of row `row` of the most recent step (any graph kind; a prefill or decode has
  /// one row, ragged/batched one per slot), downloaded now. Valid until the next step.
  Result<std::vector<float>> step_logits(int64_t row);
  /// A token chosen from row `row` of the most recent step's logits by the backend
  /// (Backend::sample), where they are: nothing but the choice is downloaded.
  Result<SampleResult> sample(int64_t row, const SampleSpec& spec);
  /// sample() for rows[i] with specs[i], in one go where the backend can (Backend::sample_rows).
  Result<std::vector<SampleResult>> sample_rows(std::span<const int64_t> rows,
                                                std::span<const SampleSpec> specs);

  /// Downloads the single-sequence caches in the graphs' parameter order (model::emit): k_cache
  /// and v_cache [Lf, 1, Cap, KV, D] when some layer is full-length, then k_window_cache and
  /// v_window_cache [Lw, 1, W, KV, D] when some layer rotates. For tests and tools.
  Result<std::vector<Buffer>> download_caches() const;
  /// download_caches(), empty on failure; k_cache()/v_cache() are its first pair (the
  /// full-length ones when there are any). Copies: for tests.
  std::vector<Buffer> caches() const;
  Buffer k_cache() const;
  Buffer v_cache() const;
  /// Types of the single-sequence caches, in that order.
  std::vector<graph::TensorType> cache_types() const;
  /// Bytes of the single-sequence caches.
  int64_t cache_bytes() const;

  // B sequences in B slots of a separate cache (continuous batching; tests compare each row
  // with the same sequence run alone).

  // Each slot has a length: the positions its cache holds (copy_to_slot / copy_slot set it, a
  // ragged or batched step makes it the step's position + 1, reset_slot(s) zero). A ring holds
  // the last W of them, so a prefix shorter than the length can be taken from a slot (or from
  // the single-sequence cache) only while its rings have not wrapped (length <= the smallest
  // window); with full-length caches any prefix can.

  /// Allocates (zeroed) the B-slot caches; previous slot contents are dropped.
  Status reset_slots(int64_t batch);
  int64_t slots() const { return slots_; }
  /// Positions held by slot `slot` (0 when out of range).
  int64_t slot_length(int64_t slot) const;
  /// Zero-fills slot `slot` of the B-slot caches (backend clear_cache_slot); its length becomes 0.
  Status reset_slot(int64_t slot);
  /// Copies positions [0, rows) of every layer of the single-sequence cache (rows <= position())
  /// into slot `slot` of the B-slot caches (a prompt prefilled alone joins the ragged batch); a
  /// rotating cache is copied whole (it holds the last W of those positions).
  Status copy_to_slot(int64_t slot, int64_t rows);
  /// Copies positions [0, rows) of slot `from` (rows <= its length) into slot `to` (rings
  /// whole), e.g. to fork a sequence that shares a prefix.
  Status copy_slot(int64_t from, int64_t to, int64_t rows);
  /// Downloads the B-slot caches (same order as caches()). For tests.
  Result<std::vector<Buffer>> download_slot_caches() const;

  // Prefix snapshots (prefix reuse across requests).

  /// Positions [0, rows) of slot `slot` copied into new backend buffers (CacheSnapshot).
  /// rows <= slot_length(slot); with rotating caches rows == slot_length(slot) or the rings have
  /// not wrapped (take the snapshot when the slot holds exactly the prefix, e.g. right after
  /// copy_to_slot of a prompt), else an error.
  Result<std::shared_ptr<const CacheSnapshot>> snapshot_slot(int64_t slot, int64_t rows);
  /// True when `rows` (<= snapshot.rows) of the snapshot can seed a sequence: always for
  /// full-length caches; with rotating caches only when rows == snapshot.rows or snapshot.rows
  /// <= the smallest window (older ring entries were overwritten).
  bool can_restore(const CacheSnapshot& snapshot, int64_t rows) const;
  /// Writes rows [0, rows) of the snapshot into the single-sequence cache and sets position() =
  /// rows (then prefill() appends the rest and copy_to_slot() moves it into a slot).
  Status restore_sequence(const CacheSnapshot& snapshot, int64_t rows);

  /// Compiles the graph of `kind` now (prefill: the runner's chunk; ragged/batched: the slots
  /// of reset_slots) rather than on first use, so that errors surface at open.
  Status compile(model::GraphKind kind);
  /// Ragged step: slot b appends tokens[b] at positions[b] (its current length).
  Result<std::vector<StepOutput>> ragged(std::span<const int32_t> tokens,
                                         std::span<const int32_t> positions,
                                         StepLogits logits = StepLogits::kDownload);
  /// Batched step: every slot appends tokens[b] at the shared `position`.
  Result<std::vector<StepOutput>> batched(std::span<const int32_t> tokens, int32_t position,
                                          StepLogits logits = StepLogits::kDownload);

  /// Bytes of the weights as the backend bound them.
  int64_t weight_bytes() const { return weights_ ? weights_->bytes() : 0; }

 private:
  /// A compiled graph with its input and output buffers (allocated once, reused every step).
  struct Compiled {
    std::unique_ptr<Executable> executable;
    std::vector<std::unique_ptr<DeviceBuffer>> inputs;
    std::vector<std::unique_ptr<DeviceBuffer>> outputs;  ///< next_tokens i32[R], logits f32[R, V]
  };
  /// The host bytes the weight set was bound from (the checkpoint's mapping and converted
  /// copies): kept alive by the weight set for as long as the backend reads them.
  struct HostWeights;

  ModelRunner() = default;
  Status bind_weights(const model::WeightAbi& abi);
  Result<Compiled*> executable_for(const model::GraphSpec& spec);
  Result<std::vector<StepOutput>> run(const model::GraphSpec& spec,
                                      const std::vector<std::vector<int32_t>>& inputs,
                                      std::vector<std::unique_ptr<DeviceBuffer>>& caches,
                                      int64_t rows, StepLogits logits);
  Status check_token(int32_t token) const;
  /// Positions of cache `c` (Cap for a full-length cache, W for a ring).
  int64_t positions_of(size_t c) const;
  bool is_ring(size_t c) const { return positions_of(c) != options_.capacity; }
  /// The smallest ring width, or capacity when no cache rotates.
  int64_t smallest_window() const;
  Status check_slot(std::string_view op, int64_t slot) const;
  /// Whether `rows` of a cache holding `length` positions can be taken (see slot_length).
  Status check_prefix(std::string_view op, int64_t rows, int64_t length) const;

  // backend_ first: destroyed last, after every buffer and executable it made.
  std::unique_ptr<Backend> backend_;
  checkpoint::ModelConfig config_;
  RunnerOptions options_;
  model::LayerFormats formats_;
  std::shared_ptr<HostWeights> host_weights_;
  std::shared_ptr<const WeightSet> weights_;
  /// Compiled graphs by (kind, batch, chunk).
  std::map<std::tuple<int, int64_t, int64_t>, Compiled> compiled_;
  const Compiled* last_ = nullptr;  ///< the graph of the most recent step (step_logits)
  int64_t last_rows_ = 0;
  std::vector<std::unique_ptr<DeviceBuffer>> caches_;
  std::vector<std::unique_ptr<DeviceBuffer>> slot_caches_;
  std::vector<int64_t> slot_lengths_;
  int64_t slots_ = 0;
  int64_t position_ = 0;
};

}  // namespace mlxla::runtime
