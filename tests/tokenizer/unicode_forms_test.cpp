// Unicode normalization forms: known NFC/NFD/NFKC/NFKD facts from the Unicode standard
// (canonical composition, ordering of combining marks, Hangul, compatibility forms,
// singletons), invalid bytes kept, and a tokenizer whose normalizer is NFC encoding decomposed
// and precomposed text to the same ids.
// ctest-labels: unit
#include "tokenizer/unicode_forms.h"

#include <gtest/gtest.h>

#include "support/test_support.h"
#include "tokenizer/tokenizer.h"

namespace mlxla::tokenizer {
namespace {

TEST(UnicodeForms, CanonicalCompositionAndDecomposition) {
  EXPECT_EQ(to_unicode_form("e\xCC\x81", UnicodeForm::kNfc), "\xC3\xA9");  // e + U+0301 -> é
  EXPECT_EQ(to_unicode_form("\xC3\xA9", UnicodeForm::kNfd), "e\xCC\x81");
  // a + U+0323 + U+0302 and a + U+0302 + U+0323 both compose to U+1EAD (canonical ordering).
  EXPECT_EQ(to_unicode_form("a\xCC\xA3\xCC\x82", UnicodeForm::kNfc), "\xE1\xBA\xAD");
  EXPECT_EQ(to_unicode_form("a\xCC\x82\xCC\xA3", UnicodeForm::kNfc), "\xE1\xBA\xAD");
  // Hangul L + V -> the syllable U+AC00.
  EXPECT_EQ(to_unicode_form("\xE1\x84\x80\xE1\x85\xA1", UnicodeForm::kNfc), "\xEA\xB0\x80");
  // U+212B ANGSTROM SIGN is a singleton: NFC gives U+00C5.
  EXPECT_EQ(to_unicode_form("\xE2\x84\xAB", UnicodeForm::kNfc), "\xC3\x85");
}

TEST(UnicodeForms, CompatibilityFormsOnlyInNfkc) {
  const std::string ligature = "\xEF\xAC\x81";  // U+FB01 LATIN SMALL LIGATURE FI
  EXPECT_EQ(to_unicode_form(ligature, UnicodeForm::kNfc), ligature);
  EXPECT_EQ(to_unicode_form(ligature, UnicodeForm::kNfkc), "fi");
  EXPECT_EQ(to_unicode_form("\xE2\x91\xA0", UnicodeForm::kNfkd), "1");  // U+2460 CIRCLED ONE
}

TEST(UnicodeForms, AsciiAndInvalidBytesAreKept) {
  EXPECT_EQ(to_unicode_form("plain ascii", UnicodeForm::kNfc), "plain ascii");
  EXPECT_EQ(to_unicode_form("", UnicodeForm::kNfkc), "");
  // An invalid byte splits the runs and stays where it was.
  EXPECT_EQ(to_unicode_form("e\xCC\x81\xFF"
                            "e\xCC\x81",
                            UnicodeForm::kNfc),
            "\xC3\xA9\xFF\xC3\xA9");
}

TEST(UnicodeForms, NfcNormalizerMakesDecomposedTextTokenizeAlike) {
  testing::ScratchDir dir("unicode_forms");
  // A byte-level-free BPE over single characters with byte fallback: é and e + U+0301 differ
  // unless the normalizer composes them.
  const std::string json = R"({
    "version": "1.0", "added_tokens": [],
    "normalizer": {"type": "Sequence", "normalizers": [{"type": "NFC"}]},
    "pre_tokenizer": null, "post_processor": null, "decoder": null,
    "model": {"type": "BPE", "byte_fallback": true, "unk_token": null,
              "vocab": {"<0xCC>": 0, "<0x81>": 1, "e": 2, "\u00e9": 3, "<0xC3>": 4, "<0xA9>": 5},
              "merges": []}
  })";
  testing::write_file(dir / "tokenizer.json", json);
  auto tok = Tokenizer::load(dir.path());
  ASSERT_TRUE(tok.ok()) << tok.error().message();
  EXPECT_EQ(tok->encode("e\xCC\x81", false), std::vector<int32_t>{3});
  EXPECT_EQ(tok->encode("\xC3\xA9", false), std::vector<int32_t>{3});
  EXPECT_TRUE(tok->notes().empty() || tok->notes().front().find("NFC") == std::string::npos);
}

}  // namespace
}  // namespace mlxla::tokenizer
