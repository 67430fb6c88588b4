// Tokenizer -> Vocabulary: token_bytes() per id; special tokens (other than EOS) are never allowed.
#include "grammar/tokenizer_vocabulary.h"

#include <algorithm>

namespace mlxla::grammar {

std::shared_ptr<const Vocabulary> vocabulary_from_tokenizer(const tokenizer::Tokenizer& tokenizer,
                                                            size_t vocab_size) {
  const size_t size = std::max(vocab_size, tokenizer.vocab_size());
  std::vector<std::optional<std::string>> bytes(size);
  for (size_t id = 0; id < tokenizer.vocab_size(); ++id)
    bytes[id] = tokenizer.token_bytes(static_cast<int32_t>(id));
  return Vocabulary::build(std::move(bytes), tokenizer.eos_ids());
}

}  // namespace mlxla::grammar
