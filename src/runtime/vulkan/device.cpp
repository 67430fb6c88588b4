// Vulkan instance, device, memory and pipelines (see device.h).
#include "runtime/vulkan/device.h"

#include <algorithm>

#include <cstdlib>
#include <cstring>
#include <mutex>

#include "runtime/vulkan/shaders.h"

namespace mlxla::runtime::vulkan {
namespace {

std::mutex g_messages_mutex;
std::vector<std::string> g_messages;

VKAPI_ATTR VkBool32 VKAPI_CALL on_message(VkDebugUtilsMessageSeverityFlagBitsEXT severity,
                                          VkDebugUtilsMessageTypeFlagsEXT,
                                          const VkDebugUtilsMessengerCallbackDataEXT* data, void*) {
  if (severity >= VK_DEBUG_UTILS_MESSAGE_SEVERITY_WARNING_BIT_EXT) {
    std::lock_guard<std::mutex> lock(g_messages_mutex);
    g_messages.emplace_back(data && data->pMessage ? data->pMessage : "(no message)");
  }
  return VK_FALSE;
}

bool validation_requested() {
  const char* v = std::getenv("MLXLA_VULKAN_VALIDATION");
  return v != nullptr && std::strcmp(v, "0") != 0 && v[0] != '\0';
}

bool layer_available(const char* name) {
  uint32_t count = 0;
  if (vkEnumerateInstanceLayerProperties(&count, nullptr) != VK_SUCCESS) return false;
  std::vector<VkLayerProperties> layers(count);
  if (vkEnumerateInstanceLayerProperties(&count, layers.data()) != VK_SUCCESS) return false;
  for (const VkLayerProperties& l : layers) {
    if (std::strcmp(l.layerName, name) == 0) return true;
  }
  return false;
}

std::string vk_error(VkResult r, const char* what) {
  return std::string("vulkan: ") + what + " failed (VkResult " + std::to_string(r) + ")";
}

constexpr const char* kValidationLayer = "VK_LAYER_KHRONOS_validation";

struct Instance {
  VkInstance instance = VK_NULL_HANDLE;
  VkDebugUtilsMessengerEXT messenger = VK_NULL_HANDLE;
};

#if defined(__SANITIZE_ADDRESS__)
constexpr bool kAddressSanitizer = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool kAddressSanitizer = true;
#else
constexpr bool kAddressSanitizer = false;
#endif
#else
constexpr bool kAddressSanitizer = false;
#endif

bool layer_has_extension(const char* layer, const char* extension) {
  uint32_t n = 0;
  if (vkEnumerateInstanceExtensionProperties(layer, &n, nullptr) != VK_SUCCESS) return false;
  std::vector<VkExtensionProperties> props(n);
  if (vkEnumerateInstanceExtensionProperties(layer, &n, props.data()) != VK_SUCCESS) return false;
  for (const VkExtensionProperties& p : props) {
    if (std::strcmp(p.extensionName, extension) == 0) return true;
  }
  return false;
}

Result<Instance> make_instance(bool validation) {
  auto app = make<VkApplicationInfo>(VK_STRUCTURE_TYPE_APPLICATION_INFO);
  app.pApplicationName = "mlxla";
  app.apiVersion = VK_API_VERSION_1_1;
  auto ci = make<VkInstanceCreateInfo>(VK_STRUCTURE_TYPE_INSTANCE_CREATE_INFO);
  ci.pApplicationInfo = &app;
  std::vector<const char*> layers, extensions;
  if (validation) {
    if (!layer_available(kValidationLayer)) {
      return unsupported(
          "vulkan: MLXLA_VULKAN_VALIDATION is set but VK_LAYER_KHRONOS_validation is not "
          "installed (apt-get install vulkan-validationlayers)");
    }
    layers.push_back(kValidationLayer);
    extensions.push_back(VK_EXT_DEBUG_UTILS_EXTENSION_NAME);
  }
  // With the layer, synchronization validation too (hazards between commands and submissions:
  // a missing barrier is a message, so a failed test), where the layer offers it; not in
  // AddressSanitizer builds, where the layer's own allocations are reported as leaks at exit
  // (Debian 12's layer) and its cost doubles the longest Vulkan test.
  const VkValidationFeatureEnableEXT sync =
      VK_VALIDATION_FEATURE_ENABLE_SYNCHRONIZATION_VALIDATION_EXT;
  auto vf = make<VkValidationFeaturesEXT>(VK_STRUCTURE_TYPE_VALIDATION_FEATURES_EXT);
  vf.enabledValidationFeatureCount = 1;
  vf.pEnabledValidationFeatures = &sync;
  if (validation && !kAddressSanitizer &&
      layer_has_extension(kValidationLayer, VK_EXT_VALIDATION_FEATURES_EXTENSION_NAME)) {
    extensions.push_back(VK_EXT_VALIDATION_FEATURES_EXTENSION_NAME);
    ci.pNext = &vf;
  }
  ci.enabledLayerCount = static_cast<uint32_t>(layers.size());
  ci.ppEnabledLayerNames = layers.data();
  ci.enabledExtensionCount = static_cast<uint32_t>(extensions.size());
  ci.ppEnabledExtensionNames = extensions.data();
  Instance out;
  const VkResult r = vkCreateInstance(&ci, nullptr, &out.instance);
  if (r != VK_SUCCESS) return unsupported(vk_error(r, "vkCreateInstance (no Vulkan loader/ICD?)"));
  if (validation) {
    auto create = reinterpret_cast<PFN_vkCreateDebugUtilsMessengerEXT>(
        vkGetInstanceProcAddr(out.instance, "vkCreateDebugUtilsMessengerEXT"));
    if (create != nullptr) {
      auto mi = make<VkDebugUtilsMessengerCreateInfoEXT>(
          VK_STRUCTURE_TYPE_DEBUG_UTILS_MESSENGER_CREATE_INFO_EXT);
      mi.messageSeverity = VK_DEBUG_UTILS_MESSAGE_SEVERITY_WARNING_BIT_EXT |
                           VK_DEBUG_UTILS_MESSAGE_SEVERITY_ERROR_BIT_EXT;
      mi.messageType = VK_DEBUG_UTILS_MESSAGE_TYPE_GENERAL_BIT_EXT |
                       VK_DEBUG_UTILS_MESSAGE_TYPE_VALIDATION_BIT_EXT |
                       VK_DEBUG_UTILS_MESSAGE_TYPE_PERFORMANCE_BIT_EXT;
      mi.pfnUserCallback = on_message;
      create(out.instance, &mi, nullptr, &out.messenger);
    }
  }
  return out;
}

void destroy_instance(Instance& in) {
  if (in.messenger != VK_NULL_HANDLE) {
    auto destroy = reinterpret_cast<PFN_vkDestroyDebugUtilsMessengerEXT>(
        vkGetInstanceProcAddr(in.instance, "vkDestroyDebugUtilsMessengerEXT"));
    if (destroy != nullptr) destroy(in.instance, in.messenger, nullptr);
  }
  if (in.instance != VK_NULL_HANDLE) vkDestroyInstance(in.instance, nullptr);
  in = {};
}

Result<std::vector<VkPhysicalDevice>> physical_devices(VkInstance instance) {
  uint32_t count = 0;
  VkResult r = vkEnumeratePhysicalDevices(instance, &count, nullptr);
  if (r != VK_SUCCESS) return unsupported(vk_error(r, "vkEnumeratePhysicalDevices"));
  std::vector<VkPhysicalDevice> devices(count);
  r = vkEnumeratePhysicalDevices(instance, &count, devices.data());
  if (r != VK_SUCCESS) return unsupported(vk_error(r, "vkEnumeratePhysicalDevices"));
  return devices;
}

const char* type_name(VkPhysicalDeviceType t) {
  switch (t) {
    case VK_PHYSICAL_DEVICE_TYPE_DISCRETE_GPU:
      return "discrete";
    case VK_PHYSICAL_DEVICE_TYPE_INTEGRATED_GPU:
      return "integrated";
    case VK_PHYSICAL_DEVICE_TYPE_VIRTUAL_GPU:
      return "virtual";
    case VK_PHYSICAL_DEVICE_TYPE_CPU:
      return "cpu";
    default:
      return "other";
  }
}

bool has_extension(VkPhysicalDevice pd, const char* name) {
  uint32_t count = 0;
  if (vkEnumerateDeviceExtensionProperties(pd, nullptr, &count, nullptr) != VK_SUCCESS)
    return false;
  std::vector<VkExtensionProperties> extensions(count);
  if (vkEnumerateDeviceExtensionProperties(pd, nullptr, &count, extensions.data()) != VK_SUCCESS)
    return false;
  for (const VkExtensionProperties& e : extensions) {
    if (std::strcmp(e.extensionName, name) == 0) return true;
  }
  return false;
}

/// The optional features of the fast policy, queried only through extensions the device lists
/// (chaining a structure of an absent extension is invalid usage).
struct OptionalFeatures {
  bool size_control = false;  ///< VK_EXT_subgroup_size_control, full subgroups, compute stage
  bool dot = false;           ///< VK_KHR_shader_integer_dot_product
  bool dot_accelerated = false;
  uint32_t max_workgroup_subgroups = 0;  ///< maxComputeWorkgroupSubgroups
};

OptionalFeatures optional_features(VkPhysicalDevice pd) {
  OptionalFeatures out;
  const bool size_ext = has_extension(pd, VK_EXT_SUBGROUP_SIZE_CONTROL_EXTENSION_NAME);
  const bool dot_ext = has_extension(pd, VK_KHR_SHADER_INTEGER_DOT_PRODUCT_EXTENSION_NAME);
  auto size_features = make<VkPhysicalDeviceSubgroupSizeControlFeaturesEXT>(
      VK_STRUCTURE_TYPE_PHYSICAL_DEVICE_SUBGROUP_SIZE_CONTROL_FEATURES_EXT);
  auto dot_features = make<VkPhysicalDeviceShaderIntegerDotProductFeaturesKHR>(
      VK_STRUCTURE_TYPE_PHYSICAL_DEVICE_SHADER_INTEGER_DOT_PRODUCT_FEATURES_KHR);
  auto features = make<VkPhysicalDeviceFeatures2>(VK_STRUCTURE_TYPE_PHYSICAL_DEVICE_FEATURES_2);
  auto size_props = make<VkPhysicalDeviceSubgroupSizeControlPropertiesEXT>(
      VK_STRUCTURE_TYPE_PHYSICAL_DEVICE_SUBGROUP_SIZE_CONTROL_PROPERTIES_EXT);
  auto dot_props = make<VkPhysicalDeviceShaderIntegerDotProductPropertiesKHR>(
      VK_STRUCTURE_TYPE_PHYSICAL_DEVICE_SHADER_INTEGER_DOT_PRODUCT_PROPERTIES_KHR);
  auto props = make<VkPhysicalDeviceProperties2>(VK_STRUCTURE_TYPE_PHYSICAL_DEVICE_PROPERTIES_2);
  void** feature_tail = &features.pNext;
  void** prop_tail = &props.pNext;
  if (size_ext) {
    *feature_tail = &size_features;
    feature_tail = &size_features.pNext;
    *prop_tail = &size_props;
    prop_tail = &size_props.pNext;
  }
  if (dot_ext) {
    *feature_tail = &dot_features;
    *prop_tail = &dot_props;
  }
  vkGetPhysicalDeviceFeatures2(pd, &features);
  vkGetPhysicalDeviceProperties2(pd, &props);
  out.size_control = size_ext && size_features.subgroupSizeControl == VK_TRUE &&
                     size_features.computeFullSubgroups == VK_TRUE &&
                     (size_props.requiredSubgroupSizeStages & VK_SHADER_STAGE_COMPUTE_BIT) != 0;
  out.max_workgroup_subgroups = out.size_control ? size_props.maxComputeWorkgroupSubgroups : 0;
  out.dot = dot_ext && dot_features.shaderIntegerDotProduct == VK_TRUE;
  out.dot_accelerated =
      out.dot && dot_props.integerDotProduct4x8BitPackedMixedSignednessAccelerated == VK_TRUE;
  return out;
}

DeviceInfo describe(VkPhysicalDevice pd, int index) {
  auto subgroup = make<VkPhysicalDeviceSubgroupProperties>(
      VK_STRUCTURE_TYPE_PHYSICAL_DEVICE_SUBGROUP_PROPERTIES);
  auto maintenance3 = make<VkPhysicalDeviceMaintenance3Properties>(
      VK_STRUCTURE_TYPE_PHYSICAL_DEVICE_MAINTENANCE_3_PROPERTIES);
  subgroup.pNext = &maintenance3;
  auto props = make<VkPhysicalDeviceProperties2>(VK_STRUCTURE_TYPE_PHYSICAL_DEVICE_PROPERTIES_2);
  props.pNext = &subgroup;
  vkGetPhysicalDeviceProperties2(pd, &props);
  const OptionalFeatures optional = optional_features(pd);
  auto s8 = make<VkPhysicalDevice8BitStorageFeatures>(
      VK_STRUCTURE_TYPE_PHYSICAL_DEVICE_8BIT_STORAGE_FEATURES);
  auto s16 = make<VkPhysicalDevice16BitStorageFeatures>(
      VK_STRUCTURE_TYPE_PHYSICAL_DEVICE_16BIT_STORAGE_FEATURES);
  auto f16 = make<VkPhysicalDeviceShaderFloat16Int8Features>(
      VK_STRUCTURE_TYPE_PHYSICAL_DEVICE_SHADER_FLOAT16_INT8_FEATURES);
  s16.pNext = &s8;
  f16.pNext = &s16;
  auto features = make<VkPhysicalDeviceFeatures2>(VK_STRUCTURE_TYPE_PHYSICAL_DEVICE_FEATURES_2);
  features.pNext = &f16;
  vkGetPhysicalDeviceFeatures2(pd, &features);
  VkPhysicalDeviceMemoryProperties mem;
  vkGetPhysicalDeviceMemoryProperties(pd, &mem);
  DeviceInfo info;
  info.index = index;
  info.name = props.properties.deviceName;
  info.type = type_name(props.properties.deviceType);
  info.subgroup_size = subgroup.subgroupSize;
  constexpr VkSubgroupFeatureFlags kReductions = VK_SUBGROUP_FEATURE_BASIC_BIT |
                                                 VK_SUBGROUP_FEATURE_ARITHMETIC_BIT |
                                                 VK_SUBGROUP_FEATURE_SHUFFLE_BIT;
  info.subgroup_arithmetic = (subgroup.supportedStages & VK_SHADER_STAGE_COMPUTE_BIT) != 0 &&
                             (subgroup.supportedOperations & kReductions) == kReductions;
  info.subgroup_size_control = optional.size_control;
  info.max_compute_workgroup_subgroups = optional.max_workgroup_subgroups;
  info.int8_dot = optional.dot;
  info.int8_dot_accelerated = optional.dot_accelerated;
  info.float16 = f16.shaderFloat16 == VK_TRUE;
  info.int8 = f16.shaderInt8 == VK_TRUE;
  info.storage16 = s16.storageBuffer16BitAccess == VK_TRUE;
  info.storage8 = s8.storageBuffer8BitAccess == VK_TRUE;
  info.float64 = features.features.shaderFloat64 == VK_TRUE;
  info.max_storage_buffer_range = props.properties.limits.maxStorageBufferRange;
  info.max_memory_allocation_size = maintenance3.maxMemoryAllocationSize;
  for (uint32_t h = 0; h < mem.memoryHeapCount; ++h) {
    if (mem.memoryHeaps[h].flags & VK_MEMORY_HEAP_DEVICE_LOCAL_BIT)
      info.device_local_bytes += mem.memoryHeaps[h].size;
  }
  return info;
}

}  // namespace

std::vector<std::string> validation_messages() {
  std::lock_guard<std::mutex> lock(g_messages_mutex);
  return g_messages;
}

void clear_validation_messages() {
  std::lock_guard<std::mutex> lock(g_messages_mutex);
  g_messages.clear();
}

Result<std::vector<DeviceInfo>> list_devices() {
  MLXLA_ASSIGN_OR_RETURN(Instance instance, make_instance(false));
  auto devices = physical_devices(instance.instance);
  std::vector<DeviceInfo> out;
  if (devices.ok()) {
    for (size_t i = 0; i < devices->size(); ++i)
      out.push_back(describe((*devices)[i], static_cast<int>(i)));
  }
  destroy_instance(instance);
  if (!devices.ok()) return devices.error();
  return out;
}

Status Device::check(VkResult r, const char* what) {
  if (r == VK_SUCCESS) return Status::Ok();
  if (r == VK_ERROR_DEVICE_LOST) lost_ = true;
  if (r == VK_ERROR_OUT_OF_DEVICE_MEMORY || r == VK_ERROR_OUT_OF_HOST_MEMORY) {
    return Error(ErrorCategory::kIo, vk_error(r, what) + ": out of memory");
  }
  if (r == VK_ERROR_DEVICE_LOST) {
    return Error(ErrorCategory::kIo,
                 vk_error(r, what) +
                     ": the device was lost (driver reset, GPU hang or removal); "
                     "this backend can no longer run, reopen the model");
  }
  return internal_error(vk_error(r, what));
}

Result<std::shared_ptr<Device>> Device::create(int index, const DeviceRequest& request) {
  std::shared_ptr<Device> d(new Device());
  MLXLA_ASSIGN_OR_RETURN(Instance instance, make_instance(validation_requested()));
  d->instance_ = instance.instance;
  d->messenger_ = instance.messenger;
  MLXLA_ASSIGN_OR_RETURN(std::vector<VkPhysicalDevice> devices, physical_devices(d->instance_));
  if (devices.empty()) return unsupported("vulkan: no Vulkan device (install mesa-vulkan-drivers)");
  if (index < 0 || static_cast<size_t>(index) >= devices.size()) {
    std::string names;
    for (size_t i = 0; i < devices.size(); ++i) {
      names += (i == 0 ? "" : ", ") + std::to_string(i) + ": " +
               describe(devices[i], static_cast<int>(i)).name;
    }
    return invalid_argument("vulkan: device " + std::to_string(index) + " does not exist (" +
                            std::to_string(devices.size()) + " devices: " + names +
                            "; mlxla inspect --devices describes them)");
  }
  d->physical_ = devices[static_cast<size_t>(index)];
  d->memory_limit_ = request.memory_limit;
  d->lose_after_ = request.lose_device_after_submits;
  d->inject_oom_ = request.inject_out_of_memory;
  d->info_ = describe(d->physical_, index);
  if (!request.subgroup_size_control) {
    d->info_.subgroup_size_control = false;
    d->info_.max_compute_workgroup_subgroups = 0;
  }
  if (!d->info_.float64) {
    return unsupported("vulkan: device '" + d->info_.name +
                       "' lacks shaderFloat64 (the exact policy's correctly rounded divide)");
  }
  VkPhysicalDeviceProperties props;
  vkGetPhysicalDeviceProperties(d->physical_, &props);
  if (props.limits.maxPerStageDescriptorStorageBuffers < kTensorSlots + 1 ||
      props.limits.maxDescriptorSetStorageBuffers < kTensorSlots + 1) {
    return unsupported("vulkan: device '" + d->info_.name + "' binds fewer than " +
                       std::to_string(kTensorSlots + 1) + " storage buffers per shader");
  }
  vkGetPhysicalDeviceMemoryProperties(d->physical_, &d->memory_);
  uint32_t families = 0;
  vkGetPhysicalDeviceQueueFamilyProperties(d->physical_, &families, nullptr);
  std::vector<VkQueueFamilyProperties> fprops(families);
  vkGetPhysicalDeviceQueueFamilyProperties(d->physical_, &families, fprops.data());
  bool found = false;
  for (uint32_t f = 0; f < families && !found; ++f) {
    if (fprops[f].queueFlags & VK_QUEUE_COMPUTE_BIT) {
      d->queue_family_ = f;
      found = true;
    }
  }
  if (!found) return unsupported("vulkan: device '" + d->info_.name + "' has no compute queue");
  const float priority = 1.0f;
  auto qci = make<VkDeviceQueueCreateInfo>(VK_STRUCTURE_TYPE_DEVICE_QUEUE_CREATE_INFO);
  qci.queueFamilyIndex = d->queue_family_;
  qci.queueCount = 1;
  qci.pQueuePriorities = &priority;
  VkPhysicalDeviceFeatures enabled{};
  enabled.shaderFloat64 = VK_TRUE;
  enabled.shaderStorageBufferArrayDynamicIndexing = VK_TRUE;
  auto dci = make<VkDeviceCreateInfo>(VK_STRUCTURE_TYPE_DEVICE_CREATE_INFO);
  dci.queueCreateInfoCount = 1;
  dci.pQueueCreateInfos = &qci;
  dci.pEnabledFeatures = &enabled;
  // The fast policy's optional features: fixed subgroup sizes and packed int8 dot products.
  std::vector<const char*> extensions;
  auto size_features = make<VkPhysicalDeviceSubgroupSizeControlFeaturesEXT>(
      VK_STRUCTURE_TYPE_PHYSICAL_DEVICE_SUBGROUP_SIZE_CONTROL_FEATURES_EXT);
  auto dot_features = make<VkPhysicalDeviceShaderIntegerDotProductFeaturesKHR>(
      VK_STRUCTURE_TYPE_PHYSICAL_DEVICE_SHADER_INTEGER_DOT_PRODUCT_FEATURES_KHR);
  d->int8_dot_ = d->info_.int8_dot && request.int8_dot;
  if (d->int8_dot_) {
    extensions.push_back(VK_KHR_SHADER_INTEGER_DOT_PRODUCT_EXTENSION_NAME);
    dot_features.shaderIntegerDotProduct = VK_TRUE;
    dci.pNext = &dot_features;
  }
  if (d->info_.subgroup_size_control) {
    extensions.push_back(VK_EXT_SUBGROUP_SIZE_CONTROL_EXTENSION_NAME);
    size_features.subgroupSizeControl = VK_TRUE;
    size_features.computeFullSubgroups = VK_TRUE;
    size_features.pNext = const_cast<void*>(dci.pNext);
    dci.pNext = &size_features;
  }
  dci.enabledExtensionCount = static_cast<uint32_t>(extensions.size());
  dci.ppEnabledExtensionNames = extensions.data();
  MLXLA_RETURN_IF_ERROR(
      d->check(vkCreateDevice(d->physical_, &dci, nullptr, &d->device_), "vkCreateDevice"));
  vkGetDeviceQueue(d->device_, d->queue_family_, 0, &d->queue_);
  auto pci = make<VkCommandPoolCreateInfo>(VK_STRUCTURE_TYPE_COMMAND_POOL_CREATE_INFO);
  pci.flags = VK_COMMAND_POOL_CREATE_RESET_COMMAND_BUFFER_BIT;
  pci.queueFamilyIndex = d->queue_family_;
  MLXLA_RETURN_IF_ERROR(
      d->check(vkCreateCommandPool(d->device_, &pci, nullptr, &d->pool_), "vkCreateCommandPool"));
  auto fci = make<VkFenceCreateInfo>(VK_STRUCTURE_TYPE_FENCE_CREATE_INFO);
  MLXLA_RETURN_IF_ERROR(
      d->check(vkCreateFence(d->device_, &fci, nullptr, &d->fence_), "vkCreateFence"));
  VkDescriptorSetLayoutBinding bindings[2] = {};
  bindings[0].binding = 0;
  bindings[0].descriptorType = VK_DESCRIPTOR_TYPE_STORAGE_BUFFER;
  bindings[0].descriptorCount = 1;
  bindings[0].stageFlags = VK_SHADER_STAGE_COMPUTE_BIT;
  bindings[1].binding = 1;
  bindings[1].descriptorType = VK_DESCRIPTOR_TYPE_STORAGE_BUFFER;
  bindings[1].descriptorCount = kTensorSlots;
  bindings[1].stageFlags = VK_SHADER_STAGE_COMPUTE_BIT;
  auto lci =
      make<VkDescriptorSetLayoutCreateInfo>(VK_STRUCTURE_TYPE_DESCRIPTOR_SET_LAYOUT_CREATE_INFO);
  lci.bindingCount = 2;
  lci.pBindings = bindings;
  MLXLA_RETURN_IF_ERROR(
      d->check(vkCreateDescriptorSetLayout(d->device_, &lci, nullptr, &d->set_layout_),
               "vkCreateDescriptorSetLayout"));
  VkPushConstantRange push{VK_SHADER_STAGE_COMPUTE_BIT, 0, 4};
  auto plci = make<VkPipelineLayoutCreateInfo>(VK_STRUCTURE_TYPE_PIPELINE_LAYOUT_CREATE_INFO);
  plci.setLayoutCount = 1;
  plci.pSetLayouts = &d->set_layout_;
  plci.pushConstantRangeCount = 1;
  plci.pPushConstantRanges = &push;
  MLXLA_RETURN_IF_ERROR(
      d->check(vkCreatePipelineLayout(d->device_, &plci, nullptr, &d->pipeline_layout_),
               "vkCreatePipelineLayout"));
  return d;
}

Device::~Device() {
  if (device_ != VK_NULL_HANDLE) {
    vkDeviceWaitIdle(device_);
    release(staging_);
    for (auto& [name, p] : pipelines_) vkDestroyPipeline(device_, p, nullptr);
    for (auto& [name, m] : modules_) vkDestroyShaderModule(device_, m, nullptr);
    if (pipeline_layout_ != VK_NULL_HANDLE)
      vkDestroyPipelineLayout(device_, pipeline_layout_, nullptr);
    if (set_layout_ != VK_NULL_HANDLE) vkDestroyDescriptorSetLayout(device_, set_layout_, nullptr);
    if (fence_ != VK_NULL_HANDLE) vkDestroyFence(device_, fence_, nullptr);
    if (pool_ != VK_NULL_HANDLE) vkDestroyCommandPool(device_, pool_, nullptr);
    vkDestroyDevice(device_, nullptr);
  }
  Instance in{instance_, messenger_};
  destroy_instance(in);
}

uint64_t max_buffer_bytes(const DeviceInfo& info) {
  uint64_t limit = (uint64_t{1} << 32) - 1;
  if (info.max_storage_buffer_range > 0) limit = std::min(limit, info.max_storage_buffer_range);
  if (info.max_memory_allocation_size > 0)
    limit = std::min<uint64_t>(limit, info.max_memory_allocation_size);
  return limit;
}

Result<Allocation> Device::allocate(VkDeviceSize size, VkMemoryPropertyFlags want, bool map) {
  Allocation a;
  a.id = next_id_++;
  a.size = size == 0 ? 4 : (size + 3) / 4 * 4;
  // Asking Vulkan for more than a limit is invalid usage (not an out-of-memory result): refuse
  // it here, as an out-of-memory error naming the limit.
  if (a.size > max_buffer_bytes(info_)) {
    return Error(ErrorCategory::kIo,
                 "vulkan: a " + std::to_string(size) + "-byte buffer exceeds what " + info_.name +
                     " can bind as one storage buffer (" + std::to_string(max_buffer_bytes(info_)) +
                     " bytes; the shaders address bytes with 32 bits): out of memory for it");
  }
  auto bci = make<VkBufferCreateInfo>(VK_STRUCTURE_TYPE_BUFFER_CREATE_INFO);
  bci.size = a.size;
  bci.usage = VK_BUFFER_USAGE_STORAGE_BUFFER_BIT | VK_BUFFER_USAGE_TRANSFER_SRC_BIT |
              VK_BUFFER_USAGE_TRANSFER_DST_BIT;
  bci.sharingMode = VK_SHARING_MODE_EXCLUSIVE;
  MLXLA_RETURN_IF_ERROR(check(vkCreateBuffer(device_, &bci, nullptr, &a.buffer), "vkCreateBuffer"));
  VkMemoryRequirements req;
  vkGetBufferMemoryRequirements(device_, a.buffer, &req);
  uint32_t type = UINT32_MAX;
  for (int pass = 0; pass < 2 && type == UINT32_MAX; ++pass) {
    for (uint32_t i = 0; i < memory_.memoryTypeCount; ++i) {
      const VkMemoryPropertyFlags f = memory_.memoryTypes[i].propertyFlags;
      const VkMemoryPropertyFlags need =
          map ? (VK_MEMORY_PROPERTY_HOST_VISIBLE_BIT | VK_MEMORY_PROPERTY_HOST_COHERENT_BIT) : 0;
      if ((req.memoryTypeBits & (1u << i)) && (f & need) == need &&
          (pass == 1 || (f & want) == want)) {
        type = i;
        break;
      }
    }
  }
  if (type == UINT32_MAX) {
    vkDestroyBuffer(device_, a.buffer, nullptr);
    return internal_error("vulkan: no memory type for a " + std::to_string(size) + "-byte buffer");
  }
  const VkDeviceSize heap = memory_.memoryHeaps[memory_.memoryTypes[type].heapIndex].size;
  if (req.size > heap) {
    vkDestroyBuffer(device_, a.buffer, nullptr);
    return Error(ErrorCategory::kIo, "vulkan: a " + std::to_string(size) +
                                         "-byte buffer is larger than its memory heap (" +
                                         std::to_string(heap) + " bytes): out of memory");
  }
  auto mai = make<VkMemoryAllocateInfo>(VK_STRUCTURE_TYPE_MEMORY_ALLOCATE_INFO);
  mai.allocationSize = req.size;
  mai.memoryTypeIndex = type;
  Status s = check(vkAllocateMemory(device_, &mai, nullptr, &a.memory), "vkAllocateMemory");
  if (!s.ok()) {
    vkDestroyBuffer(device_, a.buffer, nullptr);
    return s.error();
  }
  vkBindBufferMemory(device_, a.buffer, a.memory, 0);
  if (map) {
    s = check(vkMapMemory(device_, a.memory, 0, VK_WHOLE_SIZE, 0, &a.mapped), "vkMapMemory");
    if (!s.ok()) {
      release(a);
      return s.error();
    }
  }
  return a;
}

Result<Allocation> Device::allocate_device(VkDeviceSize size) {
  const uint64_t rounded = size == 0 ? 4 : (size + 3) / 4 * 4;
  if (memory_limit_ != 0 && rounded > memory_limit_ - std::min(memory_limit_, allocated_)) {
    return Error(ErrorCategory::kIo,
                 "vulkan: out of device memory: a " + std::to_string(size) +
                     "-byte buffer on top of " + std::to_string(allocated_) +
                     " bytes allocated exceeds the memory limit of " +
                     std::to_string(memory_limit_) +
                     " bytes (VulkanOptions::memory_limit, MLXLA_VULKAN_MEMORY_LIMIT)");
  }
  MLXLA_ASSIGN_OR_RETURN(Allocation a,
                         allocate(size, VK_MEMORY_PROPERTY_DEVICE_LOCAL_BIT, /*map=*/false));
  a.counted = true;
  allocated_ += a.size;
  // Zeroed in the batch, before anything given later uses the buffer.
  auto cmd = open_group();
  if (!cmd.ok()) {
    release(a);
    return cmd.error();
  }
  vkCmdFillBuffer(*cmd, a.buffer, 0, VK_WHOLE_SIZE, 0);
  return a;
}

Result<Allocation> Device::allocate_host(VkDeviceSize size) {
  return allocate(size, VK_MEMORY_PROPERTY_HOST_VISIBLE_BIT, /*map=*/true);
}

void Device::release(Allocation& a) {
  // The batch or a submission may still use the buffer: finish them first.
  if (a.buffer != VK_NULL_HANDLE && (pending_ || !batch_.empty())) finish_all();
  if (a.counted) allocated_ -= std::min<uint64_t>(allocated_, a.size);
  if (a.buffer != VK_NULL_HANDLE) vkDestroyBuffer(device_, a.buffer, nullptr);
  if (a.memory != VK_NULL_HANDLE) {
    if (a.mapped != nullptr) vkUnmapMemory(device_, a.memory);
    vkFreeMemory(device_, a.memory, nullptr);
  }
  a = {};
}

namespace {

// Every earlier write (shaders, copies, the host) before every later access: one group of
// commands runs after everything given earlier, including its reads (write after read).
void full_barrier(VkCommandBuffer cmd) {
  auto b = make<VkMemoryBarrier>(VK_STRUCTURE_TYPE_MEMORY_BARRIER);
  b.srcAccessMask =
      VK_ACCESS_SHADER_WRITE_BIT | VK_ACCESS_TRANSFER_WRITE_BIT | VK_ACCESS_HOST_WRITE_BIT;
  b.dstAccessMask = VK_ACCESS_SHADER_READ_BIT | VK_ACCESS_SHADER_WRITE_BIT |
                    VK_ACCESS_TRANSFER_READ_BIT | VK_ACCESS_TRANSFER_WRITE_BIT;
  vkCmdPipelineBarrier(cmd,
                       VK_PIPELINE_STAGE_COMPUTE_SHADER_BIT | VK_PIPELINE_STAGE_TRANSFER_BIT |
                           VK_PIPELINE_STAGE_HOST_BIT,
                       VK_PIPELINE_STAGE_COMPUTE_SHADER_BIT | VK_PIPELINE_STAGE_TRANSFER_BIT, 0, 1,
                       &b, 0, nullptr, 0, nullptr);
}

// The device's writes made visible to the host's reads (after the fence).
void to_host_barrier(VkCommandBuffer cmd) {
  auto b = make<VkMemoryBarrier>(VK_STRUCTURE_TYPE_MEMORY_BARRIER);
  b.srcAccessMask = VK_ACCESS_SHADER_WRITE_BIT | VK_ACCESS_TRANSFER_WRITE_BIT;
  b.dstAccessMask = VK_ACCESS_HOST_READ_BIT;
  vkCmdPipelineBarrier(cmd, VK_PIPELINE_STAGE_COMPUTE_SHADER_BIT | VK_PIPELINE_STAGE_TRANSFER_BIT,
                       VK_PIPELINE_STAGE_HOST_BIT, 0, 1, &b, 0, nullptr, 0, nullptr);
}

// vkCmdUpdateBuffer's limit: larger writes go through the staging buffer.
constexpr VkDeviceSize kInlineWrite = 65536;
// Data recorded inline into one batch before it is submitted (bounds the command buffer).
constexpr uint64_t kInlineBatch = 16 << 20;

}  // namespace

Result<VkCommandBuffer> Device::open_group() {
  MLXLA_RETURN_IF_ERROR(failed());
  if (open_ == VK_NULL_HANDLE) {
    auto ai = make<VkCommandBufferAllocateInfo>(VK_STRUCTURE_TYPE_COMMAND_BUFFER_ALLOCATE_INFO);
    ai.commandPool = pool_;
    ai.level = VK_COMMAND_BUFFER_LEVEL_PRIMARY;
    ai.commandBufferCount = 1;
    VkCommandBuffer cmd;
    MLXLA_RETURN_IF_ERROR(
        check(vkAllocateCommandBuffers(device_, &ai, &cmd), "vkAllocateCommandBuffers"));
    auto bi = make<VkCommandBufferBeginInfo>(VK_STRUCTURE_TYPE_COMMAND_BUFFER_BEGIN_INFO);
    bi.flags = VK_COMMAND_BUFFER_USAGE_ONE_TIME_SUBMIT_BIT;
    const VkResult r = vkBeginCommandBuffer(cmd, &bi);
    if (r != VK_SUCCESS) {
      vkFreeCommandBuffers(device_, pool_, 1, &cmd);
      return check(r, "vkBeginCommandBuffer").error();
    }
    open_ = cmd;
    batch_.push_back(cmd);
    one_shot_.push_back(cmd);
  }
  full_barrier(open_);
  return open_;
}

void Device::retire() {
  if (!in_flight_.empty()) {
    vkFreeCommandBuffers(device_, pool_, static_cast<uint32_t>(in_flight_.size()),
                         in_flight_.data());
  }
  in_flight_.clear();
}

bool Device::batched(VkCommandBuffer cmd) const {
  return std::find(batch_.begin(), batch_.end(), cmd) != batch_.end();
}

Status Device::enqueue(VkCommandBuffer cmd) {
  MLXLA_RETURN_IF_ERROR(failed());
  if (batched(cmd)) MLXLA_RETURN_IF_ERROR(flush());
  if (open_ != VK_NULL_HANDLE) {
    const VkResult r = vkEndCommandBuffer(open_);
    open_ = VK_NULL_HANDLE;
    if (r != VK_SUCCESS) {
      const Status s = check(r, "vkEndCommandBuffer");
      if (!lost_) broken_ = s.error().message();  // the batch cannot be submitted
      return s;
    }
  }
  batch_.push_back(cmd);
  return Status::Ok();
}

Status Device::failed() const {
  if (lost_) {
    return Error(ErrorCategory::kIo, "vulkan: the device was lost earlier; reopen the model");
  }
  if (!broken_.empty()) {
    return Error(ErrorCategory::kIo, "vulkan: work given to the device was dropped earlier (" +
                                         broken_ + "); reopen the model");
  }
  return Status::Ok();
}

void Device::finish_all() {
  if (!wait().ok() && device_ != VK_NULL_HANDLE) vkDeviceWaitIdle(device_);
}

Status Device::flush() {
  if (batch_.empty()) return Status::Ok();
  Status s = Status::Ok();
  if (open_ != VK_NULL_HANDLE) {
    s = check(vkEndCommandBuffer(open_), "vkEndCommandBuffer");
    open_ = VK_NULL_HANDLE;
  }
  const std::vector<VkCommandBuffer> batch = std::move(batch_);
  batch_.clear();
  open_bytes_ = 0;
  // One fence: the previous submission completes before this one is made (and before this
  // function returns, whatever happens to this one).
  const Status settled = settle();
  if (s.ok()) s = settled;
  if (s.ok()) s = failed();
  if (s.ok() && lose_after_ == 0) {
    s = check(inject_oom_ ? VK_ERROR_OUT_OF_DEVICE_MEMORY : VK_ERROR_DEVICE_LOST,
              "vkQueueSubmit (injected)");
    lose_after_ = inject_oom_ ? -1 : 0;  // a loss stays; an out-of-memory happens once
  }
  if (s.ok()) {
    if (lose_after_ > 0) --lose_after_;
    ++submits_;
    auto si = make<VkSubmitInfo>(VK_STRUCTURE_TYPE_SUBMIT_INFO);
    si.commandBufferCount = static_cast<uint32_t>(batch.size());
    si.pCommandBuffers = batch.data();
    s = check(vkQueueSubmit(queue_, 1, &si, fence_), "vkQueueSubmit");
  }
  if (!s.ok()) {
    // The batch is dropped: its uploads and steps never run, so nothing given later may run on
    // top of it (every later call fails: reopen the model).
    if (!lost_ && broken_.empty()) broken_ = s.error().message();
    if (lost_) {
      // After a loss the buffers may stay pending: the pool's destruction frees them.
      in_flight_.insert(in_flight_.end(), one_shot_.begin(), one_shot_.end());
    } else if (!one_shot_.empty()) {
      vkFreeCommandBuffers(device_, pool_, static_cast<uint32_t>(one_shot_.size()),
                           one_shot_.data());
    }
    one_shot_.clear();
    return s;
  }
  in_flight_.insert(in_flight_.end(), one_shot_.begin(), one_shot_.end());
  one_shot_.clear();
  pending_ = true;
  return Status::Ok();
}

Status Device::settle() {
  if (!pending_) return Status::Ok();
  // (A failed wait leaves the submission pending: nothing it uses may be freed.)
  MLXLA_RETURN_IF_ERROR(
      check(vkWaitForFences(device_, 1, &fence_, VK_TRUE, UINT64_MAX), "vkWaitForFences"));
  pending_ = false;
  retire();
  const Status s = check(vkResetFences(device_, 1, &fence_), "vkResetFences");
  if (!s.ok() && !lost_ && broken_.empty()) broken_ = s.error().message();  // fence unusable
  return s;
}

Status Device::wait() {
  MLXLA_RETURN_IF_ERROR(flush());
  return settle();
}

Status Device::run_once(const std::function<void(VkCommandBuffer)>& record) {
  MLXLA_ASSIGN_OR_RETURN(VkCommandBuffer cmd, open_group());
  record(cmd);
  to_host_barrier(cmd);
  return wait();
}

Status Device::ensure_staging(VkDeviceSize bytes) {
  if (staging_.size >= bytes && staging_.buffer != VK_NULL_HANDLE) return Status::Ok();
  release(staging_);
  VkDeviceSize size = 1 << 20;
  while (size < bytes) size *= 2;
  MLXLA_ASSIGN_OR_RETURN(staging_, allocate_host(size));
  return Status::Ok();
}

Status Device::write(const Allocation& dst, VkDeviceSize offset, const void* data,
                     VkDeviceSize bytes) {
  if (bytes == 0) return Status::Ok();
  if (bytes <= kInlineWrite && bytes % 4 == 0 && offset % 4 == 0) {
    // Recorded into the batch with its data: no submission, no staging buffer.
    MLXLA_ASSIGN_OR_RETURN(VkCommandBuffer cmd, open_group());
    vkCmdUpdateBuffer(cmd, dst.buffer, offset, bytes, data);
    open_bytes_ += bytes;
    return open_bytes_ >= kInlineBatch ? flush() : Status::Ok();
  }
  constexpr VkDeviceSize kChunk = 64 << 20;
  for (VkDeviceSize done = 0; done < bytes; done += kChunk) {
    const VkDeviceSize n = std::min(kChunk, bytes - done);
    // The staging buffer may still be read by the batch or the previous chunk.
    MLXLA_RETURN_IF_ERROR(wait());
    MLXLA_RETURN_IF_ERROR(ensure_staging(n));
    std::memcpy(staging_.mapped, static_cast<const char*>(data) + done, n);
    MLXLA_RETURN_IF_ERROR(run_once([&](VkCommandBuffer cmd) {
      VkBufferCopy region{0, offset + done, n};
      vkCmdCopyBuffer(cmd, staging_.buffer, dst.buffer, 1, &region);
    }));
  }
  return Status::Ok();
}

Status Device::read(const Allocation& src, VkDeviceSize offset, void* data, VkDeviceSize bytes) {
  if (bytes == 0) return wait();
  constexpr VkDeviceSize kChunk = 64 << 20;
  for (VkDeviceSize done = 0; done < bytes; done += kChunk) {
    const VkDeviceSize n = std::min(kChunk, bytes - done);
    if (staging_.size < n || staging_.buffer == VK_NULL_HANDLE) {
      MLXLA_RETURN_IF_ERROR(wait());  // the old staging buffer is released
      MLXLA_RETURN_IF_ERROR(ensure_staging(n));
    }
    // The batch (a step, its uploads) and the copy go to the queue as one submission.
    MLXLA_RETURN_IF_ERROR(run_once([&](VkCommandBuffer cmd) {
      VkBufferCopy region{offset + done, 0, n};
      vkCmdCopyBuffer(cmd, src.buffer, staging_.buffer, 1, &region);
    }));
    std::memcpy(static_cast<char*>(data) + done, staging_.mapped, n);
  }
  return Status::Ok();
}

Result<VkPipeline> Device::pipeline(const std::string& name) {
  return pipeline(PipelineKey{name, {}, 0});
}

Result<VkPipeline> Device::pipeline(const PipelineKey& key) {
  if (auto it = pipelines_.find(key); it != pipelines_.end()) return it->second;
  const std::string& name = key.shader;
  VkShaderModule module = VK_NULL_HANDLE;
  if (auto it = modules_.find(name); it != modules_.end()) {
    module = it->second;
  } else {
    const ShaderCode* code = nullptr;
    for (const ShaderCode& s : shader_table()) {
      if (name == s.name) code = &s;
    }
    if (code == nullptr) return internal_error("vulkan: no embedded shader '" + name + "'");
    auto mci = make<VkShaderModuleCreateInfo>(VK_STRUCTURE_TYPE_SHADER_MODULE_CREATE_INFO);
    mci.codeSize = code->count * 4;
    mci.pCode = code->words;
    MLXLA_RETURN_IF_ERROR(
        check(vkCreateShaderModule(device_, &mci, nullptr, &module), "vkCreateShaderModule"));
    modules_[name] = module;
  }
  if (key.subgroup_size != 0 && !info_.subgroup_size_control) {
    return internal_error("vulkan: shader '" + name + "' asks for subgroup size " +
                          std::to_string(key.subgroup_size) + " without subgroup size control");
  }
  std::vector<VkSpecializationMapEntry> entries;
  for (uint32_t i = 0; i < key.constants.size(); ++i)
    entries.push_back(VkSpecializationMapEntry{i, i * 4, 4});
  VkSpecializationInfo spec{static_cast<uint32_t>(entries.size()), entries.data(),
                            key.constants.size() * 4, key.constants.data()};
  auto required = make<VkPipelineShaderStageRequiredSubgroupSizeCreateInfoEXT>(
      VK_STRUCTURE_TYPE_PIPELINE_SHADER_STAGE_REQUIRED_SUBGROUP_SIZE_CREATE_INFO_EXT);
  required.requiredSubgroupSize = key.subgroup_size;
  auto cci = make<VkComputePipelineCreateInfo>(VK_STRUCTURE_TYPE_COMPUTE_PIPELINE_CREATE_INFO);
  cci.stage.sType = VK_STRUCTURE_TYPE_PIPELINE_SHADER_STAGE_CREATE_INFO;
  cci.stage.stage = VK_SHADER_STAGE_COMPUTE_BIT;
  cci.stage.module = module;
  cci.stage.pName = "main";
  if (!entries.empty()) cci.stage.pSpecializationInfo = &spec;
  if (key.subgroup_size != 0) {
    cci.stage.pNext = &required;
    cci.stage.flags = VK_PIPELINE_SHADER_STAGE_CREATE_REQUIRE_FULL_SUBGROUPS_BIT_EXT;
  }
  cci.layout = pipeline_layout_;
  VkPipeline p;
  MLXLA_RETURN_IF_ERROR(check(
      vkCreateComputePipelines(device_, VK_NULL_HANDLE, 1, &cci, nullptr, &p), "vkCreatePipeline"));
  pipelines_[key] = p;
  return p;
}

}  // namespace mlxla::runtime::vulkan
