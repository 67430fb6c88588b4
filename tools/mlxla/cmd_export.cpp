// `mlxla export -m DIR --graph KIND --residency R --precision P --out DIR`: emits one graph and
// writes module.mlir (StableHLO, pretty or --generic) and abi.json (--weights: also the bound
// weights, weights.bin + weights.json). Works from config.json alone when the directory holds no
// weights (layer formats then follow the config's quantization).
#include <cstdio>
#include <filesystem>
#include <memory>
#include <string>

#include <nlohmann/json.hpp>

#include "checkpoint/checkpoint.h"
#include "checkpoint/config.h"
#include "checkpoint/model_location.h"
#include "commands.h"
#include "file_io.h"
#include "model/emit.h"
#include "model/layer_formats.h"
#include "model/weight_loader.h"
#include "stablehlo/abi_manifest.h"
#include "stablehlo/export.h"

namespace mlxla::cli {
namespace {

struct ExportOptions {
  std::string model_dir;
  std::string graph = "decode";
  std::string residency = "packed";
  std::string precision = "f32";
  std::string kv_dtype = "f16";
  int64_t batch = 1;
  int64_t capacity = 512;
  int64_t chunk = 16;
  bool generic = false;
  bool logits = false;
  bool weights = false;
  std::string out_dir;
};

/// --weights: every weight argument's bytes as the runtime binds them (after the loader's
/// transforms: f32 scales, norm + 1, ...), concatenated in ABI order into weights.bin, and
/// weights.json listing {name, dtype, shape, offset, bytes}, so that another runtime (XLA, see
/// scripts/gpu-check.sh) can feed module.mlir the checkpoint's weights.
Status write_weights(const std::filesystem::path& model_dir, const model::WeightAbi& abi,
                     const std::filesystem::path& out_dir) {
  MLXLA_ASSIGN_OR_RETURN(checkpoint::Checkpoint ckpt, checkpoint::Checkpoint::open(model_dir));
  MLXLA_ASSIGN_OR_RETURN(std::vector<model::WeightBuffer> buffers, model::load_weights(abi, ckpt));
  const std::filesystem::path bin = out_dir / "weights.bin";
  std::FILE* f = std::fopen(bin.string().c_str(), "wb");
  if (f == nullptr) return io_error("cannot write " + bin.string());
  nlohmann::ordered_json list = nlohmann::ordered_json::array();
  uint64_t offset = 0;
  bool ok = true;
  for (size_t i = 0; i < buffers.size(); ++i) {
    const std::span<const std::byte> bytes = buffers[i].bytes();
    ok = ok && std::fwrite(bytes.data(), 1, bytes.size(), f) == bytes.size();
    const graph::TensorType& type = abi.args[i].type;
    list.push_back({{"name", abi.args[i].name},
                    {"dtype", std::string(graph::element_name(type.element))},
                    {"shape", type.shape},
                    {"offset", offset},
                    {"bytes", bytes.size()}});
    offset += bytes.size();
  }
  ok = std::fclose(f) == 0 && ok;
  if (!ok) return io_error("cannot write " + bin.string());
  nlohmann::ordered_json doc = {{"file", "weights.bin"}, {"weights", list}};
  return write_text_file(out_dir / "weights.json", doc.dump(2) + "\n");
}

bool has_weights(const std::filesystem::path& dir) {
  std::error_code ec;
  if (std::filesystem::exists(dir / checkpoint::Checkpoint::kIndexFileName, ec)) return true;
  for (const auto& entry : std::filesystem::directory_iterator(dir, ec)) {
    if (entry.path().extension() == ".safetensors") return true;
  }
  return false;
}

Result<model::LayerFormats> formats_for(const std::filesystem::path& dir,
                                        const checkpoint::ModelConfig& config) {
  if (!has_weights(dir)) return model::layer_formats_from_config(config);
  MLXLA_ASSIGN_OR_RETURN(const checkpoint::Checkpoint ckpt, checkpoint::Checkpoint::open(dir));
  return model::layer_formats_from_checkpoint(ckpt, config);
}

Result<model::GraphSpec> spec_from(const ExportOptions& o) {
  model::GraphSpec spec;
  const auto kind = model::parse_graph_kind(o.graph);
  if (!kind)
    return invalid_argument("--graph: expected prefill, decode, ragged or batched, got '" +
                            o.graph + "'");
  const auto residency = model::parse_residency(o.residency);
  if (!residency)
    return invalid_argument("--residency: expected dense, f16 or packed, got '" + o.residency +
                            "'");
  const auto precision = model::parse_precision(o.precision);
  if (!precision)
    return invalid_argument("--precision: expected f32, f16 or bf16, got '" + o.precision + "'");
  const auto kv_dtype = model::parse_precision(o.kv_dtype);
  if (!kv_dtype)
    return invalid_argument("--kv-dtype: expected f16, bf16 or f32, got '" + o.kv_dtype + "'");
  spec.kind = *kind;
  spec.kv_dtype = *kv_dtype;
  spec.residency = *residency;
  spec.precision = *precision;
  spec.batch = o.batch;
  spec.capacity = o.capacity;
  spec.chunk = o.chunk;
  spec.output_logits = o.logits;
  return spec;
}

int run_export(const ExportOptions& o) {
  auto located = checkpoint::locate_model(o.model_dir);
  if (!located.ok()) return report(located.error());
  const std::filesystem::path dir = *located;
  auto spec = spec_from(o);
  if (!spec.ok()) return report(spec.error());
  auto config = checkpoint::load_model_config(dir);
  if (!config.ok()) return report(config.error());
  auto formats = formats_for(dir, *config);
  if (!formats.ok()) return report(formats.error().with_context(o.model_dir));
  auto emitted = model::emit(*config, *formats, *spec);
  if (!emitted.ok()) return report(emitted.error().with_context(o.model_dir));

  stablehlo::ExportManifest manifest = stablehlo::manifest_from_abi(emitted->abi);
  manifest.metadata = {
      {"model",
       dir.filename().empty() ? dir.parent_path().filename().string() : dir.filename().string()},
      {"graph", std::string(model::to_string(spec->kind))},
      {"residency", std::string(model::to_string(spec->residency))},
      {"precision", std::string(model::to_string(spec->precision))},
      {"kv_dtype", std::string(model::to_string(spec->kv_dtype))},
      {"capacity", std::to_string(spec->capacity)},
      {"batch", std::to_string(spec->batch)},
      {"chunk", std::to_string(spec->chunk)},
      {"logits", spec->output_logits ? "true" : "false"},
  };
  stablehlo::PrintOptions print;
  print.form = o.generic ? stablehlo::PrintForm::kGeneric : stablehlo::PrintForm::kPretty;
  const Status status = stablehlo::export_module(emitted->module, manifest, o.out_dir, print);
  if (!status.ok()) return report(status.error());
  if (o.weights) {
    const Status written = write_weights(dir, emitted->abi, o.out_dir);
    if (!written.ok()) return report(written.error().with_context(o.model_dir));
    std::printf("wrote %s\n", (std::filesystem::path(o.out_dir) / "weights.bin").string().c_str());
  }
  std::printf("wrote %s and %s\n",
              (std::filesystem::path(o.out_dir) / "module.mlir").string().c_str(),
              (std::filesystem::path(o.out_dir) / "abi.json").string().c_str());
  return 0;
}

}  // namespace

void register_export(CLI::App& app, CliContext& ctx) {
  auto options = std::make_shared<ExportOptions>();
  CLI::App* cmd = app.add_subcommand(
      "export", "Write one graph as StableHLO (module.mlir) and its ABI (abi.json)");
  cmd->add_option("-m,--model", options->model_dir,
                  "Model directory (weights optional), or ORG/NAME in the local Hugging Face cache")
      ->required();
  cmd->add_option("--graph", options->graph, "prefill | decode | ragged | batched")
      ->capture_default_str();
  cmd->add_option("--residency", options->residency, "dense | f16 | packed")->capture_default_str();
  cmd->add_option("--precision", options->precision, "Contraction precision: f32 | f16 | bf16")
      ->capture_default_str();
  cmd->add_option("--kv-dtype", options->kv_dtype,
                  "KV cache element type: f16 | bf16 | f32 (attention accumulates in f32)")
      ->capture_default_str();
  cmd->add_option("--batch", options->batch, "Slots B (ragged, batched)")->capture_default_str();
  cmd->add_option("--capacity", options->capacity, "KV cache positions per slot")
      ->capture_default_str();
  cmd->add_option("--chunk", options->chunk, "Tokens per prefill chunk C")->capture_default_str();
  cmd->add_flag("--generic", options->generic,
                "Generic MLIR form (parses without the StableHLO dialect)");
  cmd->add_flag("--logits", options->logits, "Also return the logits");
  cmd->add_flag("--weights", options->weights,
                "Also write weights.bin and weights.json: every weight argument as the runtime "
                "binds it, in ABI order (needs the checkpoint's weights)");
  cmd->add_option("-o,--out", options->out_dir, "Output directory")->required();
  cmd->callback([options, &ctx] { ctx.run = [options] { return run_export(*options); }; });
}

}  // namespace mlxla::cli
