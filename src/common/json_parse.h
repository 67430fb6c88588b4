// The one way mlxla parses JSON from files it does not control (config.json, tokenizer.json,
// safetensors headers, ...): nesting depth, container count and value count are checked by a
// scan before the parser allocates anything, so a hostile document fails fast with a bounded cost.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "mlxla/result.h"

namespace mlxla::common {

/// Deepest nesting of arrays and objects accepted. Real model files nest under 20 levels
/// (a tokenizer.json Sequence of Sequences is the deepest seen); nlohmann's DOM costs about
/// 80 bytes per level and the consumers of these documents recurse per level.
inline constexpr int kMaxJsonDepth = 128;
/// Most arrays and objects in one document. A flat `[[],[],...]` costs the DOM 40-80 bytes per
/// container for 3 bytes of text (a 100 MiB header would be ~3 GB); the largest real files need
/// far fewer (Llama 3's 9 MB tokenizer.json: 286, or ~280k with merges stored as pairs).
inline constexpr std::uint64_t kMaxJsonContainers = 4u << 20;
/// Most values (containers, strings and object keys, numbers, literals) in one document; each
/// costs the DOM 16-80 bytes. Llama 3's tokenizer.json holds 540k (~1.1M with pair merges).
/// Measured peak RSS of the worst documents at the limits: 8M `""` ~0.7 GB, 4M `{}` 0.4 GB.
inline constexpr std::uint64_t kMaxJsonValues = 8u << 20;

struct JsonLimits {
  int max_depth = kMaxJsonDepth;
  std::uint64_t max_containers = kMaxJsonContainers;
  std::uint64_t max_values = kMaxJsonValues;
};

/// Fails (kFormat, naming `display_name`, the limit and the byte offset) when `text` nests
/// arrays and objects deeper than `limits.max_depth`, or holds more than `limits.max_containers`
/// arrays/objects or `limits.max_values` values. Only tokens outside strings count; the rest of
/// the syntax is left to the parser. O(n) time, O(1) memory.
Status check_json_nesting(std::string_view text, const std::string& display_name,
                          const JsonLimits& limits = {});

/// check_json_nesting, then nlohmann's parser (with `callback`, when given). Never throws;
/// kFormat "<display_name>: not valid JSON (...)" on a syntax error.
Result<nlohmann::json> parse_json_document(
    std::string_view text, const std::string& display_name,
    const nlohmann::json::parser_callback_t& callback = nullptr, const JsonLimits& limits = {});

}  // namespace mlxla::common
