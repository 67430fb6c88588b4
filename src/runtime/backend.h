// The runtime's backend interface: buffers, and a Backend that compiles a graph::Module once
// with its weights bound, into an Executable run many times with per-call inputs and the KV
// cache updated in place. The reference interpreter implements it now, the CPU runtime later.
#pragma once

#include <cstddef>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "graph/ir.h"
#include "mlxla/result.h"

namespace mlxla::runtime {

/// A read-only tensor: a type and the address of its little-endian bytes. The address may be
/// unaligned (a tensor inside an mmapped safetensors file), so readers use memcpy.
struct BufferView {
  graph::TensorType type;
  const std::byte* data = nullptr;
};

/// A writable tensor the caller owns (the KV cache): updated in place by execute().
struct MutableBufferView {
  graph::TensorType type;
  std::byte* data = nullptr;
  BufferView view() const { return {type, data}; }
};

/// A tensor owning its bytes (type.nbytes() of them).
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

/// A compiled graph: weights already bound. Not thread-safe; one call at a time.
class Executable {
 public:
  virtual ~Executable() = default;

  /// Runs the graph. `inputs` are the kInput parameters of `main` in parameter order; `state`
  /// the kKvCache parameters in parameter order: each is read, then overwritten in place with
  /// the result aliased to it. Returns the non-aliased results in result order.
  virtual Result<std::vector<Buffer>> execute(std::span<const BufferView> inputs,
                                              std::span<const MutableBufferView> state) = 0;

  /// Types of the kInput / kKvCache parameters and of the returned (non-aliased) results.
  virtual const std::vector<graph::TensorType>& input_types() const = 0;
  virtual const std::vector<graph::TensorType>& state_types() const = 0;
  virtual const std::vector<graph::TensorType>& output_types() const = 0;
};

/// A way to run graphs (reference interpreter, CPU runtime).
class Backend {
 public:
  virtual ~Backend() = default;
  virtual std::string_view name() const = 0;

  /// Compiles `module` (its `main`) with the kWeight parameters bound to `weights`, in the
  /// order those parameters appear in `main` (the WeightAbi's order). The weight bytes (often
  /// an mmap) must outlive the Executable; the module is copied or compiled, not referenced.
  virtual Result<std::unique_ptr<Executable>> compile(const graph::Module& module,
                                                      std::vector<BufferView> weights) = 0;
};

/// The backend called `name`: "reference" (the interpreter) or "cpu" (the CPU runtime, default
/// options); an invalid_argument error listing the known names otherwise.
Result<std::unique_ptr<Backend>> make_backend(std::string_view name);

/// The split of `main`'s parameters by role, and of its results by aliasing: what every
/// backend checks at compile time.
struct MainSignature {
  std::vector<size_t> inputs;           ///< parameter indices with role kInput
  std::vector<size_t> weights;          ///< ... kWeight
  std::vector<size_t> state;            ///< ... kKvCache (each aliased with a result)
  std::vector<int32_t> state_results;   ///< the result aliased with state[i]
  std::vector<int32_t> output_results;  ///< results not aliased with any parameter
};

/// Derives the signature of `module`'s `main`; fails (naming the parameter) when a kKvCache
/// parameter has no aliased result, an alias points outside the results, its types differ,
/// or two parameters alias one result.
Result<MainSignature> main_signature(const graph::Module& module);

}  // namespace mlxla::runtime
