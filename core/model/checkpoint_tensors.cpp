#include "model/checkpoint_tensors.h"

#include <fstream>
#include <nlohmann/json.hpp>
#include <set>

#include "common/error.h"

namespace msl {
namespace {

namespace fs = std::filesystem;

void refuseFolderWithOnlyPickles(const fs::path& folder) {
  for (const char* pickled : {"pytorch_model.bin", "pytorch_model.bin.index.json", "model.pt",
                              "model.pth", "consolidated.00.pth"})
    if (fs::exists(folder / pickled))
      throw Error(folder.string() + ": holds " + pickled +
                  " but no model.safetensors: pickled checkpoints are never loaded: convert to "
                  "safetensors");
  throw Error(folder.string() +
              ": no model.safetensors or model.safetensors.index.json in this folder");
}

// Shard names come from a file we did not write: keep them inside the checkpoint folder.
void checkShardName(const std::string& shard, const fs::path& indexPath) {
  if (shard.empty() || shard.find('/') != std::string::npos ||
      shard.find('\\') != std::string::npos || shard == "." || shard == "..")
    throw Error(indexPath.string() + ": shard name '" + shard +
                "' must be a plain file name in the checkpoint folder");
}

}  // namespace

CheckpointTensors::CheckpointTensors(const fs::path& location) : location_(location) {
  if (!fs::exists(location)) throw Error(location.string() + ": no such file or folder");
  if (!fs::is_directory(location)) {
    addFile(location);
    return;
  }
  if (fs::exists(location / "model.safetensors.index.json"))
    loadIndex(location / "model.safetensors.index.json");
  else if (fs::exists(location / "model.safetensors"))
    addFile(location / "model.safetensors");
  else
    refuseFolderWithOnlyPickles(location);
}

void CheckpointTensors::addFile(const fs::path& path) {
  files_.push_back(std::make_unique<SafetensorsFile>(path));
  const SafetensorsFile* file = files_.back().get();
  for (const auto& [name, info] : file->header().tensors) {
    const auto [existing, inserted] = owner_.emplace(name, file);
    if (!inserted)
      throw Error(path.string() + ": tensor '" + name + "' also appears in " +
                  existing->second->path().string());
  }
}

void CheckpointTensors::loadIndex(const fs::path& indexPath) {
  nlohmann::json index;
  try {
    std::ifstream in(indexPath);
    if (!in) throw Error("cannot open");
    index = nlohmann::json::parse(in);
  } catch (const std::exception& e) {
    throw Error(indexPath.string() + ": not a valid index file: " + e.what());
  }
  const auto weightMap = index.find("weight_map");
  if (!index.is_object() || weightMap == index.end() || !weightMap->is_object())
    throw Error(indexPath.string() + ": expected an object with a \"weight_map\" object");

  std::set<std::string> shards;
  for (const auto& [name, shard] : weightMap->items()) {
    if (!shard.is_string())
      throw Error(indexPath.string() + ": weight_map entry '" + name + "' must name a file");
    checkShardName(shard.get<std::string>(), indexPath);
    shards.insert(shard.get<std::string>());
  }
  for (const auto& shard : shards) addFile(indexPath.parent_path() / shard);
  for (const auto& [name, shard] : weightMap->items()) {
    const auto found = owner_.find(name);
    const fs::path expected = indexPath.parent_path() / shard.get<std::string>();
    if (found == owner_.end() || found->second->path() != expected)
      throw Error(indexPath.string() + ": tensor '" + name + "' is listed in " +
                  shard.get<std::string>() + " but that shard does not hold it");
  }
}

std::vector<std::string> CheckpointTensors::tensorNames() const {
  std::vector<std::string> names;
  names.reserve(owner_.size());
  for (const auto& entry : owner_) names.push_back(entry.first);
  return names;
}

const SafetensorsFile& CheckpointTensors::fileOf(const std::string& name) const {
  const auto found = owner_.find(name);
  if (found == owner_.end())
    throw Error(location_.string() + ": tensor '" + name + "' not found in the checkpoint");
  return *found->second;
}

SafetensorsBytes CheckpointTensors::bytes(const std::string& name) const {
  return fileOf(name).bytes(name);
}

}  // namespace msl
