#pragma once
// Runs a function on Qt's thread pool and hands its result, or the message of the exception it
// threw, back to a receiver on the receiver's thread; nothing is delivered once the receiver is
// gone. Stale results (a newer job started meanwhile) are for the receiver to drop (JobTracker).
#include <QMetaObject>
#include <QPointer>
#include <QString>
#include <QtConcurrent>
#include <exception>

namespace msl {
namespace ui {

template <typename Receiver, typename Work, typename OnResult, typename OnError>
void runInBackground(Receiver* receiver, Work work, OnResult onResult, OnError onError) {
  QPointer<Receiver> self(receiver);
  (void)QtConcurrent::run([self, work, onResult, onError] {
    auto post = [&self](auto deliver) {
      if (self) QMetaObject::invokeMethod(self.data(), deliver, Qt::QueuedConnection);
    };
    try {
      auto result = work();
      post([self, onResult, result] {
        if (self) onResult(result);
      });
    } catch (const std::exception& error) {
      const QString message = QString::fromStdString(error.what());
      post([self, onError, message] {
        if (self) onError(message);
      });
    }
  });
}

}  // namespace ui
}  // namespace msl
