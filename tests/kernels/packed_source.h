// A random MLX affine packed matrix for the kernel tests, at any byte offset (MLX does not align
// tensors), and its interleaved copy; shared by interleave_test and small_m_test.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <random>
#include <vector>

#include "kernels/cpu/interleave.h"
#include "kernels/cpu/kernels.h"

namespace mlxla::kernels::test_data {

/// A random row-major packed matrix at `offset` bytes past its allocations (MLX does not align
/// tensors), scales/biases finite values of `dtype` (f16/bf16 by truncating an f32).
struct Source {
  std::vector<std::byte> packed_mem, scale_mem, bias_mem;
  PackedWeight w;

  Source(int64_t n, int64_t k, int bits, int group, DType dtype, int offset, uint32_t seed) {
    std::mt19937 rng(seed);
    const int64_t groups = k / group;
    const int64_t sb = dtype == DType::kF32 ? 4 : 2;
    packed_mem.resize(static_cast<size_t>(n * k * bits / 8 + offset));
    scale_mem.resize(static_cast<size_t>(n * groups * sb + offset));
    bias_mem.resize(scale_mem.size());
    std::uniform_int_distribution<int> byte(0, 255);
    for (auto& b : packed_mem) b = static_cast<std::byte>(byte(rng));
    std::uniform_real_distribution<float> scale(0.002f, 0.03f), jitter(0.8f, 1.2f);
    for (int64_t i = 0; i < n * groups; ++i) {
      const float s = scale(rng);
      const float b = -s * static_cast<float>(1 << (bits - 1)) * jitter(rng);
      store(scale_mem.data() + offset + i * sb, s, dtype);
      store(bias_mem.data() + offset + i * sb, b, dtype);
    }
    w = PackedWeight{packed_mem.data() + offset,
                     scale_mem.data() + offset,
                     bias_mem.data() + offset,
                     dtype,
                     n,
                     k,
                     bits,
                     group};
  }

  static void store(std::byte* dst, float v, DType dtype) {
    uint32_t u;
    std::memcpy(&u, &v, 4);
    if (dtype == DType::kF32) {
      std::memcpy(dst, &u, 4);
      return;
    }
    uint16_t h;
    if (dtype == DType::kBF16) {
      h = static_cast<uint16_t>(u >> 16);  // truncation: any bf16 value will do
    } else {
      // v is in [2^-10, 2] in magnitude: a normal f16; keep 10 mantissa bits.
      const int e = static_cast<int>((u >> 23) & 0xFF) - 127 + 15;
      h = static_cast<uint16_t>(((u >> 16) & 0x8000) | (e << 10) | ((u >> 13) & 0x3FF));
    }
    std::memcpy(dst, &h, 2);
  }
};

/// `src` copied into the interleaved layout of `rows` rows per block (padding bytes 0xAB), in two
/// block ranges as the loader's threads write it.
struct Interleaved {
  std::vector<std::byte> mem;
  PackedWeight w;
  Interleaved(const PackedWeight& src, int rows) {
    const InterleavedGeometry geo(src, rows);
    mem.assign(static_cast<size_t>(geo.total_bytes()), std::byte{0xAB});
    interleave_blocks(src, rows, 0, geo.blocks / 2, mem.data());
    interleave_blocks(src, rows, geo.blocks / 2, geo.blocks, mem.data());
    w = interleaved_view(src, rows, mem.data());
  }
};

}  // namespace mlxla::kernels::test_data
