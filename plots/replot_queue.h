#pragma once
// Serializes the charts' coalesced redraws: one chart per event-loop turn.
//
// Charts fed by the same source (the Train page's eight charts share every step report) start
// their 40 ms coalescing timers together, so without this they would all rebuild and replot in
// one timer pass and the window would stall for their sum. A chart whose timer fires enqueues
// its refresh here instead; the queue runs one refresh per turn on a zero-interval timer, so
// input, paints and other timers are handled between two charts and a stall is bounded by the
// slowest single chart. GUI thread only.
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <deque>
#include <functional>

namespace msl {
namespace plots {

class ReplotQueue : public QObject {
  Q_OBJECT

 public:
  // The GUI thread's queue, owned by the application object.
  static ReplotQueue& instance();

  // Runs `refresh` in a later turn unless `chart` is already waiting (one refresh draws all its
  // pending data); dropped when `chart` is destroyed first.
  void enqueue(QObject* chart, std::function<void()> refresh);
  bool isQueued(const QObject* chart) const;

 private:
  explicit ReplotQueue(QObject* parent);
  void runNext();

  struct Entry {
    QPointer<QObject> chart;
    std::function<void()> refresh;
  };
  std::deque<Entry> queue_;
  QTimer turn_;
};

}  // namespace plots
}  // namespace msl
