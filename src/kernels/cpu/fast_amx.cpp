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
#include <utility>
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

// Tile roles, fixed for every step shape so that one configuration per group size serves all:
// C(i, j) = 2 i + j (int32 dots [16 activation rows][16 weight rows] of activation tile i x
// weight block j), A(i) = 4 + i (16 rows x K codes, K = min(group, 64)), B(j) = 6 + j (K/4 rows
// x 64 bytes). Group 128 runs its two K = 64 halves into the same C (integer, so exact).
constexpr int tile_c(int i, int j) {
  return 2 * i + j;
}
constexpr int tile_a(int i) {
  return 4 + i;
}
constexpr int tile_b(int j) {
  return 6 + j;
}

/// Loads this thread's tile configuration for `group_size` unless it is already loaded (the
/// configuration is per thread and survives context switches; one model has one group size).
void configure_tiles(int group_size) {
  thread_local int configured = 0;
  if (configured == group_size) return;
  const int k = std::min(group_size, 64);
  TileConfig c;
  for (int t = 0; t < 8; ++t) {
    const bool a = t == tile_a(0) || t == tile_a(1), b = t == tile_b(0) || t == tile_b(1);
    c.rows[t] = static_cast<uint8_t>(b ? k / 4 : 16);
    c.colsb[t] = static_cast<uint16_t>(a ? k : 64);
  }
  // Not _tile_loadconfig: GCC 12's version names only the first 8 bytes as its memory operand,
  // so the stores of the rest were dropped as dead (a #GP on LDTILECFG).
  asm volatile("ldtilecfg %0" : : "m"(c));
  configured = group_size;
}

// The tile instructions with the tile number a template argument (GCC's intrinsics paste their
// operands into the assembly text, so they take literals only). "memory": they read or write
// memory the compiler does not see as operands.
template <int T>
[[gnu::always_inline]] inline void tile_zero() {
  asm volatile("tilezero %%tmm%c0" : : "n"(T));
}
template <int T>
[[gnu::always_inline]] inline void tile_load(const void* base, int64_t stride) {
  asm volatile("tileloadd (%0,%1,1), %%tmm%c2" : : "r"(base), "r"(stride), "n"(T) : "memory");
}
template <int T>
[[gnu::always_inline]] inline void tile_store(void* base, int64_t stride) {
  asm volatile("tilestored %%tmm%c2, (%0,%1,1)" : : "r"(base), "r"(stride), "n"(T) : "memory");
}
/// C += A . B, A signed and B unsigned bytes.
template <int C, int A, int B>
[[gnu::always_inline]] inline void tile_dpbsud() {
  asm volatile("tdpbsud %%tmm%c2, %%tmm%c1, %%tmm%c0" : : "n"(C), "n"(A), "n"(B));
}

/// 16 scales or biases of the fast layout (the file's dtype) as f32.
inline __m512 load_fast16(const uint8_t* p, DType dtype) {
  if (dtype == DType::kF32) return _mm512_loadu_ps(p);
  const __m256i h = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(p));
  if (dtype == DType::kF16) return _mm512_cvtph_ps(h);
  return _mm512_castsi512_ps(_mm512_slli_epi32(_mm512_cvtepu16_epi32(h), 16));
}

/// Up to two activation tiles x up to two weight blocks (TM x TN), for all groups.
struct StepArgs {
  const QuantizedActivations* xq;
  const int32_t* seeds;     // [m][groups]
  const int8_t* a[2];       // each tile's packed codes (pack_activations)
  int64_t i0[2];            // each tile's first activation row
  int rows[2];              // each tile's activation rows (<= 16)
  const uint8_t* block[2];  // each block's fast-layout bytes (scales, biases)
  const uint8_t* b[2];      // each block's group 0 B tile rows
  int64_t b_stride;         // bytes from one group's B tile rows to the next
  int64_t n0[2];            // each block's first output column
  __mmask16 mask[2];        // each block's columns in range
  DType dtype;
  float* y;
  int64_t y_stride;
};

