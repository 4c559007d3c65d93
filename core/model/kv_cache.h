#pragma once
// Keys and values of earlier positions, per layer, so that generation feeds one new token at
// a time. Each layer keeps them in a buffer [B, kvHeads, capacity, headDim] (rotary embedding
// already applied) that a step writes one column into, instead of concatenating a new tensor of
// every earlier column per step.
#include <ATen/core/Tensor.h>

#include <cstdint>
#include <vector>

namespace msl {

class LayerKvCache {
 public:
  struct View {
    at::Tensor keys;    // [B, kvHeads, length, headDim]
    at::Tensor values;  // the same shape
  };

  // Writes keys/values [B, kvHeads, T, headDim] after the cached columns and returns every
  // column so far. Grows the buffer (at least doubling) only when `reserve` did not make room.
  View append(const at::Tensor& keys, const at::Tensor& values);
  std::int64_t length() const { return length_; }
  std::int64_t rows() const { return keys_.defined() ? keys_.size(0) : 0; }

  void reserve(std::int64_t columns) { reservedColumns_ = columns; }
  // Row r of the cache becomes old row rows[r] ([R_new] long, on the cache's device). Columns
  // before `unchangedColumns` are left as they are: the caller promises they already hold the
  // same values in old row rows[r] and in new row r (and the row count is unchanged).
  void selectRows(const at::Tensor& rows, std::int64_t unchangedColumns = 0);
  // One cached row becomes `count` identical rows (a prompt prefix shared by a batch).
  void repeatRow(std::int64_t count);

 private:
  at::Tensor keys_;
  at::Tensor values_;
  std::int64_t length_ = 0;
  std::int64_t reservedColumns_ = 0;
};

class KvCache {
 public:
  explicit KvCache(std::int64_t layers) : layers_(static_cast<std::size_t>(layers)) {}

  std::int64_t length() const { return layers_.front().length(); }
  LayerKvCache& layer(std::int64_t index) { return layers_.at(static_cast<std::size_t>(index)); }

  // Room for this many columns in every layer, so that appends up to it never reallocate.
  void reserve(std::int64_t columns);
  // As LayerKvCache::selectRows / repeatRow, for every layer.
  void selectRows(const at::Tensor& rows, std::int64_t unchangedColumns = 0);
  void repeatRow(std::int64_t count);

 private:
  std::vector<LayerKvCache> layers_;
};

}  // namespace msl
