// load_weights: one pass over the WeightAbi; each argument's bytes from its source tensor.
#include "model/weight_loader.h"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <string>

#include "checkpoint/finite_check.h"
#include "quant/affine.h"
#include "quant/fp_modes.h"
#include "quant/half.h"

namespace mlxla::model {
namespace {

using graph::ElementType;

std::string shape_string(std::span<const int64_t> shape) {
  std::string s = "[";
  for (size_t i = 0; i < shape.size(); ++i) s += (i ? ", " : "") + std::to_string(shape[i]);
  return s + "]";
}

bool same_element(DType dtype, ElementType element) {
  switch (element) {
    case ElementType::kF32:
      return dtype == DType::kF32;
    case ElementType::kF16:
      return dtype == DType::kF16;
    case ElementType::kBF16:
      return dtype == DType::kBF16;
    case ElementType::kI32:
      return dtype == DType::kI32;
    case ElementType::kI64:
      return dtype == DType::kI64;
    case ElementType::kU32:
      return dtype == DType::kU32;
    case ElementType::kU8:
      return dtype == DType::kU8;
    case ElementType::kI1:
      return dtype == DType::kBool;
  }
  return false;
}

bool is_float_source(DType d) {
  return d == DType::kF32 || d == DType::kF16 || d == DType::kBF16;
}

// The selected rows of a source tensor: [begin, end) along dim 0, and the bytes of one row.
struct Rows {
  int64_t begin = 0;
  int64_t end = 0;
  int64_t count() const { return end - begin; }
};

class ArgLoader {
 public:
  ArgLoader(const WeightArg& arg, const checkpoint::Checkpoint& checkpoint,
            const LoadOptions& options)
      : arg_(arg), checkpoint_(checkpoint), options_(options) {}

  Result<WeightBuffer> load() {
    // Stacked experts ([E, N, C]) are loaded as stored only.
    const bool stacked = arg_.type.rank() == 3 && arg_.transform == WeightTransform::kAsStored;
    if ((arg_.type.rank() < 1 || arg_.type.rank() > 2) && !stacked)
      return error("argument must be 1-D or 2-D (3-D: stacked experts as stored)");
    MLXLA_ASSIGN_OR_RETURN(const checkpoint::TensorRef source, checkpoint_.get(arg_.source_tensor));
    // Vectors (norm weights, layer biases) scale every activation: a NaN or Inf there is refused.
    if (source.view.shape().size() == 1) {
      MLXLA_RETURN_IF_ERROR(checkpoint::check_finite(source.view, checkpoint_.dir().string()));
    }
    switch (arg_.transform) {
      case WeightTransform::kAsStored:
        return as_stored(source.view);
      case WeightTransform::kToF32:
      case WeightTransform::kToF16:
      case WeightTransform::kNormPlusOneF32:
        return to_float(source.view);
      case WeightTransform::kDequantizeF32:
      case WeightTransform::kDequantizeF16:
        if (arg_.mode != checkpoint::QuantMode::kAffine) return fp_dequantize(source.view);
        return dequantize(source.view);
      case WeightTransform::kFpScalesToF32:
        return fp_scales(source.view);
    }
    return error("unknown transform");
  }

 private:
  Error error(const std::string& message) const {
    return format_error("weight '" + arg_.name + "' (tensor '" + arg_.source_tensor + "' of " +
                        checkpoint_.dir().string() + "): " + message);
  }

  // Checks the row range against `view` and that the remaining dims equal `inner` (the
  // argument's shape without its first dim, in source elements).
  Result<Rows> select_rows(const checkpoint::TensorView& view,
                           std::span<const int64_t> inner) const {
    const auto shape = view.shape();
    if (shape.size() != inner.size() + 1 ||
        !std::equal(inner.begin(), inner.end(), shape.begin() + 1)) {
      return error("source shape " + shape_string(shape) + " does not match argument " +
                   to_string(arg_.type));
    }
    Rows rows{arg_.row_begin, arg_.row_end == 0 ? shape[0] : arg_.row_end};
    if (rows.begin < 0 || rows.begin >= rows.end || rows.end > shape[0]) {
      return error("row range [" + std::to_string(arg_.row_begin) + ", " +
                   std::to_string(arg_.row_end) + ") is outside the " + std::to_string(shape[0]) +
                   " rows");
    }
    if (rows.count() != arg_.type.shape[0]) {
      return error("row range holds " + std::to_string(rows.count()) + " rows, the argument " +
                   to_string(arg_.type));
    }
    return rows;
  }

