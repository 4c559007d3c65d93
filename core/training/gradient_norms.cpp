#include "training/gradient_norms.h"

#include <cmath>

namespace msl {
namespace {

// "model.layers.0.self_attn.q_proj.lora_A.weight" -> "layers.0.self_attn.q_proj".
std::string moduleOf(std::string name) {
  if (name.rfind("model.", 0) == 0) name = name.substr(6);
  for (const char* suffix : {".weight", ".bias", ".lora_A", ".lora_B"}) {
    const std::string s(suffix);
    if (name.size() > s.size() && name.compare(name.size() - s.size(), s.size(), s) == 0)
      name.resize(name.size() - s.size());
  }
  return name;
}

// "layers.0.self_attn.q_proj" -> "layers.0"; other modules are their own group.
std::string layerOf(const std::string& module) {
  if (module.rfind("layers.", 0) != 0) return module;
  const auto dot = module.find('.', 7);
  return dot == std::string::npos ? module : module.substr(0, dot);
}

}  // namespace

GradientNorms gradientNorms(const std::vector<NamedParameter>& trainable,
                            const std::vector<std::optional<double>>& squaredNorms) {
  GradientNorms norms;
  double total = 0;
  for (std::size_t index = 0; index < trainable.size() && index < squaredNorms.size(); ++index) {
    if (!squaredNorms[index]) continue;
    const double squared = *squaredNorms[index];
    total += squared;
    const std::string module = moduleOf(trainable[index].name);
    norms.perModule[module] += squared;
    const std::string layer = layerOf(module);
    if (layer != module) norms.perModule[layer] += squared;
  }
  for (auto& item : norms.perModule) item.second = std::sqrt(item.second);
  norms.global = std::sqrt(total);
  return norms;
}

}  // namespace msl
