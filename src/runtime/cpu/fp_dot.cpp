// mlxla.fp_quantized_dot on the CPU: each thread decodes tiles of its weight rows (code value
// times f32 scale, as the composite's decomposition does) into a small f32 buffer and runs the
// dense kernel on them, so the result is the dense model's bit for bit under every policy.
#include <algorithm>
#include <cstring>
#include <vector>

#include "graph/composites.h"
#include "quant/fp_modes.h"
#include "runtime/cpu/fused_ops.h"
#include "runtime/cpu/thread_pool.h"

namespace mlxla::runtime::cpu {
namespace {

using graph::ElementType;

// Rows decoded per dense_matmul call: a tile of f32 rows that stays in the L2 cache.
constexpr int64_t kTileRows = 16;

const graph::TensorType& value_type(const Plan& plan, int32_t v) {
  return plan.values[static_cast<size_t>(v)].type;
}

}  // namespace

Result<Step> compile_fp_quantized_dot(const FlatOp& fop, const Plan& plan,
                                      const graph::CompositeAttrs& attrs,
                                      const kernels::KernelContext& kctx) {
  MLXLA_ASSIGN_OR_RETURN(const graph::QuantizedDotAttrs typed,
                         graph::decode_fp_quantized_dot(attrs));
  const auto& xt = value_type(plan, fop.operands[0]);
  const auto& pt = value_type(plan, fop.operands[1]);
  const auto& st = value_type(plan, fop.operands[2]);
  const int64_t k = xt.shape.empty() ? 0 : xt.shape.back();
  const int64_t n = pt.rank() == 2 ? pt.shape[0] : 0;
  const int bits = typed.bits, group = typed.group_size;
  if (xt.element != ElementType::kF32 || pt.element != ElementType::kU32 || pt.rank() != 2 ||
      k <= 0 || k % group != 0 || pt.shape[1] * 32 != k * bits ||
      st != graph::TensorType{ElementType::kF32, {n, k / group}}) {
    return format_error("mlxla.fp_quantized_dot: unexpected operand types");
  }
  kernels::Precision precision = kernels::Precision::kF32;
  if (typed.precision == ElementType::kF16) precision = kernels::Precision::kF16;
  if (typed.precision == ElementType::kBF16) precision = kernels::Precision::kBF16;
  const std::vector<float> table = quant::fp_code_values(bits);
  const int64_t m = xt.numel() / k, groups = k / group, row_bytes = k * bits / 8;
  const int32_t x = fop.operands[0], packed = fop.operands[1], scales = fop.operands[2];
  const int32_t y = fop.results[0];
  Step step{true, [=](AddressTable addr, int tid, int threads) {
              int64_t begin, end;
              split_range(n, tid, threads, kTileRows, &begin, &end);
              if (begin >= end) return;
              thread_local std::vector<float> tile;
              tile.resize(static_cast<size_t>(kTileRows * k));
              const auto* codes = addr[packed];
              const auto* xs = reinterpret_cast<const float*>(addr[x]);
              auto* ys = reinterpret_cast<float*>(addr[y]);
              for (int64_t r0 = begin; r0 < end; r0 += kTileRows) {
                const int64_t rows = std::min(kTileRows, end - r0);
                for (int64_t r = 0; r < rows; ++r) {
                  const std::byte* row = codes + (r0 + r) * row_bytes;
                  float scale_row[512];  // groups per row: k / 16 <= 512 for k <= 8192
                  const std::byte* srow = addr[scales] + (r0 + r) * groups * 4;
                  float* out = tile.data() + r * k;
                  for (int64_t g0 = 0; g0 < groups; g0 += 512) {
                    const int64_t count = std::min<int64_t>(512, groups - g0);
                    std::memcpy(scale_row, srow + g0 * 4, static_cast<size_t>(count) * 4);
                    for (int64_t g = 0; g < count; ++g) {
                      const float s = scale_row[g];
                      const int64_t j0 = (g0 + g) * group;
                      for (int64_t j = j0; j < j0 + group; ++j) {
                        const auto byte = static_cast<uint8_t>(row[bits == 4 ? j / 2 : j]);
                        const uint8_t code =
                            bits == 8 ? byte : static_cast<uint8_t>(j % 2 ? byte >> 4 : byte & 15);
                        out[j] = table[code] * s;
                      }
                    }
                  }
                }
                const kernels::DenseWeight weight{reinterpret_cast<const std::byte*>(tile.data()),
                                                  DType::kF32, rows, k};
                kernels::dense_matmul(kctx, xs, m, k, weight, precision, ys + r0, n, 0, rows);
              }
            }};
  step.chunks = matmul_chunks(n);
  return step;
}

}  // namespace mlxla::runtime::cpu
