// The AVX2 kernel table: the same fused matmuls as AVX-512 with the 16 canonical lanes held in
// two ymm accumulators (lanes 0-7 and 8-15), so results equal the scalar twin bit for bit.
#include <immintrin.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <vector>

#include "kernels/cpu/interleave.h"
#include "kernels/cpu/kernel_table.h"
#include "kernels/cpu/numeric.h"

namespace mlxla::kernels::detail {
namespace {

/// 16 canonical lanes as two ymm halves.
struct Lanes {
  __m256 lo, hi;
};

template <Precision P>
inline __m256 narrow_v(__m256 v) {
  if constexpr (P == Precision::kF16) {
    return _mm256_cvtph_ps(_mm256_cvtps_ph(v, _MM_FROUND_TO_NEAREST_INT | _MM_FROUND_NO_EXC));
  } else if constexpr (P == Precision::kBF16) {
    const __m256i u = _mm256_castps_si256(v);
    const __m256i lsb = _mm256_and_si256(_mm256_srli_epi32(u, 16), _mm256_set1_epi32(1));
    const __m256i rounded = _mm256_add_epi32(_mm256_add_epi32(u, _mm256_set1_epi32(0x7FFF)), lsb);
    const __m256i nan = _mm256_cmpgt_epi32(_mm256_and_si256(u, _mm256_set1_epi32(0x7FFFFFFF)),
                                           _mm256_set1_epi32(0x7F800000));
    const __m256i quiet = _mm256_or_si256(u, _mm256_set1_epi32(0x400000));
    const __m256i r = _mm256_blendv_epi8(rounded, quiet, nan);
    return _mm256_castsi256_ps(
        _mm256_and_si256(r, _mm256_set1_epi32(static_cast<int>(0xFFFF0000u))));
  } else {
    return v;
  }
}

inline float reduce_lanes(const Lanes& v) {
  const __m256 s8 = _mm256_add_ps(v.lo, v.hi);
  const __m128 s4 = _mm_add_ps(_mm256_castps256_ps128(s8), _mm256_extractf128_ps(s8, 1));
  const __m128 s2 = _mm_add_ps(s4, _mm_movehl_ps(s4, s4));
  return _mm_cvtss_f32(_mm_add_ss(s2, _mm_movehdup_ps(s2)));
}

inline float load_scale(const std::byte* base, DType dtype, int64_t i) {
  if (dtype == DType::kF16) return _cvtsh_ss(load_u16(base + 2 * i));
  return load_float(base, dtype, i);
}

/// 16 codes (2*B bytes, byte aligned) to two ymm of dwords holding the codes in lane order.
template <int B>
struct Unpacker {
  __m256i shuffle_lo, shuffle_hi, shift_lo, shift_hi;

  /// The constants, computed at compile time (an Unpacker is made per kernel call).
  struct Tables {
    std::array<int8_t, 64> bytes{};
    std::array<int32_t, 16> shifts{};
  };
  static constexpr Tables make_tables() {
    Tables t;
    for (int l = 0; l < 16; ++l) {
      const int bit = l * B;
      const int byte = bit >> 3;
      // ymm lane l%8 of half l/8: 128-bit lane (l%8)/4, dword l%4 -> byte slot 4*(l%8).
      const int slot = 32 * (l / 8) + 4 * (l % 8);
      t.bytes[slot] = static_cast<int8_t>(byte);
      t.bytes[slot + 1] =
          (bit & 7) + B > 8 ? static_cast<int8_t>(byte + 1) : static_cast<int8_t>(-128);
      t.bytes[slot + 2] = -128;
      t.bytes[slot + 3] = -128;
      t.shifts[l] = bit & 7;
    }
    return t;
  }
  static constexpr Tables kTables = make_tables();

