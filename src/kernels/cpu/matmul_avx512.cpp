// The AVX-512 kernel table: fused unpack + canonical-order matmuls for packed and dense weights.
// One zmm accumulator per output holds the 16 canonical lanes, so results equal the scalar twin.
// GCC 12 reports its own _mm512_undefined_*() (self-initialised) as (maybe-)uninitialized once
// inlined; the warning is a known false positive inside the intrinsic headers.
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#pragma GCC diagnostic ignored "-Wuninitialized"
#endif
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

// ---- numerics --------------------------------------------------------------------------

template <Precision P>
inline __m512 narrow_v(__m512 v) {
  if constexpr (P == Precision::kF16) {
    return _mm512_cvtph_ps(_mm512_cvtps_ph(v, _MM_FROUND_TO_NEAREST_INT | _MM_FROUND_NO_EXC));
  } else if constexpr (P == Precision::kBF16) {
    // Integer round-to-nearest-even (vcvtneps2bf16 would flush denormals, unlike the twin).
    const __m512i u = _mm512_castps_si512(v);
    const __m512i lsb = _mm512_and_si512(_mm512_srli_epi32(u, 16), _mm512_set1_epi32(1));
    __m512i r = _mm512_add_epi32(_mm512_add_epi32(u, _mm512_set1_epi32(0x7FFF)), lsb);
    const __mmask16 nan = _mm512_cmpgt_epu32_mask(
        _mm512_and_si512(u, _mm512_set1_epi32(0x7FFFFFFF)), _mm512_set1_epi32(0x7F800000));
    r = _mm512_mask_or_epi32(r, nan, u, _mm512_set1_epi32(0x400000));
    return _mm512_castsi512_ps(
        _mm512_and_si512(r, _mm512_set1_epi32(static_cast<int>(0xFFFF0000u))));
  } else {
    return v;
  }
}

/// The canonical reduction of one accumulator: lanes l + l+8, then +4, +2, +1.
inline float reduce_lanes(__m512 v) {
  const __m256 s8 = _mm256_add_ps(_mm512_castps512_ps256(v), _mm512_extractf32x8_ps(v, 1));
  const __m128 s4 = _mm_add_ps(_mm256_castps256_ps128(s8), _mm256_extractf128_ps(s8, 1));
  const __m128 s2 = _mm_add_ps(s4, _mm_movehl_ps(s4, s4));
  return _mm_cvtss_f32(_mm_add_ss(s2, _mm_movehdup_ps(s2)));
}

/// Always inlined: called per group between fma loops, and a call would spill every zmm
/// accumulator (all are caller-saved); GCC stopped inlining it into the small-m kernels.
[[gnu::always_inline]] inline float load_scale(const std::byte* base, DType dtype, int64_t i) {
  if (dtype == DType::kF16) return _cvtsh_ss(load_u16(base + 2 * i));
  return load_float(base, dtype, i);
}

// ---- unpacking -------------------------------------------------------------------------

/// Turns 16 codes (one block: 2*B bytes, byte aligned) into 16 dwords whose low B bits are the
/// codes. Generic B: one broadcast load, one in-lane byte shuffle, one variable shift, codes in
/// lane order. B == 4 (the common case) skips the shuffle: the block is one qword broadcast to
/// every lane and shifted per lane, which leaves lane 2j holding code j and lane 2j+1 code 8+j.
/// That fixed permutation is harmless: the activations are permuted the same way, each
/// accumulator lane still receives one canonical lane's products in order, and the lanes are
/// put back (kUnpermute) before the canonical reduction.
template <int B>
struct Unpacker {
  static constexpr bool kPermuted = B == 4;
  __m512i shuffle;
  __m512i shift;
  __m512i permute;    // lane L of the unpacked block holds canonical lane permute[L]
  __m512i unpermute;  // inverse of permute

  /// The constants, computed at compile time: an Unpacker is made per packed_dot_rows call (per
  /// R rows of a matvec), and building them with loops there took ~3% of a decode.
  struct Tables {
    std::array<int8_t, 64> bytes{};
    std::array<int32_t, 16> shifts{};
    std::array<int32_t, 16> perm{};
    std::array<int32_t, 16> inverse{};
  };
  static constexpr Tables make_tables() {
    Tables t;
    for (int l = 0; l < 16; ++l) {
      const int bit = l * B;
      const int byte = bit >> 3;
      const int q = l / 4;  // 128-bit lane; every lane holds the same broadcast 16 bytes
      t.bytes[16 * q + 4 * (l % 4) + 0] = static_cast<int8_t>(byte);
      t.bytes[16 * q + 4 * (l % 4) + 1] =
          (bit & 7) + B > 8 ? static_cast<int8_t>(byte + 1) : static_cast<int8_t>(-128);
      t.bytes[16 * q + 4 * (l % 4) + 2] = -128;
      t.bytes[16 * q + 4 * (l % 4) + 3] = -128;
      t.shifts[l] = kPermuted ? 4 * (l / 2) : bit & 7;
      t.perm[l] = kPermuted ? (l % 2) * 8 + l / 2 : l;
    }
    for (int l = 0; l < 16; ++l) t.inverse[t.perm[l]] = l;
    return t;
  }
  static constexpr Tables kTables = make_tables();

  Unpacker()
      : shuffle(_mm512_loadu_si512(kTables.bytes.data())),
        shift(_mm512_loadu_si512(kTables.shifts.data())),
        permute(_mm512_loadu_si512(kTables.perm.data())),
        unpermute(_mm512_loadu_si512(kTables.inverse.data())) {}

  /// Reads 16 bytes at p (the caller guarantees they are addressable).
  __m512i codes(const uint8_t* p) const {
    if constexpr (B == 8) {
      return _mm512_cvtepu8_epi32(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p)));
    } else if constexpr (B == 4) {
      uint64_t block;
      std::memcpy(&block, p, sizeof(block));
      return _mm512_srlv_epi32(_mm512_set1_epi64(static_cast<long long>(block)), shift);
    } else {
      const __m512i v =
          _mm512_broadcast_i32x4(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p)));
      return _mm512_srlv_epi32(_mm512_shuffle_epi8(v, shuffle), shift);
    }
  }
};

