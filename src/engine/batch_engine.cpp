// BatchEngine (see batch_engine.h): scheduling only. One engine thread owns a ModelRunner (the
// one model-stepping runner, shared with Session): a request is prefilled alone into the
// runner's single-sequence cache (one chunk per engine iteration), copied into its slot of the
// B-slot cache, and from there advances one token per ragged step with the other slots.
#include "engine/batch_engine.h"

#include <algorithm>
#include <cstring>
#include <exception>

#include "checkpoint/config.h"
#include "common/model_file.h"
#include "runtime/model_runner.h"

namespace mlxla::engine {
namespace {

using Clock = std::chrono::steady_clock;

/// A request in a slot.
struct Slot {
  std::shared_ptr<RequestHandle> handle;
  bool decoding = false;     ///< prefilled; advances in ragged steps
  bool started = false;      ///< its prompt began to enter the single-sequence cache
  size_t prefilled = 0;      ///< prompt tokens already in the single-sequence cache
  PrefixCache::Match reuse;  ///< cached rows its prefill starts from (found at admission)
  int64_t cached = 0;        ///< prompt tokens restored from the prefix cache
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
  std::vector<StreamEvent> out(std::make_move_iterator(events_.begin()),
                               std::make_move_iterator(events_.end()));
  events_.clear();
  return out;
}

struct BatchEngine::Impl {
  BatchEngineOptions options;
  std::unique_ptr<runtime::ModelRunner> runner;
  std::optional<tokenizer::Tokenizer> tokenizer;
  std::unique_ptr<PrefixCache> prefix_cache;  ///< engine thread only
  /// Some layer keeps a rotating cache (a window narrower than the context): its ring holds the
  /// last positions of a slot, so a snapshot is only taken of a slot's whole sequence.
  bool rotating = false;

  std::vector<Slot> slots;
  std::optional<size_t> prefilling;  ///< the slot whose prompt is being prefilled

  mutable std::mutex mutex;  // guards queue, stopping, stats
  std::condition_variable wake;
  std::deque<std::shared_ptr<RequestHandle>> queue;
  bool stopping = false;
  EngineStats stats;
  std::thread thread;

