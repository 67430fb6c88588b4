// Backend helpers: make_backend by name, and main_signature (the parameter roles and result
// aliasing every backend checks at compile time).
#include "runtime/backend.h"

#include <string>

#include "runtime/cpu/cpu_backend.h"
#include "runtime/reference/reference_backend.h"

namespace mlxla::runtime {

Result<std::unique_ptr<Backend>> make_backend(std::string_view name) {
  if (name == "reference") return reference::make_reference_backend();
  if (name == "cpu") {
    MLXLA_ASSIGN_OR_RETURN(std::unique_ptr<cpu::CpuBackend> backend,
                           cpu::CpuBackend::create(cpu::CpuOptions{}));
    return std::unique_ptr<Backend>(std::move(backend));
  }
  return invalid_argument("unknown backend '" + std::string(name) + "' (known: reference, cpu)");
}

Result<MainSignature> main_signature(const graph::Module& module) {
  const graph::Function* main = module.find("main");
  if (main == nullptr) return invalid_argument("module " + module.name + " has no main function");
  const std::vector<graph::TensorType> results = main->result_types();
  MainSignature signature;
  std::vector<bool> aliased(results.size(), false);
  for (size_t i = 0; i < main->parameters.size(); ++i) {
    const graph::Parameter& p = main->parameters[i];
    switch (p.role) {
      case graph::ParamRole::kInput:
        signature.inputs.push_back(i);
        break;
      case graph::ParamRole::kWeight:
        signature.weights.push_back(i);
        break;
      case graph::ParamRole::kKvCache:
        signature.state.push_back(i);
        break;
    }
    if (!p.aliased_result) {
      if (p.role == graph::ParamRole::kKvCache) {
        return invalid_argument("main: state parameter '" + p.name +
                                "' is not aliased with a result");
      }
      continue;
    }
    const int32_t r = *p.aliased_result;
    if (p.role != graph::ParamRole::kKvCache) {
      return invalid_argument("main: only state parameters may alias a result ('" + p.name + "')");
    }
    if (r < 0 || static_cast<size_t>(r) >= results.size() || aliased[static_cast<size_t>(r)]) {
      return invalid_argument("main: parameter '" + p.name + "' aliases result " +
                              std::to_string(r) + ", which is out of range or already aliased");
    }
    if (p.value < 0 || static_cast<size_t>(p.value) >= main->types.size() ||
        main->type(p.value) != results[static_cast<size_t>(r)]) {
      return invalid_argument("main: parameter '" + p.name +
                              "' and its aliased result differ in type");
    }
    aliased[static_cast<size_t>(r)] = true;
    signature.state_results.push_back(r);
  }
  for (size_t r = 0; r < results.size(); ++r) {
    if (!aliased[r]) signature.output_results.push_back(static_cast<int32_t>(r));
  }
  return signature;
}

}  // namespace mlxla::runtime
