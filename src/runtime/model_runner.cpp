// ModelRunner (see model_runner.h): graphs emitted per GraphSpec and compiled on first use against
// one weight set bound at open, caches held as backend buffers and updated in place by the
// backend, per-graph input and output buffers reused every step. Cache operations and snapshots:
// model_runner_cache.cpp.
#include "runtime/model_runner.h"

#include <algorithm>
#include <cstring>
#include <string>

#include "model/emit.h"

namespace mlxla::runtime {
namespace {

using graph::ElementType;
using graph::TensorType;

/// `values` padded with zeros (or cut) to `size` entries.
std::vector<int32_t> padded(std::span<const int32_t> values, int64_t size) {
  std::vector<int32_t> out(static_cast<size_t>(size), 0);
  std::copy_n(values.begin(), std::min<size_t>(values.size(), out.size()), out.begin());
  return out;
}

}  // namespace

struct ModelRunner::HostWeights {
  checkpoint::Checkpoint checkpoint;
  std::vector<model::WeightBuffer> buffers;
};

ModelRunner::~ModelRunner() = default;

Result<std::unique_ptr<ModelRunner>> ModelRunner::open(const std::filesystem::path& dir,
                                                       std::unique_ptr<Backend> backend,
                                                       const RunnerOptions& options) {
  if (backend == nullptr) return invalid_argument("ModelRunner: no backend");
  if (options.capacity <= 0 || options.prefill_chunk <= 0) {
    return invalid_argument("ModelRunner: capacity and prefill chunk must be positive");
  }
  std::unique_ptr<ModelRunner> runner(new ModelRunner());
  runner->options_ = options;
  runner->backend_ = std::move(backend);
  MLXLA_ASSIGN_OR_RETURN(runner->config_, checkpoint::load_model_config(dir));
  runner->host_weights_ = std::make_shared<HostWeights>();
  MLXLA_ASSIGN_OR_RETURN(runner->host_weights_->checkpoint, checkpoint::Checkpoint::open(dir));
  MLXLA_ASSIGN_OR_RETURN(runner->formats_, model::layer_formats_from_checkpoint(
                                               runner->host_weights_->checkpoint, runner->config_));
  model::GraphSpec decode_spec;
  decode_spec.kind = model::GraphKind::kDecode;
  MLXLA_ASSIGN_OR_RETURN(Compiled * decode, runner->executable_for(decode_spec));
  const size_t caches = decode->executable->state_types().size();
  if (caches != 2 && caches != 4)
    return internal_error("decode graph does not have two or four cache parameters");
  for (const TensorType& type : decode->executable->state_types()) {
    MLXLA_ASSIGN_OR_RETURN(runner->caches_.emplace_back(), runner->backend_->allocate(type));
  }
  return runner;
}

/// Loads every weight argument of `abi` (the first graph's, decode; every graph kind of one
/// residency takes the same arguments) and binds them once: the backend's weight set, shared by
/// every executable compiled later.
Status ModelRunner::bind_weights(const model::WeightAbi& abi) {
  std::vector<WeightTensor> tensors;
  host_weights_->buffers.reserve(abi.args.size());
  for (const model::WeightArg& arg : abi.args) {
    MLXLA_ASSIGN_OR_RETURN(model::WeightBuffer loaded,
                           model::load_weight(arg, host_weights_->checkpoint));
    if (loaded.bytes().size() != arg.type.nbytes()) {
      return internal_error(
          "weight '" + arg.name + "' loaded " + std::to_string(loaded.bytes().size()) + " bytes, " +
          graph::to_string(arg.type) + " needs " + std::to_string(arg.type.nbytes()));
    }
    host_weights_->buffers.push_back(std::move(loaded));
    tensors.push_back(
        {arg.name, BufferView{arg.type, host_weights_->buffers.back().bytes().data()}});
  }
  MLXLA_ASSIGN_OR_RETURN(weights_, backend_->bind_weights(std::move(tensors), host_weights_));
  return Status::Ok();
}

Result<ModelRunner::Compiled*> ModelRunner::executable_for(const model::GraphSpec& requested) {
  model::GraphSpec spec = requested;
  spec.residency = options_.residency;
  spec.precision = options_.precision;
  spec.kv_dtype = options_.kv_dtype;
  spec.capacity = options_.capacity;
  spec.rotating_windows = options_.rotating_windows;
  spec.output_logits = true;
  const auto key = std::make_tuple(static_cast<int>(spec.kind), spec.batch, spec.chunk);
  if (auto it = compiled_.find(key); it != compiled_.end()) return &it->second;

  MLXLA_ASSIGN_OR_RETURN(model::EmittedGraph emitted, model::emit(config_, formats_, spec));
  if (weights_ == nullptr) MLXLA_RETURN_IF_ERROR(bind_weights(emitted.abi));
  Compiled compiled;
  MLXLA_ASSIGN_OR_RETURN(compiled.executable, backend_->compile(emitted.module, weights_));
  const Executable& exe = *compiled.executable;
  const std::vector<TensorType>& outs = exe.output_types();
  if (outs.size() != 2 || outs[0].element != ElementType::kI32 || outs[0].rank() != 1 ||
      outs[1] != TensorType{ElementType::kF32, {outs[0].shape[0], config_.vocab_size}}) {
    return internal_error(std::string(model::to_string(spec.kind)) +
                          " graph outputs are not next_tokens i32[R] and logits f32[R, V]");
  }
  for (const TensorType& type : exe.input_types()) {
    if (type.element != ElementType::kI32 || type.rank() > 1)
      return internal_error("graph input " + graph::to_string(type) +
                            " is not an i32 scalar or vector");
    MLXLA_ASSIGN_OR_RETURN(compiled.inputs.emplace_back(), backend_->allocate(type));
  }
  for (const TensorType& type : outs) {
    MLXLA_ASSIGN_OR_RETURN(compiled.outputs.emplace_back(), backend_->allocate(type));
  }
  return &compiled_.emplace(key, std::move(compiled)).first->second;
}

Status ModelRunner::check_token(int32_t token) const {
  if (token < 0 || token >= config_.vocab_size) {
    return invalid_argument("token id " + std::to_string(token) +
                            " is outside the vocabulary [0, " + std::to_string(config_.vocab_size) +
                            ")");
  }
  return Status::Ok();
}

Result<std::vector<StepOutput>> ModelRunner::run(const model::GraphSpec& spec,
                                                 const std::vector<std::vector<int32_t>>& inputs,
                                                 std::vector<std::unique_ptr<DeviceBuffer>>& caches,
                                                 int64_t rows, StepLogits logits) {
  MLXLA_ASSIGN_OR_RETURN(Compiled * compiled, executable_for(spec));
  const Executable& exe = *compiled->executable;
  if (exe.input_types().size() != inputs.size())
    return internal_error("graph inputs differ from the runner's");
  std::vector<DeviceBuffer*> in, state, out;
  for (size_t i = 0; i < inputs.size(); ++i) {
    DeviceBuffer& buffer = *compiled->inputs[i];
    if (static_cast<int64_t>(inputs[i].size()) != buffer.type().numel()) {
      return internal_error("graph input " + std::to_string(i) + " is " +
                            graph::to_string(buffer.type()) + ", the runner passes " +
                            std::to_string(inputs[i].size()) + " values");
    }
    MLXLA_RETURN_IF_ERROR(backend_->upload(buffer, 0, std::as_bytes(std::span(inputs[i]))));
    in.push_back(&buffer);
  }
  if (exe.state_types().size() != caches.size())
    return internal_error("graph caches differ from the runner's");
  for (size_t i = 0; i < caches.size(); ++i) {
    if (exe.state_types()[i] != caches[i]->type()) {
      return internal_error("graph cache " + std::to_string(i) + " is " +
                            graph::to_string(exe.state_types()[i]) + ", the runner holds " +
                            graph::to_string(caches[i]->type()));
    }
    state.push_back(caches[i].get());
  }
  for (const auto& b : compiled->outputs) out.push_back(b.get());
  const DeviceBuffer& next_tokens = *compiled->outputs[0];
  if (next_tokens.type().shape[0] != rows)
    return internal_error("graph returns " + std::to_string(next_tokens.type().shape[0]) +
                          " rows, the runner expects " + std::to_string(rows));
  last_ = nullptr;
  MLXLA_RETURN_IF_ERROR(compiled->executable->execute(in, state, out));
  last_ = compiled;
  last_rows_ = rows;

  std::vector<int32_t> tokens(static_cast<size_t>(rows), -1);
  if (logits != StepLogits::kNone) {
    MLXLA_RETURN_IF_ERROR(
        backend_->download(next_tokens, 0, std::as_writable_bytes(std::span(tokens))));
  }
  std::vector<StepOutput> steps(static_cast<size_t>(rows));
  for (int64_t r = 0; r < rows; ++r) {
    StepOutput& step = steps[static_cast<size_t>(r)];
    step.next_token = tokens[static_cast<size_t>(r)];
    if (logits == StepLogits::kDownload) {
      MLXLA_ASSIGN_OR_RETURN(step.logits, step_logits(r));
    }
  }
  return steps;
}

Result<std::vector<float>> ModelRunner::step_logits(int64_t row) {
  if (last_ == nullptr) return invalid_argument("step_logits: no step has run");
  if (row < 0 || row >= last_rows_) {
    return invalid_argument("step_logits: row " + std::to_string(row) + " is outside [0, " +
                            std::to_string(last_rows_) + ")");
  }
  const auto vocab = static_cast<size_t>(config_.vocab_size);
  std::vector<float> logits(vocab);
  MLXLA_RETURN_IF_ERROR(backend_->download(*last_->outputs[1], static_cast<size_t>(row) * vocab * 4,
                                           std::as_writable_bytes(std::span(logits))));
  return logits;
}

Result<SampleResult> ModelRunner::sample(int64_t row, const SampleSpec& spec) {
  if (last_ == nullptr) return invalid_argument("sample: no step has run");
  if (row < 0 || row >= last_rows_) {
    return invalid_argument("sample: row " + std::to_string(row) + " is outside [0, " +
                            std::to_string(last_rows_) + ")");
  }
  return backend_->sample(*last_->outputs[1], row, spec);
}

Result<std::vector<SampleResult>> ModelRunner::sample_rows(std::span<const int64_t> rows,
                                                           std::span<const SampleSpec> specs) {
  if (last_ == nullptr) return invalid_argument("sample: no step has run");
  for (int64_t row : rows) {
    if (row < 0 || row >= last_rows_) {
      return invalid_argument("sample: row " + std::to_string(row) + " is outside [0, " +
                              std::to_string(last_rows_) + ")");
    }
  }
  return backend_->sample_rows(*last_->outputs[1], rows, specs);
}

Result<StepOutput> ModelRunner::decode(int32_t token, StepLogits logits) {
  MLXLA_RETURN_IF_ERROR(check_token(token));
  if (position_ >= options_.capacity) {
    return invalid_argument("the KV cache is full (capacity " + std::to_string(options_.capacity) +
                            " tokens)");
  }
  model::GraphSpec spec;
  spec.kind = model::GraphKind::kDecode;
  const std::vector<std::vector<int32_t>> inputs = {{token}, {static_cast<int32_t>(position_)}};
  MLXLA_ASSIGN_OR_RETURN(std::vector<StepOutput> steps, run(spec, inputs, caches_, 1, logits));
  ++position_;
  return std::move(steps[0]);
}

int64_t prefill_graph_chunk(int64_t remaining, int64_t chunk) {
  if (remaining >= chunk || chunk <= kSmallestPrefillGraph) return chunk;
  int64_t size = kSmallestPrefillGraph;
  while (size < remaining) size *= 2;
  return std::min(size, chunk);
}

Result<StepOutput> ModelRunner::prefill(std::span<const int32_t> tokens, StepLogits logits) {
  if (tokens.empty()) return invalid_argument("prefill needs at least one token");
  for (int32_t t : tokens) MLXLA_RETURN_IF_ERROR(check_token(t));
  if (position_ + static_cast<int64_t>(tokens.size()) > options_.capacity) {
    return invalid_argument("the prompt (" + std::to_string(tokens.size()) + " tokens after " +
                            std::to_string(position_) + ") exceeds the KV cache capacity " +
                            std::to_string(options_.capacity));
  }
  StepOutput last;
  size_t done = 0;
  while (done < tokens.size()) {
    const int64_t chunk =
        prefill_graph_chunk(static_cast<int64_t>(tokens.size() - done), options_.prefill_chunk);
    // A padded chunk must fit in the cache (dynamic_update_slice would clamp, i.e. shift it);
    // near the end of the cache the remaining tokens go through decode instead.
    if (position_ + chunk > options_.capacity) {
      MLXLA_ASSIGN_OR_RETURN(
          last, decode(tokens[done], done + 1 == tokens.size() ? logits : StepLogits::kNone));
      ++done;
      continue;
    }
    const size_t n = std::min<size_t>(static_cast<size_t>(chunk), tokens.size() - done);
    model::GraphSpec spec;
    spec.kind = model::GraphKind::kPrefill;
    spec.chunk = chunk;
    // Only the last chunk's logits are the caller's.
    const StepLogits want = done + n == tokens.size() ? logits : StepLogits::kNone;
    const std::vector<std::vector<int32_t>> inputs = {padded(tokens.subspan(done, n), chunk),
                                                      {static_cast<int32_t>(position_)},
                                                      {static_cast<int32_t>(n)}};
    MLXLA_ASSIGN_OR_RETURN(std::vector<StepOutput> steps, run(spec, inputs, caches_, 1, want));
    last = std::move(steps[0]);
    position_ += static_cast<int64_t>(n);
    done += n;
  }
  return last;
}

Status ModelRunner::compile(model::GraphKind kind) {
  model::GraphSpec spec;
  spec.kind = kind;
  if (kind == model::GraphKind::kPrefill) spec.chunk = options_.prefill_chunk;
  if (kind == model::GraphKind::kRagged || kind == model::GraphKind::kBatched) {
    if (slots_ == 0)
      return invalid_argument("compile: call reset_slots before compiling a batched graph");
    spec.batch = slots_;
  }
  auto executable = executable_for(spec);
  if (!executable.ok()) return executable.error();
  return Status::Ok();
}

Result<std::vector<StepOutput>> ModelRunner::ragged(std::span<const int32_t> tokens,
                                                    std::span<const int32_t> positions,
                                                    StepLogits logits) {
  if (slots_ == 0) return invalid_argument("ragged: call reset_slots first");
  if (static_cast<int64_t>(tokens.size()) != slots_ || positions.size() != tokens.size()) {
    return invalid_argument("ragged: needs one token and one position per slot (" +
                            std::to_string(slots_) + ")");
  }
  for (size_t b = 0; b < tokens.size(); ++b) {
    MLXLA_RETURN_IF_ERROR(check_token(tokens[b]));
    if (positions[b] < 0 || positions[b] >= options_.capacity) {
      return invalid_argument("ragged: position " + std::to_string(positions[b]) + " of slot " +
                              std::to_string(b) + " is outside the cache");
    }
  }
  model::GraphSpec spec;
  spec.kind = model::GraphKind::kRagged;
  spec.batch = slots_;
  const std::vector<std::vector<int32_t>> inputs = {padded(tokens, slots_),
                                                    padded(positions, slots_)};
  MLXLA_ASSIGN_OR_RETURN(std::vector<StepOutput> steps,
                         run(spec, inputs, slot_caches_, slots_, logits));
  for (size_t b = 0; b < positions.size(); ++b) slot_lengths_[b] = positions[b] + 1;
  return steps;
}

Result<std::vector<StepOutput>> ModelRunner::batched(std::span<const int32_t> tokens,
                                                     int32_t position, StepLogits logits) {
  if (slots_ == 0) return invalid_argument("batched: call reset_slots first");
  if (static_cast<int64_t>(tokens.size()) != slots_) {
    return invalid_argument("batched: needs one token per slot (" + std::to_string(slots_) + ")");
  }
  for (int32_t t : tokens) MLXLA_RETURN_IF_ERROR(check_token(t));
  if (position < 0 || position >= options_.capacity) {
    return invalid_argument("batched: position " + std::to_string(position) +
                            " is outside the cache");
  }
  model::GraphSpec spec;
  spec.kind = model::GraphKind::kBatched;
  spec.batch = slots_;
  const std::vector<std::vector<int32_t>> inputs = {padded(tokens, slots_), {position}};
  MLXLA_ASSIGN_OR_RETURN(std::vector<StepOutput> steps,
                         run(spec, inputs, slot_caches_, slots_, logits));
  slot_lengths_.assign(static_cast<size_t>(slots_), position + 1);
  return steps;
}

}  // namespace mlxla::runtime