/// The weight values of one group of one row. For B <= 5 a lookup table of all 2^B values
/// (computed with the same mul-then-add, so identical) replaces convert+mul+add per weight.
/// kExactProduct (B >= 6 with 16-bit scales): q * scale needs at most 8 + 11 significant bits,
/// so it is exact in f32 (and finite: see products_exact) and one fma(q, scale, bias) rounds
/// exactly like mul-then-add.
template <int B, Precision P, bool kExactProduct = false>
struct GroupWeights {
  __m512 t0, t1;  // tables (B <= 5), or scale and bias broadcasts (B >= 6)

  void set(float scale, float bias) {
    const __m512 s = _mm512_set1_ps(scale);
    const __m512 b = _mm512_set1_ps(bias);
    if constexpr (B <= 5) {
      __m512i iota = _mm512_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15);
      // B < 4: the table repeats with period 2^B because vpermps reads 4 index bits and the
      // bits above the code are those of the next codes.
      if constexpr (B < 4) iota = _mm512_and_si512(iota, _mm512_set1_epi32((1 << B) - 1));
      t0 = narrow_v<P>(_mm512_add_ps(_mm512_mul_ps(_mm512_cvtepi32_ps(iota), s), b));
      if constexpr (B == 5) {
        const __m512i hi = _mm512_add_epi32(iota, _mm512_set1_epi32(16));
        t1 = narrow_v<P>(_mm512_add_ps(_mm512_mul_ps(_mm512_cvtepi32_ps(hi), s), b));
      }
    } else {
      t0 = s;
      t1 = b;
    }
  }

  __m512 operator()(__m512i codes) const {
    if constexpr (B <= 4) {
      return _mm512_permutexvar_ps(codes, t0);
    } else if constexpr (B == 5) {
      return _mm512_permutex2var_ps(t0, codes, t1);
    } else {
      // 8-bit codes arrive zero-extended; narrower ones carry the next codes' bits above.
      const __m512i q = B == 8 ? codes : _mm512_and_si512(codes, _mm512_set1_epi32((1 << B) - 1));
      if constexpr (kExactProduct)
        return narrow_v<P>(_mm512_fmadd_ps(_mm512_cvtepi32_ps(q), t0, t1));
      return narrow_v<P>(_mm512_add_ps(_mm512_mul_ps(_mm512_cvtepi32_ps(q), t0), t1));
    }
  }
};

/// Pointers to one packed row and its scales/biases.
struct PackedRow {
  const uint8_t* packed;
  const std::byte* scales;
  const std::byte* biases;
};

/// Row addressing. The unpacker reads 16 bytes per block, up to 16 - 2*bits past the block;
/// rows near the end of the matrix are read from a padded copy so no load leaves the buffer.
class PackedRows {
 public:
  explicit PackedRows(const PackedWeight& w)
      : w_(w),
        row_bytes_(packed_row_bytes(w)),
        scale_row_bytes_(w.k / w.group_size * scale_bytes(w.scale_dtype)),
        first_unsafe_(w.n - (16 + row_bytes_ - 1) / row_bytes_) {}

  bool safe(int64_t n) const { return n < first_unsafe_; }
  int64_t first_unsafe() const { return first_unsafe_; }

