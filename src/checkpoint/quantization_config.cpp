// The MLX `quantization` block: default bits/group_size/mode and per-module overrides
// ({bits, group_size, mode} objects, or `false` for a module left in float).
#include <string>

#include "checkpoint/config_fields.h"

namespace mlxla::checkpoint {
namespace {

using nlohmann::json;

bool is_allowed_bits(int64_t bits) {
  return bits == 2 || bits == 3 || bits == 4 || bits == 5 || bits == 6 || bits == 8;
}
bool is_allowed_group_size(int64_t g) {
  return g == 32 || g == 64 || g == 128;
}

Result<QuantMode> parse_mode(const Fields& f, const std::string& name) {
  if (name == "affine") return QuantMode::kAffine;
  if (name == "mxfp4") return QuantMode::kMxfp4;
  if (name == "nvfp4") return QuantMode::kNvfp4;
  if (name == "mxfp8") return QuantMode::kMxfp8;
  return f.unsupported_error(
      "mode", "'" + name + "' is not supported (supported: affine, mxfp4, nvfp4, mxfp8)");
}

// Parses {bits, group_size, mode}; a per-module entry (`inherited` given) without a mode is
// affine; its missing bits/group_size fall back to the block defaults when those are affine,
// and are errors otherwise. An fp mode takes only its own bits and group size, as
// MLX's quantize does.
Result<QuantSpec> parse_spec(const Fields& f, const std::optional<QuantSpec>& inherited) {
  QuantSpec spec;
  MLXLA_ASSIGN_OR_RETURN(std::optional<std::string> mode, f.get_string("mode"));
  if (mode) {
    MLXLA_ASSIGN_OR_RETURN(spec.mode, parse_mode(f, *mode));
  } else if (inherited) {
    // A per-module entry is the dict mlx_lm's quant_predicate returned (qwen3_moe's routers:
    // {group_size, bits}); nn.quantize hands it to to_quantized, whose mode defaults to affine
    // whatever the block's mode.
    spec.mode = QuantMode::kAffine;
  }
  MLXLA_ASSIGN_OR_RETURN(std::optional<int64_t> bits, f.get_int("bits"));
  MLXLA_ASSIGN_OR_RETURN(std::optional<int64_t> group, f.get_int("group_size"));
  if (spec.mode != QuantMode::kAffine) {
    const int want_bits = spec.mode == QuantMode::kMxfp8 ? 8 : 4;
    const int want_group = spec.mode == QuantMode::kNvfp4 ? 16 : 32;
    const std::string name(quant_mode_name(spec.mode));
    if (bits && *bits != want_bits)
      return f.unsupported_error("bits", std::to_string(*bits) + " is not allowed with mode " +
                                             name + " (MLX requires " + std::to_string(want_bits) +
                                             ")");
    if (group && *group != want_group)
      return f.unsupported_error("group_size",
                                 std::to_string(*group) + " is not allowed with mode " + name +
                                     " (MLX requires " + std::to_string(want_group) + ")");
    spec.bits = want_bits;
    spec.group_size = want_group;
    return spec;
  }
  // Affine: an inherited fp spec has no affine bits or group size to give.
  const bool inherit = inherited && inherited->mode == QuantMode::kAffine;
  if (!bits && !inherit) return f.error("bits", "is missing");
  if (bits && !is_allowed_bits(*bits)) {
    return f.unsupported_error(
        "bits", std::to_string(*bits) + " is not supported (supported: 2, 3, 4, 5, 6, 8)");
  }
  spec.bits = bits ? static_cast<int>(*bits) : inherited->bits;
  if (!group && !inherit) return f.error("group_size", "is missing");
  if (group && !is_allowed_group_size(*group)) {
    return f.unsupported_error(
        "group_size", std::to_string(*group) + " is not supported (supported: 32, 64, 128)");
  }
  spec.group_size = group ? static_cast<int>(*group) : inherited->group_size;
  return spec;
}

}  // namespace

Result<std::optional<QuantizationConfig>> parse_quantization(const Fields& top) {
  std::string key = "quantization";
  const json* block = top.find(key);
  if (block == nullptr) {
    key = "quantization_config";
    block = top.find(key);
  }
  if (block == nullptr) return std::optional<QuantizationConfig>();
  if (!block->is_object()) return top.error(key, "is not an object");
  Fields f = top.nested(key, *block);
  // HF-style blocks (GPTQ, AWQ, bitsandbytes, ...) say what they are in quant_method.
  MLXLA_ASSIGN_OR_RETURN(std::optional<std::string> method, f.get_string("quant_method"));
  if (method && *method != "mlx" && *method != "affine") {
    return f.unsupported_error("quant_method", "'" + *method + "' is not MLX affine quantization");
  }
  QuantizationConfig out;
  MLXLA_ASSIGN_OR_RETURN(out.defaults, parse_spec(f, std::nullopt));
  for (const auto& [name, value] : block->items()) {
    if (value.is_object()) {
      MLXLA_ASSIGN_OR_RETURN(QuantSpec spec, parse_spec(f.nested(name, value), out.defaults));
      out.overrides.emplace(name, spec);
    } else if (value.is_boolean()) {
      // mlx_lm's predicate returns the value: false keeps the module float, true the defaults.
      out.overrides.emplace(
          name, value.get<bool>() ? std::optional<QuantSpec>(out.defaults) : std::nullopt);
    }
    // Scalars (bits, group_size, mode, quant_method and informational keys) are not overrides.
  }
  return std::optional<QuantizationConfig>(std::move(out));
}

std::string_view quant_mode_name(QuantMode mode) {
  switch (mode) {
    case QuantMode::kAffine:
      return "affine";
    case QuantMode::kMxfp4:
      return "mxfp4";
    case QuantMode::kNvfp4:
      return "nvfp4";
    case QuantMode::kMxfp8:
      return "mxfp8";
  }
  return "?";
}

}  // namespace mlxla::checkpoint
