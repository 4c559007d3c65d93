#include "ui/runs_page.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

#include "plots/live_chart.h"
#include "runs/run_counterpart.h"
#include "ui/demo_panel.h"
#include "ui/plain_text.h"
#include "ui/run_quantity.h"
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
      quantity_(new QComboBox(this)),
      split_(new QComboBox(this)),
      reference_(new QComboBox(this)),
      comparison_(new QTableWidget(this)),
      storeLabel_(new QLabel(this)),
      error_(new QLabel(this)),
      demo_(new DemoPanel(this)) {
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
          &RunsPage::selectionChanged);
  // A click on the run the page selected itself changes no selection, yet is the user's pick.
  connect(table_, &QTableView::clicked, this, [this] {
    followedRun_ = 0;
    followSelectedRun();
  });

  for (const RunQuantity& quantity : stepQuantities())
    quantity_->addItem(quantity.label, quantity.key);
  quantity_->setAccessibleName(tr("Quantity to chart"));
  quantity_->setToolTip(
      tr("What the chart overlays for the selected runs. Runs of different loss kinds or "
         "temperatures compare on the masked cross-entropy at τ = 1 and on validation NDCG@10."));
  connect(quantity_, &QComboBox::currentIndexChanged, this, &RunsPage::requestCurves);
  chart_->setTitle(quantity_->currentText());
  chart_->setValueLabel(quantity_->currentText());

  split_->addItem(tr("test"), QStringLiteral("test"));
  split_->addItem(tr("valid"), QStringLiteral("valid"));
  split_->setAccessibleName(tr("Split compared"));
  reference_->setAccessibleName(tr("Reference run"));
  reference_->setToolTip(
      tr("Differences and p-values are against this run, on the same samples "
         "(paired Wilcoxon signed-rank test, as mslw compare)"));
  connect(split_, &QComboBox::currentIndexChanged, this, &RunsPage::requestComparison);
  connect(reference_, &QComboBox::activated, this, [this] {
    chosenReference_ = reference_->currentData().toLongLong();
    requestComparison();
  });
  const QStringList headers{tr("Run"),       tr("Kind"),       tr("Step"),      tr("Samples"),
                            tr("HR@10"),     tr("Δ HR@10"),    tr("p (HR@10)"), tr("NDCG@10"),
                            tr("Δ NDCG@10"), tr("p (NDCG@10)")};
  comparison_->setColumnCount(int(headers.size()));
  comparison_->setHorizontalHeaderLabels(headers);
  comparison_->setEditTriggers(QAbstractItemView::NoEditTriggers);
  comparison_->verticalHeader()->setVisible(false);
  comparison_->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
  comparison_->setAccessibleName(tr("Comparison of the selected runs"));

  connect(reader_, &StoreReader::runsListed, this, &RunsPage::showRuns);
  connect(reader_, &StoreReader::curvesRead, this, &RunsPage::showCurves);
  connect(reader_, &StoreReader::comparisonRead, this, &RunsPage::showComparison);
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
  auto* chartPanel = new QWidget(this);
  auto* chartRow = new QHBoxLayout;
  // Its buddy makes Alt+A choose the quantity; without one Qt shows the "&" as written.
  auto* chartLabel = new QLabel(tr("Ch&art:"), chartPanel);
  chartLabel->setBuddy(quantity_);
  chartRow->addWidget(chartLabel);
  chartRow->addWidget(quantity_, 1);
  auto* chartLayout = new QVBoxLayout(chartPanel);
  chartLayout->setContentsMargins(0, 0, 0, 0);
  chartLayout->addLayout(chartRow);
  chartLayout->addWidget(chart_, 1);
  splitter->addWidget(chartPanel);
  auto* comparisonPanel = new QWidget(this);
  auto* comparisonRow = new QHBoxLayout;
  comparisonRow->addWidget(new QLabel(tr("Latest evaluation of"), comparisonPanel));
  comparisonRow->addWidget(split_);
  comparisonRow->addWidget(new QLabel(tr("against"), comparisonPanel));
  comparisonRow->addWidget(reference_, 1);
  auto* comparisonLayout = new QVBoxLayout(comparisonPanel);
  comparisonLayout->setContentsMargins(0, 0, 0, 0);
  comparisonLayout->addLayout(comparisonRow);
  comparisonLayout->addWidget(comparison_, 1);
  splitter->addWidget(comparisonPanel);
  auto* layout = new QVBoxLayout(this);
  layout->addLayout(actions);
  layout->addWidget(demo_);
  layout->addWidget(error_);
  layout->addWidget(splitter, 1);

  connect(demo_, &DemoPanel::runsMayHaveChanged, this, &RunsPage::refresh);
  // The comparison a stakeholder came for: every run of the demo against the popularity baseline.
  connect(demo_, &DemoPanel::finished, this, [this](bool succeeded) {
    if (succeeded) selectAllOnNextListing_ = true;
    refresh();
  });

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
  if (selectAllOnNextListing_) {
    selectAllOnNextListing_ = false;
    if (!unchanged) runs_->setRuns(runs);
    selectEveryRun();
    if (!pendingExports_.isEmpty()) exportNextChart();
    return;
  }
  if (unchanged) return;  // keep the selection and the chart as they are
  const bool firstRuns = runs_->runs().empty();
  runs_->setRuns(runs);
  if (firstRuns && selected.empty() && proxy_->rowCount() > 0) {
    // An empty chart under a full table looks broken: show the top run's curve until the user
    // picks others. The pages that load models follow only what the user picks.
    followsSelection_ = false;
    table_->selectRow(0);
    followsSelection_ = true;
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

void RunsPage::selectEveryRun() {
  followsSelection_ = false;
  table_->selectAll();
  followsSelection_ = true;
}

void RunsPage::exportCharts(const QString& dir, const QStringList& quantityKeys) {
  exportDir_ = dir;
  QDir().mkpath(dir);
  pendingExports_ = quantityKeys;
  exportedFiles_.clear();
  if (runs_->runs().empty()) {
    selectAllOnNextListing_ = true;  // showRuns goes on once the store is read
    refresh();
    return;
  }
  selectEveryRun();
  exportNextChart();
}

void RunsPage::exportNextChart() {
  if (pendingExports_.isEmpty()) {
    Q_EMIT chartsExported(exportedFiles_);
    return;
  }
  const QString key = pendingExports_.front();
  int index = quantity_->findData(key);
  if (index < 0) {
    // An evaluation metric is offered once the selected runs' curves are read; name it now.
    quantity_->addItem(quantityOfKey(key).value_or(RunQuantity{key, key}).label, key);
    index = quantity_->count() - 1;
  }
  if (quantity_->currentIndex() == index)
    requestCurves();
  else
    quantity_->setCurrentIndex(index);  // requests the curves
}

void RunsPage::selectionChanged() {
  // The reference the user picked stays while it is selected; otherwise the natural one.
  const std::vector<RunId> ids = selectedRuns();
  const RunId kept = chosenReference_;
  std::vector<RunRecord> records;
  for (const RunSummary& summary : runs_->runs())
    if (std::find(ids.begin(), ids.end(), summary.run.id) != ids.end())
      records.push_back(summary.run);
  const bool keep = std::any_of(records.begin(), records.end(),
                                [kept](const RunRecord& run) { return run.id == kept; });
  const RunId chosen = keep ? kept : defaultReference(records);
  reference_->clear();
  for (const RunRecord& run : records)
    reference_->addItem(
        tr("%1 (run %2)").arg(isolatedForDisplay(QString::fromStdString(run.name))).arg(run.id),
        qlonglong(run.id));
  reference_->setCurrentIndex(reference_->findData(qlonglong(chosen)));
  requestCurves();
  requestComparison();
  if (followsSelection_) followSelectedRun();
}

void RunsPage::followSelectedRun() {
  const std::vector<RunId> ids = selectedRuns();
  if (ids.size() != 1 || ids.front() == followedRun_) return;
  for (const RunSummary& summary : runs_->runs())
    if (summary.run.id == ids.front() && holdsTrainedWeights(summary.run)) {
      followedRun_ = summary.run.id;
      Q_EMIT runSelected(followedRun_);
    }
}

void RunsPage::requestCurves() {
  reader_->readCurves(selectedRuns(), quantity_->currentData().toString());
}

void RunsPage::requestComparison() {
  const std::vector<RunId> ids = selectedRuns();
  if (ids.empty()) {
    comparison_->setRowCount(0);
    return;
  }
  reader_->readComparison(ids, reference_->currentData().toLongLong(),
                          split_->currentData().toString());
}

void RunsPage::showCurves(const RunCurves& curves) {
  // Offer the evaluation metrics the selected runs have, keeping the current choice.
  const QString current = quantity_->currentData().toString();
  const QString currentLabel = quantity_->currentText();
  {
    const QSignalBlocker quiet(quantity_);
    while (quantity_->count() > stepQuantities().size())
      quantity_->removeItem(quantity_->count() - 1);
    for (const RunQuantity& quantity : curves.evaluationQuantities)
      quantity_->addItem(quantity.label, quantity.key);
    const int index = quantity_->findData(current);
    if (index >= 0) {
      quantity_->setCurrentIndex(index);
    } else {
      quantity_->addItem(currentLabel, current);  // none of the selected runs has it
      quantity_->setCurrentIndex(quantity_->count() - 1);
    }
  }
  if (curves.quantityKey != current) return;  // the choice changed while this was read
  chart_->clear();
  chart_->setTitle(quantity_->currentText());
  chart_->setValueLabel(quantity_->currentText());
  for (const RunCurve& curve : curves.curves) {
    const int series =
        chart_->addSeries(tr("%1 (run %2)").arg(isolatedForDisplay(curve.name)).arg(curve.run));
    chart_->appendPoints(series, curve.points);
  }
  if (!pendingExports_.isEmpty() && pendingExports_.front() == current) {
    const QString file = QDir(exportDir_).filePath(fileStemOfKey(current) + QStringLiteral(".png"));
    const QString error = chart_->exportImage(file);
    if (error.isEmpty())
      exportedFiles_ << file;
    else
      Q_EMIT statusMessage(error);
    pendingExports_.removeFirst();
    QTimer::singleShot(0, this, &RunsPage::exportNextChart);
  }
}

void RunsPage::showComparison(const QVector<RunComparisonRow>& rows) {
  const auto number = [](double value, int decimals) {
    return std::isnan(value) ? QStringLiteral("–") : QString::number(value, 'f', decimals);
  };
  const auto signedNumber = [&](double value) {
    return (value > 0 ? QStringLiteral("+") : QString()) + number(value, 4);
  };
  comparison_->clearSpans();
  comparison_->setRowCount(int(rows.size()));
  for (int row = 0; row < rows.size(); ++row) {
    const RunComparisonRow& r = rows[row];
    QStringList cells{tr("%1 (run %2)").arg(isolatedForDisplay(r.name)).arg(r.run), r.kind};
    if (r.samples > 0)
      cells << QString::number(r.step) << QString::number(r.samples) << number(r.hitRate, 4);
    if (r.samples > 0 && r.problem.isEmpty()) {
      cells << (r.reference ? tr("reference") : signedNumber(r.hitRateDifference))
            << (r.reference ? QString() : number(r.hitRateWilcoxonP, 3)) << number(r.ndcg, 4)
            << (r.reference ? tr("reference") : signedNumber(r.ndcgDifference))
            << (r.reference ? QString() : number(r.ndcgWilcoxonP, 3));
    } else if (r.samples > 0) {
      cells << QString() << QString() << number(r.ndcg, 4);
    }
    for (int column = 0; column < comparison_->columnCount(); ++column) {
      auto* item = new QTableWidgetItem(cells.value(column));
      if (column >= 2) item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
      if (!r.problem.isEmpty())
        item->setToolTip(plainToolTip(r.problem));
      else if (column == 9 && !r.reference)
        item->setToolTip(tr("Wilcoxon signed-rank p %1, paired t-test p %2")
                             .arg(number(r.ndcgWilcoxonP, 4), number(r.ndcgTTestP, 4)));
      comparison_->setItem(row, column, item);
    }
    if (!r.problem.isEmpty() && r.samples == 0) {
      comparison_->setSpan(row, 2, 1, comparison_->columnCount() - 2);
      comparison_->item(row, 2)->setText(shortenedForDisplay(r.problem));
    }
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
