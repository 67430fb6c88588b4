// Fused steps of the CPU runtime. Each follows its composite's decomposition operation by
// operation (same roundings, same summation orders: 16-lane canonical order for contractions,
// sequential for reductions), so it agrees with the reference interpreter; matmuls run on the
// SIMD kernels, split by output rows across threads.
#include "runtime/cpu/fused_ops.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>
#include <vector>

#include "graph/composites.h"
#include "runtime/cpu/attention_head.h"
#include "runtime/cpu/element_access.h"
#include "runtime/cpu/thread_pool.h"

namespace mlxla::runtime::cpu {
namespace {

using graph::ElementType;

const graph::TensorType& type_of(const Plan& plan, int32_t v) {
  return plan.values[static_cast<size_t>(v)].type;
}

std::optional<kernels::Precision> precision_of(ElementType t) {
  switch (t) {
    case ElementType::kF32:
      return kernels::Precision::kF32;
    case ElementType::kF16:
      return kernels::Precision::kF16;
    case ElementType::kBF16:
      return kernels::Precision::kBF16;
    default:
      return std::nullopt;
  }
}

std::optional<DType> dtype_of(ElementType t) {
  switch (t) {
    case ElementType::kF32:
      return DType::kF32;
    case ElementType::kF16:
      return DType::kF16;
    case ElementType::kBF16:
      return DType::kBF16;
    default:
      return std::nullopt;
  }
}

/// The canonical contraction order (docs/KERNELS.md): element k goes to lane k % 16 through an
/// FMA, then lanes are folded pairwise (8, 4, 2, 1).
struct CanonicalSum {
  float p[16] = {};
  void add(int64_t k, float a, float b) { p[k & 15] = std::fma(a, b, p[k & 15]); }
  float total() {
    for (int s = 8; s >= 1; s /= 2) {
      for (int l = 0; l < s; ++l) p[l] = p[l] + p[l + s];
    }
    return p[0];
  }
};

/// The weight view of a quantized_dot (pointers filled per run), its precision and rows.
struct QuantizedDotShape {
  kernels::PackedWeight proto;
  kernels::Precision precision = kernels::Precision::kF32;
  int64_t m = 0;
};

Result<QuantizedDotShape> quantized_dot_shape(const FlatOp& fop, const Plan& plan,
                                              const graph::CompositeAttrs& attrs) {
  const auto& xt = type_of(plan, fop.operands[0]);
  const auto& pt = type_of(plan, fop.operands[1]);
  const auto& st = type_of(plan, fop.operands[2]);
  MLXLA_ASSIGN_OR_RETURN(const graph::QuantizedDotAttrs typed, graph::decode_quantized_dot(attrs));
  QuantizedDotShape shape;
  shape.precision = *precision_of(typed.precision);
  const auto scale_dtype = dtype_of(st.element);
  if (!scale_dtype || xt.element != ElementType::kF32 || pt.rank() != 2) {
    return format_error("mlxla.quantized_dot: unexpected operand types");
  }
  kernels::PackedWeight& proto = shape.proto;
  proto.scale_dtype = *scale_dtype;
  proto.k = xt.shape.back();
  proto.n = pt.shape[0];
  proto.bits = typed.bits;
  proto.group_size = typed.group_size;
  shape.m = proto.k ? xt.numel() / proto.k : 0;
  // Shapes are checked once here, with placeholder pointers (the real ones are per run).
  static const std::byte kDummy[1] = {};
  kernels::PackedWeight check = proto;
  check.packed = check.scales = check.biases = kDummy;
  MLXLA_RETURN_IF_ERROR(kernels::validate(check));
  return shape;
}

/// The weight of a run: `bound` when the backend fixed it at compile time (an interleaved copy),
/// else the operands' addresses in this run.
kernels::PackedWeight bind(const kernels::PackedWeight& proto, AddressTable addr, const FlatOp& fop,
                           const std::optional<kernels::PackedWeight>& bound) {
  if (bound) return *bound;
  kernels::PackedWeight w = proto;
  w.packed = addr[fop.operands[1]];
  w.scales = addr[fop.operands[2]];
  w.biases = addr[fop.operands[3]];
  return w;
}

Result<Step> compile_quantized_dot_bound(const FlatOp& fop, const Plan& plan,
                                         const graph::CompositeAttrs& attrs,
                                         const kernels::KernelContext& kctx,
                                         const std::optional<kernels::PackedWeight>& bound) {
  MLXLA_ASSIGN_OR_RETURN(const QuantizedDotShape shape, quantized_dot_shape(fop, plan, attrs));
  const int32_t x = fop.operands[0], y = fop.results[0];
  const int64_t m = shape.m, n = shape.proto.n, k = shape.proto.k;
  Step step{true, [=](AddressTable addr, int tid, int threads) {
              const kernels::PackedWeight w = bind(shape.proto, addr, fop, bound);
              int64_t begin, end;
              split_range(n, tid, threads, 16, &begin, &end);
              if (begin < end) {
                kernels::quantized_matmul(kctx, reinterpret_cast<const float*>(addr[x]), m, k, w,
                                          shape.precision, reinterpret_cast<float*>(addr[y]), n,
                                          begin, end);
              }
            }};
  step.chunks = matmul_chunks(n);
  return step;
}

Result<Step> compile_quantized_dot(const FlatOp& fop, const Plan& plan,
                                   const graph::CompositeAttrs& attrs,
                                   const kernels::KernelContext& kctx) {
  return compile_quantized_dot_bound(fop, plan, attrs, kctx, std::nullopt);
}

Result<Step> compile_rms_norm(const FlatOp& fop, const Plan& plan,
                              const graph::CompositeAttrs& attrs, const kernels::KernelContext&) {
  MLXLA_ASSIGN_OR_RETURN(const graph::RmsNormAttrs typed, graph::decode_rms_norm(attrs));
  const int32_t x = fop.operands[0], w = fop.operands[1], y = fop.results[0];
  const int64_t d = type_of(plan, x).shape.back();
  const int64_t rows = d ? type_of(plan, x).numel() / d : 0;
  const float eps = static_cast<float>(typed.epsilon);
  return Step{true, [=](AddressTable addr, int tid, int threads) {
                int64_t begin, end;
                split_range(rows, tid, threads, 1, &begin, &end);
                for (int64_t r = begin; r < end; ++r) {
                  const std::byte* xr = addr[x] + r * d * 4;
                  float sum = 0.0f;
                  for (int64_t i = 0; i < d; ++i) {
                    const float v = load_raw<float>(xr, i);
                    sum = sum + v * v;
                  }
                  const float inv = 1.0f / std::sqrt(sum / static_cast<float>(d) + eps);
                  std::byte* yr = addr[y] + r * d * 4;
                  for (int64_t i = 0; i < d; ++i) {
                    store_raw<float>(yr, i,
                                     (load_raw<float>(xr, i) * inv) * load_raw<float>(addr[w], i));
                  }
                }
              }};
}

// Follows mlxla.rope's decomposition (composites.cpp: rope_angles, rotate) step by step.
Result<Step> compile_rope(const FlatOp& fop, const Plan& plan, const graph::CompositeAttrs& attrs,
                          const kernels::KernelContext&) {
  MLXLA_ASSIGN_OR_RETURN(const graph::RopeAttrs ra, graph::decode_rope(attrs));
  const int32_t x = fop.operands[0], pos = fop.operands[1], y = fop.results[0];
  const auto& shape = type_of(plan, x).shape;
  const int64_t t = shape[0], h = shape[1], dim = shape[2];
  const int64_t dims = graph::rope_rotary_dim(dim, ra), half = dims / 2;
  if (dims <= 0 || dims > dim || dims % 2 != 0 ||
      (ra.scaling == graph::RopeScaling::kDynamic && dims <= 2)) {
    return invalid_argument("mlxla.rope: rotary_dim " + std::to_string(dims) +
                            " does not fit head_dim " + std::to_string(dim));
  }
  const std::vector<float> inv_freq = graph::rope_inv_freq(dims, ra);
  const float position_scale = graph::rope_position_scale(ra);
  const float input_scale = graph::rope_input_scale(ra);
  const bool dynamic = ra.scaling == graph::RopeScaling::kDynamic;
  const bool traditional = ra.traditional;
  // Dynamic NTK constants, rounded to f32 as the decomposition's splats are.
  const auto max_pos = static_cast<float>(ra.max_position_embeddings);
  const auto ratio =
      static_cast<float>(ra.factor / static_cast<double>(ra.max_position_embeddings));
  const auto shift = static_cast<float>(ra.factor - 1.0);
  const auto exponent =
      static_cast<float>(static_cast<double>(dims) / static_cast<double>(dims - 2));
  const auto log_theta = static_cast<float>(std::log(ra.theta));
  std::vector<float> coefficients;
  for (int64_t i = 0; i < half; ++i) {
    coefficients.push_back(
        static_cast<float>(-static_cast<double>(2 * i) / static_cast<double>(dims)));
  }
  // Split over (token, head) rows; a thread computes the angles of each token it meets.
  return Step{true, [=](AddressTable addr, int tid, int threads) {
                int64_t row_begin, row_end;
                split_range(t * h, tid, threads, 1, &row_begin, &row_end);
                if (row_begin >= row_end) return;
                std::vector<float> c(static_cast<size_t>(half)), s(static_cast<size_t>(half));
                for (int64_t ti = row_begin / h; ti <= (row_end - 1) / h; ++ti) {
                  float p = static_cast<float>(load_raw<int32_t>(addr[pos], ti));
                  float log_base = 0.0f;
                  if (dynamic) {
                    const float seq_len = std::max(p + 1.0f, max_pos);
                    log_base = std::log(seq_len * ratio - shift) * exponent + log_theta;
                  }
                  if (position_scale != 1.0f) p = p * position_scale;
                  for (int64_t i = 0; i < half; ++i) {
                    const size_t f = static_cast<size_t>(i);
                    const float inv = dynamic ? std::exp(log_base * coefficients[f]) : inv_freq[f];
                    const float angle = p * inv;
                    c[f] = std::cos(angle);
                    s[f] = std::sin(angle);
                  }
                  const int64_t head_begin = std::max<int64_t>(row_begin - ti * h, 0);
                  const int64_t head_end = std::min<int64_t>(row_end - ti * h, h);
                  for (int64_t hi = head_begin; hi < head_end; ++hi) {
                    const int64_t base = (ti * h + hi) * dim;
                    auto in = [&](int64_t i) {
                      const float v = load_raw<float>(addr[x], base + i);
                      return input_scale != 1.0f ? v * input_scale : v;
                    };
                    for (int64_t i = 0; i < half; ++i) {
                      const size_t f = static_cast<size_t>(i);
                      const int64_t a = traditional ? 2 * i : i,
                                    b = traditional ? 2 * i + 1 : i + half;
                      const float xa = in(a), xb = in(b);
                      if (traditional) {
                        store_raw<float>(addr[y], base + a, xa * c[f] - xb * s[f]);
                        store_raw<float>(addr[y], base + b, xa * s[f] + xb * c[f]);
                      } else {
                        store_raw<float>(addr[y], base + a, xa * c[f] + (-xb) * s[f]);
                        store_raw<float>(addr[y], base + b, xb * c[f] + xa * s[f]);
                      }
                    }
                    for (int64_t i = dims; i < dim; ++i)
                      store_raw<float>(addr[y], base + i, load_raw<float>(addr[x], base + i));
                  }
                }
              }};
}

// The operand count the attributes imply (`fixed`, plus the sinks f32 [H] when `sinks`) and a
// 3-D query and key cache, checked before any operand is read.
Status check_attention_operands(const FlatOp& fop, const Plan& plan,
                                const graph::AttentionAttrs& typed, size_t fixed,
                                const char* name) {
  const size_t want = fixed + (typed.sinks ? 1 : 0);
  if (fop.operands.size() != want || fop.results.size() != 1) {
    return format_error(std::string(name) + ": expected " + std::to_string(want) +
                        " operands and one result, got " + std::to_string(fop.operands.size()) +
                        " and " + std::to_string(fop.results.size()));
  }
  const auto& qs = type_of(plan, fop.operands[0]).shape;
  if (qs.size() != 3 || type_of(plan, fop.operands[1]).shape.size() != 3)
    return format_error(std::string(name) + ": q and the keys must be 3-D");
  if (typed.sinks) {
    const auto& sinks = type_of(plan, fop.operands[fixed]);
    if (sinks.element != graph::ElementType::kF32 || sinks.shape != std::vector<int64_t>{qs[1]})
      return format_error(std::string(name) + ": sinks must be f32 [heads]");
  }
  return Status::Ok();
}

Result<Step> compile_attention(const FlatOp& fop, const Plan& plan,
                               const graph::CompositeAttrs& attrs,
                               const kernels::KernelContext& kctx) {
  MLXLA_ASSIGN_OR_RETURN(const graph::AttentionAttrs typed, graph::decode_attention(attrs));
  MLXLA_RETURN_IF_ERROR(check_attention_operands(fop, plan, typed, 5, "mlxla.attention"));
  const int32_t q = fop.operands[0], kc = fop.operands[1], vc = fop.operands[2],
                qpos = fop.operands[3], kvlen = fop.operands[4], out = fop.results[0];
  const int32_t sinks = typed.sinks ? fop.operands[5] : -1;  // f32 [H]
  const auto& qs = type_of(plan, q).shape;
  const auto& ks = type_of(plan, kc).shape;
  const int64_t t = qs[0], heads = qs[1], dim = qs[2], cap = ks[0], kv = ks[1];
  const int64_t group = heads / kv;
  const float scale = static_cast<float>(typed.scale);
  const float softcap = static_cast<float>(typed.softcap);
  const int64_t window = typed.window;
  const auto kv_dtype = dtype_of(type_of(plan, kc).element);
  if (!kv_dtype || type_of(plan, vc).element != type_of(plan, kc).element) {
    return format_error("mlxla.attention: k/v caches must both be f32, f16 or bf16");
  }
  const DType cache_dtype = *kv_dtype;
  const int64_t esize = static_cast<int64_t>(dtype_size(cache_dtype));
  // The AVX2 build needs FMA, which every non-scalar kernel table implies.
  const auto attend = kctx.isa() != kernels::Isa::kScalar && attend_head_avx2_available()
                          ? attend_head_avx2
                          : attend_head_portable;
  return Step{true, [=](AddressTable addr, int tid, int threads) {
                int64_t begin, end;
                split_range(t * heads, tid, threads, 1, &begin, &end);
                if (begin >= end) return;
                std::vector<float> scratch(static_cast<size_t>(attention_scratch_floats(cap, dim)));
                const int32_t length = load_raw<int32_t>(addr[kvlen], 0);
                HeadAttention head;
                head.kv_dtype = cache_dtype;
                head.stride = kv * dim;
                head.capacity = cap;
                head.dim = dim;
                head.scale = scale;
                head.softcap = softcap;
                for (int64_t item = begin; item < end; ++item) {
                  const int64_t ti = item / heads, hi = item % heads, kh = hi / group;
                  const int64_t limit = std::min<int64_t>(
                      static_cast<int64_t>(load_raw<int32_t>(addr[qpos], ti)) + 1, length);
                  head.visible = std::clamp<int64_t>(limit, 0, cap);
                  // A window hides keys before position + 1 - window (still [0, visible) in cache
                  // order).
                  head.first = window > 0
                                   ? std::clamp<int64_t>(
                                         static_cast<int64_t>(load_raw<int32_t>(addr[qpos], ti)) +
                                             1 - window,
                                         0, cap)
                                   : 0;
                  head.has_sink = sinks >= 0;
                  if (head.has_sink) head.sink = load_raw<float>(addr[sinks], hi);
                  head.q = reinterpret_cast<const float*>(addr[q]) + (ti * heads + hi) * dim;
                  head.k = addr[kc] + kh * dim * esize;
                  head.v = addr[vc] + kh * dim * esize;
                  attend(head, scratch.data(),
                         reinterpret_cast<float*>(addr[out]) + (ti * heads + hi) * dim);
                }
              }};
}

// mlxla.window_attention: the ring and this step's keys walked by position (attention_key_rows),
// so every visible key meets the arithmetic it meets in mlxla.attention over a full cache.
Result<Step> compile_window_attention(const FlatOp& fop, const Plan& plan,
                                      const graph::CompositeAttrs& attrs,
                                      const kernels::KernelContext& kctx) {
  MLXLA_ASSIGN_OR_RETURN(const graph::AttentionAttrs typed, graph::decode_window_attention(attrs));
  MLXLA_RETURN_IF_ERROR(check_attention_operands(fop, plan, typed, 7, "mlxla.window_attention"));
  const int32_t q = fop.operands[0], kr = fop.operands[1], vr = fop.operands[2],
                kn = fop.operands[3], vn = fop.operands[4], qpos = fop.operands[5],
                kvlen = fop.operands[6], out = fop.results[0];
  const int32_t sinks = typed.sinks ? fop.operands[7] : -1;  // f32 [H]
  const auto& qs = type_of(plan, q).shape;
  const auto& ks = type_of(plan, kr).shape;
  const int64_t t = qs[0], heads = qs[1], dim = qs[2], ring = ks[0], kv = ks[1];
  const int64_t group = heads / kv;
  const float scale = static_cast<float>(typed.scale);
  const float softcap = static_cast<float>(typed.softcap);
  const int64_t window = typed.window;
  const auto kv_dtype = dtype_of(type_of(plan, kr).element);
  const graph::ElementType element = type_of(plan, kr).element;
  if (!kv_dtype || type_of(plan, vr).element != element || type_of(plan, kn).element != element ||
      type_of(plan, vn).element != element) {
    return format_error(
        "mlxla.window_attention: the ring and new k/v must share one f32, f16 or bf16 type");
  }
  const DType cache_dtype = *kv_dtype;
  const int64_t esize = static_cast<int64_t>(dtype_size(cache_dtype));
  const auto attend = kctx.isa() != kernels::Isa::kScalar && attend_head_avx2_available()
                          ? attend_head_avx2
                          : attend_head_portable;
  return Step{
      true, [=](AddressTable addr, int tid, int threads) {
        int64_t begin, end;
        split_range(t * heads, tid, threads, 1, &begin, &end);
        if (begin >= end) return;
        std::vector<float> scratch(static_cast<size_t>(attention_scratch_floats(ring + t, dim)));
        const int32_t length = load_raw<int32_t>(addr[kvlen], 0);
        const int64_t start = load_raw<int32_t>(addr[qpos], 0);
        HeadAttention head;
        head.kv_dtype = cache_dtype;
        head.stride = kv * dim;
        head.dim = dim;
        head.scale = scale;
        head.softcap = softcap;
        head.ring = ring;
        head.fresh_begin = start;
        head.fresh = t;
        const int64_t key_begin = attention_key_begin(head), key_end = attention_key_end(head);
        // Positions below 0 hold no key.
        const int64_t lowest = std::max<int64_t>(key_begin, 0);
        for (int64_t item = begin; item < end; ++item) {
          const int64_t ti = item / heads, hi = item % heads, kh = hi / group;
          const int64_t position = load_raw<int32_t>(addr[qpos], ti);
          const int64_t limit = std::min<int64_t>(position + 1, length);
          head.visible = std::clamp<int64_t>(limit, lowest, key_end);
          head.first = std::clamp<int64_t>(position + 1 - window, lowest, key_end);
          head.has_sink = sinks >= 0;
          if (head.has_sink) head.sink = load_raw<float>(addr[sinks], hi);
          head.q = reinterpret_cast<const float*>(addr[q]) + (ti * heads + hi) * dim;
          head.k = addr[kr] + kh * dim * esize;
          head.v = addr[vr] + kh * dim * esize;
          head.k_new = addr[kn] + kh * dim * esize;
          head.v_new = addr[vn] + kh * dim * esize;
          attend(head, scratch.data(),
                 reinterpret_cast<float*>(addr[out]) + (ti * heads + hi) * dim);
        }
      }};
}

Result<Step> compile_argmax(const FlatOp& fop, const Plan& plan, const graph::CompositeAttrs&,
                            const kernels::KernelContext&) {
  const int32_t x = fop.operands[0], y = fop.results[0];
  const int64_t rows = type_of(plan, x).shape[0], vocab = type_of(plan, x).shape[1];
  // Several rows (batched decode: one per stream) are split across the threads, a row each
  // whole, so every row's result is the one-thread rule's.
  return Step{rows > 1, [=](AddressTable addr, int tid, int threads) {
                int64_t r_begin = 0, r_end = rows;
                if (rows > 1) split_range(rows, tid, threads, 1, &r_begin, &r_end);
                for (int64_t r = r_begin; r < r_end; ++r) {
                  // First index of the maximum; a NaN anywhere makes the maximum NaN, which equals
                  // nothing, so the decomposition yields `vocab`: keep that behaviour.
                  const std::byte* row = addr[x] + r * vocab * 4;
                  float best = -std::numeric_limits<float>::infinity();
                  int64_t index = vocab;
                  bool nan = false;
                  // The element rule, applied in order: take v if it is greater, or equal while
                  // nothing has been taken (the first -inf).
                  auto scan = [&](int64_t begin, int64_t end) {
                    for (int64_t i = begin; i < end; ++i) {
                      const float v = load_raw<float>(row, i);
                      if (std::isnan(v)) nan = true;
                      if (v > best || (index == vocab && v == best)) {
                        best = v;
                        index = i;
                      }
                    }
                  };
                  // Blocks of 16 whose maximum (NaNs skipped, as `v > m` skips them) cannot
                  // change the state are skipped after a vectorisable pass; the others are
                  // scanned element by element, so the result is the rule's.
                  int64_t i = 0;
                  for (; i + 16 <= vocab; i += 16) {
                    // Eight independent maxima (no serial chain of compares); the maximum of
                    // the non-NaN values does not depend on the order.
                    float v[16], lane[8];
                    std::memcpy(v, row + i * 4, sizeof v);
                    int unordered = 0;
                    for (int j = 0; j < 8; ++j) {
                      lane[j] = v[j + 8] > v[j] ? v[j + 8] : v[j];
                      unordered |= (v[j] != v[j]) | (v[j + 8] != v[j + 8]);
                    }
                    float m = -std::numeric_limits<float>::infinity();
                    for (float l : lane) m = l > m ? l : m;
                    if (m > best || (index == vocab && m == best)) {
                      scan(i, i + 16);
                    } else if (unordered) {
                      nan = true;
                    }
                  }
                  scan(i, vocab);
                  store_raw<int32_t>(addr[y], r, static_cast<int32_t>(nan ? vocab : index));
                }
              }};
}

// mlxla.moe compiles to several steps (compile_moe, called by the backend); this entry only
// marks it fused.
Result<Step> compile_moe_as_one(const FlatOp&, const Plan&, const graph::CompositeAttrs&,
                                const kernels::KernelContext&) {
  return internal_error("mlxla.moe compiles to several steps: use compile_moe");
}

using CompileComposite = Result<Step> (*)(const FlatOp&, const Plan&, const graph::CompositeAttrs&,
                                          const kernels::KernelContext&);

// Every composite with a fused kernel, by name: the one place the runtime dispatches composites.
struct FusedKernel {
  std::string_view name;
  CompileComposite compile;
};
constexpr FusedKernel kFusedKernels[] = {
    {graph::kQuantizedDotName, compile_quantized_dot},
    {graph::kFpQuantizedDotName, compile_fp_quantized_dot},
    {graph::kRmsNormName, compile_rms_norm},
    {graph::kRopeName, compile_rope},
    {graph::kAttentionName, compile_attention},
    {graph::kWindowAttentionName, compile_window_attention},
    {graph::kArgmaxName, compile_argmax},
    {graph::kMoeName, compile_moe_as_one},
};

const FusedKernel* find_fused_kernel(std::string_view name) {
  for (const FusedKernel& k : kFusedKernels) {
    if (k.name == name) return &k;
  }
  return nullptr;
}

}  // namespace

bool has_fused_kernel(const graph::CompositeAttrs& attrs) {
  if (find_fused_kernel(attrs.name) == nullptr) return false;
  if (attrs.name == graph::kMoeName) return moe_has_fused_kernel(attrs);
  return true;
}

std::optional<WeightDot> match_weight_dot(const Plan& plan, int32_t op_index,
                                          const std::vector<int32_t>& use_counts) {
  const FlatOp& fop = plan.ops[static_cast<size_t>(op_index)];
  const auto& d = std::get<graph::DotGeneralAttrs>(fop.op->attrs);
  const auto& lt = type_of(plan, fop.operands[0]);
  const auto& rt = type_of(plan, fop.operands[1]);
  if (!d.lhs_batching_dims.empty() || !d.rhs_batching_dims.empty() || rt.rank() != 2 ||
      d.lhs_contracting_dims != std::vector<int64_t>{lt.rank() - 1} ||
      d.rhs_contracting_dims != std::vector<int64_t>{1} || lt.element != rt.element) {
    return std::nullopt;
  }
  auto precision = precision_of(lt.element);
  if (!precision) return std::nullopt;
  WeightDot dot{fop.operands[0], fop.operands[1], *precision, -1, -1};
  // Fold a narrowing convert into the kernel when the dot is its only reader.
  auto producer_convert = [&](int32_t v) -> int32_t {
    const int32_t def = plan.values[static_cast<size_t>(v)].defined_at;
    if (def < 0 || use_counts[static_cast<size_t>(v)] != 1) return -1;
    const FlatOp& p = plan.ops[static_cast<size_t>(def)];
    if (p.op->kind != graph::OpKind::kConvert) return -1;
    return precision_of(type_of(plan, p.operands[0]).element) ? def : -1;
  };
  if (int32_t c = producer_convert(dot.lhs);
      c >= 0 &&
      type_of(plan, plan.ops[static_cast<size_t>(c)].operands[0]).element == ElementType::kF32) {
    dot.lhs_convert_op = c;
    dot.lhs = plan.ops[static_cast<size_t>(c)].operands[0];
  }
  if (lt.element != ElementType::kF32 && dot.lhs_convert_op < 0) return std::nullopt;
  if (int32_t c = producer_convert(dot.rhs); c >= 0) {
    dot.rhs_convert_op = c;
    dot.rhs = plan.ops[static_cast<size_t>(c)].operands[0];
  }
  return dot;
}

Result<Step> compile_weight_dot(const FlatOp& fop, const Plan& plan, const WeightDot& dot,
                                const kernels::KernelContext& kctx) {
  const int32_t x = dot.lhs, w = dot.rhs, y = fop.results[0];
  const auto& wt = type_of(plan, w);
  const int64_t k = wt.shape[1], n = wt.shape[0];
  const int64_t m = k ? type_of(plan, x).numel() / k : 0;
  const DType wdtype = *dtype_of(wt.element);
  const kernels::Precision precision = dot.precision;
  Step step{true, [=](AddressTable addr, int tid, int threads) {
              kernels::DenseWeight weight{addr[w], wdtype, n, k};
              int64_t begin, end;
              split_range(n, tid, threads, 16, &begin, &end);
              if (begin < end) {
                kernels::dense_matmul(kctx, reinterpret_cast<const float*>(addr[x]), m, k, weight,
                                      precision, reinterpret_cast<float*>(addr[y]), n, begin, end);
              }
            }};
  step.chunks = matmul_chunks(n);
  return step;
}

Result<Step> compile_composite(const FlatOp& fop, const Plan& plan,
                               const kernels::KernelContext& kctx) {
  const auto& attrs = std::get<graph::CompositeAttrs>(fop.op->attrs);
  const FusedKernel* kernel = find_fused_kernel(attrs.name);
  if (kernel == nullptr)
    return unsupported("cpu runtime: no fused kernel for composite " + attrs.name);
  return kernel->compile(fop, plan, attrs, kctx);
}

Result<kernels::PackedWeight> quantized_dot_weight(const FlatOp& fop, const Plan& plan) {
  const auto& attrs = std::get<graph::CompositeAttrs>(fop.op->attrs);
  MLXLA_ASSIGN_OR_RETURN(const QuantizedDotShape shape, quantized_dot_shape(fop, plan, attrs));
  return shape.proto;
}

Result<Step> compile_quantized_dot_exact(const FlatOp& fop, const Plan& plan,
                                         const kernels::KernelContext& kctx,
                                         const std::optional<kernels::PackedWeight>& bound) {
  const auto& attrs = std::get<graph::CompositeAttrs>(fop.op->attrs);
  return compile_quantized_dot_bound(fop, plan, attrs, kctx, bound);
}

Result<std::vector<Step>> compile_quantized_dot_fast(
    const FlatOp& fop, const Plan& plan, const kernels::KernelContext& kctx,
    FastActivations& activations, const std::optional<kernels::PackedWeight>& bound) {
  const auto& attrs = std::get<graph::CompositeAttrs>(fop.op->attrs);
  MLXLA_ASSIGN_OR_RETURN(const QuantizedDotShape shape, quantized_dot_shape(fop, plan, attrs));
  const int32_t x = fop.operands[0], y = fop.results[0];
  const int64_t m = shape.m, n = shape.proto.n, k = shape.proto.k;
  const int group = shape.proto.group_size;
  std::vector<Step> steps;
  auto& xq = activations[x];
  if (!xq || xq->group_size != group) {
    // The first reader of x (or one with another group size) quantizes it, once per run.
    xq = std::make_shared<kernels::QuantizedActivations>();
    if (m == 1) {
      steps.push_back(Step{false, [=, out = xq](AddressTable addr, int, int) {
                             kernels::quantize_activations(reinterpret_cast<const float*>(addr[x]),
                                                           m, k, k, group, out.get());
                           }});
    } else {
      // Rows are independent: sized once here, filled by the threads' row ranges.
      kernels::prepare_activations(m, k, group, xq.get());
      steps.push_back(Step{true, [=, out = xq](AddressTable addr, int tid, int threads) {
                             int64_t begin, end;
                             split_range(m, tid, threads, 1, &begin, &end);
                             kernels::quantize_activation_rows(
                                 reinterpret_cast<const float*>(addr[x]), k, begin, end, out.get());
                           }});
    }
    xq->group_size = group;  // the key for later readers
  }
  Step matmul{true, [=, in = xq](AddressTable addr, int tid, int threads) {
                int64_t begin, end;
                split_range(n, tid, threads, 16, &begin, &end);
                if (begin < end) {
                  kernels::quantized_matmul_fast(kctx, *in, bind(shape.proto, addr, fop, bound),
                                                 reinterpret_cast<float*>(addr[y]), n, begin, end);
                }
              }};
  matmul.chunks = matmul_chunks(n);
  matmul.needs_barrier = !steps.empty();
  steps.push_back(std::move(matmul));
  return steps;
}

Result<Step> compile_general_dot(const FlatOp& fop, const Plan& plan) {
  const auto& d = std::get<graph::DotGeneralAttrs>(fop.op->attrs);
  const int32_t a = fop.operands[0], b = fop.operands[1], y = fop.results[0];
  const auto& at = type_of(plan, a);
  const auto& bt = type_of(plan, b);
  const auto& yt = type_of(plan, y);
  std::vector<int64_t> as(static_cast<size_t>(at.rank())), bs(static_cast<size_t>(bt.rank()));
  row_major_strides(at.shape, as.data());
  row_major_strides(bt.shape, bs.data());
  auto free_dims = [](int64_t rank, const std::vector<int64_t>& batch,
                      const std::vector<int64_t>& contract) {
    std::vector<int64_t> out;
    for (int64_t i = 0; i < rank; ++i) {
      if (std::find(batch.begin(), batch.end(), i) == batch.end() &&
          std::find(contract.begin(), contract.end(), i) == contract.end())
        out.push_back(i);
    }
    return out;
  };
  const auto a_free = free_dims(at.rank(), d.lhs_batching_dims, d.lhs_contracting_dims);
  const auto b_free = free_dims(bt.rank(), d.rhs_batching_dims, d.rhs_contracting_dims);
  int64_t contract_n = 1;
  for (int64_t c : d.lhs_contracting_dims) contract_n *= at.shape[static_cast<size_t>(c)];
  const ElementType ae = at.element, be = bt.element;
  return Step{false, [=](AddressTable addr, int, int) {
                std::vector<int64_t> yc(static_cast<size_t>(yt.rank()));
                std::vector<int64_t> ys(static_cast<size_t>(yt.rank()));
                row_major_strides(yt.shape, ys.data());
                const int64_t total = yt.numel();
                std::vector<int64_t> cc(d.lhs_contracting_dims.size());
                for (int64_t o = 0; o < total; ++o) {
                  for (size_t i = 0; i < yc.size(); ++i) yc[i] = (o / ys[i]) % yt.shape[i];
                  // Result dims: batch, lhs free, rhs free.
                  int64_t a_base = 0, b_base = 0;
                  size_t pos = 0;
                  for (size_t i = 0; i < d.lhs_batching_dims.size(); ++i, ++pos) {
                    a_base += yc[pos] * as[static_cast<size_t>(d.lhs_batching_dims[i])];
                    b_base += yc[pos] * bs[static_cast<size_t>(d.rhs_batching_dims[i])];
                  }
                  for (int64_t f : a_free) a_base += yc[pos++] * as[static_cast<size_t>(f)];
                  for (int64_t f : b_free) b_base += yc[pos++] * bs[static_cast<size_t>(f)];
                  CanonicalSum acc;
                  for (int64_t k = 0; k < contract_n; ++k) {
                    int64_t rem = k, ao = a_base, bo = b_base;
                    for (size_t i = cc.size(); i-- > 0;) {
                      const int64_t extent =
                          at.shape[static_cast<size_t>(d.lhs_contracting_dims[i])];
                      const int64_t ci = rem % extent;
                      rem /= extent;
                      ao += ci * as[static_cast<size_t>(d.lhs_contracting_dims[i])];
                      bo += ci * bs[static_cast<size_t>(d.rhs_contracting_dims[i])];
                    }
                    acc.add(k, load_float(addr[a], ae, ao), load_float(addr[b], be, bo));
                  }
                  const float v = acc.total();
                  if (yt.element == ElementType::kF32)
                    store_raw<float>(addr[y], o, v);
                  else if (graph::is_float(yt.element))
                    store_float(addr[y], yt.element, o, v);
                  else
                    store_int(addr[y], yt.element, o, static_cast<int64_t>(v));
                }
              }};
}

}  // namespace mlxla::runtime::cpu
