// model::WeightAbi -> stablehlo::ExportManifest, header-only so that the stablehlo library
// depends on graph types alone (model/weight_abi.h is itself header-only: structs and enums).
#pragma once

#include <string>

#include "model/weight_abi.h"
#include "stablehlo/export.h"

namespace mlxla::stablehlo {

inline std::string weight_kind_name(model::WeightRole role) {
  switch (role) {
    case model::WeightRole::kEmbedding:
      return "embedding";
    case model::WeightRole::kNorm:
      return "norm";
    case model::WeightRole::kMatrix:
      return "matrix";
    case model::WeightRole::kScales:
      return "scales";
    case model::WeightRole::kBiases:
      return "biases";
    case model::WeightRole::kBias:
      return "bias";
  }
  return "unknown";
}

inline std::string weight_transform_name(model::WeightTransform transform) {
  switch (transform) {
    case model::WeightTransform::kAsStored:
      return "as_stored";
    case model::WeightTransform::kToF32:
      return "to_f32";
    case model::WeightTransform::kToF16:
      return "to_f16";
    case model::WeightTransform::kDequantizeF32:
      return "dequantize_f32";
    case model::WeightTransform::kDequantizeF16:
      return "dequantize_f16";
    case model::WeightTransform::kNormPlusOneF32:
      return "norm_plus_one_f32";
    case model::WeightTransform::kFpScalesToF32:
      return "fp_scales_to_f32";
  }
  return "unknown";
}

// Spelled here (not checkpoint::quant_mode_name) to keep this header free of link dependencies.
inline std::string fp_mode_name(checkpoint::QuantMode mode) {
  switch (mode) {
    case checkpoint::QuantMode::kMxfp4:
      return "mxfp4";
    case checkpoint::QuantMode::kNvfp4:
      return "nvfp4";
    case checkpoint::QuantMode::kMxfp8:
      return "mxfp8";
    case checkpoint::QuantMode::kAffine:
      break;
  }
  return "";
}

/// The bindings of every WeightAbi argument, in order.
inline ExportManifest manifest_from_abi(const model::WeightAbi& abi) {
  ExportManifest manifest;
  for (const model::WeightArg& arg : abi.args) {
    WeightBinding w;
    w.name = arg.name;
    w.kind = weight_kind_name(arg.role);
    w.transform = weight_transform_name(arg.transform);
    w.source_tensor = arg.source_tensor;
    w.bits = arg.bits;
    w.group_size = arg.group_size;
    w.mode = fp_mode_name(arg.mode);
    w.row_begin = arg.row_begin;
    w.row_end = arg.row_end;
    manifest.weights.push_back(std::move(w));
  }
  return manifest;
}

}  // namespace mlxla::stablehlo
