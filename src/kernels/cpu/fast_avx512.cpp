// Policy::kFast on AVX-512 VNNI + VBMI, the chain order of fast_scalar.cpp for every m, 16
// outputs per vector (one weight row per lane): codes unpacked to bytes in input order (vpermb +
// vpmultishiftqb) and transposed so that one vpdpbusd with a broadcast activation quad adds 4
// products to 16 outputs' integer dots. On MLX's row-major layout m == 1 at 4/8 bits takes the
// exact group dots lane-wise on each row's own bytes and reduces 16 rows' lanes together (no
// code transpose); otherwise m <= 8 streams blocks of 16 rows, each span unpacked and transposed
// once in registers for all m activation rows; larger m unpacks a tile of 32 rows once into a
// quad-interleaved buffer reused by every activation row. GCC 12 reports its own
// _mm512_undefined_*() as (maybe-)uninitialized once inlined: false positives.
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#pragma GCC diagnostic ignored "-Wuninitialized"
#endif
#include <immintrin.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <vector>

#include "kernels/cpu/fast_common.h"
#include "kernels/cpu/interleave.h"
#include "kernels/cpu/kernel_table.h"

namespace mlxla::kernels::detail {
namespace {

/// Up to 16 scales or biases from g on, as f32 (lanes past `mask` are zero).
inline __m512 load_scales16(const std::byte* base, DType dtype, int64_t g, __mmask16 mask) {
  if (dtype == DType::kF32) return _mm512_maskz_loadu_ps(mask, base + 4 * g);
  const __m256i h = _mm256_maskz_loadu_epi16(mask, base + 2 * g);
  if (dtype == DType::kF16) return _mm512_cvtph_ps(h);
  return _mm512_castsi512_ps(_mm512_slli_epi32(_mm512_cvtepu16_epi32(h), 16));
}

/// 64 codes of B bits (8*B bytes) to 64 bytes in input order. Output qword j holds codes
/// 8j..8j+7, which live in source bytes B*j .. B*j+B-1: gather those bytes into the qword
/// (vpermb, or a zero-extension when B divides 8), then vpmultishiftqb moves code r's bits
/// (offset r*B in the qword) to byte r, and a mask drops the neighbours' bits.
template <int B>
struct CodeUnpacker {
  __m512i gather;  // vpermb indices
  __m512i shifts;  // vpmultishiftqb bit offsets
  __m512i mask;

  /// The vpermb indices and bit offsets, computed at compile time (an unpacker is made per
  /// kernel call).
  struct Tables {
    std::array<uint8_t, 64> idx{};
    std::array<uint8_t, 64> off{};
  };
  static constexpr Tables make_tables() {
    Tables t;
    for (int j = 0; j < 64; ++j) {
      t.idx[j] = static_cast<uint8_t>((j / 8) * B + j % 8);
      t.off[j] = static_cast<uint8_t>((j % 8) * B);
    }
    return t;
  }
  static constexpr Tables kTables = make_tables();

  CodeUnpacker()
      : gather(_mm512_loadu_si512(kTables.idx.data())),
        shifts(_mm512_loadu_si512(kTables.off.data())),
        mask(_mm512_set1_epi8(static_cast<char>((1 << B) - 1))) {}

  /// Codes 0..63 of the span at p (reads exactly 8*B bytes).
  __m512i full(const uint8_t* p) const {
    if constexpr (B == 8) {
      return _mm512_loadu_si512(p);
    } else {
      __m512i raw;
      if constexpr (B == 4) {
        raw = _mm512_cvtepu32_epi64(_mm256_loadu_si256(reinterpret_cast<const __m256i*>(p)));
      } else if constexpr (B == 2) {
        raw = _mm512_cvtepu16_epi64(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p)));
      } else {
        constexpr uint64_t kBytes = (uint64_t{1} << (8 * B)) - 1;
        raw = _mm512_permutexvar_epi8(gather, _mm512_maskz_loadu_epi8(kBytes, p));
      }
      return _mm512_and_si512(_mm512_multishift_epi64_epi8(shifts, raw), mask);
    }
  }

  /// Codes 0..31 of the span at p (reads exactly 4*B bytes); bytes 32..63 are unspecified.
  __m512i half(const uint8_t* p) const {
    constexpr uint64_t kBytes = (uint64_t{1} << (4 * B)) - 1;
    const __m512i raw = _mm512_maskz_loadu_epi8(kBytes, p);
    if constexpr (B == 8) return raw;
    return _mm512_and_si512(
        _mm512_multishift_epi64_epi8(shifts, _mm512_permutexvar_epi8(gather, raw)), mask);
  }
};

/// Unpacked u8 codes of one span of one weight row, streamed from the packed row.
template <int B>
struct PackedSource {
  const CodeUnpacker<B>* up;
  const uint8_t* row;
  __m512i full(int64_t pos) const { return up->full(row + pos * B / 8); }
  __m512i half(int64_t pos) const { return up->half(row + pos * B / 8); }
};

/// Per-call state: the views, the code unpacker and the row geometry.
template <int B, int GS>
struct FastMatmul {
  const QuantizedActivations& xq;
  const PackedWeight& w;
  CodeUnpacker<B> up;
  int64_t groups;
  int64_t row_bytes;
  int64_t scale_row_bytes;

  FastMatmul(const QuantizedActivations& xq_, const PackedWeight& w_)
      : xq(xq_),
        w(w_),
        groups(w_.k / GS),
        row_bytes(packed_row_bytes(w_)),
        scale_row_bytes(w_.k / GS * scale_bytes(w_.scale_dtype)) {}
};

// ---- m > 8: the chain order, 16 outputs per vector ----------------------------------------

constexpr int kCols = 32;        // weight rows per tile: two vectors of 16 outputs
constexpr int kBlockRows = 4;    // activation rows per micro-kernel call
constexpr int64_t kChunk = 512;  // k per tile: 128 quads x 128 bytes = 16 KB of codes in L1

