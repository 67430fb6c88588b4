// ModelRunner: a model directory run over a Backend. Opens the checkpoint and config, emits the
// decode / prefill (and, on demand, ragged / batched) graphs for one residency, precision and
// capacity, binds the weights once, holds the KV cache, and steps: prefill(ids), decode(id).
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

/// What one step predicts for one sequence.
struct StepOutput {
  int32_t next_token = 0;     ///< argmax of the logits (first maximum)
  std::vector<float> logits;  ///< [vocab]
};

/// Positions [0, rows) of one B-slot cache slot, copied into buffers of exactly that length
/// (full-length caches) plus the whole rings (rotating caches): what a finished sequence leaves
/// for a later one that starts with the same tokens (the server's prefix cache). Immutable once
/// taken; restore_sequence() copies out of it.
struct CacheSnapshot {
  int64_t rows = 0;
  int64_t bytes = 0;  ///< of `caches`
  /// In the runner's cache order: [L, 1, rows, KV, D] for a full-length cache, [L, 1, W, KV, D]
  /// for a rotating one.
  std::vector<Buffer> caches;
};

class ModelRunner {
 public:
  /// Opens `dir` (config.json, *.safetensors), emits and compiles the decode graph and binds
  /// its weights. Other graphs are compiled on first use, sharing the bound weights.
  static Result<std::unique_ptr<ModelRunner>> open(const std::filesystem::path& dir,
                                                   std::unique_ptr<Backend> backend,
                                                   const RunnerOptions& options);

  const checkpoint::ModelConfig& config() const { return config_; }
  const RunnerOptions& options() const { return options_; }
  std::string_view backend_name() const { return backend_->name(); }

  // One sequence, in the runner's own cache.

  /// Tokens in the cache (the position the next token takes).
  int64_t position() const { return position_; }
  /// Forgets the sequence (the cache is not cleared: entries >= position are never read).
  void reset() { position_ = 0; }
  /// Starts a sequence as if `position` tokens had been prefilled, without running the model:
  /// every cache entry gets a deterministic pseudo-random key and value in [-1, 1] (rounded to
  /// the cache type), and the next token takes `position`. For benchmarks of decode at a long
  /// context (`mlxla bench --decode-fill synthetic`), whose cost does not depend on the values.
  Status fill_synthetic(int64_t position);
  /// Appends `tokens` (at least one) through the prefill graph, chunk by chunk (the last chunk
  /// padded), and returns the prediction after the last token.
  Result<StepOutput> prefill(std::span<const int32_t> tokens);
  /// Appends one token through the decode graph and returns the prediction after it.
  Result<StepOutput> decode(int32_t token);
  /// The single-sequence caches in the graphs' parameter order (model::emit): k_cache and
  /// v_cache [Lf, 1, Cap, KV, D] when some layer is full-length, then k_window_cache and
  /// v_window_cache [Lw, 1, W, KV, D] when some layer rotates.
  const std::vector<Buffer>& caches() const { return caches_; }
  /// The first pair of caches (the full-length ones when there are any).
  const Buffer& k_cache() const { return caches_[0]; }
  const Buffer& v_cache() const { return caches_[1]; }
  /// Bytes of the single-sequence caches.
  int64_t cache_bytes() const;

  // B sequences in B slots of a separate cache (continuous batching; tests compare each row
  // with the same sequence run alone).

  /// Allocates (zeroed) the B-slot caches; previous slot contents are dropped.
  Status reset_slots(int64_t batch);
  /// Copies positions [0, rows) of every layer of the single-sequence cache into slot `slot` of
  /// the B-slot caches (a prompt prefilled alone joins the ragged batch); a rotating cache is
  /// copied whole (it holds the last W of those positions).
  Status copy_to_slot(int64_t slot, int64_t rows);
  /// Compiles the graph of `kind` now (prefill: the runner's chunk; ragged/batched: the slots
  /// of reset_slots) rather than on first use, so that errors surface at open.
  Status compile(model::GraphKind kind);
  /// Ragged step: slot b appends tokens[b] at positions[b] (its current length).
  Result<std::vector<StepOutput>> ragged(std::span<const int32_t> tokens,
                                         std::span<const int32_t> positions);
  /// Batched step: every slot appends tokens[b] at the shared `position`.
  Result<std::vector<StepOutput>> batched(std::span<const int32_t> tokens, int32_t position);

  // Prefix reuse: a slot's rows kept after its request ends, seeding a later sequence.

  /// Copies positions [0, rows) of slot `slot` of the B-slot caches (rings whole).
  Result<std::shared_ptr<const CacheSnapshot>> snapshot_slot(int64_t slot, int64_t rows);
  /// True when `rows` (<= snapshot.rows) of the snapshot can seed a sequence: always for
  /// full-length caches; with rotating caches only when rows == snapshot.rows or snapshot.rows
  /// <= the smallest window (older ring entries were overwritten).
  bool can_restore(const CacheSnapshot& snapshot, int64_t rows) const;
  /// Writes rows [0, rows) of the snapshot into the single-sequence cache and sets position()
  /// = rows (then prefill() appends the rest and copy_to_slot() moves it into a slot).
  Status restore_sequence(const CacheSnapshot& snapshot, int64_t rows);

 private:
  ModelRunner() = default;
  Result<Executable*> executable_for(const model::GraphSpec& spec);
  Result<std::vector<StepOutput>> run(const model::GraphSpec& spec, std::vector<Buffer> inputs,
                                      std::vector<Buffer>& caches, int64_t rows);
  Status check_token(int32_t token) const;

  checkpoint::Checkpoint checkpoint_;
  checkpoint::ModelConfig config_;
  RunnerOptions options_;
  std::unique_ptr<Backend> backend_;
  model::LayerFormats formats_;
  /// Loaded weight arguments by ABI name (with their graph type); every graph of one residency
  /// shares them, so the weights are bound once.
  std::map<std::string, std::pair<graph::TensorType, model::WeightBuffer>, std::less<>> weights_;
  /// Compiled graphs by (kind, batch, chunk).
  std::map<std::tuple<int, int64_t, int64_t>, std::unique_ptr<Executable>> compiled_;
  std::vector<Buffer> caches_;
  std::vector<Buffer> slot_caches_;
  int64_t slots_ = 0;
  int64_t position_ = 0;
};

}  // namespace mlxla::runtime
