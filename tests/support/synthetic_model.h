// The test suite's one writer of random-weight checkpoints (through `mlxla synth`, the same code
// users run) and of a tiny byte-fallback BPE tokenizer, so tests need no ../shared.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>

#include <nlohmann/json.hpp>

namespace mlxla::testing {

struct SyntheticModel {
  /// config.json text. A `quantization` block in it decides bits and group size unless the
  /// overrides below are set; without one the weights are float.
  std::string config_json;
  int bits = -1;        ///< --bits: 0 float, 2..8 affine; -1 the config's
  int group_size = -1;  ///< --group-size; -1 the config's, else 64
  std::string dtype;    ///< --dtype float16|bfloat16|float32; empty: the config's torch_dtype
  uint64_t seed = 0;    ///< --seed
  /// Also write tiny_tokenizer_json() as tokenizer.json and a tokenizer_config.json naming
  /// <s> and </s> (the config's vocab_size must be at least kTinyTokenizerVocab).
  bool tokenizer = false;
};

/// Ids of tiny_tokenizer_json(): <unk> 0, <s> 1, </s> 2, byte <0xNN> at 3 + NN, then the
/// pieces "\u2581", "a", "b", "c", "\u2581a", "ab", "\u2581ab", "\u2581abc" at 259..266.
inline constexpr int64_t kTinyTokenizerVocab = 267;

/// A Llama-2-style (SentencePiece BPE) tokenizer.json: <unk> 0, <s> 1, </s> 2, byte tokens
/// <0xNN> at 3 + NN, then `pieces` from 259 in order; prepend/replace-space normalizer, BPE
/// with byte fallback over `merges`, a <s> template post-processor, and the matching decoder.
nlohmann::json sentencepiece_bpe_json(
    const std::vector<std::string>& pieces,
    const std::vector<std::pair<std::string, std::string>>& merges);

/// sentencepiece_bpe_json() with the pieces of kTinyTokenizerVocab and four merges.
nlohmann::json tiny_tokenizer_json();

/// Writes `model` into `dir` (created if needed): config.json, then `mlxla synth` over it
/// (model.safetensors + index, the converted config), and the tokenizer files if asked.
/// Fails the current test (ADD_FAILURE, with synth's stderr) and returns false on error.
bool write_synthetic_model(const std::filesystem::path& dir, const SyntheticModel& model);

}  // namespace mlxla::testing
