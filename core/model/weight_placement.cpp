#include "model/weight_placement.h"

#include <ATen/ATen.h>

namespace msl {

at::Tensor emptyWeight(const WeightPlacement& placement, at::IntArrayRef shape) {
  return at::empty(shape, placement.options);
}

}  // namespace msl
