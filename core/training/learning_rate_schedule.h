#pragma once
// Learning rate per optimizer step: linear warm-up from 0, then constant, linear decay to 0 or
// cosine decay to 0 at the last step (Hugging Face's get_*_schedule_with_warmup).
#include <cstdint>
#include <string>

namespace msl {

enum class ScheduleKind { Linear, Cosine, Constant };

ScheduleKind parseScheduleKind(const std::string& name);  // linear | cosine | constant

// `step` is 0-based (the rate of the step about to run); totalSteps > 0.
double learningRateAt(std::int64_t step, double peak, ScheduleKind kind, std::int64_t warmupSteps,
                      std::int64_t totalSteps);

}  // namespace msl
