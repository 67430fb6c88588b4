// Internal side of the session: the public API (include/mlxla/session.h) plus the small pieces
// the CLI and server share with it (default capacity, EOS list, option parsing).
#pragma once

#include <cstdint>
#include <vector>

#include "checkpoint/config.h"
#include "engine/sampler.h"
#include "mlxla/session.h"
#include "tokenizer/tokenizer.h"

namespace mlxla::engine {

/// Context positions when SessionOptions::capacity is 0: the model's max_position_embeddings,
/// at most kDefaultCapacityLimit (4096 when the config does not say).
inline constexpr int64_t kDefaultCapacityLimit = 4096;
int64_t default_capacity(const checkpoint::ModelConfig& config);

/// The end-of-sequence ids: the config's (already merged with generation_config.json) and then
/// the tokenizer's that are new, in that order.
std::vector<int32_t> merge_eos_ids(const checkpoint::ModelConfig& config,
                                   const tokenizer::Tokenizer* tokenizer);

}  // namespace mlxla::engine
