#include "training/learning_rate_schedule.h"

#include <algorithm>
#include <cmath>

#include "common/error.h"

namespace msl {

ScheduleKind parseScheduleKind(const std::string& name) {
  if (name == "linear") return ScheduleKind::Linear;
  if (name == "cosine") return ScheduleKind::Cosine;
  if (name == "constant") return ScheduleKind::Constant;
  throw Error("unknown schedule '" + name + "': expected linear, cosine or constant");
}

double learningRateAt(std::int64_t step, double peak, ScheduleKind kind, std::int64_t warmupSteps,
                      std::int64_t totalSteps) {
  if (step < warmupSteps)
    return peak * static_cast<double>(step) /
           static_cast<double>(std::max<std::int64_t>(1, warmupSteps));
  if (kind == ScheduleKind::Constant) return peak;
  const double progress = static_cast<double>(step - warmupSteps) /
                          static_cast<double>(std::max<std::int64_t>(1, totalSteps - warmupSteps));
  const double clamped = std::min(1.0, std::max(0.0, progress));
  if (kind == ScheduleKind::Linear) return peak * (1.0 - clamped);
  return peak * 0.5 * (1.0 + std::cos(M_PI * clamped));
}

}  // namespace msl
