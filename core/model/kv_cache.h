#pragma once
// Keys and values of earlier positions, per layer, so that generation feeds one new token at
// a time. Shapes: [B, kvHeads, S, headDim] with rotary embedding already applied.
#include <ATen/core/Tensor.h>

#include <cstdint>
#include <vector>

namespace msl {

struct LayerKvCache {
  at::Tensor keys;
  at::Tensor values;
};

class KvCache {
 public:
  explicit KvCache(std::int64_t layers) : layers_(static_cast<std::size_t>(layers)) {}

  std::int64_t length() const {
    return layers_.front().keys.defined() ? layers_.front().keys.size(2) : 0;
  }
  LayerKvCache& layer(std::int64_t index) { return layers_.at(static_cast<std::size_t>(index)); }

 private:
  std::vector<LayerKvCache> layers_;
};

}  // namespace msl
