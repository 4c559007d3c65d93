#pragma once
// Activation (gradient) checkpointing of one decoder layer, as PyTorch's reentrant
// torch.utils.checkpoint does it: the forward pass keeps only the layer's input; backward runs
// the layer again from that input, with the random generator as it was (so dropout draws the
// same masks) and autocast as it was (so a mixed-precision forward is recomputed in its dtype),
// and backpropagates through the recomputation. The gradients are those of the
// plain forward; the memory of a layer's activations is spent one layer at a time.
#include <ATen/core/Tensor.h>

#include <functional>

namespace msl {

using LayerFunction = std::function<at::Tensor(const at::Tensor&)>;

// `layer` must be a pure function of its input and the module's parameters (anything else it
// reads, such as the rotary tables and the mask, is captured and must not require grad).
at::Tensor checkpointedLayer(const LayerFunction& layer, const at::Tensor& input);

}  // namespace msl
