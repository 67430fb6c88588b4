// KernelContext: picks a kernel table by CPUID once; the public entry points forward to it.
// Also the one-time validation of weight views (kernels themselves never check).
#include <algorithm>
#include <string>
#include <vector>

#if defined(__x86_64__)
#include <cpuid.h>
#endif

#include "kernels/cpu/interleave.h"
#include "kernels/cpu/kernel_table.h"
#include "kernels/cpu/numeric.h"

namespace mlxla::kernels {
namespace {

#if defined(__x86_64__)
// CPUID and XGETBV read directly (GCC's and clang's __builtin_cpu_supports accept different
// feature names): the instruction sets and that the OS saves the vector registers they use.
struct X86Features {
  bool avx2 = false, fma = false, f16c = false, bmi2 = false;
  bool avx512f = false, avx512bw = false, avx512dq = false, avx512vl = false;
  bool avx512vnni = false, avx512vbmi = false;
  bool amx_tile = false, amx_int8 = false;
  bool os_avx = false, os_avx512 = false, os_amx = false;
};

X86Features read_x86_features() {
  X86Features f;
  unsigned a = 0, b = 0, c = 0, d = 0;
  if (!__get_cpuid(1, &a, &b, &c, &d)) return f;
  f.fma = (c >> 12) & 1;
  f.f16c = (c >> 29) & 1;
  const bool osxsave = (c >> 27) & 1;
  if (osxsave) {
    unsigned lo = 0, hi = 0;
    __asm__("xgetbv" : "=a"(lo), "=d"(hi) : "c"(0));
    f.os_avx = (lo & 0x6) == 0x6;
    f.os_avx512 = (lo & 0xE6) == 0xE6;
    f.os_amx = ((lo >> 17) & 3) == 3;  // XTILECFG and XTILEDATA
  }
  if (__get_cpuid_max(0, nullptr) >= 7) {
    __cpuid_count(7, 0, a, b, c, d);
    f.avx2 = (b >> 5) & 1;
    f.bmi2 = (b >> 8) & 1;
    f.avx512f = (b >> 16) & 1;
    f.avx512dq = (b >> 17) & 1;
    f.avx512bw = (b >> 30) & 1;
    f.avx512vl = (b >> 31) & 1;
    f.avx512vbmi = (c >> 1) & 1;
    f.avx512vnni = (c >> 11) & 1;
    f.amx_tile = (d >> 24) & 1;
    f.amx_int8 = (d >> 25) & 1;
  }
  return f;
}
#endif

bool cpu_supports(Isa isa) {
  switch (isa) {
    case Isa::kScalar:
      return true;
#if defined(__x86_64__)
    case Isa::kAvx2: {
      const X86Features f = read_x86_features();
      return f.os_avx && f.avx2 && f.fma && f.f16c && f.bmi2;
    }
    case Isa::kAvx512: {
      const X86Features f = read_x86_features();
      return f.os_avx && f.os_avx512 && f.avx2 && f.fma && f.f16c && f.bmi2 && f.avx512f &&
             f.avx512bw && f.avx512dq && f.avx512vl && f.avx512vnni && f.avx512vbmi;
    }
#endif
#if defined(MLXLA_HAVE_AMX)
    case Isa::kAmx: {
      const X86Features f = read_x86_features();
      return cpu_supports(Isa::kAvx512) && f.amx_tile && f.amx_int8 && f.os_amx &&
             detail::amx_permitted();
    }
#endif
    default:
      return false;
  }
}

const detail::KernelTable* table_for(Isa isa) {
  switch (isa) {
    case Isa::kScalar:
      return &detail::scalar_table();
#if defined(__x86_64__)
    case Isa::kAvx2:
      return &detail::avx2_table();
    case Isa::kAvx512:
      return &detail::avx512_table();
#endif
#if defined(MLXLA_HAVE_AMX)
    case Isa::kAmx:
      return &detail::amx_table();
#endif
    default:
      return nullptr;
  }
}

/// Codes of an interleaved weight de-interleaved per call, about: large enough that the row-major
/// kernels' per-call work (activations narrowed or quantized sums, O(m k)) is small next to the
/// tile's (O(m k rows)), small enough to stay in the 2 MB L2 with the activations.
constexpr int64_t kTileBytes = int64_t{384} << 10;

/// Rows per de-interleaved tile: kTileBytes of codes, a multiple of 64 (of the kernels' row
/// blocks and of every interleave), at least 64.
int64_t tile_rows(int64_t row_bytes) {
  return std::max<int64_t>(64, kTileBytes / std::max<int64_t>(1, row_bytes) / 64 * 64);
}

/// The generic path for an interleaved weight: rows [n_begin, n_end) de-interleaved tile by tile
/// into row-major scratch, each tile handed to run(tile weight, first row, rows). Each output
/// depends only on its own row's bits, so the row-major kernels on a tile give the same bits.
template <class Run>
void via_row_major(const PackedWeight& w, int64_t n_begin, int64_t n_end, Run run) {
  const InterleavedGeometry geo(w);
  const int64_t tile = std::min(tile_rows(geo.row_bytes), n_end - n_begin);
  // Per-thread scratch kept across calls: growing it zero-fills once, not on every matmul.
  thread_local std::vector<std::byte> packed, scales, biases;
  const auto packed_size = static_cast<size_t>(tile * geo.row_bytes);
  const auto scale_size = static_cast<size_t>(tile * geo.scale_row_bytes);
  if (packed.size() < packed_size) packed.resize(packed_size);
  if (scales.size() < scale_size) scales.resize(scale_size);
  if (biases.size() < scale_size) biases.resize(scale_size);
  for (int64_t n0 = n_begin; n0 < n_end; n0 += tile) {
    const int64_t rows = std::min(tile, n_end - n0);
    deinterleave_rows(w, n0, n0 + rows, packed.data(), scales.data(), biases.data());
    PackedWeight t = w;
    t.packed = packed.data();
    t.scales = scales.data();
    t.biases = biases.data();
    t.n = rows;
    t.interleave = 0;
    run(t, n0, rows);
  }
}

}  // namespace

const char* isa_name(Isa isa) {
  switch (isa) {
    case Isa::kScalar:
      return "scalar";
    case Isa::kAvx2:
      return "avx2";
    case Isa::kAvx512:
      return "avx512";
    case Isa::kAmx:
      return "amx";
  }
  return "unknown";
}

std::vector<Isa> KernelContext::available_isas() {
  std::vector<Isa> out;
  for (Isa isa : {Isa::kScalar, Isa::kAvx2, Isa::kAvx512, Isa::kAmx}) {
    if (table_for(isa) != nullptr && cpu_supports(isa)) out.push_back(isa);
  }
  return out;
}

KernelContext KernelContext::best() {
  return KernelContext(table_for(available_isas().back()));
}

Result<KernelContext> KernelContext::with_isa(Isa isa) {
  const detail::KernelTable* table = table_for(isa);
  if (table == nullptr) {
    return unsupported(std::string("[kernels] ISA ") + isa_name(isa) + " is not compiled in");
  }
  if (!cpu_supports(isa)) {
    return unsupported(std::string("[kernels] this CPU does not support ISA ") + isa_name(isa));
  }
  return KernelContext(table);
}

Isa KernelContext::isa() const {
  return table_->isa;
}

bool KernelContext::has_interleaved_matvec() const {
  return table_->quantized_matmul_interleaved != nullptr;
}

bool KernelContext::has_fast_interleaved() const {
  return table_->quantized_matmul_fast_interleaved != nullptr;
}

Status validate(const PackedWeight& w) {
  const std::string where = "[quantized_matmul] ";
  if (w.packed == nullptr || w.scales == nullptr || w.biases == nullptr) {
    return invalid_argument(where + "null packed/scales/biases pointer");
  }
  if (w.bits != 2 && w.bits != 3 && w.bits != 4 && w.bits != 5 && w.bits != 6 && w.bits != 8) {
    return unsupported(where + "bits must be one of 2, 3, 4, 5, 6, 8, got " +
                       std::to_string(w.bits));
  }
  if (w.group_size != 32 && w.group_size != 64 && w.group_size != 128) {
    return unsupported(where + "group_size must be 32, 64 or 128, got " +
                       std::to_string(w.group_size));
  }
  if (w.n <= 0 || w.k <= 0 || w.k % w.group_size != 0) {
    return invalid_argument(where + "shape [" + std::to_string(w.n) + ", " + std::to_string(w.k) +
                            "] needs n > 0 and k a positive multiple of group_size " +
                            std::to_string(w.group_size));
  }
  if (w.scale_dtype != DType::kF32 && w.scale_dtype != DType::kF16 &&
      w.scale_dtype != DType::kBF16) {
    return unsupported(where + "scales/biases must be f32, f16 or bf16");
  }
  if (w.interleave != 0 && !valid_interleave(w.interleave)) {
    return unsupported(where + "interleave must be 0, 4, 8 or 16, got " +
                       std::to_string(w.interleave));
  }
  return Status::Ok();
}

Status validate(const DenseWeight& w) {
  const std::string where = "[dense_matmul] ";
  if (w.data == nullptr) return invalid_argument(where + "null data pointer");
  if (w.dtype != DType::kF32 && w.dtype != DType::kF16 && w.dtype != DType::kBF16) {
    return unsupported(where + "weights must be f32, f16 or bf16");
  }
  if (w.n <= 0 || w.k <= 0) {
    return invalid_argument(where + "shape [" + std::to_string(w.n) + ", " + std::to_string(w.k) +
                            "] must be positive");
  }
  return Status::Ok();
}

void quantized_matmul(const KernelContext& ctx, const float* x, int64_t m, int64_t x_stride,
                      const PackedWeight& w, Precision precision, float* y, int64_t y_stride,
                      int64_t n_begin, int64_t n_end) {
  if (m <= 0 || n_begin >= n_end) return;
  const detail::KernelTable& table = ctx.table();
  if (w.interleave == 0) {
    table.quantized_matmul(x, m, x_stride, w, precision, y, y_stride, n_begin, n_end);
  } else if (m <= detail::kSmallM && w.interleave != kFastInterleave &&
             table.quantized_matmul_interleaved != nullptr) {
    table.quantized_matmul_interleaved(x, m, x_stride, w, precision, y, y_stride, n_begin, n_end);
  } else {
    via_row_major(w, n_begin, n_end, [&](const PackedWeight& t, int64_t n0, int64_t rows) {
      table.quantized_matmul(x, m, x_stride, t, precision, y + n0, y_stride, 0, rows);
    });
  }
}

void quantized_matmul_fast(const KernelContext& ctx, const QuantizedActivations& xq,
                           const PackedWeight& w, float* y, int64_t y_stride, int64_t n_begin,
                           int64_t n_end) {
  if (xq.m <= 0 || n_begin >= n_end) return;
  const detail::KernelTable& table = ctx.table();
  if (w.interleave == 0) {
    table.quantized_matmul_fast(xq, w, y, y_stride, n_begin, n_end);
  } else if (w.interleave == kFastInterleave && fast_layout_bits(w.bits) &&
             table.quantized_matmul_fast_interleaved != nullptr) {
    table.quantized_matmul_fast_interleaved(xq, w, y, y_stride, n_begin, n_end);
  } else {
    via_row_major(w, n_begin, n_end, [&](const PackedWeight& t, int64_t n0, int64_t rows) {
      table.quantized_matmul_fast(xq, t, y + n0, y_stride, 0, rows);
    });
  }
}

void quantized_matmul(const KernelContext& ctx, const float* x, int64_t m, int64_t x_stride,
                      const PackedWeight& w, Precision precision, float* y, int64_t y_stride,
                      int64_t n_begin, int64_t n_end, Policy policy) {
  if (policy == Policy::kExact) {
    quantized_matmul(ctx, x, m, x_stride, w, precision, y, y_stride, n_begin, n_end);
    return;
  }
  if (m <= 0 || n_begin >= n_end) return;
  QuantizedActivations xq;
  quantize_activations(x, m, x_stride, w.k, w.group_size, &xq);
  quantized_matmul_fast(ctx, xq, w, y, y_stride, n_begin, n_end);
}

void dense_matmul(const KernelContext& ctx, const float* x, int64_t m, int64_t x_stride,
                  const DenseWeight& w, Precision precision, float* y, int64_t y_stride,
                  int64_t n_begin, int64_t n_end) {
  if (m <= 0 || n_begin >= n_end) return;
  ctx.table().dense_matmul(x, m, x_stride, w, precision, y, y_stride, n_begin, n_end);
}

void dequantize_rows(const KernelContext& ctx, const PackedWeight& w, int64_t row_begin,
                     int64_t row_end, float* out, int64_t out_stride) {
  if (row_begin >= row_end) return;
  if (w.interleave == 0) {
    ctx.table().dequantize_rows(w, row_begin, row_end, out, out_stride);
    return;
  }
  via_row_major(w, row_begin, row_end, [&](const PackedWeight& t, int64_t n0, int64_t rows) {
    ctx.table().dequantize_rows(t, 0, rows, out + (n0 - row_begin) * out_stride, out_stride);
  });
}

}  // namespace mlxla::kernels
