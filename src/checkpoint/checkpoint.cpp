// Checkpoint::open: the index (if any) is checked against the shards' own headers, so later
// lookups can trust that a name resolves to exactly one validated tensor.
#include "checkpoint/checkpoint.h"

#include <algorithm>

#include <nlohmann/json.hpp>

#include "checkpoint/text_file.h"
#include "common/json_parse.h"
#include "common/model_file.h"

namespace mlxla::checkpoint {
namespace {

using nlohmann::json;

std::string q(std::string_view s) {
  std::string out(1, '\'');
  out.append(s);
  out.push_back('\'');
  return out;
}

// A shard name must stay inside the model directory: relative, no "..", no root. Symlinks are
// allowed (the HF cache links snapshot files to ../../blobs), so the check is lexical.
Status check_shard_name(const std::string& index_file, const std::string& tensor,
                        const std::string& shard) {
  const std::filesystem::path p(shard);
  bool bad = shard.empty() || p.has_root_path() || shard.find('\\') != std::string::npos ||
             shard.find('\0') != std::string::npos;
  for (const auto& part : p) {
    if (part == "..") bad = true;
  }
  if (bad) {
    return format_error(index_file + ": weight_map: shard name " + q(shard) + " for tensor " +
                        q(tensor) + " is not a file inside the model directory");
  }
  return Status::Ok();
}

struct Index {
  std::map<std::string, std::string> weight_map;  // tensor -> shard
  std::optional<uint64_t> total_size;
};

Result<Index> read_index(const std::filesystem::path& path) {
  const std::string file = path.string();
  MLXLA_ASSIGN_OR_RETURN(std::string text, read_text_file(path));
  MLXLA_ASSIGN_OR_RETURN(json j, common::parse_json_document(text, file));
  if (!j.is_object()) return format_error(file + ": JSON is not an object");
  auto wm = j.find("weight_map");
  if (wm == j.end()) return format_error(file + ": missing field 'weight_map'");
  if (!wm->is_object()) return format_error(file + ": field 'weight_map' is not an object");
  Index index;
  for (const auto& [tensor, shard] : wm->items()) {
    if (!shard.is_string()) {
      return format_error(file + ": weight_map: shard of tensor " + q(tensor) + " is not a string");
    }
    MLXLA_RETURN_IF_ERROR(check_shard_name(file, tensor, shard.get<std::string>()));
    index.weight_map.emplace(tensor, shard.get<std::string>());
  }
  auto meta = j.find("metadata");
  if (meta != j.end() && meta->is_object()) {
    auto total = meta->find("total_size");
    if (total != meta->end() && total->is_number_unsigned())
      index.total_size = total->get<uint64_t>();
  }
  return index;
}

Result<std::shared_ptr<const SafetensorsFile>> open_shared(const std::filesystem::path& path) {
  MLXLA_ASSIGN_OR_RETURN(SafetensorsFile file, SafetensorsFile::open(path));
  return std::shared_ptr<const SafetensorsFile>(std::make_shared<SafetensorsFile>(std::move(file)));
}

}  // namespace

Status Checkpoint::add_file(std::shared_ptr<const SafetensorsFile> file) {
  const size_t index = files_.size();
  for (const TensorInfo& info : file->tensors()) {
    auto [it, inserted] = by_name_.emplace(info.name, Entry{&info, index});
    if (!inserted) {
      return format_error(dir_.string() + ": tensor " + q(info.name) +
                          " is in two files: " + files_[it->second.file_index]->display_name() +
                          " and " + file->display_name());
    }
    total_bytes_ += info.nbytes;
  }
  files_.push_back(std::move(file));
  return Status::Ok();
}

Result<Checkpoint> Checkpoint::open(const std::filesystem::path& dir) {
  Checkpoint ckpt;
  ckpt.dir_ = dir;
  std::error_code ec;
  if (!std::filesystem::is_directory(dir, ec)) return not_found(dir.string() + ": not a directory");

  const auto index_path = dir / kIndexFileName;
  if (common::entry_exists(index_path)) {
    ckpt.indexed_ = true;
    const std::string index_file = index_path.string();
    MLXLA_ASSIGN_OR_RETURN(Index index, read_index(index_path));
    std::map<std::string, size_t> shards;  // shard name -> index into files_
    for (const auto& [tensor, shard] : index.weight_map) shards.emplace(shard, 0);
    for (auto& [shard, file_index] : shards) {
      const auto shard_path = dir / shard;
      if (!common::entry_exists(shard_path)) {
        const std::string& missing = shard;  // lambdas cannot capture structured bindings (clang)
        const auto& tensor =
            std::find_if(index.weight_map.begin(), index.weight_map.end(), [&](const auto& kv) {
              return kv.second == missing;
            })->first;
        return not_found(index_file + ": weight_map names shard " + q(shard) + " (for tensor " +
                         q(tensor) + ", ...) which does not exist");
      }
      MLXLA_ASSIGN_OR_RETURN(auto file, open_shared(shard_path));
      file_index = ckpt.files_.size();
      MLXLA_RETURN_IF_ERROR(ckpt.add_file(std::move(file)));
    }
    for (const auto& [tensor, shard] : index.weight_map) {
      auto it = ckpt.by_name_.find(tensor);
      if (it == ckpt.by_name_.end() || it->second.file_index != shards.at(shard)) {
        return not_found(index_file + ": weight_map puts tensor " + q(tensor) + " in shard " +
                         q(shard) + ", which does not contain it");
      }
    }
    for (const auto& [name, entry] : ckpt.by_name_) {
      if (index.weight_map.find(name) == index.weight_map.end()) {
        ckpt.warnings_.push_back("tensor " + q(name) + " in " +
                                 ckpt.files_[entry.file_index]->display_name() +
                                 " is not listed in " + std::string(kIndexFileName));
      }
    }
    if (index.total_size && *index.total_size != ckpt.total_bytes_) {
      ckpt.warnings_.push_back(std::string(kIndexFileName) + ": metadata.total_size " +
                               std::to_string(*index.total_size) + " differs from the tensors' " +
                               std::to_string(ckpt.total_bytes_) + " bytes");
    }
    return ckpt;
  }

  std::vector<std::filesystem::path> paths;
  if (common::entry_exists(dir / "model.safetensors")) {
    paths.push_back(dir / "model.safetensors");
  } else {
    for (const auto& entry : std::filesystem::directory_iterator(dir, ec)) {
      if (entry.path().extension() == ".safetensors") paths.push_back(entry.path());
    }
    if (ec) return io_error(dir.string() + ": cannot list directory: " + ec.message());
    std::sort(paths.begin(), paths.end());
  }
  if (paths.empty()) {
    return not_found(dir.string() + ": no " + std::string(kIndexFileName) +
                     ", model.safetensors or *.safetensors file");
  }
  for (const auto& path : paths) {
    MLXLA_ASSIGN_OR_RETURN(auto file, open_shared(path));
    MLXLA_RETURN_IF_ERROR(ckpt.add_file(std::move(file)));
  }
  return ckpt;
}

std::vector<std::string> Checkpoint::tensor_names() const {
  std::vector<std::string> names;
  names.reserve(by_name_.size());
  for (const auto& [name, entry] : by_name_) names.push_back(name);
  return names;
}

std::optional<TensorRef> Checkpoint::find(std::string_view name) const {
  auto it = by_name_.find(name);
  if (it == by_name_.end()) return std::nullopt;
  const SafetensorsFile* file = files_[it->second.file_index].get();
  return TensorRef{file->view(*it->second.info), file};
}

Result<TensorRef> Checkpoint::get(std::string_view name) const {
  auto ref = find(name);
  if (!ref) return not_found(dir_.string() + ": checkpoint has no tensor " + q(name));
  return *ref;
}

}  // namespace mlxla::checkpoint
