#include "ui/user_metrics_tab.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

#include "ui/background_job.h"
#include "ui/plain_text.h"
#include "ui/result_table.h"
#include "ui/user_metrics_model.h"

namespace msl {
namespace ui {

UserMetricsTab::UserMetricsTab(QWidget* parent)
    : QWidget(parent),
      model_(new UserMetricsModel(this)),
      proxy_(new QSortFilterProxyModel(this)),
      step_(new QSpinBox(this)),
      status_(new QLabel(this)) {
  usePlainText(status_);
  qRegisterMetaType<msl::ui::StoredUserMetrics>();
  proxy_->setSourceModel(model_);
  proxy_->setSortRole(Qt::UserRole);
  table_ = makeResultTable(proxy_, tr("Per-user metrics"), this);
  table_->setSortingEnabled(true);
  connect(table_, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
    Q_EMIT userChosen(index.sibling(index.row(), UserMetricsModel::UserColumn).data().toString());
  });
  step_->setRange(-1, 1 << 30);
  step_->setValue(-1);
  step_->setSpecialValueText(tr("latest"));
  step_->setPrefix(tr("step "));
  step_->setAccessibleName(tr("Evaluation step"));
  auto* read = new QPushButton(tr("Read model A's stored evaluation"), this);
  connect(read, &QPushButton::clicked, this, [this] {
    std::optional<std::int64_t> step;
    if (step_->value() >= 0) step = step_->value();
    Q_EMIT readRequested(step);
  });
  auto* best = new QPushButton(tr("Best users"), this);
  connect(best, &QPushButton::clicked, this,
          [this] { table_->sortByColumn(UserMetricsModel::NdcgColumn, Qt::DescendingOrder); });
  auto* worst = new QPushButton(tr("Worst users"), this);
  connect(worst, &QPushButton::clicked, this,
          [this] { table_->sortByColumn(UserMetricsModel::NdcgColumn, Qt::AscendingOrder); });
  status_->setWordWrap(true);
  auto* controls = new QHBoxLayout;
  controls->addWidget(read);
  controls->addWidget(step_);
  controls->addWidget(best);
  controls->addWidget(worst);
  controls->addStretch();
  auto* layout = new QVBoxLayout(this);
  layout->addLayout(controls);
  layout->addWidget(status_);
  layout->addWidget(table_, 1);
  layout->addWidget(new QLabel(tr("Double-click a user to see their recommendations."), this));
}

void UserMetricsTab::showStoredUserMetrics(const QString& store, RunId run,
                                           std::optional<std::int64_t> step) {
  status_->setText(tr("Reading run %1 from %2…").arg(run).arg(store));
  const std::string path = store.toStdString();
  const JobTracker::JobId job = jobs_.start();
  runInBackground(
      this, [path, run, step] { return readStoredUserMetrics(path, run, step); },
      [this, job](const StoredUserMetrics& metrics) {
        if (!jobs_.isCurrent(job)) return;
        model_->setUsers(metrics.users);
        table_->sortByColumn(UserMetricsModel::NdcgColumn, Qt::DescendingOrder);
        table_->resizeColumnsToContents();
        status_->setText(tr("Run %1, step %2, split %3: %4 samples of %5 users.")
                             .arg(metrics.run)
                             .arg(metrics.step)
                             .arg(QString::fromStdString(metrics.split))
                             .arg(metrics.samples)
                             .arg(metrics.users.size()));
        Q_EMIT userMetricsShown(metrics);
      },
      [this, job](const QString& message) {
        if (jobs_.isCurrent(job)) status_->setText(message);
      });
}

void UserMetricsTab::showStatus(const QString& text) {
  status_->setText(text);
}

QString UserMetricsTab::statusText() const {
  return status_->text();
}

}  // namespace ui
}  // namespace msl
