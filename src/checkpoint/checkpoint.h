// A model directory's weights: one or more validated .safetensors files (sharded through
// model.safetensors.index.json or not), one name -> tensor table, mappings kept alive.
#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "checkpoint/safetensors.h"
#include "mlxla/result.h"

namespace mlxla::checkpoint {

/// A tensor of a checkpoint and the file that holds it. Valid while the Checkpoint (or a copy of
/// it: copies share the mappings) is alive.
struct TensorRef {
  TensorView view;
  const SafetensorsFile* file = nullptr;

  const TensorInfo& info() const { return *view.info; }
  const std::string& name() const { return view.info->name; }
};

class Checkpoint {
 public:
  /// The index file name of sharded checkpoints (HF / mlx_lm convention).
  static constexpr std::string_view kIndexFileName = "model.safetensors.index.json";

  /// Opens `dir`: with an index, the shards its weight_map names (validated: shards exist inside
  /// the directory, every mapped tensor is in its shard, no tensor in two shards); otherwise
  /// `model.safetensors`, or every `*.safetensors` when that is absent.
  static Result<Checkpoint> open(const std::filesystem::path& dir);

  const std::filesystem::path& dir() const { return dir_; }
  /// True when opened through model.safetensors.index.json.
  bool indexed() const { return indexed_; }
  /// The files, in the order opened (shard names sorted).
  const std::vector<std::shared_ptr<const SafetensorsFile>>& files() const { return files_; }

  /// Number of tensors over all files.
  size_t tensor_count() const { return by_name_.size(); }
  /// All tensor names, sorted.
  std::vector<std::string> tensor_names() const;
  /// Sum of the tensors' byte sizes.
  uint64_t total_bytes() const { return total_bytes_; }

  bool contains(std::string_view name) const { return by_name_.find(name) != by_name_.end(); }
  /// nullopt when absent.
  std::optional<TensorRef> find(std::string_view name) const;
  /// The tensor, or a kNotFound error naming it and the directory.
  Result<TensorRef> get(std::string_view name) const;

  /// Oddities that are not errors (a shard tensor the index does not list, total_size mismatch).
  const std::vector<std::string>& warnings() const { return warnings_; }

 private:
  struct Entry {
    const TensorInfo* info;
    size_t file_index;
  };
  Status add_file(std::shared_ptr<const SafetensorsFile> file);

  std::filesystem::path dir_;
  bool indexed_ = false;
  std::vector<std::shared_ptr<const SafetensorsFile>> files_;
  std::map<std::string, Entry, std::less<>> by_name_;
  uint64_t total_bytes_ = 0;
  std::vector<std::string> warnings_;
};

}  // namespace mlxla::checkpoint
