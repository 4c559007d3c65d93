#include "runs/run_config.h"

#include <filesystem>
#include <sstream>

#include "common/json_reader.h"

namespace msl {

void checkRunConfigComplete(const RunConfig& config) {
  const auto fail = [](const char* path, const std::string& problem) {
    throw JsonError("run config", path, problem);
  };
  if (config.data.dir.empty()) fail("data.dir", "required (a dataset folder)");
  if (!config.model.create && config.model.checkpoint.empty())
    fail("model.checkpoint",
         "required (a checkpoint folder), or model.create to train a randomly initialised model");
  if (config.training.batchSize % config.training.gradientAccumulation != 0)
    fail("training.batch_size", std::to_string(config.training.batchSize) +
                                    " must be divisible by training.gradient_accumulation (" +
                                    std::to_string(config.training.gradientAccumulation) + ")");
}

std::string defaultRunName(const RunConfig& config) {
  std::filesystem::path data = std::filesystem::path(config.data.dir).lexically_normal();
  if (data.filename().empty()) data = data.parent_path();
  std::string dataset = data.filename().string();
  if ((dataset == "data" || dataset == "dataset") && !data.parent_path().filename().empty())
    dataset = data.parent_path().filename().string();
  std::ostringstream name;
  name << (dataset.empty() ? "dataset" : dataset) << " · ";
  if (config.loss.kind == "lml")
    name << "LML";
  else if (config.loss.kind == "msl")
    name << "MSL τ " << config.loss.tau;
  else
    name << "MSL+ATS";
  if (config.lora.enabled)
    name << " · LoRA r" << config.lora.rank;
  else
    name << " · full";
  if (config.model.create) name << " · created " << config.model.createSize;
  name << " · lr " << config.optimizer.learningRate;
  return name.str();
}

}  // namespace msl
