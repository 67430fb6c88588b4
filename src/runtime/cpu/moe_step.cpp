// mlxla.moe on the CPU: a serial routing step (the decomposition's softmax / top-k / weights,
// operation by operation), then the selected experts' gate and up projections and the
// activation, then their down projections, then the weighted sum. Each expert is the stacked
// tensor's contiguous slice read in place by the quantized matmul kernel (only routed experts'
// rows are touched), with the tokens routed to it gathered into one block (prefill runs each
// expert once for all its tokens). The projection steps' parts are (routed expert, slice of
// ~256 rows; one token: whole experts) units, so one kernel call streams a long contiguous run
// of one expert's rows. Policy exact: equal to the reference interpretation bit for bit (the
// exact kernel sums every row in the canonical order whatever m and the row range). Policy fast:
// each expert's rows are quantized to int8 once (parallel steps over the experts before each
// projection step; one token: its row once for all experts, and each expert's activations at the
// end of its gate/up unit) and run through the fast kernel; judged by tolerance, independent of
// the thread count.
// fp-mode experts (format fp: E2M1/E4M3 codes, ui8 E8M0 scales - E4M3 per 16 for nvfp4 - read in
// place) decode tiles of the
// routed expert's rows (code table value times scale, as the decomposition's fp_dequantize) and
// run the dense kernel on them: bitwise the reference interpretation under both policies.
// Expert biases (gpt_oss) are added to each projection's output, and the clamped SwiGLU
// replaces silu(g) * u, operation by operation as the decomposition writes them.
#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>
#include <memory>
#include <vector>

#include "graph/composites.h"
#include "quant/fp_modes.h"
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
  std::vector<int64_t> active;       // the routed experts (rows > 0), in index order
  std::vector<float> x;              // [T*k, H] the routed tokens' inputs, grouped by expert
  std::vector<float> h;              // [T*k, I] gate outputs, then the activations
  std::vector<float> u;              // [T*k, I] up outputs
  std::vector<float> y;              // [T*k, H] down outputs
  // Policy fast: per expert, its rows of x (then of the activations) quantized to int8. One
  // token (decode): every routed expert's input is that token's row, quantized once into xq[0].
  std::vector<kernels::QuantizedActivations> xq, hq;
};

// Policy fast: the routed experts active[a] for a in [a_begin, a_end): each one's block of rows
// (stride `width`) quantized for its kernel. A block's quantization depends on its rows only, so
// any split of the experts between parts gives the same bytes.
void quantize_groups(Routing& r, const float* rows, int64_t width, int group, int64_t a_begin,
                     int64_t a_end, std::vector<kernels::QuantizedActivations>& out) {
  for (int64_t a = a_begin; a < a_end && a < static_cast<int64_t>(r.active.size()); ++a) {
    const int64_t e = r.active[static_cast<size_t>(a)];
    const int64_t row0 = r.group_begin[static_cast<size_t>(e)];
    const int64_t m = r.group_begin[static_cast<size_t>(e + 1)] - row0;
    kernels::quantize_activations(rows + row0 * width, m, width, width, group,
                                  &out[static_cast<size_t>(e)]);
  }
}

// Rows of one projection per part of the expert steps: a part runs one routed expert on a
// slice of about this many output rows (about 256 KB of 4-bit codes for Qwen3-30B-A3B's
// projections), so each kernel call streams one long contiguous run of an expert's rows.
constexpr int64_t kSliceRows = 256;

// Policy fast: up to this many routed rows are quantized serially in the routing step.
constexpr int64_t kSerialQuantizeRows = 64;

int64_t slices_of(int64_t n) {
  return std::max<int64_t>(1, (n + kSliceRows - 1) / kSliceRows);
}

// The units [u_begin, u_end) that part `part` of `parts` runs, of `units` in all.
void part_units(int64_t units, int part, int parts, int64_t* u_begin, int64_t* u_end) {
  *u_begin = units * part / parts;
  *u_end = units * (part + 1) / parts;
}

struct Layout {
  int64_t tokens = 0, hidden = 0, inter = 0, experts = 0, top_k = 0;
  graph::MoeAttrs attrs;
  kernels::Precision precision = kernels::Precision::kF32;
  DType scale_dtype = DType::kF32;
  int per = 3;                      // operands per projection: packed, scales (, biases)
  std::vector<float> code_values;   // fp: the code table
  std::vector<float> scale_values;  // fp: the 256 E8M0 (or nvfp4: E4M3) values of the scales
  int first(int projection) const { return 2 + per * projection; }
  int bias_operand(int projection) const { return 2 + per * 3 + projection; }
};

