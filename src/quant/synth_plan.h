// The tensor list of a Llama-family Hugging Face checkpoint, derived from config.json alone, so
// `mlxla synth` can build a random-weight checkpoint shaped exactly like the real one.
#pragma once

#include <optional>
#include <vector>

#include "mlxla/result.h"
#include "quant/convert_plan.h"

namespace mlxla::quant {

/// The float tensors (HF names, f32, shapes) of a llama / mistral / qwen2 / phi3 model:
/// embedding, per-layer attention and MLP projections (phi3: fused qkv_proj and gate_up_proj;
/// qwen2: q/k/v biases; llama: attention_bias / mlp_bias when set), the norms, and lm_head when
/// untied. Errors name the missing or invalid config field.
Result<std::vector<SourceTensor>> model_source_tensors(const OrderedJson& config);

/// Synth settings from a config's own `quantization` block (bits, group_size, mode) and
/// torch_dtype; bits = 0 when the config has no quantization block. Explicit overrides win when
/// set. fp experts: a per-module entry for stacked experts (`*.experts.*`, `*.switch_mlp.*`)
/// with an fp `mode` gives `expert_mode`; a block whose own mode is fp but whose other modules
/// have affine entries (mlx_lm's fine-grained block after converting Hugging Face's MXFP4
/// gpt-oss) gives `expert_mode` = that mode and bits/group_size of those affine entries.
struct SynthDefaults {
  int bits = 0;
  int group_size = 64;
  DType dtype = DType::kBF16;
  std::optional<FpMode> mode;         ///< the block's own fp mode (every module)
  std::optional<FpMode> expert_mode;  ///< stacked experts only
};
SynthDefaults synth_defaults(const OrderedJson& config);

}  // namespace mlxla::quant
