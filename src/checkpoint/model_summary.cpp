// summarize_model: walks the family's expected modules over a checkpoint, resolving each one
// (packed or float), checking shapes against the config, and noting what is left unexplained.
#include "checkpoint/model_summary.h"

#include <cstdio>
#include <map>
#include <set>
#include <utility>

#include "checkpoint/expert_layer.h"
#include "checkpoint/finite_check.h"
#include "checkpoint/quantized_layer.h"

namespace mlxla::checkpoint {
namespace {

// The (out, in) shape the config implies for a module name relative to a layer (or top-level).
std::pair<int64_t, int64_t> expected_shape(const ModelConfig& c, const std::string& module) {
  const int64_t q = c.num_attention_heads * c.head_dim;
  const int64_t kv = c.num_key_value_heads * c.head_dim;
  if (module == "self_attn.q_proj") return {q, c.hidden_size};
  if (module == "self_attn.k_proj" || module == "self_attn.v_proj") return {kv, c.hidden_size};
  if (module == "self_attn.qkv_proj") return {q + 2 * kv, c.hidden_size};
  if (module == "self_attn.o_proj") return {c.hidden_size, q};
  if (module == "mlp.gate_proj" || module == "mlp.up_proj")
    return {c.intermediate_size, c.hidden_size};
  if (module == "mlp.gate_up_proj") return {2 * c.intermediate_size, c.hidden_size};
  if (module == "mlp.down_proj") return {c.hidden_size, c.intermediate_size};
  if (c.moe && module == c.moe->block + "." + c.moe->router) return {c.moe->experts, c.hidden_size};
  return {c.vocab_size, c.hidden_size};  // model.embed_tokens, lm_head
}

bool expects_bias(const ModelConfig& c, const std::string& module) {
  if (module.starts_with("self_attn."))
    return module == "self_attn.o_proj" ? c.has_o_bias : c.has_qkv_bias;
  if (c.moe && module == c.moe->block + "." + c.moe->router) return c.moe->biases;
  if (module.starts_with("mlp.")) return c.mlp_bias;
  return false;
}

class Summarizer {
 public:
  Summarizer(const Checkpoint& ckpt, ModelSummary& out) : ckpt_(ckpt), out_(out) {}

  // Resolves one linear module; returns false (and records a problem) when it cannot.
  bool add_linear(const std::string& path, const std::string& relative, ModuleStorage& storage) {
    const ModelConfig& c = out_.config;
    auto lw = resolve_linear(ckpt_, c, path);
    if (!lw.ok()) {
      out_.problems.push_back(lw.error().message());
      return false;
    }
    storage.name = relative;
    storage.packed = lw->packed;
    if (lw->packed) {
      storage.bits = lw->spec->bits;
      storage.group_size = lw->spec->group_size;
      storage.mode = lw->spec->mode;
      storage.dtype = lw->scales->view.dtype();
      use(lw->scales->name());
      if (lw->biases) use(lw->biases->name());  // fp modes have none
    } else {
      storage.dtype = lw->weight.view.dtype();
    }
    use(lw->weight.name());
    ++float_dtypes_[storage.dtype];
    const auto [out_dim, in_dim] = expected_shape(c, relative);
    if (lw->out_features != out_dim || lw->in_features != in_dim) {
      out_.problems.push_back("module '" + path + "' is [" + std::to_string(lw->out_features) +
                              ", " + std::to_string(lw->in_features) + "], config.json implies [" +
                              std::to_string(out_dim) + ", " + std::to_string(in_dim) + "]");
    }
    if (expects_bias(c, relative)) {
      if (lw->bias) {
        use(lw->bias->name());
        add_all(4 * static_cast<uint64_t>(lw->bias->view.numel()));
      } else {
        out_.problems.push_back("module '" + path +
                                "' has no bias, but the config says it has one");
      }
    }
    const uint64_t elements =
        static_cast<uint64_t>(lw->out_features) * static_cast<uint64_t>(lw->in_features);
    out_.residency.dense_f32 += 4 * elements;
    out_.residency.f16 += 2 * elements;
    out_.residency.packed += lw->packed ? lw->weight.view.nbytes() + lw->scales->view.nbytes() +
                                              (lw->biases ? lw->biases->view.nbytes() : 0)
                                        : 4 * elements;
    return true;
  }

