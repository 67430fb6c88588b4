// Pre-tokenizers, following the Hugging Face `tokenizers` semantics of each split behaviour.
#include "tokenizer/pre_tokenizer.h"

#include <algorithm>
#include <utility>

namespace mlxla::tokenizer {
namespace {

// GPT-2's word pattern, used by ByteLevel when use_regex is true.
constexpr const char* kGpt2Pattern =
    R"('s|'t|'re|'ve|'m|'ll|'d| ?\p{L}+| ?\p{N}+| ?[^\s\p{L}\p{N}]+|\s+(?!\S)|\s+)";

}  // namespace

Result<PreTokenizer> PreTokenizer::from_json(const Json& json) {
  PreTokenizer pre;
  if (json.is_null()) return pre;
  MLXLA_RETURN_IF_ERROR(append(json, "pre_tokenizer", pre.steps_));
  return pre;
}

Status PreTokenizer::append(const Json& json, const std::string& where, std::vector<Step>& steps,
                            int depth) {
  MLXLA_ASSIGN_OR_RETURN(std::string type, json_type(json, where));
  if (type == "Sequence") {
    MLXLA_RETURN_IF_ERROR(check_sequence_depth(where, depth));
    if (!json.contains("pretokenizers") || !json.at("pretokenizers").is_array())
      return format_error(where + ".pretokenizers: expected an array");
    size_t index = 0;
    for (const Json& child : json.at("pretokenizers")) {
      MLXLA_RETURN_IF_ERROR(append(child, where + ".pretokenizers[" + std::to_string(index++) + "]",
                                   steps, depth + 1));
    }
    return Status::Ok();
  }
  Step step;
  if (type == "Split") {
    MLXLA_ASSIGN_OR_RETURN(Regex pattern, json_pattern(json, "pattern", where));
    step.pattern.push_back(std::move(pattern));
    MLXLA_ASSIGN_OR_RETURN(std::string behavior, json_string(json, "behavior", where));
    if (behavior == "Removed")
      step.behavior = Behavior::kRemoved;
    else if (behavior == "Isolated")
      step.behavior = Behavior::kIsolated;
    else if (behavior == "MergedWithPrevious")
      step.behavior = Behavior::kMergedWithPrevious;
    else if (behavior == "MergedWithNext")
      step.behavior = Behavior::kMergedWithNext;
    else if (behavior == "Contiguous")
      step.behavior = Behavior::kContiguous;
    else
      return unsupported(where + ".behavior: unknown split behaviour '" + behavior + "'");
    MLXLA_ASSIGN_OR_RETURN(step.invert, json_bool_or(json, "invert", where, false));
  } else if (type == "ByteLevel") {
    step.kind = Kind::kByteLevel;
    MLXLA_ASSIGN_OR_RETURN(step.add_prefix_space,
                           json_bool_or(json, "add_prefix_space", where, true));
    MLXLA_ASSIGN_OR_RETURN(bool use_regex, json_bool_or(json, "use_regex", where, true));
    if (use_regex) {
      MLXLA_ASSIGN_OR_RETURN(Regex pattern, Regex::compile(kGpt2Pattern, where + ".use_regex"));
      step.pattern.push_back(std::move(pattern));
    }
  } else if (type == "Metaspace") {
    step.kind = Kind::kMetaspace;
    MLXLA_ASSIGN_OR_RETURN(step.replacement, json_string_or(json, "replacement", where, "\u2581"));
    if (step.replacement.empty()) return format_error(where + ".replacement: empty");
    MLXLA_ASSIGN_OR_RETURN(step.split, json_bool_or(json, "split", where, true));
    // Older files carry add_prefix_space instead of prepend_scheme.
    MLXLA_ASSIGN_OR_RETURN(bool add_prefix, json_bool_or(json, "add_prefix_space", where, true));
    MLXLA_ASSIGN_OR_RETURN(std::string scheme, json_string_or(json, "prepend_scheme", where,
                                                              add_prefix ? "always" : "never"));
    if (scheme == "always")
      step.prepend = Prepend::kAlways;
    else if (scheme == "first")
      step.prepend = Prepend::kFirst;
    else if (scheme == "never")
      step.prepend = Prepend::kNever;
    else
      return unsupported(where + ".prepend_scheme: unknown scheme '" + scheme + "'");
  } else if (type == "Digits") {
    MLXLA_ASSIGN_OR_RETURN(bool individual, json_bool_or(json, "individual_digits", where, false));
    MLXLA_ASSIGN_OR_RETURN(Regex pattern, Regex::compile("\\p{N}", where));
    step.pattern.push_back(std::move(pattern));
    step.behavior = individual ? Behavior::kIsolated : Behavior::kContiguous;
  } else if (type == "Whitespace") {
    // Keeps \w+ and [^\w\s]+ runs, drops whitespace.
    MLXLA_ASSIGN_OR_RETURN(Regex pattern, Regex::compile("\\w+|[^\\w\\s]+", where));
    step.pattern.push_back(std::move(pattern));
    step.behavior = Behavior::kRemoved;
    step.invert = true;
  } else if (type == "WhitespaceSplit") {
    MLXLA_ASSIGN_OR_RETURN(Regex pattern, Regex::compile("\\s+", where));
    step.pattern.push_back(std::move(pattern));
    step.behavior = Behavior::kRemoved;
  } else {
    return unsupported(where + ".type: pre-tokenizer '" + type + "' is not supported");
  }
  steps.push_back(std::move(step));
  return Status::Ok();
}

void PreTokenizer::pre_tokenize(std::vector<Piece>& pieces) const {
  std::vector<Piece> next;
  for (const Step& step : steps_) {
    switch (step.kind) {
      case Kind::kSplit:
        next.clear();
        for (const Piece& piece : pieces) split(step, piece, next);
        pieces.swap(next);
        break;
      case Kind::kByteLevel:
        byte_level(step, pieces);
        break;
      case Kind::kMetaspace:
        metaspace(step, pieces);
        break;
    }
  }
}

void PreTokenizer::split(const Step& step, const Piece& piece, std::vector<Piece>& out) {
  struct Segment {
    Span span;
    bool is_match;
  };
  const std::string& text = piece.text;
  std::vector<Segment> segments;
  size_t previous = 0;
  for (const Span& match : step.pattern.front().find_all(text)) {
    if (match.begin > previous) segments.push_back({{previous, match.begin}, step.invert});
    segments.push_back({match, !step.invert});
    previous = match.end;
  }
  if (previous < text.size()) segments.push_back({{previous, text.size()}, step.invert});

  std::vector<Span> kept;
  bool previous_match = false;
  switch (step.behavior) {
    case Behavior::kRemoved:
      for (const Segment& s : segments)
        if (!s.is_match) kept.push_back(s.span);
      break;
    case Behavior::kIsolated:
      for (const Segment& s : segments) kept.push_back(s.span);
      break;
    case Behavior::kMergedWithPrevious:
      for (const Segment& s : segments) {
        if (s.is_match && !previous_match && !kept.empty())
          kept.back().end = s.span.end;
        else
          kept.push_back(s.span);
        previous_match = s.is_match;
      }
      break;
    case Behavior::kMergedWithNext:
      for (size_t i = segments.size(); i-- > 0;) {
        const Segment& s = segments[i];
        if (s.is_match && !previous_match && !kept.empty())
          kept.back().begin = s.span.begin;
        else
          kept.push_back(s.span);
        previous_match = s.is_match;
      }
      std::reverse(kept.begin(), kept.end());
      break;
    case Behavior::kContiguous:
      for (const Segment& s : segments) {
        if (s.is_match == previous_match && !kept.empty())
          kept.back().end = s.span.end;
        else
          kept.push_back(s.span);
        previous_match = s.is_match;
      }
      break;
  }
  for (const Span& span : kept) {
    if (span.end == span.begin) continue;
    out.push_back(
        Piece{text.substr(span.begin, span.end - span.begin), piece.at_origin && span.begin == 0});
  }
}

void PreTokenizer::byte_level(const Step& step, std::vector<Piece>& pieces) const {
  std::vector<Piece> next;
  for (Piece& piece : pieces) {
    // A prefix space is added only where it changes the text; offsets stay "at origin".
    if (step.add_prefix_space && (piece.text.empty() || piece.text.front() != ' '))
      piece.text = " " + piece.text;
  }
  if (!step.pattern.empty()) {
    Step split_step;
    split_step.pattern = step.pattern;
    split_step.behavior = Behavior::kIsolated;
    for (const Piece& piece : pieces) split(split_step, piece, next);
    pieces.swap(next);
  }
  for (Piece& piece : pieces) {
    std::string mapped;
    mapped.reserve(piece.text.size() * 2);
    for (unsigned char b : piece.text) mapped += byte_map_.encode_byte(b);
    piece.text.swap(mapped);
  }
}

void PreTokenizer::metaspace(const Step& step, std::vector<Piece>& pieces) {
  std::vector<Piece> next;
  const std::string& rep = step.replacement;
  for (Piece& piece : pieces) {
    std::string text;
    text.reserve(piece.text.size() + rep.size());
    for (char c : piece.text) {
      if (c == ' ')
        text += rep;
      else
        text.push_back(c);
    }
    const bool starts_with_rep = text.compare(0, rep.size(), rep) == 0;
    if (!starts_with_rep && (step.prepend == Prepend::kAlways ||
                             (step.prepend == Prepend::kFirst && piece.at_origin))) {
      text.insert(0, rep);
    }
    if (!step.split) {
      next.push_back(Piece{std::move(text), piece.at_origin});
      continue;
    }
    // Split before every replacement character, which stays with the word that follows.
    size_t start = 0;
    for (size_t pos = text.find(rep, rep.size() > 0 ? 1 : 0); pos != std::string::npos;
         pos = text.find(rep, pos + rep.size())) {
      if (pos > start)
        next.push_back(Piece{text.substr(start, pos - start), piece.at_origin && start == 0});
      start = pos;
    }
    if (start < text.size())
      next.push_back(Piece{text.substr(start), piece.at_origin && start == 0});
  }
  pieces.swap(next);
}

}  // namespace mlxla::tokenizer
