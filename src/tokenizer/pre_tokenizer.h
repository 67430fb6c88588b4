// tokenizer.json `pre_tokenizer`: splits normalized text into words for the model
// (Split with PCRE2 regexes, ByteLevel, Metaspace, Digits, Whitespace, WhitespaceSplit, Sequence).
#pragma once

#include <string>
#include <vector>

#include "tokenizer/json_fields.h"
#include "tokenizer/regex.h"
#include "tokenizer/utf8.h"

namespace mlxla::tokenizer {

/// A word produced by pre-tokenization. `at_origin` is true when it starts at offset 0 of the
/// original input (Metaspace's prepend_scheme "first" only prefixes that piece).
struct Piece {
  std::string text;
  bool at_origin = false;
};

class PreTokenizer {
 public:
  /// Parses a pre_tokenizer object (null means none); unknown types fail with kUnsupported.
  static Result<PreTokenizer> from_json(const Json& json);

  bool empty() const { return steps_.empty(); }
  /// Runs every step over `pieces` in place.
  void pre_tokenize(std::vector<Piece>& pieces) const;

 private:
  enum class Kind { kSplit, kByteLevel, kMetaspace };
  enum class Behavior { kRemoved, kIsolated, kMergedWithPrevious, kMergedWithNext, kContiguous };
  enum class Prepend { kAlways, kFirst, kNever };
  struct Step {
    Kind kind = Kind::kSplit;
    std::vector<Regex> pattern;  // Split, ByteLevel(use_regex): one pattern
    Behavior behavior = Behavior::kIsolated;
    bool invert = false;
    bool add_prefix_space = false;  // ByteLevel
    std::string replacement;        // Metaspace
    Prepend prepend = Prepend::kAlways;
    bool split = true;  // Metaspace
  };
  static Status append(const Json& json, const std::string& where, std::vector<Step>& steps,
                       int depth = 0);
  static void split(const Step& step, const Piece& piece, std::vector<Piece>& out);
  void byte_level(const Step& step, std::vector<Piece>& pieces) const;
  static void metaspace(const Step& step, std::vector<Piece>& pieces);

  std::vector<Step> steps_;
  ByteLevelMap byte_map_;
};

}  // namespace mlxla::tokenizer
