#include "trie/mask_summary.h"

namespace msl {

MaskSummary summarizeMasks(const TargetMasks& masks, std::size_t vocabSize) {
  MaskSummary summary;
  summary.samples = masks.sampleCount();
  std::vector<double> validSum;
  std::vector<std::size_t> samplesAt;
  double validTotal = 0;
  for (std::size_t s = 0; s < masks.sampleCount(); ++s) {
    const std::size_t length = masks.targetLength(s);
    if (validSum.size() < length) {
      validSum.resize(length, 0);
      samplesAt.resize(length, 0);
    }
    for (std::size_t t = 0; t < length; ++t) {
      const std::size_t valid = masks.validCount(s, t);
      validSum[t] += static_cast<double>(valid);
      ++samplesAt[t];
      validTotal += static_cast<double>(valid);
      if (valid == 1) ++summary.singleValidPositions;
    }
    summary.targetPositions += length;
  }
  for (std::size_t t = 0; t < validSum.size(); ++t) {
    summary.meanValidAtPosition.push_back(validSum[t] / static_cast<double>(samplesAt[t]));
  }
  if (summary.targetPositions) {
    summary.meanValidPerPosition = validTotal / static_cast<double>(summary.targetPositions);
  }
  if (summary.samples) {
    summary.meanTargetLength =
        static_cast<double>(summary.targetPositions) / static_cast<double>(summary.samples);
  }
  summary.memory = masks.memory(vocabSize);
  return summary;
}

}  // namespace msl
