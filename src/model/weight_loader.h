// The weight loader: walks a WeightAbi and produces each argument's bytes from a Checkpoint
// (zero-copy views for kAsStored, converted or dequantized copies otherwise).
#pragma once

#include <cstddef>
#include <span>
#include <vector>

#include "checkpoint/checkpoint.h"
#include "mlxla/result.h"
#include "model/weight_abi.h"

namespace mlxla::model {

/// One argument's bytes: row-major little-endian elements of WeightArg::type. Either a view into
/// the checkpoint's mapping (valid while the Checkpoint, or a copy of it, lives) or owned.
class WeightBuffer {
 public:
  static WeightBuffer view(std::span<const std::byte> bytes);
  static WeightBuffer owned(std::vector<std::byte> bytes);

  std::span<const std::byte> bytes() const {
    return is_view_ ? view_ : std::span<const std::byte>(owned_);
  }
  /// True when the bytes are the checkpoint's own (no copy was made).
  bool zero_copy() const { return is_view_; }

 private:
  bool is_view_ = false;
  std::span<const std::byte> view_;
  std::vector<std::byte> owned_;
};

struct LoadOptions {
  /// MLX writes tensors at any byte offset. When set, a kAsStored view whose address is not a
  /// multiple of its element size is copied into (16-byte aligned) owned memory instead.
  bool copy_unaligned = false;
};

/// Loads every argument of `abi`, in order. Transforms:
///   kAsStored     the source rows as they are (dtype must equal the argument's); zero-copy
///   kToF32/kToF16 a float tensor widened exactly / rounded to nearest even
///   kDequantize*  `<module>.weight` (U32) with its `.scales` and `.biases` siblings:
///                 float(q) * scale then + bias in f32 (quant::dequantize_row_f32), then
///                 rounded to f16 for kDequantizeF16
/// Row ranges [row_begin, row_end) select rows of the source (row_end 0 = all). Every mismatch
/// of dtype, shape or range is a format error naming the argument and the tensor.
Result<std::vector<WeightBuffer>> load_weights(const WeightAbi& abi,
                                               const checkpoint::Checkpoint& checkpoint,
                                               const LoadOptions& options = {});

/// Loads one argument (what load_weights does for each).
Result<WeightBuffer> load_weight(const WeightArg& arg, const checkpoint::Checkpoint& checkpoint,
                                 const LoadOptions& options = {});

}  // namespace mlxla::model
