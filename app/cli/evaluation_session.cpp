#include "evaluation_session.h"

#include "runs/model_source_resolution.h"

namespace mslw {

std::unique_ptr<EvaluationSession> openEvaluationSession(const std::string& checkpoint,
                                                         const std::string& adapter,
                                                         const std::string& data,
                                                         const std::string& device) {
  msl::ModelSource source;
  source.checkpoint = checkpoint;
  source.adapter = adapter;
  return std::make_unique<EvaluationSession>(
      msl::RecommenderSession::open(msl::resolveModelFolder(source), data, device));
}

std::unique_ptr<EvaluationSession> openRunEvaluationSession(const msl::RunCheckpoint& checkpoint,
                                                            const std::string& data,
                                                            const std::string& device) {
  const std::string description =
      "run " + std::to_string(checkpoint.run) + " step " + std::to_string(checkpoint.step);
  return std::make_unique<EvaluationSession>(
      msl::RecommenderSession::open(msl::resolvedModelOf(checkpoint, description),
                                    data.empty() ? checkpoint.config.data.dir : data, device));
}

}  // namespace mslw
