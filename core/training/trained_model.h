#pragma once
// Loads the model a run trained, as it was at a checkpoint: the base model with the
// checkpoint's LoRA adapter attached, or with its full fine-tuned weights in place.
#include "model/causal_lm.h"
#include "training/run_checkpoint.h"

namespace msl {

CausalLm loadTrainedModel(const RunCheckpoint& checkpoint, const torch::Device& device,
                          torch::ScalarType dtype);

}  // namespace msl
