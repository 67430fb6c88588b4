// BatchEngine (see batch_engine.h). One engine thread owns the graphs and caches. A request is
// prefilled alone into a single-sequence cache (the prefill graph, chunk by chunk, one chunk per
// engine iteration), its rows of every layer are then copied into its slot of the B-slot cache,
// and from there it advances one token per ragged step with the other slots.
#include "engine/batch_engine.h"

#include <algorithm>
#include <cstring>
#include <map>

#include "checkpoint/checkpoint.h"
#include "checkpoint/config.h"
#include "common/model_file.h"
#include "model/emit.h"
#include "model/layer_formats.h"
#include "model/weight_loader.h"

namespace mlxla::engine {
namespace {

using graph::ElementType;
using graph::TensorType;
using runtime::Buffer;
using Clock = std::chrono::steady_clock;

Buffer scalar_i32(int32_t value) {
  Buffer b = Buffer::zeros(TensorType{ElementType::kI32, {}});
  std::memcpy(b.bytes.data(), &value, sizeof(value));
  return b;
}

Buffer vector_i32(std::span<const int32_t> values, int64_t size) {
  Buffer b = Buffer::zeros(TensorType{ElementType::kI32, {size}});
  std::memcpy(b.bytes.data(), values.data(), std::min<size_t>(values.size(), static_cast<size_t>(size)) * 4);
  return b;
}

/// A request in a slot.
struct Slot {
  std::shared_ptr<RequestHandle> handle;
  bool decoding = false;     ///< prefilled; advances in ragged steps
  size_t prefilled = 0;      ///< prompt tokens already in the single-sequence cache
  int32_t position = 0;      ///< tokens in the slot's cache
  int32_t next_input = 0;    ///< the token the next ragged step appends
  int64_t limit = 0;         ///< generated tokens allowed
  std::vector<int32_t> context;
  std::vector<int32_t> generated;
  std::unique_ptr<Sampler> sampler;
  std::unique_ptr<tokenizer::StreamDecoder> decoder;
  std::unique_ptr<StopMatcher> stops;
};

}  // namespace

std::string_view to_string(FinishReason reason) {
  switch (reason) {
    case FinishReason::kStop: return "stop";
    case FinishReason::kLength: return "length";
    case FinishReason::kCancelled: return "cancelled";
    case FinishReason::kError: return "error";
  }
  return "error";
}

void RequestHandle::push(StreamEvent event) {
  {
    std::lock_guard lock(mutex_);
    events_.push_back(std::move(event));
  }
  ready_.notify_all();
}

std::vector<StreamEvent> RequestHandle::wait(std::chrono::milliseconds timeout) {
  std::unique_lock lock(mutex_);
  ready_.wait_for(lock, timeout, [&] { return !events_.empty(); });
  std::vector<StreamEvent> out(std::make_move_iterator(events_.begin()), std::make_move_iterator(events_.end()));
  events_.clear();
  return out;
}

struct BatchEngine::Impl {
  BatchEngineOptions options;
  checkpoint::ModelConfig config;
  checkpoint::Checkpoint checkpoint;
  model::LayerFormats formats;
  std::unique_ptr<runtime::Backend> backend;
  std::optional<tokenizer::Tokenizer> tokenizer;
  std::map<std::string, model::WeightBuffer, std::less<>> weights;
  std::unique_ptr<runtime::Executable> prefill_graph, decode_graph, ragged_graph;
  Buffer single_k, single_v, slot_k, slot_v;

  std::vector<Slot> slots;
  std::optional<size_t> prefilling;  ///< the slot whose prompt is being prefilled

  mutable std::mutex mutex;  // guards queue, stopping, stats
  std::condition_variable wake;
  std::deque<std::shared_ptr<RequestHandle>> queue;
  bool stopping = false;
  EngineStats stats;
  std::thread thread;

