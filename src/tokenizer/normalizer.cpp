// Normalizers: each step rewrites the whole piece of text it is given, in order.
#include "tokenizer/normalizer.h"

#include "tokenizer/unicode_forms.h"
#include "tokenizer/utf8.h"

namespace mlxla::tokenizer {

Result<Normalizer> Normalizer::from_json(const Json& json, std::vector<std::string>& notes) {
  Normalizer normalizer;
  if (json.is_null()) return normalizer;
  MLXLA_RETURN_IF_ERROR(append(json, "normalizer", normalizer.steps_, notes));
  return normalizer;
}

Status Normalizer::append(const Json& json, const std::string& where, std::vector<Step>& steps,
                          std::vector<std::string>& notes, int depth) {
  MLXLA_ASSIGN_OR_RETURN(std::string type, json_type(json, where));
  if (type == "Sequence") {
    MLXLA_RETURN_IF_ERROR(check_sequence_depth(where, depth));
    if (!json.contains("normalizers") || !json.at("normalizers").is_array())
      return format_error(where + ".normalizers: expected an array");
    size_t index = 0;
    for (const Json& child : json.at("normalizers")) {
      MLXLA_RETURN_IF_ERROR(append(child, where + ".normalizers[" + std::to_string(index++) + "]",
                                   steps, notes, depth + 1));
    }
    return Status::Ok();
  }
  if (type == "Prepend") {
    MLXLA_ASSIGN_OR_RETURN(std::string prepend, json_string(json, "prepend", where));
    steps.push_back(Step{Kind::kPrepend, prepend, {}});
    return Status::Ok();
  }
  if (type == "Replace") {
    MLXLA_ASSIGN_OR_RETURN(Regex pattern, json_pattern(json, "pattern", where));
    MLXLA_ASSIGN_OR_RETURN(std::string content, json_string(json, "content", where));
    steps.push_back(Step{Kind::kReplace, content, {std::move(pattern)}});
    return Status::Ok();
  }
  if (type == "Strip") {
    Step step{Kind::kStrip, "", {}};
    MLXLA_ASSIGN_OR_RETURN(step.strip_left, json_bool_or(json, "strip_left", where, true));
    MLXLA_ASSIGN_OR_RETURN(step.strip_right, json_bool_or(json, "strip_right", where, true));
    steps.push_back(std::move(step));
    return Status::Ok();
  }
  for (const auto& [name, form] :
       {std::pair{"NFC", UnicodeForm::kNfc}, std::pair{"NFD", UnicodeForm::kNfd},
        std::pair{"NFKC", UnicodeForm::kNfkc}, std::pair{"NFKD", UnicodeForm::kNfkd}}) {
    if (type == name) {
      Step step{Kind::kUnicodeForm, "", {}};
      step.form = form;
      steps.push_back(std::move(step));
      return Status::Ok();
    }
  }
  return unsupported(where + ".type: normalizer '" + type + "' is not supported");
}

static std::string strip_whitespace(std::string_view text, bool left, bool right) {
  size_t begin = 0, end = text.size();
  if (left) {
    while (begin < end) {
      const size_t length = utf8_valid_length(text, begin);
      if (length == 0 || !is_unicode_whitespace(utf8_decode_at(text, begin, length))) break;
      begin += length;
    }
  }
  if (right) {
    while (end > begin) {
      size_t start = end - 1;
      while (start > begin && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) --start;
      const size_t length = utf8_valid_length(text, start);
      if (length == 0 || !is_unicode_whitespace(utf8_decode_at(text, start, length))) break;
      end = start;
    }
  }
  return std::string(text.substr(begin, end - begin));
}

std::string Normalizer::normalize(std::string_view text) const {
  std::string current(text);
  for (const Step& step : steps_) {
    switch (step.kind) {
      case Kind::kPrepend:
        if (!current.empty()) current.insert(0, step.text);
        break;
      case Kind::kReplace:
        current = step.pattern.front().replace_all(current, step.text);
        break;
      case Kind::kStrip:
        current = strip_whitespace(current, step.strip_left, step.strip_right);
        break;
      case Kind::kUnicodeForm:
        current = to_unicode_form(current, step.form);
        break;
    }
  }
  return current;
}

}  // namespace mlxla::tokenizer
