#pragma once
// A run's checkpoint folder, checkpoint-<step>/: the weights (the LoRA adapter, or the whole
// model under full fine-tuning), AdamW's state, and trainer_state.json (step, data position,
// schedule, the loss's own state such as ATS's moving average, the seed rule and the config).
// Written into checkpoint-<step>.partial and renamed only once every file is on disk, so a crash
// or a full disk never leaves a folder that looks complete. The weights of a resumed run are
// loaded where the model is built (TrainingSession::setUpModel); the rest is restored here.
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include <torch/optim/adamw.h>

#include "losses/recommendation_loss.h"
#include "model/causal_lm.h"
#include "model/lora_config.h"
#include "training/data_position.h"
#include "training/optimizer_state_file.h"
#include "runs/run_config.h"

namespace msl {

// What a checkpoint holds of a training run, by reference to the session's own objects.
struct TrainingState {
  CausalLm& model;
  const LoraConfig* lora;  // the adapter's config when LoRA trains; null under full fine-tuning
  torch::optim::AdamW& optimizer;
  const std::vector<NamedParameter>& trainable;
  RecommendationLoss& loss;
};

// Where in the run a checkpoint is taken.
struct CheckpointPoint {
  std::int64_t step = 0;  // optimizer steps done
  double epoch = 0;       // fractional, as StepMetrics::epoch
  std::string kind;       // step | epoch | final
  DataPosition position;
  std::int64_t totalSteps = 0;  // the schedule's length
};

struct WrittenCheckpoint {
  std::filesystem::path folder;
  std::int64_t bytes = 0;
};

// Writes runDir/checkpoint-<point.step>, replacing one already there. Throws msl::Error naming
// the file that could not be written.
WrittenCheckpoint writeTrainingCheckpoint(const std::filesystem::path& runDir,
                                          const TrainingState& state, const RunConfig& config,
                                          const CheckpointPoint& point);

// Restores the optimizer and the loss from `checkpointDir` and returns the step and data
// position it was taken at. Throws msl::Error naming the file, and the trainer state version
// when it is not this program's.
CheckpointPoint restoreTrainingCheckpoint(const std::filesystem::path& checkpointDir,
                                          const TrainingState& state);

}  // namespace msl
