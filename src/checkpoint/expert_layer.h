// The stacked expert projections of a mixture-of-experts layer (mlx-lm's SwitchLinear after
// `sanitize`: `<block>.switch_mlp.{gate,up,down}_proj.{weight,scales,biases}` with a leading
// expert dimension), validated against the config so kernels can index experts unchecked.
#pragma once

#include <cstdint>
#include <string_view>

#include "checkpoint/checkpoint.h"
#include "checkpoint/config.h"
#include "mlxla/result.h"

namespace mlxla::checkpoint {

/// One stacked expert projection: E experts of [out, in], MLX affine-packed.
struct ExpertWeights {
  QuantSpec spec;
  DType scale_dtype = DType::kF32;
  TensorRef weight;  ///< U32 [E, out, in*bits/32]
  TensorRef scales;  ///< [E, out, in/group_size], f32/f16/bf16
  TensorRef biases;  ///< as scales
};

/// Resolves `module_path` (e.g. "model.layers.0.mlp.switch_mlp.gate_proj") as `experts` stacked
/// [out, in] matrices. Errors name the tensor: a missing one, a leading dimension other than
/// `experts`, shapes that disagree with the config's quantization, float or fp-mode experts
/// (not supported), non-finite scales or biases.
Result<ExpertWeights> resolve_experts(const Checkpoint& checkpoint, const ModelConfig& config,
                                      std::string_view module_path, int64_t experts,
                                      int64_t out_features, int64_t in_features);

}  // namespace mlxla::checkpoint
