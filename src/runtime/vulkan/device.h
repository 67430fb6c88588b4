// A Vulkan instance and one logical device with a compute queue: device enumeration, memory,
// buffers, one-shot command submission and the compute pipelines of the embedded shaders.
// The Khronos validation layer is enabled when MLXLA_VULKAN_VALIDATION=1; its messages are
// counted (validation_messages()) so tests can fail on any.
#pragma once

#include <vulkan/vulkan.h>

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <tuple>
#include <vector>

#include "mlxla/result.h"

namespace mlxla::runtime::vulkan {

/// One physical device as `mlxla inspect --devices` lists it.
struct DeviceInfo {
  int index = 0;
  std::string name;
  std::string type;  ///< "discrete", "integrated", "virtual", "cpu", "other"
  uint32_t subgroup_size = 0;
  bool float16 = false, int8 = false, storage16 = false, storage8 = false, float64 = false;
  /// Subgroup arithmetic (subgroupAdd) and shuffles in compute shaders: the fast policy's
  /// reductions need both.
  bool subgroup_arithmetic = false;
  /// VK_EXT_subgroup_size_control with computeFullSubgroups for compute: a pipeline can require
  /// its subgroup size and full subgroups (the fast policy then packs several per workgroup).
  bool subgroup_size_control = false;
  /// With subgroup_size_control: the most subgroups one compute workgroup may hold.
  uint32_t max_compute_workgroup_subgroups = 0;
  /// VK_KHR_shader_integer_dot_product (shaderIntegerDotProduct): packed 4x8-bit dot products
  /// (OpSUDot); `int8_dot_accelerated` when the device says the packed mixed-sign form is fast.
  bool int8_dot = false, int8_dot_accelerated = false;
  uint64_t max_storage_buffer_range = 0;
  uint64_t max_memory_allocation_size = 0;  ///< Vulkan 1.1 maintenance3 limit
  uint64_t device_local_bytes = 0;
};

/// The largest buffer the backend makes on a device: every buffer is bound whole as a storage
/// buffer (maxStorageBufferRange) and one allocation (maxMemoryAllocationSize), and the shaders
/// address bytes with 32-bit unsigned integers (4 GiB - 1).
uint64_t max_buffer_bytes(const DeviceInfo& info);

/// The Vulkan physical devices (an error when no loader or no device is present).
Result<std::vector<DeviceInfo>> list_devices();

/// Validation-layer messages (warnings and errors) seen by any instance of this process.
std::vector<std::string> validation_messages();
void clear_validation_messages();

/// What the device may enable beyond the exact policy's needs (Device::create).
struct DeviceRequest {
  bool int8_dot = true;  ///< enable packed int8 dot products when supported
  /// Enable VK_EXT_subgroup_size_control when supported (false: as if the device lacked it).
  bool subgroup_size_control = true;
  /// Device-local bytes this device may hold at once (every allocate_device counts until
  /// released); 0: no limit beyond the device's. Going over is an out-of-memory error.
  uint64_t memory_limit = 0;
  /// Fault injection for tests: after this many queue submissions the next one reports
  /// VK_ERROR_DEVICE_LOST instead of submitting (and the device stays lost); -1: never.
  int64_t lose_device_after_submits = -1;
  /// With lose_device_after_submits: the submission fails with VK_ERROR_OUT_OF_DEVICE_MEMORY
  /// instead (the device is not lost; the dropped batch makes every later call fail).
  bool inject_out_of_memory = false;
};

/// A compute pipeline: an embedded shader, its specialization constants (ids 0, 1, ...) and,
/// when nonzero, the subgroup size it must run with (full subgroups; needs
/// DeviceInfo::subgroup_size_control).
struct PipelineKey {
  std::string shader;
  std::vector<uint32_t> constants;
  uint32_t subgroup_size = 0;
  bool operator<(const PipelineKey& o) const {
    return std::tie(shader, constants, subgroup_size) <
           std::tie(o.shader, o.constants, o.subgroup_size);
  }
};

/// A buffer with its own memory allocation.
struct Allocation {
  VkBuffer buffer = VK_NULL_HANDLE;
  VkDeviceMemory memory = VK_NULL_HANDLE;
  VkDeviceSize size = 0;
  void* mapped = nullptr;  ///< host-visible allocations only
  bool counted = false;    ///< counts against the device's memory limit (allocate_device)
  /// Unique per allocation of a device (a freed buffer's handle may come back for a new one):
  /// what an executable compares to know whether its recorded descriptors still hold.
  uint64_t id = 0;
};

class Device {
 public:
  static Result<std::shared_ptr<Device>> create(int index, const DeviceRequest& request = {});
  ~Device();
  Device(const Device&) = delete;
  Device& operator=(const Device&) = delete;

  const DeviceInfo& info() const { return info_; }
  /// Whether packed int8 dot products were enabled (supported and requested).
  bool int8_dot() const { return int8_dot_; }
  /// Device-local bytes allocated now, and the limit (0: none).
  uint64_t allocated_bytes() const { return allocated_; }
  uint64_t memory_limit() const { return memory_limit_; }
  /// Queue submissions made so far (tests place an injected device loss with it).
  int64_t submits() const { return submits_; }
  /// Whether the Khronos validation layer is enabled on this device's instance.
  bool validation() const { return messenger_ != VK_NULL_HANDLE; }
  VkDevice device() const { return device_; }
  VkDescriptorSetLayout set_layout() const { return set_layout_; }
  VkPipelineLayout pipeline_layout() const { return pipeline_layout_; }

