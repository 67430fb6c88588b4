// check_config_limits: one bound per sized field, named in the error.
#include "checkpoint/config_limits.h"

#include <string>

namespace mlxla::checkpoint {

Status check_config_limits(const Fields& f, const ModelConfig& c) {
  const struct {
    const char* field;
    int64_t value;
    int64_t limit;
  } checks[] = {
      {"num_hidden_layers", c.num_hidden_layers, ConfigLimits::kMaxLayers},
      {"hidden_size", c.hidden_size, ConfigLimits::kMaxHiddenSize},
      {"intermediate_size", c.intermediate_size, ConfigLimits::kMaxIntermediateSize},
      {"num_attention_heads", c.num_attention_heads, ConfigLimits::kMaxHeads},
      {"num_key_value_heads", c.num_key_value_heads, ConfigLimits::kMaxHeads},
      {"head_dim", c.head_dim, ConfigLimits::kMaxHeadDim},
      {"vocab_size", c.vocab_size, ConfigLimits::kMaxVocabSize},
      {"max_position_embeddings", c.max_position_embeddings, ConfigLimits::kMaxPositions},
      {"sliding_window", c.sliding_window.value_or(0), ConfigLimits::kMaxPositions},
  };
  for (const auto& check : checks) {
    if (check.value > check.limit) {
      return f.error(check.field, std::to_string(check.value) +
                                      " is implausibly large (the limit is " +
                                      std::to_string(check.limit) + ")");
    }
  }
  if (c.rope_scaling.original_max_position_embeddings > ConfigLimits::kMaxPositions) {
    return f.error("rope_scaling",
                   "original_max_position_embeddings " +
                       std::to_string(c.rope_scaling.original_max_position_embeddings) +
                       " is implausibly large (the limit is " +
                       std::to_string(ConfigLimits::kMaxPositions) + ")");
  }
  if (c.eos_token_ids.size() > ConfigLimits::kMaxEosTokenIds) {
    return f.error("eos_token_id", "lists " + std::to_string(c.eos_token_ids.size()) +
                                       " ids (the limit is " +
                                       std::to_string(ConfigLimits::kMaxEosTokenIds) + ")");
  }
  // The attention projections are heads x head_dim wide: bound the product too.
  if (c.num_attention_heads * c.head_dim > ConfigLimits::kMaxHiddenSize * 4) {
    return f.error("num_attention_heads", std::to_string(c.num_attention_heads) +
                                              " heads of head_dim " + std::to_string(c.head_dim) +
                                              " are implausibly wide");
  }
  return Status::Ok();
}

}  // namespace mlxla::checkpoint
