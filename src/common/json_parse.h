// The one way mlxla parses JSON from files it does not control (config.json, tokenizer.json,
// safetensors headers, ...): nesting depth and value count are checked by a scan before the
// parser allocates anything, so a hostile document fails fast with a bounded cost.
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

/// Most elements (array items plus object members, counted as commas + containers + 1)
/// accepted. The largest real documents, tokenizer.json files of 256k-token vocabularies, hold
/// under 2M; a safetensors header of 4M elements names ~500k tensors. Without it a 90 MiB
/// header of `0,` (47M values) costs seconds and over a gigabyte of DOM before any check.
inline constexpr uint64_t kMaxJsonElements = uint64_t{1} << 22;

struct JsonLimits {
  int max_depth = kMaxJsonDepth;
  uint64_t max_elements = kMaxJsonElements;
};

/// Fails (kFormat, naming `display_name` and the byte offset) when `text` nests arrays and
/// objects deeper than `limits.max_depth` or holds more than `limits.max_elements` elements.
/// Only brackets and commas outside strings count; the rest of the syntax is left to the
/// parser. O(n) time, O(1) memory.
Status check_json_nesting(std::string_view text, const std::string& display_name,
                          const JsonLimits& limits = {});

/// check_json_nesting, then nlohmann's parser (with `callback`, when given). Never throws;
/// kFormat "<display_name>: not valid JSON (...)" on a syntax error.
Result<nlohmann::json> parse_json_document(
    std::string_view text, const std::string& display_name,
    const nlohmann::json::parser_callback_t& callback = nullptr, const JsonLimits& limits = {});

}  // namespace mlxla::common
