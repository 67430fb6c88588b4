// The emitter: assembles an Architecture's blocks (norms, attention, gated MLP) into one graph
// for every graph kind; weights are declared only through Emitter::declare_weight, which
// appends to the parameters and the ABI.
#include "model/emit.h"

#include <cmath>
#include <limits>
#include <string>
#include <vector>

#include "graph/builder.h"
#include "graph/composites.h"
#include "model/architecture.h"
#include "model/cache_layout.h"
#include "model/emit_validate.h"
#include "quant/fp_modes.h"

namespace mlxla::model {
namespace {

// A checkpoint's fp mode as quant's (affine is not an fp mode: callers test it first).
quant::FpMode fp_mode_of(checkpoint::QuantMode mode) {
  if (mode == checkpoint::QuantMode::kNvfp4) return quant::FpMode::kNvfp4;
  return mode == checkpoint::QuantMode::kMxfp8 ? quant::FpMode::kMxfp8 : quant::FpMode::kMxfp4;
}

using graph::Builder;
using graph::ElementType;
using graph::TensorType;
using graph::ValueId;

Result<ElementType> float_element(DType dtype, const std::string& what) {
  switch (dtype) {
    case DType::kF32:
      return ElementType::kF32;
    case DType::kF16:
      return ElementType::kF16;
    case DType::kBF16:
      return ElementType::kBF16;
    default:
      return unsupported(what + ": dtype " + std::string(dtype_safetensors_name(dtype)) +
                         " (expected F32, F16 or BF16)");
  }
}

ElementType precision_element(Precision precision) {
  switch (precision) {
    case Precision::kF16:
      return ElementType::kF16;
    case Precision::kBF16:
      return ElementType::kBF16;
    case Precision::kF32:
      break;
  }
  return ElementType::kF32;
}

// A projection's declared arguments.
struct Linear {
  bool packed = false;
  checkpoint::QuantMode mode = checkpoint::QuantMode::kAffine;  // packed only
  int bits = 0;
  int group_size = 0;
  ValueId weight = graph::kNoValue;  // float matrix or packed codes
  ValueId scales = graph::kNoValue;
  ValueId biases = graph::kNoValue;
  ValueId bias = graph::kNoValue;  // additive bias, f32 [out]
};

// One sequence's share of an attention step: rows [row_begin, row_end) of the step's tokens,
// its cache slot, where its k/v go and how many cache entries it may read.
struct Sequence {
  int64_t row_begin = 0;
  int64_t row_end = 0;
  int64_t slot = 0;
  ValueId write_position = graph::kNoValue;  // i32 []
  ValueId kv_length = graph::kNoValue;       // i32 []
};

// One layer's weights, declared in ABI order.
struct LayerWeights {
  ValueId input_norm = graph::kNoValue;
  Linear q_proj, k_proj, v_proj, o_proj;
  ValueId q_norm = graph::kNoValue, k_norm = graph::kNoValue;  // qk_norm only
  ValueId sinks = graph::kNoValue;                             // attention sinks only
  ValueId post_attention_norm = graph::kNoValue;
  ValueId pre_feedforward_norm = graph::kNoValue,
          post_feedforward_norm = graph::kNoValue;  // sandwich only
  Linear gate_proj, up_proj, down_proj;
  // Mixture-of-experts layers instead of gate/up/down: the router and the stacked experts.
  bool sparse = false;
  Linear router;
  graph::ExpertWeights gate_experts, up_experts, down_experts;
  int expert_bits = 0, expert_group_size = 0;
  checkpoint::QuantMode expert_mode = checkpoint::QuantMode::kAffine;
};

class Emitter {
 public:
  Emitter(const checkpoint::ModelConfig& config, const Architecture& arch,
          const LayerFormats& formats, const GraphSpec& spec)
      : config_(config),
        arch_(arch),
        formats_(formats),
        spec_(spec),
        b_(graph_.module, "main"),
        precision_(precision_element(spec.precision)),
        kv_element_(precision_element(spec.kv_dtype)) {}

  Result<EmittedGraph> run();

 private:
  ValueId declare_weight(WeightArg arg);
  Result<Linear> declare_linear(const std::string& module, const std::string& name, int64_t out,
                                int64_t in, int64_t row_begin, int64_t row_end, WeightRole role);
  Result<Linear> declare_projection(const std::string& module, int64_t out, int64_t in);
  Result<graph::ExpertWeights> declare_experts(const std::string& module, int64_t out, int64_t in,
                                               LayerWeights& w);
  ValueId moe_block(ValueId h, const LayerWeights& w);
  ValueId declare_norm(const std::string& name, int64_t size);
  Result<LayerWeights> declare_layer(int64_t index);
  ValueId apply(const Linear& linear, ValueId x);
  ValueId norm(ValueId x, ValueId weight);
  ValueId round_to_precision(ValueId x);
  ValueId gather_rows(ValueId table, ValueId ids);
  ValueId embed(const Linear& table, ValueId tokens);
  ValueId soft_cap(ValueId x, double cap);
  ValueId attention_block(int64_t index, ValueId h, const LayerWeights& w, ValueId q_positions,
                          const std::vector<Sequence>& sequences);
  std::vector<ValueId> rotating_attention(int64_t index, ValueId q, ValueId k_stored,
                                          ValueId v_stored, ValueId q_positions,
                                          const std::vector<Sequence>& sequences,
                                          const graph::AttentionAttrs& attrs, ValueId sinks);
  ValueId ring_entry(ValueId position);
  ValueId ring_write(ValueId cache, ValueId ring_old, ValueId entry, ValueId fresh, int64_t layer,
                     const Sequence& s);
  ValueId mlp_block(ValueId h, const LayerWeights& w);
  Result<ValueId> layer(int64_t index, ValueId x, ValueId q_positions,
                        const std::vector<Sequence>& sequences);

