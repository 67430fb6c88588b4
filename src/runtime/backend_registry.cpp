// The backend registry (see backend_registry.h): one table of names and factories. A new
// backend adds a row here and its name to the parametrised suite (docs/RUNTIME.md).
#include "runtime/backend_registry.h"

#include "runtime/cpu/cpu_backend.h"
#include "runtime/reference/reference_backend.h"
#if MLXLA_HAVE_VULKAN
#include "runtime/vulkan/vulkan_backend.h"
#endif

namespace mlxla::runtime {
namespace {

Result<std::unique_ptr<Backend>> make_cpu(const BackendOptions& o) {
  cpu::CpuOptions options;
  options.threads = o.threads;
  options.policy = o.policy;
  options.isa = o.isa;
  options.weight_layout = o.weight_layout;
  options.interleave_rows = o.interleave_rows;
  MLXLA_ASSIGN_OR_RETURN(std::unique_ptr<cpu::CpuBackend> backend,
                         cpu::CpuBackend::create(options));
  return std::unique_ptr<Backend>(std::move(backend));
}

Result<std::unique_ptr<Backend>> make_reference(const BackendOptions& o) {
  if (o.policy != kernels::Policy::kExact) {
    return invalid_argument(
        "policy 'fast' is a CPU-runtime kernel policy; the reference backend runs only 'exact'");
  }
  return reference::make_reference_backend();
}

#if MLXLA_HAVE_VULKAN
Result<std::unique_ptr<Backend>> make_vulkan(const BackendOptions& o) {
  vulkan::VulkanOptions options;
  options.device = o.device;
  options.policy = o.policy;
  MLXLA_ASSIGN_OR_RETURN(std::unique_ptr<vulkan::VulkanBackend> backend,
                         vulkan::VulkanBackend::create(options));
  return std::unique_ptr<Backend>(std::move(backend));
}
#endif

struct Registered {
  std::string_view name;
  Result<std::unique_ptr<Backend>> (*make)(const BackendOptions&);
};

constexpr Registered kBackends[] = {
    {"reference", make_reference},
    {"cpu", make_cpu},
#if MLXLA_HAVE_VULKAN
    {"vulkan", make_vulkan},
#endif
};

}  // namespace

std::vector<std::string_view> backend_names() {
  std::vector<std::string_view> names;
  for (const Registered& r : kBackends) names.push_back(r.name);
  return names;
}

Result<std::unique_ptr<Backend>> make_backend(std::string_view name,
                                              const BackendOptions& options) {
  for (const Registered& r : kBackends) {
    if (r.name == name) return r.make(options);
  }
  std::string known;
  for (const Registered& r : kBackends) known += (known.empty() ? "" : ", ") + std::string(r.name);
  return invalid_argument("unknown backend '" + std::string(name) + "' (known: " + known + ")");
}

Result<kernels::Policy> parse_policy(std::string_view text, std::string_view option) {
  if (text == "exact") return kernels::Policy::kExact;
  if (text == "fast") return kernels::Policy::kFast;
  return invalid_argument(std::string(option) + ": expected 'exact' or 'fast', got '" +
                          std::string(text) + "'");
}

}  // namespace mlxla::runtime