/// MR activation rows x 32 outputs over gc groups. The tile holds, per quad (4 inputs), the 4
/// codes of each of the 32 weight rows, so one vpdpbusd adds 4 products to 16 outputs' integer
/// dots; each group then takes one fma with s*d and one with b' * sum(x) per output (the chain
/// order of fast_scalar.cpp). st/bt: s and b' per group and column; seeds, xd, xs per group
/// and activation row (stride gstride); acc_mem: MR x 32 running sums between k-chunks.
template <int GS, int MR>
void gemm_cols(const int8_t* x, int64_t x_stride, const int32_t* seeds, const float* xd,
               const float* xsum, int64_t gstride, const uint8_t* tile, const float* st,
               const float* bt, int64_t gc, float* acc_mem) {
  constexpr int kQuads = GS / 4;
  __m512 acc[MR][2];
  for (int i = 0; i < MR; ++i) {
    acc[i][0] = _mm512_loadu_ps(acc_mem + i * kCols);
    acc[i][1] = _mm512_loadu_ps(acc_mem + i * kCols + 16);
  }
  for (int64_t g = 0; g < gc; ++g) {
    __m512i dot[MR][2];
    for (int i = 0; i < MR; ++i) dot[i][0] = dot[i][1] = _mm512_set1_epi32(seeds[i * gstride + g]);
    const uint8_t* tq = tile + g * kQuads * 128;
    const int8_t* xg = x + g * GS;
    for (int q = 0; q < kQuads; ++q) {
      const __m512i w0 = _mm512_loadu_si512(tq + q * 128);
      const __m512i w1 = _mm512_loadu_si512(tq + q * 128 + 64);
      for (int i = 0; i < MR; ++i) {
        int32_t quad;
        std::memcpy(&quad, xg + i * x_stride + 4 * q, 4);
        const __m512i xb = _mm512_set1_epi32(quad);
        dot[i][0] = _mm512_dpbusd_epi32(dot[i][0], w0, xb);
        dot[i][1] = _mm512_dpbusd_epi32(dot[i][1], w1, xb);
      }
    }
    for (int v = 0; v < 2; ++v) {
      const __m512 s = _mm512_loadu_ps(st + g * kCols + 16 * v);
      const __m512 b = _mm512_loadu_ps(bt + g * kCols + 16 * v);
      for (int i = 0; i < MR; ++i) {
        const __m512 t = _mm512_mul_ps(s, _mm512_set1_ps(xd[i * gstride + g]));
        acc[i][v] = _mm512_fmadd_ps(_mm512_cvtepi32_ps(dot[i][v]), t, acc[i][v]);
        acc[i][v] = _mm512_fmadd_ps(b, _mm512_set1_ps(xsum[i * gstride + g]), acc[i][v]);
      }
    }
  }
  for (int i = 0; i < MR; ++i) {
    _mm512_storeu_ps(acc_mem + i * kCols, acc[i][0]);
    _mm512_storeu_ps(acc_mem + i * kCols + 16, acc[i][1]);
  }
}

using GemmCols = void (*)(const int8_t*, int64_t, const int32_t*, const float*, const float*,
                          int64_t, const uint8_t*, const float*, const float*, int64_t, float*);

template <int GS>
GemmCols gemm_cols_for(int mr) {
  switch (mr) {
    case 1:
      return &gemm_cols<GS, 1>;
    case 2:
      return &gemm_cols<GS, 2>;
    case 3:
      return &gemm_cols<GS, 3>;
    default:
      return &gemm_cols<GS, 4>;
  }
}

/// In-register transpose of 16 vectors of 16 dwords (vector j, lane q -> vector q, lane j) in
/// four stages; stage b swaps bit b of the vector index with bit b of the lane index, one
/// vpermt2d per output vector.
class Transpose16 {
 public:
  Transpose16() {
    for (int b = 0; b < 4; ++b) {
      alignas(64) std::array<int32_t, 16> lo{}, hi{};
      for (int p = 0; p < 16; ++p) {
        const bool set = (p >> b) & 1;
        lo[p] = set ? 16 + (p ^ (1 << b)) : p;
        hi[p] = set ? 16 + p : (p | (1 << b));
      }
      lo_[b] = _mm512_load_si512(lo.data());
      hi_[b] = _mm512_load_si512(hi.data());
    }
  }

  // Unrolled so the vectors stay in registers (GCC otherwise keeps the loops and spills r).
  void operator()(__m512i* r) const {
#pragma GCC unroll 4
    for (int b = 0; b < 4; ++b) {
#pragma GCC unroll 16
      for (int j = 0; j < 16; ++j) {
        if ((j >> b) & 1) continue;
        const __m512i a = r[j], c = r[j | (1 << b)];
        r[j] = _mm512_permutex2var_epi32(a, lo_[b], c);
        r[j | (1 << b)] = _mm512_permutex2var_epi32(a, hi_[b], c);
      }
    }
  }

 private:
  __m512i lo_[4];
  __m512i hi_[4];
};

/// f32 value of scale/bias g (F16C for f16; the portable conversion is ~10x slower).
inline float load_scale_fast(const std::byte* base, DType dtype, int64_t g) {
  if (dtype == DType::kF16) return _cvtsh_ss(load_u16(base + 2 * g));
  return load_float(base, dtype, g);
}

// ---- m <= 8 (decode): the chain order, weights unpacked once in registers --------------

/// The largest m the fused kernel takes: its accumulators (one vector per activation row) and
/// one transposed span (16 vectors) fit the 32 registers; larger m amortizes the tile.
constexpr int64_t kFusedMaxRows = 8;
constexpr int kFusedCols = 16;  // weight rows per block: the 16 lanes of a vector

/// Read-only inputs of the fused kernel for one block of 16 weight rows. st/bt: s and
/// b' = b + s*c per group and row ([group][16], rows past the block zero), as gemm_cols's.
template <int B, int GS>
struct FusedBlockArgs {
  const FastMatmul<B, GS>& fm;
  const int32_t* seeds;  // fast_group_seeds: [m][groups]
  const float* st;
  const float* bt;
  const Transpose16& transpose;
};

