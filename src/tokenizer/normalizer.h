// tokenizer.json `normalizer`: the text rewrites applied before pre-tokenization
// (Prepend, Replace, Strip, NFC/NFD/NFKC/NFKD, Sequence).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "tokenizer/json_fields.h"
#include "tokenizer/regex.h"
#include "tokenizer/unicode_forms.h"

namespace mlxla::tokenizer {

class Normalizer {
 public:
  /// Parses a normalizer object (null means none). Unknown types fail with kUnsupported.
  /// `notes` collects known deviations from Hugging Face (see docs/TOKENIZER.md).
  static Result<Normalizer> from_json(const Json& json, std::vector<std::string>& notes);

  bool empty() const { return steps_.empty(); }
  std::string normalize(std::string_view text) const;

 private:
  enum class Kind { kPrepend, kReplace, kStrip, kUnicodeForm };
  struct Step {
    Kind kind;
    std::string text;            // Prepend: prefix; Replace: replacement
    std::vector<Regex> pattern;  // Replace: zero or one compiled pattern
    bool strip_left = false;
    bool strip_right = false;
    UnicodeForm form = UnicodeForm::kNfc;  // kUnicodeForm
  };
  static Status append(const Json& json, const std::string& where, std::vector<Step>& steps,
                       std::vector<std::string>& notes, int depth = 0);
  std::vector<Step> steps_;
};

}  // namespace mlxla::tokenizer
