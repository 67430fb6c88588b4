// MLIR textual syntax for the pieces the printer needs: exact float literals, escaped strings,
// symbol references, dense element attributes and composite attribute values.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "graph/ir.h"

namespace mlxla::stablehlo {

/// One float element given by its bits (f32: 32 bits, f16/bf16: 16), printed so that MLIR
/// reads back exactly those bits: the shortest decimal that round-trips, always with a '.'
/// ("1.0", "1.0e-05"), or the hexadecimal bit pattern ("0x7F800000") for inf, NaN and the rare
/// value whose decimal would not survive MLIR's parse-as-double-then-round.
std::string format_float(graph::ElementType element, uint64_t bits);

/// A double (composite attributes), printed to round-trip; inf/NaN as 0x... f64 bits.
std::string format_double(double value);

/// `"text"` with MLIR escapes (\" \\ and \XX for anything outside printable ASCII).
std::string quote(std::string_view text);

/// `@name`, quoted (`@"a-b"`) when name is not a bare identifier.
std::string symbol_ref(std::string_view name);

/// `dense<...>` for a constant of `type` (splat: one value; otherwise nested lists, or the
/// `"0x..."` hex form of the raw little-endian bytes when there are more than
/// `hex_threshold` elements and they are not i1).
std::string dense_literal(const graph::TensorType& type, const graph::ConstantAttrs& constant,
                          size_t hex_threshold);

/// A composite attribute value: `4 : i64`, `1.0e-05 : f64`, `true`, `"s"`, `array<i64: 1, 2>`.
std::string attribute_value(const graph::Attribute& value);

/// "[0, 1]" (for pretty op syntax and #stablehlo.* attributes).
std::string int_list(const std::vector<int64_t>& values);
/// "array<i64: 0, 1>" (DenseI64ArrayAttr) or "array<i64>" when empty.
std::string i64_array(const std::vector<int64_t>& values);
/// `array<f64: 1.5, 2.0>` (DenseF64ArrayAttr), each value as format_double writes it.
std::string f64_array(const std::vector<double>& values);

}  // namespace mlxla::stablehlo
