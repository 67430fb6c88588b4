// Policy::kFast on the fast layout (interleave.h, R = 16) with AMX-INT8: per group one TDPBSUD
// gives the exact integer dots of 16 activation rows x the block's 16 weight rows (A = int8
// activation codes, B = the unsigned weight codes, which the fast layout already stores as the
// rows of a B tile in VNNI order), then the float epilogue of fast_avx512.cpp's fast16_block in
// the same order, so the result is bitwise that of fast_scalar.cpp. Also the AMX detection
// that needs the OS: the process's permission to use the tile data state. GCC 12 reports its own
// _mm512_undefined_*() as (maybe-)uninitialized once inlined: false positives.
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#pragma GCC diagnostic ignored "-Wuninitialized"
#endif
#include <immintrin.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <algorithm>
#include <cstring>
#include <vector>

#include "kernels/cpu/fast_common.h"
#include "kernels/cpu/interleave.h"
#include "kernels/cpu/kernel_table.h"

namespace mlxla::kernels::detail {
namespace {

/// The LDTILECFG operand (palette 1): bytes per row and rows of each of the 8 tiles.
struct TileConfig {
  uint8_t palette = 1;
  uint8_t start_row = 0;
  uint8_t reserved[14] = {};
  uint16_t colsb[16] = {};
  uint8_t rows[16] = {};
};
static_assert(sizeof(TileConfig) == 64);

// Tiles (group_dots): two C, 0 and 1 (int32 dots [16 activation rows][16 weight rows]) so that
// group g + 1's tile work overlaps group g's epilogue; an A and a B per C (K = min(group, 64)
// inputs); group 128 adds a second A/B pair for inputs 64..127, accumulated into the same C
// (integer, so exact).
constexpr int kTileA = 2, kTileB = 4, kTileAHigh = 6, kTileBHigh = 7;

/// Loads this thread's tile configuration for `group_size` unless it is already loaded (the
/// configuration is per thread and survives context switches; one model has one group size).
void configure_tiles(int group_size) {
  thread_local int configured = 0;
  if (configured == group_size) return;
  const int k = std::min(group_size, 64);
  TileConfig c;
  for (int t : {0, 1}) {
    c.rows[t] = 16;
    c.colsb[t] = 64;
  }
  for (int t : {kTileA, kTileA + 1, kTileAHigh}) {
    c.rows[t] = 16;
    c.colsb[t] = static_cast<uint16_t>(k);
  }
  for (int t : {kTileB, kTileB + 1, kTileBHigh}) {
    c.rows[t] = static_cast<uint8_t>(k / 4);
    c.colsb[t] = 64;
  }
  // Not _tile_loadconfig: GCC 12's version names only the first 8 bytes as its memory operand,
  // so the stores of the rest were dropped as dead (a #GP on LDTILECFG).
  asm volatile("ldtilecfg %0" : : "m"(c));
  configured = group_size;
}

/// 16 scales or biases of the fast layout (the file's dtype) as f32.
inline __m512 load_fast16(const uint8_t* p, DType dtype) {
  if (dtype == DType::kF32) return _mm512_loadu_ps(p);
  const __m256i h = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(p));
  if (dtype == DType::kF16) return _mm512_cvtph_ps(h);
  return _mm512_castsi512_ps(_mm512_slli_epi32(_mm512_cvtepu16_epi32(h), 16));
}

/// The integer dots of one group into c ([16][16] int32): a = the group's A tile rows (packed by
/// pack_activations, row stride a_stride; group 128's second half 1 KB on), b = the group's B tile
/// rows (64 bytes each).
/// C selects the tile set, so that two groups in flight use different tiles. (GCC's tile
/// intrinsics paste their tile operands into the assembly: literals only.)
template <int GS, int C>
[[gnu::always_inline]] inline void group_dots(const int8_t* a, int64_t a_stride, const uint8_t* b,
                                              int32_t* c) {
  if constexpr (C == 0) {
    _tile_zero(0);
    _tile_loadd(2, a, a_stride);
    _tile_loadd(4, b, 64);
    _tile_dpbsud(0, 2, 4);
  } else {
    _tile_zero(1);
    _tile_loadd(3, a, a_stride);
    _tile_loadd(5, b, 64);
    _tile_dpbsud(1, 3, 5);
  }
  if constexpr (GS == 128) {
    _tile_loadd(6, a + 1024, a_stride);
    _tile_loadd(7, b + 1024, 64);
    if constexpr (C == 0) {
      _tile_dpbsud(0, 6, 7);
    } else {
      _tile_dpbsud(1, 6, 7);
    }
  }
  if constexpr (C == 0) {
    _tile_stored(0, c, 64);
  } else {
    _tile_stored(1, c, 64);
  }
}

/// One activation tile (rows i0 .. i0 + rows, rows <= 16, its codes packed at `a`) x one block of
/// 16 weight rows. b: group 0's B tile rows, group g's at b + g * b_stride. Epilogue per
/// group and row as in fast16_block: acc = fma(float(dot + seed), s * d, acc), then
/// acc = fma(b', sum(x), acc), one chain per output over the groups.
template <int B, int GS>
void tile_block(const QuantizedActivations& xq, const int8_t* a, const int32_t* seeds, int64_t i0,
                int rows, const uint8_t* block, const uint8_t* b, int64_t b_stride, DType dtype,
                float* y, int64_t y_stride, __mmask16 mask) {
  const int64_t k = xq.k, groups = k / GS;
  const int64_t sb = dtype == DType::kF32 ? 4 : 2;
  const int64_t group_bytes = 32 * sb + GS * B * 2;
  const __m512 centre = _mm512_set1_ps(static_cast<float>(fast_code_centre(B)));
  alignas(64) int32_t dots[2][256];
  __m512 acc[16];
#pragma GCC unroll 16
  for (int i = 0; i < 16; ++i) acc[i] = _mm512_setzero_ps();
  const int32_t* seed_row = seeds + i0 * groups;
  const float* scale_row = xq.scales.data() + i0 * groups;
  const float* sum_row = xq.sums.data() + i0 * groups;
  constexpr int64_t kK = GS < 64 ? GS : 64;  // A tile row bytes
  group_dots<GS, 0>(a, kK, b, dots[0]);
  for (int64_t g = 0; g < groups; ++g) {
    // Group g + 1's tile work first: it runs on the AMX unit while the vector units do g's.
    if (g + 1 < groups) {
      const int8_t* an = a + (g + 1) * GS * 16;
      const uint8_t* bn = b + (g + 1) * b_stride;
      if (g % 2 == 0) {
        group_dots<GS, 1>(an, kK, bn, dots[1]);
      } else {
        group_dots<GS, 0>(an, kK, bn, dots[0]);
      }
    }
    const int32_t* d = dots[g % 2];
    const uint8_t* p = block + g * group_bytes;
    const __m512 s = load_fast16(p, dtype);
    // s*c is exact (c is a power of two): the one rounding of fast_centred_bias.
    const __m512 bc = _mm512_add_ps(load_fast16(p + 16 * sb, dtype), _mm512_mul_ps(s, centre));
#pragma GCC unroll 16
    for (int i = 0; i < 16; ++i) {
      if (i < rows) {
        const int64_t at = i * groups + g;
        const __m512i dot =
            _mm512_add_epi32(_mm512_load_si512(d + 16 * i), _mm512_set1_epi32(seed_row[at]));
        const __m512 t = _mm512_mul_ps(s, _mm512_set1_ps(scale_row[at]));
        acc[i] = _mm512_fmadd_ps(_mm512_cvtepi32_ps(dot), t, acc[i]);
        acc[i] = _mm512_fmadd_ps(bc, _mm512_set1_ps(sum_row[at]), acc[i]);
      }
    }
  }
#pragma GCC unroll 16
  for (int i = 0; i < 16; ++i) {
    if (i < rows) _mm512_mask_storeu_ps(y + (i0 + i) * y_stride, mask, acc[i]);
  }
}

/// The codes of one 4-bit block as B tile rows: vector v of a group holds inputs 8v..8v+3 in its
/// low nibbles (B row 2v) and 8v+4..8v+7 in its high nibbles (B row 2v + 1). out: [groups][GS/4]
/// rows of 64 bytes.
template <int GS>
void split_nibbles(const uint8_t* block, int64_t groups, int64_t sb, uint8_t* out) {
  const int64_t group_bytes = 32 * sb + GS * 8;
  const __m512i nib = _mm512_set1_epi8(0x0F);
  for (int64_t g = 0; g < groups; ++g) {
    const uint8_t* codes = block + g * group_bytes + 32 * sb;
    uint8_t* rows = out + g * GS * 16;
#pragma GCC unroll 16
    for (int v = 0; v < GS / 8; ++v) {
      const __m512i wv = _mm512_loadu_si512(codes + 64 * v);
      _mm512_store_si512(rows + 128 * v, _mm512_and_si512(wv, nib));
      _mm512_store_si512(rows + 128 * v + 64, _mm512_and_si512(_mm512_srli_epi16(wv, 4), nib));
    }
  }
}

/// The activation codes as A tiles: for each tile of 16 rows and each chunk of kk inputs, the 16
/// rows' kk codes one after the other (rows past m zero), so a tile load reads one contiguous
/// 16 kk bytes. Read in place, the rows' stride of k bytes (2048, 8192) put all 16 in one L1
/// set, past its 12 ways.
inline void pack_activations(const QuantizedActivations& xq, int64_t kk, std::vector<int8_t>& out) {
  const int64_t k = xq.k, m = xq.m, tiles = (m + 15) / 16, chunks = k / kk;
  out.resize(static_cast<size_t>(tiles * 16 * k));
  for (int64_t t = 0; t < tiles; ++t) {
    int8_t* tile = out.data() + t * 16 * k;
    for (int64_t r = 0; r < 16; ++r) {
      const int64_t i = t * 16 + r;
      if (i >= m) {
        for (int64_t c = 0; c < chunks; ++c) std::memset(tile + (c * 16 + r) * kk, 0, kk);
        continue;
      }
      const int8_t* src = xq.codes.data() + i * k;
      for (int64_t c = 0; c < chunks; ++c) std::memcpy(tile + (c * 16 + r) * kk, src + c * kk, kk);
    }
  }
}

/// Blocks of 16 weight rows covering [n_begin, n_end), each applied to every activation tile of
/// 16 rows in turn while its bytes are hot in L1/L2 (a 4-bit block is nibble-split once for all
/// tiles); rows of a block outside the range are computed and dropped. A last partial activation
/// tile has zero codes past m (their dots are computed and dropped).
template <int B, int GS>
void fast16_amx_matmul(const QuantizedActivations& xq, const PackedWeight& w, float* y,
                       int64_t y_stride, int64_t n_begin, int64_t n_end) {
  configure_tiles(GS);
  const InterleavedGeometry geo(w);
  const int64_t k = xq.k, m = xq.m, groups = k / GS;
  const int64_t sb = w.scale_dtype == DType::kF32 ? 4 : 2;
  thread_local std::vector<int32_t> seeds;
  fast_group_seeds(xq, B, seeds);
  thread_local std::vector<int8_t> packed;
  pack_activations(xq, GS < 64 ? GS : 64, packed);
  // 64-byte aligned rows for the 4-bit B tiles (the vector stores above are aligned).
  struct alignas(64) TileRow {
    uint8_t bytes[64];
  };
  thread_local std::vector<TileRow> split;
  if (B == 4) split.resize(static_cast<size_t>(k / 4));
  const auto* base = reinterpret_cast<const uint8_t*>(w.packed);
  for (int64_t blk = n_begin / kFastInterleave; blk * kFastInterleave < n_end; ++blk) {
    const int64_t n0 = blk * kFastInterleave;
    const int64_t lo = std::max(n_begin, n0) - n0;
    const int64_t hi = std::min(n_end, n0 + kFastInterleave) - n0;
    const auto mask = static_cast<__mmask16>(((1u << hi) - 1u) & ~((1u << lo) - 1u));
    const uint8_t* block = base + blk * geo.block_bytes;
    const uint8_t* b = block + 32 * sb;
    int64_t b_stride = geo.group_bytes;
    if constexpr (B == 4) {
      auto* rows = reinterpret_cast<uint8_t*>(split.data());
      split_nibbles<GS>(block, groups, sb, rows);
      b = rows;
      b_stride = GS * 16;
    }
    for (int64_t i0 = 0; i0 < m; i0 += 16) {
      tile_block<B, GS>(xq, packed.data() + i0 * k, seeds.data(), i0,
                        static_cast<int>(std::min<int64_t>(16, m - i0)), block, b, b_stride,
                        w.scale_dtype, y + n0, y_stride, mask);
    }
  }
}

template <int B>
void fast16_amx_matmul_bits(const QuantizedActivations& xq, const PackedWeight& w, float* y,
                            int64_t y_stride, int64_t n_begin, int64_t n_end) {
  switch (w.group_size) {
    case 32:
      return fast16_amx_matmul<B, 32>(xq, w, y, y_stride, n_begin, n_end);
    case 64:
      return fast16_amx_matmul<B, 64>(xq, w, y, y_stride, n_begin, n_end);
    default:
      return fast16_amx_matmul<B, 128>(xq, w, y, y_stride, n_begin, n_end);
  }
}

/// Below this many activation rows the VNNI kernel (fast16_block) is faster: a tile always
/// computes 16 rows' dots, and one group's tile work (zero, loads, TDPBSUD, store) is a serial
/// chain (kernels_bench BM_FastLayoutStep 4-bit, CPU time: m = 8 143 ms vs 99, m = 16 170 vs 149,
/// m = 64 287 vs 381).
constexpr int64_t kAmxMinRows = 32;

void quantized_matmul_fast_interleaved_amx(const QuantizedActivations& xq, const PackedWeight& w,
                                           float* y, int64_t y_stride, int64_t n_begin,
                                           int64_t n_end) {
  if (xq.m < kAmxMinRows) {
    quantized_matmul_fast_interleaved_avx512(xq, w, y, y_stride, n_begin, n_end);
    return;
  }
  // dispatch.cpp routes 4- and 8-bit weights here; other widths go through de-interleaved tiles.
  if (w.bits == 8) return fast16_amx_matmul_bits<8>(xq, w, y, y_stride, n_begin, n_end);
  fast16_amx_matmul_bits<4>(xq, w, y, y_stride, n_begin, n_end);
}

}  // namespace

bool amx_permitted() {
  // Linux keeps the 8 KB tile data state off until a process asks (ARCH_REQ_XCOMP_PERM for
  // XFEATURE_XTILEDATA); the grant holds for every thread of the process. Asked once.
  static const bool permitted = [] {
    constexpr int kReqXcompPerm = 0x1023, kXfeatureXtiledata = 18;
    return syscall(SYS_arch_prctl, kReqXcompPerm, kXfeatureXtiledata) == 0;
  }();
  return permitted;
}

const KernelTable& amx_table() {
  // The AVX-512 table, except the fast layout's kernel.
  static const KernelTable table = [] {
    KernelTable t = avx512_table();
    t.isa = Isa::kAmx;
    t.quantized_matmul_fast_interleaved = &quantized_matmul_fast_interleaved_amx;
    return t;
  }();
  return table;
}

}  // namespace mlxla::kernels::detail
