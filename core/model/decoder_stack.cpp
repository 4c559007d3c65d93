#include "model/decoder_stack.h"

#include <ATen/ATen.h>

#include "model/activation_checkpoint.h"
#include "model/attention_mask.h"

namespace msl {

DecoderStackImpl::DecoderStackImpl(const ModelConfig& config, const WeightPlacement& placement)
    : config_(config) {
  auto embedding = torch::nn::EmbeddingOptions(config.vocabSize, config.hiddenSize);
  if (!placement.randomInit)
    embedding._weight(emptyWeight(placement, {config.vocabSize, config.hiddenSize}));
  embed_tokens = register_module("embed_tokens", torch::nn::Embedding(embedding));
  layers = register_module("layers", torch::nn::ModuleList());
  for (std::int64_t i = 0; i < config.numHiddenLayers; ++i)
    layers->push_back(DecoderLayer(config, placement));
  norm = register_module("norm", RMSNorm(RMSNormOptions(config.hiddenSize).eps(config.rmsNormEps)));
  // Not registered: the rotary tables are derived from the config, not weights.
  rotary_ = RotaryEmbedding(config);
}

torch::Tensor DecoderStackImpl::forward(const DecoderInputs& inputs) {
  const auto& ids = inputs.inputIds;
  TORCH_CHECK(ids.dim() == 2, "input ids must be [batch, length], got ", ids.sizes());
  const auto batch = ids.size(0);
  const auto length = ids.size(1);
  const auto past = inputs.cache != nullptr ? inputs.cache->length() : 0;
  auto positions = inputs.positionIds;
  if (!positions.defined()) {
    positions = inputs.attentionMask.defined()
                    ? positionIdsFromPaddingMask(inputs.attentionMask, length)
                    : torch::arange(past, past + length, ids.options().dtype(torch::kLong))
                          .unsqueeze(0)
                          .expand({batch, length});
  }
  auto hidden = embed_tokens(ids);
  const auto [cos, sin] = rotary_(positions.to(ids.device()), hidden.scalar_type());
  const auto allowed = buildAttentionMask(inputs.attentionMask, batch, length, past,
                                          config_.slidingWindow, ids.device());
  const bool checkpoint = activationCheckpointing_ && is_training() && at::GradMode::is_enabled() &&
                          inputs.cache == nullptr;
  // A checkpointed layer's output needs grad only if its input does: with frozen embeddings
  // (LoRA) the adapters would otherwise get none, as with PyTorch's reentrant checkpoint.
  if (checkpoint && !hidden.requires_grad()) hidden = hidden.detach().requires_grad_(true);
  for (std::size_t i = 0; i < layers->size(); ++i) {
    if (checkpoint) {
      DecoderLayerImpl& layer = layers->at<DecoderLayerImpl>(i);
      hidden = checkpointedLayer(
          [&layer, cos = cos, sin = sin, allowed](const torch::Tensor& input) {
            return layer.forward(input, cos, sin, allowed, nullptr);
          },
          hidden);
      continue;
    }
    LayerKvCache* layerCache =
        inputs.cache != nullptr ? &inputs.cache->layer(static_cast<std::int64_t>(i)) : nullptr;
    hidden = layers->at<DecoderLayerImpl>(i).forward(hidden, cos, sin, allowed, layerCache);
  }
  return norm(hidden);
}

}  // namespace msl
