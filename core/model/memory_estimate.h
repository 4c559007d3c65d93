#pragma once
// How much memory a model needs before it is loaded: weights at the target dtype, the KV cache
// for a batch and sequence length, and for training the adapters (or full weights) with their
// gradients and AdamW states, plus the activations kept for the backward pass. Torch-free.
// The figures are estimates meant to refuse hopeless loads early with a clear message, not
// allocation accounting.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "model/lora_config.h"
#include "model/model_config.h"

namespace msl {

enum class MemoryUse { Inference, LoraTraining, FullTraining };

struct MemoryWorkload {
  MemoryUse use = MemoryUse::Inference;
  std::int64_t batch = 1;
  std::int64_t sequenceLength = 512;
  std::int64_t bytesPerValue = 4;  // weights and activations: 4 float32, 2 bf16/f16
  // Full fine-tuning under autocast: fp32 weights, activations and weight casts in this size.
  std::int64_t autocastBytesPerValue = 0;
  LoraConfig lora;  // LoraTraining only
  // Training keeps only each layer's input and recomputes one layer at a time in backward.
  bool activationCheckpointing = false;
};

struct MemoryEstimate {
  double weights = 0;          // base weights at the target dtype
  double weightCasts = 0;      // autocast's copies of the weights in its dtype, for one step
  double kvCache = 0;          // keys and values of every layer for batch x sequence
  double trainable = 0;        // LoRA adapters in float32 (LoraTraining)
  double gradients = 0;        // float32 gradients of the trainable parameters
  double optimizerStates = 0;  // AdamW's two float32 moments per trainable parameter
  double activations = 0;      // tensors saved for backward (training), attention scores
  double logits = 0;           // one float32 [batch, sequence, vocab] tensor

  double total() const;
  std::string describe() const;  // "weights 4.9 GB + KV cache 0.1 GB + ..."
};

// r x (in + out) per adapted projection and layer.
std::int64_t loraParameterCount(const ModelConfig& config, const LoraConfig& lora);

MemoryEstimate estimateMemory(const ModelConfig& config, const MemoryWorkload& workload);

// MemAvailable of /proc/meminfo's text, in bytes; nullopt when the line is absent.
std::optional<std::int64_t> memAvailableFromMeminfo(std::string_view meminfoText);

// Throws msl::Error when `estimate` exceeds `availableBytes`, naming the model, the device,
// where the figure came from and the breakdown.
void refuseIfTooLarge(const MemoryEstimate& estimate, std::int64_t availableBytes,
                      const std::string& what, const std::string& where);

}  // namespace msl
