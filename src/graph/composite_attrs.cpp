// Encoding and decoding of the composites' typed attributes, and the RoPE frequency tables
// (mlx-lm's rope_utils, computed in double and rounded once to f32).
#include "graph/composite_attrs.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace mlxla::graph {
namespace {

// Reads typed fields of one composite's attribute map; errors name the composite and the key.
class Reader {
 public:
  explicit Reader(const CompositeAttrs& c) : c_(c) {}

  template <typename T>
  Result<T> get(const std::string& key) const {
    const auto it = c_.attributes.find(key);
    if (it == c_.attributes.end())
      return invalid_argument(c_.name + ": attribute '" + key + "' is missing");
    const T* value = std::get_if<T>(&it->second);
    if (value == nullptr)
      return invalid_argument(c_.name + ": attribute '" + key + "' has the wrong type");
    return *value;
  }

  template <typename T>
  Result<T> get_or(const std::string& key, T fallback) const {
    if (c_.attributes.count(key) == 0) return fallback;
    return get<T>(key);
  }

  Status expect_name(std::string_view name) const {
    if (c_.name != name)
      return invalid_argument("composite " + c_.name + " decoded as " + std::string(name));
    return Status::Ok();
  }

  Error error(const std::string& key, const std::string& message) const {
    return invalid_argument(c_.name + ": attribute '" + key + "' " + message);
  }

 private:
  const CompositeAttrs& c_;
};

}  // namespace

std::string_view rope_scaling_name(RopeScaling scaling) {
  switch (scaling) {
    case RopeScaling::kNone:
      return "none";
    case RopeScaling::kLinear:
      return "linear";
    case RopeScaling::kLlama3:
      return "llama3";
    case RopeScaling::kYarn:
      return "yarn";
    case RopeScaling::kLongrope:
      return "longrope";
    case RopeScaling::kDynamic:
      return "dynamic";
  }
  return "none";
}

AttributeMap encode(const QuantizedDotAttrs& a) {
  return {{"bits", int64_t{a.bits}},
          {"group_size", int64_t{a.group_size}},
          {"precision", std::string(element_name(a.precision))}};
}

AttributeMap encode(const RmsNormAttrs& a) {
  return {{"epsilon", a.epsilon}};
}

// Only the fields the scaling uses, and the partial/traditional options only when set, so a
// plain RoPE prints as {scaling, theta}.
AttributeMap encode(const RopeAttrs& a) {
  AttributeMap out = {{"theta", a.theta}, {"scaling", std::string(rope_scaling_name(a.scaling))}};
  if (a.rotary_dim != 0) out["rotary_dim"] = a.rotary_dim;
  if (a.traditional) out["traditional"] = true;
  switch (a.scaling) {
    case RopeScaling::kNone:
      break;
    case RopeScaling::kLinear:
      out["factor"] = a.factor;
      break;
    case RopeScaling::kLlama3:
      out["factor"] = a.factor;
      out["low_freq_factor"] = a.low_freq_factor;
      out["high_freq_factor"] = a.high_freq_factor;
      out["original_max_position_embeddings"] = a.original_max_position_embeddings;
      break;
    case RopeScaling::kYarn:
      out["factor"] = a.factor;
      out["original_max_position_embeddings"] = a.original_max_position_embeddings;
      out["beta_fast"] = a.beta_fast;
      out["beta_slow"] = a.beta_slow;
      out["mscale"] = a.mscale;
      out["mscale_all_dim"] = a.mscale_all_dim;
      break;
    case RopeScaling::kLongrope:
      out["long_factor"] = a.long_factor;
      out["original_max_position_embeddings"] = a.original_max_position_embeddings;
      out["max_position_embeddings"] = a.max_position_embeddings;
      out["long_mscale"] = a.long_mscale;
      break;
    case RopeScaling::kDynamic:
      out["factor"] = a.factor;
      out["max_position_embeddings"] = a.max_position_embeddings;
      break;
  }
  return out;
}