  PackedRow row(int64_t n) {
    const auto* packed = reinterpret_cast<const uint8_t*>(w_.packed) + n * row_bytes_;
    if (!safe(n)) {
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

// ---- m == 1: fused matvec --------------------------------------------------------------

/// Codes of rows in MLX's row-major layout: row r's group g at rows[r].packed; `ahead` the first
/// of R contiguous rows two blocks later (or the rows themselves), prefetched group by group.
template <int B, int R>
struct RowMajorCodes {
  const PackedRow* rows;
  const uint8_t* ahead;
  int64_t k;
  int gs;

  const uint8_t* group(int r, int64_t g) const { return rows[r].packed + g * gs * B / 8; }
  void prefetch(int64_t g) const {
    // The same group of the rows two blocks later: streaming under load is latency-bound
    // with the hardware prefetcher alone. Prefetching never changes a result. A group is at
    // most 128 bytes (8 bits x 128): one or two lines per row. `ahead` is never null (the rows
    // themselves when nothing lies ahead): with an `ahead == nullptr` test GCC 12 dropped every
    // prefetch here for bits < 8 (objdump), so the row-major m == 1 and small-m kernels streamed
    // without it (lm_head 128256x2048 4-bit at m = 2: 34 ms, 19 with the prefetch).
    const int64_t byte0 = g * gs * B / 8;
    const int64_t row_bytes = k * B / 8;
    for (int r = 0; r < R; ++r) {
      const char* p = reinterpret_cast<const char*>(ahead + r * row_bytes + byte0);
      _mm_prefetch(p, _MM_HINT_T0);
      if (gs * B / 8 > 64) _mm_prefetch(p + 64, _MM_HINT_T0);
    }
  }
};

/// Codes of the R rows of one interleaved block (interleave.h): full slices are 16 * B bytes per
/// row (compile-time), the last one `tail` bytes per row. `ahead` bytes on (0: none), the same
/// slice of a later block is prefetched when a group opens a slice.
template <int B, int R>
struct InterleavedCodes {
  static constexpr int64_t kSliceRow = kInterleaveSlice * B / 8;
  const uint8_t* codes;  // the block's first slice
  int64_t full_slices;
  int64_t tail;
  int64_t ahead;
  int gs;

  InterleavedCodes(const uint8_t* block, const InterleavedGeometry& geo, int64_t ahead_bytes,
                   int group)
      : codes(block + geo.header_bytes),
        full_slices(geo.k / kInterleaveSlice),
        tail((geo.k % kInterleaveSlice) * B / 8),
        ahead(ahead_bytes),
        gs(group) {}

  const uint8_t* group(int r, int64_t g) const {
    const auto pos = static_cast<uint64_t>(g * gs);
    const uint64_t c = pos / kInterleaveSlice, off = pos % kInterleaveSlice;
    const int64_t row = static_cast<int64_t>(c) < full_slices ? kSliceRow : tail;
    return codes + c * (R * kSliceRow) + r * row + off * B / 8;
  }
  void prefetch(int64_t g) const {
    if (ahead == 0 || (g * gs) % kInterleaveSlice != 0) return;
    const uint8_t* p = group(0, g) + ahead;
    for (int64_t b = 0; b < R * kSliceRow; b += 64) {
      _mm_prefetch(reinterpret_cast<const char*>(p + b), _MM_HINT_T0);
    }
  }
};

/// R outputs of one activation row: per group, per 16-code block, one activation load shared
/// by the R rows (instruction-level parallelism across independent accumulators). `codes`
/// addresses the rows' groups (RowMajorCodes or InterleavedCodes: the same bits, so the same
/// results); rows[r] gives the scales and biases.
template <int B, Precision P, int R, bool kExactProduct, class Codes>
void packed_dot_rows(const float* x, int64_t k, int gs, DType sdt, const PackedRow* rows,
                     const Codes& codes, float* out, int64_t out_step) {
  const Unpacker<B> up;
  __m512 acc[R];
  for (int r = 0; r < R; ++r) acc[r] = _mm512_setzero_ps();
  const int64_t groups = k / gs;
  const int blocks = gs / 16;
  for (int64_t g = 0; g < groups; ++g) {
    GroupWeights<B, P, kExactProduct> gw[R];
    for (int r = 0; r < R; ++r) {
      gw[r].set(load_scale(rows[r].scales, sdt, g), load_scale(rows[r].biases, sdt, g));
    }
    const float* xg = x + g * gs;
    codes.prefetch(g);
    const uint8_t* gc[R];
    for (int r = 0; r < R; ++r) gc[r] = codes.group(r, g);
    for (int j = 0; j < blocks; ++j) {
      __m512 a = narrow_v<P>(_mm512_loadu_ps(xg + 16 * j));
      if constexpr (Unpacker<B>::kPermuted) a = _mm512_permutexvar_ps(up.permute, a);
      for (int r = 0; r < R; ++r) {
        const __m512i c = up.codes(gc[r] + j * 2 * B);
        acc[r] = _mm512_fmadd_ps(a, gw[r](c), acc[r]);
      }
    }
  }
  for (int r = 0; r < R; ++r) {
    if constexpr (Unpacker<B>::kPermuted) acc[r] = _mm512_permutexvar_ps(up.unpermute, acc[r]);
    out[r * out_step] = reduce_lanes(acc[r]);
  }
}

/// True when q * scale cannot overflow f32 for any code q < 256 and any of the `count` scales
/// at `scales` (f16 never can; bf16 from 2^119 on, or Inf/NaN): then fma and mul-then-add agree
/// bit for bit. A bf16 checkpoint never has such scales in practice.
inline bool products_exact(const std::byte* scales, DType dtype, int64_t count) {
  if (dtype == DType::kF16) return true;
  if (dtype != DType::kBF16) return false;
  const __m512i magnitude = _mm512_set1_epi16(0x7FFF), limit = _mm512_set1_epi16(0x7B00);
  int64_t i = 0;
  for (; i + 32 <= count; i += 32) {
    const __m512i v = _mm512_and_si512(_mm512_loadu_si512(scales + 2 * i), magnitude);
    if (_mm512_cmpge_epu16_mask(v, limit) != 0) return false;
  }
  const __mmask32 tail = static_cast<__mmask32>((uint64_t{1} << (count - i)) - 1);
  const __m512i v = _mm512_and_si512(_mm512_maskz_loadu_epi16(tail, scales + 2 * i), magnitude);
  return _mm512_mask_cmpge_epu16_mask(tail, v, limit) == 0;
}

/// packed_dot_rows for R rows whose scales are contiguous, with the fused product where
/// kExactProduct allows it and products_exact confirms it for these rows.
template <int B, Precision P, int R, bool kExactProduct, class Codes>
void packed_dot_rows_checked(const float* x, const PackedWeight& w, const PackedRow* rows,
                             const Codes& codes, float* out) {
  if (kExactProduct && products_exact(rows[0].scales, w.scale_dtype, R * (w.k / w.group_size))) {
    packed_dot_rows<B, P, R, kExactProduct>(x, w.k, w.group_size, w.scale_dtype, rows, codes, out,
                                            1);
  } else {
    packed_dot_rows<B, P, R, false>(x, w.k, w.group_size, w.scale_dtype, rows, codes, out, 1);
  }
}

template <int B, Precision P, bool kExactProduct>
void packed_matvec_rows(const float* x, const PackedWeight& w, float* y, int64_t n_begin,
                        int64_t n_end) {
  constexpr int kRows = 4;
  PackedRows rows(w);
  const int64_t safe_end = std::clamp(rows.first_unsafe(), n_begin, n_end);
  int64_t n = n_begin;
  for (; n + kRows <= safe_end; n += kRows) {
    PackedRow r[kRows];
    for (int i = 0; i < kRows; ++i) r[i] = rows.row(n + i);
    // Rows [n + 8, n + 12) are contiguous, so one base pointer covers them.
    const uint8_t* ahead =
        n + 2 * kRows + kRows <= w.n ? r[0].packed + 2 * kRows * packed_row_bytes(w) : r[0].packed;
    const RowMajorCodes<B, kRows> codes{r, ahead, w.k, w.group_size};
    packed_dot_rows_checked<B, P, kRows, kExactProduct>(x, w, r, codes, y + n);
  }
  for (; n < n_end; ++n) {
    const PackedRow r = rows.row(n);
    const RowMajorCodes<B, 1> codes{&r, r.packed, w.k, w.group_size};
    packed_dot_rows_checked<B, P, 1, kExactProduct>(x, w, &r, codes, y + n);
  }
}

template <int B, Precision P>
void packed_matvec(const float* x, const PackedWeight& w, float* y, int64_t n_begin,
                   int64_t n_end) {
  if constexpr (B >= 6) {
    if (w.scale_dtype != DType::kF32)
      return packed_matvec_rows<B, P, true>(x, w, y, n_begin, n_end);
  }
  packed_matvec_rows<B, P, false>(x, w, y, n_begin, n_end);
}

/// Bytes ahead of the current block whose codes the interleaved matvecs prefetch: about 8 rows
/// (the row-major matvec's distance), at least one block.
inline int64_t interleaved_ahead(const InterleavedGeometry& geo, int64_t block) {
  const int64_t blocks_ahead = std::max<int64_t>(1, 8 / geo.rows);
  return block + blocks_ahead < geo.blocks ? blocks_ahead * geo.block_bytes : 0;
}

/// m == 1 on the interleaved layout: one block of R rows per step, read front to back. Rows of
/// a block outside [n_begin, n_end) are computed and dropped (a split inside a block; the
/// runtime splits at multiples of 16).
template <int B, Precision P, bool kExactProduct, int R>
void interleaved_matvec_rows(const float* x, const PackedWeight& w, float* y, int64_t n_begin,
                             int64_t n_end) {
  const InterleavedGeometry geo(w);
  const auto* base = reinterpret_cast<const uint8_t*>(w.packed);
  for (int64_t b = n_begin / R; b * R < n_end; ++b) {
    const uint8_t* block = base + b * geo.block_bytes;
    PackedRow rows[R];
    for (int r = 0; r < R; ++r) {
      rows[r] = {nullptr, w.packed + b * geo.block_bytes + geo.scales_offset(r),
                 w.packed + b * geo.block_bytes + geo.biases_offset(r)};
    }
    const InterleavedCodes<B, R> codes(block, geo, interleaved_ahead(geo, b), w.group_size);
    float out[R];
    packed_dot_rows_checked<B, P, R, kExactProduct>(x, w, rows, codes, out);
    const int64_t lo = std::max(n_begin, b * R), hi = std::min(n_end, b * R + R);
    for (int64_t n = lo; n < hi; ++n) y[n] = out[n - b * R];
  }
}

template <int B, Precision P>
void interleaved_matvec(const float* x, const PackedWeight& w, float* y, int64_t n_begin,
                        int64_t n_end) {
  constexpr bool kFusable = B >= 6;
  const bool fused = kFusable && w.scale_dtype != DType::kF32;
  if (w.interleave == 8) {
    if (fused) return interleaved_matvec_rows<B, P, kFusable, 8>(x, w, y, n_begin, n_end);
    return interleaved_matvec_rows<B, P, false, 8>(x, w, y, n_begin, n_end);
  }
  if (fused) return interleaved_matvec_rows<B, P, kFusable, 4>(x, w, y, n_begin, n_end);
  interleaved_matvec_rows<B, P, false, 4>(x, w, y, n_begin, n_end);
}

// ---- 1 < m <= kSmallM: each weight slice read once for every activation row -------------

/// Activation rows narrowed and (for permuted unpackers) permuted block by block like the
/// codes, once per call: out is [m, k].
template <int B, Precision P>
void prepare_rows(const Unpacker<B>& up, const float* x, int64_t m, int64_t x_stride, int64_t k,
                  std::vector<float>& out) {
  out.resize(static_cast<size_t>(m * k));
  for (int64_t i = 0; i < m; ++i) {
    for (int64_t j = 0; j < k; j += 16) {
      __m512 a = narrow_v<P>(_mm512_loadu_ps(x + i * x_stride + j));
      if constexpr (Unpacker<B>::kPermuted) a = _mm512_permutexvar_ps(up.permute, a);
      _mm512_storeu_ps(out.data() + i * k + j, a);
    }
  }
}

/// Rows [r0, r0 + R) of a block addressed by `codes` (an interleave of 8 rows taken 4 at a time).
template <class Codes>
struct CodesFrom {
  const Codes& codes;
  int r0;
  bool prefetches;
  const uint8_t* group(int r, int64_t g) const { return codes.group(r0 + r, g); }
  void prefetch(int64_t g) const {
    if (prefetches) codes.prefetch(g);
  }
};

/// R weight rows x M activation rows with the codes unpacked into registers and used by all M
/// rows straight away (nothing stored): the matvec's loop with M accumulators per row. Every
/// accumulator lane sees one canonical lane's products in order.
template <int B, Precision P, int R, int M, class Codes>
void fused_rows_m(const Unpacker<B>& up, const float* xs, int64_t k, int gs, DType sdt,
                  const PackedRow* rows, const Codes& codes, float* out, int out_step) {
  __m512 acc[M][R];
  for (int i = 0; i < M; ++i) {
    for (int r = 0; r < R; ++r) acc[i][r] = _mm512_setzero_ps();
  }
  const int64_t groups = k / gs;
  const int blocks = gs / 16;
  for (int64_t g = 0; g < groups; ++g) {
    GroupWeights<B, P> gw[R];
    for (int r = 0; r < R; ++r)
      gw[r].set(load_scale(rows[r].scales, sdt, g), load_scale(rows[r].biases, sdt, g));
    codes.prefetch(g);
    const uint8_t* gc[R];
    for (int r = 0; r < R; ++r) gc[r] = codes.group(r, g);
    for (int j = 0; j < blocks; ++j) {
      __m512 w[R];
      for (int r = 0; r < R; ++r) w[r] = gw[r](up.codes(gc[r] + j * 2 * B));
      const float* xb = xs + g * gs + 16 * j;
      for (int i = 0; i < M; ++i) {
        const __m512 a = _mm512_loadu_ps(xb + i * k);
        for (int r = 0; r < R; ++r) acc[i][r] = _mm512_fmadd_ps(a, w[r], acc[i][r]);
      }
    }
  }
  for (int i = 0; i < M; ++i) {
    for (int r = 0; r < R; ++r) {
      __m512 v = acc[i][r];
      if constexpr (Unpacker<B>::kPermuted) v = _mm512_permutexvar_ps(up.unpermute, v);
      out[i * out_step + r] = reduce_lanes(v);
    }
  }
}

/// Up to 8 activation rows: the codes unpacked in registers, in passes of 4 rows (R x 4
/// accumulators; later passes find the weight rows in L1). Above, a slice of the R rows is
/// dequantized once to L1 and every pass reads it. Chosen by `BM_ExactSmallM` (4-bit, one core,
/// CPU time): at m = 8 the fused passes took 0.72 ms on 2048x2048 where the dequantized slice took
/// 0.77-0.83; at m = 16 the slice took 1.04-1.10 ms (interleaved) where the fused passes would
/// take ~1.45.
constexpr int kFusedM = 8;
/// Inputs per dequantized slice: R x 1024 f32 (16 KB for R = 4) stay in L1 beside a pass's
/// activations; the accumulators are saved between slices (same order). 1024 measured 2-5%
/// faster than 512 at m = 16.
constexpr int64_t kSmallChunk = 1024;
/// Activation rows per register pass over a dequantized slice: 6 x 4 accumulators (+ 4 weight
/// vectors and an activation: 29 of 32 zmm); 6 measured 3-6% faster than 4 at m = 16.
constexpr int kSmallPass = 6;

/// Groups [g0, g1) of the R rows, narrowed, in the unpacker's lane order, to
/// out[r * kSmallChunk + (p - 16 g0 ...)]: exactly the values the fused loop would multiply.
template <int B, Precision P, int R, class Codes>
void dequantize_slice(const Unpacker<B>& up, const Codes& codes, const PackedRow* rows, DType sdt,
                      int gs, int64_t g0, int64_t g1, float* out) {
  for (int64_t g = g0; g < g1; ++g) {
    codes.prefetch(g);
    for (int r = 0; r < R; ++r) {
      GroupWeights<B, P> gw;
      gw.set(load_scale(rows[r].scales, sdt, g), load_scale(rows[r].biases, sdt, g));
      const uint8_t* c = codes.group(r, g);
      float* o = out + r * kSmallChunk + (g - g0) * gs;
      for (int j = 0; j < gs / 16; ++j) _mm512_storeu_ps(o + 16 * j, gw(up.codes(c + j * 2 * B)));
    }
  }
}

/// acc[i * acc_step + r] += x_i . w_r over kc inputs (x rows k apart, w rows kSmallChunk apart).
template <int M, int R>
void slice_pass(const float* x, int64_t k, const float* w, int64_t kc, __m512* acc, int acc_step) {
  __m512 c[M][R];
  for (int i = 0; i < M; ++i) {
    for (int r = 0; r < R; ++r) c[i][r] = acc[i * acc_step + r];
  }
  for (int64_t kk = 0; kk < kc; kk += 16) {
    __m512 wv[R];
    for (int r = 0; r < R; ++r) wv[r] = _mm512_loadu_ps(w + r * kSmallChunk + kk);
    for (int i = 0; i < M; ++i) {
      const __m512 a = _mm512_loadu_ps(x + i * k + kk);
      for (int r = 0; r < R; ++r) c[i][r] = _mm512_fmadd_ps(a, wv[r], c[i][r]);
    }
  }
  for (int i = 0; i < M; ++i) {
    for (int r = 0; r < R; ++r) acc[i * acc_step + r] = c[i][r];
  }
}

template <int R>
void slice_pass_rows(int64_t rows, const float* x, int64_t k, const float* w, int64_t kc,
                     __m512* acc, int acc_step) {
  switch (rows) {
    case 1:
      return slice_pass<1, R>(x, k, w, kc, acc, acc_step);
    case 2:
      return slice_pass<2, R>(x, k, w, kc, acc, acc_step);
    case 3:
      return slice_pass<3, R>(x, k, w, kc, acc, acc_step);
    case 4:
      return slice_pass<4, R>(x, k, w, kc, acc, acc_step);
    case 5:
      return slice_pass<5, R>(x, k, w, kc, acc, acc_step);
    default:
      return slice_pass<6, R>(x, k, w, kc, acc, acc_step);
  }
}

/// The R rows of one block (R = 1, 4 or 8) against activation rows [0, m), m <= kSmallM:
/// out[i * R + r]. Weight rows are taken 4 at a time. Every output's lanes see its products in
/// the canonical order whichever path runs, so a row equals the same row computed alone.
template <int B, Precision P, int R, class Codes>
void small_m_block(const Unpacker<B>& up, const float* xs, int64_t m, const PackedWeight& w,
                   const PackedRow* rows, const Codes& codes, float* out) {
  constexpr int kRw = R < 4 ? R : 4;
  if (m <= kFusedM) {
    for (int r0 = 0; r0 < R; r0 += kRw) {
      for (int64_t i0 = 0; i0 < m; i0 += 4) {
        // Later passes find the rows in L1: only the first prefetches.
        const CodesFrom<Codes> sub{codes, r0, i0 == 0 && r0 == 0};
        const float* xi = xs + i0 * w.k;
        float* o = out + i0 * R + r0;
        switch (std::min<int64_t>(4, m - i0)) {
          case 1:
            fused_rows_m<B, P, kRw, 1>(up, xi, w.k, w.group_size, w.scale_dtype, rows + r0, sub, o,
                                       R);
            break;
          case 2:
            fused_rows_m<B, P, kRw, 2>(up, xi, w.k, w.group_size, w.scale_dtype, rows + r0, sub, o,
                                       R);
            break;
          case 3:
            fused_rows_m<B, P, kRw, 3>(up, xi, w.k, w.group_size, w.scale_dtype, rows + r0, sub, o,
                                       R);
            break;
          default:
            fused_rows_m<B, P, kRw, 4>(up, xi, w.k, w.group_size, w.scale_dtype, rows + r0, sub, o,
                                       R);
            break;
        }
      }
    }
    return;
  }
  alignas(64) float slice[R * kSmallChunk];
  alignas(64) __m512 acc[kSmallM * R];
  for (int64_t i = 0; i < m * R; ++i) acc[i] = _mm512_setzero_ps();
  const int gs = w.group_size;
  for (int64_t k0 = 0; k0 < w.k; k0 += kSmallChunk) {
    const int64_t kc = std::min(kSmallChunk, w.k - k0);
    dequantize_slice<B, P, R>(up, codes, rows, w.scale_dtype, gs, k0 / gs, (k0 + kc) / gs, slice);
    for (int r0 = 0; r0 < R; r0 += kRw) {
      for (int64_t i0 = 0; i0 < m; i0 += kSmallPass) {
        slice_pass_rows<kRw>(std::min<int64_t>(kSmallPass, m - i0), xs + i0 * w.k + k0, w.k,
                             slice + r0 * kSmallChunk, kc, acc + i0 * R + r0, R);
      }
    }
  }
  for (int64_t i = 0; i < m * R; ++i) {
    __m512 v = acc[i];
    if constexpr (Unpacker<B>::kPermuted) v = _mm512_permutexvar_ps(up.unpermute, v);
    out[i] = reduce_lanes(v);
  }
}

/// Row-major, m <= kFusedM: fused_rows_m's loop as it was before the interleaved small-m kernels,
/// kept for the row-major layout because it streams faster there: lm_head 128256x2048 4-bit at
/// m = 2 took 19-20 ms this way and 32 ms through small_m_block (same operations; not explained
/// yet). Its prefetch test (`ahead != nullptr`) compiles to nothing with GCC 12 for bits < 8, as
/// RowMajorCodes' did; the measured speed is without it.
template <int B, Precision P, int R, int M>
void packed_dot_rows_m(const Unpacker<B>& up, const float* xs, int64_t k, int gs, DType sdt,
                       const PackedRow* rows, float* y, int64_t y_stride, const uint8_t* ahead) {
  __m512 acc[M][R];
  for (int i = 0; i < M; ++i) {
    for (int r = 0; r < R; ++r) acc[i][r] = _mm512_setzero_ps();
  }
  const int64_t groups = k / gs;
  const int blocks = gs / 16;
  const int64_t row_bytes = k * B / 8;
  for (int64_t g = 0; g < groups; ++g) {
    GroupWeights<B, P> gw[R];
    for (int r = 0; r < R; ++r)
      gw[r].set(load_scale(rows[r].scales, sdt, g), load_scale(rows[r].biases, sdt, g));
    const int64_t byte0 = g * gs * B / 8;
    if (ahead != nullptr) {
      for (int r = 0; r < R; ++r) {
        for (int64_t b = 0; b < gs * B / 8; b += 64) {
          _mm_prefetch(reinterpret_cast<const char*>(ahead + r * row_bytes + byte0 + b),
                       _MM_HINT_T0);
        }
      }
    }
    for (int j = 0; j < blocks; ++j) {
      __m512 w[R];
      for (int r = 0; r < R; ++r) w[r] = gw[r](up.codes(rows[r].packed + byte0 + j * 2 * B));
      const float* xb = xs + g * gs + 16 * j;
      for (int i = 0; i < M; ++i) {
        const __m512 a = _mm512_loadu_ps(xb + i * k);
        for (int r = 0; r < R; ++r) acc[i][r] = _mm512_fmadd_ps(a, w[r], acc[i][r]);
      }
    }
  }
  for (int i = 0; i < M; ++i) {
    for (int r = 0; r < R; ++r) {
      __m512 v = acc[i][r];
      if constexpr (Unpacker<B>::kPermuted) v = _mm512_permutexvar_ps(up.unpermute, v);
      y[i * y_stride + r] = reduce_lanes(v);
    }
  }
}

/// One group of R weight rows against activation rows [0, m), m <= 8, in passes of up to four
/// activation rows (R x 4 accumulators stay in registers; larger blocks spill). Passes after the
/// first find the weight rows in L1.
template <int B, Precision P, int R>
void packed_rows_small_m(const Unpacker<B>& up, const float* xs, int64_t m, const PackedWeight& w,
                         const PackedRow* rows, float* y, int64_t y_stride, const uint8_t* ahead) {
  for (int64_t i0 = 0; i0 < m; i0 += 4) {
    const float* xi = xs + i0 * w.k;
    float* yi = y + i0 * y_stride;
    const uint8_t* pf = i0 == 0 ? ahead : nullptr;
    switch (std::min<int64_t>(4, m - i0)) {
      case 1:
        packed_dot_rows_m<B, P, R, 1>(up, xi, w.k, w.group_size, w.scale_dtype, rows, yi, y_stride,
                                      pf);
        break;
      case 2:
        packed_dot_rows_m<B, P, R, 2>(up, xi, w.k, w.group_size, w.scale_dtype, rows, yi, y_stride,
                                      pf);
        break;
      case 3:
        packed_dot_rows_m<B, P, R, 3>(up, xi, w.k, w.group_size, w.scale_dtype, rows, yi, y_stride,
                                      pf);
        break;
      default:
        packed_dot_rows_m<B, P, R, 4>(up, xi, w.k, w.group_size, w.scale_dtype, rows, yi, y_stride,
                                      pf);
        break;
    }
  }
}

/// Row-major weight, 1 < m <= kSmallM: blocks of 4 rows (rows near the end of the matrix one at
/// a time, from PackedRows' padded copy).
template <int B, Precision P>
void packed_small_m(const float* x, int64_t m, int64_t x_stride, const PackedWeight& w, float* y,
                    int64_t y_stride, int64_t n_begin, int64_t n_end) {
  constexpr int kRows = 4;
  const Unpacker<B> up;
  thread_local std::vector<float> xs;  // per-thread, kept across calls; prepare_rows fills m x k
  prepare_rows<B, P>(up, x, m, x_stride, w.k, xs);
  PackedRows rows(w);
  const int64_t row_bytes = packed_row_bytes(w);
  const int64_t safe_end = std::clamp(rows.first_unsafe(), n_begin, n_end);
  float out[kSmallM * kRows];
  int64_t n = n_begin;
  for (; n + kRows <= safe_end; n += kRows) {
    PackedRow r[kRows];
    for (int i = 0; i < kRows; ++i) r[i] = rows.row(n + i);
    const uint8_t* ahead = n + 3 * kRows <= w.n ? r[0].packed + 2 * kRows * row_bytes : r[0].packed;
    if (m <= kFusedM) {
      packed_rows_small_m<B, P, kRows>(up, xs.data(), m, w, r, y + n, y_stride, ahead);
      continue;
    }
    const RowMajorCodes<B, kRows> codes{r, ahead, w.k, w.group_size};
    small_m_block<B, P, kRows>(up, xs.data(), m, w, r, codes, out);
    for (int64_t i = 0; i < m; ++i) {
      for (int j = 0; j < kRows; ++j) y[i * y_stride + n + j] = out[i * kRows + j];
    }
  }
  for (; n < n_end; ++n) {
    const PackedRow r = rows.row(n);
    if (m <= kFusedM) {
      packed_rows_small_m<B, P, 1>(up, xs.data(), m, w, &r, y + n, y_stride, nullptr);
      continue;
    }
    const RowMajorCodes<B, 1> codes{&r, r.packed, w.k, w.group_size};
    small_m_block<B, P, 1>(up, xs.data(), m, w, &r, codes, out);
    for (int64_t i = 0; i < m; ++i) y[i * y_stride + n] = out[i];
  }
}

/// Interleaved weight, 1 < m <= kSmallM: one block of R rows per step, read front to back; rows
/// of a block outside [n_begin, n_end) are computed and dropped.
template <int B, Precision P, int R>
void interleaved_small_m(const float* x, int64_t m, int64_t x_stride, const PackedWeight& w,
                         float* y, int64_t y_stride, int64_t n_begin, int64_t n_end) {
  const Unpacker<B> up;
  thread_local std::vector<float> xs;  // per-thread, kept across calls; prepare_rows fills m x k
  prepare_rows<B, P>(up, x, m, x_stride, w.k, xs);
  const InterleavedGeometry geo(w);
  const auto* base = reinterpret_cast<const uint8_t*>(w.packed);
  float out[kSmallM * R];
  for (int64_t b = n_begin / R; b * R < n_end; ++b) {
    PackedRow rows[R];
    for (int r = 0; r < R; ++r) {
      rows[r] = {nullptr, w.packed + b * geo.block_bytes + geo.scales_offset(r),
                 w.packed + b * geo.block_bytes + geo.biases_offset(r)};
    }
    const InterleavedCodes<B, R> codes(base + b * geo.block_bytes, geo, interleaved_ahead(geo, b),
                                       w.group_size);
    small_m_block<B, P, R>(up, xs.data(), m, w, rows, codes, out);
    const int64_t lo = std::max(n_begin, b * R), hi = std::min(n_end, b * R + R);
    for (int64_t i = 0; i < m; ++i) {
      for (int64_t n = lo; n < hi; ++n) y[i * y_stride + n] = out[i * R + (n - b * R)];
    }
  }
}

template <int B, Precision P>
void interleaved_matmul(const float* x, int64_t m, int64_t x_stride, const PackedWeight& w,
                        float* y, int64_t y_stride, int64_t n_begin, int64_t n_end) {
  if (m == 1) return interleaved_matvec<B, P>(x, w, y, n_begin, n_end);
  if (w.interleave == 8)
    return interleaved_small_m<B, P, 8>(x, m, x_stride, w, y, y_stride, n_begin, n_end);
  interleaved_small_m<B, P, 4>(x, m, x_stride, w, y, y_stride, n_begin, n_end);
}

// ---- m > 1: dequantize a tile once, register-blocked micro-kernel ----------------------

constexpr int kTileRows = 6;     // NR: output rows per tile (6 weight registers)
constexpr int kBlockM = 4;       // MR: activation rows per micro-kernel call (24 accumulators)
constexpr int64_t kChunk = 512;  // k per tile: 6 x 2 KB of weights + MR x 2 KB of x in L1/L2

/// Writes the narrowed weights of codes [k0, k0 + kc) of one row to out (kc % group == 0).
template <int B, Precision P>
void packed_fill(const Unpacker<B>& up, const PackedRow& row, int64_t k0, int64_t kc, int gs,
                 DType sdt, float* out) {
  GroupWeights<B, P> gw;
  for (int64_t g = k0 / gs; g < (k0 + kc) / gs; ++g) {
    gw.set(load_scale(row.scales, sdt, g), load_scale(row.biases, sdt, g));
    const int64_t byte0 = g * gs * B / 8;
    float* o = out + (g * gs - k0);
    for (int j = 0; j < gs / 16; ++j) {
      __m512 v = gw(up.codes(row.packed + byte0 + j * 2 * B));
      if constexpr (Unpacker<B>::kPermuted) v = _mm512_permutexvar_ps(up.unpermute, v);
      _mm512_storeu_ps(o + 16 * j, v);
    }
  }
}

/// acc[i][j] (16 lanes each, row stride kTileRows*16) += x[i] . w[j] over kc, canonical order.
/// The tile is zero-padded to a multiple of 16; the x tail is masked.
template <int MR, int NR>
void micro_kernel(const float* x, int64_t x_stride, const float* tile, int64_t kc, float* acc) {
  __m512 c[MR][NR];
  for (int i = 0; i < MR; ++i) {
    for (int j = 0; j < NR; ++j) c[i][j] = _mm512_loadu_ps(acc + (i * kTileRows + j) * 16);
  }
  int64_t kk = 0;
  for (; kk + 16 <= kc; kk += 16) {
    __m512 wv[NR];
    for (int j = 0; j < NR; ++j) wv[j] = _mm512_loadu_ps(tile + j * kChunk + kk);
    for (int i = 0; i < MR; ++i) {
      const __m512 a = _mm512_loadu_ps(x + i * x_stride + kk);
      for (int j = 0; j < NR; ++j) c[i][j] = _mm512_fmadd_ps(a, wv[j], c[i][j]);
    }
  }
  if (kk < kc) {
    const __mmask16 mask = static_cast<__mmask16>((1u << (kc - kk)) - 1u);
    for (int i = 0; i < MR; ++i) {
      const __m512 a = _mm512_maskz_loadu_ps(mask, x + i * x_stride + kk);
      for (int j = 0; j < NR; ++j) {
        c[i][j] = _mm512_mask3_fmadd_ps(a, _mm512_loadu_ps(tile + j * kChunk + kk), c[i][j], mask);
      }
    }
  }
  for (int i = 0; i < MR; ++i) {
    for (int j = 0; j < NR; ++j) _mm512_storeu_ps(acc + (i * kTileRows + j) * 16, c[i][j]);
  }
}

using MicroFn = void (*)(const float*, int64_t, const float*, int64_t, float*);

template <int MR>
MicroFn micro_for_rows(int nr) {
  switch (nr) {
    case 1:
      return &micro_kernel<MR, 1>;
    case 2:
      return &micro_kernel<MR, 2>;
    case 3:
      return &micro_kernel<MR, 3>;
    case 4:
      return &micro_kernel<MR, 4>;
    case 5:
      return &micro_kernel<MR, 5>;
    default:
      return &micro_kernel<MR, 6>;
  }
}

MicroFn micro_for(int mr, int nr) {
  switch (mr) {
    case 1:
      return micro_for_rows<1>(nr);
    case 2:
      return micro_for_rows<2>(nr);
    case 3:
      return micro_for_rows<3>(nr);
    default:
      return micro_for_rows<4>(nr);
  }
}

/// x narrowed to the precision, once per call (a copy only when P is not f32).
template <Precision P>
const float* narrowed_x(const float* x, int64_t m, int64_t x_stride, int64_t k,
                        std::vector<float>& buf, int64_t& stride) {
  if constexpr (P == Precision::kF32) {
    stride = x_stride;
    return x;
  } else {
    stride = k;
    buf.resize(static_cast<size_t>(m * k));
    for (int64_t i = 0; i < m; ++i) {
      int64_t j = 0;
      for (; j + 16 <= k; j += 16)
        _mm512_storeu_ps(&buf[i * k + j], narrow_v<P>(_mm512_loadu_ps(x + i * x_stride + j)));
      for (; j < k; ++j) buf[i * k + j] = narrow(x[i * x_stride + j], P);
    }
    return buf.data();
  }
}

/// The shared m > 1 driver: fill(row, k0, kc, out) writes one tile row.
template <Precision P, typename Fill>
void tiled_matmul(const float* x, int64_t m, int64_t x_stride, int64_t k, float* y,
                  int64_t y_stride, int64_t n_begin, int64_t n_end, Fill&& fill) {
  std::vector<float> xbuf;
  int64_t xs = 0;
  const float* xa = narrowed_x<P>(x, m, x_stride, k, xbuf, xs);
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
        micro_for(mr, nr)(xa + m0 * xs + k0, xs, tile.data(), kc, acc.data() + m0 * kTileRows * 16);
      }
    }
    for (int64_t i = 0; i < m; ++i) {
      for (int j = 0; j < nr; ++j) {
        y[i * y_stride + n0 + j] = reduce_lanes(_mm512_loadu_ps(&acc[(i * kTileRows + j) * 16]));
      }
    }
  }
}

