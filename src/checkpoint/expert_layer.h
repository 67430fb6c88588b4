// The stacked expert projections of a mixture-of-experts layer (mlx-lm's SwitchLinear after
// `sanitize`: `<block>.switch_mlp.{gate,up,down}_proj.{weight,scales,biases}` with a leading
// expert dimension), validated against the config so kernels can index experts unchecked.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

#include "checkpoint/checkpoint.h"
#include "checkpoint/config.h"
#include "mlxla/result.h"

namespace mlxla::checkpoint {

/// One stacked expert projection: E experts of [out, in], MLX-packed: affine (scales and
/// biases) or an fp mode (U8 scales, no biases).
struct ExpertWeights {
  QuantSpec spec;
  DType scale_dtype = DType::kF32;
  TensorRef weight;                 ///< U32 [E, out, in*bits/32]
  TensorRef scales;                 ///< [E, out, in/group_size], f32/f16/bf16 (fp modes: U8)
  std::optional<TensorRef> biases;  ///< affine: as scales; fp modes: none
  std::optional<TensorRef> bias;    ///< the additive bias [E, out] (gpt_oss), float
};

/// Resolves `module_path` (e.g. "model.layers.0.mlp.switch_mlp.gate_proj") as `experts` stacked
/// [out, in] matrices. Errors name the tensor: a missing one, a leading dimension other than
/// `experts`, shapes that disagree with the config's quantization, float experts (not
/// supported), fp-mode scales that are not U8, a group size the mode does not allow, non-finite
/// scales or biases, and (when `config.moe->biases`) a missing or misshapen `<path>.bias`.
Result<ExpertWeights> resolve_experts(const Checkpoint& checkpoint, const ModelConfig& config,
                                      std::string_view module_path, int64_t experts,
                                      int64_t out_features, int64_t in_features);

}  // namespace mlxla::checkpoint
