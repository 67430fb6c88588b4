// Reference ops that create or move elements: constant, iota, convert, broadcast_in_dim,
// reshape, transpose, slice, dynamic_slice, dynamic_update_slice, concatenate.
#include <algorithm>
#include <cstring>

#include "runtime/reference/elements.h"
#include "runtime/reference/ops.h"

namespace mlxla::runtime::reference {
namespace {

using graph::ElementType;
using graph::OpKind;
using graph::TensorType;

std::string shape_text(const std::vector<int64_t>& shape) {
  std::string text = "[";
  for (size_t i = 0; i < shape.size(); ++i) text += (i ? "," : "") + std::to_string(shape[i]);
  return text + "]";
}

/// Copies element `from` of `src` to element `to` of `dst` (same element size `width`).
void copy_element(const std::byte* src, int64_t from, std::byte* dst, int64_t to, size_t width) {
  std::memcpy(dst + static_cast<size_t>(to) * width, src + static_cast<size_t>(from) * width,
              width);
}

int64_t dot(const std::vector<int64_t>& index, const std::vector<int64_t>& strides) {
  int64_t offset = 0;
  for (size_t i = 0; i < index.size(); ++i) offset += index[i] * strides[i];
  return offset;
}

Result<Buffer> constant(const graph::ConstantAttrs& attrs, const TensorType& type) {
  const size_t width = graph::element_size(type.element);
  Buffer out = Buffer::zeros(type);
  if (attrs.splat) {
    if (attrs.data.size() != width) {
      return op_error(OpKind::kConstant, "splat literal has " + std::to_string(attrs.data.size()) +
                                             " bytes, expected " + std::to_string(width));
    }
    for (size_t i = 0; i < out.bytes.size(); i += width) {
      std::memcpy(out.bytes.data() + i, attrs.data.data(), width);
    }
    return out;
  }
  if (attrs.data.size() != type.nbytes()) {
    return op_error(OpKind::kConstant, "literal has " + std::to_string(attrs.data.size()) +
                                           " bytes, " + graph::to_string(type) + " needs " +
                                           std::to_string(type.nbytes()));
  }
  out.bytes = attrs.data;
  return out;
}

Result<Buffer> iota(const graph::IotaAttrs& attrs, const TensorType& type) {
  if (attrs.dimension < 0 || attrs.dimension >= type.rank()) {
    return op_error(OpKind::kIota, "dimension " + std::to_string(attrs.dimension) + " is outside " +
                                       graph::to_string(type));
  }
  Buffer out = Buffer::zeros(type);
  if (type.numel() == 0) return out;
  std::vector<int64_t> index(type.shape.size(), 0);
  int64_t flat = 0;
  do {
    const int64_t value = index[static_cast<size_t>(attrs.dimension)];
    if (graph::is_float(type.element)) {
      store_float(type.element, out.bytes.data(), flat, static_cast<float>(value));
    } else {
      store_int(type.element, out.bytes.data(), flat, value);
    }
    ++flat;
  } while (next_index(index, type.shape));
  return out;
}

Result<Buffer> convert(const BufferView& x, const TensorType& type) {
  if (x.type.shape != type.shape) {
    return op_error(OpKind::kConvert, "operand " + graph::to_string(x.type) + " and result " +
                                          graph::to_string(type) + " differ in shape");
  }
  Buffer out = Buffer::zeros(type);
  for (int64_t i = 0; i < type.numel(); ++i) {
    convert_element(x.type.element, x.data, type.element, out.bytes.data(), i);
  }
  return out;
}

Result<Buffer> broadcast_in_dim(const graph::BroadcastInDimAttrs& attrs, const BufferView& x,
                                const TensorType& type) {
  const OpKind kind = OpKind::kBroadcastInDim;
  if (x.type.element != type.element) return op_error(kind, "element types differ");
  if (static_cast<int64_t>(attrs.dimensions.size()) != x.type.rank()) {
    return op_error(kind, "needs one dimension per operand dimension");
  }
  for (size_t k = 0; k < attrs.dimensions.size(); ++k) {
    const int64_t d = attrs.dimensions[k];
    if (d < 0 || d >= type.rank())
      return op_error(kind, "dimension " + std::to_string(d) + " out of range");
    if (x.type.shape[k] != 1 && x.type.shape[k] != type.shape[static_cast<size_t>(d)]) {
      return op_error(kind, "operand " + graph::to_string(x.type) + " does not broadcast to " +
                                graph::to_string(type));
    }
  }
  Buffer out = Buffer::zeros(type);
  if (type.numel() == 0) return out;
  const size_t width = graph::element_size(type.element);
  const std::vector<int64_t> strides = row_major_strides(x.type.shape);
  std::vector<int64_t> index(type.shape.size(), 0);
  int64_t flat = 0;
  do {
    int64_t source = 0;
    for (size_t k = 0; k < attrs.dimensions.size(); ++k) {
      if (x.type.shape[k] != 1)
        source += index[static_cast<size_t>(attrs.dimensions[k])] * strides[k];
    }
    copy_element(x.data, source, out.bytes.data(), flat++, width);
  } while (next_index(index, type.shape));
  return out;
}

Result<Buffer> reshape(const BufferView& x, const TensorType& type) {
  if (x.type.element != type.element || x.type.numel() != type.numel()) {
    return op_error(OpKind::kReshape,
                    graph::to_string(x.type) + " cannot become " + graph::to_string(type));
  }
  Buffer out = Buffer::zeros(type);
  if (!out.bytes.empty()) std::memcpy(out.bytes.data(), x.data, out.bytes.size());
  return out;
}

Result<Buffer> transpose(const graph::TransposeAttrs& attrs, const BufferView& x,
                         const TensorType& type) {
  const auto& perm = attrs.permutation;
  std::vector<int64_t> sorted = perm;
  std::sort(sorted.begin(), sorted.end());
  bool valid = static_cast<int64_t>(perm.size()) == x.type.rank() &&
               x.type.element == type.element && type.rank() == x.type.rank();
  for (size_t i = 0; valid && i < sorted.size(); ++i) valid = sorted[i] == static_cast<int64_t>(i);
  // Only now is every perm[i] known to be a dimension of x.
  for (size_t i = 0; valid && i < perm.size(); ++i)
    valid = type.shape[i] == x.type.shape[static_cast<size_t>(perm[i])];
  if (!valid) {
    return op_error(OpKind::kTranspose, "permutation " + shape_text(perm) + " does not take " +
                                            graph::to_string(x.type) + " to " +
                                            graph::to_string(type));
  }
  Buffer out = Buffer::zeros(type);
  if (type.numel() == 0) return out;
  const size_t width = graph::element_size(type.element);
  const std::vector<int64_t> strides = row_major_strides(x.type.shape);
  std::vector<int64_t> index(type.shape.size(), 0);
  int64_t flat = 0;
  do {
    int64_t source = 0;
    for (size_t i = 0; i < perm.size(); ++i)
      source += index[i] * strides[static_cast<size_t>(perm[i])];
    copy_element(x.data, source, out.bytes.data(), flat++, width);
  } while (next_index(index, type.shape));
  return out;
}

Result<Buffer> slice(const graph::SliceAttrs& attrs, const BufferView& x, const TensorType& type) {
  const size_t rank = x.type.shape.size();
  std::vector<int64_t> strides =
      attrs.strides.empty() ? std::vector<int64_t>(rank, 1) : attrs.strides;
  bool valid = attrs.start.size() == rank && attrs.limit.size() == rank && strides.size() == rank &&
               type.shape.size() == rank && x.type.element == type.element;
  for (size_t i = 0; valid && i < rank; ++i) {
    valid = attrs.start[i] >= 0 && attrs.start[i] <= attrs.limit[i] &&
            attrs.limit[i] <= x.type.shape[i] && strides[i] >= 1 &&
            type.shape[i] == (attrs.limit[i] - attrs.start[i] + strides[i] - 1) / strides[i];
  }
  if (!valid) {
    return op_error(OpKind::kSlice, "start " + shape_text(attrs.start) + " limit " +
                                        shape_text(attrs.limit) + " strides " +
                                        shape_text(strides) + " do not take " +
                                        graph::to_string(x.type) + " to " + graph::to_string(type));
  }
  Buffer out = Buffer::zeros(type);
  if (type.numel() == 0) return out;
  const size_t width = graph::element_size(type.element);
  const std::vector<int64_t> source_strides = row_major_strides(x.type.shape);
  std::vector<int64_t> index(rank, 0);
  int64_t flat = 0;
  do {
    int64_t source = 0;
    for (size_t i = 0; i < rank; ++i)
      source += (attrs.start[i] + index[i] * strides[i]) * source_strides[i];
    copy_element(x.data, source, out.bytes.data(), flat++, width);
  } while (next_index(index, type.shape));
  return out;
}

/// Reads the rank-0 integer start indices operands[first...] and clamps each into
/// [0, dim - size] as StableHLO specifies.
Result<std::vector<int64_t>> clamped_starts(OpKind kind, std::span<const BufferView> operands,
                                            size_t first, const std::vector<int64_t>& dims,
                                            const std::vector<int64_t>& sizes) {
  if (operands.size() != first + dims.size()) {
    return op_error(kind,
                    "needs one start index per dimension (" + std::to_string(dims.size()) + ")");
  }
  std::vector<int64_t> starts(dims.size());
  for (size_t i = 0; i < dims.size(); ++i) {
    const BufferView& s = operands[first + i];
    if (s.type.rank() != 0 || !graph::is_integer(s.type.element)) {
      return op_error(kind, "start index " + std::to_string(i) + " must be a rank-0 integer, not " +
                                graph::to_string(s.type));
    }
    if (sizes[i] < 0 || sizes[i] > dims[i]) {
      return op_error(kind, "size " + std::to_string(sizes[i]) + " exceeds dimension " +
                                std::to_string(i) + " of " + shape_text(dims));
    }
    starts[i] = std::clamp<int64_t>(load_int(s.type.element, s.data, 0), 0, dims[i] - sizes[i]);
  }
  return starts;
}

Result<Buffer> dynamic_slice(const graph::DynamicSliceAttrs& attrs,
                             std::span<const BufferView> operands, const TensorType& type) {
  const BufferView& x = operands[0];
  if (attrs.sizes.size() != x.type.shape.size() || type.shape != attrs.sizes ||
      type.element != x.type.element) {
    return op_error(OpKind::kDynamicSlice, "sizes " + shape_text(attrs.sizes) + " do not take " +
                                               graph::to_string(x.type) + " to " +
                                               graph::to_string(type));
  }
  MLXLA_ASSIGN_OR_RETURN(
      std::vector<int64_t> starts,
      clamped_starts(OpKind::kDynamicSlice, operands, 1, x.type.shape, attrs.sizes));
  Buffer out = Buffer::zeros(type);
  if (type.numel() == 0) return out;
  const size_t width = graph::element_size(type.element);
  const std::vector<int64_t> strides = row_major_strides(x.type.shape);
  std::vector<int64_t> index(type.shape.size(), 0);
  int64_t flat = 0;
  do {
    int64_t source = 0;
    for (size_t i = 0; i < index.size(); ++i) source += (starts[i] + index[i]) * strides[i];
    copy_element(x.data, source, out.bytes.data(), flat++, width);
  } while (next_index(index, type.shape));
  return out;
}

Result<Buffer> dynamic_update_slice(std::span<const BufferView> operands, const TensorType& type) {
  const OpKind kind = OpKind::kDynamicUpdateSlice;
  if (operands.size() < 2) return op_error(kind, "needs an operand and an update");
  const BufferView& x = operands[0];
  const BufferView& update = operands[1];
  if (x.type != type || update.type.element != type.element || update.type.rank() != type.rank()) {
    return op_error(kind, "operand " + graph::to_string(x.type) + ", update " +
                              graph::to_string(update.type) + " and result " +
                              graph::to_string(type) + " do not agree");
  }
  MLXLA_ASSIGN_OR_RETURN(std::vector<int64_t> starts,
                         clamped_starts(kind, operands, 2, x.type.shape, update.type.shape));
  Buffer out = Buffer::zeros(type);
  if (!out.bytes.empty()) std::memcpy(out.bytes.data(), x.data, out.bytes.size());
  if (update.type.numel() == 0) return out;
  const size_t width = graph::element_size(type.element);
  const std::vector<int64_t> strides = row_major_strides(type.shape);
  std::vector<int64_t> index(type.shape.size(), 0);
  int64_t flat = 0;
  do {
    int64_t target = 0;
    for (size_t i = 0; i < index.size(); ++i) target += (starts[i] + index[i]) * strides[i];
    copy_element(update.data, flat++, out.bytes.data(), target, width);
  } while (next_index(index, update.type.shape));
  return out;
}

Result<Buffer> concatenate(const graph::ConcatenateAttrs& attrs,
                           std::span<const BufferView> operands, const TensorType& type) {
  const OpKind kind = OpKind::kConcatenate;
  const int64_t dim = attrs.dimension;
  if (operands.empty() || dim < 0 || dim >= type.rank())
    return op_error(kind, "bad dimension or no operands");
  int64_t total = 0;
  for (const BufferView& x : operands) {
    bool valid = x.type.element == type.element && x.type.rank() == type.rank();
    for (int64_t i = 0; valid && i < type.rank(); ++i) {
      valid =
          i == dim || x.type.shape[static_cast<size_t>(i)] == type.shape[static_cast<size_t>(i)];
    }
    if (!valid)
      return op_error(kind, graph::to_string(x.type) + " does not fit " + graph::to_string(type));
    total += x.type.shape[static_cast<size_t>(dim)];
  }
  if (total != type.shape[static_cast<size_t>(dim)])
    return op_error(kind, "sizes along the dimension do not add up");
  Buffer out = Buffer::zeros(type);
  const size_t width = graph::element_size(type.element);
  const std::vector<int64_t> out_strides = row_major_strides(type.shape);
  int64_t offset = 0;
  for (const BufferView& x : operands) {
    if (x.type.numel() > 0) {
      std::vector<int64_t> index(x.type.shape.size(), 0);
      int64_t flat = 0;
      do {
        std::vector<int64_t> target = index;
        target[static_cast<size_t>(dim)] += offset;
        copy_element(x.data, flat++, out.bytes.data(), dot(target, out_strides), width);
      } while (next_index(index, x.type.shape));
    }
    offset += x.type.shape[static_cast<size_t>(dim)];
  }
  return out;
}

template <typename Attrs>
const Attrs* attrs_of(const graph::Op& op) {
  return std::get_if<Attrs>(&op.attrs);
}

}  // namespace

Result<Buffer> evaluate_layout_op(const graph::Op& op, std::span<const BufferView> operands,
                                  const TensorType& type) {
  const auto need = [&](size_t n) -> Status {
    if (operands.size() != n) {
      return op_error(op.kind, "expects " + std::to_string(n) + " operands, has " +
                                   std::to_string(operands.size()));
    }
    return Status::Ok();
  };
  const auto missing = [&] { return op_error(op.kind, "is missing its attributes"); };
  switch (op.kind) {
    case OpKind::kConstant:
      MLXLA_RETURN_IF_ERROR(need(0));
      if (const auto* a = attrs_of<graph::ConstantAttrs>(op)) return constant(*a, type);
      return missing();
    case OpKind::kIota:
      MLXLA_RETURN_IF_ERROR(need(0));
      if (const auto* a = attrs_of<graph::IotaAttrs>(op)) return iota(*a, type);
      return missing();
    case OpKind::kConvert:
      MLXLA_RETURN_IF_ERROR(need(1));
      return convert(operands[0], type);
    case OpKind::kBroadcastInDim:
      MLXLA_RETURN_IF_ERROR(need(1));
      if (const auto* a = attrs_of<graph::BroadcastInDimAttrs>(op))
        return broadcast_in_dim(*a, operands[0], type);
      return missing();
    case OpKind::kReshape:
      MLXLA_RETURN_IF_ERROR(need(1));
      return reshape(operands[0], type);
    case OpKind::kTranspose:
      MLXLA_RETURN_IF_ERROR(need(1));
      if (const auto* a = attrs_of<graph::TransposeAttrs>(op))
        return transpose(*a, operands[0], type);
      return missing();
    case OpKind::kSlice:
      MLXLA_RETURN_IF_ERROR(need(1));
      if (const auto* a = attrs_of<graph::SliceAttrs>(op)) return slice(*a, operands[0], type);
      return missing();
    case OpKind::kDynamicSlice:
      if (operands.empty()) return op_error(op.kind, "has no operand");
      if (const auto* a = attrs_of<graph::DynamicSliceAttrs>(op))
        return dynamic_slice(*a, operands, type);
      return missing();
    case OpKind::kDynamicUpdateSlice:
      return dynamic_update_slice(operands, type);
    case OpKind::kConcatenate:
      if (const auto* a = attrs_of<graph::ConcatenateAttrs>(op))
        return concatenate(*a, operands, type);
      return missing();
    default:
      return op_error(op.kind, "is not a layout op");
  }
}

}  // namespace mlxla::runtime::reference
