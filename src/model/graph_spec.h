// GraphSpec: which graph to emit (kind, residency, precision, sizes). See docs/GRAPHS.md.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace mlxla::model {

/// Static-shape graph kinds (ARCHITECTURE.md invariant 5).
enum class GraphKind : uint8_t {
  kPrefill,  ///< one sequence, a chunk of C tokens written into its cache at a start position
  kDecode,   ///< one sequence, one token
  kRagged,   ///< B slots, each with its own token, position and cache length
  kBatched,  ///< B rows in lockstep at one shared position
};

/// Where projection weights live.
enum class Residency : uint8_t {
  kDense,   ///< f32, dequantized at load
  kF16,     ///< stored f16 (round to nearest even), dequantized at load
  kPacked,  ///< the checkpoint's packed bytes, dequantized inside the graph
};

/// Contraction precision: dot_general inputs narrowed; accumulation and output f32. Also names
/// the KV cache's element type (GraphSpec::kv_dtype).
enum class Precision : uint8_t { kF32, kF16, kBF16 };

struct GraphSpec {
  GraphKind kind = GraphKind::kDecode;
  Residency residency = Residency::kPacked;
  Precision precision = Precision::kF32;
  /// Element type of the KV cache (f16 halves its memory; attention still accumulates in f32).
  Precision kv_dtype = Precision::kF16;
  int64_t capacity = 512;      ///< KV cache positions per sequence (slot)
  int64_t batch = 1;           ///< B for ragged / batched
  int64_t chunk = 1;           ///< C for prefill
  bool output_logits = false;  ///< also return the logits (always true for tests/sampling)
  /// Sliding-window layers keep a rotating cache of their window (model/cache_layout.h) rather
  /// than a full-length one with the window as a mask. Off only to compare the two layouts.
  bool rotating_windows = true;
};

std::string_view to_string(GraphKind kind);
std::string_view to_string(Residency residency);
std::string_view to_string(Precision precision);
std::optional<GraphKind> parse_graph_kind(std::string_view text);
std::optional<Residency> parse_residency(std::string_view text);
std::optional<Precision> parse_precision(std::string_view text);

}  // namespace mlxla::model
