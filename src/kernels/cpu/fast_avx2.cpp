// Policy::kFast on AVX2 (no VNNI): 32 codes per ymm as bytes in input order (4-bit m == 1: low
// and high nibbles against the even/odd split activation codes), products by
// vpmaddubsw + vpmaddwd (8-bit codes split in nibbles: vpmaddubsw would saturate), the 16 lanes
// in two ymm halves; equals fast_scalar.cpp bit for bit (both orders). Rows are streamed for
// every m: AVX2 is the fallback, the prefill tile lives in the AVX-512 table.
#include <immintrin.h>

#include <algorithm>
#include <cstring>
#include <vector>

#include "kernels/cpu/fast_common.h"
#include "kernels/cpu/kernel_table.h"

namespace mlxla::kernels::detail {
namespace {

inline float reduce_lanes(__m256 lo, __m256 hi) {
  const __m256 s8 = _mm256_add_ps(lo, hi);
  const __m128 s4 = _mm_add_ps(_mm256_castps256_ps128(s8), _mm256_extractf128_ps(s8, 1));
  const __m128 s2 = _mm_add_ps(s4, _mm_movehl_ps(s4, s4));
  return _mm_cvtss_f32(_mm_add_ss(s2, _mm_movehdup_ps(s2)));
}

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

/// 8 dwords: lane l = sum of codes[4l..4l+3] * x[4l..4l+3] (exact).
template <int B>
inline __m256i dot32(__m256i codes, const int8_t* x) {
  const __m256i xv = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(x));
  const __m256i ones = _mm256_set1_epi16(1);
  if constexpr (B == 8) {
    // 255 * 127 * 2 overflows vpmaddubsw's saturating int16: split codes into nibbles.
    const __m256i nib = _mm256_set1_epi8(0x0F);
    const __m256i lo = _mm256_and_si256(codes, nib);
    const __m256i hi = _mm256_and_si256(_mm256_srli_epi16(codes, 4), nib);
    return _mm256_add_epi32(_mm256_madd_epi16(_mm256_maddubs_epi16(lo, xv), ones),
                            _mm256_madd_epi16(_mm256_maddubs_epi16(hi, xv), _mm256_set1_epi16(16)));
  } else {
    // Codes <= 63: a pair sums to at most 2 * 63 * 127 < 2^15, no saturation.
    return _mm256_madd_epi16(_mm256_maddubs_epi16(codes, xv), ones);
  }
}

/// 8 scales or biases from g on, as f32 (F16C for f16: the software conversion costs ~30x more).
inline __m256 load_scales8(const std::byte* base, DType dtype, int64_t g) {
  if (dtype == DType::kF32) return _mm256_loadu_ps(reinterpret_cast<const float*>(base + 4 * g));
  const __m128i h = _mm_loadu_si128(reinterpret_cast<const __m128i*>(base + 2 * g));
  if (dtype == DType::kF16) return _mm256_cvtph_ps(h);
  return _mm256_castsi256_ps(_mm256_slli_epi32(_mm256_cvtepu16_epi32(h), 16));
}

/// fast_row_prologue_scalar with the 16 lanes in two ymm.
float row_prologue(const std::byte* scales, const std::byte* biases, DType dtype, int bits,
                   const float* x_scales, const float* x_sums, int64_t groups, float* t) {
  const __m256 centre = _mm256_set1_ps(static_cast<float>(fast_code_centre(bits)));
  __m256 p[2] = {_mm256_setzero_ps(), _mm256_setzero_ps()};
  int64_t g = 0;
  for (; g + 8 <= groups; g += 8) {
    const __m256 s = load_scales8(scales, dtype, g);
    const __m256 b = _mm256_add_ps(load_scales8(biases, dtype, g), _mm256_mul_ps(s, centre));
    _mm256_storeu_ps(t + g, _mm256_mul_ps(s, _mm256_loadu_ps(x_scales + g)));
    __m256& lane = p[(g / 8) % 2];
    lane = _mm256_fmadd_ps(b, _mm256_loadu_ps(x_sums + g), lane);
  }
  alignas(32) float rest[16];
  _mm256_store_ps(rest, p[0]);
  _mm256_store_ps(rest + 8, p[1]);
  for (; g < groups; ++g) {
    const float sg = load_float(scales, dtype, g);
    t[g] = sg * x_scales[g];
    float& lane = rest[g % kLanes];
    lane = std::fma(fast_centred_bias(sg, load_float(biases, dtype, g), bits), x_sums[g], lane);
  }
  return reduce_canonical(rest);
}

/// -centre * 8 lane sums: centre = 2^(B-1), so a shift and a negation (exact): the start of
/// every integer lane partial, so that fed the raw codes q it sums (q - centre) * x.
template <int B>
inline __m256i centring_seed8(const int32_t* lane_sums) {
  return _mm256_sub_epi32(
      _mm256_setzero_si256(),
      _mm256_slli_epi32(_mm256_loadu_si256(reinterpret_cast<const __m256i*>(lane_sums)), B - 1));
}

/// One weight row (packed at row) against activation row x (codes) with t the row's scale
/// products; lane_sums as xq.lane_sums; the 16 lanes into acc[0] (0-7) and acc[1] (8-15).
template <int B, int GS>
void fast_row(const int8_t* x, const int32_t* lane_sums, int64_t k, const uint8_t* row,
              const float* t, __m256* acc) {
  acc[0] = acc[1] = _mm256_setzero_ps();
  const int64_t groups = k / GS;
  for (int64_t g = 0; g < groups; ++g) {
    const int64_t pos0 = g * GS;
    const int32_t* sums = lane_sums + pos0 / fast_unit(GS) * kLanes;
    __m256i part[2] = {centring_seed8<B>(sums), centring_seed8<B>(sums + 8)};
    for (int h = 0; h < GS / 32; ++h) {
      const int64_t pos = pos0 + 32 * h;
      const int half = static_cast<int>((pos / 32) % 2);
      part[half] = _mm256_add_epi32(part[half], dot32<B>(unpack32<B>(row + pos * B / 8), x + pos));
    }
    const __m256 tv = _mm256_set1_ps(t[g]);
    if constexpr (GS == 32) {
      const int half = static_cast<int>(g % 2);
      acc[half] = _mm256_fmadd_ps(_mm256_cvtepi32_ps(part[half]), tv, acc[half]);
    } else {
      acc[0] = _mm256_fmadd_ps(_mm256_cvtepi32_ps(part[0]), tv, acc[0]);
      acc[1] = _mm256_fmadd_ps(_mm256_cvtepi32_ps(part[1]), tv, acc[1]);
    }
  }
}

/// fast_row for 4-bit weights in their own lane order (kSplitSpan): per 64 inputs (half h of
/// a 128-input block, lanes 8h..8h+7) one 32-byte load whose low nibbles (even inputs) and
/// high nibbles (odd inputs) meet the two halves of xq.split_codes (xs).
template <int GS>
void fast_row_split(const int8_t* xs, const int32_t* lane_sums, int64_t k, const uint8_t* row,
                    const float* t, __m256* acc) {
  acc[0] = acc[1] = _mm256_setzero_ps();
  const __m256i nib = _mm256_set1_epi8(0x0F);
  const __m256i ones = _mm256_set1_epi16(1);
  for (int64_t pos = 0; pos < k; pos += kSplitSpan) {
    for (int h = 0; h < 2 && pos + 64 * h < k; ++h) {
      const int64_t at = pos + 64 * h;
      const bool quarter = k - at < 64;  // 32 inputs: lanes 0-3 of this half only
      const __m256i xe = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(xs + pos + 32 * h));
      const __m256i xo =
          _mm256_loadu_si256(reinterpret_cast<const __m256i*>(xs + pos + 64 + 32 * h));
      const __m256i seed = centring_seed8<4>(lane_sums + pos / kSplitSpan * kLanes + 8 * h);
      const uint8_t* p = row + at / 2;
      const __m256i v =
          quarter ? _mm256_zextsi128_si256(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p)))
                  : _mm256_loadu_si256(reinterpret_cast<const __m256i*>(p));
      const __m256i lo = _mm256_and_si256(v, nib);
      const __m256i hi = _mm256_and_si256(_mm256_srli_epi16(v, 4), nib);
      // Codes <= 15: a pair sums to at most 2 * 15 * 127, no saturation.
      const __m256i part = _mm256_add_epi32(
          _mm256_add_epi32(seed, _mm256_madd_epi16(_mm256_maddubs_epi16(lo, xe), ones)),
          _mm256_madd_epi16(_mm256_maddubs_epi16(hi, xo), ones));
      const int64_t g = at / GS;
      __m256 tv;
      if constexpr (GS == 32) {
        const float t1 = quarter ? 0.0f : t[g + 1];
        tv = _mm256_setr_m128(_mm_set1_ps(t[g]), _mm_set1_ps(t1));
      } else {
        tv = _mm256_set1_ps(t[g]);
      }
      const __m256 sum = _mm256_fmadd_ps(_mm256_cvtepi32_ps(part), tv, acc[h]);
      acc[h] = quarter ? _mm256_blend_ps(acc[h], sum, 0x0F) : sum;
    }
  }
}

