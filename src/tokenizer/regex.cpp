// PCRE2 wrapper: compile with UTF|UCP (Unicode classes such as \p{L} and a Unicode \s),
// JIT-compile when the library supports it, and iterate matches without allocation per match.
#define PCRE2_CODE_UNIT_WIDTH 8
#include "tokenizer/regex.h"

#include <pcre2.h>

namespace mlxla::tokenizer {
namespace {

std::string pcre2_message(int code) {
  PCRE2_UCHAR buffer[256];
  pcre2_get_error_message(code, buffer, sizeof(buffer));
  return reinterpret_cast<const char*>(buffer);
}

struct MatchDataDeleter {
  void operator()(pcre2_match_data* data) const { pcre2_match_data_free(data); }
};

}  // namespace

void Regex::CodeDeleter::operator()(void* code) const {
  pcre2_code_free(static_cast<pcre2_code*>(code));
}

Result<Regex> Regex::compile(const std::string& pattern, const std::string& field) {
  return compile_with(pattern, field, PCRE2_UTF | PCRE2_UCP);
}

Result<Regex> Regex::literal(const std::string& literal, const std::string& field) {
  if (literal.empty()) return format_error(field + ": empty String pattern");
  MLXLA_ASSIGN_OR_RETURN(Regex regex, compile_with(literal, field, PCRE2_UTF | PCRE2_LITERAL));
  regex.literal_ = literal;
  return regex;
}

Result<Regex> Regex::compile_with(const std::string& pattern, const std::string& field,
                                  uint32_t options) {
  int error_code = 0;
  PCRE2_SIZE error_offset = 0;
  pcre2_code* code = pcre2_compile(reinterpret_cast<PCRE2_SPTR>(pattern.data()), pattern.size(),
                                   options, &error_code, &error_offset, nullptr);
  if (code == nullptr) {
    return unsupported(field + ": cannot compile regex '" + pattern + "' at offset " +
                       std::to_string(error_offset) + ": " + pcre2_message(error_code));
  }
  // JIT is an optimisation only: when unavailable the interpreter gives the same matches.
  pcre2_jit_compile(code, PCRE2_JIT_COMPLETE);
  return Regex(std::shared_ptr<void>(code, CodeDeleter{}));
}

std::vector<Span> Regex::find_all(std::string_view text) const {
  std::vector<Span> spans;
  if (!literal_.empty()) {
    for (size_t pos = text.find(literal_); pos != std::string_view::npos;
         pos = text.find(literal_, pos + literal_.size())) {
      spans.push_back({pos, pos + literal_.size()});
    }
    return spans;
  }
  auto* code = static_cast<pcre2_code*>(code_.get());
  std::unique_ptr<pcre2_match_data, MatchDataDeleter> data(
      pcre2_match_data_create_from_pattern(code, nullptr));
  if (!data) return spans;
  const auto* subject = reinterpret_cast<PCRE2_SPTR>(text.data());
  size_t offset = 0;
  uint32_t options = 0;  // the first call validates the UTF-8; later calls skip the O(n) check
  while (offset <= text.size()) {
    int rc = pcre2_match(code, subject, text.size(), offset, options, data.get(), nullptr);
    if (rc < 0 && rc != PCRE2_ERROR_NOMATCH && !(options & PCRE2_NO_JIT)) {
      // The JIT stack can run out on pathological input; the interpreter uses the heap.
      options |= PCRE2_NO_JIT;
      continue;
    }
    if (rc < 0) break;  // no further match (or the interpreter gave up: rest is unmatched)
    options |= PCRE2_NO_UTF_CHECK;
    const PCRE2_SIZE* ovector = pcre2_get_ovector_pointer(data.get());
    const size_t begin = ovector[0], end = ovector[1];
    if (end > begin) {
      spans.push_back({begin, end});
      offset = end;
    } else {
      // Empty match: step over one whole character so matching cannot stall.
      offset = end + 1;
      while (offset < text.size() && (static_cast<unsigned char>(text[offset]) & 0xC0) == 0x80)
        ++offset;
    }
  }
  return spans;
}

std::string Regex::replace_all(std::string_view text, std::string_view replacement) const {
  std::string out;
  out.reserve(text.size());
  size_t last = 0;
  for (const Span& span : find_all(text)) {
    out.append(text.substr(last, span.begin - last));
    out.append(replacement);
    last = span.end;
  }
  out.append(text.substr(last));
  return out;
}

}  // namespace mlxla::tokenizer