/// s and b' of weight rows [n0, n0 + nr) into st/bt ([group][16]): 16 groups of a row per
/// load, then a register transpose, instead of two scalar conversions per row and group.
template <int B, int GS>
void fused_block_scales(const FastMatmul<B, GS>& fm, int64_t n0, int nr,
                        const Transpose16& transpose, float* st, float* bt) {
  const PackedWeight& w = fm.w;
  const __m512 centre = _mm512_set1_ps(static_cast<float>(fast_code_centre(B)));
  for (int64_t g = 0; g < fm.groups; g += 16) {
    const int count = static_cast<int>(std::min<int64_t>(16, fm.groups - g));
    const __mmask16 mask = static_cast<__mmask16>((1u << count) - 1u);
    __m512i s[16], b[16];
    for (int j = 0; j < 16; ++j) {
      s[j] = b[j] = _mm512_setzero_si512();
      if (j >= nr) continue;
      const int64_t at = (n0 + j) * fm.scale_row_bytes;
      const __m512 sv = load_scales16(w.scales + at, w.scale_dtype, g, mask);
      const __m512 bias = load_scales16(w.biases + at, w.scale_dtype, g, mask);
      // s*c is exact (c is a power of two): the one rounding of fast_centred_bias.
      const __m512 bv = _mm512_add_ps(bias, _mm512_mul_ps(sv, centre));
      s[j] = _mm512_castps_si512(sv);
      b[j] = _mm512_castps_si512(bv);
    }
    transpose(s);
    transpose(b);
    for (int q = 0; q < count; ++q) {
      _mm512_storeu_si512(st + (g + q) * kFusedCols, s[q]);
      _mm512_storeu_si512(bt + (g + q) * kFusedCols, b[q]);
    }
  }
}

/// Codes [pos, pos + 64) of 16 weight rows (the first 32 when half), transposed: vector q,
/// lane j holds codes 4q..4q+3 of row j, so one vpdpbusd with a broadcast activation quad adds
/// 4 products to each of 16 outputs. Rows past nr are zero.
/// Forced inline (as quad_dots): called out of line, r goes through memory.
template <int B>
[[gnu::always_inline]] inline void unpack_transposed(const CodeUnpacker<B>& up,
                                                     const uint8_t* const* rows, int nr,
                                                     int64_t pos, bool half,
                                                     const Transpose16& transpose, __m512i* r) {
#pragma GCC unroll 16
  for (int j = 0; j < kFusedCols; ++j) {
    if (j >= nr) {
      r[j] = _mm512_setzero_si512();
      continue;
    }
    const uint8_t* p = rows[j] + pos * B / 8;
    r[j] = half ? up.half(p) : up.full(p);
  }
  transpose(r);
}

/// acc + vpdpbusd(w, the 4 signed bytes at x broadcast), the broadcast embedded in the
/// instruction ({1to16}, done by the load unit). GCC 12 does not fold _mm512_set1_epi32 into
/// vpdpbusd and issues a separate vpbroadcastd per quad: 20% of the m = 8 kernel in cache.
[[gnu::always_inline]] inline __m512i dpbusd_broadcast(__m512i acc, __m512i w, const int8_t* x) {
  asm("vpdpbusd %2%{1to16%}, %1, %0"
      : "+v"(acc)
      : "v"(w), "m"(*reinterpret_cast<const int32_t*>(x)));
  return acc;
}

/// d plus the integer dots of one activation row's quads x[0, 4 * kPart) with the transposed
/// codes r[0, kPart): two vpdpbusd chains, to halve the latency (int32 is exact, so the split
/// does not change the sum).
template <int kPart>
[[gnu::always_inline]] inline __m512i quad_dots(__m512i d, const __m512i* r, const int8_t* x) {
  __m512i e = _mm512_setzero_si512();
#pragma GCC unroll 8
  for (int q = 0; q < kPart; q += 2) {
    d = dpbusd_broadcast(d, r[q], x + 4 * q);
    e = dpbusd_broadcast(e, r[q + 1], x + 4 * q + 4);
  }
  return _mm512_add_epi32(d, e);
}

/// The quads r[0, kPart) of one group (kPart = min(GS, 64) / 4, from input p on) for M
/// activation rows: the integer dots, and once the group is complete the two fmas of the chain
/// order.
/// dot carries a group 128's first span to its second.
template <int B, int GS, int M>
[[gnu::always_inline]] inline void chain_part(const FusedBlockArgs<B, GS>& a, const __m512i* r,
                                              int64_t p, __m512* acc, __m512i* dot) {
  constexpr int kPart = GS / 4 < 16 ? GS / 4 : 16;
  const QuantizedActivations& xq = a.fm.xq;
  const int64_t k = xq.k, groups = a.fm.groups, g = p / GS;
  const bool first = p % GS == 0, last = (p + 4 * kPart) % GS == 0;
  const __m512 s = _mm512_loadu_ps(a.st + g * kFusedCols);
  const __m512 b = _mm512_loadu_ps(a.bt + g * kFusedCols);
#pragma GCC unroll 8
  for (int i = 0; i < M; ++i) {
    const __m512i seed = first ? _mm512_set1_epi32(a.seeds[i * groups + g]) : dot[i];
    const __m512i d = quad_dots<kPart>(seed, r, xq.codes.data() + i * k + p);
    dot[i] = d;
    if (!last) continue;
    const __m512 t = _mm512_mul_ps(s, _mm512_set1_ps(xq.scales[i * groups + g]));
    acc[i] = _mm512_fmadd_ps(_mm512_cvtepi32_ps(d), t, acc[i]);
    acc[i] = _mm512_fmadd_ps(b, _mm512_set1_ps(xq.sums[i * groups + g]), acc[i]);
  }
}

