// Policy::kFast on AVX-512 VNNI + VBMI: codes unpacked to bytes in input order (vpermb +
// vpmultishiftqb), 64 products per vpdpbusd, one fma per group and lane; equals fast_scalar.cpp.
// m == 1 streams the packed rows once; m > 1 unpacks a tile of rows once and reuses it.
// GCC 12 reports its own _mm512_undefined_*() as (maybe-)uninitialized once inlined: false positives.
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#pragma GCC diagnostic ignored "-Wuninitialized"
#include <immintrin.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <vector>

#include "kernels/cpu/fast_common.h"
#include "kernels/cpu/kernel_table.h"

namespace mlxla::kernels::detail {
namespace {

inline float reduce_lanes(__m512 v) {
  const __m256 s8 = _mm256_add_ps(_mm512_castps512_ps256(v), _mm512_extractf32x8_ps(v, 1));
  const __m128 s4 = _mm_add_ps(_mm256_castps256_ps128(s8), _mm256_extractf128_ps(s8, 1));
  const __m128 s2 = _mm_add_ps(s4, _mm_movehl_ps(s4, s4));
  return _mm_cvtss_f32(_mm_add_ss(s2, _mm_movehdup_ps(s2)));
}

/// Up to 16 scales or biases from g on, as f32 (lanes past `mask` are zero).
inline __m512 load_scales16(const std::byte* base, DType dtype, int64_t g, __mmask16 mask) {
  if (dtype == DType::kF32) return _mm512_maskz_loadu_ps(mask, base + 4 * g);
  const __m256i h = _mm256_maskz_loadu_epi16(mask, base + 2 * g);
  if (dtype == DType::kF16) return _mm512_cvtph_ps(h);
  return _mm512_castsi512_ps(_mm512_slli_epi32(_mm512_cvtepu16_epi32(h), 16));
}

/// fast_row_prologue_scalar, 16 groups per step: the same products and the same lane order.
float row_prologue(const std::byte* scales, const std::byte* biases, DType dtype, int bits,
                   const float* x_scales, const float* x_sums, int64_t groups, float* t) {
  const __m512 centre = _mm512_set1_ps(static_cast<float>(fast_code_centre(bits)));
  __m512 p = _mm512_setzero_ps();
  for (int64_t g = 0; g < groups; g += 16) {
    const int64_t count = std::min<int64_t>(16, groups - g);
    const __mmask16 mask = static_cast<__mmask16>((1u << count) - 1u);
    const __m512 s = load_scales16(scales, dtype, g, mask);
    const __m512 b = _mm512_add_ps(load_scales16(biases, dtype, g, mask), _mm512_mul_ps(s, centre));
    _mm512_mask_storeu_ps(t + g, mask, _mm512_mul_ps(s, _mm512_maskz_loadu_ps(mask, x_scales + g)));
    p = _mm512_mask3_fmadd_ps(b, _mm512_maskz_loadu_ps(mask, x_sums + g), p, mask);
  }
  return reduce_lanes(p);
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

  CodeUnpacker() {
    alignas(64) std::array<uint8_t, 64> idx{};
    alignas(64) std::array<uint8_t, 64> off{};
    for (int j = 0; j < 64; ++j) {
      idx[j] = static_cast<uint8_t>((j / 8) * B + j % 8);
      off[j] = static_cast<uint8_t>((j % 8) * B);
    }
    gather = _mm512_load_si512(idx.data());
    shifts = _mm512_load_si512(off.data());
    mask = _mm512_set1_epi8(static_cast<char>((1 << B) - 1));
  }

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

/// Unpacked u8 codes of one span for one weight row: either streamed from the packed row or
/// read from an already unpacked tile. Lets one kernel body serve decode and prefill.
template <int B>
struct PackedSource {
  const CodeUnpacker<B>* up;
  const uint8_t* row;
  __m512i full(int64_t pos) const { return up->full(row + pos * B / 8); }
  __m512i half(int64_t pos) const { return up->half(row + pos * B / 8); }
};

struct TileSource {
  const uint8_t* row;
  __m512i full(int64_t pos) const { return _mm512_loadu_si512(row + pos); }
  __m512i half(int64_t pos) const { return _mm512_maskz_loadu_epi8(0xFFFFFFFFull, row + pos); }
};

/// acc[i][j] += the fast-order contributions of positions [0, kc) for MR activation rows x
/// (stride xs bytes) and NR weight rows w[j]; t[i][j] points at the first group's product of
/// scales; init (stride is ints per row) holds the centring seeds of the units from 0 on.
/// kc is a multiple of GS; a trailing half span (GS == 32) feeds lanes 0..7 only.
template <int GS, int MR, int NR, typename Source>
void fast_block(const int8_t* x, int64_t xs, const int32_t* init, int64_t is, const Source* w,
                const float* const* t, int64_t kc, __m512* acc) {
  const __m512i zero = _mm512_setzero_si512();
  constexpr int kUnit = GS == 128 ? 128 : 64;
  int64_t pos = 0;
  for (; pos + kFastSpan <= kc; pos += (GS == 128 ? 128 : 64)) {
    const int64_t g = pos / GS;
    __m512i wv[NR];
    __m512i wv2[NR];
    for (int j = 0; j < NR; ++j) {
      wv[j] = w[j].full(pos);
      if constexpr (GS == 128) wv2[j] = w[j].full(pos + 64);
    }
    for (int i = 0; i < MR; ++i) {
      const __m512i xv = _mm512_loadu_si512(x + i * xs + pos);
      __m512i xv2 = zero;
      if constexpr (GS == 128) xv2 = _mm512_loadu_si512(x + i * xs + pos + 64);
      const __m512i seed = _mm512_loadu_si512(init + i * is + pos / kUnit * 16);
      for (int j = 0; j < NR; ++j) {
        __m512i iv = _mm512_dpbusd_epi32(seed, wv[j], xv);
        if constexpr (GS == 128) iv = _mm512_dpbusd_epi32(iv, wv2[j], xv2);
        const float* tij = t[i * NR + j];
        __m512 tv;
        if constexpr (GS == 32) {
          tv = _mm512_insertf32x8(_mm512_set1_ps(tij[g]), _mm256_set1_ps(tij[g + 1]), 1);
        } else {
          tv = _mm512_set1_ps(tij[g]);
        }
        acc[i * NR + j] = _mm512_fmadd_ps(_mm512_cvtepi32_ps(iv), tv, acc[i * NR + j]);
      }
    }
  }
  if constexpr (GS == 32) {
    if (pos < kc) {
      const int64_t g = pos / GS;
      __m512i wv[NR];
      for (int j = 0; j < NR; ++j) wv[j] = w[j].half(pos);
      for (int i = 0; i < MR; ++i) {
        const __m512i xv = _mm512_maskz_loadu_epi8(0xFFFFFFFFull, x + i * xs + pos);
        const __m512i seed = _mm512_loadu_si512(init + i * is + pos / kUnit * 16);
        for (int j = 0; j < NR; ++j) {
          const __m512 f = _mm512_cvtepi32_ps(_mm512_dpbusd_epi32(seed, wv[j], xv));
          acc[i * NR + j] =
              _mm512_mask3_fmadd_ps(f, _mm512_set1_ps(t[i * NR + j][g]), acc[i * NR + j], 0x00FF);
        }
      }
    }
  }
}

/// Per-call state: the unpacker and the scale products / bias terms of the rows in flight.
template <int B, int GS>
struct FastMatmul {
  const QuantizedActivations& xq;
  const PackedWeight& w;
  CodeUnpacker<B> up;
  int64_t groups;
  int64_t row_bytes;
  int64_t scale_row_bytes;
  std::vector<int32_t> init;  // fast_centring_table
  int64_t init_stride;        // ints per activation row

  FastMatmul(const QuantizedActivations& xq_, const PackedWeight& w_)
      : xq(xq_), w(w_), groups(w_.k / GS), row_bytes(packed_row_bytes(w_)),
        scale_row_bytes(w_.k / GS * scale_bytes(w_.scale_dtype)),
        init_stride((w_.k + fast_unit(GS) - 1) / fast_unit(GS) * kLanes) {
    fast_centring_table(xq, B, init);
  }

  /// t for weight row n and activation row i into t_out; returns the bias term.
  float prologue(int64_t n, int64_t i, float* t_out) const {
    return row_prologue(w.scales + n * scale_row_bytes, w.biases + n * scale_row_bytes,
                        w.scale_dtype, B, &xq.scales[i * groups], &xq.sums[i * groups], groups, t_out);
  }

  /// m == 1: R rows at a time straight from the packed bytes.
  template <int R>
  void matvec_rows(int64_t n, float* y, std::vector<float>& tbuf) const {
    PackedSource<B> src[R];
    const float* t[R];
    float bias[R];
    __m512 acc[R];
    for (int r = 0; r < R; ++r) {
      src[r] = {&up, reinterpret_cast<const uint8_t*>(w.packed) + (n + r) * row_bytes};
      float* tr = tbuf.data() + r * groups;
      bias[r] = prologue(n + r, 0, tr);
      t[r] = tr;
      acc[r] = _mm512_setzero_ps();
    }
    fast_block<GS, 1, R>(xq.codes.data(), 0, init.data(), 0, src, t, w.k, acc);
    for (int r = 0; r < R; ++r) y[n + r] = reduce_lanes(acc[r]) + bias[r];
  }

  void matvec(float* y, int64_t n_begin, int64_t n_end) const {
    constexpr int kRows = 4;
    std::vector<float> tbuf(static_cast<size_t>(kRows * groups));
    int64_t n = n_begin;
    for (; n + kRows <= n_end; n += kRows) matvec_rows<kRows>(n, y, tbuf);
    for (; n < n_end; ++n) matvec_rows<1>(n, y, tbuf);
  }
};

// ---- m > 1 -------------------------------------------------------------------------------

constexpr int kTileRows = 4;        // NR: weight rows per tile (4 code registers, 8 for GS 128)
constexpr int kBlockRows = 4;       // MR: activation rows per micro-kernel call (16 accumulators)
constexpr int64_t kChunk = 1024;    // k per tile: 4 KB of codes + MR KB of activations in L1

/// One micro-kernel call: accumulators kept in memory between k-chunks (the order is unchanged
/// because each lane's fma sequence continues where it stopped).
template <int GS, int MR, int NR>
void gemm_micro(const int8_t* x, int64_t xs, const int32_t* init, int64_t is,
                const uint8_t* tile, const float* const* t, int64_t kc, float* acc_mem) {
  TileSource src[NR];
  for (int j = 0; j < NR; ++j) src[j] = {tile + j * kChunk};
  __m512 acc[MR * NR];
  for (int i = 0; i < MR * NR; ++i) acc[i] = _mm512_loadu_ps(acc_mem + 16 * i);
  fast_block<GS, MR, NR>(x, xs, init, is, src, t, kc, acc);
  for (int i = 0; i < MR * NR; ++i) _mm512_storeu_ps(acc_mem + 16 * i, acc[i]);
}

using GemmMicro = void (*)(const int8_t*, int64_t, const int32_t*, int64_t, const uint8_t*,
                           const float* const*, int64_t, float*);

template <int GS, int MR>
GemmMicro gemm_micro_for_rows(int nr) {
  switch (nr) {
    case 1: return &gemm_micro<GS, MR, 1>;
    case 2: return &gemm_micro<GS, MR, 2>;
    case 3: return &gemm_micro<GS, MR, 3>;
    default: return &gemm_micro<GS, MR, 4>;
  }
}

template <int GS>
GemmMicro gemm_micro_for(int mr, int nr) {
  switch (mr) {
    case 1: return gemm_micro_for_rows<GS, 1>(nr);
    case 2: return gemm_micro_for_rows<GS, 2>(nr);
    case 3: return gemm_micro_for_rows<GS, 3>(nr);
    default: return gemm_micro_for_rows<GS, 4>(nr);
  }
}

template <int B, int GS>
void fast_gemm(const FastMatmul<B, GS>& fm, float* y, int64_t y_stride, int64_t n_begin,
               int64_t n_end) {
  const QuantizedActivations& xq = fm.xq;
  const int64_t m = xq.m, k = fm.w.k, groups = fm.groups;
  std::vector<uint8_t> tile(static_cast<size_t>(kTileRows * kChunk));
  std::vector<float> t(static_cast<size_t>(m * kTileRows * groups));
  std::vector<float> bias(static_cast<size_t>(m * kTileRows));
  std::vector<float> acc(static_cast<size_t>(m * kTileRows * 16));
  for (int64_t n0 = n_begin; n0 < n_end; n0 += kTileRows) {
    const int nr = static_cast<int>(std::min<int64_t>(kTileRows, n_end - n0));
    for (int64_t i = 0; i < m; ++i) {
      for (int j = 0; j < nr; ++j) {
        const int64_t ij = i * kTileRows + j;
        bias[ij] = fm.prologue(n0 + j, i, &t[ij * groups]);
      }
    }
    std::fill(acc.begin(), acc.end(), 0.0f);
    for (int64_t k0 = 0; k0 < k; k0 += kChunk) {
      const int64_t kc = std::min(kChunk, k - k0);
      for (int j = 0; j < nr; ++j) {
        const PackedSource<B> src{&fm.up, reinterpret_cast<const uint8_t*>(fm.w.packed) +
                                              (n0 + j) * fm.row_bytes};
        uint8_t* out = tile.data() + j * kChunk;
        int64_t pos = 0;
        for (; pos + kFastSpan <= kc; pos += kFastSpan) {
          _mm512_storeu_si512(out + pos, src.full(k0 + pos));
        }
        if (pos < kc) _mm512_mask_storeu_epi8(out + pos, 0xFFFFFFFFull, src.half(k0 + pos));
      }
      for (int64_t m0 = 0; m0 < m; m0 += kBlockRows) {
        const int mr = static_cast<int>(std::min<int64_t>(kBlockRows, m - m0));
        const float* tp[kBlockRows * kTileRows];
        for (int i = 0; i < mr; ++i) {
          for (int j = 0; j < nr; ++j) {
            tp[i * nr + j] = &t[((m0 + i) * kTileRows + j) * groups + k0 / GS];
          }
        }
        // The micro-kernel indexes accumulators i * nr + j: pack them per row block.
        gemm_micro_for<GS>(mr, nr)(xq.codes.data() + m0 * k + k0, k,
                                   fm.init.data() + m0 * fm.init_stride + k0 / fast_unit(GS) * 16,
                                   fm.init_stride, tile.data(), tp, kc,
                                   acc.data() + m0 * kTileRows * 16);
      }
    }
    for (int64_t m0 = 0; m0 < m; m0 += kBlockRows) {
      const int mr = static_cast<int>(std::min<int64_t>(kBlockRows, m - m0));
      for (int i = 0; i < mr; ++i) {
        for (int j = 0; j < nr; ++j) {
          const float r = reduce_lanes(_mm512_loadu_ps(&acc[(m0 * kTileRows + i * nr + j) * 16]));
          y[(m0 + i) * y_stride + n0 + j] = r + bias[(m0 + i) * kTileRows + j];
        }
      }
    }
  }
}

template <int B, int GS>
void fast_matmul(const QuantizedActivations& xq, const PackedWeight& w, float* y, int64_t y_stride,
                 int64_t n_begin, int64_t n_end) {
  const FastMatmul<B, GS> fm(xq, w);
  if (xq.m == 1) {
    fm.matvec(y, n_begin, n_end);
  } else {
    fast_gemm(fm, y, y_stride, n_begin, n_end);
  }
}

template <int B>
void fast_matmul_bits(const QuantizedActivations& xq, const PackedWeight& w, float* y,
                      int64_t y_stride, int64_t n_begin, int64_t n_end) {
  switch (w.group_size) {
    case 32: return fast_matmul<B, 32>(xq, w, y, y_stride, n_begin, n_end);
    case 64: return fast_matmul<B, 64>(xq, w, y, y_stride, n_begin, n_end);
    default: return fast_matmul<B, 128>(xq, w, y, y_stride, n_begin, n_end);
  }
}

}  // namespace

void quantized_matmul_fast_avx512(const QuantizedActivations& xq, const PackedWeight& w, float* y,
                                  int64_t y_stride, int64_t n_begin, int64_t n_end) {
  switch (w.bits) {
    case 2: return fast_matmul_bits<2>(xq, w, y, y_stride, n_begin, n_end);
    case 3: return fast_matmul_bits<3>(xq, w, y, y_stride, n_begin, n_end);
    case 4: return fast_matmul_bits<4>(xq, w, y, y_stride, n_begin, n_end);
    case 5: return fast_matmul_bits<5>(xq, w, y, y_stride, n_begin, n_end);
    case 6: return fast_matmul_bits<6>(xq, w, y, y_stride, n_begin, n_end);
    default: return fast_matmul_bits<8>(xq, w, y, y_stride, n_begin, n_end);
  }
}

}  // namespace mlxla::kernels::detail
