#pragma once
// Rotary embedding inverse frequencies 1 / theta^(2i/d), rescaled as the config asks
// (Llama-3 "llama3" band-wise scaling, or linear). Torch-free so that the formula can be
// checked on its own.
#include <vector>

#include "model/model_config.h"

namespace msl {

std::vector<double> ropeInverseFrequencies(std::int64_t headDim, double theta,
                                           const RopeScaling& scaling);

}  // namespace msl
