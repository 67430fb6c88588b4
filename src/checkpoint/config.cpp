// config.json parsing for the Llama family: typed field access with per-field errors, HF defaults
// per family, and the validation that lets the emitter trust every dimension it reads.
#include "checkpoint/config.h"

#include <algorithm>
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
      if (a == "Qwen3ForCausalLM") type = "qwen3";
      if (a == "Gemma2ForCausalLM") type = "gemma2";
      if (a == "Gemma3ForCausalLM") type = "gemma3_text";
      if (a == "Gemma3ForConditionalGeneration") type = "gemma3";
      if (a == "Qwen3MoeForCausalLM") type = "qwen3_moe";
      if (a == "MixtralForCausalLM") type = "mixtral";
      if (a == "GptOssForCausalLM") type = "gpt_oss";
    }
    if (!type)
      return f.error("model_type", "is missing (and 'architectures' names no known family)");
  }
  model_type = *type;
  if (*type == "llama") return ModelFamily::kLlama;
  if (*type == "mistral") return ModelFamily::kMistral;
  if (*type == "qwen2") return ModelFamily::kQwen2;
  if (*type == "phi3") return ModelFamily::kPhi3;
  if (*type == "qwen3") return ModelFamily::kQwen3;
  if (*type == "gemma2") return ModelFamily::kGemma2;
  if (*type == "gemma3_text" || *type == "gemma3") return ModelFamily::kGemma3;
  if (*type == "qwen3_moe") return ModelFamily::kQwen3Moe;
  if (*type == "mixtral") return ModelFamily::kMixtral;
  if (*type == "gpt_oss") return ModelFamily::kGptOss;
  return f.unsupported_error(
      "model_type", "'" + *type +
                        "' is not supported (supported: llama, mistral, qwen2, qwen3, phi3, "
                        "gemma2, gemma3_text, gemma3, qwen3_moe, mixtral, gpt_oss)");
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
  // gpt_oss.ModelArgs defaults to 8 kv heads; the other families to one per attention head.
  c.num_key_value_heads = kv.value_or(c.family == ModelFamily::kGptOss ? 8 : c.num_attention_heads);
  if (c.num_attention_heads % c.num_key_value_heads != 0) {
    return f.error("num_key_value_heads", std::to_string(c.num_key_value_heads) +
                                              " does not divide num_attention_heads " +
                                              std::to_string(c.num_attention_heads));
  }
  MLXLA_ASSIGN_OR_RETURN(std::optional<int64_t> head_dim, f.get_positive_int("head_dim"));
  // mlx-lm phi3.py and mixtral.py always derive head_dim; qwen3.py and qwen3_moe.py require it.
  if (c.family == ModelFamily::kPhi3 || c.family == ModelFamily::kMixtral) head_dim.reset();
  if (!head_dim && (c.family == ModelFamily::kQwen3 || c.family == ModelFamily::kQwen3Moe))
    return f.error("head_dim",
                   "is missing (" + std::string(family_name(c.family)) + " requires it)");
  if (!head_dim && c.family == ModelFamily::kGptOss) head_dim = 64;  // gpt_oss.ModelArgs
  if (head_dim) {
    c.head_dim = *head_dim;
  } else {
    if (c.hidden_size % c.num_attention_heads != 0) {
      return f.error("hidden_size",
                     std::to_string(c.hidden_size) + " is not a multiple of num_attention_heads " +
                         std::to_string(c.num_attention_heads) + " (and head_dim is not given)");
    }
    c.head_dim = c.hidden_size / c.num_attention_heads;
  }
  if (c.head_dim % 2 != 0)
    return f.error("head_dim", std::to_string(c.head_dim) + " is odd (RoPE rotates pairs)");
  // Products the emitter forms must fit comfortably: cap each dimension at 2^31.
  constexpr int64_t kMaxDim = int64_t{1} << 31;
  for (auto [name, value] : {std::pair{"hidden_size", c.hidden_size},
                             {"intermediate_size", c.intermediate_size},
                             {"num_hidden_layers", c.num_hidden_layers},
                             {"num_attention_heads", c.num_attention_heads},
                             {"vocab_size", c.vocab_size},
                             {"head_dim", c.head_dim}}) {
    if (value > kMaxDim) return f.error(name, std::to_string(value) + " is implausibly large");
  }
  MLXLA_ASSIGN_OR_RETURN(std::optional<int64_t> max_pos,
                         f.get_positive_int("max_position_embeddings"));
  c.max_position_embeddings = max_pos.value_or(0);
  return Status::Ok();
}

