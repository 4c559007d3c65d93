#include "plots/replot_queue.h"

#include <QCoreApplication>
#include <algorithm>

namespace msl {
namespace plots {

ReplotQueue::ReplotQueue(QObject* parent) : QObject(parent) {
  // A zero-interval timer runs when the event loop has nothing more urgent: posted events and
  // due timers (the 10 ms tickers of the stall tests, a user's input) go first.
  turn_.setSingleShot(true);
  turn_.setInterval(0);
  connect(&turn_, &QTimer::timeout, this, &ReplotQueue::runNext);
}

ReplotQueue& ReplotQueue::instance() {
  static QPointer<ReplotQueue> queue;
  if (!queue) queue = new ReplotQueue(QCoreApplication::instance());
  return *queue;
}

bool ReplotQueue::isQueued(const QObject* chart) const {
  return std::any_of(queue_.begin(), queue_.end(),
                     [chart](const Entry& entry) { return entry.chart == chart; });
}

void ReplotQueue::enqueue(QObject* chart, std::function<void()> refresh) {
  if (isQueued(chart)) return;
  queue_.push_back({chart, std::move(refresh)});
  if (!turn_.isActive()) turn_.start();
}

void ReplotQueue::runNext() {
  while (!queue_.empty()) {
    Entry entry = std::move(queue_.front());
    queue_.pop_front();
    if (!entry.chart) continue;  // destroyed while waiting
    entry.refresh();
    break;
  }
  if (!queue_.empty()) turn_.start();
}

}  // namespace plots
}  // namespace msl