  /// A device-local storage buffer (transfer src/dst too) of at least `size` bytes, zeroed.
  Result<Allocation> allocate_device(VkDeviceSize size);
  /// A host-visible, coherent, mapped buffer.
  Result<Allocation> allocate_host(VkDeviceSize size);
  void release(Allocation& a);

  // Submission. Work is gathered into a batch and the batch goes to the queue in ONE
  // vkQueueSubmit when the host needs a result: a token's small uploads, its step and the read
  // of its result (or its device sampling) are one submission. Commands run in the order they
  // were given; a global memory barrier separates each group of commands from the next.

  /// Records commands with `record` into the batch, submits the batch and waits for it.
  Status run_once(const std::function<void(VkCommandBuffer)>& record);
  /// Appends a recorded, reusable command buffer to the batch (not submitted yet). A command
  /// buffer already in the batch is submitted first (a batch holds each at most once).
  Status enqueue(VkCommandBuffer cmd);
  /// Submits the batch, if any, without waiting for it.
  Status flush();
  /// Submits the batch, if any, and waits for everything given so far.
  Status wait();
  /// Waits for what was submitted so far; the batch not yet submitted stays where it is.
  Status settle();
  /// Whether `cmd` is in the batch (given, not yet submitted).
  bool batched(VkCommandBuffer cmd) const;
  /// wait(), and when that fails, vkDeviceWaitIdle: before freeing what the device may use.
  void finish_all();
  /// An error once the device was lost or a batch had to be dropped (its work never ran, so
  /// nothing may run on top of it): every later submission fails the same way.
  Status failed() const;

  /// Copies host memory into a device buffer. Small 4-byte-aligned copies (inputs: token ids,
  /// positions) are recorded into the batch (vkCmdUpdateBuffer, no submission of their own);
  /// larger ones go through a staging buffer, after everything given earlier.
  Status write(const Allocation& dst, VkDeviceSize offset, const void* data, VkDeviceSize bytes);
  /// Copies a device buffer into host memory through a staging buffer: submits the batch with
  /// the copy and waits.
  Status read(const Allocation& src, VkDeviceSize offset, void* data, VkDeviceSize bytes);

  /// The compute pipeline of the embedded shader `name`.
  Result<VkPipeline> pipeline(const std::string& name);
  /// The compute pipeline of `key` (made once, then cached).
  Result<VkPipeline> pipeline(const PipelineKey& key);

  VkCommandPool command_pool() const { return pool_; }

 private:
  Device() = default;
  Status check(VkResult r, const char* what);
  Result<Allocation> allocate(VkDeviceSize size, VkMemoryPropertyFlags want, bool map);
  Status ensure_staging(VkDeviceSize bytes);
  /// The batch's open one-shot command buffer (begun), a new one when the batch ends with a
  /// reusable one or is empty; a global barrier is recorded first.
  Result<VkCommandBuffer> open_group();
  /// Frees the one-shot command buffers of completed submissions.
  void retire();

  VkInstance instance_ = VK_NULL_HANDLE;
  VkDebugUtilsMessengerEXT messenger_ = VK_NULL_HANDLE;
  VkPhysicalDevice physical_ = VK_NULL_HANDLE;
  VkDevice device_ = VK_NULL_HANDLE;
  VkQueue queue_ = VK_NULL_HANDLE;
  uint32_t queue_family_ = 0;
  VkCommandPool pool_ = VK_NULL_HANDLE;
  VkFence fence_ = VK_NULL_HANDLE;
  bool pending_ = false;  ///< a submission the fence has not been waited for
  /// The batch: command buffers given but not submitted, in order. `open_` (when not null) is
  /// its last one, a one-shot buffer still being recorded.
  std::vector<VkCommandBuffer> batch_;
  VkCommandBuffer open_ = VK_NULL_HANDLE;
  uint64_t open_bytes_ = 0;  ///< data recorded inline into the batch (vkCmdUpdateBuffer)
  /// One-shot command buffers of the batch (freed once their submission completes).
  std::vector<VkCommandBuffer> one_shot_, in_flight_;
  VkDescriptorSetLayout set_layout_ = VK_NULL_HANDLE;
  VkPipelineLayout pipeline_layout_ = VK_NULL_HANDLE;
  std::map<PipelineKey, VkPipeline> pipelines_;
  std::map<std::string, VkShaderModule> modules_;
  VkPhysicalDeviceMemoryProperties memory_{};
  Allocation staging_;
  DeviceInfo info_;
  bool lost_ = false;
  std::string broken_;  ///< why a batch was dropped (not a loss); empty: none was
  int64_t submits_ = 0;
  uint64_t next_id_ = 1;     ///< Allocation::id
  int64_t lose_after_ = -1;  // DeviceRequest::lose_device_after_submits
  bool inject_oom_ = false;  // DeviceRequest::inject_out_of_memory
  bool int8_dot_ = false;
  uint64_t memory_limit_ = 0;
  uint64_t allocated_ = 0;
};

/// A zero-initialised Vulkan structure with its sType set.
template <typename T>
T make(VkStructureType type) {
  T t{};
  t.sType = type;
  return t;
}

/// Tensor slots per descriptor set (binding 1's array size in shaders/common.glsl).
inline constexpr uint32_t kTensorSlots = 12;

}  // namespace mlxla::runtime::vulkan
