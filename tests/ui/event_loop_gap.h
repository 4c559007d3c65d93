#pragma once
// Measures how long the event loop is kept from running while background work goes on: a 10 ms
// timer records the longest gap between its ticks.
#include <QElapsedTimer>
#include <QTimer>
#include <algorithm>

class EventLoopGap {
 public:
  EventLoopGap() {
    ticker_.setInterval(10);
    QObject::connect(&ticker_, &QTimer::timeout,
                     [this] { longest_ = std::max(longest_, sinceLastTick_.restart()); });
    sinceLastTick_.start();
    ticker_.start();
  }

  // Stops measuring; the longest gap in milliseconds.
  qint64 stop() {
    ticker_.stop();
    return longest_;
  }

 private:
  QTimer ticker_;
  QElapsedTimer sinceLastTick_;
  qint64 longest_ = 0;
};
