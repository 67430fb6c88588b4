// Post-processors, reduced to "ids before" and "ids after" the single sequence.
#include "tokenizer/post_processor.h"

namespace mlxla::tokenizer {
namespace {

// [token, id] as used by BertProcessing / RobertaProcessing.
Result<int32_t> token_pair_id(const Json& json, const char* key, const std::string& where) {
  if (!json.contains(key) || !json.at(key).is_array() || json.at(key).size() != 2 ||
      !json.at(key)[1].is_number_integer() || json.at(key)[1].get<long long>() < 0)
    return format_error(where + "." + key + ": expected [token, id]");
  return static_cast<int32_t>(json.at(key)[1].get<long long>());
}

}  // namespace

Result<PostProcessor> PostProcessor::from_json(const Json& json) {
  PostProcessor processor;
  if (json.is_null()) return processor;
  MLXLA_RETURN_IF_ERROR(parse(json, "post_processor", processor));
  return processor;
}

PostProcessor PostProcessor::wrap(std::vector<int32_t> prefix, std::vector<int32_t> suffix) {
  PostProcessor processor;
  processor.prefix_ = std::move(prefix);
  processor.suffix_ = std::move(suffix);
  return processor;
}

Status PostProcessor::parse(const Json& json, const std::string& where, PostProcessor& into,
                            int depth) {
  MLXLA_ASSIGN_OR_RETURN(std::string type, json_type(json, where));
  if (type == "Sequence") {
    MLXLA_RETURN_IF_ERROR(check_sequence_depth(where, depth));
    if (!json.contains("processors") || !json.at("processors").is_array())
      return format_error(where + ".processors: expected an array");
    size_t index = 0;
    for (const Json& child : json.at("processors"))
      MLXLA_RETURN_IF_ERROR(
          parse(child, where + ".processors[" + std::to_string(index++) + "]", into, depth + 1));
    return Status::Ok();
  }
  if (type == "ByteLevel") return Status::Ok();  // adjusts offsets only; ids are unchanged
  if (type == "BertProcessing" || type == "RobertaProcessing") {
    MLXLA_ASSIGN_OR_RETURN(int32_t cls, token_pair_id(json, "cls", where));
    MLXLA_ASSIGN_OR_RETURN(int32_t sep, token_pair_id(json, "sep", where));
    into.prefix_.insert(into.prefix_.begin(), cls);
    into.suffix_.push_back(sep);
    return Status::Ok();
  }
  if (type != "TemplateProcessing")
    return unsupported(where + ".type: post-processor '" + type + "' is not supported");

  const Json* specials = json.contains("special_tokens") ? &json.at("special_tokens") : nullptr;
  if (specials != nullptr && !specials->is_object() && !specials->is_null())
    return format_error(where + ".special_tokens: expected an object");
  if (!json.contains("single") || !json.at("single").is_array())
    return format_error(where + ".single: expected an array");
  std::vector<int32_t> prefix, suffix;
  bool seen_sequence = false;
  size_t index = 0;
  for (const Json& item : json.at("single")) {
    const std::string field = where + ".single[" + std::to_string(index++) + "]";
    if (item.is_object() && item.contains("Sequence")) {
      if (seen_sequence) return format_error(field + ": sequence A appears twice");
      seen_sequence = true;
      continue;
    }
    if (!item.is_object() || !item.contains("SpecialToken") || !item.at("SpecialToken").is_object())
      return format_error(field + ": expected {\"Sequence\": ...} or {\"SpecialToken\": ...}");
    MLXLA_ASSIGN_OR_RETURN(std::string name,
                           json_string(item.at("SpecialToken"), "id", field + ".SpecialToken"));
    if (specials == nullptr || !specials->is_object() || !specials->contains(name))
      return format_error(field + ": special token '" + name + "' is not in " + where +
                          ".special_tokens");
    const Json& entry = specials->at(name);
    if (!entry.is_object() || !entry.contains("ids") || !entry.at("ids").is_array())
      return format_error(where + ".special_tokens[\"" + name + "\"].ids: expected an array");
    for (const Json& id : entry.at("ids")) {
      if (!id.is_number_integer() || id.get<long long>() < 0)
        return format_error(where + ".special_tokens[\"" + name + "\"].ids: expected ids");
      (seen_sequence ? suffix : prefix).push_back(static_cast<int32_t>(id.get<long long>()));
    }
  }
  if (!seen_sequence) return format_error(where + ".single: no {\"Sequence\": {\"id\": \"A\"}}");
  into.prefix_.insert(into.prefix_.end(), prefix.begin(), prefix.end());
  into.suffix_.insert(into.suffix_.end(), suffix.begin(), suffix.end());
  return Status::Ok();
}

void PostProcessor::apply(std::span<const int32_t> ids, std::vector<int32_t>& out) const {
  out.insert(out.end(), prefix_.begin(), prefix_.end());
  out.insert(out.end(), ids.begin(), ids.end());
  out.insert(out.end(), suffix_.begin(), suffix_.end());
}

}  // namespace mlxla::tokenizer
