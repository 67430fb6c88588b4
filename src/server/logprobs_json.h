// The `logprobs` objects of OpenAI responses built from the engine's per-token log-probabilities:
// chat's {"content": [{token, logprob, bytes, top_logprobs}]} and the legacy completions form
// {tokens, token_logprobs, top_logprobs, text_offset}.
#pragma once

#include <cstdint>
#include <span>
#include <string>

#include <nlohmann/json.hpp>

#include "engine/sampler.h"
#include "tokenizer/tokenizer.h"

namespace mlxla::server {

/// The bytes a token adds to the text (a special token: its content), possibly part of a UTF-8
/// character.
std::string token_piece(const tokenizer::Tokenizer& tokenizer, int32_t id);

/// Accumulates per-token entries; one per request (streams take the entries since the last
/// chunk with take()).
class LogprobsBuilder {
 public:
  LogprobsBuilder(const tokenizer::Tokenizer& tokenizer, bool chat)
      : tokenizer_(tokenizer), chat_(chat) {}
  void add(const engine::TokenLogprobs& logprobs);
  bool empty() const { return count_ == 0; }
  /// The logprobs object of the entries added since the last take() (null when none).
  nlohmann::json take();

 private:
  const tokenizer::Tokenizer& tokenizer_;
  bool chat_;
  size_t count_ = 0;
  size_t text_offset_ = 0;  // legacy text_offset: bytes before the token in the completion
  nlohmann::json content_ = nlohmann::json::array();  // chat
  nlohmann::json tokens_ = nlohmann::json::array(), token_logprobs_ = nlohmann::json::array(),
                 top_ = nlohmann::json::array(), offsets_ = nlohmann::json::array();  // legacy
};

}  // namespace mlxla::server
