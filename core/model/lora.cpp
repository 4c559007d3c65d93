#include "model/lora.h"

#include <ATen/ATen.h>

#include <algorithm>

#include "common/error.h"

namespace msl {
namespace {

bool wanted(const std::vector<std::string>& targets, const std::string& name) {
  return targets.empty() || std::find(targets.begin(), targets.end(), name) != targets.end();
}

}  // namespace

void forEachProjection(CausalLm& model, const std::vector<std::string>& targets,
                       const std::function<void(std::int64_t, const std::string&,
                                                const std::string&, LoraLinearImpl&)>& visit) {
  auto& layers = model->model->layers;
  for (std::size_t i = 0; i < layers->size(); ++i) {
    auto& layer = layers->at<DecoderLayerImpl>(i);
    const std::string prefix = "model.layers." + std::to_string(i) + ".";
    const std::pair<const char*, LoraLinear*> attention[] = {{"q_proj", &layer.self_attn->q_proj},
                                                             {"k_proj", &layer.self_attn->k_proj},
                                                             {"v_proj", &layer.self_attn->v_proj},
                                                             {"o_proj", &layer.self_attn->o_proj}};
    for (const auto& [name, projection] : attention)
      if (wanted(targets, name))
        visit(static_cast<std::int64_t>(i), name, prefix + "self_attn." + name, **projection);
    const std::pair<const char*, LoraLinear*> mlp[] = {{"gate_proj", &layer.mlp->gate_proj},
                                                       {"up_proj", &layer.mlp->up_proj},
                                                       {"down_proj", &layer.mlp->down_proj}};
    for (const auto& [name, projection] : mlp)
      if (wanted(targets, name))
        visit(static_cast<std::int64_t>(i), name, prefix + "mlp." + name, **projection);
  }
}

LoraConfig applyLora(CausalLm& model, LoraConfig config) {
  config = checkedLoraConfig(std::move(config));
  if (hasLora(model)) throw Error("LoRA: the model already carries adapters");
  for (auto& parameter : model->parameters()) parameter.set_requires_grad(false);
  forEachProjection(
      model, config.targetModules,
      [&](std::int64_t, const std::string&, const std::string&, LoraLinearImpl& projection) {
        projection.attachLora(config.rank, config.alpha, config.dropout);
      });
  return config;
}

bool hasLora(const CausalLm& model) {
  const auto names = model->named_parameters().keys();
  return std::any_of(names.begin(), names.end(), isLoraParameterName);
}

void mergeLora(CausalLm& model) {
  forEachProjection(model, {},
                    [](std::int64_t, const std::string&, const std::string&,
                       LoraLinearImpl& projection) { projection.merge(); });
}

void unmergeLora(CausalLm& model) {
  forEachProjection(model, {},
                    [](std::int64_t, const std::string&, const std::string&,
                       LoraLinearImpl& projection) { projection.unmerge(); });
}

void enableFullFineTuning(CausalLm& model) {
  if (hasLora(model))
    throw Error("full fine-tuning: the model carries LoRA adapters; use one or the other");
  for (auto& parameter : model->parameters()) parameter.set_requires_grad(true);
}

std::vector<torch::Tensor> trainableParameters(const CausalLm& model) {
  std::vector<torch::Tensor> result;
  for (const auto& item : model->named_parameters())
    if (item.value().requires_grad()) result.push_back(item.value());
  return result;
}

std::vector<std::string> trainableParameterNames(const CausalLm& model) {
  std::vector<std::string> result;
  for (const auto& item : model->named_parameters())
    if (item.value().requires_grad()) result.push_back(item.key());
  return result;
}

bool isLoraParameterName(const std::string& name) {
  return name.find(".lora_A.") != std::string::npos || name.find(".lora_B.") != std::string::npos;
}

}  // namespace msl
