// MLIR textual syntax helpers (see mlir_text.h).
#include "stablehlo/mlir_text.h"

#include <bit>
#include <cctype>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <type_traits>

#include "graph/literal.h"

namespace mlxla::stablehlo {
namespace {

using graph::ElementType;

// to_chars prints "1e-05" or "3"; MLIR's float literal needs a '.' before any exponent.
std::string with_point(std::string text) {
  if (text.find_first_of(".") != std::string::npos) return text;
  const size_t e = text.find_first_of("eE");
  if (e == std::string::npos) return text + ".0";
  return text.substr(0, e) + ".0" + text.substr(e);
}

template <typename T>
std::string shortest(T value) {
  char buffer[64];
  const auto result = std::to_chars(buffer, buffer + sizeof(buffer), value);
  return with_point(std::string(buffer, result.ptr));
}

std::string hex_bits(uint64_t bits, int digits) {
  char buffer[32];
  std::snprintf(buffer, sizeof(buffer), "0x%0*llX", digits, static_cast<unsigned long long>(bits));
  return buffer;
}

// What MLIR does with a decimal literal: parse as double, then round to the element type.
uint64_t reparse_bits(ElementType element, const std::string& text) {
  const double parsed = std::strtod(text.c_str(), nullptr);
  switch (element) {
    case ElementType::kF32:
      return std::bit_cast<uint32_t>(static_cast<float>(parsed));
    case ElementType::kF16:
      return graph::float_to_f16_bits(static_cast<float>(parsed));
    default:
      return graph::float_to_bf16_bits(static_cast<float>(parsed));
  }
}

std::string format_element(ElementType element, const std::byte* data, size_t index) {
  const uint64_t bits = graph::element_bits(element, data, index);
  switch (element) {
    case ElementType::kF32:
    case ElementType::kF16:
    case ElementType::kBF16:
      return format_float(element, bits);
    case ElementType::kI1:
      return bits != 0 ? "true" : "false";
    case ElementType::kI32:
      return std::to_string(static_cast<int32_t>(static_cast<uint32_t>(bits)));
    case ElementType::kI64:
      return std::to_string(static_cast<int64_t>(bits));
    case ElementType::kU32:
    case ElementType::kU8:
      return std::to_string(bits);
  }
  return "0";
}

// Nested lists, row-major: dims [d0, d1, ...] -> [[..], [..]].
void append_nested(std::string& out, const graph::TensorType& type, const std::byte* data,
                   size_t dim, size_t& next) {
  if (dim == type.shape.size()) {
    out += format_element(type.element, data, next++);
    return;
  }
  out += '[';
  for (int64_t i = 0; i < type.shape[dim]; ++i) {
    if (i) out += ", ";
    append_nested(out, type, data, dim + 1, next);
  }
  out += ']';
}

}  // namespace

std::string format_float(ElementType element, uint64_t bits) {
  float value = 0.0f;
  int digits = 8;
  switch (element) {
    case ElementType::kF32:
      value = std::bit_cast<float>(static_cast<uint32_t>(bits));
      break;
    case ElementType::kF16:
      value = graph::f16_bits_to_float(static_cast<uint16_t>(bits));
      digits = 4;
      break;
    default:
      value = graph::bf16_bits_to_float(static_cast<uint16_t>(bits));
      digits = 4;
      break;
  }
  if (std::isfinite(value)) {
    const std::string text = shortest(value);
    if (reparse_bits(element, text) == bits) return text;
  }
  return hex_bits(bits, digits);
}

std::string format_double(double value) {
  if (!std::isfinite(value)) return hex_bits(std::bit_cast<uint64_t>(value), 16);
  return shortest(value);
}

std::string quote(std::string_view text) {
  std::string out = "\"";
  for (char c : text) {
    const auto u = static_cast<unsigned char>(c);
    if (c == '"' || c == '\\' || u < 0x20 || u >= 0x7F) {
      char buffer[4];
      std::snprintf(buffer, sizeof(buffer), "\\%02X", u);
      out += buffer;
    } else {
      out += c;
    }
  }
  return out + "\"";
}

std::string symbol_ref(std::string_view name) {
  bool bare =
      !name.empty() && (std::isalpha(static_cast<unsigned char>(name[0])) || name[0] == '_');
  for (char c : name) {
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '_' && c != '$' && c != '.')
      bare = false;
  }
  std::string out = "@";  // appended, not "@" + ...: GCC 12 gives a false -Wrestrict there
  out += bare ? std::string(name) : quote(name);
  return out;
}

std::string dense_literal(const graph::TensorType& type, const graph::ConstantAttrs& constant,
                          size_t hex_threshold) {
  const std::byte* data = constant.data.data();
  if (constant.splat) return "dense<" + format_element(type.element, data, 0) + ">";
  const auto count = static_cast<size_t>(type.numel());
  if (count == 0) return "dense<>";
  if (count > hex_threshold && type.element != ElementType::kI1) {
    static constexpr char kDigits[] = "0123456789ABCDEF";
    std::string out = "dense<\"0x";
    for (std::byte b : constant.data) {
      out += kDigits[static_cast<unsigned>(b) >> 4];
      out += kDigits[static_cast<unsigned>(b) & 0xF];
    }
    return out + "\">";
  }
  std::string out = "dense<";
  size_t next = 0;
  append_nested(out, type, data, 0, next);
  return out + ">";
}

std::string attribute_value(const graph::Attribute& value) {
  return std::visit(
      [](const auto& v) -> std::string {
        using T = std::decay_t<decltype(v)>;
        if constexpr (std::is_same_v<T, int64_t>) {
          return std::to_string(v) + " : i64";
        } else if constexpr (std::is_same_v<T, double>) {
          return format_double(v) + " : f64";
        } else if constexpr (std::is_same_v<T, bool>) {
          return v ? "true" : "false";
        } else if constexpr (std::is_same_v<T, std::string>) {
          return quote(v);
        } else if constexpr (std::is_same_v<T, std::vector<double>>) {
          return f64_array(v);
        } else {
          return i64_array(v);
        }
      },
      value);
}

std::string int_list(const std::vector<int64_t>& values) {
  std::string out = "[";
  for (size_t i = 0; i < values.size(); ++i) {
    if (i) out += ", ";
    out += std::to_string(values[i]);
  }
  return out + "]";
}

std::string f64_array(const std::vector<double>& values) {
  if (values.empty()) return "array<f64>";
  std::string out = "array<f64: ";
  for (size_t i = 0; i < values.size(); ++i) {
    if (i) out += ", ";
    out += format_double(values[i]);
  }
  return out + ">";
}

std::string i64_array(const std::vector<int64_t>& values) {
  if (values.empty()) return "array<i64>";
  std::string out = "array<i64: ";
  for (size_t i = 0; i < values.size(); ++i) {
    if (i) out += ", ";
    out += std::to_string(values[i]);
  }
  return out + ">";
}

}  // namespace mlxla::stablehlo