/// M activation rows x weight rows [n0, n0 + nr) over all of k, the chain order of
/// fast_scalar.cpp: per group the exact integer dot (seeded with -c * sum(x8)), then
/// acc = fma(dot, s*d, acc) and acc = fma(b', sum(x), acc). Each span is read and unpacked
/// once and feeds all M rows from registers.
template <int B, int GS, int M>
void fused_block(const FusedBlockArgs<B, GS>& a, int64_t n0, int nr, float* y, int64_t y_stride) {
  const FastMatmul<B, GS>& fm = a.fm;
  const int64_t k = fm.w.k;
  const uint8_t* rows[kFusedCols];
  const uint8_t* ahead[kFusedCols];
  const auto* packed = reinterpret_cast<const uint8_t*>(fm.w.packed);
  for (int j = 0; j < kFusedCols; ++j) {
    rows[j] = packed + std::min(n0 + j, fm.w.n - 1) * fm.row_bytes;  // read for j < nr only
    // The same offset in the next block: as in the m == 1 path, streaming is latency-bound
    // without it (the hardware prefetcher tracks few of the 16 row streams).
    ahead[j] = packed + std::min(n0 + kFusedCols + j, fm.w.n - 1) * fm.row_bytes;
  }
  __m512 acc[M];
  __m512i dot[M];
#pragma GCC unroll 8
  for (int i = 0; i < M; ++i) acc[i] = _mm512_setzero_ps();
  for (int64_t pos = 0; pos < k; pos += kFastSpan) {
    const bool half = GS == 32 && pos + kFastSpan > k;
#pragma GCC unroll 16
    for (int j = 0; j < kFusedCols; ++j)
      _mm_prefetch(reinterpret_cast<const char*>(ahead[j] + pos * B / 8), _MM_HINT_T0);
    __m512i r[kFusedCols];
    unpack_transposed(fm.up, rows, nr, pos, half, a.transpose, r);
    chain_part<B, GS, M>(a, r, pos, acc, dot);
    // Group 32: the span's second group (absent in a trailing half span).
    if (GS == 32 && !half) chain_part<B, GS, M>(a, r + 8, pos + 32, acc, dot);
  }
  const __mmask16 mask = static_cast<__mmask16>((1u << nr) - 1u);
#pragma GCC unroll 8
  for (int i = 0; i < M; ++i) _mm512_mask_storeu_ps(y + i * y_stride + n0, mask, acc[i]);
}

template <int B, int GS>
using FusedBlock = void (*)(const FusedBlockArgs<B, GS>&, int64_t, int, float*, int64_t);

template <int B, int GS>
FusedBlock<B, GS> fused_block_for(int64_t m) {
  switch (m) {
    case 1:
      return &fused_block<B, GS, 1>;
    case 2:
      return &fused_block<B, GS, 2>;
    case 3:
      return &fused_block<B, GS, 3>;
    case 4:
      return &fused_block<B, GS, 4>;
    case 5:
      return &fused_block<B, GS, 5>;
    case 6:
      return &fused_block<B, GS, 6>;
    case 7:
      return &fused_block<B, GS, 7>;
    default:
      return &fused_block<B, GS, 8>;
  }
}

template <int B, int GS>
void fast_small_m(const FastMatmul<B, GS>& fm, float* y, int64_t y_stride, int64_t n_begin,
                  int64_t n_end) {
  std::vector<int32_t> seeds;
  fast_group_seeds(fm.xq, B, seeds);
  const size_t table = static_cast<size_t>((fm.groups + 15) / 16 * 16 * kFusedCols);
  std::vector<float> st(table), bt(table);
  const Transpose16 transpose;
  const FusedBlockArgs<B, GS> args{fm, seeds.data(), st.data(), bt.data(), transpose};
  const FusedBlock<B, GS> block = fused_block_for<B, GS>(fm.xq.m);
  for (int64_t n0 = n_begin; n0 < n_end; n0 += kFusedCols) {
    const int nr = static_cast<int>(std::min<int64_t>(kFusedCols, n_end - n0));
    fused_block_scales(fm, n0, nr, transpose, st.data(), bt.data());
    block(args, n0, nr, y, y_stride);
  }
}

// ---- m == 1 (decode, 4 and 8 bits): exact per-lane integer dots, 16 rows reduced at once ----

/// Inputs of one 64-byte span of a row's codes: 64 at 8 bits, 128 at 4 bits.
template <int B>
constexpr int kM1SpanInputs = 512 / B;

/// The activation codes as the m == 1 kernel reads them. 8 bits: xq's codes (64 zero bytes of
/// padding cover a trailing half span). 4 bits: per 128 inputs, the 64 even-indexed codes then
/// the 64 odd-indexed ones (the low and high nibbles of 64 code bytes), zero past k.
/// Whole spans split their bytes with two truncating narrows each (vpmovwb: the low byte of a
/// 16-bit lane is the even code), not one scalar store per input (~5% of an MoE decode step,
/// where every expert call redoes it).
inline void m1_activations4(const QuantizedActivations& xq, std::vector<int8_t>& out) {
  const int64_t k = xq.k, spans = (k + 127) / 128, whole = k / 128;
  out.resize(static_cast<size_t>(spans * 128));
  const int8_t* codes = xq.codes.data();
  for (int64_t s = 0; s < whole; ++s) {
    const __m512i a = _mm512_loadu_si512(codes + s * 128);
    const __m512i b = _mm512_loadu_si512(codes + s * 128 + 64);
    int8_t* o = out.data() + s * 128;
    _mm256_storeu_si256(reinterpret_cast<__m256i*>(o), _mm512_cvtepi16_epi8(a));
    _mm256_storeu_si256(reinterpret_cast<__m256i*>(o + 32), _mm512_cvtepi16_epi8(b));
    _mm256_storeu_si256(reinterpret_cast<__m256i*>(o + 64),
                        _mm512_cvtepi16_epi8(_mm512_srli_epi16(a, 8)));
    _mm256_storeu_si256(reinterpret_cast<__m256i*>(o + 96),
                        _mm512_cvtepi16_epi8(_mm512_srli_epi16(b, 8)));
  }
  if (whole == spans) return;
  std::fill(out.begin() + whole * 128, out.end(), int8_t{0});
  for (int64_t p = whole * 128; p < k; ++p) {
    out[static_cast<size_t>(p / 128 * 128 + (p % 2) * 64 + (p % 128) / 2)] = codes[p];
  }
}

/// One span of the 16 rows: d[j] += the exact lane-wise products of row j's 64 code bytes at
/// byte offset `at` (the first `bytes` of them when kTail) with the activation codes.
template <int B, bool kTail>
inline void m1_span_dots(const uint8_t* const* rows, int64_t at, __mmask64 bytes, __m512i x0,
                         __m512i x1, __m512i* d) {
  const __m512i nib = _mm512_set1_epi8(0x0F);
#pragma GCC unroll 16
  for (int j = 0; j < 16; ++j) {
    const __m512i wv =
        kTail ? _mm512_maskz_loadu_epi8(bytes, rows[j] + at) : _mm512_loadu_si512(rows[j] + at);
    if constexpr (B == 8) {
      d[j] = _mm512_dpbusd_epi32(d[j], wv, x0);
    } else {
      d[j] = _mm512_dpbusd_epi32(d[j], _mm512_and_si512(wv, nib), x0);
      d[j] = _mm512_dpbusd_epi32(d[j], _mm512_and_si512(_mm512_srli_epi16(wv, 4), nib), x1);
    }
  }
}

