#include "ui/demo_panel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <algorithm>

#include "ui/mslw_program.h"
#include "ui/plain_text.h"

namespace msl {
namespace ui {

DemoPanel::DemoPanel(QWidget* parent)
    : QWidget(parent),
      start_(new QPushButton(tr("Train the demo r&uns"), this)),
      cancel_(new QPushButton(tr("Cancel"), this)),
      progress_(new QProgressBar(this)),
      status_(new QLabel(this)) {
  start_->setToolTip(
      tr("LML, MSL and MSL+ATS on the demo workspace from the same initial "
         "weights, and the popularity, Markov, SASRec and same-series baselines, "
         "recorded in "
         "this store (mslw demo, a few minutes on a CPU)"));
  cancel_->setAccessibleName(tr("Cancel the demo runs"));
  cancel_->hide();
  progress_->setRange(0, 100);
  progress_->hide();
  usePlainText(status_);
  status_->setWordWrap(true);
  auto* layout = new QHBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(start_);
  layout->addWidget(progress_, 1);
  layout->addWidget(cancel_);
  layout->addWidget(status_, 2);
  connect(start_, &QPushButton::clicked, this, &DemoPanel::start);
  connect(cancel_, &QPushButton::clicked, this, &DemoPanel::cancel);
  hide();
}

DemoPanel::~DemoPanel() {
  // The demo writes the store this window reads: a half-done demo is cancelled, not orphaned.
  if (running()) {
    process_->terminate();
    process_->waitForFinished(5000);
  }
}

void DemoPanel::setWorkspace(const QString& dir) {
  workspace_ = dir;
  setVisible(!dir.isEmpty());
}

bool DemoPanel::running() const {
  return process_ && process_->state() != QProcess::NotRunning;
}

int DemoPanel::percent() const {
  return progress_->value();
}

QString DemoPanel::statusText() const {
  return status_->text();
}

void DemoPanel::start() {
  if (running() || workspace_.isEmpty()) return;
  delete process_;
  process_ = new QProcess(this);
  pending_.clear();
  lastLine_.clear();
  stageIndex_ = 0;
  stageCount_ = 1;
  cancelled_ = false;
  connect(process_, &QProcess::readyReadStandardError, this, &DemoPanel::readProgress);
  connect(process_, &QProcess::finished, this,
          [this](int exitCode, QProcess::ExitStatus) { processFinished(exitCode); });
  connect(process_, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
    if (error == QProcess::FailedToStart) {
      status_->setText(
          tr("Could not start %1: %2").arg(process_->program(), process_->errorString()));
      start_->setEnabled(true);
      cancel_->hide();
      progress_->hide();
      Q_EMIT finished(false);
    }
  });
  const QString program = program_.isEmpty() ? mslwProgram() : program_;
  progress_->setValue(0);
  progress_->show();
  cancel_->show();
  start_->setEnabled(false);
  status_->setText(tr("Starting the demo…"));
  process_->start(program,
                  QStringList{QStringLiteral("demo"), QStringLiteral("--workspace"), workspace_} +
                      extraArguments_);
}

void DemoPanel::cancel() {
  if (!running()) return;
  cancelled_ = true;
  process_->terminate();
}

void DemoPanel::readProgress() {
  // mslw writes its stages as "[k/N] what" lines and each stage's bar as "name [###...] i/n …",
  // redrawn with carriage returns.
  static const QRegularExpression stage(QStringLiteral("^\\[(\\d+)/(\\d+)\\] (.*)$"));
  static const QRegularExpression bar(QStringLiteral("\\] (\\d+)/(\\d+) "));
  pending_ += process_->readAllStandardError();
  for (;;) {
    const auto breakAt = std::find_if(pending_.begin(), pending_.end(),
                                      [](char c) { return c == '\n' || c == '\r'; });
    if (breakAt == pending_.end()) break;
    const qsizetype end = breakAt - pending_.begin();
    const QString line = QString::fromUtf8(pending_.left(end)).trimmed();
    pending_.remove(0, end + 1);
    if (line.isEmpty()) continue;
    lastLine_ = line;
    if (const QRegularExpressionMatch m = stage.match(line); m.hasMatch()) {
      stageIndex_ = m.captured(1).toInt() - 1;
      stageCount_ = std::max(1, m.captured(2).toInt());
      progress_->setValue(std::max(progress_->value(), 100 * stageIndex_ / stageCount_));
      status_->setText(shortenedForDisplay(m.captured(3)));
      Q_EMIT runsMayHaveChanged();
    } else if (const QRegularExpressionMatch m = bar.match(line); m.hasMatch()) {
      const double fraction = m.captured(1).toDouble() / std::max(1.0, m.captured(2).toDouble());
      progress_->setValue(
          std::max(progress_->value(), int(100 * (stageIndex_ + fraction) / stageCount_)));
    }
  }
}

void DemoPanel::processFinished(int exitCode) {
  readProgress();
  start_->setEnabled(true);
  cancel_->hide();
  const bool succeeded = exitCode == 0 && !cancelled_;
  if (succeeded) {
    progress_->setValue(100);
    status_->setText(tr("The demo runs are in this store: select them to compare."));
  } else {
    progress_->hide();
    status_->setText(cancelled_ ? tr("Demo cancelled; the runs it finished stay in the store.")
                                : tr("The demo failed: %1").arg(shortenedForDisplay(lastLine_)));
  }
  Q_EMIT finished(succeeded);
}

}  // namespace ui
}  // namespace msl
