#include "model/checkpoint_weights.h"

#include <ATen/ATen.h>
#include <torch/utils.h>

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
    parameter.copy_(toTensor(bytes, parameter.options()));
  }
  for (const auto& name : checkpoint.tensorNames())
    if (expected.count(name) == 0 && !toleratedExtra(name, model->config()))
      throw Error(checkpoint.fileOf(name).path().string() + ": unexpected tensor '" + name +
                  "' for a " + model->config().modelType + " model with this config");
}

void saveWeights(const CausalLm& model, const std::filesystem::path& file,
                 torch::ScalarType dtype) {
  std::vector<torch::Tensor> keepAlive;
  std::vector<SafetensorsTensorView> views;
  keepAlive.reserve(model->parameters().size());
  for (const auto& item : model->named_parameters()) {
    if (isLoraParameterName(item.key())) continue;
    keepAlive.push_back(contiguousCpu(item.value().to(dtype)));
    views.push_back(viewForWriting(item.key(), keepAlive.back()));
  }
  writeSafetensors(file, std::move(views), {{"format", "pt"}});
}

}  // namespace msl
