#include "store/step_buffer.h"

#include <utility>

namespace msl {

bool StepBuffer::add(StepMetrics step, Clock::time_point now) {
  if (steps_.empty()) oldest_ = now;
  steps_.push_back(std::move(step));
  return due(now);
}

bool StepBuffer::due(Clock::time_point now) const {
  if (steps_.empty()) return false;
  return steps_.size() >= policy_.maxSteps || now - oldest_ >= policy_.maxDelay;
}

std::vector<StepMetrics> StepBuffer::take() {
  std::vector<StepMetrics> taken;
  taken.swap(steps_);
  return taken;
}

}  // namespace msl
