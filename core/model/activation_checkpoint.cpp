#include "model/activation_checkpoint.h"

#include <ATen/Context.h>
#include <torch/autograd.h>
#include <torch/custom_class.h>
#include <torch/utils.h>

#include <mutex>

#include "model/autocast_scope.h"

namespace msl {
namespace {

// What backward needs besides the saved input: autograd contexts hold IValues, so the closure
// and the generator state travel in a capsule.
struct Recomputation : torch::CustomClassHolder {
  LayerFunction layer;
  at::Device device{at::kCPU};
  at::Tensor generatorState;
  AutocastState autocast;  // backward recomputes in the forward's precision
};

at::Generator generatorOf(const at::Device& device) {
  return at::globalContext().defaultGenerator(device);
}

at::Tensor generatorState(const at::Device& device) {
  at::Generator generator = generatorOf(device);
  std::lock_guard<std::mutex> lock(generator.mutex());
  return generator.get_state();
}

void setGeneratorState(const at::Device& device, const at::Tensor& state) {
  at::Generator generator = generatorOf(device);
  std::lock_guard<std::mutex> lock(generator.mutex());
  generator.set_state(state);
}

struct CheckpointFunction : torch::autograd::Function<CheckpointFunction> {
  static at::Tensor forward(torch::autograd::AutogradContext* context, const at::Tensor& input,
                            const c10::intrusive_ptr<Recomputation>& recomputation) {
    context->save_for_backward({input});
    context->saved_data["recomputation"] = c10::IValue::make_capsule(recomputation);
    torch::NoGradGuard noGrad;
    return recomputation->layer(input);
  }

  static torch::autograd::variable_list backward(torch::autograd::AutogradContext* context,
                                                 torch::autograd::variable_list gradOutputs) {
    const auto recomputation = c10::static_intrusive_pointer_cast<Recomputation>(
        context->saved_data["recomputation"].toCapsule());
    at::Tensor input = context->get_saved_variables().front().detach().requires_grad_(true);
    // Replay the forward's random draws, then give the generator back its current state.
    const at::Tensor now = generatorState(recomputation->device);
    setGeneratorState(recomputation->device, recomputation->generatorState);
    at::Tensor output;
    {
      torch::AutoGradMode enableGrad(true);
      const AutocastScope asInForward(recomputation->autocast);
      output = recomputation->layer(input);
    }
    setGeneratorState(recomputation->device, now);
    // Reentrant backward: the parameters' gradients accumulate, the input's is returned.
    torch::autograd::backward({output}, {gradOutputs.front()});
    return {input.grad(), at::Tensor()};
  }
};

}  // namespace

at::Tensor checkpointedLayer(const LayerFunction& layer, const at::Tensor& input) {
  auto recomputation = c10::make_intrusive<Recomputation>();
  recomputation->layer = layer;
  recomputation->device = input.device();
  recomputation->generatorState = generatorState(input.device());
  recomputation->autocast = currentAutocastState(input.device().type());
  return CheckpointFunction::apply(input, recomputation);
}

}  // namespace msl