/// One K = 64 (or 32) half of group g for every tile pair: loads, then C(i, j) += A(i) . B(j)
/// (zeroed first on half 0).
template <int GS, int TM, int TN, int H>
[[gnu::always_inline]] inline void step_half(const StepArgs& s, int64_t g) {
  constexpr int64_t kK = GS < 64 ? GS : 64;
  const int64_t at = g * GS * 16 + H * 1024, bt = g * s.b_stride + H * 1024;
  tile_load<tile_a(0)>(s.a[0] + at, kK);
  tile_load<tile_b(0)>(s.b[0] + bt, 64);
  if constexpr (H == 0) tile_zero<tile_c(0, 0)>();
  tile_dpbsud<tile_c(0, 0), tile_a(0), tile_b(0)>();
  if constexpr (TN == 2) {
    tile_load<tile_b(1)>(s.b[1] + bt, 64);
    if constexpr (H == 0) tile_zero<tile_c(0, 1)>();
    tile_dpbsud<tile_c(0, 1), tile_a(0), tile_b(1)>();
  }
  if constexpr (TM == 2) {
    tile_load<tile_a(1)>(s.a[1] + at, kK);
    if constexpr (H == 0) tile_zero<tile_c(1, 0)>();
    tile_dpbsud<tile_c(1, 0), tile_a(1), tile_b(0)>();
    if constexpr (TN == 2) {
      if constexpr (H == 0) tile_zero<tile_c(1, 1)>();
      tile_dpbsud<tile_c(1, 1), tile_a(1), tile_b(1)>();
    }
  }
}

/// The integer dots of group g for every tile pair into dots[i][j] ([16][16] int32 each).
template <int GS, int TM, int TN>
[[gnu::always_inline]] inline void step_dots(const StepArgs& s, int64_t g,
                                             int32_t (*dots)[2][256]) {
  step_half<GS, TM, TN, 0>(s, g);
  if constexpr (GS == 128) step_half<GS, TM, TN, 1>(s, g);
  tile_store<tile_c(0, 0)>(dots[0][0], 64);
  if constexpr (TN == 2) tile_store<tile_c(0, 1)>(dots[0][1], 64);
  if constexpr (TM == 2) tile_store<tile_c(1, 0)>(dots[1][0], 64);
  if constexpr (TM == 2 && TN == 2) tile_store<tile_c(1, 1)>(dots[1][1], 64);
}

