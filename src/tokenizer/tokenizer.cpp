// Tokenizer: wires normalizer -> added tokens -> pre-tokenizer -> BPE -> post-processor for
// encode, and ids -> tokens -> decoder chain -> clean-up for decode; reads the config files.
#include "tokenizer/tokenizer.h"

#include <algorithm>

#include "common/json_parse.h"
#include "common/model_file.h"
#include "tokenizer/added_vocabulary.h"
#include "tokenizer/bpe_model.h"
#include "tokenizer/decoder.h"
#include "tokenizer/normalizer.h"
#include "tokenizer/post_processor.h"
#include "tokenizer/pre_tokenizer.h"
#include "tokenizer/utf8.h"

namespace mlxla::tokenizer {
namespace {

// Reads a whole file through the bounded model-file reader; an absent optional file gives
// an empty string.
Result<std::string> read_text(const std::filesystem::path& path, bool required,
                              uint64_t max_bytes) {
  if (required) return common::read_model_file(path, max_bytes);
  MLXLA_ASSIGN_OR_RETURN(std::optional<std::string> text,
                         common::read_optional_model_file(path, max_bytes));
  return text.value_or(std::string());
}

Result<Json> parse_json(std::string_view text, const std::string& name) {
  return common::parse_json_document(text, name);
}

// A special token in a config: "text" or {"content": "text", ...}.
std::string config_token(const Json& config, const char* key) {
  if (!config.is_object() || !config.contains(key)) return {};
  const Json& value = config.at(key);
  if (value.is_string()) return value.get<std::string>();
  if (value.is_object() && value.contains("content") && value.at("content").is_string())
    return value.at("content").get<std::string>();
  return {};
}

}  // namespace

Tokenizer::Tokenizer() = default;
Tokenizer::Tokenizer(Tokenizer&&) noexcept = default;
Tokenizer& Tokenizer::operator=(Tokenizer&&) noexcept = default;
Tokenizer::~Tokenizer() = default;

Result<Tokenizer> Tokenizer::load(const std::filesystem::path& dir, const LoadOptions& options) {
  MLXLA_ASSIGN_OR_RETURN(std::string tokenizer_json,
                         read_text(dir / "tokenizer.json", true, kMaxTokenizerJsonBytes));
  MLXLA_ASSIGN_OR_RETURN(std::string config,
                         read_text(dir / "tokenizer_config.json", false, kMaxConfigJsonBytes));
  MLXLA_ASSIGN_OR_RETURN(std::string special_map,
                         read_text(dir / "special_tokens_map.json", false, kMaxConfigJsonBytes));
  MLXLA_ASSIGN_OR_RETURN(std::string generation,
                         read_text(dir / "generation_config.json", false, kMaxConfigJsonBytes));
  auto tokenizer = from_json(tokenizer_json, config, special_map, generation, options);
  if (!tokenizer.ok()) return tokenizer.error().with_context(dir.string());
  return tokenizer;
}

Result<Tokenizer> Tokenizer::from_json(std::string_view tokenizer_json,
                                       std::string_view tokenizer_config_json,
                                       std::string_view special_tokens_map_json,
                                       std::string_view generation_config_json,
                                       const LoadOptions& options) {
  try {
    MLXLA_ASSIGN_OR_RETURN(Json json, parse_json(tokenizer_json, "tokenizer.json"));
    if (!json.is_object()) return format_error("tokenizer.json: expected a JSON object");
    auto member = [&](const char* key) -> const Json& {
      static const Json kNull;  // immutable: stands for an absent member
      auto it = json.find(key);
      return it == json.end() ? kNull : *it;
    };
    for (const char* key : {"truncation", "padding"}) {
      if (!member(key).is_null())
        return unsupported(std::string("tokenizer.json.") + key +
                           ": not supported (expected null)");
    }
    if (!member("model").is_object()) return format_error("tokenizer.json.model: missing");

    Tokenizer tokenizer;
    MLXLA_ASSIGN_OR_RETURN(Normalizer normalizer,
                           Normalizer::from_json(member("normalizer"), tokenizer.notes_));
    tokenizer.normalizer_ = std::make_unique<Normalizer>(std::move(normalizer));
    MLXLA_ASSIGN_OR_RETURN(PreTokenizer pre, PreTokenizer::from_json(member("pre_tokenizer")));
    tokenizer.pre_tokenizer_ = std::make_unique<PreTokenizer>(std::move(pre));
    MLXLA_ASSIGN_OR_RETURN(BpeModel model, BpeModel::from_json(member("model"), tokenizer.notes_));
    tokenizer.model_ = std::make_unique<BpeModel>(std::move(model));
    MLXLA_ASSIGN_OR_RETURN(
        AddedVocabulary added,
        AddedVocabulary::from_json(member("added_tokens"), *tokenizer.normalizer_));
    tokenizer.added_ = std::make_unique<AddedVocabulary>(std::move(added));
    MLXLA_ASSIGN_OR_RETURN(PostProcessor post, PostProcessor::from_json(member("post_processor")));
    tokenizer.post_processor_ = std::make_unique<PostProcessor>(std::move(post));
    MLXLA_ASSIGN_OR_RETURN(Decoder decoder, Decoder::from_json(member("decoder")));
    tokenizer.decoder_ = std::make_unique<Decoder>(std::move(decoder));
    MLXLA_RETURN_IF_ERROR(tokenizer.read_configs(tokenizer_config_json, special_tokens_map_json,
                                                 generation_config_json, options));
    return tokenizer;
  } catch (const std::exception& e) {
    // nlohmann::json accessors throw on type mismatches the field checks did not anticipate.
    return format_error(std::string("tokenizer.json: ") + e.what());
  }
}

std::optional<int32_t> Tokenizer::lookup_token(const std::string& token) const {
  if (token.empty()) return std::nullopt;
  if (auto id = added_->find_by_content(token)) return id;
  return model_->token_to_id(token);
}

Status Tokenizer::read_configs(std::string_view config_json, std::string_view special_map_json,
                               std::string_view generation_json, const LoadOptions& options) {
  Json config = Json::object(), special_map = Json::object(), generation = Json::object();
  if (!config_json.empty()) {
    MLXLA_ASSIGN_OR_RETURN(config, parse_json(config_json, "tokenizer_config.json"));
  }
  if (!special_map_json.empty()) {
    MLXLA_ASSIGN_OR_RETURN(special_map, parse_json(special_map_json, "special_tokens_map.json"));
  }
  if (!generation_json.empty()) {
    MLXLA_ASSIGN_OR_RETURN(generation, parse_json(generation_json, "generation_config.json"));
  }
  if (!config.is_object()) return format_error("tokenizer_config.json: expected a JSON object");

  auto token_named = [&](const char* key) {
    std::string token = config_token(config, key);
    return token.empty() ? config_token(special_map, key) : token;
  };
  bos_token_ = token_named("bos_token");
  eos_token_ = token_named("eos_token");
  bos_id_ = lookup_token(bos_token_);
  pad_id_ = lookup_token(token_named("pad_token"));
  if (auto eos = lookup_token(eos_token_)) eos_ids_.push_back(*eos);
  if (!bos_token_.empty() && !bos_id_)
    notes_.push_back("bos_token '" + bos_token_ + "' is not in the vocabulary");
  if (!eos_token_.empty() && eos_ids_.empty())
    notes_.push_back("eos_token '" + eos_token_ + "' is not in the vocabulary");

  if (generation.is_object()) {
    const size_t limit = vocab_size();
    auto add_eos = [&](const Json& id) {
      if (id.is_number_integer() && id.get<long long>() >= 0 &&
          static_cast<size_t>(id.get<long long>()) < limit) {
        const auto value = static_cast<int32_t>(id.get<long long>());
        if (std::find(eos_ids_.begin(), eos_ids_.end(), value) == eos_ids_.end())
          eos_ids_.push_back(value);
      }
    };
    if (generation.contains("eos_token_id")) {
      const Json& eos = generation.at("eos_token_id");
      if (eos.is_array()) {
        for (const Json& id : eos) add_eos(id);
      } else {
        add_eos(eos);
      }
    }
    if (!bos_id_ && generation.contains("bos_token_id") &&
        generation.at("bos_token_id").is_number_integer() &&
        generation.at("bos_token_id").get<long long>() >= 0)
      bos_id_ = static_cast<int32_t>(generation.at("bos_token_id").get<long long>());
  }

  if (config.contains("clean_up_tokenization_spaces") &&
      config.at("clean_up_tokenization_spaces").is_boolean())
    clean_up_spaces_ = config.at("clean_up_tokenization_spaces").get<bool>();

  if (config.contains("chat_template")) {
    const Json& tmpl = config.at("chat_template");
    if (tmpl.is_string()) {
      chat_template_ = tmpl.get<std::string>();
    } else if (tmpl.is_array()) {
      for (const Json& entry : tmpl) {
        if (!entry.is_object() || !entry.contains("template") || !entry.at("template").is_string())
          continue;
        const bool is_default = entry.contains("name") && entry.at("name") == "default";
        if (chat_template_.empty() || is_default)
          chat_template_ = entry.at("template").get<std::string>();
        if (is_default) break;
      }
    }
  }

  // tokenizer.json's added_tokens are what encoding uses; a config that names the same ids
  // differently (Llama-3.2 vs Llama-3) is reported, not merged.
  if (config.contains("added_tokens_decoder") && config.at("added_tokens_decoder").is_object()) {
    size_t mismatches = 0;
    std::string example;
    for (const auto& [key, value] : config.at("added_tokens_decoder").items()) {
      const std::string content = config_token(Json{{"t", value}}, "t");
      char* end = nullptr;
      const long id = std::strtol(key.c_str(), &end, 10);
      if (end == key.c_str() || *end != '\0' || id < 0 || id >= (1L << 24)) continue;
      const AddedToken* token = added_->find_by_id(static_cast<int32_t>(id));
      if (token != nullptr && token->content != content) {
        if (mismatches++ == 0)
          example = "id " + key + " is '" + content + "' there but '" + token->content + "' here";
      }
    }
    if (mismatches > 0)
      notes_.push_back("tokenizer_config.json added_tokens_decoder names " +
                       std::to_string(mismatches) + " tokens differently from tokenizer.json (" +
                       example + "); tokenizer.json is used");
  }

  std::optional<bool> add_bos = options.add_bos_token, add_eos = options.add_eos_token;
  if (options.follow_config_add_bos_eos) {
    if (!add_bos && config.contains("add_bos_token") && config.at("add_bos_token").is_boolean())
      add_bos = config.at("add_bos_token").get<bool>();
    if (!add_eos && config.contains("add_eos_token") && config.at("add_eos_token").is_boolean())
      add_eos = config.at("add_eos_token").get<bool>();
  }
  if (add_bos || add_eos) {
    std::vector<int32_t> prefix = post_processor_->prefix(), suffix = post_processor_->suffix();
    if (add_bos) {
      if (*add_bos && !bos_id_) return invalid_argument("add_bos_token: no bos_token configured");
      prefix.clear();
      if (*add_bos) prefix.push_back(*bos_id_);
    }
    if (add_eos) {
      if (*add_eos && eos_ids_.empty())
        return invalid_argument("add_eos_token: no eos_token configured");
      suffix.clear();
      if (*add_eos) suffix.push_back(eos_ids_.front());
    }
    *post_processor_ = PostProcessor::wrap(std::move(prefix), std::move(suffix));
  }
  return Status::Ok();
}

std::vector<int32_t> Tokenizer::encode(std::string_view text, bool add_special_tokens) const {
  std::string repaired;
  if (!utf8_is_valid(text)) {
    repaired = utf8_make_valid(text);
    text = repaired;
  }
  std::vector<int32_t> ids;
  ids.reserve(text.size() / 3 + 4);
  if (add_special_tokens) ids = post_processor_->prefix();
  std::vector<Piece> pieces;
  for (Segment& segment : added_->extract_and_normalize(text, *normalizer_)) {
    if (segment.token_id >= 0) {
      ids.push_back(segment.token_id);
      continue;
    }
    pieces.clear();
    pieces.push_back(Piece{std::move(segment.text), segment.at_origin});
    pre_tokenizer_->pre_tokenize(pieces);
    for (const Piece& piece : pieces) model_->tokenize(piece.text, ids);
  }
  if (add_special_tokens) {
    const auto& suffix = post_processor_->suffix();
    ids.insert(ids.end(), suffix.begin(), suffix.end());
  }
  return ids;
}

std::string Tokenizer::decode(std::span<const int32_t> ids, bool skip_special_tokens) const {
  return decode_impl(ids, skip_special_tokens, clean_up_spaces_);
}

std::string Tokenizer::decode_impl(std::span<const int32_t> ids, bool skip_special_tokens,
                                   bool clean_up) const {
  std::vector<std::string> tokens;
  tokens.reserve(ids.size());
  for (int32_t id : ids) {
    if (const AddedToken* added = added_->find_by_id(id)) {
      if (!(skip_special_tokens && added->special)) tokens.push_back(added->content);
    } else if (const std::string* token = model_->id_to_token(id)) {
      tokens.push_back(*token);
    }
  }
  std::string text = decoder_->decode(std::move(tokens));
  return clean_up ? clean_up_tokenization(text) : text;
}

std::optional<int32_t> Tokenizer::token_to_id(std::string_view token) const {
  if (auto id = added_->find_by_content(token)) return id;
  return model_->token_to_id(token);
}

std::optional<std::string> Tokenizer::id_to_token(int32_t id) const {
  if (const AddedToken* added = added_->find_by_id(id)) return added->content;
  if (const std::string* token = model_->id_to_token(id)) return *token;
  return std::nullopt;
}

size_t Tokenizer::vocab_size() const {
  size_t size = model_->size();
  for (const AddedToken& token : added_->tokens())
    size = std::max(size, static_cast<size_t>(token.id) + 1);
  return size;
}

std::optional<std::string> Tokenizer::token_bytes(int32_t id) const {
  if (const AddedToken* added = added_->find_by_id(id)) {
    if (added->special) return std::nullopt;
    return decoder_->token_bytes(
        added->content);  // decode() runs its content through the chain too
  }
  const std::string* token = model_->id_to_token(id);
  if (token == nullptr) return std::nullopt;
  return decoder_->token_bytes(*token);
}

bool Tokenizer::is_fallback_byte(int32_t id) const {
  if (!decoder_->has_byte_fallback() || added_->find_by_id(id) != nullptr) return false;
  const std::string* token = model_->id_to_token(id);
  return token != nullptr && token->size() == 6 && token->compare(0, 3, "<0x") == 0 &&
         token->back() == '>';
}

bool Tokenizer::is_special(int32_t id) const {
  const AddedToken* token = added_->find_by_id(id);
  return token != nullptr && token->special;
}

std::string clean_up_tokenization(std::string_view text) {
  static constexpr std::pair<std::string_view, std::string_view> kRules[] = {
      {" .", "."},     {" ?", "?"},   {" !", "!"},   {" ,", ","},     {" ' ", "'"},
      {" n't", "n't"}, {" 'm", "'m"}, {" 's", "'s"}, {" 've", "'ve"}, {" 're", "'re"}};
  std::string current(text);
  for (const auto& [from, to] : kRules) {
    if (current.find(from) == std::string::npos) continue;
    std::string next;
    next.reserve(current.size());
    size_t last = 0;
    for (size_t pos = current.find(from); pos != std::string::npos;
         pos = current.find(from, last)) {
      next.append(current, last, pos - last);
      next += to;
      last = pos + from.size();
    }
    next.append(current, last, std::string::npos);
    current.swap(next);
  }
  return current;
}

}  // namespace mlxla::tokenizer
