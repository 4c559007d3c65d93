#include "training/training_checkpoint.h"

#include <nlohmann/json.hpp>

#include "common/atomic_file.h"
#include "common/error.h"
#include "common/json_reader.h"
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

// Files of a checkpoint written into `partial`; on any failure (a full disk) the folder is
// removed, so that its space is free again and no half checkpoint stays beside the good ones.
template <typename Write>
void writeOrRemove(const fs::path& partial, Write write) {
  try {
    write();
  } catch (...) {
    std::error_code ignored;
    fs::remove_all(partial, ignored);
    throw;
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
  writeOrRemove(partial, [&] {
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
    // Only a folder whose every file was written becomes a checkpoint (a full disk stops here).
    writeFileAtomically(partial / kTrainerStateFile, trainerState.dump(2) + "\n");
  });
  fs::remove_all(dir);
  fs::rename(partial, dir);  // a crash leaves a .partial folder, never a half checkpoint
  return {dir, folderBytes(dir)};
}

CheckpointPoint restoreTrainingCheckpoint(const fs::path& checkpointDir,
                                          const TrainingState& state) {
  const fs::path stateFile = checkpointDir / kTrainerStateFile;
  const nlohmann::json json = readJsonFile(stateFile);
  const JsonReader trainerState(json, stateFile.string());
  const JsonReader version = trainerState["version"];
  if (version.integer() != kTrainerStateVersion)
    version.expected("trainer state version " + std::to_string(kTrainerStateVersion));
  CheckpointPoint point;
  point.step = trainerState["step"].integer();
  point.position.epoch = trainerState["data_position"]["epoch"].integer();
  point.position.batch = trainerState["data_position"]["batch"].integer();
  point.kind = trainerState.string("kind", "");
  point.epoch = trainerState.number("epoch", 0.0);
  try {
    state.loss.restoreState(json.at("loss"));
  } catch (const nlohmann::json::exception& error) {
    trainerState["loss"].fail(error.what());
  }
  loadAdamWState(state.optimizer, state.trainable, checkpointDir / "optimizer.safetensors");
  return point;
}

}  // namespace msl
