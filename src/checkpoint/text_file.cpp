// read_text_file: whole-file reads with a size cap and errors naming the file.
#include "checkpoint/text_file.h"

#include "common/model_file.h"

namespace mlxla::checkpoint {

Result<std::string> read_text_file(const std::filesystem::path& path, uint64_t max_bytes) {
  return common::read_model_file(path, max_bytes);
}

}  // namespace mlxla::checkpoint
