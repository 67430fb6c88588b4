// Policy::kFast on AVX2 (no VNNI: Zen 2/3, most client CPUs), the chain order of fast_scalar.cpp
// bit for bit for every m. MLX's row-major layout: 32 codes per ymm as bytes in input order,
// products by vpmaddubsw + vpmaddwd (8-bit codes centred, their signs moved onto x: raw codes
// would saturate vpmaddubsw), one exact integer dot per group and output, then the two fmas; m == 1
// takes 8 rows at a time and reduces their dots together (one vector epilogue for 8 outputs), m > 1
// streams rows one at a time. The fast layout (R = 16, 4/8 bits, any m): one weight row per dword
// lane of two ymm.
#include <immintrin.h>

#include <algorithm>
#include <cstring>
#include <vector>

#include "kernels/cpu/fast_common.h"
#include "kernels/cpu/interleave.h"
#include "kernels/cpu/kernel_table.h"

namespace mlxla::kernels::detail {
namespace {

/// Byte mask keeping the low B bits of each byte (the pdep target of 8 codes).
constexpr uint64_t spread_mask(int bits) {
  uint64_t m = 0;
  for (int i = 0; i < 8; ++i) m |= ((uint64_t{1} << bits) - 1) << (8 * i);
  return m;
}

/// 32 codes of B bits (4*B bytes at p) as 32 bytes in input order.
template <int B>
inline __m256i unpack32(const uint8_t* p) {
  if constexpr (B == 8) {
    return _mm256_loadu_si256(reinterpret_cast<const __m256i*>(p));
  } else if constexpr (B == 4) {
    // Byte b becomes the word b | b << 4: its low byte keeps b's low nibble, its high byte
    // receives b's high nibble.
    const __m256i w = _mm256_cvtepu8_epi16(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p)));
    return _mm256_and_si256(_mm256_or_si256(w, _mm256_slli_epi16(w, 4)), _mm256_set1_epi8(0x0F));
  } else {
    // 8 codes occupy exactly B bytes: deposit their bits into the low B bits of 8 bytes.
    uint64_t q[4];
    for (int j = 0; j < 4; ++j) {
      uint64_t v = 0;
      std::memcpy(&v, p + j * B, B);
      q[j] = _pdep_u64(v, spread_mask(B));
    }
    return _mm256_setr_epi64x(static_cast<long long>(q[0]), static_cast<long long>(q[1]),
                              static_cast<long long>(q[2]), static_cast<long long>(q[3]));
  }
}

/// 8 dwords: lane l = sum of codes[4l..4l+3] * x[4l..4l+3] (exact); 8 bits: of the centred
/// codes, (codes - 128) * x.
template <int B>
inline __m256i dot32(__m256i codes, const int8_t* x) {
  const __m256i xv = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(x));
  const __m256i ones = _mm256_set1_epi16(1);
  if constexpr (B == 8) {
    // 255 * 127 * 2 overflows vpmaddubsw's saturating int16. The centred codes q - 128 as s8
    // (q ^ 0x80) have magnitudes <= 128 (u8) and take their signs onto x (vpsignb; x8 is in
    // [-127, 127]): a pair is at most 2*128*127 < 2^15. The result is the centred dot: 8 bits
    // takes no seed.
    const __m256i c = _mm256_xor_si256(codes, _mm256_set1_epi8(static_cast<char>(0x80)));
    return _mm256_madd_epi16(_mm256_maddubs_epi16(_mm256_abs_epi8(c), _mm256_sign_epi8(xv, c)),
                             ones);
  } else {
    // Codes <= 63: a pair sums to at most 2 * 63 * 127 < 2^15, no saturation.
    return _mm256_madd_epi16(_mm256_maddubs_epi16(codes, xv), ones);
  }
}

