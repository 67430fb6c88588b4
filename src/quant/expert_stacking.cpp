// stack_experts: mlx-lm's qwen3_moe / mixtral `sanitize` as a tensor-name plan.
#include "quant/expert_stacking.h"

#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace mlxla::quant {
namespace {

// "<prefix>.<block>.experts.<e>.<proj>.weight" -> its stacked name and the expert index.
struct ExpertPart {
  std::string stacked;
  int64_t expert = -1;
};

std::optional<ExpertPart> parse_part(std::string_view name, bool mixtral) {
  const std::string_view marker = mixtral ? ".block_sparse_moe.experts." : ".mlp.experts.";
  const size_t at = name.find(marker);
  if (at == std::string_view::npos || !name.ends_with(".weight")) return std::nullopt;
  const std::string_view rest = name.substr(at + marker.size());
  const size_t dot = rest.find('.');
  if (dot == 0 || dot == std::string_view::npos) return std::nullopt;
  int64_t expert = 0;
  for (char c : rest.substr(0, dot)) {
    if (c < '0' || c > '9' || expert > (int64_t{1} << 40)) return std::nullopt;
    expert = expert * 10 + (c - '0');
  }
  std::string_view proj = rest.substr(dot + 1);
  proj.remove_suffix(std::string_view(".weight").size());
  std::string target;
  if (mixtral) {  // mixtral.py sanitize: w1 -> gate_proj, w2 -> down_proj, w3 -> up_proj
    if (proj == "w1") target = "gate_proj";
    if (proj == "w2") target = "down_proj";
    if (proj == "w3") target = "up_proj";
  } else if (proj == "gate_proj" || proj == "up_proj" || proj == "down_proj") {
    target = std::string(proj);
  }
  if (target.empty()) return std::nullopt;
  const std::string block = mixtral ? ".block_sparse_moe" : ".mlp";
  return ExpertPart{std::string(name.substr(0, at)) + block + ".switch_mlp." + target + ".weight",
                    expert};
}

std::string replaced(std::string name, std::string_view from, std::string_view to) {
  const size_t at = name.find(from);
  if (at != std::string::npos) name.replace(at, from.size(), to);
  return name;
}

void add(StackedSources& out, SourceTensor tensor, size_t part, int parity = -1, int axis = 0) {
  out.tensors.push_back(std::move(tensor));
  out.parts.push_back({part});
  out.parity.push_back(parity);
  out.row_axis.push_back(axis);
}

// gpt_oss.py's sanitize (see the header).
Result<StackedSources> sanitize_gpt_oss(const std::vector<SourceTensor>& sources) {
  StackedSources out;
  bool sanitized = false;
  for (const SourceTensor& t : sources)
    sanitized = sanitized || t.name.find("gate_proj.weight") != std::string::npos;
  for (size_t i = 0; i < sources.size(); ++i) {
    const SourceTensor& src = sources[i];
    const bool gate_up = src.name.find("gate_up_proj") != std::string::npos;
    const bool down = src.name.find("down_proj") != std::string::npos;
    if (sanitized || (!gate_up && !down) || src.name.find(".experts.") == std::string::npos) {
      add(out, src, i);
      continue;
    }
    const bool blocks = src.name.ends_with("_blocks"), scales = src.name.ends_with("_scales");
    const bool bias = src.name.ends_with("_bias");
    if (!blocks && !scales && !bias) {
      return unsupported("tensor " + src.name +
                         ": only gpt-oss's MXFP4 experts (_blocks, _scales, _bias) are "
                         "converted; float Hugging Face experts are not");
    }
    SourceTensor t = src;
    if (blocks) {
      if (src.dtype != DType::kU8 || src.shape.size() != 4 || src.shape[3] != 16)
        return format_error("tensor " + src.name + ": MXFP4 blocks must be U8 [E, rows, G, 16]");
      t.name = replaced(src.name, "_blocks", ".weight");
      t.dtype = DType::kU32;  // mx.view(uint32).flatten(-2): the same bytes
      t.shape = {src.shape[0], src.shape[1], src.shape[2] * 4};
    } else if (scales) {
      if (src.dtype != DType::kU8 || src.shape.size() != 3)
        return format_error("tensor " + src.name + ": MXFP4 scales must be U8 [E, rows, G]");
      t.name = replaced(src.name, "_scales", ".scales");
    } else {
      if (src.shape.size() != 2)
        return format_error("tensor " + src.name + ": an expert bias must be 2-D [E, rows]");
      t.name = replaced(src.name, "_bias", ".bias");
    }
    if (!gate_up) {
      add(out, std::move(t), i);
      continue;
    }
    // Interleaved rows (axis 1 of blocks, scales and bias alike): even ones are gate_proj's, odd
    // ones up_proj's (v[..., ::2, :] and, for the bias, v[..., ::2]).
    constexpr int axis = 1;
    if (t.shape[static_cast<size_t>(axis)] % 2 != 0)
      return format_error("tensor " + src.name + ": an odd number of interleaved gate/up rows");
    t.shape[static_cast<size_t>(axis)] /= 2;
    SourceTensor gate = t, up = t;
    gate.name = replaced(t.name, "gate_up_proj", "gate_proj");
    up.name = replaced(t.name, "gate_up_proj", "up_proj");
    add(out, std::move(gate), i, 0, axis);
    add(out, std::move(up), i, 1, axis);
  }
  return out;
}

}  // namespace

