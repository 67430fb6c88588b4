// A compiled PCRE2 pattern (UTF + Unicode properties, JIT when available) used by Split
// pre-tokenizers and Replace normalizers/decoders.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "mlxla/result.h"

namespace mlxla::tokenizer {

/// Half-open byte range [begin, end) inside a string.
struct Span {
  size_t begin = 0;
  size_t end = 0;
};

class Regex {
 public:
  /// Compiles `pattern` (UTF-8, Rust/Oniguruma-style syntax as found in tokenizer.json).
  /// `field` names the JSON field for error messages.
  static Result<Regex> compile(const std::string& pattern, const std::string& field);
  /// A pattern matching `literal` exactly (String patterns in tokenizer.json).
  static Result<Regex> literal(const std::string& literal, const std::string& field);

  /// Every non-overlapping, non-empty match in `text` (valid UTF-8), left to right.
  std::vector<Span> find_all(std::string_view text) const;

  /// `text` with every match replaced by `replacement` (inserted literally).
  std::string replace_all(std::string_view text, std::string_view replacement) const;

 private:
  struct CodeDeleter {
    void operator()(void* code) const;
  };
  static Result<Regex> compile_with(const std::string& pattern, const std::string& field,
                                    uint32_t options);
  explicit Regex(std::shared_ptr<void> code) : code_(std::move(code)) {}
  std::shared_ptr<void> code_;  // pcre2_code_8, shared: a compiled pattern is immutable
  std::string literal_;         // non-empty for String patterns: matched with find(), no PCRE2
};

}  // namespace mlxla::tokenizer
