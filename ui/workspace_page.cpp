#include "ui/workspace_page.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include "plots/bar_chart.h"
#include "ui/figure_labels.h"
#include "ui/item_table_model.h"
#include "ui/model_panel.h"
#include "ui/plain_text.h"

namespace msl {
namespace ui {
namespace {

QString count(std::size_t value) {
  return QLocale().toString(static_cast<qulonglong>(value));
}

}  // namespace

WorkspacePage::WorkspacePage(QWidget* parent)
    : QWidget(parent),
      openButton_(new QPushButton(tr("&Open dataset folder…"), this)),
      demoButton_(new QPushButton(tr("Create &demo workspace"), this)),
      progress_(new QProgressBar(this)),
      stage_(new QLabel(this)),
      error_(new QLabel(this)),
      statistics_(new QFormLayout),
      titleLengths_(new plots::BarChart(this)),
      filter_(new QLineEdit(this)),
      items_(new ItemTableModel(this)),
      proxy_(new QSortFilterProxyModel(this)),
      table_(new QTableView(this)),
      modelPanel_(new ModelPanel(this)) {
  openButton_->setAccessibleName(tr("Open dataset folder"));
  demoButton_->setAccessibleName(tr("Create demo workspace"));
  demoButton_->setToolTip(tr("Synthesize a book catalog and train a tokenizer on it"));
  connect(openButton_, &QPushButton::clicked, this, &WorkspacePage::openDatasetRequested);
  connect(demoButton_, &QPushButton::clicked, this, &WorkspacePage::createDemoRequested);
  progress_->setVisible(false);
  progress_->setAccessibleName(tr("Workspace progress"));
  error_->setWordWrap(true);
  error_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  usePlainText(error_);
  usePlainText(stage_);
  error_->setVisible(false);
  error_->setObjectName(QStringLiteral("errorMessage"));
  QPalette errorPalette = error_->palette();
  errorPalette.setColor(QPalette::WindowText, QColor(200, 40, 40));
  error_->setPalette(errorPalette);

  auto* actions = new QHBoxLayout;
  actions->addWidget(openButton_);
  actions->addWidget(demoButton_);
  actions->addWidget(progress_, 1);
  actions->addWidget(stage_);
  actions->addStretch();

  addStatistic(QStringLiteral("dataset"), tr("Dataset"));
  addStatistic(QStringLiteral("items"), tr("Items"));
  addStatistic(QStringLiteral("users"), tr("Users"));
  addStatistic(QStringLiteral("splits"), tr("Samples per split"));
  addStatistic(QStringLiteral("titleTokens"), tr("Title tokens"));
  addStatistic(QStringLiteral("duplicates"), tr("Duplicate titles"));
  addStatistic(QStringLiteral("drift"), tr("Tokenization drift"));
  addStatistic(QStringLiteral("firstPosition"), tr("First-position valid tokens (n)"));
  addStatistic(QStringLiteral("tokenizer"), tr("Tokenizer"));
  auto* statisticsBox = new QGroupBox(tr("Statistics"), this);
  statisticsBox->setLayout(statistics_);

  titleLengths_->setAxisLabels(tr("Title tokens"), tr("Titles"));
  auto* chartBox = new QGroupBox(tr("Title token lengths"), this);
  auto* chartLayout = new QVBoxLayout(chartBox);
  chartLayout->addWidget(titleLengths_);

  auto* top = new QHBoxLayout;
  top->addWidget(statisticsBox, 1);
  top->addWidget(modelPanel_, 1);
  top->addWidget(chartBox, 1);

  filter_->setPlaceholderText(tr("Search titles or ids"));
  filter_->setClearButtonEnabled(true);
  filter_->setAccessibleName(tr("Search items"));
  proxy_->setSourceModel(items_);
  proxy_->setFilterCaseSensitivity(Qt::CaseInsensitive);
  proxy_->setFilterKeyColumn(-1);
  connect(filter_, &QLineEdit::textChanged, proxy_, &QSortFilterProxyModel::setFilterFixedString);
  table_->setModel(proxy_);
  table_->setSortingEnabled(true);
  table_->sortByColumn(ItemTableModel::IdColumn, Qt::AscendingOrder);
  table_->setSelectionBehavior(QAbstractItemView::SelectRows);
  table_->horizontalHeader()->setSectionResizeMode(ItemTableModel::TitleColumn,
                                                   QHeaderView::Stretch);
  table_->verticalHeader()->setVisible(false);
  table_->horizontalHeader()->setResizeContentsPrecision(100);  // not 1000 rows per resize
  table_->setAccessibleName(tr("Catalog items"));

  auto* layout = new QVBoxLayout(this);
  layout->addLayout(actions);
  layout->addWidget(error_);
  layout->addLayout(top, 2);
  layout->addWidget(filter_);
  layout->addWidget(table_, 3);
}

QLabel* WorkspacePage::addStatistic(const QString& key, const QString& label) {
  return addFigureRow(*statistics_, *this, key, label);
}

QString WorkspacePage::statisticText(const QString& key) const {
  return figureText(*this, key);
}

void WorkspacePage::setBusy(bool busy) {
  openButton_->setEnabled(!busy);
  demoButton_->setEnabled(!busy);
  progress_->setVisible(busy);
  if (!busy) stage_->clear();
}

void WorkspacePage::showProgress(const QString& stage, int percent) {
  setBusy(true);
  error_->setVisible(false);
  progress_->setValue(percent);
  stage_->setText(stage);
}

void WorkspacePage::showError(const QString& message) {
  setBusy(false);
  error_->setText(message);
  error_->setVisible(true);
}

void WorkspacePage::showSnapshot(const WorkspaceSnapshot& snapshot) {
  setBusy(false);
  error_->setVisible(false);
  const DatasetStats& stats = snapshot.stats;
  auto set = [this](const QString& key, const QString& text) { setFigureText(*this, key, text); };
  set(QStringLiteral("dataset"), snapshot.dataDir);
  set(QStringLiteral("items"), count(stats.items));
  set(QStringLiteral("users"), count(stats.users));
  QStringList splits;
  for (const SplitStats& split : stats.splits) {
    const QString name = QString::fromStdString(split.name);
    if (split.name == stats.trainingSplit || split.samples == 0) {
      splits << tr("%1: %2").arg(name, count(split.samples));
      continue;
    }
    // What a model of the training interactions can know: a cold-start split shows here.
    splits << tr("%1: %2 (%3 % of targets seen in %4)")
                  .arg(name, count(split.samples))
                  .arg(100.0 * double(split.targetsSeenInTraining) / double(split.samples), 0, 'f',
                       0)
                  .arg(QString::fromStdString(stats.trainingSplit));
  }
  set(QStringLiteral("splits"), splits.join(QStringLiteral(" · ")));
  if (!snapshot.titleTokenLengths.empty()) {
    double total = 0;
    for (const auto& [tokens, titles] : snapshot.titleTokenLengths)
      total += double(tokens) * titles;
    set(QStringLiteral("titleTokens"),
        tr("min %1 · mean %2 · max %3")
            .arg(snapshot.titleTokenLengths.begin()->first)
            .arg(total / double(std::max<std::size_t>(snapshot.titleTokenCounts.size(), 1)), 0, 'f',
                 1)
            .arg(snapshot.titleTokenLengths.rbegin()->first));
  }
  set(QStringLiteral("duplicates"), count(stats.duplicateTitles.size()));
  if (snapshot.layer && snapshot.layer->drift) {
    const DriftReport& drift = *snapshot.layer->drift;
    set(QStringLiteral("drift"),
        tr("%1 of %2 samples drift; %3 would leave the trie")
            .arg(count(drift.drifted), count(drift.samples), count(drift.leavesTrie)));
  }
  set(QStringLiteral("firstPosition"), count(snapshot.trie.firstPositionValid));
  if (snapshot.layer) {
    set(QStringLiteral("tokenizer"),
        tr("%1 tokens · %2")
            .arg(count(snapshot.layer->tokenizer.vocabSize()), snapshot.tokenizerPath.isEmpty()
                                                                   ? tr("trained for this dataset")
                                                                   : snapshot.tokenizerPath));
  }

  QVector<double> keys;
  QVector<double> values;
  for (const auto& [tokens, titles] : snapshot.titleTokenLengths) {
    keys << double(tokens);
    values << double(titles);
  }
  titleLengths_->setBars(keys, values);
  items_->setSnapshot(snapshot);
  // Every column but the stretched title fits its header too ("Items with this title" was cut).
  for (int column = 0; column < ItemTableModel::ColumnCount; ++column)
    if (column != ItemTableModel::TitleColumn) table_->resizeColumnToContents(column);
  modelPanel_->setWorkspace(snapshot);
}

}  // namespace ui
}  // namespace msl
