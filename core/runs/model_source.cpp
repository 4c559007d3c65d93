#include "runs/model_source.h"

#include "common/error.h"

namespace msl {

namespace fs = std::filesystem;

std::string ModelSource::describe() const {
  if (!fromStore())
    return "checkpoint " + checkpoint + (adapter.empty() ? "" : " + adapter " + adapter);
  return "run " + std::to_string(run) + (step ? " step " + std::to_string(*step) : "") + " of " +
         store;
}

ResolvedModel resolveModelFolder(const ModelSource& source) {
  ResolvedModel model;
  model.description = source.describe();
  model.base = source.checkpoint;
  model.tokenizer = model.base / "tokenizer.json";
  if (!fs::exists(model.base / "config.json"))
    throw Error("checkpoint " + source.checkpoint + ": no config.json; expected a model folder");
  if (!fs::exists(model.tokenizer))
    throw Error("checkpoint " + source.checkpoint +
                ": no tokenizer.json; expected the tokenizer beside the weights");
  if (!source.adapter.empty()) {
    if (!fs::exists(fs::path(source.adapter) / "adapter_config.json"))
      throw Error("adapter " + source.adapter + ": no adapter_config.json (PEFT layout)");
    model.adapter = source.adapter;
  }
  return model;
}

}  // namespace msl
