// The load-time row-interleaved layout of MLX affine weights (docs/KERNELS.md, "Interleaved
// layout"): the same bits as the row-major file layout, rearranged so that a thread walking a
// range of output rows reads one sequential region (codes, scales and biases alike).
#pragma once

#include <cstddef>
#include <cstdint>

#include "kernels/cpu/kernels.h"

namespace mlxla::kernels {

/// Inputs per code slice: 128 codes of any width end on a byte boundary (16 * bits bytes), and
/// every group (32, 64, 128) lies inside one slice.
inline constexpr int64_t kInterleaveSlice = 128;
/// Alignment of every block (one cache line).
inline constexpr int64_t kInterleaveAlign = 64;
/// Bytes past the last block that a kernel may read (and ignore): the exact kernels' 16-byte
/// unpack loads.
inline constexpr int64_t kInterleaveSlack = 64;
/// Rows per block of the fast layout (Policy::kFast), laid out group by group rather than in
/// slices: one weight row per 32-bit lane of a 512-bit vector (see InterleavedGeometry).
inline constexpr int kFastInterleave = 16;

/// Whether the fast layout's native kernels take `bits`-bit weights (4 and 8): the runtime gives
/// only those the fast layout, and dispatch runs any other width on it through de-interleaved
/// tiles. The one place this rule is written.
inline bool fast_layout_bits(int bits) {
  return bits == 4 || bits == 8;
}

/// Where everything of an interleaved weight lives. Block b holds rows [b R, b R + R) (rows past
/// n are zero): at offset 0 the R rows' scales ([R][groups], the file's dtype), then their
/// biases ([R][groups]), then, from header_bytes on, the codes slice by slice: slice c (inputs
/// [128 c, 128 c + 128), the last one possibly shorter) holds the R rows' slices one after the
/// other, row r's at r * slice_row_bytes(c). A block is padded to a multiple of 64 bytes.
///
/// R = kFastInterleave (16, the fast layout) instead stores each block group by group, so a
/// thread reads one sequential stream: group g at g * group_bytes holds the 16 rows' scales of g
/// (16 values of the file's dtype), their biases, then the group's codes as 32-bit words
/// (group_size * bits / 32 per row) interleaved: word j of row r at 4 * (16 j + r), so that 64
/// bytes hold word j of all 16 rows, one per 32-bit lane. A word is 32 consecutive bits of the
/// row's LSB-first code stream (8-bit: 4 codes; 4-bit: 8 codes, their nibbles permuted so that
/// byte b holds code b in its low nibble and code b + 4 in its high nibble).
/// group_bytes = 32 * scale bytes + 2 * group_size * bits, a multiple of 64.
struct InterleavedGeometry {
  int rows = 0;  ///< R
  int bits = 0;
  int64_t k = 0;
  int64_t groups = 0;
  int64_t scale_row_bytes = 0;  ///< one row's scales (or biases)
  int64_t row_bytes = 0;        ///< one row's codes
  int64_t header_bytes = 0;     ///< R = 4, 8 only
  int64_t group_bytes = 0;      ///< R = 16 only
  int64_t block_bytes = 0;
  int64_t blocks = 0;

  InterleavedGeometry(const PackedWeight& w, int interleave_rows);
  explicit InterleavedGeometry(const PackedWeight& w) : InterleavedGeometry(w, w.interleave) {}

  /// Bytes of the whole interleaved weight, slack included.
  int64_t total_bytes() const { return blocks * block_bytes + kInterleaveSlack; }
  /// Bytes one row takes in slice c (16 * bits, less in a short last slice).
  int64_t slice_row_bytes(int64_t c) const {
    const int64_t inputs = k - c * kInterleaveSlice;
    return (inputs < kInterleaveSlice ? inputs : kInterleaveSlice) * bits / 8;
  }
  /// Offset, inside a block, of row r's codes from input `pos` on (pos and the codes it reads
  /// within one slice). R = 4, 8 only.
  int64_t code_offset(int r, int64_t pos) const {
    const int64_t c = pos / kInterleaveSlice;
    return header_bytes + c * rows * (kInterleaveSlice * bits / 8) + r * slice_row_bytes(c) +
           (pos % kInterleaveSlice) * bits / 8;
  }
  /// R = 4, 8 only.
  int64_t scales_offset(int r) const { return r * scale_row_bytes; }
  int64_t biases_offset(int r) const { return (rows + r) * scale_row_bytes; }
};

/// Whether `rows` is an interleave the kernels take (4 or 8, or kFastInterleave).
bool valid_interleave(int rows);

/// Writes blocks [block_begin, block_end) of the interleaved form of the row-major weight `src`
/// (interleave 0) with R = rows into dst, the start of an InterleavedGeometry::total_bytes()
/// buffer (blocks may be written by several threads, each its own range; the caller zeroes
/// the slack).
void interleave_blocks(const PackedWeight& src, int rows, int64_t block_begin, int64_t block_end,
                       std::byte* dst);

/// The view of an interleaved buffer made from `src` by interleave_blocks.
PackedWeight interleaved_view(const PackedWeight& src, int rows, const std::byte* dst);

/// Rows [row_begin, row_end) of an interleaved weight in the row-major layout: codes to packed
/// (row_bytes each), scales/biases to scales/biases (groups each). Exact copies of the bits.
void deinterleave_rows(const PackedWeight& w, int64_t row_begin, int64_t row_end, std::byte* packed,
                       std::byte* scales, std::byte* biases);

/// One of the three tensors an MLX affine weight is stored as.
enum class WeightPart : uint8_t { kCodes, kScales, kBiases };

/// Bytes of one row of `part` in the row-major layout: row_bytes codes, or scale_row_bytes.
int64_t part_row_bytes(const InterleavedGeometry& geo, WeightPart part);

/// Row `row` of one part of an interleaved weight in the row-major layout, written to dst
/// (part_row_bytes): exact copies of the bits. A tied embedding's gather reads the copy the
/// lm_head matmul streams, so the checkpoint mapping's pages stay released.
void deinterleave_row_part(const PackedWeight& w, int64_t row, WeightPart part, std::byte* dst);

}  // namespace mlxla::kernels
