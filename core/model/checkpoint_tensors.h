#pragma once
// The tensors of a Hugging Face checkpoint folder: model.safetensors, or the shards listed in
// model.safetensors.index.json. Torch-free; every shard is mapped and validated on open.
#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "model/safetensors_file.h"

namespace msl {

class CheckpointTensors {
 public:
  // `location` is a checkpoint folder or a single .safetensors file. A folder holding only
  // pytorch_model.bin (or other pickles) is refused with the "convert to safetensors" error.
  explicit CheckpointTensors(const std::filesystem::path& location);

  bool contains(const std::string& name) const { return owner_.count(name) != 0; }
  std::vector<std::string> tensorNames() const;  // sorted
  // Throws msl::Error naming the checkpoint when the tensor is absent.
  SafetensorsBytes bytes(const std::string& name) const;
  const SafetensorsFile& fileOf(const std::string& name) const;
  // Once a tensor is converted: its bytes leave resident memory (MappedFile::evict).
  void evict(const std::string& name) const { fileOf(name).evict(bytes(name)); }
  const std::vector<std::unique_ptr<SafetensorsFile>>& files() const { return files_; }

 private:
  void addFile(const std::filesystem::path& path);
  void loadIndex(const std::filesystem::path& indexPath);

  std::filesystem::path location_;
  std::vector<std::unique_ptr<SafetensorsFile>> files_;
  std::map<std::string, const SafetensorsFile*> owner_;
};

}  // namespace msl