// Rows decoded per dense_matmul call for fp experts (as fp_dot.cpp).
constexpr int64_t kFpTileRows = 16;

// fp experts: y[:, begin:end) = x [m, k] . W_e[begin:end)^T, W_e's rows decoded (table[code] *
// scale, the decomposition's fp_dequantize) tile by tile and run through the dense kernel.
void fp_expert_matmul(const kernels::KernelContext& kctx, AddressTable addr, const FlatOp& fop,
                      int first_operand, const Layout& l, int64_t e, int64_t n, int64_t k,
                      const float* x, int64_t m, float* y, int64_t begin, int64_t end) {
  const int bits = l.attrs.bits, group = l.attrs.group_size;
  const int64_t row_bytes = k * bits / 8, groups = k / group;
  const std::byte* codes =
      addr[fop.operands[static_cast<size_t>(first_operand)]] + e * n * row_bytes;
  const std::byte* scales =
      addr[fop.operands[static_cast<size_t>(first_operand + 1)]] + e * n * groups;
  thread_local std::vector<float> tile;
  tile.resize(static_cast<size_t>(kFpTileRows * k));
  const float* table = l.code_values.data();
  for (int64_t r0 = begin; r0 < end; r0 += kFpTileRows) {
    const int64_t rows = std::min(kFpTileRows, end - r0);
    for (int64_t r = 0; r < rows; ++r) {
      const std::byte* row = codes + (r0 + r) * row_bytes;
      const std::byte* srow = scales + (r0 + r) * groups;
      float* out = tile.data() + r * k;
      for (int64_t g = 0; g < groups; ++g) {
        const float scale = l.scale_values[static_cast<uint8_t>(srow[g])];
        for (int64_t j = g * group; j < (g + 1) * group; ++j) {
          const auto byte = static_cast<uint8_t>(row[bits == 4 ? j / 2 : j]);
          const uint8_t code =
              bits == 8 ? byte : static_cast<uint8_t>(j % 2 ? byte >> 4 : byte & 15);
          out[j] = table[code] * scale;
        }
      }
    }
    const kernels::DenseWeight weight{reinterpret_cast<const std::byte*>(tile.data()), DType::kF32,
                                      rows, k};
    kernels::dense_matmul(kctx, x, m, k, weight, l.precision, y + r0, n, 0, rows);
  }
}

// y[row, begin:end) += bias_e[begin:end) for the m rows of expert e (expert_bias).
void add_expert_bias(AddressTable addr, const FlatOp& fop, const Layout& l, int projection,
                     int64_t e, int64_t n, float* y, int64_t m, int64_t begin, int64_t end) {
  if (!l.attrs.expert_bias) return;
  const auto* bias = reinterpret_cast<const float*>(
                         addr[fop.operands[static_cast<size_t>(l.bias_operand(projection))]]) +
                     e * n;
  for (int64_t row = 0; row < m; ++row) {
    for (int64_t i = begin; i < end; ++i) y[row * n + i] = y[row * n + i] + bias[i];
  }
}

// The decomposition's minimum / maximum (the reference interpreter's: NaN kept).
float nan_min(float a, float b) {
  if (std::isnan(a)) return a;
  if (std::isnan(b)) return b;
  if (a == b) return std::signbit(a) ? a : b;
  return a < b ? a : b;
}

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

// Rows the matvec does not prefetch itself at the start of a call (it prefetches 8 rows ahead).
constexpr int64_t kPrefetchRows = 8;

