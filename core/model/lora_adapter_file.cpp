#include "model/lora_adapter_file.h"

#include <ATen/ATen.h>
#include <torch/utils.h>

#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>

#include "common/atomic_file.h"
#include "common/error.h"
#include "model/lora.h"
#include "model/safetensors_file.h"
#include "model/safetensors_writer.h"
#include "model/tensor_conversion.h"

namespace msl {
namespace {

const char* const kPeftPrefix = "base_model.model.";
const char* const kConfigFile = "adapter_config.json";
const char* const kWeightsFile = "adapter_model.safetensors";

std::string shapeText(c10::IntArrayRef shape) {
  std::ostringstream text;
  text << shape;
  return text.str();
}

// Checks that the model's adapters are exactly those `config` describes.
void checkAdaptersMatch(CausalLm& model, const LoraConfig& config) {
  std::int64_t attached = 0;
  forEachProjection(
      model, {},
      [&](std::int64_t, const std::string& name, const std::string& path,
          LoraLinearImpl& projection) {
        const bool targeted = std::find(config.targetModules.begin(), config.targetModules.end(),
                                        name) != config.targetModules.end();
        if (targeted != projection.hasLora())
          throw Error("LoRA adapter: " + path +
                      (targeted ? " is a target module but carries no adapter"
                                : " carries an adapter but is not a target module"));
        if (targeted && (projection.rank() != config.rank || projection.alpha() != config.alpha))
          throw Error("LoRA adapter: " + path + " has r = " + std::to_string(projection.rank()) +
                      ", alpha = " + std::to_string(projection.alpha()) +
                      " but the config says r = " + std::to_string(config.rank) +
                      ", alpha = " + std::to_string(config.alpha));
        attached += targeted ? 1 : 0;
      });
  if (attached == 0) throw Error("LoRA adapter: the model carries no adapters");
}

}  // namespace

std::string peftTensorName(const std::string& parameterName) {
  return kPeftPrefix + parameterName;
}

void saveLoraAdapter(CausalLm& model, const LoraConfig& config,
                     const std::filesystem::path& folder) {
  const auto checked = checkedLoraConfig(config);
  checkAdaptersMatch(model, checked);
  std::filesystem::create_directories(folder);
  std::vector<torch::Tensor> keepAlive;
  std::vector<SafetensorsTensorView> views;
  const auto parameters = model->named_parameters();
  keepAlive.reserve(parameters.size());
  for (const auto& item : parameters) {
    if (!isLoraParameterName(item.key())) continue;
    keepAlive.push_back(contiguousCpu(item.value().detach()));
    views.push_back(viewForWriting(peftTensorName(item.key()), keepAlive.back()));
  }
  writeSafetensors(folder / kWeightsFile, std::move(views), {{"format", "pt"}});
  const auto configPath = folder / kConfigFile;
  writeFileAtomically(configPath, loraConfigToPeftJson(checked).dump(2) + "\n");
}

LoraConfig loadLoraAdapter(CausalLm& model, const std::filesystem::path& folder) {
  try {
    const auto weightsPath = folder / kWeightsFile;
    if (!std::filesystem::exists(weightsPath)) {
      if (std::filesystem::exists(folder / "adapter_model.bin"))
        refusePickledCheckpoint(folder / "adapter_model.bin");
      throw Error(weightsPath.string() + ": missing (PEFT adapter weights)");
    }
    const auto config = loadLoraConfig(folder / kConfigFile);
    const SafetensorsFile file(weightsPath);
    const auto fileName = weightsPath.string();
    // Check every name and shape before touching the model.
    std::map<std::string, std::vector<std::int64_t>> shapes;
    forEachProjection(
        model, config.targetModules,
        [&](std::int64_t, const std::string&, const std::string& path, LoraLinearImpl& projection) {
          const auto in = projection.weight.size(1);
          const auto out = projection.weight.size(0);
          shapes[peftTensorName(path + ".lora_A.weight")] = {config.rank, in};
          shapes[peftTensorName(path + ".lora_B.weight")] = {out, config.rank};
        });
    for (const auto& [name, shape] : shapes) {
      if (!file.contains(name))
        throw Error(fileName + ": lacks tensor '" + name + "' of shape " + shapeText(shape) +
                    " that adapter_config.json (r = " + std::to_string(config.rank) +
                    ", target_modules) and the model require");
      const auto& info = *file.bytes(name).info;
      if (info.shape != shape)
        throw Error(fileName + ": tensor '" + name + "' has shape " + shapeText(info.shape) +
                    " but r = " + std::to_string(config.rank) + " and the model require " +
                    shapeText(shape));
    }
    for (const auto& name : file.tensorNames())
      if (shapes.count(name) == 0)
        throw Error(fileName + ": unexpected tensor '" + name +
                    "' (not a LoRA A/B weight of a target module of this " +
                    model->config().modelType + " model; expected names like '" +
                    shapes.begin()->first + "')");
    if (!hasLora(model)) applyLora(model, config);
    checkAdaptersMatch(model, config);
    torch::NoGradGuard noGrad;
    for (auto& item : model->named_parameters()) {
      if (!isLoraParameterName(item.key())) continue;
      auto& parameter = item.value();
      parameter.copy_(toTensor(file.bytes(peftTensorName(item.key())), parameter.options()));
    }
    return config;
  } catch (...) {
    rethrowWithContext("loading LoRA adapter " + folder.string());
  }
}

}  // namespace msl
