// The CPU runtime's ops without a fused kernel, by StableHLO semantics: views for reshape and
// contiguous slices, in-place dynamic_update_slice, and plain index loops for the rest.
#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>

#include "runtime/cpu/convert.h"
#include "runtime/cpu/element_access.h"
#include "runtime/cpu/step.h"
#include "runtime/cpu/thread_pool.h"

namespace mlxla::runtime::cpu {
namespace {

using graph::ElementType;
using graph::OpKind;

struct Shape {
  std::vector<int64_t> dims;
  std::vector<int64_t> strides;
  int64_t numel = 1;
  explicit Shape(const std::vector<int64_t>& d) : dims(d), strides(d.size()) {
    row_major_strides(dims, strides.data());
    for (int64_t x : dims) numel *= x;
  }
};

/// Decomposes linear index `i` of `shape` into coordinates.
inline void unravel(int64_t i, const Shape& shape, int64_t* coords) {
  for (size_t d = 0; d < shape.dims.size(); ++d) {
    coords[d] = shape.strides[d] ? (i / shape.strides[d]) % std::max<int64_t>(shape.dims[d], 1) : 0;
  }
}

const graph::TensorType& type_of(const Plan& plan, int32_t v) {
  return plan.values[static_cast<size_t>(v)].type;
}

bool is_float_type(ElementType t) {
  return t == ElementType::kF32 || t == ElementType::kF16 || t == ElementType::kBF16;
}

/// Clamped start indices of a dynamic slice / update (StableHLO clamps into [0, dim - size]).
struct IndexValue {
  int32_t value;
  ElementType element;
};

std::vector<IndexValue> index_values_of(const FlatOp& fop, size_t first, const Plan& plan) {
  std::vector<IndexValue> out;
  for (size_t i = first; i < fop.operands.size(); ++i) {
    out.push_back({fop.operands[i], type_of(plan, fop.operands[i]).element});
  }
  return out;
}

std::vector<int64_t> clamped_starts(AddressTable addr, const std::vector<IndexValue>& index_values,
                                    const std::vector<int64_t>& dims,
                                    const std::vector<int64_t>& sizes) {
  std::vector<int64_t> starts(dims.size(), 0);
  for (size_t d = 0; d < dims.size() && d < index_values.size(); ++d) {
    const int64_t s = load_int(addr[index_values[d].value], index_values[d].element, 0);
    starts[d] = std::clamp<int64_t>(s, 0, dims[d] - sizes[d]);
  }
  return starts;
}

int64_t linear_offset(const std::vector<int64_t>& starts, const Shape& shape) {
  int64_t off = 0;
  for (size_t d = 0; d < starts.size(); ++d) off += starts[d] * shape.strides[d];
  return off;
}

float apply_float(OpKind kind, float a, float b) {
  switch (kind) {
    case OpKind::kAdd:
      return a + b;
    case OpKind::kSubtract:
      return a - b;
    case OpKind::kMultiply:
      return a * b;
    case OpKind::kDivide:
      return a / b;
    case OpKind::kMaximum:
      return (std::isnan(a) || std::isnan(b)) ? std::numeric_limits<float>::quiet_NaN()
                                              : std::max(a, b);
    case OpKind::kMinimum:
      return (std::isnan(a) || std::isnan(b)) ? std::numeric_limits<float>::quiet_NaN()
                                              : std::min(a, b);
    case OpKind::kNegate:
      return -a;
    case OpKind::kExponential:
      return std::exp(a);
    case OpKind::kLog:
      return std::log(a);
    case OpKind::kRsqrt:
      return 1.0f / std::sqrt(a);
    case OpKind::kSqrt:
      return std::sqrt(a);
    case OpKind::kLogistic:
      return 1.0f / (1.0f + std::exp(-a));
    case OpKind::kTanh:
      return std::tanh(a);
    case OpKind::kSine:
      return std::sin(a);
    case OpKind::kCosine:
      return std::cos(a);
    default:
      return 0.0f;
  }
}

int64_t apply_int(OpKind kind, int64_t a, int64_t b, ElementType t) {
  const int bits = t == ElementType::kI64  ? 64
                   : t == ElementType::kU8 ? 8
                   : t == ElementType::kI1 ? 1
                                           : 32;
  const bool is_unsigned = t == ElementType::kU32 || t == ElementType::kU8 || t == ElementType::kI1;
  switch (kind) {
    case OpKind::kAdd:
      return static_cast<int64_t>(static_cast<uint64_t>(a) + static_cast<uint64_t>(b));
    case OpKind::kSubtract:
      return static_cast<int64_t>(static_cast<uint64_t>(a) - static_cast<uint64_t>(b));
    case OpKind::kMultiply:
      return static_cast<int64_t>(static_cast<uint64_t>(a) * static_cast<uint64_t>(b));
    case OpKind::kDivide:
      return b == 0 ? -1 : (a == std::numeric_limits<int64_t>::min() && b == -1 ? a : a / b);
    case OpKind::kMaximum:
      return std::max(a, b);
    case OpKind::kMinimum:
      return std::min(a, b);
    case OpKind::kNegate:
      return static_cast<int64_t>(0ull - static_cast<uint64_t>(a));
    case OpKind::kAnd:
      return a & b;
    case OpKind::kOr:
      return a | b;
    case OpKind::kShiftRightLogical: {
      if (b < 0 || b >= bits) return 0;
      const uint64_t mask = bits == 64 ? ~0ull : ((1ull << bits) - 1);
      const uint64_t ua = static_cast<uint64_t>(a) & mask;
      (void)is_unsigned;
      return static_cast<int64_t>(ua >> b);
    }
    default:
      return 0;
  }
}

bool compare_values(graph::CompareDirection dir, double a, double b) {
  switch (dir) {
    case graph::CompareDirection::kEq:
      return a == b;
    case graph::CompareDirection::kNe:
      return a != b;
    case graph::CompareDirection::kLt:
      return a < b;
    case graph::CompareDirection::kLe:
      return a <= b;
    case graph::CompareDirection::kGt:
      return a > b;
    case graph::CompareDirection::kGe:
      return a >= b;
  }
  return false;
}

Step serial(std::function<void(AddressTable)> fn) {
  return Step{false, [fn = std::move(fn)](AddressTable addr, int, int) { fn(addr); }};
}

Result<Step> compile_elementwise(const FlatOp& fop, const Plan& plan) {
  const OpKind kind = fop.op->kind;
  const int32_t r = fop.results[0];
  const graph::TensorType out = type_of(plan, r);
  const ElementType in_t = type_of(plan, fop.operands[0]).element;
  const int64_t n = out.numel();
  const bool binary = graph::is_elementwise_binary(kind);
  const int32_t a = fop.operands[0];
  const int32_t b = binary ? fop.operands[1] : a;
  if (in_t == ElementType::kF32 && out.element == ElementType::kF32) {
    // The common case, split across threads: every element is independent.
    return Step{true, [=](AddressTable addr, int tid, int threads) {
                  int64_t begin, end;
                  split_range(n, tid, threads, 16, &begin, &end);
                  const std::byte* pa = addr[a];
                  const std::byte* pb = addr[b];
                  std::byte* pr = addr[r];
                  // The op is chosen outside the loop so that each loop is a plain (vectorisable)
                  // one.
                  auto loop = [&](auto op) {
                    for (int64_t i = begin; i < end; ++i) {
                      store_raw<float>(pr, i, op(load_raw<float>(pa, i), load_raw<float>(pb, i)));
                    }
                  };
                  switch (kind) {
                    case OpKind::kAdd:
                      loop([](float x, float y) { return x + y; });
                      break;
                    case OpKind::kSubtract:
                      loop([](float x, float y) { return x - y; });
                      break;
                    case OpKind::kMultiply:
                      loop([](float x, float y) { return x * y; });
                      break;
                    case OpKind::kDivide:
                      loop([](float x, float y) { return x / y; });
                      break;
                    case OpKind::kNegate:
                      loop([](float x, float) { return -x; });
                      break;
                    case OpKind::kLogistic:
                      loop([](float x, float) { return 1.0f / (1.0f + std::exp(-x)); });
                      break;
                    case OpKind::kTanh:
                      loop([](float x, float) { return std::tanh(x); });
                      break;
                    case OpKind::kExponential:
                      loop([](float x, float) { return std::exp(x); });
                      break;
                    default:
                      loop([kind](float x, float y) { return apply_float(kind, x, y); });
                      break;
                  }
                }};
  }
  if (is_float_type(in_t)) {
    return serial([=](AddressTable addr) {
      for (int64_t i = 0; i < n; ++i) {
        const float x = load_float(addr[a], in_t, i);
        const float y = binary ? load_float(addr[b], in_t, i) : 0.0f;
        store_float(addr[r], out.element, i, apply_float(kind, x, y));
      }
    });
  }
  return serial([=](AddressTable addr) {
    for (int64_t i = 0; i < n; ++i) {
      const int64_t x = load_int(addr[a], in_t, i);
      const int64_t y = binary ? load_int(addr[b], in_t, i) : 0;
      store_int(addr[r], out.element, i, apply_int(kind, x, y, in_t));
    }
  });
}

Result<Step> compile_convert(const FlatOp& fop, const Plan& plan, kernels::Isa isa) {
  const int32_t a = fop.operands[0], r = fop.results[0];
  const ElementType from = type_of(plan, a).element, to = type_of(plan, r).element;
  const int64_t n = type_of(plan, r).numel();
  // f32 <-> f16 and f32 -> bf16 (keys and values into the cache): bulk loops, split across
  // threads; each element is converted as load_float / store_float would.
  // The loops follow the kernel table's ISA (portable under scalar).
  const ConvertLoops loops = convert_loops(isa);
  ConvertLoops::Loop bulk = nullptr;
  if (from == ElementType::kF32 && to == ElementType::kF16) bulk = loops.f32_to_f16;
  if (from == ElementType::kF16 && to == ElementType::kF32) bulk = loops.f16_to_f32;
  if (from == ElementType::kF32 && to == ElementType::kBF16) bulk = loops.f32_to_bf16;
  if (bulk != nullptr) {
    const auto in_size = static_cast<int64_t>(graph::element_size(from));
    const auto out_size = static_cast<int64_t>(graph::element_size(to));
    return Step{true, [=](AddressTable addr, int tid, int threads) {
                  int64_t begin, end;
                  split_range(n, tid, threads, 16, &begin, &end);
                  if (begin < end)
                    bulk(addr[a] + begin * in_size, addr[r] + begin * out_size, end - begin);
                }};
  }
  return serial([=](AddressTable addr) {
    for (int64_t i = 0; i < n; ++i) {
      if (to == ElementType::kI1) {
        const bool nz = is_float_type(from) ? load_float(addr[a], from, i) != 0.0f
                                            : load_int(addr[a], from, i) != 0;
        store_int(addr[r], to, i, nz ? 1 : 0);
      } else if (is_float_type(to)) {
        const float v = is_float_type(from) ? load_float(addr[a], from, i)
                                            : static_cast<float>(load_int(addr[a], from, i));
        store_float(addr[r], to, i, v);
      } else if (is_float_type(from)) {
        const float v = load_float(addr[a], from, i);
        const double t = std::isnan(v) ? 0.0 : std::trunc(static_cast<double>(v));
        store_int(addr[r], to, i, static_cast<int64_t>(std::clamp(t, -9.2e18, 9.2e18)));
      } else {
        store_int(addr[r], to, i, load_int(addr[a], from, i));
      }
    }
  });
}

/// Copies element-wise with an index map from result coordinates to operand linear index.
template <typename IndexFn>
Step gather_copy(int32_t a, int32_t r, const Plan& plan, IndexFn index_of) {
  const Shape out(type_of(plan, r).shape);
  const size_t esize = graph::element_size(type_of(plan, r).element);
  return serial([=](AddressTable addr) {
    std::vector<int64_t> coords(out.dims.size());
    for (int64_t i = 0; i < out.numel; ++i) {
      unravel(i, out, coords.data());
      const int64_t src = index_of(coords.data(), addr);
      std::memcpy(addr[r] + i * static_cast<int64_t>(esize),
                  addr[a] + src * static_cast<int64_t>(esize), esize);
    }
  });
}

}  // namespace

Status materialize_constant(const FlatOp& fop, const Plan& plan, std::byte* out) {
  const graph::TensorType& t = type_of(plan, fop.results[0]);
  const int64_t n = t.numel();
  const size_t esize = graph::element_size(t.element);
  if (fop.op->kind == OpKind::kConstant) {
    const auto& c = std::get<graph::ConstantAttrs>(fop.op->attrs);
    if (c.splat) {
      if (c.data.size() != esize) return format_error("constant: splat literal has the wrong size");
      for (int64_t i = 0; i < n; ++i)
        std::memcpy(out + i * static_cast<int64_t>(esize), c.data.data(), esize);
    } else {
      if (c.data.size() != t.nbytes())
        return format_error("constant: literal size does not match its type");
      std::memcpy(out, c.data.data(), c.data.size());
    }
    return Status::Ok();
  }
  const int64_t dim = std::get<graph::IotaAttrs>(fop.op->attrs).dimension;
  const Shape shape(t.shape);
  std::vector<int64_t> coords(shape.dims.size());
  for (int64_t i = 0; i < n; ++i) {
    unravel(i, shape, coords.data());
    const int64_t v = coords[static_cast<size_t>(dim)];
    if (is_float_type(t.element)) {
      store_float(out, t.element, i, static_cast<float>(v));
    } else {
      store_int(out, t.element, i, v);
    }
  }
  return Status::Ok();
}

Result<Step> compile_generic_op(const FlatOp& fop, const Plan& plan, kernels::Isa isa) {
  const graph::Op& op = *fop.op;
  const int32_t r = fop.results.empty() ? -1 : fop.results[0];
  const FlatValue* rv = r >= 0 ? &plan.values[static_cast<size_t>(r)] : nullptr;
  if (graph::is_elementwise_binary(op.kind) || graph::is_elementwise_unary(op.kind)) {
    return compile_elementwise(fop, plan);
  }
  switch (op.kind) {
    case OpKind::kConstant:
    case OpKind::kIota:
      return Step{false, nullptr};
    case OpKind::kConvert:
      return compile_convert(fop, plan, isa);
    case OpKind::kReshape: {
      const int32_t a = fop.operands[0];
      if (rv->storage == Storage::kView)
        return serial([=](AddressTable addr) { addr[r] = addr[a]; });
      const size_t bytes = rv->type.nbytes();
      return serial([=](AddressTable addr) { std::memmove(addr[r], addr[a], bytes); });
    }
    case OpKind::kSlice: {
      const auto& s = std::get<graph::SliceAttrs>(op.attrs);
      const int32_t a = fop.operands[0];
      const Shape in(type_of(plan, a).shape);
      const size_t esize = graph::element_size(rv->type.element);
      if (rv->storage == Storage::kView) {
        const int64_t off = linear_offset(s.start, in) * static_cast<int64_t>(esize);
        return serial([=](AddressTable addr) { addr[r] = addr[a] + off; });
      }
      std::vector<int64_t> strides =
          s.strides.empty() ? std::vector<int64_t>(s.start.size(), 1) : s.strides;
      return gather_copy(a, r, plan, [=](const int64_t* c, AddressTable) {
        int64_t idx = 0;
        for (size_t d = 0; d < in.dims.size(); ++d)
          idx += (s.start[d] + c[d] * strides[d]) * in.strides[d];
        return idx;
      });
    }
    case OpKind::kDynamicSlice: {
      const auto& s = std::get<graph::DynamicSliceAttrs>(op.attrs);
      const int32_t a = fop.operands[0];
      const Shape in(type_of(plan, a).shape);
      const auto idx = index_values_of(fop, 1, plan);
      const size_t esize = graph::element_size(rv->type.element);
      if (rv->storage == Storage::kView) {
        return serial([=](AddressTable addr) {
          const auto starts = clamped_starts(addr, idx, in.dims, s.sizes);
          addr[r] = addr[a] + linear_offset(starts, in) * static_cast<int64_t>(esize);
        });
      }
      const Shape out(rv->type.shape);
      return serial([=](AddressTable addr) {
        const auto starts = clamped_starts(addr, idx, in.dims, s.sizes);
        std::vector<int64_t> c(out.dims.size());
        for (int64_t i = 0; i < out.numel; ++i) {
          unravel(i, out, c.data());
          int64_t src = 0;
          for (size_t d = 0; d < c.size(); ++d) src += (starts[d] + c[d]) * in.strides[d];
          std::memcpy(addr[r] + i * static_cast<int64_t>(esize),
                      addr[a] + src * static_cast<int64_t>(esize), esize);
        }
      });
    }
    case OpKind::kDynamicUpdateSlice: {
      const int32_t a = fop.operands[0], u = fop.operands[1];
      const Shape in(type_of(plan, a).shape);
      const Shape upd(type_of(plan, u).shape);
      const auto idx = index_values_of(fop, 2, plan);
      const size_t esize = graph::element_size(rv->type.element);
      const bool in_place = rv->storage == Storage::kInPlace;
      const size_t total = rv->type.nbytes();
      // The update is copied in runs of its innermost contiguous extent.
      return serial([=](AddressTable addr) {
        if (in_place) {
          addr[r] = addr[a];
        } else {
          std::memmove(addr[r], addr[a], total);
        }
        const auto starts = clamped_starts(addr, idx, in.dims, upd.dims);
        if (upd.numel == 0) return;
        const int64_t inner = upd.dims.empty() ? 1 : upd.dims.back();
        std::vector<int64_t> c(upd.dims.size());
        for (int64_t i = 0; i < upd.numel; i += inner) {
          unravel(i, upd, c.data());
          int64_t dst = 0;
          for (size_t d = 0; d < c.size(); ++d) dst += (starts[d] + c[d]) * in.strides[d];
          std::memmove(addr[r] + dst * static_cast<int64_t>(esize),
                       addr[u] + i * static_cast<int64_t>(esize),
                       static_cast<size_t>(inner) * esize);
        }
      });
    }
    case OpKind::kBroadcastInDim: {
      const auto dims = std::get<graph::BroadcastInDimAttrs>(op.attrs).dimensions;
      const int32_t a = fop.operands[0];
      const Shape in(type_of(plan, a).shape);
      return gather_copy(a, r, plan, [=](const int64_t* c, AddressTable) {
        int64_t idx = 0;
        for (size_t i = 0; i < dims.size(); ++i) {
          idx += (in.dims[i] == 1 ? 0 : c[dims[i]]) * in.strides[i];
        }
        return idx;
      });
    }
    case OpKind::kTranspose: {
      const auto perm = std::get<graph::TransposeAttrs>(op.attrs).permutation;
      const int32_t a = fop.operands[0];
      const Shape in(type_of(plan, a).shape);
      return gather_copy(a, r, plan, [=](const int64_t* c, AddressTable) {
        int64_t idx = 0;
        for (size_t i = 0; i < perm.size(); ++i)
          idx += c[i] * in.strides[static_cast<size_t>(perm[i])];
        return idx;
      });
    }
    case OpKind::kConcatenate: {
      // Row-major operands: for each index of the dimensions before `dim`, each part contributes
      // one contiguous run (its extent along `dim` times the dimensions after it), in order.
      const auto dim = static_cast<size_t>(std::get<graph::ConcatenateAttrs>(op.attrs).dimension);
      const std::vector<int64_t>& dims = rv->type.shape;
      const auto esize = static_cast<int64_t>(graph::element_size(rv->type.element));
      int64_t outer = 1, inner = 1;
      for (size_t d = 0; d < dims.size(); ++d) {
        if (d < dim) outer *= dims[d];
        if (d > dim) inner *= dims[d];
      }
      std::vector<int32_t> parts = fop.operands;
      std::vector<int64_t> run_bytes;
      for (int32_t p : parts) run_bytes.push_back(type_of(plan, p).shape[dim] * inner * esize);
      return serial([=](AddressTable addr) {
        std::byte* dst = addr[r];
        for (int64_t o = 0; o < outer; ++o) {
          for (size_t p = 0; p < parts.size(); ++p) {
            const int64_t bytes = run_bytes[p];
            if (bytes == 0) continue;  // an empty part may have no buffer at all
            std::memcpy(dst, addr[parts[p]] + o * bytes, static_cast<size_t>(bytes));
            dst += bytes;
          }
        }
      });
    }
    case OpKind::kCompare: {
      const auto dir = std::get<graph::CompareAttrs>(op.attrs).direction;
      const int32_t a = fop.operands[0], b = fop.operands[1];
      const ElementType t = type_of(plan, a).element;
      const int64_t n = rv->type.numel();
      return serial([=](AddressTable addr) {
        for (int64_t i = 0; i < n; ++i) {
          const double x = is_float_type(t) ? static_cast<double>(load_float(addr[a], t, i))
                                            : static_cast<double>(load_int(addr[a], t, i));
          const double y = is_float_type(t) ? static_cast<double>(load_float(addr[b], t, i))
                                            : static_cast<double>(load_int(addr[b], t, i));
          store_raw<uint8_t>(addr[r], i, compare_values(dir, x, y) ? 1 : 0);
        }
      });
    }
    case OpKind::kSelect: {
      const int32_t p = fop.operands[0], a = fop.operands[1], b = fop.operands[2];
      const bool scalar_pred = type_of(plan, p).numel() == 1 && rv->type.numel() != 1;
      const int64_t n = rv->type.numel();
      const size_t esize = graph::element_size(rv->type.element);
      return serial([=](AddressTable addr) {
        for (int64_t i = 0; i < n; ++i) {
          const bool take = load_raw<uint8_t>(addr[p], scalar_pred ? 0 : i) != 0;
          std::memcpy(addr[r] + i * static_cast<int64_t>(esize),
                      (take ? addr[a] : addr[b]) + i * static_cast<int64_t>(esize), esize);
        }
      });
    }
    case OpKind::kReduce: {
      const auto& red = std::get<graph::ReduceAttrs>(op.attrs);
      const int32_t a = fop.operands[0], init = fop.operands[1];
      const Shape in(type_of(plan, a).shape);
      const Shape out(rv->type.shape);
      const ElementType t = rv->type.element;
      std::vector<bool> reduced(in.dims.size(), false);
      for (int64_t d : red.dimensions) reduced[static_cast<size_t>(d)] = true;
      const OpKind body = red.body == graph::ReduceBody::kAdd       ? OpKind::kAdd
                          : red.body == graph::ReduceBody::kMaximum ? OpKind::kMaximum
                          : red.body == graph::ReduceBody::kMinimum ? OpKind::kMinimum
                          : red.body == graph::ReduceBody::kAnd     ? OpKind::kAnd
                                                                    : OpKind::kOr;
      // Sequential order over the input in row-major order, like the reference interpreter.
      return serial([=](AddressTable addr) {
        std::vector<float> acc_f(static_cast<size_t>(out.numel));
        std::vector<int64_t> acc_i(static_cast<size_t>(out.numel));
        const bool fl = is_float_type(t);
        for (int64_t o = 0; o < out.numel; ++o) {
          if (fl)
            acc_f[static_cast<size_t>(o)] = load_float(addr[init], t, 0);
          else
            acc_i[static_cast<size_t>(o)] = load_int(addr[init], t, 0);
        }
        std::vector<int64_t> c(in.dims.size());
        for (int64_t i = 0; i < in.numel; ++i) {
          unravel(i, in, c.data());
          int64_t o = 0;
          for (size_t d = 0, od = 0; d < c.size(); ++d) {
            if (!reduced[d]) o += c[d] * out.strides[od++];
          }
          if (fl) {
            acc_f[static_cast<size_t>(o)] =
                apply_float(body, acc_f[static_cast<size_t>(o)], load_float(addr[a], t, i));
          } else {
            acc_i[static_cast<size_t>(o)] =
                apply_int(body, acc_i[static_cast<size_t>(o)], load_int(addr[a], t, i), t);
          }
        }
        for (int64_t o = 0; o < out.numel; ++o) {
          if (fl)
            store_float(addr[r], t, o, acc_f[static_cast<size_t>(o)]);
          else
            store_int(addr[r], t, o, acc_i[static_cast<size_t>(o)]);
        }
      });
    }
    case OpKind::kGather: {
      const auto g = std::get<graph::GatherAttrs>(op.attrs);
      const int32_t a = fop.operands[0], ix = fop.operands[1];
      const Shape in(type_of(plan, a).shape);
      const Shape ishape(type_of(plan, ix).shape);
      const ElementType it = type_of(plan, ix).element;
      const Shape out(rv->type.shape);
      // batch dims of the result are those not in offset_dims, in order.
      std::vector<int64_t> batch_dims;
      for (int64_t d = 0; d < static_cast<int64_t>(out.dims.size()); ++d) {
        if (std::find(g.offset_dims.begin(), g.offset_dims.end(), d) == g.offset_dims.end())
          batch_dims.push_back(d);
      }
      std::vector<int64_t> offset_operand_dims;  // operand dims that are not collapsed
      for (int64_t d = 0; d < static_cast<int64_t>(in.dims.size()); ++d) {
        if (std::find(g.collapsed_slice_dims.begin(), g.collapsed_slice_dims.end(), d) ==
            g.collapsed_slice_dims.end()) {
          offset_operand_dims.push_back(d);
        }
      }
      return gather_copy(a, r, plan, [=](const int64_t* c, AddressTable addr) {
        // Batch index into `indices` (index_vector_dim excluded).
        std::vector<int64_t> start(in.dims.size(), 0);
        std::vector<int64_t> icoord(ishape.dims.size(), 0);
        size_t b = 0;
        for (size_t d = 0; d < ishape.dims.size(); ++d) {
          if (static_cast<int64_t>(d) == g.index_vector_dim) continue;
          icoord[d] = c[static_cast<size_t>(batch_dims[b++])];
        }
        for (size_t k = 0; k < g.start_index_map.size(); ++k) {
          if (g.index_vector_dim < static_cast<int64_t>(ishape.dims.size()))
            icoord[static_cast<size_t>(g.index_vector_dim)] = static_cast<int64_t>(k);
          int64_t lin = 0;
          for (size_t d = 0; d < icoord.size(); ++d) lin += icoord[d] * ishape.strides[d];
          const auto od = static_cast<size_t>(g.start_index_map[k]);
          start[od] =
              std::clamp<int64_t>(load_int(addr[ix], it, lin), 0, in.dims[od] - g.slice_sizes[od]);
        }
        int64_t idx = 0;
        for (size_t k = 0; k < offset_operand_dims.size(); ++k) {
          const auto od = static_cast<size_t>(offset_operand_dims[k]);
          idx += (start[od] + c[static_cast<size_t>(g.offset_dims[k])]) * in.strides[od];
        }
        for (int64_t d : g.collapsed_slice_dims)
          idx += start[static_cast<size_t>(d)] * in.strides[static_cast<size_t>(d)];
        return idx;
      });
    }
    default:
      return unsupported(std::string("cpu runtime: no implementation of stablehlo.") +
                         std::string(graph::op_name(op.kind)));
  }
}

}  // namespace mlxla::runtime::cpu
