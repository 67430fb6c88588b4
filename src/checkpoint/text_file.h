// Reading small text files (config.json, index.json) whole, with a size cap so a wrong path to a
// huge file fails fast instead of exhausting memory.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>

#include "mlxla/result.h"

namespace mlxla::checkpoint {

/// Largest JSON side file read (config.json, generation_config.json, index.json).
inline constexpr uint64_t kMaxJsonFileBytes = 64ull << 20;

/// The whole file as bytes; kNotFound when absent, kFormat when larger than `max_bytes`.
Result<std::string> read_text_file(const std::filesystem::path& path,
                                   uint64_t max_bytes = kMaxJsonFileBytes);

}  // namespace mlxla::checkpoint
