#include "training/training_checkpoint.h"

#include <fstream>
#include <nlohmann/json.hpp>

#include "common/error.h"
#include "model/checkpoint_weights.h"
#include "model/lora_adapter_file.h"

namespace msl {
namespace fs = std::filesystem;
namespace {

constexpr int kTrainerStateVersion = 1;
constexpr const char* kTrainerStateFile = "trainer_state.json";

std::int64_t folderBytes(const fs::path& dir) {
  std::int64_t bytes = 0;
  for (const auto& entry : fs::recursive_directory_iterator(dir))
    if (entry.is_regular_file()) bytes += static_cast<std::int64_t>(entry.file_size());
  return bytes;
}

nlohmann::json readJsonFile(const fs::path& file) {
  std::ifstream in(file);
  if (!in) throw Error(file.string() + ": cannot be read");
  try {
    return nlohmann::json::parse(in);
  } catch (const nlohmann::json::exception& error) {
    throw Error(file.string() + ": " + error.what());
  }
}

}  // namespace

WrittenCheckpoint writeTrainingCheckpoint(const fs::path& runDir, const TrainingState& state,
                                          const RunConfig& config, const CheckpointPoint& point) {
  const std::string name = "checkpoint-" + std::to_string(point.step);
  const fs::path dir = runDir / name;
  const fs::path partial = runDir / (name + ".partial");
  fs::remove_all(partial);
  fs::create_directories(partial);
  if (state.lora)
    saveLoraAdapter(state.model, *state.lora, partial / "adapter");
  else
    saveWeights(state.model, partial / "model.safetensors");
  saveAdamWState(state.optimizer, state.trainable, partial / "optimizer.safetensors");
  const nlohmann::json trainerState = {
      {"version", kTrainerStateVersion},
      {"step", point.step},
      {"epoch", point.epoch},
      {"kind", point.kind},
      {"data_position", {{"epoch", point.position.epoch}, {"batch", point.position.batch}}},
      {"scheduler",
       {{"kind", config.schedule.kind}, {"step", point.step}, {"total_steps", point.totalSteps}}},
      {"loss", state.loss.state()},
      // Generator state is not saved: each step reseeds the global generator with this rule.
      {"rng",
       {{"seed", config.training.seed}, {"rule", "manual_seed(seed + step) before each step"}}},
      {"config", runConfigToJson(config)}};
  {
    // Only a folder whose every file was written becomes a checkpoint (a full disk stops here).
    const fs::path stateFile = partial / kTrainerStateFile;
    std::ofstream out(stateFile);
    out << trainerState.dump(2) << "\n";
    out.close();
    if (!out) throw Error("cannot write " + stateFile.string() + " (disk full?)");
  }
  fs::remove_all(dir);
  fs::rename(partial, dir);  // a crash leaves a .partial folder, never a half checkpoint
  return {dir, folderBytes(dir)};
}

CheckpointPoint restoreTrainingCheckpoint(const fs::path& checkpointDir,
                                          const TrainingState& state) {
  const fs::path stateFile = checkpointDir / kTrainerStateFile;
  const nlohmann::json trainerState = readJsonFile(stateFile);
  CheckpointPoint point;
  try {
    if (trainerState.at("version").get<int>() != kTrainerStateVersion)
      throw Error("trainer state version " + trainerState.at("version").dump() + ", expected " +
                  std::to_string(kTrainerStateVersion));
    point.step = trainerState.at("step").get<std::int64_t>();
    point.position.epoch = trainerState.at("data_position").at("epoch").get<std::int64_t>();
    point.position.batch = trainerState.at("data_position").at("batch").get<std::int64_t>();
    point.kind = trainerState.value("kind", "");
    point.epoch = trainerState.value("epoch", 0.0);
    state.loss.restoreState(trainerState.at("loss"));
  } catch (const nlohmann::json::exception& error) {
    throw Error(stateFile.string() + ": " + error.what());
  }
  loadAdamWState(state.optimizer, state.trainable, checkpointDir / "optimizer.safetensors");
  return point;
}

}  // namespace msl