/// The chain order (fast_scalar.cpp), every m: per output and group, the integer dot (raw codes,
/// then minus c * sum of the group's activation codes, exact), then two fmas.
template <int B, int GS>
void fast_chain(const QuantizedActivations& xq, const PackedWeight& w, float* y, int64_t y_stride,
                int64_t n_begin, int64_t n_end) {
  const int64_t groups = w.k / GS;
  const int64_t row_bytes = packed_row_bytes(w);
  const int64_t sb = groups * scale_bytes(w.scale_dtype);
  // 8 bits: dot32 gives the centred dot already.
  std::vector<int32_t> seeds;
  if constexpr (B != 8) fast_group_seeds(xq, B, seeds);
  auto seed = [&](int64_t at) { return B == 8 ? 0 : seeds[at]; };
  for (int64_t n = n_begin; n < n_end; ++n) {
    const uint8_t* row = reinterpret_cast<const uint8_t*>(w.packed) + n * row_bytes;
    for (int64_t i = 0; i < xq.m; ++i) {
      const int8_t* x = xq.codes.data() + i * w.k;
      float acc = 0.0f;
      for (int64_t g = 0; g < groups; ++g) {
        __m256i dot = _mm256_setzero_si256();
        for (int64_t pos = g * GS; pos < (g + 1) * GS; pos += 32) {
          dot = _mm256_add_epi32(dot, dot32<B>(unpack32<B>(row + pos * B / 8), x + pos));
        }
        const __m128i d4 =
            _mm_add_epi32(_mm256_castsi256_si128(dot), _mm256_extracti128_si256(dot, 1));
        const __m128i d2 = _mm_add_epi32(d4, _mm_unpackhi_epi64(d4, d4));
        const int32_t part =
            _mm_cvtsi128_si32(_mm_add_epi32(d2, _mm_shuffle_epi32(d2, 1))) + seed(i * groups + g);
        const float s = load_float(w.scales + n * sb, w.scale_dtype, g);
        acc = std::fma(static_cast<float>(part), s * xq.scales[i * groups + g], acc);
        acc = std::fma(fast_centred_bias(s, load_float(w.biases + n * sb, w.scale_dtype, g), B),
                       xq.sums[i * groups + g], acc);
      }
      y[i * y_stride + n] = acc;
    }
  }
}

/// f32 value of scale/bias g (F16C for f16; the portable conversion is ~10x slower).
inline float load_scale_fast(const std::byte* base, DType dtype, int64_t g) {
  if (dtype == DType::kF16) return _cvtsh_ss(load_u16(base + 2 * g));
  return load_float(base, dtype, g);
}

/// Lane r = the sum of the 8 dwords of d[r] (exact int32 adds, any order).
inline __m256i reduce8(const __m256i* d) {
  const __m256i a = _mm256_hadd_epi32(_mm256_hadd_epi32(d[0], d[1]), _mm256_hadd_epi32(d[2], d[3]));
  const __m256i b = _mm256_hadd_epi32(_mm256_hadd_epi32(d[4], d[5]), _mm256_hadd_epi32(d[6], d[7]));
  // a: rows 0-3 of the low 128-bit halves, then of the high halves; b: rows 4-7 alike.
  return _mm256_add_epi32(_mm256_permute2x128_si256(a, b, 0x20),
                          _mm256_permute2x128_si256(a, b, 0x31));
}

/// Rows per block of the m == 1 kernel: one ymm lane each.
constexpr int kM1Rows = 8;

