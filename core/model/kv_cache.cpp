#include "model/kv_cache.h"

#include <ATen/ATen.h>

#include <algorithm>

namespace msl {
namespace {

at::Tensor withCapacity(const at::Tensor& buffer, std::int64_t rows, std::int64_t capacity) {
  return at::empty({rows, buffer.size(1), capacity, buffer.size(3)}, buffer.options());
}

}  // namespace

LayerKvCache::View LayerKvCache::append(const at::Tensor& keys, const at::Tensor& values) {
  // Steps write into one buffer in place, which autograd could not differentiate through.
  TORCH_CHECK(!keys.requires_grad() && !values.requires_grad(),
              "the KV cache serves generation only: run it under torch::NoGradGuard");
  TORCH_CHECK(!keys_.defined() || keys_.size(0) == keys.size(0), "KV cache: appending ",
              keys.size(0), " rows to a cache of ", keys_.defined() ? keys_.size(0) : 0);
  const auto added = keys.size(2);
  const auto needed = length_ + added;
  if (!keys_.defined() || keys_.size(2) < needed) {
    const auto capacity =
        std::max({needed, reservedColumns_, keys_.defined() ? 2 * keys_.size(2) : needed});
    auto grownKeys = withCapacity(keys, keys.size(0), capacity);
    auto grownValues = withCapacity(values, values.size(0), capacity);
    if (length_ > 0) {
      grownKeys.narrow(2, 0, length_).copy_(keys_.narrow(2, 0, length_));
      grownValues.narrow(2, 0, length_).copy_(values_.narrow(2, 0, length_));
    }
    keys_ = std::move(grownKeys);
    values_ = std::move(grownValues);
  }
  keys_.narrow(2, length_, added).copy_(keys);
  values_.narrow(2, length_, added).copy_(values);
  length_ = needed;
  return {keys_.narrow(2, 0, length_), values_.narrow(2, 0, length_)};
}

void LayerKvCache::selectRows(const at::Tensor& rows, std::int64_t unchangedColumns) {
  if (length_ == 0) return;
  const bool sameRows = rows.size(0) == keys_.size(0);
  const auto from = sameRows ? std::min(unchangedColumns, length_) : 0;
  const auto columns = length_ - from;
  if (sameRows) {
    // index_select reads every source row before the copy writes any: rows may repeat or swap.
    keys_.narrow(2, from, columns).copy_(keys_.narrow(2, from, columns).index_select(0, rows));
    values_.narrow(2, from, columns).copy_(values_.narrow(2, from, columns).index_select(0, rows));
    return;
  }
  auto keys = withCapacity(keys_, rows.size(0), keys_.size(2));
  auto values = withCapacity(values_, rows.size(0), values_.size(2));
  auto keyColumns = keys.narrow(2, 0, length_);
  auto valueColumns = values.narrow(2, 0, length_);
  at::index_select_out(keyColumns, keys_.narrow(2, 0, length_), 0, rows);
  at::index_select_out(valueColumns, values_.narrow(2, 0, length_), 0, rows);
  keys_ = std::move(keys);
  values_ = std::move(values);
}

void LayerKvCache::repeatRow(std::int64_t count) {
  if (length_ == 0) return;
  auto keys = withCapacity(keys_, count, std::max(keys_.size(2), reservedColumns_));
  auto values = withCapacity(values_, count, std::max(values_.size(2), reservedColumns_));
  keys.narrow(2, 0, length_).copy_(keys_.narrow(0, 0, 1).narrow(2, 0, length_));
  values.narrow(2, 0, length_).copy_(values_.narrow(0, 0, 1).narrow(2, 0, length_));
  keys_ = std::move(keys);
  values_ = std::move(values);
}

void KvCache::reserve(std::int64_t columns) {
  for (LayerKvCache& layer : layers_) layer.reserve(columns);
}

void KvCache::selectRows(const at::Tensor& rows, std::int64_t unchangedColumns) {
  for (LayerKvCache& layer : layers_) layer.selectRows(rows, unchangedColumns);
}

void KvCache::repeatRow(std::int64_t count) {
  for (LayerKvCache& layer : layers_) layer.repeatRow(count);
}

}  // namespace msl
