// Reference gather: StableHLO's general dimension numbers (without batching dims), every start
// index clamped so the slice stays inside the operand, as the spec defines.
#include <algorithm>
#include <cstring>

#include "runtime/reference/elements.h"
#include "runtime/reference/ops.h"

namespace mlxla::runtime::reference {
namespace {

bool contains(const std::vector<int64_t>& v, int64_t x) {
  return std::find(v.begin(), v.end(), x) != v.end();
}

bool in_range_unique(const std::vector<int64_t>& v, int64_t bound) {
  for (size_t i = 0; i < v.size(); ++i) {
    if (v[i] < 0 || v[i] >= bound) return false;
    for (size_t j = 0; j < i; ++j) {
      if (v[i] == v[j]) return false;
    }
  }
  return true;
}

}  // namespace

Result<Buffer> evaluate_gather(const graph::GatherAttrs& attrs,
                               std::span<const BufferView> operands,
                               const graph::TensorType& type) {
  const auto fail = [&](const std::string& message) {
    return op_error(graph::OpKind::kGather, message);
  };
  if (operands.size() != 2) return fail("expects operand and start indices");
  const BufferView& operand = operands[0];
  const BufferView& indices = operands[1];
  const int64_t operand_rank = operand.type.rank();
  const int64_t indices_rank = indices.type.rank();
  if (!graph::is_integer(indices.type.element)) return fail("start indices must be integers");
  if (type.element != operand.type.element) return fail("result and operand element types differ");
  if (attrs.index_vector_dim < 0 || attrs.index_vector_dim > indices_rank)
    return fail("index_vector_dim out of range");
  const bool explicit_vector = attrs.index_vector_dim < indices_rank;
  const int64_t vector_size =
      explicit_vector ? indices.type.shape[static_cast<size_t>(attrs.index_vector_dim)] : 1;
  if (static_cast<int64_t>(attrs.start_index_map.size()) != vector_size ||
      !in_range_unique(attrs.start_index_map, operand_rank)) {
    return fail(
        "start_index_map must name one distinct operand dimension per index vector element");
  }
  if (static_cast<int64_t>(attrs.slice_sizes.size()) != operand_rank)
    return fail("needs one slice size per operand dimension");
  for (int64_t d = 0; d < operand_rank; ++d) {
    const int64_t size = attrs.slice_sizes[static_cast<size_t>(d)];
    if (size < 0 || size > operand.type.shape[static_cast<size_t>(d)])
      return fail("slice size exceeds the operand");
  }
  if (!in_range_unique(attrs.collapsed_slice_dims, operand_rank))
    return fail("bad collapsed_slice_dims");
  for (int64_t d : attrs.collapsed_slice_dims) {
    if (attrs.slice_sizes[static_cast<size_t>(d)] != 1)
      return fail("a collapsed dimension must have slice size 1");
  }
  // Expected result shape: batch dims (indices dims without the index vector dim) interleaved
  // with offset dims (slice sizes of the non-collapsed operand dims) at offset_dims positions.
  const int64_t batch_rank = explicit_vector ? indices_rank - 1 : indices_rank;
  const int64_t result_rank =
      batch_rank + operand_rank - static_cast<int64_t>(attrs.collapsed_slice_dims.size());
  if (type.rank() != result_rank ||
      static_cast<int64_t>(attrs.offset_dims.size()) != result_rank - batch_rank ||
      !in_range_unique(attrs.offset_dims, result_rank) ||
      !std::is_sorted(attrs.offset_dims.begin(), attrs.offset_dims.end())) {
    return fail("offset_dims do not fit the result " + graph::to_string(type));
  }
  std::vector<int64_t> batch_dims;           // result dims that index the start indices
  std::vector<int64_t> offset_operand_dims;  // operand dim of each offset dim, in order
  for (int64_t d = 0; d < result_rank; ++d) {
    if (!contains(attrs.offset_dims, d)) batch_dims.push_back(d);
  }
  for (int64_t d = 0; d < operand_rank; ++d) {
    if (!contains(attrs.collapsed_slice_dims, d)) offset_operand_dims.push_back(d);
  }
  std::vector<int64_t> indices_batch_dims;  // indices dims in batch order
  for (int64_t d = 0; d < indices_rank; ++d) {
    if (d != attrs.index_vector_dim) indices_batch_dims.push_back(d);
  }
  for (size_t i = 0; i < batch_dims.size(); ++i) {
    if (type.shape[static_cast<size_t>(batch_dims[i])] !=
        indices.type.shape[static_cast<size_t>(indices_batch_dims[i])]) {
      return fail("batch dimension " + std::to_string(batch_dims[i]) +
                  " of the result does not match the indices");
    }
  }
  for (size_t i = 0; i < attrs.offset_dims.size(); ++i) {
    if (type.shape[static_cast<size_t>(attrs.offset_dims[i])] !=
        attrs.slice_sizes[static_cast<size_t>(offset_operand_dims[i])]) {
      return fail("offset dimension " + std::to_string(attrs.offset_dims[i]) +
                  " does not match its slice size");
    }
  }

  Buffer out = Buffer::zeros(type);
  if (type.numel() == 0) return out;
  const size_t width = graph::element_size(type.element);
  const std::vector<int64_t> operand_strides = row_major_strides(operand.type.shape);
  const std::vector<int64_t> indices_strides = row_major_strides(indices.type.shape);
  std::vector<int64_t> index(static_cast<size_t>(result_rank), 0);
  int64_t flat = 0;
  do {
    // The start index vector for this batch position.
    int64_t indices_base = 0;
    for (size_t i = 0; i < batch_dims.size(); ++i) {
      indices_base += index[static_cast<size_t>(batch_dims[i])] *
                      indices_strides[static_cast<size_t>(indices_batch_dims[i])];
    }
    const int64_t vector_stride =
        explicit_vector ? indices_strides[static_cast<size_t>(attrs.index_vector_dim)] : 0;
    std::vector<int64_t> full_start(static_cast<size_t>(operand_rank), 0);
    for (size_t k = 0; k < attrs.start_index_map.size(); ++k) {
      const auto d = static_cast<size_t>(attrs.start_index_map[k]);
      const int64_t start = load_int(indices.type.element, indices.data,
                                     indices_base + static_cast<int64_t>(k) * vector_stride);
      full_start[d] = std::clamp<int64_t>(start, 0, operand.type.shape[d] - attrs.slice_sizes[d]);
    }
    int64_t source = 0;
    for (size_t d = 0; d < full_start.size(); ++d) source += full_start[d] * operand_strides[d];
    for (size_t i = 0; i < attrs.offset_dims.size(); ++i) {
      source += index[static_cast<size_t>(attrs.offset_dims[i])] *
                operand_strides[static_cast<size_t>(offset_operand_dims[i])];
    }
    std::memcpy(out.bytes.data() + static_cast<size_t>(flat) * width,
                operand.data + static_cast<size_t>(source) * width, width);
    ++flat;
  } while (next_index(index, type.shape));
  return out;
}

}  // namespace mlxla::runtime::reference
