#include "evaluation_session.h"

#include <filesystem>

#include "common/error.h"
#include "model/device_choice.h"
#include "model/lora_adapter_file.h"
#include "model/model_factory.h"
#include "training/trained_model.h"

namespace mslw {
namespace {

namespace fs = std::filesystem;

// `loadModel` runs after the dataset and tokenizer loaded: a bad data folder fails fast.
template <typename LoadModel>
std::unique_ptr<EvaluationSession> assemble(const fs::path& tokenizerJson, const std::string& data,
                                            LoadModel loadModel) {
  auto session = std::make_unique<EvaluationSession>();
  session->dataset = msl::loadDataset(data);
  session->tokenizer = std::make_unique<msl::Tokenizer>(msl::Tokenizer::fromFile(tokenizerJson));
  session->trie = std::make_unique<msl::CatalogTrie>(
      msl::CatalogTrie::build(session->dataset.catalog, *session->tokenizer));
  const auto choice = msl::chooseDevice();
  session->device = choice.describe();
  session->evaluator = std::make_unique<msl::Evaluator>(loadModel(choice), *session->tokenizer,
                                                        session->dataset, *session->trie);
  return session;
}

}  // namespace

std::unique_ptr<EvaluationSession> openEvaluationSession(const std::string& checkpoint,
                                                         const std::string& adapter,
                                                         const std::string& data) {
  const fs::path tokenizerJson = fs::path(checkpoint) / "tokenizer.json";
  if (!fs::exists(tokenizerJson)) {
    throw msl::Error("checkpoint " + checkpoint +
                     ": no tokenizer.json; expected the tokenizer beside the weights");
  }
  return assemble(tokenizerJson, data, [&](const msl::DeviceChoice& choice) {
    auto model = msl::loadCausalLm(checkpoint, choice.device, choice.dtype);
    if (!adapter.empty()) msl::loadLoraAdapter(model, adapter);
    return model;
  });
}

std::unique_ptr<EvaluationSession> openRunEvaluationSession(const msl::RunCheckpoint& checkpoint,
                                                            const std::string& data) {
  return assemble(checkpoint.tokenizerJson, data.empty() ? checkpoint.config.data.dir : data,
                  [&](const msl::DeviceChoice& choice) {
                    return msl::loadTrainedModel(checkpoint, choice.device, choice.dtype);
                  });
}

}  // namespace mslw