  std::span<const int64_t> inner_dims() const {
    return std::span<const int64_t>(arg_.type.shape).subspan(1);
  }

  static std::span<const std::byte> row_bytes(const checkpoint::TensorView& view, Rows rows) {
    const size_t per_row = view.nbytes() / static_cast<size_t>(view.shape()[0]);
    return view.bytes().subspan(static_cast<size_t>(rows.begin) * per_row,
                                static_cast<size_t>(rows.count()) * per_row);
  }

  Result<WeightBuffer> as_stored(const checkpoint::TensorView& view) const {
    if (!same_element(view.dtype(), arg_.type.element)) {
      return error("dtype " + std::string(dtype_safetensors_name(view.dtype())) +
                   " is not the argument's " + std::string(graph::element_name(arg_.type.element)));
    }
    MLXLA_ASSIGN_OR_RETURN(const Rows rows, select_rows(view, inner_dims()));
    const std::span<const std::byte> bytes = row_bytes(view, rows);
    const size_t element = dtype_size(view.dtype());
    if (options_.copy_unaligned && reinterpret_cast<uintptr_t>(bytes.data()) % element != 0) {
      return WeightBuffer::owned(std::vector<std::byte>(bytes.begin(), bytes.end()));
    }
    return WeightBuffer::view(bytes);
  }

  Result<WeightBuffer> to_float(const checkpoint::TensorView& view) const {
    const bool to_f16 = arg_.transform == WeightTransform::kToF16;
    if (arg_.type.element != (to_f16 ? ElementType::kF16 : ElementType::kF32)) {
      return error("argument type " + to_string(arg_.type) + " does not suit the transform");
    }
    if (!is_float_source(view.dtype())) {
      return error("dtype " + std::string(dtype_safetensors_name(view.dtype())) +
                   " is not F32, F16 or BF16");
    }
    MLXLA_ASSIGN_OR_RETURN(const Rows rows, select_rows(view, inner_dims()));
    const std::span<const std::byte> src = row_bytes(view, rows);
    const size_t n = static_cast<size_t>(arg_.type.numel());
    if (to_f16 && view.dtype() == DType::kF16) {
      return WeightBuffer::owned(std::vector<std::byte>(src.begin(), src.end()));
    }
    std::vector<float> wide(n);
    switch (view.dtype()) {
      case DType::kF32:
        std::memcpy(wide.data(), src.data(), n * sizeof(float));
        break;
      case DType::kF16:
        quant::f16_to_f32_n(src.data(), wide.data(), n);
        break;
      default:
        quant::bf16_to_f32_n(src.data(), wide.data(), n);
        break;
    }
    if (arg_.transform == WeightTransform::kNormPlusOneF32) {
      for (float& w : wide) {
        w = 1.0f + w;
        if (view.dtype() == DType::kBF16) w = quant::bf16_to_f32(quant::f32_to_bf16(w));
        if (view.dtype() == DType::kF16) w = quant::f16_to_f32(quant::f32_to_f16(w));
      }
    }
    return finish(wide);
  }

  // f32 values out as the argument's element type (f32 or f16).
  WeightBuffer finish(const std::vector<float>& wide) const {
    if (arg_.type.element == ElementType::kF16) {
      std::vector<std::byte> out(wide.size() * 2);
      quant::f32_to_f16_n(wide.data(), out.data(), wide.size());
      return WeightBuffer::owned(std::move(out));
    }
    std::vector<std::byte> out(wide.size() * sizeof(float));
    std::memcpy(out.data(), wide.data(), out.size());
    return WeightBuffer::owned(std::move(out));
  }

