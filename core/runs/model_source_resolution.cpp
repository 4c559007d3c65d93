#include "runs/model_source_resolution.h"

#include "common/error.h"

namespace msl {

ResolvedModel resolveModelSource(const ModelSource& source) {
  if (!source.fromStore()) return resolveModelFolder(source);
  if (source.store.empty()) throw Error("model source: give a checkpoint folder or a store file");
  if (!std::filesystem::exists(source.store))
    throw Error("store " + source.store + ": no such file");
  ExperimentStore store(source.store);
  return resolvedModelOf(resolveRunCheckpoint(store, source.run, source.step), source.describe());
}

ResolvedModel resolvedModelOf(const RunCheckpoint& checkpoint, const std::string& description) {
  ResolvedModel model;
  model.description = description;
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
