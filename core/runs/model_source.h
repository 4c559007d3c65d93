#pragma once
// Where a model to evaluate comes from, and the files that make it. A checkpoint folder in
// Hugging Face layout (config.json, model.safetensors, tokenizer.json) with an optional LoRA
// adapter, or a run of an experiment store at a step. A trainer's checkpoint holds only what
// training changed (adapter/ for LoRA, model.safetensors for full fine-tuning), so a stored run
// resolves to its base model folder plus that checkpoint: runs/model_source_resolution.h,
// beside the run checkpoints it reads. Torch-free: the GUI builds these.
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>

#include "store/store_types.h"

namespace msl {

struct ModelSource {
  std::string checkpoint;  // a model folder; empty when the model comes from a store
  std::string adapter;     // LoRA adapter folder (PEFT layout) on top of `checkpoint`
  std::string store;       // experiment store file
  RunId run = 0;
  std::optional<std::int64_t> step;  // the checkpoint of this step; unset = the latest on disk

  bool fromStore() const { return checkpoint.empty(); }
  std::string describe() const;  // "checkpoint DIR" / "run 3 step 150 of FILE"
};

struct ResolvedModel {
  std::string description;          // what was asked for, for messages (ModelSource::describe)
  std::filesystem::path base;       // config.json + model.safetensors
  std::filesystem::path weights;    // full fine-tuned model.safetensors replacing base's; or empty
  std::filesystem::path adapter;    // LoRA adapter folder; or empty
  std::filesystem::path tokenizer;  // tokenizer.json
  std::filesystem::path dataDir;    // the run's dataset; empty for a checkpoint folder
  std::optional<std::int64_t> step;
};

// A checkpoint folder source. Throws msl::Error naming the folder and the file it lacks.
ResolvedModel resolveModelFolder(const ModelSource& source);

}  // namespace msl
