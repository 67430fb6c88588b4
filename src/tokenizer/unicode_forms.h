// Unicode normalization forms (NFC, NFD, NFKC, NFKD) of UTF-8 text, through ICU: what
// tokenizer.json's NFC/NFD/NFKC/NFKD normalizers ask for (Qwen's byte-level BPE uses NFC).
#pragma once

#include <string>
#include <string_view>

namespace mlxla::tokenizer {

enum class UnicodeForm { kNfc, kNfd, kNfkc, kNfkd };

/// `text` in the given form. Valid UTF-8 runs are normalized; bytes that are not valid UTF-8
/// are kept as they are (a normalizer never invents U+FFFD). ASCII-only text is returned as is
/// without calling ICU (every form leaves ASCII unchanged).
std::string to_unicode_form(std::string_view text, UnicodeForm form);

}  // namespace mlxla::tokenizer
