// Host memory for the backends that run on the CPU (reference, cpu): HostBuffer (64-byte aligned,
// zero-filled), HostWeightSet (views into the caller's bytes, e.g. the checkpoint's mmap: zero
// copy), and HostBackend, which implements Backend's memory, weight and cache operations with
// memcpy; a subclass adds compile().
#pragma once

#include <map>
#include <memory>
#include <string>

#include "runtime/backend.h"

namespace mlxla::runtime {

class HostBackend;

/// A buffer of a HostBackend: plain host bytes, 64-byte aligned (the SIMD kernels' loads).
class HostBuffer final : public DeviceBuffer {
 public:
  HostBuffer(graph::TensorType type, const HostBackend* owner);
  ~HostBuffer() override;
  std::byte* data() const { return data_; }
  const HostBackend* owner() const { return owner_; }
  bool ok() const { return data_ != nullptr || nbytes() == 0; }

 private:
  std::byte* data_ = nullptr;
  const HostBackend* owner_;
};

/// A weight set of a HostBackend: the views it was bound with, by name.
class HostWeightSet final : public WeightSet {
 public:
  HostWeightSet(std::map<std::string, BufferView, std::less<>> tensors,
                std::shared_ptr<const void> keep_alive, const HostBackend* owner);
  size_t size() const override { return tensors_.size(); }
  int64_t bytes() const override { return bytes_; }
  /// The tensor called `name`, or nullptr.
  const BufferView* find(std::string_view name) const;
  const HostBackend* owner() const { return owner_; }

 private:
  std::map<std::string, BufferView, std::less<>> tensors_;
  std::shared_ptr<const void> keep_alive_;  ///< the bytes the views point into
  int64_t bytes_ = 0;
  const HostBackend* owner_;
};

class HostBackend : public Backend {
 public:
  Result<std::unique_ptr<DeviceBuffer>> allocate(const graph::TensorType& type) override;
  Status upload(DeviceBuffer& buffer, size_t offset, std::span<const std::byte> bytes) override;
  Status download(const DeviceBuffer& buffer, size_t offset, std::span<std::byte> out) override;
  Result<std::shared_ptr<const WeightSet>> bind_weights(
      std::vector<WeightTensor> weights, std::shared_ptr<const void> keep_alive) override;
  Status copy_cache_rows(const DeviceBuffer& src, int64_t src_slot, DeviceBuffer& dst,
                         int64_t dst_slot, int64_t rows) override;
  Status clear_cache_slot(DeviceBuffer& cache, int64_t slot) override;
  /// Reads the row in place: no copy of the logits.
  Result<SampleResult> sample(const DeviceBuffer& logits, int64_t row,
                              const SampleSpec& spec) override;

  /// The bytes of `buffer`, or an error (naming `what`) when it is not one of this backend's.
  Result<std::byte*> host_data(const DeviceBuffer& buffer, std::string_view what) const;
  /// The views of `module`'s kWeight parameters (in parameter order) found by name in
  /// `weights`, which must be one of this backend's sets; an error names a missing or
  /// mistyped weight.
  Result<std::vector<BufferView>> resolve_weights(const graph::Module& module,
                                                  const MainSignature& signature,
                                                  const WeightSet& weights) const;
};

}  // namespace mlxla::runtime