// Asks for the first kPrefetchRows rows of [begin, end) of expert e's affine projection (codes,
// scales, biases) into L2 before the call before the one that reads them, so that call does
// not start its stream cold. Prefetching never changes a result.
void prefetch_rows(AddressTable addr, const FlatOp& fop, const Layout& l, int projection, int64_t e,
                   int64_t n, int64_t k, int64_t begin, int64_t end) {
  if (l.attrs.fp || begin >= end) return;
  const auto w = expert_slice(addr, fop, l.first(projection), l, e, n, k);
  const int64_t rows = std::min(end - begin, kPrefetchRows);
  const int64_t row_bytes = k * l.attrs.bits / 8;
  const int64_t group_bytes =
      (k / l.attrs.group_size) * static_cast<int64_t>(dtype_size(l.scale_dtype));
  auto ask = [](const std::byte* p, int64_t bytes) {
    for (int64_t b = 0; b < bytes; b += 64) __builtin_prefetch(p + b, 0, 2);
  };
  ask(w.packed + begin * row_bytes, rows * row_bytes);
  ask(w.scales + begin * group_bytes, rows * group_bytes);
  ask(w.biases + begin * group_bytes, rows * group_bytes);
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
  r.active.clear();
  for (int64_t e = 0; e < e_count; ++e) {
    if (r.group_begin[static_cast<size_t>(e + 1)] > r.group_begin[static_cast<size_t>(e)])
      r.active.push_back(e);
  }
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

// One projection of expert e's m grouped rows, output columns [begin, end) of y [m, n]: fp
// experts decode tiles and run the dense kernel, affine ones the packed kernel on the int8 rows
// `xq` (policy fast) or on x [m, k] (exact); then the expert's bias (gpt_oss). The gate, up and
// down steps all go through here.
void expert_projection(const kernels::KernelContext& kctx, AddressTable addr, const FlatOp& fop,
                       const Layout& l, int projection, int64_t e, int64_t n, int64_t k,
                       const float* x, const kernels::QuantizedActivations* xq, int64_t m, float* y,
                       int64_t begin, int64_t end) {
  if (l.attrs.fp) {
    fp_expert_matmul(kctx, addr, fop, l.first(projection), l, e, n, k, x, m, y, begin, end);
  } else {
    const auto w = expert_slice(addr, fop, l.first(projection), l, e, n, k);
    if (xq != nullptr) {
      kernels::quantized_matmul_fast(kctx, *xq, w, y, n, begin, end);
    } else {
      kernels::quantized_matmul(kctx, x, m, k, w, l.precision, y, n, begin, end);
    }
  }
  add_expert_bias(addr, fop, l, projection, e, n, y, m, begin, end);
}

}  // namespace

bool moe_has_fused_kernel(const graph::CompositeAttrs& attrs) {
  const auto typed = graph::decode_moe(attrs);
  // Undecodable attributes: compile_moe reports them.
  return !typed.ok() || !typed->fp || typed->bits == 4 || typed->bits == 8;
}

