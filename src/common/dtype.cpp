// Sizes and spellings of DType.
#include "mlxla/dtype.h"

#include <array>

namespace mlxla {
namespace {

struct DTypeInfo {
  DType dtype;
  size_t size;
  std::string_view safetensors;
  std::string_view mlir;
  bool is_float;
};

constexpr std::array<DTypeInfo, 15> kInfos = {{
    {DType::kF64, 8, "F64", "f64", true},
    {DType::kF32, 4, "F32", "f32", true},
    {DType::kF16, 2, "F16", "f16", true},
    {DType::kBF16, 2, "BF16", "bf16", true},
    {DType::kI64, 8, "I64", "i64", false},
    {DType::kI32, 4, "I32", "i32", false},
    {DType::kI16, 2, "I16", "i16", false},
    {DType::kI8, 1, "I8", "i8", false},
    {DType::kU64, 8, "U64", "ui64", false},
    {DType::kU32, 4, "U32", "ui32", false},
    {DType::kU16, 2, "U16", "ui16", false},
    {DType::kU8, 1, "U8", "ui8", false},
    {DType::kBool, 1, "BOOL", "i1", false},
    {DType::kF8E4M3, 1, "F8_E4M3", "f8E4M3FN", true},
    {DType::kF8E5M2, 1, "F8_E5M2", "f8E5M2", true},
}};

const DTypeInfo& info(DType dtype) {
  return kInfos[static_cast<size_t>(dtype)];
}

}  // namespace

size_t dtype_size(DType dtype) {
  return info(dtype).size;
}
std::string_view dtype_safetensors_name(DType dtype) {
  return info(dtype).safetensors;
}
std::string_view dtype_mlir_name(DType dtype) {
  return info(dtype).mlir;
}
bool dtype_is_float(DType dtype) {
  return info(dtype).is_float;
}

std::optional<DType> dtype_from_safetensors_name(std::string_view name) {
  for (const auto& i : kInfos) {
    if (i.safetensors == name) return i.dtype;
  }
  return std::nullopt;
}

}  // namespace mlxla
