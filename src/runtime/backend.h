// The runtime's backend interface: a Backend owns its memory (buffers it allocates, uploads to
// and downloads from; a weight set bound once per model), compiles a graph::Module into an
// Executable that takes and returns those buffers, and offers the KV-cache operations the engine
// needs. The reference interpreter and the CPU runtime implement it on host memory.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "graph/ir.h"
#include "mlxla/result.h"
#include "runtime/sampling.h"

namespace mlxla::runtime {

/// A read-only host tensor: a type and the address of its little-endian bytes. The address may
/// be unaligned (a tensor inside an mmapped safetensors file), so readers use memcpy.
struct BufferView {
  graph::TensorType type;
  const std::byte* data = nullptr;
};

/// A writable host tensor the caller owns.
struct MutableBufferView {
  graph::TensorType type;
  std::byte* data = nullptr;
  BufferView view() const { return {type, data}; }
};

/// A host tensor owning its bytes (type.nbytes() of them).
struct Buffer {
  graph::TensorType type;
  std::vector<std::byte> bytes;

  /// A zero-filled buffer of `type`.
  static Buffer zeros(const graph::TensorType& type) {
    return Buffer{type, std::vector<std::byte>(type.nbytes())};
  }
  BufferView view() const { return {type, bytes.data()}; }
  MutableBufferView mutable_view() { return {type, bytes.data()}; }
};

/// A tensor in a backend's memory (host, device, another process): the engine holds it by handle
/// and reads or writes its bytes only through Backend::upload / download. Made by one backend's
/// allocate() and usable only with that backend; it must not outlive the backend.
class DeviceBuffer {
 public:
  virtual ~DeviceBuffer() = default;
  DeviceBuffer(const DeviceBuffer&) = delete;
  DeviceBuffer& operator=(const DeviceBuffer&) = delete;
  const graph::TensorType& type() const { return type_; }
  size_t nbytes() const { return type_.nbytes(); }

 protected:
  explicit DeviceBuffer(graph::TensorType type) : type_(std::move(type)) {}

 private:
  graph::TensorType type_;
};

/// One named weight argument handed to Backend::bind_weights (names are the WeightAbi's, which
/// are also the names of the graphs' kWeight parameters).
struct WeightTensor {
  std::string name;
  BufferView view;
};

/// A model's weights as one backend keeps them, bound once and shared by every executable
/// compiled against it (a session's prefill, decode and ragged graphs).
class WeightSet {
 public:
  virtual ~WeightSet() = default;
  /// Number of weight tensors, and their bytes as bound (host views or device copies).
  virtual size_t size() const = 0;
  virtual int64_t bytes() const = 0;
};

/// A compiled graph: its kWeight parameters resolved against a WeightSet. Not thread-safe; one
/// call at a time.
class Executable {
 public:
  virtual ~Executable() = default;

  /// Runs the graph on buffers of the backend that compiled it. `inputs`: the kInput parameters
  /// of `main` in parameter order; `state`: the kKvCache parameters in parameter order, each
  /// read and then overwritten in place with the result aliased to it; `outputs`: the
  /// non-aliased results in result order, overwritten. Types must equal input_types(),
  /// state_types() and output_types(). Nothing is copied to the host: the caller downloads what
  /// it needs (e.g. only next_tokens for a greedy step).
  virtual Status execute(std::span<DeviceBuffer* const> inputs,
                         std::span<DeviceBuffer* const> state,
                         std::span<DeviceBuffer* const> outputs) = 0;

  /// Types of the kInput / kKvCache parameters and of the non-aliased results.
  virtual const std::vector<graph::TensorType>& input_types() const = 0;
  virtual const std::vector<graph::TensorType>& state_types() const = 0;
  virtual const std::vector<graph::TensorType>& output_types() const = 0;
};

/// A way to run graphs (reference interpreter, CPU runtime, later a GPU). docs/RUNTIME.md,
/// "Writing a backend", says what each call must guarantee.
class Backend {
 public:
  virtual ~Backend() = default;
  virtual std::string_view name() const = 0;

  // Memory.

  /// A new zero-filled buffer of `type`.
  virtual Result<std::unique_ptr<DeviceBuffer>> allocate(const graph::TensorType& type) = 0;
  /// Writes `bytes` into `buffer` at byte `offset` (offset + bytes.size() <= nbytes()).
  virtual Status upload(DeviceBuffer& buffer, size_t offset, std::span<const std::byte> bytes) = 0;
  /// Reads `out.size()` bytes of `buffer` from byte `offset` into `out`; waits for every
  /// execution writing `buffer` to finish.
  virtual Status download(const DeviceBuffer& buffer, size_t offset, std::span<std::byte> out) = 0;

  // Weights and graphs.

