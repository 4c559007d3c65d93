#include "progress_bar.h"

#include <unistd.h>

#include <cstdio>
#include <iostream>

namespace mslw {

std::string formatDuration(double seconds) {
  const long total = seconds < 0 ? 0 : static_cast<long>(seconds + 0.5);
  char buffer[32];
  if (total >= 3600) {
    std::snprintf(buffer, sizeof buffer, "%ld:%02ld:%02ld", total / 3600, total / 60 % 60,
                  total % 60);
  } else {
    std::snprintf(buffer, sizeof buffer, "%ld:%02ld", total / 60, total % 60);
  }
  return buffer;
}

ProgressBar::ProgressBar(std::string label, std::size_t total)
    : label_(std::move(label)),
      total_(total == 0 ? 1 : total),
      interactive_(isatty(STDERR_FILENO) != 0),
      start_(std::chrono::steady_clock::now()),
      lastDraw_(start_) {}

void ProgressBar::update(std::size_t done) {
  const auto now = std::chrono::steady_clock::now();
  if (interactive_) {
    if (now - lastDraw_ < std::chrono::milliseconds(100)) return;
    lastDraw_ = now;
    draw(done, false);
    return;
  }
  const std::size_t decile = done * 10 / total_;
  if (decile > lastDecile_ && decile < 10) {
    lastDecile_ = decile;
    draw(done, false);
  }
}

void ProgressBar::finish() {
  if (finished_) return;
  finished_ = true;
  draw(total_, true);
}

void ProgressBar::draw(std::size_t done, bool final) {
  const double elapsed =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
  const double fraction = static_cast<double>(done) / static_cast<double>(total_);
  const int width = 30;
  const int filled = static_cast<int>(fraction * width);
  std::string bar(static_cast<std::size_t>(filled), '#');
  bar.resize(width, '.');
  char line[256];
  if (final) {
    std::snprintf(line, sizeof line, "%-24s [%s] %zu/%zu  done in %s", label_.c_str(), bar.c_str(),
                  done, total_, formatDuration(elapsed).c_str());
  } else {
    const double remaining = fraction > 0 ? elapsed * (1 - fraction) / fraction : 0;
    std::snprintf(line, sizeof line, "%-24s [%s] %zu/%zu  %s elapsed, ETA %s", label_.c_str(),
                  bar.c_str(), done, total_, formatDuration(elapsed).c_str(),
                  fraction > 0 ? formatDuration(remaining).c_str() : "?");
  }
  if (interactive_) {
    std::cerr << "\r\033[K" << line << (final ? "\n" : "") << std::flush;
  } else {
    std::cerr << line << "\n";
  }
}

}  // namespace mslw
