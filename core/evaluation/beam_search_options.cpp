#include "evaluation/beam_search_options.h"

namespace msl {

std::string maskingVariantName(MaskingVariant variant) {
  return variant == MaskingVariant::FullSoftmaxThenMask ? "full_softmax_then_mask"
                                                        : "masked_softmax";
}

}  // namespace msl
