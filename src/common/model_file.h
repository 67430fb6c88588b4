// Opening and reading files of a model directory, which is untrusted input: one entry point that
// never blocks on a FIFO, refuses anything but a regular file, and checks the size before reading.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>

#include "mlxla/result.h"

namespace mlxla::common {

/// An open, regular, size-checked file (RAII over the descriptor).
class OpenedFile {
 public:
  OpenedFile(int fd, uint64_t size) : fd_(fd), size_(size) {}
  OpenedFile(OpenedFile&& other) noexcept : fd_(other.fd_), size_(other.size_) { other.fd_ = -1; }
  OpenedFile& operator=(OpenedFile&& other) noexcept;
  OpenedFile(const OpenedFile&) = delete;
  OpenedFile& operator=(const OpenedFile&) = delete;
  ~OpenedFile();

  int fd() const { return fd_; }
  uint64_t size() const { return size_; }
  void set_size(uint64_t size) { size_ = size; }

 private:
  int fd_ = -1;
  uint64_t size_ = 0;
};

/// Opens `path` for reading without blocking (O_NONBLOCK: a FIFO or device named like a model
/// file must not hang the open), then checks with fstat, on the opened descriptor, that it is a
/// regular file of at most `max_bytes`. Errors name the file: kNotFound when absent, kIo for a
/// symbolic-link loop, a permission problem or something that is not a regular file, kFormat
/// when too large.
Result<OpenedFile> open_model_file(const std::filesystem::path& path, uint64_t max_bytes);

/// The whole of `path` (see open_model_file); never reads more than `max_bytes`, even when the
/// file grows after the size check.
Result<std::string> read_model_file(const std::filesystem::path& path, uint64_t max_bytes);

/// True when a directory entry named `path` exists (lstat), even a dangling link or a link
/// loop: such a file is then opened and reported, not mistaken for an absent one.
bool entry_exists(const std::filesystem::path& path);

/// As read_model_file, but an absent file (ENOENT) gives std::nullopt; every other failure,
/// a dangling link or a link loop included, is still an error.
Result<std::optional<std::string>> read_optional_model_file(const std::filesystem::path& path,
                                                            uint64_t max_bytes);

}  // namespace mlxla::common