bool is_gemma(const ModelConfig& c) {
  return c.family == ModelFamily::kGemma2 || c.family == ModelFamily::kGemma3;
}

Status parse_rope(const Fields& f, ModelConfig& c) {
  MLXLA_ASSIGN_OR_RETURN(std::optional<double> theta, f.get_positive_double("rope_theta"));
  // mlx-lm's defaults: gemma3_text and mixtral 1e6.
  const bool large_base = c.family == ModelFamily::kGemma3 || c.family == ModelFamily::kMixtral;
  c.rope_theta = theta.value_or(large_base                         ? 1000000.0
                                : c.family == ModelFamily::kGptOss ? 150000.0
                                                                   : 10000.0);
  MLXLA_ASSIGN_OR_RETURN(c.rope_scaling, parse_rope_scaling(f, c.family));
  MLXLA_ASSIGN_OR_RETURN(std::optional<bool> traditional, f.get_bool("rope_traditional"));
  c.rope_traditional = traditional.value_or(false);
  MLXLA_ASSIGN_OR_RETURN(std::optional<double> partial,
                         f.get_positive_double("partial_rotary_factor"));
  c.partial_rotary_factor = partial.value_or(1.0);
  if (c.partial_rotary_factor > 1.0) return f.error("partial_rotary_factor", "must be at most 1");
  if (partial && c.family != ModelFamily::kPhi3 && *partial != 1.0) {
    return f.unsupported_error("partial_rotary_factor",
                               "is only supported for phi3 (as in mlx-lm)");
  }
  // int(head_dim * factor) as mlx-lm computes it; RoPE rotates pairs, so it must be even.
  c.rotary_dim = static_cast<int64_t>(static_cast<double>(c.head_dim) * c.partial_rotary_factor);
  if (c.rotary_dim < 2 || c.rotary_dim % 2 != 0) {
    return f.error("partial_rotary_factor",
                   "gives " + std::to_string(c.rotary_dim) + " rotated dims of head_dim " +
                       std::to_string(c.head_dim) + " (must be even and >= 2)");
  }
  if (c.rope_scaling.type == RopeScalingType::kLongrope &&
      static_cast<int64_t>(c.rope_scaling.long_factor.size()) != c.rotary_dim / 2) {
    return f.error("rope_scaling.long_factor",
                   "has " + std::to_string(c.rope_scaling.long_factor.size()) +
                       " factors, the rotated dims need " + std::to_string(c.rotary_dim / 2));
  }
  if (c.rope_scaling.type == RopeScalingType::kDynamic && c.max_position_embeddings == 0) {
    return f.error("max_position_embeddings", "is needed by dynamic RoPE scaling");
  }
  if (c.rope_scaling.type == RopeScalingType::kLongrope && c.max_position_embeddings == 0) {
    c.max_position_embeddings = 131072;  // mlx-lm phi3.py's default
  }
  return Status::Ok();
}

Status parse_activation(const Fields& f, ModelConfig& c) {
  // Gemma configs name it `hidden_activation` (and sometimes `hidden_act` too).
  MLXLA_ASSIGN_OR_RETURN(std::optional<std::string> act, f.get_string("hidden_act"));
  std::string key = "hidden_act";
  if (!act || is_gemma(c)) {
    MLXLA_ASSIGN_OR_RETURN(std::optional<std::string> gemma_act, f.get_string("hidden_activation"));
    if (gemma_act) {
      act = gemma_act;
      key = "hidden_activation";
    }
  }
  if (is_gemma(c)) {
    // mlx-lm's Gemma MLPs always use gelu_approx; HF also maps Gemma's "gelu" to the tanh form.
    c.activation = Activation::kGeluTanh;
    if (act && *act != "gelu_pytorch_tanh" && *act != "gelu" && *act != "gelu_tanh" &&
        *act != "gelu_new") {
      return f.unsupported_error(key, "'" + *act + "' is not supported for " +
                                          std::string(family_name(c.family)) +
                                          " (supported: gelu_pytorch_tanh, gelu)");
    }
    return Status::Ok();
  }
  if (act && *act != "silu")
    return f.unsupported_error(key, "'" + *act + "' is not supported (supported: silu)");
  return Status::Ok();
}

