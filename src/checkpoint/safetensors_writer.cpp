// safetensors writer: a sorted JSON header, then the tensors' bytes back to back (MLX's layout),
// optionally with the header padded so the data section starts at a multiple of 8.
#include <cstdio>
#include <fstream>
#include <set>

#include <nlohmann/json.hpp>

#include "checkpoint/safetensors.h"

namespace mlxla::checkpoint {

Status write_safetensors(const std::filesystem::path& path,
                         const std::vector<TensorToWrite>& tensors,
                         const std::map<std::string, std::string>& metadata, bool align_data) {
  const std::string file = path.string();
  nlohmann::json header = nlohmann::json::object();
  std::set<std::string> names;
  uint64_t offset = 0;
  for (const auto& t : tensors) {
    const std::string prefix = file + ": tensor '" + t.name + "'";
    if (t.name.empty() || t.name == "__metadata__") {
      return invalid_argument(prefix + ": invalid tensor name");
    }
    if (!names.insert(t.name).second) return invalid_argument(prefix + ": written twice");
    int64_t numel = 1;
    for (int64_t d : t.shape) {
      if (d < 0 || __builtin_mul_overflow(numel, d, &numel)) {
        return invalid_argument(prefix + ": invalid shape");
      }
    }
    int64_t nbytes = 0;
    if (__builtin_mul_overflow(numel, static_cast<int64_t>(dtype_size(t.dtype)), &nbytes) ||
        static_cast<uint64_t>(nbytes) != t.bytes.size()) {
      return invalid_argument(prefix + ": " + std::to_string(t.bytes.size()) +
                              " bytes given, shape x dtype size needs " + std::to_string(nbytes));
    }
    header[t.name] = {{"dtype", std::string(dtype_safetensors_name(t.dtype))},
                      {"shape", t.shape},
                      {"data_offsets", {offset, offset + t.bytes.size()}}};
    offset += t.bytes.size();
  }
  if (!metadata.empty()) header["__metadata__"] = metadata;
  std::string text = header.dump();
  if (align_data) {
    // The format allows trailing spaces in the header: pad so 8 + len is a multiple of 8.
    while (text.size() % 8 != 0) text.push_back(' ');
  }

  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  if (!out) return io_error(file + ": cannot open for writing");
  uint8_t len_bytes[8];
  uint64_t len = text.size();
  for (int i = 0; i < 8; ++i) len_bytes[i] = static_cast<uint8_t>(len >> (8 * i));
  out.write(reinterpret_cast<const char*>(len_bytes), 8);
  out.write(text.data(), static_cast<std::streamsize>(text.size()));
  for (const auto& t : tensors) {
    out.write(reinterpret_cast<const char*>(t.bytes.data()),
              static_cast<std::streamsize>(t.bytes.size()));
  }
  out.close();
  if (!out) return io_error(file + ": write failed");
  return Status::Ok();
}

}  // namespace mlxla::checkpoint
