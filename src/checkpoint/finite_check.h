// Finiteness of the tensors that scale everything downstream (quantization scales and biases,
// norm weights, layer biases): a NaN or Inf there silently turns every logit into garbage.
#pragma once

#include <string>

#include "checkpoint/safetensors.h"
#include "mlxla/result.h"

namespace mlxla::checkpoint {

/// Ok for integer tensors and for float tensors (f32/f16/bf16/f64) with no NaN or infinity;
/// otherwise kFormat "<where>: tensor '<name>' has a non-finite value (NaN|Inf) at element i".
/// One pass over the bytes (about 40 ms for the scales and biases of a 1B 4-bit model).
Status check_finite(const TensorView& view, const std::string& where);

}  // namespace mlxla::checkpoint
