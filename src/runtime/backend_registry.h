// The one backend registry: every backend by name, with the options that flow to it. Session,
// serve and bench open their backend here; the backend-parametrised tests iterate its names.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kernels/cpu/kernels.h"
#include "mlxla/result.h"
#include "runtime/backend.h"
#include "runtime/cpu/weight_layout.h"

namespace mlxla::runtime {

/// What a caller may ask of a backend. A backend uses the fields that apply to it and refuses
/// a request it cannot honour (the reference interpreter runs only the exact policy).
struct BackendOptions {
  int threads = 0;  ///< CPU workers; 0: one per online CPU
  /// quantized_dot kernels: kExact keeps packed == dense bit for bit; kFast (int8 activations)
  /// is judged by tolerance. Backends without a fast policy refuse kFast.
  kernels::Policy policy = kernels::Policy::kExact;
  std::optional<kernels::Isa> isa;  ///< CPU kernel ISA; nullopt: the best this CPU supports
  cpu::WeightLayout weight_layout = cpu::WeightLayout::kInterleaved;  ///< CPU packed weights
  int interleave_rows = 4;  ///< CPU: rows per interleaved block (4 or 8)
  int device = 0;           ///< GPU backends: device index (`mlxla inspect --devices`)
};

/// The registered backend names, in registration order ("reference", "cpu", then "vulkan"
/// when built with MLXLA_VULKAN).
std::vector<std::string_view> backend_names();

/// The backend called `name` with `options`; an invalid_argument error listing the known names
/// for an unknown one, or naming the option a backend cannot honour.
Result<std::unique_ptr<Backend>> make_backend(std::string_view name,
                                              const BackendOptions& options = {});

/// Whether backend `name` implements `policy`: every backend runs kExact; kFast the CPU runtime
/// and Vulkan, not the reference interpreter (false for an unknown name).
bool backend_has_policy(std::string_view name, kernels::Policy policy);

/// "exact" or "fast"; an error naming `option` otherwise.
Result<kernels::Policy> parse_policy(std::string_view text, std::string_view option = "policy");

}  // namespace mlxla::runtime