AttributeMap encode(const AttentionAttrs& a) {
  AttributeMap out = {{"scale", a.scale}};
  if (a.softcap > 0) out["softcap"] = a.softcap;
  if (a.window > 0) out["window"] = a.window;
  if (a.sinks) out["sinks"] = true;
  return out;
}

namespace {

// The attributes quantized_dot and fp_quantized_dot share; `fp` picks the allowed bits/groups.
Result<QuantizedDotAttrs> decode_dot_attrs(const CompositeAttrs& c, bool fp) {
  const Reader r(c);
  MLXLA_RETURN_IF_ERROR(r.expect_name(fp ? kFpQuantizedDotName : kQuantizedDotName));
  QuantizedDotAttrs out;
  MLXLA_ASSIGN_OR_RETURN(const int64_t bits, r.get<int64_t>("bits"));
  MLXLA_ASSIGN_OR_RETURN(const int64_t group, r.get<int64_t>("group_size"));
  MLXLA_ASSIGN_OR_RETURN(const std::string precision, r.get<std::string>("precision"));
  if (fp && bits != 4 && bits != 8)
    return r.error("bits", "must be 4 or 8, got " + std::to_string(bits));
  if (!fp && (bits < 2 || bits > 8))
    return r.error("bits", "must be in 2..8, got " + std::to_string(bits));
  if (fp && group != 16 && group != 32) return r.error("group_size", "must be 16 or 32");
  if (!fp && (group <= 0 || group % 32 != 0))
    return r.error("group_size", "must be a positive multiple of 32");
  out.bits = static_cast<int>(bits);
  out.group_size = static_cast<int>(group);
  if (precision == "f32")
    out.precision = ElementType::kF32;
  else if (precision == "f16")
    out.precision = ElementType::kF16;
  else if (precision == "bf16")
    out.precision = ElementType::kBF16;
  else
    return r.error("precision", "must be f32, f16 or bf16, got '" + precision + "'");
  return out;
}

}  // namespace

Result<QuantizedDotAttrs> decode_quantized_dot(const CompositeAttrs& c) {
  return decode_dot_attrs(c, false);
}

Result<QuantizedDotAttrs> decode_fp_quantized_dot(const CompositeAttrs& c) {
  return decode_dot_attrs(c, true);
}

Result<RmsNormAttrs> decode_rms_norm(const CompositeAttrs& c) {
  const Reader r(c);
  MLXLA_RETURN_IF_ERROR(r.expect_name(kRmsNormName));
  RmsNormAttrs out;
  MLXLA_ASSIGN_OR_RETURN(out.epsilon, r.get<double>("epsilon"));
  if (!(out.epsilon >= 0)) return r.error("epsilon", "must be >= 0");
  return out;
}

