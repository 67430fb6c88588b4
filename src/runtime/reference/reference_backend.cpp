// The reference backend: compile = verify + resolve weights; execute = interpret + copy the
// aliased results back into the state buffers (semantically an in-place update).
#include "runtime/reference/reference_backend.h"

#include <algorithm>
#include <cstring>
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
  ReferenceExecutable(const ReferenceBackend* backend, graph::Module module,
                      MainSignature signature, std::shared_ptr<const WeightSet> weight_set,
                      std::vector<BufferView> weights)
      : backend_(backend),
        module_(std::move(module)),
        signature_(std::move(signature)),
        weight_set_(std::move(weight_set)),
        weights_(std::move(weights)) {
    const graph::Function& main = module_.main();
    input_types_ = types_of(main, signature_.inputs);
    state_types_ = types_of(main, signature_.state);
    const std::vector<graph::TensorType> results = main.result_types();
    for (int32_t r : signature_.output_results)
      output_types_.push_back(results[static_cast<size_t>(r)]);
  }

  Status execute(std::span<DeviceBuffer* const> inputs, std::span<DeviceBuffer* const> state,
                 std::span<DeviceBuffer* const> outputs) override {
    MLXLA_RETURN_IF_ERROR(check_buffer_types("reference", "input", inputs, input_types_));
    MLXLA_RETURN_IF_ERROR(check_buffer_types("reference", "state", state, state_types_));
    MLXLA_RETURN_IF_ERROR(check_buffer_types("reference", "output", outputs, output_types_));
    const graph::Function& main = module_.main();
    std::vector<BufferView> args(main.parameters.size());
    for (size_t i = 0; i < inputs.size(); ++i) {
      MLXLA_ASSIGN_OR_RETURN(const std::byte* data, backend_->host_data(*inputs[i], "input"));
      args[signature_.inputs[i]] = BufferView{inputs[i]->type(), data};
    }
    for (size_t i = 0; i < weights_.size(); ++i) args[signature_.weights[i]] = weights_[i];
    std::vector<std::byte*> state_data;
    for (size_t i = 0; i < state.size(); ++i) {
      MLXLA_ASSIGN_OR_RETURN(std::byte * data, backend_->host_data(*state[i], "state"));
      state_data.push_back(data);
      args[signature_.state[i]] = BufferView{state[i]->type(), data};
    }
    MLXLA_ASSIGN_OR_RETURN(std::vector<Buffer> results, interpret_verified(module_, "main", args));
    for (size_t i = 0; i < state.size(); ++i) {
      const Buffer& updated = results[static_cast<size_t>(signature_.state_results[i])];
      std::copy(updated.bytes.begin(), updated.bytes.end(), state_data[i]);
    }
    for (size_t i = 0; i < outputs.size(); ++i) {
      MLXLA_ASSIGN_OR_RETURN(std::byte * data, backend_->host_data(*outputs[i], "output"));
      const Buffer& result = results[static_cast<size_t>(signature_.output_results[i])];
      if (!result.bytes.empty()) std::memcpy(data, result.bytes.data(), result.bytes.size());
    }
    return Status::Ok();
  }

  const std::vector<graph::TensorType>& input_types() const override { return input_types_; }
  const std::vector<graph::TensorType>& state_types() const override { return state_types_; }
  const std::vector<graph::TensorType>& output_types() const override { return output_types_; }

 private:
  const ReferenceBackend* backend_;
  graph::Module module_;
  MainSignature signature_;
  std::shared_ptr<const WeightSet> weight_set_;  ///< keeps the weights' bytes alive
  std::vector<BufferView> weights_;              ///< the kWeight parameters', in order
  std::vector<graph::TensorType> input_types_, state_types_, output_types_;
};

}  // namespace

Result<std::unique_ptr<Executable>> ReferenceBackend::compile(
    const graph::Module& module, std::shared_ptr<const WeightSet> weights) {
  if (weights == nullptr) return invalid_argument("reference: compile: no weight set");
  MLXLA_RETURN_IF_ERROR(graph::verify(module));
  MLXLA_ASSIGN_OR_RETURN(MainSignature signature, main_signature(module));
  MLXLA_ASSIGN_OR_RETURN(std::vector<BufferView> views,
                         resolve_weights(module, signature, *weights));
  std::unique_ptr<Executable> executable = std::make_unique<ReferenceExecutable>(
      this, module, std::move(signature), std::move(weights), std::move(views));
  return executable;
}

std::unique_ptr<Backend> make_reference_backend() {
  return std::make_unique<ReferenceBackend>();
}

}  // namespace mlxla::runtime::reference
