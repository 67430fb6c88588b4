// The model emitter: a ModelConfig + LayerFormats + GraphSpec become one StableHLO graph (a
// graph::Module) and its WeightAbi. Every family and graph kind shares the per-layer code.
#pragma once

#include <string_view>

#include "checkpoint/config.h"
#include "graph/ir.h"
#include "mlxla/result.h"
#include "model/graph_spec.h"
#include "model/layer_formats.h"
#include "model/weight_abi.h"

namespace mlxla::model {

/// An emitted graph: `module.main()` and the ordered weight arguments it expects.
struct EmittedGraph {
  graph::Module module;
  WeightAbi abi;
};

// Names of the non-weight parameters and of the results (the `mlxla.name` attributes).
inline constexpr std::string_view kTokensName = "tokens";
inline constexpr std::string_view kStartName = "start";
inline constexpr std::string_view kValidName = "n_valid";
inline constexpr std::string_view kPositionName = "position";
inline constexpr std::string_view kPositionsName = "positions";
inline constexpr std::string_view kKCacheName = "k_cache";
inline constexpr std::string_view kVCacheName = "v_cache";
inline constexpr std::string_view kKWindowCacheName = "k_window_cache";
inline constexpr std::string_view kVWindowCacheName = "v_window_cache";
inline constexpr std::string_view kNextTokensName = "next_tokens";
inline constexpr std::string_view kLogitsName = "logits";

/// Emits the graph. Let L = layers, KV = key/value heads, D = head_dim, Cap = spec.capacity,
/// V = vocab; S (cache slots) and R (output rows) per kind:
///
///   kind     inputs (in this order)                         S  R
///   prefill  tokens i32[C], start i32[], n_valid i32[]      1  1
///   decode   tokens i32[1], position i32[]                  1  1
///   ragged   tokens i32[B], positions i32[B]                B  B
///   batched  tokens i32[B], position i32[]                  B  B
///
/// Parameters: the inputs above (role kInput), then the caches of spec.kv_dtype (f16 by default,
/// role kKvCache; model/cache_layout.h says which layer goes where): k_cache and v_cache
/// [Lf, S, Cap, KV, D] for the Lf full-length layers (absent when Lf = 0), then k_window_cache
/// and v_window_cache [Lw, S, W, KV, D] for the Lw sliding-window layers whose window is
/// narrower than Cap (absent when Lw = 0; W the widest such window); then the weights in
/// `abi.args` order (role kWeight).
/// Results: next_tokens i32[R] (argmax of the logits, first maximum), logits f32[R, V] when
/// spec.output_logits, then the caches in parameter order, each aliased with its parameter.
///
/// Positions: a token at position p attends to cache entries [0, p] of its own slot and its k/v
/// are written at entry p (a rotating cache: at entry p mod W, after the step's attention has
/// read the entries of positions p - W .. p - 1 there; see graph::window_attention). prefill writes
/// tokens[i] at start + i for all C tokens (padding included; entries past start + n_valid are
/// overwritten later) and returns the prediction after tokens[n_valid - 1]; the caller keeps start
/// + C <= Cap (dynamic_update_slice clamps). ragged: slot b holds positions[b] tokens before this
/// step; inactive slots may be given any position < Cap whose entry is free (their outputs are
/// ignored). batched: every row b is its own sequence in slot b, all at `position`.
///
/// Residency and precision (docs/GRAPHS.md, "Residency and precision"): weight argument types and
/// transforms follow spec.residency; contractions narrow both inputs to spec.precision; embedding
/// rows are rounded to spec.precision too (the gather is the embedding's one-hot contraction), so
/// an f16-resident graph equals a dense one at f16 precision bit for bit.
///
/// Errors (kInvalidArgument / kUnsupported / kNotFound) name the field or module at fault:
/// inconsistent config sizes, a spec size <= 0, a module missing from `formats`.
Result<EmittedGraph> emit(const checkpoint::ModelConfig& config, const LayerFormats& formats,
                          const GraphSpec& spec);

}  // namespace mlxla::model
