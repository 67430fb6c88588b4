// mlx_lm.convert's rules (mlx_lm 0.32: convert, quantize_model, save_model, save_config) as data.
#include "quant/convert_plan.h"

#include <algorithm>
#include <cstdio>

#include "quant/affine.h"

namespace mlxla::quant {
namespace {

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

int64_t numel(const std::vector<int64_t>& shape) {
  int64_t n = 1;
  for (int64_t d : shape) n *= d;
  return n;
}

}  // namespace

uint64_t PlannedTensor::nbytes() const {
  return static_cast<uint64_t>(numel(shape)) * dtype_size(dtype);
}

std::optional<DType> parse_float_dtype(std::string_view name) {
  if (name == "float16" || name == "f16" || name == "F16") return DType::kF16;
  if (name == "bfloat16" || name == "bf16" || name == "BF16") return DType::kBF16;
  if (name == "float32" || name == "f32" || name == "F32") return DType::kF32;
  return std::nullopt;
}

std::string_view float_dtype_name(DType dtype) {
  switch (dtype) {
    case DType::kF16:
      return "float16";
    case DType::kBF16:
      return "bfloat16";
    case DType::kF32:
      return "float32";
    default:
      return dtype_safetensors_name(dtype);
  }
}

bool ties_word_embeddings(const OrderedJson& config) {
  const auto family = config.find("model_type");
  if (family != config.end() && family->is_string() && family->get<std::string>() == "gemma2")
    return true;
  // gpt_oss.py always builds its own lm_head, whatever the flag says.
  if (family != config.end() && family->is_string() && family->get<std::string>() == "gpt_oss")
    return false;
  const auto it = config.find("tie_word_embeddings");
  if (it != config.end() && it->is_boolean()) return it->get<bool>();
  // mlx_lm's ModelArgs defaults: llama (also serving mistral) and qwen2 tie by default.
  const auto type = config.find("model_type");
  if (type == config.end() || !type->is_string()) return false;
  const auto t = type->get<std::string>();
  // Gemma 2 always reads its head from the embedding; Gemma 3 ties unless told otherwise.
  if (t == "gemma2" || t == "gemma3" || t == "gemma3_text") return true;
  return t == "llama" || t == "mistral" || t == "qwen2";
}

bool should_quantize(std::string_view name, const std::vector<int64_t>& shape, int group_size) {
  if (!ends_with(name, ".weight") || (shape.size() != 2 && shape.size() != 3)) return false;
  if (name.find("norm") != std::string_view::npos) return false;  // norms are never quantized
  // The input width is the last dimension, also for stacked experts [E, N, K] (mlx_lm:
  // `module.weight.shape[-1] % group_size`).
  return group_size > 0 && shape.back() > 0 && shape.back() % group_size == 0;
}

Result<ConvertPlan> plan_conversion(const std::vector<SourceTensor>& sources,
                                    const OrderedJson& config, const ConvertSettings& settings,
                                    uint64_t max_shard_bytes) {
  const bool quantizing = settings.bits != 0;
  if (quantizing && settings.fp_mode) {
    const FpMode mode = *settings.fp_mode;
    if (settings.bits != fp_mode_bits(mode) || settings.group_size != fp_mode_group_size(mode))
      return invalid_argument(std::string(fp_mode_name(mode)) + " quantizes " +
                              std::to_string(fp_mode_bits(mode)) + " bits in groups of " +
                              std::to_string(fp_mode_group_size(mode)) + ", not " +
                              std::to_string(settings.bits) + " bits in groups of " +
                              std::to_string(settings.group_size));
  } else if (quantizing) {
    MLXLA_RETURN_IF_ERROR(
        validate_layout({1, settings.group_size, settings.bits, settings.group_size}));
  }
  if (settings.dtype) MLXLA_RETURN_IF_ERROR(validate_scale_dtype(*settings.dtype));
  // mlx_lm.load of a config whose quantization_config says quant_method "mxfp4" (Hugging Face
  // gpt-oss) quantizes every module with a `.scales` tensor as mxfp4 group 32 and records that
  // block; quantizing further makes it fine-grained (one entry per newly quantized module).
  std::optional<OrderedJson> existing;
  if (const auto qc = config.find("quantization_config");
      !config.contains("quantization") && qc != config.end() && qc->is_object() &&
      qc->contains("quant_method") && (*qc)["quant_method"] == "mxfp4") {
    existing = OrderedJson::object();
    (*existing)["group_size"] = 32;
    (*existing)["bits"] = 4;
    (*existing)["mode"] = "mxfp4";
  } else if (config.contains("quantization") || config.contains("quantization_config")) {
    return unsupported(
        "config.json already has a quantization block; convert from a float checkpoint");
  }
  std::map<std::string, DType> by_name;
  for (const SourceTensor& t : sources) by_name[t.name] = t.dtype;
  auto prequantized_stem = [&](std::string_view stem) {
    const auto w = by_name.find(std::string(stem) + ".weight");
    const auto sc = by_name.find(std::string(stem) + ".scales");
    return existing && w != by_name.end() && w->second == DType::kU32 && sc != by_name.end() &&
           sc->second == DType::kU8 && by_name.count(std::string(stem) + ".biases") == 0;
  };
  const bool tied = ties_word_embeddings(config);
  ConvertPlan plan;
  for (size_t i = 0; i < sources.size(); ++i) {
    const SourceTensor& src = sources[i];
    const std::string_view name = src.name;
    const bool kept =
        (ends_with(name, ".weight") && prequantized_stem(name.substr(0, name.size() - 7))) ||
        (ends_with(name, ".scales") && prequantized_stem(name.substr(0, name.size() - 7)));
    if (kept) {  // already mxfp4: copied; mlx_lm counts a packed weight as numel * 32 / 4
      plan.tensors.push_back({src.name, src.dtype, src.shape, OutputKind::kCast, i, 0});
      if (src.dtype == DType::kU32)
        plan.total_parameters += static_cast<uint64_t>(numel(src.shape)) * 8;
      continue;
    }
    if (ends_with(src.name, ".scales") || ends_with(src.name, ".biases") ||
        src.dtype == DType::kU32) {
      return unsupported(
          "tensor " + src.name +
          " looks already quantized (scales/biases/U32); convert from a float checkpoint");
    }
    if (ends_with(src.name, "rotary_emb.inv_freq")) continue;  // a buffer, not a weight
    if (tied && (src.name == "lm_head.weight" || src.name == "language_model.lm_head.weight"))
      continue;  // tied
    const DType target = dtype_is_float(src.dtype) && settings.dtype ? *settings.dtype : src.dtype;
    const std::string stem =
        ends_with(src.name, ".weight")
            ? src.name.substr(0, src.name.size() - std::string_view(".weight").size())
            : src.name;
    const auto override_it = settings.overrides.find(stem);
    const bool fp_experts =
        settings.expert_fp_mode && src.shape.size() == 3 && override_it == settings.overrides.end();
    const int bits = fp_experts ? fp_mode_bits(*settings.expert_fp_mode)
                     : override_it != settings.overrides.end() ? override_it->second.first
                                                               : settings.bits;
    const int group = fp_experts ? fp_mode_group_size(*settings.expert_fp_mode)
                      : override_it != settings.overrides.end() ? override_it->second.second
                                                                : settings.group_size;
    // mlx_lm tests divisibility against the global group size, then quantizes with the
    // override's (an override group that does not divide the width fails there too).
    if (quantizing && should_quantize(src.name, src.shape, settings.group_size)) {
      if (src.shape.back() % group != 0)
        return unsupported("tensor " + src.name + " has " + std::to_string(src.shape.back()) +
                           " columns, not a multiple of its override group size " +
                           std::to_string(group));
      const std::optional<FpMode> mode = fp_experts ? settings.expert_fp_mode
                                         : override_it != settings.overrides.end()
                                             ? std::nullopt
                                             : settings.fp_mode;
      if (!validate_scale_dtype(target).ok())
        return unsupported("tensor " + src.name + " has dtype " +
                           std::string(dtype_safetensors_name(target)) +
                           "; quantization needs float32, float16 or bfloat16 (pass --dtype)");
      // [..., rows, cols]: stacked experts keep their leading dimension.
      std::vector<int64_t> lead(src.shape.begin(), src.shape.end() - 1);
      const int64_t cols = src.shape.back();
      auto shape_with = [&](int64_t last) {
        std::vector<int64_t> out = lead;
        out.push_back(last);
        return out;
      };
      PlannedTensor packed{stem + ".weight",    DType::kU32, shape_with(cols * bits / 32),
                           OutputKind::kPacked, i,           0};
      packed.bits = bits;
      packed.group_size = group;
      packed.fp_mode = mode;
      plan.tensors.push_back(packed);
      const DType scale_dtype = mode ? DType::kU8 : target;
      PlannedTensor scales{stem + ".scales",    scale_dtype, shape_with(cols / group),
                           OutputKind::kScales, i,           0};
      scales.bits = bits;
      scales.group_size = group;
      scales.fp_mode = mode;
      plan.tensors.push_back(scales);
      if (!mode) {
        PlannedTensor biases{stem + ".biases",    target, shape_with(cols / group),
                             OutputKind::kBiases, i,      0};
        biases.bits = bits;
        biases.group_size = group;
        plan.tensors.push_back(biases);
      }
      plan.total_parameters += static_cast<uint64_t>(numel(src.shape));
    } else {
      plan.tensors.push_back({src.name, target, src.shape, OutputKind::kCast, i, 0});
      plan.total_parameters += static_cast<uint64_t>(numel(src.shape));
    }
  }
  std::sort(plan.tensors.begin(), plan.tensors.end(),
            [](const PlannedTensor& a, const PlannedTensor& b) { return a.name < b.name; });
  if (existing && quantizing) {
    plan.quantization = *existing;
    for (const PlannedTensor& t : plan.tensors) {
      if (t.kind != OutputKind::kPacked) continue;
      const std::string stem = t.name.substr(0, t.name.size() - 7);
      OrderedJson entry = OrderedJson::object();
      entry["group_size"] = t.group_size;
      entry["bits"] = t.bits;
      if (settings.overrides.count(stem) == 0)  // a predicate's dict carries no mode
        entry["mode"] = t.fp_mode ? std::string(fp_mode_name(*t.fp_mode)) : "affine";
      (*plan.quantization)[stem] = entry;
    }
  } else if (existing) {
    plan.quantization = *existing;
  } else if (quantizing && settings.expert_fp_mode) {
    // The usual block (make_converted_config's), then one entry per fp expert module.
    OrderedJson block =
        make_converted_config(OrderedJson::object(), nullptr, settings)["quantization"];
    for (const PlannedTensor& t : plan.tensors) {
      if (t.kind != OutputKind::kPacked || t.shape.size() != 3 || !t.fp_mode) continue;
      OrderedJson entry = OrderedJson::object();
      entry["group_size"] = t.group_size;
      entry["bits"] = t.bits;
      entry["mode"] = std::string(fp_mode_name(*t.fp_mode));
      block[t.name.substr(0, t.name.size() - 7)] = entry;
    }
    plan.quantization = block;
  }
  for (size_t i = 1; i < plan.tensors.size(); ++i) {
    if (plan.tensors[i].name == plan.tensors[i - 1].name)
      return format_error("two source tensors produce the output tensor " + plan.tensors[i].name);
  }
  // make_shards: start a new shard when the next tensor would push this one past the limit.
  uint64_t shard_bytes = 0;
  int shard = 0;
  for (auto& t : plan.tensors) {
    const uint64_t n = t.nbytes();
    if (shard_bytes > 0 && shard_bytes + n > max_shard_bytes) {
      ++shard;
      shard_bytes = 0;
    }
    t.shard = shard;
    shard_bytes += n;
    plan.total_bytes += n;
  }
  plan.shard_count = shard + 1;
  return plan;
}

std::map<std::string, std::pair<int, int>> model_quant_overrides(
    const std::vector<SourceTensor>& sources, const OrderedJson& config,
    const ConvertSettings& settings) {
  std::map<std::string, std::pair<int, int>> out;
  const auto type = config.find("model_type");
  if (settings.bits == 0 || type == config.end() || !type->is_string() ||
      (type->get<std::string>() != "qwen3_moe" && type->get<std::string>() != "gpt_oss")) {
    return out;
  }
  // gpt_oss.Model.quant_predicate: `path.endswith("router")` -> {group_size 64, bits 8}.
  const char* router =
      type->get<std::string>() == "gpt_oss" ? "mlp.router.weight" : "mlp.gate.weight";
  // qwen3_moe.Model.quant_predicate: `path.endswith("mlp.gate")` -> {group_size 64, bits 8},
  // in any --q-mode: nn.quantize hands the dict to to_quantized, whose mode defaults to affine.
  for (const SourceTensor& t : sources) {
    // wrapped_predicate refuses a width the global group size does not divide before asking
    // the model's predicate, so such a router stays float and gets no entry.
    if (ends_with(t.name, router) && !t.shape.empty() &&
        should_quantize(t.name, t.shape, settings.group_size))
      out[t.name.substr(0, t.name.size() - std::string_view(".weight").size())] = {8, 64};
  }
  return out;
}

std::string shard_file_name(int shard, int shard_count) {
  if (shard_count <= 1) return "model.safetensors";
  char buf[64];
  std::snprintf(buf, sizeof(buf), "model-%05d-of-%05d.safetensors", shard + 1, shard_count);
  return buf;
}

std::string dump_json_like_python(const OrderedJson& json) {
  // nlohmann's indent-4 layout and shortest float repr match Python's json.dump(indent=4);
  // ensure_ascii matches Python's default escaping.
  return json.dump(4, ' ', true);
}

std::string make_index_json(const ConvertPlan& plan) {
  OrderedJson index;
  index["metadata"]["total_size"] = plan.total_bytes;
  index["metadata"]["total_parameters"] = plan.total_parameters;
  OrderedJson weight_map = OrderedJson::object();
  for (const auto& t : plan.tensors)
    weight_map[t.name] = shard_file_name(t.shard, plan.shard_count);
  index["weight_map"] = std::move(weight_map);  // plan.tensors is sorted by name
  return dump_json_like_python(index);
}

OrderedJson make_converted_config(const OrderedJson& config, const OrderedJson* generation_config,
                                  const ConvertSettings& settings, const ConvertPlan* plan) {
  OrderedJson out = config.is_object() ? config : OrderedJson::object();
  if (generation_config != nullptr && generation_config->is_object()) {
    const auto eos = generation_config->find("eos_token_id");
    // Python truthiness: absent, null, 0, false and [] do not override.
    const bool truthy = eos != generation_config->end() && !eos->is_null() &&
                        !(eos->is_boolean() && !eos->get<bool>()) &&
                        !(eos->is_number() && eos->get<double>() == 0.0) &&
                        !(eos->is_array() && eos->empty());
    if (truthy) out["eos_token_id"] = *eos;
  }
  out.erase("_name_or_path");
  out.erase("vision_config");
  out.erase("quantization");
  out.erase("quantization_config");
  if (plan != nullptr && plan->quantization) {
    out["quantization"] = *plan->quantization;
    out["quantization_config"] = *plan->quantization;
  } else if (settings.bits != 0) {
    OrderedJson q = OrderedJson::object();
    q["group_size"] = settings.group_size;
    q["bits"] = settings.bits;
    q["mode"] = settings.fp_mode ? std::string(fp_mode_name(*settings.fp_mode)) : "affine";
    for (const auto& [module, spec] : settings.overrides) {
      OrderedJson o = OrderedJson::object();
      o["group_size"] = spec.second;
      o["bits"] = spec.first;
      q[module] = o;
    }
    out["quantization"] = q;
    out["quantization_config"] = q;
  }
  // save_config sorts the top-level keys only; nested objects keep their order.
  std::vector<std::pair<std::string, OrderedJson>> items;
  for (auto it = out.begin(); it != out.end(); ++it) items.emplace_back(it.key(), it.value());
  std::sort(items.begin(), items.end(),
            [](const auto& a, const auto& b) { return a.first < b.first; });
  OrderedJson sorted = OrderedJson::object();
  for (auto& [key, value] : items) sorted[key] = std::move(value);
  return sorted;
}

}  // namespace mlxla::quant
