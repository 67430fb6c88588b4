// The mlxla composites and their decompositions (see composites.h for each contract).
#include "graph/composites.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <map>
#include <numbers>
#include <string>

namespace mlxla::graph {
namespace {

// Misuse is a programming error in the emitter, as in Builder: abort naming the composite.
void require(bool condition, std::string_view op, const std::string& message) {
  if (condition) return;
  std::fprintf(stderr, "[%.*s] %s\n", static_cast<int>(op.size()), op.data(), message.c_str());
  std::abort();
}

std::string shape_string(const std::vector<int64_t>& shape) {
  std::string out;
  for (int64_t d : shape) out += std::to_string(d) + "x";
  return out;
}

std::string attribute_string(const Attribute& attribute) {
  struct Visitor {
    std::string operator()(int64_t v) const { return "i" + std::to_string(v); }
    std::string operator()(double v) const {
      char buffer[40];
      std::snprintf(buffer, sizeof(buffer), "d%a", v);
      return buffer;
    }
    std::string operator()(bool v) const { return v ? "true" : "false"; }
    std::string operator()(const std::string& v) const { return "s" + v; }
    std::string operator()(const std::vector<int64_t>& v) const { return "v" + shape_string(v); }
  };
  return std::visit(Visitor{}, attribute);
}

// The decomposition's symbol: the composite's name with '.' -> '_', the operand types (readable)
// and a 64-bit FNV-1a hash of the attributes, so equal signatures share one Function.
std::string decomposition_name(Builder& b, std::string_view name, const std::vector<ValueId>& operands,
                               const std::map<std::string, Attribute>& attributes) {
  std::string out;
  for (char c : name) out += (c == '.') ? '_' : c;
  for (ValueId v : operands) {
    const TensorType& type = b.type(v);
    out += '_';
    out += shape_string(type.shape);
    out += element_name(type.element);
  }
  std::string canonical;
  for (const auto& [key, value] : attributes) canonical += key + "=" + attribute_string(value) + ";";
  uint64_t hash = 0xcbf29ce484222325ull;
  for (char c : canonical) {
    hash ^= static_cast<uint8_t>(c);
    hash *= 0x100000001b3ull;
  }
  char buffer[24];
  std::snprintf(buffer, sizeof(buffer), "_%016llx", static_cast<unsigned long long>(hash));
  return out + buffer;
}

// Emits the composite; `build_body` fills the decomposition Builder (whose parameters are
// already declared, one per operand) and returns the decomposition's results.
template <typename BuildBody>
std::vector<ValueId> emit_composite(Builder& b, std::string_view name, std::vector<ValueId> operands,
                                    std::map<std::string, Attribute> attributes,
                                    BuildBody build_body) {
  const std::string function_name = decomposition_name(b, name, operands, attributes);
  if (b.module().find(function_name) == nullptr) {
    std::vector<TensorType> types;
    for (ValueId v : operands) types.push_back(b.type(v));
    Builder d(b.module(), function_name);
    std::vector<ValueId> params;
    for (size_t i = 0; i < types.size(); ++i) {
      params.push_back(d.parameter(types[i], "arg" + std::to_string(i)));
    }
    d.return_values(build_body(d, params));
  }
  return b.composite(std::string(name), std::move(operands), std::move(attributes), function_name);
}

ElementType check_precision(ElementType precision, std::string_view op) {
  require(precision == ElementType::kF32 || precision == ElementType::kF16 ||
              precision == ElementType::kBF16,
          op, "precision must be f32, f16 or bf16");
  return precision;
}

ValueId dot_last_with_rows(Builder& b, ValueId x, ValueId weight) {
  DotGeneralAttrs dims;
  dims.lhs_contracting_dims = {b.type(x).rank() - 1};
  dims.rhs_contracting_dims = {1};
  return b.dot_general(x, weight, dims);
}

}  // namespace

std::vector<float> rope_inv_freq(int64_t head_dim, const RopeAttrs& attrs) {
  std::vector<float> out;
  for (int64_t i = 0; i < head_dim / 2; ++i) {
    double inv_freq = 1.0 / std::pow(attrs.theta, static_cast<double>(2 * i) /
                                                       static_cast<double>(head_dim));
    if (attrs.scaling == RopeScaling::kLlama3) {
      const double old_len = static_cast<double>(attrs.original_max_position_embeddings);
      const double low_wavelen = old_len / attrs.low_freq_factor;
      const double high_wavelen = old_len / attrs.high_freq_factor;
      const double wavelen = 2.0 * std::numbers::pi / inv_freq;
      if (wavelen > low_wavelen) {
        inv_freq = inv_freq / attrs.factor;
      } else if (!(wavelen < high_wavelen)) {
        const double smooth = (old_len / wavelen - attrs.low_freq_factor) /
                              (attrs.high_freq_factor - attrs.low_freq_factor);
        inv_freq = (1.0 - smooth) * inv_freq / attrs.factor + smooth * inv_freq;
      }
    }
    out.push_back(static_cast<float>(inv_freq));
  }
  return out;
}

ValueId convert_to(Builder& b, ValueId x, ElementType element) {
  const ElementType source = b.type(x).element;
  if (source == element) return x;
  if (is_float(source) && is_float(element) && source != ElementType::kF32 &&
      element != ElementType::kF32) {
    x = b.convert(x, ElementType::kF32);
  }
  return b.convert(x, element);
}

ValueId dequantize(Builder& b, ValueId packed, ValueId scales, ValueId biases, int bits,
                   int group_size) {
  constexpr std::string_view kOp = "dequantize";
  const TensorType packed_type = b.type(packed);
  require(packed_type.element == ElementType::kU32 && packed_type.rank() == 2, kOp,
          "packed must be ui32 [N, K*bits/32], got " + to_string(packed_type));
  require(bits >= 2 && bits <= 8, kOp, "bits must be in 2..8, got " + std::to_string(bits));
  const int64_t rows = packed_type.shape[0];
  const int64_t words = packed_type.shape[1];
  require(words % bits == 0, kOp, "K must be a multiple of 32 (packed words " +
                                      std::to_string(words) + ", bits " + std::to_string(bits) + ")");
  // 32 codes of `bits` bits fill exactly `bits` words: one period of the row's bit stream.
  const int64_t periods = words / bits;
  const int64_t k = periods * 32;
  require(group_size > 0 && k % group_size == 0, kOp, "group_size must divide K");
  const int64_t groups = k / group_size;
  const std::vector<int64_t> group_shape = {rows, groups};
  require(b.shape(scales) == group_shape && b.shape(biases) == group_shape, kOp,
          "scales/biases must be [" + std::to_string(rows) + ", " + std::to_string(groups) + "]");

  // Code c of a period starts at stream bit c*bits: word c*bits/32, shift c*bits%32. Codes
  // that run past bit 31 take their top bits from the next word: (next & hi_mask) * 2^(32-s)
  // is a left shift that cannot overflow (no shift_left in the op set).
  const ValueId period_words = b.reshape(packed, {rows, periods, bits});
  std::vector<ValueId> word(static_cast<size_t>(bits));
  for (int w = 0; w < bits; ++w) {
    word[static_cast<size_t>(w)] = b.slice(period_words, {0, 0, w}, {rows, periods, w + 1});
  }
  std::vector<ValueId> lo_words, hi_words;
  std::vector<uint32_t> shifts, hi_masks, hi_multipliers;
  bool any_straddle = false;
  for (int c = 0; c < 32; ++c) {
    const int start = c * bits;
    const int w = start / 32;
    const int s = start % 32;
    lo_words.push_back(word[static_cast<size_t>(w)]);
    hi_words.push_back(word[static_cast<size_t>(std::min(w + 1, bits - 1))]);
    shifts.push_back(static_cast<uint32_t>(s));
    const bool straddles = s + bits > 32;
    any_straddle = any_straddle || straddles;
    hi_masks.push_back(straddles ? (1u << (s + bits - 32)) - 1u : 0u);
    hi_multipliers.push_back(straddles ? 1u << (32 - s) : 0u);
  }
  const std::vector<int64_t> code_shape = {rows, periods, 32};
  auto u32_row = [&](const std::vector<uint32_t>& values) {
    std::vector<std::byte> bytes(values.size() * sizeof(uint32_t));
    std::memcpy(bytes.data(), values.data(), bytes.size());
    const ValueId row = b.constant(TensorType{ElementType::kU32, {32}}, std::move(bytes));
    return b.broadcast_in_dim(row, code_shape, {2});
  };
  ValueId codes = b.shift_right_logical(b.concatenate(lo_words, 2), u32_row(shifts));
  codes = b.bitwise_and(codes, b.splat_u32((1u << bits) - 1u, code_shape));
  if (any_straddle) {
    ValueId hi = b.bitwise_and(b.concatenate(hi_words, 2), u32_row(hi_masks));
    hi = b.multiply(hi, u32_row(hi_multipliers));
    codes = b.bitwise_or(codes, hi);
  }
  const ValueId q = b.convert(b.reshape(codes, {rows, k}), ElementType::kF32);

  auto per_element = [&](ValueId per_group) {
    const ValueId f = convert_to(b, per_group, ElementType::kF32);
    const ValueId wide = b.broadcast_in_dim(f, {rows, groups, group_size}, {0, 1});
    return b.reshape(wide, {rows, k});
  };
  const ValueId scaled = b.multiply(q, per_element(scales));
  return b.add(scaled, per_element(biases));
}

ValueId quantized_dot(Builder& b, ValueId x, ValueId packed, ValueId scales, ValueId biases,
                      const QuantizedDotAttrs& attrs) {
  const ElementType precision = check_precision(attrs.precision, kQuantizedDotName);
  require(b.type(x).element == ElementType::kF32 && b.type(x).rank() >= 1, kQuantizedDotName,
          "x must be f32 [..., K], got " + to_string(b.type(x)));
  require(b.type(packed).rank() == 2 &&
              b.type(packed).shape[1] * 32 == b.shape(x).back() * attrs.bits,
          kQuantizedDotName, "packed " + to_string(b.type(packed)) + " does not match x " +
                                 to_string(b.type(x)) + " at " + std::to_string(attrs.bits) + " bits");
  std::map<std::string, Attribute> attributes = {
      {"bits", int64_t{attrs.bits}},
      {"group_size", int64_t{attrs.group_size}},
      {"precision", std::string(element_name(precision))},
  };
  return emit_composite(b, kQuantizedDotName, {x, packed, scales, biases}, std::move(attributes),
                        [&](Builder& d, const std::vector<ValueId>& p) {
                          const ValueId w = dequantize(d, p[1], p[2], p[3], attrs.bits,
                                                       attrs.group_size);
                          return std::vector<ValueId>{dense_dot(d, p[0], w, precision)};
                        })[0];
}

ValueId dense_dot(Builder& b, ValueId x, ValueId weight, ElementType precision) {
  check_precision(precision, "dense_dot");
  return dot_last_with_rows(b, convert_to(b, x, precision), convert_to(b, weight, precision));
}

ValueId rms_norm(Builder& b, ValueId x, ValueId weight, double epsilon) {
  const TensorType x_type = b.type(x);
  require(x_type.element == ElementType::kF32 && x_type.rank() >= 1, kRmsNormName,
          "x must be f32 [..., D], got " + to_string(x_type));
  require(b.type(weight) == TensorType{ElementType::kF32, {x_type.shape.back()}}, kRmsNormName,
          "weight must be f32 [D], got " + to_string(b.type(weight)));
  return emit_composite(
      b, kRmsNormName, {x, weight}, {{"epsilon", epsilon}},
      [&](Builder& d, const std::vector<ValueId>& p) {
        const std::vector<int64_t>& shape = x_type.shape;
        const int64_t last = x_type.rank() - 1;
        std::vector<int64_t> outer(shape.begin(), shape.end() - 1);
        std::vector<int64_t> outer_dims;
        for (int64_t i = 0; i < last; ++i) outer_dims.push_back(i);
        const ValueId sum = d.reduce(d.multiply(p[0], p[0]), d.splat_f32(0.0f, {}), {last},
                                     ReduceBody::kAdd);
        const ValueId mean =
            d.divide(sum, d.splat_f32(static_cast<float>(shape.back()), outer));
        const ValueId inv = d.rsqrt(d.add(mean, d.splat_f32(static_cast<float>(epsilon), outer)));
        const ValueId normed = d.multiply(p[0], d.broadcast_in_dim(inv, shape, outer_dims));
        return std::vector<ValueId>{
            d.multiply(normed, d.broadcast_in_dim(p[1], shape, {last}))};
      })[0];
}

ValueId rope(Builder& b, ValueId x, ValueId positions, const RopeAttrs& attrs) {
  const TensorType x_type = b.type(x);
  require(x_type.element == ElementType::kF32 && x_type.rank() == 3 && x_type.shape[2] % 2 == 0,
          kRopeName, "x must be f32 [T, H, D] with even D, got " + to_string(x_type));
  const int64_t t = x_type.shape[0], h = x_type.shape[1], dim = x_type.shape[2];
  require(b.type(positions) == TensorType{ElementType::kI32, {t}}, kRopeName,
          "positions must be i32 [T], got " + to_string(b.type(positions)));
  std::map<std::string, Attribute> attributes = {
      {"theta", attrs.theta},
      {"scaling", std::string(attrs.scaling == RopeScaling::kLlama3 ? "llama3" : "none")},
  };
  if (attrs.scaling == RopeScaling::kLlama3) {
    attributes["factor"] = attrs.factor;
    attributes["low_freq_factor"] = attrs.low_freq_factor;
    attributes["high_freq_factor"] = attrs.high_freq_factor;
    attributes["original_max_position_embeddings"] = attrs.original_max_position_embeddings;
  }
  return emit_composite(
      b, kRopeName, {x, positions}, std::move(attributes),
      [&](Builder& d, const std::vector<ValueId>& p) {
        const int64_t half = dim / 2;
        const std::vector<float> inv_freq = rope_inv_freq(dim, attrs);
        const ValueId inv = d.constant_f32(inv_freq, {half});
        const ValueId pos = d.convert(p[1], ElementType::kF32);
        const ValueId angle = d.multiply(d.broadcast_in_dim(pos, {t, half}, {0}),
                                         d.broadcast_in_dim(inv, {t, half}, {1}));
        const ValueId c = d.cosine(angle);
        const ValueId s = d.sine(angle);
        const ValueId cos3 = d.broadcast_in_dim(d.concatenate({c, c}, 1), {t, h, dim}, {0, 2});
        const ValueId sin3 = d.broadcast_in_dim(d.concatenate({s, s}, 1), {t, h, dim}, {0, 2});
        const ValueId x1 = d.slice(p[0], {0, 0, 0}, {t, h, half});
        const ValueId x2 = d.slice(p[0], {0, 0, half}, {t, h, dim});
        const ValueId rotated = d.concatenate({d.negate(x2), x1}, 2);
        return std::vector<ValueId>{
            d.add(d.multiply(p[0], cos3), d.multiply(rotated, sin3))};
      })[0];
}

ValueId attention(Builder& b, ValueId q, ValueId k_cache, ValueId v_cache, ValueId q_positions,
                  ValueId kv_length, double scale) {
  const TensorType q_type = b.type(q), k_type = b.type(k_cache);
  require(q_type.element == ElementType::kF32 && q_type.rank() == 3, kAttentionName,
          "q must be f32 [T, H, D], got " + to_string(q_type));
  const bool float_cache = k_type.element == ElementType::kF32 || k_type.element == ElementType::kF16 ||
                           k_type.element == ElementType::kBF16;
  require(float_cache && k_type.rank() == 3 && k_type.shape[2] == q_type.shape[2] && b.type(v_cache) == k_type,
          kAttentionName, "k/v caches must be f32, f16 or bf16 [Cap, KV, D], got " + to_string(k_type));
  const int64_t t = q_type.shape[0], heads = q_type.shape[1], dim = q_type.shape[2];
  const int64_t cap = k_type.shape[0], kv = k_type.shape[1];
  require(kv > 0 && heads % kv == 0, kAttentionName, "H must be a multiple of KV");
  require(b.type(q_positions) == TensorType{ElementType::kI32, {t}} &&
              b.type(kv_length) == TensorType{ElementType::kI32, {}},
          kAttentionName, "q_positions must be i32 [T] and kv_length i32 []");
  return emit_composite(
      b, kAttentionName, {q, k_cache, v_cache, q_positions, kv_length}, {{"scale", scale}},
      [&](Builder& d, const std::vector<ValueId>& p) {
        const int64_t group = heads / kv;
        const std::vector<int64_t> score_shape = {kv, t, group, cap};
        const ValueId q4 = d.reshape(p[0], {t, kv, group, dim});
        // A narrow cache is widened (exactly) to f32: scores, softmax and the weighted sum of
        // values all accumulate in f32 whatever the cache stores.
        const ValueId keys = convert_to(d, p[1], ElementType::kF32);
        const ValueId values = convert_to(d, p[2], ElementType::kF32);
        DotGeneralAttrs qk;
        qk.lhs_batching_dims = {1};
        qk.rhs_batching_dims = {1};
        qk.lhs_contracting_dims = {3};
        qk.rhs_contracting_dims = {2};
        ValueId scores = d.dot_general(q4, keys, qk);  // [KV, T, G, Cap]
        scores = d.multiply(scores, d.splat_f32(static_cast<float>(scale), score_shape));
        // Key j is visible to query t iff j < min(q_positions[t] + 1, kv_length).
        const ValueId limit = d.minimum(d.add(p[3], d.splat_i32(1, {t})),
                                        d.broadcast_in_dim(p[4], {t}, {}));
        const ValueId visible = d.compare(d.iota(ElementType::kI32, score_shape, 3),
                                          d.broadcast_in_dim(limit, score_shape, {1}),
                                          CompareDirection::kLt);
        const ValueId masked = d.select(
            visible, scores, d.splat_f32(std::numeric_limits<float>::lowest(), score_shape));
        const ValueId max = d.reduce(masked, d.splat_f32(-std::numeric_limits<float>::infinity(), {}),
                                     {3}, ReduceBody::kMaximum);
        const ValueId e = d.exponential(
            d.subtract(masked, d.broadcast_in_dim(max, score_shape, {0, 1, 2})));
        const ValueId sum = d.reduce(e, d.splat_f32(0.0f, {}), {3}, ReduceBody::kAdd);
        const ValueId probs = d.divide(e, d.broadcast_in_dim(sum, score_shape, {0, 1, 2}));
        DotGeneralAttrs pv;
        pv.lhs_batching_dims = {0};
        pv.rhs_batching_dims = {1};
        pv.lhs_contracting_dims = {3};
        pv.rhs_contracting_dims = {0};
        const ValueId out = d.dot_general(probs, values, pv);  // [KV, T, G, D]
        return std::vector<ValueId>{
            d.reshape(d.transpose(out, {1, 0, 2, 3}), {t, heads, dim})};
      })[0];
}

ValueId argmax(Builder& b, ValueId x) {
  const TensorType x_type = b.type(x);
  require(x_type.element == ElementType::kF32 && x_type.rank() == 2, kArgmaxName,
          "x must be f32 [R, V], got " + to_string(x_type));
  return emit_composite(
      b, kArgmaxName, {x}, {}, [&](Builder& d, const std::vector<ValueId>& p) {
        const int64_t vocab = x_type.shape[1];
        const std::vector<int64_t>& shape = x_type.shape;
        const ValueId max = d.reduce(p[0], d.splat_f32(-std::numeric_limits<float>::infinity(), {}),
                                     {1}, ReduceBody::kMaximum);
        const ValueId is_max =
            d.compare(p[0], d.broadcast_in_dim(max, shape, {0}), CompareDirection::kEq);
        const ValueId index = d.select(is_max, d.iota(ElementType::kI32, shape, 1),
                                       d.splat_i32(static_cast<int32_t>(vocab), shape));
        return std::vector<ValueId>{d.reduce(index, d.splat_i32(static_cast<int32_t>(vocab), {}),
                                             {1}, ReduceBody::kMinimum)};
      })[0];
}

}  // namespace mlxla::graph
