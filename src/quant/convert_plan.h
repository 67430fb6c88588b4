// What `mlx_lm.convert --quantize` does to a Hugging Face checkpoint, as pure data: which
// tensors are quantized, dropped or cast, the output tensor list, sharding, config.json and
// model.safetensors.index.json. No file I/O here (the CLI reads and writes).
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "mlxla/dtype.h"
#include "mlxla/result.h"
#include "quant/fp_modes.h"

namespace mlxla::quant {

/// mlx_lm writes configs with insertion-ordered nested objects (top level sorted).
using OrderedJson = nlohmann::ordered_json;

/// mlx_lm's shard limit: 5 GiB of tensor bytes per file.
inline constexpr uint64_t kMaxShardBytes = 5ull << 30;

/// A tensor of the source checkpoint (as its header declares it).
struct SourceTensor {
  std::string name;
  DType dtype = DType::kF32;
  std::vector<int64_t> shape;
};

/// How an output tensor is produced from its source.
enum class OutputKind {
  kCast,    ///< the source tensor, floats cast to the target dtype, other types copied
  kPacked,  ///< U32 codes of quantize(source)
  kScales,  ///< scales of quantize(source), target dtype (U8 in an fp mode)
  kBiases,  ///< biases of quantize(source), target dtype (affine only)
};

/// One tensor of the converted checkpoint.
struct PlannedTensor {
  std::string name;
  DType dtype = DType::kF32;
  std::vector<int64_t> shape;
  OutputKind kind = OutputKind::kCast;
  size_t source_index = 0;  ///< index into the source tensor list
  int shard = 0;            ///< which output file (0-based)
  int bits = 0;             ///< quantized outputs: the module's bits (settings' or an override)
  int group_size = 0;       ///< quantized outputs: the module's group size
  /// Quantized outputs: the module's fp mode; nullopt = affine (also a per-module override in
  /// an fp conversion: mlx_lm's predicate dict has no mode and to_quantized defaults to affine).
  std::optional<FpMode> fp_mode;

  uint64_t nbytes() const;
};

/// Quantization settings; bits == 0 means "keep floats" (no quantization).
struct ConvertSettings {
  int bits = 4;
  int group_size = 64;
  /// Every floating tensor is cast to this before quantizing; nullopt keeps each tensor's dtype
  /// (mlx_lm with no --dtype and no torch_dtype in the config).
  std::optional<DType> dtype;
  /// An MLX fp mode instead of affine (`mlx_lm.convert --q-mode`): bits and group_size must be
  /// the mode's own; U8 scales and no biases are written.
  std::optional<FpMode> fp_mode;
  /// Modules quantized affine otherwise than `bits`/`group_size`/`fp_mode`, by module path
  /// ("model.layers.0.mlp.gate" -> {8, 64}); written to the config's quantization block as
  /// per-module overrides, as mlx_lm does for a model's quant_predicate.
  std::map<std::string, std::pair<int, int>> overrides;
  /// Stacked experts (3-D `*.weight` [E, out, in]) in this MLX fp mode (its own bits and group
  /// size) whatever the other modules get, each recorded as a per-module entry
  /// {"group_size", "bits", "mode"} as mlx-community gpt-oss configs declare their MXFP4 experts
  /// (`mlxla synth`; mlx_lm.convert has no such option).
  std::optional<FpMode> expert_fp_mode;
};

/// mlx_lm's per-model quant_predicate: the overrides a model type asks for (qwen3_moe: every
/// router `*.mlp.gate` at 8 bits, group 64, affine also under an fp mode as in mlx_lm). Empty
/// for the other families or without quantization.
std::map<std::string, std::pair<int, int>> model_quant_overrides(
    const std::vector<SourceTensor>& sources, const OrderedJson& config,
    const ConvertSettings& settings);

/// The converted checkpoint: output tensors in write order, with shard assignment.
struct ConvertPlan {
  std::vector<PlannedTensor> tensors;
  int shard_count = 1;
  uint64_t total_bytes = 0;
  uint64_t total_parameters = 0;  ///< mlx_lm's count: packed weights count numel*32/bits
  /// Set when the source was already partly quantized (a Hugging Face gpt-oss checkpoint:
  /// `quantization_config.quant_method` "mxfp4", experts MXFP4 after sanitize): mlx_lm's
  /// fine-grained block, the loaded model's {"group_size": 32, "bits": 4, "mode": "mxfp4"} plus
  /// one entry per module this conversion quantized (its {group_size, bits, mode}; a
  /// quant_predicate override's dict as it is). make_converted_config writes it.
  std::optional<OrderedJson> quantization;
};

/// Parses "float16" / "bfloat16" / "float32" (HF torch_dtype spelling; also f16, bf16, f32).
std::optional<DType> parse_float_dtype(std::string_view name);
/// "float16", "bfloat16", "float32".
std::string_view float_dtype_name(DType dtype);

/// Whether the model's lm_head is tied to the embedding: config `tie_word_embeddings`, or
/// mlx_lm's default for the model type when absent (true for llama/mistral/qwen2).
bool ties_word_embeddings(const OrderedJson& config);

/// mlx_lm's predicate: a 2-D `*.weight` of a Linear or Embedding, or a 3-D stacked-experts
/// weight (SwitchLinear), norms never, whose last dimension is divisible by the group size.
bool should_quantize(std::string_view name, const std::vector<int64_t>& shape, int group_size);

/// Builds the output tensor list (sorted by name), splits it into shards of at most
/// `max_shard_bytes`, and counts parameters. Drops a tied `lm_head.weight` and rotary
/// `inv_freq` buffers. Fails on an already-quantized source or unsupported settings, except
/// that a config with `quantization_config.quant_method` "mxfp4" (mlx_lm loads it as mxfp4
/// group 32) keeps its U32 `.weight` + U8 `.scales` modules as they are (copied).
Result<ConvertPlan> plan_conversion(const std::vector<SourceTensor>& sources,
                                    const OrderedJson& config, const ConvertSettings& settings,
                                    uint64_t max_shard_bytes = kMaxShardBytes);

/// `model.safetensors` for one shard, `model-0000i-of-0000n.safetensors` for several.
std::string shard_file_name(int shard, int shard_count);

/// model.safetensors.index.json text, byte-identical to mlx_lm's json.dump(indent=4).
std::string make_index_json(const ConvertPlan& plan);

/// config.json of the converted model: the source config, `eos_token_id` taken from
/// generation_config (when it has a truthy one), `_name_or_path` and `vision_config` removed,
/// `quantization` and an identical `quantization_config` {group_size, bits, mode} (removed when
/// settings.bits == 0), top-level keys sorted.
/// With a `plan` whose `quantization` is set, that block is written instead.
OrderedJson make_converted_config(const OrderedJson& config, const OrderedJson* generation_config,
                                  const ConvertSettings& settings,
                                  const ConvertPlan* plan = nullptr);

/// Python json.dump(indent=4) formatting (ASCII-escaped, no trailing newline).
std::string dump_json_like_python(const OrderedJson& json);

}  // namespace mlxla::quant
