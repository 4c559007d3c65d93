#include "model/checkpoint_weights.h"

#include <ATen/ATen.h>
#include <torch/utils.h>

#include <cstdio>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "common/error.h"
#include "model/checkpoint_tensors.h"
#include "model/lora.h"
#include "model/tensor_conversion.h"

namespace msl {
namespace {

std::string shapeText(c10::IntArrayRef shape) {
  std::ostringstream text;
  text << shape;
  return text.str();
}

bool toleratedExtra(const std::string& name, const ModelConfig& config) {
  if (name == "lm_head.weight" && config.tieWordEmbeddings) return true;
  // Older checkpoints saved the rotary tables; they are derived from the config here.
  const std::string rotary = "rotary_emb.inv_freq";
  return name.size() >= rotary.size() &&
         name.compare(name.size() - rotary.size(), rotary.size(), rotary) == 0;
}

}  // namespace

void loadWeights(CausalLm& model, const CheckpointTensors& checkpoint) {
  torch::NoGradGuard noGrad;
  std::set<std::string> expected;
  for (auto& item : model->named_parameters()) {
    const auto& name = item.key();
    auto& parameter = item.value();
    if (isLoraParameterName(name)) continue;  // adapters live in their own file
    expected.insert(name);
    if (!checkpoint.contains(name))
      throw Error("checkpoint lacks tensor '" + name + "' of shape " +
                  shapeText(parameter.sizes()) + " that the config requires");
    const auto bytes = checkpoint.bytes(name);
    if (c10::IntArrayRef(bytes.info->shape) != parameter.sizes())
      throw Error(checkpoint.fileOf(name).path().string() + ": tensor '" + name + "' has shape " +
                  shapeText(bytes.info->shape) + " but the config requires " +
                  shapeText(parameter.sizes()));
    copyInto(parameter, bytes);
    checkpoint.evict(name);
  }
  for (const auto& name : checkpoint.tensorNames())
    if (expected.count(name) == 0 && !toleratedExtra(name, model->config()))
      throw Error(checkpoint.fileOf(name).path().string() + ": unexpected tensor '" + name +
                  "' for a " + model->config().modelType + " model with this config");
}

namespace {

// The model's weights by name (sorted, as save_pretrained orders them); no LoRA adapters.
std::map<std::string, torch::Tensor> weightsByName(const CausalLm& model) {
  std::map<std::string, torch::Tensor> tensors;
  for (const auto& item : model->named_parameters()) {
    if (!isLoraParameterName(item.key())) tensors[item.key()] = item.value();
  }
  return tensors;
}

void writeShard(const std::filesystem::path& file,
                const std::map<std::string, torch::Tensor>& tensors,
                const std::vector<std::string>& names, torch::ScalarType dtype) {
  std::vector<torch::Tensor> keepAlive;
  std::vector<SafetensorsTensorView> views;
  keepAlive.reserve(names.size());
  for (const std::string& name : names) {
    keepAlive.push_back(contiguousCpu(tensors.at(name).to(dtype)));
    views.push_back(viewForWriting(name, keepAlive.back()));
  }
  writeSafetensors(file, std::move(views), {{"format", "pt"}});
}

}  // namespace

void saveWeights(const CausalLm& model, const std::filesystem::path& file,
                 torch::ScalarType dtype) {
  const auto tensors = weightsByName(model);
  std::vector<std::string> names;
  for (const auto& entry : tensors) names.push_back(entry.first);
  writeShard(file, tensors, names, dtype);
}

void saveWeightsToFolder(const CausalLm& model, const std::filesystem::path& folder,
                         torch::ScalarType dtype, std::int64_t maxShardBytes) {
  namespace fs = std::filesystem;
  const auto tensors = weightsByName(model);
  std::vector<std::vector<std::string>> shards(1);
  std::int64_t shardBytes = 0;
  std::int64_t totalBytes = 0;
  for (const auto& [name, tensor] : tensors) {
    const auto bytes = tensor.numel() * static_cast<std::int64_t>(c10::elementSize(dtype));
    if (shardBytes > 0 && shardBytes + bytes > maxShardBytes) {
      shards.emplace_back();
      shardBytes = 0;
    }
    shards.back().push_back(name);
    shardBytes += bytes;
    totalBytes += bytes;
  }
  fs::create_directories(folder);
  const fs::path single = folder / "model.safetensors";
  const fs::path index = folder / "model.safetensors.index.json";
  if (shards.size() == 1) {
    writeShard(single, tensors, shards.front(), dtype);
    fs::remove(index);
    return;
  }
  nlohmann::json weightMap = nlohmann::json::object();
  for (std::size_t k = 0; k < shards.size(); ++k) {
    char file[64];
    std::snprintf(file, sizeof file, "model-%05zu-of-%05zu.safetensors", k + 1, shards.size());
    writeShard(folder / file, tensors, shards[k], dtype);
    for (const std::string& name : shards[k]) weightMap[name] = file;
  }
  const fs::path partial = folder / "model.safetensors.index.json.partial";
  {
    std::ofstream out(partial);
    out << nlohmann::json{{"metadata", {{"total_size", totalBytes}}}, {"weight_map", weightMap}}
               .dump(2)
        << "\n";
    out.close();
    if (!out) throw Error("cannot write " + partial.string() + " (disk full?)");
  }
  fs::rename(partial, index);
  fs::remove(single);
}

}  // namespace msl
