// The KV cache's buffer: appends within the reservation write in place, growth keeps every
// column, rows follow their parents (all columns, or only the ones after an unchanged prefix),
// a shared row repeats to a batch, and autograd is refused rather than silently broken.
#include <torch/torch.h>

#include <QtTest/QtTest>

#include "model/kv_cache.h"

namespace {

// [rows, 2 kv heads, columns, 3]: every value names its row and column (row * 100 + column).
torch::Tensor columns(std::int64_t rows, std::int64_t first, std::int64_t count) {
  const auto row = torch::arange(rows, torch::kFloat).view({rows, 1, 1, 1}) * 100;
  const auto column = torch::arange(first, first + count, torch::kFloat).view({1, 1, count, 1});
  return (row + column).expand({rows, 2, count, 3}).contiguous();
}

double maxDifference(const torch::Tensor& a, const torch::Tensor& b) {
  return (a - b).abs().max().item<double>();
}

}  // namespace

class TestKvCache : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void appendsWithinTheReservationWriteInPlace() {
    torch::NoGradGuard noGrad;
    msl::LayerKvCache cache;
    cache.reserve(6);
    auto view = cache.append(columns(2, 0, 4), -columns(2, 0, 4));
    const void* storage = view.keys.data_ptr();
    for (std::int64_t column = 4; column < 6; ++column)
      view = cache.append(columns(2, column, 1), -columns(2, column, 1));
    QCOMPARE(view.keys.data_ptr(), storage);
    QCOMPARE(cache.length(), std::int64_t{6});
    QCOMPARE(maxDifference(view.keys, columns(2, 0, 6)), 0.0);
    QCOMPARE(maxDifference(view.values, -columns(2, 0, 6)), 0.0);

    // Past the reservation the buffer grows and keeps every column.
    view = cache.append(columns(2, 6, 1), -columns(2, 6, 1));
    QVERIFY(view.keys.data_ptr() != storage);
    QCOMPARE(maxDifference(view.keys, columns(2, 0, 7)), 0.0);
    QCOMPARE(maxDifference(view.values, -columns(2, 0, 7)), 0.0);
  }

  void rowsFollowTheirParents() {
    torch::NoGradGuard noGrad;
    msl::LayerKvCache cache;
    cache.append(columns(3, 0, 5), -columns(3, 0, 5));
    // Same row count, rows repeated and swapped: every column follows.
    cache.selectRows(torch::tensor({2, 0, 0}, torch::kLong));
    auto view = cache.append(columns(3, 5, 1), -columns(3, 5, 1));
    const auto expected = columns(3, 0, 5).index_select(0, torch::tensor({2, 0, 0}, torch::kLong));
    QCOMPARE(maxDifference(view.keys.narrow(2, 0, 5), expected), 0.0);
    QCOMPARE(maxDifference(view.values.narrow(2, 0, 5), -expected), 0.0);
    QCOMPARE(maxDifference(view.keys.narrow(2, 5, 1), columns(3, 5, 1)), 0.0);

    // Fewer rows: a new buffer of the chosen rows.
    cache.selectRows(torch::tensor({1}, torch::kLong));
    QCOMPARE(cache.rows(), std::int64_t{1});
    view = cache.append(columns(1, 6, 1), -columns(1, 6, 1));
    // Now row 1: old row 0's first five columns, then the column appended to row 1.
    QCOMPARE(maxDifference(view.keys.narrow(2, 0, 5), columns(1, 0, 5)), 0.0);
    QCOMPARE(view.keys[0][0][5][0].item<float>(), 105.0f);
    QCOMPARE(maxDifference(view.keys.narrow(2, 6, 1), columns(1, 6, 1)), 0.0);
  }

  void unchangedColumnsAreNotCopied() {
    torch::NoGradGuard noGrad;
    msl::LayerKvCache cache;
    const auto view = cache.append(columns(3, 0, 4), -columns(3, 0, 4));
    cache.selectRows(torch::tensor({1, 1, 0}, torch::kLong), /*unchangedColumns=*/3);
    // The first three columns stay each row's own, the fourth comes from the parent.
    QCOMPARE(maxDifference(view.keys.narrow(2, 0, 3), columns(3, 0, 3)), 0.0);
    const auto parents = columns(3, 3, 1).index_select(0, torch::tensor({1, 1, 0}, torch::kLong));
    QCOMPARE(maxDifference(view.keys.narrow(2, 3, 1), parents), 0.0);
    QCOMPARE(maxDifference(view.values.narrow(2, 3, 1), -parents), 0.0);
  }

  void aSharedRowRepeatsToTheBatch() {
    torch::NoGradGuard noGrad;
    msl::KvCache cache(2);
    cache.reserve(8);
    for (std::int64_t layer = 0; layer < 2; ++layer)
      cache.layer(layer).append(columns(1, 0, 3), -columns(1, 0, 3));
    cache.repeatRow(4);
    for (std::int64_t layer = 0; layer < 2; ++layer) {
      const auto view = cache.layer(layer).append(columns(4, 3, 2), -columns(4, 3, 2));
      QCOMPARE(cache.layer(layer).rows(), std::int64_t{4});
      QCOMPARE(maxDifference(view.keys.narrow(2, 0, 3), columns(1, 0, 3).expand({4, 2, 3, 3})),
               0.0);
      QCOMPARE(maxDifference(view.keys.narrow(2, 3, 2), columns(4, 3, 2)), 0.0);
    }
    QCOMPARE(cache.length(), std::int64_t{5});
  }

  void refusesTensorsThatNeedGradients() {
    msl::LayerKvCache cache;
    const auto keys = columns(1, 0, 2).requires_grad_(true);
    QVERIFY_THROWS_EXCEPTION(c10::Error, cache.append(keys, keys.detach()));
    torch::NoGradGuard noGrad;
    msl::LayerKvCache other;
    other.append(columns(2, 0, 2), columns(2, 0, 2));
    QVERIFY_THROWS_EXCEPTION(c10::Error, other.append(columns(3, 2, 1), columns(3, 2, 1)));
  }
};

QTEST_APPLESS_MAIN(TestKvCache)
#include "tst_kv_cache.moc"
