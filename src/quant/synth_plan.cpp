// Llama-family tensor names and shapes from config.json (the Hugging Face layout that
// mlx_lm.convert starts from).
#include "quant/synth_plan.h"

#include <algorithm>
#include <string>

#include "quant/expert_stacking.h"

namespace mlxla::quant {
namespace {

Result<int64_t> positive_field(const OrderedJson& config, const char* key) {
  const auto it = config.find(key);
  if (it == config.end()) return not_found(std::string("config.json: missing field '") + key + "'");
  if (!it->is_number_integer() || it->get<int64_t>() <= 0)
    return format_error(std::string("config.json: field '") + key + "' must be a positive integer");
  return it->get<int64_t>();
}

bool bool_field(const OrderedJson& config, const char* key, bool fallback) {
  const auto it = config.find(key);
  return it != config.end() && it->is_boolean() ? it->get<bool>() : fallback;
}

// The mixture-of-experts layers of qwen3_moe (decoder_sparse_step, mlp_only_layers) and mixtral
// (every layer); empty `sparse` for dense families.
struct MoeShape {
  int64_t experts = 0;
  int64_t inter = 0;
  std::string block;
  std::vector<bool> sparse;
};

Result<MoeShape> moe_shape(const OrderedJson& config, const std::string& type, int64_t inter,
                           int64_t layers) {
  MoeShape m;
  if (type == "qwen3_moe") {
    MLXLA_ASSIGN_OR_RETURN(m.experts, positive_field(config, "num_experts"));
    MLXLA_ASSIGN_OR_RETURN(m.inter, positive_field(config, "moe_intermediate_size"));
    m.block = "mlp";
    int64_t step = 1;
    if (config.contains("decoder_sparse_step")) {
      MLXLA_ASSIGN_OR_RETURN(step, positive_field(config, "decoder_sparse_step"));
    }
    std::vector<int64_t> only;
    if (const auto it = config.find("mlp_only_layers"); it != config.end() && it->is_array()) {
      for (const auto& v : *it) {
        if (v.is_number_integer()) only.push_back(v.get<int64_t>());
      }
    }
    for (int64_t i = 0; i < layers; ++i) {
      m.sparse.push_back((i + 1) % step == 0 &&
                         std::find(only.begin(), only.end(), i) == only.end());
    }
  } else if (type == "gpt_oss" || type == "mixtral") {
    // Every layer routed, experts of intermediate_size: num_local_experts, default 128
    // (gpt_oss.ModelArgs, block `mlp`) or 8 (mixtral, block `block_sparse_moe`).
    const bool gpt_oss = type == "gpt_oss";
    m.experts = gpt_oss ? 128 : 8;
    if (config.contains("num_local_experts")) {
      MLXLA_ASSIGN_OR_RETURN(m.experts, positive_field(config, "num_local_experts"));
    }
    m.inter = inter;
    m.block = gpt_oss ? "mlp" : "block_sparse_moe";
    m.sparse.assign(static_cast<size_t>(layers), true);
  }
  if (m.experts > kMaxExperts) {
    return format_error(std::string("config.json: field '") +
                        (type == "qwen3_moe" ? "num_experts" : "num_local_experts") + "' is " +
                        std::to_string(m.experts) + ", above the limit " +
                        std::to_string(kMaxExperts));
  }
  return m;
}

}  // namespace

Result<std::vector<SourceTensor>> model_source_tensors(const OrderedJson& top) {
  if (!top.is_object()) return format_error("config.json: not a JSON object");
  const auto type_it = top.find("model_type");
  if (type_it == top.end() || !type_it->is_string())
    return not_found("config.json: missing field 'model_type'");
  std::string type = type_it->get<std::string>();
  // The gemma3 wrapper: the text model's fields in text_config, its tensors under language_model.
  OrderedJson config = top;
  std::string prefix;
  if (type == "gemma3") {
    const auto text = top.find("text_config");
    if (text == top.end() || !text->is_object())
      return not_found("config.json: missing field 'text_config'");
    config = *text;
    config["vocab_size"] = top.contains("vocab_size") ? top["vocab_size"] : OrderedJson(262208);
    if (!config.contains("num_attention_heads")) config["num_attention_heads"] = 8;
    if (!config.contains("num_key_value_heads")) config["num_key_value_heads"] = 4;
    prefix = "language_model.";
    type = "gemma3_text";
  }
  const bool phi3 = type == "phi3";
  const bool gemma = type == "gemma2" || type == "gemma3_text";
  const bool qwen3_moe = type == "qwen3_moe", mixtral = type == "mixtral";
  const bool gpt_oss = type == "gpt_oss";
  const bool qk_norm = type == "qwen3" || type == "gemma3_text" || qwen3_moe;
  if (type != "llama" && type != "mistral" && type != "qwen2" && type != "qwen3" && !phi3 &&
      !gemma && !qwen3_moe && !mixtral && !gpt_oss)
    return unsupported("config.json: model_type '" + type +
                       "' is not a supported family (llama, mistral, qwen2, qwen3, phi3, gemma2, "
                       "gemma3_text, gemma3, qwen3_moe, mixtral, gpt_oss)");
  MLXLA_ASSIGN_OR_RETURN(const int64_t hidden, positive_field(config, "hidden_size"));
  MLXLA_ASSIGN_OR_RETURN(const int64_t inter, positive_field(config, "intermediate_size"));
  MLXLA_ASSIGN_OR_RETURN(const int64_t layers, positive_field(config, "num_hidden_layers"));
  MLXLA_ASSIGN_OR_RETURN(const int64_t heads, positive_field(config, "num_attention_heads"));
  MLXLA_ASSIGN_OR_RETURN(const int64_t vocab, positive_field(config, "vocab_size"));
  int64_t kv_heads = gpt_oss ? 8 : heads;  // gpt_oss.ModelArgs: 8 kv heads
  if (config.contains("num_key_value_heads")) {
    MLXLA_ASSIGN_OR_RETURN(kv_heads, positive_field(config, "num_key_value_heads"));
  }
  int64_t head_dim = gpt_oss ? 64 : hidden / heads;  // gpt_oss.ModelArgs: head_dim 64
  // phi3 and mixtral derive head_dim whatever the config says.
  if (!phi3 && !mixtral && config.contains("head_dim") && !config["head_dim"].is_null()) {
    MLXLA_ASSIGN_OR_RETURN(head_dim, positive_field(config, "head_dim"));
  }
  const bool qkv_bias = type == "qwen2" || bool_field(config, "attention_bias", false);
  const bool o_bias = type != "qwen2" && bool_field(config, "attention_bias", false);
  const bool mlp_bias = bool_field(config, "mlp_bias", false);

  MLXLA_ASSIGN_OR_RETURN(const MoeShape moe, moe_shape(config, type, inter, layers));
  std::vector<SourceTensor> out;
  auto add = [&](std::string name, std::vector<int64_t> shape) {
    out.push_back({prefix + std::move(name), DType::kF32, std::move(shape)});
  };
  add("model.embed_tokens.weight", {vocab, hidden});
  for (int64_t l = 0; l < layers; ++l) {
    const std::string p = "model.layers." + std::to_string(l) + ".";
    add(p + "input_layernorm.weight", {hidden});
    add(p + "post_attention_layernorm.weight", {hidden});
    if (gemma) {
      add(p + "pre_feedforward_layernorm.weight", {hidden});
      add(p + "post_feedforward_layernorm.weight", {hidden});
    }
    if (qk_norm) {
      add(p + "self_attn.q_norm.weight", {head_dim});
      add(p + "self_attn.k_norm.weight", {head_dim});
    }
    if (gpt_oss) {
      // gpt_oss.py after sanitize: biased q/k/v/o, sinks, the biased router and stacked experts
      // with a bias [E, out] each.
      for (const char* proj : {"q_proj", "k_proj", "v_proj"}) {
        const int64_t rows = (proj[0] == 'q' ? heads : kv_heads) * head_dim;
        add(p + "self_attn." + proj + ".weight", {rows, hidden});
        add(p + "self_attn." + proj + ".bias", {rows});
      }
      add(p + "self_attn.o_proj.weight", {hidden, heads * head_dim});
      add(p + "self_attn.o_proj.bias", {hidden});
      add(p + "self_attn.sinks", {heads});
      add(p + "mlp.router.weight", {moe.experts, hidden});
      add(p + "mlp.router.bias", {moe.experts});
      const std::string ex = p + "mlp.experts.";
      for (const char* proj : {"gate_proj", "up_proj", "down_proj"}) {
        const bool down = proj[0] == 'd';
        add(ex + proj + ".weight",
            {moe.experts, down ? hidden : moe.inter, down ? moe.inter : hidden});
        add(ex + proj + ".bias", {moe.experts, down ? hidden : moe.inter});
      }
      continue;
    }
    if (moe.sparse.size() > 0 && moe.sparse[static_cast<size_t>(l)]) {
      // mlx-lm's sanitized layout: the router and the experts stacked [E, out, in].
      for (const char* proj : {"q_proj", "k_proj", "v_proj"}) {
        const int64_t rows = (proj[0] == 'q' ? heads : kv_heads) * head_dim;
        add(p + "self_attn." + proj + ".weight", {rows, hidden});
      }
      add(p + moe.block + ".gate.weight", {moe.experts, hidden});
      const std::string sw = p + moe.block + ".switch_mlp.";
      add(sw + "gate_proj.weight", {moe.experts, moe.inter, hidden});
      add(sw + "up_proj.weight", {moe.experts, moe.inter, hidden});
      add(sw + "down_proj.weight", {moe.experts, hidden, moe.inter});
      add(p + "self_attn.o_proj.weight", {hidden, heads * head_dim});
      continue;
    }
    if (phi3) {
      add(p + "self_attn.qkv_proj.weight", {(heads + 2 * kv_heads) * head_dim, hidden});
      add(p + "mlp.gate_up_proj.weight", {2 * inter, hidden});
    } else {
      for (const char* proj : {"q_proj", "k_proj", "v_proj"}) {
        const int64_t rows = (proj[0] == 'q' ? heads : kv_heads) * head_dim;
        add(p + "self_attn." + proj + ".weight", {rows, hidden});
        if (qkv_bias) add(p + "self_attn." + proj + ".bias", {rows});
      }
      add(p + "mlp.gate_proj.weight", {inter, hidden});
      add(p + "mlp.up_proj.weight", {inter, hidden});
      if (mlp_bias) {
        add(p + "mlp.gate_proj.bias", {inter});
        add(p + "mlp.up_proj.bias", {inter});
      }
    }
    add(p + "self_attn.o_proj.weight", {hidden, heads * head_dim});
    if (o_bias) add(p + "self_attn.o_proj.bias", {hidden});
    add(p + "mlp.down_proj.weight", {hidden, inter});
    if (mlp_bias && !phi3) add(p + "mlp.down_proj.bias", {hidden});
  }
  add("model.norm.weight", {hidden});
  if (!ties_word_embeddings(top)) add("lm_head.weight", {vocab, hidden});
  return out;
}

SynthDefaults synth_defaults(const OrderedJson& config) {
  SynthDefaults d;
  if (const auto q = config.find("quantization"); q != config.end() && q->is_object()) {
    if (q->contains("bits") && (*q)["bits"].is_number_integer()) d.bits = (*q)["bits"].get<int>();
    if (q->contains("group_size") && (*q)["group_size"].is_number_integer())
      d.group_size = (*q)["group_size"].get<int>();
    auto fp_mode_of = [](const OrderedJson& block) -> std::optional<FpMode> {
      const auto m = block.find("mode");
      if (m == block.end() || !m->is_string()) return std::nullopt;
      auto parsed = parse_fp_mode(m->get<std::string>());
      return parsed.ok() ? std::optional<FpMode>(*parsed) : std::nullopt;
    };
    d.mode = fp_mode_of(*q);
    std::optional<std::pair<int, int>> affine_entry;
    for (auto it = q->begin(); it != q->end(); ++it) {
      if (!it->is_object()) continue;
      const std::string& key = it.key();
      const bool expert = key.find(".experts.") != std::string::npos ||
                          key.find(".switch_mlp.") != std::string::npos;
      if (expert) {
        if (auto mode = fp_mode_of(*it)) d.expert_mode = mode;
      }
      const auto m = it->find("mode");
      if (!expert && m != it->end() && *m == "affine" && (*it)["bits"].is_number_integer() &&
          (*it)["group_size"].is_number_integer())
        affine_entry = {(*it)["bits"].get<int>(), (*it)["group_size"].get<int>()};
    }
    if (d.mode && affine_entry) {  // fine-grained: the global fp mode is the experts'
      d.expert_mode = d.mode;
      d.mode.reset();
      d.bits = affine_entry->first;
      d.group_size = affine_entry->second;
    }
  }
  if (const auto t = config.find("torch_dtype"); t != config.end() && t->is_string()) {
    if (auto parsed = parse_float_dtype(t->get<std::string>())) d.dtype = *parsed;
  }
  return d;
}

}  // namespace mlxla::quant
