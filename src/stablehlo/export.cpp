// Export files (see export.h): module.mlir and abi.json.
#include "stablehlo/export.h"

#include <fstream>
#include <map>
#include <set>
#include <system_error>

#include <nlohmann/json.hpp>

#include "graph/verifier.h"

namespace mlxla::stablehlo {
namespace {

using Json = nlohmann::ordered_json;

std::string_view role_name(graph::ParamRole role) {
  switch (role) {
    case graph::ParamRole::kInput:
      return "input";
    case graph::ParamRole::kWeight:
      return "weight";
    case graph::ParamRole::kKvCache:
      return "kv_cache";
  }
  return "unknown";
}

Json shape_json(const graph::TensorType& type) {
  Json shape = Json::array();
  for (int64_t d : type.shape) shape.push_back(d);
  return shape;
}

Status write_text(const std::filesystem::path& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  if (!out) return io_error(path.string() + ": cannot open for writing");
  out.write(text.data(), static_cast<std::streamsize>(text.size()));
  out.close();
  if (!out) return io_error(path.string() + ": write failed");
  return Status::Ok();
}

}  // namespace

Result<std::string> abi_json(const graph::Module& module, const ExportManifest& manifest) {
  const graph::Function* main = module.find("main");
  if (main == nullptr) return invalid_argument(module.name + ": no function @main to export");
  std::map<std::string, const WeightBinding*> bindings;
  for (const WeightBinding& w : manifest.weights) {
    if (!bindings.emplace(w.name, &w).second) {
      return invalid_argument("abi: weight " + w.name + " is bound twice");
    }
  }
  std::set<std::string> used;
  std::map<int32_t, size_t> aliased_by;  // result index -> parameter index

  Json parameters = Json::array();
  for (size_t i = 0; i < main->parameters.size(); ++i) {
    const graph::Parameter& p = main->parameters[i];
    const graph::TensorType& type = main->type(p.value);
    Json entry;
    entry["index"] = i;
    entry["name"] = p.name;
    entry["role"] = std::string(role_name(p.role));
    entry["dtype"] = std::string(graph::element_name(type.element));
    entry["shape"] = shape_json(type);
    if (p.aliased_result) {
      entry["aliased_output"] = *p.aliased_result;
      aliased_by[*p.aliased_result] = i;
    } else {
      entry["aliased_output"] = nullptr;
    }
    if (p.role == graph::ParamRole::kWeight) {
      const auto it = bindings.find(p.name);
      if (it == bindings.end())
        return invalid_argument("abi: weight parameter " + p.name + " has no binding");
      used.insert(p.name);
      const WeightBinding& w = *it->second;
      Json binding;
      binding["kind"] = w.kind;
      binding["source_tensor"] = w.source_tensor;
      binding["transform"] = w.transform;
      binding["bits"] = w.bits;
      binding["group_size"] = w.group_size;
      if (!w.mode.empty()) binding["mode"] = w.mode;  // absent for affine (and floats)
      binding["row_begin"] = w.row_begin;
      binding["row_end"] = w.row_end;
      entry["binding"] = std::move(binding);
    }
    parameters.push_back(std::move(entry));
  }
  for (const WeightBinding& w : manifest.weights) {
    if (!used.count(w.name))
      return invalid_argument("abi: binding " + w.name + " names no weight parameter of main");
  }

  Json outputs = Json::array();
  const std::vector<graph::TensorType> results = main->result_types();
  for (size_t i = 0; i < results.size(); ++i) {
    Json entry;
    entry["index"] = i;
    entry["name"] = i < main->result_names.size() ? main->result_names[i] : std::string();
    entry["dtype"] = std::string(graph::element_name(results[i].element));
    entry["shape"] = shape_json(results[i]);
    const auto alias = aliased_by.find(static_cast<int32_t>(i));
    if (alias != aliased_by.end()) {
      entry["aliased_parameter"] = alias->second;
    } else {
      entry["aliased_parameter"] = nullptr;
    }
    outputs.push_back(std::move(entry));
  }

  Json doc;
  doc["format"] = "mlxla-abi";
  doc["version"] = 1;
  doc["module"] = "module.mlir";
  Json metadata = Json::object();
  for (const auto& [key, value] : manifest.metadata) metadata[key] = value;
  doc["metadata"] = std::move(metadata);
  doc["parameters"] = std::move(parameters);
  doc["outputs"] = std::move(outputs);
  try {
    return doc.dump(2) + "\n";
  } catch (const nlohmann::json::exception& e) {  // invalid UTF-8 in a name
    return invalid_argument(std::string("abi: ") + e.what());
  }
}

Status export_module(const graph::Module& module, const ExportManifest& manifest,
                     const std::filesystem::path& dir, const PrintOptions& options) {
  MLXLA_RETURN_IF_ERROR(graph::verify(module));
  MLXLA_ASSIGN_OR_RETURN(const std::string abi, abi_json(module, manifest));
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  if (ec) return io_error(dir.string() + ": cannot create directory: " + ec.message());
  MLXLA_RETURN_IF_ERROR(write_text(dir / "module.mlir", print_module(module, options)));
  return write_text(dir / "abi.json", abi);
}

}  // namespace mlxla::stablehlo
