// Decoders: the inverse of normalization/pre-tokenization, step by step as Hugging Face does.
#include "tokenizer/decoder.h"

#include <optional>

namespace mlxla::tokenizer {
namespace {

// "<0xAB>" -> 0xAB.
std::optional<uint8_t> parse_byte_token(const std::string& token) {
  if (token.size() != 6 || token.compare(0, 3, "<0x") != 0 || token[5] != '>') return std::nullopt;
  auto hex = [](char c) -> int {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    return -1;
  };
  const int hi = hex(token[3]), lo = hex(token[4]);
  if (hi < 0 || lo < 0) return std::nullopt;
  return static_cast<uint8_t>(hi * 16 + lo);
}

std::string replace_all(const std::string& text, const std::string& from, const std::string& to) {
  std::string out;
  size_t last = 0;
  for (size_t pos = text.find(from); pos != std::string::npos; pos = text.find(from, last)) {
    out.append(text, last, pos - last);
    out += to;
    last = pos + from.size();
  }
  out.append(text, last, std::string::npos);
  return out;
}

}  // namespace

Result<Decoder> Decoder::from_json(const Json& json) {
  Decoder decoder;
  if (json.is_null()) return decoder;
  MLXLA_RETURN_IF_ERROR(append(json, "decoder", decoder.steps_));
  return decoder;
}

Status Decoder::append(const Json& json, const std::string& where, std::vector<Step>& steps,
                       int depth) {
  MLXLA_ASSIGN_OR_RETURN(std::string type, json_type(json, where));
  if (type == "Sequence") {
    MLXLA_RETURN_IF_ERROR(check_sequence_depth(where, depth));
    if (!json.contains("decoders") || !json.at("decoders").is_array())
      return format_error(where + ".decoders: expected an array");
    size_t index = 0;
    for (const Json& child : json.at("decoders"))
      MLXLA_RETURN_IF_ERROR(
          append(child, where + ".decoders[" + std::to_string(index++) + "]", steps, depth + 1));
    return Status::Ok();
  }
  Step step{Kind::kFuse, {}, {}};
  if (type == "ByteLevel") {
    step.kind = Kind::kByteLevel;
  } else if (type == "ByteFallback") {
    step.kind = Kind::kByteFallback;
  } else if (type == "Fuse") {
    step.kind = Kind::kFuse;
  } else if (type == "Strip") {
    step.kind = Kind::kStrip;
    MLXLA_ASSIGN_OR_RETURN(step.content, json_string(json, "content", where));
    if (step.content.empty() || utf8_valid_length(step.content, 0) != step.content.size())
      return format_error(where + ".content: expected a single character");
    MLXLA_ASSIGN_OR_RETURN(long long start, json_int_or(json, "start", where, 0));
    MLXLA_ASSIGN_OR_RETURN(long long stop, json_int_or(json, "stop", where, 0));
    step.start = static_cast<size_t>(start);
    step.stop = static_cast<size_t>(stop);
  } else if (type == "Replace") {
    step.kind = Kind::kReplace;
    MLXLA_ASSIGN_OR_RETURN(Regex pattern, json_pattern(json, "pattern", where));
    step.pattern.push_back(std::move(pattern));
    MLXLA_ASSIGN_OR_RETURN(step.content, json_string(json, "content", where));
  } else if (type == "Metaspace") {
    step.kind = Kind::kMetaspace;
    MLXLA_ASSIGN_OR_RETURN(step.content, json_string_or(json, "replacement", where, "\u2581"));
    if (step.content.empty()) return format_error(where + ".replacement: empty");
    MLXLA_ASSIGN_OR_RETURN(bool add_prefix, json_bool_or(json, "add_prefix_space", where, true));
    MLXLA_ASSIGN_OR_RETURN(std::string scheme, json_string_or(json, "prepend_scheme", where,
                                                              add_prefix ? "always" : "never"));
    step.strip_first_space = scheme != "never";
  } else {
    return unsupported(where + ".type: decoder '" + type + "' is not supported");
  }
  steps.push_back(std::move(step));
  return Status::Ok();
}

void Decoder::byte_level(std::vector<std::string>& tokens) const {
  // All tokens become one byte string, then one lossy UTF-8 conversion (so a character split
  // across tokens survives). A token with a character outside the byte map keeps its bytes.
  std::string bytes;
  for (const std::string& token : tokens) {
    const size_t mark = bytes.size();
    bool mapped = true;
    for (size_t pos = 0; pos < token.size();) {
      const size_t length = utf8_valid_length(token, pos);
      const int b = length == 0 ? -1 : byte_map_.decode_char(utf8_decode_at(token, pos, length));
      if (b < 0) {
        mapped = false;
        break;
      }
      bytes.push_back(static_cast<char>(b));
      pos += length;
    }
    if (!mapped) {
      bytes.resize(mark);
      bytes += token;
    }
  }
  tokens.assign(1, utf8_make_valid(bytes));
}

std::string Decoder::token_bytes(const std::string& token) const {
  std::string text = token;
  bool fused = false;
  for (const Step& step : steps_) {
    switch (step.kind) {
      case Kind::kByteLevel: {
        std::string bytes;
        for (size_t pos = 0; pos < text.size();) {
          const size_t length = utf8_valid_length(text, pos);
          const int b = length == 0 ? -1 : byte_map_.decode_char(utf8_decode_at(text, pos, length));
          if (b < 0) return text;  // as byte_level(): a token outside the map keeps its bytes
          bytes.push_back(static_cast<char>(b));
          pos += length;
        }
        text = std::move(bytes);
        break;
      }
      case Kind::kByteFallback:
        if (auto byte = parse_byte_token(text)) text.assign(1, static_cast<char>(*byte));
        break;
      case Kind::kFuse:
        fused = true;
        break;
      case Kind::kStrip:
        if (fused) break;  // after Fuse it strips the start and end of the whole text only
        for (size_t i = 0;
             i < step.start && text.compare(0, step.content.size(), step.content) == 0; ++i)
          text.erase(0, step.content.size());
        for (size_t i = 0; i < step.stop && text.size() >= step.content.size() &&
                           text.compare(text.size() - step.content.size(), step.content.size(),
                                        step.content) == 0;
             ++i)
          text.resize(text.size() - step.content.size());
        break;
      case Kind::kReplace:
        text = step.pattern.front().replace_all(text, step.content);
        break;
      case Kind::kMetaspace:
        text = replace_all(text, step.content, " ");
        break;
    }
  }
  return text;
}

bool Decoder::has_byte_fallback() const {
  for (const Step& step : steps_)
    if (step.kind == Kind::kByteFallback) return true;
  return false;
}

std::string Decoder::decode(std::vector<std::string> tokens) const {
  for (const Step& step : steps_) {
    switch (step.kind) {
      case Kind::kByteLevel:
        byte_level(tokens);
        break;
      case Kind::kByteFallback: {
        // Runs of <0xXX> tokens become their UTF-8 text, or one U+FFFD per byte when invalid.
        std::vector<std::string> out;
        std::string pending;
        size_t pending_count = 0;
        auto flush = [&] {
          if (pending_count == 0) return;
          if (utf8_is_valid(pending)) {
            out.push_back(pending);
          } else {
            for (size_t i = 0; i < pending_count; ++i) out.emplace_back("\xEF\xBF\xBD");
          }
          pending.clear();
          pending_count = 0;
        };
        for (std::string& token : tokens) {
          if (auto byte = parse_byte_token(token)) {
            pending.push_back(static_cast<char>(*byte));
            ++pending_count;
          } else {
            flush();
            out.push_back(std::move(token));
          }
        }
        flush();
        tokens.swap(out);
        break;
      }
      case Kind::kFuse: {
        std::string joined;
        for (const std::string& token : tokens) joined += token;
        tokens.assign(1, std::move(joined));
        break;
      }
      case Kind::kStrip:
        for (std::string& token : tokens) {
          const std::string& c = step.content;
          size_t begin = 0, end = token.size();
          for (size_t i = 0; i < step.start && token.compare(begin, c.size(), c) == 0; ++i)
            begin += c.size();
          for (size_t i = 0; i < step.stop && end >= begin + c.size() &&
                             token.compare(end - c.size(), c.size(), c) == 0;
               ++i)
            end -= c.size();
          token = token.substr(begin, end - begin);
        }
        break;
      case Kind::kReplace:
        for (std::string& token : tokens)
          token = step.pattern.front().replace_all(token, step.content);
        break;
      case Kind::kMetaspace:
        for (size_t i = 0; i < tokens.size(); ++i) {
          tokens[i] = replace_all(tokens[i], step.content, " ");
          if (i == 0 && step.strip_first_space && !tokens[i].empty() && tokens[i][0] == ' ')
            tokens[i].erase(0, 1);
        }
        break;
    }
  }
  std::string text;
  for (const std::string& token : tokens) text += token;
  return text;
}

}  // namespace mlxla::tokenizer
