// The tensor list of a Llama-family Hugging Face checkpoint, derived from config.json alone, so
// `mlxla synth` can build a random-weight checkpoint shaped exactly like the real one.
#pragma once

#include <vector>

#include "mlxla/result.h"
#include "quant/convert_plan.h"

namespace mlxla::quant {

/// The float tensors (HF names, f32, shapes) of a llama / mistral / qwen2 / phi3 model:
/// embedding, per-layer attention and MLP projections (phi3: fused qkv_proj and gate_up_proj;
/// qwen2: q/k/v biases; llama: attention_bias / mlp_bias when set), the norms, and lm_head when
/// untied. Errors name the missing or invalid config field.
Result<std::vector<SourceTensor>> model_source_tensors(const OrderedJson& config);

/// Synth settings from a config's own `quantization` block (bits, group_size) and torch_dtype;
/// bits = 0 when the config has no quantization block. Explicit overrides win when set.
struct SynthDefaults {
  int bits = 0;
  int group_size = 64;
  DType dtype = DType::kBF16;
};
SynthDefaults synth_defaults(const OrderedJson& config);

}  // namespace mlxla::quant
