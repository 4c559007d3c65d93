#include "training/model_source_resolution.h"

#include "common/error.h"
#include "training/run_checkpoint.h"

namespace msl {

ResolvedModel resolveModelSource(const ModelSource& source) {
  if (!source.fromStore()) return resolveModelFolder(source);
  if (source.store.empty()) throw Error("model source: give a checkpoint folder or a store file");
  if (!std::filesystem::exists(source.store))
    throw Error("store " + source.store + ": no such file");
  ExperimentStore store(source.store);
  const RunCheckpoint checkpoint = resolveRunCheckpoint(store, source.run, source.step);
  ResolvedModel model;
  model.description = source.describe();
  model.base = checkpoint.baseModelDir;
  model.tokenizer = checkpoint.tokenizerJson;
  model.dataDir = checkpoint.config.data.dir;
  model.step = checkpoint.step;
  if (checkpoint.lora)
    model.adapter = checkpoint.checkpointDir / "adapter";
  else
    model.weights = checkpoint.checkpointDir / "model.safetensors";
  return model;
}

}  // namespace msl
