// The row-interleaved layouts (R = 4, 8 in slices; R = 16, the fast layout, group by group):
// building them from the file's row-major bytes and reading rows back (for the kernels without a
// native interleaved path). Portable, byte copies (and the 4-bit fast layout's nibble order).
#include "kernels/cpu/interleave.h"

#include <cstring>

#include "kernels/cpu/numeric.h"

namespace mlxla::kernels {
namespace {

int64_t round_up(int64_t v, int64_t to) {
  return (v + to - 1) / to * to;
}

}  // namespace

InterleavedGeometry::InterleavedGeometry(const PackedWeight& w, int interleave_rows)
    : rows(interleave_rows),
      bits(w.bits),
      k(w.k),
      groups(w.k / w.group_size),
      scale_row_bytes(w.k / w.group_size * detail::scale_bytes(w.scale_dtype)),
      row_bytes(detail::packed_row_bytes(w)) {
  if (rows == kFastInterleave) {
    const int64_t sb = detail::scale_bytes(w.scale_dtype);
    group_bytes = 2 * rows * sb + rows * int64_t{w.group_size} * w.bits / 8;
    block_bytes = groups * group_bytes;
  } else {
    header_bytes = round_up(2 * rows * scale_row_bytes, kInterleaveAlign);
    block_bytes = round_up(header_bytes + rows * row_bytes, kInterleaveAlign);
  }
  blocks = rows > 0 ? (w.n + rows - 1) / rows : 0;
}

bool valid_interleave(int rows) {
  return rows == 4 || rows == 8 || rows == kFastInterleave;
}

namespace {

/// The fast layout's 4-bit word permutation: 8 codes in order (nibble i = code i) to byte b =
/// code b | code b + 4 << 4, and back.
uint32_t to_fast_word4(uint32_t v) {
  uint32_t out = 0;
  for (int b = 0; b < 4; ++b) {
    out |= ((v >> (4 * b)) & 0xFu) << (8 * b);
    out |= ((v >> (4 * (b + 4))) & 0xFu) << (8 * b + 4);
  }
  return out;
}

uint32_t from_fast_word4(uint32_t v) {
  uint32_t out = 0;
  for (int b = 0; b < 4; ++b) {
    out |= ((v >> (8 * b)) & 0xFu) << (4 * b);
    out |= ((v >> (8 * b + 4)) & 0xFu) << (4 * (b + 4));
  }
  return out;
}

/// The fast layout's parts of row r (of its block) of group g.
struct FastRowPlace {
  int64_t scale, bias, words;  // offsets in the block; words: word 0, then every 64 bytes
};

FastRowPlace fast_place(const InterleavedGeometry& geo, int64_t sb, int64_t g, int r) {
  const int64_t at = g * geo.group_bytes;
  return {at + r * sb, at + (kFastInterleave + r) * sb, at + 2 * kFastInterleave * sb + 4 * r};
}

void interleave_blocks16(const PackedWeight& src, int64_t block_begin, int64_t block_end,
                         std::byte* dst) {
  const InterleavedGeometry geo(src, kFastInterleave);
  const int64_t sb = detail::scale_bytes(src.scale_dtype);
  const int64_t words = int64_t{src.group_size} * src.bits / 32;  // per row and group
  for (int64_t b = block_begin; b < block_end; ++b) {
    std::byte* block = dst + b * geo.block_bytes;
    std::memset(block, 0, static_cast<size_t>(geo.block_bytes));
    for (int r = 0; r < kFastInterleave; ++r) {
      const int64_t n = b * kFastInterleave + r;
      if (n >= src.n) break;  // padding rows stay zero (never written out by a kernel)
      const std::byte* row = src.packed + n * geo.row_bytes;
      for (int64_t g = 0; g < geo.groups; ++g) {
        const FastRowPlace at = fast_place(geo, sb, g, r);
        std::memcpy(block + at.scale, src.scales + n * geo.scale_row_bytes + g * sb,
                    static_cast<size_t>(sb));
        std::memcpy(block + at.bias, src.biases + n * geo.scale_row_bytes + g * sb,
                    static_cast<size_t>(sb));
        for (int64_t j = 0; j < words; ++j) {
          uint32_t v;
          std::memcpy(&v, row + 4 * (g * words + j), 4);
          if (src.bits == 4) v = to_fast_word4(v);
          std::memcpy(block + at.words + 64 * j, &v, 4);
        }
      }
    }
  }
}

/// Row `n` of a fast-layout weight, any of its parts (null: skipped), in the row-major layout.
void deinterleave_row16(const PackedWeight& w, const InterleavedGeometry& geo, int64_t n,
                        std::byte* packed, std::byte* scales, std::byte* biases) {
  const int64_t sb = detail::scale_bytes(w.scale_dtype);
  const int64_t words = int64_t{w.group_size} * w.bits / 32;
  const std::byte* block = w.packed + n / kFastInterleave * geo.block_bytes;
  const int r = static_cast<int>(n % kFastInterleave);
  for (int64_t g = 0; g < geo.groups; ++g) {
    const FastRowPlace at = fast_place(geo, sb, g, r);
    if (scales != nullptr) std::memcpy(scales + g * sb, block + at.scale, static_cast<size_t>(sb));
    if (biases != nullptr) std::memcpy(biases + g * sb, block + at.bias, static_cast<size_t>(sb));
    if (packed == nullptr) continue;
    for (int64_t j = 0; j < words; ++j) {
      uint32_t v;
      std::memcpy(&v, block + at.words + 64 * j, 4);
      if (w.bits == 4) v = from_fast_word4(v);
      std::memcpy(packed + 4 * (g * words + j), &v, 4);
    }
  }
}

}  // namespace

void interleave_blocks(const PackedWeight& src, int rows, int64_t block_begin, int64_t block_end,
                       std::byte* dst) {
  if (rows == kFastInterleave) return interleave_blocks16(src, block_begin, block_end, dst);
  const InterleavedGeometry geo(src, rows);
  const int64_t slices = (src.k + kInterleaveSlice - 1) / kInterleaveSlice;
  for (int64_t b = block_begin; b < block_end; ++b) {
    std::byte* block = dst + b * geo.block_bytes;
    std::memset(block, 0, static_cast<size_t>(geo.block_bytes));
    for (int r = 0; r < rows; ++r) {
      const int64_t n = b * rows + r;
      if (n >= src.n) break;  // padding rows stay zero (never written out by a kernel)
      const size_t srb = static_cast<size_t>(geo.scale_row_bytes);
      std::memcpy(block + geo.scales_offset(r), src.scales + n * geo.scale_row_bytes, srb);
      std::memcpy(block + geo.biases_offset(r), src.biases + n * geo.scale_row_bytes, srb);
      const std::byte* row = src.packed + n * geo.row_bytes;
      for (int64_t c = 0; c < slices; ++c) {
        const int64_t pos = c * kInterleaveSlice;
        std::memcpy(block + geo.code_offset(r, pos), row + pos * src.bits / 8,
                    static_cast<size_t>(geo.slice_row_bytes(c)));
      }
    }
  }
}

PackedWeight interleaved_view(const PackedWeight& src, int rows, const std::byte* dst) {
  PackedWeight w = src;
  w.packed = w.scales = w.biases = dst;
  w.interleave = rows;
  return w;
}

namespace {

/// deinterleave_rows with the slice size a compile-time constant, so each slice is a fixed-size
/// copy the compiler inlines (the generic path de-interleaves every weight byte of a prefill:
/// a variable-size memcpy call per 64-byte slice cost 40% of the 1B fast prefill).
template <int B>
void deinterleave_rows_bits(const PackedWeight& w, int64_t row_begin, int64_t row_end,
                            std::byte* packed, std::byte* scales, std::byte* biases) {
  constexpr int64_t kSliceRow = kInterleaveSlice * B / 8;
  const InterleavedGeometry geo(w);
  const int64_t full = w.k / kInterleaveSlice;
  const int64_t tail = (w.k % kInterleaveSlice) * B / 8;
  const int64_t stride = geo.rows * kSliceRow;
  const size_t srb = static_cast<size_t>(geo.scale_row_bytes);
  for (int64_t n = row_begin; n < row_end; ++n) {
    const std::byte* block = w.packed + n / geo.rows * geo.block_bytes;
    const int r = static_cast<int>(n % geo.rows);
    const int64_t i = n - row_begin;
    std::memcpy(scales + i * geo.scale_row_bytes, block + geo.scales_offset(r), srb);
    std::memcpy(biases + i * geo.scale_row_bytes, block + geo.biases_offset(r), srb);
    std::byte* dst = packed + i * geo.row_bytes;
    const std::byte* src = block + geo.header_bytes + r * kSliceRow;
    for (int64_t c = 0; c < full; ++c, dst += kSliceRow, src += stride) {
      std::memcpy(dst, src, kSliceRow);
    }
    if (tail > 0) {
      std::memcpy(dst, block + geo.header_bytes + full * stride + r * tail,
                  static_cast<size_t>(tail));
    }
  }
}

}  // namespace

void deinterleave_rows(const PackedWeight& w, int64_t row_begin, int64_t row_end, std::byte* packed,
                       std::byte* scales, std::byte* biases) {
  if (w.interleave == kFastInterleave) {
    const InterleavedGeometry geo(w);
    for (int64_t n = row_begin; n < row_end; ++n) {
      const int64_t i = n - row_begin;
      deinterleave_row16(w, geo, n, packed + i * geo.row_bytes, scales + i * geo.scale_row_bytes,
                         biases + i * geo.scale_row_bytes);
    }
    return;
  }
  switch (w.bits) {
    case 2:
      return deinterleave_rows_bits<2>(w, row_begin, row_end, packed, scales, biases);
    case 3:
      return deinterleave_rows_bits<3>(w, row_begin, row_end, packed, scales, biases);
    case 4:
      return deinterleave_rows_bits<4>(w, row_begin, row_end, packed, scales, biases);
    case 5:
      return deinterleave_rows_bits<5>(w, row_begin, row_end, packed, scales, biases);
    case 6:
      return deinterleave_rows_bits<6>(w, row_begin, row_end, packed, scales, biases);
    default:
      return deinterleave_rows_bits<8>(w, row_begin, row_end, packed, scales, biases);
  }
}

int64_t part_row_bytes(const InterleavedGeometry& geo, WeightPart part) {
  return part == WeightPart::kCodes ? geo.row_bytes : geo.scale_row_bytes;
}

void deinterleave_row_part(const PackedWeight& w, int64_t row, WeightPart part, std::byte* dst) {
  const InterleavedGeometry geo(w);
  if (w.interleave == kFastInterleave) {
    deinterleave_row16(w, geo, row, part == WeightPart::kCodes ? dst : nullptr,
                       part == WeightPart::kScales ? dst : nullptr,
                       part == WeightPart::kBiases ? dst : nullptr);
    return;
  }
  const std::byte* block = w.packed + row / geo.rows * geo.block_bytes;
  const int r = static_cast<int>(row % geo.rows);
  const auto srb = static_cast<size_t>(geo.scale_row_bytes);
  if (part == WeightPart::kScales) {
    std::memcpy(dst, block + geo.scales_offset(r), srb);
    return;
  }
  if (part == WeightPart::kBiases) {
    std::memcpy(dst, block + geo.biases_offset(r), srb);
    return;
  }
  const int64_t slices = (w.k + kInterleaveSlice - 1) / kInterleaveSlice;
  for (int64_t c = 0; c < slices; ++c) {
    const int64_t pos = c * kInterleaveSlice;
    std::memcpy(dst + pos * w.bits / 8, block + geo.code_offset(r, pos),
                static_cast<size_t>(geo.slice_row_bytes(c)));
  }
}

}  // namespace mlxla::kernels
