#pragma once
// A terminal progress line with rate and ETA on stderr. Redraws in place on a terminal, prints
// a plain line per 10% otherwise (logs, CI), so that long work always shows where it is.
#include <chrono>
#include <cstddef>
#include <string>

namespace mslw {

class ProgressBar {
 public:
  ProgressBar(std::string label, std::size_t total);
  void update(std::size_t done);
  void finish();

 private:
  void draw(std::size_t done, bool final);

  std::string label_;
  std::size_t total_;
  bool interactive_;
  std::chrono::steady_clock::time_point start_;
  std::chrono::steady_clock::time_point lastDraw_;
  std::size_t lastDecile_ = 0;
  bool finished_ = false;
};

// "1:05" / "2:03:04"
std::string formatDuration(double seconds);

}  // namespace mslw
