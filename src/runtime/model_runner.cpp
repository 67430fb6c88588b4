// ModelRunner (see model_runner.h): graphs emitted per GraphSpec and compiled on first use,
// weights loaded once by ABI name, caches held here and updated in place by the backend.
#include "runtime/model_runner.h"

#include <algorithm>
#include <cstring>
#include <string>

#include "model/emit.h"
#include "quant/half.h"

namespace mlxla::runtime {
namespace {

using graph::ElementType;
using graph::TensorType;

Buffer scalar_i32(int32_t value) {
  Buffer b = Buffer::zeros(TensorType{ElementType::kI32, {}});
  std::memcpy(b.bytes.data(), &value, sizeof(value));
  return b;
}

Buffer vector_i32(std::span<const int32_t> values, int64_t size) {
  Buffer b = Buffer::zeros(TensorType{ElementType::kI32, {size}});
  std::memcpy(b.bytes.data(), values.data(),
              std::min<size_t>(values.size(), static_cast<size_t>(size)) * 4);
  return b;
}

}  // namespace

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
  MLXLA_ASSIGN_OR_RETURN(runner->checkpoint_, checkpoint::Checkpoint::open(dir));
  MLXLA_ASSIGN_OR_RETURN(
      runner->formats_, model::layer_formats_from_checkpoint(runner->checkpoint_, runner->config_));
  model::GraphSpec decode_spec;
  decode_spec.kind = model::GraphKind::kDecode;
  MLXLA_ASSIGN_OR_RETURN(Executable * decode, runner->executable_for(decode_spec));
  const size_t caches = decode->state_types().size();
  if (caches != 2 && caches != 4)
    return internal_error("decode graph does not have two or four cache parameters");
  for (const TensorType& type : decode->state_types())
    runner->caches_.push_back(Buffer::zeros(type));
  return runner;
}

Result<Executable*> ModelRunner::executable_for(const model::GraphSpec& requested) {
  model::GraphSpec spec = requested;
  spec.residency = options_.residency;
  spec.precision = options_.precision;
  spec.kv_dtype = options_.kv_dtype;
  spec.capacity = options_.capacity;
  spec.rotating_windows = options_.rotating_windows;
  spec.output_logits = true;
  const auto key = std::make_tuple(static_cast<int>(spec.kind), spec.batch, spec.chunk);
  if (auto it = compiled_.find(key); it != compiled_.end()) return it->second.get();

  MLXLA_ASSIGN_OR_RETURN(model::EmittedGraph emitted, model::emit(config_, formats_, spec));
  std::vector<BufferView> weights;
  for (const model::WeightArg& arg : emitted.abi.args) {
    auto it = weights_.find(arg.name);
    if (it == weights_.end()) {
      MLXLA_ASSIGN_OR_RETURN(model::WeightBuffer loaded, model::load_weight(arg, checkpoint_));
      it = weights_.emplace(arg.name, std::make_pair(arg.type, std::move(loaded))).first;
    }
    const auto& [type, buffer] = it->second;
    if (type != arg.type || buffer.bytes().size() != arg.type.nbytes()) {
      return internal_error("weight '" + arg.name + "' was bound as " + graph::to_string(type) +
                            ", a " + std::string(model::to_string(spec.kind)) + " graph wants " +
                            graph::to_string(arg.type));
    }
    weights.push_back(BufferView{arg.type, buffer.bytes().data()});
  }
  MLXLA_ASSIGN_OR_RETURN(std::unique_ptr<Executable> executable,
                         backend_->compile(emitted.module, std::move(weights)));
  Executable* raw = executable.get();
  compiled_.emplace(key, std::move(executable));
  return raw;
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
                                                 std::vector<Buffer> inputs,
                                                 std::vector<Buffer>& caches, int64_t rows) {
  MLXLA_ASSIGN_OR_RETURN(Executable * executable, executable_for(spec));
  std::vector<BufferView> views;
  for (const Buffer& b : inputs) views.push_back(b.view());
  if (executable->input_types().size() != views.size())
    return internal_error("graph inputs differ from the runner's");
  for (size_t i = 0; i < views.size(); ++i) {
    if (executable->input_types()[i] != views[i].type) {
      return internal_error("graph input " + std::to_string(i) + " is " +
                            graph::to_string(executable->input_types()[i]) +
                            ", the runner passes " + graph::to_string(views[i].type));
    }
  }
  if (executable->state_types().size() != caches.size())
    return internal_error("graph caches differ from the runner's");
  std::vector<MutableBufferView> state;
  for (size_t i = 0; i < caches.size(); ++i) {
    if (executable->state_types()[i] != caches[i].type) {
      return internal_error("graph cache " + std::to_string(i) + " is " +
                            graph::to_string(executable->state_types()[i]) + ", the runner holds " +
                            graph::to_string(caches[i].type));
    }
    state.push_back(caches[i].mutable_view());
  }
  MLXLA_ASSIGN_OR_RETURN(std::vector<Buffer> outputs, executable->execute(views, state));
  const int64_t vocab = config_.vocab_size;
  if (outputs.size() != 2 || outputs[0].type != TensorType{ElementType::kI32, {rows}} ||
      outputs[1].type != TensorType{ElementType::kF32, {rows, vocab}}) {
    return internal_error("graph outputs are not next_tokens i32[R] and logits f32[R, V]");
  }
  std::vector<StepOutput> steps(static_cast<size_t>(rows));
  for (int64_t r = 0; r < rows; ++r) {
    StepOutput& step = steps[static_cast<size_t>(r)];
    std::memcpy(&step.next_token, outputs[0].bytes.data() + r * 4, 4);
    step.logits.resize(static_cast<size_t>(vocab));
    std::memcpy(step.logits.data(), outputs[1].bytes.data() + r * vocab * 4,
                static_cast<size_t>(vocab) * 4);
  }
  return steps;
}

