#include "evaluation_session.h"

#include <filesystem>

#include "common/error.h"
#include "model/device_choice.h"
#include "model/lora_adapter_file.h"
#include "model/model_factory.h"

namespace mslw {

std::unique_ptr<EvaluationSession> openEvaluationSession(const std::string& checkpoint,
                                                         const std::string& adapter,
                                                         const std::string& data) {
  namespace fs = std::filesystem;
  const fs::path tokenizerJson = fs::path(checkpoint) / "tokenizer.json";
  if (!fs::exists(tokenizerJson)) {
    throw msl::Error("checkpoint " + checkpoint +
                     ": no tokenizer.json; expected the tokenizer beside the weights");
  }
  auto session = std::make_unique<EvaluationSession>();
  session->dataset = msl::loadDataset(data);
  session->tokenizer = std::make_unique<msl::Tokenizer>(msl::Tokenizer::fromFile(tokenizerJson));
  session->trie = std::make_unique<msl::CatalogTrie>(
      msl::CatalogTrie::build(session->dataset.catalog, *session->tokenizer));
  const auto choice = msl::chooseDevice();
  session->device = choice.describe();
  auto model = msl::loadCausalLm(checkpoint, choice.device, choice.dtype);
  if (!adapter.empty()) msl::loadLoraAdapter(model, adapter);
  session->evaluator = std::make_unique<msl::Evaluator>(model, *session->tokenizer,
                                                        session->dataset, *session->trie);
  return session;
}

}  // namespace mslw
