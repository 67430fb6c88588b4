// MappedFile: a whole file mapped read-only (MAP_PRIVATE), so tensors are read in place.
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "checkpoint/safetensors.h"
#include "common/model_file.h"

namespace mlxla::checkpoint {

Result<std::shared_ptr<MappedFile>> MappedFile::open(const std::filesystem::path& path) {
  const std::string name = path.string();
  // Regular-file check on the opened descriptor, opened without blocking (a FIFO named
  // model.safetensors must fail, not hang); a mapping has no size cap of its own.
  MLXLA_ASSIGN_OR_RETURN(common::OpenedFile opened, common::open_model_file(path, UINT64_MAX));
  std::shared_ptr<MappedFile> file(new MappedFile());
  file->path_ = path;
  file->size_ = static_cast<size_t>(opened.size());
  if (file->size_ > 0) {
    void* addr = ::mmap(nullptr, file->size_, PROT_READ, MAP_PRIVATE, opened.fd(), 0);
    if (addr == MAP_FAILED) return io_error(name + ": mmap failed: " + std::strerror(errno));
    file->data_ = static_cast<const std::byte*>(addr);
  }
  return file;  // the mapping keeps the file referenced once the descriptor closes
}

MappedFile::~MappedFile() {
  if (data_ != nullptr) ::munmap(const_cast<std::byte*>(data_), size_);
}

}  // namespace mlxla::checkpoint