template <int B, Precision P>
void packed_matmul(const float* x, int64_t m, int64_t x_stride, const PackedWeight& w, float* y,
                   int64_t y_stride, int64_t n_begin, int64_t n_end) {
  if (m == 1) return packed_matvec<B, P>(x, w, y, n_begin, n_end);
  if (m <= kSmallM) return packed_small_m<B, P>(x, m, x_stride, w, y, y_stride, n_begin, n_end);
  PackedRows rows(w);
  const Unpacker<B> up;
  tiled_matmul<P>(x, m, x_stride, w.k, y, y_stride, n_begin, n_end,
                  [&](int64_t n, int64_t k0, int64_t kc, float* out) {
                    packed_fill<B, P>(up, rows.row(n), k0, kc, w.group_size, w.scale_dtype, out);
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

void quantized_matmul_avx512(const float* x, int64_t m, int64_t x_stride, const PackedWeight& w,
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

void quantized_matmul_interleaved_avx512(const float* x, int64_t m, int64_t x_stride,
                                         const PackedWeight& w, Precision p, float* y,
                                         int64_t y_stride, int64_t n_begin, int64_t n_end) {
  // The table's contract (dispatch.cpp enforces it): the stack accumulators hold kSmallM rows and
  // the block walk knows R = 4 and 8 only. A caller breaking it must not write past them.
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
  const Unpacker<B> up;
  for (int64_t n = row_begin; n < row_end; ++n) {
    packed_fill<B, Precision::kF32>(up, rows.row(n), 0, w.k, w.group_size, w.scale_dtype,
                                    out + (n - row_begin) * out_stride);
  }
}

void dequantize_rows_avx512(const PackedWeight& w, int64_t row_begin, int64_t row_end, float* out,
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

// ---- dense -----------------------------------------------------------------------------

/// 16 (or `count` < 16, zero-filled) weights of type D at p, narrowed to P.
template <DType D, Precision P>
inline __m512 dense_load(const std::byte* p, int count) {
  const __mmask16 mask =
      count >= 16 ? __mmask16(0xFFFF) : static_cast<__mmask16>((1u << count) - 1u);
  __m512 v;
  if constexpr (D == DType::kF32) {
    v = count >= 16 ? _mm512_loadu_ps(p) : _mm512_maskz_loadu_ps(mask, p);
  } else {
    const __m256i h = count >= 16 ? _mm256_loadu_si256(reinterpret_cast<const __m256i*>(p))
                                  : _mm256_maskz_loadu_epi16(mask, p);
    if constexpr (D == DType::kF16) {
      v = _mm512_cvtph_ps(h);
    } else {
      v = _mm512_castsi512_ps(_mm512_slli_epi32(_mm512_cvtepu16_epi32(h), 16));
    }
  }
  // A value already of the contraction type narrows to itself: skip the round trip.
  if constexpr ((D == DType::kF16 && P == Precision::kF16) ||
                (D == DType::kBF16 && P == Precision::kBF16)) {
    return v;
  } else {
    return narrow_v<P>(v);
  }
}

/// One output of the dense matvec: row (k values of type D) against x in the canonical order.
template <DType D, Precision P>
float dense_dot_row(const float* x, int64_t k, const std::byte* row) {
  constexpr int64_t kSize = D == DType::kF32 ? 4 : 2;
  __m512 acc = _mm512_setzero_ps();
  int64_t kk = 0;
  for (; kk + 16 <= k; kk += 16) {
    acc = _mm512_fmadd_ps(narrow_v<P>(_mm512_loadu_ps(x + kk)),
                          dense_load<D, P>(row + kk * kSize, 16), acc);
  }
  if (kk < k) {
    const int rem = static_cast<int>(k - kk);
    const __mmask16 mask = static_cast<__mmask16>((1u << rem) - 1u);
    const __m512 a = narrow_v<P>(_mm512_maskz_loadu_ps(mask, x + kk));
    acc = _mm512_mask3_fmadd_ps(a, dense_load<D, P>(row + kk * kSize, rem), acc, mask);
  }
  return reduce_lanes(acc);
}

template <DType D, Precision P>
void dense_matmul_typed(const float* x, int64_t m, int64_t x_stride, const DenseWeight& w, float* y,
                        int64_t y_stride, int64_t n_begin, int64_t n_end) {
  constexpr int64_t kSize = D == DType::kF32 ? 4 : 2;
  const int64_t row_bytes = w.k * kSize;
  if (m == 1) {
    // One row at a time: the matrix streams through memory in order. 4 interleaved rows (the
    // activation loads shared) streamed worse (docs/BENCHMARKS.md: f16 decode).
    for (int64_t n = n_begin; n < n_end; ++n) {
      y[n] = dense_dot_row<D, P>(x, w.k, w.data + n * row_bytes);
    }
    return;
  }
  tiled_matmul<P>(x, m, x_stride, w.k, y, y_stride, n_begin, n_end,
                  [&](int64_t n, int64_t k0, int64_t kc, float* out) {
                    const std::byte* row = w.data + n * row_bytes + k0 * kSize;
                    for (int64_t j = 0; j < kc; j += 16) {
                      const int count = static_cast<int>(std::min<int64_t>(16, kc - j));
                      _mm512_storeu_ps(out + j, dense_load<D, P>(row + j * kSize, count));
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

void dense_matmul_avx512(const float* x, int64_t m, int64_t x_stride, const DenseWeight& w,
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

const KernelTable& avx512_table() {
  static constexpr KernelTable kTable{Isa::kAvx512,
                                      &quantized_matmul_avx512,
                                      &dense_matmul_avx512,
                                      &quantized_matmul_fast_avx512,
                                      &dequantize_rows_avx512,
                                      &quantized_matmul_interleaved_avx512,
                                      &quantized_matmul_fast_interleaved_avx512};
  return kTable;
}

}  // namespace mlxla::kernels::detail
