#pragma once
// Where the weights of a stored run are: its checkpoint at a step (or the latest one still on
// disk), the base model it was trained from and the tokenizer, read from the run's stored
// config. What `mslw eval --run` and `mslw recommend --run` start from. No LibTorch: the GUI can
// resolve a run without loading it (RecommenderSession loads it, through
// runs/model_source_resolution.h).
#include <cstdint>
#include <filesystem>
#include <optional>

#include "runs/run_config.h"
#include "store/experiment_store.h"

namespace msl {

struct RunCheckpoint {
  RunId run = 0;
  std::int64_t step = 0;
  std::filesystem::path checkpointDir;  // adapter/ (LoRA) or model.safetensors (full)
  // config.json and the base weights: the run's own base/ folder when it created its model
  // (full fine-tuning checkpoints hold only the weights), else model.checkpoint.
  std::filesystem::path baseModelDir;
  std::filesystem::path tokenizerJson;
  bool lora = false;
  RunConfig config;  // as stored with the run; config.data.dir is the run's dataset
};

// `step` nullopt: the latest checkpoint whose folder still exists. msl::Error names the run
// and lists the steps with a checkpoint (and which are gone from disk) when none fits, and
// says so when the run was not made by the trainer (no run config stored).
RunCheckpoint resolveRunCheckpoint(ExperimentStore& store, RunId run,
                                   std::optional<std::int64_t> step = std::nullopt);

}  // namespace msl
