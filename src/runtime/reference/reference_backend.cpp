// The reference backend: compile = verify + bind weights; execute = interpret + copy the aliased
// results back into the state buffers (semantically an in-place update).
#include "runtime/reference/reference_backend.h"

#include <algorithm>
#include <string>

#include "graph/verifier.h"
#include "runtime/reference/interpreter.h"

namespace mlxla::runtime::reference {
namespace {

std::vector<graph::TensorType> types_of(const graph::Function& main,
                                        const std::vector<size_t>& params) {
  std::vector<graph::TensorType> types;
  for (size_t i : params) types.push_back(main.type(main.parameters[i].value));
  return types;
}

class ReferenceExecutable final : public Executable {
 public:
  ReferenceExecutable(graph::Module module, MainSignature signature,
                      std::vector<BufferView> weights)
      : module_(std::move(module)), signature_(std::move(signature)), weights_(std::move(weights)) {
    const graph::Function& main = module_.main();
    input_types_ = types_of(main, signature_.inputs);
    state_types_ = types_of(main, signature_.state);
    const std::vector<graph::TensorType> results = main.result_types();
    for (int32_t r : signature_.output_results)
      output_types_.push_back(results[static_cast<size_t>(r)]);
  }

  Result<std::vector<Buffer>> execute(std::span<const BufferView> inputs,
                                      std::span<const MutableBufferView> state) override {
    if (inputs.size() != signature_.inputs.size() || state.size() != signature_.state.size()) {
      return invalid_argument("execute: expects " + std::to_string(signature_.inputs.size()) +
                              " inputs and " + std::to_string(signature_.state.size()) +
                              " state buffers, got " + std::to_string(inputs.size()) + " and " +
                              std::to_string(state.size()));
    }
    const graph::Function& main = module_.main();
    std::vector<BufferView> args(main.parameters.size());
    for (size_t i = 0; i < inputs.size(); ++i) args[signature_.inputs[i]] = inputs[i];
    for (size_t i = 0; i < weights_.size(); ++i) args[signature_.weights[i]] = weights_[i];
    for (size_t i = 0; i < state.size(); ++i) args[signature_.state[i]] = state[i].view();
    MLXLA_ASSIGN_OR_RETURN(std::vector<Buffer> results, interpret_verified(module_, "main", args));
    for (size_t i = 0; i < state.size(); ++i) {
      const Buffer& updated = results[static_cast<size_t>(signature_.state_results[i])];
      std::copy(updated.bytes.begin(), updated.bytes.end(), state[i].data);
    }
    std::vector<Buffer> outputs;
    for (int32_t r : signature_.output_results)
      outputs.push_back(std::move(results[static_cast<size_t>(r)]));
    return outputs;
  }

  const std::vector<graph::TensorType>& input_types() const override { return input_types_; }
  const std::vector<graph::TensorType>& state_types() const override { return state_types_; }
  const std::vector<graph::TensorType>& output_types() const override { return output_types_; }

 private:
  graph::Module module_;
  MainSignature signature_;
  std::vector<BufferView> weights_;
  std::vector<graph::TensorType> input_types_, state_types_, output_types_;
};

}  // namespace

Result<std::unique_ptr<Executable>> ReferenceBackend::compile(const graph::Module& module,
                                                              std::vector<BufferView> weights) {
  MLXLA_RETURN_IF_ERROR(graph::verify(module));
  MLXLA_ASSIGN_OR_RETURN(MainSignature signature, main_signature(module));
  const graph::Function& main = module.main();
  if (weights.size() != signature.weights.size()) {
    return invalid_argument("compile: main has " + std::to_string(signature.weights.size()) +
                            " weight parameters, got " + std::to_string(weights.size()) +
                            " weights");
  }
  for (size_t i = 0; i < weights.size(); ++i) {
    const graph::Parameter& p = main.parameters[signature.weights[i]];
    if (weights[i].type != main.type(p.value) ||
        (weights[i].data == nullptr && weights[i].type.nbytes() != 0)) {
      return invalid_argument("compile: weight '" + p.name + "' is " +
                              graph::to_string(weights[i].type) + ", the parameter is " +
                              graph::to_string(main.type(p.value)));
    }
  }
  std::unique_ptr<Executable> executable =
      std::make_unique<ReferenceExecutable>(module, std::move(signature), std::move(weights));
  return executable;
}

std::unique_ptr<Backend> make_reference_backend() {
  return std::make_unique<ReferenceBackend>();
}

}  // namespace mlxla::runtime::reference
