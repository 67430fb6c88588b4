// open_model_file / read_model_file: the single way model-directory files are opened and read.
#include "common/model_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace mlxla::common {
namespace {

const char* file_kind(mode_t mode) {
  if (S_ISDIR(mode)) return "a directory";
  if (S_ISFIFO(mode)) return "a FIFO";
  if (S_ISCHR(mode)) return "a character device";
  if (S_ISBLK(mode)) return "a block device";
  if (S_ISSOCK(mode)) return "a socket";
  return "not a regular file";
}

Error open_error(const std::string& name, int err) {
  if (err == ENOENT) {
    struct stat link {};
    if (::lstat(name.c_str(), &link) == 0 && S_ISLNK(link.st_mode)) {
      return io_error(name + ": is a symbolic link to a file that does not exist");
    }
    return not_found(name + ": no such file");
  }
  if (err == ELOOP)
    return io_error(name + ": too many levels of symbolic links (a symbolic link loop?)");
  return io_error(name + ": cannot open: " + std::strerror(err));
}

}  // namespace

OpenedFile& OpenedFile::operator=(OpenedFile&& other) noexcept {
  if (this != &other) {
    if (fd_ >= 0) ::close(fd_);
    fd_ = other.fd_;
    size_ = other.size_;
    other.fd_ = -1;
  }
  return *this;
}

OpenedFile::~OpenedFile() {
  if (fd_ >= 0) ::close(fd_);
}

Result<OpenedFile> open_model_file(const std::filesystem::path& path, uint64_t max_bytes) {
  const std::string name = path.string();
  const int fd = ::open(name.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY);
  if (fd < 0) return open_error(name, errno);
  OpenedFile file(fd, 0);  // closes the descriptor on every early return
  struct stat st {};
  if (::fstat(fd, &st) != 0) return io_error(name + ": cannot stat: " + std::strerror(errno));
  if (!S_ISREG(st.st_mode))
    return io_error(name + ": is " + file_kind(st.st_mode) + ", not a regular file");
  const auto size = static_cast<uint64_t>(st.st_size);
  if (size > max_bytes) {
    return format_error(name + ": file is " + std::to_string(size) + " bytes, more than the " +
                        std::to_string(max_bytes) + "-byte limit for this file");
  }
  // Reads of a regular file never block; clear O_NONBLOCK anyway so read() has its usual meaning.
  const int flags = ::fcntl(fd, F_GETFL);
  if (flags >= 0) ::fcntl(fd, F_SETFL, flags & ~O_NONBLOCK);
  file.set_size(size);
  return file;
}

Result<std::string> read_model_file(const std::filesystem::path& path, uint64_t max_bytes) {
  MLXLA_ASSIGN_OR_RETURN(OpenedFile file, open_model_file(path, max_bytes));
  const std::string name = path.string();
  std::string text;
  text.resize(static_cast<size_t>(file.size()));
  size_t done = 0;
  while (done < text.size()) {
    const ssize_t n = ::read(file.fd(), text.data() + done, text.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return io_error(name + ": read failed: " + std::strerror(errno));
    if (n == 0) break;  // shrank since fstat: keep what is there
    done += static_cast<size_t>(n);
  }
  text.resize(done);
  // A file that grew after fstat is read only up to its checked size; say so instead of
  // parsing a silently truncated document.
  char extra = 0;
  ssize_t more = 0;
  do {
    more = ::read(file.fd(), &extra, 1);
  } while (more < 0 && errno == EINTR);
  if (more > 0) return io_error(name + ": file changed while it was read");
  return text;
}

bool entry_exists(const std::filesystem::path& path) {
  struct stat st {};
  return ::lstat(path.c_str(), &st) == 0;
}

Result<std::optional<std::string>> read_optional_model_file(const std::filesystem::path& path,
                                                            uint64_t max_bytes) {
  auto text = read_model_file(path, max_bytes);
  if (!text.ok()) {
    if (text.error().category() == ErrorCategory::kNotFound) return std::optional<std::string>();
    return text.error();
  }
  return std::optional<std::string>(std::move(text).value());
}

}  // namespace mlxla::common
