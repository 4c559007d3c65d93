#pragma once
// Numbers background jobs so that a page can drop the result of a job the user has already
// replaced (opened another dataset while the first was still loading).
#include <atomic>
#include <cstdint>

namespace msl {
namespace ui {

class JobTracker {
 public:
  using JobId = std::uint64_t;

  // Starts a job; every job started earlier becomes stale.
  JobId start() { return ++latest_; }
  bool isCurrent(JobId job) const { return job == latest_.load(); }
  // Makes every running job stale (the page was reset).
  void cancelAll() { ++latest_; }

 private:
  std::atomic<JobId> latest_{0};
};

}  // namespace ui
}  // namespace msl
