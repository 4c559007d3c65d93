#pragma once
// Where training stands in the data: the epoch and the next batch of that epoch's order.
// Checkpoints store it, so a resumed run continues with exactly the batches it had not seen.
#include <cstdint>

namespace msl {

struct DataPosition {
  std::int64_t epoch = 0;  // 0-based
  std::int64_t batch = 0;  // next batch to train within the epoch's order

  bool operator==(const DataPosition& other) const {
    return epoch == other.epoch && batch == other.batch;
  }
};

}  // namespace msl
