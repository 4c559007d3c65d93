#include "ui/runs_page.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include "plots/live_chart.h"
#include "ui/plain_text.h"
#include "ui/run_table_model.h"
#include "ui/store_reader.h"

namespace msl {
namespace ui {

RunsPage::RunsPage(QWidget* parent)
    : QWidget(parent),
      reader_(new StoreReader(this)),
      runs_(new RunTableModel(this)),
      proxy_(new QSortFilterProxyModel(this)),
      table_(new QTableView(this)),
      chart_(new plots::LiveChart(this)),
      storeLabel_(new QLabel(this)),
      error_(new QLabel(this)) {
  storeLabel_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  usePlainText(storeLabel_);
  usePlainText(error_);
  error_->setWordWrap(true);
  error_->setVisible(false);
  auto* refreshButton = new QPushButton(tr("&Refresh"), this);
  auto* renameButton = new QPushButton(tr("Re&name…"), this);
  auto* deleteButton = new QPushButton(tr("&Delete…"), this);
  auto* exportButton = new QPushButton(tr("E&xport…"), this);
  baselinesButton_ = new QPushButton(tr("Add &baselines"), this);
  baselinesButton_->setAccessibleName(tr("Add baseline runs"));
  baselinesButton_->setToolTip(
      tr("Popularity, Markov and SASRec on the workspace's dataset, evaluated on its test split "
         "as the runs are, recorded beside them"));
  baselinesButton_->setEnabled(false);
  refreshButton->setShortcut(QKeySequence::Refresh);
  deleteButton->setShortcut(QKeySequence::Delete);
  refreshButton->setAccessibleName(tr("Refresh runs"));
  renameButton->setAccessibleName(tr("Rename run"));
  deleteButton->setAccessibleName(tr("Delete runs"));
  exportButton->setAccessibleName(tr("Export run"));
  connect(refreshButton, &QPushButton::clicked, this, &RunsPage::refresh);
  connect(renameButton, &QPushButton::clicked, this, &RunsPage::renameSelected);
  connect(deleteButton, &QPushButton::clicked, this, &RunsPage::deleteSelected);
  connect(exportButton, &QPushButton::clicked, this, &RunsPage::exportSelected);
  connect(baselinesButton_, &QPushButton::clicked, this, &RunsPage::addBaselines);

  proxy_->setSourceModel(runs_);
  table_->setModel(proxy_);
  table_->setSortingEnabled(true);
  table_->sortByColumn(RunTableModel::CreatedColumn, Qt::DescendingOrder);
  table_->setSelectionBehavior(QAbstractItemView::SelectRows);
  table_->setSelectionMode(QAbstractItemView::ExtendedSelection);
  table_->verticalHeader()->setVisible(false);
  table_->horizontalHeader()->setSectionResizeMode(RunTableModel::NameColumn, QHeaderView::Stretch);
  table_->setAccessibleName(tr("Runs"));
  connect(table_->selectionModel(), &QItemSelectionModel::selectionChanged, this,
          [this] { reader_->readCurves(selectedRuns()); });

  chart_->setTitle(tr("Loss"));
  chart_->setValueLabel(tr("Loss"));

  connect(reader_, &StoreReader::runsListed, this, &RunsPage::showRuns);
  connect(reader_, &StoreReader::curvesRead, this, &RunsPage::showCurves);
  connect(reader_, &StoreReader::changed, this, [this](const QString& message) {
    Q_EMIT statusMessage(message);
    refresh();
  });
  connect(reader_, &StoreReader::failed, this, [this](const QString& message) {
    error_->setText(message);
    error_->setVisible(true);
  });

  auto* actions = new QHBoxLayout;
  actions->addWidget(new QLabel(tr("Store:"), this));
  actions->addWidget(storeLabel_, 1);
  actions->addWidget(refreshButton);
  actions->addWidget(renameButton);
  actions->addWidget(deleteButton);
  actions->addWidget(exportButton);
  actions->addWidget(baselinesButton_);
  auto* splitter = new QSplitter(Qt::Vertical, this);
  splitter->setObjectName(QStringLiteral("runsSplitter"));  // kept by ui/window_layout.h
  splitter->addWidget(table_);
  splitter->addWidget(chart_);
  auto* layout = new QVBoxLayout(this);
  layout->addLayout(actions);
  layout->addWidget(error_);
  layout->addWidget(splitter, 1);

  // Runs trained elsewhere (CLI, another window) appear without a manual refresh.
  pollTimer_.setInterval(3000);
  connect(&pollTimer_, &QTimer::timeout, this, &RunsPage::refresh);
}

void RunsPage::setStorePath(const QString& path) {
  reader_->setStorePath(path);
  storeLabel_->setText(path);
  runs_->setRuns({});
  chart_->clear();
  refresh();
  pollTimer_.start();
}

QString RunsPage::storePath() const {
  return reader_->storePath();
}

void RunsPage::setDataDir(const QString& dir) {
  dataDir_ = dir;
  baselinesButton_->setEnabled(!dir.isEmpty());
}

void RunsPage::addBaselines() {
  if (dataDir_.isEmpty()) return;
  Q_EMIT statusMessage(tr("Fitting and evaluating the baselines on %1…").arg(dataDir_));
  reader_->addBaselines(dataDir_);
}

void RunsPage::refresh() {
  if (!reader_->storePath().isEmpty()) reader_->listRuns();
}

std::vector<RunId> RunsPage::selectedRuns() const {
  std::vector<RunId> ids;
  for (const QModelIndex& index : table_->selectionModel()->selectedRows()) {
    ids.push_back(index.data(RunTableModel::RunIdRole).toLongLong());
  }
  return ids;
}

void RunsPage::showRuns(const std::vector<RunSummary>& runs) {
  error_->setVisible(false);
  const std::vector<RunId> selected = selectedRuns();
  bool unchanged = runs.size() == runs_->runs().size();
  for (std::size_t i = 0; unchanged && i < runs.size(); ++i) {
    const RunSummary& a = runs[i];
    const RunSummary& b = runs_->runs()[i];
    unchanged = a.run.id == b.run.id && a.run.name == b.run.name && a.run.status == b.run.status &&
                a.lastStep == b.lastStep && a.lastNdcgAt10 == b.lastNdcgAt10;
  }
  if (unchanged) return;  // keep the selection and the chart as they are
  const bool firstRuns = runs_->runs().empty();
  runs_->setRuns(runs);
  if (firstRuns && selected.empty() && proxy_->rowCount() > 0) {
    // An empty chart under a full table looks broken: show the top run's curve until the user
    // picks others.
    table_->selectRow(0);
    return;
  }
  for (int row = 0; row < proxy_->rowCount(); ++row) {
    const QModelIndex index = proxy_->index(row, 0);
    const RunId id = index.data(RunTableModel::RunIdRole).toLongLong();
    if (std::find(selected.begin(), selected.end(), id) != selected.end()) {
      table_->selectionModel()->select(index,
                                       QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
  }
}

void RunsPage::showCurves(const QVector<RunCurve>& curves) {
  chart_->clear();
  for (const RunCurve& curve : curves) {
    const int series = chart_->addSeries(tr("%1 (run %2)").arg(curve.name).arg(curve.run));
    chart_->appendPoints(series, curve.loss);
  }
}

void RunsPage::renameSelected() {
  const std::vector<RunId> ids = selectedRuns();
  if (ids.size() != 1) {
    Q_EMIT statusMessage(tr("Select one run to rename."));
    return;
  }
  const QModelIndex index =
      table_->selectionModel()->selectedRows(RunTableModel::NameColumn).front();
  bool ok = false;
  const QString name = QInputDialog::getText(this, tr("Rename run"), tr("New name:"),
                                             QLineEdit::Normal, index.data().toString(), &ok);
  if (ok && !name.trimmed().isEmpty()) reader_->renameRun(ids.front(), name.trimmed());
}

void RunsPage::deleteSelected() {
  const std::vector<RunId> ids = selectedRuns();
  if (ids.empty()) return;
  const auto answer = QMessageBox::question(
      this, tr("Delete runs"),
      tr("Delete %n run(s) with all their steps, evaluations and checkpoint records? "
         "This cannot be undone.",
         nullptr, static_cast<int>(ids.size())),
      QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
  if (answer != QMessageBox::Yes) return;
  for (RunId id : ids) reader_->deleteRun(id);
}

void RunsPage::exportSelected() {
  const std::vector<RunId> ids = selectedRuns();
  if (ids.size() != 1) {
    Q_EMIT statusMessage(tr("Select one run to export."));
    return;
  }
  const QString file = QFileDialog::getSaveFileName(
      this, tr("Export run"), tr("run-%1.csv").arg(ids.front()), tr("CSV (*.csv);;JSON (*.json)"));
  if (!file.isEmpty()) reader_->exportRun(ids.front(), file);
}

}  // namespace ui
}  // namespace msl