Result<StepOutput> ModelRunner::decode(int32_t token) {
  MLXLA_RETURN_IF_ERROR(check_token(token));
  if (position_ >= options_.capacity) {
    return invalid_argument("the KV cache is full (capacity " + std::to_string(options_.capacity) +
                            " tokens)");
  }
  model::GraphSpec spec;
  spec.kind = model::GraphKind::kDecode;
  std::vector<Buffer> inputs;
  inputs.push_back(vector_i32(std::span<const int32_t>(&token, 1), 1));
  inputs.push_back(scalar_i32(static_cast<int32_t>(position_)));
  MLXLA_ASSIGN_OR_RETURN(std::vector<StepOutput> steps, run(spec, std::move(inputs), caches_, 1));
  ++position_;
  return std::move(steps[0]);
}

Result<StepOutput> ModelRunner::prefill(std::span<const int32_t> tokens) {
  if (tokens.empty()) return invalid_argument("prefill needs at least one token");
  for (int32_t t : tokens) MLXLA_RETURN_IF_ERROR(check_token(t));
  if (position_ + static_cast<int64_t>(tokens.size()) > options_.capacity) {
    return invalid_argument("the prompt (" + std::to_string(tokens.size()) + " tokens after " +
                            std::to_string(position_) + ") exceeds the KV cache capacity " +
                            std::to_string(options_.capacity));
  }
  const int64_t chunk = options_.prefill_chunk;
  StepOutput last;
  size_t done = 0;
  while (done < tokens.size()) {
    // A padded chunk must fit in the cache (dynamic_update_slice would clamp, i.e. shift it);
    // near the end of the cache the remaining tokens go through decode instead.
    if (position_ + chunk > options_.capacity) {
      MLXLA_ASSIGN_OR_RETURN(last, decode(tokens[done]));
      ++done;
      continue;
    }
    const size_t n = std::min<size_t>(static_cast<size_t>(chunk), tokens.size() - done);
    model::GraphSpec spec;
    spec.kind = model::GraphKind::kPrefill;
    spec.chunk = chunk;
    std::vector<Buffer> inputs;
    inputs.push_back(vector_i32(tokens.subspan(done, n), chunk));
    inputs.push_back(scalar_i32(static_cast<int32_t>(position_)));
    inputs.push_back(scalar_i32(static_cast<int32_t>(n)));
    MLXLA_ASSIGN_OR_RETURN(std::vector<StepOutput> steps, run(spec, std::move(inputs), caches_, 1));
    last = std::move(steps[0]);
    position_ += static_cast<int64_t>(n);
    done += n;
  }
  return last;
}

Status ModelRunner::reset_slots(int64_t batch) {
  if (batch <= 0) return invalid_argument("reset_slots: the batch must be positive");
  slot_caches_.clear();
  for (const Buffer& cache : caches_) {
    TensorType type = cache.type;
    type.shape[1] = batch;  // [L, S, positions, KV, D]
    slot_caches_.push_back(Buffer::zeros(type));
  }
  slots_ = batch;
  return Status::Ok();
}

