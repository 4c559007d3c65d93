#pragma once
// Per-user view of per-sample ranks: a user with several evaluation samples gets the mean of
// each metric over them; best/worst users order by NDCG@10, then HR@10, then user id.
#include <cstddef>
#include <string>
#include <vector>

#include "metrics/ranking_metrics.h"

namespace msl {

struct UserMetrics {
  std::string userId;
  std::size_t samples = 0;
  double ndcgAt10 = 0;
  double hitAt10 = 0;
  double reciprocalRank = 0;
};

// Sorted best first (ties by user id, ascending).
std::vector<UserMetrics> perUserMetrics(const std::vector<SampleRank>& ranks);

std::vector<UserMetrics> bestUsers(const std::vector<UserMetrics>& sorted, std::size_t count);
// Worst first.
std::vector<UserMetrics> worstUsers(const std::vector<UserMetrics>& sorted, std::size_t count);

}  // namespace msl
