#include "file_io.h"

#include <cstdio>

#include "checkpoint/text_file.h"
#include "common/json_parse.h"

namespace mlxla::cli {

Result<quant::OrderedJson> read_ordered_json(const std::filesystem::path& path) {
  MLXLA_ASSIGN_OR_RETURN(std::string text, checkpoint::read_text_file(path));
  // Key order matters here (ordered_json), so the shared depth check runs before this parser.
  MLXLA_RETURN_IF_ERROR(common::check_json_nesting(text, path.string()));
  try {
    return quant::OrderedJson::parse(text);
  } catch (const std::exception& e) {
    return format_error(path.string() + ": invalid JSON: " + e.what());
  }
}

Status write_text_file(const std::filesystem::path& path, const std::string& text) {
  FILE* f = std::fopen(path.c_str(), "wb");
  if (f == nullptr) return io_error(path.string() + ": cannot open for writing");
  const bool ok = std::fwrite(text.data(), 1, text.size(), f) == text.size();
  if (std::fclose(f) != 0 || !ok) return io_error(path.string() + ": write failed");
  return Status::Ok();
}

}  // namespace mlxla::cli