/// Sums the lanes of d[j] (row j) per 128-bit lane L and regroups them: with G groups per 64-byte
/// span (G = 1: all four 128-bit lanes; 2: lanes 0-1 and 2-3; 4: one lane each), out[g] lane j =
/// row j's integer dot over group g of the span. Exact (int32 adds), 15 + (G == 4 ? 3 : 0) adds.
template <int G>
inline void m1_reduce(const __m512i* d, __m512i* out) {
  __m512i t[8], v[4];
#pragma GCC unroll 8
  for (int p = 0; p < 8; ++p) {
    // Per 128-bit lane: (a0 + a2, c0 + c2, a1 + a3, c1 + c3) for rows a = 2p, c = 2p + 1.
    t[p] = _mm512_add_epi32(_mm512_unpacklo_epi32(d[2 * p], d[2 * p + 1]),
                            _mm512_unpackhi_epi32(d[2 * p], d[2 * p + 1]));
  }
#pragma GCC unroll 4
  for (int q = 0; q < 4; ++q) {
    // Per 128-bit lane L: slot s = row 4q + s, summed over lane L.
    v[q] = _mm512_add_epi32(_mm512_unpacklo_epi64(t[2 * q], t[2 * q + 1]),
                            _mm512_unpackhi_epi64(t[2 * q], t[2 * q + 1]));
  }
  if constexpr (G == 4) {
    const __m512i p0 = _mm512_shuffle_i32x4(v[0], v[1], 0x44);  // v0.L0 v0.L1 v1.L0 v1.L1
    const __m512i p1 = _mm512_shuffle_i32x4(v[0], v[1], 0xEE);  // v0.L2 v0.L3 v1.L2 v1.L3
    const __m512i q0 = _mm512_shuffle_i32x4(v[2], v[3], 0x44);
    const __m512i q1 = _mm512_shuffle_i32x4(v[2], v[3], 0xEE);
    out[0] = _mm512_shuffle_i32x4(p0, q0, 0x88);  // v0.L0 v1.L0 v2.L0 v3.L0
    out[1] = _mm512_shuffle_i32x4(p0, q0, 0xDD);
    out[2] = _mm512_shuffle_i32x4(p1, q1, 0x88);
    out[3] = _mm512_shuffle_i32x4(p1, q1, 0xDD);
  } else {
    // w0 = (v0 lanes 0+1, v0 lanes 2+3, v1 lanes 0+1, v1 lanes 2+3), w1 the same of v2, v3.
    const __m512i w0 = _mm512_add_epi32(_mm512_shuffle_i32x4(v[0], v[1], 0x88),
                                        _mm512_shuffle_i32x4(v[0], v[1], 0xDD));
    const __m512i w1 = _mm512_add_epi32(_mm512_shuffle_i32x4(v[2], v[3], 0x88),
                                        _mm512_shuffle_i32x4(v[2], v[3], 0xDD));
    const __m512i lo = _mm512_shuffle_i32x4(w0, w1, 0x88);  // lanes 0+1 of v0..v3
    const __m512i hi = _mm512_shuffle_i32x4(w0, w1, 0xDD);  // lanes 2+3 of v0..v3
    if constexpr (G == 2) {
      out[0] = lo;
      out[1] = hi;
    } else {
      out[0] = _mm512_add_epi32(lo, hi);
    }
  }
}

/// m == 1 x the 16 rows [n0, n0 + 16) (rows past nr computed from a valid row, not stored), the
/// chain order of fast_scalar.cpp: each row's per-group integer dot is exact in int32 whatever
/// the order, so it runs lane-wise on the row's own bytes (no transpose of the codes), the 16
/// rows' lanes are reduced together (m1_reduce), and the float chain runs across the 16 rows:
/// acc = fma(dot - c sum(x8), s*d, acc), acc = fma(b', sum(x), acc) per group in order.
template <int B, int GS>
void m1_block(const FusedBlockArgs<B, GS>& a, const int8_t* xs, int64_t n0, int nr, float* y) {
  constexpr int kSpan = kM1SpanInputs<B>;
  constexpr int kSpans = GS > kSpan ? GS / kSpan : 1;  // 64-byte spans per step
  constexpr int kStep = kSpan * kSpans;                // inputs per step
  constexpr int kGroups = kStep / GS;                  // groups per step: 1, 2 or 4
  const FastMatmul<B, GS>& fm = a.fm;
  const QuantizedActivations& xq = fm.xq;
  const int64_t k = fm.w.k;
  const uint8_t* rows[kFusedCols];
  const auto* packed = reinterpret_cast<const uint8_t*>(fm.w.packed);
  for (int j = 0; j < kFusedCols; ++j)
    rows[j] = packed + std::min(n0 + j, fm.w.n - 1) * fm.row_bytes;
  // The next block's rows are one contiguous run: each 64-byte span step asks for the next 16
  // lines of it, into L2 (T0 was ~3% slower), in address order, so the run is requested page
  // by page (the hardware prefetcher tracks few of the 16 row streams, and strided requests
  // touched 4 pages per step).
  const uint8_t* ahead = packed + (n0 + kFusedCols) * fm.row_bytes;
  const int64_t ahead_bytes =
      std::clamp<int64_t>(fm.w.n - n0 - kFusedCols, 0, kFusedCols) * fm.row_bytes;
  __m512 acc = _mm512_setzero_ps();
  for (int64_t pos = 0; pos < k; pos += kStep) {
    const int64_t valid = std::min<int64_t>(kStep, k - pos);  // < kStep only when kSpans == 1
    __m512i d[kFusedCols];
#pragma GCC unroll 16
    for (int j = 0; j < kFusedCols; ++j) d[j] = _mm512_setzero_si512();
#pragma GCC unroll 2
    for (int s = 0; s < kSpans; ++s) {
      const int64_t in = pos + s * kSpan;
      const int64_t at = in * B / 8;
      if (at * kFusedCols < ahead_bytes) {
#pragma GCC unroll 16
        for (int j = 0; j < kFusedCols; ++j)
          _mm_prefetch(reinterpret_cast<const char*>(ahead + at * kFusedCols + 64 * j),
                       _MM_HINT_T1);
      }
      const __m512i x0 = _mm512_loadu_si512(xs + in);
      const __m512i x1 = B == 8 ? x0 : _mm512_loadu_si512(xs + in + 64);
      if (valid == kStep) {
        m1_span_dots<B, false>(rows, at, 0, x0, x1, d);
      } else {
        const __mmask64 bytes = (uint64_t{1} << (valid * B / 8)) - 1;
        m1_span_dots<B, true>(rows, at, bytes, x0, x1, d);
      }
    }
    __m512i dots[kGroups];
    m1_reduce<kGroups>(d, dots);
    const int64_t g0 = pos / GS;
    const int count = static_cast<int>(valid / GS);
#pragma GCC unroll 4
    for (int i = 0; i < kGroups; ++i) {
      if (i >= count) break;
      const int64_t g = g0 + i;
      const __m512i dot = _mm512_add_epi32(dots[i], _mm512_set1_epi32(a.seeds[g]));
      const __m512 s = _mm512_loadu_ps(a.st + g * kFusedCols);
      const __m512 t = _mm512_mul_ps(s, _mm512_set1_ps(xq.scales[g]));
      acc = _mm512_fmadd_ps(_mm512_cvtepi32_ps(dot), t, acc);
      acc =
          _mm512_fmadd_ps(_mm512_loadu_ps(a.bt + g * kFusedCols), _mm512_set1_ps(xq.sums[g]), acc);
    }
  }
  _mm512_mask_storeu_ps(y + n0, static_cast<__mmask16>((1u << nr) - 1u), acc);
}

