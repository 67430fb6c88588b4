// runtime::vulkan: a Backend running the emitted graphs as Vulkan compute shaders
// (docs/RUNTIME.md, "The Vulkan backend"). Buffers live in device memory (small uploads recorded
// into the device's batch, staging copies otherwise), weights are uploaded once as the
// checkpoint stores them (packed bits), and each compiled graph is one command buffer recorded
// once and replayed; a token's uploads, step and read or choice are one submission.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <string_view>

#include "kernels/cpu/kernels.h"
#include "runtime/backend.h"
#include "runtime/vulkan/device.h"

namespace mlxla::runtime::vulkan {

struct VulkanOptions {
  int device = 0;  ///< index into list_devices()
  /// kExact: bitwise equal to the CPU backend. kFast: quantized_dot with int8 activations and
  /// integer dot products, subgroup reductions and fma, and a subgroup rms_norm (judged by
  /// tolerance; needs subgroup arithmetic and shuffles).
  kernels::Policy policy = kernels::Policy::kExact;
  /// Fast policy: packed int8 dot products (VK_KHR_shader_integer_dot_product) when the device
  /// has them; false forces the plain integer arithmetic (bitwise the same results, tests).
  bool int8_dot = true;
  /// Fast policy: fix the subgroup size through VK_EXT_subgroup_size_control when the device has
  /// it (several subgroups per workgroup); false runs one subgroup per workgroup at the default
  /// size (bitwise the same results, tests).
  bool subgroup_size_control = true;
  /// Device-local bytes the backend may hold at once (weights, caches, step buffers, arenas);
  /// 0: MLXLA_VULKAN_MEMORY_LIMIT when set, else only the device's own limits. An allocation
  /// past it fails with an out-of-memory error (ErrorCategory::kIo) naming the limit.
  uint64_t memory_limit = 0;
  /// Non-greedy choices on the device: how many candidates (the head of the candidate order,
  /// runtime::choose_from_head) sample_select returns instead of the row; the row is downloaded
  /// only when they cannot decide. 0: always download the row (tests force the fallback with
  /// small values).
  int32_t sample_candidates = 256;
  /// Tests: DeviceRequest::lose_device_after_submits (-1: never).
  int64_t lose_device_after_submits = -1;
  /// Tests: DeviceRequest::inject_out_of_memory.
  bool inject_out_of_memory = false;
};

/// A byte count as MLXLA_VULKAN_MEMORY_LIMIT spells it: digits with an optional K, M or G
/// (binary multiples, e.g. "512M"); an error naming the variable otherwise.
Result<uint64_t> parse_memory_limit(std::string_view text);

/// How the fast policy's shaders are specialised on this device.
struct FastShape {
  uint32_t lanes = 0;       ///< invocations per output row: the subgroup size
  uint32_t subgroups = 1;   ///< subgroups per workgroup (1 without subgroup size control)
  bool fixed_size = false;  ///< the pipelines require `lanes` and full subgroups
  bool int8_dot = false;    ///< the packed int8 dot product variant of qdot_fast
};

class VulkanBackend;

/// A tensor in device memory.
class VulkanBuffer final : public DeviceBuffer {
 public:
  VulkanBuffer(graph::TensorType type, std::shared_ptr<Device> device, Allocation allocation,
               const VulkanBackend* owner);
  ~VulkanBuffer() override;
  const Allocation& allocation() const { return allocation_; }
  const VulkanBackend* owner() const { return owner_; }

 private:
  std::shared_ptr<Device> device_;
  Allocation allocation_;
  const VulkanBackend* owner_;
};

/// A model's weights, each tensor one device buffer.
class VulkanWeightSet final : public WeightSet {
 public:
  VulkanWeightSet(std::map<std::string, std::unique_ptr<VulkanBuffer>, std::less<>> tensors,
                  const VulkanBackend* owner);
  size_t size() const override { return tensors_.size(); }
  int64_t bytes() const override { return bytes_; }
  const VulkanBuffer* find(std::string_view name) const;
  const VulkanBackend* owner() const { return owner_; }

 private:
  std::map<std::string, std::unique_ptr<VulkanBuffer>, std::less<>> tensors_;
  int64_t bytes_ = 0;
  const VulkanBackend* owner_;
};

class VulkanBackend final : public Backend {
 public:
  static Result<std::unique_ptr<VulkanBackend>> create(const VulkanOptions& options);
  std::string_view name() const override { return "vulkan"; }

