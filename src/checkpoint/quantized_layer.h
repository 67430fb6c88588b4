// Whether a linear layer (or embedding) of a checkpoint is MLX-packed or float, decided by the
// tensors (`<path>.scales` exists), and the validation of the packed shapes against the config.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "checkpoint/checkpoint.h"
#include "checkpoint/config.h"
#include "mlxla/result.h"

namespace mlxla::checkpoint {

/// The weights of one module ("model.layers.0.self_attn.q_proj", "model.embed_tokens", ...).
struct LinearWeights {
  std::string module_path;
  bool packed = false;
  /// Set when packed: the bits and group size the config assigns to this module.
  std::optional<QuantSpec> spec;
  int64_t out_features = 0;  ///< rows of the logical weight
  int64_t in_features = 0;   ///< columns of the logical (unpacked) weight
  TensorRef weight;          ///< packed: U32 [out, in*bits/32]; float: [out, in]
  /// packed only: [out, in/group_size], f32/f16/bf16 (affine) or U8 (fp modes)
  std::optional<TensorRef> scales;
  std::optional<TensorRef> biases;  ///< affine only: same dtype and shape as scales
  std::optional<TensorRef> bias;    ///< `<path>.bias` when the checkpoint has one
};

/// Resolves `module_path`. A module is packed exactly when `<path>.scales` exists; then the
/// config must assign it a QuantSpec and the shapes must agree with it (errors say "wrong
/// quantized shapes" and name the tensor). A float module needs a 2-D float `<path>.weight`.
Result<LinearWeights> resolve_linear(const Checkpoint& checkpoint, const ModelConfig& config,
                                     std::string_view module_path);

/// An fp-mode module's `<module_path>.global_scale` tensor (MLX's optional nvfp4 global scale) is
/// refused naming it: MLX's fp QuantizedLinear has no such parameter and mlx-lm never writes
/// one, so a checkpoint carrying it was not made for MLX (ignoring it would be silently wrong).
Status refuse_global_scale(const Checkpoint& checkpoint, const std::string& module_path,
                           const std::string& where);

}  // namespace mlxla::checkpoint
