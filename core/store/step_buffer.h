#pragma once
// Step metrics arrive every few milliseconds; committing each one would make the trainer wait
// on fsync and the WAL grow. The store collects them here and writes a batch in one transaction
// when the policy says so, which also bounds what a killed process loses to one batch.
#include <chrono>
#include <cstddef>
#include <vector>

#include "store/step_metrics.h"

namespace msl {

struct StepFlushPolicy {
  std::size_t maxSteps = 50;                 // flush when this many steps wait
  std::chrono::milliseconds maxDelay{2000};  // or when the oldest waiting step is this old
};

class StepBuffer {
 public:
  using Clock = std::chrono::steady_clock;

  explicit StepBuffer(StepFlushPolicy policy = {}) : policy_(policy) {}

  // Returns whether the buffer is due for a flush.
  bool add(StepMetrics step, Clock::time_point now = Clock::now());
  bool due(Clock::time_point now = Clock::now()) const;
  std::vector<StepMetrics> take();

  bool empty() const { return steps_.empty(); }
  std::size_t size() const { return steps_.size(); }
  const StepFlushPolicy& policy() const { return policy_; }

 private:
  StepFlushPolicy policy_;
  std::vector<StepMetrics> steps_;
  Clock::time_point oldest_{};
};

}  // namespace msl
