#include "training/training_batch.h"

#include <torch/torch.h>

#include <algorithm>

#include "common/error.h"

namespace msl {

TrainingBatch buildTrainingBatch(const std::vector<EncodedSample>& encoded,
                                 const TargetMasks& masks, const std::vector<std::size_t>& samples,
                                 TokenId padId, const c10::Device& device) {
  if (samples.empty()) throw Error("training batch: no samples");
  TrainingBatch batch;
  batch.samples = samples;
  std::size_t length = 0;
  for (const std::size_t sample : samples)
    length = std::max(length, encoded.at(sample).inputLength());
  const auto B = static_cast<std::int64_t>(samples.size());
  const auto T = static_cast<std::int64_t>(length);
  batch.sequenceLength = T;

  std::vector<std::int64_t> ids(static_cast<std::size_t>(B * T), padId);
  std::vector<std::int64_t> mask(ids.size(), 0);
  std::vector<std::int64_t> positions(ids.size(), 1);  // padding gets 1, as Hugging Face does
  std::vector<std::int64_t> batchIndex, positionIndex;
  for (std::int64_t b = 0; b < B; ++b) {
    const EncodedSample& sample = encoded.at(samples[static_cast<std::size_t>(b)]);
    if (masks.targetLength(sample.sample) != sample.targetIds.size())
      throw Error("training batch: sample " + std::to_string(sample.sample) + " has a target of " +
                  std::to_string(sample.targetIds.size()) + " tokens but its mask has " +
                  std::to_string(masks.targetLength(sample.sample)));
    const auto len = static_cast<std::int64_t>(sample.inputLength());
    const std::int64_t offset = T - len;  // left padding
    const auto prompt = static_cast<std::int64_t>(sample.promptIds.size());
    for (std::int64_t j = 0; j < len; ++j) {
      const auto at = static_cast<std::size_t>(b * T + offset + j);
      ids[at] = j < prompt ? sample.promptIds[static_cast<std::size_t>(j)]
                           : sample.targetIds[static_cast<std::size_t>(j - prompt)];
      mask[at] = 1;
      positions[at] = j;
    }
    for (std::size_t t = 0; t < sample.targetIds.size(); ++t) {
      batchIndex.push_back(b);
      positionIndex.push_back(offset + prompt - 1 + static_cast<std::int64_t>(t));
      batch.rows.append(sample.targetIds[t], masks.validTokens(sample.sample, t),
                        static_cast<std::int64_t>(sample.sample), t == 0);
    }
    batch.realTokens += len;
  }
  const auto options = torch::dtype(torch::kInt64);
  batch.inputIds = torch::tensor(ids, options).view({B, T}).to(device);
  batch.attentionMask = torch::tensor(mask, options).view({B, T}).to(device);
  batch.positionIds = torch::tensor(positions, options).view({B, T}).to(device);
  batch.batchIndex = torch::tensor(batchIndex, options).to(device);
  batch.positionIndex = torch::tensor(positionIndex, options).to(device);
  return batch;
}

}  // namespace msl