  Unpacker()
      : shuffle_lo(_mm256_loadu_si256(reinterpret_cast<const __m256i*>(kTables.bytes.data()))),
        shuffle_hi(_mm256_loadu_si256(reinterpret_cast<const __m256i*>(kTables.bytes.data() + 32))),
        shift_lo(_mm256_loadu_si256(reinterpret_cast<const __m256i*>(kTables.shifts.data()))),
        shift_hi(_mm256_loadu_si256(reinterpret_cast<const __m256i*>(kTables.shifts.data() + 8))) {}

  /// The 16 codes as floats (exact small integers).
  void codes(const uint8_t* p, __m256& lo, __m256& hi) const {
    const __m256i mask = _mm256_set1_epi32((1 << B) - 1);
    const __m128i raw = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
    __m256i a, b;
    if constexpr (B == 8) {
      a = _mm256_cvtepu8_epi32(raw);
      b = _mm256_cvtepu8_epi32(_mm_srli_si128(raw, 8));
    } else {
      const __m256i v = _mm256_broadcastsi128_si256(raw);
      a = _mm256_and_si256(_mm256_srlv_epi32(_mm256_shuffle_epi8(v, shuffle_lo), shift_lo), mask);
      b = _mm256_and_si256(_mm256_srlv_epi32(_mm256_shuffle_epi8(v, shuffle_hi), shift_hi), mask);
    }
    lo = _mm256_cvtepi32_ps(a);
    hi = _mm256_cvtepi32_ps(b);
  }
};

template <Precision P>
inline __m256 dequant(__m256 q, __m256 s, __m256 b) {
  return narrow_v<P>(_mm256_add_ps(_mm256_mul_ps(q, s), b));
}

struct PackedRow {
  const uint8_t* packed;
  const std::byte* scales;
  const std::byte* biases;
};

/// Row addressing with a padded copy for the rows whose 16-byte block loads would leave the
/// buffer (see matmul_avx512.cpp).
class PackedRows {
 public:
  explicit PackedRows(const PackedWeight& w)
      : w_(w),
        row_bytes_(packed_row_bytes(w)),
        scale_row_bytes_(w.k / w.group_size * scale_bytes(w.scale_dtype)),
        first_unsafe_(w.n - (16 + row_bytes_ - 1) / row_bytes_) {}

  int64_t first_unsafe() const { return first_unsafe_; }

  PackedRow row(int64_t n) {
    const auto* packed = reinterpret_cast<const uint8_t*>(w_.packed) + n * row_bytes_;
    if (n >= first_unsafe_) {
      pad_.assign(static_cast<size_t>(row_bytes_ + 16), 0);
      std::memcpy(pad_.data(), packed, static_cast<size_t>(row_bytes_));
      packed = pad_.data();
    }
    return {packed, w_.scales + n * scale_row_bytes_, w_.biases + n * scale_row_bytes_};
  }

 private:
  const PackedWeight& w_;
  int64_t row_bytes_;
  int64_t scale_row_bytes_;
  int64_t first_unsafe_;
  std::vector<uint8_t> pad_;
};

/// Codes of rows in MLX's row-major layout: row r's group g at rows[r].packed.
template <int B>
struct RowMajorCodes {
  const PackedRow* rows;
  int gs;
  const uint8_t* group(int r, int64_t g) const { return rows[r].packed + g * gs * B / 8; }
  void prefetch(int64_t) const {}
};

/// Codes of rows [r0, r0 + R) of one R = 4 or 8 interleaved block (interleave.h): full slices
/// are 16 * B bytes per row, the last one `tail` bytes per row. `ahead` bytes on (0: none), the
/// same slice of a later block is prefetched when a group opens a slice. The unpacker's 16-byte
/// loads past a row's slice stay inside the buffer (the next row, block or kInterleaveSlack).
template <int B>
struct InterleavedCodes {
  static constexpr int64_t kSliceRow = kInterleaveSlice * B / 8;
  const uint8_t* codes;  // the block's first slice
  int64_t full_slices;
  int64_t tail;
  int64_t ahead;
  int rows;
  int r0;
  int gs;