  const checkpoint::ModelConfig& config() const { return runner->config(); }
  void loop();
  Status iterate();
  bool occupied() const;
  void admit();
  void sweep_cancelled();
  Status prefill_step();
  Status ragged_step();
  /// Whether the in-graph argmax is the slot's token: a plain greedy sampler and a real token
  /// (a NaN logit makes it `vocab`; kNone steps leave it -1).
  bool argmax_decides(const Slot& slot, int32_t argmax) const;
  Result<int32_t> choose(Slot& slot, int32_t argmax, int64_t row);
  void accept_token(size_t index, int32_t token);
  void finish(size_t index, FinishReason reason, std::string text, std::vector<int32_t> tokens = {},
              std::string error = {});
  void fail_all(const Error& error);
  void publish_occupancy();
  void keep_prefix(const Slot& slot, size_t index);
  void publish_prefix_cache();
  void add_stats(int64_t prompt, int64_t generated, double seconds, bool ragged);
};

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

void BatchEngine::Impl::finish(size_t index, FinishReason reason, std::string text,
                               std::vector<int32_t> tokens, std::string error) {
  Slot& slot = slots[index];
  StreamEvent event;
  event.tokens = std::move(tokens);
  event.text = std::move(text);
  event.done = true;
  event.finish = reason;
  event.usage = Usage{static_cast<int64_t>(slot.handle->request_.prompt.size()),
                      static_cast<int64_t>(slot.generated.size()), slot.cached};
  event.error = std::move(error);
  if (!event.tokens.empty() && slot.sampler && slot.sampler->params().logprobs >= 0)
    event.logprobs = {slot.sampler->last_logprobs()};
  if (reason != FinishReason::kError) keep_prefix(slot, index);
  std::shared_ptr<RequestHandle> handle = std::move(slot.handle);
  if (prefilling == index) prefilling.reset();
  slots[index] = Slot{};
  publish_occupancy();  // before the event, so a client that sees its end sees the slot free
  handle->push(std::move(event));
}

/// Keeps a finished sequence's rows for prefix reuse: positions [0, slot.position) hold the
/// prompt and every generated token but the last (sampled, never fed through the model).
void BatchEngine::Impl::keep_prefix(const Slot& slot, size_t index) {
  if (!prefix_cache->enabled() || !slot.decoding) return;
  int64_t rows = slot.position;
  if (options.prefix_reuse == PrefixReuse::kWholeChunks) {
    const auto prompt = static_cast<int64_t>(slot.handle->request_.prompt.size());
    rows = prompt - prompt % options.prefill_chunk;
    if (rotating && rows != slot.position) return;
  }
  if (rows <= 0) return;
  std::vector<int32_t> tokens(slot.context.begin(), slot.context.begin() + rows);
  // A repeated request: its rows are held already, and copying them again would stall the
  // other slots for nothing.
  if (prefix_cache->refresh(tokens)) return;
  auto snapshot = runner->snapshot_slot(static_cast<int64_t>(index), rows);
  if (!snapshot.ok()) return;  // not kept; the request itself is unaffected
  prefix_cache->insert(std::move(tokens), std::move(*snapshot));
  publish_prefix_cache();
}

void BatchEngine::Impl::publish_prefix_cache() {
  std::lock_guard lock(mutex);
  stats.prefix_cache = prefix_cache->stats();
}

void BatchEngine::Impl::publish_occupancy() {
  std::lock_guard lock(mutex);
  stats.queued = static_cast<int64_t>(queue.size());
  stats.active_slots =
      std::count_if(slots.begin(), slots.end(), [](const Slot& s) { return s.handle != nullptr; });
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
  auto free_slot =
      std::find_if(slots.begin(), slots.end(), [](const Slot& s) { return s.handle == nullptr; });
  if (free_slot == slots.end()) return;
  std::shared_ptr<RequestHandle> handle;
  {
    std::lock_guard lock(mutex);
    if (queue.empty()) return;
    handle = std::move(queue.front());
    queue.pop_front();
  }
  const GenerationRequest& request = handle->request_;
  Slot& slot = *free_slot;
  slot.handle = handle;
  const int64_t room = options.capacity - static_cast<int64_t>(request.prompt.size());
  slot.limit = request.max_tokens < 0 ? room : std::min<int64_t>(request.max_tokens, room);
  slot.context = request.prompt;
  slot.sampler = std::make_unique<Sampler>(handle->sampling_);
  if (tokenizer)
    slot.decoder =
        std::make_unique<tokenizer::StreamDecoder>(*tokenizer, request.skip_special_tokens);
  slot.stops = std::make_unique<StopMatcher>(request.stop);
  // At least the last prompt token is prefilled: its logits give the first generated token.
  if (prefix_cache->enabled()) {
    const int64_t granule =
        options.prefix_reuse == PrefixReuse::kAnyRows ? 1 : options.prefill_chunk;
    slot.reuse = prefix_cache->lookup(request.prompt,
                                      static_cast<int64_t>(request.prompt.size()) - 1, granule);
    publish_prefix_cache();
  }
  prefilling = static_cast<size_t>(free_slot - slots.begin());
}

/// One prefill chunk of the admitted prompt through the runner's single-sequence cache (near
/// the end of the cache the runner takes the decode graph instead, so the cache and logits equal
/// a single-sequence run bit for bit); the finished prompt is copied into the request's slot.
Status BatchEngine::Impl::prefill_step() {
  const size_t index = *prefilling;
  Slot& slot = slots[index];
  const std::vector<int32_t>& prompt = slot.handle->request_.prompt;
  if (!slot.started) {
    slot.started = true;
    if (slot.reuse.snapshot) {
      MLXLA_RETURN_IF_ERROR(runner->restore_sequence(*slot.reuse.snapshot, slot.reuse.rows));
      slot.prefilled = static_cast<size_t>(slot.reuse.rows);
      slot.cached = slot.reuse.rows;
      slot.reuse.snapshot.reset();  // restored; the cache entry itself stays
      std::lock_guard lock(mutex);
      stats.cached_tokens += slot.reuse.rows;
    } else {
      runner->reset();
    }
  }
  const size_t n =
      std::min<size_t>(static_cast<size_t>(options.prefill_chunk), prompt.size() - slot.prefilled);
  const auto t0 = Clock::now();
  MLXLA_ASSIGN_OR_RETURN(
      runtime::StepOutput out,
      runner->prefill(std::span<const int32_t>(prompt).subspan(slot.prefilled, n),
                      runtime::StepLogits::kSkip));
  // The last chunk's prediction is the request's first generated token.
  add_stats(static_cast<int64_t>(n), slot.prefilled + n == prompt.size() ? 1 : 0,
            std::chrono::duration<double>(Clock::now() - t0).count(), false);
  slot.prefilled += n;
  if (slot.prefilled < prompt.size()) return Status::Ok();

  MLXLA_RETURN_IF_ERROR(
      runner->copy_to_slot(static_cast<int64_t>(index), static_cast<int64_t>(prompt.size())));
  prefilling.reset();
  slot.decoding = true;
  slot.position = static_cast<int32_t>(prompt.size());
  MLXLA_ASSIGN_OR_RETURN(const int32_t token, choose(slot, out.next_token, 0));
  accept_token(index, token);
  return Status::Ok();
}

/// The slot's next token after the runner's last step (row `row` of it): the in-graph argmax
/// when the sampler is plain greedy, else the sampler's choice, made by the backend where the
/// logits are; they are downloaded only for a constraint's mask (a NaN logit, for which the
/// argmax is `vocab`, also goes to the sampler).
bool BatchEngine::Impl::argmax_decides(const Slot& slot, int32_t argmax) const {
  return !slot.sampler->needs_logits() && argmax >= 0 && argmax < config().vocab_size;
}

Result<int32_t> BatchEngine::Impl::choose(Slot& slot, int32_t argmax, int64_t row) {
  Sampler& sampler = *slot.sampler;
  if (argmax_decides(slot, argmax)) return argmax;
  if (!sampler.needs_host_logits()) {
    MLXLA_ASSIGN_OR_RETURN(runtime::SampleResult chosen,
                           runner->sample(row, sampler.next_spec(slot.context, slot.generated)));
    return sampler.accept(std::move(chosen));
  }
  MLXLA_ASSIGN_OR_RETURN(std::vector<float> logits, runner->step_logits(row));
  return sampler.sample(logits, slot.context, slot.generated);
}

/// One token for every decoding slot, each at its own position. Free (or still prefilling)
/// slots get token 0 at position 0: their entry is free and their outputs are ignored.
Status BatchEngine::Impl::ragged_step() {
  std::vector<int32_t> tokens(slots.size(), 0), positions(slots.size(), 0);
  int64_t active = 0;
  for (size_t i = 0; i < slots.size(); ++i) {
    if (!slots[i].decoding) continue;
    tokens[i] = slots[i].next_input;
    positions[i] = slots[i].position;
    ++active;
  }
  if (active == 0) return Status::Ok();
  // The argmax rows come back only when a slot decodes greedily; otherwise nothing does before
  // the choices (a backend that queues work submits the step with the first of them).
  const bool argmax = std::any_of(slots.begin(), slots.end(), [](const Slot& s) {
    return s.decoding && !s.sampler->needs_logits();
  });
  const auto t0 = Clock::now();
  MLXLA_ASSIGN_OR_RETURN(
      std::vector<runtime::StepOutput> outputs,
      runner->ragged(tokens, positions,
                     argmax ? runtime::StepLogits::kSkip : runtime::StepLogits::kNone));
  // The choices: the argmax where it is the token; the backend's for the sampled rows, all in
  // one call (one submission on a device, with the step); on the host for a constraint's mask.
  std::vector<int32_t> chosen(slots.size(), -1);
  std::vector<int64_t> rows;
  std::vector<runtime::SampleSpec> specs;
  for (size_t i = 0; i < slots.size(); ++i) {
    Slot& slot = slots[i];
    if (!slot.decoding) continue;
    const int32_t argmax = outputs[i].next_token;
    if (argmax_decides(slot, argmax)) {
      chosen[i] = argmax;
    } else if (!slot.sampler->needs_host_logits()) {
      rows.push_back(static_cast<int64_t>(i));
      specs.push_back(slot.sampler->next_spec(slot.context, slot.generated));
    }
  }
  if (!rows.empty()) {
    MLXLA_ASSIGN_OR_RETURN(std::vector<runtime::SampleResult> results,
                           runner->sample_rows(rows, specs));
    for (size_t k = 0; k < rows.size(); ++k) {
      const auto i = static_cast<size_t>(rows[k]);
      chosen[i] = slots[i].sampler->accept(std::move(results[k]));
    }
  }
  for (size_t i = 0; i < slots.size(); ++i) {
    Slot& slot = slots[i];
    if (!slot.decoding || chosen[i] >= 0) continue;
    MLXLA_ASSIGN_OR_RETURN(chosen[i], choose(slot, outputs[i].next_token, static_cast<int64_t>(i)));
  }
  // The step's time includes the choices: on a backend that queues work the step runs there.
  add_stats(0, active, std::chrono::duration<double>(Clock::now() - t0).count(), true);
  for (size_t i = 0; i < slots.size(); ++i) {
    Slot& slot = slots[i];
    if (!slot.decoding) continue;
    ++slot.position;
    accept_token(i, chosen[i]);
  }
  return Status::Ok();
}

/// Records a sampled token, streams its text and ends the request on EOS, a stop string or the
/// length limit.
void BatchEngine::Impl::accept_token(size_t index, int32_t token) {
  Slot& slot = slots[index];
  const GenerationRequest& request = slot.handle->request_;
  slot.generated.push_back(token);
  slot.context.push_back(token);
  static const std::vector<int32_t> kNoEos;
  const std::vector<int32_t>& eos = tokenizer ? tokenizer->eos_ids() : kNoEos;
  const bool is_eos =
      (request.stop_at_eos && std::find(eos.begin(), eos.end(), token) != eos.end()) ||
      std::find(request.stop_ids.begin(), request.stop_ids.end(), token) != request.stop_ids.end();
  auto step_text = [&] { return slot.decoder ? slot.decoder->step(token) : std::string(); };
  auto final_text = [&] { return slot.decoder ? slot.decoder->finish() : std::string(); };
  std::string text;
  if (is_eos) {
    text = slot.stops->push(final_text());
    if (!slot.stops->stopped()) text += slot.stops->flush();
    return finish(index, FinishReason::kEos, std::move(text), {token});
  }
  text = slot.stops->push(step_text());
  if (slot.stops->stopped())
    return finish(index, FinishReason::kStopString, std::move(text), {token});
  if (static_cast<int64_t>(slot.generated.size()) >= slot.limit) {
    text += slot.stops->push(final_text());
    if (slot.stops->stopped())
      return finish(index, FinishReason::kStopString, std::move(text), {token});
    text += slot.stops->flush();
    const bool by_context =
        request.max_tokens < 0 || static_cast<int64_t>(slot.generated.size()) < request.max_tokens;
    return finish(index, by_context ? FinishReason::kContext : FinishReason::kLength,
                  std::move(text), {token});
  }
  StreamEvent event;
  event.tokens = {token};
  event.text = std::move(text);
  if (slot.sampler->params().logprobs >= 0) event.logprobs = {slot.sampler->last_logprobs()};
  slot.handle->push(std::move(event));
  slot.next_input = token;
}

/// One engine iteration: drop cancelled requests, admit one, one prefill chunk, one ragged step.
Status BatchEngine::Impl::iterate() {
  sweep_cancelled();
  admit();
  if (prefilling) MLXLA_RETURN_IF_ERROR(prefill_step());
  return ragged_step();
}

void BatchEngine::Impl::loop() {
  while (true) {
    {
      std::unique_lock lock(mutex);
      wake.wait(lock, [&] { return stopping || !queue.empty() || occupied(); });
      if (stopping) break;
    }
    Status status = Status::Ok();
    // An exception thrown by a step (std::bad_alloc, a bug) fails the requests in flight, whose
    // clients get an error (HTTP 500); the engine thread and the process keep serving.
    try {
      status = iterate();
    } catch (const std::exception& e) {
      status = internal_error(std::string("engine step threw: ") + e.what());
    } catch (...) {
      status = internal_error("engine step threw an unknown exception");
    }
    if (!status.ok()) {
      prefilling.reset();
      fail_all(status.error());
    }
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

BatchEngine::~BatchEngine() {
  shutdown();
}

Result<std::unique_ptr<BatchEngine>> BatchEngine::open(const std::filesystem::path& dir,
                                                       std::unique_ptr<runtime::Backend> backend,
                                                       const BatchEngineOptions& options) {
  if (backend == nullptr) return invalid_argument("BatchEngine: no backend");
  if (options.slots <= 0)
    return invalid_argument("BatchEngine: the number of slots must be positive");
  if (options.capacity <= 1)
    return invalid_argument("BatchEngine: the context size must be at least 2");
  if (options.prefill_chunk <= 0)
    return invalid_argument("BatchEngine: the prefill chunk must be positive");
  if (options.prefix_cache_bytes < 0)
    return invalid_argument("BatchEngine: the prefix cache budget must be >= 0");
  auto impl = std::make_unique<Impl>();
  impl->options = options;
  runtime::RunnerOptions runner_options;
  runner_options.residency = options.residency;
  runner_options.precision = options.precision;
  runner_options.kv_dtype = options.kv_dtype;
  runner_options.capacity = options.capacity;
  runner_options.prefill_chunk = options.prefill_chunk;
  MLXLA_ASSIGN_OR_RETURN(impl->runner,
                         runtime::ModelRunner::open(dir, std::move(backend), runner_options));
  if (common::entry_exists(dir / "tokenizer.json")) {  // a link loop is loaded and reported
    auto tok = tokenizer::Tokenizer::load(dir);
    if (!tok.ok()) return tok.error().with_context(dir.string());
    impl->tokenizer.emplace(std::move(*tok));
  }
  // Every graph the engine runs is compiled now, so a model that cannot run fails at open.
  MLXLA_RETURN_IF_ERROR(impl->runner->reset_slots(options.slots));
  MLXLA_RETURN_IF_ERROR(impl->runner->compile(model::GraphKind::kPrefill));
  MLXLA_RETURN_IF_ERROR(impl->runner->compile(model::GraphKind::kRagged));
  impl->slots.resize(static_cast<size_t>(options.slots));
  impl->stats.slots = options.slots;
  runtime::ModelRunner* runner = impl->runner.get();
  impl->prefix_cache = std::make_unique<PrefixCache>(
      options.prefix_cache_bytes, [runner](const runtime::CacheSnapshot& snapshot, int64_t rows) {
        return runner->can_restore(snapshot, rows);
      });
  impl->stats.prefix_cache_budget = impl->prefix_cache->budget_bytes();
  // As model::cache_layout: a sliding window narrower than the context rotates.
  const checkpoint::ModelConfig& config = impl->config();
  impl->rotating = config.sliding_window && *config.sliding_window < options.capacity &&
                   std::find(config.layer_sliding.begin(), config.layer_sliding.end(), true) !=
                       config.layer_sliding.end();
  Impl* raw = impl.get();
  impl->thread = std::thread([raw] { raw->loop(); });
  return std::unique_ptr<BatchEngine>(new BatchEngine(std::move(impl)));
}

Result<std::shared_ptr<RequestHandle>> BatchEngine::submit(GenerationRequest request,
                                                           SamplingParams sampling) {
  const int64_t capacity = impl_->options.capacity;
  if (request.prompt.empty())
    return invalid_argument("the prompt is empty (at least one token is needed)");
  if (static_cast<int64_t>(request.prompt.size()) >= capacity) {
    return invalid_argument("the prompt has " + std::to_string(request.prompt.size()) +
                            " tokens; the context holds " + std::to_string(capacity) +
                            " (the prompt must leave room for at least one generated token)");
  }
  for (int32_t id : request.prompt) {
    if (id < 0 || id >= impl_->config().vocab_size) {
      return invalid_argument("prompt token id " + std::to_string(id) +
                              " is outside the vocabulary [0, " +
                              std::to_string(impl_->config().vocab_size) + ")");
    }
  }
  if (request.max_tokens < 1 && request.max_tokens != -1) {
    return invalid_argument(
        "max_tokens must be at least 1 (or -1: until EOS or the context is full)");
  }
  MLXLA_RETURN_IF_ERROR(validate(sampling));
  auto handle = std::make_shared<RequestHandle>();
  handle->request_ = std::move(request);
  handle->sampling_ = sampling;
  {
    std::lock_guard lock(impl_->mutex);
    if (impl_->stopping) return invalid_argument("the engine is shutting down");
    impl_->queue.push_back(handle);
    impl_->stats.queued = static_cast<int64_t>(impl_->queue.size());
  }
  impl_->wake.notify_all();
  return handle;
}

Result<Completion> BatchEngine::generate(GenerationRequest request, SamplingParams sampling) {
  MLXLA_ASSIGN_OR_RETURN(std::shared_ptr<RequestHandle> handle,
                         submit(std::move(request), sampling));
  Completion completion;
  while (true) {
    for (StreamEvent& event : handle->wait(std::chrono::milliseconds(1000))) {
      completion.tokens.insert(completion.tokens.end(), event.tokens.begin(), event.tokens.end());
      completion.text += event.text;
      if (!event.done) continue;
      if (event.finish == FinishReason::kError)
        return internal_error("generation failed: " + event.error);
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
const BatchEngineOptions& BatchEngine::options() const {
  return impl_->options;
}
int64_t BatchEngine::vocab_size() const {
  return impl_->config().vocab_size;
}

EngineStats BatchEngine::stats() const {
  std::lock_guard lock(impl_->mutex);
  return impl_->stats;
}

}  // namespace mlxla::engine
