// resolve_experts: shape and dtype validation of stacked, packed expert projections.
#include "checkpoint/expert_layer.h"

#include <algorithm>
#include <string>
#include <vector>

#include "checkpoint/finite_check.h"
#include "checkpoint/quantized_layer.h"

namespace mlxla::checkpoint {
namespace {

std::string shape_string(std::span<const int64_t> shape) {
  std::string s = "[";
  for (size_t i = 0; i < shape.size(); ++i) s += (i ? ", " : "") + std::to_string(shape[i]);
  return s + "]";
}

}  // namespace

Result<ExpertWeights> resolve_experts(const Checkpoint& checkpoint, const ModelConfig& config,
                                      std::string_view module_path, int64_t experts,
                                      int64_t out_features, int64_t in_features) {
  const std::string path(module_path);
  const std::string where = checkpoint.dir().string() + ": experts '" + path + "'";
  ExpertWeights out;
  auto weight = checkpoint.find(path + ".weight");
  if (!weight) {
    return not_found(where + ": tensor '" + path + ".weight' is missing (expected " +
                     std::to_string(experts) +
                     " stacked experts, as mlx-lm's sanitize writes them)");
  }
  out.weight = *weight;
  auto scales = checkpoint.find(path + ".scales");
  if (!scales) {
    return unsupported(where + ": float expert weights are not supported (quantize the model: " +
                       "mlxla runs stacked experts MLX-packed, affine or mxfp4/nvfp4/mxfp8)");
  }
  out.scales = *scales;
  const std::optional<QuantSpec> spec = config.quantization_for(path);
  if (!spec) {
    return format_error(where + ": has '.scales' (packed) but the config's quantization block " +
                        (config.quantization ? "excludes it" : "is absent"));
  }
  out.spec = *spec;
  const bool fp = spec->mode != QuantMode::kAffine;
  const int bits = spec->bits, group = spec->group_size;
  if (fp) {
    // MLX allows one bit width and group size per fp mode: mxfp4 4/32, nvfp4 4/16, mxfp8 8/32.
    const int mode_bits = spec->mode == QuantMode::kMxfp8 ? 8 : 4;
    const int mode_group = spec->mode == QuantMode::kNvfp4 ? 16 : 32;
    if (bits != mode_bits || group != mode_group) {
      return format_error(where + ": " + std::string(quant_mode_name(spec->mode)) + " needs bits " +
                          std::to_string(mode_bits) + " and group_size " +
                          std::to_string(mode_group) + ", the config says bits " +
                          std::to_string(bits) + ", group_size " + std::to_string(group));
    }
    if (checkpoint.find(path + ".biases")) {
      return format_error(where + ": has '.biases' but " +
                          std::string(quant_mode_name(spec->mode)) + " experts have none");
    }
    MLXLA_RETURN_IF_ERROR(refuse_global_scale(checkpoint, path, where));
  } else {
    auto biases = checkpoint.find(path + ".biases");
    if (!biases) return not_found(where + ": tensor '" + path + ".biases' is missing");
    out.biases = *biases;
  }
  if (in_features * bits % 32 != 0 || in_features % group != 0) {
    return format_error(where + ": " + std::to_string(in_features) + " inputs cannot be packed " +
                        "with bits " + std::to_string(bits) + ", group_size " +
                        std::to_string(group));
  }
  const std::vector<int64_t> packed_shape = {experts, out_features, in_features * bits / 32};
  const std::vector<int64_t> group_shape = {experts, out_features, in_features / group};
  auto check = [&](const TensorRef& t, const std::vector<int64_t>& expected) -> Status {
    const auto shape = t.view.shape();
    if (shape.size() != expected.size() || shape[0] != experts) {
      return format_error(where + ": tensor '" + t.name() + "' has shape " + shape_string(shape) +
                          ": expected a leading dimension of " + std::to_string(experts) +
                          " experts (" + std::to_string(expected.size()) + "-D " +
                          shape_string(expected) + ")");
    }
    if (!std::equal(shape.begin(), shape.end(), expected.begin(), expected.end())) {
      return format_error(where + ": tensor '" + t.name() + "' has shape " + shape_string(shape) +
                          ", the config (bits " + std::to_string(bits) + ", group_size " +
                          std::to_string(group) + ") implies " + shape_string(expected));
    }
    return Status::Ok();
  };
  if (out.weight.view.dtype() != DType::kU32) {
    return format_error(where + ": tensor '" + out.weight.name() + "' has dtype " +
                        std::string(dtype_safetensors_name(out.weight.view.dtype())) +
                        ", expected U32");
  }
  const DType sd = out.scales.view.dtype();
  if (fp) {
    if (sd != DType::kU8) {
      return format_error(where + ": tensor '" + out.scales.name() + "' has dtype " +
                          std::string(dtype_safetensors_name(sd)) + ", " +
                          std::string(quant_mode_name(spec->mode)) + " scales must be U8");
    }
  } else if ((sd != DType::kF32 && sd != DType::kF16 && sd != DType::kBF16) ||
             out.biases->view.dtype() != sd) {
    return format_error(where + ": scales and biases must share one dtype of F32, F16 or BF16");
  }
  out.scale_dtype = sd;
  MLXLA_RETURN_IF_ERROR(check(out.weight, packed_shape));
  MLXLA_RETURN_IF_ERROR(check(out.scales, group_shape));
  if (!fp) {
    MLXLA_RETURN_IF_ERROR(check(*out.biases, group_shape));
    MLXLA_RETURN_IF_ERROR(check_finite(out.scales.view, where));
    MLXLA_RETURN_IF_ERROR(check_finite(out.biases->view, where));
  }
  const bool biased = config.moe && config.moe->biases;
  auto bias = checkpoint.find(path + ".bias");
  if (biased && !bias) {
    return not_found(where + ": tensor '" + path + ".bias' is missing (" +
                     std::string(family_name(config.family)) + " experts carry biases)");
  }
  if (!biased && bias) {
    return format_error(where + ": has '" + path + ".bias' but " +
                        std::string(family_name(config.family)) + " experts have no bias");
  }
  if (bias) {
    const DType bd = bias->view.dtype();
    if (bd != DType::kF32 && bd != DType::kF16 && bd != DType::kBF16) {
      return format_error(where + ": tensor '" + bias->name() + "' must be F32, F16 or BF16");
    }
    MLXLA_RETURN_IF_ERROR(check(*bias, {experts, out_features}));
    MLXLA_RETURN_IF_ERROR(check_finite(bias->view, where));
    out.bias = *bias;
  }
  return out;
}

}  // namespace mlxla::checkpoint
