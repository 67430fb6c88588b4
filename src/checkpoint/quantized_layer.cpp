// resolve_linear: packed-or-float detection and shape validation of MLX affine-quantized layers,
// so the loader and the kernels never see a packed tensor whose shapes disagree with its spec.
#include "checkpoint/quantized_layer.h"

#include "checkpoint/finite_check.h"

namespace mlxla::checkpoint {
namespace {

std::string shape_string(std::span<const int64_t> shape) {
  std::string s = "[";
  for (size_t i = 0; i < shape.size(); ++i) {
    if (i > 0) s += ", ";
    s += std::to_string(shape[i]);
  }
  return s + "]";
}

bool is_scale_dtype(DType d) {
  return d == DType::kF32 || d == DType::kF16 || d == DType::kBF16;
}

// An fp-mode module (mxfp4, nvfp4, mxfp8): U32 codes [out, in*bits/32], one U8 scale per group
// [out, in/group_size], and no biases (MLX's fp QuantizedLinear has none).
Result<LinearWeights> resolve_fp(LinearWeights out, const Checkpoint& checkpoint,
                                 const std::string& where) {
  const int bits = out.spec->bits, group = out.spec->group_size;
  const std::string spec_text = "mode " + std::string(quant_mode_name(out.spec->mode)) + ", bits " +
                                std::to_string(bits) + ", group_size " + std::to_string(group);
  auto wrong = [&](const std::string& what) {
    return format_error(where + ": wrong quantized shapes (" + spec_text + "): " + what);
  };
  if (checkpoint.find(out.module_path + ".biases"))
    return wrong("has a '.biases' tensor, but " + std::string(quant_mode_name(out.spec->mode)) +
                 " layers have none");
  MLXLA_RETURN_IF_ERROR(refuse_global_scale(checkpoint, out.module_path, where));
  const TensorView& w = out.weight.view;
  const TensorView& s = out.scales->view;
  if (w.dtype() != DType::kU32)
    return wrong("weight dtype is " + std::string(dtype_safetensors_name(w.dtype())) +
                 ", expected U32");
  if (s.dtype() != DType::kU8)
    return wrong("scales dtype is " + std::string(dtype_safetensors_name(s.dtype())) +
                 ", expected U8");
  const auto weight_shape = w.shape();
  const int64_t in = weight_shape[1] * 32 / bits;
  if (in % group != 0)
    return wrong("weight " + shape_string(weight_shape) +
                 " does not unpack to a whole number of groups");
  const int64_t groups = in / group;
  if (s.shape().size() != 2 || s.shape()[0] != out.out_features || s.shape()[1] != groups)
    return wrong("weight " + shape_string(weight_shape) + " unpacks to [" +
                 std::to_string(out.out_features) + ", " + std::to_string(in) +
                 "], so scales must be [" + std::to_string(out.out_features) + ", " +
                 std::to_string(groups) + "], got " + shape_string(s.shape()));
  out.in_features = in;
  return out;
}

}  // namespace

Status refuse_global_scale(const Checkpoint& checkpoint, const std::string& module_path,
                           const std::string& where) {
  const std::string name = module_path + ".global_scale";
  if (!checkpoint.find(name)) return Status::Ok();
  return unsupported(where + ": tensor '" + name +
                     "': nvfp4 global scales are not supported (MLX's fp QuantizedLinear and "
                     "SwitchLinear have none and mlx-lm never writes one)");
}

Result<LinearWeights> resolve_linear(const Checkpoint& checkpoint, const ModelConfig& config,
                                     std::string_view module_path) {
  LinearWeights out;
  out.module_path = std::string(module_path);
  const std::string where = checkpoint.dir().string() + ": module '" + out.module_path + "'";
  MLXLA_ASSIGN_OR_RETURN(out.weight, checkpoint.get(out.module_path + ".weight"));
  out.bias = checkpoint.find(out.module_path + ".bias");
  if (out.bias) MLXLA_RETURN_IF_ERROR(check_finite(out.bias->view, where));
  const auto weight_shape = out.weight.view.shape();
  if (weight_shape.size() != 2) {
    return format_error(where + ": tensor '" + out.weight.name() + "' has shape " +
                        shape_string(weight_shape) + ", expected 2 dimensions");
  }
  out.out_features = weight_shape[0];

  out.scales = checkpoint.find(out.module_path + ".scales");
  if (!out.scales) {
    if (!dtype_is_float(out.weight.view.dtype())) {
      return format_error(where + ": tensor '" + out.weight.name() + "' has dtype " +
                          std::string(dtype_safetensors_name(out.weight.view.dtype())) +
                          " but no '.scales' tensor: neither float nor packed");
    }
    out.in_features = weight_shape[1];
    return out;
  }

  out.packed = true;
  out.spec = config.quantization_for(module_path);
  if (!out.spec) {
    return format_error(where + ": has '.scales' (packed) but the config's quantization block " +
                        (config.quantization ? "excludes it" : "is absent"));
  }
  const int bits = out.spec->bits, group = out.spec->group_size;
  if (out.spec->mode != QuantMode::kAffine) return resolve_fp(std::move(out), checkpoint, where);
  const std::string spec_text =
      "bits " + std::to_string(bits) + ", group_size " + std::to_string(group);
  auto biases = checkpoint.find(out.module_path + ".biases");
  if (!biases) return not_found(where + ": packed (has '.scales') but has no '.biases' tensor");
  out.biases = biases;

  const TensorView& w = out.weight.view;
  const TensorView& s = out.scales->view;
  const TensorView& b = out.biases->view;
  auto wrong = [&](const std::string& what) {
    return format_error(where + ": wrong quantized shapes (" + spec_text + "): " + what);
  };
  if (w.dtype() != DType::kU32) {
    return wrong("weight dtype is " + std::string(dtype_safetensors_name(w.dtype())) +
                 ", expected U32");
  }
  if (!is_scale_dtype(s.dtype())) {
    return wrong("scales dtype is " + std::string(dtype_safetensors_name(s.dtype())) +
                 ", expected F32, F16 or BF16");
  }
  if (b.dtype() != s.dtype()) {
    return wrong("biases dtype " + std::string(dtype_safetensors_name(b.dtype())) +
                 " differs from scales dtype " + std::string(dtype_safetensors_name(s.dtype())));
  }
  if (s.shape().size() != 2 || b.shape().size() != 2) {
    return wrong("scales " + shape_string(s.shape()) + " and biases " + shape_string(b.shape()) +
                 " must both be 2-D");
  }
  // weight.shape[1] is at most 2^62 / 4 (validated byte size), so * 32 cannot overflow.
  const int64_t in = weight_shape[1] * 32 / bits;
  if (weight_shape[1] * 32 % bits != 0 || in % group != 0) {
    return wrong("weight " + shape_string(weight_shape) +
                 " does not unpack to a whole number of groups");
  }
  const int64_t groups = in / group;
  if (s.shape()[0] != out.out_features || s.shape()[1] != groups) {
    return wrong("weight " + shape_string(weight_shape) + " unpacks to [" +
                 std::to_string(out.out_features) + ", " + std::to_string(in) +
                 "], so scales must be [" + std::to_string(out.out_features) + ", " +
                 std::to_string(groups) + "], got " + shape_string(s.shape()));
  }
  if (b.shape()[0] != s.shape()[0] || b.shape()[1] != s.shape()[1]) {
    return wrong("biases " + shape_string(b.shape()) + " differ from scales " +
                 shape_string(s.shape()));
  }
  // A NaN or Inf scale or bias decodes to garbage everywhere downstream; refuse it at load.
  MLXLA_RETURN_IF_ERROR(check_finite(s, where));
  MLXLA_RETURN_IF_ERROR(check_finite(b, where));
  out.in_features = in;
  return out;
}

}  // namespace mlxla::checkpoint