/// TM activation tiles x TN blocks of 16 weight rows, every group. Epilogue per group, row and
/// block as in fast16_block: acc = fma(float(dot + seed), s * d, acc), then
/// acc = fma(b', sum(x), acc), one chain per output over the groups; the accumulators live in L1
/// (up to 64 vectors), their loads and stores ride on the load/store ports the epilogue leaves.
template <int B, int GS, int TM, int TN>
void amx_step(const StepArgs& s) {
  const QuantizedActivations& xq = *s.xq;
  const int64_t groups = xq.k / GS;
  const int64_t sb = s.dtype == DType::kF32 ? 4 : 2;
  const int64_t group_bytes = 32 * sb + GS * B * 2;
  const __m512 centre = _mm512_set1_ps(static_cast<float>(fast_code_centre(B)));
  alignas(64) int32_t dots[2][2][2][256];  // [group parity][tile][block]
  alignas(64) float acc[TM][TN][16][16] = {};
  step_dots<GS, TM, TN>(s, 0, dots[0]);
  for (int64_t g = 0; g < groups; ++g) {
    // Group g + 1's tile work first: the AMX unit runs it while the vector units do g's epilogue.
    if (g + 1 < groups) step_dots<GS, TM, TN>(s, g + 1, dots[(g + 1) % 2]);
    __m512 sc[TN], bc[TN];
#pragma GCC unroll 2
    for (int j = 0; j < TN; ++j) {
      const uint8_t* p = s.block[j] + g * group_bytes;
      sc[j] = load_fast16(p, s.dtype);
      // s*c is exact (c is a power of two): the one rounding of fast_centred_bias.
      bc[j] = _mm512_add_ps(load_fast16(p + 16 * sb, s.dtype), _mm512_mul_ps(sc[j], centre));
    }
#pragma GCC unroll 2
    for (int i = 0; i < TM; ++i) {
      const int64_t at0 = s.i0[i] * groups + g;
      for (int r = 0; r < s.rows[i]; ++r) {
        const int64_t at = at0 + r * groups;
        const __m512i seed = _mm512_set1_epi32(s.seeds[at]);
        const __m512 xd = _mm512_set1_ps(xq.scales[at]);
        const __m512 xs = _mm512_set1_ps(xq.sums[at]);
#pragma GCC unroll 2
        for (int j = 0; j < TN; ++j) {
          const __m512i dot = _mm512_add_epi32(_mm512_load_si512(dots[g % 2][i][j] + 16 * r), seed);
          __m512 a = _mm512_load_ps(acc[i][j][r]);
          a = _mm512_fmadd_ps(_mm512_cvtepi32_ps(dot), _mm512_mul_ps(sc[j], xd), a);
          a = _mm512_fmadd_ps(bc[j], xs, a);
          _mm512_store_ps(acc[i][j][r], a);
        }
      }
    }
  }
#pragma GCC unroll 2
  for (int i = 0; i < TM; ++i) {
    for (int r = 0; r < s.rows[i]; ++r) {
#pragma GCC unroll 2
      for (int j = 0; j < TN; ++j) {
        _mm512_mask_storeu_ps(s.y + (s.i0[i] + r) * s.y_stride + s.n0[j], s.mask[j],
                              _mm512_load_ps(acc[i][j][r]));
      }
    }
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
      // The weight stream comes from memory: fetch ahead as fast16_block does (kFastAhead).
      if (v % 2 == 0)
        _mm_prefetch(reinterpret_cast<const char*>(codes + 64 * v + 1024), _MM_HINT_T0);
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

/// Pairs of blocks of 16 weight rows covering [n_begin, n_end), each pair applied to every pair
/// of activation tiles of 16 rows in turn while its bytes are hot in L1/L2 (a 4-bit block is
/// nibble-split once for all tiles); rows of a block outside the range are computed and dropped.
/// A last partial activation tile has zero codes past m (their dots are computed and dropped).
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
  // 64-byte aligned rows for the 4-bit B tiles of two blocks (split_nibbles' stores are aligned).
  struct alignas(64) TileRow {
    uint8_t bytes[64];
  };
  thread_local std::vector<TileRow> split;
  if (B == 4) split.resize(static_cast<size_t>(2 * (k / 4)));
  const auto* base = reinterpret_cast<const uint8_t*>(w.packed);
  StepArgs s{};
  s.xq = &xq;
  s.seeds = seeds.data();
  s.dtype = w.scale_dtype;
  s.y = y;
  s.y_stride = y_stride;
  s.b_stride = B == 4 ? GS * 16 : geo.group_bytes;
  const int64_t last = (n_end - 1) / kFastInterleave;
  for (int64_t blk = n_begin / kFastInterleave; blk <= last; blk += 2) {
    const int tn = blk < last ? 2 : 1;
    for (int j = 0; j < tn; ++j) {
      const int64_t n0 = (blk + j) * kFastInterleave;
      const int64_t lo = std::max(n_begin, n0) - n0;
      const int64_t hi = std::min(n_end, n0 + kFastInterleave) - n0;
      s.mask[j] = static_cast<__mmask16>(((1u << hi) - 1u) & ~((1u << lo) - 1u));
      s.n0[j] = n0;
      s.block[j] = base + (blk + j) * geo.block_bytes;
      s.b[j] = s.block[j] + 32 * sb;
      if constexpr (B == 4) {
        auto* rows = reinterpret_cast<uint8_t*>(split.data() + j * (k / 4));
        split_nibbles<GS>(s.block[j], groups, sb, rows);
        s.b[j] = rows;
      }
    }
    for (int64_t i0 = 0; i0 < m; i0 += 32) {
      const int tm = i0 + 16 < m ? 2 : 1;
      for (int i = 0; i < tm; ++i) {
        s.i0[i] = i0 + 16 * i;
        s.a[i] = packed.data() + s.i0[i] * k;
        s.rows[i] = static_cast<int>(std::min<int64_t>(16, m - s.i0[i]));
      }
      if (tm == 2 && tn == 2) {
        amx_step<B, GS, 2, 2>(s);
      } else if (tm == 2) {
        amx_step<B, GS, 2, 1>(s);
      } else if (tn == 2) {
        amx_step<B, GS, 1, 2>(s);
      } else {
        amx_step<B, GS, 1, 1>(s);
      }
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

/// The fewest activation rows the AMX kernel takes; below, the VNNI kernel (fast16_block) is
/// faster: a tile always computes 16 rows' dots and one group's tile work (zero, loads, TDPBSUD,
/// store) is a chain the epilogue cannot hide at one activation tile. kernels_bench
/// BM_FastLayoutStep (Llama-3.2-1B projections, fast layout, CPU time amx vs avx512): 4-bit
/// m = 16 158 vs 145 ms, m = 64 257 vs 425, m = 256 899 vs 1516; 8-bit m = 16 158 vs 225,
/// m = 64 272 vs 482, m = 256 968 vs 1529.
int64_t amx_min_rows(int bits) {
  return bits == 8 ? 16 : 17;
}

void quantized_matmul_fast_interleaved_amx(const QuantizedActivations& xq, const PackedWeight& w,
                                           float* y, int64_t y_stride, int64_t n_begin,
                                           int64_t n_end) {
  if (xq.m < amx_min_rows(w.bits)) {
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
