// LayerFormats from a checkpoint's tensors or from config.json alone.
#include "model/layer_formats.h"

#include "checkpoint/expert_layer.h"
#include "checkpoint/quantized_layer.h"

namespace mlxla::model {

const LayerFormat* LayerFormats::find(std::string_view module_path) const {
  const auto it = modules.find(module_path);
  return it == modules.end() ? nullptr : &it->second;
}

std::vector<ModulePath> linear_modules(const checkpoint::ModelConfig& config) {
  const int64_t hidden = config.hidden_size;
  const int64_t q_out = config.num_attention_heads * config.head_dim;
  const int64_t kv_out = config.num_key_value_heads * config.head_dim;
  const int64_t inter = config.intermediate_size;
  const std::string& top = config.tensor_prefix;
  std::vector<ModulePath> out;
  out.push_back({top + "model.embed_tokens", config.vocab_size, hidden});
  for (int64_t layer = 0; layer < config.num_hidden_layers; ++layer) {
    const std::string prefix = top + "model.layers." + std::to_string(layer);
    if (config.fused_qkv) {
      out.push_back({prefix + ".self_attn.qkv_proj", q_out + 2 * kv_out, hidden});
    } else {
      out.push_back({prefix + ".self_attn.q_proj", q_out, hidden});
      out.push_back({prefix + ".self_attn.k_proj", kv_out, hidden});
      out.push_back({prefix + ".self_attn.v_proj", kv_out, hidden});
    }
    out.push_back({prefix + ".self_attn.o_proj", hidden, q_out});
    if (config.moe && config.moe->layer_sparse[static_cast<size_t>(layer)]) {
      out.push_back({prefix + "." + config.moe->block + "." + config.moe->router,
                     config.moe->experts, hidden});
      continue;
    }
    if (config.fused_gate_up) {
      out.push_back({prefix + ".mlp.gate_up_proj", 2 * inter, hidden});
    } else {
      out.push_back({prefix + ".mlp.gate_proj", inter, hidden});
      out.push_back({prefix + ".mlp.up_proj", inter, hidden});
    }
    out.push_back({prefix + ".mlp.down_proj", hidden, inter});
  }
  if (!config.tie_word_embeddings) out.push_back({top + "lm_head", config.vocab_size, hidden});
  return out;
}

std::vector<ModulePath> expert_modules(const checkpoint::ModelConfig& config) {
  std::vector<ModulePath> out;
  if (!config.moe) return out;
  const int64_t hidden = config.hidden_size, inter = config.moe->expert_intermediate;
  for (int64_t layer = 0; layer < config.num_hidden_layers; ++layer) {
    if (!config.moe->layer_sparse[static_cast<size_t>(layer)]) continue;
    const std::string prefix = config.tensor_prefix + "model.layers." + std::to_string(layer) +
                               "." + config.moe->block + "." + config.moe->experts_name + ".";
    out.push_back({prefix + "gate_proj", inter, hidden});
    out.push_back({prefix + "up_proj", inter, hidden});
    out.push_back({prefix + "down_proj", hidden, inter});
  }
  return out;
}

Result<LayerFormats> layer_formats_from_checkpoint(const checkpoint::Checkpoint& checkpoint,
                                                   const checkpoint::ModelConfig& config) {
  LayerFormats formats;
  for (const ModulePath& module : linear_modules(config)) {
    MLXLA_ASSIGN_OR_RETURN(checkpoint::LinearWeights weights,
                           checkpoint::resolve_linear(checkpoint, config, module.path));
    if (weights.out_features != module.out_features || weights.in_features != module.in_features) {
      return format_error(checkpoint.dir().string() + ": module '" + module.path + "' is [" +
                          std::to_string(weights.out_features) + ", " +
                          std::to_string(weights.in_features) + "] but the config implies [" +
                          std::to_string(module.out_features) + ", " +
                          std::to_string(module.in_features) + "]");
    }
    LayerFormat format;
    format.packed = weights.packed;
    if (weights.packed) {
      format.bits = weights.spec->bits;
      format.group_size = weights.spec->group_size;
      format.mode = weights.spec->mode;
      format.dtype = weights.scales->view.dtype();
    } else {
      format.dtype = weights.weight.view.dtype();
    }
    if (weights.bias) {
      const auto shape = weights.bias->view.shape();
      if (shape.size() != 1 || shape[0] != module.out_features ||
          !dtype_is_float(weights.bias->view.dtype())) {
        return format_error(checkpoint.dir().string() + ": tensor '" + weights.bias->name() +
                            "' must be a float vector of " + std::to_string(module.out_features));
      }
      format.has_bias = true;
    }
    // gpt_oss builds q/k/v/o and the router with bias=True (gpt_oss.py), and mlx-lm's strict
    // load refuses a checkpoint without them: running without would be silently wrong.
    if (config.family == checkpoint::ModelFamily::kGptOss && !format.has_bias) {
      for (const char* biased : {".q_proj", ".k_proj", ".v_proj", ".o_proj", ".router"}) {
        if (module.path.ends_with(biased)) {
          return format_error(checkpoint.dir().string() + ": gpt_oss module '" + module.path +
                              "' has no '.bias' tensor (gpt_oss projections and routers carry "
                              "biases)");
        }
      }
    }
    formats.modules.emplace(module.path, format);
  }
  // gpt_oss: one sink logit per attention head, a float vector [heads] in every layer.
  for (int64_t layer = 0; config.attention_sinks && layer < config.num_hidden_layers; ++layer) {
    const std::string name =
        config.tensor_prefix + "model.layers." + std::to_string(layer) + ".self_attn.sinks";
    const auto sinks = checkpoint.find(name);
    const std::string expected = "a float vector of num_attention_heads (" +
                                 std::to_string(config.num_attention_heads) + ") attention sinks";
    if (!sinks) {
      return not_found(checkpoint.dir().string() + ": tensor '" + name + "' is missing (" +
                       std::string(checkpoint::family_name(config.family)) + " expects " +
                       expected + ")");
    }
    const auto shape = sinks->view.shape();
    if (shape.size() != 1 || shape[0] != config.num_attention_heads ||
        !dtype_is_float(sinks->view.dtype())) {
      std::string got = "[";
      for (size_t i = 0; i < shape.size(); ++i) got += (i ? ", " : "") + std::to_string(shape[i]);
      return format_error(checkpoint.dir().string() + ": tensor '" + name + "' has shape " + got +
                          "] " + std::string(dtype_safetensors_name(sinks->view.dtype())) +
                          ", expected " + expected);
    }
  }
  for (const ModulePath& module : expert_modules(config)) {
    MLXLA_ASSIGN_OR_RETURN(
        const checkpoint::ExpertWeights experts,
        checkpoint::resolve_experts(checkpoint, config, module.path, config.moe->experts,
                                    module.out_features, module.in_features));
    LayerFormat format;
    format.packed = true;
    format.bits = experts.spec.bits;
    format.group_size = experts.spec.group_size;
    format.mode = experts.spec.mode;
    format.dtype = experts.scale_dtype;
    format.has_bias = experts.bias.has_value();
    format.experts = config.moe->experts;
    formats.modules.emplace(module.path, format);
  }
  return formats;
}

Result<LayerFormats> layer_formats_from_config(const checkpoint::ModelConfig& config) {
  DType float_dtype = DType::kF32;
  if (config.torch_dtype == "float16") {
    float_dtype = DType::kF16;
  } else if (config.torch_dtype == "bfloat16") {
    float_dtype = DType::kBF16;
  } else if (!config.torch_dtype.empty() && config.torch_dtype != "float32") {
    return unsupported("config.json: torch_dtype '" + config.torch_dtype +
                       "' (expected float32, float16 or bfloat16)");
  }
  LayerFormats formats;
  for (const ModulePath& module : linear_modules(config)) {
    LayerFormat format;
    format.dtype = float_dtype;
    const std::optional<checkpoint::QuantSpec> spec = config.quantization_for(module.path);
    if (spec && module.in_features % spec->group_size == 0) {
      format.packed = true;
      format.bits = spec->bits;
      format.group_size = spec->group_size;
      format.mode = spec->mode;
      if (spec->mode != checkpoint::QuantMode::kAffine) format.dtype = DType::kU8;
    }
    const bool attention = module.path.find(".self_attn.") != std::string::npos;
    const bool output = module.path.ends_with(".o_proj");
    const bool router =
        config.moe && module.path.ends_with("." + config.moe->block + "." + config.moe->router);
    if (attention) {
      format.has_bias = output ? config.has_o_bias : config.has_qkv_bias;
    } else if (router) {
      format.has_bias = config.moe->biases;
    } else if (module.path.find(".mlp.") != std::string::npos) {
      format.has_bias = config.mlp_bias;
    }
    formats.modules.emplace(module.path, format);
  }
  for (const ModulePath& module : expert_modules(config)) {
    const std::optional<checkpoint::QuantSpec> spec = config.quantization_for(module.path);
    if (!spec) {
      return unsupported("config.json: experts '" + module.path +
                         "' must be MLX-quantized (float experts are not supported)");
    }
    LayerFormat format;
    format.packed = true;
    format.bits = spec->bits;
    format.group_size = spec->group_size;
    format.mode = spec->mode;
    format.dtype = spec->mode == checkpoint::QuantMode::kAffine ? float_dtype : DType::kU8;
    format.has_bias = config.moe->biases;
    format.experts = config.moe->experts;
    formats.modules.emplace(module.path, format);
  }
  return formats;
}

}  // namespace mlxla::model