template <int B, int GS>
void fast_m1(const FastMatmul<B, GS>& fm, float* y, int64_t n_begin, int64_t n_end) {
  // Per-thread scratch kept across calls (every decode step's matmuls): refilled here, never
  // reallocated once grown.
  thread_local std::vector<int32_t> seeds;
  fast_group_seeds(fm.xq, B, seeds);
  const size_t table = static_cast<size_t>((fm.groups + 15) / 16 * 16 * kFusedCols);
  thread_local std::vector<float> st, bt;
  st.assign(table, 0.0f);
  bt.assign(table, 0.0f);
  thread_local std::vector<int8_t> x4;
  if constexpr (B == 4) m1_activations4(fm.xq, x4);
  const int8_t* xs = B == 4 ? x4.data() : fm.xq.codes.data();
  const Transpose16 transpose;
  const FusedBlockArgs<B, GS> args{fm, seeds.data(), st.data(), bt.data(), transpose};
  for (int64_t n0 = n_begin; n0 < n_end; n0 += kFusedCols) {
    const int nr = static_cast<int>(std::min<int64_t>(kFusedCols, n_end - n0));
    // The next block's scales and biases (16 rows, contiguous): demand misses otherwise.
    const int64_t later = (n0 + kFusedCols) * fm.scale_row_bytes;
    const int64_t span =
        std::clamp<int64_t>(fm.w.n - n0 - kFusedCols, 0, kFusedCols) * fm.scale_row_bytes;
    for (int64_t b = 0; b < span; b += 64) {
      _mm_prefetch(reinterpret_cast<const char*>(fm.w.scales + later + b), _MM_HINT_T0);
      _mm_prefetch(reinterpret_cast<const char*>(fm.w.biases + later + b), _MM_HINT_T0);
    }
    fused_block_scales(fm, n0, nr, transpose, st.data(), bt.data());
    m1_block(args, xs, n0, nr, y);
  }
}

template <int B, int GS>
void fast_gemm(const FastMatmul<B, GS>& fm, float* y, int64_t y_stride, int64_t n_begin,
               int64_t n_end) {
  const QuantizedActivations& xq = fm.xq;
  const PackedWeight& w = fm.w;
  const int64_t m = xq.m, k = w.k, groups = fm.groups;
  std::vector<int32_t> seeds;
  fast_group_seeds(xq, B, seeds);
  std::vector<uint8_t> tile(static_cast<size_t>(kChunk / 4 * 128));
  std::vector<float> st(static_cast<size_t>(groups * kCols)), bt(st.size());
  std::vector<float> acc(static_cast<size_t>(m * kCols));
  const Transpose16 transpose;
  for (int64_t n0 = n_begin; n0 < n_end; n0 += kCols) {
    const int nr = static_cast<int>(std::min<int64_t>(kCols, n_end - n0));
    // Missing columns get zero scales and codes: computed, never written.
    std::fill(st.begin(), st.end(), 0.0f);
    std::fill(bt.begin(), bt.end(), 0.0f);
    for (int j = 0; j < nr; ++j) {
      const std::byte* srow = w.scales + (n0 + j) * fm.scale_row_bytes;
      const std::byte* brow = w.biases + (n0 + j) * fm.scale_row_bytes;
      for (int64_t g = 0; g < groups; ++g) {
        const float s = load_scale_fast(srow, w.scale_dtype, g);
        st[g * kCols + j] = s;
        bt[g * kCols + j] = fast_centred_bias(s, load_scale_fast(brow, w.scale_dtype, g), B);
      }
    }
    std::fill(acc.begin(), acc.end(), 0.0f);
    for (int64_t k0 = 0; k0 < k; k0 += kChunk) {
      const int64_t kc = std::min(kChunk, k - k0);
      // Per 64-span and 16 columns: unpack each column's 16 quads into a vector, transpose, so
      // vector q holds quad q of the 16 columns (the layout vpdpbusd wants).
      for (int64_t pos = 0; pos < kc; pos += kFastSpan) {
        const bool half = pos + kFastSpan > kc;
        for (int v = 0; v < kCols / 16; ++v) {
          __m512i r[16];
          for (int j = 0; j < 16; ++j) {
            const int col = 16 * v + j;
            if (col >= nr) {
              r[j] = _mm512_setzero_si512();
              continue;
            }
            const PackedSource<B> src{
                &fm.up, reinterpret_cast<const uint8_t*>(w.packed) + (n0 + col) * fm.row_bytes};
            r[j] = half ? src.half(k0 + pos) : src.full(k0 + pos);
          }
          transpose(r);
          for (int q = 0; q < (half ? 8 : 16); ++q) {
            _mm512_storeu_si512(&tile[static_cast<size_t>((pos / 4 + q) * 128 + 64 * v)], r[q]);
          }
        }
      }
      const int64_t g0 = k0 / GS;
      for (int64_t m0 = 0; m0 < m; m0 += kBlockRows) {
        const int mr = static_cast<int>(std::min<int64_t>(kBlockRows, m - m0));
        const int64_t at = m0 * groups + g0;
        gemm_cols_for<GS>(mr)(xq.codes.data() + m0 * k + k0, k, seeds.data() + at,
                              xq.scales.data() + at, xq.sums.data() + at, groups, tile.data(),
                              st.data() + g0 * kCols, bt.data() + g0 * kCols, kc / GS,
                              acc.data() + m0 * kCols);
      }
    }
    for (int64_t i = 0; i < m; ++i) {
      for (int j = 0; j < nr; ++j) y[i * y_stride + n0 + j] = acc[i * kCols + j];
    }
  }
}

