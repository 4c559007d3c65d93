#pragma once
// Mixed precision as torch.autocast does it: inside the scope, linear layers, matmuls and
// attention on one device type compute in a lower dtype from cached casts of their inputs,
// while the weights themselves (the fp32 "master weights" AdamW updates) and everything outside
// the scope stay fp32. The casts of the weights are dropped when the outermost scope ends.
#include <c10/core/DeviceType.h>
#include <c10/core/ScalarType.h>

namespace msl {

// How autocast stands on one device type: what a training forward asks for, and what a
// recomputation in backward (an activation checkpoint, on another thread on GPUs) replays.
struct AutocastState {
  c10::DeviceType deviceType = c10::DeviceType::CPU;
  bool enabled = false;
  c10::ScalarType dtype = c10::ScalarType::BFloat16;
};

AutocastState currentAutocastState(c10::DeviceType deviceType);

class AutocastScope {
 public:
  // Sets autocast to `state` (enabled or not) until the scope ends.
  explicit AutocastScope(const AutocastState& state);
  ~AutocastScope();
  AutocastScope(const AutocastScope&) = delete;
  AutocastScope& operator=(const AutocastScope&) = delete;

 private:
  AutocastState previous_;
};

}  // namespace msl
