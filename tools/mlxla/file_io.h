// Small whole-file helpers the converter commands (quantize, synth) share.
#pragma once

#include <filesystem>
#include <string>

#include "mlxla/result.h"
#include "quant/convert_plan.h"

namespace mlxla::cli {

/// Parses a JSON file keeping key order (configs are rewritten, not just read).
Result<quant::OrderedJson> read_ordered_json(const std::filesystem::path& path);

/// Writes `text` to `path`, replacing it; an error names the path.
Status write_text_file(const std::filesystem::path& path, const std::string& text);

}  // namespace mlxla::cli
