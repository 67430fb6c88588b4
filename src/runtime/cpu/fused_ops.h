// The CPU runtime's fused steps: mlxla composites executed by kernels, and dot_general on a
// weight matrix (with the narrowing converts around it folded into the kernel's precision).
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <vector>

#include "kernels/cpu/kernels.h"
#include "runtime/cpu/step.h"

namespace mlxla::runtime::cpu {

/// Composites with a fused CPU implementation.
bool has_fused_kernel(const graph::CompositeAttrs& attrs);
/// mlxla.moe: whether compile_moe runs these attributes (moe_step.cpp).
bool moe_has_fused_kernel(const graph::CompositeAttrs& attrs);

/// A dot_general the dense matmul kernel can run: x [..., K] . W[N, K]^T. `lhs`/`rhs` are the
/// values the kernel reads (narrowing converts skipped), `precision` what they were narrowed to.
struct WeightDot {
  int32_t lhs = -1;
  int32_t rhs = -1;
  kernels::Precision precision = kernels::Precision::kF32;
  int32_t lhs_convert_op = -1;  ///< op index of an elided convert on the lhs, or -1
  int32_t rhs_convert_op = -1;
};

/// Recognises dot_general op `op_index` as a WeightDot (nullopt when it is a general one).
std::optional<WeightDot> match_weight_dot(const Plan& plan, int32_t op_index,
                                          const std::vector<int32_t>& use_counts);

Result<Step> compile_weight_dot(const FlatOp& fop, const Plan& plan, const WeightDot& dot,
                                const kernels::KernelContext& kernels);
Result<Step> compile_composite(const FlatOp& fop, const Plan& plan,
                               const kernels::KernelContext& kernels);

/// Int8 activations of Policy::kFast by activation value: quantized once per execution by the
/// first quantized_dot reading the value (q, k and v share one), read by the others.
using FastActivations = std::map<int32_t, std::shared_ptr<kernels::QuantizedActivations>>;

/// mlxla.quantized_dot under Policy::kFast: a serial step quantizing the activation rows (absent
/// when an earlier step of this plan already does it for the same value), then the parallel
/// matmul. Not bitwise equal to the exact policy (docs/KERNELS.md, "Policy fast").
/// `bound`: the weight to use instead of operands 1-3 (an interleaved copy the backend made at
/// compile time); nullopt reads the operands' bytes in place.
Result<std::vector<Step>> compile_quantized_dot_fast(
    const FlatOp& fop, const Plan& plan, const kernels::KernelContext& kernels,
    FastActivations& activations, const std::optional<kernels::PackedWeight>& bound = std::nullopt);

/// mlxla.quantized_dot under Policy::kExact (what compile_composite does), with `bound` as above.
Result<Step> compile_quantized_dot_exact(const FlatOp& fop, const Plan& plan,
                                         const kernels::KernelContext& kernels,
                                         const std::optional<kernels::PackedWeight>& bound);

/// The weight view (shape, bits, group, scale dtype; null pointers) of a mlxla.quantized_dot.
Result<kernels::PackedWeight> quantized_dot_weight(const FlatOp& fop, const Plan& plan);
/// mlxla.fp_quantized_dot: rows decoded to f32 tiles, then the dense kernel (fp_dot.cpp), so it
/// equals the dense model of the dequantized weights bit for bit under either policy.
Result<Step> compile_fp_quantized_dot(const FlatOp& fop, const Plan& plan,
                                      const graph::CompositeAttrs& attrs,
                                      const kernels::KernelContext& kernels);
/// mlxla.moe (moe_step.cpp): a serial routing step, then the parallel gate/up and down steps
/// (each with a barrier before it; kFast adds a serial int8 quantization of the activations
/// before down). kExact: bitwise the reference interpretation of the decomposition.
Result<std::vector<Step>> compile_moe(const FlatOp& fop, const Plan& plan,
                                      const kernels::KernelContext& kernels,
                                      kernels::Policy policy);
/// A general dot_general (batching and contracting dims), canonical summation order.
Result<Step> compile_general_dot(const FlatOp& fop, const Plan& plan);

}  // namespace mlxla::runtime::cpu