  Result<std::unique_ptr<runtime::Executable>> compile(model::GraphKind kind, int64_t batch, int64_t chunk);
  Result<std::vector<Buffer>> run(runtime::Executable& graph, std::vector<Buffer> inputs, Buffer& k, Buffer& v);
  void loop();
  bool occupied() const;
  void admit();
  void sweep_cancelled();
  Status prefill_step();
  Status ragged_step();
  void accept_token(size_t index, int32_t token);
  void finish(size_t index, FinishReason reason, std::string text, std::vector<int32_t> tokens = {},
              std::string error = {});
  void fail_all(const Error& error);
  void publish_occupancy();
  void add_stats(int64_t prompt, int64_t generated, double seconds, bool ragged);
};

Result<std::unique_ptr<runtime::Executable>> BatchEngine::Impl::compile(model::GraphKind kind, int64_t batch,
                                                                        int64_t chunk) {
  model::GraphSpec spec;
  spec.kind = kind;
  spec.residency = options.residency;
  spec.precision = options.precision;
  spec.kv_dtype = options.kv_dtype;
  spec.capacity = options.capacity;
  spec.batch = batch;
  spec.chunk = chunk;
  spec.output_logits = true;
  MLXLA_ASSIGN_OR_RETURN(model::EmittedGraph emitted, model::emit(config, formats, spec));
  std::vector<runtime::BufferView> views;
  for (const model::WeightArg& arg : emitted.abi.args) {
    auto it = weights.find(arg.name);
    if (it == weights.end()) {
      MLXLA_ASSIGN_OR_RETURN(model::WeightBuffer loaded, model::load_weight(arg, checkpoint));
      it = weights.emplace(arg.name, std::move(loaded)).first;
    }
    if (it->second.bytes().size() != arg.type.nbytes()) {
      return internal_error("weight '" + arg.name + "' was bound with another size than a " +
                            std::string(model::to_string(kind)) + " graph wants");
    }
    views.push_back(runtime::BufferView{arg.type, it->second.bytes().data()});
  }
  return backend->compile(emitted.module, std::move(views));
}

Result<std::vector<Buffer>> BatchEngine::Impl::run(runtime::Executable& graph, std::vector<Buffer> inputs, Buffer& k,
                                                   Buffer& v) {
  std::vector<runtime::BufferView> views;
  for (const Buffer& b : inputs) views.push_back(b.view());
  std::vector<runtime::MutableBufferView> state{k.mutable_view(), v.mutable_view()};
  MLXLA_ASSIGN_OR_RETURN(std::vector<Buffer> outputs, graph.execute(views, state));
  if (outputs.size() != 2) return internal_error("BatchEngine: a graph did not return next_tokens and logits");
  return outputs;
}

bool BatchEngine::Impl::occupied() const {
  return std::any_of(slots.begin(), slots.end(), [](const Slot& s) { return s.handle != nullptr; });
}

void BatchEngine::Impl::add_stats(int64_t prompt, int64_t generated, double seconds, bool ragged) {
  std::lock_guard lock(mutex);
  stats.prompt_tokens += prompt;
  stats.generated_tokens += generated;
  stats.busy_seconds += seconds;
  if (ragged) {
    stats.decode_seconds += seconds;
    stats.decode_tokens += generated;
    ++stats.ragged_steps;
  } else {
    ++stats.prefill_chunks;
  }
}

void BatchEngine::Impl::finish(size_t index, FinishReason reason, std::string text, std::vector<int32_t> tokens,
                               std::string error) {
  Slot& slot = slots[index];
  StreamEvent event;
  event.tokens = std::move(tokens);
  event.text = std::move(text);
  event.done = true;
  event.finish = reason;
  event.usage = Usage{static_cast<int64_t>(slot.handle->request_.prompt.size()),
                      static_cast<int64_t>(slot.generated.size())};
  event.error = std::move(error);
  std::shared_ptr<RequestHandle> handle = std::move(slot.handle);
  if (prefilling == index) prefilling.reset();
  slots[index] = Slot{};
  publish_occupancy();  // before the event, so a client that sees its end sees the slot free
  handle->push(std::move(event));
}

void BatchEngine::Impl::publish_occupancy() {
  std::lock_guard lock(mutex);
  stats.queued = static_cast<int64_t>(queue.size());
  stats.active_slots = std::count_if(slots.begin(), slots.end(), [](const Slot& s) { return s.handle != nullptr; });
}

void BatchEngine::Impl::fail_all(const Error& error) {
  for (size_t i = 0; i < slots.size(); ++i) {
    if (slots[i].handle) finish(i, FinishReason::kError, {}, {}, error.message());
  }
}

void BatchEngine::Impl::sweep_cancelled() {
  for (size_t i = 0; i < slots.size(); ++i) {
    if (slots[i].handle && slots[i].handle->cancelled()) finish(i, FinishReason::kCancelled, {});
  }
  std::lock_guard lock(mutex);
  std::erase_if(queue, [](const std::shared_ptr<RequestHandle>& h) {
    if (!h->cancelled()) return false;
    StreamEvent event;
    event.done = true;
    event.finish = FinishReason::kCancelled;
    event.usage.prompt_tokens = static_cast<int64_t>(h->request_.prompt.size());
    h->push(std::move(event));
    return true;
  });
}

/// Moves the oldest queued request into a free slot when no other prompt is being prefilled
/// (one prefill at a time keeps the single-sequence cache to one sequence).
void BatchEngine::Impl::admit() {
  if (prefilling) return;
  auto free_slot = std::find_if(slots.begin(), slots.end(), [](const Slot& s) { return s.handle == nullptr; });
  if (free_slot == slots.end()) return;
  std::shared_ptr<RequestHandle> handle;
  {
    std::lock_guard lock(mutex);
    if (queue.empty()) return;
    handle = std::move(queue.front());
    queue.pop_front();
  }
  const BatchRequest& request = handle->request_;
  Slot& slot = *free_slot;
  slot.handle = handle;
  slot.limit = std::min<int64_t>(request.max_tokens, options.capacity - static_cast<int64_t>(request.prompt.size()));
  slot.context = request.prompt;
  slot.sampler = std::make_unique<Sampler>(request.sampling);
  if (tokenizer) slot.decoder = std::make_unique<tokenizer::StreamDecoder>(*tokenizer);
  slot.stops = std::make_unique<StopMatcher>(request.stop);
  prefilling = static_cast<size_t>(free_slot - slots.begin());
}

/// One prefill chunk of the admitted prompt. Near the end of the cache (a padded chunk would not
/// fit) the remaining tokens go through the decode graph, as ModelRunner::prefill does, so the
/// cache and logits equal a single-sequence run bit for bit.
Status BatchEngine::Impl::prefill_step() {
  const size_t index = *prefilling;
  Slot& slot = slots[index];
  const std::vector<int32_t>& prompt = slot.handle->request_.prompt;
  const int64_t chunk = options.prefill_chunk;
  const auto start = static_cast<int32_t>(slot.prefilled);
  std::vector<Buffer> inputs;
  runtime::Executable* graph = nullptr;
  size_t n = 0;
  if (start + chunk > options.capacity) {
    if (!decode_graph) {
      MLXLA_ASSIGN_OR_RETURN(decode_graph, compile(model::GraphKind::kDecode, 1, 1));
    }
    n = 1;
    inputs.push_back(vector_i32(std::span<const int32_t>(prompt).subspan(slot.prefilled, 1), 1));
    inputs.push_back(scalar_i32(start));
    graph = decode_graph.get();
  } else {
    n = std::min<size_t>(static_cast<size_t>(chunk), prompt.size() - slot.prefilled);
    inputs.push_back(vector_i32(std::span<const int32_t>(prompt).subspan(slot.prefilled, n), chunk));
    inputs.push_back(scalar_i32(start));
    inputs.push_back(scalar_i32(static_cast<int32_t>(n)));
    graph = prefill_graph.get();
  }
  const auto t0 = Clock::now();
  MLXLA_ASSIGN_OR_RETURN(std::vector<Buffer> outputs, run(*graph, std::move(inputs), single_k, single_v));
  // The last chunk's prediction is the request's first generated token.
  add_stats(static_cast<int64_t>(n), slot.prefilled + n == prompt.size() ? 1 : 0,
            std::chrono::duration<double>(Clock::now() - t0).count(), false);
  slot.prefilled += n;
  if (slot.prefilled < prompt.size()) return Status::Ok();

  // Copy the prompt's rows of every layer into slot `index`: [L, 1, Cap, KV, D] -> [L, B, Cap, KV, D].
  const int64_t row = config.num_key_value_heads * config.head_dim *
                      static_cast<int64_t>(graph::element_size(slot_k.type.element));  // bytes per position
  const int64_t layer_single = options.capacity * row;
  const int64_t rows = static_cast<int64_t>(prompt.size()) * row;
  for (int64_t l = 0; l < config.num_hidden_layers; ++l) {
    const int64_t dst = (l * options.slots + static_cast<int64_t>(index)) * layer_single;
    std::memcpy(slot_k.bytes.data() + dst, single_k.bytes.data() + l * layer_single, static_cast<size_t>(rows));
    std::memcpy(slot_v.bytes.data() + dst, single_v.bytes.data() + l * layer_single, static_cast<size_t>(rows));
  }
  prefilling.reset();
  slot.decoding = true;
  slot.position = static_cast<int32_t>(prompt.size());
  const auto* logits = reinterpret_cast<const float*>(outputs[1].bytes.data());
  const int32_t token = slot.sampler->sample(std::span<const float>(logits, static_cast<size_t>(config.vocab_size)),
                                             slot.context, slot.generated);
  accept_token(index, token);
  return Status::Ok();
}

/// One token for every decoding slot, each at its own position. Free (or still prefilling)
/// slots get token 0 at position 0: their entry is free and their outputs are ignored.
Status BatchEngine::Impl::ragged_step() {
  const auto b = static_cast<int64_t>(slots.size());
  std::vector<int32_t> tokens(slots.size(), 0), positions(slots.size(), 0);
  int64_t active = 0;
  for (size_t i = 0; i < slots.size(); ++i) {
    if (!slots[i].decoding) continue;
    tokens[i] = slots[i].next_input;
    positions[i] = slots[i].position;
    ++active;
  }
  if (active == 0) return Status::Ok();
  std::vector<Buffer> inputs;
  inputs.push_back(vector_i32(tokens, b));
  inputs.push_back(vector_i32(positions, b));
  const auto t0 = Clock::now();
  MLXLA_ASSIGN_OR_RETURN(std::vector<Buffer> outputs, run(*ragged_graph, std::move(inputs), slot_k, slot_v));
  add_stats(0, active, std::chrono::duration<double>(Clock::now() - t0).count(), true);
  const auto* logits = reinterpret_cast<const float*>(outputs[1].bytes.data());
  const auto vocab = static_cast<size_t>(config.vocab_size);
  for (size_t i = 0; i < slots.size(); ++i) {
    Slot& slot = slots[i];
    if (!slot.decoding) continue;
    ++slot.position;
    const int32_t token = slot.sampler->sample(std::span<const float>(logits + i * vocab, vocab), slot.context,
                                               slot.generated);
    accept_token(i, token);
  }
  return Status::Ok();
}

/// Records a sampled token, streams its text and ends the request on EOS, a stop string or the
/// length limit.
void BatchEngine::Impl::accept_token(size_t index, int32_t token) {
  Slot& slot = slots[index];
  const BatchRequest& request = slot.handle->request_;
  slot.generated.push_back(token);
  slot.context.push_back(token);
  static const std::vector<int32_t> kNoEos;
  const std::vector<int32_t>& eos = tokenizer ? tokenizer->eos_ids() : kNoEos;
  const bool is_eos = !request.ignore_eos && std::find(eos.begin(), eos.end(), token) != eos.end();
  auto step_text = [&] { return slot.decoder ? slot.decoder->step(token) : std::string(); };
  auto final_text = [&] { return slot.decoder ? slot.decoder->finish() : std::string(); };
  std::string text;
  if (is_eos) {
    text = slot.stops->push(final_text());
    if (!slot.stops->stopped()) text += slot.stops->flush();
    return finish(index, FinishReason::kStop, std::move(text), {token});
  }
  text = slot.stops->push(step_text());
  if (slot.stops->stopped()) return finish(index, FinishReason::kStop, std::move(text), {token});
  if (static_cast<int64_t>(slot.generated.size()) >= slot.limit) {
    text += slot.stops->push(final_text());
    if (slot.stops->stopped()) return finish(index, FinishReason::kStop, std::move(text), {token});
    text += slot.stops->flush();
    return finish(index, FinishReason::kLength, std::move(text), {token});
  }
  StreamEvent event;
  event.tokens = {token};
  event.text = std::move(text);
  slot.handle->push(std::move(event));
  slot.next_input = token;
}

void BatchEngine::Impl::loop() {
  while (true) {
    {
      std::unique_lock lock(mutex);
      wake.wait(lock, [&] { return stopping || !queue.empty() || occupied(); });
      if (stopping) break;
    }
    sweep_cancelled();
    admit();
    Status status = Status::Ok();
    if (prefilling) status = prefill_step();
    if (status.ok()) status = ragged_step();
    if (!status.ok()) fail_all(status.error());
    publish_occupancy();
  }
  // Shutting down: every request still here ends as cancelled.
  for (size_t i = 0; i < slots.size(); ++i) {
    if (slots[i].handle) finish(i, FinishReason::kCancelled, {});
  }
  std::lock_guard lock(mutex);
  for (auto& handle : queue) {
    StreamEvent event;
    event.done = true;
    event.finish = FinishReason::kCancelled;
    handle->push(std::move(event));
  }
  queue.clear();
  stats.queued = 0;
  stats.active_slots = 0;
}

BatchEngine::BatchEngine(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}

BatchEngine::~BatchEngine() { shutdown(); }

Result<std::unique_ptr<BatchEngine>> BatchEngine::open(const std::filesystem::path& dir,
                                                       std::unique_ptr<runtime::Backend> backend,
                                                       const BatchEngineOptions& options) {
  if (backend == nullptr) return invalid_argument("BatchEngine: no backend");
  if (options.slots <= 0) return invalid_argument("BatchEngine: the number of slots must be positive");
  if (options.capacity <= 1) return invalid_argument("BatchEngine: the context size must be at least 2");
  if (options.prefill_chunk <= 0) return invalid_argument("BatchEngine: the prefill chunk must be positive");
  auto impl = std::make_unique<Impl>();
  impl->options = options;
  impl->backend = std::move(backend);
  MLXLA_ASSIGN_OR_RETURN(impl->config, checkpoint::load_model_config(dir));
  MLXLA_ASSIGN_OR_RETURN(impl->checkpoint, checkpoint::Checkpoint::open(dir));
  MLXLA_ASSIGN_OR_RETURN(impl->formats, model::layer_formats_from_checkpoint(impl->checkpoint, impl->config));
  if (common::entry_exists(dir / "tokenizer.json")) {  // a link loop is loaded and reported
    auto tok = tokenizer::Tokenizer::load(dir);
    if (!tok.ok()) return tok.error().with_context(dir.string());
    impl->tokenizer.emplace(std::move(*tok));
  }
  MLXLA_ASSIGN_OR_RETURN(impl->prefill_graph, impl->compile(model::GraphKind::kPrefill, 1, options.prefill_chunk));
  MLXLA_ASSIGN_OR_RETURN(impl->ragged_graph, impl->compile(model::GraphKind::kRagged, options.slots, 1));
  const auto& single = impl->prefill_graph->state_types();
  const auto& batched = impl->ragged_graph->state_types();
  if (single.size() != 2 || batched.size() != 2) return internal_error("BatchEngine: graphs without two caches");
  impl->single_k = Buffer::zeros(single[0]);
  impl->single_v = Buffer::zeros(single[1]);
  impl->slot_k = Buffer::zeros(batched[0]);
  impl->slot_v = Buffer::zeros(batched[1]);
  impl->slots.resize(static_cast<size_t>(options.slots));
  impl->stats.slots = options.slots;
  Impl* raw = impl.get();
  impl->thread = std::thread([raw] { raw->loop(); });
  return std::unique_ptr<BatchEngine>(new BatchEngine(std::move(impl)));
}

Result<std::shared_ptr<RequestHandle>> BatchEngine::submit(BatchRequest request) {
  const int64_t capacity = impl_->options.capacity;
  if (request.prompt.empty()) return invalid_argument("the prompt is empty (at least one token is needed)");
  if (static_cast<int64_t>(request.prompt.size()) >= capacity) {
    return invalid_argument("the prompt has " + std::to_string(request.prompt.size()) +
                            " tokens; the context holds " + std::to_string(capacity) +
                            " (the prompt must leave room for at least one generated token)");
  }
  for (int32_t id : request.prompt) {
    if (id < 0 || id >= impl_->config.vocab_size) {
      return invalid_argument("prompt token id " + std::to_string(id) + " is outside the vocabulary [0, " +
                              std::to_string(impl_->config.vocab_size) + ")");
    }
  }
  if (request.max_tokens < 1) return invalid_argument("max_tokens must be at least 1");
  MLXLA_RETURN_IF_ERROR(validate(request.sampling));
  auto handle = std::make_shared<RequestHandle>();
  handle->request_ = std::move(request);
  {
    std::lock_guard lock(impl_->mutex);
    if (impl_->stopping) return invalid_argument("the engine is shutting down");
    impl_->queue.push_back(handle);
    impl_->stats.queued = static_cast<int64_t>(impl_->queue.size());
  }
  impl_->wake.notify_all();
  return handle;
}

Result<Completion> BatchEngine::generate(BatchRequest request) {
  MLXLA_ASSIGN_OR_RETURN(std::shared_ptr<RequestHandle> handle, submit(std::move(request)));
  Completion completion;
  while (true) {
    for (StreamEvent& event : handle->wait(std::chrono::milliseconds(1000))) {
      completion.tokens.insert(completion.tokens.end(), event.tokens.begin(), event.tokens.end());
      completion.text += event.text;
      if (!event.done) continue;
      if (event.finish == FinishReason::kError) return internal_error("generation failed: " + event.error);
      completion.finish = event.finish;
      completion.usage = event.usage;
      return completion;
    }
  }
}

void BatchEngine::shutdown() {
  {
    std::lock_guard lock(impl_->mutex);
    impl_->stopping = true;
  }
  impl_->wake.notify_all();
  if (impl_->thread.joinable()) impl_->thread.join();
}

const tokenizer::Tokenizer* BatchEngine::tokenizer() const {
  return impl_->tokenizer ? &*impl_->tokenizer : nullptr;
}
const BatchEngineOptions& BatchEngine::options() const { return impl_->options; }
int64_t BatchEngine::vocab_size() const { return impl_->config.vocab_size; }

EngineStats BatchEngine::stats() const {
  std::lock_guard lock(impl_->mutex);
  return impl_->stats;
}

}  // namespace mlxla::engine
