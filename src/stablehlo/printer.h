// Prints a graph::Module as StableHLO MLIR text: the pretty form XLA, IREE and JAX read, or the
// generic form that any MLIR parser reads (mlir-opt --allow-unregistered-dialect included).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

#include "graph/ir.h"

namespace mlxla::stablehlo {

enum class PrintForm : uint8_t {
  /// `stablehlo.add %0, %1 : tensor<4xf32>`: StableHLO's own custom syntax (needs the
  /// StableHLO dialect registered to parse: XLA, IREE, stablehlo-opt).
  kPretty,
  /// `"stablehlo.add"(%0, %1) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>` with
  /// attributes in a plain `{...}` dictionary (no `<{...}>` properties, which MLIR 16 lacks) and
  /// StableHLO enums/structs as `#stablehlo<...>` / `#stablehlo.dot<...>`, which an MLIR
  /// without the dialect keeps as opaque attributes.
  kGeneric,
};

struct PrintOptions {
  PrintForm form = PrintForm::kPretty;
  /// Non-splat constants with more elements than this are printed as a hex blob
  /// (`dense<"0x...">`) instead of a list.
  size_t hex_constant_threshold = 256;
};

/// The module as MLIR text: `module @name { func.func @main(...) ... }`, main first as it is
/// stored, decomposition functions `private`. Parameters carry `mlxla.name` and, when aliased,
/// `tf.aliasing_output = N : i32`; results carry `mlxla.name` when named. Deterministic: the
/// same Module always prints the same bytes.
std::string print_module(const graph::Module& module, const PrintOptions& options = {});

}  // namespace mlxla::stablehlo
