// Element loads and stores by graph element type, safe at any alignment (weights come
// straight from mmapped files that MLX writes unaligned). Floats travel as f32, integers as
// int64 (ui32 zero-extended), i1 as 0/1.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>

#include "graph/ir.h"
#include "quant/half.h"

namespace mlxla::runtime::cpu {

template <typename T>
inline T load_raw(const std::byte* p, int64_t i) {
  T v;
  std::memcpy(&v, p + i * static_cast<int64_t>(sizeof(T)), sizeof(T));
  return v;
}

template <typename T>
inline void store_raw(std::byte* p, int64_t i, T v) {
  std::memcpy(p + i * static_cast<int64_t>(sizeof(T)), &v, sizeof(T));
}

inline float load_float(const std::byte* p, graph::ElementType t, int64_t i) {
  switch (t) {
    case graph::ElementType::kF32:
      return load_raw<float>(p, i);
    case graph::ElementType::kF16:
      return quant::f16_to_f32(load_raw<uint16_t>(p, i));
    case graph::ElementType::kBF16:
      return quant::bf16_to_f32(load_raw<uint16_t>(p, i));
    case graph::ElementType::kI32:
      return static_cast<float>(load_raw<int32_t>(p, i));
    case graph::ElementType::kI64:
      return static_cast<float>(load_raw<int64_t>(p, i));
    case graph::ElementType::kU32:
      return static_cast<float>(load_raw<uint32_t>(p, i));
    case graph::ElementType::kU8:
      return static_cast<float>(load_raw<uint8_t>(p, i));
    case graph::ElementType::kI1:
      return load_raw<uint8_t>(p, i) ? 1.0f : 0.0f;
  }
  return 0.0f;
}

inline void store_float(std::byte* p, graph::ElementType t, int64_t i, float v) {
  switch (t) {
    case graph::ElementType::kF32:
      store_raw<float>(p, i, v);
      break;
    case graph::ElementType::kF16:
      store_raw<uint16_t>(p, i, quant::f32_to_f16(v));
      break;
    case graph::ElementType::kBF16:
      store_raw<uint16_t>(p, i, quant::f32_to_bf16(v));
      break;
    default:
      break;  // integer destinations go through store_int
  }
}

inline int64_t load_int(const std::byte* p, graph::ElementType t, int64_t i) {
  switch (t) {
    case graph::ElementType::kI32:
      return load_raw<int32_t>(p, i);
    case graph::ElementType::kI64:
      return load_raw<int64_t>(p, i);
    case graph::ElementType::kU32:
      return load_raw<uint32_t>(p, i);
    case graph::ElementType::kU8:
      return load_raw<uint8_t>(p, i);
    case graph::ElementType::kI1:
      return load_raw<uint8_t>(p, i) ? 1 : 0;
    default:
      return static_cast<int64_t>(load_float(p, t, i));
  }
}

/// Stores with the wrap-around of the destination width (two's complement truncation).
inline void store_int(std::byte* p, graph::ElementType t, int64_t i, int64_t v) {
  switch (t) {
    case graph::ElementType::kI32:
      store_raw<int32_t>(p, i, static_cast<int32_t>(static_cast<uint32_t>(v)));
      break;
    case graph::ElementType::kI64:
      store_raw<int64_t>(p, i, v);
      break;
    case graph::ElementType::kU32:
      store_raw<uint32_t>(p, i, static_cast<uint32_t>(v));
      break;
    case graph::ElementType::kU8:
      store_raw<uint8_t>(p, i, static_cast<uint8_t>(v));
      break;
    case graph::ElementType::kI1:
      store_raw<uint8_t>(p, i, v != 0 ? 1 : 0);
      break;
    default:
      store_float(p, t, i, static_cast<float>(v));
      break;
  }
}

/// Row-major strides (in elements) of `shape`.
inline void row_major_strides(const std::vector<int64_t>& shape, int64_t* strides) {
  int64_t s = 1;
  for (size_t d = shape.size(); d-- > 0;) {
    strides[d] = s;
    s *= shape[d];
  }
}

}  // namespace mlxla::runtime::cpu