/// m == 1, the chain order of fast_scalar.cpp, 8 weight rows at a time: per group the 8 rows'
/// exact integer dots (one ymm of partial sums each, every activation load shared by the 8
/// rows) reduced together into one vector (reduce8), then the seed add, vcvtdq2ps, one mul and
/// two fmas for the 8 rows at once from per-block tables of s and b' ([group][8]). Rows past
/// the last full block take fast_chain (the same order).
template <int B, int GS>
void fast_m1(const QuantizedActivations& xq, const PackedWeight& w, float* y, int64_t n_begin,
             int64_t n_end) {
  const int64_t groups = w.k / GS;
  const int64_t row_bytes = packed_row_bytes(w);
  const int64_t sb = groups * scale_bytes(w.scale_dtype);
  // Per-thread scratch kept across calls (every decode step's matmuls).
  thread_local std::vector<int32_t> seeds;  // 8 bits: none (dot32 gives the centred dot)
  if constexpr (B != 8) fast_group_seeds(xq, B, seeds);
  thread_local std::vector<float> st, bt;
  st.resize(static_cast<size_t>(groups * kM1Rows));
  bt.resize(st.size());
  const int8_t* x = xq.codes.data();
  int64_t n = n_begin;
  for (; n + kM1Rows <= n_end; n += kM1Rows) {
    const uint8_t* rows[kM1Rows];
    for (int r = 0; r < kM1Rows; ++r) {
      rows[r] = reinterpret_cast<const uint8_t*>(w.packed) + (n + r) * row_bytes;
      const std::byte* srow = w.scales + (n + r) * sb;
      const std::byte* brow = w.biases + (n + r) * sb;
      for (int64_t g = 0; g < groups; ++g) {
        const float s = load_scale_fast(srow, w.scale_dtype, g);
        st[g * kM1Rows + r] = s;
        bt[g * kM1Rows + r] = fast_centred_bias(s, load_scale_fast(brow, w.scale_dtype, g), B);
      }
    }
    __m256 acc = _mm256_setzero_ps();
    for (int64_t g = 0; g < groups; ++g) {
      __m256i d[kM1Rows];
#pragma GCC unroll 8
      for (int r = 0; r < kM1Rows; ++r) d[r] = _mm256_setzero_si256();
#pragma GCC unroll 4
      for (int64_t pos = g * GS; pos < (g + 1) * GS; pos += 32) {
#pragma GCC unroll 8
        for (int r = 0; r < kM1Rows; ++r) {
          d[r] = _mm256_add_epi32(d[r], dot32<B>(unpack32<B>(rows[r] + pos * B / 8), x + pos));
        }
      }
      const __m256i dot =
          B == 8 ? reduce8(d) : _mm256_add_epi32(reduce8(d), _mm256_set1_epi32(seeds[g]));
      const __m256 t =
          _mm256_mul_ps(_mm256_loadu_ps(&st[g * kM1Rows]), _mm256_set1_ps(xq.scales[g]));
      acc = _mm256_fmadd_ps(_mm256_cvtepi32_ps(dot), t, acc);
      acc = _mm256_fmadd_ps(_mm256_loadu_ps(&bt[g * kM1Rows]), _mm256_set1_ps(xq.sums[g]), acc);
    }
    _mm256_storeu_ps(y + n, acc);
  }
  if (n < n_end) fast_chain<B, GS>(xq, w, y, 0, n, n_end);
}