Result<RopeAttrs> decode_rope(const CompositeAttrs& c) {
  const Reader r(c);
  MLXLA_RETURN_IF_ERROR(r.expect_name(kRopeName));
  RopeAttrs out;
  MLXLA_ASSIGN_OR_RETURN(out.theta, r.get<double>("theta"));
  if (!(out.theta > 0)) return r.error("theta", "must be positive");
  MLXLA_ASSIGN_OR_RETURN(const std::string scaling, r.get<std::string>("scaling"));
  MLXLA_ASSIGN_OR_RETURN(out.rotary_dim, r.get_or<int64_t>("rotary_dim", 0));
  if (out.rotary_dim < 0 || out.rotary_dim % 2 != 0)
    return r.error("rotary_dim", "must be even and >= 0");
  MLXLA_ASSIGN_OR_RETURN(out.traditional, r.get_or<bool>("traditional", false));
  auto positive = [&](const char* key, double& field) -> Status {
    MLXLA_ASSIGN_OR_RETURN(field, r.get<double>(key));
    if (!(field > 0)) return r.error(key, "must be positive");
    return Status::Ok();
  };
  auto positive_int = [&](const char* key, int64_t& field) -> Status {
    MLXLA_ASSIGN_OR_RETURN(field, r.get<int64_t>(key));
    if (field <= 0) return r.error(key, "must be positive");
    return Status::Ok();
  };
  if (scaling == "none") {
    out.scaling = RopeScaling::kNone;
  } else if (scaling == "linear") {
    out.scaling = RopeScaling::kLinear;
    MLXLA_RETURN_IF_ERROR(positive("factor", out.factor));
  } else if (scaling == "llama3") {
    out.scaling = RopeScaling::kLlama3;
    MLXLA_RETURN_IF_ERROR(positive("factor", out.factor));
    MLXLA_RETURN_IF_ERROR(positive("low_freq_factor", out.low_freq_factor));
    MLXLA_RETURN_IF_ERROR(positive("high_freq_factor", out.high_freq_factor));
    MLXLA_RETURN_IF_ERROR(
        positive_int("original_max_position_embeddings", out.original_max_position_embeddings));
    if (!(out.high_freq_factor > out.low_freq_factor))
      return r.error("high_freq_factor", "must exceed low_freq_factor");
  } else if (scaling == "yarn") {
    out.scaling = RopeScaling::kYarn;
    MLXLA_RETURN_IF_ERROR(positive("factor", out.factor));
    MLXLA_RETURN_IF_ERROR(
        positive_int("original_max_position_embeddings", out.original_max_position_embeddings));
    MLXLA_RETURN_IF_ERROR(positive("beta_fast", out.beta_fast));
    MLXLA_RETURN_IF_ERROR(positive("beta_slow", out.beta_slow));
    MLXLA_ASSIGN_OR_RETURN(out.mscale, r.get<double>("mscale"));
    MLXLA_ASSIGN_OR_RETURN(out.mscale_all_dim, r.get<double>("mscale_all_dim"));
  } else if (scaling == "longrope") {
    out.scaling = RopeScaling::kLongrope;
    MLXLA_ASSIGN_OR_RETURN(out.long_factor, r.get<std::vector<double>>("long_factor"));
    for (double f : out.long_factor) {
      if (!(f > 0)) return r.error("long_factor", "must hold positive factors");
    }
    MLXLA_RETURN_IF_ERROR(
        positive_int("original_max_position_embeddings", out.original_max_position_embeddings));
    MLXLA_RETURN_IF_ERROR(positive_int("max_position_embeddings", out.max_position_embeddings));
    MLXLA_ASSIGN_OR_RETURN(out.long_mscale, r.get<double>("long_mscale"));
  } else if (scaling == "dynamic") {
    out.scaling = RopeScaling::kDynamic;
    MLXLA_RETURN_IF_ERROR(positive("factor", out.factor));
    MLXLA_RETURN_IF_ERROR(positive_int("max_position_embeddings", out.max_position_embeddings));
  } else {
    return r.error("scaling", "'" + scaling + "' is not a known RoPE scaling");
  }
  return out;
}

namespace {

Result<AttentionAttrs> decode_attention_named(const CompositeAttrs& c, std::string_view name) {
  const Reader r(c);
  MLXLA_RETURN_IF_ERROR(r.expect_name(name));
  AttentionAttrs out;
  MLXLA_ASSIGN_OR_RETURN(out.scale, r.get<double>("scale"));
  MLXLA_ASSIGN_OR_RETURN(out.softcap, r.get_or<double>("softcap", 0.0));
  MLXLA_ASSIGN_OR_RETURN(out.window, r.get_or<int64_t>("window", 0));
  MLXLA_ASSIGN_OR_RETURN(out.sinks, r.get_or<bool>("sinks", false));
  if (!(out.softcap >= 0)) return r.error("softcap", "must be >= 0");
  if (out.window < 0) return r.error("window", "must be >= 0");
  if (name == kWindowAttentionName && out.window == 0) return r.error("window", "must be > 0");
  return out;
}

}  // namespace

Result<AttentionAttrs> decode_attention(const CompositeAttrs& c) {
  return decode_attention_named(c, kAttentionName);
}

Result<AttentionAttrs> decode_window_attention(const CompositeAttrs& c) {
  return decode_attention_named(c, kWindowAttentionName);
}

