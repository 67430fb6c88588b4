// libFuzzer target: arbitrary bytes as config.json text. Parsing must return a value or an
// Error; an accepted config must satisfy the invariants the parser promises.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "checkpoint/config.h"
#include "checkpoint/config_limits.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  auto config = mlxla::checkpoint::parse_model_config(text, "fuzz/config.json");
  if (!config.ok()) return 0;
  const auto& c = *config;
  if (c.hidden_size <= 0 || c.num_attention_heads <= 0 || c.num_key_value_heads <= 0 ||
      c.head_dim <= 0 || c.num_attention_heads % c.num_key_value_heads != 0 ||
      c.head_dim % 2 != 0) {
    std::abort();
  }
  // Plausibility limits hold for every accepted config (nothing downstream is sized past them).
  using Limits = mlxla::checkpoint::ConfigLimits;
  if (c.num_hidden_layers > Limits::kMaxLayers || c.hidden_size > Limits::kMaxHiddenSize ||
      c.vocab_size > Limits::kMaxVocabSize || c.head_dim > Limits::kMaxHeadDim) {
    std::abort();
  }
  (void)c.quantization_for("model.layers.0.mlp.down_proj");
  (void)mlxla::checkpoint::apply_generation_config(*config, text, "fuzz/generation_config.json");
  return 0;
}
