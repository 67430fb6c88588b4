// mlxla.moe: routed experts (mlx-lm's router + SwitchGLU) as one composite, its typed attributes
// and its decomposition in plain StableHLO (see composites.h for the contract).
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <limits>
#include <string>

#include "graph/composite_emit.h"
#include "graph/composites.h"

namespace mlxla::graph {
namespace {

void require(bool condition, const std::string& message) {
  if (condition) return;
  std::fprintf(stderr, "[mlxla.moe] %s\n", message.c_str());
  std::abort();
}

std::string_view routing_name(MoeRouting routing) {
  return routing == MoeRouting::kSoftmaxTopK ? "softmax_topk" : "topk_softmax";
}

// Softmax along the last dim of [R, C]: exp(v - max) / sum, both reductions sequential.
ValueId softmax_rows(Builder& d, ValueId v) {
  const std::vector<int64_t> shape = d.shape(v);
  const ValueId minus_inf = d.splat_f32(-std::numeric_limits<float>::infinity(), {});
  const ValueId max = d.reduce(v, minus_inf, {1}, ReduceBody::kMaximum);
  const ValueId max_wide = d.broadcast_in_dim(max, shape, {0});
  const ValueId e = d.exponential(d.subtract(v, max_wide));
  const ValueId zero = d.splat_f32(0.0f, {});
  const ValueId sum = d.reduce(e, zero, {1}, ReduceBody::kAdd);
  const ValueId sum_wide = d.broadcast_in_dim(sum, shape, {0});
  return d.divide(e, sum_wide);
}

// Expert rows of a stacked [E, N, C] tensor for each of the R flat indices [R, 1] -> [R, N, C].
ValueId gather_experts(Builder& d, ValueId stacked, ValueId indices) {
  const std::vector<int64_t> shape = d.shape(stacked);
  GatherAttrs attrs;
  attrs.offset_dims = {1, 2};
  attrs.collapsed_slice_dims = {0};
  attrs.start_index_map = {0};
  attrs.index_vector_dim = 1;
  attrs.slice_sizes = {1, shape[1], shape[2]};
  return d.gather(stacked, indices, attrs);
}

// x [R, K] . W_r^T for each r, W [R, N, K] -> [R, N]: both narrowed to `precision`, a batched
// dot_general (canonical order along K, as every contraction).
ValueId batched_dot(Builder& d, ValueId x, ValueId w, ElementType precision) {
  const ValueId lhs = convert_to(d, x, precision);
  const ValueId rhs = convert_to(d, w, precision);
  DotGeneralAttrs dims;
  dims.lhs_batching_dims = {0};
  dims.rhs_batching_dims = {0};
  dims.lhs_contracting_dims = {1};
  dims.rhs_contracting_dims = {2};
  return d.dot_general(lhs, rhs, dims);
}

// One stacked expert projection's operands inside the composite.
struct ExpertOperands {
  ValueId packed = kNoValue, scales = kNoValue, biases = kNoValue, bias = kNoValue;
};

// The selected experts' projection of x [R, K]: gather, dequantize, batched dot -> [R, N], then
// (expert_bias) the experts' bias rows added.
// table[bytes] for ui8 bytes [R, G] -> f32 [R, G]: a gather of single elements of the table.
ValueId lookup(Builder& d, ValueId bytes, std::span<const float> table) {
  const std::vector<int64_t> shape = d.shape(bytes);
  const ValueId wide = d.convert(bytes, ElementType::kI32);
  const ValueId indices = d.reshape(wide, {shape[0], shape[1], 1});
  return detail::lookup_table(d, table, indices);
}

ValueId expert_projection(Builder& d, ValueId x, const ExpertOperands& e, ValueId indices,
                          const MoeAttrs& a, std::span<const float> code_values,
                          std::span<const float> scale_values) {
  const int64_t rows = d.shape(indices)[0];
  const int64_t n = d.shape(e.packed)[1], words = d.shape(e.packed)[2];
  const int64_t groups = d.shape(e.scales)[2], k = d.shape(x)[1];
  const ValueId w = d.reshape(gather_experts(d, e.packed, indices), {rows * n, words});
  const ValueId s = d.reshape(gather_experts(d, e.scales, indices), {rows * n, groups});
  ValueId dense;
  if (a.fp) {
    dense = fp_dequantize(d, w, lookup(d, s, scale_values), a.bits, a.group_size, code_values);
  } else {
    const ValueId z = d.reshape(gather_experts(d, e.biases, indices), {rows * n, groups});
    dense = dequantize(d, w, s, z, a.bits, a.group_size);
  }
  const ValueId y = batched_dot(d, x, d.reshape(dense, {rows, n, k}), a.precision);
  if (!a.expert_bias) return y;
  GatherAttrs attrs;
  attrs.offset_dims = {1};
  attrs.collapsed_slice_dims = {0};
  attrs.start_index_map = {0};
  attrs.index_vector_dim = 1;
  attrs.slice_sizes = {1, n};
  const ValueId bias_rows = d.gather(e.bias, indices, attrs);  // [R, N]
  return d.add(y, bias_rows);
}

// gpt_oss.py's swiglu(x_linear = up, x_glu = gate): g' = min(g, limit), u' = clip(u, -limit,
// limit), (g' * logistic(alpha * g')) * (u' + 1), in that order.
ValueId clamped_swiglu(Builder& d, ValueId gate, ValueId up, const MoeAttrs& a) {
  const std::vector<int64_t> shape = d.shape(gate);
  const ValueId limit = d.splat_f32(static_cast<float>(a.swiglu_limit), shape);
  const ValueId minus_limit = d.splat_f32(static_cast<float>(-a.swiglu_limit), shape);
  const ValueId g = d.minimum(gate, limit);
  const ValueId u_low = d.maximum(up, minus_limit);
  const ValueId u = d.minimum(u_low, limit);
  const ValueId alpha = d.splat_f32(static_cast<float>(a.swiglu_alpha), shape);
  const ValueId scaled = d.multiply(alpha, g);
  const ValueId sig = d.logistic(scaled);
  const ValueId glu = d.multiply(g, sig);
  const ValueId one = d.splat_f32(1.0f, shape);
  const ValueId linear = d.add(u, one);
  return d.multiply(glu, linear);
}

std::vector<ValueId> decompose(Builder& d, const std::vector<ValueId>& p, const MoeAttrs& a,
                               std::span<const float> code_values,
                               std::span<const float> scale_values) {
  const int64_t t = d.shape(p[0])[0], hidden = d.shape(p[0])[1];
  const int64_t e = a.experts, k = a.top_k;
  const std::vector<int64_t> te = {t, e};
  // 1-2: candidates, then k rounds of (max, lowest index not yet taken holding it, mask it
  // out). `open` holds each column's index until taken, then E: masking with -inf alone would
  // let a genuine -inf logit tie with taken ones and pick an expert twice (mlx's argpartition
  // gives distinct indices).
  ValueId candidates = a.routing == MoeRouting::kSoftmaxTopK ? softmax_rows(d, p[1]) : p[1];
  const ValueId column = d.iota(ElementType::kI32, te, 1);
  const ValueId past_end = d.splat_i32(static_cast<int32_t>(e), te);
  const ValueId minus_inf_wide = d.splat_f32(-std::numeric_limits<float>::infinity(), te);
  ValueId open = column;
  std::vector<ValueId> values, indices;
  for (int64_t j = 0; j < k; ++j) {
    const ValueId minus_inf = d.splat_f32(-std::numeric_limits<float>::infinity(), {});
    const ValueId max = d.reduce(candidates, minus_inf, {1}, ReduceBody::kMaximum);
    const ValueId max_wide = d.broadcast_in_dim(max, te, {0});
    const ValueId is_max = d.compare(candidates, max_wide, CompareDirection::kEq);
    const ValueId index_or_end = d.select(is_max, open, past_end);
    const ValueId init = d.splat_i32(static_cast<int32_t>(e), {});
    const ValueId index = d.reduce(index_or_end, init, {1}, ReduceBody::kMinimum);
    const ValueId index_wide = d.broadcast_in_dim(index, te, {0});
    const ValueId taken = d.compare(column, index_wide, CompareDirection::kEq);
    candidates = d.select(taken, minus_inf_wide, candidates);
    open = d.select(taken, past_end, open);
    values.push_back(d.reshape(max, {t, 1}));
    indices.push_back(d.reshape(index, {t, 1}));
  }
  ValueId weights = k == 1 ? values[0] : d.concatenate(values, 1);  // [T, k]
  const ValueId chosen = k == 1 ? indices[0] : d.concatenate(indices, 1);
  // 3: the weights.
  if (a.routing == MoeRouting::kTopKSoftmax) {
    weights = softmax_rows(d, weights);
  } else if (a.normalize) {
    const ValueId zero = d.splat_f32(0.0f, {});
    const ValueId sum = d.reduce(weights, zero, {1}, ReduceBody::kAdd);
    const ValueId sum_wide = d.broadcast_in_dim(sum, {t, k}, {0});
    weights = d.divide(weights, sum_wide);
  }
  // 4: each (token, j) row runs its expert.
  const int64_t rows = t * k;
  const ValueId flat = d.reshape(chosen, {rows, 1});
  const ValueId x_wide = d.broadcast_in_dim(p[0], {t, k, hidden}, {0, 2});
  const ValueId x_rows = d.reshape(x_wide, {rows, hidden});
  // Operands: per projection packed, scales (, biases when affine); then the bias vectors.
  const size_t per = a.fp ? 2 : 3;
  ExpertOperands projections[3];
  for (size_t i = 0; i < 3; ++i) {
    projections[i].packed = p[2 + per * i];
    projections[i].scales = p[3 + per * i];
    if (!a.fp) projections[i].biases = p[4 + per * i];
    if (a.expert_bias) projections[i].bias = p[2 + per * 3 + i];
  }
  const ValueId gate =
      expert_projection(d, x_rows, projections[0], flat, a, code_values, scale_values);
  ValueId h;
  if (a.activation == "swiglu_clamped") {
    const ValueId up =
        expert_projection(d, x_rows, projections[1], flat, a, code_values, scale_values);
    h = clamped_swiglu(d, gate, up, a);
  } else {
    const ValueId activated = d.multiply(gate, d.logistic(gate));
    const ValueId up =
        expert_projection(d, x_rows, projections[1], flat, a, code_values, scale_values);
    h = d.multiply(activated, up);
  }
  const ValueId y =
      expert_projection(d, h, projections[2], flat, a, code_values, scale_values);  // [T*k, H]
  // 5: weighted sum over j, in order.
  const ValueId w_rows = d.reshape(weights, {rows});
  const ValueId w_wide = d.broadcast_in_dim(w_rows, {rows, hidden}, {0});
  const ValueId weighted = d.reshape(d.multiply(y, w_wide), {t, k, hidden});
  const ValueId zero = d.splat_f32(0.0f, {});
  return {d.reduce(weighted, zero, {1}, ReduceBody::kAdd)};
}

}  // namespace

AttributeMap encode(const MoeAttrs& a) {
  AttributeMap out = {{"experts", a.experts},
                      {"top_k", a.top_k},
                      {"routing", std::string(routing_name(a.routing))},
                      {"activation", a.activation},
                      {"bits", int64_t{a.bits}},
                      {"group_size", int64_t{a.group_size}},
                      {"precision", std::string(element_name(a.precision))}};
  if (a.routing == MoeRouting::kSoftmaxTopK) out["normalize"] = a.normalize;
  if (a.activation == "swiglu_clamped") {
    out["swiglu_alpha"] = a.swiglu_alpha;
    out["swiglu_limit"] = a.swiglu_limit;
  }
  if (a.fp) out["format"] = std::string("fp");
  if (a.fp && a.e4m3_scales) out["scale_format"] = std::string("e4m3");
  if (a.expert_bias) out["expert_bias"] = true;
  return out;
}

Result<MoeAttrs> decode_moe(const CompositeAttrs& c) {
  if (c.name != kMoeName) return invalid_argument("composite " + c.name + " decoded as mlxla.moe");
  auto error = [&](const std::string& key, const std::string& what) {
    return invalid_argument(c.name + ": attribute '" + key + "' " + what);
  };
  auto get = [&]<typename T>(const std::string& key, T* out) -> Status {
    const auto it = c.attributes.find(key);
    if (it == c.attributes.end()) return error(key, "is missing");
    const T* value = std::get_if<T>(&it->second);
    if (value == nullptr) return error(key, "has the wrong type");
    *out = *value;
    return Status::Ok();
  };
  MoeAttrs a;
  int64_t bits = 0, group = 0;
  std::string routing, precision;
  MLXLA_RETURN_IF_ERROR(get(std::string("experts"), &a.experts));
  MLXLA_RETURN_IF_ERROR(get(std::string("top_k"), &a.top_k));
  MLXLA_RETURN_IF_ERROR(get(std::string("routing"), &routing));
  MLXLA_RETURN_IF_ERROR(get(std::string("activation"), &a.activation));
  MLXLA_RETURN_IF_ERROR(get(std::string("bits"), &bits));
  MLXLA_RETURN_IF_ERROR(get(std::string("group_size"), &group));
  MLXLA_RETURN_IF_ERROR(get(std::string("precision"), &precision));
  if (a.experts <= 0) return error("experts", "must be positive");
  if (a.top_k <= 0 || a.top_k > a.experts)
    return error("top_k", "must be in 1..experts (" + std::to_string(a.experts) + "), got " +
                              std::to_string(a.top_k));
  if (routing == "softmax_topk") {
    a.routing = MoeRouting::kSoftmaxTopK;
    MLXLA_RETURN_IF_ERROR(get(std::string("normalize"), &a.normalize));
  } else if (routing == "topk_softmax") {
    a.routing = MoeRouting::kTopKSoftmax;
  } else {
    return error("routing", "must be softmax_topk or topk_softmax, got '" + routing + "'");
  }
  if (a.activation == "swiglu_clamped") {
    MLXLA_RETURN_IF_ERROR(get(std::string("swiglu_alpha"), &a.swiglu_alpha));
    MLXLA_RETURN_IF_ERROR(get(std::string("swiglu_limit"), &a.swiglu_limit));
    if (!(a.swiglu_limit > 0) || !std::isfinite(a.swiglu_alpha))
      return error("swiglu_limit", "must be positive (and swiglu_alpha finite)");
  } else if (a.activation != "silu") {
    return error("activation", "must be silu or swiglu_clamped, got '" + a.activation + "'");
  }
  if (const auto it = c.attributes.find("format"); it != c.attributes.end()) {
    const std::string* format = std::get_if<std::string>(&it->second);
    if (format == nullptr || (*format != "fp" && *format != "affine"))
      return error("format", "must be affine or fp");
    a.fp = *format == "fp";
  }
  if (const auto it = c.attributes.find("expert_bias"); it != c.attributes.end()) {
    const bool* flag = std::get_if<bool>(&it->second);
    if (flag == nullptr) return error("expert_bias", "has the wrong type");
    a.expert_bias = *flag;
  }
  if (const auto it = c.attributes.find("scale_format"); it != c.attributes.end()) {
    const std::string* format = std::get_if<std::string>(&it->second);
    if (format == nullptr || (*format != "e8m0" && *format != "e4m3"))
      return error("scale_format", "must be e8m0 or e4m3");
    if (!a.fp) return error("scale_format", "is only allowed with format fp");
    a.e4m3_scales = *format == "e4m3";
  }
  if (a.fp && a.e4m3_scales) {
    if (bits != 4)
      return error("bits", "must be 4 (nvfp4: E4M3 scales), got " + std::to_string(bits));
    if (group != 16)
      return error("group_size",
                   "must be 16 (nvfp4: E4M3 scales per 16), got " + std::to_string(group));
  } else if (a.fp) {
    if (bits != 4 && bits != 8)
      return error("bits", "must be 4 or 8 (fp), got " + std::to_string(bits));
    if (group != 32) return error("group_size", "must be 32 (fp: E8M0 scales per 32)");
  } else {
    if (bits < 2 || bits > 8) return error("bits", "must be in 2..8, got " + std::to_string(bits));
    if (group <= 0 || group % 32 != 0)
      return error("group_size", "must be a positive multiple of 32");
  }
  a.bits = static_cast<int>(bits);
  a.group_size = static_cast<int>(group);
  if (precision == "f32")
    a.precision = ElementType::kF32;
  else if (precision == "f16")
    a.precision = ElementType::kF16;
  else if (precision == "bf16")
    a.precision = ElementType::kBF16;
  else
    return error("precision", "must be f32, f16 or bf16, got '" + precision + "'");
  return a;
}

ValueId moe(Builder& b, ValueId x, ValueId logits, const ExpertWeights& gate,
            const ExpertWeights& up, const ExpertWeights& down, const MoeAttrs& attrs,
            std::span<const float> code_values, std::span<const float> scale_values) {
  const TensorType xt = b.type(x);
  require(xt.element == ElementType::kF32 && xt.rank() == 2,
          "x must be f32 [T, H], got " + to_string(xt));
  const int64_t t = xt.shape[0], hidden = xt.shape[1], e = attrs.experts;
  require(b.type(logits) == TensorType{ElementType::kF32, {t, e}},
          "logits must be f32 [T, E], got " + to_string(b.type(logits)));
  require(attrs.top_k >= 1 && attrs.top_k <= e, "top_k must be in 1..experts");
  require(attrs.activation == "silu" || attrs.activation == "swiglu_clamped",
          "activation must be silu or swiglu_clamped");
  require(!attrs.fp || code_values.size() == (size_t{1} << attrs.bits),
          "fp experts need a code table of 2^bits entries");
  require(!attrs.fp || scale_values.size() == 256, "fp experts need the 256 scale values");
  require(!attrs.e4m3_scales || (attrs.fp && attrs.bits == 4 && attrs.group_size == 16),
          "E4M3 scales (nvfp4) need format fp, bits 4 and group_size 16");
  const std::vector<int64_t>& gs = b.shape(gate.packed);
  require(gs.size() == 3 && gs[0] == e && gs[2] * 32 == hidden * attrs.bits,
          "gate must be u32 [E, I, H*bits/32], got " + to_string(b.type(gate.packed)));
  const int64_t inter = gs[1];
  const std::vector<int64_t> up_shape = b.shape(up.packed), down_shape = b.shape(down.packed);
  require(up_shape == gs, "up must match gate");
  require(down_shape == std::vector<int64_t>{e, hidden, inter * attrs.bits / 32},
          "down must be u32 [E, H, I*bits/32], got " + to_string(b.type(down.packed)));
  std::vector<ValueId> operands = {x, logits};
  for (const ExpertWeights* w : {&gate, &up, &down}) {
    operands.push_back(w->packed);
    operands.push_back(w->scales);
    if (!attrs.fp) operands.push_back(w->biases);
    if (attrs.fp) {
      const std::vector<int64_t>& ps = b.shape(w->packed);
      require(
          b.type(w->scales) ==
              TensorType{ElementType::kU8, {e, ps[1], ps[2] * 32 / attrs.bits / attrs.group_size}},
          "fp expert scales must be ui8 [E, N, K/group], got " + to_string(b.type(w->scales)));
    }
  }
  if (attrs.expert_bias) {
    for (const ExpertWeights* w : {&gate, &up, &down}) {
      const int64_t rows = b.shape(w->packed)[1];
      require(b.type(w->bias) == TensorType{ElementType::kF32, {e, rows}},
              "expert biases must be f32 [E, out], got " + to_string(b.type(w->bias)));
      operands.push_back(w->bias);
    }
  }
  const std::vector<float> table(code_values.begin(), code_values.end());
  const std::vector<float> scale_table(scale_values.begin(), scale_values.end());
  return detail::emit_composite(b, kMoeName, std::move(operands), encode(attrs),
                                [&](Builder& d, const std::vector<ValueId>& p) {
                                  return decompose(d, p, attrs, table, scale_table);
                                })[0];
}

}  // namespace mlxla::graph
