// Filters (`value | name(args)`), following the reference where it defines them (tojson's
// separators, default's boolean flag, int as Math.floor/parseInt, indent's width/first/blank)
// and Jinja2 for the extras it lacks (round, sum, dictsort, select, escape, ...).
#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <unordered_set>

#include "chat/interpreter.h"
#include "chat/text.h"

namespace mlxla::chat {

namespace {

// JavaScript parseInt(s, 10): optional whitespace and sign, then the leading digits.
bool js_parse_int(const std::string& s, std::int64_t& out) {
  std::string t = js_trim_start(s);
  std::size_t i = 0;
  bool negative = false;
  if (i < t.size() && (t[i] == '+' || t[i] == '-')) negative = t[i++] == '-';
  std::size_t digits = i;
  std::int64_t v = 0;
  for (; i < t.size() && t[i] >= '0' && t[i] <= '9'; ++i) {
    if (__builtin_mul_overflow(v, 10, &v) || __builtin_add_overflow(v, t[i] - '0', &v))
      return false;
  }
  if (i == digits) return false;
  out = negative ? -v : v;
  return true;
}

// JavaScript parseFloat: the longest decimal-literal prefix (or Infinity) after whitespace.
bool js_parse_float(const std::string& s, double& out) {
  std::string t = js_trim_start(s);
  std::size_t i = 0;
  if (i < t.size() && (t[i] == '+' || t[i] == '-')) ++i;
  if (t.compare(i, 8, "Infinity") == 0) {
    out = t[0] == '-' ? -HUGE_VAL : HUGE_VAL;
    return true;
  }
  std::size_t mantissa = i;
  while (i < t.size() && t[i] >= '0' && t[i] <= '9') ++i;
  if (i < t.size() && t[i] == '.') {
    ++i;
    while (i < t.size() && t[i] >= '0' && t[i] <= '9') ++i;
  }
  if (i == mantissa || (i == mantissa + 1 && t[mantissa] == '.')) return false;
  if (i < t.size() && (t[i] == 'e' || t[i] == 'E')) {
    std::size_t e = i + 1;
    if (e < t.size() && (t[e] == '+' || t[e] == '-')) ++e;
    if (e < t.size() && t[e] >= '0' && t[e] <= '9') {
      while (e < t.size() && t[e] >= '0' && t[e] <= '9') ++e;
      i = e;
    }
  }
  out = std::strtod(t.substr(0, i).c_str(), nullptr);
  return true;
}

// Bytes html_escape(s) produces, so the size is checked before the string is built.
std::uint64_t html_escaped_size(const std::string& s) {
  std::uint64_t n = 0;
  for (char c : s) {
    switch (c) {
      case '&':
        n += 5;
        break;
      case '<':
      case '>':
        n += 4;
        break;
      case '"':
      case '\'':
        n += 5;
        break;
      default:
        n += 1;
    }
  }
  return n;
}

std::string html_escape(const std::string& s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&#34;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

// Orders two values of the same kind (numbers or strings); false in `ok` otherwise.
bool value_less(const Value& a, const Value& b, bool case_sensitive, bool& ok) {
  if (a.is_number() && b.is_number()) return a.as_double() < b.as_double();
  if (a.is_string() && b.is_string()) {
    if (case_sensitive) return a.as_string() < b.as_string();
    return ascii_lower(a.as_string()) < ascii_lower(b.as_string());
  }
  ok = false;
  return false;
}

}  // namespace

Result<Value> Interpreter::apply_filter(const Node& node, const std::string& name, const Value& v,
                                        const Args& args, const ScopePtr& scope) {
  if (name == "tojson") {
    const Value* indent = args.get(0, "indent");
    int width = 0;
    if (indent != nullptr && !indent->is_none()) {
      if (!indent->is_int() || indent->as_int() < 0 || indent->as_int() > 64) {
        return fail(node, "tojson indent must be an integer from 0 to 64");
      }
      width = static_cast<int>(indent->as_int());
    }
    auto json = to_json_string(v, width, options_.max_output_bytes);
    if (!json.ok()) return fail(node, json.error().message());
    return make_string(node, std::move(json).value());
  }
  if (name == "default" || name == "d") {
    const Value* fallback = args.get(0, "default_value");
    const Value* boolean = args.get(1, "boolean");
    if (boolean != nullptr && !boolean->is_bool())
      return fail(node, "default filter's boolean flag must be a boolean");
    const bool use_truthiness = boolean != nullptr && boolean->as_bool();
    if (v.is_undefined() || (use_truthiness && !v.truthy()))
      return fallback != nullptr ? *fallback : Value::string("");
    return v;
  }
  if (name == "safe") return v;
  bool handled = true;
  if (v.is_array()) {
    auto result = filter_array(node, name, v, args, scope, handled);
    if (handled) return result;
  } else if (v.is_string()) {
    auto result = filter_string(node, name, v, args, handled);
    if (handled) return result;
  } else if (v.is_number()) {
    if (name == "abs") {
      // |INT64_MIN| is not an int64: it becomes the float 2^63, as JavaScript's Math.abs gives.
      if (v.is_int() && v.as_int() != INT64_MIN) return Value::integer(std::llabs(v.as_int()));
      return Value::number(std::fabs(v.as_double()));
    }
    if (name == "int") {
      if (v.is_int()) return v;
      double f = std::floor(v.as_double());  // the reference uses Math.floor
      if (!std::isfinite(f) || std::fabs(f) > 9.2e18) return Value::number(f);
      return Value::integer(static_cast<std::int64_t>(f));
    }
    if (name == "float") return Value::number(v.as_double());
    if (name == "string") return make_string(node, *to_output_string(v, options_.max_output_bytes));
    if (name == "round") {
      const Value* precision = args.get(0, "precision");
      const Value* method = args.get(1, "method");
      std::int64_t digits = precision != nullptr && precision->is_int() ? precision->as_int() : 0;
      if (digits < 0 || digits > 15) return fail(node, "round precision must be 0 to 15");
      std::string how = method != nullptr && method->is_string() ? method->as_string() : "common";
      double scale = std::pow(10.0, static_cast<double>(digits));
      double x = v.as_double() * scale;
      double r = how == "ceil" ? std::ceil(x) : how == "floor" ? std::floor(x) : std::round(x);
      if (how != "common" && how != "ceil" && how != "floor")
        return fail(node, "round method must be common, ceil or floor");
      return Value::number(r / scale);
    }
  } else if (v.is_object()) {
    const auto& entries = v.as_object().entries();
    if (name == "length" || name == "count")
      return Value::integer(static_cast<std::int64_t>(entries.size()));
    if (name == "items" || name == "dictsort" || name == "list") {
      MLXLA_RETURN_IF_ERROR(charge_items(node, entries.size() * (name == "list" ? 1 : 3)));
      Array out;
      for (const auto& [key, value] : entries) {
        out.push_back(name == "list" ? Value::string(key)
                                     : Value::array({Value::string(key), value}));
      }
      if (name == "dictsort") {
        const Value* case_sensitive = args.get(0, "case_sensitive");
        const Value* by = args.get(1, "by");
        const Value* reverse = args.get(2, "reverse");
        const std::size_t field =
            by != nullptr && by->is_string() && by->as_string() == "value" ? 1 : 0;
        bool ok = true;
        const bool cs = case_sensitive != nullptr && case_sensitive->truthy();
        std::stable_sort(out.begin(), out.end(), [&](const Value& a, const Value& b) {
          return value_less(a.as_array()[field], b.as_array()[field], cs, ok);
        });
        if (!ok)
          return fail(node, "dictsort: cannot order values of different or unorderable types");
        if (reverse != nullptr && reverse->truthy()) std::reverse(out.begin(), out.end());
      }
      return Value::array(std::move(out));
    }
    if (name == "string") return make_string(node, *to_output_string(v, options_.max_output_bytes));
  } else if (v.is_bool()) {
    if (name == "bool") return v;
    if (name == "int") return Value::integer(v.as_bool() ? 1 : 0);
    if (name == "float") return Value::number(v.as_bool() ? 1.0 : 0.0);
    if (name == "string") return Value::string(v.as_bool() ? "true" : "false");
  }
  static const char* const kKnown[] = {
      "length", "count",  "upper",   "lower", "title",    "capitalize", "trim",
      "indent", "join",   "string",  "int",   "float",    "replace",    "list",
      "first",  "last",   "reverse", "sort",  "unique",   "selectattr", "rejectattr",
      "map",    "select", "reject",  "sum",   "min",      "max",        "escape",
      "e",      "abs",    "round",   "items", "dictsort", "bool",       "batch"};
  for (const char* known : kKnown) {
    if (name == known)
      return fail(node, "filter " + name + " cannot be applied to a " + v.type_name());
  }
  return unsupported_at(node, "unknown filter '" + name + "'");
}

Result<Value> Interpreter::filter_string(const Node& node, const std::string& name, const Value& v,
                                         const Args& args, bool& handled) {
  const std::string& s = v.as_string();
  // Every string filter reads its operand at least once.
  MLXLA_RETURN_IF_ERROR(charge_scan(node, s.size()));
  if (name == "length" || name == "count")
    return Value::integer(static_cast<std::int64_t>(utf16_length(s)));
  if (name == "upper" || name == "lower" || name == "title" || name == "capitalize" ||
      name == "replace") {
    return string_method(node, s, name, args);
  }
  if (name == "trim") {
    const Value* chars = args.get(0, "chars");
    if (chars != nullptr && chars->is_string()) {
      MLXLA_RETURN_IF_ERROR(charge_strip_chars(node, s, chars->as_string()));
      return make_string(node, strip_chars(s, chars->as_string(), true, true));
    }
    return make_string(node, js_trim(s));
  }
  if (name == "string") return v;
  if (name == "escape" || name == "e") {
    MLXLA_RETURN_IF_ERROR(check_string_size(node, html_escaped_size(s)));
    return make_string(node, html_escape(s));
  }
  if (name == "join") {
    const Value* sep = args.get(0, "d");
    if (sep != nullptr && !sep->is_string()) return fail(node, "join separator must be a string");
    const CodePoints cps(s);
    MLXLA_RETURN_IF_ERROR(charge_transient(node, cps.index_bytes()));
    MLXLA_RETURN_IF_ERROR(charge(node, cps.size() / kCodePointsPerStep));  // appended one by one
    const std::uint64_t sep_bytes = sep != nullptr ? sep->as_string().size() : 0;
    const std::uint64_t gaps = cps.size() > 0 ? cps.size() - 1 : 0;
    MLXLA_RETURN_IF_ERROR(check_string_size(node, s.size() + gaps * sep_bytes));
    std::string out;
    out.reserve(static_cast<std::size_t>(s.size() + gaps * sep_bytes));
    for (std::size_t i = 0; i < cps.size(); ++i) {
      if (i > 0 && sep != nullptr) out += sep->as_string();
      out += cps[i];
    }
    return make_string(node, std::move(out));
  }
  if (name == "indent") {
    const Value* width = args.get(0, "width");
    const Value* first = args.get(1, "first");
    const Value* blank = args.get(2, "blank");
    std::string pad(4, ' ');
    if (width != nullptr && width->is_string()) {
      pad = width->as_string();
    } else if (width != nullptr) {
      if (!width->is_int() || width->as_int() < 0 || width->as_int() > 1024)
        return fail(node, "indent width must be an integer");
      pad.assign(static_cast<std::size_t>(width->as_int()), ' ');
    }
    const bool indent_first = first != nullptr && first->truthy();
    const bool indent_blank = blank != nullptr && blank->truthy();
    std::string out;
    std::size_t line_start = 0;
    for (std::size_t line = 0;; ++line) {
      MLXLA_RETURN_IF_ERROR(step(node));  // per line: a search and up to three appends
      std::size_t end = s.find('\n', line_start);
      std::string_view text(s.data() + line_start,
                            (end == std::string::npos ? s.size() : end) - line_start);
      const bool padded = !((line == 0 && !indent_first) || (text.empty() && !indent_blank));
      MLXLA_RETURN_IF_ERROR(
          check_string_size(node, out.size() + (padded ? pad.size() : 0) + text.size() + 1));
      if (padded) out += pad;
      out += text;
      if (end == std::string::npos) break;
      out += '\n';
      line_start = end + 1;
    }
    return make_string(node, std::move(out));
  }
  if (name == "int") {
    std::int64_t i = 0;
    if (js_parse_int(s, i)) return Value::integer(i);
    const Value* fallback = args.get(0, "default");
    return fallback != nullptr ? *fallback : Value::integer(0);
  }
  if (name == "float") {
    double d = 0;
    if (js_parse_float(s, d)) return Value::number(d);
    const Value* fallback = args.get(0, "default");
    return fallback != nullptr ? *fallback : Value::number(0.0);
  }
  if (name == "list" || name == "first" || name == "last" || name == "reverse") {
    const CodePoints cps(s);
    MLXLA_RETURN_IF_ERROR(charge_transient(node, cps.index_bytes()));
    if (name == "first") return cps.size() == 0 ? Value() : Value::string(std::string(cps[0]));
    if (name == "last")
      return cps.size() == 0 ? Value() : Value::string(std::string(cps[cps.size() - 1]));
    if (name == "reverse") {
      MLXLA_RETURN_IF_ERROR(charge(node, cps.size() / kCodePointsPerStep));  // appended one by one
      std::string out;
      out.reserve(s.size());
      for (std::size_t i = cps.size(); i > 0; --i) out += cps[i - 1];
      return make_string(node, std::move(out));
    }
    MLXLA_RETURN_IF_ERROR(charge_items(node, cps.size()));
    MLXLA_RETURN_IF_ERROR(charge(node, cps.size() * kStepsPerStoredString));
    // Each one-code-point string is a separate allocation: charge it too.
    MLXLA_RETURN_IF_ERROR(
        charge_bytes(node, static_cast<std::uint64_t>(cps.size()) * sizeof(std::string)));
    Array out;
    out.reserve(cps.size());
    for (std::size_t i = 0; i < cps.size(); ++i) out.push_back(Value::string(std::string(cps[i])));
    return Value::array(std::move(out));
  }
  handled = false;
  return Value();
}

Result<Value> Interpreter::filter_array(const Node& node, const std::string& name, const Value& v,
                                        const Args& args, const ScopePtr& scope, bool& handled) {
  const Array& items = v.as_array();
  if (name == "list") return v;
  if (name == "length" || name == "count")
    return Value::integer(static_cast<std::int64_t>(items.size()));
  if (name == "first") return items.empty() ? Value() : items.front();
  if (name == "last") return items.empty() ? Value() : items.back();
  // Every array filter walks its operand at least once.
  MLXLA_RETURN_IF_ERROR(charge(node, items.size()));
  if (name == "reverse") {
    MLXLA_RETURN_IF_ERROR(charge_items(node, items.size()));
    return Value::array(Array(items.rbegin(), items.rend()));
  }
  if (name == "string") return make_string(node, *to_output_string(v, options_.max_output_bytes));
  if (name == "join") {
    const Value* sep = args.get(0, "d");
    if (sep != nullptr && !sep->is_string()) return fail(node, "join separator must be a string");
    const Value* attribute = args.get(1, "attribute");
    std::string out;
    for (std::size_t i = 0; i < items.size(); ++i) {
      if (i > 0 && sep != nullptr) {
        MLXLA_RETURN_IF_ERROR(check_string_size(node, out.size() + sep->as_string().size()));
        out += sep->as_string();
      }
      Value item = items[i];
      if (attribute != nullptr && attribute->is_string() && item.is_object()) {
        const Value* field = item.as_object().find(attribute->as_string());
        item = field != nullptr ? *field : Value();
      }
      // Array.prototype.join writes null and undefined as empty strings.
      auto text = to_concat_string(item, options_.max_output_bytes);
      if (!text.ok()) return fail(node, text.error().message());
      MLXLA_RETURN_IF_ERROR(check_string_size(node, out.size() + text->size()));
      MLXLA_RETURN_IF_ERROR(charge_scan(node, text->size()));
      out += *text;
    }
    return make_string(node, std::move(out));
  }
  if (name == "unique") {
    MLXLA_RETURN_IF_ERROR(charge_items(node, items.size()));
    std::unordered_set<std::string> seen;
    Array out;
    for (const Value& item : items) {
      std::string key = std::to_string(static_cast<int>(item.kind())) + ":";
      if (item.is_string()) {
        MLXLA_RETURN_IF_ERROR(charge_bytes(node, item.as_string().size()));
        key += item.as_string();
      } else if (item.is_number()) {
        key = "n:" + js_number_string(item.as_double());
      } else if (item.is_bool()) {
        key += item.as_bool() ? "1" : "0";
      } else if (item.is_array()) {
        key += std::to_string(reinterpret_cast<std::uintptr_t>(item.array_ptr().get()));
      } else if (item.is_object()) {
        key += std::to_string(reinterpret_cast<std::uintptr_t>(item.object_ptr().get()));
      }
      if (seen.insert(key).second) out.push_back(item);
    }
    return Value::array(std::move(out));
  }
  if (name == "sort" || name == "min" || name == "max") {
    const Value* reverse = args.get(0, "reverse");
    const Value* case_sensitive = args.get(1, "case_sensitive");
    const Value* attribute = args.get(2, "attribute");
    auto key_of = [&](const Value& item) -> Value {
      if (attribute == nullptr || !attribute->is_string() || !item.is_object()) return item;
      const Value* field = item.as_object().find(attribute->as_string());
      return field != nullptr ? *field : Value();
    };
    bool ok = true;
    const bool cs = case_sensitive != nullptr && case_sensitive->truthy();
    // n log n comparisons, each possibly a string compare: charge them up front.
    std::uint64_t log_n = 1;
    while ((std::uint64_t{1} << log_n) < items.size()) ++log_n;
    MLXLA_RETURN_IF_ERROR(charge(node, items.size() * log_n));
    MLXLA_RETURN_IF_ERROR(charge_items(node, items.size()));
    Array out = items;
    std::stable_sort(out.begin(), out.end(), [&](const Value& a, const Value& b) {
      return value_less(key_of(a), key_of(b), cs, ok);
    });
    if (!ok) return fail(node, name + ": cannot order values of different or unorderable types");
    if (name == "min") return out.empty() ? Value() : out.front();
    if (name == "max") return out.empty() ? Value() : out.back();
    if (reverse != nullptr && reverse->truthy()) std::reverse(out.begin(), out.end());
    return Value::array(std::move(out));
  }
  if (name == "sum") {
    const Value* attribute = args.get(0, "attribute");
    const Value* start = args.get(1, "start");
    Value total = start != nullptr ? *start : Value::integer(0);
    for (const Value& item : items) {
      Value x = item;
      if (attribute != nullptr && attribute->is_string() && item.is_object()) {
        const Value* field = item.as_object().find(attribute->as_string());
        x = field != nullptr ? *field : Value();
      }
      if (!x.is_number() || !total.is_number()) return fail(node, "sum needs numbers");
      std::int64_t out = 0;
      if (x.is_int() && total.is_int() &&
          !__builtin_add_overflow(total.as_int(), x.as_int(), &out)) {
        total = Value::integer(out);
      } else {
        total = Value::number(total.as_double() + x.as_double());
      }
    }
    return total;
  }
  if (name == "selectattr" || name == "rejectattr" || name == "select" || name == "reject") {
    const bool by_attribute = name == "selectattr" || name == "rejectattr";
    const bool keep_matches = name == "selectattr" || name == "select";
    std::size_t test_index = by_attribute ? 1 : 0;
    if (by_attribute && (args.positional.empty() || !args.positional[0].is_string())) {
      return fail(node, name + " needs an attribute name");
    }
    Args test_args;
    for (std::size_t i = test_index + 1; i < args.positional.size(); ++i)
      test_args.positional.push_back(args.positional[i]);
    const Value* test =
        test_index < args.positional.size() ? &args.positional[test_index] : nullptr;
    if (test != nullptr && !test->is_string())
      return fail(node, name + ": the test name must be a string");
    MLXLA_RETURN_IF_ERROR(charge_items(node, items.size()));
    Array out;
    for (const Value& item : items) {
      MLXLA_RETURN_IF_ERROR(step(node));
      Value subject = item;
      bool present = true;
      if (by_attribute) {
        if (!item.is_object())
          return fail(node, name + " can only be applied to an array of objects");
        const Value* field = item.as_object().find(args.positional[0].as_string());
        present = field != nullptr;
        if (present) subject = *field;
      }
      bool result = false;
      if (present) {
        if (test == nullptr) {
          result = subject.truthy();
        } else {
          MLXLA_ASSIGN_OR_RETURN(result, apply_test(node, test->as_string(), subject, test_args));
        }
      }
      if (result == keep_matches) out.push_back(item);
    }
    return Value::array(std::move(out));
  }
  if (name == "map") {
    MLXLA_RETURN_IF_ERROR(charge_items(node, items.size()));
    Array out;
    if (const Value* attribute = args.keyword_arg("attribute")) {
      if (!attribute->is_string()) return fail(node, "map attribute must be a string");
      const Value* fallback = args.keyword_arg("default");
      for (const Value& item : items) {
        if (!item.is_object()) return fail(node, "map(attribute=...) needs an array of objects");
        const Value* field = item.as_object().find(attribute->as_string());
        out.push_back(field != nullptr ? *field : fallback != nullptr ? *fallback : Value());
      }
      return Value::array(std::move(out));
    }
    if (args.positional.empty() || !args.positional[0].is_string()) {
      return fail(node, "map needs attribute=... or a filter name");
    }
    Args rest;
    rest.positional.assign(args.positional.begin() + 1, args.positional.end());
    rest.keyword = args.keyword;
    for (const Value& item : items) {
      MLXLA_ASSIGN_OR_RETURN(Value mapped,
                             apply_filter(node, args.positional[0].as_string(), item, rest, scope));
      out.push_back(std::move(mapped));
    }
    return Value::array(std::move(out));
  }
  if (name == "batch") {
    const Value* size = args.get(0, "linecount");
    if (size == nullptr || !size->is_int() || size->as_int() <= 0 ||
        static_cast<std::uint64_t>(size->as_int()) > options_.max_items) {
      return fail(node, "batch needs a positive size within the item limit");
    }
    const Value* fill = args.get(1, "fill_with");
    Array out;
    const auto n = static_cast<std::size_t>(size->as_int());
    const std::size_t groups = (items.size() + n - 1) / n;
    MLXLA_RETURN_IF_ERROR(charge_items(node, groups));
    MLXLA_RETURN_IF_ERROR(
        charge_bytes(node, static_cast<std::uint64_t>(groups) * n * sizeof(Value)));
    for (std::size_t i = 0; i < items.size(); i += n) {
      Array group(items.begin() + static_cast<std::ptrdiff_t>(i),
                  items.begin() + static_cast<std::ptrdiff_t>(std::min(items.size(), i + n)));
      while (fill != nullptr && group.size() < n) group.push_back(*fill);
      out.push_back(Value::array(std::move(group)));
    }
    return Value::array(std::move(out));
  }
  handled = false;
  return Value();
}

}  // namespace mlxla::chat
