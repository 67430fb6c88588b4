// The grammar's view of a tokenizer: every id's mid-sequence bytes and the end-of-sequence ids.
#pragma once

#include <memory>

#include "grammar/vocabulary.h"
#include "tokenizer/tokenizer.h"

namespace mlxla::grammar {

/// Builds the vocabulary trie of `tokenizer` (a few hundred ms at 128k tokens: build it once).
/// `vocab_size` covers ids up to the model's logits width when that is larger.
std::shared_ptr<const Vocabulary> vocabulary_from_tokenizer(const tokenizer::Tokenizer& tokenizer,
                                                            size_t vocab_size = 0);

}  // namespace mlxla::grammar