// Which layers attend through a sliding window, as mlx-lm decides it: gemma3 by
// sliding_window_pattern (every pattern-th layer is global), llama/mistral by `layer_types`;
// gemma2, qwen2/3 and phi3 attend globally in mlx-lm whatever `sliding_window` says.
Status parse_windows(const Fields& f, ModelConfig& c) {
  MLXLA_ASSIGN_OR_RETURN(c.sliding_window, f.get_positive_int("sliding_window"));
  if (c.family == ModelFamily::kQwen2) {
    // Qwen2 configs carry a sliding_window value that only means something with use_sliding_window.
    MLXLA_ASSIGN_OR_RETURN(std::optional<bool> use, f.get_bool("use_sliding_window"));
    if (!use.value_or(false)) c.sliding_window.reset();
  }
  if (c.family == ModelFamily::kGemma3) {
    if (!c.sliding_window) c.sliding_window = 512;
    MLXLA_ASSIGN_OR_RETURN(std::optional<int64_t> pattern,
                           f.get_positive_int("sliding_window_pattern"));
    c.sliding_window_pattern = pattern.value_or(6);
    MLXLA_ASSIGN_OR_RETURN(std::optional<double> local_base,
                           f.get_positive_double("rope_local_base_freq"));
    c.rope_local_base_freq = local_base.value_or(10000.0);
    for (int64_t i = 0; i < c.num_hidden_layers; ++i) {
      c.layer_sliding.push_back((i + 1) % c.sliding_window_pattern != 0);
    }
    return Status::Ok();
  }
  const json* types = f.find("layer_types");
  if (c.family == ModelFamily::kGptOss) {
    // gpt_oss.py: sliding_window default 128; layer_types default alternates sliding, full.
    if (!c.sliding_window) c.sliding_window = 128;
    // `args.layer_types or [...]`: null and an empty list both take the default.
    if (types == nullptr || types->is_null() || (types->is_array() && types->empty())) {
      if (c.num_hidden_layers % 2 != 0) {
        return f.error("layer_types",
                       "is missing and num_hidden_layers " + std::to_string(c.num_hidden_layers) +
                           " is odd (gpt_oss.py alternates sliding and full layers)");
      }
      for (int64_t i = 0; i < c.num_hidden_layers; ++i) c.layer_sliding.push_back(i % 2 == 0);
      return Status::Ok();
    }
  } else if (types == nullptr ||
             (c.family != ModelFamily::kLlama && c.family != ModelFamily::kMistral)) {
    return Status::Ok();
  }
  if (!types->is_array() || static_cast<int64_t>(types->size()) != c.num_hidden_layers) {
    return f.error("layer_types",
                   "must list one type per layer (" + std::to_string(c.num_hidden_layers) + ")");
  }
  bool any = false;
  for (const json& t : *types) {
    if (!t.is_string() || (t != "full_attention" && t != "sliding_attention")) {
      return f.unsupported_error("layer_types",
                                 "has an entry other than full_attention / sliding_attention");
    }
    c.layer_sliding.push_back(t == "sliding_attention");
    any = any || c.layer_sliding.back();
  }
  if (c.family == ModelFamily::kGptOss &&
      (!any ||
       std::find(c.layer_sliding.begin(), c.layer_sliding.end(), false) == c.layer_sliding.end())) {
    // gpt_oss.py looks both types up (layer_types.index(...)): a list without one fails there.
    return f.unsupported_error("layer_types", std::string("has no ") +
                                                  (any ? "full_attention" : "sliding_attention") +
                                                  " entry (mlx-lm's gpt_oss.py needs both)");
  }
  if (any && !c.sliding_window)
    return f.error("sliding_window", "is missing but layer_types has sliding_attention");
  if (!any) c.layer_sliding.clear();
  return Status::Ok();
}

Status parse_gemma_options(const Fields& f, ModelConfig& c) {
  if (!is_gemma(c)) return Status::Ok();
  MLXLA_ASSIGN_OR_RETURN(c.query_pre_attn_scalar, f.get_positive_double("query_pre_attn_scalar"));
  if (!c.query_pre_attn_scalar)
    c.query_pre_attn_scalar = c.family == ModelFamily::kGemma2 ? 144.0 : 256.0;
  if (c.family == ModelFamily::kGemma2) {
    // mlx-lm gemma2.py: both caps always apply (defaults 50 and 30).
    MLXLA_ASSIGN_OR_RETURN(c.attn_logit_softcapping,
                           f.get_positive_double("attn_logit_softcapping"));
    MLXLA_ASSIGN_OR_RETURN(c.final_logit_softcapping,
                           f.get_positive_double("final_logit_softcapping"));
    if (!c.attn_logit_softcapping) c.attn_logit_softcapping = 50.0;
    if (!c.final_logit_softcapping) c.final_logit_softcapping = 30.0;
  }
  return Status::Ok();
}

