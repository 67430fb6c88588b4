// Small typed accessors for tokenizer.json fields that turn type mismatches into Errors naming
// the field (nlohmann::json throws; nothing may throw out of the tokenizer module).
#pragma once

#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "mlxla/result.h"
#include "tokenizer/regex.h"

namespace mlxla::tokenizer {

using Json = nlohmann::json;

/// The string at `object[key]`; an Error naming `where.key` when missing or not a string.
Result<std::string> json_string(const Json& object, const char* key, const std::string& where);
/// The string at `object[key]`, `fallback` when missing or null; Error when of another type.
Result<std::string> json_string_or(const Json& object, const char* key, const std::string& where,
                                   const std::string& fallback);
/// The bool at `object[key]`, `fallback` when missing or null; Error when of another type.
Result<bool> json_bool_or(const Json& object, const char* key, const std::string& where,
                          bool fallback);
/// The non-negative integer at `object[key]`, `fallback` when missing or null.
Result<long long> json_int_or(const Json& object, const char* key, const std::string& where,
                              long long fallback);
/// Deepest nesting of `Sequence` components (normalizers, pre-tokenizers, decoders,
/// post-processors). Published tokenizers nest at most two; the component parsers recurse per
/// level.
inline constexpr int kMaxSequenceNesting = 16;
/// Fails naming `where` when a Sequence at nesting `depth` (0 for the top) is too deep.
Status check_sequence_depth(const std::string& where, int depth);

/// The `type` member of a component object (normalizer, pre_tokenizer, ...).
Result<std::string> json_type(const Json& object, const std::string& where);

/// A tokenizer.json pattern, {"String": "..."} (literal) or {"Regex": "..."}.
Result<Regex> json_pattern(const Json& object, const char* key, const std::string& where);

}  // namespace mlxla::tokenizer
