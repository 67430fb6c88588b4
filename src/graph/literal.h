// Literal element encoding for constants: scalars to little-endian bytes of an ElementType and
// back, with the f16/bf16 conversions the graph needs (round to nearest even). The graph module
// does not depend on the quant library, so these are its own small copies of the rules.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "graph/ir.h"

namespace mlxla::graph {

uint16_t float_to_f16_bits(float x);      ///< round to nearest even; overflow -> inf
float f16_bits_to_float(uint16_t bits);   ///< exact
uint16_t float_to_bf16_bits(float x);     ///< round to nearest even; NaN stays NaN
float bf16_bits_to_float(uint16_t bits);  ///< exact

/// `value` converted to `element` (floats: via f32, round to nearest even; integers: truncated
/// toward zero, i1: value != 0) as element_size(element) little-endian bytes.
std::vector<std::byte> encode_scalar(ElementType element, double value);

/// Element `index` of a literal buffer as a double (exact for every element type but i64
/// beyond 2^53, which literals in mlxla graphs never reach).
double decode_element(ElementType element, const std::byte* data, size_t index);

/// The raw bits of element `index` (zero-extended), for hex printing.
uint64_t element_bits(ElementType element, const std::byte* data, size_t index);

}  // namespace mlxla::graph
