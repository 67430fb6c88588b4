// The mlxla composites and their decompositions (see composites.h for each contract).
#include "graph/composites.h"

#include "graph/composite_emit.h"

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

using detail::emit_composite;
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
    std::string operator()(const std::vector<double>& v) const {
      std::string out = "w";
      for (double d : v) out += (*this)(d) + ",";
      return out;
    }
  };
  return std::visit(Visitor{}, attribute);
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

namespace detail {

// The decomposition's symbol: the composite's name with '.' -> '_', the operand types (readable)
// and a 64-bit FNV-1a hash of the attributes, so equal signatures share one Function.
std::string decomposition_name(Builder& b, std::string_view name,
                               const std::vector<ValueId>& operands,
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
  for (const auto& [key, value] : attributes)
    canonical += key + "=" + attribute_string(value) + ";";
  uint64_t hash = 0xcbf29ce484222325ull;
  for (char c : canonical) {
    hash ^= static_cast<uint8_t>(c);
    hash *= 0x100000001b3ull;
  }
  char buffer[24];
  std::snprintf(buffer, sizeof(buffer), "_%016llx", static_cast<unsigned long long>(hash));
  return out + buffer;
}

ValueId lookup_table(Builder& b, std::span<const float> table, ValueId indices) {
  const ValueId values = b.constant_f32(table, {static_cast<int64_t>(table.size())});
  GatherAttrs gather;
  gather.offset_dims = {};
  gather.collapsed_slice_dims = {0};
  gather.start_index_map = {0};
  gather.index_vector_dim = b.type(indices).rank() - 1;
  gather.slice_sizes = {1};
  return b.gather(values, indices, gather);
}

}  // namespace detail

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
  require(words % bits == 0, kOp,
          "K must be a multiple of 32 (packed words " + std::to_string(words) + ", bits " +
              std::to_string(bits) + ")");
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
  const ValueId lo = b.concatenate(lo_words, 2);
  const ValueId shift_row = u32_row(shifts);
  ValueId codes = b.shift_right_logical(lo, shift_row);
  codes = b.bitwise_and(codes, b.splat_u32((1u << bits) - 1u, code_shape));
  if (any_straddle) {
    const ValueId hi_source = b.concatenate(hi_words, 2);
    const ValueId mask_row = u32_row(hi_masks);
    ValueId hi = b.bitwise_and(hi_source, mask_row);
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

ValueId fp_dequantize(Builder& b, ValueId packed, ValueId scales, int bits, int group_size,
                      std::span<const float> code_values) {
  constexpr std::string_view kOp = "fp_dequantize";
  const TensorType packed_type = b.type(packed);
  require(packed_type.element == ElementType::kU32 && packed_type.rank() == 2, kOp,
          "packed must be ui32 [N, K*bits/32], got " + to_string(packed_type));
  require(bits == 4 || bits == 8, kOp, "bits must be 4 or 8, got " + std::to_string(bits));
  require(code_values.size() == (size_t{1} << bits), kOp,
          "the code table must have 2^bits entries");
  const int64_t rows = packed_type.shape[0], words = packed_type.shape[1];
  const int64_t per_word = 32 / bits, k = words * per_word;
  require(group_size > 0 && k % group_size == 0, kOp, "group_size must divide K");
  const int64_t groups = k / group_size;
  require(b.type(scales) == TensorType{ElementType::kF32, {rows, groups}}, kOp,
          "scales must be f32 [" + std::to_string(rows) + ", " + std::to_string(groups) +
              "], got " + to_string(b.type(scales)));
  // Code j of a word sits at bits [j*bits, (j+1)*bits): shift each copy of the word by its own
  // amount and mask.
  const std::vector<int64_t> split = {rows, words, per_word};
  const ValueId wide = b.broadcast_in_dim(packed, split, {0, 1});
  std::vector<uint32_t> shift_values;
  for (int64_t j = 0; j < per_word; ++j) shift_values.push_back(static_cast<uint32_t>(j * bits));
  std::vector<std::byte> shift_bytes(shift_values.size() * sizeof(uint32_t));
  std::memcpy(shift_bytes.data(), shift_values.data(), shift_bytes.size());
  const ValueId shift_row =
      b.constant(TensorType{ElementType::kU32, {per_word}}, std::move(shift_bytes));
  const ValueId shifts = b.broadcast_in_dim(shift_row, split, {2});
  const ValueId shifted = b.shift_right_logical(wide, shifts);
  const ValueId mask = b.splat_u32((1u << bits) - 1u, split);
  const ValueId codes = b.bitwise_and(shifted, mask);
  const ValueId flat = b.reshape(codes, {rows, k, 1});
  const ValueId indices = b.convert(flat, ElementType::kI32);
  // value = table[code]: a gather of single elements from the 1-D table.
  const ValueId values = detail::lookup_table(b, code_values, indices);
  const ValueId scale_groups = b.broadcast_in_dim(scales, {rows, groups, group_size}, {0, 1});
  const ValueId scale_wide = b.reshape(scale_groups, {rows, k});
  return b.multiply(values, scale_wide);
}

ValueId fp_quantized_dot(Builder& b, ValueId x, ValueId packed, ValueId scales,
                         const QuantizedDotAttrs& attrs, std::span<const float> code_values) {
  const ElementType precision = check_precision(attrs.precision, kFpQuantizedDotName);
  require(b.type(x).element == ElementType::kF32 && b.type(x).rank() >= 1, kFpQuantizedDotName,
          "x must be f32 [..., K], got " + to_string(b.type(x)));
  require(
      b.type(packed).rank() == 2 && b.type(packed).shape[1] * 32 == b.shape(x).back() * attrs.bits,
      kFpQuantizedDotName,
      "packed " + to_string(b.type(packed)) + " does not match x " + to_string(b.type(x)) + " at " +
          std::to_string(attrs.bits) + " bits");
  QuantizedDotAttrs typed = attrs;
  typed.precision = precision;
  return emit_composite(b, kFpQuantizedDotName, {x, packed, scales}, encode(typed),
                        [&](Builder& d, const std::vector<ValueId>& p) {
                          const ValueId w = fp_dequantize(d, p[1], p[2], attrs.bits,
                                                          attrs.group_size, code_values);
                          return std::vector<ValueId>{dense_dot(d, p[0], w, precision)};
                        })[0];
}

ValueId quantized_dot(Builder& b, ValueId x, ValueId packed, ValueId scales, ValueId biases,
                      const QuantizedDotAttrs& attrs) {
  const ElementType precision = check_precision(attrs.precision, kQuantizedDotName);
  require(b.type(x).element == ElementType::kF32 && b.type(x).rank() >= 1, kQuantizedDotName,
          "x must be f32 [..., K], got " + to_string(b.type(x)));
  require(
      b.type(packed).rank() == 2 && b.type(packed).shape[1] * 32 == b.shape(x).back() * attrs.bits,
      kQuantizedDotName,
      "packed " + to_string(b.type(packed)) + " does not match x " + to_string(b.type(x)) + " at " +
          std::to_string(attrs.bits) + " bits");
  QuantizedDotAttrs typed = attrs;
  typed.precision = precision;
  return emit_composite(b, kQuantizedDotName, {x, packed, scales, biases}, encode(typed),
                        [&](Builder& d, const std::vector<ValueId>& p) {
                          const ValueId w =
                              dequantize(d, p[1], p[2], p[3], attrs.bits, attrs.group_size);
                          return std::vector<ValueId>{dense_dot(d, p[0], w, precision)};
                        })[0];
}

ValueId dense_dot(Builder& b, ValueId x, ValueId weight, ElementType precision) {
  check_precision(precision, "dense_dot");
  const ValueId lhs = convert_to(b, x, precision);
  const ValueId rhs = convert_to(b, weight, precision);
  return dot_last_with_rows(b, lhs, rhs);
}

ValueId rms_norm(Builder& b, ValueId x, ValueId weight, const RmsNormAttrs& attrs) {
  const double epsilon = attrs.epsilon;
  const TensorType x_type = b.type(x);
  require(x_type.element == ElementType::kF32 && x_type.rank() >= 1, kRmsNormName,
          "x must be f32 [..., D], got " + to_string(x_type));
  require(b.type(weight) == TensorType{ElementType::kF32, {x_type.shape.back()}}, kRmsNormName,
          "weight must be f32 [D], got " + to_string(b.type(weight)));
  return emit_composite(
      b, kRmsNormName, {x, weight}, encode(attrs), [&](Builder& d, const std::vector<ValueId>& p) {
        const std::vector<int64_t>& shape = x_type.shape;
        const int64_t last = x_type.rank() - 1;
        std::vector<int64_t> outer(shape.begin(), shape.end() - 1);
        std::vector<int64_t> outer_dims;
        for (int64_t i = 0; i < last; ++i) outer_dims.push_back(i);
        const ValueId squares = d.multiply(p[0], p[0]);
        const ValueId zero = d.splat_f32(0.0f, {});
        const ValueId sum = d.reduce(squares, zero, {last}, ReduceBody::kAdd);
        const ValueId count = d.splat_f32(static_cast<float>(shape.back()), outer);
        const ValueId mean = d.divide(sum, count);
        const ValueId eps = d.splat_f32(static_cast<float>(epsilon), outer);
        const ValueId inv = d.rsqrt(d.add(mean, eps));
        const ValueId inv_wide = d.broadcast_in_dim(inv, shape, outer_dims);
        const ValueId normed = d.multiply(p[0], inv_wide);
        const ValueId weight_wide = d.broadcast_in_dim(p[1], shape, {last});
        return std::vector<ValueId>{d.multiply(normed, weight_wide)};
      })[0];
}

namespace {

// The angle table [T, half] of mlxla.rope: float(pos) (* position scale) times inv_freq; for
// dynamic NTK scaling the base follows each position (mlx-lm DynamicNTKScalingRoPE with
// seq_len = max(p + 1, max_position_embeddings)): log_base = log(theta) + dims/(dims-2) *
// log(factor * seq_len / max_pos - (factor - 1)), inv_freq[t, i] = exp(-(2i/dims) * log_base).
ValueId rope_angles(Builder& d, ValueId positions, int64_t t, int64_t dims,
                    const RopeAttrs& attrs) {
  const int64_t half = dims / 2;
  ValueId pos = d.convert(positions, ElementType::kF32);
  const float position_scale = rope_position_scale(attrs);
  if (position_scale != 1.0f) {
    const ValueId scale = d.splat_f32(position_scale, {t});
    pos = d.multiply(pos, scale);
  }
  const ValueId pos_wide = d.broadcast_in_dim(pos, {t, half}, {0});
  if (attrs.scaling != RopeScaling::kDynamic) {
    const std::vector<float> inv_freq = rope_inv_freq(dims, attrs);
    const ValueId inv = d.constant_f32(inv_freq, {half});
    const ValueId inv_wide = d.broadcast_in_dim(inv, {t, half}, {1});
    return d.multiply(pos_wide, inv_wide);
  }
  const auto max_pos = static_cast<float>(attrs.max_position_embeddings);
  const ValueId one = d.splat_f32(1.0f, {t});
  const ValueId next = d.add(pos, one);
  const ValueId floor_len = d.splat_f32(max_pos, {t});
  const ValueId seq_len = d.maximum(next, floor_len);
  const ValueId ratio =
      d.splat_f32(static_cast<float>(attrs.factor / attrs.max_position_embeddings), {t});
  const ValueId scaled = d.multiply(seq_len, ratio);
  const ValueId shift = d.splat_f32(static_cast<float>(attrs.factor - 1.0), {t});
  const ValueId growth = d.log(d.subtract(scaled, shift));
  const ValueId exponent = d.splat_f32(
      static_cast<float>(static_cast<double>(dims) / static_cast<double>(dims - 2)), {t});
  const ValueId log_theta = d.splat_f32(static_cast<float>(std::log(attrs.theta)), {t});
  const ValueId log_base = d.add(d.multiply(growth, exponent), log_theta);
  std::vector<float> coefficients;
  for (int64_t i = 0; i < half; ++i)
    coefficients.push_back(
        static_cast<float>(-static_cast<double>(2 * i) / static_cast<double>(dims)));
  const ValueId coefficient = d.constant_f32(coefficients, {half});
  const ValueId coefficient_wide = d.broadcast_in_dim(coefficient, {t, half}, {1});
  const ValueId log_base_wide = d.broadcast_in_dim(log_base, {t, half}, {0});
  const ValueId inv_wide = d.exponential(d.multiply(log_base_wide, coefficient_wide));
  return d.multiply(pos_wide, inv_wide);
}

// Rotates x_r [T, H, r] by the angles [T, r/2].
ValueId rotate(Builder& d, ValueId x, ValueId angle, int64_t t, int64_t h, int64_t dims,
               bool traditional) {
  const int64_t half = dims / 2;
  const ValueId c = d.cosine(angle);
  const ValueId s = d.sine(angle);
  if (!traditional) {
    const ValueId cos_pair = d.concatenate({c, c}, 1);
    const ValueId sin_pair = d.concatenate({s, s}, 1);
    const ValueId cos3 = d.broadcast_in_dim(cos_pair, {t, h, dims}, {0, 2});
    const ValueId sin3 = d.broadcast_in_dim(sin_pair, {t, h, dims}, {0, 2});
    const ValueId x1 = d.slice(x, {0, 0, 0}, {t, h, half});
    const ValueId x2 = d.slice(x, {0, 0, half}, {t, h, dims});
    const ValueId minus_x2 = d.negate(x2);
    const ValueId rotated = d.concatenate({minus_x2, x1}, 2);
    const ValueId direct = d.multiply(x, cos3);
    const ValueId cross = d.multiply(rotated, sin3);
    return d.add(direct, cross);
  }
  const std::vector<int64_t> pair_shape = {t, h, half, 1};
  const ValueId pairs = d.reshape(x, {t, h, half, 2});
  const ValueId x0 = d.slice(pairs, {0, 0, 0, 0}, {t, h, half, 1});
  const ValueId x1 = d.slice(pairs, {0, 0, 0, 1}, {t, h, half, 2});
  const ValueId c4 = d.broadcast_in_dim(c, pair_shape, {0, 2});
  const ValueId s4 = d.broadcast_in_dim(s, pair_shape, {0, 2});
  const ValueId x0c = d.multiply(x0, c4);
  const ValueId x1s = d.multiply(x1, s4);
  const ValueId x0s = d.multiply(x0, s4);
  const ValueId x1c = d.multiply(x1, c4);
  const ValueId first = d.subtract(x0c, x1s);
  const ValueId second = d.add(x0s, x1c);
  return d.reshape(d.concatenate({first, second}, 3), {t, h, dims});
}

}  // namespace

ValueId rope(Builder& b, ValueId x, ValueId positions, const RopeAttrs& attrs) {
  const TensorType x_type = b.type(x);
  require(x_type.element == ElementType::kF32 && x_type.rank() == 3 && x_type.shape[2] % 2 == 0,
          kRopeName, "x must be f32 [T, H, D] with even D, got " + to_string(x_type));
  const int64_t t = x_type.shape[0], h = x_type.shape[1], dim = x_type.shape[2];
  const int64_t dims = rope_rotary_dim(dim, attrs);
  require(dims % 2 == 0 && dims <= dim && dims > 0, kRopeName,
          "rotary_dim " + std::to_string(dims) + " must be even and within head_dim " +
              std::to_string(dim));
  require(attrs.scaling != RopeScaling::kDynamic || dims > 2, kRopeName,
          "dynamic scaling needs rotary_dim > 2");
  require(b.type(positions) == TensorType{ElementType::kI32, {t}}, kRopeName,
          "positions must be i32 [T], got " + to_string(b.type(positions)));
  return emit_composite(
      b, kRopeName, {x, positions}, encode(attrs), [&](Builder& d, const std::vector<ValueId>& p) {
        const ValueId angle = rope_angles(d, p[1], t, dims, attrs);
        ValueId rotated_part = dims == dim ? p[0] : d.slice(p[0], {0, 0, 0}, {t, h, dims});
        const float input_scale = rope_input_scale(attrs);
        if (input_scale != 1.0f) {
          const ValueId scale = d.splat_f32(input_scale, {t, h, dims});
          rotated_part = d.multiply(rotated_part, scale);
        }
        const ValueId rotated = rotate(d, rotated_part, angle, t, h, dims, attrs.traditional);
        if (dims == dim) return std::vector<ValueId>{rotated};
        const ValueId pass = d.slice(p[0], {0, 0, dims}, {t, h, dim});
        return std::vector<ValueId>{d.concatenate({rotated, pass}, 2)};
      })[0];
}

namespace {

// The scores of an attention decomposition: q [T, H, D] as [T, KV, G, D] against the keys
// [N, KV, D] (widened exactly to f32), * scale, then soft-capped: [KV, T, G, N]. Also widens
// the values, between the two (the op order every export shares).
struct Scores {
  ValueId scores;
  ValueId values;  // f32 [N, KV, D]
};
Scores attention_scores(Builder& d, ValueId q, ValueId k, ValueId v, const AttentionAttrs& attrs) {
  const TensorType q_type = d.type(q);
  const int64_t t = q_type.shape[0], heads = q_type.shape[1], dim = q_type.shape[2];
  const int64_t n = d.shape(k)[0], kv = d.shape(k)[1], group = heads / kv;
  const std::vector<int64_t> score_shape = {kv, t, group, n};
  const ValueId q4 = d.reshape(q, {t, kv, group, dim});
  // A narrow cache is widened (exactly) to f32: scores, softmax and the weighted sum of
  // values all accumulate in f32 whatever the cache stores.
  const ValueId keys = convert_to(d, k, ElementType::kF32);
  const ValueId values = convert_to(d, v, ElementType::kF32);
  DotGeneralAttrs qk;
  qk.lhs_batching_dims = {1};
  qk.rhs_batching_dims = {1};
  qk.lhs_contracting_dims = {3};
  qk.rhs_contracting_dims = {2};
  ValueId scores = d.dot_general(q4, keys, qk);  // [KV, T, G, N]
  const ValueId scale_splat = d.splat_f32(static_cast<float>(attrs.scale), score_shape);
  scores = d.multiply(scores, scale_splat);
  if (attrs.softcap > 0) {
    const ValueId cap_splat = d.splat_f32(static_cast<float>(attrs.softcap), score_shape);
    const ValueId squashed = d.tanh(d.divide(scores, cap_splat));
    scores = d.multiply(squashed, cap_splat);
  }
  return {scores, values};
}

// Hidden scores (visible false) become the lowest finite f32, then softmax over the keys and the
// weighted sum of values f32 [N, KV, D]: the output [T, H, D].
// With `sinks` (f32 [H]), each head's sink logit joins the softmax as a first column that is
// always visible and has no value (mlx's sdpa with sinks): probs over [sink, keys...], the
// sink's column dropped before the weighted sum.
ValueId attention_output(Builder& d, ValueId scores, ValueId visible, ValueId values,
                         ValueId sinks = kNoValue) {
  std::vector<int64_t> score_shape = d.shape(scores);
  const int64_t kv = score_shape[0], t = score_shape[1], group = score_shape[2];
  const int64_t dim = d.shape(values)[2], n = score_shape[3];
  const ValueId lowest = d.splat_f32(std::numeric_limits<float>::lowest(), score_shape);
  ValueId masked = d.select(visible, scores, lowest);
  if (sinks != kNoValue) {
    const ValueId per_head = d.reshape(sinks, {kv, group});
    const ValueId column = d.broadcast_in_dim(per_head, {kv, t, group, 1}, {0, 2});
    masked = d.concatenate({column, masked}, 3);
    score_shape[3] = n + 1;
  }
  const ValueId minus_inf = d.splat_f32(-std::numeric_limits<float>::infinity(), {});
  const ValueId max = d.reduce(masked, minus_inf, {3}, ReduceBody::kMaximum);
  const ValueId max_wide = d.broadcast_in_dim(max, score_shape, {0, 1, 2});
  const ValueId e = d.exponential(d.subtract(masked, max_wide));
  const ValueId zero = d.splat_f32(0.0f, {});
  const ValueId sum = d.reduce(e, zero, {3}, ReduceBody::kAdd);
  const ValueId sum_wide = d.broadcast_in_dim(sum, score_shape, {0, 1, 2});
  ValueId probs = d.divide(e, sum_wide);
  if (sinks != kNoValue) probs = d.slice(probs, {0, 0, 0, 1}, {kv, t, group, n + 1});
  DotGeneralAttrs pv;
  pv.lhs_batching_dims = {0};
  pv.rhs_batching_dims = {1};
  pv.lhs_contracting_dims = {3};
  pv.rhs_contracting_dims = {0};
  const ValueId out = d.dot_general(probs, values, pv);  // [KV, T, G, D]
  return d.reshape(d.transpose(out, {1, 0, 2, 3}), {t, kv * group, dim});
}

void require_attention_operands(Builder& b, ValueId q, ValueId k, ValueId v, ValueId q_positions,
                                ValueId kv_length, const AttentionAttrs& attrs,
                                std::string_view name) {
  const TensorType q_type = b.type(q), k_type = b.type(k);
  require(q_type.element == ElementType::kF32 && q_type.rank() == 3, name,
          "q must be f32 [T, H, D], got " + to_string(q_type));
  const bool float_cache = k_type.element == ElementType::kF32 ||
                           k_type.element == ElementType::kF16 ||
                           k_type.element == ElementType::kBF16;
  require(float_cache && k_type.rank() == 3 && k_type.shape[2] == q_type.shape[2] &&
              b.type(v) == k_type,
          name, "k/v caches must be f32, f16 or bf16 [N, KV, D], got " + to_string(k_type));
  const int64_t t = q_type.shape[0], heads = q_type.shape[1], kv = k_type.shape[1];
  require(kv > 0 && heads % kv == 0, name, "H must be a multiple of KV");
  require(b.type(q_positions) == TensorType{ElementType::kI32, {t}} &&
              b.type(kv_length) == TensorType{ElementType::kI32, {}},
          name, "q_positions must be i32 [T] and kv_length i32 []");
  require(attrs.softcap >= 0 && attrs.window >= 0, name, "softcap and window must be >= 0");
}

// The optional sinks operand: f32 [H] exactly when attrs.sinks.
void require_sinks(Builder& b, ValueId q, ValueId sinks, const AttentionAttrs& attrs,
                   std::string_view name) {
  require((sinks != kNoValue) == attrs.sinks, name, "sinks operand and attribute disagree");
  if (sinks == kNoValue) return;
  require(b.type(sinks) == TensorType{ElementType::kF32, {b.shape(q)[1]}}, name,
          "sinks must be f32 [H], got " + to_string(b.type(sinks)));
}

// x mod m for i32 x >= 0 (no remainder op in the set: x - (x / m) * m).
ValueId non_negative_mod(Builder& d, ValueId x, int64_t m) {
  const ValueId modulus = d.splat_i32(static_cast<int32_t>(m), d.shape(x));
  const ValueId quotient = d.divide(x, modulus);
  const ValueId whole = d.multiply(quotient, modulus);
  return d.subtract(x, whole);
}

}  // namespace

ValueId attention(Builder& b, ValueId q, ValueId k_cache, ValueId v_cache, ValueId q_positions,
                  ValueId kv_length, const AttentionAttrs& attrs, ValueId sinks) {
  require_attention_operands(b, q, k_cache, v_cache, q_positions, kv_length, attrs, kAttentionName);
  require_sinks(b, q, sinks, attrs, kAttentionName);
  const int64_t t = b.shape(q)[0];
  std::vector<ValueId> operands = {q, k_cache, v_cache, q_positions, kv_length};
  if (sinks != kNoValue) operands.push_back(sinks);
  return emit_composite(
      b, kAttentionName, operands, encode(attrs), [&](Builder& d, const std::vector<ValueId>& p) {
        auto [scores, values] = attention_scores(d, p[0], p[1], p[2], attrs);
        const std::vector<int64_t> score_shape = d.shape(scores);
        // Key j is visible to query t iff j < min(q_positions[t] + 1, kv_length) (and, with a
        // window, j > q_positions[t] - window).
        const ValueId one = d.splat_i32(1, {t});
        const ValueId next = d.add(p[3], one);
        const ValueId length = d.broadcast_in_dim(p[4], {t}, {});
        const ValueId limit = d.minimum(next, length);
        const ValueId key_index = d.iota(ElementType::kI32, score_shape, 3);
        const ValueId limit_wide = d.broadcast_in_dim(limit, score_shape, {1});
        const ValueId visible = d.compare(key_index, limit_wide, CompareDirection::kLt);
        if (attrs.window > 0) {
          const ValueId width = d.splat_i32(static_cast<int32_t>(attrs.window), {t});
          const ValueId first = d.subtract(next, width);
          const ValueId first_wide = d.broadcast_in_dim(first, score_shape, {1});
          const ValueId recent = d.compare(key_index, first_wide, CompareDirection::kGe);
          const ValueId lowest = d.splat_f32(std::numeric_limits<float>::lowest(), score_shape);
          scores = d.select(recent, scores, lowest);
        }
        const ValueId sink = attrs.sinks ? p[5] : kNoValue;
        return std::vector<ValueId>{attention_output(d, scores, visible, values, sink)};
      })[0];
}

ValueId window_attention(Builder& b, ValueId q, ValueId k_ring, ValueId v_ring, ValueId k_new,
                         ValueId v_new, ValueId q_positions, ValueId kv_length,
                         const AttentionAttrs& attrs, ValueId sinks) {
  require_attention_operands(b, q, k_ring, v_ring, q_positions, kv_length, attrs,
                             kWindowAttentionName);
  require_sinks(b, q, sinks, attrs, kWindowAttentionName);
  const TensorType ring_type = b.type(k_ring), new_type = b.type(k_new);
  const int64_t t = b.shape(q)[0], ring = ring_type.shape[0];
  require(attrs.window > 0 && ring > 0 && ring < (int64_t{1} << 30), kWindowAttentionName,
          "needs a window > 0 and a ring of 1..2^30 positions");
  // A ring narrower than the window would silently drop keys a query may see.
  require(ring >= attrs.window, kWindowAttentionName,
          "the ring (" + std::to_string(ring) + " positions) must hold the window (" +
              std::to_string(attrs.window) + ")");
  require(new_type == TensorType{ring_type.element, {t, ring_type.shape[1], ring_type.shape[2]}} &&
              b.type(v_new) == new_type,
          kWindowAttentionName,
          "k_new/v_new must be [T, KV, D] of the ring's type, got " + to_string(new_type));
  std::vector<ValueId> operands = {q, k_ring, v_ring, k_new, v_new, q_positions, kv_length};
  if (sinks != kNoValue) operands.push_back(sinks);
  return emit_composite(
      b, kWindowAttentionName, operands, encode(attrs),
      [&](Builder& d, const std::vector<ValueId>& p) {
        const int64_t kv = ring_type.shape[1], dim = ring_type.shape[2];
        // The ring in position order: row k holds position start - R + k, at ring index
        // (start + k) mod R; then the step's own keys (positions start .. start + T - 1).
        const ValueId start = d.reshape(d.slice(p[5], {0}, {1}), {});
        const ValueId start_ring = d.broadcast_in_dim(start, {ring}, {});
        const ValueId offsets = d.iota(ElementType::kI32, {ring}, 0);
        const ValueId unwrapped = d.add(start_ring, offsets);
        const ValueId rows = non_negative_mod(d, unwrapped, ring);
        const ValueId indices = d.reshape(rows, {ring, 1});
        GatherAttrs gather;
        gather.offset_dims = {1, 2};
        gather.collapsed_slice_dims = {0};
        gather.start_index_map = {0};
        gather.index_vector_dim = 1;
        gather.slice_sizes = {1, kv, dim};
        const ValueId k_ordered = d.gather(p[1], indices, gather);
        const ValueId v_ordered = d.gather(p[2], indices, gather);
        const ValueId keys = d.concatenate({k_ordered, p[3]}, 0);
        const ValueId values = d.concatenate({v_ordered, p[4]}, 0);
        auto [scores, values_f32] = attention_scores(d, p[0], keys, values, attrs);
        const std::vector<int64_t> score_shape = d.shape(scores);
        // Key k sits at position start - R + k; it is visible to query t iff it is a real
        // position (>= 0), not after the query nor past kv_length, and inside the window.
        const ValueId ring_size = d.splat_i32(static_cast<int32_t>(ring), {});
        const ValueId base = d.subtract(start, ring_size);
        const ValueId base_wide = d.broadcast_in_dim(base, score_shape, {});
        const ValueId key_index = d.iota(ElementType::kI32, score_shape, 3);
        const ValueId key_position = d.add(base_wide, key_index);
        const ValueId one = d.splat_i32(1, {t});
        const ValueId next = d.add(p[5], one);
        const ValueId length = d.broadcast_in_dim(p[6], {t}, {});
        const ValueId limit = d.minimum(next, length);
        const ValueId limit_wide = d.broadcast_in_dim(limit, score_shape, {1});
        const ValueId visible = d.compare(key_position, limit_wide, CompareDirection::kLt);
        const ValueId width = d.splat_i32(static_cast<int32_t>(attrs.window), {t});
        const ValueId earliest = d.subtract(next, width);
        const ValueId zero = d.splat_i32(0, {t});
        const ValueId first = d.maximum(earliest, zero);
        const ValueId first_wide = d.broadcast_in_dim(first, score_shape, {1});
        const ValueId recent = d.compare(key_position, first_wide, CompareDirection::kGe);
        const ValueId lowest = d.splat_f32(std::numeric_limits<float>::lowest(), score_shape);
        scores = d.select(recent, scores, lowest);
        const ValueId sink = attrs.sinks ? p[7] : kNoValue;
        return std::vector<ValueId>{attention_output(d, scores, visible, values_f32, sink)};
      })[0];
}

ValueId argmax(Builder& b, ValueId x) {
  const TensorType x_type = b.type(x);
  require(x_type.element == ElementType::kF32 && x_type.rank() == 2, kArgmaxName,
          "x must be f32 [R, V], got " + to_string(x_type));
  return emit_composite(b, kArgmaxName, {x}, {}, [&](Builder& d, const std::vector<ValueId>& p) {
    const int64_t vocab = x_type.shape[1];
    const std::vector<int64_t>& shape = x_type.shape;
    const ValueId minus_inf = d.splat_f32(-std::numeric_limits<float>::infinity(), {});
    const ValueId max = d.reduce(p[0], minus_inf, {1}, ReduceBody::kMaximum);
    const ValueId max_wide = d.broadcast_in_dim(max, shape, {0});
    const ValueId is_max = d.compare(p[0], max_wide, CompareDirection::kEq);
    const ValueId column = d.iota(ElementType::kI32, shape, 1);
    const ValueId past_end = d.splat_i32(static_cast<int32_t>(vocab), shape);
    const ValueId index = d.select(is_max, column, past_end);
    const ValueId init = d.splat_i32(static_cast<int32_t>(vocab), {});
    return std::vector<ValueId>{d.reduce(index, init, {1}, ReduceBody::kMinimum)};
  })[0];
}

}  // namespace mlxla::graph
