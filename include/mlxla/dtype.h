// Element types of checkpoint tensors and graph values, with their sizes and names.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

namespace mlxla {

/// Every dtype safetensors defines. Graphs use the subset f32, f16, bf16, i32, i64, u32, u8,
/// bool(i1).
enum class DType : uint8_t {
  kF64,
  kF32,
  kF16,
  kBF16,
  kI64,
  kI32,
  kI16,
  kI8,
  kU64,
  kU32,
  kU16,
  kU8,
  kBool,
  kF8E4M3,
  kF8E5M2,
};

/// Bytes per element.
size_t dtype_size(DType dtype);
/// The safetensors spelling: "F32", "BF16", "F8_E4M3", ...
std::string_view dtype_safetensors_name(DType dtype);
/// Parses the safetensors spelling; nullopt when unknown.
std::optional<DType> dtype_from_safetensors_name(std::string_view name);
/// The StableHLO element type spelling: "f32", "bf16", "i32", "ui32", "i1", ...
std::string_view dtype_mlir_name(DType dtype);
bool dtype_is_float(DType dtype);

}  // namespace mlxla
