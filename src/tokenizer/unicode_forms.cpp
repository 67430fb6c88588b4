// Unicode normalization forms through ICU's Normalizer2 (composition tables ship with Debian's
// libicu); invalid UTF-8 bytes split the text into runs that are normalized independently.
#include "tokenizer/unicode_forms.h"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <algorithm>

#include "tokenizer/utf8.h"

namespace mlxla::tokenizer {
namespace {

const icu::Normalizer2* instance(UnicodeForm form, UErrorCode& status) {
  switch (form) {
    case UnicodeForm::kNfc:
      return icu::Normalizer2::getNFCInstance(status);
    case UnicodeForm::kNfd:
      return icu::Normalizer2::getNFDInstance(status);
    case UnicodeForm::kNfkc:
      return icu::Normalizer2::getNFKCInstance(status);
    case UnicodeForm::kNfkd:
      return icu::Normalizer2::getNFKDInstance(status);
  }
  return nullptr;
}

void append_normalized(std::string_view run, const icu::Normalizer2& normalizer, std::string& out) {
  if (run.empty()) return;
  if (std::all_of(run.begin(), run.end(),
                  [](char c) { return static_cast<unsigned char>(c) < 0x80; })) {
    out.append(run);
    return;
  }
  const icu::UnicodeString source =
      icu::UnicodeString::fromUTF8(icu::StringPiece(run.data(), static_cast<int32_t>(run.size())));
  UErrorCode status = U_ZERO_ERROR;
  const icu::UnicodeString normalized = normalizer.normalize(source, status);
  if (U_FAILURE(status)) {
    out.append(run);  // ICU only fails on allocation; keep the text rather than lose it
    return;
  }
  normalized.toUTF8String(out);
}

}  // namespace

std::string to_unicode_form(std::string_view text, UnicodeForm form) {
  if (std::all_of(text.begin(), text.end(),
                  [](char c) { return static_cast<unsigned char>(c) < 0x80; })) {
    return std::string(text);
  }
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* normalizer = instance(form, status);
  if (normalizer == nullptr || U_FAILURE(status)) return std::string(text);
  std::string out;
  out.reserve(text.size());
  size_t run_begin = 0;
  size_t pos = 0;
  while (pos < text.size()) {
    const size_t length = utf8_valid_length(text, pos);
    if (length != 0) {
      pos += length;
      continue;
    }
    append_normalized(text.substr(run_begin, pos - run_begin), *normalizer, out);
    out.push_back(text[pos]);  // an invalid byte stays, and splits the runs
    ++pos;
    run_begin = pos;
  }
  append_normalized(text.substr(run_begin), *normalizer, out);
  return out;
}

}  // namespace mlxla::tokenizer
