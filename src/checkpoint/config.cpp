// config.json parsing for the Llama family: typed field access with per-field errors, HF defaults
// per family, and the validation that lets the emitter trust every dimension it reads.
#include "checkpoint/config.h"

#include <cmath>

#include <nlohmann/json.hpp>

#include "checkpoint/config_fields.h"
#include "checkpoint/config_limits.h"
#include "checkpoint/text_file.h"
#include "common/json_parse.h"
#include "common/model_file.h"

namespace mlxla::checkpoint {
namespace {

using nlohmann::json;

Result<ModelFamily> parse_family(const Fields& f, std::string& model_type) {
  MLXLA_ASSIGN_OR_RETURN(std::optional<std::string> type, f.get_string("model_type"));
  if (!type) {
    // Older exports omit model_type; the architecture class names the family just as well.
    const json* arch = f.find("architectures");
    if (arch != nullptr && arch->is_array() && !arch->empty() && (*arch)[0].is_string()) {
      const auto& a = (*arch)[0].get_ref<const std::string&>();
      if (a == "LlamaForCausalLM") type = "llama";
      if (a == "MistralForCausalLM") type = "mistral";
      if (a == "Qwen2ForCausalLM") type = "qwen2";
      if (a == "Phi3ForCausalLM") type = "phi3";
    }
    if (!type) return f.error("model_type", "is missing (and 'architectures' names no known family)");
  }
  model_type = *type;
  if (*type == "llama") return ModelFamily::kLlama;
  if (*type == "mistral") return ModelFamily::kMistral;
  if (*type == "qwen2") return ModelFamily::kQwen2;
  if (*type == "phi3") return ModelFamily::kPhi3;
  return f.unsupported_error("model_type", "'" + *type + "' is not supported (supported: llama, mistral, qwen2, phi3)");
}

Result<RopeScaling> parse_rope_scaling(const Fields& top) {
  RopeScaling out;
  const json* block = top.find("rope_scaling");
  if (block == nullptr || block->is_null()) return out;
  if (!block->is_object()) return top.error("rope_scaling", "is not an object");
  Fields f = top.nested("rope_scaling", *block);
  MLXLA_ASSIGN_OR_RETURN(std::optional<std::string> type, f.get_string("rope_type"));
  if (!type) {
    MLXLA_ASSIGN_OR_RETURN(type, f.get_string("type"));
  }
  if (!type) return f.error("rope_type", "is missing");
  if (*type == "default") return out;
  if (*type != "llama3") {
    return f.unsupported_error("rope_type", "'" + *type + "' is not supported (supported: default, llama3)");
  }
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
  return out;
}

Result<std::vector<int64_t>> parse_token_ids(const Fields& f, const char* key) {
  std::vector<int64_t> ids;
  const json* v = f.find(key);
  if (v == nullptr || v->is_null()) return ids;
  if (v->is_number_integer()) {
    MLXLA_ASSIGN_OR_RETURN(int64_t id, f.require_nonnegative_int(key));
    ids.push_back(id);
    return ids;
  }
  if (!v->is_array()) return f.error(key, "is not an integer or a list of integers");
  for (const json& e : *v) {
    if (!e.is_number_integer() || (!e.is_number_unsigned() && e.get<int64_t>() < 0) ||
        (e.is_number_unsigned() && e.get<uint64_t>() > static_cast<uint64_t>(INT64_MAX))) {
      return f.error(key, "has an element that is not a non-negative integer");
    }
    ids.push_back(e.get<int64_t>());
  }
  return ids;
}

Status parse_special_tokens(const Fields& f, ModelConfig& c) {
  MLXLA_ASSIGN_OR_RETURN(std::optional<int64_t> bos, f.get_nonnegative_int("bos_token_id"));
  if (bos) c.bos_token_id = bos;
  const json* eos = f.find("eos_token_id");
  if (eos != nullptr && !eos->is_null()) {
    MLXLA_ASSIGN_OR_RETURN(c.eos_token_ids, parse_token_ids(f, "eos_token_id"));
  }
  return Status::Ok();
}

Status parse_dimensions(const Fields& f, ModelConfig& c) {
  MLXLA_ASSIGN_OR_RETURN(c.hidden_size, f.require_positive_int("hidden_size"));
  MLXLA_ASSIGN_OR_RETURN(c.intermediate_size, f.require_positive_int("intermediate_size"));
  MLXLA_ASSIGN_OR_RETURN(c.num_hidden_layers, f.require_positive_int("num_hidden_layers"));
  MLXLA_ASSIGN_OR_RETURN(c.num_attention_heads, f.require_positive_int("num_attention_heads"));
  MLXLA_ASSIGN_OR_RETURN(c.vocab_size, f.require_positive_int("vocab_size"));
  MLXLA_ASSIGN_OR_RETURN(std::optional<int64_t> kv, f.get_positive_int("num_key_value_heads"));
  c.num_key_value_heads = kv.value_or(c.num_attention_heads);
  if (c.num_attention_heads % c.num_key_value_heads != 0) {
    return f.error("num_key_value_heads", std::to_string(c.num_key_value_heads) +
                                              " does not divide num_attention_heads " +
                                              std::to_string(c.num_attention_heads));
  }
  MLXLA_ASSIGN_OR_RETURN(std::optional<int64_t> head_dim, f.get_positive_int("head_dim"));
  if (head_dim) {
    c.head_dim = *head_dim;
  } else {
    if (c.hidden_size % c.num_attention_heads != 0) {
      return f.error("hidden_size", std::to_string(c.hidden_size) + " is not a multiple of num_attention_heads " +
                                        std::to_string(c.num_attention_heads) + " (and head_dim is not given)");
    }
    c.head_dim = c.hidden_size / c.num_attention_heads;
  }
  if (c.head_dim % 2 != 0) return f.error("head_dim", std::to_string(c.head_dim) + " is odd (RoPE rotates pairs)");
  // Products the emitter forms must fit comfortably: cap each dimension at 2^31.
  constexpr int64_t kMaxDim = int64_t{1} << 31;
  for (auto [name, value] : {std::pair{"hidden_size", c.hidden_size}, {"intermediate_size", c.intermediate_size},
                             {"num_hidden_layers", c.num_hidden_layers}, {"num_attention_heads", c.num_attention_heads},
                             {"vocab_size", c.vocab_size}, {"head_dim", c.head_dim}}) {
    if (value > kMaxDim) return f.error(name, std::to_string(value) + " is implausibly large");
  }
  MLXLA_ASSIGN_OR_RETURN(std::optional<int64_t> max_pos, f.get_positive_int("max_position_embeddings"));
  c.max_position_embeddings = max_pos.value_or(0);
  return Status::Ok();
}

Status parse_attention_options(const Fields& f, ModelConfig& c) {
  // HF defaults: rms_norm_eps 1e-6 (Phi-3: 1e-5); rope_theta 10000 (Qwen2 config class: 10000 too).
  const double default_eps = c.family == ModelFamily::kPhi3 ? 1e-5 : 1e-6;
  MLXLA_ASSIGN_OR_RETURN(std::optional<double> eps, f.get_positive_double("rms_norm_eps"));
  c.rms_norm_eps = eps.value_or(default_eps);
  MLXLA_ASSIGN_OR_RETURN(std::optional<double> theta, f.get_positive_double("rope_theta"));
  c.rope_theta = theta.value_or(10000.0);
  MLXLA_ASSIGN_OR_RETURN(c.rope_scaling, parse_rope_scaling(f));
  MLXLA_ASSIGN_OR_RETURN(std::optional<double> partial, f.get_positive_double("partial_rotary_factor"));
  if (partial && *partial != 1.0) return f.unsupported_error("partial_rotary_factor", "values other than 1.0 are not supported");
  MLXLA_ASSIGN_OR_RETURN(std::optional<std::string> act, f.get_string("hidden_act"));
  if (act && *act != "silu") return f.unsupported_error("hidden_act", "'" + *act + "' is not supported (supported: silu)");

  MLXLA_ASSIGN_OR_RETURN(std::optional<int64_t> window, f.get_positive_int("sliding_window"));
  bool window_enabled = window.has_value();
  if (c.family == ModelFamily::kQwen2) {
    // Qwen2 configs carry a sliding_window value that only applies with use_sliding_window.
    MLXLA_ASSIGN_OR_RETURN(std::optional<bool> use, f.get_bool("use_sliding_window"));
    window_enabled = window_enabled && use.value_or(false);
  }
  if (window_enabled) c.sliding_window = window;

  MLXLA_ASSIGN_OR_RETURN(std::optional<bool> tie, f.get_bool("tie_word_embeddings"));
  c.tie_word_embeddings = tie.value_or(false);
  MLXLA_ASSIGN_OR_RETURN(std::optional<bool> attention_bias, f.get_bool("attention_bias"));
  c.attention_bias = attention_bias.value_or(false);
  MLXLA_ASSIGN_OR_RETURN(std::optional<bool> mlp_bias, f.get_bool("mlp_bias"));
  c.mlp_bias = mlp_bias.value_or(false);
  // Qwen2 always has q/k/v biases and never an o_proj bias, whatever attention_bias says.
  c.has_qkv_bias = c.family == ModelFamily::kQwen2 || c.attention_bias;
  c.has_o_bias = c.family != ModelFamily::kQwen2 && c.attention_bias;
  c.fused_qkv = c.family == ModelFamily::kPhi3;
  c.fused_gate_up = c.family == ModelFamily::kPhi3;

  MLXLA_ASSIGN_OR_RETURN(std::optional<std::string> dtype, f.get_string("torch_dtype"));
  if (!dtype) {
    MLXLA_ASSIGN_OR_RETURN(dtype, f.get_string("dtype"));
  }
  c.torch_dtype = dtype.value_or("");
  return Status::Ok();
}

Result<json> parse_json_object(std::string_view text, const std::string& display_name) {
  MLXLA_ASSIGN_OR_RETURN(json j, common::parse_json_document(text, display_name));
  if (!j.is_object()) return format_error(display_name + ": JSON is not an object");
  return j;
}

}  // namespace

std::string_view family_name(ModelFamily family) {
  switch (family) {
    case ModelFamily::kLlama: return "llama";
    case ModelFamily::kMistral: return "mistral";
    case ModelFamily::kQwen2: return "qwen2";
    case ModelFamily::kPhi3: return "phi3";
  }
  return "unknown";
}

std::optional<QuantSpec> ModelConfig::quantization_for(std::string_view module_path) const {
  if (!quantization) return std::nullopt;
  auto it = quantization->overrides.find(module_path);
  if (it != quantization->overrides.end()) return it->second;
  return quantization->defaults;
}

Result<ModelConfig> parse_model_config(std::string_view json_text, const std::string& display_name) {
  MLXLA_ASSIGN_OR_RETURN(json j, parse_json_object(json_text, display_name));
  Fields f(display_name, j);
  ModelConfig c;
  MLXLA_ASSIGN_OR_RETURN(c.family, parse_family(f, c.model_type));
  MLXLA_RETURN_IF_ERROR(parse_dimensions(f, c));
  MLXLA_RETURN_IF_ERROR(parse_attention_options(f, c));
  MLXLA_RETURN_IF_ERROR(parse_special_tokens(f, c));
  MLXLA_ASSIGN_OR_RETURN(c.quantization, parse_quantization(f));
  MLXLA_RETURN_IF_ERROR(check_config_limits(f, c));
  return c;
}

Status apply_generation_config(ModelConfig& config, std::string_view json_text, const std::string& display_name) {
  MLXLA_ASSIGN_OR_RETURN(json j, parse_json_object(json_text, display_name));
  const Fields f(display_name, j);
  MLXLA_RETURN_IF_ERROR(parse_special_tokens(f, config));
  return check_config_limits(f, config);
}

Result<ModelConfig> load_model_config(const std::filesystem::path& model_dir) {
  const auto config_path = model_dir / "config.json";
  MLXLA_ASSIGN_OR_RETURN(std::string text, read_text_file(config_path));
  MLXLA_ASSIGN_OR_RETURN(ModelConfig config, parse_model_config(text, config_path.string()));
  const auto generation_path = model_dir / "generation_config.json";
  MLXLA_ASSIGN_OR_RETURN(std::optional<std::string> gen_text,
                         common::read_optional_model_file(generation_path, kMaxJsonFileBytes));
  if (gen_text) MLXLA_RETURN_IF_ERROR(apply_generation_config(config, *gen_text, generation_path.string()));
  return config;
}

}  // namespace mlxla::checkpoint
