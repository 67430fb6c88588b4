// Hugging Face's per-expert tensors (`mlp.experts.{e}.gate_proj.weight`, Mixtral's
// `block_sparse_moe.experts.{e}.w1.weight`) grouped into the stacked layout mlx-lm's `sanitize`
// produces (`switch_mlp.{gate,up,down}_proj.weight` [E, out, in]), as pure data: which source
// tensors form each stacked one. `mlxla quantize` reads the parts and concatenates them.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "mlxla/result.h"
#include "quant/convert_plan.h"

namespace mlxla::quant {

/// The most experts a layer may have (num_experts / num_local_experts), well above every
/// published model [384: Kimi K2]; checkpoint::ConfigLimits::kMaxExperts is this value, kept
/// here so quantize and synth refuse a hostile count before sizing anything by it.
inline constexpr int64_t kMaxExperts = 4096;

struct StackedSources {
  /// The tensors as mlx-lm's sanitize leaves them: untouched tensors as they were, each stacked
  /// one (dtype of its parts, shape [E, out, in]) where its expert 0 was.
  std::vector<SourceTensor> tensors;
  /// Per entry of `tensors`: the indices of the original sources it is made of (one for an
  /// untouched tensor, E in expert order for a stacked one).
  std::vector<std::vector<size_t>> parts;
  /// Per entry: -1, or which rows (0 even, 1 odd) along axis `row_axis` of its one part it keeps
  /// (gpt_oss's interleaved gate_up_proj split into gate_proj and up_proj). The bytes of a row
  /// are everything after that axis; the entry's own dtype/shape may view them differently
  /// (MXFP4 blocks U8 [E, R, G, 16] become U32 [E, R, G*4]: the same bytes).
  std::vector<int> parity;
  std::vector<int> row_axis;
};

/// gpt_oss (Hugging Face openai/gpt-oss layout, as gpt_oss.py's `sanitize`):
/// `mlp.experts.gate_up_proj_blocks` U8 [E, 2I, G, 16] / `_scales` U8 [E, 2I, G] / `_bias`
/// [E, 2I] (gate and up rows interleaved, gate first) become `mlp.experts.{gate,up}_proj.{weight
/// (U32 [E, I, G*4]), scales, bias}`, and `down_proj_blocks` / `_scales` / `_bias` become
/// `down_proj.{weight, scales, bias}`; a checkpoint that has a `gate_proj.weight` is already
/// sanitized. A non-blocks `gate_up_proj` / `down_proj` (float HF experts) or misshapen blocks
/// are refused naming the tensor.
/// Groups the per-expert tensors of a qwen3_moe or mixtral checkpoint (other model types and
/// checkpoints already stacked pass through unchanged). Errors name the tensor: an expert index
/// outside [0, E) or repeated, a missing expert, parts whose dtypes or shapes differ, or a
/// per-expert tensor that is not 2-D, an expert count outside [1, kMaxExperts]. E is the
/// config's num_experts / num_local_experts.
Result<StackedSources> stack_experts(const std::vector<SourceTensor>& sources,
                                     const OrderedJson& config);

}  // namespace mlxla::quant