template <int B, int GS>
void fast_matmul(const QuantizedActivations& xq, const PackedWeight& w, float* y, int64_t y_stride,
                 int64_t n_begin, int64_t n_end) {
  const FastMatmul<B, GS> fm(xq, w);
  if constexpr (B == 4 || B == 8) {
    if (xq.m == 1) return fast_m1(fm, y, n_begin, n_end);
  }
  if (xq.m <= kFusedMaxRows) {
    fast_small_m(fm, y, y_stride, n_begin, n_end);
  } else {
    fast_gemm(fm, y, y_stride, n_begin, n_end);
  }
}

template <int B>
void fast_matmul_bits(const QuantizedActivations& xq, const PackedWeight& w, float* y,
                      int64_t y_stride, int64_t n_begin, int64_t n_end) {
  switch (w.group_size) {
    case 32:
      return fast_matmul<B, 32>(xq, w, y, y_stride, n_begin, n_end);
    case 64:
      return fast_matmul<B, 64>(xq, w, y, y_stride, n_begin, n_end);
    default:
      return fast_matmul<B, 128>(xq, w, y, y_stride, n_begin, n_end);
  }
}

// ---- the fast layout (interleave.h, R = 16), any m: one sequential stream per thread --------

/// 16 scales or biases of the fast layout (the file's dtype) as f32.
inline __m512 load_fast16(const uint8_t* p, DType dtype) {
  if (dtype == DType::kF32) return _mm512_loadu_ps(p);
  const __m256i h = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(p));
  if (dtype == DType::kF16) return _mm512_cvtph_ps(h);
  return _mm512_castsi512_ps(_mm512_slli_epi32(_mm512_cvtepu16_epi32(h), 16));
}

/// Bytes ahead of the current group that the kernel prefetches (the stream is sequential; the
/// hardware prefetcher alone left ~10% of 2-thread decode on the table in the earlier layout).
constexpr int64_t kFastAhead = 1024;

/// M activation rows (xq rows i0..i0+M) x the 16 rows of one fast-layout block, the chain order
/// of fast_scalar.cpp: per group, 16 scales and biases (b' = b + s*c, one rounding), the exact
/// integer dot per row and lane (seeded with -c * sum(x8)), then acc = fma(dot, s*d, acc) and
/// acc = fma(b', sum(x), acc). 8 bits: 64 bytes are 4 inputs of the 16 rows, one vpdpbusd;
/// 4 bits: 8 inputs, the low nibbles (inputs 0-3) and the high nibbles (4-7) two vpdpbusd.
/// A dot runs as two chains (exact in int32, so the same sum) at 4 bits (low and high nibbles)
/// and, with fewer than 4 rows, at 8 bits (alternate vectors): 4-bit m = 8-64 took ~3% less CPU
/// time than one chain, 8-bit m >= 4 ~2% more (kernels_bench BM_FastLayoutStep, noisy machine).
template <int B, int GS, int M>
void fast16_block(const QuantizedActivations& xq, const uint8_t* block, DType dtype,
                  const int32_t* seeds, int64_t i0, float* y, int64_t y_stride, __mmask16 mask) {
  constexpr int kWords = GS * B / 32;  // 64-byte vectors per group
  constexpr bool kTwo = B == 4 || M < 4;
  const int64_t k = xq.k, groups = k / GS;
  const int64_t sb = dtype == DType::kF32 ? 4 : 2;
  const int64_t group_bytes = 32 * sb + kWords * 64;
  const __m512 centre = _mm512_set1_ps(static_cast<float>(fast_code_centre(B)));
  const __m512i nib = _mm512_set1_epi8(0x0F);
  const int8_t* x[M];
  __m512 acc[M];
#pragma GCC unroll 8
  for (int i = 0; i < M; ++i) {
    x[i] = xq.codes.data() + (i0 + i) * k;
    acc[i] = _mm512_setzero_ps();
  }
  const uint8_t* p = block;
  for (int64_t g = 0; g < groups; ++g, p += group_bytes) {
    const uint8_t* codes = p + 32 * sb;
    __m512i dot[M], dot2[M];
#pragma GCC unroll 8
    for (int i = 0; i < M; ++i) {
      dot[i] = _mm512_set1_epi32(seeds[(i0 + i) * groups + g]);
      dot2[i] = _mm512_setzero_si512();
    }
#pragma GCC unroll 16
    for (int v = 0; v < kWords; ++v) {
      if (v % 2 == 0) {
        _mm_prefetch(reinterpret_cast<const char*>(codes + 64 * v + kFastAhead), _MM_HINT_T0);
      }
      const __m512i wv = _mm512_loadu_si512(codes + 64 * v);
      if constexpr (B == 8) {
#pragma GCC unroll 8
        for (int i = 0; i < M; ++i) {
          const int8_t* xi = x[i] + g * GS + 4 * v;
          if (kTwo && v % 2 == 1) {
            dot2[i] = dpbusd_broadcast(dot2[i], wv, xi);
          } else {
            dot[i] = dpbusd_broadcast(dot[i], wv, xi);
          }
        }
      } else {
        const __m512i lo = _mm512_and_si512(wv, nib);
        const __m512i hi = _mm512_and_si512(_mm512_srli_epi16(wv, 4), nib);
#pragma GCC unroll 8
        for (int i = 0; i < M; ++i) {
          const int8_t* xi = x[i] + g * GS + 8 * v;
          dot[i] = dpbusd_broadcast(dot[i], lo, xi);
          if constexpr (kTwo) {
            dot2[i] = dpbusd_broadcast(dot2[i], hi, xi + 4);
          } else {
            dot[i] = dpbusd_broadcast(dot[i], hi, xi + 4);
          }
        }
      }
    }
    const __m512 s = load_fast16(p, dtype);
    // s*c is exact (c is a power of two): the one rounding of fast_centred_bias.
    const __m512 bc = _mm512_add_ps(load_fast16(p + 16 * sb, dtype), _mm512_mul_ps(s, centre));
#pragma GCC unroll 8
    for (int i = 0; i < M; ++i) {
      const int64_t at = (i0 + i) * groups + g;
      const __m512i d = kTwo ? _mm512_add_epi32(dot[i], dot2[i]) : dot[i];
      const __m512 t = _mm512_mul_ps(s, _mm512_set1_ps(xq.scales[at]));
      acc[i] = _mm512_fmadd_ps(_mm512_cvtepi32_ps(d), t, acc[i]);
      acc[i] = _mm512_fmadd_ps(bc, _mm512_set1_ps(xq.sums[at]), acc[i]);
    }
  }
#pragma GCC unroll 8
  for (int i = 0; i < M; ++i) _mm512_mask_storeu_ps(y + (i0 + i) * y_stride, mask, acc[i]);
}

