// The `rope_scaling` block of config.json, as mlx-lm's rope_utils.initialize_rope (and phi3.py's
// SuScaledRoPE) read it: every type's fields, validated, with errors naming the field.
#include <cmath>

#include <nlohmann/json.hpp>

#include "checkpoint/config_fields.h"

namespace mlxla::checkpoint {
namespace {

using nlohmann::json;

Result<std::optional<double>> get_double(const Fields& f, const std::string& key) {
  const json* v = f.find(key);
  if (v == nullptr) return std::optional<double>();
  if (!v->is_number() || !std::isfinite(v->get<double>()))
    return f.error(key, "is not a finite number");
  return std::optional<double>(v->get<double>());
}

Result<std::vector<double>> get_factor_list(const Fields& f, const std::string& key) {
  const json* v = f.find(key);
  if (v == nullptr || !v->is_array() || v->empty())
    return f.error(key, "must be a non-empty list of numbers");
  std::vector<double> out;
  for (const json& e : *v) {
    if (!e.is_number() || !std::isfinite(e.get<double>()) || !(e.get<double>() > 0)) {
      return f.error(key, "has an element that is not a positive number");
    }
    out.push_back(e.get<double>());
  }
  return out;
}

}  // namespace

Result<RopeScaling> parse_rope_scaling(const Fields& top, ModelFamily family) {
  RopeScaling out;
  const json* block = top.find("rope_scaling");
  if (block == nullptr || block->is_null()) return out;
  if (!block->is_object()) return top.error("rope_scaling", "is not an object");
  Fields f = top.nested("rope_scaling", *block);
  MLXLA_ASSIGN_OR_RETURN(std::optional<std::string> type, f.get_string("type"));
  if (!type) {
    MLXLA_ASSIGN_OR_RETURN(type, f.get_string("rope_type"));
  }
  if (!type) return f.error("rope_type", "is missing");
  const std::string key = f.find("type") ? "type" : "rope_type";
  if (*type == "default") return out;
  if (*type == "linear") {
    out.type = RopeScalingType::kLinear;
    MLXLA_ASSIGN_OR_RETURN(out.factor, f.require_positive_double("factor"));
  } else if (*type == "dynamic") {
    out.type = RopeScalingType::kDynamic;
    MLXLA_ASSIGN_OR_RETURN(out.factor, f.require_positive_double("factor"));
  } else if (*type == "llama3") {
    out.type = RopeScalingType::kLlama3;
    MLXLA_ASSIGN_OR_RETURN(out.factor, f.require_positive_double("factor"));
    MLXLA_ASSIGN_OR_RETURN(out.low_freq_factor, f.require_positive_double("low_freq_factor"));
    MLXLA_ASSIGN_OR_RETURN(out.high_freq_factor, f.require_positive_double("high_freq_factor"));
    MLXLA_ASSIGN_OR_RETURN(out.original_max_position_embeddings,
                           f.require_positive_int("original_max_position_embeddings"));
    // llama3 scaling interpolates between the two wavelengths: it divides by their difference.
    if (!(out.high_freq_factor > out.low_freq_factor)) {
      return f.error("high_freq_factor", "must be greater than low_freq_factor");
    }
  } else if (*type == "yarn") {
    out.type = RopeScalingType::kYarn;
    MLXLA_ASSIGN_OR_RETURN(out.factor, f.require_positive_double("factor"));
    // mlx-lm's YarnRoPE defaults for the optional keys.
    MLXLA_ASSIGN_OR_RETURN(std::optional<int64_t> orig,
                           f.get_positive_int("original_max_position_embeddings"));
    out.original_max_position_embeddings = orig.value_or(4096);
    MLXLA_ASSIGN_OR_RETURN(std::optional<double> beta_fast, f.get_positive_double("beta_fast"));
    MLXLA_ASSIGN_OR_RETURN(std::optional<double> beta_slow, f.get_positive_double("beta_slow"));
    MLXLA_ASSIGN_OR_RETURN(std::optional<double> mscale, get_double(f, "mscale"));
    MLXLA_ASSIGN_OR_RETURN(std::optional<double> mscale_all_dim, get_double(f, "mscale_all_dim"));
    out.beta_fast = beta_fast.value_or(32.0);
    out.beta_slow = beta_slow.value_or(1.0);
    out.mscale = mscale.value_or(1.0);
    out.mscale_all_dim = mscale_all_dim.value_or(0.0);
  } else if (*type == "longrope" || *type == "su") {
    out.type = RopeScalingType::kLongrope;
    MLXLA_ASSIGN_OR_RETURN(out.long_factor, get_factor_list(f, "long_factor"));
    if (f.find("short_factor") != nullptr) {
      MLXLA_ASSIGN_OR_RETURN(const std::vector<double> short_factor,
                             get_factor_list(f, "short_factor"));
      (void)short_factor;  // validated; mlx-lm uses the long factors at every position
    }
    if (family == ModelFamily::kPhi3) {
      // mlx-lm phi3.py: the top-level original_max_position_embeddings (default 4096).
      MLXLA_ASSIGN_OR_RETURN(std::optional<int64_t> orig,
                             top.get_positive_int("original_max_position_embeddings"));
      out.original_max_position_embeddings = orig.value_or(4096);
    } else {
      MLXLA_ASSIGN_OR_RETURN(out.original_max_position_embeddings,
                             f.require_positive_int("original_max_position_embeddings"));
    }
    MLXLA_ASSIGN_OR_RETURN(std::optional<double> long_mscale, get_double(f, "long_mscale"));
    // phi3.py never passes long_mscale: its scale is always the derived one.
    if (family != ModelFamily::kPhi3) out.long_mscale = long_mscale.value_or(0.0);
  } else {
    return f.unsupported_error(
        key, "'" + *type +
                 "' is not supported (supported: default, linear, dynamic, llama3, "
                 "yarn, longrope, su)");
  }
  if (family == ModelFamily::kPhi3 && out.type != RopeScalingType::kNone &&
      out.type != RopeScalingType::kLinear && out.type != RopeScalingType::kLongrope) {
    // phi3.py warns and drops any other rope_scaling type; refuse it instead of guessing.
    return f.unsupported_error(
        key, "'" + *type + "' is not supported for phi3 (mlx-lm: linear, su, longrope)");
  }
  if (family == ModelFamily::kGptOss &&
      (out.type == RopeScalingType::kDynamic || out.type == RopeScalingType::kLongrope)) {
    // gpt_oss.py calls initialize_rope without max_position_embeddings: mlx-lm's dynamic RoPE
    // fails at its first call and longrope at construction, so no mlx-lm run defines them.
    return f.unsupported_error(
        key, "'" + *type +
                 "' is not supported for gpt_oss (mlx-lm's gpt_oss.py cannot run it: it passes "
                 "no max_position_embeddings; default, linear, llama3 and yarn work)");
  }
  return out;
}

}  // namespace mlxla::checkpoint