  Result<WeightBuffer> dequantize(const checkpoint::TensorView& packed) const {
    const bool to_f16 = arg_.transform == WeightTransform::kDequantizeF16;
    if (arg_.type.element != (to_f16 ? ElementType::kF16 : ElementType::kF32) ||
        arg_.type.rank() != 2) {
      return error("argument type " + to_string(arg_.type) + " does not suit the transform");
    }
    const int bits = arg_.bits, group = arg_.group_size;
    const int64_t k = arg_.type.shape[1];
    if (!quant::is_supported_bits(bits) || group <= 0 || group % 32 != 0 || k % group != 0) {
      return error("bits " + std::to_string(bits) + " / group_size " + std::to_string(group) +
                   " cannot describe " + std::to_string(k) + " columns");
    }
    if (packed.dtype() != DType::kU32) return error("packed weights must be U32");
    const std::string suffix = ".weight";
    if (!arg_.source_tensor.ends_with(suffix))
      return error("a packed source must be a '.weight' tensor");
    const std::string module =
        arg_.source_tensor.substr(0, arg_.source_tensor.size() - suffix.size());
    MLXLA_ASSIGN_OR_RETURN(const checkpoint::TensorRef scales, checkpoint_.get(module + ".scales"));
    MLXLA_ASSIGN_OR_RETURN(const checkpoint::TensorRef biases, checkpoint_.get(module + ".biases"));
    const DType scale_dtype = scales.view.dtype();
    if (!is_float_source(scale_dtype) || biases.view.dtype() != scale_dtype) {
      return error("scales and biases must share one float dtype");
    }
    const int64_t words[] = {k * bits / 32};
    const int64_t groups[] = {k / group};
    MLXLA_ASSIGN_OR_RETURN(const Rows rows, select_rows(packed, words));
    MLXLA_ASSIGN_OR_RETURN(const Rows scale_rows, select_rows(scales.view, groups));
    MLXLA_ASSIGN_OR_RETURN(const Rows bias_rows, select_rows(biases.view, groups));
    if (scales.view.shape()[0] != packed.shape()[0] ||
        biases.view.shape()[0] != packed.shape()[0]) {
      return error("scales/biases rows differ from the packed rows");
    }
    const std::span<const std::byte> codes = row_bytes(packed, rows);
    const std::span<const std::byte> s = row_bytes(scales.view, scale_rows);
    const std::span<const std::byte> b = row_bytes(biases.view, bias_rows);
    const size_t code_row = static_cast<size_t>(words[0]) * 4;
    const size_t scale_row = static_cast<size_t>(groups[0]) * dtype_size(scale_dtype);
    std::vector<float> wide(static_cast<size_t>(arg_.type.numel()));
    for (int64_t r = 0; r < rows.count(); ++r) {
      const auto i = static_cast<size_t>(r);
      quant::dequantize_row_f32(codes.data() + i * code_row, s.data() + i * scale_row,
                                b.data() + i * scale_row, scale_dtype, bits, group, k,
                                wide.data() + i * static_cast<size_t>(k));
    }
    return finish(wide);
  }

  quant::FpMode fp_mode() const {
    switch (arg_.mode) {
      case checkpoint::QuantMode::kNvfp4:
        return quant::FpMode::kNvfp4;
      case checkpoint::QuantMode::kMxfp8:
        return quant::FpMode::kMxfp8;
      default:
        return quant::FpMode::kMxfp4;
    }
  }

  // A group's U8 scale as f32: exact (E8M0 powers of two, E4M3 values).
  float decode_scale(uint8_t byte) const {
    return arg_.mode == checkpoint::QuantMode::kNvfp4 ? quant::e4m3_value(byte)
                                                      : quant::e8m0_value(byte);
  }

  Result<WeightBuffer> fp_scales(const checkpoint::TensorView& view) const {
    if (arg_.type.element != ElementType::kF32 || arg_.type.rank() != 2 ||
        arg_.mode == checkpoint::QuantMode::kAffine) {
      return error("argument type " + to_string(arg_.type) + " does not suit the transform");
    }
    if (view.dtype() != DType::kU8) return error("fp-mode scales must be U8");
    MLXLA_ASSIGN_OR_RETURN(const Rows rows, select_rows(view, inner_dims()));
    const std::span<const std::byte> src = row_bytes(view, rows);
    std::vector<float> wide(src.size());
    for (size_t i = 0; i < src.size(); ++i) wide[i] = decode_scale(static_cast<uint8_t>(src[i]));
    return finish(wide);
  }