Result<StackedSources> stack_experts(const std::vector<SourceTensor>& sources,
                                     const OrderedJson& config) {
  StackedSources out;
  const auto type_it = config.find("model_type");
  const std::string type =
      type_it != config.end() && type_it->is_string() ? type_it->get<std::string>() : "";
  const bool mixtral = type == "mixtral";
  if (type == "gpt_oss") return sanitize_gpt_oss(sources);
  if (type != "qwen3_moe" && !mixtral) {
    for (size_t i = 0; i < sources.size(); ++i) add(out, sources[i], i);
    return out;
  }
  const char* key = mixtral ? "num_local_experts" : "num_experts";
  int64_t experts = mixtral ? 8 : 0;
  if (const auto it = config.find(key); it != config.end() && it->is_number_integer())
    experts = it->get<int64_t>();
  // Sized by below (one slot per expert): a hostile count must not reach an allocation.
  if (experts < 1 || experts > kMaxExperts) {
    return format_error(std::string("config.json: field '") + key + "' is " +
                        std::to_string(experts) + ", outside [1, " + std::to_string(kMaxExperts) +
                        "]");
  }
  std::map<std::string, size_t> stacked_at;  // stacked name -> index in out.tensors
  for (size_t i = 0; i < sources.size(); ++i) {
    const std::optional<ExpertPart> part = parse_part(sources[i].name, mixtral);
    if (!part) {
      add(out, sources[i], i);
      continue;
    }
    const SourceTensor& src = sources[i];
    if (part->expert >= experts) {
      return format_error("tensor " + src.name + ": expert index " + std::to_string(part->expert) +
                          " is outside the config's " + key + " " + std::to_string(experts));
    }
    if (src.shape.size() != 2) {
      return format_error("tensor " + src.name + ": a per-expert weight must be 2-D");
    }
    auto [it, fresh] = stacked_at.emplace(part->stacked, out.tensors.size());
    if (fresh) {
      out.tensors.push_back({part->stacked, src.dtype, {experts, src.shape[0], src.shape[1]}});
      out.parts.push_back(std::vector<size_t>(static_cast<size_t>(experts), sources.size()));
      out.parity.push_back(-1);
      out.row_axis.push_back(0);
    }
    const SourceTensor& stacked = out.tensors[it->second];
    if (stacked.dtype != src.dtype || stacked.shape[1] != src.shape[0] ||
        stacked.shape[2] != src.shape[1]) {
      return format_error("tensor " + src.name + ": dtype or shape differs from the layer's " +
                          "other experts (stacking into " + part->stacked + ")");
    }
    size_t& slot = out.parts[it->second][static_cast<size_t>(part->expert)];
    if (slot != sources.size())
      return format_error("tensor " + src.name + ": expert " + std::to_string(part->expert) +
                          " appears twice");
    slot = i;
  }
  for (const auto& [name, index] : stacked_at) {
    for (size_t e = 0; e < out.parts[index].size(); ++e) {
      if (out.parts[index][e] == sources.size()) {
        return format_error(name + ": expert " + std::to_string(e) + " of " +
                            std::to_string(experts) + " is missing from the checkpoint");
      }
    }
  }
  return out;
}

}  // namespace mlxla::quant
