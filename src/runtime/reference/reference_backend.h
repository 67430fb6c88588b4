// The reference backend: Backend over the interpreter, on host memory (HostBackend). compile()
// verifies the module once and keeps a copy of it with the weight set; execute() interprets
// `main` and writes the aliased results back into the state buffers and the rest into outputs.
#pragma once

#include <memory>

#include "runtime/host_backend.h"

namespace mlxla::runtime::reference {

class ReferenceBackend final : public HostBackend {
 public:
  std::string_view name() const override { return "reference"; }
  Result<std::unique_ptr<Executable>> compile(const graph::Module& module,
                                              std::shared_ptr<const WeightSet> weights) override;
};

/// A new reference backend.
std::unique_ptr<Backend> make_reference_backend();

}  // namespace mlxla::runtime::reference
