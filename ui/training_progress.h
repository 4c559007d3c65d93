#pragma once
// The Train page's progress line: step n/N, elapsed and remaining time, tokens per second.
#include <QString>
#include <cstdint>

#include "training/trainer_events.h"

namespace msl {
namespace ui {

// "1:05" or "2:03:07".
QString formatDuration(double seconds);

// `firstStep` is the first step this process trained (a resumed run starts past 1): the
// remaining time extrapolates from the steps actually timed.
QString trainingProgressText(const StepReport& last, std::int64_t firstStep);

}  // namespace ui
}  // namespace msl
