// The WeightAbi: the ordered list of weight arguments of an emitted graph, written by the one
// emitter function that declares each weight parameter (ARCHITECTURE.md invariant 1) and
// walked by every loader. Emitter and loader cannot disagree: there is no second list.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "checkpoint/config.h"
#include "graph/ir.h"

namespace mlxla::model {

/// How the loader turns checkpoint bytes into the argument's buffer.
enum class WeightTransform : uint8_t {
  kAsStored,       ///< the tensor's bytes as they are (packed u32, f16 scales...): zero-copy
  kToF32,          ///< a float tensor converted to f32
  kToF16,          ///< a float tensor converted to f16 (round to nearest even)
  kDequantizeF32,  ///< a packed layer (weight+scales+biases) dequantized to f32: q*s then +b
                   ///< (fp modes: value * decoded scale, no biases)
  kDequantizeF16,  ///< dequantized to f32 as above, then rounded to f16
  /// A Gemma norm weight w becomes 1 + w, rounded to the tensor's own dtype (mlx-lm computes
  /// `1.0 + self.weight` in the weight's dtype), then widened to f32.
  kNormPlusOneF32,
  /// fp-mode U8 scales decoded to f32 (exact): E8M0 2^(b-127) for mxfp4/mxfp8, E4M3 for nvfp4.
  kFpScalesToF32,
};

/// What the argument is to the model (for inspect, export manifests and the runtime).
enum class WeightRole : uint8_t {
  kEmbedding,  ///< token embedding table (float) or its packed codes
  kNorm,       ///< RMSNorm weight
  kMatrix,     ///< a projection / lm_head weight (float) or its packed codes
  kScales,     ///< per-group scales of a packed matrix
  kBiases,     ///< per-group biases of a packed matrix
  kBias,       ///< an additive bias vector (qwen2 q/k/v)
};

struct WeightArg {
  std::string name;  ///< graph parameter name, e.g. "layers.0.attn.q_proj.weight"
  graph::ValueId value = graph::kNoValue;  ///< the parameter in `main`
  graph::TensorType type;                  ///< what the graph expects
  WeightRole role = WeightRole::kMatrix;
  WeightTransform transform = WeightTransform::kAsStored;
  /// The checkpoint tensor read (for kDequantize*: the `.weight` tensor; its `.scales` and
  /// `.biases` siblings are read too).
  std::string source_tensor;
  int bits = 0;        ///< packed layers: bits per code (0 for float)
  int group_size = 0;  ///< packed layers: elements per scale/bias group
  /// packed layers: affine or the fp mode (which code and scale formats to decode)
  checkpoint::QuantMode mode = checkpoint::QuantMode::kAffine;
  /// Rows [row_begin, row_end) of the source tensor (Phi-3's fused qkv/gate_up are split
  /// by rows); row_end == 0 means all rows.
  int64_t row_begin = 0;
  int64_t row_end = 0;
};

struct WeightAbi {
  std::vector<WeightArg> args;  ///< in parameter order
};

}  // namespace mlxla::model