  const checkpoint::ModelConfig& config_;
  const Architecture& arch_;
  const LayerFormats& formats_;
  const GraphSpec& spec_;
  EmittedGraph graph_;
  Builder b_;
  ElementType precision_;
  ElementType kv_element_;
  CacheLayout layout_;
  ValueId k_cache_ = graph::kNoValue;  // full-length layers
  ValueId v_cache_ = graph::kNoValue;
  ValueId k_window_cache_ = graph::kNoValue;  // rotating (sliding-window) layers
  ValueId v_window_cache_ = graph::kNoValue;
};

// The one place a weight parameter is created: the graph parameter and its ABI entry together.
ValueId Emitter::declare_weight(WeightArg arg) {
  arg.value = b_.parameter(arg.type, arg.name, graph::ParamRole::kWeight);
  graph_.abi.args.push_back(arg);
  return arg.value;
}

// `module` and `name` are unprefixed ("model.layers.0.self_attn.q_proj"): the checkpoint
// tensor and the formats key carry the architecture's tensor prefix, the argument name does not.
Result<Linear> Emitter::declare_linear(const std::string& module, const std::string& name,
                                       int64_t out, int64_t in, int64_t row_begin, int64_t row_end,
                                       WeightRole role) {
  const std::string module_path = arch_.tensor_prefix + module;
  const LayerFormat* format = formats_.find(module_path);
  if (format == nullptr)
    return not_found("layer formats have no entry for module '" + module_path + "'");
  Linear linear;
  linear.packed = format->packed && spec_.residency == Residency::kPacked;
  auto arg = [&](std::string suffix, TensorType type, WeightRole arg_role,
                 WeightTransform transform, std::string source_suffix) {
    WeightArg a;
    a.name = name + "." + suffix;
    a.type = std::move(type);
    a.role = arg_role;
    a.transform = transform;
    a.source_tensor = module_path + "." + source_suffix;
    if (format->packed && arg_role != WeightRole::kBias) {
      a.bits = format->bits;
      a.group_size = format->group_size;
      a.mode = format->mode;
    }
    a.row_begin = row_begin;
    a.row_end = row_end;
    return a;
  };
  const bool fp = format->packed && format->mode != checkpoint::QuantMode::kAffine;
  if (fp) {
    const int bits = format->bits, group = format->group_size;
    if ((bits != 4 && bits != 8) || (group != 16 && group != 32) || in % group != 0) {
      return invalid_argument("module '" + module_path +
                              "': " + std::string(checkpoint::quant_mode_name(format->mode)) +
                              " with bits " + std::to_string(bits) + ", group_size " +
                              std::to_string(group) + " cannot hold " + std::to_string(in) +
                              " inputs");
    }
    linear.mode = format->mode;
    linear.bits = bits;
    linear.group_size = group;
  } else if (format->packed) {
    const int bits = format->bits, group = format->group_size;
    if (bits < 2 || bits > 8 || group <= 0 || group % 32 != 0 || in % group != 0) {
      return invalid_argument("module '" + module_path + "': packed with bits " +
                              std::to_string(bits) + ", group_size " + std::to_string(group) +
                              " cannot hold " + std::to_string(in) + " inputs");
    }
    linear.bits = bits;
    linear.group_size = group;
  }
  switch (spec_.residency) {
    case Residency::kDense:
      linear.weight = declare_weight(arg(
          "weight", {ElementType::kF32, {out, in}}, role,
          format->packed ? WeightTransform::kDequantizeF32 : WeightTransform::kToF32, "weight"));
      break;
    case Residency::kF16:
      linear.weight = declare_weight(arg(
          "weight", {ElementType::kF16, {out, in}}, role,
          format->packed ? WeightTransform::kDequantizeF16 : WeightTransform::kToF16, "weight"));
      break;
    case Residency::kPacked: {
      if (fp) {  // u32 codes as stored; U8 scales decoded to f32 at load; no biases
        const int64_t words = in * format->bits / 32, groups = in / format->group_size;
        linear.weight = declare_weight(arg("weight", {ElementType::kU32, {out, words}}, role,
                                           WeightTransform::kAsStored, "weight"));
        linear.scales =
            declare_weight(arg("scales", {ElementType::kF32, {out, groups}}, WeightRole::kScales,
                               WeightTransform::kFpScalesToF32, "scales"));
        break;
      }
      MLXLA_ASSIGN_OR_RETURN(const ElementType stored,
                             float_element(format->dtype, "module '" + module_path + "'"));
      if (!format->packed) {
        linear.weight = declare_weight(
            arg("weight", {stored, {out, in}}, role, WeightTransform::kAsStored, "weight"));
        break;
      }
      const int64_t words = in * format->bits / 32, groups = in / format->group_size;
      linear.weight = declare_weight(arg("weight", {ElementType::kU32, {out, words}}, role,
                                         WeightTransform::kAsStored, "weight"));
      linear.scales = declare_weight(arg("scales", {stored, {out, groups}}, WeightRole::kScales,
                                         WeightTransform::kAsStored, "scales"));
      linear.biases = declare_weight(arg("biases", {stored, {out, groups}}, WeightRole::kBiases,
                                         WeightTransform::kAsStored, "biases"));
      break;
    }
  }
  if (format->has_bias) {
    linear.bias = declare_weight(arg("bias", {ElementType::kF32, {out}}, WeightRole::kBias,
                                     WeightTransform::kToF32, "bias"));
  }
  return linear;
}

Result<Linear> Emitter::declare_projection(const std::string& module, int64_t out, int64_t in) {
  return declare_linear(module, module, out, in, 0, 0, WeightRole::kMatrix);
}

// A stacked expert projection [E, out, in], always packed (zero-copy from the mapping whatever
// the residency: only the routed experts' rows are ever read). Affine: codes, scales and biases
// as stored. fp modes: codes and U8 scales (E8M0 for mxfp4/mxfp8, E4M3 for nvfp4) as stored.
// gpt_oss: the bias
// [E, out] to f32.
Result<graph::ExpertWeights> Emitter::declare_experts(const std::string& module, int64_t out,
                                                      int64_t in, LayerWeights& w) {
  const std::string module_path = arch_.tensor_prefix + module;
  const LayerFormat* format = formats_.find(module_path);
  if (format == nullptr)
    return not_found("layer formats have no entry for experts '" + module_path + "'");
  const int64_t experts = arch_.moe->experts;
  if (!format->packed || format->experts != experts) {
    return unsupported("experts '" + module_path + "': only " + std::to_string(experts) +
                       " stacked MLX-packed experts are supported");
  }
  const bool fp = format->mode != checkpoint::QuantMode::kAffine;
  const int bits = format->bits, group = format->group_size;
  if (fp) {
    // MLX's one bit width and group size per mode: mxfp4 4/32, nvfp4 4/16, mxfp8 8/32.
    const quant::FpMode mode = fp_mode_of(format->mode);
    if (bits != quant::fp_mode_bits(mode) || group != quant::fp_mode_group_size(mode) ||
        in % group != 0) {
      return invalid_argument("experts '" + module_path +
                              "': " + std::string(checkpoint::quant_mode_name(format->mode)) +
                              " with bits " + std::to_string(bits) + ", group_size " +
                              std::to_string(group) + " cannot hold " + std::to_string(in) +
                              " inputs");
    }
  } else if (bits < 2 || bits > 8 || group <= 0 || group % 32 != 0 || in % group != 0 ||
             in * bits % 32 != 0) {
    return invalid_argument("experts '" + module_path + "': bits " + std::to_string(bits) +
                            ", group_size " + std::to_string(group) + " cannot hold " +
                            std::to_string(in) + " inputs");
  }
  if (w.expert_bits != 0 &&
      (w.expert_bits != bits || w.expert_group_size != group || w.expert_mode != format->mode)) {
    return unsupported("experts '" + module_path + "': bits " + std::to_string(bits) +
                       ", group_size " + std::to_string(group) +
                       " differ from the layer's other experts (one quantization per layer is "
                       "supported)");
  }
  if (format->has_bias != arch_.moe->biases) {
    return invalid_argument("experts '" + module_path + "': " +
                            (arch_.moe->biases ? "the bias is missing" : "an unexpected bias"));
  }
  w.expert_bits = bits;
  w.expert_group_size = group;
  w.expert_mode = format->mode;
  auto arg = [&](const std::string& suffix, TensorType type, WeightRole role,
                 WeightTransform transform) {
    WeightArg a;
    a.name = module + "." + suffix;
    a.type = std::move(type);
    a.role = role;
    a.transform = transform;
    a.source_tensor = module_path + "." + suffix;
    if (role != WeightRole::kBias) {
      a.bits = bits;
      a.group_size = group;
      a.mode = format->mode;
    }
    return declare_weight(std::move(a));
  };
  graph::ExpertWeights e;
  e.packed = arg("weight", {ElementType::kU32, {experts, out, in * bits / 32}}, WeightRole::kMatrix,
                 WeightTransform::kAsStored);
  if (fp) {  // U8 E8M0 / E4M3 bytes as stored: decoded by mlxla.moe itself (a 256-entry table)
    e.scales = arg("scales", {ElementType::kU8, {experts, out, in / group}}, WeightRole::kScales,
                   WeightTransform::kAsStored);
  } else {
    MLXLA_ASSIGN_OR_RETURN(const ElementType stored,
                           float_element(format->dtype, "experts '" + module_path + "'"));
    e.scales = arg("scales", {stored, {experts, out, in / group}}, WeightRole::kScales,
                   WeightTransform::kAsStored);
    e.biases = arg("biases", {stored, {experts, out, in / group}}, WeightRole::kBiases,
                   WeightTransform::kAsStored);
  }
  if (format->has_bias) {
    e.bias = arg("bias", {ElementType::kF32, {experts, out}}, WeightRole::kBias,
                 WeightTransform::kToF32);
  }
  return e;
}

ValueId Emitter::declare_norm(const std::string& name, int64_t size) {
  WeightArg a;
  a.name = name + ".weight";
  a.type = {ElementType::kF32, {size}};
  a.role = WeightRole::kNorm;
  a.transform =
      arch_.norm == NormKind::kPlusOne ? WeightTransform::kNormPlusOneF32 : WeightTransform::kToF32;
  a.source_tensor = arch_.tensor_prefix + a.name;
  return declare_weight(std::move(a));
}

Result<LayerWeights> Emitter::declare_layer(int64_t index) {
  const std::string path = "model.layers." + std::to_string(index);
  const int64_t hidden = config_.hidden_size, heads = config_.num_attention_heads;
  const int64_t kv = config_.num_key_value_heads, dim = config_.head_dim;
  const int64_t inter = config_.intermediate_size;
  const std::string attn = path + ".self_attn", mlp = path + ".mlp";
  LayerWeights w;
  w.input_norm = declare_norm(path + ".input_layernorm", hidden);
  if (arch_.attention.fused_qkv) {
    const std::string fused = attn + ".qkv_proj";
    MLXLA_ASSIGN_OR_RETURN(w.q_proj, declare_linear(fused, attn + ".q_proj", heads * dim, hidden, 0,
                                                    heads * dim, WeightRole::kMatrix));
    MLXLA_ASSIGN_OR_RETURN(w.k_proj,
                           declare_linear(fused, attn + ".k_proj", kv * dim, hidden, heads * dim,
                                          (heads + kv) * dim, WeightRole::kMatrix));
    MLXLA_ASSIGN_OR_RETURN(
        w.v_proj, declare_linear(fused, attn + ".v_proj", kv * dim, hidden, (heads + kv) * dim,
                                 (heads + 2 * kv) * dim, WeightRole::kMatrix));
  } else {
    MLXLA_ASSIGN_OR_RETURN(w.q_proj, declare_projection(attn + ".q_proj", heads * dim, hidden));
    MLXLA_ASSIGN_OR_RETURN(w.k_proj, declare_projection(attn + ".k_proj", kv * dim, hidden));
    MLXLA_ASSIGN_OR_RETURN(w.v_proj, declare_projection(attn + ".v_proj", kv * dim, hidden));
  }
  if (arch_.attention.qk_norm) {
    w.q_norm = declare_norm(attn + ".q_norm", dim);
    w.k_norm = declare_norm(attn + ".k_norm", dim);
  }
  MLXLA_ASSIGN_OR_RETURN(w.o_proj, declare_projection(attn + ".o_proj", hidden, heads * dim));
  if (arch_.attention.sinks) {
    WeightArg a;
    a.name = attn + ".sinks";
    a.type = {ElementType::kF32, {heads}};
    a.role = WeightRole::kBias;
    a.transform = WeightTransform::kToF32;
    a.source_tensor = arch_.tensor_prefix + a.name;
    w.sinks = declare_weight(std::move(a));
  }
  w.post_attention_norm = declare_norm(path + ".post_attention_layernorm", hidden);
  if (arch_.sandwich_norms) {
    w.pre_feedforward_norm = declare_norm(path + ".pre_feedforward_layernorm", hidden);
    w.post_feedforward_norm = declare_norm(path + ".post_feedforward_layernorm", hidden);
  }
  if (arch_.moe && arch_.moe->layer_sparse[static_cast<size_t>(index)]) {
    const std::string block = path + "." + arch_.moe->block;
    const int64_t experts = arch_.moe->experts, expert_inter = arch_.moe->expert_intermediate;
    w.sparse = true;
    MLXLA_ASSIGN_OR_RETURN(w.router,
                           declare_projection(block + "." + arch_.moe->router, experts, hidden));
    const std::string switch_mlp = block + "." + arch_.moe->experts_name;
    MLXLA_ASSIGN_OR_RETURN(w.gate_experts,
                           declare_experts(switch_mlp + ".gate_proj", expert_inter, hidden, w));
    MLXLA_ASSIGN_OR_RETURN(w.up_experts,
                           declare_experts(switch_mlp + ".up_proj", expert_inter, hidden, w));
    MLXLA_ASSIGN_OR_RETURN(w.down_experts,
                           declare_experts(switch_mlp + ".down_proj", hidden, expert_inter, w));
    return w;
  }
  if (arch_.mlp.fused_gate_up) {
    const std::string fused = mlp + ".gate_up_proj";
    MLXLA_ASSIGN_OR_RETURN(w.gate_proj, declare_linear(fused, mlp + ".gate_proj", inter, hidden, 0,
                                                       inter, WeightRole::kMatrix));
    MLXLA_ASSIGN_OR_RETURN(w.up_proj, declare_linear(fused, mlp + ".up_proj", inter, hidden, inter,
                                                     2 * inter, WeightRole::kMatrix));
  } else {
    MLXLA_ASSIGN_OR_RETURN(w.gate_proj, declare_projection(mlp + ".gate_proj", inter, hidden));
    MLXLA_ASSIGN_OR_RETURN(w.up_proj, declare_projection(mlp + ".up_proj", inter, hidden));
  }
  MLXLA_ASSIGN_OR_RETURN(w.down_proj, declare_projection(mlp + ".down_proj", hidden, inter));
  return w;
}

ValueId Emitter::apply(const Linear& linear, ValueId x) {
  ValueId y;
  if (linear.packed && linear.mode != checkpoint::QuantMode::kAffine) {
    y = graph::fp_quantized_dot(b_, x, linear.weight, linear.scales,
                                {linear.bits, linear.group_size, precision_},
                                quant::fp_code_values(linear.bits));
  } else if (linear.packed) {
    y = graph::quantized_dot(b_, x, linear.weight, linear.scales, linear.biases,
                             {linear.bits, linear.group_size, precision_});
  } else {
    y = graph::dense_dot(b_, x, linear.weight, precision_);
  }
  if (linear.bias != graph::kNoValue) {
    const ValueId bias = b_.broadcast_in_dim(linear.bias, b_.shape(y), {b_.type(y).rank() - 1});
    y = b_.add(y, bias);
  }
  return y;
}

ValueId Emitter::norm(ValueId x, ValueId weight) {
  return graph::rms_norm(b_, x, weight, {arch_.norm_eps});
}

// tanh(x / cap) * cap.
ValueId Emitter::soft_cap(ValueId x, double cap) {
  const ValueId cap_splat = b_.splat_f32(static_cast<float>(cap), b_.shape(x));
  const ValueId squashed = b_.tanh(b_.divide(x, cap_splat));
  return b_.multiply(squashed, cap_splat);
}

// Rounds f32 values to the contraction precision and back (identity at f32).
ValueId Emitter::round_to_precision(ValueId x) {
  if (precision_ == ElementType::kF32) return x;
  return b_.convert(graph::convert_to(b_, x, precision_), ElementType::kF32);
}

// table[ids[t], :] for every t: gather with one collapsed row dimension.
ValueId Emitter::gather_rows(ValueId table, ValueId ids) {
  const int64_t count = b_.shape(ids)[0];
  graph::GatherAttrs attrs;
  attrs.offset_dims = {1};
  attrs.collapsed_slice_dims = {0};
  attrs.start_index_map = {0};
  attrs.index_vector_dim = 1;
  attrs.slice_sizes = {1, b_.shape(table)[1]};
  const ValueId indices = b_.reshape(ids, {count, 1});
  return b_.gather(table, indices, attrs);
}

ValueId Emitter::embed(const Linear& table, ValueId tokens) {
  ValueId rows;
  if (table.packed && table.mode != checkpoint::QuantMode::kAffine) {
    const ValueId codes = gather_rows(table.weight, tokens);
    const ValueId scales = gather_rows(table.scales, tokens);
    rows = graph::fp_dequantize(b_, codes, scales, table.bits, table.group_size,
                                quant::fp_code_values(table.bits));
  } else if (table.packed) {
    const ValueId codes = gather_rows(table.weight, tokens);
    const ValueId scales = gather_rows(table.scales, tokens);
    const ValueId biases = gather_rows(table.biases, tokens);
    rows = graph::dequantize(b_, codes, scales, biases, table.bits, table.group_size);
  } else {
    rows = graph::convert_to(b_, gather_rows(table.weight, tokens), ElementType::kF32);
  }
  return round_to_precision(rows);
}

// q/k/v, their per-head norms and RoPE, the cache writes, one attention per sequence, o_proj.
ValueId Emitter::attention_block(int64_t index, ValueId h, const LayerWeights& w,
                                 ValueId q_positions, const std::vector<Sequence>& sequences) {
  const int64_t heads = config_.num_attention_heads, kv = config_.num_key_value_heads;
  const int64_t dim = config_.head_dim, rows = b_.shape(h)[0], cap = spec_.capacity;
  const LayerAttention& layer = arch_.layers[static_cast<size_t>(index)];
  auto heads_of = [&](const Linear& proj, int64_t count, ValueId head_norm) {
    ValueId t = b_.reshape(apply(proj, h), {rows, count, dim});
    if (head_norm != graph::kNoValue) t = norm(t, head_norm);
    return t;
  };
  ValueId q = heads_of(w.q_proj, heads, w.q_norm);
  q = graph::rope(b_, q, q_positions, layer.rope);
  ValueId k = heads_of(w.k_proj, kv, w.k_norm);
  k = graph::rope(b_, k, q_positions, layer.rope);
  const ValueId v = heads_of(w.v_proj, kv, graph::kNoValue);
  // The cache stores k and v rounded to its element type (identity for an f32 cache).
  const ValueId k_stored = graph::convert_to(b_, k, kv_element_);
  const ValueId v_stored = graph::convert_to(b_, v, kv_element_);
  graph::AttentionAttrs attrs;
  attrs.scale = arch_.attention.scale;
  attrs.softcap = arch_.attention.softcap;
  attrs.window = layer.window;
  attrs.sinks = w.sinks != graph::kNoValue;
  std::vector<ValueId> outputs;
  if (layout_.rotating[static_cast<size_t>(index)]) {
    outputs =
        rotating_attention(index, q, k_stored, v_stored, q_positions, sequences, attrs, w.sinks);
  } else {
    const int64_t cache_layer = layout_.index[static_cast<size_t>(index)];
    const ValueId layer_index = b_.splat_i32(static_cast<int32_t>(cache_layer), {});
    const ValueId zero = b_.splat_i32(0, {});
    for (const Sequence& s : sequences) {
      const int64_t n = s.row_end - s.row_begin;
      const ValueId slot = b_.splat_i32(static_cast<int32_t>(s.slot), {});
      const std::vector<ValueId> starts = {layer_index, slot, s.write_position, zero, zero};
      auto rows_of = [&](ValueId t) {
        if (n == rows) return t;
        return b_.slice(t, {s.row_begin, 0, 0}, {s.row_end, kv, dim});
      };
      const ValueId k_rows = b_.reshape(rows_of(k_stored), {1, 1, n, kv, dim});
      k_cache_ = b_.dynamic_update_slice(k_cache_, k_rows, starts);
      const ValueId v_rows = b_.reshape(rows_of(v_stored), {1, 1, n, kv, dim});
      v_cache_ = b_.dynamic_update_slice(v_cache_, v_rows, starts);
    }
    for (const Sequence& s : sequences) {
      auto cache_of = [&](ValueId cache) {
        const ValueId slice = b_.slice(cache, {cache_layer, s.slot, 0, 0, 0},
                                       {cache_layer + 1, s.slot + 1, cap, kv, dim});
        return b_.reshape(slice, {cap, kv, dim});
      };
      const bool all = s.row_end - s.row_begin == rows;
      const ValueId q_rows = all ? q : b_.slice(q, {s.row_begin, 0, 0}, {s.row_end, heads, dim});
      const ValueId positions =
          all ? q_positions : b_.slice(q_positions, {s.row_begin}, {s.row_end});
      const ValueId k_seq = cache_of(k_cache_);
      const ValueId v_seq = cache_of(v_cache_);
      outputs.push_back(
          graph::attention(b_, q_rows, k_seq, v_seq, positions, s.kv_length, attrs, w.sinks));
    }
  }
  const ValueId attended = outputs.size() == 1 ? outputs[0] : b_.concatenate(outputs, 0);
  const ValueId flat = b_.reshape(attended, {rows, heads * dim});
  return apply(w.o_proj, flat);
}

// A sliding-window layer's rotating cache (layout_.ring = W positions per slot): every
// sequence's attention first reads the ring as it was (positions p - W .. p - 1) together with
// this step's own keys, then the step's keys are written into the ring. The attentions all come
// before the writes so that the runtimes update the cache in place once nothing reads it.
std::vector<ValueId> Emitter::rotating_attention(int64_t index, ValueId q, ValueId k_stored,
                                                 ValueId v_stored, ValueId q_positions,
                                                 const std::vector<Sequence>& sequences,
                                                 const graph::AttentionAttrs& attrs,
                                                 ValueId sinks) {
  const int64_t heads = config_.num_attention_heads, kv = config_.num_key_value_heads;
  const int64_t dim = config_.head_dim, rows = b_.shape(q)[0], ring = layout_.ring;
  const int64_t layer = layout_.index[static_cast<size_t>(index)];
  auto ring_of = [&](ValueId cache, const Sequence& s) {
    const ValueId slice =
        b_.slice(cache, {layer, s.slot, 0, 0, 0}, {layer + 1, s.slot + 1, ring, kv, dim});
    return b_.reshape(slice, {ring, kv, dim});
  };
  auto rows_of = [&](ValueId t, const Sequence& s) {
    if (s.row_end - s.row_begin == rows) return t;
    return b_.slice(t, {s.row_begin, 0, 0}, {s.row_end, kv, dim});
  };
  std::vector<ValueId> outputs;
  for (const Sequence& s : sequences) {
    const bool all = s.row_end - s.row_begin == rows;
    const ValueId q_rows = all ? q : b_.slice(q, {s.row_begin, 0, 0}, {s.row_end, heads, dim});
    const ValueId positions = all ? q_positions : b_.slice(q_positions, {s.row_begin}, {s.row_end});
    const ValueId k_ring = ring_of(k_window_cache_, s);
    const ValueId v_ring = ring_of(v_window_cache_, s);
    const ValueId k_new = rows_of(k_stored, s);
    const ValueId v_new = rows_of(v_stored, s);
    outputs.push_back(graph::window_attention(b_, q_rows, k_ring, v_ring, k_new, v_new, positions,
                                              s.kv_length, attrs, sinks));
  }
  for (const Sequence& s : sequences) {
    // One row goes to entry position mod W (computed once for k and v) and needs no read of
    // the ring; a chunk rewrites the ring from its current contents.
    const bool one_row = s.row_end - s.row_begin == 1;
    const ValueId entry = one_row ? ring_entry(s.write_position) : graph::kNoValue;
    const ValueId k_ring = one_row ? graph::kNoValue : ring_of(k_window_cache_, s);
    const ValueId k_new = rows_of(k_stored, s);
    k_window_cache_ = ring_write(k_window_cache_, k_ring, entry, k_new, layer, s);
    const ValueId v_ring = one_row ? graph::kNoValue : ring_of(v_window_cache_, s);
    const ValueId v_new = rows_of(v_stored, s);
    v_window_cache_ = ring_write(v_window_cache_, v_ring, entry, v_new, layer, s);
  }
  return outputs;
}

// x mod W for i32 x >= 0 (no remainder op in the set: x - (x / W) * W), elementwise.
ValueId Emitter::ring_entry(ValueId position) {
  const ValueId modulus = b_.splat_i32(static_cast<int32_t>(layout_.ring), b_.shape(position));
  const ValueId quotient = b_.divide(position, modulus);
  const ValueId whole = b_.multiply(quotient, modulus);
  return b_.subtract(position, whole);
}

// Writes a sequence's new rows `fresh` [n, KV, D] (positions start .. start + n - 1, of which
// those below kv_length are real) into its ring of `cache`. One row: at `entry` = start mod W
// (`ring_old` unused, kNoValue). A chunk (which may be longer than W or wrap around; `entry`
// unused) rewrites the ring from `ring_old` [W, KV, D], its current contents: entry i takes the
// latest real position P_i = L - 1 - ((L - 1 - i + W) mod W) (L = kv_length) congruent to i,
// from the chunk when P_i >= start, else keeps what it holds.
ValueId Emitter::ring_write(ValueId cache, ValueId ring_old, ValueId entry, ValueId fresh,
                            int64_t layer, const Sequence& s) {
  const int64_t ring = layout_.ring, kv = config_.num_key_value_heads, dim = config_.head_dim;
  const int64_t n = b_.shape(fresh)[0];
  const ValueId layer_index = b_.splat_i32(static_cast<int32_t>(layer), {});
  const ValueId slot = b_.splat_i32(static_cast<int32_t>(s.slot), {});
  const ValueId zero = b_.splat_i32(0, {});
  if (n == 1) {
    const ValueId row = b_.reshape(fresh, {1, 1, 1, kv, dim});
    return b_.dynamic_update_slice(cache, row, {layer_index, slot, entry, zero, zero});
  }
  const ValueId minus_one = b_.splat_i32(-1, {});
  const ValueId last = b_.add(s.kv_length, minus_one);
  const ValueId last_wide = b_.broadcast_in_dim(last, {ring}, {});
  const ValueId entries = b_.iota(ElementType::kI32, {ring}, 0);
  const ValueId ring_splat = b_.splat_i32(static_cast<int32_t>(ring), {ring});
  const ValueId behind = b_.subtract(last_wide, entries);
  const ValueId back = b_.add(behind, ring_splat);
  const ValueId distance = ring_entry(back);
  const ValueId latest = b_.subtract(last_wide, distance);  // P_i
  const ValueId start_wide = b_.broadcast_in_dim(s.write_position, {ring}, {});
  const ValueId source = b_.subtract(latest, start_wide);  // row of the chunk, if >= 0
  const ValueId zeros = b_.splat_i32(0, {ring});
  const ValueId from_chunk = b_.compare(source, zeros, graph::CompareDirection::kGe);
  const ValueId chunk_row = b_.add(source, ring_splat);
  const ValueId index = b_.select(from_chunk, chunk_row, entries);
  const ValueId combined = b_.concatenate({ring_old, fresh}, 0);  // [W + n, KV, D]
  graph::GatherAttrs attrs;
  attrs.offset_dims = {1, 2};
  attrs.collapsed_slice_dims = {0};
  attrs.start_index_map = {0};
  attrs.index_vector_dim = 1;
  attrs.slice_sizes = {1, kv, dim};
  const ValueId indices = b_.reshape(index, {ring, 1});
  const ValueId rewritten = b_.gather(combined, indices, attrs);
  const ValueId update = b_.reshape(rewritten, {1, 1, ring, kv, dim});
  return b_.dynamic_update_slice(cache, update, {layer_index, slot, zero, zero, zero});
}

// down(act(gate(h)) * up(h)): silu(g) = g * logistic(g); GELU-tanh (mlx-lm gelu_approx)
// 0.5 g (1 + tanh(sqrt(2/pi) (g + 0.044715 g^3))).
ValueId Emitter::mlp_block(ValueId h, const LayerWeights& w) {
  const ValueId gate = apply(w.gate_proj, h);
  const std::vector<int64_t> shape = b_.shape(gate);
  ValueId activated;
  if (arch_.mlp.activation == checkpoint::Activation::kSilu) {
    activated = b_.multiply(gate, b_.logistic(gate));
  } else {
    const ValueId cube = b_.multiply(b_.multiply(gate, gate), gate);
    const ValueId cubic = b_.multiply(cube, b_.splat_f32(0.044715f, shape));
    const ValueId inner = b_.add(gate, cubic);
    const ValueId root =
        b_.splat_f32(static_cast<float>(std::sqrt(2.0 / 3.14159265358979323846)), shape);
    const ValueId t = b_.tanh(b_.multiply(inner, root));
    const ValueId one_plus = b_.add(t, b_.splat_f32(1.0f, shape));
    const ValueId half_gate = b_.multiply(gate, b_.splat_f32(0.5f, shape));
    activated = b_.multiply(half_gate, one_plus);
  }
  const ValueId up = apply(w.up_proj, h);
  const ValueId act = b_.multiply(activated, up);
  return apply(w.down_proj, act);
}

// Router logits (a projection of its own: 8-bit in mlx-community checkpoints), then the routed
// experts as one mlxla.moe.
ValueId Emitter::moe_block(ValueId h, const LayerWeights& w) {
  const ValueId logits = apply(w.router, h);
  graph::MoeAttrs attrs;
  attrs.experts = arch_.moe->experts;
  attrs.top_k = arch_.moe->top_k;
  attrs.routing = arch_.moe->routing == checkpoint::MoeRouting::kSoftmaxThenTopK
                      ? graph::MoeRouting::kSoftmaxTopK
                      : graph::MoeRouting::kTopKSoftmax;
  attrs.normalize = arch_.moe->norm_topk_prob;
  attrs.bits = w.expert_bits;
  attrs.group_size = w.expert_group_size;
  attrs.precision = precision_;
  attrs.fp = w.expert_mode != checkpoint::QuantMode::kAffine;
  attrs.e4m3_scales = w.expert_mode == checkpoint::QuantMode::kNvfp4;
  attrs.expert_bias = arch_.moe->biases;
  if (arch_.moe->clamped_swiglu) attrs.activation = "swiglu_clamped";
  const std::vector<float> table =
      attrs.fp ? quant::fp_code_values(attrs.bits) : std::vector<float>{};
  const std::vector<float> scale_table =
      attrs.fp ? quant::fp_scale_values(quant::fp_mode_of(attrs.bits, attrs.e4m3_scales))
               : std::vector<float>{};
  return graph::moe(b_, h, logits, w.gate_experts, w.up_experts, w.down_experts, attrs, table,
                    scale_table);
}

// Pre-norm residual blocks; with sandwich norms each block's output is normed before the add.
Result<ValueId> Emitter::layer(int64_t index, ValueId x, ValueId q_positions,
                               const std::vector<Sequence>& sequences) {
  MLXLA_ASSIGN_OR_RETURN(const LayerWeights w, declare_layer(index));
  ValueId attended = attention_block(index, norm(x, w.input_norm), w, q_positions, sequences);
  if (arch_.sandwich_norms) attended = norm(attended, w.post_attention_norm);
  x = b_.add(x, attended);
  const ValueId mlp_norm = arch_.sandwich_norms ? w.pre_feedforward_norm : w.post_attention_norm;
  const ValueId mlp_in = norm(x, mlp_norm);
  ValueId mlp = w.sparse ? moe_block(mlp_in, w) : mlp_block(mlp_in, w);
  if (arch_.sandwich_norms) mlp = norm(mlp, w.post_feedforward_norm);
  return b_.add(x, mlp);
}

Result<EmittedGraph> Emitter::run() {
  MLXLA_RETURN_IF_ERROR(validate_emit(config_, spec_));
  const bool one_sequence = spec_.kind == GraphKind::kPrefill || spec_.kind == GraphKind::kDecode;
  const int64_t tokens_count = spec_.kind == GraphKind::kPrefill ? spec_.chunk
                               : one_sequence                    ? 1
                                                                 : spec_.batch;
  const int64_t slots = one_sequence ? 1 : spec_.batch;
  const ValueId tokens =
      b_.parameter({ElementType::kI32, {tokens_count}}, std::string(kTokensName));

  ValueId q_positions = graph::kNoValue;
  ValueId last_row = graph::kNoValue;  // prefill: index of the last valid token
  std::vector<Sequence> sequences;
  auto plus = [&](ValueId a, int32_t v) {
    const ValueId splat = b_.splat_i32(v, b_.shape(a));
    return b_.add(a, splat);
  };
  switch (spec_.kind) {
    case GraphKind::kPrefill: {
      const ValueId start = b_.parameter({ElementType::kI32, {}}, std::string(kStartName));
      const ValueId valid = b_.parameter({ElementType::kI32, {}}, std::string(kValidName));
      const ValueId starts = b_.broadcast_in_dim(start, {tokens_count}, {});
      const ValueId offsets = b_.iota(ElementType::kI32, {tokens_count}, 0);
      q_positions = b_.add(starts, offsets);
      last_row = plus(valid, -1);
      sequences.push_back({0, tokens_count, 0, start, b_.add(start, valid)});
      break;
    }
    case GraphKind::kDecode:
    case GraphKind::kBatched: {
      const ValueId position = b_.parameter({ElementType::kI32, {}}, std::string(kPositionName));
      q_positions = b_.broadcast_in_dim(position, {tokens_count}, {});
      for (int64_t row = 0; row < tokens_count; ++row) {
        sequences.push_back({row, row + 1, row, position, plus(position, 1)});
      }
      break;
    }
    case GraphKind::kRagged: {
      q_positions = b_.parameter({ElementType::kI32, {tokens_count}}, std::string(kPositionsName));
      for (int64_t row = 0; row < tokens_count; ++row) {
        const ValueId position = b_.reshape(b_.slice(q_positions, {row}, {row + 1}), {});
        sequences.push_back({row, row + 1, row, position, plus(position, 1)});
      }
      break;
    }
  }
  layout_ = cache_layout(arch_, spec_.capacity, spec_.rotating_windows);
  auto cache_parameter = [&](int64_t layers, int64_t positions, std::string_view name) {
    const TensorType type{
        kv_element_, {layers, slots, positions, config_.num_key_value_heads, config_.head_dim}};
    return b_.parameter(type, std::string(name), graph::ParamRole::kKvCache);
  };
  // (parameter, its name) in parameter order: the results alias them in the same order.
  std::vector<std::pair<ValueId, std::string_view>> cache_params;
  if (layout_.full_layers > 0) {
    k_cache_ = cache_parameter(layout_.full_layers, spec_.capacity, kKCacheName);
    v_cache_ = cache_parameter(layout_.full_layers, spec_.capacity, kVCacheName);
    cache_params.emplace_back(k_cache_, kKCacheName);
    cache_params.emplace_back(v_cache_, kVCacheName);
  }
  if (layout_.rotating_layers > 0) {
    k_window_cache_ = cache_parameter(layout_.rotating_layers, layout_.ring, kKWindowCacheName);
    v_window_cache_ = cache_parameter(layout_.rotating_layers, layout_.ring, kVWindowCacheName);
    cache_params.emplace_back(k_window_cache_, kKWindowCacheName);
    cache_params.emplace_back(v_window_cache_, kVWindowCacheName);
  }

  const int64_t hidden = config_.hidden_size;
  MLXLA_ASSIGN_OR_RETURN(const Linear embedding,
                         declare_linear("model.embed_tokens", "model.embed_tokens",
                                        config_.vocab_size, hidden, 0, 0, WeightRole::kEmbedding));
  ValueId x = embed(embedding, tokens);
  if (arch_.embed_scale != 1.0f) {
    const ValueId scale = b_.splat_f32(arch_.embed_scale, b_.shape(x));
    x = b_.multiply(x, scale);
  }
  for (int64_t index = 0; index < config_.num_hidden_layers; ++index) {
    MLXLA_ASSIGN_OR_RETURN(x, layer(index, x, q_positions, sequences));
  }
  const ValueId final_norm = declare_norm("model.norm", hidden);
  if (last_row != graph::kNoValue) {
    const ValueId column = b_.splat_i32(0, {});
    x = b_.dynamic_slice(x, {last_row, column}, {1, hidden});
  }
  x = norm(x, final_norm);
  Linear head = embedding;
  if (!arch_.tied_head) {
    MLXLA_ASSIGN_OR_RETURN(head, declare_linear("lm_head", "lm_head", config_.vocab_size, hidden, 0,
                                                0, WeightRole::kMatrix));
  }
  ValueId logits = apply(head, x);
  if (arch_.final_softcap > 0) logits = soft_cap(logits, arch_.final_softcap);
  std::vector<ValueId> results = {graph::argmax(b_, logits)};
  std::vector<std::string> names = {std::string(kNextTokensName)};
  if (spec_.output_logits) {
    results.push_back(logits);
    names.emplace_back(kLogitsName);
  }
  const auto first_cache_result = static_cast<int32_t>(results.size());
  for (const auto& [param, name] : cache_params) {
    const bool full = name == kKCacheName || name == kVCacheName;
    const bool keys = name == kKCacheName || name == kKWindowCacheName;
    results.push_back(full ? (keys ? k_cache_ : v_cache_)
                           : (keys ? k_window_cache_ : v_window_cache_));
    names.emplace_back(name);
  }
  b_.return_values(results, names);
  for (size_t i = 0; i < cache_params.size(); ++i) {
    b_.alias(cache_params[i].first, first_cache_result + static_cast<int32_t>(i));
  }
  return std::move(graph_);
}

}  // namespace

Result<EmittedGraph> emit(const checkpoint::ModelConfig& config, const LayerFormats& formats,
                          const GraphSpec& spec) {
  MLXLA_ASSIGN_OR_RETURN(const Architecture arch, describe(config));
  if (static_cast<int64_t>(arch.layers.size()) != config.num_hidden_layers) {
    return invalid_argument("model config: the architecture describes " +
                            std::to_string(arch.layers.size()) + " layers, num_hidden_layers is " +
                            std::to_string(config.num_hidden_layers));
  }
  Emitter emitter(config, arch, formats, spec);
  return emitter.run();
}

}  // namespace mlxla::model