Status ModelRunner::copy_to_slot(int64_t slot, int64_t rows) {
  if (slot < 0 || slot >= slots_) {
    return invalid_argument("copy_to_slot: slot " + std::to_string(slot) + " is outside [0, " +
                            std::to_string(slots_) + ")");
  }
  if (rows < 0 || rows > options_.capacity) {
    return invalid_argument("copy_to_slot: " + std::to_string(rows) + " rows do not fit the cache");
  }
  // [L, 1, P, KV, D] -> [L, B, P, KV, D]: one contiguous run of rows per layer. A full-length
  // cache (P = Cap) holds position j at row j: its first `rows` rows. A rotating one (P = W <
  // Cap) holds the last W positions at row p mod W: all of it (rows of positions < 0 are
  // never read).
  for (size_t c = 0; c < caches_.size(); ++c) {
    const Buffer& from = caches_[c];
    Buffer& to = slot_caches_[c];
    const auto& shape = from.type.shape;
    const int64_t positions = shape[2];
    const int64_t row =
        static_cast<int64_t>(graph::element_size(from.type.element)) * shape[3] * shape[4];
    const int64_t layer = positions * row;
    const int64_t copied = positions == options_.capacity ? rows : positions;
    for (int64_t l = 0; l < shape[0]; ++l) {
      std::memcpy(to.bytes.data() + (l * slots_ + slot) * layer, from.bytes.data() + l * layer,
                  static_cast<size_t>(copied * row));
    }
  }
  return Status::Ok();
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
                                                    std::span<const int32_t> positions) {
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
  std::vector<Buffer> inputs;
  inputs.push_back(vector_i32(tokens, slots_));
  inputs.push_back(vector_i32(positions, slots_));
  return run(spec, std::move(inputs), slot_caches_, slots_);
}

Result<std::vector<StepOutput>> ModelRunner::batched(std::span<const int32_t> tokens,
                                                     int32_t position) {
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
  std::vector<Buffer> inputs;
  inputs.push_back(vector_i32(tokens, slots_));
  inputs.push_back(scalar_i32(position));
  return run(spec, std::move(inputs), slot_caches_, slots_);
}

Status ModelRunner::fill_synthetic(int64_t position) {
  if (position < 0 || position >= options_.capacity) {
    return invalid_argument("fill_synthetic: position " + std::to_string(position) +
                            " is outside the cache (capacity " + std::to_string(options_.capacity) +
                            ")");
  }
  uint64_t state = 0x9E3779B97F4A7C15ull;
  for (Buffer& cache : caches_) {
    const auto count = static_cast<size_t>(cache.type.numel());
    for (size_t i = 0; i < count; ++i) {
      state = state * 6364136223846793005ull + 1442695040888963407ull;  // an LCG: cheap, fixed
      const float value =
          static_cast<float>(static_cast<int64_t>(state >> 40) - (int64_t{1} << 23)) * 0x1p-23f;
      switch (cache.type.element) {
        case ElementType::kF16: {
          const uint16_t h = quant::f32_to_f16(value);
          std::memcpy(cache.bytes.data() + i * 2, &h, 2);
          break;
        }
        case ElementType::kBF16: {
          const uint16_t h = quant::f32_to_bf16(value);
          std::memcpy(cache.bytes.data() + i * 2, &h, 2);
          break;
        }
        default:
          std::memcpy(cache.bytes.data() + i * 4, &value, 4);
          break;
      }
    }
  }
  position_ = position;
  return Status::Ok();
}

int64_t ModelRunner::cache_bytes() const {
  int64_t bytes = 0;
  for (const Buffer& cache : caches_) bytes += static_cast<int64_t>(cache.bytes.size());
  return bytes;
}

// ---- Prefix reuse over host Buffer caches ----------------------------------------------
// snapshot_slot / can_restore / restore_sequence with host memcpy on today's Buffer caches. The
// backend-owned-memory runner implements the same three functions as backend cache operations;
// nothing else in the runner depends on this block.

namespace {

/// Bytes of one position (KV heads x head dim) of a [L, S, P, KV, D] cache.
int64_t row_bytes(const TensorType& type) {
  return static_cast<int64_t>(graph::element_size(type.element)) * type.shape[3] * type.shape[4];
}

}  // namespace

