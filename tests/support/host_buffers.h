// Host tensors for runtime tests: seeded random f32, f32 -> f16 conversion, i32 literals.
#pragma once

#include <cstdint>
#include <cstring>
#include <random>
#include <vector>

#include "quant/half.h"
#include "runtime/backend.h"

namespace mlxla::testing {

/// `type` (f32) filled with uniform values in [-scale, scale] from mt19937(seed).
inline runtime::Buffer random_f32(const graph::TensorType& type, uint32_t seed,
                                  float scale = 1.0f) {
  runtime::Buffer b = runtime::Buffer::zeros(type);
  std::mt19937 rng(seed);
  std::uniform_real_distribution<float> dist(-scale, scale);
  for (int64_t i = 0; i < type.numel(); ++i) {
    const float v = dist(rng);
    std::memcpy(b.bytes.data() + i * 4, &v, 4);
  }
  return b;
}

/// An f32 buffer rounded to f16, same shape.
inline runtime::Buffer f16_of(const runtime::Buffer& f32) {
  runtime::Buffer out = runtime::Buffer::zeros({graph::ElementType::kF16, f32.type.shape});
  for (int64_t i = 0; i < f32.type.numel(); ++i) {
    float v;
    std::memcpy(&v, f32.bytes.data() + i * 4, 4);
    const uint16_t h = quant::f32_to_f16(v);
    std::memcpy(out.bytes.data() + i * 2, &h, 2);
  }
  return out;
}

/// An i32 buffer of `shape` holding `values`.
inline runtime::Buffer i32s(const std::vector<int32_t>& values, std::vector<int64_t> shape) {
  runtime::Buffer b = runtime::Buffer::zeros({graph::ElementType::kI32, std::move(shape)});
  std::memcpy(b.bytes.data(), values.data(), values.size() * 4);
  return b;
}

}  // namespace mlxla::testing
