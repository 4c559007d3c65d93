#include "model/random_checkpoint.h"

#include "model/model_factory.h"

namespace msl {

ModelConfig writeRandomCheckpoint(const RandomCheckpointRequest& request) {
  namespace fs = std::filesystem;
  const auto config = presetModelConfig(request.arch, request.preset, request.vocabSize,
                                        request.bosId, request.eosIds);
  CausalLm model(config);
  initializeLikeHuggingFace(model, request.seed);
  writeCheckpoint(model, request.out);
  if (!request.tokenizerJson.empty()) {
    fs::copy_file(request.tokenizerJson, request.out / "tokenizer.json",
                  fs::copy_options::overwrite_existing);
    const auto tokenizerConfig = request.tokenizerJson.parent_path() / "tokenizer_config.json";
    if (fs::exists(tokenizerConfig))
      fs::copy_file(tokenizerConfig, request.out / "tokenizer_config.json",
                    fs::copy_options::overwrite_existing);
  }
  return config;
}

}  // namespace msl