Status parse_attention_options(const Fields& f, ModelConfig& c) {
  // HF defaults: rms_norm_eps 1e-6 (Phi-3: 1e-5); rope_theta 10000 (Qwen2 config class: 10000 too).
  const double default_eps =
      c.family == ModelFamily::kPhi3 || c.family == ModelFamily::kGptOss ? 1e-5 : 1e-6;
  MLXLA_ASSIGN_OR_RETURN(std::optional<double> eps, f.get_positive_double("rms_norm_eps"));
  c.rms_norm_eps = eps.value_or(default_eps);
  MLXLA_RETURN_IF_ERROR(parse_rope(f, c));
  MLXLA_RETURN_IF_ERROR(parse_activation(f, c));
  MLXLA_RETURN_IF_ERROR(parse_windows(f, c));
  MLXLA_RETURN_IF_ERROR(parse_gemma_options(f, c));

  MLXLA_ASSIGN_OR_RETURN(std::optional<bool> tie, f.get_bool("tie_word_embeddings"));
  // Without the field, mlx-lm's ModelArgs defaults decide: llama.py (which also serves mistral)
  // and qwen2.py tie, phi3/mixtral do not (qwen3/qwen3_moe have no default there; untied here,
  // as Hugging Face's). gemma2 always reads its head from the embedding; gemma3 ties unless the
  // config says no (mlx-community checkpoints carry no lm_head). gpt_oss always has its own
  // lm_head (gpt_oss.py has no tying): the flag is ignored there. quant::ties_word_embeddings
  // (convert and synth) follows the same table.
  const bool ties_by_default = c.family == ModelFamily::kLlama ||
                               c.family == ModelFamily::kMistral ||
                               c.family == ModelFamily::kQwen2 || c.family == ModelFamily::kGemma3;
  c.tie_word_embeddings = c.family == ModelFamily::kGemma2 ||
                          (c.family != ModelFamily::kGptOss && tie.value_or(ties_by_default));
  MLXLA_ASSIGN_OR_RETURN(std::optional<bool> attention_bias, f.get_bool("attention_bias"));
  c.attention_bias = attention_bias.value_or(false);
  MLXLA_ASSIGN_OR_RETURN(std::optional<bool> mlp_bias, f.get_bool("mlp_bias"));
  c.mlp_bias = mlp_bias.value_or(false);
  if (c.family == ModelFamily::kQwen3 || c.family == ModelFamily::kQwen3Moe ||
      c.family == ModelFamily::kMixtral || is_gemma(c)) {
    // mlx-lm builds these families' projections without biases.
    if (c.attention_bias)
      return f.unsupported_error("attention_bias",
                                 "is not supported for " + std::string(family_name(c.family)));
    if (c.mlp_bias)
      return f.unsupported_error("mlp_bias",
                                 "is not supported for " + std::string(family_name(c.family)));
  }
  // Qwen2 always has q/k/v biases and never an o_proj bias, whatever attention_bias says;
  // gpt_oss.py builds q/k/v/o with biases whatever the config says, and per-head sinks.
  const bool gpt_oss = c.family == ModelFamily::kGptOss;
  if (gpt_oss && c.mlp_bias) return f.unsupported_error("mlp_bias", "is not supported for gpt_oss");
  c.has_qkv_bias = c.family == ModelFamily::kQwen2 || c.attention_bias || gpt_oss;
  c.has_o_bias = (c.family != ModelFamily::kQwen2 && c.attention_bias) || gpt_oss;
  c.attention_sinks = gpt_oss;
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
    case ModelFamily::kLlama:
      return "llama";
    case ModelFamily::kMistral:
      return "mistral";
    case ModelFamily::kQwen2:
      return "qwen2";
    case ModelFamily::kPhi3:
      return "phi3";
    case ModelFamily::kQwen3:
      return "qwen3";
    case ModelFamily::kGemma2:
      return "gemma2";
    case ModelFamily::kGemma3:
      return "gemma3_text";
    case ModelFamily::kQwen3Moe:
      return "qwen3_moe";
    case ModelFamily::kMixtral:
      return "mixtral";
    case ModelFamily::kGptOss:
      return "gpt_oss";
  }
  return "unknown";
}

