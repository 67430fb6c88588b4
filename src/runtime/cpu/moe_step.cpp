// mlxla.moe on the CPU: a serial routing step (the decomposition's softmax / top-k / weights,
// operation by operation), then the selected experts' gate and up projections and the
// activation, then their down projections and the weighted sum. Each expert is the stacked
// tensor's contiguous slice read in place by the quantized matmul kernel (only routed experts'
// rows are touched), with the tokens routed to it gathered into one block (prefill runs each
// expert once for all its tokens). Policy exact: equal to the reference interpretation bit for
// bit (the exact kernel sums every row in the canonical order whatever m is). Policy fast: each
// expert's rows are quantized to int8 once (serial steps before each projection step) and run
// through the fast kernel; judged by tolerance, independent of the thread count.
#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>
#include <memory>
#include <vector>

#include "graph/composites.h"
#include "runtime/cpu/fused_ops.h"
#include "runtime/cpu/thread_pool.h"

namespace mlxla::runtime::cpu {
namespace {

using graph::ElementType;

const graph::TensorType& value_type(const Plan& plan, int32_t v) {
  return plan.values[static_cast<size_t>(v)].type;
}

// The reference interpreter's reduce maximum (ops_contract.cpp float_body), so NaN and signed
// zero logits route bit for bit alike: the first NaN met (the accumulator's, else the operand's)
// is kept as it is, sign and payload; of +0 and -0, +0.
float nan_max(float acc, float x) {
  if (std::isnan(acc) || std::isnan(x)) return std::isnan(acc) ? acc : x;
  if (acc == x) return std::signbit(acc) ? x : acc;
  return acc > x ? acc : x;
}

// exp(v - max) / sum in place, as the decomposition's softmax_rows.
void softmax(float* v, int64_t n) {
  float max = -std::numeric_limits<float>::infinity();
  for (int64_t i = 0; i < n; ++i) max = nan_max(max, v[i]);
  float sum = 0.0f;
  for (int64_t i = 0; i < n; ++i) {
    v[i] = std::exp(v[i] - max);
    sum = sum + v[i];
  }
  for (int64_t i = 0; i < n; ++i) v[i] = v[i] / sum;
}

// What the routing step leaves for the expert steps of one run.
struct Routing {
  std::vector<float> weights;        // [T, k]
  std::vector<int64_t> row_of;       // [T, k]: the row of (t, j) in the grouped buffers
  std::vector<int64_t> group_begin;  // [E + 1]: expert e's rows are [begin[e], begin[e + 1])
  std::vector<float> x;              // [T*k, H] the routed tokens' inputs, grouped by expert
  std::vector<float> h;              // [T*k, I] gate outputs, then the activations
  std::vector<float> u;              // [T*k, I] up outputs
  std::vector<float> y;              // [T*k, H] down outputs
  // Policy fast: per expert, its rows of x (then of the activations) quantized to int8.
  std::vector<kernels::QuantizedActivations> xq, hq;
};

// Policy fast: every routed expert's block of rows (stride `width`) quantized for its kernel.
void quantize_groups(const Routing& r, const float* rows, int64_t width, int group,
                     std::vector<kernels::QuantizedActivations>& out) {
  out.resize(r.group_begin.size() - 1);
  for (size_t e = 0; e + 1 < r.group_begin.size(); ++e) {
    const int64_t m = r.group_begin[e + 1] - r.group_begin[e];
    if (m > 0) {
      kernels::quantize_activations(rows + r.group_begin[e] * width, m, width, width, group,
                                    &out[e]);
    }
  }
}

struct Layout {
  int64_t tokens = 0, hidden = 0, inter = 0, experts = 0, top_k = 0;
  graph::MoeAttrs attrs;
  kernels::Precision precision = kernels::Precision::kF32;
  DType scale_dtype = DType::kF32;
};

// Expert e's slice of a stacked projection [E, n, k] as a row-major packed matrix.
kernels::PackedWeight expert_slice(AddressTable addr, const FlatOp& fop, int first_operand,
                                   const Layout& l, int64_t e, int64_t n, int64_t k) {
  kernels::PackedWeight w;
  w.n = n;
  w.k = k;
  w.bits = l.attrs.bits;
  w.group_size = l.attrs.group_size;
  w.scale_dtype = l.scale_dtype;
  const int64_t row_bytes = k * l.attrs.bits / 8;
  const int64_t group_bytes =
      (k / l.attrs.group_size) * static_cast<int64_t>(dtype_size(w.scale_dtype));
  w.packed = addr[fop.operands[static_cast<size_t>(first_operand)]] + e * n * row_bytes;
  w.scales = addr[fop.operands[static_cast<size_t>(first_operand + 1)]] + e * n * group_bytes;
  w.biases = addr[fop.operands[static_cast<size_t>(first_operand + 2)]] + e * n * group_bytes;
  return w;
}

void route(AddressTable addr, const FlatOp& fop, const Layout& l, Routing& r) {
  const int64_t t_count = l.tokens, e_count = l.experts, k = l.top_k, hidden = l.hidden;
  std::vector<float> candidates(static_cast<size_t>(e_count));
  std::vector<bool> taken(static_cast<size_t>(e_count));
  std::vector<int64_t> chosen(static_cast<size_t>(t_count * k));
  r.weights.assign(static_cast<size_t>(t_count * k), 0.0f);
  for (int64_t t = 0; t < t_count; ++t) {
    std::memcpy(candidates.data(), addr[fop.operands[1]] + t * e_count * 4,
                static_cast<size_t>(e_count) * 4);
    if (l.attrs.routing == graph::MoeRouting::kSoftmaxTopK) softmax(candidates.data(), e_count);
    float* w = r.weights.data() + t * k;
    // As the decomposition: a taken expert is masked with -inf for the maximum AND excluded
    // from the index search, so a genuine -inf logit cannot select an expert twice.
    std::fill(taken.begin(), taken.end(), false);
    for (int64_t j = 0; j < k; ++j) {
      float max = -std::numeric_limits<float>::infinity();
      for (int64_t i = 0; i < e_count; ++i) max = nan_max(max, candidates[static_cast<size_t>(i)]);
      int64_t index = e_count;
      for (int64_t i = 0; i < e_count && index == e_count; ++i) {
        if (!taken[static_cast<size_t>(i)] && candidates[static_cast<size_t>(i)] == max) index = i;
      }
      if (index < e_count) {
        candidates[static_cast<size_t>(index)] = -std::numeric_limits<float>::infinity();
        taken[static_cast<size_t>(index)] = true;
      }
      w[j] = max;
      chosen[static_cast<size_t>(t * k + j)] = std::min(index, e_count - 1);  // the gather clamps
    }
    if (l.attrs.routing == graph::MoeRouting::kTopKSoftmax) {
      softmax(w, k);
    } else if (l.attrs.normalize) {
      float sum = 0.0f;
      for (int64_t j = 0; j < k; ++j) sum = sum + w[j];
      for (int64_t j = 0; j < k; ++j) w[j] = w[j] / sum;
    }
  }
  // Group the (token, j) rows by expert, tokens in order within an expert.
  r.group_begin.assign(static_cast<size_t>(e_count + 1), 0);
  for (int64_t c : chosen) ++r.group_begin[static_cast<size_t>(c + 1)];
  for (int64_t e = 0; e < e_count; ++e)
    r.group_begin[static_cast<size_t>(e + 1)] += r.group_begin[static_cast<size_t>(e)];
  std::vector<int64_t> next(r.group_begin.begin(), r.group_begin.end() - 1);
  r.row_of.assign(chosen.size(), 0);
  r.x.resize(static_cast<size_t>(t_count * k * hidden));
  for (int64_t t = 0; t < t_count; ++t) {
    for (int64_t j = 0; j < k; ++j) {
      const int64_t row = next[static_cast<size_t>(chosen[static_cast<size_t>(t * k + j)])]++;
      r.row_of[static_cast<size_t>(t * k + j)] = row;
      std::memcpy(r.x.data() + row * hidden, addr[fop.operands[0]] + t * hidden * 4,
                  static_cast<size_t>(hidden) * 4);
    }
  }
  r.h.resize(static_cast<size_t>(t_count * k * l.inter));
  r.u.resize(r.h.size());
  r.y.resize(r.x.size());
}

}  // namespace

Result<std::vector<Step>> compile_moe(const FlatOp& fop, const Plan& plan,
                                      const kernels::KernelContext& kctx, kernels::Policy policy) {
  const auto& attrs = std::get<graph::CompositeAttrs>(fop.op->attrs);
  MLXLA_ASSIGN_OR_RETURN(const graph::MoeAttrs typed, graph::decode_moe(attrs));
  if (fop.operands.size() != 11) return format_error("mlxla.moe: expected 11 operands");
  const auto& xt = value_type(plan, fop.operands[0]);
  const auto& gt = value_type(plan, fop.operands[2]);
  const auto& st = value_type(plan, fop.operands[3]);
  Layout l;
  l.attrs = typed;
  if (xt.element != ElementType::kF32 || xt.rank() != 2 || gt.rank() != 3) {
    return format_error("mlxla.moe: unexpected operand types");
  }
  l.tokens = xt.shape[0];
  l.hidden = xt.shape[1];
  l.experts = typed.experts;
  l.top_k = typed.top_k;
  l.inter = gt.shape[1];
  if (typed.precision == ElementType::kF16) l.precision = kernels::Precision::kF16;
  if (typed.precision == ElementType::kBF16) l.precision = kernels::Precision::kBF16;
  if (st.element == ElementType::kF16)
    l.scale_dtype = DType::kF16;
  else if (st.element == ElementType::kBF16)
    l.scale_dtype = DType::kBF16;
  else if (st.element != ElementType::kF32)
    return format_error("mlxla.moe: scales must be float");
  const int64_t words_in = l.hidden * typed.bits / 32, words_inter = l.inter * typed.bits / 32;
  const int64_t groups_in = l.hidden / typed.group_size, groups_inter = l.inter / typed.group_size;
  auto same = [&](int operand, std::vector<int64_t> shape) {
    return value_type(plan, fop.operands[static_cast<size_t>(operand)]).shape == shape;
  };
  if (value_type(plan, fop.operands[1]).shape != std::vector<int64_t>{l.tokens, l.experts} ||
      !same(2, {l.experts, l.inter, words_in}) || !same(3, {l.experts, l.inter, groups_in}) ||
      !same(4, {l.experts, l.inter, groups_in}) || !same(5, {l.experts, l.inter, words_in}) ||
      !same(6, {l.experts, l.inter, groups_in}) || !same(7, {l.experts, l.inter, groups_in}) ||
      !same(8, {l.experts, l.hidden, words_inter}) ||
      !same(9, {l.experts, l.hidden, groups_inter}) ||
      !same(10, {l.experts, l.hidden, groups_inter})) {
    return format_error("mlxla.moe: operand shapes do not match experts " +
                        std::to_string(l.experts) + ", hidden " + std::to_string(l.hidden) +
                        ", intermediate " + std::to_string(l.inter));
  }
  // The kernels' own checks, once, on expert 0's shapes.
  static const std::byte kDummy[1] = {};
  for (auto [n, k] : {std::pair{l.inter, l.hidden}, std::pair{l.hidden, l.inter}}) {
    kernels::PackedWeight check;
    check.n = n;
    check.k = k;
    check.bits = typed.bits;
    check.group_size = typed.group_size;
    check.scale_dtype = l.scale_dtype;
    check.packed = check.scales = check.biases = kDummy;
    MLXLA_RETURN_IF_ERROR(kernels::validate(check));
  }

  auto routing = std::make_shared<Routing>();
  std::vector<Step> steps;
  const bool fast = policy == kernels::Policy::kFast;
  // The fast GEMM tile is 32 rows: slices of n in multiples of 32 (docs/KERNELS.md).
  const int64_t align = fast ? 32 : 16;
  const int group = typed.group_size;
  steps.push_back(Step{false, [=](AddressTable addr, int, int) {
                         route(addr, fop, l, *routing);
                         if (fast) {
                           quantize_groups(*routing, routing->x.data(), l.hidden, group,
                                           routing->xq);
                         }
                       }});
  // Gate and up of every routed expert, split by intermediate rows; each thread then applies
  // silu(g) * u to the columns it computed.
  Step gate_up{true, [=](AddressTable addr, int tid, int threads) {
                 int64_t begin, end;
                 split_range(l.inter, tid, threads, align, &begin, &end);
                 if (begin >= end) return;
                 Routing& r = *routing;
                 for (int64_t e = 0; e < l.experts; ++e) {
                   const int64_t row0 = r.group_begin[static_cast<size_t>(e)];
                   const int64_t m = r.group_begin[static_cast<size_t>(e + 1)] - row0;
                   if (m == 0) continue;
                   const float* x = r.x.data() + row0 * l.hidden;
                   float* g = r.h.data() + row0 * l.inter;
                   float* u = r.u.data() + row0 * l.inter;
                   const auto gate_w = expert_slice(addr, fop, 2, l, e, l.inter, l.hidden);
                   const auto up_w = expert_slice(addr, fop, 5, l, e, l.inter, l.hidden);
                   if (fast) {
                     const auto& xq = r.xq[static_cast<size_t>(e)];
                     kernels::quantized_matmul_fast(kctx, xq, gate_w, g, l.inter, begin, end);
                     kernels::quantized_matmul_fast(kctx, xq, up_w, u, l.inter, begin, end);
                   } else {
                     kernels::quantized_matmul(kctx, x, m, l.hidden, gate_w, l.precision, g,
                                               l.inter, begin, end);
                     kernels::quantized_matmul(kctx, x, m, l.hidden, up_w, l.precision, u, l.inter,
                                               begin, end);
                   }
                   for (int64_t row = 0; row < m; ++row) {
                     for (int64_t i = begin; i < end; ++i) {
                       const float gv = g[row * l.inter + i];
                       const float activated = gv * (1.0f / (1.0f + std::exp(-gv)));
                       g[row * l.inter + i] = activated * u[row * l.inter + i];
                     }
                   }
                 }
               }};
  gate_up.chunks = matmul_chunks(l.inter);
  gate_up.needs_barrier = true;
  steps.push_back(std::move(gate_up));
  if (fast) {
    Step quantize_h{false, [=](AddressTable, int, int) {
                      quantize_groups(*routing, routing->h.data(), l.inter, group, routing->hq);
                    }};
    quantize_h.needs_barrier = true;
    steps.push_back(std::move(quantize_h));
  }
  // Down projections split by hidden columns; each thread then sums its columns over j.
  Step down{true, [=](AddressTable addr, int tid, int threads) {
              int64_t begin, end;
              split_range(l.hidden, tid, threads, align, &begin, &end);
              if (begin >= end) return;
              Routing& r = *routing;
              for (int64_t e = 0; e < l.experts; ++e) {
                const int64_t row0 = r.group_begin[static_cast<size_t>(e)];
                const int64_t m = r.group_begin[static_cast<size_t>(e + 1)] - row0;
                if (m == 0) continue;
                const auto down_w = expert_slice(addr, fop, 8, l, e, l.hidden, l.inter);
                float* y = r.y.data() + row0 * l.hidden;
                if (fast) {
                  kernels::quantized_matmul_fast(kctx, r.hq[static_cast<size_t>(e)], down_w, y,
                                                 l.hidden, begin, end);
                } else {
                  kernels::quantized_matmul(kctx, r.h.data() + row0 * l.inter, m, l.inter, down_w,
                                            l.precision, y, l.hidden, begin, end);
                }
              }
              auto* out = reinterpret_cast<float*>(addr[fop.results[0]]);
              for (int64_t t = 0; t < l.tokens; ++t) {
                const float* w = r.weights.data() + t * l.top_k;
                const int64_t* rows = r.row_of.data() + t * l.top_k;
                for (int64_t c = begin; c < end; ++c) {
                  float acc = 0.0f;
                  for (int64_t j = 0; j < l.top_k; ++j) {
                    const float weighted = r.y[static_cast<size_t>(rows[j] * l.hidden + c)] * w[j];
                    acc = acc + weighted;
                  }
                  out[t * l.hidden + c] = acc;
                }
              }
            }};
  down.chunks = matmul_chunks(l.hidden);
  down.needs_barrier = true;
  steps.push_back(std::move(down));
  return steps;
}

}  // namespace mlxla::runtime::cpu