Result<std::vector<Step>> compile_moe(const FlatOp& fop, const Plan& plan,
                                      const kernels::KernelContext& kctx, kernels::Policy policy) {
  const auto& attrs = std::get<graph::CompositeAttrs>(fop.op->attrs);
  MLXLA_ASSIGN_OR_RETURN(const graph::MoeAttrs typed, graph::decode_moe(attrs));
  Layout l;
  l.attrs = typed;
  l.per = typed.fp ? 2 : 3;
  const size_t operand_count = static_cast<size_t>(2 + 3 * l.per + (typed.expert_bias ? 3 : 0));
  if (fop.operands.size() != operand_count)
    return format_error("mlxla.moe: expected " + std::to_string(operand_count) + " operands");
  if (typed.fp) {
    l.code_values = quant::fp_code_values(typed.bits);
    l.scale_values = quant::fp_scale_values(quant::fp_mode_of(typed.bits, typed.e4m3_scales));
  }
  const auto& xt = value_type(plan, fop.operands[0]);
  const auto& gt = value_type(plan, fop.operands[2]);
  const auto& st = value_type(plan, fop.operands[3]);
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
  if (typed.fp) {
    if (st.element != ElementType::kU8) return format_error("mlxla.moe: fp scales must be ui8");
  } else if (st.element == ElementType::kF16) {
    l.scale_dtype = DType::kF16;
  } else if (st.element == ElementType::kBF16) {
    l.scale_dtype = DType::kBF16;
  } else if (st.element != ElementType::kF32) {
    return format_error("mlxla.moe: scales must be float");
  }
  const int64_t words_in = l.hidden * typed.bits / 32, words_inter = l.inter * typed.bits / 32;
  const int64_t groups_in = l.hidden / typed.group_size, groups_inter = l.inter / typed.group_size;
  auto same = [&](int operand, std::vector<int64_t> shape) {
    return value_type(plan, fop.operands[static_cast<size_t>(operand)]).shape == shape;
  };
  bool shapes_ok =
      value_type(plan, fop.operands[1]).shape == std::vector<int64_t>{l.tokens, l.experts};
  for (int projection = 0; projection < 3; ++projection) {
    const bool down_projection = projection == 2;
    const int64_t n = down_projection ? l.hidden : l.inter;
    const int64_t words = down_projection ? words_inter : words_in;
    const int64_t groups = down_projection ? groups_inter : groups_in;
    const int first = l.first(projection);
    shapes_ok = shapes_ok && same(first, {l.experts, n, words}) &&
                same(first + 1, {l.experts, n, groups}) &&
                (typed.fp || same(first + 2, {l.experts, n, groups})) &&
                (!typed.expert_bias || same(l.bias_operand(projection), {l.experts, n}));
  }
  if (!shapes_ok) {
    return format_error("mlxla.moe: operand shapes do not match experts " +
                        std::to_string(l.experts) + ", hidden " + std::to_string(l.hidden) +
                        ", intermediate " + std::to_string(l.inter));
  }
  // The kernels' own checks, once, on expert 0's shapes (affine: the packed kernel's).
  static const std::byte kDummy[1] = {};
  for (auto [n, k] : {std::pair{l.inter, l.hidden}, std::pair{l.hidden, l.inter}}) {
    if (typed.fp) {
      if (k % typed.group_size != 0 || k * typed.bits % 32 != 0)
        return format_error("mlxla.moe: fp experts' inputs do not fill whole groups");
      continue;
    }
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
  // fp experts run the dense kernel on decoded rows under both policies (as fp_quantized_dot).
  const bool fast = policy == kernels::Policy::kFast && !typed.fp;
  // The fast GEMM tile is 32 rows: slices of n in multiples of 32 (docs/KERNELS.md).
  const int64_t align = fast ? 32 : 16;
  const int group = typed.group_size;
  // At most this many experts are routed to in one run: the expert steps' parts are (routed
  // expert, slice of rows) units, the ones past the run's routed count empty.
  const int64_t max_active = std::min(l.experts, l.tokens * l.top_k);
  const int64_t inter_slices = slices_of(l.inter), hidden_slices = slices_of(l.hidden);
  // Policy fast: the routed inputs are quantized in the routing step when there are few (a
  // decode step: k copies of one row, less work than a wait), else in a parallel step.
  const bool parallel_xq = l.tokens * l.top_k > kSerialQuantizeRows;
  // One token (decode): the k routed experts share one quantized input row (the quantization
  // depends on the row only), and a gate/up unit is a whole expert, which then quantizes its own
  // activations, so no parallel quantize step (and its wait) runs between gate/up and down.
  const bool one_token = l.tokens == 1;
  const int64_t unit_slices = one_token ? 1 : inter_slices;
  steps.push_back(Step{false, [=](AddressTable addr, int, int) {
                         Routing& r = *routing;
                         route(addr, fop, l, r);
                         if (!fast) return;
                         r.xq.resize(static_cast<size_t>(l.experts));
                         r.hq.resize(static_cast<size_t>(l.experts));
                         if (one_token) {
                           kernels::quantize_activations(r.x.data(), 1, l.hidden, l.hidden, group,
                                                         &r.xq[0]);
                         } else if (!parallel_xq) {
                           quantize_groups(r, r.x.data(), l.hidden, group, 0, max_active, r.xq);
                         }
                       }});
  // Policy fast: each routed expert's block of inputs quantized, the experts split between parts.
  auto quantize_step = [=](bool activations) {
    Step quantize{true, [=](AddressTable, int part, int parts) {
                    int64_t a_begin, a_end;
                    part_units(max_active, part, parts, &a_begin, &a_end);
                    Routing& r = *routing;
                    if (activations) {
                      quantize_groups(r, r.h.data(), l.inter, group, a_begin, a_end, r.hq);
                    } else {
                      quantize_groups(r, r.x.data(), l.hidden, group, a_begin, a_end, r.xq);
                    }
                  }};
    quantize.chunks = max_active;
    quantize.needs_barrier = true;
    return quantize;
  };
  if (fast && parallel_xq && !one_token) steps.push_back(quantize_step(false));
  // Gate and up: one unit per (routed expert, slice of intermediate rows; one token: all rows);
  // the unit then applies silu(g) * u to the slice it computed.
  const bool clamped = typed.activation == "swiglu_clamped";
  const auto limit = static_cast<float>(typed.swiglu_limit);
  const auto minus_limit = static_cast<float>(-typed.swiglu_limit);
  const auto alpha = static_cast<float>(typed.swiglu_alpha);
  Step gate_up{
      true, [=](AddressTable addr, int part, int parts) {
        Routing& r = *routing;
        int64_t u_begin, u_end;
        part_units(max_active * unit_slices, part, parts, &u_begin, &u_end);
        for (int64_t unit = u_begin; unit < u_end; ++unit) {
          const int64_t a = unit / unit_slices;
          if (a >= static_cast<int64_t>(r.active.size())) break;
          int64_t begin, end;
          split_range(l.inter, static_cast<int>(unit % unit_slices), static_cast<int>(unit_slices),
                      align, &begin, &end);
          if (begin >= end) continue;
          const int64_t e = r.active[static_cast<size_t>(a)];
          const int64_t row0 = r.group_begin[static_cast<size_t>(e)];
          const int64_t m = r.group_begin[static_cast<size_t>(e + 1)] - row0;
          const float* x = r.x.data() + row0 * l.hidden;
          float* g = r.h.data() + row0 * l.inter;
          float* u = r.u.data() + row0 * l.inter;
          const kernels::QuantizedActivations* xq =
              !fast ? nullptr : &r.xq[one_token ? 0 : static_cast<size_t>(e)];
          prefetch_rows(addr, fop, l, 1, e, l.inter, l.hidden, begin, end);
          expert_projection(kctx, addr, fop, l, 0, e, l.inter, l.hidden, x, xq, m, g, begin, end);
          expert_projection(kctx, addr, fop, l, 1, e, l.inter, l.hidden, x, xq, m, u, begin, end);
          if (clamped) {
            for (int64_t row = 0; row < m; ++row) {
              for (int64_t i = begin; i < end; ++i) {
                const float gv = nan_min(g[row * l.inter + i], limit);
                const float ul = nan_max(u[row * l.inter + i], minus_limit);
                const float uv = nan_min(ul, limit);
                const float scaled = alpha * gv;
                const float sig = 1.0f / (1.0f + std::exp(-scaled));
                const float glu = gv * sig;
                const float linear = uv + 1.0f;
                g[row * l.inter + i] = glu * linear;
              }
            }
          } else {
            for (int64_t row = 0; row < m; ++row) {
              for (int64_t i = begin; i < end; ++i) {
                const float gv = g[row * l.inter + i];
                const float activated = gv * (1.0f / (1.0f + std::exp(-gv)));
                g[row * l.inter + i] = activated * u[row * l.inter + i];
              }
            }
          }
          if (fast && one_token) {
            kernels::quantize_activations(g, m, l.inter, l.inter, group,
                                          &r.hq[static_cast<size_t>(e)]);
          }
        }
      }};
  gate_up.chunks = max_active * unit_slices;
  gate_up.needs_barrier = true;
  steps.push_back(std::move(gate_up));
  if (fast && !one_token) steps.push_back(quantize_step(true));
  // Down projections: one part per slice of hidden columns, each routed expert's rows of the
  // slice in turn; then per token the weighted sum over its k slots on the slice's columns.
  Step down{true, [=](AddressTable addr, int part, int parts) {
              int64_t begin, end;
              split_range(l.hidden, part, parts, align, &begin, &end);
              if (begin >= end) return;
              Routing& r = *routing;
              for (size_t a = 0; a < r.active.size(); ++a) {
                const int64_t e = r.active[a];
                if (a + 1 < r.active.size()) {
                  prefetch_rows(addr, fop, l, 2, r.active[a + 1], l.hidden, l.inter, begin, end);
                }
                const int64_t row0 = r.group_begin[static_cast<size_t>(e)];
                const int64_t m = r.group_begin[static_cast<size_t>(e + 1)] - row0;
                float* y = r.y.data() + row0 * l.hidden;
                const kernels::QuantizedActivations* hq =
                    fast ? &r.hq[static_cast<size_t>(e)] : nullptr;
                expert_projection(kctx, addr, fop, l, 2, e, l.hidden, l.inter,
                                  r.h.data() + row0 * l.inter, hq, m, y, begin, end);
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
  down.chunks = hidden_slices;
  down.needs_barrier = true;
  steps.push_back(std::move(down));
  return steps;
}

}  // namespace mlxla::runtime::cpu
