// Tokenizer throughput: encoding the fixture strings with the llama3 (byte-level, 128k vocab)
// and llama2 (sentencepiece-style) tokenizers from ../shared; reports bytes/s of input text.
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <benchmark/benchmark.h>
#include <nlohmann/json.hpp>

#include "tokenizer/tokenizer.h"

namespace {

namespace fs = std::filesystem;

fs::path fixtures_dir() {
  const char* env = std::getenv("MLXLA_SHARED_DIR");
  fs::path shared = env && *env
                        ? fs::path(env)
                        : fs::path(__FILE__).parent_path().parent_path().parent_path() / "shared";
  return shared / "fixtures" / "tokenizers";
}

std::vector<std::string> fixture_strings() {
  std::vector<std::string> texts;
  std::ifstream in(fixtures_dir() / "strings.jsonl");
  std::string line;
  while (std::getline(in, line))
    if (!line.empty()) texts.push_back(nlohmann::json::parse(line)["text"].get<std::string>());
  return texts;
}

void encode_strings(benchmark::State& state, const char* name, bool as_one_document) {
  auto tokenizer = mlxla::tokenizer::Tokenizer::load(fixtures_dir() / name);
  if (!tokenizer.ok()) {
    state.SkipWithError(("needs ../shared/fixtures/tokenizers/" + std::string(name) + ": " +
                         tokenizer.error().message())
                            .c_str());
    return;
  }
  std::vector<std::string> texts = fixture_strings();
  if (as_one_document) {
    std::string document;
    for (const std::string& text : texts) document += text + "\n";
    texts.assign(1, document);
  }
  size_t bytes = 0, tokens = 0;
  for (const std::string& text : texts) bytes += text.size();
  for (auto _ : state) {
    for (const std::string& text : texts) {
      auto ids = tokenizer->encode(text, true);
      tokens += ids.size();
      benchmark::DoNotOptimize(ids.data());
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes));
  state.counters["tokens/s"] =
      benchmark::Counter(static_cast<double>(tokens), benchmark::Counter::kIsRate);
}

void BM_EncodeLlama3Strings(benchmark::State& state) {
  encode_strings(state, "llama3", false);
}
void BM_EncodeLlama3Document(benchmark::State& state) {
  encode_strings(state, "llama3", true);
}
void BM_EncodeLlama2Strings(benchmark::State& state) {
  encode_strings(state, "llama2", false);
}

BENCHMARK(BM_EncodeLlama3Strings)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_EncodeLlama3Document)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_EncodeLlama2Strings)->Unit(benchmark::kMicrosecond);

}  // namespace
