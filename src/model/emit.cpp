// The emitter: one per-layer decoder body shared by all families and graph kinds; weights are
// declared only through Emitter::declare_weight, which appends to the parameters and the ABI.
#include "model/emit.h"

#include <cmath>
#include <limits>
#include <string>
#include <vector>

#include "graph/builder.h"
#include "graph/composites.h"

namespace mlxla::model {
namespace {

using graph::Builder;
using graph::ElementType;
using graph::TensorType;
using graph::ValueId;

Result<ElementType> float_element(DType dtype, const std::string& what) {
  switch (dtype) {
    case DType::kF32: return ElementType::kF32;
    case DType::kF16: return ElementType::kF16;
    case DType::kBF16: return ElementType::kBF16;
    default:
      return unsupported(what + ": dtype " + std::string(dtype_safetensors_name(dtype)) +
                         " (expected F32, F16 or BF16)");
  }
}

ElementType precision_element(Precision precision) {
  switch (precision) {
    case Precision::kF16: return ElementType::kF16;
    case Precision::kBF16: return ElementType::kBF16;
    case Precision::kF32: break;
  }
  return ElementType::kF32;
}

// A projection's declared arguments.
struct Linear {
  bool packed = false;
  int bits = 0;
  int group_size = 0;
  ValueId weight = graph::kNoValue;  // float matrix or packed codes
  ValueId scales = graph::kNoValue;
  ValueId biases = graph::kNoValue;
  ValueId bias = graph::kNoValue;    // additive bias, f32 [out]
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

class Emitter {
 public:
  Emitter(const checkpoint::ModelConfig& config, const LayerFormats& formats, const GraphSpec& spec)
      : config_(config), formats_(formats), spec_(spec), b_(graph_.module, "main"),
        precision_(precision_element(spec.precision)), kv_element_(precision_element(spec.kv_dtype)) {}

  Result<EmittedGraph> run();

 private:
  ValueId declare_weight(WeightArg arg);
  Result<Linear> declare_linear(const std::string& module_path, const std::string& name,
                                int64_t out, int64_t in, int64_t row_begin, int64_t row_end,
                                WeightRole role);
  ValueId declare_norm(const std::string& name);
  ValueId apply(const Linear& linear, ValueId x);
  ValueId round_to_precision(ValueId x);
  ValueId gather_rows(ValueId table, ValueId ids);
  ValueId embed(const Linear& table, ValueId tokens);
  Result<ValueId> layer(int64_t index, ValueId x, ValueId q_positions,
                        const std::vector<Sequence>& sequences);

