#include "ui/recommendations_page.h"

#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include "ui/background_job.h"
#include "ui/history_model.h"
#include "ui/model_source_picker.h"
#include "ui/recommendation_column.h"
#include "ui/result_table.h"
#include "ui/user_list_model.h"
#include "ui/user_metrics_model.h"

namespace msl {
namespace ui {

RecommendationsPage::RecommendationsPage(QWidget* parent)
    : QWidget(parent),
      splitChoice_(new QComboBox(this)),
      beams_(new QSpinBox(this)),
      variant_(new QComboBox(this)),
      generations_(new QSpinBox(this)),
      users_(new UserListModel(this)),
      userProxy_(new QSortFilterProxyModel(this)),
      userSearch_(new QLineEdit(this)),
      history_(new HistoryModel(this)),
      addItem_(new QLineEdit(this)),
      groundTruth_(new QLabel(this)),
      left_(new RecommendationColumn(tr("Model A"), this)),
      right_(new RecommendationColumn(tr("Model B"), this)),
      recomputeTimer_(new QTimer(this)),
      userMetrics_(new UserMetricsModel(this)),
      userMetricsProxy_(new QSortFilterProxyModel(this)),
      metricsStep_(new QSpinBox(this)),
      metricsStatus_(new QLabel(this)),
      tabs_(new QTabWidget(this)) {
  qRegisterMetaType<msl::ui::StoredUserMetrics>();
  // Several edits in one pass of the event loop (a reset history, a new user) make one request.
  recomputeTimer_->setSingleShot(true);
  recomputeTimer_->setInterval(0);
  connect(recomputeTimer_, &QTimer::timeout, this, &RecommendationsPage::recompute);
  tabs_->addTab(buildRecommendationTab(), tr("Recommendations"));
  tabs_->addTab(buildUserMetricsTab(), tr("Per-user metrics"));
  auto* layout = new QVBoxLayout(this);
  layout->addWidget(tabs_);
}

QWidget* RecommendationsPage::buildRecommendationTab() {
  auto* tab = new QWidget(this);
  splitChoice_->setAccessibleName(tr("Split"));
  connect(splitChoice_, &QComboBox::currentTextChanged, this, [this] { showSplit(); });
  beams_->setRange(1, 100);
  beams_->setValue(10);
  beams_->setAccessibleName(tr("Beams"));
  variant_->addItem(tr("Full softmax, then mask (HF CBS)"),
                    int(MaskingVariant::FullSoftmaxThenMask));
  variant_->addItem(tr("Masked softmax (as MSL trains)"), int(MaskingVariant::MaskedSoftmax));
  variant_->setAccessibleName(tr("Masking variant"));
  generations_->setRange(0, 20);
  generations_->setValue(5);
  generations_->setAccessibleName(tr("Unconstrained generations"));
  for (QSpinBox* spin : {beams_, generations_})
    connect(spin, qOverload<int>(&QSpinBox::valueChanged), this,
            &RecommendationsPage::scheduleRecompute);
  connect(variant_, qOverload<int>(&QComboBox::currentIndexChanged), this,
          &RecommendationsPage::scheduleRecompute);
  auto* options = new QHBoxLayout;
  options->addWidget(new QLabel(tr("Split"), tab));
  options->addWidget(splitChoice_);
  options->addWidget(new QLabel(tr("Top-K"), tab));
  options->addWidget(beams_);
  options->addWidget(variant_);
  options->addWidget(new QLabel(tr("Unconstrained"), tab));
  options->addWidget(generations_);
  options->addStretch();

  userSearch_->setPlaceholderText(tr("Search user ids"));
  userSearch_->setClearButtonEnabled(true);
  userSearch_->setAccessibleName(tr("Search users"));
  userProxy_->setSourceModel(users_);
  userProxy_->setFilterKeyColumn(UserListModel::UserColumn);
  userProxy_->setFilterCaseSensitivity(Qt::CaseInsensitive);
  connect(userSearch_, &QLineEdit::textChanged, userProxy_,
          &QSortFilterProxyModel::setFilterFixedString);
  userTable_ = makeResultTable(userProxy_, tr("Users"), tab);
  userTable_->setSortingEnabled(true);
  userTable_->sortByColumn(UserListModel::UserColumn, Qt::AscendingOrder);
  connect(userTable_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
          [this](const QModelIndex& current) {
            if (current.isValid())
              showSample(static_cast<std::size_t>(
                  current.data(UserListModel::SampleIndexRole).toULongLong()));
          });
  auto* userPanel = new QWidget(tab);
  auto* userLayout = new QVBoxLayout(userPanel);
  userLayout->setContentsMargins(0, 0, 0, 0);
  userLayout->addWidget(userSearch_);
  userLayout->addWidget(userTable_);

  historyTable_ = makeResultTable(history_, tr("History"), tab);
  historyTable_->verticalHeader()->setVisible(true);
  connect(history_, &HistoryModel::historyEdited, this, &RecommendationsPage::scheduleRecompute);
  auto* remove = new QPushButton(tr("Remove"), tab);
  remove->setShortcut(QKeySequence::Delete);
  connect(remove, &QPushButton::clicked, this, [this] {
    const QModelIndex current = historyTable_->currentIndex();
    if (current.isValid()) removeHistoryItem(current.row());
  });
  auto* reset = new QPushButton(tr("Reset"), tab);
  connect(reset, &QPushButton::clicked, this, &RecommendationsPage::resetHistory);
  addItem_->setPlaceholderText(tr("Add an item: id or title"));
  addItem_->setAccessibleName(tr("Add item"));
  connect(addItem_, &QLineEdit::returnPressed, this, &RecommendationsPage::addTypedItem);
  auto* add = new QPushButton(tr("Add"), tab);
  connect(add, &QPushButton::clicked, this, &RecommendationsPage::addTypedItem);
  auto* addRow = new QHBoxLayout;
  addRow->addWidget(addItem_, 1);
  addRow->addWidget(add);
  auto* editRow = new QHBoxLayout;
  editRow->addStretch();
  editRow->addWidget(remove);
  editRow->addWidget(reset);
  groundTruth_->setWordWrap(true);
  groundTruth_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  auto* historyPanel = new QWidget(tab);
  auto* historyLayout = new QVBoxLayout(historyPanel);
  historyLayout->setContentsMargins(0, 0, 0, 0);
  historyLayout->addWidget(new QLabel(tr("History (oldest first)"), historyPanel));
  historyLayout->addWidget(historyTable_, 1);
  historyLayout->addLayout(addRow);
  historyLayout->addLayout(editRow);
  historyLayout->addWidget(groundTruth_);

  for (RecommendationColumn* column : {left_, right_}) {
    connect(column, &RecommendationColumn::modelLoaded, this, [this, column] {
      if (sample_) column->recompute(currentRequest());
    });
    connect(column, &RecommendationColumn::failed, this, &RecommendationsPage::statusMessage);
  }
  auto* columns = new QSplitter(Qt::Horizontal, tab);
  columns->addWidget(left_);
  columns->addWidget(right_);
  auto* leftSide = new QSplitter(Qt::Vertical, tab);
  leftSide->addWidget(userPanel);
  leftSide->addWidget(historyPanel);
  auto* splitter = new QSplitter(tab);
  splitter->addWidget(leftSide);
  splitter->addWidget(columns);
  splitter->setStretchFactor(1, 3);
  // The user list and history need room for titles; the window keeps named splitters' sizes.
  splitter->setSizes({420, 1200});
  splitter->setObjectName(QStringLiteral("recommendationsSplitter"));
  leftSide->setObjectName(QStringLiteral("recommendationsUserSplitter"));
  columns->setObjectName(QStringLiteral("recommendationsModelSplitter"));
  auto* layout = new QVBoxLayout(tab);
  layout->addLayout(options);
  layout->addWidget(splitter, 1);
  return tab;
}

QWidget* RecommendationsPage::buildUserMetricsTab() {
  auto* tab = new QWidget(this);
  userMetricsProxy_->setSourceModel(userMetrics_);
  userMetricsProxy_->setSortRole(Qt::UserRole);
  userMetricsTable_ = makeResultTable(userMetricsProxy_, tr("Per-user metrics"), tab);
  userMetricsTable_->setSortingEnabled(true);
  connect(userMetricsTable_, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
    const QString user = index.sibling(index.row(), UserMetricsModel::UserColumn).data().toString();
    if (selectUser(user)) tabs_->setCurrentIndex(0);
  });
  metricsStep_->setRange(-1, 1 << 30);
  metricsStep_->setValue(-1);
  metricsStep_->setSpecialValueText(tr("latest"));
  metricsStep_->setPrefix(tr("step "));
  metricsStep_->setAccessibleName(tr("Evaluation step"));
  auto* read = new QPushButton(tr("Read model A's stored evaluation"), tab);
  connect(read, &QPushButton::clicked, this, [this] {
    const ModelSource source = left_->picker()->source();
    if (!source.fromStore() || source.store.empty() || source.run == 0) {
      metricsStatus_->setText(tr("Choose a stored run for model A first."));
      return;
    }
    std::optional<std::int64_t> step;
    if (metricsStep_->value() >= 0) step = metricsStep_->value();
    showStoredUserMetrics(QString::fromStdString(source.store), source.run, step);
  });
  auto* best = new QPushButton(tr("Best users"), tab);
  connect(best, &QPushButton::clicked, this, [this] {
    userMetricsTable_->sortByColumn(UserMetricsModel::NdcgColumn, Qt::DescendingOrder);
  });
  auto* worst = new QPushButton(tr("Worst users"), tab);
  connect(worst, &QPushButton::clicked, this, [this] {
    userMetricsTable_->sortByColumn(UserMetricsModel::NdcgColumn, Qt::AscendingOrder);
  });
  metricsStatus_->setWordWrap(true);
  auto* controls = new QHBoxLayout;
  controls->addWidget(read);
  controls->addWidget(metricsStep_);
  controls->addWidget(best);
  controls->addWidget(worst);
  controls->addStretch();
  auto* layout = new QVBoxLayout(tab);
  layout->addLayout(controls);
  layout->addWidget(metricsStatus_);
  layout->addWidget(userMetricsTable_, 1);
  layout->addWidget(new QLabel(tr("Double-click a user to see their recommendations."), tab));
  return tab;
}

void RecommendationsPage::showSnapshot(const WorkspaceSnapshot& snapshot) {
  snapshot_ = snapshot;
  dataset_ = std::shared_ptr<const Dataset>(snapshot.layer, &snapshot.layer->dataset);
  sample_.reset();
  history_->clear();
  groundTruth_->clear();
  QStringList titles;
  for (const Item& item : dataset_->catalog.items())
    titles << QStringLiteral("%1 [%2]").arg(QString::fromStdString(item.title)).arg(item.id);
  auto* completer = new QCompleter(titles, addItem_);
  completer->setCaseSensitivity(Qt::CaseInsensitive);
  completer->setFilterMode(Qt::MatchContains);
  QCompleter* previous = addItem_->completer();
  addItem_->setCompleter(completer);
  delete previous;
  for (RecommendationColumn* column : {left_, right_}) column->setDataDir(snapshot.dataDir);
  fillSplits();
}

void RecommendationsPage::fillSplits() {
  const QSignalBlocker blocker(splitChoice_);
  splitChoice_->clear();
  for (const std::string& name : dataset_->splitNames())
    splitChoice_->addItem(QString::fromStdString(name));
  // Recommendations are judged on held-out users: the test split when there is one.
  const int test = splitChoice_->findText(QStringLiteral("test"));
  splitChoice_->setCurrentIndex(test >= 0 ? test : 0);
  showSplit();
}

void RecommendationsPage::showSplit() {
  if (!dataset_ || splitChoice_->currentText().isEmpty()) return;
  split_ = splitChoice_->currentText().toStdString();
  sample_.reset();
  users_->setSplit(dataset_, split_);
  userTable_->resizeColumnsToContents();
  if (userProxy_->rowCount() > 0) userTable_->selectRow(0);
}

bool RecommendationsPage::selectUser(const QString& userId) {
  const int row = users_->rowOfUser(userId);
  if (row < 0) return false;
  userSearch_->clear();
  const QModelIndex index = userProxy_->mapFromSource(users_->index(row, 0));
  userTable_->selectRow(index.row());
  userTable_->scrollTo(index);
  return true;
}

void RecommendationsPage::showSample(std::size_t sample) {
  if (!dataset_ || sample >= dataset_->split(split_).size()) return;
  sample_ = sample;
  const Sample& record = dataset_->split(split_)[sample];
  history_->setHistory(dataset_, record.history());
  historyTable_->resizeColumnsToContents();
  groundTruth_->setText(tr("User %1's next item: %2 [%3]")
                            .arg(QString::fromStdString(record.userId))
                            .arg(QString::fromStdString(dataset_->catalog.title(record.target())))
                            .arg(record.target()));
  scheduleRecompute();
}

RecommendationRequest RecommendationsPage::currentRequest() const {
  RecommendationRequest request;
  request.history = history_->items();
  if (sample_) request.target = dataset_->split(split_)[*sample_].target();
  request.beams = static_cast<std::size_t>(beams_->value());
  request.variant = static_cast<MaskingVariant>(variant_->currentData().toInt());
  request.generations = static_cast<std::size_t>(generations_->value());
  return request;
}

void RecommendationsPage::setSearch(int beams, int generations) {
  beams_->setValue(beams);
  generations_->setValue(generations);
}

bool RecommendationsPage::removeHistoryItem(int row) {
  // A prompt needs at least one title.
  if (history_->rowCount() <= 1) return false;
  return history_->removeRows(row, 1);
}

bool RecommendationsPage::appendHistoryItem(ItemId item) {
  return history_->appendItem(item);
}

void RecommendationsPage::resetHistory() {
  if (sample_) showSample(*sample_);
}

void RecommendationsPage::addTypedItem() {
  // "Title [id]" from the completer, or a bare id.
  static const QRegularExpression idPattern(QStringLiteral("(?:\\[(\\d+)\\]|^\\s*(\\d+)\\s*)$"));
  const auto match = idPattern.match(addItem_->text());
  bool ok = false;
  const ItemId item =
      match.hasMatch()
          ? (match.captured(1).isEmpty() ? match.captured(2) : match.captured(1)).toLongLong(&ok)
          : 0;
  if (!ok || !appendHistoryItem(item)) {
    Q_EMIT statusMessage(
        tr("'%1' is no item of the catalog; type an id or pick a title.").arg(addItem_->text()));
    return;
  }
  addItem_->clear();
}

void RecommendationsPage::scheduleRecompute() {
  recomputeTimer_->start();
}

void RecommendationsPage::recompute() {
  if (!sample_ || history_->rowCount() == 0) return;
  const RecommendationRequest request = currentRequest();
  for (RecommendationColumn* column : {left_, right_}) column->recompute(request);
}

void RecommendationsPage::setStorePath(const QString& path) {
  for (RecommendationColumn* column : {left_, right_}) column->picker()->setStorePath(path);
}

void RecommendationsPage::showStoredUserMetrics(const QString& store, RunId run,
                                                std::optional<std::int64_t> step) {
  metricsStatus_->setText(tr("Reading run %1 from %2…").arg(run).arg(store));
  const std::string path = store.toStdString();
  const JobTracker::JobId job = metricsJobs_.start();
  runInBackground(
      this, [path, run, step] { return readStoredUserMetrics(path, run, step); },
      [this, job](const StoredUserMetrics& metrics) {
        if (!metricsJobs_.isCurrent(job)) return;
        userMetrics_->setUsers(metrics.users);
        userMetricsTable_->sortByColumn(UserMetricsModel::NdcgColumn, Qt::DescendingOrder);
        userMetricsTable_->resizeColumnsToContents();
        metricsStatus_->setText(tr("Run %1, step %2, split %3: %4 samples of %5 users.")
                                    .arg(metrics.run)
                                    .arg(metrics.step)
                                    .arg(QString::fromStdString(metrics.split))
                                    .arg(metrics.samples)
                                    .arg(metrics.users.size()));
        Q_EMIT userMetricsShown(metrics);
      },
      [this, job](const QString& message) {
        if (metricsJobs_.isCurrent(job)) metricsStatus_->setText(message);
      });
}

QString RecommendationsPage::userMetricsStatus() const {
  return metricsStatus_->text();
}

QString RecommendationsPage::groundTruthText() const {
  return groundTruth_->text();
}

}  // namespace ui
}  // namespace msl