template <int B, int GS>
void fast_matmul(const QuantizedActivations& xq, const PackedWeight& w, float* y, int64_t y_stride,
                 int64_t n_begin, int64_t n_end) {
  if (xq.m == 1) return fast_m1<B, GS>(xq, w, y, n_begin, n_end);
  fast_chain<B, GS>(xq, w, y, y_stride, n_begin, n_end);
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

/// 8 scales or biases of the fast layout (the file's dtype) as f32 (exact widening).
inline __m256 load_fast8(const uint8_t* p, DType dtype) {
  if (dtype == DType::kF32) return _mm256_loadu_ps(reinterpret_cast<const float*>(p));
  const __m128i h = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
  if (dtype == DType::kF16) return _mm256_cvtph_ps(h);
  return _mm256_castsi256_ps(_mm256_slli_epi32(_mm256_cvtepu16_epi32(h), 16));
}

/// Bytes ahead of the current group that the kernel prefetches (as fast_avx512.cpp's).
constexpr int64_t kFastAhead = 1024;
/// Activation rows per pass over a block (the block's bytes stay in L1/L2 between passes): per
/// row 2 accumulators and 2 dot vectors (the 16 rows in two ymm), so the accumulators spill;
/// still 8 rows took ~10% less CPU time than 4 at m = 8 (equal at m = 16) and 2 ~20% more
/// (MLXLA_BENCH_ISA=avx2 kernels_bench BM_FastLayoutStep/(4|8)/(8|16)/16).
constexpr int64_t kFast16Pass = 8;

/// M activation rows (xq rows i0..i0+M) x the 16 rows of one fast-layout block, the chain order
/// of fast_scalar.cpp, into out[M][16]. 64 bytes of a group's codes are word j of the 16 rows
/// (one per dword lane: rows 0-7 in the first ymm, 8-15 in the second). 8 bits: the centred
/// codes q - 128 as s8, |q - 128| <= 128 as u8 for vpmaddubsw with the activation quad's signs
/// moved onto it (vpsignb; x8 is in [-127, 127]), so a pair is at most 2*128*127 < 2^15 (raw
/// codes would saturate) and the dot needs no seed. 4 bits: low nibbles (inputs 0-3) and high
/// nibbles (4-7) against their quads, the two int16 pairs added (<= 4*15*127) before vpmaddwd,
/// the dot seeded with -c * sum(x8). Per group: s, b' = b + s*c (one rounding), then per row
/// and lane acc = fma(dot, s*d, acc), acc = fma(b', sum(x), acc).
template <int B, int GS, int M>
void fast16_block(const QuantizedActivations& xq, const uint8_t* block, DType dtype,
                  const int32_t* seeds, int64_t i0, float* out) {
  constexpr int kWords = GS * B / 32;  // 64-byte rows of words per group
  const int64_t k = xq.k, groups = k / GS;
  const int64_t sb = dtype == DType::kF32 ? 4 : 2;
  const int64_t group_bytes = 32 * sb + kWords * 64;
  const __m256 centre = _mm256_set1_ps(static_cast<float>(fast_code_centre(B)));
  const __m256i ones = _mm256_set1_epi16(1);
  const __m256i nib = _mm256_set1_epi8(0x0F);
  const __m256i flip = _mm256_set1_epi8(static_cast<char>(0x80));
  const int8_t* x[M];
  __m256 acc[M][2];
#pragma GCC unroll 4
  for (int i = 0; i < M; ++i) {
    x[i] = xq.codes.data() + (i0 + i) * k;
    acc[i][0] = acc[i][1] = _mm256_setzero_ps();
  }
  const uint8_t* p = block;
  for (int64_t g = 0; g < groups; ++g, p += group_bytes) {
    const uint8_t* codes = p + 32 * sb;
    __m256i dot[M][2];
#pragma GCC unroll 4
    for (int i = 0; i < M; ++i) {
      dot[i][0] = dot[i][1] =
          B == 8 ? _mm256_setzero_si256() : _mm256_set1_epi32(seeds[(i0 + i) * groups + g]);
    }
#pragma GCC unroll 16
    for (int v = 0; v < kWords; ++v) {
      _mm_prefetch(reinterpret_cast<const char*>(codes + 64 * v + kFastAhead), _MM_HINT_T0);
      const __m256i w0 = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(codes + 64 * v));
      const __m256i w1 = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(codes + 64 * v + 32));
      if constexpr (B == 8) {
        const __m256i c0 = _mm256_xor_si256(w0, flip), c1 = _mm256_xor_si256(w1, flip);
        const __m256i a0 = _mm256_abs_epi8(c0), a1 = _mm256_abs_epi8(c1);
#pragma GCC unroll 4
        for (int i = 0; i < M; ++i) {
          int32_t quad;
          std::memcpy(&quad, x[i] + g * GS + 4 * v, 4);
          const __m256i xb = _mm256_set1_epi32(quad);
          const __m256i p0 = _mm256_maddubs_epi16(a0, _mm256_sign_epi8(xb, c0));
          const __m256i p1 = _mm256_maddubs_epi16(a1, _mm256_sign_epi8(xb, c1));
          dot[i][0] = _mm256_add_epi32(dot[i][0], _mm256_madd_epi16(p0, ones));
          dot[i][1] = _mm256_add_epi32(dot[i][1], _mm256_madd_epi16(p1, ones));
        }
      } else {
        const __m256i lo0 = _mm256_and_si256(w0, nib), lo1 = _mm256_and_si256(w1, nib);
        const __m256i hi0 = _mm256_and_si256(_mm256_srli_epi16(w0, 4), nib);
        const __m256i hi1 = _mm256_and_si256(_mm256_srli_epi16(w1, 4), nib);
#pragma GCC unroll 4
        for (int i = 0; i < M; ++i) {
          int32_t ql, qh;
          std::memcpy(&ql, x[i] + g * GS + 8 * v, 4);
          std::memcpy(&qh, x[i] + g * GS + 8 * v + 4, 4);
          const __m256i xl = _mm256_set1_epi32(ql), xh = _mm256_set1_epi32(qh);
          const __m256i p0 =
              _mm256_add_epi16(_mm256_maddubs_epi16(lo0, xl), _mm256_maddubs_epi16(hi0, xh));
          const __m256i p1 =
              _mm256_add_epi16(_mm256_maddubs_epi16(lo1, xl), _mm256_maddubs_epi16(hi1, xh));
          dot[i][0] = _mm256_add_epi32(dot[i][0], _mm256_madd_epi16(p0, ones));
          dot[i][1] = _mm256_add_epi32(dot[i][1], _mm256_madd_epi16(p1, ones));
        }
      }
    }
    for (int h = 0; h < 2; ++h) {
      const __m256 s = load_fast8(p + 8 * h * sb, dtype);
      // s*c is exact (c is a power of two): the one rounding of fast_centred_bias.
      const __m256 bc =
          _mm256_add_ps(load_fast8(p + (16 + 8 * h) * sb, dtype), _mm256_mul_ps(s, centre));
#pragma GCC unroll 4
      for (int i = 0; i < M; ++i) {
        const int64_t at = (i0 + i) * groups + g;
        const __m256 t = _mm256_mul_ps(s, _mm256_set1_ps(xq.scales[at]));
        acc[i][h] = _mm256_fmadd_ps(_mm256_cvtepi32_ps(dot[i][h]), t, acc[i][h]);
        acc[i][h] = _mm256_fmadd_ps(bc, _mm256_set1_ps(xq.sums[at]), acc[i][h]);
      }
    }
  }