/// m > 1, chain order (fast_scalar.cpp): per output and group, the integer dot (raw codes,
/// then minus c * sum of the group's activation codes, exact), then two fmas.
template <int B, int GS>
void fast_chain(const QuantizedActivations& xq, const PackedWeight& w, float* y, int64_t y_stride,
                int64_t n_begin, int64_t n_end) {
  const int64_t groups = w.k / GS;
  const int64_t row_bytes = packed_row_bytes(w);
  const int64_t sb = groups * scale_bytes(w.scale_dtype);
  std::vector<int32_t> seeds;
  fast_group_seeds(xq, B, seeds);
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
            _mm_cvtsi128_si32(_mm_add_epi32(d2, _mm_shuffle_epi32(d2, 1))) + seeds[i * groups + g];
        const float s = load_float(w.scales + n * sb, w.scale_dtype, g);
        acc = std::fma(static_cast<float>(part), s * xq.scales[i * groups + g], acc);
        acc = std::fma(fast_centred_bias(s, load_float(w.biases + n * sb, w.scale_dtype, g), B),
                       xq.sums[i * groups + g], acc);
      }
      y[i * y_stride + n] = acc;
    }
  }
}

template <int B, int GS>
void fast_matmul(const QuantizedActivations& xq, const PackedWeight& w, float* y, int64_t y_stride,
                 int64_t n_begin, int64_t n_end) {
  if (xq.m > 1) {
    fast_chain<B, GS>(xq, w, y, y_stride, n_begin, n_end);
    return;
  }
  // One row at a time, so the weights stream in order: 4 rows per pass (the activation loads
  // shared) read them worse (kernels_bench BM_DecodeStep with AVX2 forced, 2 threads: 4-bit
  // 20.4 -> 34.0 tok/s, 8-bit 13.5 -> 21.7).
  const int64_t groups = w.k / GS;
  const int64_t row_bytes = packed_row_bytes(w);
  const int64_t sb = groups * scale_bytes(w.scale_dtype);
  std::vector<float> t(static_cast<size_t>(groups));
  for (int64_t n = n_begin; n < n_end; ++n) {
    const uint8_t* row = reinterpret_cast<const uint8_t*>(w.packed) + n * row_bytes;
    const float bias = row_prologue(w.scales + n * sb, w.biases + n * sb, w.scale_dtype, B,
                                    xq.scales.data(), xq.sums.data(), groups, t.data());
    __m256 acc[2];
    if constexpr (B == 4) {
      fast_row_split<GS>(xq.split_codes.data(), xq.split_lane_sums.data(), w.k, row, t.data(), acc);
    } else {
      fast_row<B, GS>(xq.codes.data(), xq.lane_sums.data(), w.k, row, t.data(), acc);
    }
    y[n] = reduce_lanes(acc[0], acc[1]) + bias;
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

}  // namespace

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
