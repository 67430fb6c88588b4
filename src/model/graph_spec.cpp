// Names of the GraphSpec enums (as the CLI, manifests and docs spell them) and their parsers.
#include "model/graph_spec.h"

namespace mlxla::model {

std::string_view to_string(GraphKind kind) {
  switch (kind) {
    case GraphKind::kPrefill:
      return "prefill";
    case GraphKind::kDecode:
      return "decode";
    case GraphKind::kRagged:
      return "ragged";
    case GraphKind::kBatched:
      return "batched";
  }
  return "unknown";
}

std::string_view to_string(Residency residency) {
  switch (residency) {
    case Residency::kDense:
      return "dense";
    case Residency::kF16:
      return "f16";
    case Residency::kPacked:
      return "packed";
  }
  return "unknown";
}

std::string_view to_string(Precision precision) {
  switch (precision) {
    case Precision::kF32:
      return "f32";
    case Precision::kF16:
      return "f16";
    case Precision::kBF16:
      return "bf16";
  }
  return "unknown";
}

std::optional<GraphKind> parse_graph_kind(std::string_view text) {
  for (GraphKind kind :
       {GraphKind::kPrefill, GraphKind::kDecode, GraphKind::kRagged, GraphKind::kBatched}) {
    if (text == to_string(kind)) return kind;
  }
  return std::nullopt;
}

std::optional<Residency> parse_residency(std::string_view text) {
  for (Residency residency : {Residency::kDense, Residency::kF16, Residency::kPacked}) {
    if (text == to_string(residency)) return residency;
  }
  return std::nullopt;
}

std::optional<Precision> parse_precision(std::string_view text) {
  for (Precision precision : {Precision::kF32, Precision::kF16, Precision::kBF16}) {
    if (text == to_string(precision)) return precision;
  }
  return std::nullopt;
}

}  // namespace mlxla::model
