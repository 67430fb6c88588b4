// Element access for the reference interpreter: reading and writing one element of any graph
// element type at an unaligned address, and the StableHLO conversions between types.
#pragma once

#include <cstddef>
#include <cstdint>

#include "graph/ir.h"

namespace mlxla::runtime::reference {

/// Element `index` of a float tensor (f32/f16/bf16) as f32; exact.
float load_float(graph::ElementType type, const std::byte* base, int64_t index);
/// Stores `value` rounded to nearest even into a float tensor (f32/f16/bf16).
void store_float(graph::ElementType type, std::byte* base, int64_t index, float value);
/// Element `index` of an integer or i1 tensor: signed types sign-extended, unsigned zero-extended,
/// i1 as 0/1 (any non-zero byte is true).
int64_t load_int(graph::ElementType type, const std::byte* base, int64_t index);
/// Stores the low bits of `value` (two's complement wrap-around); i1 stores value != 0.
void store_int(graph::ElementType type, std::byte* base, int64_t index, int64_t value);

/// `value` of type f32/f16/bf16 rounded to `type`'s precision and back (identity for f32).
float round_to(graph::ElementType type, float value);

/// StableHLO convert of element `index` of `from` into element `index` of `to`:
/// float->float round to nearest even; int->float one rounding to nearest even (no double
/// rounding through f32); float->int truncation toward zero, saturating to the target range,
/// NaN -> 0; int->int wrap-around; anything->i1 is `!= 0` (NaN -> true); i1->x is 0 or 1.
void convert_element(graph::ElementType from, const std::byte* src, graph::ElementType to,
                     std::byte* dst, int64_t index);

}  // namespace mlxla::runtime::reference
