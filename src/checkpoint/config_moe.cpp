// The mixture-of-experts fields of config.json (qwen3_moe, mixtral), as mlx-lm's ModelArgs read
// them, validated so that the emitter can size the router and the stacked experts from them.
#include <string>
#include <vector>

#include "checkpoint/config_fields.h"
#include "checkpoint/config_limits.h"

namespace mlxla::checkpoint {

Status parse_moe(const Fields& f, ModelConfig& c) {
  if (c.family != ModelFamily::kQwen3Moe && c.family != ModelFamily::kMixtral &&
      c.family != ModelFamily::kGptOss)
    return Status::Ok();
  // Runs before check_config_limits, and the per-layer pass below is sized by the layer count:
  // bound it here with the same limit and message.
  if (c.num_hidden_layers > ConfigLimits::kMaxLayers) {
    return f.error("num_hidden_layers", std::to_string(c.num_hidden_layers) +
                                            " is implausibly large (the limit is " +
                                            std::to_string(ConfigLimits::kMaxLayers) + ")");
  }
  MoeConfig moe;
  const bool qwen = c.family == ModelFamily::kQwen3Moe;
  const std::string experts_key = qwen ? "num_experts" : "num_local_experts";
  if (qwen) {
    MLXLA_ASSIGN_OR_RETURN(moe.experts, f.require_nonnegative_int(experts_key));
    MLXLA_ASSIGN_OR_RETURN(moe.expert_intermediate,
                           f.require_positive_int("moe_intermediate_size"));
    MLXLA_ASSIGN_OR_RETURN(std::optional<bool> norm, f.get_bool("norm_topk_prob"));
    moe.norm_topk_prob = norm.value_or(false);  // Hugging Face's Qwen3MoeConfig default
    moe.routing = MoeRouting::kSoftmaxThenTopK;
  } else if (c.family == ModelFamily::kGptOss) {
    // gpt_oss.ModelArgs defaults: 128 experts, 4 per token, experts of intermediate_size; the
    // router (`mlp.router`, biased) takes the top k logits, then a softmax over those k.
    MLXLA_ASSIGN_OR_RETURN(std::optional<int64_t> experts, f.get_positive_int(experts_key));
    moe.experts = experts.value_or(128);
    moe.expert_intermediate = c.intermediate_size;
    moe.routing = MoeRouting::kTopKThenSoftmax;
    moe.router = "router";
    moe.experts_name = "experts";
    moe.biases = true;
    moe.clamped_swiglu = true;
  } else {
    // mlx-lm mixtral.ModelArgs defaults: 8 experts, 2 per token, experts of intermediate_size.
    MLXLA_ASSIGN_OR_RETURN(std::optional<int64_t> experts, f.get_positive_int(experts_key));
    moe.experts = experts.value_or(8);
    moe.expert_intermediate = c.intermediate_size;
    moe.routing = MoeRouting::kTopKThenSoftmax;
    moe.block = "block_sparse_moe";
  }
  MLXLA_ASSIGN_OR_RETURN(std::optional<int64_t> top_k, f.get_positive_int("num_experts_per_tok"));
  if (!top_k && qwen) return f.error("num_experts_per_tok", "is missing (qwen3_moe requires it)");
  moe.top_k = top_k.value_or(c.family == ModelFamily::kGptOss ? 4 : 2);
  if (moe.experts > ConfigLimits::kMaxExperts) {
    return f.error(experts_key, std::to_string(moe.experts) + " is implausibly large (at most " +
                                    std::to_string(ConfigLimits::kMaxExperts) + ")");
  }
  if (moe.expert_intermediate > ConfigLimits::kMaxIntermediateSize) {
    return f.error(qwen ? "moe_intermediate_size" : "intermediate_size",
                   std::to_string(moe.expert_intermediate) + " is implausibly large");
  }
  if (moe.experts > 0 && moe.top_k > moe.experts) {
    return f.error("num_experts_per_tok", std::to_string(moe.top_k) + " exceeds " + experts_key +
                                              " " + std::to_string(moe.experts));
  }
  int64_t step = 1;
  std::vector<bool> dense_layer(static_cast<size_t>(c.num_hidden_layers), false);
  if (qwen) {
    MLXLA_ASSIGN_OR_RETURN(std::optional<int64_t> sparse_step,
                           f.get_positive_int("decoder_sparse_step"));
    step = sparse_step.value_or(1);
    if (const nlohmann::json* only = f.find("mlp_only_layers"); only != nullptr) {
      if (!only->is_array()) return f.error("mlp_only_layers", "is not a list of layer indices");
      for (const nlohmann::json& v : *only) {
        if (!v.is_number_integer() || v.get<int64_t>() < 0 ||
            v.get<int64_t>() >= c.num_hidden_layers) {
          return f.error("mlp_only_layers", "has an entry that is not a layer index in [0, " +
                                                std::to_string(c.num_hidden_layers) + ")");
        }
        dense_layer[static_cast<size_t>(v.get<int64_t>())] = true;
      }
    }
  }
  // qwen3_moe.py: experts where (i + 1) % decoder_sparse_step == 0, i not in mlp_only_layers
  // and num_experts > 0; mixtral: every layer.
  for (int64_t i = 0; i < c.num_hidden_layers; ++i) {
    const bool listed = dense_layer[static_cast<size_t>(i)];
    moe.layer_sparse.push_back(moe.experts > 0 && !listed && (i + 1) % step == 0);
  }
  c.moe = std::move(moe);
  return Status::Ok();
}

}  // namespace mlxla::checkpoint
