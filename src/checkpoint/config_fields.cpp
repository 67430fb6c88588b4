// Typed JSON field access for config parsing; every error names file and field.
#include "checkpoint/config_fields.h"

#include <cmath>
#include <limits>

namespace mlxla::checkpoint {

using nlohmann::json;

const json* Fields::find(const std::string& key) const {
  auto it = object_->find(key);
  if (it == object_->end() || it->is_null()) return nullptr;
  return &*it;
}

Error Fields::error(const std::string& key, const std::string& what) const {
  return format_error(file_ + ": field '" + prefix_ + key + "' " + what);
}

Error Fields::unsupported_error(const std::string& key, const std::string& what) const {
  return unsupported(file_ + ": field '" + prefix_ + key + "': " + what);
}

Result<std::optional<std::string>> Fields::get_string(const std::string& key) const {
  const json* v = find(key);
  if (v == nullptr) return std::optional<std::string>();
  if (!v->is_string()) return error(key, "is not a string");
  return std::optional<std::string>(v->get<std::string>());
}

Result<std::optional<bool>> Fields::get_bool(const std::string& key) const {
  const json* v = find(key);
  if (v == nullptr) return std::optional<bool>();
  if (!v->is_boolean()) return error(key, "is not a boolean");
  return std::optional<bool>(v->get<bool>());
}

Result<std::optional<int64_t>> Fields::get_int(const std::string& key) const {
  const json* v = find(key);
  if (v == nullptr) return std::optional<int64_t>();
  if (v->is_number_unsigned()) {
    if (v->get<uint64_t>() > static_cast<uint64_t>(std::numeric_limits<int64_t>::max())) {
      return error(key, "is too large");
    }
    return std::optional<int64_t>(v->get<int64_t>());
  }
  if (v->is_number_integer()) return std::optional<int64_t>(v->get<int64_t>());
  if (v->is_number_float()) {
    const double d = v->get<double>();
    // 2^62 keeps the conversion exact and far from overflow.
    if (std::isfinite(d) && d == std::floor(d) && std::fabs(d) < 4.6e18) {
      return std::optional<int64_t>(static_cast<int64_t>(d));
    }
  }
  return error(key, "is not an integer");
}

Result<std::optional<int64_t>> Fields::get_positive_int(const std::string& key) const {
  MLXLA_ASSIGN_OR_RETURN(std::optional<int64_t> v, get_int(key));
  if (v && *v <= 0) return error(key, "must be positive (got " + std::to_string(*v) + ")");
  return v;
}

Result<std::optional<int64_t>> Fields::get_nonnegative_int(const std::string& key) const {
  MLXLA_ASSIGN_OR_RETURN(std::optional<int64_t> v, get_int(key));
  if (v && *v < 0) return error(key, "must not be negative (got " + std::to_string(*v) + ")");
  return v;
}

Result<int64_t> Fields::require_positive_int(const std::string& key) const {
  MLXLA_ASSIGN_OR_RETURN(std::optional<int64_t> v, get_positive_int(key));
  if (!v) return error(key, "is missing");
  return *v;
}

Result<int64_t> Fields::require_nonnegative_int(const std::string& key) const {
  MLXLA_ASSIGN_OR_RETURN(std::optional<int64_t> v, get_nonnegative_int(key));
  if (!v) return error(key, "is missing");
  return *v;
}

Result<std::optional<double>> Fields::get_positive_double(const std::string& key) const {
  const json* v = find(key);
  if (v == nullptr) return std::optional<double>();
  if (!v->is_number()) return error(key, "is not a number");
  const double d = v->get<double>();
  if (!std::isfinite(d) || !(d > 0)) return error(key, "must be a positive finite number");
  return std::optional<double>(d);
}

Result<double> Fields::require_positive_double(const std::string& key) const {
  MLXLA_ASSIGN_OR_RETURN(std::optional<double> v, get_positive_double(key));
  if (!v) return error(key, "is missing");
  return *v;
}

}  // namespace mlxla::checkpoint
