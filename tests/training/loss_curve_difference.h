#pragma once
// How far one run's loss curve strays from a reference run's, step by step.
#include <algorithm>
#include <cmath>
#include <cstddef>
#include <vector>

#include "training/trainer_events.h"

struct LossCurveDifference {
  double largest = 0;     // |loss - reference| / |reference| at its worst step
  std::size_t where = 0;  // that step's index
};

inline LossCurveDifference lossCurveDifference(const std::vector<msl::StepReport>& steps,
                                               const std::vector<msl::StepReport>& reference) {
  LossCurveDifference difference;
  for (std::size_t i = 0; i < std::min(steps.size(), reference.size()); ++i) {
    const double relative =
        std::abs(steps[i].loss - reference[i].loss) / std::abs(reference[i].loss);
    if (relative > difference.largest) difference = {relative, i};
  }
  return difference;
}
