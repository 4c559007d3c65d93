#include "runs/run_checkpoint.h"

#include "common/error.h"

namespace msl {
namespace fs = std::filesystem;
namespace {

std::string stepList(const std::vector<CheckpointRecord>& checkpoints) {
  std::string text;
  for (const auto& checkpoint : checkpoints) {
    std::error_code error;
    text += (text.empty() ? "" : ", ") + std::to_string(checkpoint.step) +
            (fs::exists(checkpoint.path, error) ? "" : " (deleted)");
  }
  return text.empty() ? "none" : text;
}

}  // namespace

RunCheckpoint resolveRunCheckpoint(ExperimentStore& store, RunId run,
                                   std::optional<std::int64_t> step) {
  const RunRecord record = store.run(run);
  const std::string where = store.path() + ": run " + std::to_string(run);
  RunCheckpoint found;
  found.run = run;
  try {
    found.config = runConfigFromText(record.configJson);
  } catch (const Error& error) {
    throw Error(where +
                " has no training config (was it made by `mslw eval --ckpt`?): " + error.what());
  }
  const auto checkpoints = store.checkpoints(run);
  std::optional<CheckpointRecord> chosen;
  if (step) {
    for (const auto& checkpoint : checkpoints) {
      std::error_code error;
      if (checkpoint.step == *step && fs::exists(checkpoint.path, error)) chosen = checkpoint;
    }
    if (!chosen)
      throw Error(where + " has no checkpoint on disk at step " + std::to_string(*step) +
                  "; checkpoints at steps: " + stepList(checkpoints));
  } else {
    chosen = store.latestGoodCheckpoint(run);
    if (!chosen)
      throw Error(where +
                  " has no checkpoint on disk; checkpoints at steps: " + stepList(checkpoints));
  }
  found.step = chosen->step;
  found.checkpointDir = chosen->path;
  found.lora = found.config.lora.enabled;
  found.baseModelDir = found.config.model.create ? found.checkpointDir.parent_path() / "base"
                                                 : fs::path(found.config.model.checkpoint);
  // A created model's base/ holds the tokenizer it trained with (copied or trained there).
  found.tokenizerJson = found.config.model.create || found.config.model.tokenizer.empty()
                            ? found.baseModelDir / "tokenizer.json"
                            : fs::path(found.config.model.tokenizer);
  const fs::path weights =
      found.lora ? found.checkpointDir / "adapter" : found.checkpointDir / "model.safetensors";
  for (const fs::path& needed :
       {found.baseModelDir / "config.json", found.tokenizerJson, weights}) {
    std::error_code error;
    if (!fs::exists(needed, error))
      throw Error(where + ", checkpoint at step " + std::to_string(found.step) + ": " +
                  needed.string() + " is missing");
  }
  return found;
}

}  // namespace msl