  const checkpoint::ModelConfig& config_;
  const LayerFormats& formats_;
  const GraphSpec& spec_;
  EmittedGraph graph_;
  Builder b_;
  ElementType precision_;
  ElementType kv_element_;
  ValueId k_cache_ = graph::kNoValue;
  ValueId v_cache_ = graph::kNoValue;
};

// The one place a weight parameter is created: the graph parameter and its ABI entry together.
ValueId Emitter::declare_weight(WeightArg arg) {
  arg.value = b_.parameter(arg.type, arg.name, graph::ParamRole::kWeight);
  graph_.abi.args.push_back(arg);
  return arg.value;
}

Result<Linear> Emitter::declare_linear(const std::string& module_path, const std::string& name,
                                       int64_t out, int64_t in, int64_t row_begin, int64_t row_end,
                                       WeightRole role) {
  const LayerFormat* format = formats_.find(module_path);
  if (format == nullptr) return not_found("layer formats have no entry for module '" + module_path + "'");
  Linear linear;
  linear.packed = format->packed && spec_.residency == Residency::kPacked;
  auto arg = [&](std::string suffix, TensorType type, WeightRole arg_role, WeightTransform transform,
                 std::string source_suffix) {
    WeightArg a;
    a.name = name + "." + suffix;
    a.type = std::move(type);
    a.role = arg_role;
    a.transform = transform;
    a.source_tensor = module_path + "." + source_suffix;
    if (format->packed && arg_role != WeightRole::kBias) {
      a.bits = format->bits;
      a.group_size = format->group_size;
    }
    a.row_begin = row_begin;
    a.row_end = row_end;
    return a;
  };
  if (format->packed) {
    const int bits = format->bits, group = format->group_size;
    if (bits < 2 || bits > 8 || group <= 0 || group % 32 != 0 || in % group != 0) {
      return invalid_argument("module '" + module_path + "': packed with bits " + std::to_string(bits) +
                              ", group_size " + std::to_string(group) + " cannot hold " +
                              std::to_string(in) + " inputs");
    }
    linear.bits = bits;
    linear.group_size = group;
  }
  switch (spec_.residency) {
    case Residency::kDense:
      linear.weight = declare_weight(arg("weight", {ElementType::kF32, {out, in}}, role,
                                         format->packed ? WeightTransform::kDequantizeF32
                                                        : WeightTransform::kToF32,
                                         "weight"));
      break;
    case Residency::kF16:
      linear.weight = declare_weight(arg("weight", {ElementType::kF16, {out, in}}, role,
                                         format->packed ? WeightTransform::kDequantizeF16
                                                        : WeightTransform::kToF16,
                                         "weight"));
      break;
    case Residency::kPacked: {
      MLXLA_ASSIGN_OR_RETURN(const ElementType stored, float_element(format->dtype, "module '" + module_path + "'"));
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

ValueId Emitter::declare_norm(const std::string& name) {
  WeightArg a;
  a.name = name + ".weight";
  a.type = {ElementType::kF32, {config_.hidden_size}};
  a.role = WeightRole::kNorm;
  a.transform = WeightTransform::kToF32;
  a.source_tensor = a.name;
  return declare_weight(std::move(a));
}

ValueId Emitter::apply(const Linear& linear, ValueId x) {
  ValueId y = linear.packed
                  ? graph::quantized_dot(b_, x, linear.weight, linear.scales, linear.biases,
                                         {linear.bits, linear.group_size, precision_})
                  : graph::dense_dot(b_, x, linear.weight, precision_);
  if (linear.bias != graph::kNoValue) {
    y = b_.add(y, b_.broadcast_in_dim(linear.bias, b_.shape(y), {b_.type(y).rank() - 1}));
  }
  return y;
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
  return b_.gather(table, b_.reshape(ids, {count, 1}), attrs);
}

ValueId Emitter::embed(const Linear& table, ValueId tokens) {
  ValueId rows;
  if (table.packed) {
    rows = graph::dequantize(b_, gather_rows(table.weight, tokens), gather_rows(table.scales, tokens),
                             gather_rows(table.biases, tokens), table.bits, table.group_size);
  } else {
    rows = graph::convert_to(b_, gather_rows(table.weight, tokens), ElementType::kF32);
  }
  return round_to_precision(rows);
}

Result<ValueId> Emitter::layer(int64_t index, ValueId x, ValueId q_positions,
                               const std::vector<Sequence>& sequences) {
  const std::string path = "model.layers." + std::to_string(index);
  const int64_t hidden = config_.hidden_size, heads = config_.num_attention_heads;
  const int64_t kv = config_.num_key_value_heads, dim = config_.head_dim;
  const int64_t inter = config_.intermediate_size, rows = b_.shape(x)[0];
  const int64_t cap = spec_.capacity;
  const double eps = config_.rms_norm_eps;

  const ValueId input_norm = declare_norm(path + ".input_layernorm");
  Linear q_proj, k_proj, v_proj;
  const std::string attn = path + ".self_attn";
  if (config_.fused_qkv) {
    const std::string fused = attn + ".qkv_proj";
    MLXLA_ASSIGN_OR_RETURN(q_proj, declare_linear(fused, attn + ".q_proj", heads * dim, hidden, 0,
                                                  heads * dim, WeightRole::kMatrix));
    MLXLA_ASSIGN_OR_RETURN(k_proj, declare_linear(fused, attn + ".k_proj", kv * dim, hidden, heads * dim,
                                                  (heads + kv) * dim, WeightRole::kMatrix));
    MLXLA_ASSIGN_OR_RETURN(v_proj, declare_linear(fused, attn + ".v_proj", kv * dim, hidden,
                                                  (heads + kv) * dim, (heads + 2 * kv) * dim,
                                                  WeightRole::kMatrix));
  } else {
    MLXLA_ASSIGN_OR_RETURN(q_proj, declare_linear(attn + ".q_proj", attn + ".q_proj", heads * dim,
                                                  hidden, 0, 0, WeightRole::kMatrix));
    MLXLA_ASSIGN_OR_RETURN(k_proj, declare_linear(attn + ".k_proj", attn + ".k_proj", kv * dim,
                                                  hidden, 0, 0, WeightRole::kMatrix));
    MLXLA_ASSIGN_OR_RETURN(v_proj, declare_linear(attn + ".v_proj", attn + ".v_proj", kv * dim,
                                                  hidden, 0, 0, WeightRole::kMatrix));
  }
  MLXLA_ASSIGN_OR_RETURN(const Linear o_proj, declare_linear(attn + ".o_proj", attn + ".o_proj", hidden,
                                                             heads * dim, 0, 0, WeightRole::kMatrix));
  const ValueId post_norm = declare_norm(path + ".post_attention_layernorm");
  Linear gate_proj, up_proj;
  const std::string mlp = path + ".mlp";
  if (config_.fused_gate_up) {
    const std::string fused = mlp + ".gate_up_proj";
    MLXLA_ASSIGN_OR_RETURN(gate_proj, declare_linear(fused, mlp + ".gate_proj", inter, hidden, 0, inter,
                                                     WeightRole::kMatrix));
    MLXLA_ASSIGN_OR_RETURN(up_proj, declare_linear(fused, mlp + ".up_proj", inter, hidden, inter,
                                                   2 * inter, WeightRole::kMatrix));
  } else {
    MLXLA_ASSIGN_OR_RETURN(gate_proj, declare_linear(mlp + ".gate_proj", mlp + ".gate_proj", inter,
                                                     hidden, 0, 0, WeightRole::kMatrix));
    MLXLA_ASSIGN_OR_RETURN(up_proj, declare_linear(mlp + ".up_proj", mlp + ".up_proj", inter, hidden,
                                                   0, 0, WeightRole::kMatrix));
  }
  MLXLA_ASSIGN_OR_RETURN(const Linear down_proj, declare_linear(mlp + ".down_proj", mlp + ".down_proj",
                                                                hidden, inter, 0, 0, WeightRole::kMatrix));

  // Attention block.
  const ValueId h = graph::rms_norm(b_, x, input_norm, eps);
  graph::RopeAttrs rope;
  rope.theta = config_.rope_theta;
  if (config_.rope_scaling.type == checkpoint::RopeScalingType::kLlama3) {
    rope.scaling = graph::RopeScaling::kLlama3;
    rope.factor = config_.rope_scaling.factor;
    rope.low_freq_factor = config_.rope_scaling.low_freq_factor;
    rope.high_freq_factor = config_.rope_scaling.high_freq_factor;
    rope.original_max_position_embeddings = config_.rope_scaling.original_max_position_embeddings;
  }
  const ValueId q = graph::rope(b_, b_.reshape(apply(q_proj, h), {rows, heads, dim}), q_positions, rope);
  const ValueId k = graph::rope(b_, b_.reshape(apply(k_proj, h), {rows, kv, dim}), q_positions, rope);
  const ValueId v = b_.reshape(apply(v_proj, h), {rows, kv, dim});
  // The cache stores k and v rounded to its element type (identity for an f32 cache).
  const ValueId k_stored = graph::convert_to(b_, k, kv_element_);
  const ValueId v_stored = graph::convert_to(b_, v, kv_element_);

  const ValueId layer_index = b_.splat_i32(static_cast<int32_t>(index), {});
  const ValueId zero = b_.splat_i32(0, {});
  for (const Sequence& s : sequences) {
    const int64_t n = s.row_end - s.row_begin;
    const ValueId slot = b_.splat_i32(static_cast<int32_t>(s.slot), {});
    const std::vector<ValueId> starts = {layer_index, slot, s.write_position, zero, zero};
    auto rows_of = [&](ValueId t) {
      if (n == rows) return t;
      return b_.slice(t, {s.row_begin, 0, 0}, {s.row_end, kv, dim});
    };
    k_cache_ = b_.dynamic_update_slice(k_cache_, b_.reshape(rows_of(k_stored), {1, 1, n, kv, dim}), starts);
    v_cache_ = b_.dynamic_update_slice(v_cache_, b_.reshape(rows_of(v_stored), {1, 1, n, kv, dim}), starts);
  }
  std::vector<ValueId> outputs;
  const double scale = 1.0 / std::sqrt(static_cast<double>(dim));
  for (const Sequence& s : sequences) {
    auto cache_of = [&](ValueId cache) {
      return b_.reshape(b_.slice(cache, {index, s.slot, 0, 0, 0}, {index + 1, s.slot + 1, cap, kv, dim}),
                        {cap, kv, dim});
    };
    const bool all = s.row_end - s.row_begin == rows;
    const ValueId q_rows = all ? q : b_.slice(q, {s.row_begin, 0, 0}, {s.row_end, heads, dim});
    const ValueId positions = all ? q_positions : b_.slice(q_positions, {s.row_begin}, {s.row_end});
    outputs.push_back(graph::attention(b_, q_rows, cache_of(k_cache_), cache_of(v_cache_), positions,
                                       s.kv_length, scale));
  }
  const ValueId attended = outputs.size() == 1 ? outputs[0] : b_.concatenate(outputs, 0);
  x = b_.add(x, apply(o_proj, b_.reshape(attended, {rows, heads * dim})));

  // MLP block: down(silu(gate(h)) * up(h)), silu(g) = g * logistic(g).
  const ValueId h2 = graph::rms_norm(b_, x, post_norm, eps);
  const ValueId gate = apply(gate_proj, h2);
  const ValueId act = b_.multiply(b_.multiply(gate, b_.logistic(gate)), apply(up_proj, h2));
  return b_.add(x, apply(down_proj, act));
}

Status validate(const checkpoint::ModelConfig& c, const GraphSpec& spec) {
  auto positive = [](int64_t v, const char* field) -> Status {
    if (v <= 0) return invalid_argument(std::string("model config: ") + field + " must be positive, got " + std::to_string(v));
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
    return invalid_argument("model config: num_attention_heads " + std::to_string(c.num_attention_heads) +
                            " is not a multiple of num_key_value_heads " + std::to_string(c.num_key_value_heads));
  }
  if (c.head_dim % 2 != 0) return invalid_argument("model config: head_dim must be even for RoPE");
  if (c.vocab_size > std::numeric_limits<int32_t>::max() || c.num_hidden_layers > (1 << 20)) {
    return invalid_argument("model config: vocab_size or num_hidden_layers too large");
  }
  const int64_t kLimit = int64_t{1} << 24;
  if (spec.capacity <= 0 || spec.capacity > kLimit || spec.batch <= 0 || spec.batch > kLimit ||
      spec.chunk <= 0 || spec.chunk > kLimit) {
    return invalid_argument("graph spec: capacity, batch and chunk must be in [1, 2^24] (capacity " +
                            std::to_string(spec.capacity) + ", batch " + std::to_string(spec.batch) +
                            ", chunk " + std::to_string(spec.chunk) + ")");
  }
  if (spec.kind == GraphKind::kPrefill && spec.chunk > spec.capacity) {
    return invalid_argument("graph spec: prefill chunk " + std::to_string(spec.chunk) +
                            " exceeds the capacity " + std::to_string(spec.capacity));
  }
  if (c.sliding_window && *c.sliding_window < spec.capacity) {
    return unsupported("model config: sliding_window " + std::to_string(*c.sliding_window) +
                       " is narrower than the capacity " + std::to_string(spec.capacity) +
                       " (sliding-window attention is not implemented)");
  }
  // The caches must stay addressable: L * S * Cap * KV * D elements well below 2^62 bytes.
  const double cache = static_cast<double>(c.num_hidden_layers) * static_cast<double>(spec.batch) *
                       static_cast<double>(spec.capacity) * static_cast<double>(c.num_key_value_heads) *
                       static_cast<double>(c.head_dim);
  if (cache > 0x1p56) return invalid_argument("graph spec: the KV cache would be too large");
  return Status::Ok();
}

Result<EmittedGraph> Emitter::run() {
  MLXLA_RETURN_IF_ERROR(validate(config_, spec_));
  const bool one_sequence = spec_.kind == GraphKind::kPrefill || spec_.kind == GraphKind::kDecode;
  const int64_t tokens_count = spec_.kind == GraphKind::kPrefill ? spec_.chunk : one_sequence ? 1 : spec_.batch;
  const int64_t slots = one_sequence ? 1 : spec_.batch;
  const ValueId tokens = b_.parameter({ElementType::kI32, {tokens_count}}, std::string(kTokensName));

  ValueId q_positions = graph::kNoValue;
  ValueId last_row = graph::kNoValue;  // prefill: index of the last valid token
  std::vector<Sequence> sequences;
  auto plus = [&](ValueId a, int32_t v) { return b_.add(a, b_.splat_i32(v, b_.shape(a))); };
  switch (spec_.kind) {
    case GraphKind::kPrefill: {
      const ValueId start = b_.parameter({ElementType::kI32, {}}, std::string(kStartName));
      const ValueId valid = b_.parameter({ElementType::kI32, {}}, std::string(kValidName));
      q_positions = b_.add(b_.broadcast_in_dim(start, {tokens_count}, {}),
                           b_.iota(ElementType::kI32, {tokens_count}, 0));
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
  const TensorType cache_type{kv_element_,
                              {config_.num_hidden_layers, slots, spec_.capacity,
                               config_.num_key_value_heads, config_.head_dim}};
  const ValueId k_param = b_.parameter(cache_type, std::string(kKCacheName), graph::ParamRole::kKvCache);
  const ValueId v_param = b_.parameter(cache_type, std::string(kVCacheName), graph::ParamRole::kKvCache);
  k_cache_ = k_param;
  v_cache_ = v_param;

  const int64_t hidden = config_.hidden_size;
  MLXLA_ASSIGN_OR_RETURN(const Linear embedding,
                         declare_linear("model.embed_tokens", "model.embed_tokens", config_.vocab_size,
                                        hidden, 0, 0, WeightRole::kEmbedding));
  ValueId x = embed(embedding, tokens);
  for (int64_t index = 0; index < config_.num_hidden_layers; ++index) {
    MLXLA_ASSIGN_OR_RETURN(x, layer(index, x, q_positions, sequences));
  }
  const ValueId final_norm = declare_norm("model.norm");
  if (last_row != graph::kNoValue) x = b_.dynamic_slice(x, {last_row, b_.splat_i32(0, {})}, {1, hidden});
  x = graph::rms_norm(b_, x, final_norm, config_.rms_norm_eps);
  Linear head = embedding;
  if (!config_.tie_word_embeddings) {
    MLXLA_ASSIGN_OR_RETURN(head, declare_linear("lm_head", "lm_head", config_.vocab_size, hidden, 0, 0,
                                                WeightRole::kMatrix));
  }
  const ValueId logits = apply(head, x);
  std::vector<ValueId> results = {graph::argmax(b_, logits)};
  std::vector<std::string> names = {std::string(kNextTokensName)};
  if (spec_.output_logits) {
    results.push_back(logits);
    names.emplace_back(kLogitsName);
  }
  const auto k_result = static_cast<int32_t>(results.size());
  results.push_back(k_cache_);
  results.push_back(v_cache_);
  names.emplace_back(kKCacheName);
  names.emplace_back(kVCacheName);
  b_.return_values(results, names);
  b_.alias(k_param, k_result);
  b_.alias(v_param, k_result + 1);
  return std::move(graph_);
}

}  // namespace

Result<EmittedGraph> emit(const checkpoint::ModelConfig& config, const LayerFormats& formats,
                          const GraphSpec& spec) {
  Emitter emitter(config, formats, spec);
  return emitter.run();
}

}  // namespace mlxla::model
