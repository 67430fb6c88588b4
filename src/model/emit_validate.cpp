// The checks emit() makes before building anything: config sizes the emitter trusts, spec
// sizes in range, caches that stay addressable.
#include "model/emit_validate.h"

#include <limits>
#include <string>

namespace mlxla::model {

Status validate_emit(const checkpoint::ModelConfig& c, const GraphSpec& spec) {
  auto positive = [](int64_t v, const char* field) -> Status {
    if (v <= 0)
      return invalid_argument(std::string("model config: ") + field + " must be positive, got " +
                              std::to_string(v));
    return Status::Ok();
  };
  MLXLA_RETURN_IF_ERROR(positive(c.hidden_size, "hidden_size"));
  MLXLA_RETURN_IF_ERROR(positive(c.intermediate_size, "intermediate_size"));
  MLXLA_RETURN_IF_ERROR(positive(c.num_hidden_layers, "num_hidden_layers"));
  MLXLA_RETURN_IF_ERROR(positive(c.num_attention_heads, "num_attention_heads"));
  MLXLA_RETURN_IF_ERROR(positive(c.num_key_value_heads, "num_key_value_heads"));
  MLXLA_RETURN_IF_ERROR(positive(c.head_dim, "head_dim"));
  MLXLA_RETURN_IF_ERROR(positive(c.vocab_size, "vocab_size"));
  if (c.num_attention_heads % c.num_key_value_heads != 0) {
    return invalid_argument(
        "model config: num_attention_heads " + std::to_string(c.num_attention_heads) +
        " is not a multiple of num_key_value_heads " + std::to_string(c.num_key_value_heads));
  }
  if (c.head_dim % 2 != 0) return invalid_argument("model config: head_dim must be even for RoPE");
  if (c.rotary_dim != 0 &&
      (c.rotary_dim < 2 || c.rotary_dim % 2 != 0 || c.rotary_dim > c.head_dim)) {
    return invalid_argument(
        "model config: partial_rotary_factor gives " + std::to_string(c.rotary_dim) +
        " rotated dims, not an even count within head_dim " + std::to_string(c.head_dim));
  }
  if (!c.layer_sliding.empty() &&
      static_cast<int64_t>(c.layer_sliding.size()) != c.num_hidden_layers) {
    return invalid_argument("model config: layer_types lists " +
                            std::to_string(c.layer_sliding.size()) +
                            " layers, num_hidden_layers is " + std::to_string(c.num_hidden_layers));
  }
  if (c.moe) {
    const checkpoint::MoeConfig& m = *c.moe;
    if (static_cast<int64_t>(m.layer_sparse.size()) != c.num_hidden_layers)
      return invalid_argument("model config: the expert layer list does not cover every layer");
    bool any = false;
    for (bool sparse : m.layer_sparse) any = any || sparse;
    if (any &&
        (m.experts <= 0 || m.top_k <= 0 || m.top_k > m.experts || m.expert_intermediate <= 0)) {
      return invalid_argument("model config: num_experts_per_tok " + std::to_string(m.top_k) +
                              " must be in 1..experts (" + std::to_string(m.experts) +
                              ") and the experts' intermediate size positive");
    }
  }
  if (c.vocab_size > std::numeric_limits<int32_t>::max() || c.num_hidden_layers > (1 << 20)) {
    return invalid_argument("model config: vocab_size or num_hidden_layers too large");
  }
  const int64_t kLimit = int64_t{1} << 24;
  if (spec.capacity <= 0 || spec.capacity > kLimit || spec.batch <= 0 || spec.batch > kLimit ||
      spec.chunk <= 0 || spec.chunk > kLimit) {
    return invalid_argument(
        "graph spec: capacity, batch and chunk must be in [1, 2^24] (capacity " +
        std::to_string(spec.capacity) + ", batch " + std::to_string(spec.batch) + ", chunk " +
        std::to_string(spec.chunk) + ")");
  }
  if (spec.kind == GraphKind::kPrefill && spec.chunk > spec.capacity) {
    return invalid_argument("graph spec: prefill chunk " + std::to_string(spec.chunk) +
                            " exceeds the capacity " + std::to_string(spec.capacity));
  }
  // The caches must stay addressable: L * S * Cap * KV * D elements well below 2^62 bytes.
  const double cache = static_cast<double>(c.num_hidden_layers) * static_cast<double>(spec.batch) *
                       static_cast<double>(spec.capacity) *
                       static_cast<double>(c.num_key_value_heads) * static_cast<double>(c.head_dim);
  if (cache > 0x1p56) return invalid_argument("graph spec: the KV cache would be too large");
  return Status::Ok();
}

}  // namespace mlxla::model
