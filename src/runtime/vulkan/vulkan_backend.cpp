// VulkanBackend (see vulkan_backend.h): memory, weights and the KV-cache commands.
#include "runtime/vulkan/vulkan_backend.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <cstring>

namespace mlxla::runtime::vulkan {
namespace {

Status check_cache(const graph::TensorType& type, std::string_view what) {
  if (type.rank() != 5)
    return invalid_argument("vulkan: " + std::string(what) + " is " + graph::to_string(type) +
                            ", not a cache [L, S, P, KV, D]");
  return Status::Ok();
}

}  // namespace

VulkanBuffer::VulkanBuffer(graph::TensorType type, std::shared_ptr<Device> device,
                           Allocation allocation, const VulkanBackend* owner)
    : DeviceBuffer(std::move(type)),
      device_(std::move(device)),
      allocation_(allocation),
      owner_(owner) {}

VulkanBuffer::~VulkanBuffer() {
  // A buffer may still be read by a submitted step: wait before freeing it.
  device_->finish_all();
  device_->release(allocation_);
}

VulkanWeightSet::VulkanWeightSet(
    std::map<std::string, std::unique_ptr<VulkanBuffer>, std::less<>> tensors,
    const VulkanBackend* owner)
    : tensors_(std::move(tensors)), owner_(owner) {
  for (const auto& [name, buffer] : tensors_) bytes_ += static_cast<int64_t>(buffer->nbytes());
}

const VulkanBuffer* VulkanWeightSet::find(std::string_view name) const {
  auto it = tensors_.find(name);
  return it == tensors_.end() ? nullptr : it->second.get();
}

Result<uint64_t> parse_memory_limit(std::string_view text) {
  const auto bad = [&] {
    return invalid_argument(
        "MLXLA_VULKAN_MEMORY_LIMIT: expected bytes with an optional K, M or "
        "G suffix (e.g. 512M), got '" +
        std::string(text) + "'");
  };
  uint64_t value = 0;
  size_t i = 0;
  for (; i < text.size() && text[i] >= '0' && text[i] <= '9'; ++i) {
    if (value > (UINT64_MAX - 9) / 10) return bad();
    value = value * 10 + static_cast<uint64_t>(text[i] - '0');
  }
  if (i == 0 || text.size() - i > 1) return bad();
  int shift = 0;
  if (i < text.size()) {
    const char unit = text[i];
    shift = unit == 'K' || unit == 'k'   ? 10
            : unit == 'M' || unit == 'm' ? 20
            : unit == 'G' || unit == 'g' ? 30
                                         : -1;
    if (shift < 0 || value > (UINT64_MAX >> shift)) return bad();
  }
  return value << shift;
}

Result<std::unique_ptr<VulkanBackend>> VulkanBackend::create(const VulkanOptions& options) {
  DeviceRequest request;
  request.int8_dot = options.int8_dot && options.policy == kernels::Policy::kFast;
  request.memory_limit = options.memory_limit;
  request.subgroup_size_control = options.subgroup_size_control;
  request.lose_device_after_submits = options.lose_device_after_submits;
  request.inject_out_of_memory = options.inject_out_of_memory;
  if (request.memory_limit == 0) {
    if (const char* env = std::getenv("MLXLA_VULKAN_MEMORY_LIMIT"); env != nullptr && *env) {
      MLXLA_ASSIGN_OR_RETURN(request.memory_limit, parse_memory_limit(env));
    }
  }
  MLXLA_ASSIGN_OR_RETURN(std::shared_ptr<Device> device, Device::create(options.device, request));
  std::unique_ptr<VulkanBackend> backend(new VulkanBackend(device));
  backend->policy_ = options.policy;
  backend->sample_candidates_ = options.sample_candidates;
  if (options.policy == kernels::Policy::kFast) {
    const DeviceInfo& info = device->info();
    const uint32_t lanes = info.subgroup_size;
    // The fast shaders reduce a row in one subgroup: they need subgroupAdd and shuffles, and a
    // power-of-two subgroup size (every Vulkan device's is; checked, not assumed).
    if (!info.subgroup_arithmetic || lanes < 4 || lanes > 128 || (lanes & (lanes - 1)) != 0) {
      return unsupported(
          "vulkan: policy 'fast' needs subgroup arithmetic and shuffles in compute "
          "shaders with a power-of-two subgroup size; device '" +
          info.name + "' has subgroup size " + std::to_string(lanes) +
          (info.subgroup_arithmetic ? "" : " without them"));
    }
    backend->fast_.lanes = lanes;
    backend->fast_.fixed_size = info.subgroup_size_control;
    // Several rows per workgroup only where full subgroups of `lanes` are guaranteed; else one
    // subgroup-sized workgroup, which is one subgroup (SPIR-V < 1.6 without varying sizes).
    backend->fast_.subgroups =
        info.subgroup_size_control
            ? std::clamp<uint32_t>(128 / lanes, 1,
                                   std::max(info.max_compute_workgroup_subgroups, 1u))
            : 1;
    backend->fast_.int8_dot = device->int8_dot();
  }
  return backend;
}

Result<const VulkanBuffer*> VulkanBackend::mine(const DeviceBuffer& buffer,
                                                std::string_view what) const {
  const auto* v = dynamic_cast<const VulkanBuffer*>(&buffer);
  if (v == nullptr || v->owner() != this)
    return invalid_argument("vulkan: " + std::string(what) + " is not a buffer of this backend");
  return v;
}

Result<std::unique_ptr<DeviceBuffer>> VulkanBackend::allocate(const graph::TensorType& type) {
  for (int64_t d : type.shape) {
    if (d < 0)
      return invalid_argument("vulkan: allocate: negative dimension in " + graph::to_string(type));
  }
  MLXLA_ASSIGN_OR_RETURN(Allocation a, device_->allocate_device(type.nbytes()));
  return std::unique_ptr<DeviceBuffer>(std::make_unique<VulkanBuffer>(type, device_, a, this));
}

Status VulkanBackend::upload(DeviceBuffer& buffer, size_t offset,
                             std::span<const std::byte> bytes) {
  MLXLA_ASSIGN_OR_RETURN(const VulkanBuffer* b, mine(buffer, "upload target"));
  if (offset > buffer.nbytes() || bytes.size() > buffer.nbytes() - offset) {
    return invalid_argument("vulkan: upload of " + std::to_string(bytes.size()) +
                            " bytes at offset " + std::to_string(offset) + " overruns " +
                            graph::to_string(buffer.type()));
  }
  return device_->write(b->allocation(), offset, bytes.data(), bytes.size());
}

Result<std::shared_ptr<const WeightSet>> VulkanBackend::bind_weights(
    std::vector<WeightTensor> weights, std::shared_ptr<const void> keep_alive) {
  std::map<std::string, std::unique_ptr<VulkanBuffer>, std::less<>> tensors;
  for (WeightTensor& w : weights) {
    if (tensors.count(w.name) != 0)
      return invalid_argument("vulkan: bind_weights: duplicate weight '" + w.name + "'");
    if (w.view.data == nullptr && w.view.type.nbytes() != 0)
      return invalid_argument("vulkan: bind_weights: weight '" + w.name + "' has no data");
    MLXLA_ASSIGN_OR_RETURN(Allocation a, device_->allocate_device(w.view.type.nbytes()));
    auto buffer = std::make_unique<VulkanBuffer>(w.view.type, device_, a, this);
    MLXLA_RETURN_IF_ERROR(device_->write(a, 0, w.view.data, w.view.type.nbytes()));
    tensors.emplace(w.name, std::move(buffer));
  }
  // The uploads (small ones wait in the device's batch) go to the queue now; the host reads
  // went into staging copies or the command buffers: the bytes need not be kept.
  MLXLA_RETURN_IF_ERROR(device_->flush());
  keep_alive.reset();
  return std::shared_ptr<const WeightSet>(
      std::make_shared<VulkanWeightSet>(std::move(tensors), this));
}

VulkanBackend::~VulkanBackend() {
  device_->finish_all();
  if (sample_pool_ != VK_NULL_HANDLE)
    vkDestroyDescriptorPool(device_->device(), sample_pool_, nullptr);
  device_->release(sample_io_);
  device_->release(sample_scratch_);
}

Status VulkanBackend::download(const DeviceBuffer& buffer, size_t offset,
                               std::span<std::byte> out) {
  MLXLA_ASSIGN_OR_RETURN(const VulkanBuffer* b, mine(buffer, "download source"));
  if (offset > buffer.nbytes() || out.size() > buffer.nbytes() - offset) {
    return invalid_argument("vulkan: download of " + std::to_string(out.size()) +
                            " bytes at offset " + std::to_string(offset) + " overruns " +
                            graph::to_string(buffer.type()));
  }
  downloaded_bytes_ += out.size();
  return device_->read(b->allocation(), offset, out.data(), out.size());
}

Status VulkanBackend::run_sample_jobs(const VulkanBuffer& logits, std::span<const uint32_t> words,
                                      std::span<const SampleJob> jobs, size_t scratch_bytes) {
  const VkDeviceSize bytes = words.size() * 4;
  VkDevice dev = device_->device();
  // (release() lets the device finish with an old buffer first: that submits the batch, so
  // the io buffer grows by doubling, and a growing edit list rarely costs a submission.)
  if (sample_io_.size < bytes) {
    device_->release(sample_io_);
    VkDeviceSize size = 4096;
    while (size < bytes) size *= 2;
    MLXLA_ASSIGN_OR_RETURN(sample_io_, device_->allocate_host(size));
  }
  if (sample_scratch_.size < scratch_bytes) {
    device_->release(sample_scratch_);
    MLXLA_ASSIGN_OR_RETURN(sample_scratch_, device_->allocate_device(scratch_bytes));
  }
  if (sample_pool_ == VK_NULL_HANDLE) {
    VkDescriptorPoolSize size{VK_DESCRIPTOR_TYPE_STORAGE_BUFFER, kTensorSlots + 1};
    auto pci = make<VkDescriptorPoolCreateInfo>(VK_STRUCTURE_TYPE_DESCRIPTOR_POOL_CREATE_INFO);
    pci.maxSets = 1;
    pci.poolSizeCount = 1;
    pci.pPoolSizes = &size;
    if (vkCreateDescriptorPool(dev, &pci, nullptr, &sample_pool_) != VK_SUCCESS)
      return internal_error("vulkan: vkCreateDescriptorPool failed");
    VkDescriptorSetLayout layout = device_->set_layout();
    auto ai = make<VkDescriptorSetAllocateInfo>(VK_STRUCTURE_TYPE_DESCRIPTOR_SET_ALLOCATE_INFO);
    ai.descriptorPool = sample_pool_;
    ai.descriptorSetCount = 1;
    ai.pSetLayouts = &layout;
    if (vkAllocateDescriptorSets(dev, &ai, &sample_set_) != VK_SUCCESS)
      return internal_error("vulkan: vkAllocateDescriptorSets failed");
  }
  std::vector<VkPipeline> pipelines;
  for (const SampleJob& job : jobs) {
    MLXLA_ASSIGN_OR_RETURN(pipelines.emplace_back(),
                           device_->pipeline(job.select ? "sample_select" : "sample_argmax"));
  }
  // The previous choices' submission may still use the io buffer and the set: wait for it.
  // The step that writes the logits may still be in the device's batch: it goes to the queue
  // with these dispatches, in one submission (run_once).
  MLXLA_RETURN_IF_ERROR(device_->settle());
  std::memcpy(sample_io_.mapped, words.data(), bytes);
  VkDescriptorBufferInfo pinfo{sample_io_.buffer, 0, VK_WHOLE_SIZE};
  VkDescriptorBufferInfo tinfo[kTensorSlots];
  for (uint32_t s = 0; s < kTensorSlots; ++s) tinfo[s] = {sample_io_.buffer, 0, VK_WHOLE_SIZE};
  tinfo[0] = {logits.allocation().buffer, 0, VK_WHOLE_SIZE};
  if (sample_scratch_.buffer != VK_NULL_HANDLE)
    tinfo[2] = {sample_scratch_.buffer, 0, VK_WHOLE_SIZE};
  VkWriteDescriptorSet writes[2] = {
      make<VkWriteDescriptorSet>(VK_STRUCTURE_TYPE_WRITE_DESCRIPTOR_SET),
      make<VkWriteDescriptorSet>(VK_STRUCTURE_TYPE_WRITE_DESCRIPTOR_SET)};
  writes[0].dstSet = sample_set_;
  writes[0].dstBinding = 0;
  writes[0].descriptorCount = 1;
  writes[0].descriptorType = VK_DESCRIPTOR_TYPE_STORAGE_BUFFER;
  writes[0].pBufferInfo = &pinfo;
  writes[1].dstSet = sample_set_;
  writes[1].dstBinding = 1;
  writes[1].descriptorCount = kTensorSlots;
  writes[1].descriptorType = VK_DESCRIPTOR_TYPE_STORAGE_BUFFER;
  writes[1].pBufferInfo = tinfo;
  vkUpdateDescriptorSets(dev, 2, writes, 0, nullptr);
  VkPipelineLayout layout = device_->pipeline_layout();
  VkDescriptorSet set = sample_set_;
  return device_->run_once([&](VkCommandBuffer cmd) {
    // Each job after the previous one: sample_select's scratch is shared.
    auto barrier = make<VkMemoryBarrier>(VK_STRUCTURE_TYPE_MEMORY_BARRIER);
    barrier.srcAccessMask = VK_ACCESS_SHADER_WRITE_BIT;
    barrier.dstAccessMask = VK_ACCESS_SHADER_READ_BIT | VK_ACCESS_SHADER_WRITE_BIT;
    vkCmdBindDescriptorSets(cmd, VK_PIPELINE_BIND_POINT_COMPUTE, layout, 0, 1, &set, 0, nullptr);
    for (size_t j = 0; j < jobs.size(); ++j) {
      if (j > 0) {
        vkCmdPipelineBarrier(cmd, VK_PIPELINE_STAGE_COMPUTE_SHADER_BIT,
                             VK_PIPELINE_STAGE_COMPUTE_SHADER_BIT, 0, 1, &barrier, 0, nullptr, 0,
                             nullptr);
      }
      vkCmdBindPipeline(cmd, VK_PIPELINE_BIND_POINT_COMPUTE, pipelines[j]);
      const auto base = static_cast<uint32_t>(jobs[j].base);
      vkCmdPushConstants(cmd, layout, VK_SHADER_STAGE_COMPUTE_BIT, 0, 4, &base);
      vkCmdDispatch(cmd, 1, 1, 1);
    }
  });
}

Result<SampleResult> VulkanBackend::sample(const DeviceBuffer& logits, int64_t row,
                                           const SampleSpec& spec) {
  MLXLA_ASSIGN_OR_RETURN(std::vector<SampleResult> out,
                         sample_rows(logits, std::span(&row, 1), std::span(&spec, 1)));
  return std::move(out[0]);
}

Result<std::vector<SampleResult>> VulkanBackend::sample_rows(const DeviceBuffer& logits,
                                                             std::span<const int64_t> rows,
                                                             std::span<const SampleSpec> specs) {
  if (rows.size() != specs.size()) {
    return invalid_argument("vulkan: sample_rows: " + std::to_string(rows.size()) + " rows and " +
                            std::to_string(specs.size()) + " specs");
  }
  MLXLA_ASSIGN_OR_RETURN(const VulkanBuffer* buffer, mine(logits, "sample: logits"));
  std::vector<SampleResult> out(rows.size());
  // The rows the device chooses from (a job each, one submission for all); the others (the
  // host's: log-probabilities, a temperature that is not a finite positive number) after them.
  std::vector<uint32_t> words;
  std::vector<SampleJob> jobs;
  std::vector<size_t> host_rows;
  size_t scratch_bytes = 0;
  for (size_t i = 0; i < rows.size(); ++i) {
    const SampleSpec& spec = specs[i];
    const bool greedy = spec.temperature == 0.0f || spec.top_k == 1;
    // Log-probabilities need the whole row (the C library's exp and log).
    if (spec.logprobs >= 0 || (!greedy && (sample_candidates_ == 0 || !(spec.temperature > 0.0f) ||
                                           !std::isfinite(spec.temperature)))) {
      host_rows.push_back(i);
      continue;
    }
    MLXLA_ASSIGN_OR_RETURN(const auto range, logits_row_range(logits, rows[i]));
    const size_t vocab = range.second;
    if (vocab == 0) {
      out[i] = SampleResult{0, spec.rng, {}};
      continue;
    }
    SampleJob job;
    job.index = i;
    job.base = words.size();
    job.select = !greedy;
    job.vocab = vocab;
    // The edits the row has (token, kind, value), in list order.
    std::vector<uint32_t> edits;
    // sample_argmax skips edited tokens in its scan by a bitmap of them (sample_select needs none).
    std::vector<uint32_t> bitmap(greedy ? (vocab + 31) / 32 : 0, 0);
    for (const LogitEdit& e : spec.edits) {
      if (e.token < 0 || static_cast<size_t>(e.token) >= vocab) continue;  // as the host
      uint32_t value;
      std::memcpy(&value, &e.value, 4);
      edits.insert(edits.end(), {static_cast<uint32_t>(e.token),
                                 e.kind == LogitEdit::Kind::kAdd ? 0u : 1u, value});
      if (greedy) bitmap[static_cast<size_t>(e.token) / 32] |= 1u << (e.token % 32);
    }
    const auto at = [&](size_t offset) { return static_cast<uint32_t>(job.base + offset); };
    if (greedy) {
      // sample_argmax: 6 parameters, the edits, the bitmap of edited tokens, the result.
      words.insert(words.end(), {static_cast<uint32_t>(vocab), static_cast<uint32_t>(rows[i]),
                                 static_cast<uint32_t>(edits.size() / 3), at(6),
                                 at(6 + edits.size()), at(6 + edits.size() + bitmap.size())});
      words.insert(words.end(), edits.begin(), edits.end());
      words.insert(words.end(), bitmap.begin(), bitmap.end());
      job.result = words.size();
      words.push_back(0);
    } else {
      // sample_select: 8 parameters, the edits, the result (n, non-NaN count, v_max, W, pairs).
      job.head = std::min<size_t>(static_cast<size_t>(sample_candidates_), vocab);
      job.inv_t = 1.0 / static_cast<double>(spec.temperature);
      const auto inv_t_bits = std::bit_cast<uint64_t>(job.inv_t);
      words.insert(words.end(),
                   {static_cast<uint32_t>(vocab), static_cast<uint32_t>(rows[i]),
                    static_cast<uint32_t>(edits.size() / 3), at(8), at(8 + edits.size()),
                    static_cast<uint32_t>(job.head), static_cast<uint32_t>(inv_t_bits),
                    static_cast<uint32_t>(inv_t_bits >> 32)});
      words.insert(words.end(), edits.begin(), edits.end());
      job.result = words.size();
      words.resize(job.result + 5 + 2 * job.head, 0);
      const size_t blocks = (vocab + kSumBlock - 1) / kSumBlock;
      scratch_bytes = std::max(scratch_bytes, (vocab + 2 * blocks) * 4);
    }
    jobs.push_back(job);
  }
  if (!jobs.empty()) MLXLA_RETURN_IF_ERROR(run_sample_jobs(*buffer, words, jobs, scratch_bytes));
  const auto* io = static_cast<const std::byte*>(sample_io_.mapped);
  for (const SampleJob& job : jobs) {
    const SampleSpec& spec = specs[job.index];
    SampleResult& result = out[job.index];
    result.rng = spec.rng;
    if (!job.select) {
      std::memcpy(&result.token, io + job.result * 4, 4);
      downloaded_bytes_ += 4;
      continue;  // a single candidate: no draw
    }
    // The head of the candidate order and W: the filters and the draw on the host
    // (runtime::choose_from_head); the whole row only when the head cannot decide.
    std::vector<uint32_t> got(5);
    std::memcpy(got.data(), io + job.result * 4, 20);
    const uint32_t n = got[0], valid = got[1];
    got.resize(5 + 2 * size_t{n});
    std::memcpy(got.data() + 5, io + (job.result + 5) * 4, size_t{n} * 8);
    downloaded_bytes_ += got.size() * 4;
    struct Listed {
      int32_t token;
      float logit;
    };
    std::vector<Listed> listed(n);
    for (uint32_t i = 0; i < n; ++i) {
      listed[i].token = static_cast<int32_t>(got[5 + 2 * i]);
      listed[i].logit = std::bit_cast<float>(got[6 + 2 * i]);
    }
    std::sort(listed.begin(), listed.end(), [](const Listed& a, const Listed& b) {
      return a.logit != b.logit ? a.logit > b.logit : a.token < b.token;
    });
    const double x_max = static_cast<double>(std::bit_cast<float>(got[2])) * job.inv_t;
    if (n == 0 || !std::isfinite(x_max)) {
      result.token = n == 0 ? 0 : listed.front().token;  // the argmax (is_greedy)
      continue;
    }
    const double total = std::bit_cast<double>(uint64_t{got[3]} | (uint64_t{got[4]} << 32));
    last_sample_total_ = total;
    std::vector<WeightedToken> weighted;
    bool complete = n == valid;
    for (const Listed& x : listed) {
      const double w = det_exp(static_cast<double>(x.logit) * job.inv_t - x_max);
      if (w <= 0.0) {
        complete = true;  // the weights reach 0 inside the head: it holds every candidate
        break;
      }
      weighted.push_back({x.token, w});
    }
    Rng rng = Rng::from_state(spec.rng);
    const std::optional<int32_t> token = choose_from_head(weighted, complete, total, spec, rng);
    if (!token) {
      ++sample_fallbacks_;
      host_rows.push_back(job.index);
      continue;
    }
    result.token = *token;
    result.rng = rng.state();
  }
  for (size_t i : host_rows) {
    MLXLA_ASSIGN_OR_RETURN(out[i], Backend::sample(logits, rows[i], specs[i]));
  }
  return out;
}

Result<std::unique_ptr<Executable>> VulkanBackend::compile(
    const graph::Module& module, std::shared_ptr<const WeightSet> weights) {
  return compile_vulkan(*this, module, std::move(weights));
}

Status VulkanBackend::copy_cache_rows(const DeviceBuffer& src, int64_t src_slot, DeviceBuffer& dst,
                                      int64_t dst_slot, int64_t rows) {
  MLXLA_ASSIGN_OR_RETURN(const VulkanBuffer* from, mine(src, "copy_cache_rows source"));
  MLXLA_ASSIGN_OR_RETURN(const VulkanBuffer* to, mine(dst, "copy_cache_rows target"));
  MLXLA_RETURN_IF_ERROR(check_cache(src.type(), "copy_cache_rows source"));
  MLXLA_RETURN_IF_ERROR(check_cache(dst.type(), "copy_cache_rows target"));
  const auto& s = src.type().shape;
  const auto& d = dst.type().shape;
  if (src.type().element != dst.type().element || s[0] != d[0] || s[3] != d[3] || s[4] != d[4]) {
    return invalid_argument("vulkan: copy_cache_rows: " + graph::to_string(src.type()) + " and " +
                            graph::to_string(dst.type()) + " differ in layers, heads or type");
  }
  if (src_slot < 0 || src_slot >= s[1] || dst_slot < 0 || dst_slot >= d[1] ||
      (&src == &dst && src_slot == dst_slot)) {
    return invalid_argument("vulkan: copy_cache_rows: slots " + std::to_string(src_slot) + " -> " +
                            std::to_string(dst_slot) + " are out of range or the same");
  }
  if (rows < 0 || rows > s[2] || rows > d[2]) {
    return invalid_argument("vulkan: copy_cache_rows: " + std::to_string(rows) +
                            " rows do not fit caches of " + std::to_string(s[2]) + " and " +
                            std::to_string(d[2]) + " positions");
  }
  const int64_t row = static_cast<int64_t>(graph::element_size(src.type().element)) * s[3] * s[4];
  if (rows == 0 || row == 0) return Status::Ok();
  std::vector<VkBufferCopy> regions;
  for (int64_t l = 0; l < s[0]; ++l) {
    regions.push_back({static_cast<VkDeviceSize>(((l * s[1] + src_slot) * s[2]) * row),
                       static_cast<VkDeviceSize>(((l * d[1] + dst_slot) * d[2]) * row),
                       static_cast<VkDeviceSize>(rows * row)});
  }
  return device_->run_once([&](VkCommandBuffer cmd) {
    vkCmdCopyBuffer(cmd, from->allocation().buffer, to->allocation().buffer,
                    static_cast<uint32_t>(regions.size()), regions.data());
  });
}

Status VulkanBackend::clear_cache_slot(DeviceBuffer& cache, int64_t slot) {
  MLXLA_ASSIGN_OR_RETURN(const VulkanBuffer* b, mine(cache, "clear_cache_slot target"));
  MLXLA_RETURN_IF_ERROR(check_cache(cache.type(), "clear_cache_slot target"));
  const auto& s = cache.type().shape;
  if (slot < 0 || slot >= s[1]) {
    return invalid_argument("vulkan: clear_cache_slot: slot " + std::to_string(slot) +
                            " is outside [0, " + std::to_string(s[1]) + ")");
  }
  const int64_t span =
      static_cast<int64_t>(graph::element_size(cache.type().element)) * s[2] * s[3] * s[4];
  if (span == 0) return Status::Ok();
  if (span % 4 != 0) {
    // vkCmdFillBuffer needs 4-byte multiples: write zeros through the staging buffer instead.
    std::vector<std::byte> zeros(static_cast<size_t>(span));
    for (int64_t l = 0; l < s[0]; ++l) {
      MLXLA_RETURN_IF_ERROR(device_->write(b->allocation(),
                                           static_cast<VkDeviceSize>((l * s[1] + slot) * span),
                                           zeros.data(), static_cast<VkDeviceSize>(span)));
    }
    return Status::Ok();
  }
  return device_->run_once([&](VkCommandBuffer cmd) {
    for (int64_t l = 0; l < s[0]; ++l) {
      vkCmdFillBuffer(cmd, b->allocation().buffer,
                      static_cast<VkDeviceSize>((l * s[1] + slot) * span),
                      static_cast<VkDeviceSize>(span), 0);
    }
  });
}

}  // namespace mlxla::runtime::vulkan