  // Resolves one stacked expert projection of `experts` [out, in] matrices.
  bool add_experts(const std::string& path, const std::string& relative, int64_t experts,
                   int64_t out_features, int64_t in_features, ModuleStorage& storage) {
    auto ew = resolve_experts(ckpt_, out_.config, path, experts, out_features, in_features);
    if (!ew.ok()) {
      out_.problems.push_back(ew.error().message());
      return false;
    }
    storage.name = relative;
    storage.packed = true;
    storage.bits = ew->spec.bits;
    storage.group_size = ew->spec.group_size;
    storage.dtype = ew->scale_dtype;
    storage.experts = experts;
    storage.mode = ew->spec.mode;
    use(ew->weight.name());
    use(ew->scales.name());
    if (ew->biases) use(ew->biases->name());
    if (ew->bias) use(ew->bias->name());
    const uint64_t elements = static_cast<uint64_t>(experts) * static_cast<uint64_t>(out_features) *
                              static_cast<uint64_t>(in_features);
    const uint64_t bytes = ew->weight.view.nbytes() + ew->scales.view.nbytes() +
                           (ew->biases ? ew->biases->view.nbytes() : 0) +
                           (ew->bias ? ew->bias->view.nbytes() : 0);
    out_.residency.dense_f32 += 4 * elements;
    out_.residency.f16 += 2 * elements;
    out_.residency.packed += bytes;
    out_.expert_bytes += bytes;
    return true;
  }

  // Tensors of a part mlxla does not run (the gemma3 wrapper's vision tower): not "unused".
  void ignore_prefix(const std::string& prefix) {
    if (prefix.empty()) return;
    size_t count = 0;
    for (const auto& name : ckpt_.tensor_names()) {
      if (name.starts_with(prefix)) {
        use(name);
        ++count;
      }
    }
    if (count > 0) {
      out_.warnings.push_back(std::to_string(count) + " tensors under '" + prefix +
                              "' belong to the vision tower, which mlxla does not run (text only)");
    }
  }

  void add_norm(const std::string& path, int64_t size) {
    auto t = ckpt_.find(path);
    if (!t) {
      out_.problems.push_back("missing norm weight '" + path + "'");
      return;
    }
    use(path);
    if (t->view.shape().size() != 1 || t->view.shape()[0] != size) {
      out_.problems.push_back("norm weight '" + path + "' is not [" + std::to_string(size) + "]");
    }
    if (auto finite = check_finite(t->view, ckpt_.dir().string()); !finite.ok()) {
      out_.problems.push_back(finite.error().message());
    }
    add_all(4 * static_cast<uint64_t>(t->view.numel()));
  }

  void finish() {
    std::vector<std::string> unused;
    for (const auto& name : ckpt_.tensor_names()) {
      if (used_.count(name) == 0) unused.push_back(name);
      auto t = ckpt_.find(name);
      if (!t->view.aligned(dtype_size(t->view.dtype()))) ++out_.unaligned_tensors;
    }
    constexpr size_t kListed = 8;
    for (size_t i = 0; i < unused.size() && i < kListed; ++i) {
      out_.warnings.push_back("tensor '" + unused[i] + "' is not used by the " +
                              std::string(family_name(out_.config.family)) + " family");
    }
    if (unused.size() > kListed) {
      out_.warnings.push_back("... and " + std::to_string(unused.size() - kListed) +
                              " more unused tensors");
    }
    if (out_.unaligned_tensors > 0) {
      out_.warnings.push_back(std::to_string(out_.unaligned_tensors) + " of " +
                              std::to_string(out_.tensor_count) +
                              " tensors start at a file offset unaligned for their dtype (unpadded "
                              "header, as MLX writes): the CPU backend reads them in place "
                              "with unaligned loads, no copy");
    }
    if (float_dtypes_.size() > 1) {
      std::string list;
      for (const auto& [dtype, count] : float_dtypes_) {
        if (!list.empty()) list += ", ";
        list += std::string(dtype_safetensors_name(dtype)) + " (" + std::to_string(count) + ")";
      }
      out_.warnings.push_back("modules mix float dtypes: " + list);
    }
  }

