#pragma once
// Per-user metrics of one evaluation recorded in the experiment store, from its per-sample
// top-K lists: the run's evaluation at `step` (or its latest), on the test split when it has one.
#include <QMetaType>
#include <optional>
#include <string>
#include <vector>

#include "metrics/user_metrics.h"
#include "store/store_types.h"

namespace msl {
namespace ui {

struct StoredUserMetrics {
  RunId run = 0;
  std::int64_t step = 0;
  std::string split;
  std::size_t samples = 0;
  std::vector<UserMetrics> users;  // best first
};

// Throws msl::Error naming the store and run when it has no such evaluation.
StoredUserMetrics readStoredUserMetrics(const std::string& store, RunId run,
                                        std::optional<std::int64_t> step);

}  // namespace ui
}  // namespace msl

Q_DECLARE_METATYPE(msl::ui::StoredUserMetrics)
