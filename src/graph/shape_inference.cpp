// StableHLO type rules per op kind (see shape_inference.h). Messages name dims and shapes; the
// caller adds the function, op index and op name.
#include "graph/shape_inference.h"

#include <algorithm>
#include <set>

namespace mlxla::graph {
namespace {

using Types = std::vector<TensorType>;

std::string t(const TensorType& type) {
  return to_string(type);
}
std::string n(int64_t v) {
  return std::to_string(v);
}

Result<Types> one(TensorType type) {
  return Types{std::move(type)};
}

Error bad(std::string message) {
  return invalid_argument(std::move(message));
}

bool in_range(int64_t d, int64_t rank) {
  return d >= 0 && d < rank;
}

bool has_duplicates(const std::vector<int64_t>& dims) {
  std::set<int64_t> seen(dims.begin(), dims.end());
  return seen.size() != dims.size();
}

bool contains(const std::vector<int64_t>& dims, int64_t d) {
  return std::find(dims.begin(), dims.end(), d) != dims.end();
}

template <typename A>
Result<const A*> attrs_of(const OpAttrs& attrs, const char* what) {
  const A* a = std::get_if<A>(&attrs);
  if (a == nullptr) return bad(std::string("missing ") + what + " attributes");
  return a;
}

Status expect_operands(const Types& operands, size_t count) {
  if (operands.size() != count) {
    return bad("expects " + n(static_cast<int64_t>(count)) + " operands, got " +
               n(static_cast<int64_t>(operands.size())));
  }
  return Status::Ok();
}

Status check_index_scalars(const Types& operands, size_t first, size_t count, const char* what) {
  if (operands.size() != first + count) {
    return bad("needs one " + std::string(what) + " per operand dim (" +
               n(static_cast<int64_t>(count)) + "), got " +
               n(static_cast<int64_t>(operands.size() - std::min(first, operands.size()))));
  }
  for (size_t i = first; i < operands.size(); ++i) {
    const TensorType& s = operands[i];
    if (s.rank() != 0 || !is_integer(s.element) || s.element != operands[first].element) {
      return bad(std::string(what) + " " + n(static_cast<int64_t>(i - first)) +
                 " must be a rank-0 integer of the same type as the others, got " + t(s));
    }
  }
  return Status::Ok();
}

Result<Types> infer_broadcast(const Types& in, const OpAttrs& attrs, const Types& declared) {
  MLXLA_RETURN_IF_ERROR(expect_operands(in, 1));
  MLXLA_ASSIGN_OR_RETURN(const auto* a, attrs_of<BroadcastInDimAttrs>(attrs, "broadcast_in_dim"));
  if (declared.size() != 1) return bad("needs the result shape");
  const TensorType& x = in[0];
  const TensorType& r = declared[0];
  const std::string where = t(x) + " -> " + t(r) + " dims " + dims_text(a->dimensions);
  if (r.element != x.element) return bad("element type changes: " + where);
  if (static_cast<int64_t>(a->dimensions.size()) != x.rank()) {
    return bad("needs one dimension per operand dim: " + where);
  }
  if (has_duplicates(a->dimensions)) return bad("repeated dimension: " + where);
  for (size_t i = 0; i < a->dimensions.size(); ++i) {
    const int64_t d = a->dimensions[i];
    if (!in_range(d, r.rank())) return bad("dimension " + n(d) + " out of range: " + where);
    const int64_t size = x.shape[i];
    if (size != 1 && size != r.shape[static_cast<size_t>(d)]) {
      return bad("operand dim " + n(static_cast<int64_t>(i)) + " (" + n(size) +
                 ") is neither 1 nor result dim " + n(d) + " (" +
                 n(r.shape[static_cast<size_t>(d)]) + "): " + where);
    }
  }
  return one(r);
}

Result<Types> infer_transpose(const Types& in, const OpAttrs& attrs) {
  MLXLA_RETURN_IF_ERROR(expect_operands(in, 1));
  MLXLA_ASSIGN_OR_RETURN(const auto* a, attrs_of<TransposeAttrs>(attrs, "transpose"));
  const TensorType& x = in[0];
  std::vector<int64_t> sorted = a->permutation;
  std::sort(sorted.begin(), sorted.end());
  bool ok = static_cast<int64_t>(sorted.size()) == x.rank();
  for (size_t i = 0; ok && i < sorted.size(); ++i) ok = sorted[i] == static_cast<int64_t>(i);
  if (!ok)
    return bad("permutation " + dims_text(a->permutation) +
               " is not a permutation of the dims of " + t(x));
  TensorType r{x.element, {}};
  for (int64_t p : a->permutation) r.shape.push_back(x.shape[static_cast<size_t>(p)]);
  return one(r);
}

Result<Types> infer_slice(const Types& in, const OpAttrs& attrs) {
  MLXLA_RETURN_IF_ERROR(expect_operands(in, 1));
  MLXLA_ASSIGN_OR_RETURN(const auto* a, attrs_of<SliceAttrs>(attrs, "slice"));
  const TensorType& x = in[0];
  const std::string where = t(x) + " start " + dims_text(a->start) + " limit " +
                            dims_text(a->limit) + " strides " + dims_text(a->strides);
  const auto rank = static_cast<size_t>(x.rank());
  if (a->start.size() != rank || a->limit.size() != rank || a->strides.size() != rank) {
    return bad("start/limit/strides need one entry per dim: " + where);
  }
  TensorType r{x.element, {}};
  for (size_t i = 0; i < rank; ++i) {
    if (a->start[i] < 0 || a->start[i] > a->limit[i] || a->limit[i] > x.shape[i] ||
        a->strides[i] <= 0) {
      return bad("bad bounds in dim " + n(static_cast<int64_t>(i)) + ": " + where);
    }
    r.shape.push_back((a->limit[i] - a->start[i] + a->strides[i] - 1) / a->strides[i]);
  }
  return one(r);
}

Result<Types> infer_dynamic_slice(const Types& in, const OpAttrs& attrs) {
  if (in.empty()) return bad("needs an operand");
  MLXLA_ASSIGN_OR_RETURN(const auto* a, attrs_of<DynamicSliceAttrs>(attrs, "dynamic_slice"));
  const TensorType& x = in[0];
  MLXLA_RETURN_IF_ERROR(check_index_scalars(in, 1, static_cast<size_t>(x.rank()), "start index"));
  if (static_cast<int64_t>(a->sizes.size()) != x.rank()) {
    return bad("slice_sizes " + dims_text(a->sizes) + " need one entry per dim of " + t(x));
  }
  for (size_t i = 0; i < a->sizes.size(); ++i) {
    if (a->sizes[i] < 0 || a->sizes[i] > x.shape[i]) {
      return bad("slice size " + n(a->sizes[i]) + " out of range in dim " +
                 n(static_cast<int64_t>(i)) + " of " + t(x));
    }
  }
  return one(TensorType{x.element, a->sizes});
}

Result<Types> infer_dynamic_update_slice(const Types& in) {
  if (in.size() < 2) return bad("needs an operand and an update");
  const TensorType& x = in[0];
  const TensorType& u = in[1];
  const std::string where = t(x) + " update " + t(u);
  if (x.element != u.element || x.rank() != u.rank()) {
    return bad("update must match the operand's element type and rank: " + where);
  }
  MLXLA_RETURN_IF_ERROR(check_index_scalars(in, 2, static_cast<size_t>(x.rank()), "start index"));
  for (size_t i = 0; i < x.shape.size(); ++i) {
    if (u.shape[i] > x.shape[i]) {
      return bad("update larger than operand in dim " + n(static_cast<int64_t>(i)) + ": " + where);
    }
  }
  return one(x);
}

Result<Types> infer_concatenate(const Types& in, const OpAttrs& attrs) {
  if (in.empty()) return bad("needs at least one operand");
  MLXLA_ASSIGN_OR_RETURN(const auto* a, attrs_of<ConcatenateAttrs>(attrs, "concatenate"));
  TensorType r = in[0];
  if (!in_range(a->dimension, r.rank())) {
    return bad("dimension " + n(a->dimension) + " out of range for " + t(r));
  }
  const auto dim = static_cast<size_t>(a->dimension);
  for (size_t i = 1; i < in.size(); ++i) {
    bool same = in[i].element == r.element && in[i].rank() == r.rank();
    for (size_t d = 0; same && d < r.shape.size(); ++d)
      same = d == dim || in[i].shape[d] == r.shape[d];
    if (!same) {
      return bad("operand " + n(static_cast<int64_t>(i)) + " " + t(in[i]) + " does not match " +
                 t(in[0]) + " outside dimension " + n(a->dimension));
    }
    r.shape[dim] += in[i].shape[dim];
  }
  return one(r);
}

// StableHLO gather without batching dims: result dims are the indices' batch dims (all but
// index_vector_dim) interleaved with the offset dims (slice_sizes minus collapsed dims), the
// latter placed at `offset_dims`.
Result<Types> infer_gather(const Types& in, const OpAttrs& attrs) {
  MLXLA_RETURN_IF_ERROR(expect_operands(in, 2));
  MLXLA_ASSIGN_OR_RETURN(const auto* a, attrs_of<GatherAttrs>(attrs, "gather"));
  const TensorType& x = in[0];
  const TensorType& idx = in[1];
  if (!is_integer(idx.element)) return bad("indices must be integers, got " + t(idx));
  if (a->index_vector_dim < 0 || a->index_vector_dim > idx.rank()) {
    return bad("index_vector_dim " + n(a->index_vector_dim) + " out of range for indices " +
               t(idx));
  }
  const int64_t index_count =
      a->index_vector_dim == idx.rank() ? 1 : idx.shape[static_cast<size_t>(a->index_vector_dim)];
  if (static_cast<int64_t>(a->start_index_map.size()) != index_count) {
    return bad("start_index_map " + dims_text(a->start_index_map) + " must have " + n(index_count) +
               " entries (indices " + t(idx) + ")");
  }
  if (has_duplicates(a->start_index_map)) return bad("start_index_map has repeated dims");
  for (int64_t d : a->start_index_map) {
    if (!in_range(d, x.rank()))
      return bad("start_index_map dim " + n(d) + " out of range for " + t(x));
  }
  if (static_cast<int64_t>(a->slice_sizes.size()) != x.rank()) {
    return bad("slice_sizes " + dims_text(a->slice_sizes) + " need one entry per dim of " + t(x));
  }
  for (size_t i = 0; i < a->slice_sizes.size(); ++i) {
    if (a->slice_sizes[i] < 0 || a->slice_sizes[i] > x.shape[i]) {
      return bad("slice size " + n(a->slice_sizes[i]) + " out of range in dim " +
                 n(static_cast<int64_t>(i)) + " of " + t(x));
    }
  }
  if (!std::is_sorted(a->collapsed_slice_dims.begin(), a->collapsed_slice_dims.end()) ||
      has_duplicates(a->collapsed_slice_dims)) {
    return bad("collapsed_slice_dims " + dims_text(a->collapsed_slice_dims) +
               " must be sorted and unique");
  }
  for (int64_t d : a->collapsed_slice_dims) {
    if (!in_range(d, x.rank())) return bad("collapsed dim " + n(d) + " out of range for " + t(x));
    if (a->slice_sizes[static_cast<size_t>(d)] > 1) {
      return bad("collapsed dim " + n(d) + " has slice size " +
                 n(a->slice_sizes[static_cast<size_t>(d)]) + " (must be 0 or 1)");
    }
  }
  std::vector<int64_t> offset_sizes;
  for (size_t i = 0; i < a->slice_sizes.size(); ++i) {
    if (!contains(a->collapsed_slice_dims, static_cast<int64_t>(i)))
      offset_sizes.push_back(a->slice_sizes[i]);
  }
  if (offset_sizes.size() != a->offset_dims.size()) {
    return bad("offset_dims " + dims_text(a->offset_dims) + " must have " +
               n(static_cast<int64_t>(offset_sizes.size())) +
               " entries (operand rank minus collapsed dims)");
  }
  std::vector<int64_t> batch_sizes;
  for (size_t i = 0; i < idx.shape.size(); ++i) {
    if (static_cast<int64_t>(i) != a->index_vector_dim) batch_sizes.push_back(idx.shape[i]);
  }
  const auto rank = static_cast<int64_t>(offset_sizes.size() + batch_sizes.size());
  if (!std::is_sorted(a->offset_dims.begin(), a->offset_dims.end()) ||
      has_duplicates(a->offset_dims)) {
    return bad("offset_dims " + dims_text(a->offset_dims) + " must be sorted and unique");
  }
  TensorType r{x.element, {}};
  size_t next_offset = 0, next_batch = 0;
  for (int64_t d = 0; d < rank; ++d) {
    if (contains(a->offset_dims, d)) {
      r.shape.push_back(offset_sizes[next_offset++]);
    } else {
      if (next_batch >= batch_sizes.size())
        return bad("offset_dims " + dims_text(a->offset_dims) + " out of range");
      r.shape.push_back(batch_sizes[next_batch++]);
    }
  }
  if (next_offset != offset_sizes.size())
    return bad("offset_dims " + dims_text(a->offset_dims) + " out of range");
  return one(r);
}

Result<Types> infer_elementwise(OpKind kind, const Types& in) {
  const bool binary = is_elementwise_binary(kind);
  MLXLA_RETURN_IF_ERROR(expect_operands(in, binary ? 2 : 1));
  const TensorType& x = in[0];
  if (binary && in[1] != x) return bad("operand types differ: " + t(x) + " vs " + t(in[1]));
  const ElementType e = x.element;
  switch (kind) {
    case OpKind::kShiftRightLogical:
      if (!is_integer(e)) return bad("needs integer operands, got " + t(x));
      break;
    case OpKind::kAnd:
    case OpKind::kOr:
      if (!is_integer(e) && e != ElementType::kI1)
        return bad("needs integer or i1 operands, got " + t(x));
      break;
    case OpKind::kAdd:
    case OpKind::kSubtract:
    case OpKind::kMultiply:
    case OpKind::kDivide:
    case OpKind::kMaximum:
    case OpKind::kMinimum:
    case OpKind::kNegate:
      if (e == ElementType::kI1) return bad("needs numeric operands, got " + t(x));
      break;
    default:  // transcendental unary ops
      if (!is_float(e)) return bad("needs float operands, got " + t(x));
      break;
  }
  return one(x);
}

Result<Types> infer_compare(const Types& in, const OpAttrs& attrs) {
  MLXLA_RETURN_IF_ERROR(expect_operands(in, 2));
  MLXLA_ASSIGN_OR_RETURN(const auto* a, attrs_of<CompareAttrs>(attrs, "compare"));
  (void)a;
  if (in[0] != in[1]) return bad("operand types differ: " + t(in[0]) + " vs " + t(in[1]));
  return one(TensorType{ElementType::kI1, in[0].shape});
}

Result<Types> infer_select(const Types& in) {
  MLXLA_RETURN_IF_ERROR(expect_operands(in, 3));
  const TensorType& p = in[0];
  if (in[1] != in[2]) return bad("on_true " + t(in[1]) + " and on_false " + t(in[2]) + " differ");
  if (p.element != ElementType::kI1 || (p.rank() != 0 && p.shape != in[1].shape)) {
    return bad("predicate " + t(p) + " must be i1, rank 0 or shaped like " + t(in[1]));
  }
  return one(in[1]);
}

Result<Types> infer_reduce(const Types& in, const OpAttrs& attrs) {
  MLXLA_ASSIGN_OR_RETURN(const auto* a, attrs_of<ReduceAttrs>(attrs, "reduce"));
  if (in.size() != 2)
    return bad("expects one input and one init value, got " + n(static_cast<int64_t>(in.size())) +
               " operands");
  const TensorType& x = in[0];
  const TensorType& init = in[1];
  if (init.rank() != 0 || init.element != x.element) {
    return bad("init " + t(init) + " must be a rank-0 tensor of the input's element type (" + t(x) +
               ")");
  }
  if (has_duplicates(a->dimensions))
    return bad("repeated dimension in " + dims_text(a->dimensions));
  for (int64_t d : a->dimensions) {
    if (!in_range(d, x.rank())) return bad("dimension " + n(d) + " out of range for " + t(x));
  }
  const bool logical = a->body == ReduceBody::kAnd || a->body == ReduceBody::kOr;
  if (logical && !is_integer(x.element) && x.element != ElementType::kI1) {
    return bad("and/or reduction needs integer or i1 input, got " + t(x));
  }
  if (!logical && x.element == ElementType::kI1)
    return bad("arithmetic reduction of i1 input " + t(x));
  TensorType r{x.element, {}};
  for (size_t i = 0; i < x.shape.size(); ++i) {
    if (!contains(a->dimensions, static_cast<int64_t>(i))) r.shape.push_back(x.shape[i]);
  }
  return one(r);
}

Status check_dot_dims(const std::vector<int64_t>& dims, const TensorType& x, const char* side,
                      const char* what) {
  for (int64_t d : dims) {
    if (!in_range(d, x.rank())) {
      return bad(std::string(what) + " dim " + n(d) + " out of range for " + side + " " + t(x));
    }
  }
  return Status::Ok();
}

Result<Types> infer_dot_general(const Types& in, const OpAttrs& attrs) {
  MLXLA_RETURN_IF_ERROR(expect_operands(in, 2));
  MLXLA_ASSIGN_OR_RETURN(const auto* a, attrs_of<DotGeneralAttrs>(attrs, "dot_general"));
  const TensorType& l = in[0];
  const TensorType& r = in[1];
  if (l.element != r.element)
    return bad("lhs " + t(l) + " and rhs " + t(r) + " element types differ");
  if (l.element == ElementType::kI1) return bad("i1 operands are not supported");
  if (a->lhs_batching_dims.size() != a->rhs_batching_dims.size())
    return bad("batching dim counts differ");
  if (a->lhs_contracting_dims.size() != a->rhs_contracting_dims.size())
    return bad("contracting dim counts differ");
  MLXLA_RETURN_IF_ERROR(check_dot_dims(a->lhs_batching_dims, l, "lhs", "batching"));
  MLXLA_RETURN_IF_ERROR(check_dot_dims(a->rhs_batching_dims, r, "rhs", "batching"));
  MLXLA_RETURN_IF_ERROR(check_dot_dims(a->lhs_contracting_dims, l, "lhs", "contracting"));
  MLXLA_RETURN_IF_ERROR(check_dot_dims(a->rhs_contracting_dims, r, "rhs", "contracting"));
  std::vector<int64_t> lhs_used = a->lhs_batching_dims, rhs_used = a->rhs_batching_dims;
  lhs_used.insert(lhs_used.end(), a->lhs_contracting_dims.begin(), a->lhs_contracting_dims.end());
  rhs_used.insert(rhs_used.end(), a->rhs_contracting_dims.begin(), a->rhs_contracting_dims.end());
  if (has_duplicates(lhs_used))
    return bad("lhs batching/contracting dims repeat: " + dims_text(lhs_used));
  if (has_duplicates(rhs_used))
    return bad("rhs batching/contracting dims repeat: " + dims_text(rhs_used));
  TensorType out{is_float(l.element) ? ElementType::kF32 : l.element, {}};
  for (size_t i = 0; i < a->lhs_batching_dims.size(); ++i) {
    const int64_t ld = a->lhs_batching_dims[i], rd = a->rhs_batching_dims[i];
    const int64_t ls = l.shape[static_cast<size_t>(ld)], rs = r.shape[static_cast<size_t>(rd)];
    if (ls != rs) {
      return bad("batching dim " + n(ld) + " of lhs (" + n(ls) + ") != dim " + n(rd) + " of rhs (" +
                 n(rs) + ")");
    }
    out.shape.push_back(ls);
  }
  for (size_t i = 0; i < a->lhs_contracting_dims.size(); ++i) {
    const int64_t ld = a->lhs_contracting_dims[i], rd = a->rhs_contracting_dims[i];
    const int64_t ls = l.shape[static_cast<size_t>(ld)], rs = r.shape[static_cast<size_t>(rd)];
    if (ls != rs) {
      return bad("contracting dim " + n(ld) + " of lhs (" + n(ls) + ") != dim " + n(rd) +
                 " of rhs (" + n(rs) + ")");
    }
  }
  for (size_t i = 0; i < l.shape.size(); ++i) {
    if (!contains(lhs_used, static_cast<int64_t>(i))) out.shape.push_back(l.shape[i]);
  }
  for (size_t i = 0; i < r.shape.size(); ++i) {
    if (!contains(rhs_used, static_cast<int64_t>(i))) out.shape.push_back(r.shape[i]);
  }
  return one(out);
}

Result<Types> infer_composite(const Module& module, const Types& in, const OpAttrs& attrs) {
  MLXLA_ASSIGN_OR_RETURN(const auto* a, attrs_of<CompositeAttrs>(attrs, "composite"));
  if (a->name.empty()) return bad("composite has no name");
  const Function* f = module.find(a->decomposition);
  if (f == nullptr)
    return bad("decomposition @" + a->decomposition + " of \"" + a->name +
               "\" is not in the module");
  if (f->parameters.size() != in.size()) {
    return bad("\"" + a->name + "\" has " + n(static_cast<int64_t>(in.size())) + " operands but @" +
               a->decomposition + " takes " + n(static_cast<int64_t>(f->parameters.size())));
  }
  for (size_t i = 0; i < in.size(); ++i) {
    const ValueId v = f->parameters[i].value;
    if (v < 0 || static_cast<size_t>(v) >= f->types.size())
      return bad("@" + a->decomposition + " has a dangling parameter");
    if (f->type(v) != in[i]) {
      return bad("operand " + n(static_cast<int64_t>(i)) + " " + t(in[i]) + " != parameter " +
                 n(static_cast<int64_t>(i)) + " of @" + a->decomposition + " " + t(f->type(v)));
    }
  }
  if (f->ops.empty() || f->ops.back().kind != OpKind::kReturn) {
    return bad("decomposition @" + a->decomposition + " does not end with return");
  }
  return f->result_types();
}

Result<Types> infer_declared(OpKind kind, const Types& in, const OpAttrs& attrs,
                             const Types& declared) {
  if (declared.size() != 1) return bad("needs its declared result type");
  const TensorType& r = declared[0];
  for (int64_t d : r.shape) {
    if (d < 0) return bad("negative dimension in " + t(r));
  }
  switch (kind) {
    case OpKind::kConstant: {
      MLXLA_RETURN_IF_ERROR(expect_operands(in, 0));
      MLXLA_ASSIGN_OR_RETURN(const auto* a, attrs_of<ConstantAttrs>(attrs, "constant"));
      const size_t want = a->splat ? element_size(r.element) : r.nbytes();
      if (a->data.size() != want) {
        return bad(t(r) + (a->splat ? " splat" : "") + " needs " + n(static_cast<int64_t>(want)) +
                   " bytes of data, got " + n(static_cast<int64_t>(a->data.size())));
      }
      return one(r);
    }
    case OpKind::kIota: {
      MLXLA_RETURN_IF_ERROR(expect_operands(in, 0));
      MLXLA_ASSIGN_OR_RETURN(const auto* a, attrs_of<IotaAttrs>(attrs, "iota"));
      if (!in_range(a->dimension, r.rank()))
        return bad("iota_dimension " + n(a->dimension) + " out of range for " + t(r));
      if (r.element == ElementType::kI1) return bad("iota of i1");
      return one(r);
    }
    case OpKind::kConvert:
      MLXLA_RETURN_IF_ERROR(expect_operands(in, 1));
      if (r.shape != in[0].shape) return bad("shape changes: " + t(in[0]) + " -> " + t(r));
      return one(r);
    default:  // kReshape
      MLXLA_RETURN_IF_ERROR(expect_operands(in, 1));
      if (r.element != in[0].element || r.numel() != in[0].numel()) {
        return bad(t(in[0]) + " -> " + t(r) + ": element types or counts differ");
      }
      return one(r);
  }
}

}  // namespace

std::string dims_text(const std::vector<int64_t>& dims) {
  std::string text = "[";
  for (size_t i = 0; i < dims.size(); ++i) {
    if (i) text += ", ";
    text += std::to_string(dims[i]);
  }
  return text + "]";
}

Result<std::vector<TensorType>> infer_result_types(const Module& module, OpKind kind,
                                                   const std::vector<TensorType>& operands,
                                                   const OpAttrs& attrs,
                                                   const std::vector<TensorType>& declared) {
  switch (kind) {
    case OpKind::kConstant:
    case OpKind::kIota:
    case OpKind::kConvert:
    case OpKind::kReshape:
      return infer_declared(kind, operands, attrs, declared);
    case OpKind::kBroadcastInDim:
      return infer_broadcast(operands, attrs, declared);
    case OpKind::kTranspose:
      return infer_transpose(operands, attrs);
    case OpKind::kSlice:
      return infer_slice(operands, attrs);
    case OpKind::kDynamicSlice:
      return infer_dynamic_slice(operands, attrs);
    case OpKind::kDynamicUpdateSlice:
      return infer_dynamic_update_slice(operands);
    case OpKind::kConcatenate:
      return infer_concatenate(operands, attrs);
    case OpKind::kGather:
      return infer_gather(operands, attrs);
    case OpKind::kCompare:
      return infer_compare(operands, attrs);
    case OpKind::kSelect:
      return infer_select(operands);
    case OpKind::kReduce:
      return infer_reduce(operands, attrs);
    case OpKind::kDotGeneral:
      return infer_dot_general(operands, attrs);
    case OpKind::kComposite:
      return infer_composite(module, operands, attrs);
    case OpKind::kReturn:
      return Types{};
    default:
      return infer_elementwise(kind, operands);
  }
}

}  // namespace mlxla::graph
