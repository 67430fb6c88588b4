// Plausibility limits on config.json values, checked right after parsing and before anything
// (per-layer lists, graphs, buffers) is sized by them: a hostile config fails with the field named.
#pragma once

#include <cstdint>

#include "checkpoint/config.h"
#include "checkpoint/config_fields.h"
#include "mlxla/result.h"
#include "quant/expert_stacking.h"

namespace mlxla::checkpoint {

/// Upper bounds, each well above every published model (largest seen in brackets).
struct ConfigLimits {
  static constexpr int64_t kMaxLayers = 1024;                        // [126: Llama-3.1-405B]
  static constexpr int64_t kMaxHiddenSize = int64_t{1} << 16;        // [16384]
  static constexpr int64_t kMaxIntermediateSize = int64_t{1} << 18;  // [53248]
  static constexpr int64_t kMaxHeads = 1024;                         // [128]
  static constexpr int64_t kMaxHeadDim = 1024;                       // [256: Gemma]
  static constexpr int64_t kMaxVocabSize = int64_t{1} << 22;         // [262144: Gemma 3]
  static constexpr int64_t kMaxPositions = int64_t{1} << 24;         // [10M: Llama 4 Scout]
  static constexpr size_t kMaxEosTokenIds = 1024;                    // [3]
  static constexpr int64_t kMaxExperts = quant::kMaxExperts;         // [384: Kimi K2]
};

/// Fails naming the file and the field when a value of `config` is outside ConfigLimits.
Status check_config_limits(const Fields& fields, const ModelConfig& config);

}  // namespace mlxla::checkpoint