  /// Binds a model's weights once. The bytes must stay valid until `keep_alive` is released: a
  /// host backend reads them in place (an mmap) and holds `keep_alive` as long as the set lives;
  /// a device backend copies them and may release it at once. Names must be unique.
  virtual Result<std::shared_ptr<const WeightSet>> bind_weights(
      std::vector<WeightTensor> weights, std::shared_ptr<const void> keep_alive) = 0;
  /// Compiles `module`'s main with each kWeight parameter bound to the tensor of its name in
  /// `weights` (same type, else an error naming it). The module is copied or compiled, not
  /// referenced; the executable holds the weight set.
  virtual Result<std::unique_ptr<Executable>> compile(const graph::Module& module,
                                                      std::shared_ptr<const WeightSet> weights) = 0;

  // KV-cache operations. A cache is [L, S, P, KV, D] (layers, slots, positions, kv heads, head
  // dim): the graphs' kKvCache parameters, docs/GRAPHS.md "KV caches".

  /// For every layer l, positions [0, rows) of slot `src_slot` of `src` are copied over those of
  /// slot `dst_slot` of `dst`. L, KV, D and the element type must match; S and P may differ
  /// (rows <= both P). `src` and `dst` may be the same buffer when the slots differ.
  virtual Status copy_cache_rows(const DeviceBuffer& src, int64_t src_slot, DeviceBuffer& dst,
                                 int64_t dst_slot, int64_t rows) = 0;
  /// Zero-fills slot `slot` of `cache` (every layer, every position).
  virtual Status clear_cache_slot(DeviceBuffer& cache, int64_t slot) = 0;

  // Token choice.

  /// Chooses a token from row `row` of `logits` (an f32 [..., vocab] buffer, e.g. a step's
  /// logits output) as runtime::sample_row defines it, where the logits are: only the choice (and
  /// the log-probabilities asked for) comes back. This default downloads the row and runs
  /// sample_row on the host; host backends read it in place, a device backend runs it there.
  virtual Result<SampleResult> sample(const DeviceBuffer& logits, int64_t row,
                                      const SampleSpec& spec);
  /// sample() for rows[i] with specs[i] (the same sizes), in one go where the backend can (a
  /// device backend: one submission). This default calls sample() for each.
  virtual Result<std::vector<SampleResult>> sample_rows(const DeviceBuffer& logits,
                                                        std::span<const int64_t> rows,
                                                        std::span<const SampleSpec> specs);
};

/// Compiles `module` with its kWeight parameters bound, in parameter order, to `weights`
/// (host views that must outlive the executable): a weight set made for this one module.
/// For tests and tools that run a single graph.
Result<std::unique_ptr<Executable>> compile_with_views(Backend& backend,
                                                       const graph::Module& module,
                                                       std::vector<BufferView> weights);

/// Runs `executable` on host tensors: uploads `inputs` and `state`, executes, downloads the
/// updated state back into `state` and returns the outputs. For tests and tools; the engine
/// keeps its state in backend buffers instead.
Result<std::vector<Buffer>> execute_on_host(Backend& backend, Executable& executable,
                                            std::span<const BufferView> inputs,
                                            std::span<const MutableBufferView> state);

/// A new buffer of `backend` holding a copy of `host`.
Result<std::unique_ptr<DeviceBuffer>> upload_new(Backend& backend, const BufferView& host);
/// The whole of `buffer`, downloaded into a host Buffer.
Result<Buffer> download_all(Backend& backend, const DeviceBuffer& buffer);

/// The split of `main`'s parameters by role, and of its results by aliasing: what every
/// backend checks at compile time.
struct MainSignature {
  std::vector<size_t> inputs;           ///< parameter indices with role kInput
  std::vector<size_t> weights;          ///< ... kWeight
  std::vector<size_t> state;            ///< ... kKvCache (each aliased with a result)
  std::vector<int32_t> state_results;   ///< the result aliased with state[i]
  std::vector<int32_t> output_results;  ///< results not aliased with any parameter
};

/// The byte offset and length (in floats) of row `row` of an f32 [..., vocab] logits buffer (rows:
/// the product of the leading dimensions); an error when the buffer is not such a tensor or the
/// row is outside it. For sample().
Result<std::pair<size_t, size_t>> logits_row_range(const DeviceBuffer& logits, int64_t row);

/// Derives the signature of `module`'s main; fails (naming the parameter) when a kKvCache
/// parameter has no aliased result, an alias points outside the results, its types differ,
/// or two parameters alias one result.
Result<MainSignature> main_signature(const graph::Module& module);

/// Checks that `buffers` have `types` (count and each type); errors name `what` and the index.
Status check_buffer_types(std::string_view backend, std::string_view what,
                          std::span<DeviceBuffer* const> buffers,
                          const std::vector<graph::TensorType>& types);

}  // namespace mlxla::runtime
