// Internal to config parsing: typed access to the fields of one JSON object with errors that
// name the file and the dotted field path, and the quantization-block parser.
#pragma once

#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "checkpoint/config.h"
#include "mlxla/result.h"

namespace mlxla::checkpoint {

/// The fields of one JSON object inside a file. `null` counts as absent (HF writes nulls).
class Fields {
 public:
  Fields(std::string file, const nlohmann::json& object, std::string path_prefix = "")
      : file_(std::move(file)), object_(&object), prefix_(std::move(path_prefix)) {}

  /// A nested object `key` of this one (errors then say "parent.key.field").
  Fields nested(const std::string& key, const nlohmann::json& object) const {
    return Fields(file_, object, prefix_ + key + ".");
  }
  const nlohmann::json& object() const { return *object_; }
  /// nullptr when absent.
  const nlohmann::json* find(const std::string& key) const;

  Error error(const std::string& key, const std::string& what) const;
  Error unsupported_error(const std::string& key, const std::string& what) const;

  Result<std::optional<std::string>> get_string(const std::string& key) const;
  Result<std::optional<bool>> get_bool(const std::string& key) const;
  /// Integers (an integral float such as 4096.0 is accepted).
  Result<std::optional<int64_t>> get_int(const std::string& key) const;
  Result<std::optional<int64_t>> get_positive_int(const std::string& key) const;
  Result<std::optional<int64_t>> get_nonnegative_int(const std::string& key) const;
  Result<int64_t> require_positive_int(const std::string& key) const;
  Result<int64_t> require_nonnegative_int(const std::string& key) const;
  Result<std::optional<double>> get_positive_double(const std::string& key) const;
  Result<double> require_positive_double(const std::string& key) const;

 private:
  std::string file_;
  const nlohmann::json* object_;
  std::string prefix_;
};

/// The `rope_scaling` block (config_rope.cpp); kNone when absent or "default". `family` picks
/// phi3's reading of longrope (the top-level original_max_position_embeddings).
Result<RopeScaling> parse_rope_scaling(const Fields& top, ModelFamily family);

/// The mixture-of-experts fields (config_moe.cpp) of qwen3_moe and mixtral; `c.moe` stays empty
/// for the dense families. Needs the dimensions already parsed.
Status parse_moe(const Fields& top, ModelConfig& c);

/// The `quantization` block, else `quantization_config`; nullopt when neither is present.
Result<std::optional<QuantizationConfig>> parse_quantization(const Fields& top);

}  // namespace mlxla::checkpoint
