// A checkpoint described for people: per-layer storage (packed bits/group or float), runs of
// identical layers, residency memory estimates, and warnings. Backs `mlxla inspect`.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "checkpoint/checkpoint.h"
#include "checkpoint/config.h"
#include "mlxla/result.h"

namespace mlxla::checkpoint {

/// How one module is stored.
struct ModuleStorage {
  std::string name;  ///< path relative to its layer ("self_attn.q_proj") or absolute ("lm_head")
  bool packed = false;
  int bits = 0;                         ///< packed only
  int group_size = 0;                   ///< packed only
  QuantMode mode = QuantMode::kAffine;  ///< packed only
  DType dtype = DType::kF32;            ///< float weight dtype, or the scales' dtype when packed
  int64_t experts = 0;                  ///< > 0: E stacked experts (mixture-of-experts layers)
  bool operator==(const ModuleStorage&) const = default;
};

/// Consecutive decoder layers [first, last] whose modules are stored identically.
struct LayerRun {
  int64_t first = 0;
  int64_t last = 0;
  std::vector<ModuleStorage> modules;
};

/// Resident bytes of the weights under each residency (ARCHITECTURE.md, invariant 3).
struct ResidencyEstimate {
  uint64_t dense_f32 = 0;  ///< everything dequantized to f32
  uint64_t f16 = 0;        ///< projections and embeddings at 2 bytes, norms f32
  uint64_t packed = 0;     ///< packed modules as stored (weight + scales + biases), the rest f32
};

struct ModelSummary {
  std::filesystem::path dir;
  ModelConfig config;
  size_t file_count = 0;
  bool indexed = false;
  size_t tensor_count = 0;
  uint64_t tensor_bytes = 0;
  std::vector<ModuleStorage> top_modules;  ///< embed_tokens, lm_head (when present)
  std::vector<LayerRun> layer_runs;
  ResidencyEstimate residency;
  /// Mixture-of-experts models: packed bytes of all stacked experts, and the packed bytes one
  /// decode step reads (everything but the experts the router did not pick: top_k of E per
  /// layer; an untied embedding table counts one row). 0 for dense models.
  uint64_t expert_bytes = 0;
  uint64_t active_bytes_per_token = 0;
  size_t unaligned_tensors = 0;
  std::vector<std::string> warnings;  ///< odd but loadable
  std::vector<std::string> problems;  ///< would stop a model from loading
};

/// Opens `dir` (config + checkpoint) and describes it. Fails only when config.json or the
/// safetensors files cannot be read or validated; module-level faults become `problems`.
Result<ModelSummary> summarize_model(const std::filesystem::path& dir);

/// Every family feature the config turns on, in words, for `mlxla inspect`: q/k norm, norm kind,
/// four norms, activation, embedding scale, attention scale, windows and their pattern, soft
/// caps, RoPE type and options, the ignored vision tower or sliding_window.
std::vector<std::string> family_features(const ModelConfig& config);

/// The family's norm weights inside one decoder layer ("input_layernorm", "self_attn.q_norm").
std::vector<std::string> layer_norms(const ModelConfig& config);
/// A layer norm's length: head_dim for the q/k norms, hidden_size otherwise.
int64_t norm_size(const ModelConfig& config, const std::string& norm);

/// The family's projection modules inside one decoder layer, in forward order.
std::vector<std::string> layer_linear_modules(const ModelConfig& config);
/// As above for layer `layer`: a mixture-of-experts layer has the router ("mlp.gate" or
/// "block_sparse_moe.gate") in place of the MLP (its stacked experts are not in this list).
std::vector<std::string> layer_linear_modules(const ModelConfig& config, int64_t layer);

}  // namespace mlxla::checkpoint