 private:
  void use(const std::string& name) { used_.insert(name); }
  void add_all(uint64_t bytes) {
    out_.residency.dense_f32 += bytes;
    out_.residency.f16 += bytes;
    out_.residency.packed += bytes;
  }

  const Checkpoint& ckpt_;
  ModelSummary& out_;
  std::set<std::string> used_;
  std::map<DType, size_t> float_dtypes_;
};

}  // namespace

std::vector<std::string> layer_linear_modules(const ModelConfig& config) {
  if (config.fused_qkv) {
    return {"self_attn.qkv_proj", "self_attn.o_proj", "mlp.gate_up_proj", "mlp.down_proj"};
  }
  return {"self_attn.q_proj", "self_attn.k_proj", "self_attn.v_proj", "self_attn.o_proj",
          "mlp.gate_proj",    "mlp.up_proj",      "mlp.down_proj"};
}

std::vector<std::string> layer_linear_modules(const ModelConfig& config, int64_t layer) {
  if (!config.moe || !config.moe->layer_sparse[static_cast<size_t>(layer)])
    return layer_linear_modules(config);
  return {"self_attn.q_proj", "self_attn.k_proj", "self_attn.v_proj", "self_attn.o_proj",
          config.moe->block + "." + config.moe->router};
}

namespace {

std::string number(double v) {
  char buffer[32];
  std::snprintf(buffer, sizeof(buffer), "%g", v);
  return buffer;
}

std::string rope_words(const ModelConfig& c) {
  const RopeScaling& r = c.rope_scaling;
  std::string out =
      "rope " + std::string(rope_scaling_type_name(r.type)) + ", theta " + number(c.rope_theta);
  switch (r.type) {
    case RopeScalingType::kNone:
      break;
    case RopeScalingType::kLinear:
      out += ", factor " + number(r.factor) + " (positions / factor)";
      break;
    case RopeScalingType::kDynamic:
      out += ", factor " + number(r.factor) + " (NTK base grows past " +
             std::to_string(c.max_position_embeddings) + ")";
      break;
    case RopeScalingType::kLlama3:
      out += ", factor " + number(r.factor) + ", low " + number(r.low_freq_factor) + ", high " +
             number(r.high_freq_factor) + ", original " +
             std::to_string(r.original_max_position_embeddings);
      break;
    case RopeScalingType::kYarn:
      out += ", factor " + number(r.factor) + ", original " +
             std::to_string(r.original_max_position_embeddings) + ", beta_fast " +
             number(r.beta_fast) + ", beta_slow " + number(r.beta_slow);
      break;
    case RopeScalingType::kLongrope:
      out += ", " + std::to_string(r.long_factor.size()) +
             " long factors (used at every position, as mlx-lm), original " +
             std::to_string(r.original_max_position_embeddings) + ", q/k pre-scaled";
      break;
  }
  if (c.rotary_dim != c.head_dim) {
    out += ", partial rotary " + number(c.partial_rotary_factor) + " (" +
           std::to_string(c.rotary_dim) + " of " + std::to_string(c.head_dim) + " dims)";
  }
  if (c.rope_traditional) out += ", traditional (interleaved pairs)";
  return out;
}

}  // namespace

std::vector<std::string> family_features(const ModelConfig& c) {
  std::vector<std::string> out;
  const bool gemma = c.family == ModelFamily::kGemma2 || c.family == ModelFamily::kGemma3;
  if (c.family == ModelFamily::kQwen3 || c.family == ModelFamily::kGemma3 ||
      c.family == ModelFamily::kQwen3Moe) {
    out.push_back(std::string("q/k norm: RMSNorm over each head before RoPE") +
                  (gemma ? " (x * (1 + w))" : ""));
  }
  if (gemma) {
    out.push_back("RMSNorm x * (1 + w), four norms per block (pre/post attention, pre/post MLP)");
    out.push_back("MLP GELU-tanh gated");
    out.push_back(c.family == ModelFamily::kGemma3
                      ? "embeddings * sqrt(hidden_size) rounded to bf16"
                      : "embeddings * sqrt(hidden_size)");
    out.push_back("attention scale query_pre_attn_scalar^-0.5 (" +
                  number(c.query_pre_attn_scalar.value_or(0)) + ")");
  } else if (c.moe && c.moe->clamped_swiglu) {
    out.push_back(
        "experts: clamped SwiGLU (min(g, 7) * sigmoid(1.702 g) * (clip(u, -7, 7) + 1)), "
        "biased router and experts");
  } else {
    out.push_back("MLP SiLU gated (SwiGLU)");
  }
  if (c.attention_sinks) out.push_back("attention sinks: one learned logit per head");
  if (c.moe && c.moe->experts > 0) {
    size_t sparse = 0;
    for (bool s : c.moe->layer_sparse) sparse += s ? 1 : 0;
    const bool softmax_first = c.moe->routing == MoeRouting::kSoftmaxThenTopK;
    out.push_back(
        "mixture of experts on " + std::to_string(sparse) + " of " +
        std::to_string(c.num_hidden_layers) + " layers: " + std::to_string(c.moe->experts) +
        " experts of intermediate " + std::to_string(c.moe->expert_intermediate) + ", top " +
        std::to_string(c.moe->top_k) + " per token, " +
        (softmax_first
             ? std::string("softmax then top-k") + (c.moe->norm_topk_prob ? ", renormalised" : "")
             : std::string("top-k logits then softmax")));
  }
  if (c.attn_logit_softcapping)
    out.push_back("attention logit soft cap " + number(*c.attn_logit_softcapping));
  if (c.final_logit_softcapping)
    out.push_back("final logit soft cap " + number(*c.final_logit_softcapping));
  out.push_back(rope_words(c));
  size_t sliding = 0;
  for (bool s : c.layer_sliding) sliding += s ? 1 : 0;
  if (sliding > 0) {
    std::string w = "sliding window " + std::to_string(c.sliding_window.value_or(0)) + " on " +
                    std::to_string(sliding) + " of " + std::to_string(c.num_hidden_layers) +
                    " layers";
    if (c.family == ModelFamily::kGemma3) {
      w += " (sliding_window_pattern " + std::to_string(c.sliding_window_pattern) + ": every " +
           std::to_string(c.sliding_window_pattern) + "th layer global; local rope base " +
           number(c.rope_local_base_freq) + ")";
    } else {
      w += " (layer_types)";
    }
    out.push_back(w);
  } else if (c.sliding_window) {
    out.push_back("sliding_window " + std::to_string(*c.sliding_window) +
                  " not applied (mlx-lm attends globally in " + std::string(family_name(c.family)) +
                  ")");
  }
  if (!c.tensor_prefix.empty()) {
    out.push_back("multimodal wrapper: text model under '" + c.tensor_prefix + "'" +
                  (c.has_vision_tower ? "; vision tower ignored (text only)" : ""));
  }
  return out;
}

std::vector<std::string> layer_norms(const ModelConfig& config) {
  std::vector<std::string> out = {"input_layernorm", "post_attention_layernorm"};
  const bool gemma = config.family == ModelFamily::kGemma2 || config.family == ModelFamily::kGemma3;
  if (gemma) {
    out.push_back("pre_feedforward_layernorm");
    out.push_back("post_feedforward_layernorm");
  }
  if (config.family == ModelFamily::kQwen3 || config.family == ModelFamily::kGemma3 ||
      config.family == ModelFamily::kQwen3Moe) {
    out.push_back("self_attn.q_norm");
    out.push_back("self_attn.k_norm");
  }
  return out;
}

int64_t norm_size(const ModelConfig& config, const std::string& norm) {
  return norm.starts_with("self_attn.") ? config.head_dim : config.hidden_size;
}

Result<ModelSummary> summarize_model(const std::filesystem::path& dir) {
  ModelSummary out;
  out.dir = dir;
  MLXLA_ASSIGN_OR_RETURN(out.config, load_model_config(dir));
  MLXLA_ASSIGN_OR_RETURN(Checkpoint ckpt, Checkpoint::open(dir));
  out.file_count = ckpt.files().size();
  out.indexed = ckpt.indexed();
  out.tensor_count = ckpt.tensor_count();
  out.tensor_bytes = ckpt.total_bytes();
  out.warnings = ckpt.warnings();
  const ModelConfig& c = out.config;

  Summarizer s(ckpt, out);
  const std::string& top = c.tensor_prefix;
  ModuleStorage embed;
  if (s.add_linear(top + "model.embed_tokens", "model.embed_tokens", embed))
    out.top_modules.push_back(embed);
  const bool has_lm_head = ckpt.contains(top + "lm_head.weight");
  if (!c.tie_word_embeddings || has_lm_head) {
    if (c.tie_word_embeddings) {
      out.warnings.push_back(
          "lm_head.weight is present but tie_word_embeddings is true: it is ignored");
    } else {
      ModuleStorage head;
      if (s.add_linear(top + "lm_head", "lm_head", head)) out.top_modules.push_back(head);
    }
  }
  // A config that disagrees with the checkpoint wholesale would list every module of every layer.
  constexpr size_t kMaxProblems = 64;
  for (int64_t layer = 0; layer < c.num_hidden_layers; ++layer) {
    if (out.problems.size() >= kMaxProblems) {
      out.problems.push_back("(stopped checking at layer " + std::to_string(layer) +
                             ": too many problems)");
      break;
    }
    const std::string prefix = top + "model.layers." + std::to_string(layer) + ".";
    std::vector<ModuleStorage> storages;
    for (const auto& m : layer_linear_modules(c, layer)) {
      ModuleStorage storage;
      if (s.add_linear(prefix + m, m, storage)) storages.push_back(storage);
    }
    if (c.moe && c.moe->layer_sparse[static_cast<size_t>(layer)]) {
      const int64_t hidden = c.hidden_size, inter = c.moe->expert_intermediate;
      const std::string block = c.moe->block + "." + c.moe->experts_name + ".";
      for (const auto& [name, out_features, in_features] :
           {std::tuple{"gate_proj", inter, hidden}, std::tuple{"up_proj", inter, hidden},
            std::tuple{"down_proj", hidden, inter}}) {
        ModuleStorage storage;
        if (s.add_experts(prefix + block + name, block + name, c.moe->experts, out_features,
                          in_features, storage)) {
          storages.push_back(storage);
        }
      }
    }
    for (const auto& norm : layer_norms(c))
      s.add_norm(prefix + norm + ".weight", norm_size(c, norm));
    // gpt_oss: one sink logit per attention head (checked as a norm-like vector).
    if (c.attention_sinks) s.add_norm(prefix + "self_attn.sinks", c.num_attention_heads);
    if (!out.layer_runs.empty() && out.layer_runs.back().modules == storages) {
      out.layer_runs.back().last = layer;
    } else {
      out.layer_runs.push_back({layer, layer, std::move(storages)});
    }
  }
  s.add_norm(top + "model.norm.weight", c.hidden_size);
  s.ignore_prefix(top.empty() ? "" : "vision_tower.");
  s.ignore_prefix(top.empty() ? "" : "multi_modal_projector.");
  s.finish();
  if (c.moe && c.moe->experts > 0) {
    const uint64_t experts = static_cast<uint64_t>(c.moe->experts);
    const uint64_t idle =
        out.expert_bytes / experts * (experts - static_cast<uint64_t>(c.moe->top_k));
    out.active_bytes_per_token = out.residency.packed - idle;
    // An untied embedding table is only gathered from: one row per token.
    if (!c.tie_word_embeddings) {
      if (auto table = ckpt.find(top + "model.embed_tokens.weight")) {
        uint64_t bytes = table->view.nbytes();
        for (const char* part : {".scales", ".biases"}) {
          if (auto t = ckpt.find(top + "model.embed_tokens" + part)) bytes += t->view.nbytes();
        }
        out.active_bytes_per_token -= bytes - bytes / static_cast<uint64_t>(c.vocab_size);
      }
    }
  }
  return out;
}

}  // namespace mlxla::checkpoint
