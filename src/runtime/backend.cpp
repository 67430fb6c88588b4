// Backend helpers: main_signature (the parameter roles and result aliasing every backend checks
// at compile time), buffer type checks, and host round trips for tests and tools.
#include "runtime/backend.h"

#include <cstring>
#include <string>
#include <utility>
#include <vector>

namespace mlxla::runtime {

Result<std::unique_ptr<Executable>> compile_with_views(Backend& backend,
                                                       const graph::Module& module,
                                                       std::vector<BufferView> weights) {
  MLXLA_ASSIGN_OR_RETURN(MainSignature signature, main_signature(module));
  if (weights.size() != signature.weights.size()) {
    return invalid_argument(std::string(backend.name()) + ": main has " +
                            std::to_string(signature.weights.size()) + " weight parameters, got " +
                            std::to_string(weights.size()) + " weights");
  }
  const graph::Function& main = module.main();
  std::vector<WeightTensor> tensors;
  for (size_t i = 0; i < weights.size(); ++i)
    tensors.push_back({main.parameters[signature.weights[i]].name, weights[i]});
  MLXLA_ASSIGN_OR_RETURN(std::shared_ptr<const WeightSet> set,
                         backend.bind_weights(std::move(tensors), nullptr));
  return backend.compile(module, std::move(set));
}

/// The bytes of row `row` of an f32 [rows, vocab] logits buffer, or an error naming the problem.
Result<std::pair<size_t, size_t>> logits_row_range(const DeviceBuffer& logits, int64_t row) {
  const graph::TensorType& type = logits.type();
  if (type.element != graph::ElementType::kF32 || type.shape.empty() || type.shape.back() <= 0) {
    return invalid_argument("sample: logits must be f32 [..., vocab], got " +
                            graph::to_string(type));
  }
  const int64_t rows = type.numel() / type.shape.back();
  if (row < 0 || row >= rows) {
    return invalid_argument("sample: row " + std::to_string(row) + " is outside [0, " +
                            std::to_string(rows) + ")");
  }
  const auto vocab = static_cast<size_t>(type.shape.back());
  return std::pair<size_t, size_t>{static_cast<size_t>(row) * vocab * 4, vocab};
}

Result<SampleResult> Backend::sample(const DeviceBuffer& logits, int64_t row,
                                     const SampleSpec& spec) {
  MLXLA_ASSIGN_OR_RETURN(const auto range, logits_row_range(logits, row));
  std::vector<float> values(range.second);
  MLXLA_RETURN_IF_ERROR(download(logits, range.first, std::as_writable_bytes(std::span(values))));
  std::vector<float> scratch;
  return sample_row(values, spec, scratch);
}

Result<std::vector<SampleResult>> Backend::sample_rows(const DeviceBuffer& logits,
                                                       std::span<const int64_t> rows,
                                                       std::span<const SampleSpec> specs) {
  if (rows.size() != specs.size()) {
    return invalid_argument("sample_rows: " + std::to_string(rows.size()) + " rows and " +
                            std::to_string(specs.size()) + " specs");
  }
  std::vector<SampleResult> out;
  out.reserve(rows.size());
  for (size_t i = 0; i < rows.size(); ++i) {
    MLXLA_ASSIGN_OR_RETURN(out.emplace_back(), sample(logits, rows[i], specs[i]));
  }
  return out;
}

Result<std::unique_ptr<DeviceBuffer>> upload_new(Backend& backend, const BufferView& host) {
  MLXLA_ASSIGN_OR_RETURN(std::unique_ptr<DeviceBuffer> buffer, backend.allocate(host.type));
  if (host.type.nbytes() > 0) {
    MLXLA_RETURN_IF_ERROR(
        backend.upload(*buffer, 0, std::span<const std::byte>(host.data, host.type.nbytes())));
  }
  return buffer;
}

Result<Buffer> download_all(Backend& backend, const DeviceBuffer& buffer) {
  Buffer host = Buffer::zeros(buffer.type());
  MLXLA_RETURN_IF_ERROR(backend.download(buffer, 0, host.bytes));
  return host;
}

Result<std::vector<Buffer>> execute_on_host(Backend& backend, Executable& executable,
                                            std::span<const BufferView> inputs,
                                            std::span<const MutableBufferView> state) {
  std::vector<std::unique_ptr<DeviceBuffer>> owned;
  std::vector<DeviceBuffer*> in, st, out;
  for (const BufferView& v : inputs) {
    MLXLA_ASSIGN_OR_RETURN(owned.emplace_back(), upload_new(backend, v));
    in.push_back(owned.back().get());
  }
  for (const MutableBufferView& v : state) {
    MLXLA_ASSIGN_OR_RETURN(owned.emplace_back(), upload_new(backend, v.view()));
    st.push_back(owned.back().get());
  }
  for (const graph::TensorType& type : executable.output_types()) {
    MLXLA_ASSIGN_OR_RETURN(owned.emplace_back(), backend.allocate(type));
    out.push_back(owned.back().get());
  }
  MLXLA_RETURN_IF_ERROR(executable.execute(in, st, out));
  for (size_t i = 0; i < state.size(); ++i) {
    MLXLA_RETURN_IF_ERROR(
        backend.download(*st[i], 0, std::span<std::byte>(state[i].data, state[i].type.nbytes())));
  }
  std::vector<Buffer> outputs;
  for (DeviceBuffer* b : out) {
    MLXLA_ASSIGN_OR_RETURN(Buffer host, download_all(backend, *b));
    outputs.push_back(std::move(host));
  }
  return outputs;
}

Status check_buffer_types(std::string_view backend, std::string_view what,
                          std::span<DeviceBuffer* const> buffers,
                          const std::vector<graph::TensorType>& types) {
  if (buffers.size() != types.size()) {
    return invalid_argument(std::string(backend) + ": expected " + std::to_string(types.size()) +
                            " " + std::string(what) + " buffers, got " +
                            std::to_string(buffers.size()));
  }
  for (size_t i = 0; i < types.size(); ++i) {
    if (buffers[i] == nullptr) {
      return invalid_argument(std::string(backend) + ": " + std::string(what) + " " +
                              std::to_string(i) + " is null");
    }
    if (buffers[i]->type() != types[i]) {
      return invalid_argument(std::string(backend) + ": " + std::string(what) + " " +
                              std::to_string(i) + " is " + graph::to_string(buffers[i]->type()) +
                              ", expected " + graph::to_string(types[i]));
    }
  }
  return Status::Ok();
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
