// Validation of a config and spec before emission (internal to the model module).
#pragma once

#include "checkpoint/config.h"
#include "mlxla/result.h"
#include "model/graph_spec.h"

namespace mlxla::model {

/// Errors name the field: non-positive or inconsistent config sizes, spec sizes outside
/// [1, 2^24], a prefill chunk over the capacity, a KV cache too large to address.
Status validate_emit(const checkpoint::ModelConfig& config, const GraphSpec& spec);

}  // namespace mlxla::model
