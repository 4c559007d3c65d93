#include "model/model_factory.h"

#include <ATen/ATen.h>
#include <torch/utils.h>

#include <fstream>
#include <nlohmann/json.hpp>

#include "common/error.h"
#include "model/available_memory.h"
#include "model/checkpoint_tensors.h"
#include "model/checkpoint_weights.h"
#include "model/device_choice.h"

namespace msl {

ModelConfig presetModelConfig(const std::string& arch, const std::string& preset,
                              std::int64_t vocabSize, std::optional<std::int64_t> bosId,
                              std::vector<std::int64_t> eosIds) {
  if (arch != "llama" && arch != "qwen2")
    throw Error("unknown architecture '" + arch + "' (supported: llama, qwen2)");
  ModelConfig config;
  config.modelType = arch;
  config.vocabSize = vocabSize;
  if (preset == "tiny") {
    config.hiddenSize = 64;
    config.intermediateSize = 176;
    config.numHiddenLayers = 2;
    config.numAttentionHeads = 4;
    config.numKeyValueHeads = 2;
  } else if (preset == "small") {
    config.hiddenSize = 256;
    config.intermediateSize = 704;
    config.numHiddenLayers = 4;
    config.numAttentionHeads = 8;
    config.numKeyValueHeads = 4;
  } else {
    throw Error("unknown preset '" + preset + "' (supported: tiny, small)");
  }
  config.headDim = config.hiddenSize / config.numAttentionHeads;
  config.maxPositionEmbeddings = 2048;
  // Each family's own defaults, so that the tiny model exercises the same code paths.
  config.rmsNormEps = arch == "llama" ? 1e-5 : 1e-6;
  config.ropeTheta = arch == "llama" ? 500000.0 : 1000000.0;
  config.qkvBias = arch == "qwen2";
  config.tieWordEmbeddings = true;
  config.bosTokenId = bosId;
  config.eosTokenIds = std::move(eosIds);
  config.initializerRange = 0.02;
  config.torchDtype = "float32";
  return config;
}

void initializeLikeHuggingFace(CausalLm& model, std::uint64_t seed) {
  torch::NoGradGuard noGrad;
  torch::manual_seed(seed);
  const double std = model->config().initializerRange;
  for (auto& item : model->named_parameters()) {
    const auto& name = item.key();
    auto& parameter = item.value();
    if (name.find("norm") != std::string::npos)
      parameter.fill_(1.0);
    else if (name.size() > 5 && name.compare(name.size() - 5, 5, ".bias") == 0)
      parameter.zero_();
    else
      parameter.normal_(0.0, std);
  }
}

void writeCheckpoint(const CausalLm& model, const std::filesystem::path& folder,
                     torch::ScalarType dtype, std::int64_t maxShardBytes) {
  saveWeightsToFolder(model, folder, dtype, maxShardBytes);
  auto config = model->config();
  config.torchDtype = dtypeName(dtype);
  const auto configPath = folder / "config.json";
  std::ofstream out(configPath);
  out << modelConfigToJson(config).dump(2) << "\n";
  if (!out) throw Error(configPath.string() + ": cannot write");
}

CausalLm loadCausalLm(const std::filesystem::path& folder, const torch::Device& device,
                      torch::ScalarType dtype, const MemoryWorkload& workload,
                      std::optional<std::int64_t> limitBytes) {
  try {
    const auto config = loadModelConfig(folder / "config.json");
    auto atDtype = workload;
    atDtype.bytesPerValue = static_cast<std::int64_t>(c10::elementSize(dtype));
    checkModelFitsMemory(config, atDtype, device, "the model", limitBytes);
    CausalLm model(config, WeightPlacement::forLoading(device, dtype));
    loadWeights(model, CheckpointTensors(folder));
    model->to(device, dtype);  // the few weights made before placement: norms
    model->eval();
    return model;
  } catch (...) {
    rethrowWithContext("loading model " + folder.string());
  }
}

}  // namespace msl