Result<std::shared_ptr<const CacheSnapshot>> ModelRunner::snapshot_slot(int64_t slot,
                                                                        int64_t rows) {
  if (slot < 0 || slot >= slots_) {
    return invalid_argument("snapshot_slot: slot " + std::to_string(slot) + " is outside [0, " +
                            std::to_string(slots_) + ")");
  }
  if (rows < 1 || rows > options_.capacity) {
    return invalid_argument("snapshot_slot: " + std::to_string(rows) +
                            " rows are outside [1, capacity " + std::to_string(options_.capacity) +
                            "]");
  }
  auto snapshot = std::make_shared<CacheSnapshot>();
  snapshot->rows = rows;
  for (const Buffer& from : slot_caches_) {
    const auto& shape = from.type.shape;  // [L, B, P, KV, D]
    const int64_t positions = shape[2];
    const int64_t row = row_bytes(from.type);
    // A full-length cache keeps position j at row j: its first `rows` rows. A rotating one
    // keeps the last W positions at row p mod W: the whole ring.
    const int64_t kept = positions == options_.capacity ? rows : positions;
    TensorType type = from.type;
    type.shape[1] = 1;
    type.shape[2] = kept;
    Buffer to = Buffer::zeros(type);
    for (int64_t l = 0; l < shape[0]; ++l) {
      std::memcpy(to.bytes.data() + l * kept * row,
                  from.bytes.data() + (l * slots_ + slot) * positions * row,
                  static_cast<size_t>(kept * row));
    }
    snapshot->bytes += static_cast<int64_t>(to.bytes.size());
    snapshot->caches.push_back(std::move(to));
  }
  return std::shared_ptr<const CacheSnapshot>(std::move(snapshot));
}

bool ModelRunner::can_restore(const CacheSnapshot& snapshot, int64_t rows) const {
  if (rows < 0 || rows > snapshot.rows || rows > options_.capacity) return false;
  if (snapshot.caches.size() != caches_.size()) return false;
  for (size_t c = 0; c < caches_.size(); ++c) {
    const int64_t positions = caches_[c].type.shape[2];
    if (positions == options_.capacity) continue;
    // A ring holds positions [0, snapshot.rows) intact only while they fit it; after it wrapped,
    // it holds the last W positions, which seed only a sequence of exactly snapshot.rows.
    if (rows != snapshot.rows && snapshot.rows > positions) return false;
  }
  return true;
}

Status ModelRunner::restore_sequence(const CacheSnapshot& snapshot, int64_t rows) {
  if (snapshot.caches.size() != caches_.size())
    return invalid_argument("restore_sequence: the snapshot has " +
                            std::to_string(snapshot.caches.size()) + " caches, the runner " +
                            std::to_string(caches_.size()));
  for (size_t c = 0; c < caches_.size(); ++c) {
    const TensorType& mine = caches_[c].type;
    const TensorType& theirs = snapshot.caches[c].type;
    const int64_t expected = mine.shape[2] == options_.capacity ? snapshot.rows : mine.shape[2];
    if (theirs.element != mine.element || theirs.shape.size() != 5 ||
        theirs.shape[0] != mine.shape[0] || theirs.shape[1] != 1 || theirs.shape[2] != expected ||
        theirs.shape[3] != mine.shape[3] || theirs.shape[4] != mine.shape[4]) {
      return invalid_argument("restore_sequence: snapshot cache " + std::to_string(c) + " is " +
                              graph::to_string(theirs) + ", this runner's is " +
                              graph::to_string(mine));
    }
  }
  if (!can_restore(snapshot, rows)) {
    return invalid_argument("restore_sequence: " + std::to_string(rows) + " rows of a " +
                            std::to_string(snapshot.rows) +
                            "-row snapshot cannot seed a sequence (capacity " +
                            std::to_string(options_.capacity) + ")");
  }
  for (size_t c = 0; c < caches_.size(); ++c) {
    Buffer& to = caches_[c];
    const Buffer& from = snapshot.caches[c];
    const int64_t positions = to.type.shape[2];
    const int64_t kept = from.type.shape[2];
    const int64_t row = row_bytes(to.type);
    const int64_t copied = positions == options_.capacity ? rows : positions;
    for (int64_t l = 0; l < to.type.shape[0]; ++l) {
      std::memcpy(to.bytes.data() + l * positions * row, from.bytes.data() + l * kept * row,
                  static_cast<size_t>(copied * row));
    }
  }
  position_ = rows;
  return Status::Ok();
}

}  // namespace mlxla::runtime
