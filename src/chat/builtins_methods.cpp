// Methods called on values: Python's str methods the templates use (strip with or without
// characters, split, startswith, replace, ...), list.append/pop/extend and dict.get/items/
// keys/values. Without arguments strip() removes JavaScript whitespace, as the reference does.
#include <algorithm>

#include "chat/interpreter.h"
#include "chat/text.h"

namespace mlxla::chat {

namespace {

constexpr const char* kStringMethods[] = {
    "upper",      "lower",    "strip", "lstrip",  "rstrip", "title", "capitalize",
    "startswith", "endswith", "split", "replace", "find",   "count", "join"};
constexpr const char* kArrayMethods[] = {"append", "pop", "extend"};
constexpr const char* kObjectMethods[] = {"get", "items", "keys", "values"};

template <std::size_t N>
bool contains(const char* const (&names)[N], const std::string& name) {
  return std::find_if(std::begin(names), std::end(names),
                      [&](const char* n) { return name == n; }) != std::end(names);
}

// Python's str.replace(old, new, count): an empty `old` inserts between code points. Returns
// the size of the result, and builds it into `out` unless `measure_only`, so the caller can
// refuse an oversized result before any memory is spent. `on_match` runs before each
// replacement (a search and an append), so the caller can charge per-match work and stop.
template <typename OnMatch>
Result<std::uint64_t> python_replace(const std::string& s, const std::string& from,
                                     const std::string& to, std::int64_t count, bool measure_only,
                                     std::string& out, OnMatch&& on_match) {
  std::uint64_t size = 0;
  std::int64_t done = 0;
  std::size_t pos = 0;
  if (from.empty()) {
    const CodePoints cps(s);
    for (std::size_t i = 0; i <= cps.size() && (count < 0 || done < count); ++i) {
      MLXLA_RETURN_IF_ERROR(on_match());
      size += to.size();
      if (!measure_only) out += to;
      ++done;
      if (i < cps.size()) {
        size += cps[i].size();
        if (!measure_only) out += cps[i];
        pos = static_cast<std::size_t>(cps[i].data() + cps[i].size() - s.data());
      }
    }
  } else {
    while (count < 0 || done < count) {
      std::size_t hit = text_find(s, from, pos);
      if (hit == std::string::npos) break;
      MLXLA_RETURN_IF_ERROR(on_match());
      size += hit - pos + to.size();
      if (!measure_only) {
        out.append(s, pos, hit - pos);
        out += to;
      }
      pos = hit + from.size();
      ++done;
    }
  }
  size += s.size() - pos;
  if (!measure_only) out.append(s, pos, std::string::npos);
  return size;
}

std::int64_t code_point_index(const std::string& s, std::size_t byte_pos) {
  return static_cast<std::int64_t>(code_point_count(std::string_view(s).substr(0, byte_pos)));
}

}  // namespace

bool Interpreter::has_method(const Value& receiver, const std::string& name) {
  if (receiver.is_string()) return contains(kStringMethods, name);
  if (receiver.is_array()) return contains(kArrayMethods, name);
  if (receiver.is_object()) return contains(kObjectMethods, name);
  return false;
}

Result<Value> Interpreter::string_method(const Node& node, const std::string& s,
                                         const std::string& name, const Args& args) {
  auto string_arg = [&](std::size_t i, const char* key) -> const std::string* {
    const Value* v = args.get(i, key);
    return v != nullptr && v->is_string() ? &v->as_string() : nullptr;
  };
  // Every method reads the receiver at least once.
  MLXLA_RETURN_IF_ERROR(charge_scan(node, s.size()));
  if (name == "upper") return make_string(node, ascii_upper(s));
  if (name == "lower") return make_string(node, ascii_lower(s));
  if (name == "title") return make_string(node, title_case(s));
  if (name == "capitalize") {
    // The reference upper-cases the first character and leaves the rest alone.
    std::string out = s;
    if (!out.empty() && out[0] >= 'a' && out[0] <= 'z')
      out[0] = static_cast<char>(out[0] - 'a' + 'A');
    return make_string(node, std::move(out));
  }
  if (name == "strip" || name == "lstrip" || name == "rstrip") {
    const Value* chars = args.get(0, "chars");
    if (chars == nullptr || chars->is_none() || chars->is_undefined()) {
      if (name == "strip") return make_string(node, js_trim(s));
      return make_string(node, name == "lstrip" ? js_trim_start(s) : js_trim_end(s));
    }
    if (!chars->is_string()) return fail(node, name + "() argument must be a string or none");
    MLXLA_RETURN_IF_ERROR(charge_strip_chars(node, s, chars->as_string()));
    return make_string(node,
                       strip_chars(s, chars->as_string(), name != "rstrip", name != "lstrip"));
  }
  if (name == "startswith" || name == "endswith") {
    const Value* pattern = args.get(0, "prefix");
    if (pattern == nullptr) return fail(node, name + "() needs an argument");
    auto matches = [&](const std::string& p) {
      if (p.size() > s.size()) return false;
      return name == "startswith" ? s.compare(0, p.size(), p) == 0
                                  : s.compare(s.size() - p.size(), p.size(), p) == 0;
    };
    if (pattern->is_string()) return Value::boolean(matches(pattern->as_string()));
    if (pattern->is_array()) {
      MLXLA_RETURN_IF_ERROR(charge(node, pattern->as_array().size()));
      for (const Value& p : pattern->as_array()) {
        if (!p.is_string()) return fail(node, name + "() tuple elements must be strings");
        if (matches(p.as_string())) return Value::boolean(true);
      }
      return Value::boolean(false);
    }
    return fail(node, name + "() argument must be a string or a tuple of strings");
  }
  if (name == "split") {
    const Value* sep = args.get(0, "sep");
    const Value* maxsplit_v = args.get(1, "maxsplit");
    std::int64_t maxsplit = -1;
    if (maxsplit_v != nullptr) {
      if (!maxsplit_v->is_int()) return fail(node, "split() maxsplit must be an integer");
      maxsplit = maxsplit_v->as_int();
    }
    Array parts;
    if (sep == nullptr || sep->is_none()) {
      // Runs of whitespace separate; no empty strings at the ends.
      // Each part is checked against the item limit before it is added.
      std::string text = js_trim_start(s);
      std::size_t pos = 0;
      while (pos < text.size()) {
        std::size_t end = pos;
        while (end < text.size() && js_space_at(text, end) == 0) ++end;
        MLXLA_RETURN_IF_ERROR(check_items(node, parts.size() + 1));
        MLXLA_RETURN_IF_ERROR(charge(node, kStepsPerStoredString));
        if (maxsplit != -1 && static_cast<std::int64_t>(parts.size()) >= maxsplit) {
          MLXLA_RETURN_IF_ERROR(charge_bytes(node, text.size() - pos + sizeof(Value)));
          parts.push_back(Value::string(text.substr(pos)));
          break;
        }
        MLXLA_RETURN_IF_ERROR(charge_bytes(node, end - pos + sizeof(Value)));
        parts.push_back(Value::string(text.substr(pos, end - pos)));
        pos = end;
        while (std::size_t n = js_space_at(text, pos)) pos += n;
      }
    } else {
      if (!sep->is_string()) return fail(node, "split() separator must be a string or none");
      const std::string& d = sep->as_string();
      if (d.empty()) return fail(node, "split(): empty separator");
      std::size_t pos = 0;
      while (true) {
        MLXLA_RETURN_IF_ERROR(check_items(node, parts.size() + 1));
        MLXLA_RETURN_IF_ERROR(charge(node, kStepsPerStoredString));  // a search, a string stored
        std::size_t hit = text_find(s, d, pos);
        if (hit == std::string::npos ||
            (maxsplit != -1 && static_cast<std::int64_t>(parts.size()) >= maxsplit)) {
          MLXLA_RETURN_IF_ERROR(charge_bytes(node, s.size() - pos + sizeof(Value)));
          parts.push_back(Value::string(s.substr(pos)));
          break;
        }
        MLXLA_RETURN_IF_ERROR(charge_bytes(node, hit - pos + sizeof(Value)));
        parts.push_back(Value::string(s.substr(pos, hit - pos)));
        pos = hit + d.size();
      }
    }
    return Value::array(std::move(parts));
  }
  if (name == "replace") {
    const std::string* from = string_arg(0, "old");
    const std::string* to = string_arg(1, "new");
    if (from == nullptr || to == nullptr) return fail(node, "replace() needs two string arguments");
    const Value* count = args.get(2, "count");
    std::int64_t n = -1;
    if (count != nullptr && !count->is_none()) {
      if (!count->is_int()) return fail(node, "replace() count must be an integer");
      n = count->as_int();
    }
    std::string out;
    // A step per replacement in each pass: one search and one append each.
    auto per_match = [&] { return step(node); };
    MLXLA_RETURN_IF_ERROR(
        charge_transient(node, from->empty() ? 4 * s.size() : 0));  // the code-point table
    MLXLA_ASSIGN_OR_RETURN(const std::uint64_t size,
                           python_replace(s, *from, *to, n, /*measure_only=*/true, out, per_match));
    MLXLA_RETURN_IF_ERROR(check_string_size(node, size));
    out.reserve(static_cast<std::size_t>(size));
    MLXLA_RETURN_IF_ERROR(python_replace(s, *from, *to, n, /*measure_only=*/false, out, per_match));
    return make_string(node, std::move(out));
  }
  if (name == "find" || name == "count") {
    const std::string* sub = string_arg(0, "sub");
    if (sub == nullptr) return fail(node, name + "() needs a string argument");
    if (name == "find") {
      std::size_t hit = text_find(s, *sub);
      return Value::integer(hit == std::string::npos ? -1 : code_point_index(s, hit));
    }
    if (sub->empty()) return Value::integer(static_cast<std::int64_t>(code_point_count(s)) + 1);
    // A step per match: each is one more search.
    std::int64_t n = 0;
    for (std::size_t pos = text_find(s, *sub); pos != std::string::npos;
         pos = text_find(s, *sub, pos + sub->size())) {
      MLXLA_RETURN_IF_ERROR(step(node));
      ++n;
    }
    return Value::integer(n);
  }
  if (name == "join") {
    const Value* items = args.get(0, "iterable");
    if (items == nullptr || !items->is_array()) return fail(node, "join() needs an array");
    std::string out;
    for (std::size_t i = 0; i < items->as_array().size(); ++i) {
      const Value& item = items->as_array()[i];
      if (!item.is_string())
        return fail(node, std::string("join() items must be strings, got ") + item.type_name());
      MLXLA_RETURN_IF_ERROR(
          check_string_size(node, out.size() + (i > 0 ? s.size() : 0) + item.as_string().size()));
      MLXLA_RETURN_IF_ERROR(charge_scan(node, item.as_string().size() + s.size()));
      if (i > 0) out += s;
      out += item.as_string();
    }
    return make_string(node, std::move(out));
  }
  return unsupported_at(node, "unknown string method " + name);
}

Result<Value> Interpreter::call_method(const Node& node, const Value& receiver,
                                       const std::string& name, const Args& args) {
  if (receiver.is_string()) return string_method(node, receiver.as_string(), name, args);
  if (receiver.is_array()) {
    Array& items = receiver.as_array();
    if (name == "append") {
      if (args.positional.size() != 1) return fail(node, "append() takes one argument");
      MLXLA_RETURN_IF_ERROR(check_no_cycle(node, args.positional[0], receiver.array_ptr().get()));
      MLXLA_RETURN_IF_ERROR(check_items(node, items.size() + 1));
      MLXLA_RETURN_IF_ERROR(charge_bytes(node, sizeof(Value)));
      items.push_back(args.positional[0]);
      return Value::none();
    }
    if (name == "extend") {
      const Value* more = args.get(0, "iterable");
      if (more == nullptr || !more->is_array()) return fail(node, "extend() needs an array");
      if (more->array_ptr() != receiver.array_ptr()) {
        MLXLA_RETURN_IF_ERROR(check_no_cycle(node, *more, receiver.array_ptr().get()));
      }
      MLXLA_RETURN_IF_ERROR(charge_items(node, items.size() + more->as_array().size()));
      Array copy = more->as_array();
      items.insert(items.end(), copy.begin(), copy.end());
      return Value::none();
    }
    if (name == "pop") {
      if (items.empty()) return fail(node, "pop() from an empty array");
      auto size = static_cast<std::int64_t>(items.size());
      std::int64_t i = size - 1;
      if (const Value* index = args.get(0, "index")) {
        if (!index->is_int()) return fail(node, "pop() index must be an integer");
        i = index->as_int() < 0 ? index->as_int() + size : index->as_int();
        if (i < 0 || i >= size) return fail(node, "pop() index out of range");
      }
      MLXLA_RETURN_IF_ERROR(charge(node, items.size() - static_cast<std::size_t>(i)));
      Value out = items[static_cast<std::size_t>(i)];
      items.erase(items.begin() + i);
      return out;
    }
  }
  if (receiver.is_object()) {
    const Object& fields = receiver.as_object();
    if (name == "get") {
      const Value* key = args.get(0, "key");
      if (key == nullptr || !key->is_string()) return fail(node, "get() key must be a string");
      if (const Value* v = fields.find(key->as_string())) return *v;
      const Value* fallback = args.get(1, "default");
      return fallback != nullptr ? *fallback : Value::none();
    }
    MLXLA_RETURN_IF_ERROR(charge_items(node, fields.size() * (name == "items" ? 3 : 1)));
    Array out;
    for (const auto& [key, value] : fields.entries()) {
      if (name == "items") out.push_back(Value::array({Value::string(key), value}));
      if (name == "keys") out.push_back(Value::string(key));
      if (name == "values") out.push_back(value);
    }
    if (name == "items" || name == "keys" || name == "values") return Value::array(std::move(out));
  }
  return unsupported_at(node,
                        std::string("unknown method ") + name + " on " + receiver.type_name());
}

}  // namespace mlxla::chat
