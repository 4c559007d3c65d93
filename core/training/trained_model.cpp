#include "training/trained_model.h"

#include "common/error.h"
#include "model/checkpoint_tensors.h"
#include "model/checkpoint_weights.h"
#include "model/lora_adapter_file.h"
#include "model/model_factory.h"

namespace msl {

CausalLm loadTrainedModel(const RunCheckpoint& checkpoint, const torch::Device& device,
                          torch::ScalarType dtype) {
  try {
    CausalLm model = loadCausalLm(checkpoint.baseModelDir, device, dtype);
    if (checkpoint.lora)
      loadLoraAdapter(model, checkpoint.checkpointDir / "adapter");
    else
      loadWeights(model, CheckpointTensors(checkpoint.checkpointDir / "model.safetensors"));
    return model;
  } catch (const std::exception&) {
    rethrowWithContext("run " + std::to_string(checkpoint.run) + ", checkpoint " +
                       checkpoint.checkpointDir.string());
  }
}

}  // namespace msl
