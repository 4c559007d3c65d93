#pragma once
// Mixed precision as torch.autocast does it: inside the scope, linear layers, matmuls and
// attention on one device type compute in a lower dtype from cached casts of their inputs,
// while the weights themselves (the fp32 "master weights" AdamW updates) and everything outside
// the scope stay fp32. The casts of the weights are dropped when the outermost scope ends.
#include <c10/core/DeviceType.h>
#include <c10/core/ScalarType.h>

#include <optional>

namespace msl {

// How autocast stands on one device type, so that a recomputation in backward (an activation
// checkpoint, on another thread on GPUs) computes as the forward pass did.
struct AutocastState {
  c10::DeviceType deviceType = c10::DeviceType::CPU;
  bool enabled = false;
  c10::ScalarType dtype = c10::ScalarType::BFloat16;
};

AutocastState currentAutocastState(c10::DeviceType deviceType);

class AutocastScope {
 public:
  // Computes in `dtype` on `deviceType` until the scope ends; no dtype leaves autocast as it is,
  // so that callers need not branch on the precision.
  AutocastScope(c10::DeviceType deviceType, std::optional<c10::ScalarType> dtype);
  // Sets autocast to `state` (enabled or not) until the scope ends.
  explicit AutocastScope(const AutocastState& state);
  ~AutocastScope();
  AutocastScope(const AutocastScope&) = delete;
  AutocastScope& operator=(const AutocastScope&) = delete;

 private:
  void enter(const AutocastState& state);

  bool changed_ = false;
  AutocastState previous_;
};

}  // namespace msl
