// `mlxla inspect -m DIR [--json]`: architecture, per-layer quantization (runs of identical layers
// summarised), tensor totals, resident memory per residency, warnings and problems.
// `mlxla inspect --devices [--json]`: the GPU devices the vulkan backend can use.
#include <cstdio>
#include <memory>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "checkpoint/model_location.h"
#include "checkpoint/model_summary.h"
#include "commands.h"
#include "engine/session.h"
#include "model/architecture.h"
#include "model/cache_layout.h"
#if MLXLA_HAVE_VULKAN
#include "runtime/vulkan/device.h"
#endif

namespace mlxla::cli {
namespace {

using checkpoint::ModelSummary;
using checkpoint::ModuleStorage;
using nlohmann::json;

std::string human_bytes(uint64_t bytes) {
  const char* units[] = {"B", "KiB", "MiB", "GiB", "TiB"};
  double v = static_cast<double>(bytes);
  int u = 0;
  while (v >= 1024.0 && u < 4) {
    v /= 1024.0;
    ++u;
  }
  char buf[64];
  std::snprintf(buf, sizeof(buf), u == 0 ? "%.0f %s" : "%.2f %s", v, units[u]);
  return buf;
}

std::string storage_text(const ModuleStorage& m) {
  const std::string dtype(dtype_safetensors_name(m.dtype));
  if (!m.packed) return "float " + dtype;
  if (m.experts > 0 && m.mode != checkpoint::QuantMode::kAffine)
    return std::to_string(m.experts) + " stacked experts, packed " +
           std::string(checkpoint::quant_mode_name(m.mode)) + " (" + std::to_string(m.bits) +
           "-bit g" + std::to_string(m.group_size) + ", " + dtype + " scales)";
  if (m.experts > 0)
    return std::to_string(m.experts) + " stacked experts, packed " + std::to_string(m.bits) +
           "-bit g" + std::to_string(m.group_size) + ", " + dtype + " scales";
  if (m.mode != checkpoint::QuantMode::kAffine)
    return "packed " + std::string(checkpoint::quant_mode_name(m.mode)) + " (" +
           std::to_string(m.bits) + "-bit g" + std::to_string(m.group_size) + ", " + dtype +
           " scales)";
  return "packed " + std::to_string(m.bits) + "-bit g" + std::to_string(m.group_size) + ", " +
         dtype + " scales";
}

json storage_json(const ModuleStorage& m) {
  json j = {{"module", m.name},
            {"packed", m.packed},
            {"dtype", std::string(dtype_safetensors_name(m.dtype))}};
  if (m.packed) {
    j["bits"] = m.bits;
    j["group_size"] = m.group_size;
    j["mode"] = std::string(checkpoint::quant_mode_name(m.mode));
  }
  if (m.experts > 0) j["experts"] = m.experts;
  return j;
}

std::string ids_text(const std::vector<int64_t>& ids) {
  if (ids.empty()) return "none";
  std::string s;
  for (size_t i = 0; i < ids.size(); ++i) s += (i ? "," : "") + std::to_string(ids[i]);
  return s;
}

// The KV cache of one sequence at the default context (`generate`'s capacity), f16 (the
// default KV dtype): full-length layers hold every position, rotating ones their window.
struct KvEstimate {
  int64_t positions = 0;
  model::CacheLayout layout;
  int64_t bytes = 0;
};

std::optional<KvEstimate> kv_estimate(const checkpoint::ModelConfig& c) {
  auto arch = model::describe(c);
  if (!arch.ok() || static_cast<int64_t>(arch->layers.size()) != c.num_hidden_layers)
    return std::nullopt;
  KvEstimate e;
  e.positions = engine::default_capacity(c);
  e.layout = model::cache_layout(*arch, e.positions, true);
  const int64_t row = 2 * c.num_key_value_heads * c.head_dim * 2;  // k and v, f16
  e.bytes = row * (e.layout.full_layers * e.positions + e.layout.rotating_layers * e.layout.ring);
  return e;
}

json kv_json(const checkpoint::ModelConfig& c) {
  const auto e = kv_estimate(c);
  if (!e) return nullptr;
  return {{"positions", e->positions},
          {"dtype", "f16"},
          {"bytes", e->bytes},
          {"full_length_layers", e->layout.full_layers},
          {"rotating_layers", e->layout.rotating_layers},
          {"window", e->layout.ring}};
}

json summary_json(const ModelSummary& s) {
  const auto& c = s.config;
  json arch = {
      {"family", std::string(checkpoint::family_name(c.family))},
      {"model_type", c.model_type},
      {"hidden_size", c.hidden_size},
      {"intermediate_size", c.intermediate_size},
      {"num_hidden_layers", c.num_hidden_layers},
      {"num_attention_heads", c.num_attention_heads},
      {"num_key_value_heads", c.num_key_value_heads},
      {"head_dim", c.head_dim},
      {"vocab_size", c.vocab_size},
      {"max_position_embeddings", c.max_position_embeddings},
      {"rms_norm_eps", c.rms_norm_eps},
      {"rope_theta", c.rope_theta},
      {"rope_scaling", std::string(checkpoint::rope_scaling_type_name(c.rope_scaling.type))},
      {"features", checkpoint::family_features(c)},
      {"tie_word_embeddings", c.tie_word_embeddings},
      {"has_qkv_bias", c.has_qkv_bias},
      {"has_o_bias", c.has_o_bias},
      {"mlp_bias", c.mlp_bias},
      {"fused_qkv", c.fused_qkv},
      {"bos_token_id", c.bos_token_id ? json(*c.bos_token_id) : json(nullptr)},
      {"eos_token_ids", c.eos_token_ids}};
  json quant = nullptr;
  if (c.quantization) {
    quant = {{"mode", std::string(checkpoint::quant_mode_name(c.quantization->defaults.mode))},
             {"bits", c.quantization->defaults.bits},
             {"group_size", c.quantization->defaults.group_size},
             {"overrides", json::object()}};
    for (const auto& [path, spec] : c.quantization->overrides) {
      quant["overrides"][path] =
          spec ? json{{"mode", std::string(checkpoint::quant_mode_name(spec->mode))},
                      {"bits", spec->bits},
                      {"group_size", spec->group_size}}
               : json(false);
    }
  }
  json top = json::array();
  for (const auto& m : s.top_modules) top.push_back(storage_json(m));
  json runs = json::array();
  for (const auto& run : s.layer_runs) {
    json modules = json::array();
    for (const auto& m : run.modules) modules.push_back(storage_json(m));
    runs.push_back({{"first_layer", run.first}, {"last_layer", run.last}, {"modules", modules}});
  }
  return {{"model_dir", s.dir.string()},
          {"architecture", arch},
          {"quantization", quant},
          {"tensors",
           {{"count", s.tensor_count},
            {"bytes", s.tensor_bytes},
            {"files", s.file_count},
            {"indexed", s.indexed},
            {"unaligned", s.unaligned_tensors}}},
          {"top_modules", top},
          {"layer_runs", runs},
          {"resident_bytes",
           {{"dense_f32", s.residency.dense_f32},
            {"f16", s.residency.f16},
            {"packed", s.residency.packed}}},
          {"active_bytes_per_token", s.active_bytes_per_token},
          {"expert_bytes", s.expert_bytes},
          {"kv_cache", kv_json(s.config)},
          {"warnings", s.warnings},
          {"problems", s.problems}};
}

void print_text(const ModelSummary& s) {
  const auto& c = s.config;
  std::printf("model         %s\n", s.dir.string().c_str());
  std::printf("family        %s (model_type \"%s\")\n",
              std::string(checkpoint::family_name(c.family)).c_str(), c.model_type.c_str());
  std::printf(
      "dimensions    hidden %lld, intermediate %lld, layers %lld, heads %lld, kv heads %lld, "
      "head_dim %lld, "
      "vocab %lld, max positions %lld\n",
      static_cast<long long>(c.hidden_size), static_cast<long long>(c.intermediate_size),
      static_cast<long long>(c.num_hidden_layers), static_cast<long long>(c.num_attention_heads),
      static_cast<long long>(c.num_key_value_heads), static_cast<long long>(c.head_dim),
      static_cast<long long>(c.vocab_size), static_cast<long long>(c.max_position_embeddings));
  std::printf("attention     rms_norm_eps %g, rope_theta %g, rope_scaling %s", c.rms_norm_eps,
              c.rope_theta,
              std::string(checkpoint::rope_scaling_type_name(c.rope_scaling.type)).c_str());
  if (c.rope_scaling.type == checkpoint::RopeScalingType::kLlama3) {
    std::printf(" (factor %g, low %g, high %g, original %lld)", c.rope_scaling.factor,
                c.rope_scaling.low_freq_factor, c.rope_scaling.high_freq_factor,
                static_cast<long long>(c.rope_scaling.original_max_position_embeddings));
  }
  if (c.sliding_window)
    std::printf(", sliding window %lld", static_cast<long long>(*c.sliding_window));
  std::printf(
      "\nlayout        qkv bias %s, o bias %s, mlp bias %s, fused qkv/gate_up %s, tied embeddings "
      "%s\n",
      c.has_qkv_bias ? "yes" : "no", c.has_o_bias ? "yes" : "no", c.mlp_bias ? "yes" : "no",
      c.fused_qkv ? "yes" : "no", c.tie_word_embeddings ? "yes" : "no");
  for (const std::string& feature : checkpoint::family_features(c))
    std::printf("feature       %s\n", feature.c_str());
  std::printf("tokens        bos %s, eos %s\n",
              c.bos_token_id ? std::to_string(*c.bos_token_id).c_str() : "none",
              ids_text(c.eos_token_ids).c_str());
  if (c.quantization) {
    std::printf("quantization  %s, %d bits, group %d, %zu per-module override(s)\n",
                std::string(checkpoint::quant_mode_name(c.quantization->defaults.mode)).c_str(),
                c.quantization->defaults.bits, c.quantization->defaults.group_size,
                c.quantization->overrides.size());
  } else {
    std::printf("quantization  none\n");
  }
  std::printf("tensors       %zu in %zu file(s)%s, %s (%llu bytes), %zu unaligned\n",
              s.tensor_count, s.file_count, s.indexed ? " via index" : "",
              human_bytes(s.tensor_bytes).c_str(), static_cast<unsigned long long>(s.tensor_bytes),
              s.unaligned_tensors);
  std::printf("modules\n");
  for (const auto& m : s.top_modules)
    std::printf("  %-26s %s\n", m.name.c_str(), storage_text(m).c_str());
  for (const auto& run : s.layer_runs) {
    if (run.first == run.last) {
      std::printf("  layer %lld\n", static_cast<long long>(run.first));
    } else {
      std::printf("  layers %lld-%lld\n", static_cast<long long>(run.first),
                  static_cast<long long>(run.last));
    }
    for (const auto& m : run.modules)
      std::printf("    %-24s %s\n", m.name.c_str(), storage_text(m).c_str());
  }
  std::printf("resident weights (estimate)\n");
  std::printf("  dense f32   %s\n", human_bytes(s.residency.dense_f32).c_str());
  std::printf("  f16         %s\n", human_bytes(s.residency.f16).c_str());
  std::printf("  packed      %s\n", human_bytes(s.residency.packed).c_str());
  if (const auto& moe = s.config.moe; moe && moe->experts > 0) {
    std::printf(
        "experts       %s stacked (%lld per layer, %lld routed per token); packed bytes "
        "read per token %s of %s total\n",
        human_bytes(s.expert_bytes).c_str(), static_cast<long long>(moe->experts),
        static_cast<long long>(moe->top_k), human_bytes(s.active_bytes_per_token).c_str(),
        human_bytes(s.residency.packed).c_str());
  }
  if (const auto e = kv_estimate(s.config)) {
    std::printf("kv cache      %s per sequence at %lld positions (f16): %lld full-length layer(s)",
                human_bytes(static_cast<uint64_t>(e->bytes)).c_str(),
                static_cast<long long>(e->positions),
                static_cast<long long>(e->layout.full_layers));
    if (e->layout.rotating_layers > 0) {
      std::printf(", %lld rotating layer(s) of %lld positions",
                  static_cast<long long>(e->layout.rotating_layers),
                  static_cast<long long>(e->layout.ring));
    }
    std::printf("\n");
  }
  if (!s.warnings.empty()) std::printf("warnings\n");
  for (const auto& w : s.warnings) std::printf("  - %s\n", w.c_str());
  if (!s.problems.empty()) std::printf("problems\n");
  for (const auto& p : s.problems) std::printf("  - %s\n", p.c_str());
}

struct InspectOptions {
  std::string model_dir;
  bool json = false;
  bool devices = false;
};

/// `--devices`: index, name, type, subgroup size and the features the shaders may use.
int run_devices(const InspectOptions& options) {
#if MLXLA_HAVE_VULKAN
  auto devices = runtime::vulkan::list_devices();
  if (!devices.ok()) return report(devices.error());
  if (options.json) {
    json out = json::array();
    for (const auto& d : *devices) {
      out.push_back({{"index", d.index},
                     {"backend", "vulkan"},
                     {"name", d.name},
                     {"type", d.type},
                     {"subgroup_size", d.subgroup_size},
                     {"subgroup_arithmetic", d.subgroup_arithmetic},
                     {"subgroup_size_control", d.subgroup_size_control},
                     {"int8_dot_product", d.int8_dot},
                     {"int8_dot_product_accelerated", d.int8_dot_accelerated},
                     {"float16", d.float16},
                     {"int8", d.int8},
                     {"storage_16bit", d.storage16},
                     {"storage_8bit", d.storage8},
                     {"float64", d.float64},
                     {"device_local_bytes", d.device_local_bytes}});
    }
    std::printf("%s\n", out.dump(2).c_str());
    return 0;
  }
  if (devices->empty()) std::printf("no Vulkan devices\n");
  for (const auto& d : *devices) {
    const auto yes = [](bool b) { return b ? "yes" : "no"; };
    std::printf(
        "vulkan %d: %s (%s), subgroup %u (arithmetic %s, size control %s), int8 dot product %s%s, "
        "f16 %s, int8 %s, 16-bit storage %s, 8-bit storage %s, f64 %s, %s device-local\n",
        d.index, d.name.c_str(), d.type.c_str(), d.subgroup_size, yes(d.subgroup_arithmetic),
        yes(d.subgroup_size_control), yes(d.int8_dot),
        d.int8_dot ? (d.int8_dot_accelerated ? " (accelerated)" : " (not accelerated)") : "",
        yes(d.float16), yes(d.int8), yes(d.storage16), yes(d.storage8), yes(d.float64),
        human_bytes(d.device_local_bytes).c_str());
  }
  return 0;
#else
  (void)options;
  return report(unsupported("this mlxla was built without the Vulkan backend (MLXLA_VULKAN=OFF)"));
#endif
}

int run_inspect(const InspectOptions& options) {
  if (options.devices) return run_devices(options);
  if (options.model_dir.empty())
    return report(invalid_argument("inspect: pass -m DIR (or --devices)"));
  auto dir = checkpoint::locate_model(options.model_dir);
  if (!dir.ok()) return report(dir.error());
  auto summary = checkpoint::summarize_model(*dir);
  if (!summary.ok()) return report(summary.error());
  if (options.json) {
    std::printf("%s\n", summary_json(*summary).dump(2).c_str());
  } else {
    print_text(*summary);
  }
  // Problems mean the model would not load: say so through the exit code too.
  return summary->problems.empty() ? 0 : 1;
}

}  // namespace

void register_inspect(CLI::App& app, CliContext& ctx) {
  auto options = std::make_shared<InspectOptions>();
  CLI::App* cmd = app.add_subcommand(
      "inspect", "Describe a model directory: architecture, quantization, memory");
  cmd->add_option("-m,--model", options->model_dir,
                  "Model directory, or ORG/NAME in the local Hugging Face cache");
  cmd->add_flag("--devices", options->devices,
                "List the GPU (Vulkan) devices: name, type, subgroup size, features");
  cmd->add_flag("--json", options->json, "Print a JSON document instead of text");
  cmd->callback([options, &ctx] { ctx.run = [options] { return run_inspect(*options); }; });
}

}  // namespace mlxla::cli