int64_t rope_rotary_dim(int64_t head_dim, const RopeAttrs& attrs) {
  return attrs.rotary_dim > 0 ? attrs.rotary_dim : head_dim;
}

std::vector<float> rope_inv_freq(int64_t head_dim, const RopeAttrs& attrs) {
  const int64_t dims = rope_rotary_dim(head_dim, attrs);
  const int64_t half = dims / 2;
  // yarn's correction range (mlx-lm YarnRoPE.yarn_find_correction_range).
  double low = 0, high = 0;
  if (attrs.scaling == RopeScaling::kYarn) {
    const double old_len = static_cast<double>(attrs.original_max_position_embeddings);
    auto correction_dim = [&](double rotations) {
      return static_cast<double>(dims) * std::log(old_len / (rotations * 2.0 * std::numbers::pi)) /
             (2.0 * std::log(attrs.theta));
    };
    low = std::max(std::floor(correction_dim(attrs.beta_fast)), 0.0);
    high = std::min(std::ceil(correction_dim(attrs.beta_slow)), static_cast<double>(dims - 1));
    if (low == high) high += 0.001;
  }
  std::vector<float> out;
  for (int64_t i = 0; i < half; ++i) {
    const double freq =
        std::pow(attrs.theta, static_cast<double>(2 * i) / static_cast<double>(dims));
    double inv_freq = 1.0 / freq;
    switch (attrs.scaling) {
      case RopeScaling::kLlama3: {
        const double old_len = static_cast<double>(attrs.original_max_position_embeddings);
        const double low_wavelen = old_len / attrs.low_freq_factor;
        const double high_wavelen = old_len / attrs.high_freq_factor;
        const double wavelen = 2.0 * std::numbers::pi / inv_freq;
        if (wavelen > low_wavelen) {
          inv_freq = inv_freq / attrs.factor;
        } else if (!(wavelen < high_wavelen)) {
          const double smooth = (old_len / wavelen - attrs.low_freq_factor) /
                                (attrs.high_freq_factor - attrs.low_freq_factor);
          inv_freq = (1.0 - smooth) * inv_freq / attrs.factor + smooth * inv_freq;
        }
        break;
      }
      case RopeScaling::kYarn: {
        const double ramp = std::clamp((static_cast<double>(i) - low) / (high - low), 0.0, 1.0);
        const double mask = 1.0 - ramp;
        const double inter = attrs.factor * freq;
        inv_freq = (inter * mask + freq * (1.0 - mask)) / (inter * freq);
        break;
      }
      case RopeScaling::kLongrope: {
        const double f = static_cast<size_t>(i) < attrs.long_factor.size()
                             ? attrs.long_factor[static_cast<size_t>(i)]
                             : 1.0;
        inv_freq = 1.0 / (f * freq);
        break;
      }
      case RopeScaling::kNone:
      case RopeScaling::kLinear:
      case RopeScaling::kDynamic:
        break;
    }
    out.push_back(static_cast<float>(inv_freq));
  }
  return out;
}

float rope_input_scale(const RopeAttrs& attrs) {
  if (attrs.scaling == RopeScaling::kYarn) {
    auto get_mscale = [&](double m) {
      return attrs.factor <= 1 ? 1.0 : 0.1 * m * std::log(attrs.factor) + 1.0;
    };
    return static_cast<float>(get_mscale(attrs.mscale) / get_mscale(attrs.mscale_all_dim));
  }
  if (attrs.scaling == RopeScaling::kLongrope) {
    if (attrs.long_mscale > 0) return static_cast<float>(attrs.long_mscale);
    const double orig = static_cast<double>(attrs.original_max_position_embeddings);
    const double factor = static_cast<double>(attrs.max_position_embeddings) / orig;
    if (factor <= 1.0) return 1.0f;
    return static_cast<float>(std::sqrt(1.0 + std::log(factor) / std::log(orig)));
  }
  return 1.0f;
}

float rope_position_scale(const RopeAttrs& attrs) {
  return attrs.scaling == RopeScaling::kLinear ? static_cast<float>(1.0 / attrs.factor) : 1.0f;
}

}  // namespace mlxla::graph
