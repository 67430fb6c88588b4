// Per-step cost of constrained decoding on a 128k vocabulary: one trie walk computing the mask
// of allowed tokens (uncached) at typical parse states, a cache hit, and applying a mask to the
// logits. Uses ../shared/fixtures/tokenizers/llama3 (128,256 ids) when present, else a
// synthetic 128k byte-level vocabulary (random 1-12-byte tokens over text-like bytes).
#include <cstdlib>
#include <filesystem>
#include <random>
#include <string>
#include <vector>

#include <benchmark/benchmark.h>

#include "grammar/matcher.h"
#include "grammar/tokenizer_vocabulary.h"

namespace {

namespace fs = std::filesystem;
using mlxla::grammar::Grammar;
using mlxla::grammar::ParseState;
using mlxla::grammar::TokenGrammar;
using mlxla::grammar::Vocabulary;

std::shared_ptr<const Vocabulary> vocabulary(std::string* source) {
  const char* env = std::getenv("MLXLA_SHARED_DIR");
  const fs::path shared =
      env && *env ? fs::path(env)
                  : fs::path(__FILE__).parent_path().parent_path().parent_path() / "shared";
  if (auto tokenizer =
          mlxla::tokenizer::Tokenizer::load(shared / "fixtures" / "tokenizers" / "llama3");
      tokenizer.ok()) {
    *source = "llama3";
    return mlxla::grammar::vocabulary_from_tokenizer(*tokenizer);
  }
  *source = "synthetic";
  std::mt19937 rng(1);
  const std::string alphabet =
      " abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .,:;\"{}[]-_\n'()";
  std::vector<std::optional<std::string>> bytes;
  for (int b = 0; b < 256; ++b) bytes.emplace_back(std::string(1, static_cast<char>(b)));
  while (bytes.size() < 128256) {
    std::string token(1 + rng() % 12, ' ');
    for (char& c : token) c = alphabet[rng() % alphabet.size()];
    bytes.emplace_back(std::move(token));
  }
  const auto eos = static_cast<int32_t>(bytes.size() - 1);
  return Vocabulary::build(std::move(bytes), {eos});
}

const TokenGrammar& token_grammar(std::string* source) {
  static const std::string kSchema = R"({"type":"object","properties":{
      "name":{"type":"string"},"age":{"type":"integer","minimum":0,"maximum":150},
      "tags":{"type":"array","items":{"type":"string"},"maxItems":8},
      "kind":{"enum":["person","company","other"]}},"required":["name","age"],"additionalProperties":false})";
  static std::string vocab_source;
  static const auto grammar = std::make_shared<const TokenGrammar>(
      *Grammar::from_json_schema(nlohmann::json::parse(kSchema)), vocabulary(&vocab_source));
  *source = vocab_source;
  return *grammar;
}

/// The mask walk from the state after `prefix`.
void mask_after(benchmark::State& state, const std::string& prefix) {
  std::string source;
  const TokenGrammar& grammar = token_grammar(&source);
  ParseState parse = grammar.recognizer().initial();
  if (!grammar.recognizer().advance_bytes(parse, prefix)) {
    state.SkipWithError("the prefix is not in the grammar");
    return;
  }
  size_t allowed = 0;
  for (auto _ : state) {
    const auto mask = grammar.compute(parse);
    benchmark::DoNotOptimize(mask.data());
    allowed = 0;
    for (const uint64_t word : mask) allowed += static_cast<size_t>(__builtin_popcountll(word));
  }
  state.SetLabel(source + ", " + std::to_string(grammar.vocabulary().size()) + " ids");
  state.counters["allowed_tokens"] = static_cast<double>(allowed);
  state.counters["trie_nodes"] = static_cast<double>(grammar.vocabulary().trie().nodes.size());
}

void BM_GrammarMaskDocumentStart(benchmark::State& state) {
  mask_after(state, "");
}
void BM_GrammarMaskObjectKey(benchmark::State& state) {
  mask_after(state, "{\"name\":\"Ann\",\"");
}
void BM_GrammarMaskInsideString(benchmark::State& state) {
  mask_after(state, "{\"name\":\"An");
}
void BM_GrammarMaskBoundedInteger(benchmark::State& state) {
  mask_after(state, "{\"name\":\"Ann\",\"age\":1");
}
void BM_GrammarMaskAfterValue(benchmark::State& state) {
  mask_after(state, "{\"name\":\"Ann\",\"age\":31");
}

/// A step whose parse state was seen before: the cache lookup plus applying the mask to logits.
void BM_GrammarCachedStepAndApply(benchmark::State& state) {
  std::string source;
  const TokenGrammar& grammar = token_grammar(&source);
  ParseState parse = grammar.recognizer().initial();
  grammar.recognizer().advance_bytes(parse, "{\"name\":\"An");
  std::vector<float> logits(grammar.vocabulary().size(), 0.5f);
  grammar.allowed(parse);  // warm the cache
  for (auto _ : state) {
    const auto mask = grammar.allowed(parse);
    const size_t n = logits.size();
    for (size_t i = 0; i < n; ++i)
      if (!(((*mask)[i >> 6] >> (i & 63)) & 1)) logits[i] = -1e30f;
    benchmark::DoNotOptimize(logits.data());
  }
  state.SetLabel(source);
}

BENCHMARK(BM_GrammarMaskDocumentStart)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_GrammarMaskObjectKey)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_GrammarMaskInsideString)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_GrammarMaskBoundedInteger)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_GrammarMaskAfterValue)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_GrammarCachedStepAndApply)->Unit(benchmark::kMicrosecond);

}  // namespace
