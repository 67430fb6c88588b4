// The pushdown recognizer: one function per construct, each consuming one byte of the top
// frame. Numbers and literals end lazily (the byte after them closes them), so "1" and "12"
// share a prefix; every other construct ends on its own closing byte.
#include "grammar/recognizer.h"

#include <algorithm>
#include <cstring>
#include <limits>

namespace mlxla::grammar {
namespace {

enum Phase : uint8_t {
  kDocStart,
  kDocDone,
  kObjOpen,   // after '{'
  kObjKey,    // inside a key
  kObjColon,  // after a key
  kObjValue,  // after ':'
  kObjNext,   // after a value
  kObjComma,  // after ','
  kArrOpen,
  kArrNext,
  kArrComma,
  kStr,
  kNumSign,
  kNumZero,
  kNumInt,
  kNumDot,
  kNumFrac,
  kNumExp,
  kNumExpSign,
  kNumExpDigits,
  kLit,
};

constexpr uint32_t kDocument = UINT32_MAX;
constexpr uint32_t kNone = UINT32_MAX;  // no key candidate / an undeclared property
constexpr uint32_t kUnbounded = std::numeric_limits<uint32_t>::max();
/// Nested anyOf (through $ref) followed at one value start; deeper chains have no first byte.
constexpr int kMaxAnyOfNesting = 16;

bool is_whitespace(uint8_t b) {
  return b == ' ' || b == '\n' || b == '\t' || b == '\r';
}
bool is_digit(uint8_t b) {
  return b >= '0' && b <= '9';
}
bool is_hex(uint8_t b) {
  return is_digit(b) || (b >= 'a' && b <= 'f') || (b >= 'A' && b <= 'F');
}

uint64_t all_properties(const Node& n) {
  return n.properties.size() >= 64 ? ~uint64_t{0} : (uint64_t{1} << n.properties.size()) - 1;
}

// String body sub-states (Frame::sub): 0 at a character boundary, 1 after '\', 2..5 the hex
// digits of \uXXXX (6: second digit after a 'D', which must not start a surrogate), and
// 0x20 | remaining << 3 | range for UTF-8 continuation bytes still expected.
using StringStep::kCharacter;
using StringStep::kPartial;
using StringStep::kReject;
constexpr uint8_t kUtf8 = 0x20;  // above the \\u states: remaining in bits 3-4, range in bits 0-2
constexpr uint8_t kRangeAny = 0, kRangeA0 = 1, kRange9F = 2, kRange90 = 3, kRange8F = 4;

}  // namespace

StringStep string_byte(uint8_t& sub, uint8_t b) {
  if (sub == 0) {
    if (b == '\\') {
      sub = 1;
      return kPartial;
    }
    if (b < 0x20 || b == '"') return kReject;
    if (b < 0x80) return kCharacter;
    uint8_t remaining = 0, range = kRangeAny;
    if (b >= 0xC2 && b <= 0xDF) {
      remaining = 1;
    } else if (b >= 0xE0 && b <= 0xEF) {
      remaining = 2;
      range = b == 0xE0   ? kRangeA0
              : b == 0xED ? kRange9F
                          : kRangeAny;  // no overlongs, no surrogates
    } else if (b >= 0xF0 && b <= 0xF4) {
      remaining = 3;
      range = b == 0xF0 ? kRange90 : b == 0xF4 ? kRange8F : kRangeAny;  // no overlongs, <= U+10FFFF
    } else {
      return kReject;
    }
    sub = static_cast<uint8_t>(kUtf8 | remaining << 3 | range);
    return kPartial;
  }
  if (sub == 1) {
    if (b == 'u') {
      sub = 2;
      return kPartial;
    }
    if (std::strchr("\"\\/bfnrt", b) == nullptr || b == 0) return kReject;
    sub = 0;
    return kCharacter;
  }
  if (sub >= 2 && sub <= 6) {
    if (sub ==
        6) {  // \uD? : 0-7 only (D800-DFFF are surrogates, which strict parsers refuse alone)
      if (b < '0' || b > '7') return kReject;
      sub = 4;
      return kPartial;
    }
    if (!is_hex(b)) return kReject;
    if (sub == 2 && (b == 'd' || b == 'D')) {
      sub = 6;
      return kPartial;
    }
    sub = sub == 5 ? 0 : static_cast<uint8_t>(sub + 1);
    return sub == 0 ? kCharacter : kPartial;
  }
  const uint8_t remaining = (sub >> 3) & 3, range = sub & 7;
  static constexpr uint8_t kLow[] = {0x80, 0xA0, 0x80, 0x90, 0x80};
  static constexpr uint8_t kHigh[] = {0xBF, 0xBF, 0x9F, 0xBF, 0x8F};
  if (b < kLow[range] || b > kHigh[range]) return kReject;
  if (remaining == 1) {
    sub = 0;
    return kCharacter;
  }
  sub = static_cast<uint8_t>(kUtf8 | (remaining - 1) << 3);
  return kPartial;
}

bool ParseState::operator==(const ParseState& other) const {
  if (size != other.size) return false;
  for (size_t i = 0; i < size; ++i)
    if (stacks[i] != other.stacks[i]) return false;
  return true;
}

void ParseState::append_key(std::string& key) const {
  for (size_t i = 0; i < size; ++i) {
    const size_t frames = stacks[i].size();
    key.append(reinterpret_cast<const char*>(&frames), sizeof(frames));
    key.append(reinterpret_cast<const char*>(stacks[i].data()), frames * sizeof(Frame));
  }
}

/// Where successor stacks go: the output pool, without duplicates.
struct Recognizer::Out {
  ParseState& state;
  void emit(const Stack& s) {
    for (size_t i = 0; i < state.size; ++i)
      if (state.stacks[i] == s) return;
    if (state.size == state.stacks.size()) state.stacks.emplace_back();
    state.stacks[state.size++] = s;
  }
};

ParseState Recognizer::initial() const {
  ParseState state;
  Frame document;
  document.node = kDocument;
  document.phase = kDocStart;
  state.stacks.push_back(Stack{document});
  state.size = 1;
  return state;
}

void Recognizer::advance(const ParseState& in, uint8_t byte, ParseState& out) const {
  out.clear();
  Out sink{out};
  thread_local Stack scratch;
  for (size_t i = 0; i < in.size; ++i) {
    scratch = in.stacks[i];
    if (!is_whitespace(byte)) scratch[0].pos = 0;  // the whitespace run ends
    feed(scratch, byte, sink);
  }
}

bool Recognizer::advance_bytes(ParseState& state, std::string_view bytes) const {
  ParseState next;
  for (const char c : bytes) {
    advance(state, static_cast<uint8_t>(c), next);
    if (next.empty()) return false;
    std::swap(state, next);
  }
  return true;
}

bool Recognizer::completable(const Frame& f) const {
  if (f.phase == kLit) return grammar_->node(f.node).literals[f.index].size() == f.pos;
  if (f.phase != kNumZero && f.phase != kNumInt && f.phase != kNumFrac && f.phase != kNumExpDigits)
    return false;
  const Node& n = grammar_->node(f.node);
  if (!n.integer) return true;
  // Accepted digits keep the magnitude within 2^62 (number_feasible), so it fits an int64.
  const auto magnitude = static_cast<int64_t>(f.value);
  const int64_t v = (f.sub & 1) ? -magnitude : magnitude;
  return v >= n.minimum && v <= n.maximum;
}

bool Recognizer::accepting(const ParseState& state) const {
  for (size_t i = 0; i < state.size; ++i) {
    const Stack& s = state.stacks[i];
    size_t top = s.size() - 1;
    while (top > 0 && completable(s[top])) --top;
    if (top == 0 && s[0].phase == kDocDone) return true;
  }
  return false;
}

std::optional<StringBody> Recognizer::string_body(const ParseState& state) const {
  if (state.size != 1) return std::nullopt;
  const Frame& f = state.stacks[0].back();
  if (f.sub != 0) return std::nullopt;
  if (f.phase == kObjKey) {
    const Node& n = grammar_->node(f.node);
    if (!n.properties.empty()) return std::nullopt;
    return StringBody{kUnbounded, true};
  }
  if (f.phase != kStr) return std::nullopt;
  const Node& n = grammar_->node(f.node);
  return StringBody{
      n.max_length == kUnbounded ? kUnbounded : n.max_length - std::min(f.index, n.max_length),
      f.index >= n.min_length};
}

void Recognizer::count_characters(ParseState& state, uint32_t chars) const {
  Frame& f = state.stacks[0].back();
  if (f.phase != kStr) return;
  const Node& n = grammar_->node(f.node);
  if (n.max_length != kUnbounded) {
    f.index += chars;
  } else {
    f.index = std::min(n.min_length, f.index + chars);
  }
}

void Recognizer::whitespace(Stack& s, Out& out) const {
  // At a whitespace position every frame above the document frame is an open container.
  const size_t limit = kWhitespaceBase + kWhitespacePerLevel * (s.size() - 1);
  if (s[0].pos >= limit) return;
  ++s[0].pos;
  out.emit(s);
}

void Recognizer::feed(Stack& s, uint8_t b, Out& out) const {
  Frame& top = s.back();
  switch (top.phase) {
    case kDocStart:
      if (is_whitespace(b)) return whitespace(s, out);
      top.phase = kDocDone;
      return start_value(s, grammar_->root(), b, out);
    case kDocDone:
      if (is_whitespace(b)) whitespace(s, out);
      return;
    case kObjOpen:
    case kObjKey:
    case kObjColon:
    case kObjValue:
    case kObjNext:
    case kObjComma:
      return feed_object(s, b, out);
    case kArrOpen:
    case kArrNext:
    case kArrComma:
      return feed_array(s, b, out);
    case kStr:
      return feed_string(s, b, out);
    case kLit:
      return feed_literal(s, b, out);
    default:
      return feed_number(s, b, out);
  }
}

bool Recognizer::can_start(uint32_t index, uint8_t b, int depth) const {
  const Node& n = grammar_->node(index);
  switch (n.kind) {
    case NodeKind::kAnyOf:
      if (depth >= kMaxAnyOfNesting) return false;
      return std::any_of(n.children.begin(), n.children.end(),
                         [&](uint32_t child) { return can_start(child, b, depth + 1); });
    case NodeKind::kObject:
      return b == '{';
    case NodeKind::kArray:
      return b == '[';
    case NodeKind::kString:
      return b == '"';
    case NodeKind::kNumber:
      return b == '-' || is_digit(b);
    case NodeKind::kLiteral:
      return std::any_of(n.literals.begin(), n.literals.end(), [&](const std::string& text) {
        return static_cast<uint8_t>(text[0]) == b;
      });
  }
  return false;
}

void Recognizer::start_value(Stack& s, uint32_t index, uint8_t b, Out& out) const {
  if (s.size() >= static_cast<size_t>(kMaxDepth)) return;
  const Node& n = grammar_->node(index);
  Frame f;
  f.node = index;
  switch (n.kind) {
    case NodeKind::kAnyOf: {
      // Follow only the alternatives this byte can start; copy the stack for all but the last.
      uint32_t matching[64];
      size_t count = 0;
      for (uint32_t child : n.children)
        if (count < 64 && can_start(child, b, 1)) matching[count++] = child;
      for (size_t i = 0; i + 1 < count; ++i) {
        Stack copy = s;
        start_value(copy, matching[i], b, out);
      }
      if (count > 0) start_value(s, matching[count - 1], b, out);
      return;
    }
    case NodeKind::kObject:
      if (b != '{') return;
      f.phase = kObjOpen;
      break;
    case NodeKind::kArray:
      if (b != '[') return;
      f.phase = kArrOpen;
      break;
    case NodeKind::kString:
      if (b != '"') return;
      f.phase = kStr;
      break;
    case NodeKind::kNumber:
      if (b == '-') {
        if (n.integer && n.minimum > -1) return;
        f.phase = kNumSign;
        f.sub = 1;
      } else if (b == '0') {
        if (n.integer && (n.minimum > 0 || n.maximum < 0)) return;
        f.phase = kNumZero;
        f.pos = 1;
      } else if (is_digit(b)) {
        if (n.integer && !number_feasible(n, false, b - '0', 1)) return;
        f.phase = kNumInt;
        f.value = b - '0';
        f.pos = 1;
      } else {
        return;
      }
      break;
    case NodeKind::kLiteral: {
      auto found = std::find_if(n.literals.begin(), n.literals.end(), [&](const std::string& text) {
        return static_cast<uint8_t>(text[0]) == b;
      });
      if (found == n.literals.end()) return;
      f.phase = kLit;
      f.index = static_cast<uint32_t>(found - n.literals.begin());
      f.pos = 1;
      break;
    }
  }
  s.push_back(f);
  out.emit(s);
}

void Recognizer::feed_object(Stack& s, uint8_t b, Out& out) const {
  Frame& f = s.back();
  const Node& n = grammar_->node(f.node);
  const bool can_add = n.additional >= 0 || (~f.value & all_properties(n)) != 0;
  const auto start_key = [&] {
    f.phase = kObjKey;
    f.index = n.properties.empty() ? kNone : 0;
    f.pos = 0;
    f.sub = 0;
    out.emit(s);
  };
  switch (f.phase) {
    case kObjOpen:
    case kObjComma:
      if (is_whitespace(b)) return whitespace(s, out);
      if (b == '"' && can_add) return start_key();
      if (b == '}' && f.phase == kObjOpen && n.required_mask == 0) {
        s.pop_back();
        out.emit(s);
      }
      return;
    case kObjKey:
      return feed_key(s, b, out);
    case kObjColon:
      if (is_whitespace(b)) return whitespace(s, out);
      if (b == ':') {
        f.phase = kObjValue;
        out.emit(s);
      }
      return;
    case kObjValue: {
      if (is_whitespace(b)) return whitespace(s, out);
      const int64_t child = f.index == kNone ? n.additional : n.properties[f.index].value;
      f.phase = kObjNext;
      return start_value(s, static_cast<uint32_t>(child), b, out);
    }
    case kObjNext:
      if (is_whitespace(b)) return whitespace(s, out);
      if (b == ',' && can_add) {
        f.phase = kObjComma;
        out.emit(s);
      } else if (b == '}' && (n.required_mask & ~f.value) == 0) {
        s.pop_back();
        out.emit(s);
      }
      return;
    default:
      return;
  }
}

void Recognizer::feed_key(Stack& s, uint8_t b, Out& out) const {
  Frame& f = s.back();
  const Node& n = grammar_->node(f.node);
  const bool free_keys = n.additional >= 0;
  const bool exact = f.index != kNone && n.properties[f.index].encoded_name.size() == f.pos;
  // A quote closes the key when it completes a name (or any key is allowed). Otherwise, for
  // declared names, it can only be the escaped quote of a longer name: matched below.
  if (b == '"' && f.sub == 0 && (exact || free_keys)) {
    if (exact) {
      const uint64_t bit = uint64_t{1} << f.index;
      if (f.value & bit) return;  // a property appears once
      f.value |= bit;
    } else {
      f.index = kNone;
    }
    f.phase = kObjColon;
    out.emit(s);
    return;
  }
  if (free_keys) {
    // Declared names are matched as their exact bytes, so escapes would let a key spell one
    // without being recognised: with declared properties, keys are written unescaped.
    if (b == '\\' && !n.properties.empty()) return;
    if (string_byte(f.sub, b) == kReject) return;
  }
  if (f.index != kNone) {
    // Candidates sharing the bytes so far are contiguous (names are sorted): find the first
    // that continues with `b` (and, for declared-only keys, still has an unused name).
    const std::string& current = n.properties[f.index].encoded_name;
    uint32_t found = kNone;
    for (uint32_t i = f.index; i < n.properties.size(); ++i) {
      const std::string& name = n.properties[i].encoded_name;
      if (name.compare(0, f.pos, current, 0, f.pos) != 0) break;
      if (name.size() <= f.pos || static_cast<uint8_t>(name[f.pos]) != b) continue;
      if (found == kNone) found = i;
      if (free_keys || !(f.value & (uint64_t{1} << i))) {
        if (free_keys) break;
        f.index = found;
        ++f.pos;
        out.emit(s);
        return;
      }
    }
    if (!free_keys) return;
    f.index = found;
    if (found != kNone) ++f.pos;
  } else if (!free_keys) {
    return;
  }
  out.emit(s);
}

void Recognizer::feed_array(Stack& s, uint8_t b, Out& out) const {
  Frame& f = s.back();
  const Node& n = grammar_->node(f.node);
  if (is_whitespace(b)) return whitespace(s, out);
  switch (f.phase) {
    case kArrOpen:
      if (b == ']') {
        if (n.min_items == 0) {
          s.pop_back();
          out.emit(s);
        }
        return;
      }
      if (n.max_items == 0) return;
      f.index = 1;
      f.phase = kArrNext;
      return start_value(s, n.items, b, out);
    case kArrNext:
      if (b == ',' && f.index < n.max_items) {
        f.phase = kArrComma;
        out.emit(s);
      } else if (b == ']' && f.index >= n.min_items) {
        s.pop_back();
        out.emit(s);
      }
      return;
    case kArrComma:
      ++f.index;
      f.phase = kArrNext;
      return start_value(s, n.items, b, out);
    default:
      return;
  }
}

void Recognizer::feed_string(Stack& s, uint8_t b, Out& out) const {
  Frame& f = s.back();
  const Node& n = grammar_->node(f.node);
  if (f.sub == 0) {
    if (b == '"') {
      if (f.index >= n.min_length) {
        s.pop_back();
        out.emit(s);
      }
      return;
    }
    if (f.index >= n.max_length) return;
  }
  const StringStep step = string_byte(f.sub, b);
  if (step == kReject) return;
  // Characters are counted only while a bound still needs them, so that an unbounded string
  // body is one parse state however long it gets (one cached mask).
  if (step == kCharacter && (n.max_length != kUnbounded || f.index < n.min_length)) ++f.index;
  out.emit(s);
}

bool Recognizer::number_feasible(const Node& n, bool negative, uint64_t magnitude,
                                 int digits) const {
  // Bounds are within +-2^62 (or the int64 extremes, with at most 15 digits): a larger
  // magnitude is out of range and so is every extension of it. Below it, nothing overflows:
  // low <= 2^62 and width <= low, so high < 2^63.
  constexpr int64_t kLimit = int64_t{1} << 62;
  if (magnitude > static_cast<uint64_t>(kLimit)) return false;
  const auto m = static_cast<int64_t>(magnitude);
  const int64_t v = negative ? -m : m;
  if (v >= n.minimum && v <= n.maximum) return true;
  if (m == 0) return false;  // a leading zero takes no more digits
  int64_t low = m, width = 1;
  for (int k = 1; digits + k <= 19; ++k) {
    if (low > kLimit / 10) break;  // the next extension is beyond every bound
    low *= 10;
    width *= 10;
    const int64_t high = low + width - 1;
    if (!negative) {
      if (low > n.maximum) break;
      if (high >= n.minimum) return true;
    } else {
      if (-low < n.minimum) break;
      if (-high <= n.maximum) return true;
    }
  }
  return false;
}

void Recognizer::feed_number(Stack& s, uint8_t b, Out& out) const {
  Frame& f = s.back();
  const Node& n = grammar_->node(f.node);
  const bool negative = f.sub & 1;
  const bool digit = is_digit(b);
  const bool bounded = n.integer && (n.minimum != std::numeric_limits<int64_t>::min() ||
                                     n.maximum != std::numeric_limits<int64_t>::max());
  const int max_integer_digits = bounded ? 19 : kMaxIntegerDigits;
  switch (f.phase) {
    case kNumSign:
      if (b == '0' && !n.integer) {
        f.phase = kNumZero;
        f.pos = 1;
      } else if (digit && b != '0' && (!n.integer || number_feasible(n, true, b - '0', 1))) {
        f.phase = kNumInt;
        f.value = b - '0';
        f.pos = 1;
      } else {
        return;
      }
      return out.emit(s);
    case kNumInt:
      if (digit) {
        if (f.pos >= max_integer_digits) break;
        const uint64_t next = f.value * 10 + (b - '0');
        if (n.integer && !number_feasible(n, negative, next, f.pos + 1)) break;
        f.value = next;
        ++f.pos;
        return out.emit(s);
      }
      [[fallthrough]];
    case kNumZero:
      if (n.integer) break;
      if (b == '.') {
        f.phase = kNumDot;
        f.pos = 0;
        return out.emit(s);
      }
      if (b == 'e' || b == 'E') {
        f.phase = kNumExp;
        f.pos = 0;
        return out.emit(s);
      }
      break;
    case kNumDot:
      if (!digit) return;
      f.phase = kNumFrac;
      f.pos = 1;
      return out.emit(s);
    case kNumFrac:
      if (digit && f.pos < kMaxFractionDigits) {
        ++f.pos;
        return out.emit(s);
      }
      if (b == 'e' || b == 'E') {
        f.phase = kNumExp;
        f.pos = 0;
        return out.emit(s);
      }
      break;
    case kNumExp:
      if (b == '+' || b == '-') {
        f.phase = kNumExpSign;
        return out.emit(s);
      }
      [[fallthrough]];
    case kNumExpSign:
      if (!digit) return;
      f.phase = kNumExpDigits;
      f.pos = 1;
      return out.emit(s);
    case kNumExpDigits:
      if (digit && f.pos < kMaxExponentDigits) {
        ++f.pos;
        return out.emit(s);
      }
      break;
    default:
      return;
  }
  // The byte does not continue the number: it ends it, if it can end here.
  if (digit || !completable(f)) return;
  s.pop_back();
  feed(s, b, out);
}

void Recognizer::feed_literal(Stack& s, uint8_t b, Out& out) const {
  Frame& f = s.back();
  const std::vector<std::string>& texts = grammar_->node(f.node).literals;
  const std::string& current = texts[f.index];
  for (size_t i = f.index; i < texts.size() && texts[i].compare(0, f.pos, current, 0, f.pos) == 0;
       ++i) {
    if (texts[i].size() > f.pos && static_cast<uint8_t>(texts[i][f.pos]) == b) {
      f.index = static_cast<uint32_t>(i);
      ++f.pos;
      out.emit(s);
      return;
    }
  }
  if (current.size() != f.pos) return;
  s.pop_back();
  feed(s, b, out);
}

}  // namespace mlxla::grammar
