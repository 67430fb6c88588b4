// read_text_file: whole-file reads with a size cap and errors naming the file.
#include "checkpoint/text_file.h"

#include <fstream>
#include <sstream>
#include <system_error>

namespace mlxla::checkpoint {

Result<std::string> read_text_file(const std::filesystem::path& path, uint64_t max_bytes) {
  const std::string name = path.string();
  std::error_code ec;
  if (!std::filesystem::exists(path, ec)) return not_found(name + ": no such file");
  if (!std::filesystem::is_regular_file(path, ec)) return io_error(name + ": not a regular file");
  const uint64_t size = std::filesystem::file_size(path, ec);
  if (ec) return io_error(name + ": cannot stat: " + ec.message());
  if (size > max_bytes) {
    return format_error(name + ": file is " + std::to_string(size) + " bytes, more than the " +
                        std::to_string(max_bytes) + "-byte limit for a JSON file");
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) return io_error(name + ": cannot open for reading");
  std::ostringstream text;
  text << in.rdbuf();
  if (in.bad()) return io_error(name + ": read failed");
  return text.str();
}

}  // namespace mlxla::checkpoint
