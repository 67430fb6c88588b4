// tokenizer.json `post_processor`: the special tokens wrapped around an encoded sequence when
// add_special_tokens is on (TemplateProcessing, BertProcessing, RobertaProcessing, ByteLevel,
// Sequence). Only single sequences are encoded; pair templates are validated and ignored.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "tokenizer/json_fields.h"

namespace mlxla::tokenizer {

class PostProcessor {
 public:
  static Result<PostProcessor> from_json(const Json& json);
  /// A processor that puts `prefix` before and `suffix` after the sequence.
  static PostProcessor wrap(std::vector<int32_t> prefix, std::vector<int32_t> suffix);

  /// Appends `prefix + ids + suffix` to `out`.
  void apply(std::span<const int32_t> ids, std::vector<int32_t>& out) const;
  const std::vector<int32_t>& prefix() const { return prefix_; }
  const std::vector<int32_t>& suffix() const { return suffix_; }

 private:
  static Status parse(const Json& json, const std::string& where, PostProcessor& into,
                      int depth = 0);
  std::vector<int32_t> prefix_;
  std::vector<int32_t> suffix_;
};

}  // namespace mlxla::tokenizer
