// Reference reductions: reduce (sequential, documented order) and dot_general (f32 accumulation
// in the canonical 16-lane order every mlxla runtime uses, so runtimes agree bit for bit).
#include <cmath>

#include "runtime/reference/elements.h"
#include "runtime/reference/ops.h"

namespace mlxla::runtime::reference {
namespace {

using graph::ElementType;
using graph::OpKind;
using graph::ReduceBody;

bool unique_in_range(const std::vector<int64_t>& dims, int64_t rank, std::vector<bool>& used) {
  for (int64_t d : dims) {
    if (d < 0 || d >= rank || used[static_cast<size_t>(d)]) return false;
    used[static_cast<size_t>(d)] = true;
  }
  return true;
}

float float_body(ReduceBody body, float acc, float x) {
  switch (body) {
    case ReduceBody::kAdd:
      return acc + x;
    case ReduceBody::kMaximum:
      if (std::isnan(acc) || std::isnan(x)) return std::isnan(acc) ? acc : x;
      if (acc == x) return std::signbit(acc) ? x : acc;
      return acc > x ? acc : x;
    case ReduceBody::kMinimum:
      if (std::isnan(acc) || std::isnan(x)) return std::isnan(acc) ? acc : x;
      if (acc == x) return std::signbit(acc) ? acc : x;
      return acc < x ? acc : x;
    default:
      return acc;  // and/or on floats are rejected before
  }
}

int64_t integer_body(ReduceBody body, ElementType type, int64_t acc, int64_t x) {
  switch (body) {
    case ReduceBody::kAdd:
      return type == ElementType::kI1
                 ? (acc | x)
                 : static_cast<int64_t>(static_cast<uint64_t>(acc) + static_cast<uint64_t>(x));
    case ReduceBody::kMaximum:
      return acc > x ? acc : x;
    case ReduceBody::kMinimum:
      return acc < x ? acc : x;
    case ReduceBody::kAnd:
      return static_cast<int64_t>(static_cast<uint64_t>(acc) & static_cast<uint64_t>(x));
    case ReduceBody::kOr:
      return static_cast<int64_t>(static_cast<uint64_t>(acc) | static_cast<uint64_t>(x));
  }
  return acc;
}

}  // namespace

Result<Buffer> evaluate_reduce(const graph::ReduceAttrs& attrs,
                               std::span<const BufferView> operands,
                               const graph::TensorType& type) {
  const auto fail = [](const std::string& message) { return op_error(OpKind::kReduce, message); };
  if (operands.size() != 2) return fail("supports one input and one init value");
  const BufferView& x = operands[0];
  const BufferView& init = operands[1];
  const ElementType e = x.type.element;
  if (init.type.rank() != 0 || init.type.element != e || type.element != e)
    return fail("init and result must be rank-0 / same element type as the input");
  if (graph::is_float(e) && (attrs.body == ReduceBody::kAnd || attrs.body == ReduceBody::kOr))
    return fail("and/or bodies need integer or i1 inputs");
  std::vector<bool> reduced(x.type.shape.size(), false);
  if (!unique_in_range(attrs.dimensions, x.type.rank(), reduced))
    return fail("dimensions must be distinct operand dimensions");
  std::vector<int64_t> kept_shape;
  std::vector<int64_t> reduced_shape;
  for (size_t d = 0; d < reduced.size(); ++d)
    (reduced[d] ? reduced_shape : kept_shape).push_back(x.type.shape[d]);
  if (type.shape != kept_shape)
    return fail("result " + graph::to_string(type) +
                " is not the input without the reduced dimensions");

  const std::vector<int64_t> strides = row_major_strides(x.type.shape);
  std::vector<int64_t> kept_strides;
  std::vector<int64_t> reduced_strides;
  for (size_t d = 0; d < reduced.size(); ++d)
    (reduced[d] ? reduced_strides : kept_strides).push_back(strides[d]);
  Buffer out = Buffer::zeros(type);
  if (type.numel() == 0) return out;
  std::vector<int64_t> kept(kept_shape.size(), 0);
  int64_t flat = 0;
  do {
    int64_t base = 0;
    for (size_t i = 0; i < kept.size(); ++i) base += kept[i] * kept_strides[i];
    float facc = graph::is_float(e) ? load_float(e, init.data, 0) : 0.0f;
    int64_t iacc = graph::is_float(e) ? 0 : load_int(e, init.data, 0);
    // Sequential: init, then the reduced elements in row-major order of the reduced dims; f16 and
    // bf16 partial results are rounded to their type after every step.
    std::vector<int64_t> r(reduced_shape.size(), 0);
    const bool empty = x.type.numel() == 0;
    while (!empty) {
      int64_t offset = base;
      for (size_t i = 0; i < r.size(); ++i) offset += r[i] * reduced_strides[i];
      if (graph::is_float(e)) {
        facc = round_to(e, float_body(attrs.body, facc, load_float(e, x.data, offset)));
      } else {
        iacc = integer_body(attrs.body, e, iacc, load_int(e, x.data, offset));
      }
      if (!next_index(r, reduced_shape)) break;
    }
    if (graph::is_float(e)) {
      store_float(e, out.bytes.data(), flat, facc);
    } else {
      store_int(e, out.bytes.data(), flat, iacc);
    }
    ++flat;
  } while (next_index(kept, kept_shape));
  return out;
}

float canonical_dot(const float* a, const float* b, int64_t n) {
  float p[16] = {};
  for (int64_t k = 0; k < n; ++k) p[k % 16] = std::fma(a[k], b[k], p[k % 16]);
  for (int s = 8; s >= 1; s /= 2) {
    for (int l = 0; l < s; ++l) p[l] += p[l + s];
  }
  return p[0];
}

Result<Buffer> evaluate_dot_general(const graph::DotGeneralAttrs& attrs,
                                    std::span<const BufferView> operands,
                                    const graph::TensorType& type) {
  const auto fail = [](const std::string& message) {
    return op_error(OpKind::kDotGeneral, message);
  };
  if (operands.size() != 2) return fail("expects lhs and rhs");
  const BufferView& lhs = operands[0];
  const BufferView& rhs = operands[1];
  const ElementType e = lhs.type.element;
  const bool floating = graph::is_float(e);
  if (rhs.type.element != e || e == ElementType::kI1)
    return fail("lhs and rhs must share a float or integer element type");
  if (type.element != (floating ? ElementType::kF32 : e))
    return fail("result must be f32 for float inputs, the input type otherwise");
  const auto& lb = attrs.lhs_batching_dims;
  const auto& rb = attrs.rhs_batching_dims;
  const auto& lc = attrs.lhs_contracting_dims;
  const auto& rc = attrs.rhs_contracting_dims;
  std::vector<bool> lhs_used(lhs.type.shape.size(), false);
  std::vector<bool> rhs_used(rhs.type.shape.size(), false);
  if (lb.size() != rb.size() || lc.size() != rc.size() ||
      !unique_in_range(lb, lhs.type.rank(), lhs_used) ||
      !unique_in_range(lc, lhs.type.rank(), lhs_used) ||
      !unique_in_range(rb, rhs.type.rank(), rhs_used) ||
      !unique_in_range(rc, rhs.type.rank(), rhs_used)) {
    return fail("batching/contracting dimensions must pair up and be distinct dimensions");
  }
  const auto dim = [](const BufferView& v, int64_t d) {
    return v.type.shape[static_cast<size_t>(d)];
  };
  std::vector<int64_t> expected;
  std::vector<int64_t> contraction_shape;
  for (size_t i = 0; i < lb.size(); ++i) {
    if (dim(lhs, lb[i]) != dim(rhs, rb[i])) return fail("batching dimension sizes differ");
    expected.push_back(dim(lhs, lb[i]));
  }
  for (size_t i = 0; i < lc.size(); ++i) {
    if (dim(lhs, lc[i]) != dim(rhs, rc[i])) return fail("contracting dimension sizes differ");
    contraction_shape.push_back(dim(lhs, lc[i]));
  }
  std::vector<int64_t> lhs_free;
  std::vector<int64_t> rhs_free;
  for (int64_t d = 0; d < lhs.type.rank(); ++d) {
    if (!lhs_used[static_cast<size_t>(d)]) {
      lhs_free.push_back(d);
      expected.push_back(dim(lhs, d));
    }
  }
  for (int64_t d = 0; d < rhs.type.rank(); ++d) {
    if (!rhs_used[static_cast<size_t>(d)]) {
      rhs_free.push_back(d);
      expected.push_back(dim(rhs, d));
    }
  }
  if (type.shape != expected)
    return fail("result " + graph::to_string(type) + " is not batch x lhs free x rhs free");

  Buffer out = Buffer::zeros(type);
  if (type.numel() == 0) return out;
  const std::vector<int64_t> ls = row_major_strides(lhs.type.shape);
  const std::vector<int64_t> rs = row_major_strides(rhs.type.shape);
  // Offsets of every contraction element, flattened row-major in lhs_contracting_dims order.
  std::vector<int64_t> lhs_k;
  std::vector<int64_t> rhs_k;
  {
    std::vector<int64_t> c(contraction_shape.size(), 0);
    int64_t n = 1;
    for (int64_t s : contraction_shape) n *= s;
    while (n > 0) {
      int64_t lo = 0;
      int64_t ro = 0;
      for (size_t i = 0; i < c.size(); ++i) {
        lo += c[i] * ls[static_cast<size_t>(lc[i])];
        ro += c[i] * rs[static_cast<size_t>(rc[i])];
      }
      lhs_k.push_back(lo);
      rhs_k.push_back(ro);
      if (!next_index(c, contraction_shape)) break;
    }
  }
  const auto n = static_cast<int64_t>(lhs_k.size());
  std::vector<float> a(lhs_k.size());
  std::vector<float> b(rhs_k.size());
  std::vector<int64_t> index(type.shape.size(), 0);
  int64_t flat = 0;
  do {
    int64_t lo = 0;
    int64_t ro = 0;
    size_t r = 0;
    for (size_t i = 0; i < lb.size(); ++i, ++r) {
      lo += index[r] * ls[static_cast<size_t>(lb[i])];
      ro += index[r] * rs[static_cast<size_t>(rb[i])];
    }
    for (int64_t d : lhs_free) lo += index[r++] * ls[static_cast<size_t>(d)];
    for (int64_t d : rhs_free) ro += index[r++] * rs[static_cast<size_t>(d)];
    if (floating) {
      for (int64_t k = 0; k < n; ++k) {
        a[static_cast<size_t>(k)] = load_float(e, lhs.data, lo + lhs_k[static_cast<size_t>(k)]);
        b[static_cast<size_t>(k)] = load_float(e, rhs.data, ro + rhs_k[static_cast<size_t>(k)]);
      }
      store_float(ElementType::kF32, out.bytes.data(), flat, canonical_dot(a.data(), b.data(), n));
    } else {
      uint64_t sum = 0;  // integer sums wrap; the order cannot matter
      for (int64_t k = 0; k < n; ++k) {
        sum += static_cast<uint64_t>(load_int(e, lhs.data, lo + lhs_k[static_cast<size_t>(k)])) *
               static_cast<uint64_t>(load_int(e, rhs.data, ro + rhs_k[static_cast<size_t>(k)]));
      }
      store_int(e, out.bytes.data(), flat, static_cast<int64_t>(sum));
    }
    ++flat;
  } while (next_index(index, type.shape));
  return out;
}

}  // namespace mlxla::runtime::reference
