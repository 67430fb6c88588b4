// LayerFormats: for every linear module (and the embedding) of a model, whether the checkpoint
// holds it MLX-packed or float, decided from an opened checkpoint or from config.json alone.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "checkpoint/checkpoint.h"
#include "checkpoint/config.h"
#include "mlxla/dtype.h"
#include "mlxla/result.h"

namespace mlxla::model {

/// How one module's weight is stored.
struct LayerFormat {
  bool packed = false;
  int bits = 0;        ///< packed only
  int group_size = 0;  ///< packed only
  /// packed only: affine, or an MLX fp mode (U8 scales, no biases)
  checkpoint::QuantMode mode = checkpoint::QuantMode::kAffine;
  /// Float: the weight's dtype. Packed: the scales' (and biases') dtype (U8 for fp modes).
  DType dtype = DType::kF32;
  bool has_bias = false;  ///< the module has an additive `<path>.bias`
  int64_t experts = 0;    ///< > 0: E stacked experts ([E, out, in]; affine, mxfp4 or mxfp8)
  bool operator==(const LayerFormat&) const = default;
};

/// Formats keyed by module path ("model.embed_tokens", "model.layers.0.self_attn.q_proj",
/// "model.layers.0.self_attn.qkv_proj" for Phi-3, "lm_head" when untied).
struct LayerFormats {
  std::map<std::string, LayerFormat, std::less<>> modules;

  /// nullptr when absent.
  const LayerFormat* find(std::string_view module_path) const;
};

/// A linear module of the architecture as the checkpoint names it.
struct ModulePath {
  std::string path;
  int64_t out_features = 0;
  int64_t in_features = 0;
};

/// Every module holding a matrix, in model order: the embedding ([vocab, hidden], "in" is
/// hidden), per layer the attention projections (q/k/v/o or Phi-3's qkv/o) and the MLP
/// (gate/up/down or Phi-3's gate_up/down; in a mixture-of-experts layer the router
/// `<block>.gate` [E, hidden]), then "lm_head" when the embeddings are not tied.
/// Paths carry the config's tensor_prefix ("language_model." for the gemma3 wrapper).
std::vector<ModulePath> linear_modules(const checkpoint::ModelConfig& config);

/// The stacked expert projections of the mixture-of-experts layers, in model order:
/// `<layer>.<block>.switch_mlp.{gate,up,down}_proj`, each one expert's [out, in] (the tensors
/// carry a leading expert dimension). Empty for dense families.
std::vector<ModulePath> expert_modules(const checkpoint::ModelConfig& config);

/// From the tensors: a module is packed exactly when `<path>.scales` exists (see
/// checkpoint::resolve_linear, which also validates the shapes against the config).
Result<LayerFormats> layer_formats_from_checkpoint(const checkpoint::Checkpoint& checkpoint,
                                                   const checkpoint::ModelConfig& config);

/// From config.json alone (export without weights), mlx-community's rule: a module is packed
/// iff the config's quantization assigns it a spec (per-layer overrides honoured) and its input
/// size is divisible by the group size. Float weights and scales take `torch_dtype`
/// (mlx_lm converts with that dtype by default; f32 when absent). Biases follow the config's
/// has_qkv_bias / has_o_bias / mlp_bias.
Result<LayerFormats> layer_formats_from_config(const checkpoint::ModelConfig& config);

}  // namespace mlxla::model