#pragma GCC unroll 4
  for (int i = 0; i < M; ++i) {
    _mm256_storeu_ps(out + 16 * i, acc[i][0]);
    _mm256_storeu_ps(out + 16 * i + 8, acc[i][1]);
  }
}

template <int B, int GS>
using Fast16Block = void (*)(const QuantizedActivations&, const uint8_t*, DType, const int32_t*,
                             int64_t, float*);

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

/// Blocks of 16 rows covering [n_begin, n_end), each in passes of <= kFast16Pass activation
/// rows; rows of a block outside the range are computed and dropped.
template <int B, int GS>
void fast16_matmul(const QuantizedActivations& xq, const PackedWeight& w, float* y,
                   int64_t y_stride, int64_t n_begin, int64_t n_end) {
  const InterleavedGeometry geo(w);
  // Per-thread scratch kept across calls; 8 bits centres its codes and needs no seeds.
  thread_local std::vector<int32_t> seeds;
  if constexpr (B != 8) fast_group_seeds(xq, B, seeds);
  const auto* base = reinterpret_cast<const uint8_t*>(w.packed);
  alignas(32) float out[kFast16Pass * kFastInterleave];
  for (int64_t b = n_begin / kFastInterleave; b * kFastInterleave < n_end; ++b) {
    const int64_t n0 = b * kFastInterleave;
    const int64_t lo = std::max(n_begin, n0) - n0;
    const int64_t hi = std::min(n_end, n0 + kFastInterleave) - n0;
    for (int64_t i0 = 0; i0 < xq.m; i0 += kFast16Pass) {
      const int64_t rows = std::min(kFast16Pass, xq.m - i0);
      fast16_block_for<B, GS>(rows)(xq, base + b * geo.block_bytes, w.scale_dtype, seeds.data(), i0,
                                    out);
      for (int64_t i = 0; i < rows; ++i) {
        std::memcpy(y + (i0 + i) * y_stride + n0 + lo, out + i * kFastInterleave + lo,
                    static_cast<size_t>(hi - lo) * sizeof(float));
      }
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

void quantized_matmul_fast_interleaved_avx2(const QuantizedActivations& xq, const PackedWeight& w,
                                            float* y, int64_t y_stride, int64_t n_begin,
                                            int64_t n_end) {
  // dispatch.cpp routes fast_layout_bits() weights (4 and 8 bits) here.
  if (w.bits == 8) return fast16_matmul_bits<8>(xq, w, y, y_stride, n_begin, n_end);
  fast16_matmul_bits<4>(xq, w, y, y_stride, n_begin, n_end);
}

void quantized_matmul_fast_avx2(const QuantizedActivations& xq, const PackedWeight& w, float* y,
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