  // An fp-mode layer dequantized on the host: value * decoded scale in f32 (MLX's dequantize to
  // f32, bit for bit), the same numbers fp_dequantize computes in the graph.
  Result<WeightBuffer> fp_dequantize(const checkpoint::TensorView& packed) const {
    const bool to_f16 = arg_.transform == WeightTransform::kDequantizeF16;
    if (arg_.type.element != (to_f16 ? ElementType::kF16 : ElementType::kF32) ||
        arg_.type.rank() != 2) {
      return error("argument type " + to_string(arg_.type) + " does not suit the transform");
    }
    const quant::FpMode mode = fp_mode();
    const int64_t k = arg_.type.shape[1];
    if (arg_.bits != quant::fp_mode_bits(mode) ||
        arg_.group_size != quant::fp_mode_group_size(mode) || k % arg_.group_size != 0) {
      return error("bits " + std::to_string(arg_.bits) + " / group_size " +
                   std::to_string(arg_.group_size) + " do not describe " +
                   std::string(quant::fp_mode_name(mode)) + " with " + std::to_string(k) +
                   " columns");
    }
    if (packed.dtype() != DType::kU32) return error("packed weights must be U32");
    const std::string suffix = ".weight";
    if (!arg_.source_tensor.ends_with(suffix))
      return error("a packed source must be a '.weight' tensor");
    const std::string module =
        arg_.source_tensor.substr(0, arg_.source_tensor.size() - suffix.size());
    MLXLA_ASSIGN_OR_RETURN(const checkpoint::TensorRef scales, checkpoint_.get(module + ".scales"));
    if (scales.view.dtype() != DType::kU8) return error("fp-mode scales must be U8");
    const int64_t words[] = {k * arg_.bits / 32};
    const int64_t groups[] = {k / arg_.group_size};
    MLXLA_ASSIGN_OR_RETURN(const Rows rows, select_rows(packed, words));
    MLXLA_ASSIGN_OR_RETURN(const Rows scale_rows, select_rows(scales.view, groups));
    if (scales.view.shape()[0] != packed.shape()[0])
      return error("scales rows differ from the packed rows");
    const quant::FpView view{{rows.count(), k, mode},
                             row_bytes(packed, rows),
                             row_bytes(scales.view, scale_rows),
                             std::nullopt};
    std::vector<float> wide(static_cast<size_t>(arg_.type.numel()));
    MLXLA_RETURN_IF_ERROR(
        quant::fp_dequantize(view, DType::kF32, std::as_writable_bytes(std::span(wide))));
    return finish(wide);
  }

  const WeightArg& arg_;
  const checkpoint::Checkpoint& checkpoint_;
  const LoadOptions& options_;
};

}  // namespace

WeightBuffer WeightBuffer::view(std::span<const std::byte> bytes) {
  WeightBuffer buffer;
  buffer.is_view_ = true;
  buffer.view_ = bytes;
  return buffer;
}

WeightBuffer WeightBuffer::owned(std::vector<std::byte> bytes) {
  WeightBuffer buffer;
  buffer.owned_ = std::move(bytes);
  return buffer;
}

Result<WeightBuffer> load_weight(const WeightArg& arg, const checkpoint::Checkpoint& checkpoint,
                                 const LoadOptions& options) {
  return ArgLoader(arg, checkpoint, options).load();
}

Result<std::vector<WeightBuffer>> load_weights(const WeightAbi& abi,
                                               const checkpoint::Checkpoint& checkpoint,
                                               const LoadOptions& options) {
  std::vector<WeightBuffer> buffers;
  buffers.reserve(abi.args.size());
  for (const WeightArg& arg : abi.args) {
    MLXLA_ASSIGN_OR_RETURN(WeightBuffer buffer, load_weight(arg, checkpoint, options));
    buffers.push_back(std::move(buffer));
  }
  return buffers;
}

}  // namespace mlxla::model
