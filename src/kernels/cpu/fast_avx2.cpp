// Policy::kFast on AVX2 (no VNNI): 32 codes per ymm as bytes in input order, products by
// vpmaddubsw + vpmaddwd (8-bit codes split in nibbles: vpmaddubsw would saturate), one exact
// integer dot per group and output, then the two fmas of the chain order; equals fast_scalar.cpp
// bit for bit for every m. Rows are streamed one at a time: AVX2 is the fallback (an m == 1 row
// reduces its integer dot horizontally per group, slower than the lane-parallel AVX-512 kernels).
#include <immintrin.h>

#include <algorithm>
#include <cstring>
#include <vector>

#include "kernels/cpu/fast_common.h"
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

/// The chain order (fast_scalar.cpp), every m: per output and group, the integer dot (raw codes,
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

template <int B>
void fast_matmul_bits(const QuantizedActivations& xq, const PackedWeight& w, float* y,
                      int64_t y_stride, int64_t n_begin, int64_t n_end) {
  switch (w.group_size) {
    case 32:
      return fast_chain<B, 32>(xq, w, y, y_stride, n_begin, n_end);
    case 64:
      return fast_chain<B, 64>(xq, w, y, y_stride, n_begin, n_end);
    default:
      return fast_chain<B, 128>(xq, w, y, y_stride, n_begin, n_end);
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
