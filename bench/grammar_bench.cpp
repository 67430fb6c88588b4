// Per-step cost of constrained decoding on a 128k vocabulary: computing the mask of allowed
// tokens (uncached) at typical parse states, and whole documents replayed token by token (mask
// applied to a 128k-logit row + state advanced) with a cold and a warm mask cache. Uses
// ../shared/fixtures/tokenizers/llama3 (128,256 ids) when present, else a synthetic 128k byte-level
// vocabulary (random 1-12-byte tokens over text-like bytes).
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

/// Greedy longest-match ids for `text` (any segmentation the grammar takes will do).
std::vector<int32_t> segment(const Vocabulary& vocab, const std::string& text) {
  std::vector<int32_t> ids;
  for (size_t pos = 0; pos < text.size();) {
    int32_t best = -1;
    size_t length = 0;
    for (size_t id = 0; id < vocab.size(); ++id) {
      const auto& b = vocab.bytes(static_cast<int32_t>(id));
      if (b && b->size() > length && text.compare(pos, b->size(), *b) == 0) {
        best = static_cast<int32_t>(id);
        length = b->size();
      }
    }
    ids.push_back(best);
    pos += length;
  }
  return ids;
}

/// What the sampler pays per generated token: the mask applied to a 128k-logit row and the
/// state advanced, averaged over a whole document. `cold`: a fresh mask cache per document
/// (every state computed once), else the cache of earlier documents of the same schema.
void document_steps(benchmark::State& state, bool cold) {
  std::string source;
  const TokenGrammar& shared = token_grammar(&source);
  static const std::vector<int32_t> ids = segment(
      shared.vocabulary(),
      R"({"name": "Ann Smith, a software engineer from Berlin who writes about compilers", "age": 31, )"
      R"("tags": ["dev", "music", "travel"], "kind": "person"})");
  std::vector<float> logits(shared.vocabulary().size(), 0.5f);
  auto grammar = std::make_shared<const TokenGrammar>(
      std::shared_ptr<const Grammar>(std::shared_ptr<const Grammar>{}, &shared.grammar()),
      std::shared_ptr<const Vocabulary>(std::shared_ptr<const Vocabulary>{}, &shared.vocabulary()));
  for (auto _ : state) {
    if (cold) {
      state.PauseTiming();
      grammar = std::make_shared<const TokenGrammar>(
          std::shared_ptr<const Grammar>(std::shared_ptr<const Grammar>{}, &shared.grammar()),
          std::shared_ptr<const Vocabulary>(std::shared_ptr<const Vocabulary>{},
                                            &shared.vocabulary()));
      state.ResumeTiming();
    }
    mlxla::grammar::Matcher matcher(grammar);
    for (const int32_t id : ids) {
      matcher.mask_logits(logits);
      if (!matcher.accept(id).ok()) {
        state.SkipWithError("the document is not in the grammar");
        return;
      }
    }
    benchmark::DoNotOptimize(logits.data());
  }
  state.SetLabel(source + ", " + std::to_string(ids.size()) + " tokens per document");
  state.counters["per_token"] = benchmark::Counter(
      static_cast<double>(ids.size()),
      benchmark::Counter::kIsIterationInvariantRate | benchmark::Counter::kInvert);
}

void BM_GrammarDocumentColdCache(benchmark::State& state) {
  document_steps(state, true);
}
void BM_GrammarDocumentWarmCache(benchmark::State& state) {
  document_steps(state, false);
}

BENCHMARK(BM_GrammarMaskDocumentStart)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_GrammarMaskObjectKey)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_GrammarMaskInsideString)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_GrammarMaskBoundedInteger)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_GrammarMaskAfterValue)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_GrammarDocumentColdCache)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_GrammarDocumentWarmCache)->Unit(benchmark::kMicrosecond);

}  // namespace