template <int B, int GS>
using Fast16Block = void (*)(const QuantizedActivations&, const uint8_t*, DType, const int32_t*,
                             int64_t, float*, int64_t, __mmask16);

template <int B, int GS>
Fast16Block<B, GS> fast16_block_for(int64_t m) {
  switch (m) {
    case 1:
      return &fast16_block<B, GS, 1>;
    case 2:
      return &fast16_block<B, GS, 2>;
    case 3:
      return &fast16_block<B, GS, 3>;
    case 4:
      return &fast16_block<B, GS, 4>;
    case 5:
      return &fast16_block<B, GS, 5>;
    case 6:
      return &fast16_block<B, GS, 6>;
    case 7:
      return &fast16_block<B, GS, 7>;
    default:
      return &fast16_block<B, GS, 8>;
  }
}

/// Blocks of 16 rows covering [n_begin, n_end), each in passes of <= 8 activation rows (the
/// block's bytes stay in L1/L2 between passes); rows of a block outside the range are computed
/// and dropped.
template <int B, int GS>
void fast16_matmul(const QuantizedActivations& xq, const PackedWeight& w, float* y,
                   int64_t y_stride, int64_t n_begin, int64_t n_end) {
  const InterleavedGeometry geo(w);
  thread_local std::vector<int32_t> seeds;
  fast_group_seeds(xq, B, seeds);
  const auto* base = reinterpret_cast<const uint8_t*>(w.packed);
  for (int64_t b = n_begin / kFastInterleave; b * kFastInterleave < n_end; ++b) {
    const int64_t n0 = b * kFastInterleave;
    const int64_t lo = std::max(n_begin, n0) - n0;
    const int64_t hi = std::min(n_end, n0 + kFastInterleave) - n0;
    const auto mask = static_cast<__mmask16>(((1u << hi) - 1u) & ~((1u << lo) - 1u));
    for (int64_t i0 = 0; i0 < xq.m; i0 += kFusedMaxRows) {
      const int64_t rows = std::min(kFusedMaxRows, xq.m - i0);
      fast16_block_for<B, GS>(rows)(xq, base + b * geo.block_bytes, w.scale_dtype, seeds.data(), i0,
                                    y + n0, y_stride, mask);
    }
  }
}

template <int B>
void fast16_matmul_bits(const QuantizedActivations& xq, const PackedWeight& w, float* y,
                        int64_t y_stride, int64_t n_begin, int64_t n_end) {
  switch (w.group_size) {
    case 32:
      return fast16_matmul<B, 32>(xq, w, y, y_stride, n_begin, n_end);
    case 64:
      return fast16_matmul<B, 64>(xq, w, y, y_stride, n_begin, n_end);
    default:
      return fast16_matmul<B, 128>(xq, w, y, y_stride, n_begin, n_end);
  }
}

}  // namespace

void quantized_matmul_fast_interleaved_avx512(const QuantizedActivations& xq, const PackedWeight& w,
                                              float* y, int64_t y_stride, int64_t n_begin,
                                              int64_t n_end) {
  // dispatch.cpp routes fast_layout_bits() weights (4 and 8 bits) here; other widths go through
  // de-interleaved tiles.
  if (w.bits == 8) return fast16_matmul_bits<8>(xq, w, y, y_stride, n_begin, n_end);
  fast16_matmul_bits<4>(xq, w, y, y_stride, n_begin, n_end);
}

void quantized_matmul_fast_avx512(const QuantizedActivations& xq, const PackedWeight& w, float* y,
                                  int64_t y_stride, int64_t n_begin, int64_t n_end) {
  switch (w.bits) {
    case 2:
      return fast_matmul_bits<2>(xq, w, y, y_stride, n_begin, n_end);
    case 3:
      return fast_matmul_bits<3>(xq, w, y, y_stride, n_begin, n_end);
    case 4:
      return fast_matmul_bits<4>(xq, w, y, y_stride, n_begin, n_end);
    case 5:
      return fast_matmul_bits<5>(xq, w, y, y_stride, n_begin, n_end);
    case 6:
      return fast_matmul_bits<6>(xq, w, y, y_stride, n_begin, n_end);
    default:
      return fast_matmul_bits<8>(xq, w, y, y_stride, n_begin, n_end);
  }
}

}  // namespace mlxla::kernels::detail
