// HostBackend (see host_backend.h): aligned host buffers, weight sets of views, and the cache
// operations as row copies.
#include "runtime/host_backend.h"

#include <cstdlib>
#include <cstring>

namespace mlxla::runtime {
namespace {

constexpr size_t kAlignment = 64;

/// The cache layout [L, S, P, KV, D] of `type`, or an error naming `what`.
Status check_cache(const graph::TensorType& type, std::string_view what) {
  if (type.rank() != 5)
    return invalid_argument(std::string(what) + " is " + graph::to_string(type) +
                            ", not a cache [L, S, P, KV, D]");
  return Status::Ok();
}

}  // namespace

HostBuffer::HostBuffer(graph::TensorType type, const HostBackend* owner)
    : DeviceBuffer(std::move(type)), owner_(owner) {
  const size_t n = nbytes();
  if (n == 0) return;
  const size_t rounded = (n + kAlignment - 1) / kAlignment * kAlignment;
  data_ = static_cast<std::byte*>(std::aligned_alloc(kAlignment, rounded));
  if (data_ != nullptr) std::memset(data_, 0, rounded);
}

HostBuffer::~HostBuffer() {
  std::free(data_);
}

HostWeightSet::HostWeightSet(std::map<std::string, BufferView, std::less<>> tensors,
                             std::shared_ptr<const void> keep_alive, const HostBackend* owner)
    : tensors_(std::move(tensors)), keep_alive_(std::move(keep_alive)), owner_(owner) {
  for (const auto& [name, view] : tensors_) bytes_ += static_cast<int64_t>(view.type.nbytes());
}

const BufferView* HostWeightSet::find(std::string_view name) const {
  auto it = tensors_.find(name);
  return it == tensors_.end() ? nullptr : &it->second;
}

Result<std::unique_ptr<DeviceBuffer>> HostBackend::allocate(const graph::TensorType& type) {
  for (int64_t d : type.shape) {
    if (d < 0)
      return invalid_argument(std::string(name()) + ": allocate: negative dimension in " +
                              graph::to_string(type));
  }
  auto buffer = std::make_unique<HostBuffer>(type, this);
  if (!buffer->ok()) {
    return internal_error(std::string(name()) + ": cannot allocate " +
                          std::to_string(type.nbytes()) + " bytes for " + graph::to_string(type));
  }
  return std::unique_ptr<DeviceBuffer>(std::move(buffer));
}

Result<std::byte*> HostBackend::host_data(const DeviceBuffer& buffer, std::string_view what) const {
  const auto* host = dynamic_cast<const HostBuffer*>(&buffer);
  if (host == nullptr || host->owner() != this) {
    return invalid_argument(std::string(name()) + ": " + std::string(what) +
                            " is not a buffer of this backend");
  }
  return host->data();
}

Status HostBackend::upload(DeviceBuffer& buffer, size_t offset, std::span<const std::byte> bytes) {
  MLXLA_ASSIGN_OR_RETURN(std::byte * data, host_data(buffer, "upload target"));
  if (offset > buffer.nbytes() || bytes.size() > buffer.nbytes() - offset) {
    return invalid_argument(std::string(name()) + ": upload of " + std::to_string(bytes.size()) +
                            " bytes at " + std::to_string(offset) + " overruns " +
                            graph::to_string(buffer.type()));
  }
  if (!bytes.empty()) std::memcpy(data + offset, bytes.data(), bytes.size());
  return Status::Ok();
}

Status HostBackend::download(const DeviceBuffer& buffer, size_t offset, std::span<std::byte> out) {
  MLXLA_ASSIGN_OR_RETURN(std::byte * data, host_data(buffer, "download source"));
  if (offset > buffer.nbytes() || out.size() > buffer.nbytes() - offset) {
    return invalid_argument(std::string(name()) + ": download of " + std::to_string(out.size()) +
                            " bytes at " + std::to_string(offset) + " overruns " +
                            graph::to_string(buffer.type()));
  }
  if (!out.empty()) std::memcpy(out.data(), data + offset, out.size());
  return Status::Ok();
}

Result<std::shared_ptr<const WeightSet>> HostBackend::bind_weights(
    std::vector<WeightTensor> weights, std::shared_ptr<const void> keep_alive) {
  std::map<std::string, BufferView, std::less<>> tensors;
  for (WeightTensor& w : weights) {
    if (w.view.data == nullptr && w.view.type.nbytes() != 0)
      return invalid_argument(std::string(name()) + ": weight '" + w.name + "' has no bytes");
    if (!tensors.emplace(std::move(w.name), w.view).second)
      return invalid_argument(std::string(name()) + ": weight '" + w.name + "' is bound twice");
  }
  return std::shared_ptr<const WeightSet>(
      std::make_shared<HostWeightSet>(std::move(tensors), std::move(keep_alive), this));
}

Result<std::vector<BufferView>> HostBackend::resolve_weights(const graph::Module& module,
                                                             const MainSignature& signature,
                                                             const WeightSet& weights) const {
  const auto* set = dynamic_cast<const HostWeightSet*>(&weights);
  if (set == nullptr || set->owner() != this)
    return invalid_argument(std::string(name()) + ": the weight set was bound by another backend");
  const graph::Function& main = module.main();
  std::vector<BufferView> views;
  for (size_t i : signature.weights) {
    const graph::Parameter& p = main.parameters[i];
    const BufferView* view = set->find(p.name);
    if (view == nullptr) {
      return invalid_argument(std::string(name()) + ": weight '" + p.name +
                              "' of the graph is not in the weight set");
    }
    if (view->type != main.type(p.value)) {
      return invalid_argument(std::string(name()) + ": weight '" + p.name + "' is bound as " +
                              graph::to_string(view->type) + ", the graph expects " +
                              graph::to_string(main.type(p.value)));
    }
    views.push_back(*view);
  }
  return views;
}

Status HostBackend::copy_cache_rows(const DeviceBuffer& src, int64_t src_slot, DeviceBuffer& dst,
                                    int64_t dst_slot, int64_t rows) {
  MLXLA_ASSIGN_OR_RETURN(const std::byte* from, host_data(src, "copy_cache_rows source"));
  MLXLA_ASSIGN_OR_RETURN(std::byte * to, host_data(dst, "copy_cache_rows target"));
  MLXLA_RETURN_IF_ERROR(check_cache(src.type(), "copy_cache_rows source"));
  MLXLA_RETURN_IF_ERROR(check_cache(dst.type(), "copy_cache_rows target"));
  const auto& s = src.type().shape;
  const auto& d = dst.type().shape;
  if (src.type().element != dst.type().element || s[0] != d[0] || s[3] != d[3] || s[4] != d[4]) {
    return invalid_argument("copy_cache_rows: " + graph::to_string(src.type()) + " and " +
                            graph::to_string(dst.type()) + " differ in layers, heads or type");
  }
  if (src_slot < 0 || src_slot >= s[1] || dst_slot < 0 || dst_slot >= d[1] ||
      (&src == &dst && src_slot == dst_slot)) {
    return invalid_argument("copy_cache_rows: slots " + std::to_string(src_slot) + " -> " +
                            std::to_string(dst_slot) + " are out of range or the same");
  }
  if (rows < 0 || rows > s[2] || rows > d[2]) {
    return invalid_argument("copy_cache_rows: " + std::to_string(rows) +
                            " rows do not fit caches of " + std::to_string(s[2]) + " and " +
                            std::to_string(d[2]) + " positions");
  }
  const int64_t row = static_cast<int64_t>(graph::element_size(src.type().element)) * s[3] * s[4];
  for (int64_t l = 0; l < s[0]; ++l) {
    const std::byte* a = from + ((l * s[1] + src_slot) * s[2]) * row;
    std::byte* b = to + ((l * d[1] + dst_slot) * d[2]) * row;
    if (rows > 0) std::memcpy(b, a, static_cast<size_t>(rows * row));
  }
  return Status::Ok();
}

Status HostBackend::clear_cache_slot(DeviceBuffer& cache, int64_t slot) {
  MLXLA_ASSIGN_OR_RETURN(std::byte * data, host_data(cache, "clear_cache_slot target"));
  MLXLA_RETURN_IF_ERROR(check_cache(cache.type(), "clear_cache_slot target"));
  const auto& s = cache.type().shape;
  if (slot < 0 || slot >= s[1]) {
    return invalid_argument("clear_cache_slot: slot " + std::to_string(slot) + " is outside [0, " +
                            std::to_string(s[1]) + ")");
  }
  const int64_t span =
      static_cast<int64_t>(graph::element_size(cache.type().element)) * s[2] * s[3] * s[4];
  for (int64_t l = 0; l < s[0]; ++l) {
    if (span > 0) std::memset(data + (l * s[1] + slot) * span, 0, static_cast<size_t>(span));
  }
  return Status::Ok();
}

Result<SampleResult> HostBackend::sample(const DeviceBuffer& logits, int64_t row,
                                         const SampleSpec& spec) {
  MLXLA_ASSIGN_OR_RETURN(std::byte * data, host_data(logits, "sample logits"));
  MLXLA_ASSIGN_OR_RETURN(const auto range, logits_row_range(logits, row));
  // HostBuffers are 64-byte aligned and rows start at multiples of 4 bytes.
  const std::span<const float> values(reinterpret_cast<const float*>(data + range.first),
                                      range.second);
  thread_local std::vector<float> scratch;
  return sample_row(values, spec, scratch);
}

}  // namespace mlxla::runtime
