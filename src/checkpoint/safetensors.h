// safetensors over mmap: strict validation of the header, typed views of tensors that may
// start at any byte offset (MLX writes unaligned files), and a writer.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <filesystem>
#include <map>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "mlxla/dtype.h"
#include "mlxla/result.h"

namespace mlxla::checkpoint {

/// A read-only memory mapping of a whole file (RAII). Empty files map to an empty span.
class MappedFile {
 public:
  static Result<std::shared_ptr<MappedFile>> open(const std::filesystem::path& path);
  ~MappedFile();
  MappedFile(const MappedFile&) = delete;
  MappedFile& operator=(const MappedFile&) = delete;

  std::span<const std::byte> bytes() const { return {data_, size_}; }
  const std::filesystem::path& path() const { return path_; }

 private:
  MappedFile() = default;
  std::filesystem::path path_;
  const std::byte* data_ = nullptr;
  size_t size_ = 0;
};

/// Where one tensor lives in a file, as the header declares it (validated).
struct TensorInfo {
  std::string name;
  DType dtype = DType::kF32;
  std::vector<int64_t> shape;
  uint64_t begin = 0;   ///< byte offset of the first element, from the start of the data section
  uint64_t nbytes = 0;  ///< product(shape) * dtype_size(dtype)

  int64_t numel() const;
};

/// A view of a tensor's bytes inside a mapping. The data may be unaligned for its dtype:
/// read elements through load<T>() (memcpy) or check aligned() before a typed pointer cast.
struct TensorView {
  const TensorInfo* info = nullptr;
  const std::byte* data = nullptr;

  DType dtype() const { return info->dtype; }
  std::span<const int64_t> shape() const { return info->shape; }
  int64_t numel() const { return info->numel(); }
  size_t nbytes() const { return info->nbytes; }
  std::span<const std::byte> bytes() const { return {data, info->nbytes}; }
  bool aligned(size_t alignment) const {
    return reinterpret_cast<uintptr_t>(data) % alignment == 0;
  }
  /// Element i as T (T's size must equal the dtype's size); safe for any alignment.
  template <typename T>
  T load(size_t i) const {
    T v;
    std::memcpy(&v, data + i * sizeof(T), sizeof(T));
    return v;
  }
};

/// One validated .safetensors file. Keeps its mapping alive while views are used.
class SafetensorsFile {
 public:
  /// Largest header accepted (bytes of JSON).
  static constexpr uint64_t kMaxHeaderBytes = 100ull << 20;

  /// Maps and validates `path`. Every failure names the file and the tensor or field at fault.
  static Result<SafetensorsFile> open(const std::filesystem::path& path);
  /// Validates bytes already in memory (used by tests and the fuzzer; `owner` keeps them alive).
  static Result<SafetensorsFile> parse(std::span<const std::byte> bytes, std::string display_name,
                                       std::shared_ptr<const void> owner = nullptr);

  const std::string& display_name() const { return display_name_; }
  /// Tensors in header order (sorted by name, as safetensors writers emit them).
  const std::vector<TensorInfo>& tensors() const { return tensors_; }
  /// The `__metadata__` string map (empty when absent).
  const std::map<std::string, std::string>& metadata() const { return metadata_; }
  /// nullptr when absent.
  const TensorInfo* find(std::string_view name) const;
  TensorView view(const TensorInfo& info) const { return {&info, data_section_ + info.begin}; }
  /// The view of `name`, or a kNotFound error naming the tensor and file.
  Result<TensorView> get(std::string_view name) const;

 private:
  std::string display_name_;
  std::shared_ptr<const void> owner_;
  const std::byte* data_section_ = nullptr;
  std::vector<TensorInfo> tensors_;
  std::map<std::string, std::string> metadata_;
};

/// A tensor to write: name, dtype, shape and its raw little-endian bytes.
struct TensorToWrite {
  std::string name;
  DType dtype = DType::kF32;
  std::vector<int64_t> shape;
  std::span<const std::byte> bytes;
};

/// Writes a .safetensors file: header keys sorted, tensors in the order given, data packed back
/// to back with no padding (as MLX does) unless `align_data` pads the header to 8 bytes.
Status write_safetensors(const std::filesystem::path& path,
                         const std::vector<TensorToWrite>& tensors,
                         const std::map<std::string, std::string>& metadata,
                         bool align_data = false);

}  // namespace mlxla::checkpoint
