#include "ui/training_progress.h"

#include <QCoreApplication>
#include <QLocale>
#include <algorithm>
#include <cmath>

namespace msl {
namespace ui {

QString formatDuration(double seconds) {
  const auto total = static_cast<long long>(std::llround(std::max(seconds, 0.0)));
  const long long hours = total / 3600, minutes = total / 60 % 60, secs = total % 60;
  const QString tail = QStringLiteral("%1:%2")
                           .arg(minutes, hours ? 2 : 1, 10, QLatin1Char('0'))
                           .arg(secs, 2, 10, QLatin1Char('0'));
  return hours ? QStringLiteral("%1:%2").arg(hours).arg(tail) : tail;
}

QString trainingProgressText(const StepReport& last, std::int64_t firstStep) {
  const auto timed = std::max<std::int64_t>(1, last.step - firstStep + 1);
  const auto left = std::max<std::int64_t>(0, last.totalSteps - last.step);
  const double remaining =
      last.elapsedSeconds / static_cast<double>(timed) * static_cast<double>(left);
  return QCoreApplication::translate("msl::ui::TrainPage",
                                     "step %1/%2 · %3 elapsed · %4 left · %5 tokens/s")
      .arg(last.step)
      .arg(last.totalSteps)
      .arg(formatDuration(last.elapsedSeconds), formatDuration(remaining),
           QLocale().toString(last.tokensPerSecond, 'f', 0));
}

}  // namespace ui
}  // namespace msl