std::string_view rope_scaling_type_name(RopeScalingType type) {
  switch (type) {
    case RopeScalingType::kNone:
      return "none";
    case RopeScalingType::kLinear:
      return "linear";
    case RopeScalingType::kDynamic:
      return "dynamic";
    case RopeScalingType::kLlama3:
      return "llama3";
    case RopeScalingType::kYarn:
      return "yarn";
    case RopeScalingType::kLongrope:
      return "longrope";
  }
  return "none";
}

std::optional<QuantSpec> ModelConfig::quantization_for(std::string_view module_path) const {
  if (!quantization) return std::nullopt;
  auto it = quantization->overrides.find(module_path);
  if (it != quantization->overrides.end()) return it->second;
  return quantization->defaults;
}

namespace {

// mlx-lm gemma3_text.ModelArgs defaults, for fields a Gemma 3 config leaves out.
void apply_gemma3_defaults(json& text) {
  const std::pair<const char*, json> defaults[] = {
      {"hidden_size", 1152},       {"num_hidden_layers", 26},
      {"intermediate_size", 6912}, {"num_attention_heads", 4},
      {"head_dim", 256},           {"vocab_size", 262144},
      {"num_key_value_heads", 1},  {"max_position_embeddings", 32768},
  };
  for (const auto& [key, value] : defaults) {
    if (!text.contains(key) || text[key].is_null()) text[key] = value;
  }
}

// The gemma3 multimodal wrapper: its text model is `text_config` (vocab_size and the head
// counts as mlx-lm's gemma3.ModelArgs fills them in); quantization and token ids stay on top.
Result<json> unwrap_gemma3(const json& top, const Fields& f) {
  const json* text = f.find("text_config");
  if (text == nullptr || !text->is_object())
    return f.error("text_config", "is missing or not an object");
  json out = *text;
  out["model_type"] = "gemma3_text";
  const json* vocab = f.find("vocab_size");
  out["vocab_size"] = vocab != nullptr ? *vocab : json(262208);
  if (!out.contains("num_attention_heads") || out["num_attention_heads"].is_null())
    out["num_attention_heads"] = 8;
  if (!out.contains("num_key_value_heads") || out["num_key_value_heads"].is_null())
    out["num_key_value_heads"] = 4;
  for (const char* key :
       {"quantization", "quantization_config", "eos_token_id", "bos_token_id", "torch_dtype"}) {
    if (top.contains(key) && !out.contains(key)) out[key] = top[key];
  }
  return out;
}

}  // namespace

Result<ModelConfig> parse_model_config(std::string_view json_text,
                                       const std::string& display_name) {
  MLXLA_ASSIGN_OR_RETURN(json top, parse_json_object(json_text, display_name));
  Fields top_fields(display_name, top);
  ModelConfig c;
  MLXLA_ASSIGN_OR_RETURN(c.family, parse_family(top_fields, c.model_type));
  json j = top;
  std::string prefix;
  if (c.model_type == "gemma3") {
    MLXLA_ASSIGN_OR_RETURN(j, unwrap_gemma3(top, top_fields));
    prefix = "text_config.";
    c.tensor_prefix = "language_model.";
    c.has_vision_tower = top.contains("vision_config");
  }
  if (c.family == ModelFamily::kGemma3) apply_gemma3_defaults(j);
  // Errors inside text_config name it ("text_config.hidden_size").
  Fields f = prefix.empty() ? Fields(display_name, j) : top_fields.nested("text_config", j);
  MLXLA_RETURN_IF_ERROR(parse_dimensions(f, c));
  MLXLA_RETURN_IF_ERROR(parse_attention_options(f, c));
  MLXLA_RETURN_IF_ERROR(parse_moe(f, c));
  MLXLA_RETURN_IF_ERROR(parse_special_tokens(f, c));
  MLXLA_ASSIGN_OR_RETURN(c.quantization, parse_quantization(f));
  MLXLA_RETURN_IF_ERROR(check_config_limits(f, c));
  return c;
}

Status apply_generation_config(ModelConfig& config, std::string_view json_text,
                               const std::string& display_name) {
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
  if (gen_text)
    MLXLA_RETURN_IF_ERROR(apply_generation_config(config, *gen_text, generation_path.string()));
  return config;
}

}  // namespace mlxla::checkpoint
