// Builds OpenAI logprobs objects (see logprobs_json.h).
#include "server/logprobs_json.h"

#include <cmath>

namespace mlxla::server {
namespace {

using nlohmann::json;

/// OpenAI reports a probability too small for a float as -9999.
double finite_logprob(float v) {
  return std::isfinite(v) ? static_cast<double>(v) : -9999.0;
}

json bytes_json(const std::string& piece) {
  json out = json::array();
  for (const char c : piece) out.push_back(static_cast<unsigned char>(c));
  return out;
}

}  // namespace

std::string token_piece(const tokenizer::Tokenizer& tokenizer, int32_t id) {
  if (auto bytes = tokenizer.token_bytes(id)) return *bytes;
  return tokenizer.id_to_token(id).value_or(std::string());
}

void LogprobsBuilder::add(const engine::TokenLogprobs& logprobs) {
  ++count_;
  const std::string piece = token_piece(tokenizer_, logprobs.chosen.token);
  if (chat_) {
    json top = json::array();
    for (const engine::TokenLogprob& alt : logprobs.top) {
      const std::string alt_piece = token_piece(tokenizer_, alt.token);
      top.push_back(json{{"token", alt_piece},
                         {"logprob", finite_logprob(alt.logprob)},
                         {"bytes", bytes_json(alt_piece)}});
    }
    content_.push_back(json{{"token", piece},
                            {"logprob", finite_logprob(logprobs.chosen.logprob)},
                            {"bytes", bytes_json(piece)},
                            {"top_logprobs", std::move(top)}});
    return;
  }
  tokens_.push_back(piece);
  token_logprobs_.push_back(finite_logprob(logprobs.chosen.logprob));
  json top = json::object();
  // Keyed by text, so different ids may share a key (byte-fallback pieces of one multi-byte
  // character, or a token and its added twin): the key keeps the most likely of them.
  for (const engine::TokenLogprob& alt : logprobs.top) {
    const double value = finite_logprob(alt.logprob);
    json& slot = top[token_piece(tokenizer_, alt.token)];
    if (slot.is_null() || slot.get<double>() < value) slot = value;
  }
  top_.push_back(logprobs.top.empty() ? json(nullptr) : std::move(top));
  offsets_.push_back(text_offset_);
  text_offset_ += piece.size();
}

json LogprobsBuilder::take() {
  if (count_ == 0) return nullptr;
  count_ = 0;
  if (chat_) return json{{"content", std::exchange(content_, json::array())}, {"refusal", nullptr}};
  return json{{"tokens", std::exchange(tokens_, json::array())},
              {"token_logprobs", std::exchange(token_logprobs_, json::array())},
              {"top_logprobs", std::exchange(top_, json::array())},
              {"text_offset", std::exchange(offsets_, json::array())}};
}

}  // namespace mlxla::server
