#include "model/memory_estimate.h"

#include <cstdio>
#include <sstream>

#include "common/error.h"
#include "model/compute_devices.h"

namespace msl {
namespace {

std::string gigabytes(double bytes) {
  char text[32];
  std::snprintf(text, sizeof text, "%.2f GB", bytes / 1e9);
  return text;
}

std::int64_t projectionWidth(const ModelConfig& config, const std::string& name, bool input) {
  const auto hidden = config.hiddenSize;
  const auto queries = config.numAttentionHeads * config.headDim;
  const auto keyValues = config.numKeyValueHeads * config.headDim;
  if (name == "q_proj") return input ? hidden : queries;
  if (name == "k_proj" || name == "v_proj") return input ? hidden : keyValues;
  if (name == "o_proj") return input ? queries : hidden;
  if (name == "down_proj") return input ? config.intermediateSize : hidden;
  return input ? hidden : config.intermediateSize;  // gate_proj, up_proj
}

}  // namespace

double MemoryEstimate::total() const {
  return weights + weightCasts + kvCache + trainable + gradients + optimizerStates + activations +
         logits;
}

std::string MemoryEstimate::describe() const {
  std::ostringstream text;
  text << "weights " << gigabytes(weights);
  if (weightCasts > 0) text << " + autocast weight copies " << gigabytes(weightCasts);
  text << " + KV cache " << gigabytes(kvCache);
  if (trainable > 0) text << " + adapters " << gigabytes(trainable);
  if (gradients > 0) text << " + gradients " << gigabytes(gradients);
  if (optimizerStates > 0) text << " + AdamW states " << gigabytes(optimizerStates);
  if (activations > 0) text << " + activations " << gigabytes(activations);
  text << " + logits " << gigabytes(logits);
  return text.str();
}

std::int64_t loraParameterCount(const ModelConfig& config, const LoraConfig& lora) {
  std::int64_t perLayer = 0;
  for (const auto& target : lora.targetModules)
    perLayer += lora.rank *
                (projectionWidth(config, target, true) + projectionWidth(config, target, false));
  return perLayer * config.numHiddenLayers;
}

MemoryEstimate estimateMemory(const ModelConfig& config, const MemoryWorkload& workload) {
  MemoryEstimate estimate;
  const double value = static_cast<double>(workload.bytesPerValue);
  const double tokens = static_cast<double>(workload.batch * workload.sequenceLength);
  const double parameters = static_cast<double>(config.parameterCount());
  const double layers = static_cast<double>(config.numHiddenLayers);
  estimate.weights = parameters * value;
  estimate.kvCache =
      2.0 * layers * static_cast<double>(config.numKeyValueHeads * config.headDim) * tokens * value;
  estimate.logits = tokens * static_cast<double>(config.vocabSize) * 4.0;
  // Attention scores and probabilities, float32 [B, heads, T, T], one layer at a time.
  const double scores = 2.0 * static_cast<double>(workload.batch * config.numAttentionHeads) *
                        static_cast<double>(workload.sequenceLength * workload.sequenceLength) *
                        4.0;
  if (workload.use == MemoryUse::Inference) {
    estimate.activations = scores;
    return estimate;
  }
  double trainableCount = parameters;
  if (workload.use == MemoryUse::LoraTraining) {
    trainableCount =
        static_cast<double>(loraParameterCount(config, checkedLoraConfig(workload.lora)));
    estimate.trainable = trainableCount * 4.0;
  }
  estimate.gradients = trainableCount * 4.0;
  estimate.optimizerStates = 2.0 * trainableCount * 4.0;
  // Saved for backward per token and layer: the norms' inputs and outputs, q/k/v, the
  // attention context and o_proj input (about 10 x hidden), and gate, up, silu(gate) and
  // their product (4 x intermediate); plus every layer's attention probabilities.
  double activationValue = value;
  if (workload.autocastBytesPerValue > 0) {
    activationValue = static_cast<double>(workload.autocastBytesPerValue);
    estimate.weightCasts = parameters * activationValue;
  }
  const double perTokenLayer = 10.0 * static_cast<double>(config.hiddenSize) +
                               4.0 * static_cast<double>(config.intermediateSize);
  const double oneLayer = tokens * perTokenLayer * activationValue + scores / 2.0;
  estimate.activations =
      workload.activationCheckpointing
          ? layers * tokens * static_cast<double>(config.hiddenSize) * activationValue + oneLayer +
                scores / 2.0
          : layers * oneLayer + scores / 2.0;
  estimate.logits *= 2.0;  // the logits and their gradient
  return estimate;
}

std::optional<std::int64_t> memAvailableFromMeminfo(std::string_view meminfoText) {
  return meminfoBytes(meminfoText, "MemAvailable");
}

void refuseIfTooLarge(const MemoryEstimate& estimate, std::int64_t availableBytes,
                      const std::string& what, const std::string& where) {
  if (estimate.total() <= static_cast<double>(availableBytes)) return;
  throw Error(what + " needs about " + gigabytes(estimate.total()) + " (" + estimate.describe() +
              ") but only " + gigabytes(static_cast<double>(availableBytes)) + " are available " +
              where +
              "; use a smaller model, batch or sequence length, LoRA instead of full "
              "fine-tuning, or a machine with more memory");
}

}  // namespace msl
