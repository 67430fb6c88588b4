// The reference backend: Backend over the interpreter. compile() verifies the module once and
// keeps a copy of it with the weight views; execute() interprets `main` and writes the aliased
// results back into the caller's state buffers.
#pragma once

#include <memory>

#include "runtime/backend.h"

namespace mlxla::runtime::reference {

class ReferenceBackend final : public Backend {
 public:
  std::string_view name() const override { return "reference"; }
  Result<std::unique_ptr<Executable>> compile(const graph::Module& module,
                                              std::vector<BufferView> weights) override;
};

/// A new reference backend.
std::unique_ptr<Backend> make_reference_backend();

}  // namespace mlxla::runtime::reference
