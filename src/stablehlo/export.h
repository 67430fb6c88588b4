// Export of a graph as files another compiler can take: module.mlir (StableHLO text) and
// abi.json (every main parameter and result, in order, with how each weight is bound).
// The stablehlo library knows graph types only; model::WeightAbi converts through
// stablehlo/abi_manifest.h (header-only), so this library never links the model library.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <utility>
#include <vector>

#include "graph/ir.h"
#include "mlxla/result.h"
#include "stablehlo/printer.h"

namespace mlxla::stablehlo {

/// How one weight parameter of `main` is filled from the checkpoint (mirrors model::WeightArg).
struct WeightBinding {
  std::string name;       ///< the parameter's name (its `mlxla.name`)
  std::string kind;       ///< "embedding", "norm", "matrix", "scales", "biases", "bias"
  std::string transform;  ///< "as_stored", "to_f32", "to_f16", "dequantize_f32", "dequantize_f16",
                          ///< "norm_plus_one_f32", "fp_scales_to_f32"
  std::string source_tensor;  ///< checkpoint tensor read
  int bits = 0;               ///< packed: bits per code
  int group_size = 0;         ///< packed: elements per scale/bias group
  std::string mode;           ///< packed fp modes: "mxfp4", "nvfp4", "mxfp8" (empty: affine)
  int64_t row_begin = 0;      ///< rows [row_begin, row_end) of the source; row_end 0 = all
  int64_t row_end = 0;
};

/// What abi.json says beyond the graph itself.
struct ExportManifest {
  std::vector<WeightBinding> weights;  ///< one per kWeight parameter of main (matched by name)
  /// Free-form facts (graph kind, residency, precision, sizes, model), written in this order.
  std::vector<std::pair<std::string, std::string>> metadata;
};

/// abi.json text: {"format", "version", "module", "metadata", "parameters": [...],
/// "outputs": [...]}; each parameter has index, name, role (input/weight/kv_cache), dtype,
/// shape, aliased_output (index or null) and, for weights, a "binding" object. Deterministic
/// (2-space indent, fixed key order, trailing newline). Fails when a weight parameter has no
/// binding, a binding names no weight parameter, or main is missing.
Result<std::string> abi_json(const graph::Module& module, const ExportManifest& manifest);

/// Verifies `module`, then writes `<dir>/module.mlir` (in `options.form`) and `<dir>/abi.json`,
/// creating `dir` if needed. Errors name the file or the verifier's finding.
Status export_module(const graph::Module& module, const ExportManifest& manifest,
                     const std::filesystem::path& dir, const PrintOptions& options = {});

}  // namespace mlxla::stablehlo
