#include "model/flop_count.h"

namespace msl {

std::int64_t matmulParameterCount(const ModelConfig& config) {
  const std::int64_t queries = config.numAttentionHeads * config.headDim;
  const std::int64_t keyValues = config.numKeyValueHeads * config.headDim;
  const std::int64_t attention =
      2 * config.hiddenSize * queries + 2 * config.hiddenSize * keyValues;
  const std::int64_t mlp = 3 * config.hiddenSize * config.intermediateSize;
  return config.numHiddenLayers * (attention + mlp) + config.vocabSize * config.hiddenSize;
}

ForwardFlops forwardFlops(const ModelConfig& config, std::int64_t batch,
                          std::int64_t sequenceLength) {
  const double tokens = static_cast<double>(batch * sequenceLength);
  const double length = static_cast<double>(sequenceLength);
  ForwardFlops flops;
  flops.matmul = 2.0 * static_cast<double>(matmulParameterCount(config)) * tokens;
  flops.attention = static_cast<double>(config.numHiddenLayers * batch) * 2.0 * 2.0 * length *
                    length * static_cast<double>(config.numAttentionHeads * config.headDim);
  return flops;
}

}  // namespace msl
