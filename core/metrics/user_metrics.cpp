#include "metrics/user_metrics.h"

#include <algorithm>
#include <map>

namespace msl {

std::vector<UserMetrics> perUserMetrics(const std::vector<SampleRank>& ranks) {
  std::map<std::string, UserMetrics> byUser;
  for (const SampleRank& sample : ranks) {
    UserMetrics& user = byUser[sample.userId];
    user.userId = sample.userId;
    ++user.samples;
    user.ndcgAt10 += ndcgAt(sample.rank, 10);
    user.hitAt10 += hitAt(sample.rank, 10);
    user.reciprocalRank += msl::reciprocalRank(sample.rank);
  }
  std::vector<UserMetrics> users;
  users.reserve(byUser.size());
  for (auto& [id, user] : byUser) {
    const auto n = static_cast<double>(user.samples);
    user.ndcgAt10 /= n;
    user.hitAt10 /= n;
    user.reciprocalRank /= n;
    users.push_back(user);
  }
  std::stable_sort(users.begin(), users.end(), [](const UserMetrics& a, const UserMetrics& b) {
    if (a.ndcgAt10 != b.ndcgAt10) return a.ndcgAt10 > b.ndcgAt10;
    return a.hitAt10 > b.hitAt10;  // map order already sorts ties by id
  });
  return users;
}

std::vector<UserMetrics> bestUsers(const std::vector<UserMetrics>& sorted, std::size_t count) {
  return {sorted.begin(),
          sorted.begin() + static_cast<std::ptrdiff_t>(std::min(count, sorted.size()))};
}

std::vector<UserMetrics> worstUsers(const std::vector<UserMetrics>& sorted, std::size_t count) {
  return {sorted.rbegin(),
          sorted.rbegin() + static_cast<std::ptrdiff_t>(std::min(count, sorted.size()))};
}

}  // namespace msl