  InterleavedCodes(const uint8_t* block, const InterleavedGeometry& geo, int64_t ahead_bytes,
                   int first_row, int group)
      : codes(block + geo.header_bytes),
        full_slices(geo.k / kInterleaveSlice),
        tail((geo.k % kInterleaveSlice) * B / 8),
        ahead(ahead_bytes),
        rows(geo.rows),
        r0(first_row),
        gs(group) {}

  const uint8_t* group(int r, int64_t g) const {
    const auto pos = static_cast<uint64_t>(g * gs);
    const uint64_t c = pos / kInterleaveSlice, off = pos % kInterleaveSlice;
    const int64_t row = static_cast<int64_t>(c) < full_slices ? kSliceRow : tail;
    return codes + static_cast<int64_t>(c) * (rows * kSliceRow) + (r0 + r) * row + off * B / 8;
  }
  void prefetch(int64_t g) const {
    if (ahead == 0 || (g * gs) % kInterleaveSlice != 0) return;
    const uint8_t* p = codes + (g * gs / kInterleaveSlice) * (rows * kSliceRow) + ahead;
    for (int64_t b = 0; b < rows * kSliceRow; b += 64) {
      _mm_prefetch(reinterpret_cast<const char*>(p + b), _MM_HINT_T0);
    }
  }
};

/// R outputs of one activation row; `codes` addresses the rows' groups (RowMajorCodes or
/// InterleavedCodes: the same bits, so the same results), rows[r] gives scales and biases.
template <int B, Precision P, int R, class Codes>
void packed_dot_rows(const float* x, int64_t k, int gs, DType sdt, const PackedRow* rows,
                     const Codes& codes, float* out) {
  const Unpacker<B> up;
  Lanes acc[R];
  for (int r = 0; r < R; ++r) acc[r] = {_mm256_setzero_ps(), _mm256_setzero_ps()};
  for (int64_t g = 0; g < k / gs; ++g) {
    __m256 s[R], b[R];
    for (int r = 0; r < R; ++r) {
      s[r] = _mm256_set1_ps(load_scale(rows[r].scales, sdt, g));
      b[r] = _mm256_set1_ps(load_scale(rows[r].biases, sdt, g));
    }
    codes.prefetch(g);
    const uint8_t* gc[R];
    for (int r = 0; r < R; ++r) gc[r] = codes.group(r, g);
    for (int j = 0; j < gs / 16; ++j) {
      const float* xb = x + g * gs + 16 * j;
      const __m256 a0 = narrow_v<P>(_mm256_loadu_ps(xb));
      const __m256 a1 = narrow_v<P>(_mm256_loadu_ps(xb + 8));
      for (int r = 0; r < R; ++r) {
        __m256 q0, q1;
        up.codes(gc[r] + j * 2 * B, q0, q1);
        acc[r].lo = _mm256_fmadd_ps(a0, dequant<P>(q0, s[r], b[r]), acc[r].lo);
        acc[r].hi = _mm256_fmadd_ps(a1, dequant<P>(q1, s[r], b[r]), acc[r].hi);
      }
    }
  }
  for (int r = 0; r < R; ++r) out[r] = reduce_lanes(acc[r]);
}

/// The narrowed weights of codes [k0, k0 + kc) of row 0 of `codes` (scales/biases: row) to out.
template <int B, Precision P, class Codes>
void packed_fill(const PackedRow& row, const Codes& codes, int64_t k0, int64_t kc, int gs,
                 DType sdt, float* out) {
  const Unpacker<B> up;
  for (int64_t g = k0 / gs; g < (k0 + kc) / gs; ++g) {
    const __m256 s = _mm256_set1_ps(load_scale(row.scales, sdt, g));
    const __m256 b = _mm256_set1_ps(load_scale(row.biases, sdt, g));
    const uint8_t* gc = codes.group(0, g);
    float* o = out + (g * gs - k0);
    for (int j = 0; j < gs / 16; ++j) {
      __m256 q0, q1;
      up.codes(gc + j * 2 * B, q0, q1);
      _mm256_storeu_ps(o + 16 * j, dequant<P>(q0, s, b));
      _mm256_storeu_ps(o + 16 * j + 8, dequant<P>(q1, s, b));
    }
  }
}

template <int B, Precision P>
void packed_fill(const PackedRow& row, int64_t k0, int64_t kc, int gs, DType sdt, float* out) {
  packed_fill<B, P>(row, RowMajorCodes<B>{&row, gs}, k0, kc, gs, sdt, out);
}

// ---- m > 1 -------------------------------------------------------------------------------

constexpr int kTileRows = 6;
constexpr int kBlockM = 2;
constexpr int kBlockN = 3;  // 2 x 3 outputs x 2 halves = 12 accumulators + 3 weights + 1 x
constexpr int64_t kChunk = 512;

/// acc (row stride kTileRows*16 floats) += x . tile over kc; x tail zero-padded by the caller.
template <int MR, int NR>
void micro_kernel(const float* x, int64_t x_stride, const float* tile, int64_t kc, float* acc) {
  __m256 c[MR][NR][2];
  for (int i = 0; i < MR; ++i) {
    for (int j = 0; j < NR; ++j) {
      for (int h = 0; h < 2; ++h)
        c[i][j][h] = _mm256_loadu_ps(acc + (i * kTileRows + j) * 16 + 8 * h);
    }
  }
  for (int64_t kk = 0; kk < kc; kk += 16) {
    for (int h = 0; h < 2; ++h) {
      __m256 wv[NR];
      for (int j = 0; j < NR; ++j) wv[j] = _mm256_loadu_ps(tile + j * kChunk + kk + 8 * h);
      for (int i = 0; i < MR; ++i) {
        const __m256 a = _mm256_loadu_ps(x + i * x_stride + kk + 8 * h);
        for (int j = 0; j < NR; ++j) c[i][j][h] = _mm256_fmadd_ps(a, wv[j], c[i][j][h]);
      }
    }
  }
  for (int i = 0; i < MR; ++i) {
    for (int j = 0; j < NR; ++j) {
      for (int h = 0; h < 2; ++h)
        _mm256_storeu_ps(acc + (i * kTileRows + j) * 16 + 8 * h, c[i][j][h]);
    }
  }
}

using MicroFn = void (*)(const float*, int64_t, const float*, int64_t, float*);

MicroFn micro_for(int mr, int nr) {
  if (mr == 1)
    return nr == 1 ? &micro_kernel<1, 1> : nr == 2 ? &micro_kernel<1, 2> : &micro_kernel<1, 3>;
  return nr == 1 ? &micro_kernel<2, 1> : nr == 2 ? &micro_kernel<2, 2> : &micro_kernel<2, 3>;
}

/// The m > 1 driver. x is copied narrowed and zero-padded to a multiple of 16 columns so the
/// micro-kernel needs no tail; fill(row, k0, kc, out) writes one zero-padded tile row.
template <Precision P, typename Fill>
void tiled_matmul(const float* x, int64_t m, int64_t x_stride, int64_t k, float* y,
                  int64_t y_stride, int64_t n_begin, int64_t n_end, Fill&& fill) {
  const int64_t kp = (k + 15) / 16 * 16;
  std::vector<float> xa(static_cast<size_t>(m * kp), 0.0f);
  for (int64_t i = 0; i < m; ++i) {
    for (int64_t j = 0; j < k; ++j) xa[i * kp + j] = narrow(x[i * x_stride + j], P);
  }
  std::vector<float> tile(static_cast<size_t>(kTileRows * kChunk), 0.0f);
  std::vector<float> acc(static_cast<size_t>(m * kTileRows * 16));
  for (int64_t n0 = n_begin; n0 < n_end; n0 += kTileRows) {
    const int nr = static_cast<int>(std::min<int64_t>(kTileRows, n_end - n0));
    std::fill(acc.begin(), acc.end(), 0.0f);
    for (int64_t k0 = 0; k0 < k; k0 += kChunk) {
      const int64_t kc = std::min(kChunk, k - k0);
      for (int j = 0; j < nr; ++j) fill(n0 + j, k0, kc, tile.data() + j * kChunk);
      for (int64_t m0 = 0; m0 < m; m0 += kBlockM) {
        const int mr = static_cast<int>(std::min<int64_t>(kBlockM, m - m0));
        for (int j0 = 0; j0 < nr; j0 += kBlockN) {
          const int nb = std::min(kBlockN, nr - j0);
          micro_for(mr, nb)(xa.data() + m0 * kp + k0, kp, tile.data() + j0 * kChunk, kc,
                            acc.data() + (m0 * kTileRows + j0) * 16);
        }
      }
    }
    for (int64_t i = 0; i < m; ++i) {
      for (int j = 0; j < nr; ++j) {
        const float* a = &acc[(i * kTileRows + j) * 16];
        y[i * y_stride + n0 + j] = reduce_lanes({_mm256_loadu_ps(a), _mm256_loadu_ps(a + 8)});
      }
    }
  }
}

template <int B, Precision P>
void packed_matmul(const float* x, int64_t m, int64_t x_stride, const PackedWeight& w, float* y,
                   int64_t y_stride, int64_t n_begin, int64_t n_end) {
  PackedRows rows(w);
  if (m == 1) {
    constexpr int kRows = 4;
    const int64_t safe_end = std::clamp(rows.first_unsafe(), n_begin, n_end);
    int64_t n = n_begin;
    for (; n + kRows <= safe_end; n += kRows) {
      PackedRow r[kRows];
      for (int i = 0; i < kRows; ++i) r[i] = rows.row(n + i);
      packed_dot_rows<B, P, kRows>(x, w.k, w.group_size, w.scale_dtype, r,
                                   RowMajorCodes<B>{r, w.group_size}, y + n);
    }
    for (; n < n_end; ++n) {
      const PackedRow r = rows.row(n);
      packed_dot_rows<B, P, 1>(x, w.k, w.group_size, w.scale_dtype, &r,
                               RowMajorCodes<B>{&r, w.group_size}, y + n);
    }
    return;
  }
  tiled_matmul<P>(x, m, x_stride, w.k, y, y_stride, n_begin, n_end,
                  [&](int64_t n, int64_t k0, int64_t kc, float* out) {
                    packed_fill<B, P>(rows.row(n), k0, kc, w.group_size, w.scale_dtype, out);
                  });
}

template <int B>
void packed_matmul_bits(const float* x, int64_t m, int64_t x_stride, const PackedWeight& w,
                        Precision p, float* y, int64_t y_stride, int64_t n_begin, int64_t n_end) {
  switch (p) {
    case Precision::kF32:
      return packed_matmul<B, Precision::kF32>(x, m, x_stride, w, y, y_stride, n_begin, n_end);
    case Precision::kF16:
      return packed_matmul<B, Precision::kF16>(x, m, x_stride, w, y, y_stride, n_begin, n_end);
    case Precision::kBF16:
      return packed_matmul<B, Precision::kBF16>(x, m, x_stride, w, y, y_stride, n_begin, n_end);
  }
}

void quantized_matmul_avx2(const float* x, int64_t m, int64_t x_stride, const PackedWeight& w,
                           Precision p, float* y, int64_t y_stride, int64_t n_begin,
                           int64_t n_end) {
  switch (w.bits) {
    case 2:
      return packed_matmul_bits<2>(x, m, x_stride, w, p, y, y_stride, n_begin, n_end);
    case 3:
      return packed_matmul_bits<3>(x, m, x_stride, w, p, y, y_stride, n_begin, n_end);
    case 4:
      return packed_matmul_bits<4>(x, m, x_stride, w, p, y, y_stride, n_begin, n_end);
    case 5:
      return packed_matmul_bits<5>(x, m, x_stride, w, p, y, y_stride, n_begin, n_end);
    case 6:
      return packed_matmul_bits<6>(x, m, x_stride, w, p, y, y_stride, n_begin, n_end);
    default:
      return packed_matmul_bits<8>(x, m, x_stride, w, p, y, y_stride, n_begin, n_end);
  }
}

// ---- the R = 4/8 interleaved layout, 1 <= m <= kSmallM -----------------------------------

/// The R = 4 or 8 rows of an interleaved block: their scales and biases (codes via
/// InterleavedCodes).
inline void block_rows(const PackedWeight& w, const InterleavedGeometry& geo, int64_t b,
                       PackedRow* rows) {
  for (int r = 0; r < geo.rows; ++r) {
    rows[r] = {nullptr, w.packed + b * geo.block_bytes + geo.scales_offset(r),
               w.packed + b * geo.block_bytes + geo.biases_offset(r)};
  }
}

/// m == 1: one block per step, read front to back, 4 rows at a time (R = 8: two passes, the
/// second finds the block in L1); the next blocks (about 8 rows on) are prefetched a slice at a
/// time. Rows of a block outside [n_begin, n_end) are computed and dropped.
template <int B, Precision P>
void interleaved_matvec(const float* x, const PackedWeight& w, float* y, int64_t n_begin,
                        int64_t n_end) {
  const InterleavedGeometry geo(w);
  const int R = geo.rows;
  const auto* base = reinterpret_cast<const uint8_t*>(w.packed);
  const int64_t blocks_ahead = std::max(1, 8 / R);
  for (int64_t b = n_begin / R; b * R < n_end; ++b) {
    PackedRow rows[8];
    block_rows(w, geo, b, rows);
    const int64_t ahead = b + blocks_ahead < geo.blocks ? blocks_ahead * geo.block_bytes : 0;
    float out[8];
    for (int r0 = 0; r0 < R; r0 += 4) {
      const InterleavedCodes<B> codes(base + b * geo.block_bytes, geo, r0 == 0 ? ahead : 0, r0,
                                      w.group_size);
      packed_dot_rows<B, P, 4>(x, w.k, w.group_size, w.scale_dtype, rows + r0, codes, out + r0);
    }
    const int64_t lo = std::max(n_begin, b * R), hi = std::min(n_end, b * R + R);
    for (int64_t n = lo; n < hi; ++n) y[n] = out[n - b * R];
  }
}

/// 1 < m <= kSmallM: the row-major m > 1 path (tiled_matmul: a tile of rows dequantized once
/// for every activation row), its tile rows filled from the interleaved block: the same values
/// in the same order, so the same bits as in place.
template <int B, Precision P>
void interleaved_matmul(const float* x, int64_t m, int64_t x_stride, const PackedWeight& w,
                        float* y, int64_t y_stride, int64_t n_begin, int64_t n_end) {
  if (m == 1) return interleaved_matvec<B, P>(x, w, y, n_begin, n_end);
  const InterleavedGeometry geo(w);
  const auto* base = reinterpret_cast<const uint8_t*>(w.packed);
  tiled_matmul<P>(
      x, m, x_stride, w.k, y, y_stride, n_begin, n_end,
      [&](int64_t n, int64_t k0, int64_t kc, float* out) {
        const int64_t b = n / geo.rows;
        const int r = static_cast<int>(n % geo.rows);
        const PackedRow row{nullptr, w.packed + b * geo.block_bytes + geo.scales_offset(r),
                            w.packed + b * geo.block_bytes + geo.biases_offset(r)};
        const InterleavedCodes<B> codes(base + b * geo.block_bytes, geo, 0, r, w.group_size);
        packed_fill<B, P>(row, codes, k0, kc, w.group_size, w.scale_dtype, out);
      });
}

template <int B>
void interleaved_matmul_bits(const float* x, int64_t m, int64_t x_stride, const PackedWeight& w,
                             Precision p, float* y, int64_t y_stride, int64_t n_begin,
                             int64_t n_end) {
  switch (p) {
    case Precision::kF32:
      return interleaved_matmul<B, Precision::kF32>(x, m, x_stride, w, y, y_stride, n_begin, n_end);
    case Precision::kF16:
      return interleaved_matmul<B, Precision::kF16>(x, m, x_stride, w, y, y_stride, n_begin, n_end);
    case Precision::kBF16:
      return interleaved_matmul<B, Precision::kBF16>(x, m, x_stride, w, y, y_stride, n_begin,
                                                     n_end);
  }
}

void quantized_matmul_interleaved_avx2(const float* x, int64_t m, int64_t x_stride,
                                       const PackedWeight& w, Precision p, float* y,
                                       int64_t y_stride, int64_t n_begin, int64_t n_end) {
  // The table's contract (dispatch.cpp enforces it): the block walk knows R = 4 and 8 only.
  if (m < 1 || m > kSmallM || (w.interleave != 4 && w.interleave != 8)) __builtin_trap();
  switch (w.bits) {
    case 2:
      return interleaved_matmul_bits<2>(x, m, x_stride, w, p, y, y_stride, n_begin, n_end);
    case 3:
      return interleaved_matmul_bits<3>(x, m, x_stride, w, p, y, y_stride, n_begin, n_end);
    case 4:
      return interleaved_matmul_bits<4>(x, m, x_stride, w, p, y, y_stride, n_begin, n_end);
    case 5:
      return interleaved_matmul_bits<5>(x, m, x_stride, w, p, y, y_stride, n_begin, n_end);
    case 6:
      return interleaved_matmul_bits<6>(x, m, x_stride, w, p, y, y_stride, n_begin, n_end);
    default:
      return interleaved_matmul_bits<8>(x, m, x_stride, w, p, y, y_stride, n_begin, n_end);
  }
}

template <int B>
void dequantize_bits(const PackedWeight& w, int64_t row_begin, int64_t row_end, float* out,
                     int64_t out_stride) {
  PackedRows rows(w);
  for (int64_t n = row_begin; n < row_end; ++n) {
    packed_fill<B, Precision::kF32>(rows.row(n), 0, w.k, w.group_size, w.scale_dtype,
                                    out + (n - row_begin) * out_stride);
  }
}

void dequantize_rows_avx2(const PackedWeight& w, int64_t row_begin, int64_t row_end, float* out,
                          int64_t out_stride) {
  switch (w.bits) {
    case 2:
      return dequantize_bits<2>(w, row_begin, row_end, out, out_stride);
    case 3:
      return dequantize_bits<3>(w, row_begin, row_end, out, out_stride);
    case 4:
      return dequantize_bits<4>(w, row_begin, row_end, out, out_stride);
    case 5:
      return dequantize_bits<5>(w, row_begin, row_end, out, out_stride);
    case 6:
      return dequantize_bits<6>(w, row_begin, row_end, out, out_stride);
    default:
      return dequantize_bits<8>(w, row_begin, row_end, out, out_stride);
  }
}

// ---- dense -------------------------------------------------------------------------------

/// 8 weights of type D at p (all addressable), narrowed to P.
template <DType D, Precision P>
inline __m256 dense_load8(const std::byte* p) {
  __m256 v;
  if constexpr (D == DType::kF32) {
    v = _mm256_loadu_ps(reinterpret_cast<const float*>(p));
  } else {
    const __m128i h = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
    if constexpr (D == DType::kF16) {
      v = _mm256_cvtph_ps(h);
    } else {
      v = _mm256_castsi256_ps(_mm256_slli_epi32(_mm256_cvtepu16_epi32(h), 16));
    }
  }
  if constexpr ((D == DType::kF16 && P == Precision::kF16) ||
                (D == DType::kBF16 && P == Precision::kBF16)) {
    return v;
  } else {
    return narrow_v<P>(v);
  }
}

/// 16 weights starting at element kk of a row of k; the tail is copied zero-padded.
template <DType D, Precision P>
inline Lanes dense_block(const std::byte* row, int64_t kk, int64_t k) {
  constexpr int64_t kSize = D == DType::kF32 ? 4 : 2;
  if (kk + 16 <= k)
    return {dense_load8<D, P>(row + kk * kSize), dense_load8<D, P>(row + (kk + 8) * kSize)};
  alignas(32) std::byte buf[64] = {};
  std::memcpy(buf, row + kk * kSize, static_cast<size_t>((k - kk) * kSize));
  return {dense_load8<D, P>(buf), dense_load8<D, P>(buf + 8 * kSize)};
}

template <DType D, Precision P>
void dense_matmul_typed(const float* x, int64_t m, int64_t x_stride, const DenseWeight& w, float* y,
                        int64_t y_stride, int64_t n_begin, int64_t n_end) {
  constexpr int64_t kSize = D == DType::kF32 ? 4 : 2;
  const int64_t row_bytes = w.k * kSize;
  if (m == 1) {
    const int64_t kp = (w.k + 15) / 16 * 16;
    std::vector<float> a(static_cast<size_t>(kp), 0.0f);
    for (int64_t j = 0; j < w.k; ++j) a[j] = narrow(x[j], P);
    for (int64_t n = n_begin; n < n_end; ++n) {
      const std::byte* row = w.data + n * row_bytes;
      Lanes acc{_mm256_setzero_ps(), _mm256_setzero_ps()};
      for (int64_t kk = 0; kk < w.k; kk += 16) {
        const Lanes wv = dense_block<D, P>(row, kk, w.k);
        acc.lo = _mm256_fmadd_ps(_mm256_loadu_ps(&a[kk]), wv.lo, acc.lo);
        acc.hi = _mm256_fmadd_ps(_mm256_loadu_ps(&a[kk + 8]), wv.hi, acc.hi);
      }
      y[n] = reduce_lanes(acc);
    }
    return;
  }
  tiled_matmul<P>(x, m, x_stride, w.k, y, y_stride, n_begin, n_end,
                  [&](int64_t n, int64_t k0, int64_t kc, float* out) {
                    const std::byte* row = w.data + n * row_bytes;
                    for (int64_t j = 0; j < kc; j += 16) {
                      const Lanes v = dense_block<D, P>(row, k0 + j, w.k);
                      _mm256_storeu_ps(out + j, v.lo);
                      _mm256_storeu_ps(out + j + 8, v.hi);
                    }
                  });
}

template <DType D>
void dense_matmul_dtype(const float* x, int64_t m, int64_t x_stride, const DenseWeight& w,
                        Precision p, float* y, int64_t y_stride, int64_t n_begin, int64_t n_end) {
  switch (p) {
    case Precision::kF32:
      return dense_matmul_typed<D, Precision::kF32>(x, m, x_stride, w, y, y_stride, n_begin, n_end);
    case Precision::kF16:
      return dense_matmul_typed<D, Precision::kF16>(x, m, x_stride, w, y, y_stride, n_begin, n_end);
    case Precision::kBF16:
      return dense_matmul_typed<D, Precision::kBF16>(x, m, x_stride, w, y, y_stride, n_begin,
                                                     n_end);
  }
}

void dense_matmul_avx2(const float* x, int64_t m, int64_t x_stride, const DenseWeight& w,
                       Precision p, float* y, int64_t y_stride, int64_t n_begin, int64_t n_end) {
  switch (w.dtype) {
    case DType::kF16:
      return dense_matmul_dtype<DType::kF16>(x, m, x_stride, w, p, y, y_stride, n_begin, n_end);
    case DType::kBF16:
      return dense_matmul_dtype<DType::kBF16>(x, m, x_stride, w, p, y, y_stride, n_begin, n_end);
    default:
      return dense_matmul_dtype<DType::kF32>(x, m, x_stride, w, p, y, y_stride, n_begin, n_end);
  }
}

}  // namespace

const KernelTable& avx2_table() {
  static constexpr KernelTable kTable{Isa::kAvx2,
                                      &quantized_matmul_avx2,
                                      &dense_matmul_avx2,
                                      &quantized_matmul_fast_avx2,
                                      &dequantize_rows_avx2,
                                      &quantized_matmul_interleaved_avx2,
                                      &quantized_matmul_fast_interleaved_avx2};
  return kTable;
}

}  // namespace mlxla::kernels::detail
