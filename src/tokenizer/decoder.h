// tokenizer.json `decoder`: turns token strings back into text (ByteLevel, ByteFallback, Fuse,
// Strip, Replace, Metaspace, Sequence), each step mapping a list of strings to a list.
#pragma once

#include <string>
#include <vector>

#include "tokenizer/json_fields.h"
#include "tokenizer/regex.h"
#include "tokenizer/utf8.h"

namespace mlxla::tokenizer {

class Decoder {
 public:
  /// Parses a decoder object (null means: concatenate tokens). Unknown types: kUnsupported.
  static Result<Decoder> from_json(const Json& json);

  /// Runs the chain and concatenates what is left.
  std::string decode(std::vector<std::string> tokens) const;
  /// The raw bytes `token` contributes in the middle of a text: the chain applied to it alone,
  /// without the lossy UTF-8 repair and without what acts on the start of the whole text
  /// (Strip after Fuse, Metaspace's first space). Constrained decoding reads these.
  std::string token_bytes(const std::string& token) const;
  /// True when the chain contains ByteFallback: a run of <0xXX> tokens decodes all-or-nothing.
  bool has_byte_fallback() const;

 private:
  enum class Kind { kByteLevel, kByteFallback, kFuse, kStrip, kReplace, kMetaspace };
  struct Step {
    Kind kind;
    std::vector<Regex> pattern;     // Replace
    std::string content;            // Replace: replacement; Strip: the character; Metaspace: ▁
    size_t start = 0, stop = 0;     // Strip
    bool strip_first_space = true;  // Metaspace (prepend_scheme != never)
  };
  static Status append(const Json& json, const std::string& where, std::vector<Step>& steps,
                       int depth = 0);
  void byte_level(std::vector<std::string>& tokens) const;

  std::vector<Step> steps_;
  ByteLevelMap byte_map_;
};

}  // namespace mlxla::tokenizer
