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

  /// Records commands with `record` into a one-shot command buffer, submits and waits.
  Status run_once(const std::function<void(VkCommandBuffer)>& record);
  /// Submits a recorded command buffer; `wait()` waits for every submission so far.
  Status submit(VkCommandBuffer cmd);
  Status wait();

  /// Copies between host memory and a device buffer through a staging buffer.
  Status write(const Allocation& dst, VkDeviceSize offset, const void* data, VkDeviceSize bytes);
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

  VkInstance instance_ = VK_NULL_HANDLE;
  VkDebugUtilsMessengerEXT messenger_ = VK_NULL_HANDLE;
  VkPhysicalDevice physical_ = VK_NULL_HANDLE;
  VkDevice device_ = VK_NULL_HANDLE;
  VkQueue queue_ = VK_NULL_HANDLE;
  uint32_t queue_family_ = 0;
  VkCommandPool pool_ = VK_NULL_HANDLE;
  VkFence fence_ = VK_NULL_HANDLE;
  bool pending_ = false;
  VkDescriptorSetLayout set_layout_ = VK_NULL_HANDLE;
  VkPipelineLayout pipeline_layout_ = VK_NULL_HANDLE;
  std::map<PipelineKey, VkPipeline> pipelines_;
  std::map<std::string, VkShaderModule> modules_;
  VkPhysicalDeviceMemoryProperties memory_{};
  Allocation staging_;
  DeviceInfo info_;
  bool lost_ = false;
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