  Result<std::unique_ptr<DeviceBuffer>> allocate(const graph::TensorType& type) override;
  Status upload(DeviceBuffer& buffer, size_t offset, std::span<const std::byte> bytes) override;
  Status download(const DeviceBuffer& buffer, size_t offset, std::span<std::byte> out) override;
  Result<std::shared_ptr<const WeightSet>> bind_weights(
      std::vector<WeightTensor> weights, std::shared_ptr<const void> keep_alive) override;
  Result<std::unique_ptr<Executable>> compile(const graph::Module& module,
                                              std::shared_ptr<const WeightSet> weights) override;
  Status copy_cache_rows(const DeviceBuffer& src, int64_t src_slot, DeviceBuffer& dst,
                         int64_t dst_slot, int64_t rows) override;
  Status clear_cache_slot(DeviceBuffer& cache, int64_t slot) override;
  /// Chooses on the device, as runtime::sample_row defines it. Greedy choices (temperature 0 or
  /// top_k 1) run shaders/sample_argmax.comp (the edits applied there): only the token comes
  /// back. Other choices with a finite temperature > 0 run shaders/sample_select.comp: the edits,
  /// the row's total weight W and the first VulkanOptions::sample_candidates tokens of the
  /// candidate order come back (8 bytes each), and the filters and the draw run on the host
  /// (runtime::choose_from_head); when those candidates cannot decide, the row is downloaded and
  /// sample_row decides (the same choice by definition). Log-probabilities asked for download the
  /// row (they use the C library's exp and log).
  Result<SampleResult> sample(const DeviceBuffer& logits, int64_t row,
                              const SampleSpec& spec) override;
  /// sample() for several rows: every device choice in ONE submission (with the step that
  /// wrote the logits, when it is still in the device's batch), a dispatch per row.
  Result<std::vector<SampleResult>> sample_rows(const DeviceBuffer& logits,
                                                std::span<const int64_t> rows,
                                                std::span<const SampleSpec> specs) override;
  ~VulkanBackend() override;

  const std::shared_ptr<Device>& device() const { return device_; }
  kernels::Policy policy() const { return policy_; }
  const FastShape& fast_shape() const { return fast_; }
  /// Bytes read back from the device so far: download() and the results of device sampling.
  uint64_t downloaded_bytes() const { return downloaded_bytes_; }
  /// Non-greedy device choices whose candidates could not decide (the row was downloaded).
  int64_t sample_fallbacks() const { return sample_fallbacks_; }
  /// W of the last non-greedy device choice with a finite largest logit (of a sample_rows call:
  /// its last such row; tests compare it with runtime::weigh_row's, bit for bit).
  double last_sample_total() const { return last_sample_total_; }
  /// `buffer` as one of this backend's, or an error naming `what`.
  Result<const VulkanBuffer*> mine(const DeviceBuffer& buffer, std::string_view what) const;

 private:
  explicit VulkanBackend(std::shared_ptr<Device> device) : device_(std::move(device)) {}
  /// One row's device choice: its words in the io buffer (parameters at `base`, the result at
  /// `result`), sample_select (`select`) or sample_argmax.
  struct SampleJob {
    size_t index = 0;  ///< into sample_rows' rows
    size_t base = 0, result = 0, vocab = 0, head = 0;
    bool select = false;
    double inv_t = 0.0;
  };
  /// Runs one workgroup per job, in order, with `words` as the io buffer (parameters and
  /// results, binding 0 and slot 1), `logits` in slot 0 and a device scratch of `scratch_bytes`
  /// in slot 2 (shared: each job after the previous one); one submission.
  Status run_sample_jobs(const VulkanBuffer& logits, std::span<const uint32_t> words,
                         std::span<const SampleJob> jobs, size_t scratch_bytes);
  std::shared_ptr<Device> device_;
  kernels::Policy policy_ = kernels::Policy::kExact;
  FastShape fast_;
  // Device sampling: a host-visible buffer holding the parameters, edits, bitmap and result,
  // and the one descriptor set of its dispatch.
  Allocation sample_io_;
  Allocation sample_scratch_;  // sample_select's edited row and block sums (device-local)
  int32_t sample_candidates_ = 256;
  uint64_t downloaded_bytes_ = 0;
  int64_t sample_fallbacks_ = 0;
  double last_sample_total_ = 0.0;
  VkDescriptorPool sample_pool_ = VK_NULL_HANDLE;
  VkDescriptorSet sample_set_ = VK_NULL_HANDLE;
};

/// Compiles `module` for `backend` (vulkan_executable.cpp).
Result<std::unique_ptr<Executable>> compile_vulkan(VulkanBackend& backend,
                                                   const graph::Module& module,
                                                   std::shared_ptr<const WeightSet> weights);

}  // namespace mlxla::runtime::vulkan
