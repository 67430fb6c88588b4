// summarize_model: walks the family's expected modules over a checkpoint, resolving each one
// (packed or float), checking shapes against the config, and noting what is left unexplained.
#include "checkpoint/model_summary.h"

#include <map>
#include <set>
#include <utility>

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
  if (module == "mlp.gate_proj" || module == "mlp.up_proj") return {c.intermediate_size, c.hidden_size};
  if (module == "mlp.gate_up_proj") return {2 * c.intermediate_size, c.hidden_size};
  if (module == "mlp.down_proj") return {c.hidden_size, c.intermediate_size};
  return {c.vocab_size, c.hidden_size};  // model.embed_tokens, lm_head
}

bool expects_bias(const ModelConfig& c, const std::string& module) {
  if (module.starts_with("self_attn.")) return module == "self_attn.o_proj" ? c.has_o_bias : c.has_qkv_bias;
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
      storage.dtype = lw->scales->view.dtype();
      use(lw->scales->name());
      use(lw->biases->name());
    } else {
      storage.dtype = lw->weight.view.dtype();
    }
    use(lw->weight.name());
    ++float_dtypes_[storage.dtype];
    const auto [out_dim, in_dim] = expected_shape(c, relative);
    if (lw->out_features != out_dim || lw->in_features != in_dim) {
      out_.problems.push_back("module '" + path + "' is [" + std::to_string(lw->out_features) + ", " +
                              std::to_string(lw->in_features) + "], config.json implies [" +
                              std::to_string(out_dim) + ", " + std::to_string(in_dim) + "]");
    }
    if (expects_bias(c, relative)) {
      if (lw->bias) {
        use(lw->bias->name());
        add_all(4 * static_cast<uint64_t>(lw->bias->view.numel()));
      } else {
        out_.problems.push_back("module '" + path + "' has no bias, but the config says it has one");
      }
    }
    const uint64_t elements = static_cast<uint64_t>(lw->out_features) * static_cast<uint64_t>(lw->in_features);
    out_.residency.dense_f32 += 4 * elements;
    out_.residency.f16 += 2 * elements;
    out_.residency.packed += lw->packed ? lw->weight.view.nbytes() + lw->scales->view.nbytes() + lw->biases->view.nbytes()
                                        : 4 * elements;
    return true;
  }

  void add_norm(const std::string& path) {
    auto t = ckpt_.find(path);
    if (!t) {
      out_.problems.push_back("missing norm weight '" + path + "'");
      return;
    }
    use(path);
    if (t->view.shape().size() != 1 || t->view.shape()[0] != out_.config.hidden_size) {
      out_.problems.push_back("norm weight '" + path + "' is not [hidden_size]");
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
      out_.warnings.push_back("... and " + std::to_string(unused.size() - kListed) + " more unused tensors");
    }
    if (out_.unaligned_tensors > 0) {
      out_.warnings.push_back(std::to_string(out_.unaligned_tensors) + " of " + std::to_string(out_.tensor_count) +
                              " tensors start at a file offset unaligned for their dtype (unpadded "
                              "header, as MLX writes): read through copies");
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
  ModuleStorage embed;
  if (s.add_linear("model.embed_tokens", "model.embed_tokens", embed)) out.top_modules.push_back(embed);
  const bool has_lm_head = ckpt.contains("lm_head.weight");
  if (!c.tie_word_embeddings || has_lm_head) {
    if (c.tie_word_embeddings) {
      out.warnings.push_back("lm_head.weight is present but tie_word_embeddings is true: it is ignored");
    } else {
      ModuleStorage head;
      if (s.add_linear("lm_head", "lm_head", head)) out.top_modules.push_back(head);
    }
  }
  const auto modules = layer_linear_modules(c);
  // A config that disagrees with the checkpoint wholesale would list every module of every layer.
  constexpr size_t kMaxProblems = 64;
  for (int64_t layer = 0; layer < c.num_hidden_layers; ++layer) {
    if (out.problems.size() >= kMaxProblems) {
      out.problems.push_back("(stopped checking at layer " + std::to_string(layer) + ": too many problems)");
      break;
    }
    const std::string prefix = "model.layers." + std::to_string(layer) + ".";
    std::vector<ModuleStorage> storages;
    for (const auto& m : modules) {
      ModuleStorage storage;
      if (s.add_linear(prefix + m, m, storage)) storages.push_back(storage);
    }
    s.add_norm(prefix + "input_layernorm.weight");
    s.add_norm(prefix + "post_attention_layernorm.weight");
    if (!out.layer_runs.empty() && out.layer_runs.back().modules == storages) {
      out.layer_runs.back().last = layer;
    } else {
      out.layer_runs.push_back({layer, layer, std::move(storages)});
    }
  }
  s.add_norm("model.norm.weight");
  s.finish();
  return out;
}

}  // namespace mlxla::checkpoint
