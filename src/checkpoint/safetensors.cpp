// safetensors reader: strict validation of the 8-byte length, the JSON header and every tensor
// span, so that a view handed out later can never reach outside the file or alias another tensor.
#include "checkpoint/safetensors.h"

#include <algorithm>
#include <limits>
#include <set>

#include <nlohmann/json.hpp>

#include "common/json_parse.h"

namespace mlxla::checkpoint {
namespace {

using nlohmann::json;

std::string in_quotes(std::string_view s) {
  std::string out(1, '\'');  // built by appending: GCC 12 warns falsely on "'" + string
  out.append(s);
  out.push_back('\'');
  return out;
}

/// Reads a JSON integer as int64/uint64 without ever converting a float or overflowing.
bool json_is_integer(const json& j) {
  return j.is_number_integer();
}

// Validates one tensor entry of the header. `prefix` is "<file>: tensor '<name>'".
Result<TensorInfo> parse_entry(const std::string& prefix, const std::string& name,
                               const json& entry, uint64_t data_size) {
  if (!entry.is_object()) return format_error(prefix + ": entry is not a JSON object");
  TensorInfo info;
  info.name = name;

  auto dtype_it = entry.find("dtype");
  if (dtype_it == entry.end()) return format_error(prefix + ": missing field 'dtype'");
  if (!dtype_it->is_string()) return format_error(prefix + ": field 'dtype' is not a string");
  const auto& dtype_name = dtype_it->get_ref<const std::string&>();
  auto dtype = dtype_from_safetensors_name(dtype_name);
  if (!dtype)
    return format_error(prefix + ": field 'dtype': unknown dtype " + in_quotes(dtype_name));
  info.dtype = *dtype;

  auto shape_it = entry.find("shape");
  if (shape_it == entry.end()) return format_error(prefix + ": missing field 'shape'");
  if (!shape_it->is_array()) return format_error(prefix + ": field 'shape' is not an array");
  // numel is checked in int64 as each dimension is appended; nbytes too.
  int64_t numel = 1;
  for (size_t d = 0; d < shape_it->size(); ++d) {
    const json& dim = (*shape_it)[d];
    const std::string where = prefix + ": field 'shape'[" + std::to_string(d) + "]";
    if (!json_is_integer(dim)) return format_error(where + " is not an integer");
    if (dim.is_number_unsigned()) {
      if (dim.get<uint64_t>() > static_cast<uint64_t>(std::numeric_limits<int64_t>::max())) {
        return format_error(where + " is too large (overflows int64)");
      }
    } else if (dim.get<int64_t>() < 0) {
      return format_error(where + " is negative (" + std::to_string(dim.get<int64_t>()) + ")");
    }
    const int64_t value = dim.get<int64_t>();
    if (__builtin_mul_overflow(numel, value, &numel)) {
      return format_error(prefix + ": field 'shape': element count overflows int64");
    }
    info.shape.push_back(value);
  }
  int64_t nbytes = 0;
  if (__builtin_mul_overflow(numel, static_cast<int64_t>(dtype_size(info.dtype)), &nbytes)) {
    return format_error(prefix + ": field 'shape': byte size overflows int64");
  }

  auto offsets_it = entry.find("data_offsets");
  if (offsets_it == entry.end()) return format_error(prefix + ": missing field 'data_offsets'");
  if (!offsets_it->is_array() || offsets_it->size() != 2) {
    return format_error(prefix + ": field 'data_offsets' is not an array of two integers");
  }
  uint64_t bounds[2] = {0, 0};
  for (size_t k = 0; k < 2; ++k) {
    const json& v = (*offsets_it)[k];
    if (!json_is_integer(v)) {
      return format_error(prefix + ": field 'data_offsets'[" + std::to_string(k) +
                          "] is not an integer");
    }
    if (v.is_number_integer() && !v.is_number_unsigned() && v.get<int64_t>() < 0) {
      return format_error(prefix + ": field 'data_offsets'[" + std::to_string(k) + "] is negative");
    }
    bounds[k] = v.get<uint64_t>();
  }
  const uint64_t begin = bounds[0], end = bounds[1];
  if (begin > end) {
    return format_error(prefix + ": field 'data_offsets': begin " + std::to_string(begin) +
                        " is after end " + std::to_string(end));
  }
  if (end > data_size) {
    return format_error(prefix + ": field 'data_offsets': span [" + std::to_string(begin) + ", " +
                        std::to_string(end) + ") is outside the data section (" +
                        std::to_string(data_size) + " bytes)");
  }
  if (end - begin != static_cast<uint64_t>(nbytes)) {
    return format_error(prefix + ": field 'data_offsets': span of " + std::to_string(end - begin) +
                        " bytes does not match shape x dtype size = " + std::to_string(nbytes) +
                        " bytes");
  }
  info.begin = begin;
  info.nbytes = static_cast<uint64_t>(nbytes);
  return info;
}

Result<std::map<std::string, std::string>> parse_metadata(const std::string& file, const json& j) {
  const std::string prefix = file + ": '__metadata__'";
  if (!j.is_object()) return format_error(prefix + " is not a JSON object of strings");
  std::map<std::string, std::string> out;
  for (const auto& [key, value] : j.items()) {
    if (!value.is_string()) {
      return format_error(prefix + ": value of " + in_quotes(key) + " is not a string");
    }
    out.emplace(key, value.get<std::string>());
  }
  return out;
}

// Spans must not alias: sort non-empty tensors by begin and compare each with the furthest end
// seen.
Status check_no_overlap(const std::string& file, const std::vector<TensorInfo>& tensors) {
  std::vector<const TensorInfo*> order;
  for (const auto& t : tensors) {
    if (t.nbytes > 0) order.push_back(&t);
  }
  std::sort(order.begin(), order.end(), [](const TensorInfo* a, const TensorInfo* b) {
    return a->begin != b->begin ? a->begin < b->begin : a->name < b->name;
  });
  const TensorInfo* furthest = nullptr;
  for (const TensorInfo* t : order) {
    if (furthest != nullptr && t->begin < furthest->begin + furthest->nbytes) {
      return format_error(file + ": tensors " + in_quotes(furthest->name) + " and " +
                          in_quotes(t->name) + " have overlapping data_offsets");
    }
    if (furthest == nullptr || t->begin + t->nbytes > furthest->begin + furthest->nbytes)
      furthest = t;
  }
  return Status::Ok();
}

}  // namespace

int64_t TensorInfo::numel() const {
  int64_t n = 1;
  for (int64_t d : shape) n *= d;  // validated at parse time: cannot overflow
  return n;
}

Result<SafetensorsFile> SafetensorsFile::open(const std::filesystem::path& path) {
  MLXLA_ASSIGN_OR_RETURN(std::shared_ptr<MappedFile> mapping, MappedFile::open(path));
  std::span<const std::byte> bytes = mapping->bytes();
  return parse(bytes, path.string(), std::move(mapping));
}

Result<SafetensorsFile> SafetensorsFile::parse(std::span<const std::byte> bytes,
                                               std::string display_name,
                                               std::shared_ptr<const void> owner) {
  const std::string& file = display_name;
  if (bytes.size() < 8) {
    return format_error(file + ": file is " + std::to_string(bytes.size()) +
                        " bytes, too short for the 8-byte header length (truncated?)");
  }
  uint8_t len_bytes[8];
  std::memcpy(len_bytes, bytes.data(), 8);
  uint64_t header_len = 0;
  for (int i = 7; i >= 0; --i) header_len = (header_len << 8) | len_bytes[i];  // little-endian
  if (header_len > kMaxHeaderBytes) {
    return format_error(file + ": header length " + std::to_string(header_len) +
                        " exceeds the limit of " + std::to_string(kMaxHeaderBytes) + " bytes");
  }
  if (header_len > bytes.size() - 8) {
    return format_error(file + ": header length " + std::to_string(header_len) +
                        " is larger than the rest of the file (" +
                        std::to_string(bytes.size() - 8) + " bytes; truncated?)");
  }
  const char* header_begin = reinterpret_cast<const char*>(bytes.data() + 8);
  const uint64_t data_size = bytes.size() - 8 - header_len;

  // Duplicate top-level keys would silently shadow a tensor; catch them while parsing.
  std::set<std::string> seen;
  std::string duplicate;
  json::parser_callback_t on_event = [&](int depth, json::parse_event_t event, json& parsed) {
    if (event == json::parse_event_t::key && depth == 1 && parsed.is_string()) {
      const auto& key = parsed.get_ref<const std::string&>();
      if (!seen.insert(key).second && duplicate.empty()) duplicate = key;
    }
    return true;
  };
  MLXLA_ASSIGN_OR_RETURN(json header,
                         common::parse_json_document(std::string_view(header_begin, header_len),
                                                     file + ": header", on_event));
  if (!header.is_object()) return format_error(file + ": header JSON is not an object");
  if (!duplicate.empty())
    return format_error(file + ": header names tensor " + in_quotes(duplicate) + " twice");

  SafetensorsFile out;
  out.display_name_ = std::move(display_name);
  out.owner_ = std::move(owner);
  out.data_section_ = bytes.data() + 8 + header_len;
  out.tensors_.reserve(header.size());
  for (const auto& [name, entry] : header.items()) {
    if (name == "__metadata__") {
      MLXLA_ASSIGN_OR_RETURN(out.metadata_, parse_metadata(out.display_name_, entry));
      continue;
    }
    if (name.empty())
      return format_error(out.display_name_ + ": header has a tensor with an empty name");
    MLXLA_ASSIGN_OR_RETURN(
        TensorInfo info,
        parse_entry(out.display_name_ + ": tensor " + in_quotes(name), name, entry, data_size));
    out.tensors_.push_back(std::move(info));
  }
  MLXLA_RETURN_IF_ERROR(check_no_overlap(out.display_name_, out.tensors_));
  return out;
}

const TensorInfo* SafetensorsFile::find(std::string_view name) const {
  // tensors_ is sorted by name: nlohmann::json objects iterate in key order.
  auto it = std::lower_bound(tensors_.begin(), tensors_.end(), name,
                             [](const TensorInfo& t, std::string_view n) { return t.name < n; });
  return it != tensors_.end() && it->name == name ? &*it : nullptr;
}

Result<TensorView> SafetensorsFile::get(std::string_view name) const {
  const TensorInfo* info = find(name);
  if (info == nullptr) {
    return not_found(display_name_ + ": no tensor " + in_quotes(name));
  }
  return view(*info);
}

}  // namespace mlxla::checkpoint
